"""Links between documents: the symbols a document's paragraphs name, and the library
document each one is, if the library holds it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from oicreader.text.document_symbols import find_symbols, symbol_key, without_year

if TYPE_CHECKING:
    from oicreader.app.session import Session
    from oicreader.model.document import Document


@dataclass(frozen=True)
class DocumentLink:
    """A symbol named in a paragraph (start and end in code points of that paragraph's text
    in that language), the paragraph of the cited document the text names beside it, and
    the key of that document when the library holds it."""

    symbol: str
    paragraph: int
    language: str
    start: int
    end: int
    cited_paragraph: int | None
    document: str | None

    @property
    def in_library(self) -> bool:
        """True when the cited document is in the library."""
        return self.document is not None


class SymbolResolver:
    """Finds the library document a symbol names, in any case and spacing."""

    def __init__(self, symbols: list[tuple[str, str]]) -> None:
        """From (key, symbol) pairs; the first document with a symbol wins."""
        self._keys: dict[str, str] = {}
        for key, symbol in symbols:
            self._keys.setdefault(symbol_key(symbol), key)

    def resolve(self, symbol: str) -> str | None:
        """The key of the library document with this symbol, else None. "S/RES/2334 (2016)"
        is also found as "S/RES/2334", the way a library may hold it."""
        wanted = symbol_key(symbol)
        return self._keys.get(wanted) or self._keys.get(without_year(wanted))


def symbol_resolver(session: Session) -> SymbolResolver:
    """A resolver over the documents the library holds now."""
    from oicreader.store.document_symbols import document_symbols

    return SymbolResolver(document_symbols(session.library))


def resolve_symbol(session: Session, symbol: str) -> str | None:
    """The key of the library document a symbol names (any case and spacing), else None."""
    return symbol_resolver(session).resolve(symbol)


def document_links(document: Document, resolver: SymbolResolver) -> list[DocumentLink]:
    """Every symbol a document's paragraphs name, in paragraph order, then by language (the
    document's order) and place in the text."""
    links = []
    for paragraph in document.paragraphs:
        for language in document.languages:
            text = paragraph.text(language)
            for mention in find_symbols(text or ""):
                links.append(
                    DocumentLink(
                        symbol=mention.symbol,
                        paragraph=paragraph.number,
                        language=language,
                        start=mention.start,
                        end=mention.end,
                        cited_paragraph=mention.cited_paragraph,
                        document=resolver.resolve(mention.symbol),
                    )
                )
    return links


def links_of(session: Session, document: Document) -> list[DocumentLink]:
    """The links a document makes, resolved against the library."""
    return document_links(document, symbol_resolver(session))


def link_json(link: DocumentLink) -> dict[str, Any]:
    """The JSON form `oicreader links --json` prints for one symbol named in a paragraph."""
    return {
        "symbol": link.symbol,
        "paragraph": link.paragraph,
        "language": link.language,
        "start": link.start,
        "end": link.end,
        "cited_paragraph": link.cited_paragraph,
        "in_library": link.in_library,
        "document": link.document,
    }

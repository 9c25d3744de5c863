"""Search: every paragraph of the library in every language (or of one document, one
language), each hit located in its paragraph's original text, grouped by document and
paragraph for a results list; the notes, by their text, quote and tags; and the syntax help
the search box shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from oicreader.app.session import Session
from oicreader.model.annotation import Annotation
from oicreader.store.annotations import list_annotations
from oicreader.store.search import SearchHit, search, search_with_more
from oicreader.text.query import (
    QueryTerm,
    find_match_spans,
    make_snippet,
    marked,
    parse_query,
    text_matches,
)

__all__ = [
    "LARGEST_SEARCH_LIMIT",
    "SEARCH_SYNTAX",
    "SEARCH_SYNTAX_CONTEXT",
    "SEARCH_SYNTAX_HELP",
    "DocumentHits",
    "NoteHit",
    "ParagraphHits",
    "SearchHit",
    "SearchResults",
    "group_hits",
    "note_hit_json",
    "search_hit_json",
    "search_library",
    "search_library_results",
    "search_notes",
]

# The search box's tooltip, one line per rule: an example, then what it does. Qt-free, so
# the window translates it: it marks each line with QT_TRANSLATE_NOOP(SEARCH_SYNTAX_CONTEXT,
# ...) where lupdate sees it (ui/), and shows QCoreApplication.translate of each.
SEARCH_SYNTAX_CONTEXT = "SearchSyntax"
SEARCH_SYNTAX: tuple[tuple[str, str], ...] = (
    ("condemn attacks", "every word is required, in any of its forms (condemned, condemning)"),
    ('"Security Council"', "a phrase: these words together, in this order"),
    ("-Iraq", "leaves out the paragraphs with this word"),
    ("refugees OR migrants", "either word will do"),
    ("terror*", "words that begin with these letters (three or more)"),
)
SEARCH_SYNTAX_HELP = "\n".join(f"{example}   {meaning}" for example, meaning in SEARCH_SYNTAX)

# No library holds a billion paragraphs: a larger limit means every hit, and must not
# overflow SQLite's 64-bit integers on its way to the query.
LARGEST_SEARCH_LIMIT = 1_000_000_000


def search_library(
    session: Session,
    query: str,
    document: str | None = None,
    language: str | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """The paragraphs of the current revisions that match, exact matches first; at most
    `limit` of them (any limit past the largest library's size means every one)."""
    return search(session.library, query, document, language, min(limit, LARGEST_SEARCH_LIMIT))


@dataclass(frozen=True)
class SearchResults:
    """The hits of a search, and whether the limit cut the list short."""

    hits: list[SearchHit]
    cut: bool  # more paragraph versions matched than the limit let through


def search_library_results(
    session: Session,
    query: str,
    document: str | None = None,
    language: str | None = None,
    limit: int = 50,
) -> SearchResults:
    """The hits search_library gives, saying whether more matched than `limit`."""
    hits, more = search_with_more(
        session.library, query, document, language, min(limit, LARGEST_SEARCH_LIMIT)
    )
    return SearchResults(hits, more)


def search_hit_json(hit: SearchHit) -> dict[str, Any]:
    """The JSON form `oicreader search --json` prints for one hit."""
    return {
        "doc": hit.symbol,
        "paragraph": hit.paragraph_number,
        "lang": hit.language,
        "snippet": hit.snippet,
        "start": hit.start,
        "end": hit.end,
    }


@dataclass(frozen=True)
class ParagraphHits:
    """One paragraph that matches, with its matching versions (one hit per language)."""

    paragraph_number: int
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class DocumentHits:
    """One document's matching paragraphs, in document order."""

    document_key: str
    symbol: str
    titles: dict[str, str]
    paragraphs: tuple[ParagraphHits, ...]


def group_hits(hits: list[SearchHit]) -> list[DocumentHits]:
    """Hits by document, then by paragraph: documents in the order of their best hit (the
    ranking decides only that), paragraphs in document order, each counted once however
    many of its versions match."""
    by_document: dict[str, list[SearchHit]] = {}
    for hit in hits:
        by_document.setdefault(hit.document_key, []).append(hit)
    groups = []
    for document_hits in by_document.values():
        by_paragraph: dict[int, list[SearchHit]] = {}
        for hit in document_hits:
            by_paragraph.setdefault(hit.paragraph_number, []).append(hit)
        first = document_hits[0]
        groups.append(
            DocumentHits(
                document_key=first.document_key,
                symbol=first.symbol,
                titles=first.titles,
                paragraphs=tuple(
                    ParagraphHits(number, tuple(by_paragraph[number]))
                    for number in sorted(by_paragraph)
                ),
            )
        )
    return groups


@dataclass(frozen=True)
class NoteHit:
    """A note whose text, quote or tags answer the query."""

    annotation_id: str
    document_key: str
    symbol: str
    paragraph_number: int
    language: str
    snippet: str  # from the note's text, else its quote, else its tags; matches in ** **
    tags: tuple[str, ...]


def _note_hit(annotation: Annotation, query_terms: list[QueryTerm], symbol: str) -> NoteHit | None:
    quote = annotation.anchor.quote if annotation.anchor else ""
    tags = " ".join(annotation.tags)
    # One text, so a query may name words from the note and a tag ("refugees urgent"), and
    # an excluded word leaves the note out wherever it is. Notes are in any language.
    if not text_matches("\n".join((annotation.note, quote, tags)), query_terms):
        return None
    snippet = ""
    for text in (annotation.note, quote, tags):
        spans = find_match_spans(text, query_terms)
        if spans:
            snippet = marked(make_snippet(text, spans))
            break
    return NoteHit(
        annotation_id=annotation.id,
        document_key=annotation.document,
        symbol=symbol,
        paragraph_number=annotation.paragraph_number,
        language=annotation.language,
        snippet=snippet,
        tags=annotation.tags,
    )


def search_notes(session: Session, query: str, document: str | None = None) -> list[NoteHit]:
    """The live notes (of every document, or one) whose text, quote or tags answer the
    query as a paragraph would, in document and paragraph order."""
    terms = parse_query(query)
    if not any(not term.excluded for term in terms):
        return []
    # A note may name a document not (yet) in the library: it is shown by its key.
    symbols = {summary.key: summary.symbol for summary in session.library.summaries()}
    hits = (
        _note_hit(annotation, terms, symbols.get(annotation.document, annotation.document))
        for annotation in list_annotations(session.library, document=document)
    )
    return [hit for hit in hits if hit is not None]


def note_hit_json(hit: NoteHit) -> dict[str, Any]:
    """The JSON form `oicreader search --notes --json` prints for one note hit."""
    return {
        "note": hit.annotation_id,
        "doc": hit.symbol,
        "paragraph": hit.paragraph_number,
        "lang": hit.language,
        "snippet": hit.snippet,
        "tags": list(hit.tags),
    }

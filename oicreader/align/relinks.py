"""The reader's re-links made on a document: one at a time, or all those kept for its files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from oicreader.errors import UserFacingError, explained
from oicreader.model.document import Document, LanguageVersion
from oicreader.model.paragraph_links import (
    Correction,
    LinkGroup,
    RelinkRefused,
    groups_of,
    relinked,
    rows_of,
)

__all__ = ["corrected", "link_groups_of", "relinked_version"]

# A version as a message names it, in the interface language.
_VERSION_NAMED = {
    "ar": explained("Arabic version"),
    "en": explained("English version"),
    "fr": explained("French version"),
}


def corrected(document: Document, corrections: Iterable[Correction]) -> Document:
    """The document with each re-link made in turn; one that cannot be made is skipped, as a
    correction never stops a document from loading (on the same files, none is refused)."""
    for correction in corrections:
        try:
            version = relinked_version(document, correction)
        except UserFacingError:
            continue
        document = replace(document, versions={**document.versions, correction.language: version})
    return document


def relinked_version(document: Document, correction: Correction) -> LanguageVersion:
    """One version of a document with one re-link made, refused with the reason and the
    place when it cannot be made."""
    language, row = correction.language, correction.paragraph_number
    version_named = _VERSION_NAMED.get(language) or f"{language} version"
    if language == document.source_language:
        raise UserFacingError(
            explained(
                "{symbol}: cannot re-link the {version}: it is the source the other versions "
                "are aligned to; re-link a translation",
                symbol=document.symbol,
                version=version_named,
            )
        )
    if language not in document.versions:
        raise UserFacingError(
            explained(
                "{symbol}: cannot re-link the {version}: the document has no such version "
                "(it has {languages})",
                symbol=document.symbol,
                version=version_named,
                languages=", ".join(document.languages),
            )
        )
    version = document.versions[language]
    try:
        groups = relinked(link_groups_of(document, language), row, correction.move, language)
    except RelinkRefused as refused:
        raise RelinkRefused(
            explained(
                "{symbol}, {version}, row {row}: {refusal}; nothing was changed",
                symbol=document.symbol,
                version=version_named,
                row=row,
                refusal=refused.args[0] if len(refused.args) == 1 else str(refused),
            )
        ) from None
    texts, links = rows_of(groups)
    return replace(version, paragraphs=texts, links=links)


def link_groups_of(document: Document, language: str) -> list[LinkGroup]:
    """A translation's links to the source's rows, in order (1:1 where nothing else is known)."""
    version = document.versions[language]
    source_rows = document.versions[document.source_language].paragraphs
    return groups_of(source_rows, version.paragraphs, version.links)

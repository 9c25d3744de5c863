"""The rows the library writes for a document: its description, and each paragraph version
with its search columns (folded, stemmed, inflected) and, when aligned by content, its link;
and a revision's texts read back from them."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from oicreader.model.document import Document, FrontMatterBlock, LanguageVersion, TranslatorNote
from oicreader.model.row_links import RowLink

if TYPE_CHECKING:
    from oicreader.store.connection import Database


def description(document: Document) -> dict[str, Any]:
    """The columns of a documents row that describe its current revision."""
    return {
        "titles": json.dumps(document.titles, ensure_ascii=False),
        "meeting": json.dumps(document.meeting, ensure_ascii=False),
        "venue": json.dumps(document.venue, ensure_ascii=False),
        "date": document.date,
        "status": document.status,
        "source_language": document.source_language,
    }


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def paragraph_row(
    revision_id: int, number: int, language: str, text: str, link: RowLink | None
) -> dict[str, Any]:
    # Imported when text is stored, not when the library opens: the window starts faster.
    from oicreader.text.folding import fold, stem_text
    from oicreader.text.inflection import inflected_text

    folded = fold(text)
    return {
        "revision_id": revision_id,
        "number": number,
        "language": language,
        "text": text,
        "folded": folded,
        "stemmed": stem_text(folded),
        # Only rows aligned by content carry a link; rows aligned by number stay NULL.
        "link": None if link is None else json.dumps(link.as_json()),
        "inflected": inflected_text(folded, language),
    }


def source_first(languages: list[str], source_language: str) -> list[str]:
    return sorted(
        (code for code in languages if code), key=lambda code: (code != source_language, code)
    )


def revision_contents(
    db: Database, revision_id: int
) -> tuple[dict[str, LanguageVersion], list[TranslatorNote]]:
    """A revision's language versions (front matter, numbered paragraphs and their links)
    and its translator's notes, read back from its rows."""
    paragraphs: dict[str, dict[int, str]] = {}
    links: dict[str, dict[int, RowLink]] = {}
    for number, language, text, link in db.execute(
        "SELECT number, language, text, link FROM paragraphs WHERE revision_id = ? ORDER BY number",
        [revision_id],
    ):
        paragraphs.setdefault(language, {})[number] = text
        if link is not None:
            links.setdefault(language, {})[number] = RowLink.from_json(json.loads(link))
    front_matter: dict[str, list[FrontMatterBlock]] = {}
    for language, role, text in db.execute(
        "SELECT language, role, text FROM front_matter WHERE revision_id = ? "
        "ORDER BY language, position",
        [revision_id],
    ):
        front_matter.setdefault(language, []).append(FrontMatterBlock(role, text))
    notes = [
        TranslatorNote(number, language, text)
        for number, language, text in db.execute(
            "SELECT paragraph_number, language, text FROM translator_notes "
            "WHERE revision_id = ? ORDER BY id",
            [revision_id],
        )
    ]
    versions = {
        language: LanguageVersion(
            language,
            tuple(front_matter.get(language, [])),
            numbered,
            links=links.get(language, {}),
        )
        for language, numbered in paragraphs.items()
    }
    return versions, notes

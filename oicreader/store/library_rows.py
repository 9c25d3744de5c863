"""The rows the library writes for a document: its description, and each paragraph version
with its search columns (folded, stemmed, inflected) and, when aligned by content, its link."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from oicreader.model.document import Document
from oicreader.model.row_links import RowLink


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

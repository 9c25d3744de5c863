"""Search: every paragraph of the library in every language (or of one document, one
language), each hit located in its paragraph's original text."""

from __future__ import annotations

from typing import Any

from oicreader.app.session import Session
from oicreader.store.search import SearchHit, search

__all__ = ["LARGEST_SEARCH_LIMIT", "SearchHit", "search_hit_json", "search_library"]

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

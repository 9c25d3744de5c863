"""Search: every paragraph of the library in every language (or of one document, one
language), each hit located in its paragraph's original text."""

from __future__ import annotations

from typing import Any

from oicreader.app.session import Session
from oicreader.store.search import SearchHit, search

__all__ = [
    "LARGEST_SEARCH_LIMIT",
    "SEARCH_SYNTAX",
    "SEARCH_SYNTAX_CONTEXT",
    "SEARCH_SYNTAX_HELP",
    "SearchHit",
    "search_hit_json",
    "search_library",
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

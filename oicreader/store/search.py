"""Full-text search over every paragraph in every language: the one search the app has."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from oicreader.store.library import Library
from oicreader.text.query import (
    QueryTerm,
    find_match_spans,
    fts_match_expression,
    make_snippet,
    marked,
    parse_query,
    term_clauses,
)

# Ranking is given up for a term found in more paragraph versions than this (see search()).
# bm25 weighs each term by its rarity, which FTS5 learns by reading every match of the term
# in the whole index before it scores a row, then scores each match: on the 1M benchmark
# that took about 1.5 µs a match, 30 ms for a word in 20,000 paragraph versions, even when
# the word is ANDed with a rare one. The limit is where ranking stops being worth its
# cost to a reader (a word in more versions than this is too common for its rarity to say
# much), not a figure chosen to make a benchmark's words fall on one side of it.
RANKED_MATCHES_LIMIT = 20_000


def worth_ranking(library: Library, terms: list[QueryTerm]) -> bool:
    """Whether bm25 can rank this query quickly: none of its terms, required or excluded,
    is found in more than RANKED_MATCHES_LIMIT paragraph versions."""
    for clause in term_clauses(terms):
        # Counting stops at the limit, so this costs little even for a very common word.
        (count,) = library.db.execute(
            "SELECT count(*) FROM "
            "(SELECT 1 FROM paragraphs_fts WHERE paragraphs_fts MATCH ? LIMIT ?)",
            [clause, RANKED_MATCHES_LIMIT + 1],
        ).fetchone()
        if int(count) > RANKED_MATCHES_LIMIT:
            return False
    return True


def _filtered_rows(
    library: Library,
    terms: list[QueryTerm],
    expression: str,
    document: str | None,
    language: str | None,
    limit: int,
) -> list[tuple[Any, ...]]:
    """The rows of a search in one document or one language, best first."""
    conditions = ["paragraphs_fts MATCH ?"]
    parameters: list[object] = [expression]
    if document is not None:
        key = library.find_key(document)
        # A revision's paragraphs are stored together, so their ids are one range: given to
        # FTS5, it scores only that document's matches, not a common word's in every other.
        first, last = library.db.execute(
            "SELECT min(p.id), max(p.id) FROM paragraphs p "
            "JOIN documents d ON p.revision_id = d.current_revision_id WHERE d.key = ?",
            [key],
        ).fetchone()
        if first is None:
            return []
        conditions += ["paragraphs_fts.rowid BETWEEN ? AND ?", "d.key = ?"]
        parameters += [first, last, key]
        # bm25 still reads every match in the library of each term, for its rarity: with a
        # term too common for that, the document's hits come in reading order, the order
        # its results list shows them in anyway (exact hits still lead).
        ranked = worth_ranking(library, terms)
        order = "paragraphs_fts.rank, d.id, p.number, p.id" if ranked else "p.number, p.id"
    elif not worth_ranking(library, terms):
        # As in search(): too common to rank; newest first, in the order FTS5 reads them, so
        # it stops once `limit` rows in the language are found (exact hits still lead).
        order = "paragraphs_fts.rowid DESC"
    else:
        order = "paragraphs_fts.rank, d.id, p.number, p.id"
    if language is not None:
        conditions.append("p.language = ?")
        parameters.append(language)
    parameters.append(limit)
    return library.db.execute(
        f"""
        SELECT d.key, d.symbol, d.titles, p.number, p.language, p.text
        FROM paragraphs_fts
        JOIN paragraphs p ON p.id = paragraphs_fts.rowid
        JOIN documents d ON d.current_revision_id = p.revision_id
        WHERE {" AND ".join(conditions)}
        ORDER BY {order}
        LIMIT ?
        """,
        parameters,
    ).fetchall()


@dataclass(frozen=True)
class SearchHit:
    """One paragraph version that matches, with the match located in its original text."""

    document_key: str
    symbol: str
    titles: dict[str, str]  # the document's title by language
    paragraph_number: int
    language: str
    snippet: str  # the excerpt, matches wrapped in ** **
    snippet_plain: str  # the same excerpt without marks
    start: int | None  # first match, code points in the original paragraph text
    end: int | None
    spans: tuple[tuple[int, int], ...]  # every match in the original paragraph text
    exact: bool


def search(
    library: Library,
    query: str,
    document: str | None = None,
    language: str | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Search the current revision of every document (or one) in every language (or one)."""
    hits, _more = search_with_more(library, query, document, language, limit)
    return hits


def search_with_more(
    library: Library,
    query: str,
    document: str | None = None,
    language: str | None = None,
    limit: int = 50,
) -> tuple[list[SearchHit], bool]:
    """The hits search() gives, and whether more paragraph versions matched than `limit`."""
    terms = parse_query(query)
    expression = fts_match_expression(terms)
    if expression is None or limit <= 0:
        return [], False
    if document is None and language is None:
        # The common case: FTS5 ranks and cuts to `limit` itself (rank is configured in the
        # index, see schema.py); a few extra rows cover hits on older revisions. Ranking
        # reads every match of each term, which for a term found in over RANKED_MATCHES_LIMIT
        # paragraph versions costs more than a reader waits for and tells them little: such
        # results come newest first, FTS5 stopping as soon as it has enough (exact hits
        # still lead), and the rank column is not even selected: scoring a single row costs
        # bm25's reading of every match of every term.
        order = "rank" if worth_ranking(library, terms) else "rowid DESC"
        rows = library.db.execute(
            f"""
            SELECT d.key, d.symbol, d.titles, p.number, p.language, p.text
            FROM (SELECT rowid{", rank" if order == "rank" else ""} FROM paragraphs_fts
                  WHERE paragraphs_fts MATCH ? ORDER BY {order} LIMIT ?) ranked
            JOIN paragraphs p ON p.id = ranked.rowid
            JOIN documents d ON d.current_revision_id = p.revision_id
            ORDER BY ranked.{order}, d.id, p.number, p.id
            LIMIT ?
            """,
            # One row past the limit tells whether the list is cut, and being last in a
            # fully ordered result, it leaves the rows before it as they were.
            [expression, limit * 2, limit + 1],
        ).fetchall()
    else:
        rows = _filtered_rows(library, terms, expression, document, language, limit + 1)
    more = len(rows) > limit
    hits = []
    titles_of: dict[str, dict[str, str]] = {}  # decoded once per document, not once per hit
    for key, symbol, titles, number, row_language, text in rows[:limit]:
        spans = find_match_spans(text, terms, row_language)
        snippet = make_snippet(text, spans)
        hits.append(
            SearchHit(
                document_key=key,
                symbol=symbol,
                titles=titles_of.setdefault(key, json.loads(titles)),
                paragraph_number=number,
                language=row_language,
                snippet=marked(snippet),
                snippet_plain=snippet.text,
                start=spans[0].start if spans else None,
                end=spans[0].end if spans else None,
                spans=tuple((span.start, span.end) for span in spans),
                exact=any(span.exact for span in spans),
            )
        )
    # Stable sort: within each group the index's own ranking stands.
    hits.sort(key=lambda hit: not hit.exact)
    return hits, more

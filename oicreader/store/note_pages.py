"""Notes a page at a time, and the counts lists show, read from indexes (migration 8): what a
list of 100,000 notes costs is the page it shows, not the library it comes from."""

from __future__ import annotations

from typing import TYPE_CHECKING

# The filter's conditions and the summaries are those of the whole-list queries, so a page
# holds exactly the notes, in exactly the order, that note_keys lists.
from oicreader.store.annotations import (
    NoteFilter,
    NoteSummary,
    _filter_conditions,
    _keyed_summaries,
)

if TYPE_CHECKING:
    from oicreader.store.library import Library

# The list order: by document, paragraph, creation; the row key breaks ties.
_ORDER = "a.document_key, a.paragraph_number, a.created, a.id"


def note_page(
    library: Library, wanted: NoteFilter, after: int | None, limit: int
) -> list[tuple[int, NoteSummary]]:
    """At most `limit` live notes that pass a filter, with their row keys, in list order,
    starting after the note keyed `after` (from the start when None). A page is read from
    the live notes' index where the last one ended: no note before it is read again."""
    conditions, parameters = _filter_conditions(library, wanted)
    if after is not None:
        conditions += (
            f" AND ({_ORDER}) > (SELECT document_key, paragraph_number, created, id "
            "FROM annotations WHERE id = ?)"
        )
        parameters.append(after)
    keys = [
        key
        for (key,) in library.db.execute(
            "SELECT a.id FROM annotations a INDEXED BY idx_annotations_live_order "
            f"WHERE a.deleted IS NULL AND {conditions} ORDER BY {_ORDER} LIMIT ?",
            [*parameters, limit],
        )
    ]
    if not keys:
        return []
    found = dict(_keyed_summaries(library, f"a.id IN ({', '.join('?' * len(keys))})", keys))
    return [(key, found[key]) for key in keys if key in found]


def count_notes(library: Library, wanted: NoteFilter) -> int:
    """How many live notes pass a filter, counted on the live notes' index."""
    conditions, parameters = _filter_conditions(library, wanted)
    row = library.db.execute(
        "SELECT count(*) FROM annotations a INDEXED BY idx_annotations_live_order "
        f"WHERE a.deleted IS NULL AND {conditions}",
        parameters,
    ).fetchone()
    return int(row[0])


def tag_counts(library: Library) -> list[tuple[str, int]]:
    """Every tag on a live note with its number of notes, most used first, then by name.

    Counted on the tags' index, which holds every note's tags in a few bytes each, less the
    tags of the deleted notes found through the tombstones' index: the notes themselves,
    text and all, are never read. One statement, as all_tags was.
    """
    rows = library.db.execute(
        "SELECT tag, sum(notes) FROM ("
        "SELECT tag, count(*) AS notes FROM annotation_tags INDEXED BY idx_annotation_tags_tag "
        "GROUP BY tag "
        "UNION ALL "
        # CROSS JOIN: from the few tombstones to their tags, never from every tag.
        "SELECT t.tag, -count(*) FROM annotations a INDEXED BY idx_annotations_tombstones "
        "CROSS JOIN annotation_tags t ON t.annotation_id = a.id WHERE a.deleted IS NOT NULL "
        "GROUP BY t.tag"
        ") GROUP BY tag HAVING sum(notes) > 0 ORDER BY sum(notes) DESC, tag"
    )
    return [(str(tag), int(count)) for tag, count in rows]

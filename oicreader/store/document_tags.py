"""Which documents the reader's tags are on: a document carries a tag when any of its live
notes does."""

from __future__ import annotations

from oicreader.store.library import Library


def documents_tagged(library: Library, tag: str) -> frozenset[str]:
    """The keys of the documents with a live note tagged `tag` (compared case-blind, as the
    notes' tag filter compares them).

    From the tag's entries in its index to their notes: only the notes carrying the tag are
    read, whatever the library holds.
    """
    rows = library.db.execute(
        "SELECT DISTINCT a.document_key FROM annotation_tags t "
        "INDEXED BY idx_annotation_tags_tag_note "
        "CROSS JOIN annotations a ON a.id = t.annotation_id "
        "WHERE t.tag = ? COLLATE NOCASE AND a.deleted IS NULL",
        [tag],
    )
    return frozenset(str(key) for (key,) in rows)

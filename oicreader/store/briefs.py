"""Named briefs and their items in the library: the SQL of briefing packs."""

from __future__ import annotations

from collections.abc import Sequence

from oicreader.errors import UserFacingError, explained
from oicreader.model.annotation import now_timestamp
from oicreader.model.brief import Brief, BriefItem, BriefSummary
from oicreader.store.connection import transaction
from oicreader.store.library import Library

_ITEM_COLUMNS = "kind, document_key, revision, paragraph_number, text, id"


class BriefNotFound(UserFacingError, LookupError):
    """No brief has this id or title."""


class BriefTitleTaken(UserFacingError, ValueError):
    """Another brief already has this title (titles are compared case-blind)."""


def create_brief(library: Library, title: str, language: str) -> int:
    """Store a new, empty brief; return its id."""
    now = now_timestamp()
    with transaction(library.db) as db:
        _refuse_taken_title(library, title, None)
        cursor = db.execute(
            "INSERT INTO briefs (title, language, created, modified) VALUES (?, ?, ?, ?)",
            [title, language, now, now],
        )
    return int(cursor.lastrowid or 0)


def pinned_paragraphs(
    library: Library, key: str, numbers: Sequence[int], revision: int | None = None
) -> list[BriefItem]:
    """Paragraph items of a document, pinned to `revision` (the current one when None)."""
    pinned = library.current_revision_number(key) if revision is None else revision
    return [BriefItem.paragraph(key, pinned, number) for number in numbers]


def brief_id(library: Library, reference: str) -> int:
    """The id of the brief a title (case-blind) or a number names."""
    row = library.db.execute(
        "SELECT id FROM briefs WHERE title = ? COLLATE NOCASE OR CAST(id AS TEXT) = ? "
        "ORDER BY title = ? COLLATE NOCASE DESC LIMIT 1",
        [reference.strip(), reference.strip(), reference.strip()],
    ).fetchone()
    if row is None:
        titles = ", ".join(summary.title for summary in list_briefs(library)) or explained("none")
        raise BriefNotFound(
            explained(
                "no brief {reference} in the library {file} (briefs: {titles}); give a brief's "
                "title or number",
                reference=repr(reference),
                file=library.path,
                titles=titles,
            )
        )
    return int(row[0])


def load_brief(library: Library, brief: int) -> Brief:
    """A brief with its items in order."""
    row = library.db.execute(
        "SELECT id, title, language, created, modified FROM briefs WHERE id = ?", [brief]
    ).fetchone()
    if row is None:
        raise _not_found(library, brief)
    items = tuple(
        BriefItem(kind, key, revision, number, text, item_id)
        for kind, key, revision, number, text, item_id in library.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM brief_items WHERE brief_id = ? ORDER BY position, id",
            [brief],
        )
    )
    return Brief(row[0], row[1], row[2], items, row[3], row[4])


def list_briefs(library: Library) -> list[BriefSummary]:
    """Every brief, the last changed first, with how many items it holds."""
    rows = library.db.execute(
        "SELECT b.id, b.title, b.language, count(i.id), b.modified FROM briefs b "
        "LEFT JOIN brief_items i ON i.brief_id = b.id GROUP BY b.id ORDER BY b.modified DESC, b.id"
    ).fetchall()
    return [BriefSummary(*row) for row in rows]


def rename_brief(library: Library, brief: int, title: str, language: str | None = None) -> None:
    """Give a brief another title (and language, when given)."""
    with transaction(library.db) as db:
        _refuse_taken_title(library, title, brief)
        db.execute(
            "UPDATE briefs SET title = ?, language = coalesce(?, language), modified = ? "
            "WHERE id = ?",
            [title, language, now_timestamp(), brief],
        )


def insert_items(
    library: Library, brief: int, items: Sequence[BriefItem], at: int | None = None
) -> list[BriefItem]:
    """Put items into a brief at index `at` (at the end when None); return them as stored."""
    with transaction(library.db) as db:
        existing = _item_ids(library, brief)
        at = len(existing) if at is None else max(0, min(at, len(existing)))
        stored: list[BriefItem] = []
        for item in items:
            cursor = db.execute(
                "INSERT INTO brief_items (brief_id, position, kind, document_key, revision, "
                "paragraph_number, text) VALUES (?, 0, ?, ?, ?, ?, ?)",
                [
                    brief,
                    item.kind,
                    item.document_key,
                    item.revision,
                    item.paragraph_number,
                    item.text,
                ],
            )
            stored.append(_with_id(item, int(cursor.lastrowid or 0)))
        order = existing[:at] + [item.id for item in stored] + existing[at:]
        _write_order(library, brief, order)
    return stored


def reorder_items(library: Library, brief: int, item_ids: Sequence[int]) -> None:
    """Put a brief's items in the order given, which must name each of its items once."""
    with transaction(library.db):
        existing = _item_ids(library, brief)
        if sorted(item_ids) != sorted(existing):
            raise UserFacingError(
                explained(
                    "the new order of brief {brief} does not name each of its {count} items "
                    "once: open the brief again and reorder it there",
                    brief=brief,
                    count=len(existing),
                )
            )
        _write_order(library, brief, list(item_ids))


def update_item_text(library: Library, brief: int, item_id: int, text: str) -> None:
    """Change the words of a heading or note of the reader's."""
    with transaction(library.db) as db:
        db.execute(
            "UPDATE brief_items SET text = ? WHERE id = ? AND brief_id = ? AND kind != 'paragraph'",
            [text, item_id, brief],
        )
        _touch(library, brief)


def remove_items(library: Library, brief: int, item_ids: Sequence[int]) -> None:
    """Take items out of a brief; the rest keep their order."""
    with transaction(library.db) as db:
        for item_id in item_ids:
            db.execute("DELETE FROM brief_items WHERE id = ? AND brief_id = ?", [item_id, brief])
        _write_order(library, brief, _item_ids(library, brief))


def delete_brief(library: Library, brief: int) -> None:
    """Delete a brief and its items (the documents and notes it cites are untouched)."""
    with transaction(library.db) as db:
        db.execute("DELETE FROM brief_items WHERE brief_id = ?", [brief])
        db.execute("DELETE FROM briefs WHERE id = ?", [brief])


def _refuse_taken_title(library: Library, title: str, brief: int | None) -> None:
    row = library.db.execute(
        "SELECT id FROM briefs WHERE title = ? COLLATE NOCASE AND id IS NOT ?", [title, brief]
    ).fetchone()
    if row is not None:
        raise BriefTitleTaken(
            explained(
                "a brief titled {title} is already in the library {file}: choose another "
                "title, or open that brief",
                title=repr(title),
                file=library.path,
            )
        )


def _item_ids(library: Library, brief: int) -> list[int]:
    if library.db.execute("SELECT 1 FROM briefs WHERE id = ?", [brief]).fetchone() is None:
        raise _not_found(library, brief)
    return [
        int(row[0])
        for row in library.db.execute(
            "SELECT id FROM brief_items WHERE brief_id = ? ORDER BY position, id", [brief]
        )
    ]


def _write_order(library: Library, brief: int, item_ids: Sequence[int]) -> None:
    library.db.conn.executemany(
        "UPDATE brief_items SET position = ? WHERE id = ?",
        [(position, item_id) for position, item_id in enumerate(item_ids)],
    )
    _touch(library, brief)


def _touch(library: Library, brief: int) -> None:
    library.db.execute("UPDATE briefs SET modified = ? WHERE id = ?", [now_timestamp(), brief])


def _with_id(item: BriefItem, item_id: int) -> BriefItem:
    return BriefItem(
        item.kind, item.document_key, item.revision, item.paragraph_number, item.text, item_id
    )


def _not_found(library: Library, brief: int) -> BriefNotFound:
    return BriefNotFound(
        explained(
            "no brief number {brief} in the library {file}: list the briefs and choose one",
            brief=brief,
            file=library.path,
        )
    )

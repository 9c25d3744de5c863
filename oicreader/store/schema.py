"""The library's schema as numbered migrations, tracked in PRAGMA user_version."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from oicreader.errors import UserFacingError, explained
from oicreader.store.connection import Database
from oicreader.store.encryption import SQLITE_HEADER, database_errors

Migration = Callable[[Database], None]

# Our own folding (oicreader.text.folding) is computed in Python and stored, so the FTS
# tokenizer must not fold again: unicode61 would split vocalized Arabic at every haraka.
FTS_TOKENIZER = "unicode61 remove_diacritics 0"


def _create_documents(db: Database) -> None:
    db.table("documents").create(
        {
            "id": int,
            "key": str,  # stable id used on the command line, e.g. oic-acm-2017-chair-rep
            "symbol": str,
            "titles": str,  # JSON object by language
            "meeting": str,
            "venue": str,
            "date": str,
            "status": str,
            "source_language": str,
            "origin": str,  # "bundled" or "imported"
            "content_hash": str,
            "current_revision_id": int,
            "added": str,
        },
        pk="id",
        not_null={"key", "symbol", "titles", "origin", "source_language"},
        strict=True,
    )
    db.table("documents").create_index(["key"], unique=True)
    db.table("documents").create_index(["symbol"], unique=True)
    db.table("revisions").create(
        {
            "id": int,
            "document_id": int,
            "number": int,
            "label": str,
            "status": str,
            "content_hash": str,
            "created": str,
        },
        pk="id",
        not_null={"document_id", "number"},
        foreign_keys=[("document_id", "documents", "id")],
        strict=True,
    )
    db.table("revisions").create_index(["document_id", "number"], unique=True)


def _create_text_tables(db: Database) -> None:
    db.table("front_matter").create(
        {"id": int, "revision_id": int, "language": str, "position": int, "role": str, "text": str},
        pk="id",
        not_null={"revision_id", "language", "position", "role", "text"},
        foreign_keys=[("revision_id", "revisions", "id")],
        strict=True,
    )
    db.table("paragraphs").create(
        {
            "id": int,
            "revision_id": int,
            "number": int,
            "language": str,
            "text": str,  # exactly as in the source
            "folded": str,  # oicreader.text.folding.fold(text): what the index searches
            "stemmed": str,  # every reading of each folded word (text.folding.stem_candidates)
        },
        pk="id",
        not_null={"revision_id", "number", "language", "text", "folded", "stemmed"},
        foreign_keys=[("revision_id", "revisions", "id")],
        strict=True,
    )
    db.table("paragraphs").create_index(["revision_id", "number", "language"], unique=True)
    db.table("translator_notes").create(
        {"id": int, "revision_id": int, "paragraph_number": int, "language": str, "text": str},
        pk="id",
        not_null={"revision_id", "paragraph_number", "language", "text"},
        foreign_keys=[("revision_id", "revisions", "id")],
        strict=True,
    )


# The columns the index searches, each stored in `paragraphs`: before migration 7 only the
# first two.
_FIRST_INDEXED_COLUMNS = ("folded", "stemmed")
INDEXED_COLUMNS = ("folded", "stemmed", "inflected")


def _create_search_index(db: Database, columns: tuple[str, ...]) -> None:
    # An external-content FTS5 index over the stored folded columns, kept in step by triggers:
    # plain SQL, so the file stays readable and searchable with the sqlite3 command-line tool.
    names = ", ".join(columns)
    new_values = ", ".join(f"new.{column}" for column in columns)
    old_values = ", ".join(f"old.{column}" for column in columns)
    db.execute(
        f"CREATE VIRTUAL TABLE paragraphs_fts USING fts5({names}, "
        f"tokenize = '{FTS_TOKENIZER}', content = 'paragraphs', content_rowid = 'id')"
    )
    db.execute(
        "CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN "
        f"INSERT INTO paragraphs_fts (rowid, {names}) VALUES (new.id, {new_values}); END"
    )
    db.execute(
        "CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN "
        f"INSERT INTO paragraphs_fts (paragraphs_fts, rowid, {names}) "
        f"VALUES ('delete', old.id, {old_values}); END"
    )
    db.execute(
        "CREATE TRIGGER paragraphs_au AFTER UPDATE ON paragraphs BEGIN "
        f"INSERT INTO paragraphs_fts (paragraphs_fts, rowid, {names}) "
        f"VALUES ('delete', old.id, {old_values}); "
        f"INSERT INTO paragraphs_fts (rowid, {names}) VALUES (new.id, {new_values}); END"
    )


def _migration_1_documents_and_search(db: Database) -> None:
    _create_documents(db)
    _create_text_tables(db)
    _create_search_index(db, _FIRST_INDEXED_COLUMNS)


def _migration_2_annotations(db: Database) -> None:
    # Annotations name their document by key and revision number rather than by foreign key:
    # a note whose document is removed, or that arrives from another laptop before its
    # document does, is kept rather than refused or cascaded away.
    db.table("annotations").create(
        {
            "id": int,
            "uuid": str,
            "document_key": str,
            "revision": int,
            "paragraph_number": int,
            "language": str,
            "start": int,  # code points in the paragraph text; NULL for a whole-paragraph note
            "end": int,
            "quote": str,
            "prefix": str,  # ~32 characters before and after the quote, to re-anchor later
            "suffix": str,
            "color": str,  # #rrggbb
            "note": str,
            "created": str,
            "modified": str,
            "deleted": str,  # tombstone timestamp; NULL while the annotation is live
        },
        pk="id",
        not_null={
            "uuid",
            "document_key",
            "revision",
            "paragraph_number",
            "language",
            "note",
            "created",
            "modified",
        },
        defaults={"note": ""},
        strict=True,
    )
    db.table("annotations").create_index(["uuid"], unique=True)
    db.table("annotations").create_index(["document_key", "revision", "paragraph_number"])
    db.table("annotation_tags").create(
        {"annotation_id": int, "tag": str},
        pk=("annotation_id", "tag"),
        not_null={"annotation_id", "tag"},
        foreign_keys=[("annotation_id", "annotations", "id")],
        strict=True,
    )
    db.table("annotation_tags").create_index(["tag"])


def _migration_3_search_ranking(db: Database) -> None:
    # Stored in the index itself, so `ORDER BY rank LIMIT n` lets FTS5 keep only the best n
    # rows instead of scoring and sorting every match; a hit in the exact folded column
    # counts ten times a stemmed-only hit.
    db.execute(
        "INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')"
    )


def _migration_4_annotation_reviews(db: Database) -> None:
    # When a new revision arrives, every annotation is placed again on it; one placed with
    # doubt, or not placed, gets a row here holding where it was (its ORIGINAL revision,
    # paragraph and quote with context) until the reader re-attaches or accepts it. Keyed by
    # the annotation's uuid, like annotations name documents by key, so sync and tombstones
    # never orphan or cascade a review.
    db.table("annotation_reviews").create(
        {
            "id": int,
            "annotation_uuid": str,
            "document_key": str,
            "revision": int,  # the original anchor: revision, paragraph, language, quote ...
            "paragraph_number": int,
            "language": str,
            "start": int,  # NULL for a note on the whole paragraph
            "end": int,
            "quote": str,
            "prefix": str,
            "suffix": str,
            "placed_revision": int,  # the revision it was last placed on, and how
            "outcome": str,  # "doubtful" or "not-placed"
            "method": str,  # "position", "quote", "fuzzy", "paragraph" or "none"
            "score": float,
            "reason": str,
            "created": str,
            "resolved": str,  # when the reader re-attached or accepted it; NULL while open
        },
        pk="id",
        not_null={
            "annotation_uuid",
            "document_key",
            "revision",
            "paragraph_number",
            "language",
            "placed_revision",
            "outcome",
            "method",
            "reason",
            "created",
        },
        strict=True,
    )
    db.table("annotation_reviews").create_index(["annotation_uuid"], unique=True)
    db.table("annotation_reviews").create_index(["document_key", "resolved"])


def _migration_5_every_reading_of_a_word(db: Database) -> None:
    # The stemmed column used to hold one longest-cut stem per word, which mangled words
    # that merely begin with و ف ب ك ل (فلسطين became سطين); it now holds every plausible
    # reading (oicreader.text.folding.stem_candidates). Recompute it for every stored
    # paragraph; the update trigger re-indexes each row.
    from oicreader.text.folding import restem  # only ever needed by this migration

    rows = db.execute("SELECT id, text FROM paragraphs").fetchall()
    for paragraph_id, text in rows:
        folded, stemmed = restem(text)
        db.execute(
            "UPDATE paragraphs SET folded = ?, stemmed = ? WHERE id = ?",
            [folded, stemmed, paragraph_id],
        )


def _migration_6_current_revision_index(db: Database) -> None:
    # Search joins each hit to its document through documents.current_revision_id; without
    # an index SQLite scanned every document for every hit (18 ms at p95 over 2,000
    # documents in the search benchmark).
    db.execute("CREATE INDEX idx_documents_current_revision_id ON documents (current_revision_id)")


def _migration_7_paragraph_links(db: Database) -> None:
    # A version aligned by content (no numbers, or numbers that disagree with the source's)
    # keeps, on each row, which source rows its paragraph covers, the kind of link and its
    # confidence (JSON of model.paragraph_links.RowLink); NULL for a row aligned by number.
    db.execute("ALTER TABLE paragraphs ADD COLUMN link TEXT")
    # The hash of the files a revision was imported from, as read and aligned: the reader's
    # re-links are stored under it, and apply again when the same files are imported again
    # (after the document was removed, or into another library).
    db.execute("ALTER TABLE revisions ADD COLUMN alignment_key TEXT")
    db.table("alignment_corrections").create(
        {
            "id": int,
            "alignment_key": str,
            "language": str,
            "paragraph_number": int,
            "move": str,  # "up", "down", "merge" or "split", applied in id order
            "created": str,
        },
        pk="id",
        not_null={"alignment_key", "language", "paragraph_number", "move", "created"},
        strict=True,
    )
    db.table("alignment_corrections").create_index(["alignment_key"])


def _migration_8_indexes_for_large_libraries(db: Database) -> None:
    # Lists and counts that cost what they show, not what the library holds (issue 22):
    # - the live notes in list order, so a page is the next rows of an index and a count
    #   reads small index entries instead of every note's text;
    # - the tags with their notes, case-blind as the tag filter compares them, so a tag's
    #   notes are found from the index alone (the tags are counted on idx_annotation_tags_tag);
    # - the tombstones, so the tag counts can leave out deleted notes without reading the
    #   live ones.
    # `deleted` is in the live notes' index although always NULL there: SQLite reads a
    # column the WHERE names from the row unless the index holds it.
    db.execute(
        "CREATE INDEX idx_annotations_live_order ON annotations "
        "(document_key, paragraph_number, created, id, deleted) WHERE deleted IS NULL"
    )
    db.execute(
        "CREATE INDEX idx_annotation_tags_tag_note ON annotation_tags "
        "(tag COLLATE NOCASE, annotation_id)"
    )
    db.execute(
        "CREATE INDEX idx_annotations_tombstones ON annotations (id, deleted) "
        "WHERE deleted IS NOT NULL"
    )


# folded, stemmed, inflected: a hit on the word as written counts ten times one found only
# through a reading or an inflection, so exact matches come first.
SEARCH_RANK = "bm25(10.0, 1.0, 1.0)"


def _migration_9_inflections(db: Database) -> None:
    # English and French words are also indexed by their Snowball stem (the `inflected`
    # column, oicreader.text.inflection), so "condemn" finds "condemned". The index is
    # dropped first and rebuilt once at the end: re-indexing row by row through the update
    # trigger would cost twice as much.
    from oicreader.text.inflection import inflected_text  # only needed when text is stored

    db.execute("ALTER TABLE paragraphs ADD COLUMN inflected TEXT NOT NULL DEFAULT ''")
    for trigger in ("paragraphs_ai", "paragraphs_ad", "paragraphs_au"):
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("DROP TABLE paragraphs_fts")
    rows = db.execute("SELECT id, language, folded FROM paragraphs").fetchall()
    db.conn.executemany(
        "UPDATE paragraphs SET inflected = ? WHERE id = ?",
        [(inflected_text(folded, language), row_id) for row_id, language, folded in rows],
    )
    _create_search_index(db, INDEXED_COLUMNS)
    db.execute(
        f"INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('rank', '{SEARCH_RANK}')"
    )
    db.execute("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('rebuild')")


def _migration_10_briefs(db: Database) -> None:
    # Named briefing packs (issue 22). An item names its document by key and revision, not
    # by foreign key, as annotations do: removing a document keeps the brief, and exporting
    # it then names the item that lost its document. The revision is pinned: the brief
    # cites the text and paragraph number the reader chose, which a new revision may change.
    db.execute(
        "CREATE TABLE briefs (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
        "language TEXT NOT NULL CHECK (language IN ('ar', 'en', 'fr')), "
        "created TEXT NOT NULL, modified TEXT NOT NULL) STRICT"
    )
    db.execute("CREATE UNIQUE INDEX idx_briefs_title ON briefs (title COLLATE NOCASE)")
    db.execute(
        "CREATE TABLE brief_items (id INTEGER PRIMARY KEY, "
        "brief_id INTEGER NOT NULL REFERENCES briefs (id), position INTEGER NOT NULL, "
        "kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'heading', 'note')), "
        "document_key TEXT NOT NULL DEFAULT '', revision INTEGER NOT NULL DEFAULT 0, "
        "paragraph_number INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL DEFAULT '') STRICT"
    )
    db.execute("CREATE INDEX idx_brief_items_order ON brief_items (brief_id, position)")


def _migration_11_topic_results(db: Database) -> None:
    # The themes and places found in each revision's text (topics/kept.py), so that topics across
    # the library need not analyse every document at every start (issue 22). Keyed by the
    # revision; `analyser_version` names the lexicon, gazetteer and analyser code that found
    # them, and rows of another version are ignored. Text rewritten under the same revision
    # (a bundled reload, a re-link) drops its row through the triggers; a removed revision
    # takes its row with it.
    db.execute(
        "CREATE TABLE topic_results (revision_id INTEGER PRIMARY KEY "
        "REFERENCES revisions (id) ON DELETE CASCADE, document_key TEXT NOT NULL, "
        "analyser_version TEXT NOT NULL, topics TEXT NOT NULL) STRICT"
    )
    # Text is never updated in place (a reload or a re-link deletes and inserts its rows);
    # an update trigger would only slow the search columns' own updates.
    for event, row in (("INSERT", "NEW"), ("DELETE", "OLD")):
        db.execute(
            f"CREATE TRIGGER paragraphs_topic_results_{event.lower()} AFTER {event} ON paragraphs "
            f"BEGIN DELETE FROM topic_results WHERE revision_id = {row}.revision_id; END"
        )


MIGRATIONS: tuple[Migration, ...] = (
    _migration_1_documents_and_search,
    _migration_2_annotations,
    _migration_3_search_ranking,
    _migration_4_annotation_reviews,
    _migration_5_every_reading_of_a_word,
    _migration_6_current_revision_index,
    _migration_7_paragraph_links,
    _migration_8_indexes_for_large_libraries,
    _migration_9_inflections,
    _migration_10_briefs,
    _migration_11_topic_results,
)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(UserFacingError, RuntimeError):
    """The database was written by a newer OIC Reader; opening it could damage it."""


class MigrationInProgress(UserFacingError, RuntimeError):
    """Another OIC Reader held the library's write lock for longer than a start waits."""


def schema_version(db: Database) -> int:
    """The number of migrations this database has had."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def header_schema_version(path: Path) -> int | None:
    """The schema version a plain library file's header records (user_version, at byte 60,
    as of the last checkpoint: a -wal beside it can only hold a newer one, as versions only
    grow), read without opening the database; None for an encrypted file, one that is not a
    database, or one that cannot be read."""
    if not path.is_file():  # (stat alone: opening a FIFO would wait for a writer forever)
        return None
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(header[60:64], "big")


def upgrade_may_be_due(path: Path) -> bool:
    """Whether opening the library file may upgrade its schema, judged from its header
    alone, before it is opened: False only when a plain library's header records this
    version's schema. An encrypted file, a new one or one that cannot be read may be due."""
    version = header_schema_version(path)
    return version is None or version < SCHEMA_VERSION


def migrate(
    db: Database,
    before_migrating: Callable[[int, int], None] | None = None,
) -> int:
    """Bring the schema up to date in one transaction, under the write lock; return the old
    version.

    Two starts may open an older library at once (a double-click after an update). The
    version read before locking only spares an up-to-date library the lock; it is read again
    once the lock is held, so the migrations run once, by whichever start gets the lock first,
    and `before_migrating(old, new)` is called, inside the lock, only when they are really
    due. Every pending migration and the new user_version commit together: a failure leaves
    the file exactly as it was. A start that cannot get the lock within the busy timeout
    raises MigrationInProgress.
    """
    version = schema_version(db)
    _refuse_newer(version)
    if version == SCHEMA_VERSION:
        return version
    with _write_lock(db):
        version = schema_version(db)
        _refuse_newer(version)
        if version == SCHEMA_VERSION:
            return version  # another start upgraded it while this one waited
        if before_migrating is not None:
            before_migrating(version, SCHEMA_VERSION)
        for number in range(version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[number - 1](db)
        # DDL and PRAGMA user_version are transactional in SQLite: all of it, or none.
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return version


def _refuse_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            explained(
                "the library was written by a newer OIC Reader (schema {version}; this version "
                "knows {known}): update OIC Reader to open it",
                version=version,
                known=SCHEMA_VERSION,
            )
        )


@contextmanager
def _write_lock(db: Database) -> Iterator[None]:
    """transaction(db), telling the user when another process holds the lock too long."""
    try:
        db.execute("BEGIN IMMEDIATE")
    except database_errors() as error:
        if "locked" not in str(error) and "busy" not in str(error):
            raise
        raise MigrationInProgress(
            explained(
                "{file}: another OIC Reader is upgrading this library or writing to it and has "
                "not finished; wait until it has, then try again",
                file=_file_of(db),
            )
        ) from error
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _file_of(db: Database) -> str:
    for _number, name, file in db.execute("PRAGMA database_list"):
        if name == "main":
            return str(file)
    return "the library"

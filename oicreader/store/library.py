"""The library: documents and their paragraphs in the SQLite file, loaded and read back."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from oicreader.errors import UserFacingError, explained
from oicreader.model.document import (
    Document,
)
from oicreader.model.row_links import RowLink
from oicreader.paths import (
    bundled_documents_dir,
    can_write_library,
    library_path,
    require_a_file_or_nothing,
)
from oicreader.store.connection import Database, connect, transaction
from oicreader.store.encryption import unlock
from oicreader.store.health import (
    claim_clean_close,
    record_clean_close,
    remove_abandoned_scratch,
)
from oicreader.store.library_rows import (
    description,
    now,
    paragraph_row,
    revision_contents,
    source_first,
)
from oicreader.store.open_check import diagnose_at_open, full_check_made, full_check_requested
from oicreader.store.schema import migrate

if TYPE_CHECKING:
    from collections.abc import Callable

    from oicreader.store.backups import RecoveryReport


class DocumentNotFound(UserFacingError, LookupError):
    """No document in the library has the symbol or id the user gave."""


class DocumentExists(UserFacingError, ValueError):
    """A document with the same symbol is already in the library."""


@dataclass(frozen=True)
class DocumentSummary:
    """What the library list shows of a document, without loading its paragraphs."""

    key: str
    symbol: str
    titles: dict[str, str]
    date: str
    status: str
    languages: list[str]
    paragraph_count: int
    origin: str
    meeting: dict[str, str] = field(default_factory=dict)  # by language, as titles


# A named tuple, not a frozen dataclass: made on the way to the first paint (README, Code map).
class RevisionSummary(NamedTuple):
    """One revision of a document: its number, label ("draft", "final"), and whether current."""

    number: int
    label: str
    status: str
    created: str
    current: bool


class Library:
    """One open library database; every write is one committed transaction."""

    def __init__(self, db: Database, path: Path):
        self.db = db
        self.path = path
        # Set when opening found the file damaged and put a backup in its place.
        self.recovery: RecoveryReport | None = None
        # What opening left to the caller (upkeep_now=False): see check_bundled_documents
        # and take_daily_backup.
        self.bundled_check_pending = False
        self.daily_backup_pending = False
        self._backup_before_reload = False
        # Only a library that was checked (or skipped the check as cleanly closed) when it
        # was opened may be vouched for by a clean-close stamp when it is closed.
        self._stamp_on_close = False

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        load_bundled: bool = True,
        safeguards: bool = True,
        upkeep_now: bool = True,
        *,
        passphrase: str | None = None,
        on_upgrade: Callable[[int, int], None] | None = None,
    ) -> Library:
        """Open the library file, creating, checking, backing up and migrating it as needed.

        With `safeguards`, a damaged file is first moved aside and the newest good backup put
        in its place (see `recovery`); a start that cannot skip the check makes it in bounded
        time, whatever the library's size (store/open_check.py), and the daily backup checks
        every page. A backup is taken before a migration or a reload that
        rewrites data, and at most once a day. With `load_bundled`, the bundled documents are
        loaded, and loaded again when their files changed (a new version of the app).

        The window passes upkeep_now=False and, once the report is on screen, calls
        check_bundled_documents() and take_daily_backup(): reading and hashing the bundled
        files, and copying and checking the whole library, must not hold up the first sight
        of the text. A bundled document not in the library yet is loaded at once all the
        same: until it is, there is nothing to show.

        An encrypted library needs its `passphrase` (or one held from an earlier open in this
        process): PassphraseNeeded without one, WrongPassphrase when it does not open the
        file, both before anything is written. A plain library ignores it; a library not yet
        created is created encrypted with it (store/encryption.py).

        `on_upgrade(old, new)` is told when an existing library is about to be brought from
        schema `old` to `new`, before the backup that precedes it: for a large library the
        two take a minute, which the caller should say.
        """
        path = path or library_path()
        require_a_file_or_nothing(path)
        passphrase = unlock(path, passphrase)
        remove_abandoned_scratch()
        # Before anything is written: a file exactly as the last clean close left it needs no
        # check, unless a backup found it damaged since; any other start (first, after a
        # crash, after another program) is checked, in bounded time (store/open_check.py).
        check_in_full = full_check_requested(path)
        closed_cleanly = claim_clean_close(path) and not check_in_full
        # A library in a read-only folder is opened read-only: nothing this start does can
        # damage it further, the check would need a private copy beside it, and recovery
        # would move files there. So it is neither checked, recovered nor stamped.
        writable = can_write_library(path)
        recovery = None
        if safeguards and writable and not closed_cleanly:
            if diagnose_at_open(path).problem is not None:
                # Only a damaged file needs the backups; a healthy start does not load them.
                from oicreader.store.backups import recover_if_damaged

                recovery = recover_if_damaged(path)
            if check_in_full:
                full_check_made(path)
        existed = path.exists() and path.stat().st_size > 0
        library = cls(connect(path, passphrase), path)
        library.recovery = recovery
        library._stamp_on_close = safeguards and writable

        def backup_before_migrating(old: int, new: int) -> None:
            if not existed or old == 0:
                return  # a new library: its schema is made, not upgraded
            if on_upgrade is not None:
                on_upgrade(old, new)
            if safeguards:
                from oicreader.store.backups import BEFORE_MIGRATION_REASON, take_backup

                # Called by migrate() inside its write lock: only the start that really
                # migrates takes it (the backup API reads from its own connection).
                take_backup(path, f"{BEFORE_MIGRATION_REASON}{old}-to-{new}")

        migrate(library.db, before_migrating=backup_before_migrating)
        library._backup_before_reload = safeguards and existed
        if load_bundled:
            if upkeep_now or library._bundled_documents_missing():
                library.refresh_bundled_documents(backup_first=library._backup_before_reload)
            else:
                library.bundled_check_pending = True
        library.daily_backup_pending = safeguards
        if upkeep_now:
            library.take_daily_backup()
        return library

    def check_bundled_documents(self) -> list[str]:
        """Reload the bundled documents whose files changed, if open() left that to the
        caller; return the keys of the documents reloaded."""
        if not self.bundled_check_pending:
            return []
        self.bundled_check_pending = False
        return self.refresh_bundled_documents(backup_first=self._backup_before_reload)

    def take_daily_backup(self) -> Path | None:
        """Take the daily backup left pending by open(), if one is due; its path or None.

        Also removes the temporary copies of the library a killed backup or restore left
        behind, so they do not wait for the next backup to go.
        """
        if not self.daily_backup_pending:
            return None
        self.daily_backup_pending = False
        from oicreader.store.backups import remove_stale_copies, take_daily_backup_if_due

        remove_stale_copies(self.path)
        return take_daily_backup_if_due(self.path)

    def _bundled_documents_missing(self, folder: Path | None = None) -> bool:
        """True when a bundled document is not in the library at all."""
        root = folder or bundled_documents_dir()
        bundled = {p.name for p in root.iterdir() if (p / "meta.json").is_file()}
        stored = {row[0] for row in self.db.execute("SELECT key FROM documents")}
        return not bundled <= stored

    def close(self) -> None:
        """Close the connection; committed data is already on disk. The last copy of the app
        to close a library it checked stamps it, so the next start can skip the check."""
        self.db.close()
        if self._stamp_on_close:
            self._stamp_on_close = False
            record_clean_close(self.path)

    def second_reader(self) -> Library:
        """The same file on a read-only connection of its own, for a worker thread; close it."""
        from oicreader.store.reader_connection import connect_reader

        return Library(connect_reader(self.path), self.path)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Documents ---------------------------------------------------------------------------

    def refresh_bundled_documents(
        self, folder: Path | None = None, backup_first: bool = False
    ) -> list[str]:
        """Load bundled documents that are new or whose files changed; return their keys."""
        # Here, not at the top: opening the library for the window leaves this check until
        # the report is painted, and hashing loads OpenSSL (2 ms).
        from oicreader.importing.bundle import folder_content_hash, load_document_folder

        root = folder or bundled_documents_dir()
        reloaded: list[str] = []
        for document_folder in sorted(p for p in root.iterdir() if (p / "meta.json").is_file()):
            content_hash = folder_content_hash(document_folder)
            if self._stored_hash(document_folder.name) == content_hash:
                continue
            # Asked again under the write lock: of the processes started together after an
            # update, one reloads the files (with one backup first), the others find it done.
            with transaction(self.db):
                stored = self._stored_hash(document_folder.name)
                if stored == content_hash:
                    continue
                if stored is not None and backup_first and not reloaded:
                    from oicreader.store.backups import take_backup

                    take_backup(self.path, "before-bundled-reload")
                from oicreader.store.alignment_corrections import with_kept_corrections

                document = with_kept_corrections(self, load_document_folder(document_folder))
                self._write_document(document, "bundled", content_hash)
            reloaded.append(document_folder.name)
        return reloaded

    def _stored_hash(self, key: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM documents WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def save_document(self, document: Document, origin: str, content_hash: str = "") -> int:
        """Store a document; a document already present keeps its id and revision, so every
        annotation that points at them stays attached while the text is replaced."""
        with transaction(self.db):
            return self._write_document(document, origin, content_hash)

    def _write_document(self, document: Document, origin: str, content_hash: str) -> int:
        # Inside the caller's transaction.
        row = self.db.execute(
            "SELECT id, current_revision_id FROM documents WHERE key = ?", [document.id]
        ).fetchone()
        fields: dict[str, Any] = {
            "key": document.id,
            "symbol": document.symbol,
            **description(document),
            "origin": origin,
            "content_hash": content_hash,
        }
        if row is None:
            document_id = self._insert("documents", {**fields, "added": now()})
            revision_id = self._insert_revision(document_id, 1, document, content_hash)
            fields["current_revision_id"] = revision_id
        else:
            document_id, current_id = int(row[0]), int(row[1])
            revision_id = self._reloaded_revision(document_id, current_id)
            from oicreader.store.reloaded_notes import NotesBeforeReload

            notes = NotesBeforeReload.take(self, document.id, revision_id)
            for table in ("front_matter", "paragraphs", "translator_notes"):
                self.db.execute(f"DELETE FROM {table} WHERE revision_id = ?", [revision_id])
            self.db.execute(
                "UPDATE revisions SET content_hash = ?, status = ?, alignment_key = ? WHERE id = ?",
                [content_hash, document.status, document.alignment_key or None, revision_id],
            )
            if revision_id != current_id:
                # A later revision the reader imported stays current, with its own titles.
                fields = {"content_hash": content_hash}
        self.db.table("documents").update(document_id, fields)
        self._insert_texts(revision_id, document)
        if row is not None and notes is not None:  # moved words are found, changed ones reviewed
            notes.place_on(self, document)
        return document_id

    def _reloaded_revision(self, document_id: int, current_id: int) -> int:
        """The revision a reload of bundled files rewrites: the one they were loaded into."""
        row = self.db.execute(
            "SELECT r.id FROM revisions r JOIN documents d ON d.id = r.document_id "
            "WHERE d.id = ? AND r.content_hash = d.content_hash AND d.content_hash != '' "
            "ORDER BY r.number LIMIT 1",
            [document_id],
        ).fetchone()
        return int(row[0]) if row is not None else current_id

    def add_revision(self, key: str, document: Document, content_hash: str = "") -> int:
        """Store a document as the next revision of `key`, make it current; return its number.

        Earlier revisions are kept as they are. Runs inside the caller's transaction, so the
        caller can move annotations to the new revision in the same commit.
        """
        document_id, last = self.db.execute(
            "SELECT d.id, max(r.number) FROM documents d JOIN revisions r "
            "ON r.document_id = d.id WHERE d.key = ?",
            [key],
        ).fetchone()
        if document_id is None:
            raise DocumentNotFound(explained("no document {key} in the library", key=repr(key)))
        number = int(last) + 1
        revision_id = self._insert_revision(document_id, number, document, content_hash)
        self._insert_texts(revision_id, document)
        self.db.table("documents").update(
            document_id, {**description(document), "current_revision_id": revision_id}
        )
        return number

    def _insert_revision(
        self, document_id: int, number: int, document: Document, content_hash: str
    ) -> int:
        return self._insert(
            "revisions",
            {
                "document_id": document_id,
                "number": number,
                "label": document.status,
                "status": document.status,
                "content_hash": content_hash,
                "alignment_key": document.alignment_key or None,
                "created": now(),
            },
        )

    def revisions(self, reference: str | None) -> list[RevisionSummary]:
        """Every revision of a document, oldest first."""
        key = self.find_key(reference)
        rows = self.db.execute(
            "SELECT r.number, r.label, r.status, r.created, r.id = d.current_revision_id "
            "FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.key = ? "
            "ORDER BY r.number",
            [key],
        ).fetchall()
        return [
            RevisionSummary(int(number), label or "", status or "", created or "", bool(current))
            for number, label, status, created, current in rows
        ]

    def add_imported_document(self, document: Document) -> str:
        """Add a document read from the user's files; return the key it was stored under."""
        row = self.db.execute(
            "SELECT key FROM documents WHERE symbol = ? COLLATE NOCASE", [document.symbol]
        ).fetchone()
        if row is not None:
            raise DocumentExists(
                explained(
                    "a document with the symbol {symbol} is already in the library ({key}); "
                    "remove it first or give the file another symbol",
                    symbol=document.symbol,
                    key=row[0],
                )
            )
        key, suffix = document.id, 1
        while self.db.execute("SELECT 1 FROM documents WHERE key = ?", [key]).fetchone():
            suffix += 1
            key = f"{document.id}-{suffix}"
        self.save_document(replace(document, id=key), "imported")
        return key

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        return int(
            self.db.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            ).lastrowid
            or 0
        )

    def _insert_texts(self, revision_id: int, document: Document) -> None:
        self.db.table("front_matter").insert_all(
            {
                "revision_id": revision_id,
                "language": language,
                "position": position,
                "role": block.role,
                "text": block.text,
            }
            for language, version in document.versions.items()
            for position, block in enumerate(version.front_matter)
        )
        self.db.table("paragraphs").insert_all(
            (
                paragraph_row(revision_id, number, language, text, version.links.get(number))
                for language, version in document.versions.items()
                for number, text in version.paragraphs.items()
            ),
            batch_size=500,
        )
        self.db.table("translator_notes").insert_all(
            {
                "revision_id": revision_id,
                "paragraph_number": note.paragraph_number,
                "language": note.language,
                "text": note.text,
            }
            for note in document.translator_notes
        )

    def summaries(self, offset: int = 0, limit: int | None = None) -> list[DocumentSummary]:
        """The documents in the library, bundled first, then by symbol: every one, or the
        `limit` after the first `offset` (a page of a long list)."""
        rows = self.db.execute(
            """
            SELECT d.key, d.symbol, d.titles, d.meeting, d.date, d.status, d.origin,
                   d.source_language,
                   (SELECT group_concat(language) FROM (SELECT DISTINCT language FROM paragraphs
                        WHERE revision_id = d.current_revision_id)),
                   (SELECT count(DISTINCT number) FROM paragraphs
                        WHERE revision_id = d.current_revision_id)
            FROM documents d ORDER BY d.origin != 'bundled', d.symbol LIMIT ? OFFSET ?
            """,
            [-1 if limit is None else limit, offset],
        ).fetchall()
        return [
            DocumentSummary(
                key=key,
                symbol=symbol,
                titles=json.loads(titles),
                date=date or "",
                status=status or "",
                languages=source_first((languages or "").split(","), source),
                paragraph_count=int(count),
                origin=origin,
                meeting=json.loads(meeting or "{}"),
            )
            for key, symbol, titles, meeting, date, status, origin, source, languages, count in rows
        ]

    def document_count(self) -> int:
        """How many documents the library holds."""
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def current_revision_number(self, key: str) -> int:
        """The number of a document's current revision (1 for a first import)."""
        row = self.db.execute(
            "SELECT r.number FROM documents d JOIN revisions r ON r.id = d.current_revision_id "
            "WHERE d.key = ?",
            [key],
        ).fetchone()
        if row is None:
            raise DocumentNotFound(explained("no document {key} in the library", key=repr(key)))
        return int(row[0])

    def find_key(self, reference: str | None) -> str:
        """The key of the document a symbol or id names (case-insensitive)."""
        if reference is None:
            row = self.db.execute(
                "SELECT key FROM documents ORDER BY origin != 'bundled', id LIMIT 1"
            ).fetchone()
        else:
            wanted = reference.strip()
            row = self.db.execute(
                "SELECT key FROM documents WHERE key = ? COLLATE NOCASE "
                "OR symbol = ? COLLATE NOCASE",
                [wanted, wanted],
            ).fetchone()
        if row is None:
            known = ", ".join(s.symbol for s in self.summaries()) or explained("none")
            raise DocumentNotFound(
                explained(
                    "no document {reference} in the library (documents: {known}); "
                    "give a symbol, an id, or the path of a .txt file",
                    reference=repr(reference),
                    known=known,
                )
            )
        return str(row[0])

    def document(self, reference: str | None, revision: int | None = None) -> Document:
        """Load a whole document by symbol or id: its current revision, or the one numbered."""
        key = self.find_key(reference)
        row = self.db.execute(
            "SELECT key, symbol, titles, meeting, venue, date, status, source_language, "
            "current_revision_id FROM documents WHERE key = ?",
            [key],
        ).fetchone()
        revision_id = self.revision_id(key, revision) if revision is not None else int(row[8])
        status = row[6] or ""
        revision_status, alignment_key = self.db.execute(
            "SELECT status, alignment_key FROM revisions WHERE id = ?", [revision_id]
        ).fetchone()
        if revision is not None:
            status = revision_status or status
        versions, notes = revision_contents(self.db, revision_id)
        return Document(
            id=row[0],
            symbol=row[1],
            titles=json.loads(row[2]),
            meeting=json.loads(row[3] or "{}"),
            venue=json.loads(row[4] or "{}"),
            date=row[5] or "",
            status=status,
            source_language=row[7],
            versions=versions,
            translator_notes=notes,
            alignment_key=alignment_key or "",
        )

    def current_revision_id(self, key: str) -> int:
        """The row id of a document's current revision."""
        row = self.db.execute(
            "SELECT current_revision_id FROM documents WHERE key = ?", [key]
        ).fetchone()
        if row is None:
            raise DocumentNotFound(explained("no document {key} in the library", key=repr(key)))
        return int(row[0])

    def revision_id(self, key: str, revision: int) -> int:
        """The row id of revision `revision` of a document, refused when it has none."""
        found = self.db.execute(
            "SELECT r.id FROM revisions r JOIN documents d ON d.id = r.document_id "
            "WHERE d.key = ? AND r.number = ?",
            [key, revision],
        ).fetchone()
        if found is None:
            symbol = self.db.execute("SELECT symbol FROM documents WHERE key = ?", [key])
            numbers = ", ".join(str(r.number) for r in self.revisions(key))
            raise DocumentNotFound(
                explained(
                    "{symbol} has no revision {revision} (its revisions: {numbers})",
                    symbol=symbol.fetchone()[0],
                    revision=revision,
                    numbers=numbers,
                )
            )
        return int(found[0])

    def replace_version_rows(
        self, revision_id: int, language: str, texts: dict[int, str], links: dict[int, RowLink]
    ) -> None:
        """Write one language version's rows of a revision anew (a re-link), in the caller's
        transaction; the search index follows through its triggers."""
        self.db.execute(
            "DELETE FROM paragraphs WHERE revision_id = ? AND language = ?",
            [revision_id, language],
        )
        self.db.table("paragraphs").insert_all(
            paragraph_row(revision_id, number, language, text, links.get(number))
            for number, text in sorted(texts.items())
        )

"""Reading a document folder: meta.json, one text file per language and translator's notes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from oicreader.errors import explained
from oicreader.importing.errors import ImportProblem
from oicreader.model.document import Document, TranslatorNote

METADATA_FILE = "meta.json"


def load_document_folder(folder: Path) -> Document:
    """Build a document from a folder laid out like resources/documents/<id>/."""
    # Only when the folder changed: each start merely hashes it (folder_content_hash).
    from oicreader.importing.plain_text import read_report_file

    meta = _read_json(folder / METADATA_FILE)
    if not isinstance(meta, dict):
        raise ImportProblem(
            folder / METADATA_FILE, explained("is not a JSON object"), explained("Fix the file.")
        )
    try:
        language_files: dict[str, str] = meta["languages"]
        versions = {
            language: read_report_file(folder / file_name, language)
            for language, file_name in language_files.items()
        }
        notes = [
            TranslatorNote(int(entry["paragraph"]), language, str(entry["note"]))
            for language, file_name in meta.get("translator_notes", {}).items()
            for entry in _read_json(folder / file_name)
        ]
        return Document(
            id=str(meta["id"]),
            symbol=str(meta["symbol"]),
            titles=dict(meta["titles"]),
            date=str(meta["date"]),
            status=str(meta["status"]),
            source_language=str(meta["source_language"]),
            versions=versions,
            meeting=dict(meta.get("meeting", {})),
            venue=dict(meta.get("venue", {})),
            translator_notes=notes,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ImportProblem(
            folder / METADATA_FILE,
            explained("a required entry is missing or has the wrong type ({reason})", reason=error),
            explained("Compare it with resources/documents/oic-acm-2017-chair-rep/meta.json."),
        ) from None


def folder_content_hash(folder: Path) -> str:
    """A hash of every file in a document folder, to notice when bundled content changes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ImportProblem(
            path, explained("no such file"), explained("Restore it from the repository.")
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        place = (
            explained("line {line}, column {column}", line=error.lineno, column=error.colno)
            if isinstance(error, json.JSONDecodeError)
            else None
        )
        raise ImportProblem(
            path, explained("is not valid JSON"), explained("Fix the file."), place=place
        ) from None

"""Messages of core code reach the window in the interface language: their template is
translated, their values (files, numbers, symbols) stay as they are, and the command line's
English text does not change (issue 18, point 4)."""

from __future__ import annotations

import ast
import errno
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from oicreader.annotations.w3c_files import read_annotation_file
from oicreader.devtools.translations import (
    CORE_MESSAGE_FUNCTION,
    core_source_files,
    messages,
    ts_path,
    unfinished,
)
from oicreader.errors import Explained, UserFacingError, describe_failure, explained
from oicreader.importing.import_plan import import_files
from oicreader.model.paragraph_links import relinked
from oicreader.model.selection import parse_paragraph_selection
from oicreader.store.backups import BackupError, restore_backup, take_backup
from oicreader.ui.error_dialog import (
    CORE_MESSAGES_CONTEXT,
    FIRST_STRONG_ISOLATE,
    POP_DIRECTIONAL_ISOLATE,
    failure_message,
)
from tests.ui.test_translations import LATIN_IN_ARABIC

pytestmark = pytest.mark.gui

# Latin words a translated core message may hold: commands and settings the reader types.
LATIN_IN_CORE_MESSAGES = LATIN_IN_ARABIC | {
    "OICREADER", "HOME", "oicreader", "restore", "import", "FILE", "password", "stdin", "Word",
    "OCR", "MB", "UTF", "Windows", "doc", "LibreOffice", "JSON",
    "urn", "uuid", "UUID", "IRI", "SQLite",
}  # fmt: skip
# Words an English sentence cannot do without; none may be left in a French message.
ENGLISH_WORDS = {"the", "and", "is", "not", "was", "file", "try", "with", "there", "it"}
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
_ISOLATED = re.compile(
    f"{FIRST_STRONG_ISOLATE}[^{POP_DIRECTIONAL_ISOLATE}]*{POP_DIRECTIONAL_ISOLATE}"
)
FAILURE_NAMES = [
    "disk full", "read-only folder", "permission", "no such file", "locked library",
    "out of memory", "a damaged PDF", "an empty file", "an older Word file",
    "a text mostly in UTF-8", "a folder", "a notes file that is not JSON",
    "notes without ids, dates or targets", "a range that runs backwards",
    "a paragraph the document lacks",
    "a re-link of a row that is not there", "no backup to restore", "a backup that is not there",
    "a backup that is not a database",
    "a wrapped full disk",
]  # fmt: skip
_FIELD = re.compile(r"\{(\w+)[^}]*\}")


def core_templates() -> dict[str, Path]:
    """Every template core code passes to explained(), with the module it is in."""
    found: dict[str, Path] = {}
    for path in core_source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == CORE_MESSAGE_FUNCTION
            ):
                [template, *_] = node.args
                assert isinstance(template, ast.Constant), f"{path}: a template must be literal"
                found[str(template.value)] = path
    return found


def refusal(action: Callable[[], object]) -> UserFacingError:
    """The refusal core code raises for `action`."""
    with pytest.raises(UserFacingError) as refused:
        action()
    return refused.value


def failures(folder: Path) -> dict[str, BaseException]:
    """One failure of each kind core code reports, by name, raised by core code itself."""
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    old_word = folder / "report.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    mostly_utf8 = folder / "mixed.txt"
    mostly_utf8.write_bytes(("تقرير " * 200).encode() + b"\xe9t\xe9 \xe9")
    notes = folder / "notes.jsonld"
    notes.write_text('{"type": "AnnotationCollection",', encoding="utf-8")
    incomplete_notes = folder / "incomplete.jsonld"
    incomplete_notes.write_text('{"type": "AnnotationPage", "items": [{"type": "Annotation"}]}')
    not_a_backup = folder / "library-20260101T000000000000-manual.db"
    not_a_backup.write_text("not a backup\n", encoding="utf-8")
    cut = folder / "OIC-ACM-2017.pdf"
    cut.write_bytes(b"%PDF-1.7\n1 0 obj\n<<")
    library_file = folder / "library.db"
    full_disk = OSError(errno.ENOSPC, "No space left on device", str(library_file))
    wrapped = BackupError(
        explained(
            "could not copy {file} ({reason}); no older backup was removed",
            file=library_file,
            reason=full_disk,
        )
    )
    wrapped.__cause__ = full_disk
    return {
        "disk full": full_disk,
        "read-only folder": OSError(errno.EROFS, "Read-only file system", "/media/share"),
        "permission": OSError(errno.EACCES, "Permission denied", "/data/notes.jsonld"),
        "no such file": OSError(errno.ENOENT, "No such file or directory", "report.docx"),
        "locked library": sqlite3.OperationalError("database is locked"),
        "out of memory": MemoryError(),
        "a damaged PDF": refusal(lambda: import_files([cut])),
        "an empty file": refusal(lambda: import_files([empty])),
        "an older Word file": refusal(lambda: import_files([old_word])),
        "a text mostly in UTF-8": refusal(lambda: import_files([mostly_utf8])),
        "a folder": refusal(lambda: import_files([folder])),
        "a notes file that is not JSON": refusal(lambda: read_annotation_file(notes)),
        "notes without ids, dates or targets": refusal(
            lambda: read_annotation_file(incomplete_notes)
        ),
        "a range that runs backwards": refusal(lambda: parse_paragraph_selection("9-4")),
        "a paragraph the document lacks": refusal(
            lambda: parse_paragraph_selection("12", available=[1, 2, 3])
        ),
        "a re-link of a row that is not there": refusal(lambda: relinked([], 5, "up", "en")),
        "no backup to restore": refusal(lambda: restore_backup(library_file)),
        "a backup that is not a database": refusal(
            lambda: restore_backup(library_file, not_a_backup)
        ),
        "a backup that is not there": refusal(lambda: take_backup(library_file, "manual", 3)),
        "a wrapped full disk": wrapped,
    }


def test_every_core_template_has_a_finished_arabic_and_french_translation() -> None:
    templates = core_templates()
    assert len(templates) > 15
    for language in ("ar", "fr"):
        known = messages(ts_path(language))
        left = {source for _context, source, _comment in unfinished(ts_path(language))}
        for template, path in templates.items():
            key = (CORE_MESSAGES_CONTEXT, template, "")
            assert key in known, f"{path}: {template!r} is not in {ts_path(language).name}"
            assert template not in left, f"{template!r} is not translated in {language}"
            translation = known[key].findtext("translation") or ""
            assert sorted(_FIELD.findall(translation)) == sorted(_FIELD.findall(template))


def test_a_core_message_is_the_english_text_it_always_was() -> None:
    message = explained("{file}: the PDF has {count:,} pages", file="a.pdf", count=12000)
    assert message == "a.pdf: the PDF has 12,000 pages"
    assert isinstance(message, str) and message.template == "{file}: the PDF has {count:,} pages"
    assert str(UserFacingError(message)) == "a.pdf: the PDF has 12,000 pages"


@pytest.mark.parametrize("name", FAILURE_NAMES)
@pytest.mark.parametrize("interface", ["ar"], indirect=True)
def test_the_arabic_window_message_holds_no_english_sentence(
    interface: str, name: str, tmp_path: Path
) -> None:
    error = failures(tmp_path)[name]
    english = describe_failure(error)
    shown = failure_message(error)
    assert isinstance(english, Explained) and shown != english
    without_values = _ISOLATED.sub("", shown)
    assert [w for w in _LATIN_WORD.findall(without_values) if w not in LATIN_IN_CORE_MESSAGES] == []
    for value in _values(english):
        assert f"{FIRST_STRONG_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}" in shown


@pytest.mark.parametrize("name", FAILURE_NAMES)
@pytest.mark.parametrize("interface", ["fr"], indirect=True)
def test_the_french_window_message_holds_no_english_sentence(
    interface: str, name: str, tmp_path: Path
) -> None:
    error = failures(tmp_path)[name]
    english = describe_failure(error)
    shown = failure_message(error)
    assert english is not None and shown != english
    words = {word.lower() for word in _LATIN_WORD.findall(shown)}
    values = {word.lower() for value in _values(english) for word in _LATIN_WORD.findall(value)}
    assert (words - values) & ENGLISH_WORDS == set()
    for value in _values(english):
        assert value in shown


@pytest.mark.parametrize("interface", ["en"], indirect=True)
def test_the_english_window_message_is_the_command_lines(interface: str, tmp_path: Path) -> None:
    for error in failures(tmp_path).values():
        assert failure_message(error) == describe_failure(error)


def _values(message: str) -> list[str]:
    """The values of a message and of the messages inside it, as they are shown."""
    if not isinstance(message, Explained):
        return []
    found = []
    for value in message.values.values():
        if isinstance(value, Explained):
            found += _values(value)
        else:
            found.append(str(value))
    return found

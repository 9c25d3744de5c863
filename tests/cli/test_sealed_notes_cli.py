"""`notes export --encrypt` and `notes import` of a sealed file: what reaches the other
library, what the file lays bare (nothing), and every refusal leaving the library as it was."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from oicreader.annotations.sealed_notes import MAGIC, SealedNotesError, unseal
from oicreader.cli.passphrase import NOTES_PASSPHRASE_VARIABLE, PASSPHRASE_VARIABLE
from oicreader.paths import backups_dir, library_path
from tests.cli.test_notes_cli import add_note
from tests.cli.test_show_and_docs import run
from tests.conftest import REPOSITORY_ROOT

PASSPHRASE = "Genève ⟂ جنيف 2017"
# Words no one may read in a sealed file: Arabic, French, and beyond the BMP (UTF-16 pairs).
NOTE = "موقفنا: نقبل الفقرة بشرط 𝔊𝔢𝔫𝔢𝔳𝔞"
TAG = "concession-secrète"


@pytest.fixture(autouse=True)
def no_passphrase_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSPHRASE_VARIABLE, raising=False)
    monkeypatch.delenv(NOTES_PASSPHRASE_VARIABLE, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))


def noted_library(capsys: pytest.CaptureFixture[str]) -> str:
    """Notes with text to keep secret; the JSON lines `notes list` prints of them."""
    add_note(capsys, "-p", "6", "-l", "ar", "--quote", "الروهينغايا", "--note", NOTE, "--tag", TAG)
    add_note(capsys, "-p", "3", "-l", "fr", "--note", "Délégation : ne rien céder", "--tag", TAG)
    status, listed, _ = run(capsys, "notes", "list", "--json")
    assert status == 0
    return listed


def sealed_export(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, path: Path
) -> tuple[int, str, str]:
    with monkeypatch.context() as given:
        given.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
        return run(capsys, "notes", "export", "--encrypt", "-o", str(path))


def another_library(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The commands from here on use a fresh library in another data folder."""
    home = tmp_path / "other-laptop"
    home.mkdir()
    monkeypatch.setenv("OICREADER_HOME", str(home))


def state_of_library(capsys: pytest.CaptureFixture[str]) -> tuple[str, list[str]]:
    """What an import must not change: the notes, and the backups (none taken)."""
    listed = run(capsys, "notes", "list", "--json")[1]
    return listed, sorted(path.name for path in backups_dir().iterdir())


def test_sealed_notes_reach_a_fresh_library_byte_for_byte(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    listed = noted_library(capsys)
    sealed = tmp_path / "notes.oicnotes"
    status, out, err = sealed_export(capsys, monkeypatch, sealed)
    assert (status, err) == (0, "")
    assert out == f"exported 2 notes, encrypted, to {sealed}\n"
    assert sealed.read_bytes().startswith(MAGIC)
    another_library(monkeypatch, tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    status, out, err = run(capsys, "notes", "import", "--passphrase-stdin", str(sealed))
    assert (status, err) == (0, "")
    assert out.startswith(f"imported {sealed}: 2 added, 0 updated, 0 unchanged, 0 kept deleted")
    assert run(capsys, "notes", "list", "--json")[1] == listed


def test_no_word_of_a_note_or_tag_is_in_the_sealed_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    noted_library(capsys)
    sealed = tmp_path / "notes.oicnotes"
    assert sealed_export(capsys, monkeypatch, sealed)[0] == 0
    content = sealed.read_bytes()
    words = [*NOTE.split(), TAG, "Délégation", "céder", "الروهينغايا", PASSPHRASE]
    for word in words:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert word.encode(encoding) not in content, (word, encoding)
    assert sealed.stat().st_mode & 0o077 == 0


def test_the_passphrase_is_asked_twice_at_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    noted_library(capsys)
    prompts: list[str] = []
    answers = iter([PASSPHRASE, PASSPHRASE, PASSPHRASE])

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", typed)
    sealed = tmp_path / "notes.oicnotes"
    assert run(capsys, "notes", "export", "--encrypt", "-o", str(sealed))[0] == 0
    assert prompts == ["Passphrase: ", "The same passphrase again: "]
    status, out, _ = run(capsys, "notes", "import", str(sealed))
    assert status == 0 and "0 added, 0 updated, 2 unchanged," in out
    assert len(prompts) == 3


def test_two_different_passphrases_at_a_terminal_write_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answers = iter([PASSPHRASE, PASSPHRASE + "!"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    sealed = tmp_path / "notes.oicnotes"
    status, _, err = run(capsys, "notes", "export", "--encrypt", "-o", str(sealed))
    assert status == 1 and "the two passphrases differ" in err
    assert not sealed.exists()


def test_an_export_without_a_passphrase_outside_a_terminal_says_how_to_give_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sealed = tmp_path / "notes.oicnotes"
    status, out, err = run(capsys, "notes", "export", "--encrypt", "-o", str(sealed))
    assert status == 1 and out == ""
    assert (
        f"--encrypt needs a passphrase: set {NOTES_PASSPHRASE_VARIABLE} or {PASSPHRASE_VARIABLE}"
        in err
    )
    assert "--passphrase-stdin" in err and not sealed.exists()


def test_a_markdown_export_cannot_be_sealed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    out_file = tmp_path / "notes.md"
    status, _, err = run(
        capsys, "notes", "export", "--encrypt", "--format", "markdown", "-o", str(out_file)
    )
    assert status == 1 and "leave out --format markdown" in err and not out_file.exists()


def damaged(sealed: bytes, how: str) -> bytes:
    if how == "tampered":
        return sealed[:100] + bytes([sealed[100] ^ 0x20]) + sealed[101:]
    if how == "truncated":
        return sealed[:-1]
    if how == "future version":
        return MAGIC + b"\x07" + sealed[len(MAGIC) + 1 :]
    assert how == "wrong magic"
    return b"\x89OICnotez" + sealed[9:]


@pytest.mark.parametrize(
    ("how", "said"),
    [
        ("wrong passphrase", "the passphrase is wrong"),
        ("no passphrase", "the notes are encrypted; give their passphrase in"),
        ("tampered", "changed or cut short after it was sealed"),
        ("truncated", "changed or cut short after it was sealed"),
        ("future version", "sealed notes format 7; this OIC Reader reads format 1 only"),
        ("wrong magic", "not UTF-8 text"),
    ],
)
def test_a_sealed_file_that_cannot_be_opened_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    how: str,
    said: str,
) -> None:
    noted_library(capsys)
    sealed = tmp_path / "notes.oicnotes"
    assert sealed_export(capsys, monkeypatch, sealed)[0] == 0
    another_library(monkeypatch, tmp_path)
    add_note(capsys, "-p", "1", "--note", "already here")
    if how not in ("wrong passphrase", "no passphrase"):
        sealed.write_bytes(damaged(sealed.read_bytes(), how))
    before = state_of_library(capsys)
    library_bytes = library_path().read_bytes()
    if how != "no passphrase":
        given = PASSPHRASE + "?" if how == "wrong passphrase" else PASSPHRASE
        monkeypatch.setenv(PASSPHRASE_VARIABLE, given)
    status, out, err = run(capsys, "notes", "import", str(sealed))
    assert status == 1 and out == ""
    assert err.startswith(f"oicreader: {sealed}: ") and said in err
    assert PASSPHRASE not in err
    assert state_of_library(capsys) == before
    assert library_path().read_bytes() == library_bytes


def test_a_plain_export_of_an_encrypted_library_warns_that_anyone_can_read_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    noted_library(capsys)
    plain_run = {
        fmt: run(capsys, "notes", "export", "--format", fmt, "-o", str(tmp_path / f"plain.{fmt}"))
        for fmt in ("w3c", "markdown")
    }
    assert all(result[0] == 0 and result[2] == "" for result in plain_run.values())
    monkeypatch.setattr("oicreader.store.encryption.is_encrypted", lambda path: True)
    for fmt in ("w3c", "markdown"):
        written = tmp_path / f"notes.{fmt}"
        status, out, err = run(capsys, "notes", "export", "--format", fmt, "-o", str(written))
        assert status == 0 and out == f"exported 2 notes to {written}\n"
        assert err == (
            f"oicreader: warning: {written} is plain text that anyone who has the file can "
            "read, although the library is encrypted; `notes export --encrypt` writes the "
            "notes sealed with a passphrase\n"
        )
    assert sealed_export(capsys, monkeypatch, tmp_path / "notes.oicnotes")[2] == ""


def oicreader_process(*arguments: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    """`oicreader` run as a script runs it, its passphrase piped to standard input."""
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY_ROOT)}
    environment.pop(PASSPHRASE_VARIABLE, None)
    return subprocess.run(
        [sys.executable, "-m", "oicreader", *arguments],
        input=stdin,
        capture_output=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_a_script_pipes_the_passphrase_to_export_and_import(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    listed = noted_library(capsys)
    sealed = tmp_path / "notes.oicnotes"
    piped = (PASSPHRASE + "\n").encode("utf-8")
    exported = oicreader_process(
        "notes", "export", "--encrypt", "--passphrase-stdin", "-o", str(sealed), stdin=piped
    )
    assert exported.returncode == 0, exported.stderr.decode()
    assert PASSPHRASE.encode() not in exported.stdout + exported.stderr
    another_library(monkeypatch, tmp_path)
    imported = oicreader_process("notes", "import", "--passphrase-stdin", str(sealed), stdin=piped)
    assert imported.returncode == 0, imported.stderr.decode()
    assert run(capsys, "notes", "list", "--json")[1] == listed


LIBRARY_PASSPHRASE = "our own library's key 2026"


def encrypted_noted_library(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> str:
    """noted_library, encrypted under LIBRARY_PASSPHRASE, which OICREADER_PASSPHRASE gives."""
    listed = noted_library(capsys)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, LIBRARY_PASSPHRASE)
    assert run(capsys, "encrypt")[0] == 0
    return listed


def test_a_script_seals_notes_under_their_own_passphrase_not_the_librarys(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    listed = encrypted_noted_library(capsys, monkeypatch)
    sealed = tmp_path / "notes.oicnotes"
    monkeypatch.setenv(NOTES_PASSPHRASE_VARIABLE, PASSPHRASE)
    status, out, err = run(capsys, "notes", "export", "--encrypt", "-o", str(sealed))
    assert (status, err) == (0, "")
    assert out == f"exported 2 notes, encrypted, to {sealed}\n"
    assert NOTE.encode() in unseal(sealed.read_bytes(), PASSPHRASE)
    with pytest.raises(SealedNotesError, match="passphrase is wrong"):
        unseal(sealed.read_bytes(), LIBRARY_PASSPHRASE)
    # The colleague's library is plain: the notes' passphrase alone, in the library's variable.
    another_library(monkeypatch, tmp_path)
    monkeypatch.delenv(NOTES_PASSPHRASE_VARIABLE)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    assert run(capsys, "notes", "import", str(sealed))[0] == 0
    assert run(capsys, "notes", "list", "--json")[1] == listed


def test_an_encrypted_library_imports_notes_sealed_under_another_passphrase(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    listed = noted_library(capsys)
    sealed = tmp_path / "notes.oicnotes"
    assert sealed_export(capsys, monkeypatch, sealed)[0] == 0
    another_library(monkeypatch, tmp_path)
    assert run(capsys, "docs")[0] == 0  # the colleague's library, made by a first start
    monkeypatch.setenv(PASSPHRASE_VARIABLE, LIBRARY_PASSPHRASE)
    assert run(capsys, "encrypt")[0] == 0, capsys.readouterr()
    status, out, err = run(capsys, "notes", "import", str(sealed))
    assert status == 1 and "the passphrase is wrong" in err, out
    monkeypatch.setenv(NOTES_PASSPHRASE_VARIABLE, PASSPHRASE)
    status, out, err = run(capsys, "notes", "import", str(sealed))
    assert (status, err) == (0, "")
    assert out.startswith(f"imported {sealed}: 2 added")
    assert run(capsys, "notes", "list", "--json")[1] == listed


def test_an_empty_notes_passphrase_variable_is_refused_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    noted_library(capsys)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    monkeypatch.setenv(NOTES_PASSPHRASE_VARIABLE, "")
    sealed = tmp_path / "notes.oicnotes"
    status, out, err = run(capsys, "notes", "export", "--encrypt", "-o", str(sealed))
    assert status == 1 and out == ""
    assert f"{NOTES_PASSPHRASE_VARIABLE} is set but empty" in err and not sealed.exists()

"""A command that reloads a newer text of the bundled report says on stderr how many notes
now need a look, as the window does; its standard output stays what the command prints."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from oicreader.cli import main
from tests.conftest import BUNDLED_FOLDER

KEY = BUNDLED_FOLDER.name


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def ship_revised_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, old: str, new: str
) -> None:
    """A new version of the app, whose bundled English text has `new` words for `old`."""
    root = tmp_path / "documents"
    shutil.copytree(BUNDLED_FOLDER, root / KEY)
    english = root / KEY / "en.txt"
    text = english.read_text(encoding="utf-8")
    assert old in text
    english.write_text(text.replace(old, new), encoding="utf-8")
    monkeypatch.setattr("oicreader.store.library.bundled_documents_dir", lambda: root)


def highlight(capsys: pytest.CaptureFixture[str], paragraph: int, quote: str) -> None:
    status, _out, err = run(
        capsys, "notes", "add", KEY, "-p", str(paragraph), "-l", "en", "--quote", quote,
        "--note", "look",
    )  # fmt: skip
    assert status == 0, err


def test_a_command_that_reloads_changed_words_under_a_note_says_it_needs_a_look(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    highlight(capsys, 10, "the Lake Chad Basin region")
    ship_revised_english(monkeypatch, tmp_path, "Lake Chad Basin", "Sahel")

    status, out, err = run(capsys, "docs", "--json")

    assert status == 0
    assert "1 of your notes is on words it changed" in err
    assert "oicreader notes review" in err and "None was dropped" in err
    assert all(json.loads(line)["id"] for line in out.splitlines())  # stdout is only JSON
    _status, review_out, _err = run(capsys, "notes", "review", "--json")
    assert len(review_out.splitlines()) == 1


def test_a_reload_that_leaves_the_notes_in_place_says_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    highlight(capsys, 4, "1967")
    ship_revised_english(monkeypatch, tmp_path, "Lake Chad Basin", "Sahel")

    status, _out, err = run(capsys, "docs")

    assert status == 0 and "need a look" not in err

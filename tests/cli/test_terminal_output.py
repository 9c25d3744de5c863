"""Plain output never sends a document's or a note's control characters to the terminal
(issue 16, point 8): they are shown as visible escapes; --json keeps the text exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from oicreader.text.terminal_bidi import show_controls
from tests.cli.test_show_and_docs import json_lines, run

# Sets the terminal window's title to "pwned", then clears the screen.
ATTACK = "\x1b]0;pwned\x07\x1b[2J"
SHOWN = "\\x1b]0;pwned\\x07\\x1b[2J"


def assert_no_control_characters(output: str) -> None:
    controls = [c for c in output if (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0]
    assert controls == [], controls


@pytest.fixture
def hostile_report(tmp_path: Path) -> Path:
    """A plain-text report whose second paragraph tries to take over the terminal."""
    report = tmp_path / "report.txt"
    report.write_text(f"1. A calm paragraph.\n\n2. Read this {ATTACK} now.\n", encoding="utf-8")
    return report


@pytest.mark.parametrize("bidi", ["logical", "visual"])
def test_show_prints_a_documents_escape_sequences_as_visible_text(
    capsys: pytest.CaptureFixture[str], hostile_report: Path, bidi: str
) -> None:
    status, out, err = run(
        capsys, "show", str(hostile_report), "--source-lang", "en", "--bidi", bidi
    )
    assert status == 0, err
    assert_no_control_characters(out)
    assert f"Read this {SHOWN} now." in out


def test_show_json_keeps_the_text_exactly(
    capsys: pytest.CaptureFixture[str], hostile_report: Path
) -> None:
    status, out, _ = run(capsys, "show", str(hostile_report), "--source-lang", "en", "--json")
    assert status == 0
    assert json_lines(out)[1]["text"] == f"Read this {ATTACK} now."


def test_notes_list_prints_a_notes_escape_sequences_as_visible_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    note, tag = f"line one{ATTACK}\nline two", f"t{ATTACK}"
    status, _, err = run(capsys, "notes", "add", "-p", "3", "--note", note, "--tag", tag)
    assert status == 0, err
    status, out, _ = run(capsys, "notes", "list")
    assert status == 0
    assert_no_control_characters(out)
    assert f"#t{SHOWN}" in out
    assert f"    line one{SHOWN}\nline two" in out


def test_notes_list_json_keeps_the_note_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "notes", "add", "-p", "3", "--note", ATTACK)
    [row] = json_lines(run(capsys, "notes", "list", "--json")[1])
    assert row["note"] == ATTACK


def test_a_refusal_that_quotes_the_users_input_does_not_pass_its_controls_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "show", str(tmp_path / f"missing{ATTACK}.txt"))
    assert status == 1
    assert_no_control_characters(err)
    assert SHOWN in err


def test_every_c0_and_c1_control_is_shown_but_line_breaks_and_tabs_are_kept() -> None:
    assert show_controls("a\tb\nc") == "a\tb\nc"
    assert show_controls("\x00\r\x7f\x9b") == "\\x00\\x0d\\x7f\\x9b"


def test_arabic_and_its_direction_marks_are_left_as_they_are() -> None:
    text = "\u2067الرمز \u2066OIC/ACM-2017\u2069\u2069\u200f"
    assert show_controls(text) == text

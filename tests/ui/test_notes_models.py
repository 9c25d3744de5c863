"""How the notes lists show a note in one line."""

from __future__ import annotations

import pytest

from oicreader.store.annotations import NOTE_START_CHARACTERS, NoteSummary
from oicreader.ui.notes_models import note_first_line, summary_lines

pytestmark = pytest.mark.gui


def summary(note: str) -> NoteSummary:
    start = note[: NOTE_START_CHARACTERS + 1]
    return NoteSummary("id", "doc", 4, "ar", None, None, start, ())


def test_a_short_note_is_shown_whole() -> None:
    assert note_first_line(summary("موقفنا: نؤيد الفقرة.")) == "موقفنا: نؤيد الفقرة."


def test_a_note_of_several_lines_shows_that_it_goes_on() -> None:
    assert note_first_line(summary("First point.\nSecond point.")) == "First point.…"


def test_a_note_longer_than_its_summary_shows_that_it_goes_on() -> None:
    shown = note_first_line(summary("x" * 10_000))
    assert shown.endswith("…") and len(shown) < 300


def test_the_list_line_of_a_note_is_the_same_first_line() -> None:
    assert "First point.…" in summary_lines(summary("First point.\nSecond point.")).split("\n")


def test_a_listed_note_names_its_document_set_apart_in_its_own_direction() -> None:
    with_symbol = summary("Position")._replace(document_symbol="OIC/ACM-2017/CHAIR-REP")
    first_line = summary_lines(with_symbol).split("\n")[0]
    assert "\u2068OIC/ACM-2017/CHAIR-REP\u2069" in first_line
    assert first_line.startswith("¶4"), "the line keeps the direction of the language's name"


def test_a_note_whose_document_is_gone_is_named_by_its_key() -> None:
    assert "\u2068doc\u2069" in summary_lines(summary("Position")).split("\n")[0]

"""Wrapping, shaping and reordering Arabic for terminals that print cells left to right."""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import TextIO, cast

import bidi.algorithm
import pytest
from bidi import get_display as real_get_display
from hypothesis import given, settings
from hypothesis import strategies as st

from oicreader.text import terminal_bidi
from oicreader.text.terminal_bidi import (
    BaseDirection,
    display_width,
    use_visual_order,
    visual_line,
    visual_lines,
    wrap_logical,
)

ARABIC_SOURCE = (
    Path(__file__).resolve().parents[2] / "resources" / "documents" / "oic-acm-2017-chair-rep"
) / "ar.txt"

BIDI_CONTROLS = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
MIRROR_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">", "«": "»", "‹": "›"}
MIRROR_CANONICAL = {closing: opening for opening, closing in MIRROR_PAIRS.items()}


def numbered_paragraph(number: int) -> str:
    """Return the report paragraph that starts with ``number.``."""
    for line in ARABIC_SOURCE.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{number}. "):
            return line
    raise AssertionError(f"paragraph {number} not found")


def is_presentation_form(char: str) -> bool:
    """Tell whether ``char`` is an Arabic presentation form (A or B)."""
    return "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff"


def char_key(text: str) -> Counter[str]:
    """Characters of ``text`` as a multiset, forgetting shaping, mirroring and bidi controls."""
    decomposed = unicodedata.normalize("NFKD", text)
    return Counter(
        MIRROR_CANONICAL.get(char, char) for char in decomposed if char not in BIDI_CONTROLS
    )


def clusters(text: str) -> list[str]:
    """Split ``text`` into base characters each with their following combining marks."""
    result: list[str] = []
    for char in text:
        if result and unicodedata.category(char) in ("Mn", "Me"):
            result[-1] += char
        else:
            result.append(char)
    return result


def unshape_rtl_word(visual_word: str) -> str:
    """Undo shaping and reversal of a purely Arabic visual word (marks follow their letter)."""
    return unicodedata.normalize("NFKC", "".join(reversed(clusters(visual_word))))


def nfkc(text: str) -> str:
    """Return the NFKC form of ``text``."""
    return unicodedata.normalize("NFKC", text)


# ------------------------------------------------------------------ use_visual_order


class _FakeTerminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        """Claim to be a TTY."""
        return True


def test_visual_and_logical_modes_ignore_the_stream() -> None:
    assert use_visual_order("visual", io.StringIO()) is True
    assert use_visual_order("logical", _FakeTerminal()) is False


def test_auto_follows_isatty() -> None:
    assert use_visual_order("auto", _FakeTerminal()) is True
    assert use_visual_order("auto", io.StringIO()) is False


def test_auto_with_a_stream_lacking_isatty_is_logical() -> None:
    assert use_visual_order("auto", cast(TextIO, object())) is False


def test_auto_with_a_closed_stream_is_logical() -> None:
    stream = io.StringIO()
    stream.close()
    assert use_visual_order("auto", stream) is False


def test_unknown_mode_is_rejected() -> None:
    with pytest.raises(ValueError, match="bidi mode"):
        use_visual_order(cast(terminal_bidi.BidiMode, "rtl"), io.StringIO())


# --------------------------------------------------------------------- display_width


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("", 0),
        ("abc", 3),
        ("مُحَمَّدٌ", 4),  # four letters, the harakat take no cell
        ("\u200f", 0),  # RLM
        ("\u2067نص\u2069", 2),  # isolates are format characters
        ("中文", 4),
        ("ｈ", 2),  # fullwidth
        ("22\u00a0سبتمبر", 9),
        ("e\u20dd", 1),  # enclosing mark (Me)
    ],
)
def test_display_width(text: str, cells: int) -> None:
    assert display_width(text) == cells


# ---------------------------------------------------------------------- wrap_logical


def test_unlimited_width_keeps_one_line() -> None:
    paragraph = numbered_paragraph(6)
    assert wrap_logical(paragraph, 0) == [paragraph]
    assert wrap_logical(paragraph, -3) == [paragraph]


def test_real_paragraph_wraps_greedily_within_width() -> None:
    paragraph = numbered_paragraph(6)
    lines = wrap_logical(paragraph, 60)
    assert len(lines) > 5
    assert " ".join(lines).split(" ") == paragraph.split(" ")
    for line, following in itertools.pairwise(lines):
        assert display_width(line) <= 60
        # Greedy: the next line's first word did not fit on this one.
        assert display_width(line + " " + following.split(" ")[0]) > 60


def test_spaces_inside_a_line_are_kept_and_dropped_at_breaks() -> None:
    assert wrap_logical("a  b", 10) == ["a  b"]
    assert wrap_logical("aaa   bbb", 4) == ["aaa", "bbb"]
    assert wrap_logical("  aaa bbb  ", 20) == ["aaa bbb"]


def test_long_word_is_split_hard() -> None:
    assert wrap_logical("abcdefghij", 3) == ["abc", "def", "ghi", "j"]
    assert wrap_logical("xy abcdefghij z", 4) == ["xy", "abcd", "efgh", "ij z"]


def test_hard_split_keeps_harakat_with_their_letter() -> None:
    lines = wrap_logical("مُحَمَّدٌ", 2)
    assert "".join(lines) == "مُحَمَّدٌ"
    for line in lines:
        assert display_width(line) <= 2
        assert unicodedata.category(line[0]) not in ("Mn", "Me")


def test_a_wide_character_wider_than_the_width_stands_alone() -> None:
    assert wrap_logical("中文", 1) == ["中", "文"]


def test_no_break_space_is_not_a_break() -> None:
    assert wrap_logical("22\u00a0سبتمبر 2017", 9) == ["22\u00a0سبتمبر", "2017"]


def test_line_breaks_in_the_text_are_forced_breaks() -> None:
    assert wrap_logical("a\nb", 10) == ["a", "b"]
    assert wrap_logical("a\n\nb", 10) == ["a", "", "b"]
    assert wrap_logical("", 10) == []


BREAKS = " \t\n"
WRAP_ALPHABET = [*"abبتلا", "\u064e", "\u0651", *"1()中", "\u200f", "\u00a0", *BREAKS]


def words(text: str) -> list[str]:
    """Split ``text`` at the characters the wrapper may break at."""
    return [word for word in re.split(f"[{BREAKS}]+", text) if word]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(WRAP_ALPHABET), max_size=80), width=st.integers(1, 20))
def test_wrap_loses_and_duplicates_nothing(text: str, width: int) -> None:
    lines = wrap_logical(text, width)
    # Every line appears verbatim, in order, separated only by dropped break characters.
    between = f"[{BREAKS}]*"
    pattern = between + between.join(re.escape(line) for line in lines) + between
    assert re.fullmatch(pattern, text) is not None
    for line in lines:
        assert line == line.strip(BREAKS)
        cells = [char for char in line if display_width(char) > 0]
        assert display_width(line) <= width or len(cells) == 1
    if all(display_width(word) <= width for word in words(text)):
        assert [word for line in lines for word in words(line)] == words(text)
    else:
        assert "".join(words(text)) == "".join(word for line in lines for word in words(line))


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=60), width=st.integers(-2, 15))
def test_wrap_keeps_every_visible_character_of_any_text(text: str, width: int) -> None:
    lines = wrap_logical(text, width)
    visible = [char for char in text if not char.isspace()]
    assert visible == [char for line in lines for char in line if not char.isspace()]
    if width < 1:
        assert len(lines) == len(text.splitlines())


# ---------------------------------------------------------------------- visual_line


def test_arabic_comes_out_in_presentation_forms() -> None:
    visual = visual_line(numbered_paragraph(6), "rtl")
    assert any(is_presentation_form(char) for char in visual)
    # No letter is left unshaped (U+0621..U+064A are the base Arabic letters).
    assert not [char for char in visual if "\u0621" <= char <= "\u064a"]


def test_brackets_are_mirrored_in_rtl_text() -> None:
    visual = visual_line("(نص) عربي", "rtl")
    left, right = visual.split(" ")
    assert unshape_rtl_word(left) == "عربي"
    # Read from the right, the reader meets "(" first: in cells it must be "(نص)"
    # drawn as "(" + reversed letters + ")", not ")صن(" as bidi.get_display gives.
    assert right[0] == "(" and right[-1] == ")"
    assert unshape_rtl_word(right[1:-1]) == "نص"


@pytest.mark.parametrize(("opening", "closing"), list(MIRROR_PAIRS.items()))
def test_every_bracket_pair_reads_correctly_in_rtl_text(opening: str, closing: str) -> None:
    visual = visual_line(f"في {opening}المؤتمر{closing} اليوم", "rtl")
    quoted = re.search(re.escape(opening) + "(.*)" + re.escape(closing), visual)
    assert quoted is not None, visual
    assert unshape_rtl_word(quoted.group(1)) == "المؤتمر"


def test_guillemets_around_arabic_in_a_real_sentence() -> None:
    visual = visual_line("أشاد الاجتماع بمركز «صوت الحكمة» في المنظمة", "rtl")
    quoted = re.search("«(.*)»", visual)
    assert quoted is not None
    assert [unshape_rtl_word(word) for word in reversed(quoted.group(1).split(" "))] == [
        "صوت",
        "الحكمة",
    ]


def test_brackets_in_ltr_text_are_not_mirrored() -> None:
    text = "The meeting (OIC) adopted [the report] {x} <y> «Voix» ‹z›."
    assert visual_line(text, "ltr") == text
    # Also when the brackets enclose Arabic inside an English sentence.
    visual = visual_line("the (نص) word", "ltr")
    assert visual.startswith("the (") and visual.endswith(") word")


def test_latin_before_bracketed_latin_in_rtl_text_keeps_its_brackets() -> None:
    # The pure-Python bidi.algorithm (no bracket-pair rule N0) gives "(abc (def".
    visual = visual_line("abc (def) نص", "rtl")
    assert visual.endswith("abc (def)")
    assert unshape_rtl_word(visual.split(" ")[0]) == "نص"


def test_quoted_phrase_of_paragraph_9() -> None:
    visual = visual_line(numbered_paragraph(9), "rtl")
    quoted = re.search('"([^"]*)"', visual)
    assert quoted is not None
    phrase = [unshape_rtl_word(word) for word in reversed(quoted.group(1).split(" "))]
    assert phrase == ["صوت", "الحكمة"]


def test_date_keeps_its_digits_left_to_right() -> None:
    visual = visual_line("22 سبتمبر 2017", "rtl")
    left, middle, right = visual.split(" ")
    assert (left, right) == ("2017", "22")
    assert unshape_rtl_word(middle) == "سبتمبر"
    assert "7102" not in visual


@pytest.mark.parametrize("width", [30, 50, 80])
def test_dates_of_paragraph_4_keep_their_digits(width: int) -> None:
    paragraph = numbered_paragraph(4)
    logical = wrap_logical(paragraph, width)
    visual = visual_lines(paragraph, width, "rtl", align=False)
    assert "2017" in paragraph
    for logical_line, visual_line_ in zip(logical, visual, strict=True):
        assert Counter(re.findall(r"\d+", visual_line_)) == Counter(
            re.findall(r"\d+", logical_line)
        )
    assert "7102" not in "".join(visual)


def test_document_symbol_inside_arabic_stays_readable() -> None:
    symbol = "OIC/ACM-2017/CHAIR-REP"
    visual = visual_line(f"اعتمد الاجتماع الوثيقة {symbol} بالإجماع", "rtl")
    assert symbol in visual
    words_ = visual.split(" ")
    assert unshape_rtl_word(words_[0]) == "بالإجماع"
    assert unshape_rtl_word(words_[-1]) == "اعتمد"
    # On a line of its own (the report's third paragraph) it is left untouched.
    assert visual_line(symbol, "rtl") == symbol


def test_harakat_are_kept_after_their_letter() -> None:
    word = "مُحَمَّدٌ"
    visual = visual_line(word, "rtl")
    harakat = [char for char in word if unicodedata.category(char) == "Mn"]
    assert sorted(char for char in visual if unicodedata.category(char) == "Mn") == sorted(harakat)
    assert unicodedata.category(visual[0]) != "Mn"
    assert unshape_rtl_word(visual) == nfkc(word)


def test_harakat_of_the_report_survive() -> None:
    paragraph = numbered_paragraph(9)  # "التطرّف" has a shadda
    assert "\u0651" in paragraph
    visual = "".join(visual_lines(paragraph, 50, "rtl"))
    assert visual.count("\u0651") == paragraph.count("\u0651")


@pytest.mark.parametrize("text", ["الله", "عبد الله", "بسم الله الرحمن الرحيم", "لله"])
def test_no_word_ligature_replaces_the_text(text: str) -> None:
    visual = visual_line(text, "rtl")
    assert "\ufdf2" not in visual
    assert not [char for char in visual if "\ufdf0" <= char <= "\ufdff"]
    assert [unshape_rtl_word(word) for word in reversed(visual.split(" "))] == text.split(" ")


def test_lam_alef_is_joined_only_when_nothing_sits_between() -> None:
    assert visual_line("لا", "rtl") == "\ufefb"
    vocalized = visual_line("لَا", "rtl")
    assert "\ufefb" not in vocalized
    assert unshape_rtl_word(vocalized) == "لَا"


def test_bidi_controls_are_not_printed() -> None:
    visual = visual_line("\u2067نص\u2069 abc \u200f", "ltr")
    assert not BIDI_CONTROLS & set(visual)
    assert "abc" in visual


def test_a_line_with_a_line_break_is_reordered_per_part() -> None:
    assert visual_line("نص\nعربي", "rtl") == visual_line("نص", "rtl") + "\n" + visual_line(
        "عربي", "rtl"
    )


def test_empty_line() -> None:
    assert visual_line("", "rtl") == ""
    assert visual_line("\u200d", "rtl") == ""


def test_unknown_base_direction_is_rejected() -> None:
    with pytest.raises(ValueError, match="base direction"):
        visual_line("نص", cast(BaseDirection, "R"))


def test_report_text_uses_the_checked_level_path() -> None:
    # The levels read from python-bidi's debug output must reproduce its own
    # reordering; if a new python-bidi changes that output, this fails first.
    for number in (4, 6, 9):
        for line in wrap_logical(numbered_paragraph(number), 70):
            shaped = terminal_bidi._shape(line)
            assert terminal_bidi._reorder_with_levels(shaped, "rtl") is not None


VISUAL_ALPHABET = [
    *"ab Z09",
    *"نصعربيلاأمحد",
    *"َُِّ",
    *'()[]«»".,:/-',
    "\u00a0",
    "\t",
    "\u05d0",
    "\u0661",
    *sorted(BIDI_CONTROLS),
]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(VISUAL_ALPHABET), min_size=1, max_size=50),
    base=st.sampled_from(["rtl", "ltr"]),
)
def test_visual_line_is_a_reordering_of_the_line(text: str, base: BaseDirection) -> None:
    shaped = terminal_bidi._shape(text)
    # The self-check against get_display's own order never has to give up.
    assert terminal_bidi._reorder_with_levels(shaped, base) is not None
    visual = visual_line(text, base)
    assert char_key(visual) == char_key(text)
    assert not BIDI_CONTROLS & set(visual)


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([*"abcXYZ019 ()[].,-/"]), max_size=40))
def test_ltr_text_in_an_ltr_line_is_unchanged(text: str) -> None:
    assert visual_line(text, "ltr") == text


# --------------------------------------------------------------------- fallback path


@pytest.fixture
def without_rust_levels(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make python-bidi's debug output unreadable, as a future version might."""

    def changed_debug_output(text: str, base_dir: str | None = None, debug: bool = False) -> str:
        """Reorder as before, but describe the levels in an unknown format."""
        if debug:
            return "BidiInfo { levels: <something new> }"
        return str(real_get_display(text, base_dir=base_dir))

    monkeypatch.setattr(terminal_bidi, "get_display", changed_debug_output)


@pytest.mark.usefixtures("without_rust_levels")
def test_fallback_still_mirrors_and_keeps_harakat() -> None:
    assert terminal_bidi._reorder_with_levels(terminal_bidi._shape("نص"), "rtl") is None
    visual = visual_line("(نص) عربي", "rtl")
    assert visual.split(" ")[1] == visual_line("(نص)", "rtl")
    assert visual.endswith(")") and visual.split(" ")[1].startswith("(")
    assert unshape_rtl_word(visual_line("مُحَمَّدٌ", "rtl")) == nfkc("مُحَمَّدٌ")
    assert "2017" in visual_line("22 سبتمبر 2017", "rtl")


@pytest.mark.usefixtures("without_rust_levels")
def test_fallback_survives_isolates() -> None:
    # bidi.algorithm alone raises AssertionError on isolates.
    visual = visual_line("\u2067نص\u2069 abc \u2068نص\u2069", "ltr")
    assert not BIDI_CONTROLS & set(visual)
    assert "abc" in visual


@pytest.mark.usefixtures("without_rust_levels")
def test_last_resort_is_the_plain_rust_order(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        """Fail the way bidi.algorithm does on isolates."""
        raise AssertionError("RLI not allowed here")

    monkeypatch.setattr(bidi.algorithm, "get_display", broken)
    visual = visual_line("\u2067مُحَمَّدٌ\u2069 عربي", "rtl")
    assert not BIDI_CONTROLS & set(visual)
    assert [unshape_rtl_word(word) for word in reversed(visual.split(" "))] == [
        nfkc("مُحَمَّدٌ"),
        "عربي",
    ]


# --------------------------------------------------------------------- visual_lines


@pytest.mark.parametrize("width", [25, 40, 60, 80])
def test_each_visual_line_holds_the_words_of_its_logical_line(width: int) -> None:
    paragraph = numbered_paragraph(6)
    logical = wrap_logical(paragraph, width)
    visual = visual_lines(paragraph, width, "rtl", align=False)
    assert len(visual) == len(logical) > 1
    for logical_line, visual_line_ in zip(logical, visual, strict=True):
        logical_words = logical_line.split(" ")
        visual_words = visual_line_.split(" ")
        # Same words, in reverse order: the first logical word is at the right end.
        assert [char_key(word) for word in reversed(visual_words)] == [
            char_key(word) for word in logical_words
        ]
        assert char_key(visual_words[-1]) == char_key(logical_words[0])
        assert char_key(visual_words[0]) == char_key(logical_words[-1])
        assert display_width(visual_line_) <= width


def test_pure_arabic_line_reads_back_exactly() -> None:
    paragraph = numbered_paragraph(6)
    for logical_line, visual_line_ in zip(
        wrap_logical(paragraph, 40), visual_lines(paragraph, 40, "rtl", align=False), strict=True
    ):
        if re.search(r"[0-9.،]", logical_line):
            continue  # digits and punctuation are not reversed; checked by char_key above
        undone = [unshape_rtl_word(word) for word in reversed(visual_line_.split(" "))]
        assert undone == nfkc(logical_line).split(" ")


def test_first_visual_line_starts_the_paragraph() -> None:
    # Reordering first and wrapping afterwards would put the paragraph's end here.
    paragraph = numbered_paragraph(6)
    first = visual_lines(paragraph, 50, "rtl", align=False)[0]
    # "6." read right to left: the full stop is drawn to the left of the digit.
    assert first.split(" ")[-1] == ".6"
    assert unshape_rtl_word(first.split(" ")[-2]) == "سجل"


def test_rtl_lines_are_right_aligned_to_the_width() -> None:
    paragraph = numbered_paragraph(6)
    aligned = visual_lines(paragraph, 50, "rtl")
    plain = visual_lines(paragraph, 50, "rtl", align=False)
    for line, bare in zip(aligned, plain, strict=True):
        assert display_width(line) == 50
        assert line.lstrip(" ") == bare


def test_ltr_and_unlimited_lines_are_not_padded() -> None:
    assert visual_lines("The meeting adopted the report.", 20, "ltr") == [
        "The meeting adopted",
        "the report.",
    ]
    paragraph = numbered_paragraph(9)
    assert visual_lines(paragraph, 0, "rtl") == [visual_line(paragraph, "rtl")]

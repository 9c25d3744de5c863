"""Notes on paper: a long note is cut, between words when it can, with a "continues" mark."""

from __future__ import annotations

import pytest

from oicreader.render.print_notes import (
    PRINTED_NOTE_CHARACTERS,
    PRINTED_NOTE_LINES,
    continues_mark,
    printable_note,
)


def test_a_note_of_ordinary_length_is_printed_whole() -> None:
    assert printable_note("  Ask about the Istanbul date.\n") == (
        "Ask about the Istanbul date.",
        False,
    )


def test_a_long_note_is_cut_between_words_with_an_ellipsis() -> None:
    words = " ".join(f"word{number}" for number in range(1_000))
    text, cut = printable_note(words)
    assert cut
    assert len(text) <= PRINTED_NOTE_CHARACTERS + 1
    assert text.endswith("…")
    assert text[:-1] in words and words[len(text) - 1] == " ", "the cut falls before a space"


def test_a_long_note_without_spaces_is_cut_at_the_limit() -> None:
    text, cut = printable_note("ب" * 50_000)
    assert cut and text == "ب" * PRINTED_NOTE_CHARACTERS + "…"


def test_a_note_of_many_short_lines_is_cut_after_a_page_of_lines() -> None:
    text, cut = printable_note("\n".join(str(number) for number in range(500)))
    assert cut
    assert text.count("\n") < PRINTED_NOTE_LINES


@pytest.mark.parametrize(
    ("language", "mark"),
    [
        ("en", "(continues: the note has 12,345 characters)"),
        ("fr", "(suite : la note compte 12\u202f345 caractères)"),
        ("ar", "(يتبع: عدد أحرف الملاحظة 12,345)"),
    ],
)
def test_the_continues_mark_speaks_the_page_language(language: str, mark: str) -> None:
    assert continues_mark("x" * 12_345, language) == mark

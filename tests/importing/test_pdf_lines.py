"""A PDF line's glyphs, drawn left to right, read back in logical order, as letters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bidi import get_display

from oicreader.importing import pdf_lines
from oicreader.importing.pdf_bidi import letters_from_presentation_forms, logical_order
from oicreader.importing.pdf_file import LEFT, ORIGIN_X, RIGHT, PdfChar
from oicreader.importing.pdf_lines import _WHITE_SPACE, Glyph, _gutters, page_lines

# Lines as an Arabic report writes them; python-bidi draws them as a PDF producer does.
ARABIC_LINES = [
    "1. عقد وزراء الخارجية",
    "يوم 22 سبتمبر 2017، وذلك",
    "الوثيقة OIC/ACM-2017/CHAIR-REP المؤرخة",
    "اجتماع 22 September 2017 في نيويورك",
    "السيد Marcel Amon-Tanoh وزير",
    "إكسبو-2025، وأعرب",
    "بنسبة 3.5% فقط",
    "في 22/9/2017 عقد",
    "١٢. أكد الاجتماع",
]


@pytest.mark.parametrize("logical", ARABIC_LINES)
def test_an_arabic_line_drawn_right_to_left_reads_back_in_logical_order(logical: str) -> None:
    drawn = get_display(logical, base_dir="R")
    assert logical_order(list(drawn), right_to_left=True) == logical


def test_a_paragraph_number_drawn_as_dot_one_is_paragraph_one() -> None:
    assert logical_order(list("دقع .1"), right_to_left=True) == "1. عقد"


def test_a_year_is_never_reversed_and_the_comma_stays_after_it() -> None:
    text = logical_order(list("كلذو ،2017 ربمتبس 22 موي"), right_to_left=True)
    assert "2017،" in text and "7102" not in text


def test_arabic_words_inside_an_english_line_are_turned_back() -> None:
    drawn = get_display("The city of القدس الشريف is sacred", base_dir="L")
    assert logical_order(list(drawn), right_to_left=False) == "The city of القدس الشريف is sacred"


def test_presentation_forms_become_letters_and_lam_alef_is_lam_then_alef() -> None:
    # Lam-alef with hamza, a medial lam, a final alef.
    assert letters_from_presentation_forms("\ufef7\ufee0\ufe8e") == "لألا"
    assert letters_from_presentation_forms("\ufefb") == "لا"


def test_nfkc_touches_only_presentation_forms() -> None:
    # A superscript two, a ligature fi and a no-break space are the report's own.
    assert letters_from_presentation_forms("x² ﬁ\u00a0y ﺑ") == "x² ﬁ\u00a0y ب"


def test_tatweel_that_stretches_a_word_goes_and_the_hijri_mark_stays() -> None:
    assert letters_from_presentation_forms("الاجتـــماع") == "الاجتماع"
    assert letters_from_presentation_forms("1438 هـ") == "1438 هـ"


def arabic_word_chars(word: str, right: float, baseline: float = 700.0) -> list[PdfChar]:
    """A word drawn right to left from `right`, 6 points a letter, harakat on their letter."""
    chars: list[PdfChar] = []
    x = right
    for letter in word:
        if "\u064b" <= letter <= "\u0652":
            base = chars[-1]
            chars.append((letter, base[LEFT], base[RIGHT], base[ORIGIN_X], baseline, 12.0))
            continue
        x -= 6
        chars.append((letter, x, x + 6, x, baseline, 12.0))
    return chars


def test_harakat_stay_on_their_letters_when_a_line_is_rebuilt() -> None:
    chars = arabic_word_chars("مُحَمَّد", 300) + arabic_word_chars("رسول", 250)
    [line] = page_lines(chars)
    assert line.text == "مُحَمَّد رسول"
    assert line.right_to_left


def test_a_line_drawn_in_any_order_is_read_by_position() -> None:
    chars = arabic_word_chars("منظمة", 300) + arabic_word_chars("التعاون", 262)
    [line] = page_lines(list(reversed(chars)))
    assert line.text == "منظمة التعاون"


@pytest.mark.parametrize("glyph_text", ["لأ", "أل"])
def test_a_lam_alef_drawn_as_one_glyph_reads_lam_then_alef(glyph_text: str) -> None:
    # "الأمم": alef, then lam-alef as one glyph (its text in either order), then two meems.
    def char(text: str, left: float) -> PdfChar:
        return (text, left, left + 6, left, 700.0, 12.0)

    chars = [char("ا", 294), *(char(letter, 288) for letter in glyph_text)]
    chars += [char("م", 282), char("م", 276)]
    [line] = page_lines(chars)
    assert line.text == "الأمم"


class CountedRow(list[Glyph]):
    """A row of glyphs that counts how often it is read through."""

    reads = 0

    def __iter__(self) -> Iterator[Glyph]:
        CountedRow.reads += 1
        return super().__iter__()


def latin_row(words: int, start: float) -> list[Glyph]:
    """A row of words of five 6-point letters, 4 points apart."""
    glyphs: list[Glyph] = []
    x = start
    for _ in range(words):
        for letter in "words":
            glyphs.append((letter, x, x + 6, x, 700.0, 12.0))
            x += 6
        x += 4
    return glyphs


def test_a_page_of_one_column_is_known_to_have_no_gutter_after_its_first_rows() -> None:
    CountedRow.reads = 0
    # Each row indented a little more than the one before: the gaps between words of one
    # row are crossed by the words of others, as on a page of text.
    rows = [CountedRow(latin_row(12, 72 + index * 7 % 24)) for index in range(40)]
    assert _gutters(list(rows)) == []
    assert CountedRow.reads < 10, "rows past those that rule out every gutter are read"


def test_the_gutter_of_two_columns_is_still_found_between_them() -> None:
    rows = [
        latin_row(5, 72 + index * 7 % 24) + latin_row(5, 330 + index * 7 % 24)
        for index in range(40)
    ]
    [gutter] = _gutters(rows)
    assert 72 + 24 + 5 * 34 < gutter < 330


def test_digits_of_the_rows_own_size_are_kept_without_counting_the_rows_sizes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_counting(row: list[PdfChar]) -> float:
        raise AssertionError("the row's type sizes were counted")

    monkeypatch.setattr(pdf_lines, "_main_size", no_counting)
    row = [
        (char, 72 + 6 * i, 78 + 6 * i, 72 + 6 * i, 700.0, 12.0) for i, char in enumerate("page 12")
    ]
    assert pdf_lines._without_reference_marks(row) == row


def test_a_smaller_raised_digit_is_still_taken_out_of_its_row() -> None:
    row = [(char, 72 + 6 * i, 78 + 6 * i, 72 + 6 * i, 700.0, 12.0) for i, char in enumerate("word")]
    mark = ("1", 96.0, 100.0, 96.0, 704.0, 7.0)
    assert pdf_lines._without_reference_marks([*row, mark]) == row


class CountedText(str):
    """A character's text that counts how often it is asked whether it is a space."""

    reads = 0

    def isspace(self) -> bool:
        CountedText.reads += 1
        return super().isspace()


def test_the_characters_on_a_rows_baseline_join_it_together() -> None:
    CountedText.reads = 0
    chars: list[PdfChar] = [
        (CountedText(letter), 72 + 6 * index, 78 + 6 * index, 72 + 6 * index, baseline, 12.0)
        for baseline in (700.0, 685.0, 670.0)
        for index, letter in enumerate("a row of text on one baseline")
    ]
    rows = pdf_lines._rows(chars)
    assert ["".join(char[0] for char in row) for row in rows] == [
        "a row of text on one baseline"
    ] * 3
    assert CountedText.reads <= 3, "each character of a row was looked at"


def test_the_white_space_set_is_what_str_isspace_is_true_of() -> None:
    # _glyphs asks a set instead of str.isspace() for each character: they must agree.
    every_space = frozenset(char for char in map(chr, range(0x110000)) if char.isspace())
    assert every_space == _WHITE_SPACE

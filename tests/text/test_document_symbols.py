"""Document symbols named in a paragraph, in English, French and Arabic text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oicreader.text.document_symbols import (
    _patterns,
    _symbol_matches,
    find_symbols,
    symbol_key,
    without_year,
)

# No example database: the test run must not leave a .hypothesis folder in the checkout.
PROPERTY = settings(max_examples=300, deadline=None, database=None)

RECOGNISED = [
    ("The Assembly recalled A/RES/72/1 on that day.", "A/RES/72/1", None),
    ("See the letter S/2017/123.", "S/2017/123", None),
    ("The record (A/72/PV.3) shows it.", "A/72/PV.3", None),
    ("Council resolution A/HRC/RES/35/1, para. 4, says so.", "A/HRC/RES/35/1", 4),
    ("The report E/2017/15; then more.", "E/2017/15", None),
    ("Resolution S/RES/2334 (2016) condemned it.", "S/RES/2334 (2016)", None),
    ("Ministers adopted OIC/CFM-44/2017/POL/RES/1, paragraph 7.", "OIC/CFM-44/2017/POL/RES/1", 7),
    ("As the report OIC/ACM-2017/CHAIR-REP said.", "OIC/ACM-2017/CHAIR-REP", None),
    ("The communiqué OIC/SUM-14/2019/FC/FINAL was read.", "OIC/SUM-14/2019/FC/FINAL", None),
    ("La résolution A/RES/72/1, paragraphe 4, rappelle.", "A/RES/72/1", 4),
    ("La résolution A/RES/72/1, par. 12, rappelle.", "A/RES/72/1", 12),
    ("le paragraphe 5 de la résolution A/RES/72/1 dit", "A/RES/72/1", 5),
    ("paragraph 9 of resolution A/RES/72/1 says", "A/RES/72/1", 9),
    ("وأشار القرار A/RES/72/1، الفقرة 4، إلى ذلك.", "A/RES/72/1", 4),
    ("وأشار القرار A/RES/72/1، الفقرة ٤، إلى ذلك.", "A/RES/72/1", 4),
    ("الفقرة 6 من القرار OIC/CFM-44/2017/POL/RES/1 تنص", "OIC/CFM-44/2017/POL/RES/1", 6),
    ("قرار مجلس الأمن S/RES/2334 (2016) بشأن", "S/RES/2334 (2016)", None),
    ("التقرير \u2066OIC/ACM-2017/CHAIR-REP\u2069 المؤرخ", "OIC/ACM-2017/CHAIR-REP", None),
    ("The addendum A/72/L.15/Add.1 was issued.", "A/72/L.15/Add.1", None),
]


@pytest.mark.parametrize(("text", "symbol", "paragraph"), RECOGNISED)
def test_a_symbol_named_in_a_paragraph_is_recognised_with_the_paragraph_it_cites(
    text: str, symbol: str, paragraph: int | None
) -> None:
    [mention] = find_symbols(text)
    assert mention.symbol == symbol
    assert text[mention.start : mention.end] == symbol
    assert mention.cited_paragraph == paragraph


NOT_SYMBOLS = [
    "The meeting was held on 22/9/2017 in New York.",
    "Half of them, 1/2, voted.",
    "وعقد الاجتماع في 22/9/2017 بنيويورك.",
    "The ratio 3/4/5 holds.",
    "and/or the like",
    "N/A",
    "The series A/B/C has no number.",
    "The folder XA/RES/72/1 is a longer token.",
    "The path docs/A/RES/72/1 is part of a longer token.",
    "See E/2017 alone.",
    "كلمةA/RES/72/1 ملتصقة",
]


@pytest.mark.parametrize("text", NOT_SYMBOLS)
def test_dates_fractions_and_parts_of_longer_tokens_are_no_symbols(text: str) -> None:
    assert find_symbols(text) == []


def test_a_sentence_full_stop_after_a_symbol_is_not_part_of_it() -> None:
    [mention] = find_symbols("It was recorded in A/72/PV.3.")
    assert mention.symbol == "A/72/PV.3"


def test_a_year_belongs_only_to_a_resolution() -> None:
    [mention] = find_symbols("The letter S/2017/123 (2017) was read.")
    assert mention.symbol == "S/2017/123"


def test_several_symbols_are_found_in_order_each_with_its_own_paragraph() -> None:
    text = "A/RES/72/1, para. 2 and S/RES/2334 (2016), paragraph 3 and S/2017/123."
    mentions = find_symbols(text)
    assert [(m.symbol, m.cited_paragraph) for m in mentions] == [
        ("A/RES/72/1", 2),
        ("S/RES/2334 (2016)", 3),
        ("S/2017/123", None),
    ]


def test_symbols_compare_without_case_or_spaces_and_with_or_without_the_year() -> None:
    assert symbol_key("s/res/2334 (2016)") == symbol_key("S/RES/2334(2016)")
    assert symbol_key("\u2066OIC/ACM-2017/chair-rep\u2069") == "OIC/ACM-2017/CHAIR-REP"
    assert without_year(symbol_key("S/RES/2334 (2016)")) == "S/RES/2334"


SYMBOL_LIKE = st.text(alphabet="AS/ROIC-.0123456789 ()،,paréfقرة\u2066\u2069x_", max_size=60)


@PROPERTY
@given(st.one_of(st.text(max_size=80), SYMBOL_LIKE))
def test_recognition_never_fails_and_its_spans_lie_in_the_text_apart(text: str) -> None:
    mentions = find_symbols(text)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.symbol
        previous_end = mention.end


@PROPERTY
@given(st.sampled_from([symbol for _, symbol, _ in RECOGNISED]), st.text(max_size=20))
def test_a_symbol_between_spaces_is_found_whatever_surrounds_it(symbol: str, other: str) -> None:
    text = f"{other} {symbol} {other}"
    found = {mention.start: mention.symbol for mention in find_symbols(text)}
    assert found[len(other) + 1].startswith(symbol)  # a year may follow a resolution


@PROPERTY
@given(st.one_of(st.text(max_size=80), SYMBOL_LIKE))
def test_trying_the_symbol_only_before_slashes_finds_what_searching_everywhere_finds(
    text: str,
) -> None:
    everywhere = [match.span() for match in _patterns().symbol.finditer(text)]
    assert [match.span() for match in _symbol_matches(text)] == everywhere

"""Citing a copied passage: "(symbol, para. N)" in the interface language, as plain text
with bidi isolation and as HTML that keeps each paragraph's direction."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from oicreader.text.citation import citation, citation_html, citation_text

SYMBOL = "OIC/ACM-2017/CHAIR-REP"
FSI, PDI, RLM, LRM = "\u2068", "\u2069", "\u200f", "\u200e"


def test_an_english_citation_names_the_symbol_and_the_paragraph() -> None:
    assert citation(SYMBOL, 4, "en") == "(OIC/ACM-2017/CHAIR-REP, para. 4)"


def test_a_french_citation_says_par() -> None:
    assert citation(SYMBOL, 4, "fr") == "(OIC/ACM-2017/CHAIR-REP, par. 4)"


def test_an_arabic_citation_isolates_the_latin_symbol() -> None:
    cited = citation(SYMBOL, 4, "ar")
    assert cited == f"({FSI}OIC/ACM-2017/CHAIR-REP{PDI}، الفقرة 4)"
    assert cited.replace(FSI, "").replace(PDI, "") == "(OIC/ACM-2017/CHAIR-REP، الفقرة 4)"


def test_an_arabic_symbol_is_isolated_inside_an_english_citation() -> None:
    assert citation("تقرير/1", 2, "en") == f"({FSI}تقرير/1{PDI}, para. 2)"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "(OIC/ACM-2017/CHAIR-REP, paras. 4–6)"),
        ("fr", "(OIC/ACM-2017/CHAIR-REP, par. 4 à 6)"),
        ("ar", f"({FSI}OIC/ACM-2017/CHAIR-REP{PDI}، الفقرات من 4 إلى 6)"),
    ],
)
def test_a_passage_over_several_paragraphs_cites_their_range(language: str, expected: str) -> None:
    assert citation(SYMBOL, 4, language, last_paragraph=6) == expected


def test_a_range_of_one_paragraph_is_cited_as_that_paragraph() -> None:
    assert citation(SYMBOL, 4, "en", last_paragraph=4) == "(OIC/ACM-2017/CHAIR-REP, para. 4)"


def test_the_plain_text_payload_is_each_language_then_the_citation() -> None:
    texts = {"ar": "أشار الاجتماع", "en": "The meeting recalled"}
    assert citation_text(texts, SYMBOL, 4, "fr") == (
        "أشار الاجتماع\n\nThe meeting recalled\n\n(OIC/ACM-2017/CHAIR-REP, par. 4)"
    )


def test_an_arabic_line_that_starts_with_a_latin_word_keeps_its_right_to_left_direction() -> None:
    payload = citation_text({"ar": "OIC تعقد اجتماعها", "en": "مرحبا is Arabic"}, SYMBOL, 1, "en")
    assert payload.split("\n\n")[:2] == [RLM + "OIC تعقد اجتماعها", LRM + "مرحبا is Arabic"]


class _Paragraphs(HTMLParser):
    """The <p> elements of an HTML payload: their attributes and their text, unescaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[tuple[dict[str, str | None], str]] = []
        self.spans: list[tuple[dict[str, str | None], str]] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p":
            self.paragraphs.append((dict(attrs), ""))
        elif tag == "span":
            self.spans.append((dict(attrs), ""))
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self._open.pop()

    def handle_data(self, data: str) -> None:
        if "p" in self._open:
            attributes, text = self.paragraphs[-1]
            self.paragraphs[-1] = (attributes, text + data)
        if self._open and self._open[-1] == "span":
            attributes, text = self.spans[-1]
            self.spans[-1] = (attributes, text + data)


def parsed(payload: str) -> _Paragraphs:
    parser = _Paragraphs()
    parser.feed(payload)
    parser.close()
    return parser


def test_the_html_payload_gives_each_paragraph_its_language_and_direction() -> None:
    texts = {"ar": "أشار الاجتماع", "en": "The meeting recalled", "fr": "La réunion"}
    paragraphs = parsed(citation_html(texts, SYMBOL, 4, "ar")).paragraphs
    assert [(p["lang"], p["dir"]) for p, _ in paragraphs] == [
        ("ar", "rtl"),
        ("en", "ltr"),
        ("fr", "ltr"),
        ("ar", "rtl"),
    ]
    assert [text for _, text in paragraphs] == [
        "أشار الاجتماع",
        "The meeting recalled",
        "La réunion",
        "(OIC/ACM-2017/CHAIR-REP، الفقرة 4)",
    ]
    assert "direction:rtl" in (paragraphs[0][0]["style"] or "")


def test_the_symbol_in_an_arabic_html_citation_is_a_left_to_right_span() -> None:
    spans = parsed(citation_html({"ar": "نص"}, SYMBOL, 4, "ar")).spans
    assert spans == [({"dir": "ltr"}, SYMBOL)]


def test_the_html_payload_escapes_the_text_it_quotes() -> None:
    texts = {"en": 'Rule <b>5</b> & "quotes"'}
    payload = citation_html(texts, "A<B>&C", 5, "en")
    assert "<b>" not in payload
    [(_, quoted), (_, cited)] = parsed(payload).paragraphs
    assert quoted == 'Rule <b>5</b> & "quotes"'
    assert cited == "(A<B>&C, para. 5)"


def test_a_passage_over_several_lines_becomes_one_html_paragraph_per_line() -> None:
    paragraphs = parsed(citation_html({"en": "first\n\nsecond"}, SYMBOL, 4, "en", last_paragraph=5))
    assert [text for _, text in paragraphs.paragraphs] == [
        "first",
        "second",
        "(OIC/ACM-2017/CHAIR-REP, paras. 4–5)",
    ]

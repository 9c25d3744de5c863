"""Search queries end to end: parsing, the FTS5 expression on a real index, highlights, snippets."""

from __future__ import annotations

import random
import re
import sqlite3
import unicodedata
from collections.abc import Iterator, Mapping
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oicreader.text.folding import (
    article_readings,
    fold,
    fold_with_offsets,
    is_arabic_token,
    stem_candidates,
    stem_text,
    tokenize,
)
from oicreader.text.inflection import inflected_text, inflection_key
from oicreader.text.query import (
    MAX_PHRASE_TOKENS,
    MAX_TERMS,
    STEM_PREFIX_MIN_LETTERS,
    MatchSpan,
    QueryTerm,
    Snippet,
    find_match_spans,
    fts_match_expression,
    make_snippet,
    marked,
    parse_query,
    rank_key,
    text_matches,
)
from tests.conftest import ARABIC_SOURCE, BUNDLED_FOLDER

PROPERTY = settings(max_examples=300, deadline=None, database=None)

ROHINGYA_VOCALIZED = "الرُّوهِينْغَايا"
# The start of paragraph 5, fully vocalized: fatha, kasra, damma, sukun, shadda, tanwin.
VOCALIZED_SENTENCE = "أَدَانَ الِاجْتِمَاعُ الْهَجَمَاتِ الْإِرْهَابِيَّةَ الَّتِي شَهِدَتْهَا عِدَّةُ دُوَلٍ"
VOCALIZED_WORD = "الْإِرْهَابِيَّةَ"

HOSTILE = [
    '"',
    '""',
    '"""',
    "*",
    "**",
    "* *",
    "OIC/ACM-2017",
    "NEAR(",
    "NEAR(a b, 3)",
    "a AND",
    "AND",
    "OR NOT",
    ")(",
    "(",
    "a:b",
    "folded : x",
    "stemmed:*",
    "^a",
    "-a +b",
    "{folded stemmed}",
    "'",
    "a' OR 'b",
    '"a" * "b"',
    "\\",
    "\x00",
    "",
    "   ",
    "«»",
    "« Bakou",
    "\u200f",
    "ـــ",
    "الإرهاب*",
    "*الإرهاب",
    "اكسبو-*",
    '"وللإرهاب الدولي"*',
    "«بالقدس الشرقية»",
    '"و"',
]


def read_paragraphs(path: Path) -> dict[int, str]:
    """Numbered paragraphs ("5. …"), each with any lines that continue it, joined by a space."""
    paragraphs: dict[int, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        start = re.match(r"(\d+)\. ", line)
        if start:
            current = int(start.group(1))
            paragraphs[current] = [line[start.end() :]]
        elif current is not None and line.strip():
            paragraphs[current].append(line.strip())
    return {number: " ".join(lines) for number, lines in paragraphs.items()}


ARABIC = read_paragraphs(ARABIC_SOURCE)
ENGLISH = read_paragraphs(BUNDLED_FOLDER / "en.txt")
FRENCH = read_paragraphs(BUNDLED_FOLDER / "fr.txt")


def build_index(texts: Mapping[int, str]) -> sqlite3.Connection:
    """An in-memory FTS5 table laid out as the store's search index: folded, stemmed and
    inflected; rows 101-199 are English, 201-299 French, the rest Arabic."""
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE search USING fts5("
        "folded, stemmed, inflected, tokenize='unicode61 remove_diacritics 0')"
    )
    for rowid, text in texts.items():
        folded = fold(text)
        db.execute(
            "INSERT INTO search(rowid, folded, stemmed, inflected) VALUES (?, ?, ?, ?)",
            (rowid, folded, stem_text(folded), inflected_text(folded, language_of_row(rowid))),
        )
    return db


def language_of_row(rowid: int) -> str:
    return {1: "en", 2: "fr"}.get(rowid // 100, "ar")


def search(db: sqlite3.Connection, query: str) -> list[int] | None:
    """Row ids matching what a user typed, or None when the query has nothing to search."""
    expression = fts_match_expression(parse_query(query))
    if expression is None:
        return None
    sql = "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid"
    return [row[0] for row in db.execute(sql, (expression,))]


@pytest.fixture(scope="module")
def arabic_index() -> Iterator[sqlite3.Connection]:
    db = build_index(ARABIC)
    yield db
    db.close()


@pytest.fixture(scope="module")
def translations_index() -> Iterator[sqlite3.Connection]:
    # English paragraphs are rows 101-116, French ones 201-216.
    rows = {100 + n: t for n, t in ENGLISH.items()} | {200 + n: t for n, t in FRENCH.items()}
    db = build_index(rows)
    yield db
    db.close()


def matched_words(text: str, query: str) -> list[tuple[str, bool]]:
    """The original text under each highlight, with whether it was an exact match."""
    return [(text[s.start : s.end], s.exact) for s in find_match_spans(text, parse_query(query))]


# --- parsing --------------------------------------------------------------------------------


def test_the_report_has_sixteen_paragraphs_and_four_spans_the_page_break() -> None:
    assert list(ARABIC) == list(range(1, 17))
    assert ARABIC[4].endswith("وعاصمتها القدس الشرقية.")


def test_plain_words_are_folded_terms() -> None:
    assert parse_query("  الإرهاب   Bakou ") == [QueryTerm(("الارهاب",)), QueryTerm(("bakou",))]


def test_a_word_with_a_star_is_a_prefix_term() -> None:
    assert parse_query("terror*") == [QueryTerm(("terror",), prefix=True)]
    assert parse_query("*") == []
    assert parse_query("* terror") == [QueryTerm(("terror",))]


def test_quoted_text_is_a_phrase_even_with_typographic_quotes() -> None:
    phrase = QueryTerm(("cote", "d", "ivoire"), phrase=True)
    assert parse_query('"Côte d’Ivoire"') == [phrase]
    assert parse_query("« Côte d'Ivoire »") == [phrase]
    assert parse_query("“cote d'ivoire”") == [phrase]
    assert parse_query('"cote d"*') == [QueryTerm(("cote", "d"), phrase=True, prefix=True)]


def test_an_unbalanced_quote_leaves_ordinary_words() -> None:
    assert parse_query('"القدس الشرقية') == [QueryTerm(("القدس",)), QueryTerm(("الشرقيه",))]
    assert parse_query('"') == []


def test_one_written_unit_of_several_tokens_is_a_phrase() -> None:
    assert parse_query("OIC/ACM-2017") == [QueryTerm(("oic", "acm", "2017"), phrase=True)]
    assert parse_query("Côte d'Ivoire") == [
        QueryTerm(("cote",)),
        QueryTerm(("d", "ivoire"), phrase=True),
    ]


def test_query_syntax_is_never_syntax() -> None:
    assert parse_query("a AND b OR c NOT d") == [
        QueryTerm(("a",)),
        QueryTerm(("b",)),
        QueryTerm(("c",), alternative=True),
        QueryTerm(("d",)),
    ]
    assert parse_query("NEAR(a b)") == [QueryTerm(("a",)), QueryTerm(("b",))]
    assert parse_query("war and peace") == [QueryTerm((w,)) for w in ("war", "and", "peace")]
    assert parse_query(")(") == []
    assert parse_query("folded:x") == [QueryTerm(("folded", "x"), phrase=True)]


def test_ten_kilobytes_of_text_are_capped_at_sixty_four_terms() -> None:
    words = " ".join(f"word{n}" for n in range(2000))
    terms = parse_query(words)
    assert len(terms) == MAX_TERMS
    assert terms[0] == QueryTerm(("word0",))
    glued = parse_query("/".join(str(n) for n in range(5000)))
    assert len(glued) == 1
    assert len(glued[0].tokens) == MAX_PHRASE_TOKENS


def test_repeated_terms_are_searched_once() -> None:
    assert parse_query("القدس القدس Al-Quds al-quds") == [
        QueryTerm(("القدس",)),
        QueryTerm(("al", "quds"), phrase=True),
    ]


@PROPERTY
@given(st.text(max_size=200))
def test_parse_query_never_raises(text: str) -> None:
    for term in parse_query(text):
        assert term.tokens
        assert all(term.tokens)


# --- the FTS5 expression on a real index ----------------------------------------------------


def test_no_terms_means_no_expression() -> None:
    assert fts_match_expression([]) is None
    assert fts_match_expression(parse_query(' *() " ')) is None


def test_every_token_is_an_fts5_string() -> None:
    expression = fts_match_expression(parse_query('OIC/ACM-2017 NEAR( الإرهاب near"'))
    assert expression == (
        '(folded : "oic acm 2017")'
        ' AND (folded : "الارهاب" OR stemmed : "الارهاب" *)'
        ' AND (folded : "near" OR inflected : "ennear" OR inflected : "frnear")'
    )


def test_short_arabic_words_and_phrases_are_not_prefix_searched() -> None:
    # قدس has three letters after the article: searched as a prefix it would find قدسية.
    assert fts_match_expression(parse_query("القدس")) == '(folded : "القدس" OR stemmed : "القدس")'
    assert fts_match_expression(parse_query("قدس")) == '(folded : "قدس" OR stemmed : "قدس")'
    assert fts_match_expression(parse_query('"الإرهاب"')) == (
        '(folded : "الارهاب" OR stemmed : "الارهاب")'
    )
    assert fts_match_expression(parse_query("terrorism")) == (
        '(folded : "terrorism" OR inflected : "enterror" OR inflected : "frterrorism")'
    )


def test_a_word_is_searched_as_typed_and_in_its_article_forms() -> None:
    # The typed word among the readings of the index's tokens: the whole word, never a guess
    # at its stem, so a word beginning with و ف ب ك ل keeps its first letter.
    assert fts_match_expression(parse_query("فلسطين")) == (
        '(folded : "فلسطين" OR stemmed : "فلسطين" *)'
    )
    # Typed with clitics before the article, its article form is searched too.
    assert fts_match_expression(parse_query("بالقدس")) == (
        '(folded : "بالقدس" OR stemmed : "بالقدس" OR stemmed : "القدس")'
    )
    assert fts_match_expression(parse_query("للإرهاب")) == (
        '(folded : "للارهاب" OR stemmed : "للارهاب" * OR stemmed : "الارهاب" *'
        ' OR stemmed : "اللارهاب" *)'
    )
    # A Latin word's only reading is itself: the stemmed column would find nothing more.
    assert fts_match_expression(parse_query("terror*")) == '(folded : "terror" *)'


def test_a_phrase_is_its_written_forms_in_the_folded_column() -> None:
    expression = fts_match_expression(parse_query("«جامو وكشمير»"))
    assert expression is not None
    assert expression.startswith('(folded : ("جامو وكشمير" OR "بجامو وكشمير" OR ')
    assert '"وجامو وكشمير"' in expression and "stemmed" not in expression
    assert fts_match_expression(parse_query('"Security Council"')) == (
        '(folded : "security council")'
    )
    assert fts_match_expression(parse_query('"cote d"*')) == '(folded : "cote d" *)'


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_is_accepted_by_fts5(arabic_index: sqlite3.Connection, query: str) -> None:
    search(arabic_index, query)  # raises sqlite3.OperationalError if the syntax were wrong


def test_ten_kilobytes_of_random_text_are_accepted_by_fts5(
    arabic_index: sqlite3.Connection,
) -> None:
    rng = random.Random(20170922)
    alphabet = "\"*()[]{}:^-+/\\',.;،؛ \t\n" + "abcXYZ" + "الإرهابقدس" + "ًٌَُِّْـ" + "٠١٢"
    for _ in range(5):
        chars = [
            rng.choice(alphabet) if rng.random() < 0.8 else chr(rng.randrange(0x20, 0xD7FF))
            for _ in range(10 * 1024)
        ]
        search(arabic_index, "".join(chars))
    search(arabic_index, " AND ".join(["NEAR(", '"'] * 2000))


@PROPERTY
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*"\"*()^:+-/ '\\«»{}", "AND ", "OR ", "NOT ", "NEAR("]),
            st.characters(codec="utf-8"),
        ),
        max_size=80,
    ).map("".join)
)
def test_any_text_gives_none_or_an_expression_fts5_accepts(
    arabic_index: sqlite3.Connection, text: str
) -> None:
    expression = fts_match_expression(parse_query(text))
    assert expression is None or isinstance(expression, str)
    search(arabic_index, text)


@pytest.mark.parametrize(
    ("query", "paragraphs"),
    [
        ("الارهاب", [5]),
        ("الإرهاب", [5]),
        ("القدس", [4]),
        (ROHINGYA_VOCALIZED, [6]),
        ("كازاخستان", [13]),
        ("٢٠٢٥", [14]),
        ("إكسبو-٢٠٢٥", [14]),
        ('"صوت الحكمة"', [9]),
        ("القدس الشرقية", [4]),
        ("القدس كازاخستان", []),
        # Words beginning with و ف ب ك ل, once cut to a wrong stem and never found together.
        ("فلسطين", [3, 4, 15]),  # الفلسطينية, الفلسطيني, بفلسطين
        ("بنغلاديش", [16]),
        ("بيان", [4]),
        ("كافة", [9]),
        ("فرق", [15]),
        ("لاجئين", [10]),  # واللاجئين
        ("البوسنة", [15]),  # والبوسنة
        ("ليبيا", [10]),  # وليبيا
        ("لجنة", [4]),  # للجنة
        ("اللجنة", [4]),  # للجنة: ل + اللجنة
        ("المدنيين", [10]),  # للمدنيين
        ("بالقدس", [4]),  # typed with ب: its article form القدس
        ("والقدس", [4]),
        ('"جامو وكشمير"', [10, 15]),  # وجامو وكشمير
        ("«جامو وكشمير»", [10, 15]),
        ('"منظمة التعاون الإسلامي"', [1, 9, 10, 11, 12]),  # ¶1: لمنظمة التعاون الإسلامي
    ],
)
def test_the_index_returns_the_expected_paragraphs(
    arabic_index: sqlite3.Connection, query: str, paragraphs: list[int]
) -> None:
    assert search(arabic_index, query) == paragraphs


def test_the_index_finds_attached_prefixes() -> None:
    db = build_index(
        {
            1: "زار الوفد والقدس أمس",
            2: "وصل الوفد بالقدس",
            3: "الدعم الكامل للإرهاب مرفوض",
            4: "تمويل الإرهابيين",
            5: "قدسية المكان",
        }
    )
    try:
        assert search(db, "القدس") == [1, 2]
        assert search(db, "الإرهاب") == [3, 4]
        assert search(db, "قدس") == [1, 2]  # the bare stem finds the prefixed forms too
        assert search(db, "قدس*") == [1, 2, 5]
    finally:
        db.close()


def test_a_word_typed_bare_finds_its_prefixed_forms() -> None:
    db = build_index(
        {
            1: "زار الوفد بلبنان وفرنسا",
            2: "ثم لبنغلاديش وبكازاخستان",
            3: "وأصدر بيانا وبيانات",
            4: "لبنان وفرنسا وبنغلاديش وكازاخستان",
            5: "فرنسي بلبناني",
        }
    )
    try:
        assert search(db, "لبنان") == [1, 4, 5]  # بلبنان, لبنان, and بلبناني by prefix
        assert search(db, "فرنسا") == [1, 4]
        assert search(db, "بنغلاديش") == [2, 4]
        assert search(db, "كازاخستان") == [2, 4]
        assert search(db, "بيان") == [3]
        assert search(db, "وفرنسا") == [1, 4]  # typed with و: only forms with that و
        assert search(db, "بلبنان") == [1, 5]
    finally:
        db.close()


def test_a_three_letter_word_does_not_match_longer_look_alikes() -> None:
    db = build_index(
        {
            1: "العلم والعلم بالعلم علم",
            2: "العلماء العلمية علماني",
            3: "قدس القدس",
            4: "قدسية المكان القدسي",
            5: "الدول",
            6: "الدولي والدولية",
        }
    )
    try:
        assert search(db, "علم") == [1]
        assert search(db, "العلم") == [1]
        assert search(db, "قدس") == [3]
        assert search(db, "القدس") == [3]
        assert search(db, "الدول") == [5]
        assert search(db, "الدولي") == [6]  # four letters after the article: a prefix
        assert search(db, "علم*") == [1, 2]  # unless the user asks for a prefix
    finally:
        db.close()


def test_terrorism_finds_its_prefixed_and_suffixed_forms_but_not_the_bare_noun() -> None:
    db = build_index(
        {
            1: "الدعم الكامل للإرهاب مرفوض",
            2: "الهجمات الإرهابية",
            3: "والإرهاب وبالإرهاب",
            4: "مكافحة إرهاب الدولة",
        }
    )
    try:
        assert search(db, "الإرهاب") == [1, 2, 3]
        assert search(db, "الارهاب") == [1, 2, 3]
        assert search(db, "إرهاب") == [1, 2, 3, 4]  # the bare noun is a reading of them all
        assert search(db, "للإرهاب") == [1, 2, 3]  # and its article form الإرهاب
    finally:
        db.close()


def test_a_phrase_lets_only_its_first_word_take_proclitics() -> None:
    db = build_index(
        {
            1: "قضية جامو وكشمير",
            2: "الأرمينية ضد أذربيجان وجامو وكشمير.",
            3: "جامو كشمير",
            4: "جامو وبكشمير",
            5: "The Security Council met.",
            6: "security councils",
        }
    )
    try:
        assert search(db, '"جامو وكشمير"') == [1, 2]
        assert search(db, '"جامو كشمير"') == [3]
        assert search(db, '"Security Council"') == [5]
        assert search(db, '"Security Council"*') == [5, 6]
    finally:
        db.close()


def test_the_index_finds_english_and_french_however_typed(
    translations_index: sqlite3.Connection,
) -> None:
    assert search(translations_index, "Côte d'Ivoire") == [101, 116, 201, 216]
    assert search(translations_index, "cote d’ivoire") == [101, 116, 201, 216]
    assert search(translations_index, "bakou") == [214]
    assert search(translations_index, "BAKU") == [114]
    assert search(translations_index, "oeuvrer") == [205, 211]
    assert search(translations_index, "Œuvrer") == [205, 211]
    assert search(translations_index, "OIC/ACM-2017") == []


def test_a_phrase_must_keep_its_order() -> None:
    db = build_index({1: "OIC/ACM-2017/CHAIR-REP", 2: "ACM OIC 2017"})
    try:
        assert search(db, "OIC/ACM-2017") == [1]
        assert search(db, "oic acm") == [1, 2]
    finally:
        db.close()


# --- highlights -----------------------------------------------------------------------------


def test_unhamzated_terrorism_highlights_all_three_words_in_paragraph_five() -> None:
    assert matched_words(ARABIC[5], "الارهاب") == [
        ("الإرهابية", False),
        ("الإرهاب", True),
        ("الإرهابية", False),
    ]


def test_quds_highlights_the_word_before_eastern_in_paragraph_four() -> None:
    spans = find_match_spans(ARABIC[4], parse_query("القدس"))
    assert len(spans) == 1
    assert ARABIC[4][spans[0].start : spans[0].end] == "القدس"
    assert ARABIC[4][spans[0].end :].startswith(" الشرقية")
    assert spans[0].exact


def test_a_vocalized_query_highlights_rohingya_in_paragraph_six() -> None:
    assert matched_words(ARABIC[6], ROHINGYA_VOCALIZED) == [("الروهينغايا", True)] * 3


def test_arabic_indic_digits_highlight_2025_in_paragraph_fourteen() -> None:
    assert matched_words(ARABIC[14], "٢٠٢٥") == [("2025", True)]
    assert matched_words(ARABIC[14], "إكسبو-2025") == [("إكسبو-2025", True)]


def test_prefixed_forms_are_highlighted_as_stem_matches() -> None:
    text = "زار الوفد والقدس ثم بالقدس وأدان الدعم للإرهاب"
    assert matched_words(text, "القدس") == [("والقدس", False), ("بالقدس", False)]
    assert matched_words(text, "الإرهاب") == [("للإرهاب", False)]


def test_palestine_highlights_the_whole_prefixed_word_in_the_report() -> None:
    assert matched_words(ARABIC[3], "فلسطين") == [("الفلسطينية", False), ("الفلسطيني", False)]
    assert matched_words(ARABIC[15], "فلسطين") == [("بفلسطين", False)]
    assert matched_words(ARABIC[15], "بفلسطين") == [("بفلسطين", True)]
    assert matched_words(ARABIC[15], "«جامو وكشمير»") == [("وجامو وكشمير", False)]
    assert matched_words(ARABIC[10], "«جامو وكشمير»") == [("جامو وكشمير", True)]


def test_a_vocalized_prefixed_word_is_highlighted_with_its_clitic_and_marks() -> None:
    text = "دَعَا إلى مُكَافَحَةٍ لِلْإِرْهَابِ وَبِفِلَسْطِينَ"
    assert matched_words(text, "الإرهاب") == [("لِلْإِرْهَابِ", False)]
    assert matched_words(text, "فلسطين") == [("وَبِفِلَسْطِينَ", False)]


def test_a_vocalized_original_is_highlighted_with_all_its_marks() -> None:
    spans = find_match_spans(VOCALIZED_SENTENCE, parse_query("الإرهاب"))
    assert [VOCALIZED_SENTENCE[s.start : s.end] for s in spans] == [VOCALIZED_WORD]
    assert marked(make_snippet(VOCALIZED_SENTENCE, spans)) == VOCALIZED_SENTENCE.replace(
        VOCALIZED_WORD, f"**{VOCALIZED_WORD}**"
    )
    # The vocalized query itself is an exact match.
    exact = find_match_spans(VOCALIZED_SENTENCE, parse_query(VOCALIZED_WORD))
    assert [(VOCALIZED_SENTENCE[s.start : s.end], s.exact) for s in exact] == [
        (VOCALIZED_WORD, True)
    ]


def test_tatweel_is_highlighted_but_direction_marks_and_punctuation_are_not() -> None:
    text = "عاصمتها القـــدسِـ\u200f، الشرقية"
    assert matched_words(text, "القدس") == [("القـــدسِـ", True)]


def test_english_and_french_highlights_cover_the_accented_original() -> None:
    assert matched_words(FRENCH[16], "cote d'ivoire") == [("Côte", True), ("d'Ivoire", True)]
    assert matched_words(FRENCH[16], '"cote d’ivoire"') == [("Côte d'Ivoire", True)]
    assert matched_words(FRENCH[11], "OEUVRER") == [("œuvrer", True)]
    assert matched_words(FRENCH[14], "Bakou") == [("Bakou", True)]


def test_prefix_terms_highlight_whole_words() -> None:
    assert matched_words(ENGLISH[5], "terror*") == [
        ("terrorist", False),
        ("Terrorism", False),
        ("terrorist", False),
    ]
    assert matched_words(ARABIC[5], "الإرهاب*") == [
        ("الإرهابية", False),
        ("الإرهاب", True),
        ("الإرهابية", False),
    ]


def test_spans_are_sorted_and_do_not_overlap() -> None:
    spans = find_match_spans(ARABIC[6], parse_query("الروهينغايا الروهين* ميانمار المسلمين"))
    assert spans == sorted(spans, key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    assert len(spans) == 3 + 3 + 2


def test_an_expanding_character_gives_one_span() -> None:
    # ½ folds to "1⁄2", two tokens from one original character.
    assert find_match_spans("x ½ y", parse_query("1 2")) == [MatchSpan(2, 3, True)]


# --- ranking and snippets -------------------------------------------------------------------


def test_exact_matches_rank_above_stemmed_ones() -> None:
    texts = {1: "دعم الإرهابيين", 2: ARABIC[5], 3: "مكافحة للإرهاب"}
    db = build_index(texts)
    try:
        terms = parse_query("الإرهاب")
        rows = search(db, "الإرهاب")
        assert rows == [1, 2, 3]
        ranked = sorted(rows, key=lambda row: rank_key(find_match_spans(texts[row], terms)))
        assert ranked[0] == 2
    finally:
        db.close()


def test_rank_key_orders_exact_then_counts() -> None:
    exact = [MatchSpan(0, 1, True)]
    stemmed = [MatchSpan(0, 1, False), MatchSpan(2, 3, False)]
    assert rank_key(exact) < rank_key(stemmed) < rank_key([])
    assert rank_key(exact * 2) < rank_key(exact)


def test_a_snippet_is_cut_at_word_boundaries_around_the_first_match() -> None:
    text = ARABIC[6]
    spans = find_match_spans(text, parse_query("آراكان"))
    snippet = make_snippet(text, spans, context_chars=30)
    assert snippet.text.startswith("…")
    assert snippet.text.endswith("…")
    body = snippet.text[1:-1]
    assert body in text
    offset = text.index(body)
    assert text[offset - 1] == " "
    assert text[offset + len(body)] == " "
    assert (snippet.start, snippet.end) == (spans[0].start, spans[0].end)
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["آراكان"]
    assert marked(snippet).count("**آراكان**") == 1


def test_a_snippet_keeps_every_match_inside_it_and_joins_lines() -> None:
    text = "القدس\nوالقدس\tبالقدس"
    snippet = make_snippet(text, find_match_spans(text, parse_query("القدس")))
    assert snippet == Snippet(
        text="القدس والقدس بالقدس", start=0, end=5, highlights=((0, 5), (6, 12), (13, 19))
    )
    assert marked(snippet) == "**القدس** **والقدس** **بالقدس**"


def test_a_snippet_without_matches_shows_the_start() -> None:
    snippet = make_snippet(ARABIC[1], [], context_chars=20)
    assert ARABIC[1].startswith(snippet.text.rstrip("…"))
    assert snippet.text.endswith("…")
    assert snippet.highlights == ()


# --- highlights agree with the index ----------------------------------------------------------

WORDS = [
    "القدس", "والقدس", "بالقدس", "قدس", "الإرهاب", "للإرهاب", "الإرهابية", "إرهاب",
    "الرُّوهِينْغَايا", "كازاخستان", "إكسبو-٢٠٢٥", "2025", "Côte", "d'Ivoire", "cote",
    "œuvre", "oeuvres", "OIC/ACM-2017", "ـ", "،", "States", "statement", "conflits",
    "فلسطين", "بفلسطين", "الفلسطينية", "للجنة", "اللجنة", "جامو", "وجامو", "وكشمير",
    "والالتزام", "بيان", "كيان", "للقدس",
]  # fmt: skip
QUERY_WORDS = [
    *WORDS, "القد*", "ارهاب*", "oeuvr*", "-oeuvre", "OR", "-القدس", "states", "conflit",
    '"القدس الشرقية"', '"cote d\'ivoire"',
    '"جامو وكشمير"', "«بالقدس الشرقية»", '"للجنة القدس"*', "لجنة", "يان",
]  # fmt: skip


@PROPERTY
@given(
    st.lists(st.lists(st.sampled_from([*WORDS, "الشرقية"]), max_size=8), min_size=1, max_size=5),
    st.lists(st.sampled_from(QUERY_WORDS), min_size=1, max_size=3),
    st.sampled_from([0, 100, 200]),  # Arabic, English or French rows (see build_index)
)
def test_highlights_are_found_exactly_where_the_index_matches(
    documents: list[list[str]], query_words: list[str], first_row: int
) -> None:
    texts = {first_row + n + 1: " ".join(words) for n, words in enumerate(documents)}
    query = " ".join(query_words)
    terms = parse_query(query)
    db = build_index(texts)
    try:
        expected = [
            row for row, text in texts.items() if text_matches(text, terms, language_of_row(row))
        ]
        nothing_required = all(term.excluded for term in terms)
        assert search(db, query) == (None if nothing_required else expected)
    finally:
        db.close()


# --- the indexed search agrees with trying every term at every word --------------------------


def reference_find_match_spans(original_text: str, terms: list[QueryTerm]) -> list[MatchSpan]:
    """Highlights as specified: each term tried at every word, against the words' readings.

    One word matches a token when the word as typed, or an article form of it, is among the
    token's readings (stem_candidates), or for a prefix, starts one of them; a phrase matches
    consecutive tokens whose first has the typed word or an article form of it among its
    readings and whose others are as typed, the last maybe as a prefix. Exact: all as typed.
    """
    folded, offsets = fold_with_offsets(original_text)
    tokens = tokenize(folded)
    words = [token for token, _, _ in tokens]
    found: list[MatchSpan] = []
    for term in terms:
        if not term.tokens or term.excluded:
            continue
        first, count = term.tokens[0], len(term.tokens)
        typed = [first, *article_readings(first)]
        inflected = count == 1 and not term.phrase and not term.prefix
        keys = {inflection_key(first, language) for language in ("en", "fr")} - {None}
        if article_readings(first):
            bare_letters = min(len(a) for a in article_readings(first)) - 2
        elif first.startswith("ال") and len(first) >= 5:
            bare_letters = len(first) - 2
        else:
            bare_letters = len(first)
        stem_prefix = count == 1 and (
            term.prefix
            or (
                not term.phrase
                and is_arabic_token(first)
                and bare_letters >= STEM_PREFIX_MIN_LETTERS
            )
        )
        for at in range(len(words) - count + 1):
            window = words[at : at + count]
            exact = window == list(term.tokens)
            readings = stem_candidates(window[0])
            if count == 1:
                matched = any(
                    reading == word or (stem_prefix and reading.startswith(word))
                    for reading in readings
                    for word in typed
                ) or (
                    inflected
                    and any(inflection_key(window[0], lang) in keys for lang in ("en", "fr"))
                )
            else:
                last_word, typed_last = window[-1], term.tokens[-1]
                matched = (
                    window[1:-1] == list(term.tokens[1:-1])
                    and (
                        last_word == typed_last
                        or (term.prefix and last_word.startswith(typed_last))
                    )
                    and any(word in readings for word in typed)
                )
            if not (exact or matched):
                continue
            end = offsets[tokens[at + count - 1][2] - 1] + 1
            while end < len(original_text) and (
                original_text[end] == "ـ" or unicodedata.category(original_text[end])[0] == "M"
            ):
                end += 1
            found.append(MatchSpan(offsets[tokens[at][1]], end, exact))
    merged: list[MatchSpan] = []
    for span in sorted(found, key=lambda s: (s.start, s.end)):
        if merged and span.start < merged[-1].end:
            previous = merged[-1]
            merged[-1] = MatchSpan(
                previous.start, max(previous.end, span.end), previous.exact or span.exact
            )
        else:
            merged.append(span)
    return merged


# Paragraph text: the words above (vocalized, prefixed, ligatured), marks and controls that
# shift offsets, and any other character.
TEXT_PIECES = st.one_of(
    st.sampled_from(
        [*WORDS, "الشرقية", VOCALIZED_WORD, "ﻻ", "ﷺ", "½", "œuvres", "ﬁn", " ", "\u0651", "\u200f"]
    ),
    st.characters(exclude_categories=("Cs",)),
)
PARAGRAPH = st.lists(TEXT_PIECES, max_size=30).map(" ".join)
# Terms as parse_query makes them, and built by hand: any tokens, even empty or with spaces.
HAND_MADE_TERM = st.builds(
    QueryTerm,
    tokens=st.lists(
        st.one_of(
            st.sampled_from(
                ["قدس", "القدس", "بالقدس", "ارهاب", "للارهاب", "ا", "ال", "cote", "d", "a", ""]
            ),
            st.text(),
        ),
        max_size=3,
    ).map(tuple),
    phrase=st.booleans(),
    prefix=st.booleans(),
)
TERMS = st.one_of(
    st.lists(st.sampled_from(QUERY_WORDS), max_size=4).map(lambda w: parse_query(" ".join(w))),
    st.lists(HAND_MADE_TERM, max_size=3),
)


@PROPERTY
@given(PARAGRAPH, TERMS)
def test_find_match_spans_equals_trying_every_word(text: str, terms: list[QueryTerm]) -> None:
    assert find_match_spans(text, terms) == reference_find_match_spans(text, terms)


@PROPERTY
@given(st.sampled_from([*ARABIC.values(), *ENGLISH.values(), *FRENCH.values()]), TERMS)
def test_find_match_spans_equals_trying_every_word_in_the_report(
    text: str, terms: list[QueryTerm]
) -> None:
    assert find_match_spans(text, terms) == reference_find_match_spans(text, terms)


def test_an_empty_token_built_by_hand_is_a_prefix_of_every_word() -> None:
    text = "القدس Bakou"
    spans = find_match_spans(text, [QueryTerm(("",), prefix=True)])
    assert spans == [MatchSpan(0, 5, False), MatchSpan(6, 11, False)]
    assert spans == reference_find_match_spans(text, [QueryTerm(("",), prefix=True)])
    assert find_match_spans(text, [QueryTerm(("",))]) == []

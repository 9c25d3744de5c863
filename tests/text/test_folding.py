"""Search folding, FTS5-exact tokenizing and Arabic prefix stemming, on the bundled report."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from itertools import pairwise
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oicreader.text import arabic_clitics, fts_tokens, unicode_fold
from oicreader.text.folding import (
    article_readings,
    fold,
    fold_with_offsets,
    is_arabic_token,
    proclitic_forms,
    restem,
    stem_candidates,
    stem_text,
    tokenize,
)
from tests.conftest import ARABIC_SOURCE, BUNDLED_FOLDER

# No example database: the test run must not leave a .hypothesis folder in the checkout.
PROPERTY = settings(max_examples=300, deadline=None, database=None)

# Text that exercises every folding rule at once: vocalized Arabic with tatweel and controls,
# Persian and Arabic-Indic digits, presentation forms, accented and ligatured Latin.
SPECIAL = st.sampled_from(
    [
        *"الإرهابيةأإآٱىؤئـ٠١٢٣۴۵ ﻻﷲ-/'’‘\"*()éçÔœŒæÆİß",
        *("\u064e", "\u0651", "\u0670", "\u200f", "\u200c", "\u061c", "\u0301", "\u0327"),
    ]
)
# Any code point, lone surrogates included: folding must cope with whatever a file holds.
MIXED = st.text(alphabet=st.one_of(SPECIAL, st.characters()), max_size=60)
# What can reach SQLite at all: valid UTF-8.
ENCODABLE = st.text(alphabet=st.one_of(SPECIAL, st.characters(codec="utf-8")), max_size=60)


def paragraph(number: int) -> str:
    """One numbered paragraph of a bundled report (it may continue on later lines)."""
    found: dict[int, list[str]] = {}
    current = None
    for line in ARABIC_SOURCE.read_text(encoding="utf-8").splitlines():
        start = re.match(r"(\d+)\. ", line)
        if start:
            current = int(start.group(1))
            found[current] = [line[start.end() :]]
        elif current is not None and line.strip():
            found[current].append(line.strip())
    return " ".join(found[number])


@pytest.fixture
def fts() -> Iterator[sqlite3.Connection]:
    """An FTS5 table tokenizing exactly as the store's search index does, plus its vocabulary."""
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE probe USING fts5(body, tokenize='unicode61 remove_diacritics 0')"
    )
    db.execute("CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, 'instance')")
    yield db
    db.close()


def sqlite_tokens(db: sqlite3.Connection, text: str) -> list[str]:
    """The tokens SQLite's unicode61 makes of text, in order."""
    db.execute("DELETE FROM probe")
    db.execute("INSERT INTO probe(rowid, body) VALUES (1, ?)", (text,))
    return [row[0] for row in db.execute("SELECT term FROM probe_terms ORDER BY offset")]


# --- Arabic ---------------------------------------------------------------------------------


def test_hamza_forms_and_final_letters_fold_to_one_spelling() -> None:
    assert fold("الإرهاب") == fold("الارهاب") == "الارهاب"
    assert fold("أإآٱ") == "اااا"
    assert fold("على") == "علي"
    assert fold("الإرهابية") == "الارهابيه"
    assert fold("مؤتمر") == "موتمر"
    assert fold("رئيس") == "رييس"


def test_harakat_shadda_tatweel_and_direction_marks_disappear() -> None:
    assert fold("الرُّوهِينْغَايا") == "الروهينغايا"
    assert fold("الإرهـــاب") == "الارهاب"
    assert fold("\u200fالقدس\u200e \u2067كازاخستان\u2069\u061c") == "القدس كازاخستان"
    assert fold("رحمٰن") == "رحمن"  # superscript alef


def test_arabic_indic_and_persian_digits_become_ascii() -> None:
    assert fold("٢٠٢٥") == fold("۲۰۲۵") == "2025"
    assert fold("إكسبو-٢٠٢٥") == "اكسبو-2025"


def test_presentation_forms_fold_to_letters() -> None:
    assert fold("ﻻ ﷲ") == "لا الله"


def test_the_bundled_terrorism_words_share_one_folded_stem() -> None:
    words = [token for token, _, _ in tokenize(fold(paragraph(5)))]
    assert words.count("الارهابيه") == 2
    assert words.count("الارهاب") == 1
    shortest_readings = {min(stem_candidates(w), key=len) for w in words if "ارهاب" in w}
    assert shortest_readings == {"ارهاب", "ارهابيه"}


# --- English and French ---------------------------------------------------------------------


def test_cote_d_ivoire_folds_the_same_however_it_is_typed() -> None:
    assert fold("Côte d’Ivoire") == fold("cote d'ivoire") == fold("CÔTE D‘IVOIRE")
    assert [t for t, _, _ in tokenize(fold("Côte d’Ivoire"))] == ["cote", "d", "ivoire"]


def test_accents_and_cedilla_are_removed() -> None:
    assert fold("Affaires étrangères, français, Azerbaïdjan") == (
        "affaires etrangeres, francais, azerbaidjan"
    )
    assert fold("e\u0301te\u0301") == "ete"  # decomposed accents too


def test_ligatures_fold_to_letter_pairs() -> None:
    assert fold("Œuvre cœur Æther") == "oeuvre coeur aether"
    assert fold("ﬁn") == "fin"


def test_bundled_french_has_bakou_and_oeuvrer_in_folded_form() -> None:
    words = {t for t, _, _ in tokenize(fold((BUNDLED_FOLDER / "fr.txt").read_text("utf-8")))}
    assert {"bakou", "oeuvrer", "cote", "ivoire", "etrangeres"} <= words


@PROPERTY
@given(MIXED)
def test_folding_twice_changes_nothing(text: str) -> None:
    # Folded tokens and stems are handed to SQLite and compared with query tokens folded once.
    assert fold(fold(text)) == fold(text)


# --- offsets --------------------------------------------------------------------------------


def test_offsets_point_at_the_base_letters_of_a_vocalized_word() -> None:
    original = "في الرُّوهِينْغَايا"
    folded, offsets = fold_with_offsets(original)
    assert folded == "في الروهينغايا"
    assert "".join(original[i] for i in offsets[:-1]) == folded
    assert offsets[-1] == len(original)


def test_offsets_of_an_expanding_character_repeat_its_index() -> None:
    folded, offsets = fold_with_offsets("xﻻy")
    assert folded == "xلاy"
    assert offsets == [0, 1, 1, 2, 3]


@PROPERTY
@given(MIXED)
def test_fold_with_offsets_agrees_with_fold_and_maps_monotonically(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(offsets) == len(folded) + 1
    assert offsets[-1] == len(text)
    assert all(a <= b for a, b in pairwise(offsets))
    assert all(0 <= i < len(text) for i in offsets[:-1])


# --- tokenizing -----------------------------------------------------------------------------


def test_tokens_split_on_apostrophes_hyphens_and_slashes() -> None:
    assert tokenize("cote d'ivoire") == [("cote", 0, 4), ("d", 5, 6), ("ivoire", 7, 13)]
    assert tokenize("اكسبو-2025") == [("اكسبو", 0, 5), ("2025", 6, 10)]
    assert [t for t, _, _ in tokenize(fold("OIC/ACM-2017/CHAIR-REP"))] == [
        "oic",
        "acm",
        "2017",
        "chair",
        "rep",
    ]
    assert tokenize(" ،. ") == []


def test_tokenize_agrees_with_sqlite_on_every_code_point(fts: sqlite3.Connection) -> None:
    # Each code point between two x's: one token if SQLite keeps it inside words, else two.
    code_points = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]
    for batch_start in range(0, len(code_points), 8192):
        batch = code_points[batch_start : batch_start + 8192]
        text = " ".join(f"x{chr(cp)}x" for cp in batch)
        ours = [token == "x" for token, _, _ in tokenize(text)]
        theirs = [token == "x" for token in sqlite_tokens(fts, text)]
        assert ours == theirs, f"code points U+{batch[0]:04X}..U+{batch[-1]:04X}"


@PROPERTY
@given(ENCODABLE)
def test_tokenize_agrees_with_sqlite_on_folded_text(text: str) -> None:
    db = sqlite3.connect(":memory:")
    try:
        db.execute(
            "CREATE VIRTUAL TABLE probe USING fts5(body, tokenize='unicode61 remove_diacritics 0')"
        )
        db.execute("CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, 'instance')")
        folded = fold(text)
        tokens = tokenize(folded)
        assert [t for t, _, _ in tokens] == sqlite_tokens(db, folded)
        assert all(folded[start:end] == t for t, start, end in tokens)
    finally:
        db.close()


# --- stemming -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "stem"),
    [
        ("القدس", "قدس"),
        ("والقدس", "قدس"),
        ("بالقدس", "قدس"),
        ("فالقدس", "قدس"),
        ("كالقدس", "قدس"),
        ("الارهاب", "ارهاب"),
        ("للارهاب", "ارهاب"),
        ("وللارهاب", "ارهاب"),
        ("وبالارهاب", "ارهاب"),
        ("الارهابيه", "ارهابيه"),
        ("والدول", "دول"),
        ("ولميانمار", "ميانمار"),
    ],
)
def test_attached_prefixes_and_article_leave_the_stem_among_the_readings(
    token: str, stem: str
) -> None:
    assert stem in stem_candidates(token)


@pytest.mark.parametrize("token", ["bakou", "lalande", "2025", "وx", "ب2025", ""])
def test_tokens_not_in_arabic_script_are_unchanged(token: str) -> None:
    assert not is_arabic_token(token)
    assert stem_candidates(token) == (token,)


def test_stem_text_fills_the_stemmed_column_with_every_reading_token_by_token() -> None:
    folded = fold("والقدس، بالقدس (القدس) للإرهاب فلسطين OIC/ACM-2017")
    assert stem_text(folded) == (
        "والقدس القدس قدس بالقدس القدس قدس القدس قدس"
        " للارهاب لارهاب الارهاب ارهاب اللارهاب فلسطين لسطين سطين oic acm 2017"
    )
    assert stem_text("") == ""


def test_restem_gives_the_folded_and_stemmed_columns() -> None:
    text = "أدان الاجتماع الإرهاب بفلسطين"
    assert restem(text) == (fold(text), stem_text(fold(text)))
    assert restem(text)[1].split() == [
        "ادان",
        "الاجتماع",
        "اجتماع",
        "الارهاب",
        "ارهاب",
        "بفلسطين",
        "فلسطين",
    ]


# --- stem candidates: every reading of a token ----------------------------------------------


@pytest.mark.parametrize(
    ("token", "candidates"),
    [
        # A word that merely begins with و ف ب ك ل is still itself, first among its readings.
        ("فلسطين", ("فلسطين", "لسطين", "سطين")),
        ("بفلسطين", ("بفلسطين", "فلسطين")),
        ("كازاخستان", ("كازاخستان", "ازاخستان")),
        ("بنغلاديش", ("بنغلاديش", "نغلاديش")),
        ("بيان", ("بيان", "يان")),
        ("القدس", ("القدس", "قدس")),
        ("والقدس", ("والقدس", "القدس", "قدس")),
        ("وبالقدس", ("وبالقدس", "بالقدس", "القدس", "قدس")),
        # ل + ال is written لل: the stem, and the article restored.
        ("للارهاب", ("للارهاب", "لارهاب", "الارهاب", "ارهاب", "اللارهاب")),
        ("وللمدنيين", ("وللمدنيين", "للمدنيين", "لمدنيين", "المدنيين", "مدنيين", "اللمدنيين")),
        # ل + اللجنة = للجنة: a lam goes too, so ال + لجنه is a reading.
        ("للجنه", ("للجنه", "لجنه", "الجنه", "جنه", "اللجنه")),
        ("والالتزام", ("والالتزام", "الالتزام", "التزام")),
        # At least three letters must remain, of the word after any article too.
        ("قدس", ("قدس",)),
        ("الله", ("الله",)),
        ("لله", ("لله",)),
        ("والي", ("والي", "الي")),
        ("بالغ", ("بالغ", "الغ")),
        ("bakou", ("bakou",)),
        ("ب2025", ("ب2025",)),
    ],
)
def test_stem_candidates_are_the_token_and_each_valid_strip(
    token: str, candidates: tuple[str, ...]
) -> None:
    assert stem_candidates(token) == candidates


@pytest.mark.parametrize(
    ("token", "readings"),
    [
        ("بالقدس", ("القدس",)),
        ("والقدس", ("القدس",)),
        ("للارهاب", ("الارهاب", "اللارهاب")),
        ("والالتزام", ("الالتزام",)),
        ("القدس", ()),  # the article with no clitic before it: the token is its article form
        ("بفلسطين", ()),  # no article: ب may be a root letter, so nothing is assumed
        ("والي", ()),  # وال + ي: one letter is no word
        ("bakou", ()),
    ],
)
def test_article_readings_of_a_token_typed_with_clitics(
    token: str, readings: tuple[str, ...]
) -> None:
    assert article_readings(token) == readings


def test_proclitic_forms_are_the_written_forms_with_that_reading() -> None:
    forms = proclitic_forms("القدس")
    assert forms[0] == "القدس"
    assert {"والقدس", "بالقدس", "فالقدس", "كالقدس", "وبالقدس", "للقدس", "وللقدس"} <= set(forms)
    assert "قدس" not in forms and "القدسيه" not in forms
    assert {"بفلسطين", "وفلسطين", "الفلسطين", "لفلسطين"} <= set(proclitic_forms("فلسطين"))
    assert "للجنه" in proclitic_forms("اللجنه")
    assert proclitic_forms("bakou") == ("bakou",)


def plain_stem_candidates(token: str) -> tuple[str, ...]:
    """The readings as specified, one written proclitic sequence at a time."""
    found = [token]
    if not is_arabic_token(token):
        return tuple(found)
    for conjunction in ("", "و", "ف"):
        for preposition in ("", "ب", "ك", "ل"):
            for article in ("", "ال"):
                written = conjunction + preposition + article
                if preposition == "ل" and article:
                    written = conjunction + "لل"
                if not written or not token.startswith(written):
                    continue
                rest = token[len(written) :]
                if len(rest) >= 3:
                    found.append(rest)
                    if written.endswith("لل"):
                        found.append("ال" + rest)
                if written.endswith("لل") and len(rest) >= 2:
                    found.append("ال" + "ل" + rest)  # ل + ال + a word starting with ل
    return tuple(found)


ARABIC_TOKEN = st.text(alphabet=st.sampled_from("والقدسبكفلهي"), min_size=1, max_size=9)


@PROPERTY
@given(st.one_of(ARABIC_TOKEN, st.text(max_size=9)))
def test_stem_candidates_match_the_plain_definition(token: str) -> None:
    candidates = stem_candidates(token)
    assert candidates[0] == token
    assert len(set(candidates)) == len(candidates)
    assert set(candidates) == set(plain_stem_candidates(token))
    assert stem_candidates(token) == candidates  # deterministic (and cached)


@PROPERTY
@given(ARABIC_TOKEN, ARABIC_TOKEN)
def test_proclitic_forms_invert_stem_candidates(token: str, word: str) -> None:
    # Phrases match their first word by its written forms, single words by the readings of
    # the paragraph's tokens: the two must say the same.
    for candidate in stem_candidates(token):
        assert token in proclitic_forms(candidate)
    assert (token in proclitic_forms(word)) == (word in stem_candidates(token))
    for reading in article_readings(token):
        assert reading in stem_candidates(token) and reading.startswith("ال")


# --- the fast paths agree with the plain per-cluster algorithm ------------------------------


def reference_fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Folding as specified: each base character and the marks after it folded as one cluster."""
    parts: list[str] = []
    offsets: list[int] = []
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and unicode_fold._is_mark(text[end]):
            end += 1
        folded = unicode_fold._fold_one_cluster(text[start:end])
        parts.append(folded)
        offsets.extend([start] * len(folded))
        start = end
    offsets.append(len(text))
    return "".join(parts), offsets


def reference_tokenize(folded: str) -> list[tuple[str, int, int]]:
    pattern = fts_tokens._token_pattern(astral=True, split=False)
    return [(m.group(), m.start(), m.end()) for m in pattern.finditer(folded)]


# Characters whose fold depends on the marks after them or is not one character for one:
# marks of several scripts (some above U+FFFF), harakat, presentation forms and ligatures,
# NFKC expansions, case folds that expand or add a mark, Hangul syllables and conjoining jamo.
TRICKY = st.sampled_from(
    [
        *"aeAEiıİIoOuUsSßẞŉǅΐάﬁﬀﬃŒœÆæ½¼①⑽㎏…™ℌ Åå\u212bÅ",
        *"ﷺﷲﻻﻷﺃﻹﺁﻵﭐﯾ",
        *"الإأآٱىؤئةـ٠٣۴۹",
        *"\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u06e1",
        *"\u0300\u0301\u0302\u0303\u0308\u030a\u0323\u0327\u0328\u0345\u20dd\u0e31\u093f",
        *"αωηΑ",  # with U+0345, which folds to ι
        *"\u200c\u200d\u200e\u200f\u061c\u202b\u2067\u00ad\u2060\ufeff\ufe0f",
        *"한글한\u1100\u1161\u11a8각",
        *"\U0001d167\U000e0100\U00011000\U0001d400\U0001f110\U0001ee00\U0001f600",
    ]
)
SURROGATE_FREE = st.characters(exclude_categories=("Cs",))
TRICKY_TEXT = st.text(alphabet=st.one_of(TRICKY, SURROGATE_FREE), max_size=80)


@PROPERTY
@given(TRICKY_TEXT)
def test_fast_folding_equals_the_per_cluster_algorithm(text: str) -> None:
    folded, offsets = reference_fold_with_offsets(text)
    assert fold_with_offsets(text) == (folded, offsets)
    assert fold(text) == folded
    sparse_folded, sparse = unicode_fold.fold_with_sparse_offsets(text)
    assert sparse_folded == folded
    assert (sparse if sparse is not None else list(range(len(text) + 1))) == offsets


@PROPERTY
@given(st.lists(TRICKY_TEXT, min_size=1, max_size=6))
def test_a_table_learning_as_texts_arrive_folds_every_one_right(texts: list[str]) -> None:
    # The table of single-character folds is learned block by block as text arrives, and the
    # regexes rebuilt; start from nothing so every order of learning gets exercised.
    with mock.patch.object(unicode_fold, "_FOLD_TABLE", unicode_fold._FoldTable()):
        for text in texts:
            folded, offsets = reference_fold_with_offsets(text)
            assert fold(text) == folded
            assert fold_with_offsets(text) == (folded, offsets)


@pytest.mark.parametrize(
    ("text", "folded", "offsets"),
    [
        ("", "", [0]),
        ("\u0301", "", [1]),  # a mark with no base is a cluster of its own
        ("\u0301\u0302ab", "ab", [2, 3, 4]),
        ("ÆÆ\U0001d167", "aeae", [0, 0, 1, 1, 3]),  # expansions before a mark above U+FFFF
        ("\u00adÆ\U0001d400", "aea", [1, 1, 2, 3]),
        ("ﻻ\u064e", "لا", [0, 0, 2]),
        # The one mark that folds to a letter (ypogegrammeni → ι): with a base, both folded
        # characters come from the base; on its own, from the mark.
        ("α\u0345", "αι", [0, 0, 2]),
        ("\u0345α", "ια", [0, 1, 2]),
        ("œ\u0345\u0345x", "oeιιx", [0, 0, 0, 0, 3, 4]),
        ("\u1100\u1161\u11a8", "\u1100\u1161\u11a8", [0, 1, 2, 3]),  # jamo are not marks
        ("\u1100\u1161\u11a8\u0301", "\u1100\u1161\u11a8", [0, 1, 2, 4]),
        ("ﷺ!", fold("ﷺ") + "!", [0] * len(fold("ﷺ")) + [1, 2]),
    ],
)
def test_pieces_at_the_edges_fold_as_clusters(text: str, folded: str, offsets: list[int]) -> None:
    assert reference_fold_with_offsets(text) == (folded, offsets)
    assert fold_with_offsets(text) == (folded, offsets)
    assert fold(text) == folded


@PROPERTY
@given(TRICKY_TEXT)
def test_tokenize_equals_a_plain_regex_scan(text: str) -> None:
    folded = fold(text)
    for candidate in (folded, text.replace("\ud800", "")):
        tokens = reference_tokenize(candidate)
        assert tokenize(candidate) == tokens
        words, bounds = fts_tokens.tokenize_with_bounds(candidate)
        assert words == [token for token, _, _ in tokens]
        assert bounds[:-1:2] == [start for _, start, _ in tokens]
        assert bounds[1::2] == [end for _, _, end in tokens]
        assert stem_text(candidate) == " ".join(
            " ".join(stem_candidates(token)) for token, _, _ in tokens
        )


def test_is_arabic_token_agrees_with_the_letter_test_on_every_code_point() -> None:
    for cp in range(0x110000):
        ch = chr(cp)
        assert is_arabic_token(ch) == arabic_clitics._is_arabic_letter(ch), f"U+{cp:04X}"


@PROPERTY
@given(st.text(alphabet=st.one_of(st.sampled_from("والقدسبكفلـ"), SURROGATE_FREE), max_size=9))
def test_arabic_tokens_and_stems_match_the_plain_definitions(token: str) -> None:
    letters = all(arabic_clitics._is_arabic_letter(ch) for ch in token)
    assert is_arabic_token(token) == (bool(token) and letters)
    assert arabic_clitics._readings(token) == arabic_clitics._readings.__wrapped__(token)

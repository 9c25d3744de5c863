"""Search folding, FTS5-exact tokenizing and Arabic prefix stemming, on the bundled report."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oicreader.text.folding import (
    fold,
    fold_with_offsets,
    is_arabic_token,
    stem_text,
    strip_arabic_prefixes,
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
    assert {strip_arabic_prefixes(w) for w in words if "ارهاب" in w} == {"ارهاب", "ارهابيه"}


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
def test_attached_prefixes_and_article_are_stripped(token: str, stem: str) -> None:
    assert strip_arabic_prefixes(token) == stem


@pytest.mark.parametrize(
    ("token", "stem"),
    [
        ("قدس", "قدس"),  # three letters or fewer: never touched
        ("بنك", "بنك"),
        ("ال", "ال"),
        ("والي", "الي"),  # وال would leave one letter; و leaves three
        ("الله", "الله"),  # ال would leave two letters
        ("بنغلاديش", "نغلاديش"),  # the documented cost: a root ب looks like a clitic
    ],
)
def test_stripping_keeps_at_least_three_letters(token: str, stem: str) -> None:
    assert strip_arabic_prefixes(token) == stem


@pytest.mark.parametrize("token", ["bakou", "lalande", "2025", "وx", "ب2025", ""])
def test_tokens_not_in_arabic_script_are_unchanged(token: str) -> None:
    assert not is_arabic_token(token)
    assert strip_arabic_prefixes(token) == token


def test_stem_text_fills_the_stemmed_column_token_by_token() -> None:
    folded = fold("والقدس، بالقدس (القدس) للإرهاب OIC/ACM-2017")
    assert stem_text(folded) == "قدس قدس قدس ارهاب oic acm 2017"
    assert stem_text("") == ""

"""Themes: the report's curated themes, and lexicon suggestions for documents without them."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document
from oicreader.topics.model import Topic
from oicreader.topics.themes import Lexicon, curated_themes, load_lexicon, themes_for
from tests.conftest import BUNDLED_FOLDER
from tests.topics.test_gazetteer import make_document

REPORT_KEY = "oic-acm-2017-chair-rep"


@pytest.fixture(scope="module")
def report() -> Document:
    return load_document_folder(BUNDLED_FOLDER)


def by_id(topics: list[Topic]) -> dict[str, tuple[int, ...]]:
    return {topic.id: topic.paragraphs for topic in topics}


def test_the_report_has_curated_themes_in_reading_order(report: Document) -> None:
    themes = themes_for(report)
    assert by_id(themes) == {
        "meeting-and-chair": (1,),
        "charter-principles": (2,),
        "palestine-al-quds": (3, 4, 15),
        "terrorism-organised-crime": (5,),
        "rohingya": (6,),
        "kurdistan-referendum": (7,),
        "islamophobia-extremism": (8, 9),
        "un-cooperation": (10, 11, 12),
        "conflicts-humanitarian": (6, 10, 15),
        "science-technology": (13,),
        "expo-2025": (14,),
        "contact-groups": (15,),
        "cfm-chairmanship": (16,),
    }
    assert all(topic.kind == "theme" for topic in themes)
    for topic in themes:
        assert all(topic.labels[language] for language in ("ar", "en", "fr")), topic.id
        assert set(topic.paragraphs) <= set(report.paragraph_numbers)


def test_every_paragraph_of_the_report_has_a_theme(report: Document) -> None:
    covered = {number for topic in themes_for(report) for number in topic.paragraphs}
    assert covered == set(report.paragraph_numbers)


def test_lexicon_finds_curated_themes_from_english_and_french_alone(report: Document) -> None:
    translations_only = dataclasses.replace(
        report,
        id="imported-translations",
        versions={code: report.versions[code] for code in ("en", "fr")},
    )
    curated = by_id(curated_themes(REPORT_KEY) or [])
    suggested = by_id(themes_for(translations_only))  # no curated file for this id
    for theme_id in ("terrorism-organised-crime", "palestine-al-quds", "rohingya"):
        assert suggested[theme_id] == curated[theme_id], theme_id


def test_lexicon_finds_arabic_words_with_attached_prepositions(report: Document) -> None:
    # بفلسطين (¶15): the search stemmer reads فلسطين as ف + لسطين, so the lexicon also
    # tries the keyword's own written forms.
    arabic_only = dataclasses.replace(
        report, id="imported-arabic", versions={"ar": report.versions["ar"]}
    )
    suggested = by_id(load_lexicon().suggest(arabic_only))
    assert suggested["palestine-al-quds"] == (3, 4, 15)
    assert suggested["terrorism-organised-crime"] == (5,)  # الإرهابية, الإرهاب
    assert suggested["rohingya"] == (6,)  # الروهينغايا


def test_lexicon_matches_whole_words_and_phrases() -> None:
    document = make_document(
        {
            "en": {
                1: "Counter-terrorism cooperation.",
                2: "Organised crime networks.",
                3: "The organised meeting on crime statistics.",  # not the phrase
                4: "Terrorismo is not an English word.",
            }
        }
    )
    suggested = by_id(load_lexicon().suggest(document))
    assert suggested["terrorism-organised-crime"] == (1, 2)


def test_lexicon_themes_have_labels_and_keywords_in_three_languages() -> None:
    for theme in load_lexicon().themes:
        for language in ("ar", "en", "fr"):
            assert theme.labels[language], (theme.id, language)
            assert theme.keywords[language], (theme.id, language)


def one_theme_lexicon(folder: Path, arabic_keywords: list[str]) -> Lexicon:
    """A lexicon file with one theme whose Arabic keywords are these, read back."""
    path = folder / "lexicon.json"
    theme = {
        "labels": {"ar": "موضوع", "en": "Theme", "fr": "Thème"},
        "keywords": {"ar": arabic_keywords, "en": [], "fr": []},
    }
    path.write_text(json.dumps({"themes": {"theme": theme}}), encoding="utf-8")
    return load_lexicon(path)


def paragraphs_with_theme(lexicon: Lexicon, arabic_paragraphs: dict[int, str]) -> tuple[int, ...]:
    suggested = by_id(lexicon.suggest(make_document({"ar": arabic_paragraphs})))
    return suggested.get("theme", ())


def test_lexicon_keeps_a_keywords_first_letter_that_looks_like_a_preposition(
    tmp_path: Path,
) -> None:
    # بيئة starts with ب like بفلسطين, but here ب is the word's own: stripping it (→ ييه)
    # lost البيئة and والبيئة, which search finds.
    lexicon = one_theme_lexicon(tmp_path, ["بيئة"])
    paragraphs = {1: "حماية البيئة.", 2: "الصحة والبيئة.", 3: "بيئة نظيفة.", 4: "البيان الختامي."}
    assert paragraphs_with_theme(lexicon, paragraphs) == (1, 2, 3)


def test_lexicon_does_not_read_a_words_own_first_letter_as_a_preposition(
    tmp_path: Path,
) -> None:
    # كمال (a name) is not ك + مال: stripping its ك made it match the keyword المال (money).
    lexicon = one_theme_lexicon(tmp_path, ["المال"])
    paragraphs = {1: "السيد كمال الدين.", 2: "رأس المال.", 3: "بالمال العام.", 4: "للمال."}
    assert paragraphs_with_theme(lexicon, paragraphs) == (2, 3, 4)


def test_lexicon_keyword_with_article_still_finds_its_indefinite_forms(tmp_path: Path) -> None:
    lexicon = one_theme_lexicon(tmp_path, ["الإرهاب"])
    paragraphs = {1: "عمليات إرهابية.", 2: "مكافحة الإرهاب.", 3: "للإرهاب.", 4: "أرهق."}
    assert paragraphs_with_theme(lexicon, paragraphs) == (1, 2, 3)

"""The bundled English and French translations carry the professional review (issue 21):
each revised wording is in, the wording it replaced is gone, and each new translator's note
is there, in both languages."""

from __future__ import annotations

import json

import pytest

from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document
from tests.conftest import BUNDLED_FOLDER

# (paragraph, language, the reviewed wording, the wording it replaced)
REVISIONS = [
    (10, "en", "intensify support, humanitarian assistance and the protection of civilians for "
     "the poorest and neediest areas, in particular the Lake Chad Basin region, and for "
     "refugees and those affected by wars",
     "provide protection for civilians in the poorest and neediest areas"),
    (10, "fr", "en faveur des zones les plus pauvres et les plus démunies, en particulier la "
     "région du bassin du lac Tchad, ainsi que des réfugiés et des personnes touchées par les "
     "guerres", "ainsi que celle des réfugiés"),
    (6, "en", "OIC Summit on Science and Technology", "Islamic Summit on Science"),
    (6, "fr", "Sommet de l'OCI sur la science et la technologie", "Sommet islamique sur la"),
    (13, "en", "the first OIC Summit on Science and Technology", "first session of the Islamic"),
    (13, "fr", "du premier Sommet de l'OCI sur la science et la technologie, tenu à Astana",
     "première session du Sommet islamique"),
    (6, "en", "the Chairman's Summary Report", "the summary by the Chairman"),
    (6, "fr", "rapport récapitulatif du Président", "résumé du Président"),
    (6, "en", "to allow the delivery of aid", "passage of aid"),
    (6, "fr", "permettre l'acheminement de l'aide", "passage de l'aide"),
    (6, "en", "Myanmar's neighbouring countries", "the neighbouring countries of Myanmar"),
    (6, "fr", "les pays voisins du Myanmar", "pays voisins de Myanmar"),
    (9, "en", "Sawt Al-Hikma (Voice of Wisdom) Centre", '"Voice of Wisdom" Centre'),
    (9, "fr", "Centre Sawt Al-Hikma (La Voix de la sagesse)", "Centre « La Voix de la sagesse »"),
    (9, "en", "ensuring that the voice of reason prevails", "giving precedence to the voice"),
    (14, "en", "the bid of the Republic of Azerbaijan to host World Expo 2025 in its capital, "
     "Baku", "the international exhibition EXPO 2025"),
    (14, "fr", "l'Exposition universelle de 2025 dans sa capitale, Bakou",
     "l'Exposition internationale EXPO 2025"),
    (5, "en", "to address it proactively and at an early stage", "in a forward-looking manner"),
    (5, "fr", "de manière précoce et anticipative", "précoce et prospective"),
    (5, "en", "transnational terrorist organisations", "cross-border"),
    (5, "fr", "organisations terroristes transnationales", "transfrontières"),
    (4, "fr", "dans les frontières de 1967", "sur les frontières de 1967"),
    (4, "fr", "la mosquée bénie Al-Aqsa", "la mosquée Al-Aqsa bénie"),
    (13, "en", "successful organisation", "excellent organisation"),
    (16, "fr", "en vue de sa présidence de la prochaine session",
     "dans l'exercice de la présidence"),
]  # fmt: skip

# (paragraph, language, words the note must hold): the notes the review asked for.
NEW_NOTES = [
    (4, "en", ['"طارئ"', '"extraordinary" on purpose']),
    (4, "fr", ["« طارئ »", "à dessein par « extraordinaire »"]),
    (10, "en", ['"intensify support, humanitarian assistance and the protection of civilians']),
    (10, "fr", ["« d'intensifier l'appui, l'aide humanitaire et la protection des civils"]),
    (6, "en", ['"حث ... للضغط"', '"حث ... على الضغط"', "urged ... to press"]),
    (6, "fr", ["« حث ... للضغط »", "« حث ... على الضغط »", "« a engagé ... à faire pression »"]),
    (12, "en", ['"مواقفهم"', '"مواقفها"', "the Member States"]),
    (12, "fr", ["« مواقفهم »", "« مواقفها »", "aux États membres"]),
    (5, "en", ['"الاتفاقية الإسلامية لمكافحة الإرهاب"',
               '"the OIC Convention on Combating International Terrorism"']),
    (5, "fr", ["« الاتفاقية الإسلامية لمكافحة الإرهاب »",
               "« la Convention de l'OCI sur la lutte contre le terrorisme international »"]),
    (9, "en", ['"مجمع الفقه الإسلامي"', '"the International Islamic Fiqh Academy"']),
    (9, "fr", ["« مجمع الفقه الإسلامي »", "« l'Académie internationale du fiqh islamique »"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def report() -> Document:
    return load_document_folder(BUNDLED_FOLDER)


def notes_file(language: str) -> list[dict[str, object]]:
    notes: list[dict[str, object]] = json.loads(
        (BUNDLED_FOLDER / f"{language}.notes.json").read_text(encoding="utf-8")
    )
    return notes


@pytest.mark.parametrize(
    ("number", "language", "revised", "replaced"),
    REVISIONS,
    ids=[f"{number}-{language}-{revised[:24]}" for number, language, revised, _ in REVISIONS],
)
def test_the_reviewed_wording_replaces_the_old_one(
    report: Document, number: int, language: str, revised: str, replaced: str
) -> None:
    text = report.paragraph(number).text(language) or ""
    assert revised in text
    assert replaced not in text


@pytest.mark.parametrize(
    ("number", "language", "words"),
    NEW_NOTES,
    ids=[f"{number}-{language}" for number, language, _ in NEW_NOTES],
)
def test_the_review_s_translator_notes_are_there(
    number: int, language: str, words: list[str]
) -> None:
    notes = [str(note["note"]) for note in notes_file(language) if note["paragraph"] == number]
    assert any(all(word in note for word in words) for note in notes), notes


def test_the_old_paragraph_10_note_is_gone_in_both_languages() -> None:
    for language, old in (("en", '"provide protection for civilians in'), ("fr", "« assurer la")):
        assert not any(old in str(note["note"]) for note in notes_file(language))


def test_both_note_files_note_the_same_paragraphs_in_order() -> None:
    english = [note["paragraph"] for note in notes_file("en")]
    assert english == [note["paragraph"] for note in notes_file("fr")]
    assert english == sorted(english)  # type: ignore[type-var]
    assert english == [1, 4, 4, 5, 6, 9, 10, 10, 11, 12, 15, 16]


# (paragraph, the Arabic a new note says the source has): checked against the source itself.
QUOTED_ARABIC = [
    (4, "طارئاً"),
    (5, "الاتفاقية الإسلامية لمكافحة الإرهاب"),
    (6, "للضغط على حكومة ميانمار"),
    (9, "مجمع الفقه الإسلامي بهدف"),
    (10, "وتكثيف الدعم والمساعدات الإنسانية وتوفير الحماية للمدنيين للمناطق الأشد فقرا واحتياجا"),
    (12, "مواقفهم"),
]


@pytest.mark.parametrize(("number", "arabic"), QUOTED_ARABIC)
def test_what_a_note_says_the_arabic_has_is_in_the_arabic_source(
    report: Document, number: int, arabic: str
) -> None:
    assert arabic in (report.paragraph(number).text("ar") or "")

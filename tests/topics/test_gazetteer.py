"""The gazetteer: which places and organisations each paragraph names, in every language."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document, LanguageVersion
from oicreader.topics.gazetteer import (
    ENTRY_KINDS,
    Gazetteer,
    document_mentions,
    load_gazetteer,
    place_paragraphs,
)
from oicreader.topics.index import place_topics
from tests.conftest import BUNDLED_FOLDER


def make_document(texts: Mapping[str, Mapping[int, str]], id: str = "imported") -> Document:
    """A document with these paragraphs per language, as an import would build it."""
    return Document(
        id=id,
        symbol=id.upper(),
        titles={},
        date="",
        status="draft",
        source_language=next(iter(texts)),
        versions={
            language: LanguageVersion(language, (), dict(paragraphs))
            for language, paragraphs in texts.items()
        },
    )


@pytest.fixture(scope="module")
def report() -> Document:
    return load_document_folder(BUNDLED_FOLDER)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def names_in(gazetteer: Gazetteer, text: str, language: str) -> set[str]:
    return {mention.entry_id for mention in gazetteer.find(text, language)}


@pytest.mark.parametrize(
    ("entry_id", "paragraphs"),
    [
        ("cote-d-ivoire", (1, 16)),
        ("myanmar", (6,)),
        ("iraq", (7, 10)),
        ("azerbaijan", (14, 15)),
        ("kazakhstan", (13,)),
        ("istanbul", (4,)),
        ("astana", (13,)),
        ("un-security-council", (4,)),
    ],
)
def test_places_of_the_report_are_found_in_every_language(
    report: Document, gazetteer: Gazetteer, entry_id: str, paragraphs: tuple[int, ...]
) -> None:
    mentions = document_mentions(report, gazetteer)
    for language in ("ar", "en", "fr"):
        assert place_paragraphs(mentions, language)[entry_id] == paragraphs, language
    topics = {topic.id: topic for topic in place_topics(report, gazetteer)}
    assert topics[entry_id].paragraphs == paragraphs
    assert topics[entry_id].kind == "place"


# Every place and organisation the Arabic text names, as it is written there (with its
# attached و ب ل, or as an adjective), and the paragraphs that name it. Read off ar.txt.
ARABIC_NAMES_IN_THE_REPORT: list[tuple[str, str, tuple[int, ...]]] = [
    ("لمنظمة التعاون الإسلامي", "oic", (1, 9, 10, 11, 12)),
    ("بمقر منظمة الأمم المتحدة", "united-nations", (1, 2, 10, 11)),
    ("المنظمة الأممية", "united-nations", (1, 2, 10, 11)),
    ("للجمعية العامة لمنظمة الأمم المتحدة", "un-general-assembly", (1,)),
    ("بنيويورك", "new-york", (1,)),
    ("كوت دي فوار", "cote-d-ivoire", (1, 16)),
    ("للنزاع الفلسطيني الإسرائيلي", "palestine", (3, 4, 15)),
    ("للنزاع الفلسطيني الإسرائيلي", "israel", (3, 4)),
    ("تقوم بها إسرائيل", "israel", (3, 4)),
    ("للجنة التنفيذية", "executive-committee", (4,)),
    ("المسجد الأقصى المبارك", "al-aqsa-mosque", (4,)),
    ("مدينة أسطنبول", "istanbul", (4,)),
    ("بمبادرة تركية", "turkey", (4,)),
    ("مجلس الأمن الدولي", "un-security-council", (4,)),
    ("وعاصمتها القدس الشرقية", "east-al-quds", (4,)),
    ("الاتفاقية الإسلامية لمكافحة الإرهاب", "oic-convention-terrorism", (5,)),
    ("في ميانمار", "myanmar", (6,)),
    ("لميانمار", "myanmar", (6,)),
    ("إقليم آراكان", "arakan", (6,)),
    ("القمم الإسلامية", "islamic-summit", (6, 12)),
    ("رئيس القمة الإسلامية", "islamic-summit", (6, 12)),
    ("ومجالس وزراء الخارجية", "council-of-foreign-ministers", (6, 12, 16)),
    ("لمجلس وزراء الخارجية", "council-of-foreign-ministers", (6, 12, 16)),
    ("للقمة الإسلامية للعلوم والتكنولوجيا", "islamic-summit-science-technology", (6, 13)),
    ("إقليم كردستان العراق", "kurdistan-region-of-iraq", (7,)),
    ("لدستور العراق", "iraq", (7, 10)),
    ('مركز "صوت الحكمة"', "voice-of-wisdom-centre", (9,)),
    ("مجمع الفقه الإسلامي", "international-islamic-fiqh-academy", (9,)),
    ("سوريا", "syria", (10,)),
    ("واليمن", "yemen", (10, 15)),
    ("وليبيا", "libya", (10,)),
    ("والعراق", "iraq", (7, 10)),
    ("في مالي", "mali", (10, 15)),
    ("ومالي", "mali", (10, 15)),
    ("جمهورية إفريقيا الوسطى", "central-african-republic", (10,)),
    ("والصومال", "somalia", (10, 15)),
    ("وأفغانستان", "afghanistan", (10,)),
    ("جامو وكشمير", "jammu-and-kashmir", (10, 15)),
    ("واقليم ناغورنو كراباخ", "nagorno-karabakh", (10,)),
    ("منطقة حوض بحيرة تشاد", "lake-chad-basin", (10,)),
    ("مجموعة منظمة التعاون الإسلامي في نيويورك", "oic-group-new-york", (11,)),
    ("كازاخستان", "kazakhstan", (13,)),
    ("في أستانا", "astana", (13,)),
    ("جمهورية أذربيجان", "azerbaijan", (14, 15)),
    ("لعاصمتها باكو", "baku", (14,)),
    ("بفلسطين", "palestine", (3, 4, 15)),
    ("وسيراليون", "sierra-leone", (15,)),
    ("في أوروبا", "europe", (15,)),
    ("والبوسنة والهرسك", "bosnia-and-herzegovina", (15,)),
    ("والاعتداءات الأرمينية", "armenia", (15,)),
    ("ضد أذربيجان", "azerbaijan", (14, 15)),
    ("وجامو وكشمير", "jammu-and-kashmir", (10, 15)),
    ("لجمهورية بنغلاديش", "bangladesh", (16,)),
]


@pytest.mark.parametrize(("written", "entry_id", "paragraphs"), ARABIC_NAMES_IN_THE_REPORT)
def test_every_place_named_in_the_arabic_text_is_indexed(
    report: Document,
    gazetteer: Gazetteer,
    written: str,
    entry_id: str,
    paragraphs: tuple[int, ...],
) -> None:
    arabic = [report.paragraph(number).text("ar") or "" for number in report.paragraph_numbers]
    assert any(written in text for text in arabic), f"{written!r} is not in the Arabic text"
    assert entry_id in names_in(gazetteer, written, "ar")
    mentions = document_mentions(report, gazetteer)
    assert place_paragraphs(mentions, "ar")[entry_id] == paragraphs


def test_the_arabic_list_covers_every_entry_the_arabic_text_names(
    report: Document, gazetteer: Gazetteer
) -> None:
    # Guards the list above: a name the matcher finds but the list forgets fails here.
    listed = {entry_id for _, entry_id, _ in ARABIC_NAMES_IN_THE_REPORT}
    assert set(place_paragraphs(document_mentions(report, gazetteer), "ar")) == listed


def test_folding_makes_every_spelling_of_cote_d_ivoire_one_entry(gazetteer: Gazetteer) -> None:
    spellings = [
        "كوت دي فوار",
        "كوت ديفوار",
        "ساحل العاج",
        "Côte d'Ivoire",
        "Cote d'Ivoire",
        "Côte d’Ivoire",
        "COTE D'IVOIRE",
        "Ivory Coast",
    ]
    found = {spelling: gazetteer.lookup(spelling) for spelling in spellings}
    assert {entry.id if entry else None for entry in found.values()} == {"cote-d-ivoire"}
    assert names_in(gazetteer, "the Republic of Cote d'Ivoire, Chair", "en") == {"cote-d-ivoire"}
    assert names_in(gazetteer, "جهود جمهورية كوت ديفوار", "ar") == {"cote-d-ivoire"}


def test_arabic_clitics_are_added_as_the_name_has_the_article(gazetteer: Gazetteer) -> None:
    assert names_in(gazetteer, "الأوضاع بالعراق وللعراق", "ar") == {"iraq"}
    assert names_in(gazetteer, "اجتماع للجنة التنفيذية", "ar") == {"executive-committee"}
    assert names_in(gazetteer, "دعم لألبانيا", "ar") == {"albania"}  # أل is not the article
    # Mali never takes the article: المالي is "the financial".
    assert names_in(gazetteer, "الدعم المالي", "ar") == set()


def test_a_longer_name_hides_the_names_inside_it(gazetteer: Gazetteer) -> None:
    assert names_in(gazetteer, "Guinea-Bissau and Guinea", "en") == {"guinea-bissau", "guinea"}
    assert names_in(gazetteer, "Guinea-Bissau", "en") == {"guinea-bissau"}
    assert names_in(gazetteer, "the Lake Chad Basin", "en") == {"lake-chad-basin"}
    assert names_in(gazetteer, "le Conseil de sécurité de l'ONU", "fr") == {"un-security-council"}


def test_adjectives_and_demonyms_count_as_mentions(gazetteer: Gazetteer) -> None:
    [turkish] = gazetteer.find("بمبادرة تركية", "ar")
    assert (turkish.entry_id, turkish.adjective) == ("turkey", True)
    assert names_in(gazetteer, "the Palestinian-Israeli conflict", "en") == {"palestine", "israel"}
    assert names_in(gazetteer, "le conflit palestino-israélien", "fr") == {"palestine", "israel"}
    assert names_in(gazetteer, "الأراضي الفلسطينيين والإسرائيليين", "ar") == {"palestine", "israel"}


def test_an_ambiguous_name_needs_another_language_to_confirm_it(gazetteer: Gazetteer) -> None:
    # دعم مالي is "financial support": alone it must not put Mali in the index.
    alone = make_document({"ar": {1: "تقديم دعم مالي للبرامج"}, "en": {1: "financial support"}})
    assert "mali" not in place_paragraphs(document_mentions(alone, gazetteer))
    confirmed = make_document({"ar": {1: "الوضع في مالي"}, "en": {1: "the situation in Mali"}})
    assert place_paragraphs(document_mentions(confirmed, gazetteer))["mali"] == (1,)


def test_mention_offsets_point_at_the_name_in_the_original_text(gazetteer: Gazetteer) -> None:
    text = "held in Istanbul at the initiative of Turkey"
    spans = {
        mention.entry_id: text[mention.start : mention.end]
        for mention in gazetteer.find(text, "en")
    }
    assert spans == {"istanbul": "Istanbul", "turkey": "Turkey"}


OIC_MEMBER_STATES = [
    "afghanistan", "albania", "algeria", "azerbaijan", "bahrain", "bangladesh", "benin",
    "brunei-darussalam", "burkina-faso", "cameroon", "chad", "comoros", "cote-d-ivoire",
    "djibouti", "egypt", "gabon", "gambia", "guinea", "guinea-bissau", "guyana", "indonesia",
    "iran", "iraq", "jordan", "kazakhstan", "kuwait", "kyrgyzstan", "lebanon", "libya",
    "malaysia", "maldives", "mali", "mauritania", "morocco", "mozambique", "niger", "nigeria",
    "oman", "pakistan", "palestine", "qatar", "saudi-arabia", "senegal", "sierra-leone",
    "somalia", "sudan", "suriname", "syria", "tajikistan", "togo", "tunisia", "turkey",
    "turkmenistan", "uganda", "united-arab-emirates", "uzbekistan", "yemen",
]  # fmt: skip
OBSERVER_STATES = ["bosnia-and-herzegovina", "central-african-republic", "turkish-cypriot-state",
                   "russia", "thailand"]  # fmt: skip
SECURITY_COUNCIL_PERMANENT_MEMBERS = [
    "china",
    "france",
    "russia",
    "united-kingdom",
    "united-states",
]


def test_gazetteer_covers_member_observer_and_permanent_member_states(
    gazetteer: Gazetteer,
) -> None:
    assert len(OIC_MEMBER_STATES) == 57
    for entry_id in OIC_MEMBER_STATES + OBSERVER_STATES + SECURITY_COUNCIL_PERMANENT_MEMBERS:
        entry = gazetteer.entry(entry_id)
        assert all(entry.names[language] for language in ("ar", "en", "fr")), entry_id


def test_gazetteer_entries_are_well_formed(gazetteer: Gazetteer) -> None:
    for entry in gazetteer.entries.values():
        assert entry.kind in ENTRY_KINDS
        assert all(entry.names[language] for language in ("ar", "en", "fr")), entry.id
        if entry.part_of is not None:
            assert entry.part_of in gazetteer.entries, entry.id
        for language in ("ar", "en", "fr"):
            for name in entry.names[language]:
                # One name, one entry: otherwise the index could not say which place it is.
                found = gazetteer.lookup(name)
                assert found is not None and found.id == entry.id, (language, name)


# The names the professional review gave the translations (issue 21), in their paragraphs.
REVIEWED_NAMES = [
    (6, "islamic-summit-science-technology"),
    (9, "voice-of-wisdom-centre"),
    (9, "international-islamic-fiqh-academy"),
    (10, "lake-chad-basin"),
    (13, "islamic-summit-science-technology"),
    (14, "baku"),
    (14, "azerbaijan"),
]


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
@pytest.mark.parametrize(("number", "entry_id"), REVIEWED_NAMES)
def test_the_reviewed_names_are_found_in_every_language(
    gazetteer: Gazetteer, report: Document, number: int, entry_id: str, language: str
) -> None:
    text = report.paragraph(number).text(language) or ""
    assert entry_id in names_in(gazetteer, text, language)


def test_the_topic_labels_use_the_reviewed_names(gazetteer: Gazetteer) -> None:
    labels = {
        mention.entry_id: gazetteer.entry(mention.entry_id).label(language)
        for language, text in [
            ("en", "the OIC Summit on Science and Technology"),
            ("fr", "du Centre Sawt Al-Hikma (La Voix de la sagesse)"),
        ]
        for mention in gazetteer.find(text, language)
    }
    assert labels == {
        "islamic-summit-science-technology": "OIC Summit on Science and Technology",
        "voice-of-wisdom-centre": "Centre Sawt Al-Hikma (La Voix de la sagesse)",
    }

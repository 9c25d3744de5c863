"""The cross-language check, and the numbers and dates it reads in each language."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from oicreader.importing.bundle import load_document_folder
from oicreader.importing.import_plan import import_files
from oicreader.model.document import Document
from oicreader.topics.crosscheck import Discrepancy, check_document
from oicreader.topics.figures import read_figures
from tests.conftest import ARABIC_SOURCE, BUNDLED_FOLDER
from tests.importing.perturbed_files import merging, perturbed_bodies, text_file
from tests.topics.test_gazetteer import make_document


def altered_copy(tmp_path: Path, replacements: list[tuple[str, str]], key: str) -> Path:
    """The bundled report copied to tmp_path under another id, its French text edited."""
    folder = tmp_path / key
    shutil.copytree(BUNDLED_FOLDER, folder)
    french = folder / "fr.txt"
    text = french.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    french.write_text(text, encoding="utf-8")
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    meta.update(id=key, symbol=f"OIC/ACM-2017/{key.upper()}")
    (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return folder


ALTERATIONS = [
    ("le 25 septembre 2017", "le 26 septembre 2017"),  # ¶7
    ("sa capitale, Bakou,", "sa capitale, Ankara,"),  # ¶14
]


def test_the_bundled_report_has_no_discrepancy() -> None:
    assert check_document(load_document_folder(BUNDLED_FOLDER)) == []


def test_a_changed_date_and_city_are_reported_and_nothing_else(tmp_path: Path) -> None:
    document = load_document_folder(altered_copy(tmp_path, ALTERATIONS, "altered-report"))
    assert check_document(document) == [
        Discrepancy(7, "date", "2017-09-25", ("ar", "en"), ("fr",)),
        Discrepancy(7, "date", "2017-09-26", ("fr",), ("ar", "en")),
        Discrepancy(14, "place", "ankara", ("fr",), ("ar", "en")),
        Discrepancy(14, "place", "baku", ("ar", "en"), ("fr",)),
    ]


def test_discrepancy_json_has_the_documented_keys() -> None:
    found = Discrepancy(7, "date", "2017-09-25", ("ar", "en"), ("fr",))
    assert found.to_json() == {
        "paragraph": 7,
        "kind": "date",
        "value": "2017-09-25",
        "present_in": ["ar", "en"],
        "missing_from": ["fr"],
    }
    assert list(found.to_json()) == ["paragraph", "kind", "value", "present_in", "missing_from"]


def test_a_number_in_words_is_compared_with_digits() -> None:
    agreeing = make_document(
        {
            "ar": {1: "رئاسة الدورة الرابعة والأربعين لمجلس وزراء الخارجية"},
            "en": {1: "Chair of the 44th session of the Council of Foreign Ministers"},
            "fr": {
                1: "présidence de la quarante-quatrième session "
                "du Conseil des ministres des Affaires étrangères"
            },
        }
    )
    assert check_document(agreeing) == []
    differing = make_document(
        {
            "ar": {1: "الدورة الرابعة والأربعين"},
            "en": {1: "the 44th session"},
            "fr": {1: "la quarante-cinquième session"},
        }
    )
    assert check_document(differing) == [
        Discrepancy(1, "number", "44", ("ar", "en"), ("fr",)),
        Discrepancy(1, "number", "45", ("fr",), ("ar", "en")),
    ]


def test_adjectives_and_names_of_one_country_do_not_differ() -> None:
    document = make_document(
        {
            "ar": {1: "بشأن الاعتداءات الإسرائيلية، بمبادرة تركية"},
            "en": {1: "on the aggressions by Israel, at the initiative of Turkey"},
            "fr": {1: "sur les agressions israéliennes, à l'initiative turque"},
        }
    )
    assert check_document(document) == []


def test_naming_an_organ_counts_as_naming_its_organisation() -> None:
    # The English names the UN apart from its Council; the others only name the Council.
    document = make_document(
        {
            "ar": {1: "يدعو مجلس الأمن الدولي"},
            "en": {1: "calling upon the Security Council of the UN"},
            "fr": {1: "appelant le Conseil de sécurité"},
        }
    )
    assert check_document(document) == []


def test_an_ambiguous_name_alone_raises_no_alarm() -> None:
    document = make_document(
        {"ar": {1: "تقديم دعم مالي"}, "en": {1: "financial support"}, "fr": {1: "appui financier"}}
    )
    assert check_document(document) == []


def test_a_missing_country_is_reported_with_where_it_is_named() -> None:
    document = make_document(
        {
            "ar": {1: "حل النزاعات في سوريا واليمن"},
            "en": {1: "resolve the conflicts in Syria and Yemen"},
            "fr": {1: "régler les conflits en Syrie"},
        }
    )
    assert check_document(document) == [Discrepancy(1, "place", "yemen", ("ar", "en"), ("fr",))]


def test_only_the_versions_that_have_a_paragraph_are_compared() -> None:
    document = make_document({"ar": {1: "في 2017", 2: "في 2018"}, "en": {1: "in 2017"}})
    assert check_document(document) == []


@pytest.mark.parametrize(
    ("language", "text", "numbers", "dates"),
    [
        # Ordinals in words, in the three languages.
        ("en", "the seventy-second session", {"72"}, set()),
        ("fr", "la soixante-douzième session", {"72"}, set()),
        ("ar", "الدورة الثانية والسبعين", {"72"}, set()),
        ("en", "the twenty-first century", {"21"}, set()),
        ("fr", "le vingt et unième siècle, le XXIe siècle", {"21"}, set()),
        ("ar", "القرن الحادي والعشرين", {"21"}, set()),
        ("fr", "quatre-vingt-dix-neuf, soixante et onze, la centième", {"99", "71", "100"}, set()),
        ("ar", "الحادي عشر، الثالثة عشرة، المائة", {"11", "13", "100"}, set()),
        # Cardinals in words.
        ("en", "ninety-nine States, one hundred and five delegations", {"99", "105"}, set()),
        ("fr", "quatre-vingts délégations, dix-sept États", {"80", "17"}, set()),
        ("ar", "خمسة وعشرون وفداً، ثلاثة عشر بلداً، مائة وخمسون", {"25", "13", "150"}, set()),
        # Digits in any script, with ordinal endings, thousands and decimals.
        ("ar", "حدود ١٩٦٧ و2017م", {"1967", "2017"}, set()),
        ("en", "the 44th session, 1,500 refugees, 2.5 per cent", {"44", "1500", "2.5"}, set()),
        ("fr", "la 44e session, 1 500 réfugiés, 2,5 pour cent", {"44", "1500", "2.5"}, set()),
        ("ar", "1٬500 لاجئ و2٫5 في المائة", {"1500", "2.5"}, set()),
        ("en", "Chapter VII of the Charter, as I said", {"7"}, set()),
        # "One", "un", "first" and "two" are not counted on their own.
        ("en", "one of the first two meetings", set(), set()),
        ("fr", "un des deux premiers", set(), set()),
        ("ar", "الاجتماع الأول بين البلدين الاثنين", set(), set()),
        # Dates: day, month and year in each language, day ranges, numeric dates.
        ("en", "on 1 August 2017 and September 22, 2017", set(), {"2017-08-01", "2017-09-22"}),
        ("fr", "le 1er août 2017", set(), {"2017-08-01"}),
        ("ar", "يوم 1 أغسطس 2017", set(), {"2017-08-01"}),
        ("ar", "في الخامس والعشرين من سبتمبر 2017", set(), {"2017-09-25"}),
        ("ar", "في 3 تشرين الأول 2017، 9 أيلول", set(), {"2017-10-03", "--09-09"}),
        ("en", "held on 10 and 11 September 2017", set(), {"2017-09-10", "2017-09-11"}),
        ("fr", "tenue les 10 et 11 septembre 2017", set(), {"2017-09-10", "2017-09-11"}),
        ("ar", "المنعقدة يومي 10 و11 سبتمبر 2017", set(), {"2017-09-10", "2017-09-11"}),
        (
            "fr",
            "du 10 au 12 octobre 2018, en mars 2020",
            set(),
            {"2018-10-10", "2018-10-12", "2020-03"},
        ),
        ("en", "dated 22/09/2017", set(), {"2017-09-22"}),
        ("en", "on 31 February 2017", {"31", "2017"}, set()),  # no such day
    ],
)
def test_figures_are_read_in_each_language(
    language: str, text: str, numbers: set[str], dates: set[str]
) -> None:
    figures = read_figures(text, language)
    assert (set(figures.numbers), set(figures.dates)) == (numbers, dates)


def merged_and_split_imports(folder: Path) -> list[tuple[str, Document]]:
    """The Arabic with each English and French translation that merged two paragraphs into
    one, or split one into two at its middle sentence, imported without numbers."""
    imports = []
    for language in ("en", "fr"):
        for change, number, body in perturbed_bodies(language):
            if change not in ("merged", "split"):
                continue
            place = folder / f"{language}-{change}-{number}"
            place.mkdir()
            translation = text_file(place, language, lambda _paragraphs, body=body: body)
            plan = import_files([ARABIC_SOURCE, translation])
            imports.append((f"{language} {change} {number}", plan.document))
    return imports


def test_a_merged_or_split_translation_agrees_with_the_arabic_rows_it_covers(
    tmp_path: Path,
) -> None:
    imports = merged_and_split_imports(tmp_path)
    assert sum("merged" in name for name, _ in imports) == 30
    assert sum("split" in name for name, _ in imports) == 8
    merged = [document for name, document in imports if "merged" in name]
    assert all(
        link.mark == "merged"
        for document in merged
        for language in ("en", "fr")
        if language in document.versions
        for link in document.versions[language].links.values()
        if len(link.spans) > 1
    )
    assert {name: check_document(document) for name, document in imports} == {
        name: [] for name, _ in imports
    }


def test_a_merged_row_is_compared_once_with_both_arabic_rows(tmp_path: Path) -> None:
    # The English paragraph rendering rows 9 and 10 lost the Fiqh Academy that ¶9 names.
    def merged_without_the_academy(paragraphs: list[str]) -> list[str]:
        merged = merging(9)(paragraphs)
        merged[8] = merged[8].replace("International Islamic Fiqh Academy", "Academy")
        return merged

    translation = text_file(tmp_path, "en", merged_without_the_academy)
    document = import_files([ARABIC_SOURCE, translation]).document
    assert document.versions["en"].links[10].spans == (9, 10)
    assert check_document(document) == [
        Discrepancy(9, "place", "international-islamic-fiqh-academy", ("ar",), ("en",))
    ]

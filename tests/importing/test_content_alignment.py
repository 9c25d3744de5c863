"""Translations numbered otherwise than the Arabic import aligned to its rows by content."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from oicreader.importing.content_alignment import aligned_to_source
from oicreader.importing.import_plan import import_files
from oicreader.importing.plain_text import read_report_file
from oicreader.model.document import LanguageVersion
from tests.conftest import ARABIC_SOURCE, BUNDLED_FOLDER
from tests.importing.perturbed_files import (
    cover_and_paragraphs,
    dropping,
    merging,
    perturbed_bodies,
    splitting,
    text_file,
    word_file,
)


def imported(translation: Path) -> LanguageVersion:
    plan = import_files([ARABIC_SOURCE, translation])
    return plan.document.versions[plan.files[1].language]


def bundled(language: str) -> dict[int, str]:
    return dict(read_report_file(BUNDLED_FOLDER / f"{language}.txt", language).paragraphs)


def test_an_unnumbered_text_translation_takes_the_arabic_rows(tmp_path: Path) -> None:
    version = imported(text_file(tmp_path, "en"))
    assert not version.numbered
    assert version.paragraphs == bundled("en")
    assert {link.kind for link in version.links.values()} == {"1:1"}
    assert all(link.spans == (row,) for row, link in version.links.items())
    assert min(link.confidence for link in version.links.values()) >= 0.6


def test_the_cover_of_an_unnumbered_file_is_still_told_apart_from_the_body(
    tmp_path: Path,
) -> None:
    version = imported(text_file(tmp_path, "fr"))
    numbered = read_report_file(BUNDLED_FOLDER / "fr.txt", "fr")
    assert version.front_matter == numbered.front_matter
    assert version.front_matter_text("date") == "22 septembre 2017"
    # The title repeated over the body is neither a cover block nor a paragraph.
    assert not any(text.startswith("Projet de rapport") for text in version.paragraphs.values())


def test_a_word_file_without_numbering_is_read_one_word_paragraph_per_paragraph(
    tmp_path: Path,
) -> None:
    plan = import_files([ARABIC_SOURCE, word_file(tmp_path, "en")])
    version = plan.document.versions["en"]
    assert plan.files[1].paragraph_count == 16 and not plan.files[1].version.numbered
    assert version.paragraphs == bundled("en")
    assert version.front_matter == read_report_file(BUNDLED_FOLDER / "en.txt", "en").front_matter
    assert plan.alignment_problems == []


def test_a_paragraph_that_renders_two_is_shown_against_both_rows_marked_merged(
    tmp_path: Path,
) -> None:
    version = imported(text_file(tmp_path, "en", merging(9)))
    english = bundled("en")
    assert version.paragraphs[9] == version.paragraphs[10] == f"{english[9]} {english[10]}"
    for row in (9, 10):
        link = version.links[row]
        assert (link.spans, link.kind, link.mark) == ((9, 10), "2:1", "merged")
        assert link.confidence >= 0.6 and not link.needs_review
    assert [version.paragraphs[row] for row in range(11, 17)] == [
        english[row] for row in range(11, 17)
    ]


def test_two_paragraphs_that_render_one_are_joined_in_its_row_marked_split(
    tmp_path: Path,
) -> None:
    version = imported(text_file(tmp_path, "fr", splitting(6, "Elle a"), numbered=True))
    french = bundled("fr")
    assert version.paragraphs == french  # every row right: the later numbers came back
    link = version.links[6]
    assert (link.spans, link.kind, link.mark) == ((6,), "1:2", "split")
    assert french[6][link.cuts[1] :].startswith("Elle a")


def test_a_dropped_paragraph_leaves_a_marked_gap_and_the_rest_in_place(tmp_path: Path) -> None:
    plan = import_files([ARABIC_SOURCE, text_file(tmp_path, "fr", dropping(5))])
    version = plan.document.versions["fr"]
    french = bundled("fr")
    assert 5 not in version.paragraphs
    assert [str(problem) for problem in plan.alignment_problems] == ["fr: paragraph 5 missing"]
    assert {row: version.paragraphs[row] for row in range(6, 17)} == {
        row: french[row] for row in range(6, 17)
    }


def test_a_paragraph_without_a_source_counterpart_joins_the_row_before_marked_for_review(
    tmp_path: Path,
) -> None:
    extra = "The Chair thanked the interpreters."

    def with_an_extra(paragraphs: list[str]) -> list[str]:
        return [*paragraphs[:3], extra, *paragraphs[3:]]

    version = imported(text_file(tmp_path, "en", with_an_extra))
    english = bundled("en")
    # Its length is within the noise of either neighbour's and it has no anchor: nothing
    # says it renders row 3 or row 4. It is shown after row 3, marked for the reader to check.
    assert version.paragraphs[3] == f"{english[3]} {extra}"
    assert version.links[3].mark == "split" and version.links[3].needs_review
    assert {other: version.paragraphs[other] for other in range(1, 17) if other != 3} == {
        other: english[other] for other in range(1, 17) if other != 3
    }
    assert not any(version.links[other].needs_review for other in range(1, 17) if other != 3)


def test_a_numbered_translation_that_agrees_is_left_exactly_as_read(tmp_path: Path) -> None:
    numbered = text_file(tmp_path, "en", numbered=True)
    version = imported(numbered)
    assert version.numbered and version.links == {}
    assert version == read_report_file(numbered, "en")


def test_an_unnumbered_arabic_source_is_numbered_in_order(tmp_path: Path) -> None:
    arabic = text_file(tmp_path, "ar")
    english = text_file(tmp_path, "en", merging(2))
    plan = import_files([arabic, english])
    assert plan.document.paragraph_numbers == list(range(1, 17))
    assert plan.document.versions["ar"].links == {}
    assert plan.document.versions["en"].links[3].spans == (2, 3)


def test_the_perturbed_files_start_from_the_whole_bundled_report() -> None:
    cover, paragraphs = cover_and_paragraphs("en")
    assert len(paragraphs) == 16 and cover[-1] == "22 September 2017"


def rows_expected(language: str, change: str, number: int) -> dict[int, str]:
    rows = bundled(language)
    if change == "merged":
        rows[number] = rows[number + 1] = f"{rows[number]} {rows[number + 1]}"
    elif change == "dropped":
        del rows[number]
    return rows


def test_at_least_95_percent_of_rows_come_back_right_from_unnumbered_perturbed_versions() -> None:
    arabic = read_report_file(ARABIC_SOURCE, "ar")
    right = total = 0
    for language in ("en", "fr"):
        read = read_report_file(BUNDLED_FOLDER / f"{language}.txt", language)
        for change, number, body in perturbed_bodies(language):
            version = replace(read, paragraphs=dict(enumerate(body, start=1)), numbered=False)
            rows = aligned_to_source({"ar": arabic, language: version}, "ar")[language].paragraphs
            expected = rows_expected(language, change, number)
            right += sum(rows.get(row) == expected.get(row) for row in range(1, 17))
            total += 16
    print(f"rows right: {right}/{total} ({right / total:.1%})")
    assert right / total >= 0.95


def test_a_cover_in_another_order_is_still_told_apart_from_the_body(tmp_path: Path) -> None:
    cover, paragraphs = cover_and_paragraphs("en")
    shuffled = [cover[5], cover[3], cover[0], cover[1], cover[4], cover[2]]  # date first
    english = tmp_path / "en.txt"
    english.write_text("\n\n".join([*shuffled, *paragraphs]) + "\n", encoding="utf-8")
    version = imported(english)
    assert version.paragraphs == bundled("en")
    assert sorted(block.text for block in version.front_matter) == sorted(cover)

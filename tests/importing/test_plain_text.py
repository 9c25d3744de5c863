"""The plain-text importer on the bundled report and on the numbering styles real files use."""

from __future__ import annotations

from pathlib import Path

import pytest

from oicreader.importing import plain_text
from oicreader.importing.errors import ImportProblem
from oicreader.importing.plain_text import parse_report_text, read_report_file, status_of
from tests.conftest import ARABIC_SOURCE, BUNDLED_FOLDER


@pytest.fixture(scope="module")
def arabic():
    return read_report_file(ARABIC_SOURCE)


def test_bundled_arabic_has_sixteen_paragraphs_in_order(arabic) -> None:
    assert list(arabic.paragraphs) == list(range(1, 17))
    assert arabic.language == "ar"


def test_paragraph_four_holds_both_parts_across_the_page_break(arabic) -> None:
    paragraph = arabic.paragraphs[4]
    assert paragraph.startswith("أشار الاجتماع إلى نتائج الاجتماع")
    assert "ويدعو مجلس الأمن الدولي إلى تحمل مسؤوليته" in paragraph
    assert paragraph.endswith("وعاصمتها القدس الشرقية.")
    assert "\n" not in paragraph


def test_paragraph_five_starts_after_paragraph_four(arabic) -> None:
    assert arabic.paragraphs[5].startswith("أدان الاجتماع الهجمات الإرهابية")


def test_paragraph_sixteen_ends_without_the_stray_dash(arabic) -> None:
    assert arabic.paragraphs[16].endswith("في رئاستها للدورة القادمة للمجلس.")
    assert not arabic.paragraphs[16].rstrip().endswith("-")


def test_text_is_kept_exactly_as_in_the_source(arabic) -> None:
    source_lines = ARABIC_SOURCE.read_text(encoding="utf-8").splitlines()
    line_six = next(line for line in source_lines if line.startswith("6. "))
    assert arabic.paragraphs[6] == line_six[len("6. ") :]


def test_cover_blocks_are_named_and_the_repeated_title_is_left_out(arabic) -> None:
    roles = [(block.role, block.text) for block in arabic.front_matter]
    assert roles == [
        ("organisation", "منظمة التعاون الإسلامي"),
        ("symbol", "OIC/ACM-2017/CHAIR-REP"),
        ("status", "مشروع"),
        ("title", "تقرير الاجتماع التنسيقي لوزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي"),
        ("venue", "مقر منظمة الأمم المتحدة بنيويورك"),
        ("date", "22 سبتمبر 2017"),
    ]
    assert status_of(arabic) == "draft"


@pytest.mark.parametrize(
    ("marker_one", "marker_two"),
    [
        ("1.", "2."),
        ("1-", "2-"),
        ("(1)", "(2)"),
        ("1)", "2)"),
        ("١.", "٢."),
        ("١-", "٢-"),
        ("۱.", "۲."),
        ("\u200f1.", "\u200f2."),
    ],
)
def test_every_numbering_style_is_read(marker_one: str, marker_two: str) -> None:
    text = f"عنوان\n\n{marker_one} الفقرة الأولى\n{marker_two} الفقرة الثانية\n"
    version = parse_report_text(text, "ar")
    assert version.paragraphs == {1: "الفقرة الأولى", 2: "الفقرة الثانية"}


def test_a_continuation_line_starting_with_a_year_stays_in_its_paragraph() -> None:
    text = "1. Borders of\n1967. The meeting\n2. Next\n"
    version = parse_report_text(text, "en")
    assert version.paragraphs == {1: "Borders of 1967. The meeting", 2: "Next"}


def test_form_feed_page_break_joins_the_paragraph() -> None:
    version = parse_report_text("1. first half\f\n\nsecond half\n2. next\n", "en")
    assert version.paragraphs[1] == "first half second half"


def test_windows_line_endings_are_read() -> None:
    version = parse_report_text("Title\r\n\r\n1. One\r\n2. Two\r\n", "en")
    assert version.paragraphs == {1: "One", 2: "Two"}


def test_paragraph_numbered_twice_is_reported_with_its_line(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem) as caught:
        parse_report_text("1. a\n2. b\n2. c\n", "en", tmp_path / "twice.txt")
    message = str(caught.value)
    assert "twice.txt" in message and "line 3" in message and "paragraph 2" in message


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_translation_has_its_cover_and_paragraphs_1_to_16(language: str) -> None:
    version = read_report_file(BUNDLED_FOLDER / f"{language}.txt", language)
    assert list(version.paragraphs) == list(range(1, 17))
    roles = [block.role for block in version.front_matter]
    assert roles == ["organisation", "symbol", "status", "title", "venue", "date"]
    assert version.front_matter_text("symbol") == "OIC/ACM-2017/CHAIR-REP"
    assert status_of(version) == "draft"
    assert all(text.strip() for text in version.paragraphs.values())


def test_paragraphs_past_9999_keep_their_own_numbers() -> None:
    # Numbers had at most four digits: ¶10000 onwards was glued to ¶9999.
    text = "".join(f"{number}. Paragraph {number}.\n" for number in range(1, 10_006))
    version = parse_report_text(text, "en")
    assert len(version.paragraphs) == 10_005
    assert version.paragraphs[9_999] == "Paragraph 9999."
    assert version.paragraphs[10_000] == "Paragraph 10000."
    assert version.paragraphs[10_005] == "Paragraph 10005."


def test_a_large_figure_at_the_start_of_a_continuation_line_stays_text() -> None:
    text = "10000. The census counted\n150000. people in the region.\n10001. Next.\n"
    version = parse_report_text(text, "en")
    assert version.paragraphs == {
        10_000: "The census counted 150000. people in the region.",
        10_001: "Next.",
    }


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r", "\u2028"])
def test_a_file_of_too_many_lines_is_refused_before_they_are_split(
    line_break: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # 50 MB of short lines made 25 million line objects: gigabytes, for no report at all.
    monkeypatch.setattr(plain_text, "MAX_REPORT_LINES", 100)
    within = line_break.join(f"{number}. Text." for number in range(1, 101))
    assert len(parse_report_text(within, "en").paragraphs) == 100
    with pytest.raises(ImportProblem) as caught:
        parse_report_text(within + line_break + "101. One too many.", "en", tmp_path / "long.txt")
    assert "long.txt: the file has more than 100 lines" in str(caught.value)


def test_paragraphs_without_numbers_are_the_blocks_after_the_cover() -> None:
    text = (
        "OIC/TEST/1\n\nReport of the Meeting\n\n22 September 2017\n\n"
        "Report of the Meeting\n\nThe meeting opened.\nIt went on.\n\nThe meeting closed.\n"
    )
    version = parse_report_text(text, "en")
    assert not version.numbered
    assert version.paragraphs == {1: "The meeting opened. It went on.", 2: "The meeting closed."}
    assert [block.role for block in version.front_matter] == ["symbol", "title", "date"]


def test_paragraphs_without_numbers_after_a_cover_without_date_are_refused(
    tmp_path: Path,
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Report of the Meeting\n\nThe meeting opened.\n", encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_report_file(letter, "en")
    message = str(caught.value)
    assert "letter.txt: no numbered paragraphs found" in message
    assert "follow a cover that ends with its date" in message


def test_a_cover_with_nothing_after_it_is_refused(tmp_path: Path) -> None:
    cover = tmp_path / "cover.txt"
    cover.write_text("OIC/TEST/1\n\n22 September 2017\n", encoding="utf-8")
    with pytest.raises(ImportProblem, match=r"cover\.txt: no paragraphs found after the cover"):
        read_report_file(cover, "en")

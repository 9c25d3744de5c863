"""Word reports: automatic and typed numbering, right-to-left text, tables, no headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from oicreader.importing.errors import ImportProblem
from oicreader.importing.plain_text import read_report_file
from oicreader.importing.word_file import read_word_file, read_word_lines
from tests.importing.pdf_fixtures import PRINTED_REPORT
from tests.importing.word_builder import WordBuilder

FIXTURES = Path(__file__).parent / "fixtures"
COVER = ["Organisation of Islamic Cooperation", "OIC/TEST/2017/1", "Draft", "Report of a test"]


def with_cover(builder: WordBuilder, cover: list[str] = COVER) -> WordBuilder:
    for block in cover:
        builder.paragraph(block)
    return builder


def test_automatic_numbering_through_the_list_number_style(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder())
    for text in ["First paragraph.", "Second paragraph.", "Third paragraph."]:
        builder.paragraph(text, style="List Number")
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert version.paragraphs == {
        1: "First paragraph.",
        2: "Second paragraph.",
        3: "Third paragraph.",
    }


def test_automatic_numbering_set_on_the_paragraph_and_its_start_value(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder())
    numbers = builder.numbering([("decimal", "%1.")], start=4)
    builder.paragraph("Fourth.", numbered=(numbers, 0)).paragraph("Fifth.", numbered=(numbers, 0))
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert version.paragraphs == {4: "Fourth.", 5: "Fifth."}


def test_a_restarted_list_counts_from_its_start_override_and_then_continues(
    tmp_path: Path,
) -> None:
    builder = with_cover(WordBuilder())
    numbers = builder.numbering([("decimal", "%1.")])
    builder.paragraph("One.", numbered=(numbers, 0)).paragraph("Two.", numbered=(numbers, 0))
    builder.paragraph("A heading the list skips")
    restart = builder.restarted(numbers, start=7)
    builder.paragraph("Seven.", numbered=(restart, 0)).paragraph("Eight.", numbered=(numbers, 0))
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert list(version.paragraphs) == [1, 2, 7, 8]
    assert version.paragraphs[8] == "Eight."


def test_a_paragraph_can_switch_off_the_numbering_of_its_style(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder())
    builder.paragraph("First.", style="List Number")
    builder.paragraph("Still the first.", style="List Number", numbered=("0", 0))
    builder.paragraph("Second.", style="List Number")
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert version.paragraphs == {1: "First. Still the first.", 2: "Second."}


def test_sub_items_keep_their_letter_labels_inside_their_paragraph(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder())
    numbers = builder.numbering([("decimal", "%1."), ("lowerLetter", "(%2)")])
    builder.paragraph("The meeting decided:", numbered=(numbers, 0))
    builder.paragraph("to meet again;", numbered=(numbers, 1))
    builder.paragraph("to report.", numbered=(numbers, 1))
    builder.paragraph("Next paragraph.", numbered=(numbers, 0))
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert version.paragraphs == {
        1: "The meeting decided: (a) to meet again; (b) to report.",
        2: "Next paragraph.",
    }


def test_arabic_list_labels_in_arabic_indic_digits_give_paragraph_numbers(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder(), ["منظمة التعاون الإسلامي", "OIC/TEST/2017/1", "مشروع"])
    numbers = builder.numbering([("hindiNumbers", "%1-")])
    for text in ["الفقرة الأولى.", "الفقرة الثانية."]:
        builder.paragraph(text, numbered=(numbers, 0), right_to_left=True)
    path = builder.save(tmp_path / "report.docx")
    version = read_word_file(path)
    assert version.language == "ar"
    assert version.paragraphs == {1: "الفقرة الأولى.", 2: "الفقرة الثانية."}
    assert read_word_lines(path).right_to_left_paragraphs == 2


def test_typed_numbers_are_read_as_in_a_text_file(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder())
    builder.paragraph("1. Typed one.").paragraph("2- Typed two.").paragraph("(3) Typed three.")
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert version.paragraphs == {1: "Typed one.", 2: "Typed two.", 3: "Typed three."}


def test_each_cover_paragraph_is_a_named_block_as_in_a_text_file(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder())
    builder.paragraph("1. Text.")
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert [(block.role, block.text) for block in version.front_matter] == [
        ("organisation", "Organisation of Islamic Cooperation"),
        ("symbol", "OIC/TEST/2017/1"),
        ("status", "Draft"),
        ("title", "Report of a test"),
    ]


def test_headers_and_footers_are_never_read(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder()).header_and_footer("HEADER OIC/TEST", "FOOTER page 1")
    builder.paragraph("1. Text.")
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    everything = [block.text for block in version.front_matter] + list(version.paragraphs.values())
    assert not any("HEADER" in text or "FOOTER" in text for text in everything)


def test_table_text_is_read_in_body_order(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder())
    builder.paragraph("1. Before the table.").table([["cell one", "cell two"]])
    builder.paragraph("After the table.").paragraph("2. Next.")
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert version.paragraphs[1] == "Before the table. cell one cell two After the table."
    assert version.paragraphs[2] == "Next."


def test_tracked_deletions_are_left_out(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder())
    builder.deleted_text("1. The text as it stands.", " Words deleted with Track Changes.")
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert version.paragraphs == {1: "The text as it stands."}


def test_an_empty_numbered_paragraph_uses_up_its_number(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder())
    numbers = builder.numbering([("decimal", "%1.")])
    for text in ["One.", "", "Three."]:
        builder.paragraph(text, numbered=(numbers, 0))
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert version.paragraphs == {1: "One.", 3: "Three."}


@pytest.mark.parametrize(
    ("fixture", "language"),
    [
        ("libreoffice-ar-automatic.docx", "ar"),
        ("libreoffice-fr-restart.docx", "fr"),
        ("libreoffice-en-typed.docx", "en"),
    ],
)
def test_libreoffice_files_read_exactly_like_the_text_report(fixture: str, language: str) -> None:
    word = read_word_file(FIXTURES / fixture)
    text = read_report_file(PRINTED_REPORT / f"{language}.txt", language)
    assert word.language == language
    assert word.paragraphs == text.paragraphs
    assert word.front_matter == text.front_matter


def test_libreoffice_arabic_file_is_right_to_left_and_numbered_automatically() -> None:
    reading = read_word_lines(FIXTURES / "libreoffice-ar-automatic.docx")
    assert reading.automatic_numbers == 16
    assert reading.right_to_left_paragraphs >= 16
    assert not any("HEADER" in line.text or "FOOTER" in line.text for line in reading.lines)


def test_a_damaged_word_file_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportProblem) as caught:
        read_word_file(path)
    assert "broken.docx" in str(caught.value) and "save it again as .docx" in str(caught.value)


def test_a_word_report_past_9999_paragraphs_keeps_every_number(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder())
    for number in range(1, 10_006):
        builder.paragraph(f"{number}. Paragraph {number}.")
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert len(version.paragraphs) == 10_005
    assert version.paragraphs[10_001] == "Paragraph 10001."


def test_automatic_numbers_past_9999_are_read(tmp_path: Path) -> None:
    builder = with_cover(WordBuilder())
    numbers = builder.numbering([("decimal", "%1.")], start=9_998)
    for text in ["Nine thousand nine hundred ninety-eight.", "Next.", "Ten thousand.", "Last."]:
        builder.paragraph(text, numbered=(numbers, 0))
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert list(version.paragraphs) == [9_998, 9_999, 10_000, 10_001]
    assert version.paragraphs[10_000] == "Ten thousand."


def test_a_huge_start_value_cannot_make_a_letter_label_huge(tmp_path: Path) -> None:
    # "(a)" labels repeat their letter once per 26: a start value of 900 million made each
    # label 35 million letters long, gigabytes for a 200-paragraph file.
    builder = with_cover(WordBuilder()).paragraph("1. First paragraph.")
    letters = builder.numbering([("lowerLetter", "(%1)")], start=900_000_000)
    for _ in range(200):
        builder.paragraph("an item", numbered=(letters, 0))
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert len(version.paragraphs[1]) < 200 * 100


@pytest.mark.parametrize("value", ["²", "-3", "x", "9" * 5000])
def test_a_nonsense_number_in_the_numbering_is_read_as_the_default(
    tmp_path: Path, value: str
) -> None:
    builder = with_cover(WordBuilder())
    numbers = builder.numbering([("decimal", "%1.")])
    start = builder.document.part.numbering_part.element.find(f".//{qn('w:start')}")
    start.set(qn("w:val"), value)
    builder.paragraph("One.", numbered=(numbers, 0)).paragraph("Two.", numbered=(numbers, 0))
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert version.paragraphs == {1: "One.", 2: "Two."}


def test_a_long_chain_of_based_on_styles_is_followed_once_not_per_paragraph(
    tmp_path: Path,
) -> None:
    # Each paragraph walked its style's whole basedOn chain: 3,000 chained styles and 3,000
    # paragraphs were 9 million steps; a hostile file can hold a hundred times more of each.
    builder = with_cover(WordBuilder())
    styles = builder.document.styles.element
    numbers = builder.numbering([("decimal", "%1.")])
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="chain0"><w:pPr><w:numPr>'
            f'<w:ilvl w:val="0"/><w:numId w:val="{numbers}"/></w:numPr></w:pPr></w:style>'
        )
    )
    for depth in range(1, 3_000):
        styles.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="chain{depth}">'
                f'<w:basedOn w:val="chain{depth - 1}"/></w:style>'
            )
        )
    for number in range(1, 3_001):
        paragraph = builder.document.add_paragraph(f"Paragraph {number}.")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:pStyle {nsdecls("w")} w:val="chain2999"/>')
        )
    path = builder.save(tmp_path / "report.docx")
    version = read_word_file(path)
    assert len(version.paragraphs) == 3_000  # numbered through the style at the chain's end
    assert version.paragraphs[3_000] == "Paragraph 3000."


def test_a_huge_level_text_cannot_make_every_label_huge(tmp_path: Path) -> None:
    # Each "%1" in a level's text becomes the counter: 100,000 of them made every list
    # paragraph's label 100,000 characters or more.
    builder = with_cover(WordBuilder()).paragraph("1. First paragraph.")
    bullets = builder.numbering([("lowerLetter", "%1" * 100_000)])
    for _ in range(50):
        builder.paragraph("an item", numbered=(bullets, 0))
    version = read_word_file(builder.save(tmp_path / "report.docx"))
    assert len(version.paragraphs[1]) < 50 * 1_000


def test_a_word_file_without_numbers_gives_one_paragraph_per_word_paragraph(
    tmp_path: Path,
) -> None:
    # A cover spaced with empty paragraphs, as a text file opened in Word; a body without.
    builder = WordBuilder()
    for line in ["OIC/TEST/1", "", "Report of the Meeting", "", "22 September 2017", ""]:
        builder.paragraph(line)
    builder.paragraph("The meeting opened.").paragraph("The meeting closed.")
    version = read_word_file(builder.save(tmp_path / "plain.docx"), "en")
    assert not version.numbered
    assert version.paragraphs == {1: "The meeting opened.", 2: "The meeting closed."}
    assert version.front_matter_text("date") == "22 September 2017"

"""Print layout: options, column order, page furniture, and paragraphs kept on one page."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPageSize, QTextCursor, QTextFormat, QTextFrame
from PySide6.QtPrintSupport import QPrinter

from oicreader.importing.bundle import load_document_folder
from oicreader.model.annotation import Annotation, TextAnchor
from oicreader.model.document import Document, LanguageVersion
from oicreader.render.print_layout import PrintDocument, PrintError, build_print_document
from oicreader.render.print_options import (
    PrintOptions,
    PrintOptionsError,
    column_order,
    default_paper,
    interleaved_order,
)
from oicreader.render.print_pages import apply_page_layout, paint_pages
from tests.conftest import BUNDLED_FOLDER
from tests.render.test_print_pdf import pdf_text, run_tool

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def report() -> Document:
    return load_document_folder(BUNDLED_FOLDER)


def groups_on_pages(printed: PrintDocument) -> list[tuple[float, float]]:
    """(top, bottom) of every keep-together group, in body coordinates."""
    layout = printed.text_document.documentLayout()
    return [
        (layout.frameBoundingRect(group[0]).top(), layout.frameBoundingRect(group[-1]).bottom())
        for group in printed.body.groups
    ]


def straddling(printed: PrintDocument) -> list[int]:
    """Indexes of groups that fit on a page but cross a page edge."""
    height = printed.geometry.body_rect.height()
    found = []
    for index, (top, bottom) in enumerate(groups_on_pages(printed)):
        if bottom - top <= height and math.floor(top / height) != math.floor((bottom - 1) / height):
            found.append(index)
    return found


@pytest.mark.parametrize("layout", ["side-by-side", "single", "interleaved"])
def test_a_paragraph_that_fits_on_a_page_is_never_split(
    qapp: object, report: Document, layout: str
) -> None:
    languages = ("ar",) if layout == "single" else ("ar", "en", "fr")
    printed = build_print_document(
        report,
        PrintOptions(layout=layout, languages=languages, margins_mm=25),  # type: ignore[arg-type]
    )
    assert printed.page_count >= 2
    assert straddling(printed) == []


def test_qt_alone_would_split_paragraphs_so_we_break_pages_ourselves(
    qapp: object, report: Document
) -> None:
    # Why print_pagination exists: without its page breaks, Qt cuts table rows in two.
    printed = build_print_document(report, PrintOptions(margins_mm=25))
    breaks = [group[0] for group in printed.body.groups if _breaks_before(group[0])]
    assert breaks, "expected at least one paragraph moved to the next page"
    for frame in breaks:
        frame_format = frame.frameFormat()
        frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        frame.setFrameFormat(frame_format)
    assert straddling(printed) != []


def _breaks_before(frame: QTextFrame) -> bool:
    policy = frame.frameFormat().pageBreakPolicy()
    return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def test_a_paragraph_taller_than_a_page_starts_a_page_and_runs_on(
    qapp: object, tmp_path: Path
) -> None:
    long_text = " ".join(["The meeting recalled the outcome of the extraordinary meeting."] * 300)
    document = Document(
        id="long", symbol="LONG/1", titles={"en": "Long"}, date="2024-01-01", status="final",
        source_language="en",
        versions={"en": LanguageVersion("en", (), {1: "First.", 2: long_text, 3: "Last words."})},
    )  # fmt: skip
    printed = build_print_document(document, PrintOptions(paper="a4"))
    assert printed.page_count >= 3
    assert printed.page_of_paragraph(2) == 2, "a paragraph longer than a page starts a page"
    assert printed.page_of_paragraph(3) == printed.page_count
    path = tmp_path / "long.pdf"
    from oicreader.render.pdf_output import save_pdf

    save_pdf(printed, path)
    words = pdf_text(path).split()
    # Each line once: none lost at a page edge, none repeated (clipped, but still text).
    assert words.count("extraordinary") == 300 and words.count("recalled") == 300
    assert "Last words." in " ".join(words)


def test_side_by_side_puts_arabic_rightmost() -> None:
    assert column_order(["ar", "en", "fr"]) == ["fr", "en", "ar"]
    assert column_order(["en", "ar", "fr"]) == ["en", "fr", "ar"]
    assert column_order(["fr", "en"]) == ["fr", "en"]


def test_interleaved_starts_with_the_source_language() -> None:
    assert interleaved_order(["en", "fr", "ar"], "ar") == ["ar", "en", "fr"]
    assert interleaved_order(["fr", "en"], "ar") == ["fr", "en"]


@pytest.mark.parametrize(
    ("locale", "paper"),
    [("en_US", "letter"), ("fr_CA", "letter"), ("es_MX", "letter"), ("fil_PH", "letter"),
     ("en_GB", "a4"), ("ar_SA", "a4"), ("fr_FR", "a4"), ("C", "a4")],
)  # fmt: skip
def test_default_paper_follows_the_locale(locale: str, paper: str) -> None:
    assert default_paper(QLocale(locale)) == paper


def test_options_default_to_every_paragraph_and_language(qapp: object, report: Document) -> None:
    resolved = PrintOptions().resolved(report, QLocale("en_US"))
    assert resolved.paragraphs == tuple(range(1, 17))
    assert resolved.languages == ("ar", "en", "fr")
    assert resolved.paper == "letter"
    assert PrintOptions(layout="single").resolved(report).languages == ("ar",)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (PrintOptions(paragraphs=()), "no paragraph chosen"),
        (PrintOptions(paragraphs=(3, 17, 40)), "no paragraph 17, 40 in OIC/ACM-2017/CHAIR-REP"),
        (PrintOptions(languages=("de",)), "unknown language de"),
        (PrintOptions(languages=("ar", "ar")), "named twice"),
        (PrintOptions(layout="single", languages=("ar", "en")), "single layout prints one"),
        (PrintOptions(margins_mm=2), "margins of 2 mm"),
    ],
)
def test_options_that_cannot_be_printed_say_why(
    report: Document, options: PrintOptions, message: str
) -> None:
    with pytest.raises(PrintOptionsError, match=message):
        options.resolved(report)


def test_a_language_the_document_lacks_is_refused(report: Document) -> None:
    arabic_only = Document(
        report.id, report.symbol, report.titles, report.date, report.status, "ar",
        {"ar": report.versions["ar"]},
    )  # fmt: skip
    with pytest.raises(PrintOptionsError, match="has no en version"):
        PrintOptions(languages=("en",)).resolved(arabic_only)


def test_header_and_footer_follow_the_first_language(qapp: object, report: Document) -> None:
    arabic = build_print_document(report, PrintOptions(paragraphs=(1, 2), languages=("ar", "en")))
    header = arabic.header.toPlainText()
    assert "OIC/ACM-2017/CHAIR-REP" in header
    assert report.title("ar") in header and "مشروع" in header and "22 سبتمبر 2017" in header
    assert arabic.footer(1).toPlainText() == f"صفحة 1 من {arabic.page_count}"
    french = build_print_document(report, PrintOptions(paragraphs=(1,), languages=("fr", "ar")))
    assert french.footer(1).toPlainText() == "Page 1 sur 1"
    assert "Projet" in french.header.toPlainText()


def test_paragraph_numbers_sit_on_the_page_language_side(qapp: object, report: Document) -> None:
    arabic = build_print_document(report, PrintOptions(paragraphs=(1,), languages=("ar", "en")))
    english = build_print_document(report, PrintOptions(paragraphs=(1,), languages=("en", "ar")))
    assert arabic.body.gutter_side == "right" and english.body.gutter_side == "left"
    assert arabic.body.parallel.languages == ["en", "ar"]
    assert english.body.parallel.languages == ["en", "ar"]


def test_only_a_draft_gets_a_watermark(qapp: object, report: Document) -> None:
    assert build_print_document(report, PrintOptions(paragraphs=(1,))).watermark is not None
    final = Document(
        report.id, report.symbol, report.titles, report.date, "final", "ar", report.versions
    )
    printed = build_print_document(final, PrintOptions(paragraphs=(1,)))
    assert printed.watermark is None
    assert "مشروع" not in printed.header.toPlainText()


def test_highlight_lands_on_its_words_after_characters_outside_the_bmp(qapp: object) -> None:
    text = "قال 𝔸 عن 😀 الاجتماع المبارك"
    document = Document(
        id="bmp", symbol="T/1", titles={"ar": "ع"}, date="", status="final",
        source_language="ar", versions={"ar": LanguageVersion("ar", (), {1: text})},
    )  # fmt: skip
    start = text.index("الاجتماع")
    highlight = Annotation(
        id="h", document="bmp", revision=1, paragraph_number=1, language="ar",
        anchor=TextAnchor.in_text(text, start, start + len("الاجتماع")), color="#aed581",
    )  # fmt: skip
    printed = build_print_document(document, PrintOptions(), [highlight])
    cell = printed.body.parallel.cells[(1, "ar")]
    cursor = QTextCursor(printed.text_document)
    qt_start, qt_end = cell.qt_range(start, start + len("الاجتماع"))
    assert qt_start == cell.position + start + 2  # 𝔸 and 😀 are two UTF-16 units each
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "الاجتماع"
    cursor.setPosition(qt_start + 1)
    assert cursor.charFormat().background().color() == QColor("#aed581")
    cursor.setPosition(qt_end + 2)
    assert cursor.charFormat().background().color() != QColor("#aed581")


def test_a_printer_gets_the_same_pages_and_its_page_range(
    qapp: object, report: Document, tmp_path: Path
) -> None:
    printed = build_print_document(report, PrintOptions(languages=("en", "fr"), margins_mm=25))
    assert printed.page_count >= 3
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    apply_page_layout(printer, printed)
    printer.setFromTo(2, 3)
    assert paint_pages(printed, printer) == 2
    info = run_tool("pdfinfo", str(tmp_path / "printer.pdf"))
    assert "Pages:           2" in info and "(A4)" in info
    assert f"Page 2 of {printed.page_count}" in pdf_text(tmp_path / "printer.pdf")


def test_other_paper_in_the_printer_scales_the_page_to_fit(
    qapp: object, report: Document, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPageLayout, QPdfWriter

    printed = build_print_document(report, PrintOptions(paragraphs=(1,), paper="a4"))
    writer = QPdfWriter(str(tmp_path / "letter.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    assert paint_pages(printed, writer) == 1
    del writer
    assert "(letter)" in run_tool("pdfinfo", str(tmp_path / "letter.pdf"))
    assert "OIC/ACM-2017/CHAIR-REP" in pdf_text(tmp_path / "letter.pdf")


def test_a_page_outside_the_document_is_refused(qapp: object, report: Document) -> None:
    printed = build_print_document(report, PrintOptions(paragraphs=(1,)))
    printer = QPrinter()
    with pytest.raises(PrintError, match="no page 5"):
        paint_pages(printed, printer, first_page=5)


@pytest.mark.parametrize("layout", ["side-by-side", "interleaved"])
def test_positions_still_name_each_paragraph_after_notes_are_added(
    qapp: object, report: Document, layout: str
) -> None:
    text = report.paragraph(4).text("en") or ""
    note = Annotation(
        id="n", document=report.id, revision=1, paragraph_number=4, language="en",
        anchor=TextAnchor.in_text(text, 0, 11), color="#fff176", note="Speak to this",
    )  # fmt: skip
    printed = build_print_document(
        report,
        PrintOptions(paragraphs=(3, 4, 5), layout=layout, notes="under"),  # type: ignore[arg-type]
        [note],
    )
    cursor = QTextCursor(printed.text_document)
    for (number, language), cell in printed.body.parallel.cells.items():
        cursor.setPosition(cell.position)
        cursor.setPosition(cell.end_position, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == report.paragraph(number).text(language)
    pages = [printed.page_of_paragraph(number) for number in (3, 4, 5)]
    assert pages == sorted(pages) and pages[0] == 1
    assert printed.page_of_paragraph(9) is None

"""Arabic quoted in an English or French note (and Latin in an Arabic one) keeps its place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from oicreader.importing.bundle import load_document_folder
from oicreader.model.annotation import Annotation, new_annotation_id
from oicreader.model.document import Document
from oicreader.render.bidi_isolation import FSI, PDI, isolate_other_direction
from oicreader.render.print_layout import build_print_document
from oicreader.render.print_options import PrintOptions
from tests.conftest import BUNDLED_FOLDER

pytestmark = pytest.mark.gui

TWO_QUOTES = "The Arabic reads “أكد”, “الاجتماع”."


def punctuation_positions(text: str) -> list[float]:
    """Where each quote mark, comma and full stop of a left-to-right line is drawn."""
    layout = QTextLayout(text, QFont("DejaVu Sans", 12))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return [line.cursorToX(index)[0] for index, char in enumerate(text) if char in "“”,."]


def test_each_arabic_quote_is_isolated_and_the_punctuation_stays_outside() -> None:
    assert isolate_other_direction("The meeting “أكد الاجتماع” said.", "ltr") == (
        f"The meeting “{FSI}أكد الاجتماع{PDI}” said."
    )
    assert isolate_other_direction(TWO_QUOTES, "ltr") == (
        f"The Arabic reads “{FSI}أكد{PDI}”, “{FSI}الاجتماع{PDI}”."
    )
    assert isolate_other_direction("L'arabe porte « الدورة 72 ».", "ltr") == (
        f"L'arabe porte « {FSI}الدورة{PDI} 72 »."
    )
    assert isolate_other_direction("صدر الوثيقة OIC/ACM-2017/CHAIR-REP اليوم.", "rtl") == (
        f"صدر الوثيقة {FSI}OIC/ACM-2017/CHAIR-REP{PDI} اليوم."
    )
    assert isolate_other_direction("Only English.\nسطر عربي", "ltr") == (
        f"Only English.\n{FSI}سطر عربي{PDI}"
    )


def test_isolated_the_punctuation_is_drawn_in_reading_order(qapp: object) -> None:
    # Without isolation the bidi algorithm gives `”, “` between two Arabic words to the
    # Arabic: the comma and quote marks are drawn right to left, out of order.
    broken = punctuation_positions(TWO_QUOTES)
    assert broken != sorted(broken)
    fixed = punctuation_positions(isolate_other_direction(TWO_QUOTES, "ltr"))
    assert fixed == sorted(fixed)


def test_printed_notes_isolate_arabic_quoted_in_english(qapp: object) -> None:
    report: Document = load_document_folder(BUNDLED_FOLDER)
    note = Annotation(
        new_annotation_id(), report.id, 1, 4, "en", note="The meeting “أكد الاجتماع” said."
    )
    printed = build_print_document(report, PrintOptions(paragraphs=(4,), notes="under"), [note])
    text = printed.text_document.toPlainText()
    assert f"The meeting “{FSI}أكد الاجتماع{PDI}” said." in text
    # The translator's notes on ¶4 too: "reads "…"" quotes stay outside the isolates.
    assert f'"{FSI}وللانتهكات{PDI}"' in text

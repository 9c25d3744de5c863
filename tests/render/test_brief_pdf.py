"""A brief laid out for print: the print layouts per run, headings kept with what they head,
citations in the brief's language with the symbol isolated."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextFrame

from oicreader.app.briefs import content_of
from oicreader.app.session import Session
from oicreader.errors import UserFacingError
from oicreader.model.brief import BriefContent, BriefExportChoices, BriefItem
from oicreader.render.brief_pdf import build_brief_print_document

pytestmark = pytest.mark.gui

KEY = "oic-acm-2017-chair-rep"
SYMBOL = "OIC/ACM-2017/CHAIR-REP"


def content(language: str, *items: BriefItem) -> BriefContent:
    with Session.open() as session:
        return content_of(session, "Brief", language, list(items))


def body_text(brief: BriefContent, choices: BriefExportChoices | None = None) -> str:
    laid_out = build_brief_print_document(brief, choices or BriefExportChoices())
    return laid_out.text_document.toPlainText()


def frame_text(frame: QTextFrame) -> str:
    cursor = QTextCursor(frame.document())
    cursor.setPosition(frame.firstPosition())
    cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_an_arabic_brief_cites_with_the_symbol_isolated(qapp: object) -> None:
    text = body_text(content("ar", BriefItem.paragraph(KEY, 1, 4)))
    assert f"(\u2068{SYMBOL}\u2069، الفقرة 4)" in text


def test_a_run_of_one_document_is_headed_once_and_each_paragraph_cited(qapp: object) -> None:
    brief = content("en", *(BriefItem.paragraph(KEY, 1, number) for number in (5, 2)))
    text = body_text(brief)
    assert text.count(SYMBOL + "\n") == 1
    assert text.index(f"({SYMBOL}, para. 5)") < text.index(f"({SYMBOL}, para. 2)")


def test_a_heading_of_the_readers_is_kept_on_the_page_of_what_follows(qapp: object) -> None:
    brief = content("en", BriefItem.heading("Security"), BriefItem.paragraph(KEY, 1, 5))
    laid_out = build_brief_print_document(brief, BriefExportChoices())
    # One group, which the paginator keeps on one page: the heading, the document's heading,
    # the paragraph's table and its citation.
    [group] = laid_out.body.groups
    assert [frame_text(frame) for frame in group] == [
        "Security",
        f"{SYMBOL}\u2029Report of the Coordination Meeting of the Ministers of Foreign Affairs "
        "of the Member States of the Organisation of Islamic Cooperation · 22 September 2017",
        frame_text(group[2]),
        f"({SYMBOL}, para. 5)",
    ]
    assert frame_text(group[2]).startswith("5")


def test_the_interleaved_layout_prints_each_language_in_turn(qapp: object) -> None:
    brief = content("en", BriefItem.paragraph(KEY, 1, 3))
    text = body_text(brief, BriefExportChoices("interleaved", ("en", "fr")))
    assert text.index("The meeting affirmed") < text.index("La réunion a affirmé")
    assert "أكد" not in text


def test_a_brief_without_a_paragraph_is_refused(qapp: object) -> None:
    with pytest.raises(UserFacingError, match="quotes no paragraph yet"):
        build_brief_print_document(content("en", BriefItem.heading("Alone")), BriefExportChoices())

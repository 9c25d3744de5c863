"""Issue 21's smaller points: plurals, remembered print choices, marks, dates, quotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from oicreader.topics.model import Topic
from oicreader.ui.main_window import MainWindow
from oicreader.ui.print_dialog import PrintOptionsDialog

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("interface", "one", "two"),
    [
        ("en", "Kurdistan: paragraph 7", "Kurdistan: paragraphs 6, 7"),
        ("fr", "Kurdistan\u00a0: paragraphe 7", "Kurdistan\u00a0: paragraphes 6, 7"),
        ("ar", "Kurdistan: الفقرة 7", "Kurdistan: الفقرتان 6، 7"),
    ],
    indirect=["interface"],
)
def test_a_topic_on_one_paragraph_says_paragraph_in_the_singular(
    translated_window: MainWindow, interface: str, one: str, two: str
) -> None:
    window = translated_window

    def status_for(paragraphs: tuple[int, ...]) -> str:
        topic = Topic.create("kurdistan", "place", {"en": "Kurdistan"}, paragraphs)
        window.topics.choose_topic(topic)
        return window.statusBar().currentMessage().replace("\u2068", "").replace("\u2069", "")

    assert status_for((7,)) == one
    assert status_for((6, 7)) == two


def test_print_options_keep_the_notes_choice_for_the_next_export(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []

    def answer(dialog: PrintOptionsDialog) -> int:
        shown.append(dialog.notes.currentData())
        dialog.notes.setCurrentIndex(dialog.notes.findData("endnotes"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PrintOptionsDialog, "exec", answer)
    assert window.printing.export_pdf(tmp_path / "first.pdf") is not None
    assert window.printing.export_pdf(tmp_path / "second.pdf") is not None
    assert shown == ["none", "endnotes"]

"""The first-run tour: four short panes (the columns, topics, notes, printing), with Back,
Next and Close; each names the shortcuts of the window's own actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oicreader.render.qt_namespace import Qt
from oicreader.ui.actions import WindowActions, shortcut_text
from oicreader.ui.names import joined


@dataclass(frozen=True)
class TourPage:
    """One pane: its title, its text, and the panel it points at ("topics", "notes"…)."""

    title: str
    text: str
    panel: str | None = None


def tour_pages(actions: WindowActions) -> list[TourPage]:
    """The tour's panes in the interface language, with the shortcuts the actions have."""
    languages = joined(shortcut_text(action) for action in actions.language_actions.values())
    columns = QCoreApplication.translate(
        "Tour",
        "Each row is one paragraph of the report: the Arabic original beside its English and"
        " French translations. Show or hide a language with %1 or the toolbar's buttons;"
        " View > Column Order puts the columns in another order.",
    ).replace("%1", languages)
    topics = QCoreApplication.translate(
        "Tour",
        "The Topics panel groups the paragraphs by the questions, countries and"
        " organisations they speak of. Choose a topic to mark its paragraphs, then go from"
        " one to the next with %1 and back with %2.",
    )
    topics = topics.replace("%1", shortcut_text(actions.next_in_topic_action))
    topics = topics.replace("%2", shortcut_text(actions.previous_in_topic_action))
    notes = QCoreApplication.translate(
        "Tour",
        "Select words and press %1 to highlight them, or %2 to write a note on them; %3"
        " writes a note on the whole paragraph. The Notes panel lists your notes; they stay"
        " on this computer.",
    )
    notes = notes.replace("%1", shortcut_text(actions.highlight_action))
    notes = notes.replace("%2", shortcut_text(actions.add_note_action))
    notes = notes.replace("%3", shortcut_text(actions.paragraph_note_action))
    printing = QCoreApplication.translate(
        "Tour",
        "Click paragraph numbers to choose what to print. Print (%1) and Export PDF (%2)"
        " lay out the languages shown, with or without your notes. %3 copies a passage"
        " followed by its citation.",
    )
    printing = printing.replace("%1", shortcut_text(actions.print_action))
    printing = printing.replace("%2", shortcut_text(actions.export_pdf_action))
    printing = printing.replace("%3", shortcut_text(actions.copy_citation_action))
    return [
        TourPage(QCoreApplication.translate("Tour", "Three languages side by side"), columns),
        TourPage(QCoreApplication.translate("Tour", "Topics"), topics, "topics"),
        TourPage(QCoreApplication.translate("Tour", "Your notes"), notes, "notes"),
        TourPage(QCoreApplication.translate("Tour", "Printing and citing"), printing),
    ]


class TourDialog(QDialog):
    """The panes one at a time; emits the panel each one points at as it is shown."""

    panel_shown = Signal(str)

    def __init__(self, pages: Sequence[TourPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tour-dialog")
        self.setWindowTitle(self.tr("Welcome to OIC Reader"))
        self.pages = list(pages)
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(self._pane(page))
        self.step = QLabel(self)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.back_button.clicked.connect(lambda: self.show_page(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.stack.currentIndex() + 1))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.resize(520, 220)
        self.show_page(0)

    def _pane(self, page: TourPage) -> QWidget:
        pane = QWidget(self)
        title = QLabel(page.title, pane)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(page.text, pane)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout = QVBoxLayout(pane)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(1)
        return pane

    @property
    def current_page(self) -> TourPage:
        """The pane shown."""
        return self.pages[self.stack.currentIndex()]

    def show_page(self, index: int) -> None:
        """Show pane index (clamped to the panes there are)."""
        index = max(0, min(index, len(self.pages) - 1))
        self.stack.setCurrentIndex(index)
        self.step.setText(
            self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self.pages)))
        )
        self.back_button.setEnabled(index > 0)
        last = index == len(self.pages) - 1
        self.next_button.setEnabled(not last)
        self.next_button.setDefault(not last)
        self.close_button.setDefault(last)
        (self.close_button if last else self.next_button).setFocus()
        panel = self.pages[index].panel
        if panel is not None:
            self.panel_shown.emit(panel)

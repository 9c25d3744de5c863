"""View → Legend: what each mark on the text means, drawn in the colours the text uses."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from oicreader.model.annotation import DEFAULT_COLOR
from oicreader.render.mark_colours import (
    CURRENT_PARAGRAPH,
    DISCREPANCY,
    NOTE_MARKER,
    PRINT_SELECTION,
    SEARCH_HIT,
    SENTENCE_LINK,
    TOPIC_NUMBER,
    TOPIC_TINT,
    highlight_edge,
    highlight_fill,
    page_colours,
)
from oicreader.render.parallel_document import GUTTER_MARKERS
from oicreader.render.qt_namespace import Qt


class LegendDialog(QDialog):
    """One row per mark: a sample as the text shows it, and what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Legend"))
        self.setObjectName("legend-dialog")
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.rows: list[tuple[QLabel, QLabel]] = []
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        for sample_text, style, meaning in self._marks(dark):
            sample = QLabel(sample_text, self)
            sample.setStyleSheet(f"QLabel {{ {style} padding: 1px 4px; }}")
            sample.setAlignment(Qt.AlignmentFlag.AlignCenter)
            sample.setAccessibleName(meaning)
            explanation = QLabel(meaning, self)
            explanation.setWordWrap(True)
            row = len(self.rows)
            grid.addWidget(sample, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(explanation, row, 1)
            self.rows.append((sample, explanation))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def _marks(self, dark: bool) -> list[tuple[str, str, str]]:
        """(sample text, its style sheet, its meaning) for each mark, in the order a reader
        meets them."""
        page, text = page_colours(dark)
        words = self.tr("words")
        hit, number = SEARCH_HIT.on(dark), TOPIC_NUMBER.on(dark)
        fill, edge = highlight_fill(DEFAULT_COLOR, dark), highlight_edge(DEFAULT_COLOR, dark)
        glyph = f"background-color: {page}; font-weight: bold; color:"
        link = SENTENCE_LINK.on(dark).mark
        link_tint = f"rgba({int(link[1:3], 16)}, {int(link[3:5], 16)}, {int(link[5:7], 16)}, 70)"
        return [
            (
                words,
                f"background-color: {fill}; color: {text}; border-bottom: 2px solid {edge};",
                self.tr("Your highlight, in the colour you chose, underlined in a deeper shade"),
            ),
            (
                words,
                f"background-color: {hit.mark}; color: {hit.text};",
                self.tr("A word found by the search"),
            ),
            (
                "5",
                f"background-color: {number.mark}; color: {number.text}; font-weight: bold;",
                self.tr("A paragraph of the topic chosen in the Topics panel"),
            ),
            (
                words,
                f"background-color: {TOPIC_TINT.on(dark).mark}; color: {text};",
                self.tr("The rows of the chosen topic, tinted while no search is active"),
            ),
            (
                words,
                f"background-color: {CURRENT_PARAGRAPH.on(dark).mark}; color: {text};",
                self.tr("The current paragraph"),
            ),
            (
                words,
                f"background-color: {link_tint}; color: {text}; border-bottom: 2px solid {link};",
                self.tr(
                    "The sentence under the pointer or the caret, and what renders it in the"
                    " other languages"
                ),
            ),
            (
                GUTTER_MARKERS["print"],
                f"{glyph} {PRINT_SELECTION.on(dark).mark};",
                self.tr("Selected for printing (click a paragraph's number)"),
            ),
            (
                GUTTER_MARKERS["note"],
                f"{glyph} {NOTE_MARKER.on(dark).mark};",
                self.tr("This paragraph has notes"),
            ),
            (
                GUTTER_MARKERS["discrepancy"],
                f"{glyph} {DISCREPANCY.on(dark).mark};",
                self.tr("The language versions differ here"),
            ),
        ]


def show_legend(window: QWidget) -> LegendDialog:
    """The legend beside the text, not modal: one dialog, raised again when asked for again."""
    dialog = window.findChild(LegendDialog, "legend-dialog")
    if dialog is None:
        dialog = LegendDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog

"""Choosing what and how to print: paragraphs, languages, layout, notes, paper, margins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from oicreader.model.document import Document
from oicreader.model.languages import LANGUAGE_NAMES
from oicreader.model.selection import SelectionError, parse_paragraph_selection
from oicreader.render.print_options import (
    DEFAULT_MARGINS_MM,
    PrintOptions,
    PrintOptionsError,
    default_paper,
)


def selection_text(numbers: list[int]) -> str:
    """[3, 5, 6, 7] as "3, 5-7"."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and runs[-1][1] == number - 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


class PrintOptionsDialog(QDialog):
    """The print choices; the same options drive the preview, the printer and the PDF."""

    def __init__(
        self,
        document: Document,
        selected: list[int],
        columns: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print Options"))
        self.document = document
        self.paragraphs = QLineEdit(selection_text(selected), self)
        self.paragraphs.setPlaceholderText(self.tr("All paragraphs, or e.g. 3, 5-7"))
        self.paragraphs.setAccessibleName(self.tr("Paragraphs to print"))
        self.languages = QListWidget(self)
        self.languages.setAccessibleName(self.tr("Languages, the page language first"))
        self.languages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        # Reading order: the page language first (Arabic when it is shown at all).
        ordered = [code for code in reversed(columns) if code in document.versions]
        ordered += [code for code in document.languages if code not in ordered]
        for code in ordered:
            item = QListWidgetItem(self.tr(LANGUAGE_NAMES[code]))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if code in columns else Qt.CheckState.Unchecked
            )
            self.languages.addItem(item)
        self.languages.setMaximumHeight(90)
        self.layout_choice = QComboBox(self)
        for value, label in (
            ("side-by-side", self.tr("Side by side")),
            ("single", self.tr("One language")),
            ("interleaved", self.tr("Interleaved")),
        ):
            self.layout_choice.addItem(label, value)
        self.notes = QComboBox(self)
        for value, label in (
            ("none", self.tr("Without my notes")),
            ("under", self.tr("My notes under each paragraph")),
            ("endnotes", self.tr("My notes as numbered endnotes")),
        ):
            self.notes.addItem(label, value)
        self.highlights = QCheckBox(self.tr("Print my highlights"), self)
        self.highlights.setChecked(True)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.margins = QDoubleSpinBox(self)
        self.margins.setRange(5, 60)
        self.margins.setValue(DEFAULT_MARGINS_MM)
        self.margins.setSuffix(" mm")
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b91c1c")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Paragraphs:"), self.paragraphs)
        form.addRow(self.tr("&Languages:"), self.languages)
        form.addRow(self.tr("La&yout:"), self.layout_choice)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow("", self.highlights)
        form.addRow(self.tr("P&aper:"), self.paper)
        form.addRow(self.tr("&Margins:"), self.margins)
        form.addRow(self.problem)
        form.addRow(buttons)

    def chosen_languages(self) -> list[str]:
        """The ticked languages in the order shown (page language first)."""
        return [
            self.languages.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.languages.count())
            if self.languages.item(row).checkState() == Qt.CheckState.Checked
        ]

    def options(self) -> PrintOptions:
        """The options as chosen; raises PrintOptionsError or SelectionError when unusable."""
        typed = self.paragraphs.text().strip()
        paragraphs = (
            tuple(parse_paragraph_selection(typed, self.document.paragraph_numbers))
            if typed
            else None
        )
        languages = self.chosen_languages()
        if not languages:
            raise PrintOptionsError("choose at least one language")
        layout = self.layout_choice.currentData()
        if layout == "single":
            languages = languages[:1]
        options = PrintOptions(
            paragraphs=paragraphs,
            languages=tuple(languages),
            layout=layout,
            notes=self.notes.currentData(),
            highlights=self.highlights.isChecked(),
            paper=self.paper.currentData(),
            margins_mm=self.margins.value(),
        )
        options.resolved(self.document)  # checks everything the printer would refuse
        return options

    def _accept_if_valid(self) -> None:
        try:
            self.options()
        except (PrintOptionsError, SelectionError) as problem:
            self.problem.setText(str(problem))
            return
        self.accept()

"""Choosing what and how to print: paragraphs, languages, layout, notes, paper, margins."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
from oicreader.model.selection import SelectionError, parse_paragraph_selection
from oicreader.render.print_options import (
    DEFAULT_MARGINS_MM,
    PrintOptions,
    PrintOptionsError,
    default_paper,
)
from oicreader.render.qt_namespace import Qt
from oicreader.ui.names import language_name, notes_style_names, paper_names, print_layout_names


def selection_text(numbers: list[int]) -> str:
    """[3, 5, 6, 7] as "3, 5-7"."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and runs[-1][1] == number - 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def explain_selection_problem(typed: str, available: list[int]) -> str:
    """Why a typed paragraph selection cannot be used, in the interface language."""
    try:
        numbers = parse_paragraph_selection(typed)  # the form only; the document comes next
    except SelectionError:
        return QCoreApplication.translate(
            "PrintOptionsDialog",
            "Cannot read “%1”: write paragraph numbers and ranges separated by commas,"
            " such as 3, 5-7.",
        ).replace("%1", f"\u2068{typed.strip()}\u2069")
    missing = sorted(set(numbers) - set(available))
    span = f"{available[0]}–{available[-1]}" if available else "—"
    return (
        QCoreApplication.translate(
            "PrintOptionsDialog", "This document has no paragraph %1: its paragraphs are %2."
        )
        .replace("%1", ", ".join(map(str, missing[:10])) + ("…" if len(missing) > 10 else ""))
        .replace("%2", span)
    )


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
            item = QListWidgetItem(language_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if code in columns else Qt.CheckState.Unchecked
            )
            self.languages.addItem(item)
        self.languages.setMaximumHeight(90)
        self.layout_choice = QComboBox(self)
        for value, label in print_layout_names():
            self.layout_choice.addItem(label, value)
        self.notes = QComboBox(self)
        for value, label in notes_style_names():
            self.notes.addItem(label, value)
        self.highlights = QCheckBox(self.tr("Print my &highlights"), self)
        self.highlights.setChecked(True)
        self.paper = QComboBox(self)
        for value, label in paper_names():
            self.paper.addItem(label, value)
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.margins = QDoubleSpinBox(self)
        self.margins.setRange(5, 60)
        self.margins.setValue(DEFAULT_MARGINS_MM)
        self.margins.setSuffix(self.tr(" mm", "millimetres, after the margin's width"))
        self.margins.setAccessibleName(self.tr("Margins in millimetres"))
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

    def set_defaults(self, layout: str, paper: str) -> None:
        """Start from the layout and paper chosen in the Preferences."""
        for combo, value in ((self.layout_choice, layout), (self.paper, paper)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

    def restore_choices(self, previous: PrintOptions) -> None:
        """Start from the choices of the last print in this session (notes, highlights,
        layout, paper, margins); the paragraphs and languages follow the window."""
        for combo, value in (
            (self.layout_choice, previous.layout),
            (self.notes, previous.notes),
            (self.paper, previous.paper),
        ):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.highlights.setChecked(previous.highlights)
        self.margins.setValue(previous.margins_mm)

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
            raise PrintOptionsError(self.tr("Tick at least one language to print."))
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
        except SelectionError:
            typed = self.paragraphs.text()
            self.problem.setText(explain_selection_problem(typed, self.document.paragraph_numbers))
            return
        except PrintOptionsError as problem:
            self.problem.setText(str(problem))
            return
        self.accept()

"""Export Brief: PDF or Word, the print layout, the languages in reading order, the notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from oicreader.model.brief import BriefExportChoices
from oicreader.model.languages import LANGUAGES
from oicreader.render.qt_namespace import Qt
from oicreader.ui.names import language_name, print_layout_names


class BriefExportDialog(QDialog):
    """The export choices; the file is asked for after them."""

    def __init__(self, columns: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Brief"))
        self.file_format = QComboBox(self)
        self.file_format.addItem(self.tr("PDF"), ".pdf")
        self.file_format.addItem(self.tr("Word (.docx)"), ".docx")
        self.layout_choice = QComboBox(self)
        for value, label in print_layout_names():
            self.layout_choice.addItem(label, value)
        self.languages = QListWidget(self)
        self.languages.setAccessibleName(self.tr("Languages, in reading order"))
        self.languages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        ordered = [*reversed(columns), *(code for code in LANGUAGES if code not in columns)]
        for code in ordered:
            item = QListWidgetItem(language_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if code in columns else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.languages.addItem(item)
        self.languages.setMaximumHeight(90)
        self.notes = QCheckBox(self.tr("Include my &notes"), self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b91c1c")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Format:"), self.file_format)
        form.addRow(self.tr("La&yout:"), self.layout_choice)
        form.addRow(self.tr("&Languages:"), self.languages)
        form.addRow("", self.notes)
        form.addRow(self.problem)
        form.addRow(buttons)

    def file_suffix(self) -> str:
        """ ".pdf" or ".docx"."""
        return str(self.file_format.currentData())

    def chosen_languages(self) -> list[str]:
        """The ticked languages in the order shown."""
        return [
            self.languages.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.languages.count())
            if self.languages.item(row).checkState() == Qt.CheckState.Checked
        ]

    def choices(self) -> BriefExportChoices:
        """The choices made (one language only for the single layout)."""
        layout = str(self.layout_choice.currentData())
        languages = self.chosen_languages()
        if layout == "single":
            languages = languages[:1]
        return BriefExportChoices(layout, tuple(languages), self.notes.isChecked())

    def _accept_if_valid(self) -> None:
        if not self.chosen_languages():
            self.problem.setText(self.tr("Tick at least one language to export."))
            return
        self.accept()

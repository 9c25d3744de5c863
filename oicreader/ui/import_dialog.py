"""Confirming an import: each file's language, the symbol, and what the import will do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oicreader.importing.errors import ImportProblem
from oicreader.importing.import_plan import ImportPlan, PlannedFile, import_files
from oicreader.model.document import describe_problems
from oicreader.model.languages import LANGUAGES
from oicreader.store.library import Library
from oicreader.store.revisions import import_target
from oicreader.ui.names import joined, language_name


class ImportDialog(QDialog):
    """Shows what was read from the chosen files and lets the reader correct it."""

    def __init__(self, library: Library, paths: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Report"))
        self.library = library
        self.paths = paths
        self.plan: ImportPlan | None = None
        self.symbol = QLineEdit(self)
        self.symbol.setAccessibleName(self.tr("Document symbol"))
        self.table = QTableWidget(len(paths), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Language"), self.tr("Paragraphs"), self.tr("Read as")]
        )
        self.table.setAccessibleName(self.tr("Files to import"))
        self.language_choices: list[QComboBox] = []
        for row, path in enumerate(paths):
            self.table.setItem(row, 0, QTableWidgetItem(path.name))
            choice = QComboBox(self.table)
            for code in LANGUAGES:
                choice.addItem(language_name(code), code)
            choice.currentIndexChanged.connect(lambda _index: self.replan())
            self.table.setCellWidget(row, 1, choice)
            self.language_choices.append(choice)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.symbol.editingFinished.connect(self.replan)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Symbol:"), self))
        layout.addWidget(self.symbol)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(720, 360)
        self.replan(first=True)

    def replan(self, first: bool = False) -> None:
        """Read the files again with the languages and symbol as now chosen."""
        languages = (
            {}
            if first
            else {
                path: choice.currentData()
                for path, choice in zip(self.paths, self.language_choices, strict=True)
            }
        )
        symbol = self.symbol.text().strip() or None
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.plan = import_files(self.paths, symbol=symbol, languages=languages)
        except ImportProblem as problem:
            self.plan = None
            self.summary.setText(str(problem))
            ok.setEnabled(False)
            return
        ok.setEnabled(True)
        for row, planned in enumerate(self.plan.files):
            choice = self.language_choices[row]
            choice.blockSignals(True)
            choice.setCurrentIndex(choice.findData(planned.language))
            choice.blockSignals(False)
            self.table.setItem(row, 2, QTableWidgetItem(str(planned.paragraph_count)))
            self.table.setItem(row, 3, QTableWidgetItem(self._read_as(planned)))
        if first:
            self.symbol.setText(self.plan.document.symbol)
        self.summary.setText(self._summary(self.plan))

    def _read_as(self, planned: PlannedFile) -> str:
        if planned.file_format == "docx":
            kind = self.tr("Word document")
            if planned.automatic_numbers:
                kind += " · " + self.tr("%1 numbered by Word").replace(
                    "%1", str(planned.automatic_numbers)
                )
        else:
            kind = self.tr("Text (%1)").replace("%1", planned.encoding or "")
        how = self.tr("language given") if planned.language_given else self.tr("language detected")
        return f"{kind} · {how}"

    def _summary(self, plan: ImportPlan) -> str:
        target = import_target(self.library, plan)
        if target.key is None:
            lines = [self.tr("A new document: %1.").replace("%1", plan.document.symbol)]
        else:
            lines = [
                self.tr("%1 is in the library: this adds revision %2 and keeps the earlier ones; "
                        "your notes are placed on the new text, and any it cannot place with "
                        "confidence are listed for review.")
                .replace("%1", plan.document.symbol).replace("%2", str(target.revision))
            ]  # fmt: skip
            if target.missing_languages:
                lines.append(
                    self.tr("Not in these files: %1.").replace(
                        "%1", joined(language_name(code) for code in target.missing_languages)
                    )
                )
        problems = plan.alignment_problems
        if problems:
            lines.append(describe_problems(problems))
        return "\n".join(lines)

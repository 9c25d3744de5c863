"""Confirming an import: what was read from each file, the symbol, and what the import will do."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oicreader.app.reports import (
    ImportPlan,
    PlannedFile,
    RevisionUnchanged,
    import_target,
    proposed_title,
    refuse_an_unchanged_revision,
    titled,
)
from oicreader.app.session import Session
from oicreader.errors import EXPECTED_FAILURES
from oicreader.model.document import describe_problems
from oicreader.model.languages import LANGUAGES
from oicreader.ui.error_dialog import failure_message
from oicreader.ui.interface_language import current_language
from oicreader.ui.names import joined, language_name

# Reads the files again with a symbol and each file's language as the reader chose them.
Reread = Callable[[str | None, Mapping[Path, str]], ImportPlan]
# Header and footer lines named in the table; the cell's tooltip lists them all.
SHOWN_LEFT_OUT_LINES = 3
READ_AS_COLUMN, LEFT_OUT_COLUMN = 3, 4


def isolated(text: str) -> str:
    """Text set apart in its own direction (a Latin header in an Arabic sentence)."""
    return f"\u2068{text}\u2069"


def one_of_each_kind(lines: Sequence[str]) -> list[str]:
    """The first of each kind of line, lines that differ only in their numbers being of one
    kind ("Page 2 of 5", "Page 3 of 5"): the page numbers are named once, beside the header."""
    kinds: dict[str, str] = {}
    for line in lines:
        kinds.setdefault(re.sub(r"\d+", "#", line), line)
    return list(kinds.values())


class ImportDialog(QDialog):
    """Shows what was read from the chosen files and lets the reader correct it."""

    def __init__(
        self, session: Session, plan: ImportPlan, reread: Reread, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Report"))
        self.session = session
        self.paths = [planned.path for planned in plan.files]
        self.plan: ImportPlan | None = plan
        self._reread = reread
        self.symbol = QLineEdit(plan.document.symbol, self)
        self.symbol.setAccessibleName(self.tr("Document symbol"))
        # Asked for here: a file without a cover would otherwise be listed under its file
        # name twice, as symbol and as title. Proposed from the cover, else the file name.
        self.title_language = current_language()
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Document title"))
        headers = [self.tr("File"), self.tr("Language"), self.tr("Paragraphs"),
                   self.tr("Read as"), self.tr("Left out")]  # fmt: skip
        self.table = QTableWidget(len(self.paths), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Files to import"))
        # The short columns fit their contents; what the files were read as and what was left
        # out share the rest of the width and wrap, rows growing to fit: sized to their
        # contents they ran past the dialog's edge, cut ("Document Wo").
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column in (READ_AS_COLUMN, LEFT_OUT_COLUMN)
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.language_choices: list[QComboBox] = []
        for row, path in enumerate(self.paths):
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
        layout.addWidget(QLabel(self.tr("Title:"), self))
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 380)
        self._show_plan(plan)

    def file_text(self, row: int) -> str:
        """What the table says of one file, cell after cell (for the reader's screen reader
        and for tests)."""
        cells = (self.table.item(row, column) for column in range(self.table.columnCount()))
        return " | ".join(cell.text() for cell in cells if cell is not None)

    def replan(self) -> None:
        """Read the files again with the languages and symbol as now chosen."""
        languages = {
            path: str(choice.currentData())
            for path, choice in zip(self.paths, self.language_choices, strict=True)
        }
        symbol = self.symbol.text().strip() or None
        try:
            plan = self._reread(symbol, languages)
        except EXPECTED_FAILURES as problem:
            self.plan = None
            self.summary.setText(failure_message(problem))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self._show_plan(plan)

    def plan_to_import(self) -> ImportPlan | None:
        """The plan as now shown, with the title the reader typed (in the interface
        language); a title left as proposed, or emptied, leaves the plan as read."""
        if self.plan is None:
            return None
        typed = self.title.text().strip()
        if not typed or typed == self._proposed_title:
            return self.plan
        return titled(self.plan, typed, self.title_language)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._proposed_title = proposed_title(plan, self.title_language, self.session)
        if not self.title.isModified():  # what the reader typed stays through a new reading
            self.title.setText(self._proposed_title)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        for row, planned in enumerate(plan.files):
            choice = self.language_choices[row]
            choice.blockSignals(True)
            choice.setCurrentIndex(choice.findData(planned.language))
            choice.blockSignals(False)
            self.table.setItem(row, 2, QTableWidgetItem(str(planned.paragraph_count)))
            read_as = QTableWidgetItem(self._read_as(planned))
            read_as.setToolTip(read_as.text())
            self.table.setItem(row, READ_AS_COLUMN, read_as)
            left_out = QTableWidgetItem(self._left_out(planned))
            left_out.setToolTip("\n".join(map(isolated, planned.left_out_lines)))
            self.table.setItem(row, LEFT_OUT_COLUMN, left_out)
        self.summary.setText(self._summary(plan))

    def _holds_the_current_text(self, plan: ImportPlan) -> bool:
        try:
            refuse_an_unchanged_revision(self.session, plan)
        except RevisionUnchanged:
            return True
        return False

    def _read_as(self, planned: PlannedFile) -> str:
        if planned.file_format == "docx":
            kind = self.tr("Word document")
            if planned.automatic_numbers:
                kind += " · " + self.tr("%1 numbered by Word").replace(
                    "%1", str(planned.automatic_numbers)
                )
        elif planned.file_format == "pdf":
            kind = self.tr("PDF, %n page(s)", "", planned.pages)
        else:
            kind = self.tr("Text (%1)").replace("%1", planned.encoding or "")
        how = self.tr("language given") if planned.language_given else self.tr("language detected")
        return f"{kind} · {how}"

    def _left_out(self, planned: PlannedFile) -> str:
        parts: list[str] = []
        if planned.footnotes_left_out:
            parts.append(self.tr("%n footnote(s)", "", planned.footnotes_left_out))
        lines = planned.left_out_lines
        if lines:
            shown = one_of_each_kind(lines)[:SHOWN_LEFT_OUT_LINES]
            named = joined(map(isolated, shown))
            if len(lines) > len(shown):
                named += " " + self.tr("and %n more", "", len(lines) - len(shown))
            parts.append(self.tr("headers and footers: %1").replace("%1", named))
        return " · ".join(parts) if parts else self.tr("nothing")

    def _summary(self, plan: ImportPlan) -> str:
        target = import_target(self.session, plan)
        if target.key is not None and self._holds_the_current_text(plan):
            # Said before Import is pressed, not after: there is nothing to import.
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return (
                self.tr("These files hold the same text as revision %1 of %2: there is nothing "
                        "to import.")
                .replace("%1", str(target.revisions[-1].number))
                .replace("%2", plan.document.symbol)
            )  # fmt: skip
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

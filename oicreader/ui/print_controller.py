"""Printing: the paragraphs chosen for print, and the pages printed, previewed or saved as PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from oicreader.app import notes as reader_notes
from oicreader.errors import EXPECTED_FAILURES
from oicreader.ui.error_dialog import show_failure

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from oicreader.render.print_layout import PrintDocument
    from oicreader.render.print_options import PrintOptions
    from oicreader.ui.main_window import MainWindow

# QtPrintSupport, the print layout and the dialogs are imported by the action that uses them:
# at module level they cost tens of ms of the window's start-up.


class PrintController(QObject):
    """Owns the print selection (marked beside the paragraph numbers) and the print actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.print_selection: set[int] = set()
        self._last_selected: int | None = None
        self._preview: tuple[QPrintPreviewDialog, QPrinter] | None = None
        # The options chosen last in this session: two exports in a row keep the notes.
        self._last_options: PrintOptions | None = None
        # Made after the first paint (controllers_on_demand.py wires its actions, the clicks
        # on paragraph numbers, and the message the first document opens with). Each
        # document opens with none selected, and the status bar says all will print.
        window.reading.document_opened.connect(lambda _document: self.set_print_selection(set()))

    # The selection -----------------------------------------------------------------------

    def set_print_selection(self, numbers: set[int]) -> None:
        """Choose the paragraphs to print; shown as a mark beside each paragraph number."""
        document = self.window.document
        available = set(document.paragraph_numbers) if document else set()
        self.print_selection = numbers & available
        self.view.set_gutter_marker("print", self.print_selection)
        count = len(self.print_selection)
        if count:
            from oicreader.ui.print_dialog import selection_text  # not needed to start

            message = self.tr("%n paragraph(s) selected for printing: %1", "", count).replace(
                "%1", selection_text(sorted(self.print_selection))
            )
        else:
            message = self.tr("No paragraph selected for printing: all will be printed")
        self.window.statusBar().showMessage(message, 6000)

    def toggle_print_selection(self, number: int, extend: bool = False) -> None:
        """A click on a paragraph number selects or clears it; Shift+click selects a range."""
        document = self.window.document
        if extend and self._last_selected is not None:
            low, high = sorted((self._last_selected, number))
            if document is not None:
                span = {n for n in document.paragraph_numbers if low <= n <= high}
                self.set_print_selection(self.print_selection | span)
        else:
            self.set_print_selection(self.print_selection ^ {number})
        self._last_selected = number

    def ask_print_selection(self) -> None:
        """Type the paragraphs to print, such as 3, 5-7."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from oicreader.model.selection import SelectionError, parse_paragraph_selection
        from oicreader.ui.print_dialog import explain_selection_problem, selection_text

        document = self.window.document
        if document is None:
            return
        text, ok = QInputDialog.getText(
            self.window, self.tr("Select Paragraphs for Printing"),
            self.tr("Paragraphs (e.g. 3, 5-7):"),
            text=selection_text(sorted(self.print_selection)),
        )  # fmt: skip
        if not ok:
            return
        try:
            numbers = parse_paragraph_selection(text, document.paragraph_numbers)
        except SelectionError:
            problem = explain_selection_problem(text, document.paragraph_numbers)
            QMessageBox.warning(self.window, self.tr("Print selection"), problem)
            return
        self.set_print_selection(set(numbers))

    def select_topic(self) -> None:
        """Select the paragraphs of the chosen topic."""
        topic = self.window.topics.topic
        self.set_print_selection(set(topic.paragraphs) if topic else set())

    def select_search_results(self) -> None:
        """Select the paragraphs the search found in the open document."""
        document = self.window.document
        if document is not None:
            self.set_print_selection(self.window.search.hits_in(document))

    # The pages ---------------------------------------------------------------------------

    def prepare_print(self, options: PrintOptions | None = None) -> PrintDocument | None:
        """Ask for the print options (unless given) and lay out the pages."""
        from PySide6.QtWidgets import QDialog

        from oicreader.render.print_layout import PrintError, build_print_document
        from oicreader.render.print_options import PrintOptionsError
        from oicreader.ui.print_dialog import PrintOptionsDialog

        document, settings = self.window.document, self.window.settings
        if document is None:
            return None
        if options is None:
            dialog = PrintOptionsDialog(
                document, sorted(self.print_selection), self.view.languages, self.window
            )
            dialog.set_defaults(settings.print_layout, settings.print_paper)
            if self._last_options is not None:
                dialog.restore_choices(self._last_options)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            options = dialog.options()
            self._last_options = options
        annotations = reader_notes.list_notes(self.window.session, document.id)
        try:
            return build_print_document(document, options, annotations)
        except (PrintError, PrintOptionsError) as problem:
            lead = self.tr("These pages cannot be laid out for printing.")
            show_failure(self.window, self.tr("Cannot print"), lead, problem)
            return None

    def print_document(self, options: PrintOptions | None = None) -> None:
        """Print through the platform's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QDialog

        from oicreader.render.print_pages import apply_page_layout, paint_pages

        printed = self.prepare_print(options)
        if printed is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        apply_page_layout(printer, printed)
        dialog = QPrintDialog(printer, self.window)
        dialog.setMinMax(1, printed.page_count)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            paint_pages(printed, printer)

    def print_preview(self, options: PrintOptions | None = None) -> QPrintPreviewDialog | None:
        """Show the pages exactly as they will print."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from oicreader.render.print_pages import apply_page_layout, paint_preview

        printed = self.prepare_print(options)
        if printed is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        apply_page_layout(printer, printed)
        preview = QPrintPreviewDialog(printer, self.window)
        preview.paintRequested.connect(lambda device: paint_preview(printed, device))
        preview.resize(1000, 800)
        # The dialog only points at the printer: keep both alive while it is open, or the
        # preview paints on a freed QPrinter and the process crashes.
        self._preview = (preview, printer)
        preview.finished.connect(lambda _result: setattr(self, "_preview", None))
        preview.open()
        return preview

    def export_pdf(
        self, path: Path | None = None, options: PrintOptions | None = None
    ) -> Path | None:
        """Write the pages to a PDF with the fonts embedded."""
        from PySide6.QtWidgets import QFileDialog

        from oicreader.render.pdf_output import save_pdf

        printed = self.prepare_print(options)
        if printed is None:
            return None
        if path is None:
            document = self.window.document
            suggested = (document.id if document else "oicreader") + ".pdf"
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window, self.tr("Export PDF"), suggested, self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            pages = save_pdf(printed, path)
        except EXPECTED_FAILURES as problem:
            lead = self.tr("The PDF could not be written to this file.")
            show_failure(self.window, self.tr("Export failed"), lead, problem)
            return None
        self.window.statusBar().showMessage(
            self.tr("Saved %n page(s) to %1", "", pages).replace("%1", f"\u2068{path}\u2069"),
            6000,
        )
        return path

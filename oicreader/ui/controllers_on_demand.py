"""The controllers a window makes when first needed, each once: right after the first paint
(MainWindow._finish_start_up), or by an action used before it. Their modules load only then,
so the wiring of their actions lives here, where it works before they exist."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from oicreader.ui.alignment_controller import AlignmentController
    from oicreader.ui.brief_controller import BriefController
    from oicreader.ui.citation_controller import CitationController
    from oicreader.ui.help_controller import HelpController
    from oicreader.ui.import_controller import ImportController
    from oicreader.ui.library_controller import LibraryController
    from oicreader.ui.lock_controller import LockController
    from oicreader.ui.main_window import MainWindow
    from oicreader.ui.note_exchange_controller import NoteExchangeController
    from oicreader.ui.preferences_controller import PreferencesController
    from oicreader.ui.print_controller import PrintController
    from oicreader.ui.search_controller import SearchController
    from oicreader.ui.symbol_links_controller import SymbolLinksController

# No Qt here: the module is loaded before PySide6 (cli/window.py), out of reach of its
# import hook, which reads the source of every module loaded after it.


class ControllersOnDemand:
    """Mixed into MainWindow: a property per controller made on demand, and the wiring of
    the actions and signals that reach them."""

    def _window(self) -> MainWindow:
        return cast("MainWindow", self)

    def _wire_controllers_made_on_demand(self) -> None:
        # Search, printing, the notes files and the dialogs are made (and their modules
        # loaded) right after the first paint or by the first action that needs them.
        window = self._window()
        actions = window.menu_actions
        actions.find_action.triggered.connect(lambda: window.search_dock.focus_field())
        actions.find_next_action.triggered.connect(lambda: self.search.step(1))
        actions.find_previous_action.triggered.connect(lambda: self.search.step(-1))
        actions.print_action.triggered.connect(lambda: self.printing.print_document())
        actions.preview_action.triggered.connect(lambda: self.printing.print_preview())
        actions.export_pdf_action.triggered.connect(lambda: self.printing.export_pdf())
        actions.select_typed_action.triggered.connect(lambda: self.printing.ask_print_selection())
        actions.select_topic_action.triggered.connect(lambda: self.printing.select_topic())
        actions.select_results_action.triggered.connect(
            lambda: self.printing.select_search_results()
        )
        actions.clear_selection_action.triggered.connect(
            lambda: self.printing.set_print_selection(set())
        )
        window.view.paragraph_number_clicked.connect(
            lambda number, extend: self.printing.toggle_print_selection(number, extend)
        )
        window.reading.document_opened.connect(self._say_all_will_print)
        actions.compare_action.triggered.connect(
            lambda: self.library_controller.compare_revisions()
        )
        actions.import_action.triggered.connect(lambda: self.imports.choose_files())
        actions.export_notes_action.triggered.connect(lambda: self.note_exchange.export_notes())
        actions.import_notes_action.triggered.connect(lambda: self.note_exchange.import_notes())
        actions.review_action.triggered.connect(lambda: self.note_exchange.review_notes())
        actions.preferences_action.triggered.connect(lambda: self.preferences.show_preferences())
        actions.about_action.triggered.connect(lambda: self.preferences.show_about())
        actions.copy_citation_action.triggered.connect(lambda: self.citation.copy_with_citation())
        actions.shortcuts_action.triggered.connect(lambda: self.help.show_shortcuts())
        actions.tour_action.triggered.connect(lambda: self.help.show_tour())
        actions.legend_action.triggered.connect(self._show_legend)

    def _say_all_will_print(self, _document: object) -> None:
        # A document opens with no paragraph selected for printing, and the status bar says
        # so; until the print controller is made (after the first paint), from here.
        if "printing" not in vars(self):
            from PySide6.QtCore import QCoreApplication

            message = QCoreApplication.translate(
                "PrintController", "No paragraph selected for printing: all will be printed"
            )
            self._window().statusBar().showMessage(message, 6000)

    def _show_legend(self) -> None:
        from oicreader.ui.legend_dialog import show_legend  # loaded when first asked for

        show_legend(self._window())

    @functools.cached_property
    def search(self) -> SearchController:
        """Find, Find Next and the hits marked in the text (made after the first paint)."""
        from oicreader.ui.search_controller import SearchController

        return SearchController(self._window())

    @functools.cached_property
    def printing(self) -> PrintController:
        """The print selection and the print actions (made after the first paint)."""
        from oicreader.ui.print_controller import PrintController

        return PrintController(self._window())

    @functools.cached_property
    def library_controller(self) -> LibraryController:
        """The library panel, restores and the upkeep (made with the panels)."""
        from oicreader.ui.library_controller import LibraryController

        return LibraryController(self._window())

    @functools.cached_property
    def alignment(self) -> AlignmentController:
        """Re-links from the text's context menu, and sentence links: made right after the
        first paint (_finish_start_up), or by a first use before it."""
        from oicreader.ui.alignment_controller import AlignmentController

        return AlignmentController(self._window())

    @functools.cached_property
    def imports(self) -> ImportController:
        """File > Import… and files dropped on the window: made right after the first paint
        (its filter would see every event of the window before it), or by a first use."""
        from oicreader.ui.import_controller import ImportController

        return ImportController(self._window())

    @functools.cached_property
    def briefs(self) -> BriefController:
        """The brief panel and the Add to Brief actions: made right after the first paint,
        or by a first use."""
        from oicreader.ui.brief_controller import BriefController

        return BriefController(self._window())

    @functools.cached_property
    def symbol_links(self) -> SymbolLinksController:
        """Document symbols in the text as links: made right after the first paint (its
        filter would see every event of the text before it), or by a first use."""
        from oicreader.ui.symbol_links_controller import SymbolLinksController

        return SymbolLinksController(self._window())

    @functools.cached_property
    def locking(self) -> LockController:
        """File > Lock and the idle time: made at once for an encrypted library; for a plain
        one (nothing to lock, the action stays disabled) right after the first paint."""
        from oicreader.ui.lock_controller import LockController

        return LockController(self._window())

    @functools.cached_property
    def note_exchange(self) -> NoteExchangeController:
        """Notes exported, imported and reviewed (made when first used)."""
        from oicreader.ui.note_exchange_controller import NoteExchangeController

        return NoteExchangeController(self._window())

    @functools.cached_property
    def preferences(self) -> PreferencesController:
        """The Preferences and About dialogs (made when first used)."""
        from oicreader.ui.preferences_controller import PreferencesController

        return PreferencesController(self._window())

    @functools.cached_property
    def citation(self) -> CitationController:
        """Copy with Citation (made when first used)."""
        from oicreader.ui.citation_controller import CitationController

        return CitationController(self._window())

    @functools.cached_property
    def help(self) -> HelpController:
        """The keyboard shortcuts and the tour (made when first used)."""
        from oicreader.ui.help_controller import HelpController

        return HelpController(self._window())

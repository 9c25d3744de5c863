"""The main window: the parallel view with its menus, toolbar, docks and remembered state."""

from __future__ import annotations

import contextlib
import functools
import itertools
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QToolBar,
    QWidget,
)

from oicreader.app import notes as reader_notes
from oicreader.app.notes import Annotation, TextAnchor
from oicreader.app.session import DocumentNotFound, Library, Session
from oicreader.catalog import BUNDLED_DOCUMENT_KEY
from oicreader.errors import EXPECTED_FAILURES, UserFacingError
from oicreader.model.annotation import DEFAULT_COLOR, PALETTE
from oicreader.model.document import Document
from oicreader.model.languages import LANGUAGES
from oicreader.paths import interface_icon_path
from oicreader.render.labels import column_label
from oicreader.ui.error_dialog import failure_message, show_failure
from oicreader.ui.import_controller import ImportController
from oicreader.ui.interface_language import current_language, is_right_to_left
from oicreader.ui.library_dock import LibraryDock
from oicreader.ui.names import colour_name, column_toggle_tip, joined, language_name
from oicreader.ui.notes_dock import NotesDock
from oicreader.ui.outline_dock import OutlineDock
from oicreader.ui.parallel_view import ParallelView
from oicreader.ui.search_dock import SearchDock
from oicreader.ui.settings import ZOOM_STEPS, Settings
from oicreader.ui.topics_dock import TopicsDock

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from oicreader.app.search import SearchHit
    from oicreader.render.print_layout import PrintDocument
    from oicreader.render.print_options import PrintOptions
    from oicreader.topics.crosscheck import Discrepancy
    from oicreader.topics.model import Topic
    from oicreader.ui.about_dialog import AboutDialog
    from oicreader.ui.compare_dialog import CompareDialog
    from oicreader.ui.preferences_dialog import PreferencesDialog
    from oicreader.ui.review_dialog import ReviewDialog

# Modules needed only by one action (printing, Word import, revisions, note exchange,
# backups, the dialogs, Qt's file, font and message boxes) or only after the first paint
# (the topic analysis, search) are imported inside the method that uses them: at module
# level they cost about 150 ms of the window's start-up, python-docx and QtPrintSupport most.
# (PySide builds a Qt class's enums when the class is first imported: 0.1-0.7 ms each.)

MAX_HISTORY = 100
# Paragraph versions up to which topics are found on the main thread (some tens of ms),
# just after the document is painted; a longer document is analysed on a worker thread.
MAIN_THREAD_ANALYSIS = 600


def _topics_and_differences(document: Document) -> tuple[list[Topic], list[Discrepancy]]:
    """Themes and places of a document, and what its language versions disagree on."""
    from oicreader.topics.crosscheck import check_document
    from oicreader.topics.index import place_topics
    from oicreader.topics.themes import themes_for

    return [*themes_for(document), *place_topics(document)], check_document(document)


class _AnalysisBridge(QObject):
    """Carries a worker thread's result to the window; Qt queues it to the main thread."""

    finished = Signal(object, list, list)  # the Document analysed, topics, differences


class MainWindow(QMainWindow):
    """OIC Reader's window: a document in parallel columns."""

    def __init__(
        self,
        library: Library,
        settings: Settings,
        parent: QWidget | None = None,
        document_key: str | None = None,
    ):
        """A window on the library; it opens `document_key`, else the last document read,
        else the bundled report, when it is first shown."""
        super().__init__(parent)
        # The session owns the open library, reopened in place after a restore.
        self.session = Session(library)
        self.settings = settings
        self.document: Document | None = None
        self.columns = settings.columns
        self.zoom = settings.zoom
        self._back: list[int] = []
        self._forward: list[int] = []
        # Whether the side panels are built and filled: before or just after the first
        # paint (see showEvent), or earlier if an action needs them (ensure_panels).
        self._panels_ready = False
        self.setObjectName("main-window")
        self.view = ParallelView(self)
        self.setCentralWidget(self.view)
        self.outline = OutlineDock(self)
        self.library_dock = LibraryDock(self)
        self.search_dock = SearchDock(library, self)
        self.notes_dock = NotesDock(self.session, self)
        self.topics_dock = TopicsDock(self)
        self.topic: Topic | None = None
        self._fixed_topics: list[Topic] = []  # themes and places of the open document
        self._differences: list[Discrepancy] = []  # what the language versions disagree on
        self._analysis: tuple[_AnalysisBridge, threading.Thread] | None = None
        self._analysed: Document | None = None  # the document whose topics are known
        self.print_selection: set[int] = set()
        self._preview: tuple[QPrintPreviewDialog, QPrinter] | None = None
        self._last_selected: int | None = None
        self.highlight_color = DEFAULT_COLOR
        # Qt does not mirror dock areas: the navigation docks go where a line starts (the
        # left, or the right in Arabic), the notes and search where it ends.
        rtl = is_right_to_left()
        self._start_area = (
            Qt.DockWidgetArea.RightDockWidgetArea if rtl else Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self._end_area = (
            Qt.DockWidgetArea.LeftDockWidgetArea if rtl else Qt.DockWidgetArea.RightDockWidgetArea
        )
        for navigation_dock in (self.outline, self.library_dock, self.topics_dock):
            self.addDockWidget(self._start_area, navigation_dock)
        for working_dock in (self.notes_dock, self.search_dock):
            self.addDockWidget(self._end_area, working_dock)
        self.position_label = QLabel(self)
        self.position_label.setAccessibleName(self.tr("Position in the document"))
        self.statusBar().addPermanentWidget(self.position_label)
        self._preferences: PreferencesDialog | None = None
        self.imports = ImportController(self)
        self._create_actions()
        self._create_menus_and_toolbar()
        self._connect()
        self.resize(1400, 900)
        geometry, state = settings.window_state(rtl)
        if geometry is not None:
            self.restoreGeometry(geometry)
        # Tabified only when nothing is restored: docks tabified before restoreState leave
        # Qt's earlier tab bar drawn across the panels.
        restored = state is not None and self.restoreState(state)
        if not restored:
            # First start: room for the text; Ctrl+F brings the search panel, as a tab
            # beside the notes. Hidden before it is tabified, for the same reason.
            self.search_dock.hide()
            self.tabifyDockWidget(self.library_dock, self.outline)
            self.tabifyDockWidget(self.outline, self.topics_dock)
            self.tabifyDockWidget(self.notes_dock, self.search_dock)
        # With a saved layout the panels keep their widths when their contents arrive, so
        # they are filled after the first paint; without one, their contents decide their
        # widths, and filling them later would narrow the text a moment after it is shown.
        self._panels_after_first_paint = restored
        # Opened at the first show, once the window has its size: laid out now, in a
        # window not yet sized, the text would be laid out twice before the first paint.
        self._initial_key = document_key

    @property
    def library(self) -> Library:
        """The open library (another object after a restore)."""
        return self.session.library

    # Set-up ------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    @staticmethod
    def _standard(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
        """The platform's shortcut for a standard action, or ours where it has none (Quit and
        Preferences have none on Windows and most Linux desktops)."""
        sequence = QKeySequence(key)
        return sequence if not sequence.isEmpty() else QKeySequence(fallback)

    def _create_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.import_action = self._action(self.tr("&Import…"), QKeySequence(standard.Open))
        self.compare_action = self._action(self.tr("&Compare Revisions…"))
        self.review_action = self._action(self.tr("Notes to &Review…"))
        self.quit_action = self._action(self.tr("&Quit"), self._standard(standard.Quit, "Ctrl+Q"))
        self.preferences_action = self._action(
            self.tr("Pr&eferences…"), self._standard(standard.Preferences, "Ctrl+,")
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.copy_action = self._action(self.tr("&Copy"), QKeySequence(standard.Copy))
        self.find_action = self._action(self.tr("&Find…"), QKeySequence(standard.Find))
        self.find_next_action = self._action(self.tr("Find &Next"), QKeySequence(standard.FindNext))
        self.find_previous_action = self._action(
            self.tr("Find &Previous"), QKeySequence(standard.FindPrevious)
        )
        self.go_to_action = self._action(self.tr("&Go to Paragraph…"), "Ctrl+G")
        self.next_action = self._action(self.tr("&Next Paragraph"), "Ctrl+Down")
        self.previous_action = self._action(self.tr("&Previous Paragraph"), "Ctrl+Up")
        self.back_action = self._action(self.tr("&Back"), QKeySequence(standard.Back))
        self.forward_action = self._action(self.tr("&Forward"), QKeySequence(standard.Forward))
        self.zoom_in_action = self._action(self.tr("Zoom &In"), QKeySequence(standard.ZoomIn))
        self.zoom_out_action = self._action(self.tr("Zoom O&ut"), QKeySequence(standard.ZoomOut))
        self.zoom_reset_action = self._action(self.tr("Actual &Size"), "Ctrl+0")
        self.arabic_font_action = self._action(self.tr("Font for &Arabic…"))
        self.latin_font_action = self._action(self.tr("Font for &English and French…"))
        self.about_action = self._action(self.tr("&About OIC Reader"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.undo_action = self._action(self.tr("&Undo Delete Note"), QKeySequence(standard.Undo))
        self.undo_action.setEnabled(False)
        self.highlight_action = self._action(self.tr("&Highlight Selection"), "Ctrl+H")
        self.add_note_action = self._action(self.tr("Add &Note to Selection…"), "Ctrl+Shift+N")
        self.paragraph_note_action = self._action(
            self.tr("Note on the Current &Paragraph"), "Ctrl+Shift+P"
        )
        self.next_in_topic_action = self._action(
            self.tr("Next Paragraph in &Topic"), "Ctrl+Shift+Down"
        )
        self.previous_in_topic_action = self._action(
            self.tr("Previous Paragraph in T&opic"), "Ctrl+Shift+Up"
        )
        self.print_action = self._action(self.tr("&Print…"), QKeySequence(standard.Print))
        self.preview_action = self._action(self.tr("Print Pre&view…"), "Ctrl+Shift+O")
        self.export_pdf_action = self._action(self.tr("Export P&DF…"), "Ctrl+Shift+E")
        self.select_typed_action = self._action(self.tr("Select Paragraphs for Printing…"))
        self.select_topic_action = self._action(self.tr("Select This Topic's Paragraphs"))
        self.select_results_action = self._action(self.tr("Select the Search Results"))
        self.clear_selection_action = self._action(self.tr("Clear Print Selection"))
        self.export_notes_action = self._action(self.tr("&Export Notes…"))
        self.import_notes_action = self._action(self.tr("I&mport Notes…"))
        self.color_actions: dict[str, QAction] = {}
        color_group = QActionGroup(self)
        for name, value in PALETTE.items():
            action = self._action(colour_name(name))
            action.setCheckable(True)
            action.setChecked(value == self.highlight_color)
            action.setActionGroup(color_group)
            action.setData(value)
            self.color_actions[value] = action
        self.language_actions: dict[str, QAction] = {}
        for number, code in enumerate(LANGUAGES, start=1):
            action = self._action(language_name(code), f"Ctrl+{number}")
            action.setCheckable(True)
            action.setChecked(code in self.columns)
            action.setData(code)
            action.setToolTip(column_toggle_tip(code))
            self.language_actions[code] = action
        # Arrows that point a direction: in a right-to-left interface "back" points right.
        # Our own icons, not the style's: in PySide, QStyle's enums alone add 5 ms to the
        # start-up, and these look the same on every system, in the palette's ink.
        back, forward = (
            ("arrow-right", "arrow-left") if self.isRightToLeft() else ("arrow-left", "arrow-right")
        )
        on_dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        ink = "-on-dark" if on_dark else ""
        self.back_action.setIcon(QIcon(str(interface_icon_path(back + ink))))
        self.forward_action.setIcon(QIcon(str(interface_icon_path(forward + ink))))
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)

    def _create_menus_and_toolbar(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.compare_action)
        file_menu.addSeparator()
        for action in (self.print_action, self.preview_action, self.export_pdf_action):
            file_menu.addAction(action)
        selection_menu = file_menu.addMenu(self.tr("Print &Selection"))
        for action in (
            self.select_typed_action, self.select_topic_action,
            self.select_results_action, self.clear_selection_action,
        ):  # fmt: skip
            selection_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_notes_action)
        file_menu.addAction(self.import_notes_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        for action in (
            self.copy_action,
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
        ):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        notes_menu = menu_bar.addMenu(self.tr("&Notes"))
        notes_menu.addAction(self.highlight_action)
        self.color_menu = notes_menu.addMenu(self.tr("Highlight &Colour"))
        for action in self.color_actions.values():
            self.color_menu.addAction(action)
        notes_menu.addAction(self.add_note_action)
        notes_menu.addAction(self.paragraph_note_action)
        notes_menu.addSeparator()
        notes_menu.addAction(self.review_action)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        languages_menu = view_menu.addMenu(self.tr("&Languages"))
        for action in self.language_actions.values():
            languages_menu.addAction(action)
        self.order_menu = view_menu.addMenu(self.tr("Column &Order"))
        view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.arabic_font_action)
        view_menu.addAction(self.latin_font_action)
        view_menu.addSeparator()
        for dock in (
            self.outline,
            self.topics_dock,
            self.library_dock,
            self.search_dock,
            self.notes_dock,
        ):
            view_menu.addAction(dock.toggleViewAction())
        go_menu = menu_bar.addMenu(self.tr("&Go"))
        for action in (self.go_to_action, self.next_action, self.previous_action):
            go_menu.addAction(action)
        go_menu.addSeparator()
        go_menu.addAction(self.next_in_topic_action)
        go_menu.addAction(self.previous_in_topic_action)
        go_menu.addSeparator()
        go_menu.addAction(self.back_action)
        go_menu.addAction(self.forward_action)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(self.back_action)
        toolbar.addAction(self.forward_action)
        toolbar.addSeparator()
        for action in self.language_actions.values():
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.zoom_out_action)
        toolbar.addAction(self.zoom_in_action)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        toolbar.addSeparator()
        toolbar.addAction(self.highlight_action)
        toolbar.addAction(self.add_note_action)
        self.addToolBar(toolbar)
        self._rebuild_order_menu()

    def _connect(self) -> None:
        self.import_action.triggered.connect(lambda: self.imports.choose_files())
        self.compare_action.triggered.connect(lambda: self.compare_revisions())
        self.review_action.triggered.connect(lambda: self.review_notes())
        self.quit_action.triggered.connect(self.close)
        self.copy_action.triggered.connect(self.view.copy_plain)
        self.find_action.triggered.connect(self.search_dock.focus_field)
        self.find_next_action.triggered.connect(lambda: self.search_dock.step(1))
        self.find_previous_action.triggered.connect(lambda: self.search_dock.step(-1))
        self.go_to_action.triggered.connect(self.ask_go_to_paragraph)
        self.next_action.triggered.connect(lambda: self._jump_relative(1))
        self.previous_action.triggered.connect(lambda: self._jump_relative(-1))
        self.back_action.triggered.connect(self.go_back)
        self.forward_action.triggered.connect(self.go_forward)
        self.zoom_in_action.triggered.connect(lambda: self.step_zoom(1))
        self.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        self.zoom_reset_action.triggered.connect(lambda: self.set_zoom(1.0))
        self.arabic_font_action.triggered.connect(lambda: self.choose_font("arabic"))
        self.latin_font_action.triggered.connect(lambda: self.choose_font("latin"))
        self.about_action.triggered.connect(self.show_about)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.undo_action.triggered.connect(self.undo_delete)
        self.highlight_action.triggered.connect(lambda: self.highlight_selection())
        self.add_note_action.triggered.connect(lambda: self.add_note_to_selection())
        self.paragraph_note_action.triggered.connect(lambda: self.add_paragraph_note())
        self.export_notes_action.triggered.connect(lambda: self.export_notes())
        self.import_notes_action.triggered.connect(lambda: self.import_notes())
        for value, action in self.color_actions.items():
            action.triggered.connect(lambda _checked=False, v=value: self._set_color(v))
        self.view.context_menu_requested.connect(self._extend_context_menu)
        self.notes_dock.note_chosen.connect(self.show_annotation)
        self.notes_dock.delete_requested.connect(self.delete_note)
        self.notes_dock.notes_changed.connect(self._tags_edited)
        self.topics_dock.topic_chosen.connect(self.choose_topic)
        self.view.paragraph_number_clicked.connect(self.toggle_print_selection)
        self.print_action.triggered.connect(lambda: self.print_document())
        self.preview_action.triggered.connect(lambda: self.print_preview())
        self.export_pdf_action.triggered.connect(lambda: self.export_pdf())
        self.select_typed_action.triggered.connect(self.ask_print_selection)
        self.select_topic_action.triggered.connect(
            lambda: self.set_print_selection(set(self.topic.paragraphs) if self.topic else set())
        )
        self.select_results_action.triggered.connect(self._select_search_results)
        self.clear_selection_action.triggered.connect(lambda: self.set_print_selection(set()))
        self.next_in_topic_action.triggered.connect(lambda: self.step_in_topic(1))
        self.previous_in_topic_action.triggered.connect(lambda: self.step_in_topic(-1))
        for action in self.language_actions.values():
            action.toggled.connect(self._language_toggled)
        self.view.current_paragraph_changed.connect(self._paragraph_changed)
        self.view.translator_note_requested.connect(self.show_translator_note)
        self.outline.paragraph_chosen.connect(self.jump_to_paragraph)
        self.library_dock.document_chosen.connect(self.open_document)
        self.search_dock.hit_chosen.connect(self._search_hit_chosen)
        self.search_dock.hits_changed.connect(self._search_hits_changed)

    def _set_focus_order(self) -> None:
        # Tab goes from the text to the panels in reading order: the outline and the topics
        # beside the text, then search and the notes. (Toolbar buttons take no focus in Qt;
        # their actions have shortcuts.)
        chain = [
            self.view,
            self.outline.list,
            self.library_dock.list,
            self.topics_dock.tree,
            self.search_dock.field,
            self.search_dock.results,
            self.notes_dock.filter_text,
            self.notes_dock.filter_tag,
            self.notes_dock.filter_color,
            self.notes_dock.filter_language,
            self.notes_dock.all_notes,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.view.setFocus()

    # Documents ---------------------------------------------------------------------------

    def refresh_library(self) -> None:
        """Reload the library list."""
        self.library_dock.show_documents(self.library.summaries(), self.interface_language)

    @property
    def interface_language(self) -> str:
        """The interface language chosen at start-up (ar, en or fr)."""
        return current_language()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.document is None:
            if not self._panels_after_first_paint:
                self.ensure_panels()
            # Registered first, so the panels fill before the rest of the rows and the topics.
            self.view.after_next_paint(self._finish_start_up)
            self._open_initial_document()
            if self._panels_ready:
                # The panels' contents changed their sizes: settle the layout before the
                # first paint rather than after it. (A main window always has a layout.)
                layout = self.layout()
                if layout is not None:
                    layout.activate()

    @property
    def panels_ready(self) -> bool:
        """True once the side panels are built and filled (see showEvent)."""
        return self._panels_ready

    def _finish_start_up(self) -> None:
        # What the reader needs a moment after seeing the text; not for a closed window.
        if not self.isVisible():
            return
        self.ensure_panels()
        try:
            self._check_bundled_documents()
        finally:  # whatever became of the check, today's backup of the notes is still due
            self._take_daily_backup()

    def _check_bundled_documents(self) -> None:
        from oicreader.importing.errors import ImportProblem

        try:
            reloaded = self.library.check_bundled_documents()
        except EXPECTED_FAILURES as problem:
            # The copy in the library is still whole, and shown.
            text = self.tr(
                "The documents that come with OIC Reader could not be checked for a newer "
                "version; the copies in your library are shown."
            )
            if isinstance(problem, ImportProblem):  # the app's own files are damaged
                text += " " + self.tr("Reinstalling OIC Reader restores its files.")
            show_failure(
                self, self.tr("Bundled documents not checked"), text, problem, warning=True
            )
            return
        if reloaded:  # a new version of the app brought new text: show it
            self.refresh_library()
            if self.document is not None and self.document.id in reloaded:
                self.open_document(self.document.id)

    def _take_daily_backup(self) -> None:
        try:
            self.library.take_daily_backup()
        except EXPECTED_FAILURES as problem:
            # The notes themselves are safe in the library; the reader must know that
            # today's copy of them could not be made (a full disk, say).
            lead = self.tr("Today's backup of your notes could not be made.")
            show_failure(self, self.tr("Daily backup failed"), lead, problem, warning=True)

    def ensure_panels(self) -> None:
        """Build and fill the side panels now if they are not yet (an action that needs
        them, such as a new note, may come before the first paint)."""
        if self._panels_ready:
            return
        for dock in (self.outline, self.library_dock, self.topics_dock, self.search_dock):
            dock.ensure_built()
        self.notes_dock.ensure_built()
        self._panels_ready = True
        self.refresh_library()
        if self.document is not None:
            self._show_in_panels(self.document)
            self.notes_dock.refresh()
            self._show_topics()
            if self.view.current_paragraph is not None:
                self._paragraph_changed(self.view.current_paragraph)
        self._set_focus_order()

    def _open_initial_document(self) -> None:
        # The document asked for at start-up, once; later (after a restore) it may be gone.
        asked = [self._initial_key] if self._initial_key is not None else []
        self._initial_key = None
        for key in (*asked, self.settings.document_key, BUNDLED_DOCUMENT_KEY, None):
            try:
                self.open_document(key)
                return
            except DocumentNotFound:
                continue

    def open_document(self, key: str | None) -> None:
        """Show a document (by key or symbol) where the reader last left it."""
        document = self.library.document(key)
        self.document = document
        self._back.clear()
        self._forward.clear()
        self._update_history_actions()
        self.settings.document_key = document.id
        self.setWindowTitle(self.tr("OIC Reader — %1").replace("%1", document.symbol))
        if self._panels_ready:
            self._show_in_panels(document)
        last = self.settings.paragraph_for(document.id)
        first = document.paragraph_numbers[0] if document.paragraph_numbers else None
        target = last if last in document.paragraph_numbers else first
        self._render(opening_at=target)
        if target is not None:
            self.view.go_to_paragraph(target)
        self._search_hits_changed(self.search_dock.hits)
        self.topic = None
        self.set_print_selection(set())
        self._fixed_topics, self._differences, self._analysed = [], [], None
        self.view.set_gutter_marker("discrepancy", set())
        self.refresh_annotations()
        self._analyse_topics(document)

    def _show_in_panels(self, document: Document) -> None:
        # The notes and the tags follow in refresh_annotations, when the document opens.
        self.outline.show_document(document, [self.interface_language, *self.columns])
        self.library_dock.mark_current(document.id)

    def _render(self, opening_at: int | None = None) -> None:
        if self.document is None:
            return
        visible = [code for code in self.columns if code in self.document.versions]
        if not visible:
            visible = self.document.languages[:1]
        self.view.show_document(
            self.document, visible, self.settings.fonts, self.zoom, opening_at=opening_at
        )
        self._refresh_annotation_marks()

    def compare_revisions(self) -> CompareDialog | None:
        """Show what changed between two revisions of the open document."""
        from oicreader.ui.compare_dialog import CompareDialog

        if self.document is None:
            return None
        dialog = CompareDialog(self.library, self.document.id, self)
        dialog.open()
        return dialog

    def review_notes(self) -> ReviewDialog | None:
        """List the notes a new revision placed with doubt or could not place."""
        from oicreader.ui.review_dialog import ReviewDialog

        if self.document is None:
            return None
        dialog = ReviewDialog(self.session, self.document.id, self)
        dialog.show_requested.connect(self.show_annotation)
        dialog.reattach_requested.connect(lambda annotation: self._reattach(annotation, dialog))
        dialog.resolved.connect(self.refresh_annotations)
        dialog.open()
        return dialog

    def _reattach(self, annotation: Annotation, dialog: ReviewDialog) -> None:
        from oicreader.app.reviews import attach_note

        found = self._selection_anchor()
        if found is None:
            return
        number, language, anchor = found
        attach_note(self.session, annotation.id, number, language, anchor)
        dialog.refresh()
        self.refresh_annotations()

    # Columns and zoom --------------------------------------------------------------------

    def set_columns(self, languages: list[str]) -> None:
        """Show these languages, left to right."""
        self.columns = [code for code in languages if code in LANGUAGES] or ["ar"]
        self.settings.columns = self.columns
        for code, action in self.language_actions.items():
            action.blockSignals(True)
            action.setChecked(code in self.columns)
            action.blockSignals(False)
        self._rebuild_order_menu()
        self._render()

    def _language_toggled(self, checked: bool) -> None:
        sender = self.sender()
        code: str | None = sender.data() if isinstance(sender, QAction) else None
        if code is None:
            return
        if checked and code not in self.columns:
            # A returning Arabic column goes back to the right edge; others to its left.
            columns = [*self.columns, code] if code == "ar" else self._insert_before_arabic(code)
        elif not checked and code in self.columns:
            if len(self.columns) == 1:
                self.language_actions[code].setChecked(True)
                return
            columns = [c for c in self.columns if c != code]
        else:
            return
        self.set_columns(columns)

    def _insert_before_arabic(self, code: str) -> list[str]:
        columns = list(self.columns)
        position = columns.index("ar") if "ar" in columns else len(columns)
        columns.insert(position, code)
        return columns

    def _rebuild_order_menu(self) -> None:
        self.order_menu.clear()
        group = QActionGroup(self.order_menu)
        for order in itertools.permutations(self.columns):
            # Each entry pictures the columns as they stand on screen. An Arabic menu lays
            # its text out from the right, so there the names are listed from the right too.
            names = [language_name(code) for code in order]
            label = " | ".join(reversed(names) if is_right_to_left() else names)
            action = self.order_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(list(order) == self.columns)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, o=list(order): self.set_columns(o))

    def set_zoom(self, zoom: float) -> None:
        """Scale the text; the current paragraph stays in view."""
        self.zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.settings.zoom = self.zoom
        self._render()

    def step_zoom(self, direction: int) -> None:
        """Go one zoom step larger (+1) or smaller (-1)."""
        steps = [
            step
            for step in ZOOM_STEPS
            if (step > self.zoom + 1e-6 if direction > 0 else step < self.zoom - 1e-6)
        ]
        if steps:
            self.set_zoom(steps[0] if direction > 0 else steps[-1])

    def choose_font(self, script: str) -> None:
        """Let the reader pick the font for Arabic or for Latin text."""
        from PySide6.QtWidgets import QFontDialog

        fonts = self.settings.fonts
        current = fonts.font_for("ar" if script == "arabic" else "en")
        ok, font = QFontDialog.getFont(current, self)
        if ok:
            self.settings.set_font_family(script, font.family())
            self._render()

    # Navigation --------------------------------------------------------------------------

    def jump_to_paragraph(self, number: int) -> None:
        """Jump to a paragraph, remembering where we were for Back."""
        current = self.view.current_paragraph
        if current is not None and current != number:
            self._back.append(current)
            del self._back[:-MAX_HISTORY]
            self._forward.clear()
        self.view.go_to_paragraph(number)
        self._update_history_actions()

    def _jump_relative(self, delta: int) -> None:
        self.view.step_paragraph(delta)

    def go_back(self) -> None:
        """Return to the paragraph before the last jump."""
        if self._back and self.view.current_paragraph is not None:
            self._forward.append(self.view.current_paragraph)
            self.view.go_to_paragraph(self._back.pop())
        self._update_history_actions()

    def go_forward(self) -> None:
        """Undo a Back."""
        if self._forward and self.view.current_paragraph is not None:
            self._back.append(self.view.current_paragraph)
            self.view.go_to_paragraph(self._forward.pop())
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(bool(self._back))
        self.forward_action.setEnabled(bool(self._forward))

    def ask_go_to_paragraph(self) -> None:
        """Ask for a paragraph number and jump to it."""
        from PySide6.QtWidgets import QInputDialog

        if self.document is None or not self.document.paragraph_numbers:
            return
        numbers = self.document.paragraph_numbers
        number, ok = QInputDialog.getInt(
            self, self.tr("Go to Paragraph"), self.tr("Paragraph number:"),
            self.view.current_paragraph or numbers[0], numbers[0], numbers[-1],
        )  # fmt: skip
        if ok:
            self.jump_to_paragraph(number)

    def _paragraph_changed(self, number: int) -> None:
        if self._panels_ready:
            self.outline.mark_current(number)
            if self.document is not None:
                self.notes_dock.show_paragraph(self.document.id, number)
        if self.document is not None:
            self.settings.set_paragraph_for(self.document.id, number)
            total = len(self.document.paragraph_numbers)
            position = (
                self.tr("Paragraph %1 of %2").replace("%1", str(number)).replace("%2", str(total))
            )
            self.position_label.setText(position)
            # What a screen reader says on reaching the text, and again when it moves on;
            # at start-up, just after the first paint (_finish_start_up calls this again).
            if self._panels_ready:
                self.view.announce_position(position)

    # Search ------------------------------------------------------------------------------

    def _search_hits_changed(self, hits: list[SearchHit]) -> None:
        if self.document is None:
            return
        spans = [
            (hit.paragraph_number, hit.language, start, end)
            for hit in hits
            if hit.document_key == self.document.id
            for start, end in hit.spans
        ]
        self.view.set_search_spans(spans)

    def _search_hit_chosen(self, hit: SearchHit) -> None:
        if self.document is None or hit.document_key != self.document.id:
            self.open_document(hit.document_key)
        if hit.language not in self.columns:
            self.language_actions[hit.language].setChecked(True)
        self.jump_to_paragraph(hit.paragraph_number)

    # Annotations -------------------------------------------------------------------------

    def refresh_annotations(self) -> None:
        """Redraw highlights and gutter marks, and reload the notes panel and the tags."""
        self._refresh_annotation_marks()
        if self._panels_ready:
            self.notes_dock.refresh()

    def _analyse_topics(self, document: Document) -> None:
        # Never before the text is on screen: a report of a few hundred paragraph versions
        # takes some tens of ms, done once the view has painted; a long one seconds, so a
        # worker thread analyses it and the tree fills in when done.
        if sum(len(v.paragraphs) for v in document.versions.values()) <= MAIN_THREAD_ANALYSIS:
            self.view.after_next_paint(lambda: self._analyse_if_open(document))
            return
        bridge = _AnalysisBridge()
        bridge.finished.connect(self._topics_ready)

        def analyse() -> None:
            found = _topics_and_differences(document)
            # The window may have been closed meanwhile, deleting the bridge with it.
            with contextlib.suppress(RuntimeError):
                bridge.finished.emit(document, *found)

        self._analysis = (bridge, threading.Thread(target=analyse, name="topics", daemon=True))
        self._analysis[1].start()

    def _analyse_if_open(self, document: Document) -> None:
        # Not if the reader opened another document meanwhile, or closed the window.
        if self.document is document and self.isVisible():
            self._topics_ready(document, *_topics_and_differences(document))

    @property
    def analysing_topics(self) -> bool:
        """True from opening a document until its topics and differences are known."""
        return self.document is not None and self._analysed is not self.document

    def _topics_ready(
        self, document: Document, fixed: list[Topic], differences: list[Discrepancy]
    ) -> None:
        # The very document shown, not only its key: a report reloaded with new text after
        # the first paint (a new version of the app) has the same key.
        if self.document is not document or not self.isVisible():
            return  # the reader opened another document meanwhile, or closed the window
        self._analysed = document
        self._fixed_topics, self._differences = fixed, differences
        self.view.set_gutter_marker("discrepancy", {d.paragraph for d in differences})
        self._refresh_annotation_marks()

    def choose_topic(self, topic: Topic) -> None:
        """Mark a topic's paragraphs and bring the first into view."""
        self.topic = topic
        self.view.set_topic_paragraphs(set(topic.paragraphs))
        if topic.paragraphs:
            self.jump_to_paragraph(topic.paragraphs[0])
        label = f"\u2068{topic.label(self.interface_language)}\u2069"  # its own direction
        self.statusBar().showMessage(
            self.tr("%1: paragraphs %2").replace("%1", label)
            .replace("%2", joined(map(str, topic.paragraphs))), 6000,
        )  # fmt: skip

    def step_in_topic(self, direction: int) -> None:
        """The next (+1) or previous (-1) paragraph of the chosen topic."""
        if self.topic is None or not self.topic.paragraphs:
            return
        current = self.view.current_paragraph or 0
        later = [
            n for n in self.topic.paragraphs if (n > current if direction > 0 else n < current)
        ]
        if later:
            self.jump_to_paragraph(later[0] if direction > 0 else later[-1])

    def _refresh_annotation_marks(self) -> None:
        if self.document is None:
            return
        annotations = reader_notes.list_notes(self.session, self.document.id)
        self._show_topics(annotations)
        self.view.set_highlights(
            [
                (
                    a.paragraph_number,
                    a.language,
                    a.anchor.start,
                    a.anchor.end,
                    a.color or DEFAULT_COLOR,
                )
                for a in annotations
                if a.anchor is not None
            ]
        )
        self.view.set_gutter_marker("note", {a.paragraph_number for a in annotations})

    def _tags_edited(self, document: str, tags: frozenset[str]) -> None:
        # Tags are topics: only those of the tags put on or taken off change. A tag draws
        # nothing in the text, so the highlights and gutter marks stay as they are.
        if self._panels_ready and self.document is not None and document == self.document.id:
            from oicreader.ui.topics_dock import tag_topics_of

            topics = tag_topics_of(self.session, document, tags)
            self.topics_dock.show_tag_topics(tags, topics, self.interface_language)

    def _show_topics(self, annotations: list[Annotation] | None = None) -> None:
        # Tags are topics too: a new tag appears in the tree as soon as it is typed.
        if not self._panels_ready or self.document is None:
            return
        from oicreader.topics.tags import tag_topics

        if annotations is None:
            annotations = reader_notes.list_notes(self.session, self.document.id)
        self.topics_dock.show_topics(
            [*self._fixed_topics, *tag_topics(annotations)],
            self._differences,
            self.interface_language,
        )

    def _set_color(self, color: str) -> None:
        self.highlight_color = color

    def _selection_anchor(self) -> tuple[int, str, TextAnchor] | None:
        selected = self.view.selected_range()
        if selected is None or self.view.built is None:
            self.statusBar().showMessage(self.tr("Select some words in one paragraph first."), 4000)
            return None
        number, language, start, end = selected
        cell = self.view.built.cells[(number, language)]
        return number, language, TextAnchor.in_text(cell.text, start, end)

    def highlight_selection(self, color: str | None = None) -> Annotation | None:
        """Highlight the selected words in the chosen colour; saved at once."""
        found = self._selection_anchor()
        if found is None or self.document is None:
            return None
        number, language, anchor = found
        annotation = reader_notes.add_note(
            self.session, self.document.id, number, language,
            anchor=anchor, color=color or self.highlight_color,
        ).annotation  # fmt: skip
        if self.view.current_paragraph != number:
            self.view.go_to_paragraph(number)
        self.refresh_annotations()
        return annotation

    def add_note_to_selection(self) -> Annotation | None:
        """Highlight the selection and put the cursor in its note."""
        annotation = self.highlight_selection()
        if annotation is not None:
            self._focus_note(annotation.id)
        return annotation

    def add_paragraph_note(
        self, number: int | None = None, language: str | None = None
    ) -> Annotation | None:
        """A note on a whole paragraph (the current one unless given)."""
        if self.document is None:
            return None
        number = number or self.view.current_paragraph
        if number is None:
            return None
        language = language or next(
            (code for code in self.view.languages if code == self.interface_language),
            self.document.source_language,
        )
        annotation = reader_notes.add_note(
            self.session, self.document.id, number, language
        ).annotation
        if self.view.current_paragraph != number:
            self.view.go_to_paragraph(number)
        self.refresh_annotations()
        self._focus_note(annotation.id)
        return annotation

    def _focus_note(self, annotation_id: str) -> None:
        self.ensure_panels()
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes_dock.focus_note(annotation_id)

    def delete_note(self, annotation_id: str) -> None:
        """Delete a note; Ctrl+Z brings it back with the same id."""
        reader_notes.delete_note(self.session, annotation_id)
        self.undo_action.setEnabled(self.session.can_undo_delete)
        self.statusBar().showMessage(self.tr("Note deleted. Press Ctrl+Z to bring it back."), 6000)
        self.refresh_annotations()

    def undo_delete(self) -> None:
        """Bring back the last deleted note."""
        if reader_notes.undo_delete(self.session) is None:
            return
        self.undo_action.setEnabled(self.session.can_undo_delete)
        self.refresh_annotations()

    def show_annotation(self, annotation: Annotation) -> None:
        """Bring a note's paragraph into view, opening its document if needed."""
        if self.document is None or self.document.id != annotation.document:
            try:
                self.open_document(annotation.document)
            except DocumentNotFound:
                return
        if annotation.language not in self.columns:
            self.language_actions[annotation.language].setChecked(True)
        self.jump_to_paragraph(annotation.paragraph_number)

    def _extend_context_menu(self, menu: QMenu, point: QPoint) -> None:
        number = self.view.paragraph_at_point(point)
        language = self.view.language_at_point(point)
        first = menu.actions()[0] if menu.actions() else None
        if self.view.selected_range() is not None:
            highlight = QMenu(self.tr("Highlight"), menu)
            for value, action in self.color_actions.items():
                in_colour = functools.partial(self.highlight_selection, value)
                highlight.addAction(action.text(), in_colour)
            # Qt appends when `before` is None (an empty menu), but PySide6's stubs want an action.
            menu.insertMenu(first, highlight)  # type: ignore[arg-type]
            menu.insertAction(first, self.add_note_action)  # type: ignore[arg-type]
        if number is not None:
            note = menu.addAction(self.tr("Note on Paragraph %1…").replace("%1", str(number)))
            note.triggered.connect(lambda: self.add_paragraph_note(number, language))
        if first is not None:
            menu.insertSeparator(first)

    def export_notes(self, path: Path | None = None) -> Path | None:
        """Write every note as W3C Web Annotation JSON-LD."""
        from PySide6.QtWidgets import QFileDialog

        from oicreader.app.note_exchange import export_notes_w3c

        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export notes"), "oicreader-notes.jsonld",
                self.tr("Web Annotation (*.jsonld *.json)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        lead = self.tr("The notes could not be written to this file.")
        try:
            count = export_notes_w3c(self.session, path)
        except ValueError as error:  # a note the format cannot hold, named in the message
            show_failure(self, self.tr("Export failed"), lead, UserFacingError(f"{path}: {error}"))
            return None
        except EXPECTED_FAILURES as problem:
            show_failure(self, self.tr("Export failed"), lead, problem)
            return None
        self.statusBar().showMessage(
            self.tr("Exported %n note(s) to %1", "", count).replace("%1", f"\u2068{path}\u2069"),
            6000,
        )
        return path

    def import_notes(self, path: Path | None = None) -> str | None:
        """Merge notes from a file: all of it or, on any problem, nothing."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from oicreader.annotations.w3c import AnnotationFileError
        from oicreader.app.note_exchange import import_notes, read_notes_file

        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Import notes"),
                "",
                self.tr("Web Annotation (*.jsonld *.json);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            summary = import_notes(self.session, read_notes_file(path)).summary
        except EXPECTED_FAILURES as problem:
            lead = (
                self.tr("No note was imported: the file cannot be read as notes.")
                if isinstance(problem, AnnotationFileError)
                else self.tr("No note was imported; your notes are unchanged.")
            )
            show_failure(self, self.tr("Import failed"), lead, problem)
            return None
        from oicreader.ui.library_messages import notes_import_message

        message = notes_import_message(summary)
        QMessageBox.information(self, self.tr("Notes imported"), message)
        self.refresh_annotations()
        return message

    # Printing ----------------------------------------------------------------------------

    def set_print_selection(self, numbers: set[int]) -> None:
        """Choose the paragraphs to print; shown as a mark beside each paragraph number."""
        available = set(self.document.paragraph_numbers) if self.document else set()
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
        self.statusBar().showMessage(message, 6000)

    def toggle_print_selection(self, number: int, extend: bool = False) -> None:
        """A click on a paragraph number selects or clears it; Shift+click selects a range."""
        if extend and self._last_selected is not None:
            low, high = sorted((self._last_selected, number))
            if self.document is not None:
                span = {n for n in self.document.paragraph_numbers if low <= n <= high}
                self.set_print_selection(self.print_selection | span)
        else:
            self.set_print_selection(self.print_selection ^ {number})
        self._last_selected = number

    def ask_print_selection(self) -> None:
        """Type the paragraphs to print, such as 3, 5-7."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from oicreader.model.selection import SelectionError, parse_paragraph_selection
        from oicreader.ui.print_dialog import explain_selection_problem, selection_text

        if self.document is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Select Paragraphs for Printing"), self.tr("Paragraphs (e.g. 3, 5-7):"),
            text=selection_text(sorted(self.print_selection)),
        )  # fmt: skip
        if not ok:
            return
        try:
            numbers = parse_paragraph_selection(text, self.document.paragraph_numbers)
        except SelectionError:
            problem = explain_selection_problem(text, self.document.paragraph_numbers)
            QMessageBox.warning(self, self.tr("Print selection"), problem)
            return
        self.set_print_selection(set(numbers))

    def _select_search_results(self) -> None:
        if self.document is None:
            return
        key = self.document.id
        hits = {h.paragraph_number for h in self.search_dock.hits if h.document_key == key}
        self.set_print_selection(hits)

    def prepare_print(self, options: PrintOptions | None = None) -> PrintDocument | None:
        """Ask for the print options (unless given) and lay out the pages."""
        from PySide6.QtWidgets import QDialog

        from oicreader.render.print_layout import PrintError, build_print_document
        from oicreader.render.print_options import PrintOptionsError
        from oicreader.ui.print_dialog import PrintOptionsDialog

        if self.document is None:
            return None
        if options is None:
            dialog = PrintOptionsDialog(
                self.document, sorted(self.print_selection), self.view.languages, self
            )
            dialog.set_defaults(self.settings.print_layout, self.settings.print_paper)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            options = dialog.options()
        annotations = reader_notes.list_notes(self.session, self.document.id)
        try:
            return build_print_document(self.document, options, annotations)
        except (PrintError, PrintOptionsError) as problem:
            lead = self.tr("These pages cannot be laid out for printing.")
            show_failure(self, self.tr("Cannot print"), lead, problem)
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
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, printed.page_count)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            paint_pages(printed, printer)

    def print_preview(self, options: PrintOptions | None = None) -> QPrintPreviewDialog | None:
        """Show the pages exactly as they will print."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from oicreader.render.print_pages import apply_page_layout, paint_pages

        printed = self.prepare_print(options)
        if printed is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        apply_page_layout(printer, printed)
        preview = QPrintPreviewDialog(printer, self)
        preview.paintRequested.connect(lambda device: paint_pages(printed, device))
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
            suggested = (self.document.id if self.document else "oicreader") + ".pdf"
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export PDF"), suggested, self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            pages = save_pdf(printed, path)
        except EXPECTED_FAILURES as problem:
            lead = self.tr("The PDF could not be written to this file.")
            show_failure(self, self.tr("Export failed"), lead, problem)
            return None
        self.statusBar().showMessage(
            self.tr("Saved %n page(s) to %1", "", pages).replace("%1", f"\u2068{path}\u2069"),
            6000,
        )
        return path

    # Dialogs -----------------------------------------------------------------------------

    def show_translator_note(self, number: int, language: str, index: int) -> None:
        """Show a translator's note as plain text."""
        from PySide6.QtWidgets import QMessageBox

        if self.document is None:
            return
        notes = self.document.notes_for(number, language)
        if 0 <= index < len(notes):
            box = QMessageBox(self)
            box.setWindowTitle(column_label("translator_note", language))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(notes[index].text)
            box.setIcon(QMessageBox.Icon.Information)
            box.open()

    def show_about(self) -> AboutDialog:
        """Version, data location and licences."""
        from oicreader.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.library.path.parent, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_preferences(self) -> PreferencesDialog:
        """The Preferences; one dialog at a time, its changes applied as they are made."""
        from oicreader.ui.preferences_dialog import PreferencesDialog

        if self._preferences is None:
            self._preferences = PreferencesDialog(
                self.settings, self.session, self.restore_from_backup, self
            )
            self._preferences.finished.connect(self._preferences_closed)
            self.settings.changed.connect(self._setting_changed)
        self._preferences.show()
        self._preferences.raise_()
        self._preferences.activateWindow()
        return self._preferences

    def _preferences_closed(self, _result: int) -> None:
        if self._preferences is not None:
            self.settings.changed.disconnect(self._setting_changed)
            self._preferences.deleteLater()
            self._preferences = None

    def _setting_changed(self, key: str) -> None:
        """Follow a preference the Preferences wrote: columns, zoom and fonts, at once."""
        from oicreader.ui.settings import COLUMNS, FONTS, ZOOM

        if key == COLUMNS and self.settings.columns != self.columns:
            self.set_columns(self.settings.columns)
        elif key == ZOOM and self.settings.zoom != self.zoom:
            self.set_zoom(self.settings.zoom)
        elif key in FONTS:
            self._render()

    def restore_from_backup(self, backup: Path) -> str | None:
        """Put a backup in place of the library and go on reading from it; the message shown.

        The session closes the library for the restore and opens it again whatever happens
        (app/backups.py); the replaced library is kept beside it, so no note is ever lost.
        """
        from PySide6.QtWidgets import QMessageBox

        from oicreader.app.backups import restore_backup
        from oicreader.ui.library_messages import restore_message

        reading = self.document.id if self.document else None
        self.settings.sync()
        try:
            report = restore_backup(self.session, backup).report
        except EXPECTED_FAILURES as problem:
            message = self.tr("The backup was not restored; your library is unchanged.")
            message = f"{message}\n\n{failure_message(problem)}"
            restored = False
        else:
            message, restored = restore_message(report), True
        finally:
            self._library_reopened()
        self.undo_action.setEnabled(self.session.can_undo_delete)
        self.refresh_library()
        try:
            self.open_document(reading)
        except DocumentNotFound:
            self._open_initial_document()
        if restored:
            QMessageBox.information(self, self.tr("Backup restored"), message)
        else:
            QMessageBox.critical(self, self.tr("Restore failed"), message)
        return message

    def _library_reopened(self) -> None:
        # The search panel keeps the library itself; the notes panel reads through the
        # session, and the note editors are made anew when the document is opened again.
        self.search_dock.library = self.library
        self.search_dock.run_search(self.search_dock.query)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's geometry, docks and reading position."""
        self.settings.set_window_state(self.saveGeometry(), self.saveState(), is_right_to_left())
        self.settings.sync()
        self.view.cancel_after_paint()  # nothing may touch the library once it is closed
        super().closeEvent(event)

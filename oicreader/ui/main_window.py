"""The main window: the parallel view, the docks' places, the controllers and their wiring,
and the remembered layout."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from oicreader.app.session import DocumentNotFound, Library, Session
from oicreader.catalog import BUNDLED_DOCUMENT_KEY
from oicreader.render.qt_namespace import Qt
from oicreader.ui.actions import WindowActions, name_shortcuts_in_tooltips
from oicreader.ui.brief_dock import BriefDock
from oicreader.ui.controllers_on_demand import ControllersOnDemand
from oicreader.ui.interface_language import current_language, is_right_to_left
from oicreader.ui.library_dock import LibraryDock
from oicreader.ui.notes_controller import NotesController
from oicreader.ui.notes_dock import NotesDock
from oicreader.ui.outline_dock import OutlineDock
from oicreader.ui.parallel_view import ParallelView
from oicreader.ui.reading_controller import ReadingController
from oicreader.ui.search_dock import SearchDock
from oicreader.ui.settings import Settings
from oicreader.ui.topics_controller import TopicsController
from oicreader.ui.topics_dock import TopicsDock

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent

    from oicreader.app.changes import Changes
    from oicreader.model.document import Document

# Modules needed only by one action (printing, Word import, revisions, note exchange,
# backups, the dialogs, Qt's file, font and message boxes) or only after the first paint
# (the topic analysis, search) are imported inside the controller method that uses them: at
# module level they cost about 150 ms of the window's start-up, python-docx and
# QtPrintSupport most. (PySide builds a Qt class's enums when the class is first imported:
# 0.1-0.7 ms each.)


class MainWindow(QMainWindow, ControllersOnDemand):
    """OIC Reader's window: a document in parallel columns, and a controller per feature."""

    # What a use case changed (app.changes.Changes), announced once for every controller:
    # each redraws only what concerns it.
    changed = Signal(object)

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
        self.brief_dock = BriefDock(self)
        # Hidden until placed (_complete_the_window): shown with the window, unplaced, each
        # would be laid out where it stands, for nothing; the saved layout or the first
        # start's then shows the ones it keeps open.
        for dock in self._docks():
            dock.hide()
        self.position_label = QLabel(self)
        self.position_label.setAccessibleName(self.tr("Position in the document"))
        self.statusBar().addPermanentWidget(self.position_label)
        self.menu_actions = WindowActions(self, settings.columns)
        self.menu_actions.build_menus_and_toolbar(
            [
                self.outline,
                self.topics_dock,
                self.library_dock,
                self.search_dock,
                self.notes_dock,
                self.brief_dock,
            ]
        )
        self.menu_actions.quit_action.triggered.connect(self.close)
        # The reading controller first: the others listen for the documents it opens.
        self.reading = ReadingController(self)
        self.topics = TopicsController(self)
        self.notes = NotesController(self)
        if self.session.encrypted:
            self.locking  # noqa: B018  made now: the idle time is counted from the start
        self._wire_controllers_made_on_demand()
        self.resize(1400, 900)
        geometry, self._saved_dock_state = self.settings.window_state(is_right_to_left())
        if geometry is not None:
            self.restoreGeometry(geometry)
        # The docks' places and the actions' keys wait until the window is mapped
        # (_complete_the_window, at the start of open_first_document).
        self._completed = False
        self._panels_after_first_paint = False
        # Opened at the first show, once the window has its size: laid out now, in a
        # window not yet sized, the text would be laid out twice before the first paint.
        self._initial_key = document_key
        self._shown = False  # once shown, the first report opens (open_first_document)
        self._started = False  # whether open_first_document has run

    def _docks(self) -> tuple[QDockWidget, ...]:
        return (
            self.outline,
            self.library_dock,
            self.topics_dock,
            self.notes_dock,
            self.search_dock,
            self.brief_dock,
        )

    def _place_docks(self) -> None:
        # Qt does not mirror dock areas: the navigation docks go where a line starts (the
        # left, or the right in Arabic), the notes and search where it ends.
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        start_area, end_area = (right, left) if is_right_to_left() else (left, right)
        for navigation_dock in (self.outline, self.library_dock, self.topics_dock):
            self.addDockWidget(start_area, navigation_dock)
        for working_dock in (self.notes_dock, self.search_dock, self.brief_dock):
            self.addDockWidget(end_area, working_dock)

    def _complete_the_window(self) -> None:
        """What the window leaves until it is mapped, all done before its first paint: the
        docks in their places (as saved, or as on a first start) and the actions' keys.
        Both read the Qt namespace, whose 93 enum classes PySide6 builds at its first use:
        some 15 ms that held up the map (render/qt_namespace.py)."""
        if self._completed:
            return
        self._completed = True
        self._place_docks()
        self._restore_docks()
        self.menu_actions.assign_shortcuts()

    def _restore_docks(self) -> None:
        state, self._saved_dock_state = self._saved_dock_state, None
        # Tabified only when nothing is restored: docks tabified before restoreState leave
        # Qt's earlier tab bar drawn across the panels.
        restored = state is not None and self.restoreState(state)
        if not restored:
            # First start: room for the text; Ctrl+F brings the search panel and Ctrl+B or
            # View > Brief the brief, as tabs beside the notes (hidden before they are
            # tabified, for the same reason).
            for dock in (self.outline, self.library_dock, self.topics_dock, self.notes_dock):
                dock.show()
            self.tabifyDockWidget(self.library_dock, self.outline)
            self.tabifyDockWidget(self.outline, self.topics_dock)
            self.tabifyDockWidget(self.notes_dock, self.search_dock)
            self.tabifyDockWidget(self.search_dock, self.brief_dock)
        # With a saved layout the panels keep their widths when their contents arrive, so
        # they are filled after the first paint; without one, their contents decide their
        # widths, and filling them later would narrow the text a moment after it is shown.
        self._panels_after_first_paint = restored

    # What the controllers share ----------------------------------------------------------

    @property
    def library(self) -> Library:
        """The open library (another object after a restore)."""
        return self.session.library

    @property
    def document(self) -> Document | None:
        """The document shown."""
        return self.reading.document

    @property
    def columns(self) -> list[str]:
        """The languages shown, left to right."""
        return self.reading.columns

    @property
    def interface_language(self) -> str:
        """The interface language chosen at start-up (ar, en or fr)."""
        return current_language()

    def announce(self, changes: Changes) -> None:
        """Tell every controller what a use case changed."""
        self.changed.emit(changes)

    # Called by the Preferences dialog ----------------------------------------------------

    def set_columns(self, languages: list[str]) -> None:
        """Show these languages, left to right."""
        self.reading.set_columns(languages)

    def set_font_family(self, script: str, family: str) -> None:
        """Use another font for "arabic" or "latin" text, at once."""
        self.settings.set_font_family(script, family)  # announced: the text is laid out again

    def restore_from_backup(self, backup: Path) -> str | None:
        """Put a backup in place of the library and go on reading from it; the message shown."""
        return self.library_controller.restore_from_backup(backup)

    # Start-up ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.document is None and not self._shown:
            self._shown = True
            # The show event comes before the window is mapped: the report is laid out just
            # after (it took 30 ms), and on a first start the panels are built then too (57
            # ms), so that the window appears at once and the text in it as soon as before.
            QTimer.singleShot(0, self, self.open_first_document)

    def open_first_document(self) -> None:
        """Open the first report, and on a first start build the panels, now if the window
        has not yet: this runs just after the window is first shown (a script or a test
        that uses the window at once calls it itself)."""
        if not self._shown or self._started:
            return
        self._started = True
        self._complete_the_window()
        # Registered first, so the panels fill before the rest of the rows and the topics;
        # and only now: PySide6 loads every widget type of QtWidgets the first time it
        # hands out the view's viewport (9 ms), which held up the map in the show event.
        self.view.after_next_paint(self._finish_start_up)
        if not self._panels_after_first_paint:
            self.ensure_panels()
        if self.document is None:  # (a script may have opened one meanwhile)
            self.open_initial_document()
        if self._panels_ready:
            # The panels' contents changed their sizes: settle the layout before the first
            # paint rather than after it. (A main window always has a layout.)
            layout = self.layout()
            if layout is not None:
                layout.activate()

    @property
    def panels_ready(self) -> bool:
        """True once the side panels are built and filled (see showEvent)."""
        return self._panels_ready

    @property
    def analysing_topics(self) -> bool:
        """True from opening a document until its topics and differences are known."""
        return self.topics.analysing

    def _finish_start_up(self) -> None:
        # What the reader needs a moment after seeing the text; not for a closed window.
        if not self.isVisible():
            return
        self.ensure_panels()
        name_shortcuts_in_tooltips(self.menu_actions.made)
        self.alignment  # noqa: B018  made now: the pointer lights sentences from here on
        self.imports  # noqa: B018  and files dropped on the window are taken
        self.symbol_links  # noqa: B018  and the symbols the report names become links
        self.briefs  # noqa: B018  and the briefs
        self.locking  # noqa: B018  and the lock action's tooltip says why it is disabled
        self.search  # noqa: B018  and the search and printing controllers
        self.printing  # noqa: B018
        try:
            self.library_controller.check_bundled_documents()
        finally:  # whatever became of the check, today's backup of the notes is still due
            self.library_controller.take_daily_backup()

    def ensure_panels(self) -> None:
        """Build and fill the side panels now if they are not yet (an action that needs
        them, such as a new note, may come before the first paint)."""
        if self._panels_ready:
            return
        for dock in (self.outline, self.library_dock, self.topics_dock, self.search_dock):
            dock.ensure_built()
        self.notes_dock.ensure_built()
        self._panels_ready = True
        for controller in (self.library_controller, self.reading, self.notes, self.topics):
            controller.fill_panel()
        self._set_focus_order()

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
            self.search_dock.scope,
            self.search_dock.results,
            self.search_dock.note_results,
            self.notes_dock.filter_text,
            self.notes_dock.filter_document,
            self.notes_dock.filter_tag,
            self.notes_dock.filter_color,
            self.notes_dock.filter_language,
            self.notes_dock.all_notes,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.view.setFocus()

    def open_initial_document(self) -> None:
        """The document asked for at start-up, once; else the last one read, else the
        bundled report, else the first there is (after a restore the one read may be gone)."""
        asked = [self._initial_key] if self._initial_key is not None else []
        self._initial_key = None
        for key in (*asked, self.settings.document_key, BUNDLED_DOCUMENT_KEY, None):
            try:
                self.reading.open_document(key)
                return
            except DocumentNotFound:
                continue

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's geometry, docks and reading position. (A window closed
        before it was completed, never on screen, leaves the saved layout as it was: its
        docks were never placed.)"""
        if self._completed:
            self.settings.set_window_state(
                self.saveGeometry(), self.saveState(), is_right_to_left()
            )
        self.settings.sync()
        self.view.cancel_after_paint()  # nothing may touch the library once it is closed
        super().closeEvent(event)

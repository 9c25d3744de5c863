"""Every action of the main window (text, shortcut, icon), and the menus and toolbar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from oicreader.model.annotation import DEFAULT_COLOR, PALETTE
from oicreader.model.languages import LANGUAGES
from oicreader.paths import interface_icon_path
from oicreader.ui.interface_language import is_right_to_left
from oicreader.ui.names import colour_name, column_toggle_tip, joined, language_name

# Around a key sequence in a right-to-left interface, so that "Ctrl+الأسفل" and "Ctrl++"
# read left to right. Marks, not isolates (U+2066-U+2069): Qt 6.11's labels and item views
# laid "Ctrl+الأسفل" out as "الأسفل+Ctrl" inside an isolate.
LEFT_TO_RIGHT_MARK = "\u200e"


def _standard(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's shortcut for a standard action, or ours where it has none (Quit and
    Preferences have none on Windows and most Linux desktops)."""
    sequence = QKeySequence(key)
    return sequence if not sequence.isEmpty() else QKeySequence(fallback)


def action_name(action: QAction) -> str:
    """An action's text as a reader reads it: no mnemonic "&", no trailing ellipsis."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


def shortcut_text(action: QAction) -> str:
    """An action's shortcuts as the platform writes them ("Ctrl++", "Ctrl+Maj+C"), each
    held left to right in a right-to-left interface ("Ctrl+الأسفل" stays in order)."""
    native = QKeySequence.SequenceFormat.NativeText
    texts = [sequence.toString(native) for sequence in action.shortcuts() if not sequence.isEmpty()]
    if is_right_to_left():
        texts = [f"{LEFT_TO_RIGHT_MARK}{text}{LEFT_TO_RIGHT_MARK}" for text in texts]
    return joined(texts)


def name_shortcuts_in_tooltips(actions: Sequence[QAction]) -> None:
    """Add its shortcut to the tooltip of every action that has one: "Zoom In (Ctrl++)"."""
    for action in actions:
        keys = shortcut_text(action)
        if keys:
            # A tooltip set by hand (the columns' buttons), else the action's name: Qt's
            # tooltip by default is the text, as a bare action with that text has it.
            set_by_hand = action.toolTip() != QAction(action.text()).toolTip()
            tip = action.toolTip() if set_by_hand else action_name(action)
            action.setToolTip(f"{tip} ({keys})")  # the same parentheses in all three languages


class WindowActions(QObject):
    """The window's actions, made once; each controller connects the ones it answers."""

    def __init__(self, window: QMainWindow, columns: Sequence[str]) -> None:
        super().__init__(window)
        self._window = window
        self.made: list[QAction] = []  # every action, in the order made (Help > Keyboard Shortcuts)
        # Each action's keys, given to it by assign_shortcuts.
        self._shortcuts: list[tuple[QAction, QKeySequence | str]] = []
        self._create_file_and_edit_actions()
        self._create_citation_and_help_actions()
        self._create_view_and_go_actions()
        self._create_notes_and_print_actions()
        self._create_brief_actions()
        self.color_actions: dict[str, QAction] = {}
        color_group = QActionGroup(window)
        for name, value in PALETTE.items():
            action = self._action(colour_name(name))
            action.setCheckable(True)
            action.setChecked(value == DEFAULT_COLOR)
            action.setActionGroup(color_group)
            action.setData(value)
            self.color_actions[value] = action
        self.language_actions: dict[str, QAction] = {}
        for number, code in enumerate(LANGUAGES, start=1):
            action = self._action(language_name(code), f"Ctrl+{number}")
            action.setCheckable(True)
            action.setChecked(code in columns)
            action.setData(code)
            action.setToolTip(column_toggle_tip(code))
            self.language_actions[code] = action
        self._set_history_icons()
        # The shortcuts join the tooltips after the first paint (the window's
        # _finish_start_up): no tooltip shows before it, and they cost some 4 M instructions.

    def assign_shortcuts(self) -> None:
        """Give the actions their keys, once the window is mapped and before its first paint
        (MainWindow.open_first_document): setting a shortcut makes PySide6 build the Qt
        namespace (render/qt_namespace.py), which nothing before the map needs."""
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        self._shortcuts.clear()

    def _action(self, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        self._window.addAction(action)  # shortcuts work even when the menu bar is hidden
        self.made.append(action)
        return action

    def _create_file_and_edit_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.import_action = self._action(self.tr("&Import…"), QKeySequence(standard.Open))
        self.compare_action = self._action(self.tr("&Compare Revisions…"))
        self.review_action = self._action(self.tr("Notes to &Review…"))
        self.quit_action = self._action(self.tr("&Quit"), _standard(standard.Quit, "Ctrl+Q"))
        # Enabled, and its tooltip worded, by the lock controller (an encrypted library only).
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L")
        self.lock_action.setEnabled(False)
        self.preferences_action = self._action(
            self.tr("Pr&eferences…"), _standard(standard.Preferences, "Ctrl+,")
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.copy_action = self._action(self.tr("&Copy"), QKeySequence(standard.Copy))
        self.find_action = self._action(self.tr("&Find…"), QKeySequence(standard.Find))
        self.find_next_action = self._action(self.tr("Find &Next"), QKeySequence(standard.FindNext))
        self.find_previous_action = self._action(
            self.tr("Find &Previous"), QKeySequence(standard.FindPrevious)
        )
        self.about_action = self._action(self.tr("&About OIC Reader"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.undo_action = self._action(self.tr("&Undo Delete Note"), QKeySequence(standard.Undo))
        self.undo_action.setEnabled(False)

    def _create_citation_and_help_actions(self) -> None:
        self.copy_citation_action = self._action(self.tr("Copy with Ci&tation"), "Ctrl+Shift+C")
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), "Ctrl+/")
        self.tour_action = self._action(self.tr("&Tour"))

    def _create_view_and_go_actions(self) -> None:
        standard = QKeySequence.StandardKey
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
        self.legend_action = self._action(self.tr("Le&gend…"))
        self.next_in_topic_action = self._action(
            self.tr("Next Paragraph in &Topic"), "Ctrl+Shift+Down"
        )
        self.previous_in_topic_action = self._action(
            self.tr("Previous Paragraph in T&opic"), "Ctrl+Shift+Up"
        )

    def _create_notes_and_print_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.highlight_action = self._action(self.tr("&Highlight Selection"), "Ctrl+H")
        self.add_note_action = self._action(self.tr("Add &Note to Selection…"), "Ctrl+Shift+N")
        self.paragraph_note_action = self._action(
            self.tr("Note on the Current &Paragraph"), "Ctrl+Shift+P"
        )
        self.export_notes_action = self._action(self.tr("&Export Notes…"))
        self.import_notes_action = self._action(self.tr("I&mport Notes…"))
        self.print_action = self._action(self.tr("&Print…"), QKeySequence(standard.Print))
        self.preview_action = self._action(self.tr("Print Pre&view…"), "Ctrl+Shift+O")
        self.export_pdf_action = self._action(self.tr("Export P&DF…"), "Ctrl+Shift+E")
        self.select_typed_action = self._action(self.tr("Select Paragraphs for Printing…"))
        self.select_topic_action = self._action(self.tr("Select This Topic's Paragraphs"))
        self.select_results_action = self._action(self.tr("Select the Search Results"))
        self.clear_selection_action = self._action(self.tr("Clear Print Selection"))

    def _create_brief_actions(self) -> None:
        self.add_to_brief_action = self._action(self.tr("Add to &Brief"), "Ctrl+B")
        self.add_topic_to_brief_action = self._action(self.tr("Add This Topic to Brief"))
        self.add_results_to_brief_action = self._action(self.tr("Add the Search Results to Brief"))

    def _set_history_icons(self) -> None:
        # Arrows that point a direction: in a right-to-left interface "back" points right.
        # Our own icons, not the style's: in PySide, QStyle's enums alone add 5 ms to the
        # start-up, and these look the same on every system, in the palette's ink.
        back, forward = (
            ("arrow-right", "arrow-left")
            if self._window.isRightToLeft()
            else ("arrow-left", "arrow-right")
        )
        on_dark = self._window.palette().color(QPalette.ColorRole.Window).lightness() < 128
        ink = "-on-dark" if on_dark else ""
        self.back_action.setIcon(QIcon(str(interface_icon_path(back + ink))))
        self.forward_action.setIcon(QIcon(str(interface_icon_path(forward + ink))))
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)

    def build_menus_and_toolbar(self, docks: Sequence[QDockWidget]) -> None:
        """The menu bar (the docks' toggles under View) and the main toolbar."""
        menu_bar = self._window.menuBar()
        self._build_file_menu(menu_bar.addMenu(self.tr("&File")))
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        for action in (
            self.copy_action, self.find_action, self.find_next_action, self.find_previous_action,
        ):  # fmt: skip
            edit_menu.addAction(action)
        edit_menu.insertAction(self.find_action, self.copy_citation_action)
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
        notes_menu.addSeparator()
        for action in (
            self.add_to_brief_action,
            self.add_topic_to_brief_action,
            self.add_results_to_brief_action,
        ):
            notes_menu.addAction(action)
        self._build_view_menu(menu_bar.addMenu(self.tr("&View")), docks)
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
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.tour_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self._build_toolbar()

    def _build_file_menu(self, file_menu: QMenu) -> None:
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
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)

    def _build_view_menu(self, view_menu: QMenu, docks: Sequence[QDockWidget]) -> None:
        languages_menu = view_menu.addMenu(self.tr("&Languages"))
        for action in self.language_actions.values():
            languages_menu.addAction(action)
        # Filled by the reading controller: one entry per order of the columns shown.
        self.order_menu = view_menu.addMenu(self.tr("Column &Order"))
        view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.arabic_font_action)
        view_menu.addAction(self.latin_font_action)
        view_menu.addSeparator()
        for dock in docks:
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(self.legend_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self._window)
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
        self._window.addToolBar(toolbar)

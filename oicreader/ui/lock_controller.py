"""The encrypted library's lock: the passphrase asked at start and to unlock, the lock after
an idle time or on File > Lock (Ctrl+L), and the lock screen shown meanwhile.

A lock hides the text and every note (the view is taken out of the window, the panels and
toolbar hidden, the other windows of ours closed), empties what holds note text in memory
(the notes panel's models and editors, the search results, the highlights), and closes the
session, which drops the SQLCipher connection, its key and the passphrase held for backups.
What Python cannot promise: a str cannot be wiped, only let go of, so a copy of the
passphrase or of a note's text may stay in freed memory until it is reused; SQLCipher wipes
its own key when the connection closes. Unlock always asks the passphrase (never the
keychain: a lock protects an unlocked computer, whose keychain is open too).

Only an encrypted library can be locked: a plain one is readable on disk by anyone at the
computer, so hiding the window would promise what it cannot keep (the action says so).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMenu,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from oicreader.app.changes import Changes
from oicreader.app.session import Session, WrongPassphrase
from oicreader.render.qt_namespace import Qt
from oicreader.ui.actions import shortcut_text
from oicreader.ui.interface_language import current_language
from oicreader.ui.passphrase_dialog import ask_passphrase
from oicreader.ui.settings import IDLE_LOCK, Settings

if TYPE_CHECKING:
    from oicreader.ui.main_window import MainWindow

Opened = TypeVar("Opened")

# Input that shows the reader is there; timers, paints and the like do not count.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def forgotten_passphrase_warning() -> str:
    """What a forgotten passphrase means, said wherever it is asked."""
    return QCoreApplication.translate(
        "LockController",
        "If the passphrase is forgotten, the notes are gone: no one, not even the makers of"
        " OIC Reader, can recover them.",
    )


def ask_until_opened(
    parent: QWidget | None,
    library: Path,
    open_with: Callable[[str], Opened],
    settings: Settings | None = None,
) -> Opened | None:
    """Ask the encrypted library's passphrase until `open_with` opens it; None when the
    reader cancels (nothing is changed). With `settings` saying so, a passphrase that opens
    it is remembered in the keychain."""
    title = QCoreApplication.translate("LockController", "Encrypted library")
    explanation = "\n\n".join(
        (
            QCoreApplication.translate(
                "LockController", "Your library %1 is encrypted. Type its passphrase to open it."
            ).replace("%1", f"\u2068{library.name}\u2069"),
            forgotten_passphrase_warning(),
        )
    )
    problem = ""
    while True:
        passphrase = ask_passphrase(parent, title, explanation, problem=problem)
        if passphrase is None:
            return None
        try:
            opened = open_with(passphrase)
        except WrongPassphrase:
            problem = QCoreApplication.translate(
                "LockController",
                "This passphrase does not open the library. Type it again (capitals count).",
            )
            continue
        if settings is not None and settings.remember_passphrase:
            from oicreader.app.keychain import remember_passphrase

            remember_passphrase(library, passphrase)
        return opened


class LockScreen(QWidget):
    """What the window shows while locked: a word on why, and the way back in."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock-screen")
        self.message = QLabel(
            self.tr("OIC Reader is locked: the text and your notes are hidden, and the library"
                    " is closed."),
            self,
        )  # fmt: skip
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("&Unlock…"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)


class LockController(QObject):
    """Owns File > Lock, the idle time and the lock screen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action: QAction = window.menu_actions.lock_action
        self.locked = False
        self.screen: LockScreen | None = None
        self._saved_state = QByteArray()
        self._enabled_before: dict[QAction, bool] = {}
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self.lock)
        self._watching_input = False
        self.action.triggered.connect(self.lock)
        window.settings.changed.connect(self._setting_changed)
        window.changed.connect(self._changes_seen)
        window.installEventFilter(self)  # a close while locked: see eventFilter
        self._follow_library()

    @property
    def available(self) -> bool:
        """True when the library is encrypted, so a lock protects something."""
        return self.window.session.encrypted

    def _follow_library(self) -> None:
        # Encryption may be turned on or off while the window is open (a reopened library).
        available = self.available
        self.action.setEnabled(available and not self.locked)
        if available:
            tip = self.tr("Hide the text and notes and close the library until its passphrase"
                          " is typed again")  # fmt: skip
        else:
            tip = self.tr("Only an encrypted library can be locked")
        self.action.setToolTip(f"{tip} ({shortcut_text(self.action)})")
        self.action.setStatusTip(tip)
        self._restart_idle_timer()

    def _changes_seen(self, changes: Changes) -> None:
        if changes.library_reopened and not self.locked:
            self._follow_library()

    def _setting_changed(self, key: str) -> None:
        if key == IDLE_LOCK:
            self._restart_idle_timer()

    # Idle time ------------------------------------------------------------------------------

    def _restart_idle_timer(self) -> None:
        minutes = self.window.settings.idle_lock_minutes
        watch = minutes is not None and self.available and not self.locked
        application = QApplication.instance()
        # The filter sees every event of the app, so it is there only while it is needed.
        if watch and not self._watching_input and application is not None:
            application.installEventFilter(self)
            self._watching_input = True
        elif not watch and self._watching_input and application is not None:
            application.removeEventFilter(self)
            self._watching_input = False
        if watch and minutes is not None:
            self._idle_timer.start(max(1, round(minutes * 60_000)))
        else:
            self._idle_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY and self._idle_timer.isActive():
            self._idle_timer.start()  # the same interval, counted from now
        elif kind == QEvent.Type.Close and watched is self.window and self.locked:
            # The window saves its layout as it closes: the layout from before the lock.
            self.window.restoreState(self._saved_state)
        return False

    # Lock and unlock ------------------------------------------------------------------------

    def lock(self) -> bool:
        """Hide the text and notes, forget them, and close the library; False when there
        is nothing to lock (a plain library, or locked already)."""
        if self.locked or not self.available:
            return False
        window = self.window
        self.locked = True  # from here: events processed below must not lock it again
        self._close_other_windows()
        # A note left empty is deleted once the focus has left it for another widget of
        # ours (NotesDock._editor_left, a zero timer): let that happen now, while the library
        # is open.
        window.view.setFocus()
        QApplication.processEvents()
        window.settings.sync()
        self._saved_state = window.saveState()
        self._enabled_before = {action: action.isEnabled() for action in self._actions()}
        for action in self._enabled_before:
            action.setEnabled(action is window.menu_actions.quit_action)
        for dock_or_bar in (*window.findChildren(QDockWidget), *window.findChildren(QToolBar)):
            dock_or_bar.hide()
        window.statusBar().hide()  # where the reader was, and what is selected to print
        view = window.takeCentralWidget()
        if view is not None:
            view.setParent(window)  # kept, hidden, with the document and its position
            view.hide()
        self.screen = LockScreen(window)
        self.screen.unlock_button.clicked.connect(self.unlock)
        window.setCentralWidget(self.screen)
        self.screen.unlock_button.setFocus()
        self._forget_notes()
        window.session.lock()
        self.action.setEnabled(False)
        self._restart_idle_timer()
        return True

    def unlock(self) -> bool:
        """Ask the passphrase, open the library again, and show the text and notes where
        they were; False when the reader cancels (the window stays locked)."""
        if not self.locked:
            return False
        window = self.window
        session = window.session

        def reopened(passphrase: str) -> Session:
            session.reopen(passphrase)
            return session

        if ask_until_opened(window, session.path, reopened) is None:
            return False
        self.locked = False
        paragraph = window.view.current_paragraph
        if self.screen is not None:
            window.takeCentralWidget()
            self.screen.deleteLater()
            self.screen = None
        window.setCentralWidget(window.view)
        window.view.show()
        window.restoreState(self._saved_state)
        window.statusBar().show()
        for action, enabled in self._enabled_before.items():
            action.setEnabled(enabled)
        self._enabled_before = {}
        # Everything read from the library again, the tags among the topics too.
        window.announce(Changes(library_reopened=True, tags_changed=True, topics_changed=True))
        if paragraph is not None:
            window.view.go_to_paragraph(paragraph)
        window.view.setFocus()
        self._follow_library()
        return True

    def _actions(self) -> list[QAction]:
        # Every action of the menus (the docks' toggles and the column orders included) and
        # every shortcut the window answers.
        found: list[QAction] = list(self.window.menu_actions.made)
        pending = list(self.window.menuBar().actions())
        while pending:
            action = pending.pop()
            menu = action.menu()
            if isinstance(menu, QMenu):
                pending.extend(menu.actions())
            elif not action.isSeparator() and action not in found:
                found.append(action)
        return [action for action in found if action is not self.action]

    def _close_other_windows(self) -> None:
        # Dialogs of ours (Preferences, a review of notes) may show notes or use the library.
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible() or not self._is_ours(widget):
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    def _is_ours(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self.window:
                return True
            parent = parent.parentWidget()
        return False

    def _forget_notes(self) -> None:
        # Whatever holds a note's text or place in memory is emptied; the library is read
        # again at unlock (Changes(library_reopened=True)).
        window = self.window
        window.view.set_highlights([])
        window.view.set_gutter_marker("note", set())
        notes = window.notes_dock
        if notes.built:
            notes.document_key = notes.paragraph_number = None
            notes.refresh_current()  # no paragraph: its editors and their undo go
            notes.all_notes_model.clear()
            notes.known_tags = None
        if window.topics_dock.built:  # the reader's tags are topics too
            window.topics_dock.show_tag_topics([], current_language())
        search = window.search_dock
        if search.built:
            search.run_search("")  # no query: no hits kept (the query stays in its field)

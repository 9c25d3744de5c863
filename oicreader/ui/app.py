"""Starting the window: the QApplication, its language, fonts, the library, and screenshots."""

from __future__ import annotations

import contextlib
import gc
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from oicreader.app.session import Library, PassphraseNeeded, WrongPassphrase, upgrade_may_be_due
from oicreader.paths import icon_path
from oicreader.render.qt_namespace import Qt
from oicreader.ui.interface_language import InterfaceLanguage, choose_language
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings

APPLICATION_NAME = "OIC Reader"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created on first use. (The bundled fonts are registered by the
    view that first lays text out in them, once the window is mapped.)"""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QCoreApplication.setOrganizationName("OICReader")
        QCoreApplication.setApplicationName("OICReader")
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationDisplayName(APPLICATION_NAME)
        app.setWindowIcon(QIcon(str(icon_path())))
        # Lets Linux desktops match the window to its menu entry and icon.
        app.setDesktopFileName("org.oicreader.OICReader")
    return app


@contextmanager
def interface_language(app: QApplication, requested: str | None) -> Iterator[str]:
    """Install the interface language for as long as the window lives; yield its code.

    --ui-lang wins, then the language chosen in the Preferences, then the system's; only
    Arabic, English and French are offered, English otherwise. Installed before any widget
    is made, so every tr() call and the layout direction see it.
    """
    chosen = choose_language(requested, Settings().interface_language)
    installed = InterfaceLanguage(chosen).install(app)
    try:
        yield chosen
    finally:
        installed.remove(app)


def open_window(library: Library, document: str | None = None) -> MainWindow:
    """A main window on the library, optionally on one document (a symbol or key; an
    unknown one raises DocumentNotFound here, not once the window is shown)."""
    key = library.find_key(document) if document is not None else None
    window = MainWindow(library, Settings(), document_key=key)
    recovery = library.recovery
    if recovery is not None:  # rare: what follows is imported only then
        from PySide6.QtWidgets import QMessageBox

        from oicreader.ui.library_messages import recovery_message, recovery_title

        QTimer.singleShot(
            0,
            lambda: QMessageBox.warning(window, recovery_title(), recovery_message(recovery)),
        )
    return window


def open_library_for_window(settings: Settings) -> Library | None:
    """The reader's library, opened for the window; an encrypted one with its passphrase:
    the one given to the command, else the keychain's when the reader chose so, else asked
    (until it opens) before anything of the library is shown. None when the reader cancels:
    nothing was opened or changed.

    The daily backup and the check of the bundled files wait until the report is on screen
    (MainWindow._finish_start_up).
    """
    from oicreader.app.encryption import library_is_encrypted
    from oicreader.paths import library_path

    path = library_path()

    def opened(passphrase: str | None = None) -> Library:
        if not upgrade_may_be_due(path):  # as on every start but the first after an update
            return Library.open(upkeep_now=False, passphrase=passphrase)
        # On a worker thread, so that an upgrade to this version's schema (up to a minute)
        # is said on screen instead of leaving the reader with nothing there.
        from oicreader.ui.library_opening import opened_showing_progress

        return opened_showing_progress(
            lambda on_upgrade: Library.open(
                upkeep_now=False, passphrase=passphrase, on_upgrade=on_upgrade
            )
        )

    if not library_is_encrypted():
        return opened()
    from oicreader.ui.lock_controller import ask_until_opened

    # The passphrase given to the command (OICREADER_PASSPHRASE, --passphrase-stdin), if any.
    with contextlib.suppress(PassphraseNeeded, WrongPassphrase):
        return opened()
    if settings.remember_passphrase:
        from oicreader.app.keychain import forget_remembered_passphrase, remembered_passphrase

        remembered = remembered_passphrase(path)
        if remembered is not None:
            try:
                return opened(remembered)
            except WrongPassphrase:  # changed since (oicreader passphrase): ask the new one
                forget_remembered_passphrase(path)
    return ask_until_opened(None, path, opened, settings)


def run_window(document: str | None = None, ui_language: str | None = None) -> int:
    """Open the main window and run until it is closed (at once, changing nothing, when the
    reader cancels the passphrase of an encrypted library)."""
    app = application()
    with interface_language(app, ui_language):
        opened = open_library_for_window(Settings())
        if opened is None:
            return 0
        library = opened
        window: MainWindow | None = None
        try:
            window = open_window(library, document)
            window.show()
            window.view.after_next_paint(collect_garbage_from_now_on)
            # Here, not in the window: never in a screenshot, nor in a test that does not ask.
            window.view.after_next_paint(lambda: window.help.offer_first_run_tour())
            return app.exec()
        finally:
            # A restore from the Preferences leaves the window on a new library object.
            if window is not None and window.library is not library:
                window.library.close()
            library.close()


def collect_garbage_from_now_on() -> None:
    """Resume the cyclic collector, paused while the window started (cli/window.py).

    What exists by now lives as long as the app: frozen, later collections leave it out
    instead of walking it each time.
    """
    gc.freeze()
    gc.enable()


def take_screenshot(
    output: Path,
    document: str | None,
    paragraph: int | None,
    width: int,
    height: int,
    ui_language: str | None = None,
    before_grab: Callable[[MainWindow], None] | None = None,
) -> Path:
    """Render the main window at a size to a PNG, without a display; `before_grab` may act
    on the settled window first (the README's sentence-links picture places a caret)."""
    app = application()
    with interface_language(app, ui_language), Library.open() as library:
        window = open_window(library, document)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(width, height)
        window.show()
        if paragraph is not None:
            window.reading.jump_to_paragraph(paragraph)
        # The window as a reader sees it a moment after it opens: panels filled, every row
        # and the front matter laid out, topics found (these normally follow the first paint).
        window.ensure_panels()
        window.view.finish_building()
        deadline = time.monotonic() + 30
        while window.analysing_topics and time.monotonic() < deadline:
            app.processEvents()
        for _ in range(5):  # let layout and the text document settle
            app.processEvents()
        if paragraph is not None:
            window.view.go_to_paragraph(paragraph)
            app.processEvents()
        if before_grab is not None:
            before_grab(window)
            app.processEvents()
        pixmap = window.grab()
        window.close()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(output), "PNG"):
        raise OSError(f"cannot write {output}")
    return output

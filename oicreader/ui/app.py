"""Starting the window: the QApplication, fonts, the library, and offscreen screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from oicreader.render.fonts import register_bundled_fonts
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings

APPLICATION_NAME = "OIC Reader"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created on first use, with the bundled fonts registered."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QCoreApplication.setOrganizationName("OICReader")
        QCoreApplication.setApplicationName("OICReader")
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationDisplayName(APPLICATION_NAME)
    register_bundled_fonts()
    return app


def open_window(library: Library, document: str | None = None) -> MainWindow:
    """A main window on the library, optionally on one document."""
    window = MainWindow(library, Settings())
    if document is not None:
        window.open_document(document)
    if library.recovery is not None:
        QTimer.singleShot(
            0,
            lambda: QMessageBox.warning(
                window, window.tr("Library restored"), library.recovery.message()
            ),
        )
    return window


def run_window(document: str | None = None) -> int:
    """Open the main window and run until it is closed."""
    app = application()
    with Library.open() as library:
        window = open_window(library, document)
        window.show()
        return app.exec()


def take_screenshot(
    output: Path, document: str | None, paragraph: int | None, width: int, height: int
) -> Path:
    """Render the main window at a size to a PNG, without a display."""
    app = application()
    with Library.open() as library:
        window = open_window(library, document)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(width, height)
        window.show()
        if paragraph is not None:
            window.jump_to_paragraph(paragraph)
        for _ in range(5):  # let layout and the text document settle
            app.processEvents()
        if paragraph is not None:
            window.view.go_to_paragraph(paragraph)
            app.processEvents()
        pixmap = window.grab()
        window.close()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(output), "PNG"):
        raise OSError(f"cannot write {output}")
    return output

"""Opening the library for the window without leaving the reader with nothing on screen.

Opening takes a few ms, but upgrading a large library to a new version's schema takes up
to a minute once (150,000 paragraph versions from schema 4: 32-37 s, with the backup
before it), and a second start waits up to 10 s for the write lock while another upgrades
it. When an upgrade may be due (ui/app.py asks), the open runs on a worker thread; past a
moment, a small window says what is happening, and the event loop keeps it (and the
desktop's view of the app) alive until the library is open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from oicreader.app.session import Library

# Until this many seconds, nothing is shown: a normal open is over long before.
_QUIET_SECONDS = 0.3

Upgrade = Callable[[int, int], None]


def opened_showing_progress(open_library: Callable[[Upgrade], Library]) -> Library:
    """`open_library(on_upgrade)`, run on a worker thread; what it raises is raised here.
    Once it has taken more than a moment, a window says the library is opening, or being
    upgraded once `on_upgrade` was called, until it returns."""
    upgrading = threading.Event()
    outcome: list[Library | BaseException] = []

    def run() -> None:
        try:
            outcome.append(open_library(lambda _old, _new: upgrading.set()))
        except BaseException as error:  # handed to the caller's thread, raised there
            outcome.append(error)

    worker = threading.Thread(target=run, name="library-open", daemon=True)
    worker.start()
    worker.join(_QUIET_SECONDS)
    if worker.is_alive():
        _wait_showing_progress(worker, upgrading)
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _wait_showing_progress(worker: threading.Thread, upgrading: threading.Event) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    dialog = _progress_window()
    shown_upgrading = False
    try:
        while worker.is_alive():
            if upgrading.is_set() and not shown_upgrading:
                shown_upgrading = True
                dialog.setLabelText(upgrade_text())
            if not dialog.isVisible():  # Escape: there is nothing to cancel
                dialog.show()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            worker.join(0.05)
    finally:
        dialog.close()
        dialog.deleteLater()


def _progress_window() -> QProgressDialog:
    from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog

    from oicreader.render.qt_namespace import Qt

    dialog = QProgressDialog()
    dialog.setWindowTitle(QApplication.applicationDisplayName())
    label = QLabel(dialog)
    label.setWordWrap(True)  # the upgrade's two sentences, on lines of a readable length
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    dialog.setLabel(label)
    dialog.setLabelText(opening_text())
    dialog.setCancelButton(None)  # an upgrade is one transaction: it finishes or changes nothing
    dialog.setRange(0, 0)  # busy: neither step counts the rows it has left
    dialog.setMinimumDuration(0)
    dialog.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
    # The passphrase dialog that asked for this open must not take a second click meanwhile.
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumWidth(420)
    dialog.show()
    return dialog


def opening_text() -> str:
    """What the window says while the library opens slowly (another app writing to it)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("LibraryOpening", "Opening the library…")


def upgrade_text() -> str:
    """What the window says while the library is upgraded for a new version."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "LibraryOpening",
        "Upgrading the library for this version of OIC Reader. This happens once, and takes "
        "up to a minute for a large library.",
    )

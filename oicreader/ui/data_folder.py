"""The data folder shown as a read-only path with a button that opens it in the file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from oicreader.render.qt_namespace import Qt


class DataFolderRow(QWidget):
    """Where the reader's data lives, and "Open Folder"."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.path = QLineEdit(str(folder), self)
        self.path.setReadOnly(True)
        # A path reads left to right in any interface: in a right-to-left field its leading
        # "/" or drive letter would be moved to the other end.
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path.setAccessibleName(self.tr("Data folder"))
        self.open_button = QPushButton(self.tr("&Open Folder"), self)
        self.open_button.setAccessibleDescription(
            self.tr("Show the data folder in the system's file manager")
        )
        self.open_button.clicked.connect(self.open_folder)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.open_button)

    def open_folder(self) -> bool:
        """Open the folder in the file manager (a local file URL: nothing leaves the machine)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

"""Help → About: the version, where the reader's data lives, and the licences."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oicreader import __version__
from oicreader.paths import amiri_font_files
from oicreader.render.qt_namespace import Qt
from oicreader.ui.bidi_item_delegate import BidiItemDelegate, start_alignment
from oicreader.ui.data_folder import DataFolderRow

OFL_URL = "https://openfontlicense.org"


def amiri_licence_text() -> str | None:
    """The OFL as shipped beside the Amiri font files (fontpkg-amiri's LICENSE), if present."""
    fonts = amiri_font_files()
    if not fonts:
        return None
    licence = fonts[0].parent.parent / "LICENSE"
    try:
        return licence.read_text(encoding="utf-8")
    except OSError:
        return None


class AboutDialog(QDialog):
    """Version, data location and the licences of OIC Reader and of what it is built on."""

    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About OIC Reader"))
        self.setObjectName("about-dialog")
        tabs = QTabWidget(self)
        tabs.addTab(self._about_page(data_folder), self.tr("&About"))
        tabs.addTab(self._licences_page(), self.tr("&Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def _about_page(self, data_folder: Path) -> QWidget:
        page = QWidget(self)
        # Plain text, not <h2>: a rich-text label would take its direction from the Latin
        # name and stand on the left of an Arabic dialog.
        title = QLabel("OIC Reader", page)  # the product's name, in every language
        title.setTextFormat(Qt.TextFormat.PlainText)
        heading = title.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.6)
        heading.setBold(True)
        title.setFont(heading)
        version = QLabel(self.tr("Version %1").replace("%1", __version__), page)
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Technical names and numbers only, read left to right in any interface.
        built_on = QLabel(f"Qt {qVersion()} · PySide6 {PySide6.__version__}", page)
        built_on.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        built_on.setAlignment(start_alignment(self.layoutDirection()))
        built_on.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(
            self.tr(
                "An offline reader for the reports of the Organisation of Islamic Cooperation:"
                " the Arabic text beside its English and French translations, paragraph by"
                " paragraph, with your own notes. It never connects to the network."
            ),
            page,
        )
        summary.setWordWrap(True)
        where = QLabel(self.tr("Your notes, settings and backups are kept in this folder:"), page)
        where.setWordWrap(True)
        self.data_folder = DataFolderRow(data_folder, page)
        where.setBuddy(self.data_folder.path)
        layout = QVBoxLayout(page)
        for widget in (title, version, built_on, summary, where, self.data_folder):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _licences_page(self) -> QWidget:
        page = QWidget(self)
        self.licences = QTreeWidget(page)
        self.licences.setHeaderLabels([self.tr("Component"), self.tr("Licence")])
        self.licences.setRootIsDecorated(False)
        self.licences.setAccessibleName(self.tr("Licences of OIC Reader and its components"))
        self.licences.setItemDelegate(BidiItemDelegate(self.licences, align_to_text=False))
        mit = self.tr("MIT License")
        lgpl = self.tr("GNU Lesser General Public License, version 3")
        rows = [
            ("OIC Reader", mit),
            ("Qt, PySide6", lgpl),
            (self.tr("Amiri font"), self.tr("SIL Open Font License, version 1.1")),
            ("python-bidi", lgpl),
            ("arabic-reshaper", mit),
            ("sqlite-utils", self.tr("Apache License, version 2.0")),
            ("platformdirs", mit),
            ("python-docx", mit),
            ("pypdfium2", self.tr("Apache License, version 2.0, or BSD 3-Clause License")),
            ("PDFium", self.tr("BSD 3-Clause License")),
            ("snowballstemmer", self.tr("BSD 3-Clause License")),
            ("SQLCipher", self.tr("BSD 3-Clause License")),
            ("sqlcipher3", self.tr("zlib License")),
            ("PyNaCl", self.tr("Apache License, version 2.0")),
            ("libsodium", self.tr("ISC License")),
            ("keyring", mit),
            ("jeepney", mit),
        ]
        for component, licence in rows:
            self.licences.addTopLevelItem(QTreeWidgetItem([component, licence]))
        self.licences.resizeColumnToContents(0)
        notice = QLabel(
            self.tr(
                "The Amiri font (copyright 2010–2022 The Amiri Project Authors) is licensed"
                " under the SIL Open Font License 1.1: it may be used, studied, modified and"
                " redistributed freely, and bundled with any software, but not sold by"
                " itself. The licence follows; its English text is the authoritative one."
            ),
            page,
        )
        notice.setWordWrap(True)
        self.ofl_text = QPlainTextEdit(page)
        self.ofl_text.setObjectName("licence-text")
        self.ofl_text.setReadOnly(True)
        self.ofl_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # English legal text
        self.ofl_text.setAccessibleName(self.tr("Text of the SIL Open Font License"))
        self.ofl_text.setPlainText(amiri_licence_text() or f"SIL Open Font License 1.1\n{OFL_URL}")
        layout = QVBoxLayout(page)
        layout.addWidget(self.licences, 1)
        layout.addWidget(notice)
        layout.addWidget(self.ofl_text, 2)
        return page

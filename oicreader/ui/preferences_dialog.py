"""Edit → Preferences: interface language, fonts, columns, printing defaults, data and backups.

Every change is written to the settings at once, which announce it: the window follows the
fonts and columns at once, and the interface language at the next start (the dialog says so
beside it), because the window's menus, docks and dialogs are built in one language. The
dialog knows nothing of the window: a restore is handed to the callback it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oicreader.app.backups import back_up_now, list_backups
from oicreader.app.keychain import (
    forget_remembered_passphrase,
    keychain_available,
    remember_open_library_passphrase,
)
from oicreader.app.session import Session
from oicreader.errors import EXPECTED_FAILURES
from oicreader.model.languages import LANGUAGES
from oicreader.render.fonts import AMIRI_FAMILY
from oicreader.render.qt_namespace import USER_ROLE, Qt
from oicreader.ui.data_folder import DataFolderRow
from oicreader.ui.error_dialog import failure_message
from oicreader.ui.interface_language import choose_language, is_right_to_left
from oicreader.ui.library_messages import isolated, local_time
from oicreader.ui.names import backup_reason_name, language_name, paper_names, print_layout_names
from oicreader.ui.settings import COLUMNS, FONTS, Settings

# Each language named in itself, as language choosers do, so a reader finds their own
# language whatever the interface is in now.
ENDONYMS = {"ar": "العربية", "en": "English", "fr": "Français"}
# The idle times offered before an encrypted library locks, in minutes (or Never).
IDLE_LOCK_CHOICES = (1, 5, 15, 30, 60)
_PATH_ROLE = USER_ROLE
_TAKEN_ROLE = USER_ROLE + 1


# Puts a backup in place of the library and has everything shown read again; the message
# to show, or None when nothing was done.
RestoreBackup = Callable[[Path], "str | None"]


class PreferencesDialog(QDialog):
    """The reader's preferences, written to the settings as they change."""

    def __init__(
        self,
        settings: Settings,
        session: Session,
        restore: RestoreBackup,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self._restore = restore
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences-dialog")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._interface_page(), self.tr("&Interface"))
        self.tabs.addTab(self._printing_page(), self.tr("&Printing"))
        self.tabs.addTab(self._data_page(), self.tr("&Data and Backups"))
        self.tabs.addTab(self._security_page(), self.tr("&Security"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(560, 520)
        # A menu of the window may change the same settings while the dialog is open.
        settings.changed.connect(self._setting_changed)

    def _setting_changed(self, key: str) -> None:
        if key == COLUMNS and self.chosen_columns() != self.settings.columns:
            self._fill_columns()
        elif key in FONTS:
            fonts = self.settings.fonts
            for box, family in (
                (self.arabic_font, fonts.arabic_family),
                (self.latin_font, fonts.latin_family),
            ):
                if family and box.currentFont().family() != family:
                    box.blockSignals(True)
                    box.setCurrentFont(QFont(family))
                    box.blockSignals(False)

    # Interface: language, fonts, columns ----------------------------------------------------

    def _interface_page(self) -> QWidget:
        page = QWidget(self)
        language_box = QGroupBox(self.tr("Interface language"), page)
        self.language = QComboBox(language_box)
        self.language.setObjectName("interface-language")
        system = language_name(choose_language(None, None))
        self.language.addItem(self.tr("As the system (%1)").replace("%1", system), "")
        for code in LANGUAGES:
            self.language.addItem(ENDONYMS[code], code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.settings.interface_language or ""))
        )
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(
            self.tr("A new interface language takes effect the next time OIC Reader starts."),
            language_box,
        )
        self.language_note.setWordWrap(True)
        language_layout = QVBoxLayout(language_box)
        language_layout.addWidget(self.language)
        language_layout.addWidget(self.language_note)

        fonts_box = QGroupBox(self.tr("Fonts of the text"), page)
        fonts = self.settings.fonts
        self.arabic_font = QFontComboBox(fonts_box)
        self.arabic_font.setWritingSystem(QFontDatabase.WritingSystem.Arabic)
        self.arabic_font.setCurrentFont(QFont(fonts.arabic_family or AMIRI_FAMILY))
        self.arabic_font.currentFontChanged.connect(
            lambda font: self.settings.set_font_family("arabic", font.family())
        )
        self.latin_font = QFontComboBox(fonts_box)
        self.latin_font.setWritingSystem(QFontDatabase.WritingSystem.Latin)
        self.latin_font.setCurrentFont(QFont(fonts.latin_family or self.font().family()))
        self.latin_font.currentFontChanged.connect(
            lambda font: self.settings.set_font_family("latin", font.family())
        )
        fonts_layout = QFormLayout(fonts_box)
        fonts_layout.addRow(self.tr("&Arabic:"), self.arabic_font)
        fonts_layout.addRow(self.tr("&English and French:"), self.latin_font)
        fonts_layout.addRow(QLabel(self.tr("Fonts change at once."), fonts_box))

        columns_box = QGroupBox(self.tr("Languages shown"), page)
        self.columns_label = QLabel(
            self.tr("Tick the languages to show, in their order from the right edge of the text:")
            if is_right_to_left()
            else self.tr(
                "Tick the languages to show, in their order from the left edge of the text:"
            ),
            columns_box,
        )
        self.columns_label.setWordWrap(True)
        self.columns = QListWidget(columns_box)
        self.columns.setAccessibleName(self.tr("Languages shown and their order"))
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.columns.setMaximumHeight(90)
        self.columns_label.setBuddy(self.columns)
        self._fill_columns()
        self.columns.itemChanged.connect(lambda _item: self._columns_changed())
        self.columns.model().rowsMoved.connect(lambda *_: self._columns_changed())
        self.move_up = QPushButton(self.tr("Move &Up"), columns_box)
        self.move_down = QPushButton(self.tr("Move Do&wn"), columns_box)
        self.move_up.clicked.connect(lambda: self._move_column(-1))
        self.move_down.clicked.connect(lambda: self._move_column(1))
        moves = QVBoxLayout()
        moves.addWidget(self.move_up)
        moves.addWidget(self.move_down)
        moves.addStretch(1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.columns, 1)
        list_row.addLayout(moves)
        columns_layout = QVBoxLayout(columns_box)
        columns_layout.addWidget(self.columns_label)
        columns_layout.addLayout(list_row)
        columns_layout.addWidget(QLabel(self.tr("Columns change at once."), columns_box))

        layout = QVBoxLayout(page)
        for box in (language_box, fonts_box, columns_box):
            layout.addWidget(box)
        layout.addStretch(1)
        QWidget.setTabOrder(self.language, self.arabic_font)
        QWidget.setTabOrder(self.arabic_font, self.latin_font)
        QWidget.setTabOrder(self.latin_font, self.columns)
        QWidget.setTabOrder(self.columns, self.move_up)
        QWidget.setTabOrder(self.move_up, self.move_down)
        return page

    def _language_chosen(self, _index: int) -> None:
        self.settings.interface_language = self.language.currentData() or None
        self.settings.sync()

    def _fill_columns(self) -> None:
        shown = self.settings.columns
        hidden = [code for code in LANGUAGES if code not in shown]
        # The list reads from the top as the interface reads: from the left in English and
        # French, from the right in Arabic.
        ordered = (list(reversed(shown)) if is_right_to_left() else shown) + hidden
        self.columns.blockSignals(True)
        self.columns.clear()
        for code in ordered:
            item = QListWidgetItem(language_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(
                (item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsDropEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if code in shown else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        self.columns.blockSignals(False)

    def chosen_columns(self) -> list[str]:
        """The ticked languages as columns from left to right."""
        ticked = [
            self.columns.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.columns.count())
            if self.columns.item(row).checkState() == Qt.CheckState.Checked
        ]
        return list(reversed(ticked)) if is_right_to_left() else ticked

    def _columns_changed(self) -> None:
        columns = self.chosen_columns()
        if not columns:  # the text needs one column: tick back the one just cleared
            self._fill_columns()
            return
        self.settings.columns = columns

    def _move_column(self, delta: int) -> None:
        row = self.columns.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.columns.count():
            return
        self.columns.blockSignals(True)
        item = self.columns.takeItem(row)
        self.columns.insertItem(target, item)
        self.columns.setCurrentRow(target)
        self.columns.blockSignals(False)
        self._columns_changed()

    # Printing ---------------------------------------------------------------------------------

    def _printing_page(self) -> QWidget:
        page = QWidget(self)
        self.print_layout = QComboBox(page)
        for value, name in print_layout_names():
            self.print_layout.addItem(name, value)
        self.print_layout.setCurrentIndex(self.print_layout.findData(self.settings.print_layout))
        self.print_layout.currentIndexChanged.connect(
            lambda _index: self._save("print_layout", self.print_layout.currentData())
        )
        self.paper = QComboBox(page)
        for value, name in paper_names():
            self.paper.addItem(name, value)
        self.paper.setCurrentIndex(self.paper.findData(self.settings.print_paper))
        self.paper.currentIndexChanged.connect(
            lambda _index: self._save("print_paper", self.paper.currentData())
        )
        note = QLabel(
            self.tr("The print options start from these choices; you can change them there."),
            page,
        )
        note.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(self.tr("Default &layout:"), self.print_layout)
        form.addRow(self.tr("Default p&aper:"), self.paper)
        form.addRow(note)
        return page

    def _save(self, name: str, value: str) -> None:
        setattr(self.settings, name, value)
        self.settings.sync()

    # Data and backups ---------------------------------------------------------------------------

    def _data_page(self) -> QWidget:
        page = QWidget(self)
        folder_box = QGroupBox(self.tr("Data folder"), page)
        self.data_folder = DataFolderRow(self.session.path.parent, folder_box)
        folder_note = QLabel(
            self.tr("Your library, notes, settings and backups are kept here."), folder_box
        )
        folder_note.setWordWrap(True)
        folder_layout = QVBoxLayout(folder_box)
        folder_layout.addWidget(folder_note)
        folder_layout.addWidget(self.data_folder)

        backups_box = QGroupBox(self.tr("Backups"), page)
        self.backups = QListWidget(backups_box)
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        self.backup_now = QPushButton(self.tr("&Back Up Now"), backups_box)
        self.backup_now.clicked.connect(self.take_backup_now)
        self.restore = QPushButton(self.tr("&Restore…"), backups_box)
        self.restore.setAccessibleDescription(
            self.tr("Put the chosen backup in place of the library")
        )
        self.restore.clicked.connect(lambda: self.restore_chosen_backup())
        self.backup_status = QLabel(backups_box)
        self.backup_status.setWordWrap(True)
        note = QLabel(
            self.tr(
                "A backup is taken every day you use OIC Reader and before every change that"
                " rewrites the library. Restoring a backup keeps the current library beside it."
            ),
            backups_box,
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        backups_layout = QVBoxLayout(backups_box)
        backups_layout.addWidget(note)
        backups_layout.addWidget(self.backups, 1)
        backups_layout.addLayout(buttons)
        backups_layout.addWidget(self.backup_status)
        self.refresh_backups()

        layout = QVBoxLayout(page)
        layout.addWidget(folder_box)
        layout.addWidget(backups_box, 1)
        return page

    # Security: the lock after an idle time, the keychain ---------------------------------------

    def _security_page(self) -> QWidget:
        page = QWidget(self)
        lock_box = QGroupBox(self.tr("Lock"), page)
        self.idle_lock = QComboBox(lock_box)
        self.idle_lock.setObjectName("idle-lock")
        for minutes in IDLE_LOCK_CHOICES:
            self.idle_lock.addItem(self.tr("After %n minute(s)", "", minutes), float(minutes))
        self.idle_lock.addItem(self.tr("Never"), 0.0)
        chosen = self.settings.idle_lock_minutes or 0.0
        if self.idle_lock.findData(chosen) < 0:  # a time set elsewhere: kept as it is
            self.idle_lock.addItem(self.tr("After %1 minutes").replace("%1", f"{chosen:g}"), chosen)
        self.idle_lock.setCurrentIndex(self.idle_lock.findData(chosen))
        self.idle_lock.setAccessibleName(self.tr("Lock when OIC Reader is not used"))
        self.idle_lock.currentIndexChanged.connect(self._idle_lock_chosen)
        lock_note = QLabel(
            self.tr(
                "An encrypted library is locked when OIC Reader has not been used for this"
                " long, and with File > Lock (Ctrl+L): the text and notes are hidden and the"
                " library closed until its passphrase is typed again."
            ),
            lock_box,
        )
        lock_note.setWordWrap(True)
        lock_layout = QFormLayout(lock_box)
        lock_layout.addRow(self.tr("Lock &when not used:"), self.idle_lock)
        lock_layout.addRow(lock_note)

        keychain_box = QGroupBox(self.tr("Keychain"), page)
        self.remember = QCheckBox(
            self.tr("&Remember the passphrase in this computer's keychain"), keychain_box
        )
        self.remember.setObjectName("remember-passphrase")
        self.keychain_note = QLabel(keychain_box)
        self.keychain_note.setWordWrap(True)
        if keychain_available():
            self.remember.setChecked(self.settings.remember_passphrase)
            self.keychain_note.setText(
                self.tr(
                    "OIC Reader then opens without asking, as long as you are logged in to"
                    " this computer: anyone who uses your account can read your notes."
                    " Unlocking after a lock always asks the passphrase."
                )
            )
        else:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.keychain_note.setText(
                self.tr(
                    "This computer has no keychain OIC Reader can use, so the passphrase is"
                    " asked each time. It is never kept in a file."
                )
            )
        self.remember.toggled.connect(self._remember_toggled)
        keychain_layout = QVBoxLayout(keychain_box)
        keychain_layout.addWidget(self.remember)
        keychain_layout.addWidget(self.keychain_note)

        layout = QVBoxLayout(page)
        layout.addWidget(lock_box)
        layout.addWidget(keychain_box)
        layout.addStretch(1)
        return page

    def _idle_lock_chosen(self, _index: int) -> None:
        minutes = float(self.idle_lock.currentData())
        self.settings.idle_lock_minutes = minutes if minutes > 0 else None

    def _remember_toggled(self, remember: bool) -> None:
        # The passphrase of the library open now goes in at once (or out): the next start
        # needs it, and unticking must not leave it behind.
        self.settings.remember_passphrase = remember
        library = self.session.path
        if remember:
            remember_open_library_passphrase(library)
        else:
            forget_remembered_passphrase(library)

    def refresh_backups(self) -> None:
        """List the backups, newest first."""
        self.backups.clear()
        locale = QLocale()
        for info in list_backups():
            taken = local_time(info.taken)
            reason = backup_reason_name(info.reason)
            item = QListWidgetItem(f"{taken} — {reason} — {locale.formattedDataSize(info.size)}")
            item.setData(_PATH_ROLE, str(info.path))
            item.setData(_TAKEN_ROLE, taken)
            item.setToolTip(info.path.name)
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        self.restore.setEnabled(self.backups.count() > 0)

    def take_backup_now(self) -> None:
        """Back the library up now and say where."""
        try:
            path = back_up_now(self.session)
        except EXPECTED_FAILURES as problem:
            reason = isolated(failure_message(problem))
            self.backup_status.setText(self.tr("No backup was taken: %1").replace("%1", reason))
            return
        self.backup_status.setText(self.tr("Backed up as %1.").replace("%1", isolated(path.name)))
        self.refresh_backups()

    def restore_chosen_backup(self, confirm: bool = True) -> str | None:
        """Ask, then put the chosen backup in place of the library (the restore callback
        reopens it and has everything read again); the message shown, or None."""
        item = self.backups.currentItem()
        if item is None:
            return None
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore a backup"),
                self.tr(
                    "Put the backup of %1 in place of your library? Notes written since then"
                    " will no longer be shown; the current library is first backed up and"
                    " kept beside it, so nothing is deleted."
                ).replace("%1", isolated(str(item.data(_TAKEN_ROLE)))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        message = self._restore(Path(item.data(_PATH_ROLE)))
        self.backup_status.setText(message or "")
        self.refresh_backups()
        return message

"""The interface in Arabic and French: no English left anywhere, and Arabic mirrored."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFontComboBox,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from oicreader.devtools.translations import messages, ts_path
from oicreader.ui.about_dialog import AboutDialog
from oicreader.ui.main_window import MainWindow
from oicreader.ui.parallel_view import ParallelView
from oicreader.ui.preferences_dialog import PreferencesDialog
from oicreader.ui.print_dialog import PrintOptionsDialog
from tests.conftest import REPOSITORY_ROOT
from tests.ui.conftest import icon_image

pytestmark = pytest.mark.gui

# Source strings rightly left as they are: the product's name and symbols, and French words
# spelt as in English. Anything else equal to an English source string is untranslated.
SAME_AS_ENGLISH = {
    "ar": {"A4"},
    "fr": {
        "A4", " mm", "Notes", "&Notes", "Orange", "&Interface",
        "&Licences", "Licence", "Version %1", "date", "Menu",
    },
}  # fmt: skip
# Latin words an Arabic interface may show: names, symbols, keys and file types.
LATIN_IN_ARABIC = {
    "OIC", "Reader", "ACM", "CHAIR", "REP", "PDF", "pdf", "txt", "json", "jsonld", "Ctrl",
    "Shift", "Alt", "F3", "Qt", "PySide6", "MIT", "SIL", "OFL", "LGPL", "A4", "KiB", "MiB",
    "python", "bidi", "arabic", "reshaper", "sqlite", "utils", "platformdirs", "Amiri",
    "docx", "pypdfium2", "PDFium", "BSD", "zlib", "snowballstemmer", "SQLCipher", "sqlcipher3",
    "PyNaCl", "libsodium", "ISC", "keyring", "jeepney",
    "OR",  # the search syntax's keyword, typed as is in every language
}  # fmt: skip
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
_PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _plain(text: str) -> str:
    """Text as shown: mnemonic ampersands removed ("&&" is a literal "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def english_sources(language: str) -> list[tuple[str, re.Pattern[str]]]:
    """Every English source string as a pattern its untranslated use would match."""
    sources = {source for _context, source, _comment in messages(ts_path("fr"))}
    sources -= SAME_AS_ENGLISH[language] | {"QT_LAYOUT_DIRECTION", ", "}
    patterns = []
    for source in sorted(sources):
        parts = _PLACEHOLDER.split(_plain(source).strip())
        patterns.append((source, re.compile("(?s)" + ".+".join(map(re.escape, parts)))))
    return patterns


def is_content(widget: QWidget, content: set[int]) -> bool:
    """Document text, the reader's notes and legal text: shown as written, never translated."""
    while widget is not None:
        if id(widget) in content or isinstance(widget, ParallelView):
            return True
        if widget.objectName() in ("licence-text", "note-quote"):
            return True
        widget = widget.parentWidget()
    return False


def visible_strings(root: QWidget, content: list[QWidget] = ()) -> Iterator[tuple[str, str]]:
    """(where, text) for every interface string a reader can see or hear under root."""
    skip = {id(widget) for widget in content}
    for widget in [root, *root.findChildren(QWidget)]:
        if is_content(widget, skip):
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        texts += [widget.statusTip(), widget.whatsThis()]
        if widget.isWindow() or isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())  # what is typed is the reader's
        if isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):
            items = [widget.itemText(i) for i in range(widget.count())]
            # After the first entry: languages named in themselves (by design), the
            # reader's own tags.
            data_after_first = widget.objectName() in ("interface-language", "tag-filter")
            texts += items[:1] if data_after_first else items
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractSpinBox) and isinstance(widget, QDoubleSpinBox):
            texts += [widget.prefix(), widget.suffix()]
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [header.text(c) for c in range(header.columnCount())]
            for row in range(widget.topLevelItemCount()):  # branches; leaves are data
                item = widget.topLevelItem(row)
                texts += [item.text(c) for c in range(item.columnCount())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(row).text() for row in range(widget.count())]
        if isinstance(widget, QTableWidget):  # the headers; the cells are data
            headers = [widget.horizontalHeaderItem(c) for c in range(widget.columnCount())]
            texts += [header.text() for header in headers if header is not None]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        for text in texts:
            if text and text.strip():
                yield where, text
    for action in root.findChildren(QAction):
        for text in (action.text(), action.toolTip(), action.statusTip(), action.iconText()):
            if text and text.strip():
                yield f"QAction#{action.objectName()}", text


def untranslated(strings: Iterator[tuple[str, str]], language: str) -> list[tuple[str, str]]:
    """The strings still in English, as a list to show when the test fails."""
    patterns = english_sources(language)
    found = []
    for where, text in strings:
        shown = _plain(text).strip()
        english = next((s for s, p in patterns if p.fullmatch(shown)), None)
        latin = (
            [w for w in _LATIN_WORD.findall(shown) if w not in LATIN_IN_ARABIC]
            if language == "ar"
            else []
        )
        if english is not None or latin:
            found.append((where, text))
    return sorted(set(found))


def window_content(window: MainWindow) -> list[QWidget]:
    """The window's lists of document text, search hits, documents and notes."""
    return [
        window.outline.list,
        window.search_dock.results,
        window.library_dock.list,
        window.notes_dock.all_notes,
        window.topics_dock.tree,  # its branches are checked in test_topic_branches_...
    ]


def use_everything(window: MainWindow) -> None:
    """Fill the panels as a reader would, so their strings are made: notes, search, topics."""
    window.reading.jump_to_paragraph(6)
    window.notes.add_paragraph_note(6, "ar")
    window.notes_dock.editors[0].tags.setText("priority")
    window.notes_dock.editors[0].tags.textEdited.emit("priority")
    window.search_dock.field.setText("Myanmar")
    window.search_dock.search_now()
    window.printing.set_print_selection({3, 4})


@pytest.mark.parametrize("interface", ["ar", "fr"], indirect=True)
def test_every_string_of_the_window_is_translated(
    translated_window: MainWindow, interface: str
) -> None:
    window = translated_window
    use_everything(window)
    strings = list(visible_strings(window, window_content(window)))
    strings.append(("status bar", window.statusBar().currentMessage()))
    strings.append(("search status", window.search_dock.status.text()))
    assert len(strings) > 150, "the walk reached the menus, docks and panels"
    assert untranslated(iter(strings), interface) == []


@pytest.mark.parametrize("interface", ["ar", "fr"], indirect=True)
def test_topic_branches_and_differences_are_translated(
    translated_window: MainWindow, interface: str
) -> None:
    tree = translated_window.topics_dock.tree
    branches = [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]
    expected = {"ar": "المحاور", "fr": "Questions"}[interface]
    assert any(text.startswith(expected) for text in branches)
    assert untranslated(((f"branch {i}", t) for i, t in enumerate(branches)), interface) == []


@pytest.mark.parametrize("interface", ["ar", "fr"], indirect=True)
def test_every_dialog_of_ours_is_translated(translated_window: MainWindow, interface: str) -> None:
    window = translated_window
    assert window.document is not None
    dialogs: list[QDialog] = [
        PrintOptionsDialog(window.document, [3, 4], window.view.languages, window),
        PreferencesDialog(window.settings, window.session, window.restore_from_backup, window),
        AboutDialog(window.library.path.parent, window),
    ]
    for dialog in dialogs:
        strings = list(visible_strings(dialog))
        assert untranslated(iter(strings), interface) == [], type(dialog).__name__
        dialog.deleteLater()


def revision_dialog(name: str, window: MainWindow, folder: Path) -> QDialog:
    """One of the revision dialogs (import, compare, review) on the bundled report."""
    key = "oic-acm-2017-chair-rep"
    if name == "import":
        source = REPOSITORY_ROOT / "resources" / "documents" / key / "en.txt"
        copy = folder / "en.txt"
        copy.write_bytes(source.read_bytes())
        return window.imports.import_dialog(window.imports.read_in_background([copy]))
    if name == "compare":
        from oicreader.ui.compare_dialog import CompareDialog

        return CompareDialog(window.library, key, window)
    from oicreader.ui.review_dialog import ReviewDialog

    return ReviewDialog(window.session, key, window)


@pytest.mark.parametrize(
    ("interface", "name"),
    [
        ("ar", "import"),
        ("ar", "compare"),
        ("ar", "review"),
        ("fr", "import"),
        ("fr", "compare"),
        ("fr", "review"),
    ],
    indirect=["interface"],
)
def test_the_revision_dialogs_are_translated(
    translated_window: MainWindow, interface: str, name: str, tmp_path: Path
) -> None:
    dialog = revision_dialog(name, translated_window, tmp_path)
    assert untranslated(visible_strings(dialog), interface) == []
    dialog.deleteLater()


@pytest.mark.parametrize("interface", ["ar", "fr"], indirect=True)
def test_messages_and_questions_are_translated(
    translated_window: MainWindow,
    interface: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = translated_window
    shown: list[tuple[str, str]] = []

    def record(parent: QWidget, title: str, text: str, *args: object) -> int:
        shown.append((title, text.split("\n\n")[0]))  # what follows is the file's own report
        return int(QMessageBox.StandardButton.Cancel)

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: shown.append(a[1:3]) or (1, False))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("99", True))
    bad = tmp_path / "report.txt"
    bad.write_bytes(b"\x00\x01 not a report")
    window.imports.import_file(bad)
    window.reading.ask_go_to_paragraph()
    window.printing.ask_print_selection()  # "99" is not in the document
    window.note_exchange.import_notes(bad)
    assert len(shown) == 4
    strings = [(f"message {i}", text) for i, pair in enumerate(shown) for text in pair]
    assert untranslated(iter(strings), interface) == []


@pytest.mark.parametrize("interface", ["ar", "fr"], indirect=True)
def test_the_context_menu_is_translated(translated_window: MainWindow, interface: str) -> None:
    window = translated_window
    seen: list[list[str]] = []

    def read_and_close() -> None:
        # The menu runs its own event loop: read it from inside, then close it.
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.append([action.text() for action in popup.actions() if action.text()])
            popup.close()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(20, read_and_close)
    window.reading.jump_to_paragraph(6)  # over a paragraph's text, not the cover
    point = window.view.viewport().rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, QPoint(0, 0))
    window.view.contextMenuEvent(event)
    [actions] = seen
    texts = [("context menu", text) for text in actions]
    assert len(texts) >= 3
    assert untranslated(iter(texts), interface) == []


@pytest.mark.parametrize("interface", ["ar"], indirect=True)
def test_the_arabic_interface_is_mirrored(
    translated_window: MainWindow, qapp: QApplication
) -> None:
    window = translated_window
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The outline, library and topics stand where an Arabic line starts: on the right.
    assert window.dockWidgetArea(window.outline) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(window.notes_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    start_docks = (window.outline, window.topics_dock, window.library_dock)
    assert any(dock.geometry().left() > window.view.geometry().right() for dock in start_docks)
    # The columns keep the reader's order; the paragraph numbers move to the right.
    assert window.view.languages == ["fr", "en", "ar"]
    built = window.view.built
    assert built is not None
    cursor = window.view.textCursor()
    cursor.setPosition(built.cells[(6, "ar")].position)
    table = cursor.currentTable()
    assert table is not None
    number = table.cellAt(0, table.columns() - 1).firstCursorPosition().block().text()
    assert number.strip().startswith("6")
    # "Back" points to where the reader came from: the right.
    assert icon_image(window.menu_actions.back_action.icon()) == icon_image("arrow-right")
    assert icon_image(window.menu_actions.forward_action.icon()) == icon_image("arrow-left")


@pytest.mark.parametrize("interface", ["ar", "fr"], indirect=True)
def test_qt_own_dialogs_speak_the_interface_language(
    translated_window: MainWindow, interface: str, qtbot: QtBot
) -> None:
    print_word = {"ar": "اطبع", "fr": "Imprimer"}[interface]
    cancel = {"ar": "ألغِ", "fr": "Annuler"}[interface]
    printer = QPrinter()
    dialog = QPrintDialog(printer, translated_window)
    buttons = {_plain(b.text()) for b in dialog.findChildren(QAbstractButton)}
    labels = {_plain(label.text()) for label in dialog.findChildren(QLabel)}
    assert print_word in buttons and cancel in buttons
    assert not {"Print", "Cancel", "Long side binding", "Off"} & buttons
    assert "Page Set:" not in labels
    # The dialog only points at the printer: free the dialog first (see print_preview).
    shiboken6.delete(dialog)
    preview = QPrintPreviewDialog(printer, translated_window)
    assert preview.windowTitle() != "Print Preview"
    actions = {_plain(a.text()) for a in preview.findChildren(QAction) if a.text()}
    assert print_word in actions and "Next page" not in actions
    shiboken6.delete(preview)
    del printer
    files = QFileDialog(translated_window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = {_plain(w.text()) for w in files.findChildren(QLabel)}
    texts |= {_plain(b.text()) for b in files.findChildren(QAbstractButton) if b.text()}
    assert cancel in texts
    assert not {"Look in:", "Files of type:", "File name:", "Open", "Cancel"} & texts
    shiboken6.delete(files)


@pytest.mark.parametrize("interface", ["ar", "fr", "en"], indirect=True)
def test_menu_mnemonics_are_unique_in_every_menu(
    translated_window: MainWindow, interface: str
) -> None:
    menus: list[QWidget] = [translated_window.menuBar(), *translated_window.findChildren(QMenu)]
    for menu in menus:
        letters = []
        for action in menu.actions():
            match = re.search(r"&([^&\s])", action.text().replace("&&", ""))
            if match:
                letters.append(match[1].casefold())
        assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]


@pytest.mark.parametrize("interface", ["ar", "fr", "en"], indirect=True)
def test_plural_forms_follow_the_language(translated_window: MainWindow, interface: str) -> None:
    dock = translated_window.search_dock
    found = {n: dock.tr("%n paragraph(s) found", "", n) for n in (0, 1, 2, 3, 11, 100)}
    expected = {
        "ar": {
            0: "لم يُعثر على أي فقرة",
            1: "عُثر على فقرة واحدة",
            2: "عُثر على فقرتين",
            3: "عُثر على 3 فقرات",
            11: "عُثر على 11 فقرة",
            100: "عُثر على 100 فقرة",
        },
        "fr": {
            0: "0 paragraphe trouvé",
            1: "1 paragraphe trouvé",
            2: "2 paragraphes trouvés",
            3: "3 paragraphes trouvés",
            11: "11 paragraphes trouvés",
            100: "100 paragraphes trouvés",
        },
        "en": {
            0: "0 paragraphs found",
            1: "1 paragraph found",
            2: "2 paragraphs found",
            3: "3 paragraphs found",
            11: "11 paragraphs found",
            100: "100 paragraphs found",
        },
    }[interface]
    assert found == expected

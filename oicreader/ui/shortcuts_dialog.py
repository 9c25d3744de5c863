"""Help > Keyboard Shortcuts: every action's shortcut, read from the window's own actions
(so the list cannot drift from them), with a field that filters it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oicreader.ui.actions import LEFT_TO_RIGHT_MARK, action_name
from oicreader.ui.actions import shortcut_text as shortcut_of

_DIRECTION_MARKS = str.maketrans("", "", LEFT_TO_RIGHT_MARK)
_MENU_PATH_SEPARATOR = " › "


@dataclass(frozen=True)
class ShortcutRow:
    """One line of the list: what the action does, its keys, and the menu it is in."""

    name: str
    keys: str
    menu: str

    def matches(self, words: str) -> bool:
        """True when every word typed is found in the name, the keys or the menu."""
        haystack = f"{self.name} {self.keys} {self.menu}".translate(_DIRECTION_MARKS).casefold()
        return all(word in haystack for word in words.casefold().split())


def shortcut_rows(actions: Sequence[QAction], menu_bar: QMenuBar) -> list[ShortcutRow]:
    """A row for each action that has a shortcut: in menu order, then the rest in the order
    given, each once."""
    menus = dict(_menu_paths(menu_bar.actions(), ""))
    in_menus = [action for action in menus if action in actions]
    ordered = in_menus + [action for action in actions if action not in menus]
    return [
        ShortcutRow(action_name(action), keys, menus.get(action, ""))
        for action in ordered
        if (keys := shortcut_of(action))
    ]


def _menu_paths(actions: list[QAction], path: str) -> Iterator[tuple[QAction, str]]:
    """Each action under these menu bar or menu entries, with the path of its menu."""
    for action in actions:
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            title = action_name(action)
            inner = f"{path}{_MENU_PATH_SEPARATOR}{title}" if path else title
            yield from _menu_paths(submenu.actions(), inner)
        elif not action.isSeparator():
            yield action, path


class ShortcutsDialog(QDialog):
    """The list of keyboard shortcuts, filtered as the reader types."""

    def __init__(self, rows: Sequence[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.rows = list(rows)
        self.filter_field = QLineEdit(self)
        self.filter_field.setObjectName("shortcut-filter")
        self.filter_field.setPlaceholderText(self.tr("Filter by action, key or menu"))
        self.filter_field.setAccessibleName(self.tr("Filter the shortcuts"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self.apply_filter)
        self.table = QTreeWidget(self)
        self.table.setObjectName("shortcut-list")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Shortcut"), self.tr("Menu")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self._items = [QTreeWidgetItem([row.name, row.keys, row.menu]) for row in self.rows]
        self.table.addTopLevelItems(self._items)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def apply_filter(self, words: str) -> None:
        """Show only the rows whose name, keys or menu hold every word typed."""
        for row, item in zip(self.rows, self._items, strict=True):
            item.setHidden(not row.matches(words))

    def shown_names(self) -> list[str]:
        """The names of the actions listed now."""
        pairs = zip(self.rows, self._items, strict=True)
        return [row.name for row, item in pairs if not item.isHidden()]

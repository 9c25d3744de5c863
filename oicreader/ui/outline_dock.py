"""The outline: every paragraph's number and first words, to jump to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from oicreader.model.document import Document
from oicreader.ui.deferred_dock import DeferredDock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidgetItem

FIRST_WORDS = 8


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The opening words of a paragraph, with an ellipsis when cut."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


class OutlineDock(DeferredDock):
    """A list of paragraphs in the interface language's version of the document."""

    paragraph_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Outline"), "outline", parent)

    def _build(self) -> None:
        from PySide6.QtWidgets import QListWidget

        from oicreader.ui.bidi_item_delegate import BidiItemDelegate

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Outline of paragraphs"))
        self.list.setWordWrap(True)
        # "5. أعرب الاجتماع …" and "5. The meeting …" each laid out in their own direction.
        self.list.setItemDelegate(BidiItemDelegate(self.list))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.setWidget(self.list)

    def show_document(self, document: Document, preferred_languages: list[str]) -> None:
        """List the paragraphs, in the first preferred language the document has."""
        from PySide6.QtWidgets import QListWidgetItem

        self.ensure_built()
        self.list.clear()
        language = next(
            (code for code in preferred_languages if code in document.versions),
            document.source_language,
        )
        for paragraph in document.paragraphs:
            text = paragraph.text(language) or next(iter(paragraph.texts.values()), "")
            item = QListWidgetItem(f"{paragraph.number}. {first_words(text)}")
            item.setData(Qt.ItemDataRole.UserRole, paragraph.number)
            self.list.addItem(item)

    def mark_current(self, number: int) -> None:
        """Select the current paragraph's entry without emitting a jump."""
        self.ensure_built()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                self.list.scrollToItem(item)
                return

    def _activated(self, item: QListWidgetItem) -> None:
        self.paragraph_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

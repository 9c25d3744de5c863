"""The outline: every paragraph's number and first words, to jump to it."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from oicreader.model.document import Document
from oicreader.render.qt_namespace import Qt
from oicreader.ui.deferred_dock import DeferredDock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidgetItem

FIRST_WORDS = 8
# A lead shared with another paragraph ("The meeting affirmed the commitment of the Member
# States") is looked for over at most this many words.
LONGEST_LEAD = 40
LONG_LEAD = 4  # words two paragraphs alone may share before it gives way to an ellipsis


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The opening words of a paragraph, with an ellipsis when cut."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def distinguishing_openings(texts: Sequence[str], count: int = FIRST_WORDS) -> list[str]:
    """Each paragraph's words from where it parts from the others: a lead that three
    paragraphs or more open with ("The meeting", "La réunion a"), or a long one two share
    ("The meeting affirmed the commitment of the Member States"), gives way to an ellipsis,
    so that the entries do not all read "The meeting …"."""
    words = [text.split() for text in texts]
    keys = [tuple(word.casefold() for word in split[:LONGEST_LEAD]) for split in words]
    # Paragraphs that open alike are neighbours in sorted order: the lead a paragraph shares
    # with two others is the shorter of the two common leads in a run of three around it.
    order = sorted(range(len(texts)), key=keys.__getitem__)
    between = [_common_lead(keys[a], keys[b]) for a, b in itertools.pairwise(order)]
    leads = [0] * len(texts)
    for place, paragraph in enumerate(order):
        before = between[place - 1] if place > 0 else 0
        after = between[place] if place < len(between) else 0
        beyond = [
            min(between[place - 2], before) if place > 1 else 0,
            min(before, after),
            min(after, between[place + 1]) if place + 1 < len(between) else 0,
        ]
        pair = max(before, after)
        leads[paragraph] = max(*beyond, pair if pair >= LONG_LEAD else 0)
    openings = []
    for split, lead in zip(words, leads, strict=True):
        if lead < 2 or lead >= len(split):  # nothing in common, or nothing after it
            openings.append(first_words(" ".join(split), count))
        else:
            openings.append("… " + first_words(" ".join(split[lead:]), count))
    return openings


def _common_lead(first: tuple[str, ...], second: tuple[str, ...]) -> int:
    """How many words two paragraphs open with alike."""
    return next(
        (index for index, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
        min(len(first), len(second)),
    )


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
        texts = [
            paragraph.text(language) or next(iter(paragraph.texts.values()), "")
            for paragraph in document.paragraphs
        ]
        for paragraph, opening in zip(
            document.paragraphs, distinguishing_openings(texts), strict=True
        ):
            item = QListWidgetItem(f"{paragraph.number}. {opening}")
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

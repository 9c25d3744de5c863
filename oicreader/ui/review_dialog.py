"""Notes a new revision placed with doubt or could not place: shown, kept, or re-attached."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oicreader.app.notes import Annotation
from oicreader.app.reviews import ReviewItem, keep_where_placed, notes_to_review
from oicreader.app.session import Session
from oicreader.render.qt_namespace import Qt


class ReviewDialog(QDialog):
    """Each note that needs a look, with its original words, where it is now, and why."""

    show_requested = Signal(object)  # Annotation
    reattach_requested = Signal(object)  # Annotation: attach to the window's selection
    resolved = Signal()

    def __init__(self, session: Session, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notes to Review"))
        self.session = session
        self.key = key
        self.items: list[ReviewItem] = []
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Notes that need a look after a new revision"))
        self.show_button = QPushButton(self.tr("Show"), self)
        self.keep_button = QPushButton(self.tr("Keep Where Placed"), self)
        self.attach_button = QPushButton(self.tr("Attach to Selected Words"), self)
        self.show_button.clicked.connect(lambda: self._emit(self.show_requested))
        self.attach_button.clicked.connect(lambda: self._emit(self.reattach_requested))
        self.keep_button.clicked.connect(self.keep_where_placed)
        buttons = QHBoxLayout()
        for button in (self.show_button, self.keep_button, self.attach_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("None of these notes was dropped: each is kept where it was placed "
                           "(or on its paragraph) until you decide."), self)
        )  # fmt: skip
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.resize(720, 480)
        self.refresh()

    def refresh(self) -> None:
        """Reload the open reviews."""
        self.items = notes_to_review(self.session, self.key)
        self.list.clear()
        for item in self.items:
            original = item.original
            quote = original.anchor.quote if original.anchor else self.tr("(whole paragraph)")
            anchor = original.anchor
            context = (
                f"…{anchor.prefix}\u2068[{anchor.quote}]\u2069{anchor.suffix}…" if anchor else ""
            )
            was = (
                self.tr("¶%1 [%2] revision %3: «%4»")
                .replace("%1", str(original.paragraph_number))
                .replace("%2", original.language)
                .replace("%3", str(original.revision))
                .replace("%4", f"\u2068{quote}\u2069")
            )
            now = (
                self.tr("Now: ¶%1 — %2")
                .replace("%1", str(item.annotation.paragraph_number))
                .replace("%2", item.reason)
            )
            lines = [was, now, context, original.note]
            text = "\n".join(line for line in lines if line)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.annotation)
            self.list.addItem(entry)
        empty = not self.items
        for button in (self.show_button, self.keep_button, self.attach_button):
            button.setEnabled(not empty)
        if not empty:
            self.list.setCurrentRow(0)

    def current_annotation(self) -> Annotation | None:
        """The note selected in the list."""
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def _emit(self, signal: SignalInstance) -> None:
        annotation = self.current_annotation()
        if annotation is not None:
            signal.emit(annotation)

    def keep_where_placed(self) -> None:
        """Accept where the new revision put the selected note."""
        annotation = self.current_annotation()
        if annotation is None:
            return
        keep_where_placed(self.session, annotation.id)
        self.refresh()
        self.resolved.emit()

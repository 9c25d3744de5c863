"""One note in the notes panel: its quote, its text and tags, saved on every change."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtGui import QColor, QTextOption
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oicreader.app.notes import Annotation, NoteSummary, edit_note
from oicreader.app.session import Session
from oicreader.model.annotation import normalize_tags
from oicreader.render.labels import quoted
from oicreader.render.qt_namespace import Qt
from oicreader.ui.bidi_item_delegate import text_direction
from oicreader.ui.names import language_name


def reference(annotation: Annotation | NoteSummary) -> str:
    """ "¶6 · Arabic": where a note is, in the interface language."""
    return f"¶{annotation.paragraph_number} · {language_name(annotation.language)}"


_LETTERS_DECIDING = 200  # a note's first characters: enough to reach its first letter


def _alignment_for(text: str) -> Qt.AlignmentFlag:
    """The side a note's text stands on: the right when its first letters are Arabic."""
    right = text_direction(text[:_LETTERS_DECIDING]) == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute


class TagField(QLineEdit):
    """Comma-separated tags, completing the tag being typed from the tags already in use."""

    def __init__(self, known_tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.setAccessibleName(self.tr("Tags"))
        self._model = QStringListModel(known_tags, self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._complete_last_tag)

    def tags(self) -> tuple[str, ...]:
        """The tags typed, cleaned."""
        return normalize_tags(self.text().split(","))

    def _complete_last_tag(self, text: str) -> None:
        prefix = text.split(",")[-1].strip()
        if not prefix:
            popup = self._completer.popup()
            if popup is not None:  # Qt has none in inline completion mode only
                popup.hide()
            return
        self._completer.setCompletionPrefix(prefix)
        self._completer.complete()

    def _insert_completion(self, completion: str) -> None:
        parts = [part.strip() for part in self.text().split(",")[:-1] if part.strip()]
        self.setText(", ".join([*parts, completion]) + ", ")
        self.textEdited.emit(self.text())


class NoteEditor(QFrame):
    """One note: its quote, its text and tags (saved on every change) and a delete button."""

    delete_requested = Signal(str)
    saved = Signal(object)  # NoteChange: the note as saved, and what that changed
    # The tags put on or taken off the note by a save (a frozenset of str): their topics change.
    tags_edited = Signal(object)

    def __init__(
        self,
        session: Session,
        annotation: Annotation,
        known_tags: list[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.annotation = annotation
        self.setFrameShape(QFrame.Shape.StyledPanel)
        anchor = annotation.anchor
        header = QLabel(reference(annotation), self)
        header.setTextFormat(Qt.TextFormat.PlainText)
        self.quote = QLabel(self)
        self.quote.setObjectName("note-quote")
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # a quote is text, never markup
        self.quote.setWordWrap(True)
        if anchor:
            # A label lays its text out in its own direction: the quote's, not the
            # interface's, so "«…المسلمين.»" keeps its full stop and guillemets in place.
            self.quote.setText(quoted(anchor.quote, annotation.language))
            self.quote.setLayoutDirection(text_direction(anchor.quote))
            self.quote.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        else:
            self.quote.hide()
        if annotation.color:
            # The colour bar stands at the start of the line, which is the right in Arabic.
            side = "right" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "left"
            header.setStyleSheet(
                f"border-{side}: 6px solid {QColor(annotation.color).name()}; padding-{side}: 4px;"
            )
        where = reference(annotation)
        self.setAccessibleName(self.tr("Note on %1").replace("%1", where))
        if anchor:
            self.setAccessibleDescription(self.tr("On the words: %1").replace("%1", anchor.quote))
        self.text = QPlainTextEdit(self)
        option = QTextOption()
        # Each paragraph of a note takes its direction from its own first letters. Set
        # before the text: set after, it lays the whole note out again (seconds for 10 MB).
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setAlignment(_alignment_for(annotation.note))
        self.text.document().setDefaultTextOption(option)
        self.text.setPlainText(annotation.note)
        self.text.setPlaceholderText(self.tr("Write a note…"))
        self.text.setAccessibleName(self.tr("Text of the note on %1").replace("%1", where))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)
        self.tags = TagField(known_tags, self)
        self.tags.setText(", ".join(annotation.tags))
        self.delete_button = delete = QPushButton(self.tr("Delete"), self)
        delete.setAccessibleName(self.tr("Delete the note on %1").replace("%1", where))
        delete.clicked.connect(lambda: self.delete_requested.emit(self.annotation.id))
        row = QHBoxLayout()
        row.addWidget(self.tags, 1)
        row.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(header)
        layout.addWidget(self.quote)
        layout.addWidget(self.text)
        layout.addLayout(row)
        # Saved as you type: each change is its own committed transaction, so nothing
        # typed is lost if the app is killed a moment later.
        self.text.textChanged.connect(self._save)
        self.text.textChanged.connect(self._follow_direction)
        self.tags.textEdited.connect(lambda _text: self._save())

    def focus_order(self) -> list[QWidget]:
        """The widgets the Tab key goes through, in order."""
        return [self.text, self.tags, self.delete_button]

    def _follow_direction(self) -> None:
        # A plain-text editor lays out a right-to-left paragraph from the left unless told:
        # an Arabic note stands on the right from its first letter on (issue 21). Its first
        # letters decide; the option changes (and the note is laid out again) only when the
        # side does.
        document = self.text.document()
        # The first letters only, read one by one: the whole text of a 10 MB note is not
        # copied at every key.
        count = min(_LETTERS_DECIDING, document.characterCount())
        wanted = _alignment_for("".join(document.characterAt(i) for i in range(count)))
        option = document.defaultTextOption()
        if option.alignment() != wanted:
            option.setAlignment(wanted)
            document.setDefaultTextOption(option)

    def _save(self) -> None:
        edited = edit_note(
            self.session, self.annotation, note=self.text.toPlainText(), tags=self.tags.tags()
        )
        if not edited.changes.notes:
            return
        before, self.annotation = self.annotation, edited.annotation
        self.saved.emit(edited)
        if edited.changes.tags_changed:
            self.tags_edited.emit(frozenset(before.tags) ^ frozenset(edited.annotation.tags))

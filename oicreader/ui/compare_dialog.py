"""Comparing two revisions of a document, paragraph by paragraph and word by word."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from oicreader.app.library import list_revisions
from oicreader.app.revisions import compare_revisions
from oicreader.app.session import Library, Session
from oicreader.model.languages import LANGUAGES, direction_of
from oicreader.text.revision_diff import ParagraphChange
from oicreader.ui.names import language_name


def change_html(change: ParagraphChange, labels: dict[str, str]) -> str:
    """One changed paragraph as HTML: deleted words struck through, inserted ones underlined."""
    direction = direction_of(change.language)
    number = (
        labels[change.change]
        .replace("%1", str(change.old_number))
        .replace("%2", str(change.new_number))
    )
    heading = (
        f'<p dir="ltr" style="color:#555"><b>{html.escape(number)}</b> [{change.language}]</p>'
    )
    if change.change == "deleted":
        body = f'<del style="color:#b91c1c">{html.escape(change.old_text or "")}</del>'
    elif change.change == "inserted":
        body = f'<ins style="color:#15803d">{html.escape(change.new_text or "")}</ins>'
    else:
        body = _marked_words(change)
    align = "right" if direction == "rtl" else "left"
    return f'{heading}<p dir="{direction}" align="{align}">{body}</p>'


def _marked_words(change: ParagraphChange) -> str:
    new_text = change.new_text or ""
    pieces: list[str] = []
    at = 0
    for word in sorted(change.words, key=lambda w: w.new_start):
        pieces.append(html.escape(new_text[at : word.new_start]))
        if word.old:
            pieces.append(f'<del style="color:#b91c1c">{html.escape(word.old)}</del>')
            if word.new:
                pieces.append(" ")
        if word.new:
            inserted = html.escape(new_text[word.new_start : word.new_end])
            pieces.append(f'<ins style="color:#15803d">{inserted}</ins>')
        at = max(at, word.new_end)
    pieces.append(html.escape(new_text[at:]))
    return "".join(pieces)


class CompareDialog(QDialog):
    """Choose two revisions and a language; see what changed."""

    def __init__(self, library: Library, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare Revisions"))
        # A view of the window's library for the app layer: comparing keeps no undo.
        self.session = Session(library)
        self.key = key
        revisions = list_revisions(self.session, key)
        self.old = QComboBox(self)
        self.new = QComboBox(self)
        # The stored status is a code ("draft", "final"); anything else is shown as typed.
        statuses = {"draft": self.tr("draft"), "final": self.tr("final")}
        for revision in revisions:
            status = revision.label or revision.status
            label = (
                self.tr("Revision %1 (%2)")
                .replace("%1", str(revision.number))
                .replace("%2", statuses.get(status, status))
            )
            self.old.addItem(label, revision.number)
            self.new.addItem(label, revision.number)
        self.old.setCurrentIndex(max(0, len(revisions) - 2))
        self.new.setCurrentIndex(len(revisions) - 1)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("All languages"), None)
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.diacritics = QCheckBox(self.tr("Count diacritics, hamza and case as changes"), self)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Changes between the revisions"))
        self.count = QLabel(self)
        for widget in (self.old, self.new, self.language):
            widget.currentIndexChanged.connect(lambda _index: self.refresh())
        self.diacritics.toggled.connect(lambda _checked: self.refresh())
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("From:"), self))
        choices.addWidget(self.old)
        choices.addWidget(QLabel(self.tr("To:"), self))
        choices.addWidget(self.new)
        choices.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.diacritics)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        self.resize(900, 650)
        self.refresh()

    def refresh(self) -> None:
        """Compare the chosen revisions again."""
        if self.old.count() < 2:
            self.view.setPlainText(self.tr("This document has only one revision."))
            self.count.setText("")
            return
        language = self.language.currentData()
        comparison = compare_revisions(
            self.session, self.key, self.old.currentData(), self.new.currentData(),
            [language] if language else None, exact=self.diacritics.isChecked(),
        )  # fmt: skip
        labels = {
            "edited": self.tr("Paragraph %2 edited"),
            "renumbered": self.tr("Paragraph %1 is now %2"),
            "inserted": self.tr("Paragraph %2 inserted"),
            "deleted": self.tr("Paragraph %1 deleted"),
        }
        self.view.setHtml("".join(change_html(change, labels) for change in comparison.changes))
        self.count.setText(
            self.tr("%1 paragraph versions changed").replace("%1", str(len(comparison.changes)))
        )

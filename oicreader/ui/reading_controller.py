"""Reading and navigation: the document shown, its columns, zoom and fonts, the paragraph in
view, and the way back and forward."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup

from oicreader.app.session import DocumentNotFound
from oicreader.model.languages import LANGUAGES
from oicreader.render.qt_namespace import Qt
from oicreader.ui.interface_language import current_language, is_right_to_left
from oicreader.ui.names import language_name
from oicreader.ui.navigation_history import NavigationHistory, Place
from oicreader.ui.settings import ZOOM_STEPS

if TYPE_CHECKING:
    from oicreader.model.document import Document
    from oicreader.ui.main_window import MainWindow


class ReadingController(QObject):
    """Opens documents and moves through them; tells the other controllers what opened."""

    # The Document just shown: each panel and mark of the old one is to be redrawn.
    document_opened = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.settings = window.settings
        self.actions = window.menu_actions
        self.document: Document | None = None
        self.columns = self.settings.columns
        self.zoom = self.settings.zoom
        self.history = NavigationHistory()
        # True from opening another document until control returns to the event loop: a
        # jump made in the same breath (a search hit, a note, a topic) is that opening's.
        self._just_opened = False
        self._connect()
        self._rebuild_order_menu()

    def _connect(self) -> None:
        actions = self.actions
        actions.copy_action.triggered.connect(self.view.copy_plain)
        actions.go_to_action.triggered.connect(self.ask_go_to_paragraph)
        actions.next_action.triggered.connect(lambda: self.view.step_paragraph(1))
        actions.previous_action.triggered.connect(lambda: self.view.step_paragraph(-1))
        actions.back_action.triggered.connect(self.go_back)
        actions.forward_action.triggered.connect(self.go_forward)
        actions.zoom_in_action.triggered.connect(lambda: self.step_zoom(1))
        actions.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        actions.zoom_reset_action.triggered.connect(lambda: self.set_zoom(1.0))
        actions.arabic_font_action.triggered.connect(lambda: self.choose_font("arabic"))
        actions.latin_font_action.triggered.connect(lambda: self.choose_font("latin"))
        for action in actions.language_actions.values():
            action.toggled.connect(self._language_toggled)
        self.view.current_paragraph_changed.connect(self._paragraph_changed)
        self.view.translator_note_requested.connect(self.show_translator_note)
        self.window.outline.paragraph_chosen.connect(self.jump_to_paragraph)
        self.settings.changed.connect(self._setting_changed)

    # Documents ---------------------------------------------------------------------------

    def open_document(self, key: str | None) -> None:
        """Show a document (by key or symbol) where the reader last left it; leaving
        another document is a jump that Back undoes."""
        document = self.window.library.document(key)
        here = self.place()
        if here is not None and here.document_key != document.id:
            self.history.record(here)
            self._just_opened = True
            QTimer.singleShot(0, self, self._settle)
        self._show_document(document)

    def _settle(self) -> None:
        self._just_opened = False

    def _show_document(self, document: Document, at: int | None = None) -> None:
        """Show a document at a paragraph; else where the reader last left it."""
        self.document = document
        self._update_history_actions()
        self.settings.document_key = document.id
        # Qt appends the application display name ("OIC Reader") itself.
        self.window.setWindowTitle(document.symbol)
        if self.window.panels_ready:
            self._show_outline(document)
        last = self.settings.paragraph_for(document.id)
        first = document.paragraph_numbers[0] if document.paragraph_numbers else None
        if at in document.paragraph_numbers:
            target: int | None = at
        else:
            target = last if last in document.paragraph_numbers else first
        # Opened for the first time (or never read past the first paragraph): the cover,
        # with its symbol, title, venue and date. After that, where the reader left it.
        cover = at is None and target == first
        self.render(opening_at=target, with_cover=cover)
        if cover:
            self.view.show_cover()
        elif target is not None:
            self.view.go_to_paragraph(target)
        self.document_opened.emit(document)

    def fill_panel(self) -> None:
        """The outline of the open document, once the panels are built."""
        if self.document is not None:
            self._show_outline(self.document)
            if self.view.current_paragraph is not None:
                self._paragraph_changed(self.view.current_paragraph)

    def _show_outline(self, document: Document) -> None:
        self.window.outline.show_document(document, [current_language(), *self.columns])

    def render(self, opening_at: int | None = None, with_cover: bool = False) -> None:
        """Lay the open document out again in the columns, fonts and zoom chosen; the
        view keeps its marks."""
        if self.document is None:
            return
        visible = [code for code in self.columns if code in self.document.versions]
        if not visible:
            visible = self.document.languages[:1]
        self.view.show_document(
            self.document, visible, self.settings.fonts, self.zoom,
            opening_at=opening_at, with_cover=with_cover,
        )  # fmt: skip

    def show_language(self, language: str) -> None:
        """Bring back a language's column if it is hidden (a hit or a note in it)."""
        if language not in self.columns:
            self.actions.language_actions[language].setChecked(True)

    # Columns, zoom and fonts -------------------------------------------------------------

    def set_columns(self, languages: list[str]) -> None:
        """Show these languages, left to right."""
        self.columns = [code for code in languages if code in LANGUAGES] or ["ar"]
        self.settings.columns = self.columns
        for code, action in self.actions.language_actions.items():
            action.blockSignals(True)
            action.setChecked(code in self.columns)
            action.blockSignals(False)
        self._rebuild_order_menu()
        self.render()

    def _language_toggled(self, checked: bool) -> None:
        sender = self.sender()
        code: str | None = sender.data() if isinstance(sender, QAction) else None
        if code is None:
            return
        if checked and code not in self.columns:
            # A returning Arabic column goes back to the right edge; others to its left.
            columns = [*self.columns, code] if code == "ar" else self._insert_before_arabic(code)
        elif not checked and code in self.columns:
            if len(self.columns) == 1:
                self.actions.language_actions[code].setChecked(True)
                return
            columns = [c for c in self.columns if c != code]
        else:
            return
        self.set_columns(columns)

    def _insert_before_arabic(self, code: str) -> list[str]:
        columns = list(self.columns)
        position = columns.index("ar") if "ar" in columns else len(columns)
        columns.insert(position, code)
        return columns

    def _rebuild_order_menu(self) -> None:
        order_menu = self.actions.order_menu
        order_menu.clear()
        group = QActionGroup(order_menu)
        for order in itertools.permutations(self.columns):
            # Each entry pictures the columns as they stand on screen. An Arabic menu lays
            # its text out from the right, so there the names are listed from the right too.
            names = [language_name(code) for code in order]
            label = " | ".join(reversed(names) if is_right_to_left() else names)
            action = order_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(list(order) == self.columns)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, o=list(order): self.set_columns(o))

    def set_zoom(self, zoom: float) -> None:
        """Scale the text; the current paragraph stays in view."""
        self.zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.settings.zoom = self.zoom
        self.render()

    def step_zoom(self, direction: int) -> None:
        """Go one zoom step larger (+1) or smaller (-1)."""
        steps = [
            step
            for step in ZOOM_STEPS
            if (step > self.zoom + 1e-6 if direction > 0 else step < self.zoom - 1e-6)
        ]
        if steps:
            self.set_zoom(steps[0] if direction > 0 else steps[-1])

    def choose_font(self, script: str) -> None:
        """Let the reader pick the font for Arabic or for Latin text."""
        from PySide6.QtWidgets import QFontDialog

        fonts = self.settings.fonts
        current = fonts.font_for("ar" if script == "arabic" else "en")
        ok, font = QFontDialog.getFont(current, self.window)
        if ok:
            self.settings.set_font_family(script, font.family())  # announced: laid out again

    def _setting_changed(self, key: str) -> None:
        # Whoever wrote the preference (the Preferences, a menu), the text follows it once.
        from oicreader.ui.settings import COLUMNS, FONTS, ZOOM

        if key == COLUMNS and self.settings.columns != self.columns:
            self.set_columns(self.settings.columns)
        elif key == ZOOM and self.settings.zoom != self.zoom:
            self.set_zoom(self.settings.zoom)
        elif key in FONTS:
            self.render()

    # Navigation --------------------------------------------------------------------------

    def place(self) -> Place | None:
        """The document and paragraph the reader is at."""
        number = self.view.current_paragraph
        if self.document is None or number is None:
            return None
        return Place(self.document.id, number)

    def jump_to_paragraph(self, number: int) -> None:
        """Jump to a paragraph, remembering where we were for Back."""
        here = self.place()
        if here is not None and here.paragraph != number and not self._just_opened:
            self.history.record(here)
        self.view.go_to_paragraph(number)
        self._update_history_actions()

    def go_back(self) -> None:
        """Return to the place before the last jump, in whichever document it lies."""
        here = self.place()
        if here is not None:
            place = self.history.step_back(here, self._arrive)
            if place is not None and place.document_key != here.document_key:
                self._say_opened(self.tr("Back to %1, paragraph %2"))
        self._update_history_actions()

    def go_forward(self) -> None:
        """Undo a Back."""
        here = self.place()
        if here is not None:
            place = self.history.step_forward(here, self._arrive)
            if place is not None and place.document_key != here.document_key:
                self._say_opened(self.tr("Forward to %1, paragraph %2"))
        self._update_history_actions()

    def _arrive(self, place: Place) -> bool:
        # A place in a document removed since is passed over: no error, Back goes on. In a
        # document revised since, a paragraph no longer there opens it where last read.
        if self.document is not None and place.document_key == self.document.id:
            return self.view.go_to_paragraph(place.paragraph)
        try:
            document = self.window.library.document(place.document_key)
        except DocumentNotFound:
            return False
        self._show_document(document, at=place.paragraph)
        return True

    def _say_opened(self, message: str) -> None:
        if self.document is None:
            return
        isolated = f"\u2068{self.document.symbol}\u2069"  # a Latin symbol in an Arabic sentence
        number = str(self.view.current_paragraph)
        self.window.statusBar().showMessage(
            message.replace("%1", isolated).replace("%2", number), 8000
        )

    def _update_history_actions(self) -> None:
        self.actions.back_action.setEnabled(self.history.can_go_back)
        self.actions.forward_action.setEnabled(self.history.can_go_forward)

    def ask_go_to_paragraph(self) -> None:
        """Ask for a paragraph number and jump to it."""
        from PySide6.QtWidgets import QInputDialog

        if self.document is None or not self.document.paragraph_numbers:
            return
        numbers = self.document.paragraph_numbers
        number, ok = QInputDialog.getInt(
            self.window, self.tr("Go to Paragraph"), self.tr("Paragraph number:"),
            self.view.current_paragraph or numbers[0], numbers[0], numbers[-1],
        )  # fmt: skip
        if ok:
            self.jump_to_paragraph(number)

    def _paragraph_changed(self, number: int) -> None:
        panels_ready = self.window.panels_ready
        if panels_ready:
            self.window.outline.mark_current(number)
        if self.document is None:
            return
        self.settings.set_paragraph_for(self.document.id, number)
        total = len(self.document.paragraph_numbers)
        position = (
            self.tr("Paragraph %1 of %2").replace("%1", str(number)).replace("%2", str(total))
        )
        self.window.position_label.setText(position)
        # What a screen reader says on reaching the text, and again when it moves on; at
        # start-up, just after the first paint (the panels being filled calls this again).
        if panels_ready:
            self.view.announce_position(position)

    def show_translator_note(self, number: int, language: str, index: int) -> None:
        """Show a translator's note as plain text."""
        from PySide6.QtWidgets import QMessageBox

        from oicreader.model.languages import direction_of
        from oicreader.render.bidi_isolation import isolate_other_direction

        if self.document is None:
            return
        notes = self.document.notes_for(number, language)
        if 0 <= index < len(notes):
            box = QMessageBox(self.window)
            box.setObjectName("translator-note")
            # Which note of which paragraph, in which language: "††" opened a box that
            # said none of it.
            box.setWindowTitle(
                self.tr("Translator's note %1 on paragraph %2 (%3)")
                .replace("%1", str(index + 1))
                .replace("%2", str(number))
                .replace("%3", language_name(language))
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            # An Arabic quote in an English note keeps its quote marks and full stop in place.
            box.setText(isolate_other_direction(notes[index].text, direction_of(language)))
            box.setIcon(QMessageBox.Icon.Information)
            box.open()

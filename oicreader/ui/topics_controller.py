"""Topics: the analysis of a document (on a worker thread when it is long), the topic tree,
the chosen topic marked in the text, and stepping through its paragraphs; and the topics
across the whole library, found on a worker thread when the reader asks for them."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from oicreader.app.notes import list_notes
from oicreader.ui.interface_language import current_language
from oicreader.ui.names import joined

if TYPE_CHECKING:
    from oicreader.app.changes import Changes
    from oicreader.app.topics import LibraryTopicIndex
    from oicreader.model.document import Document
    from oicreader.topics.crosscheck import Discrepancy
    from oicreader.topics.library import LibraryTopic
    from oicreader.topics.model import Topic
    from oicreader.ui.main_window import MainWindow

# Paragraph versions up to which topics are found on the main thread (some tens of ms),
# just after the document is painted; a longer document is analysed on a worker thread.
MAIN_THREAD_ANALYSIS = 600


def topics_and_differences(document: Document) -> tuple[list[Topic], list[Discrepancy]]:
    """Themes and places of a document, and what its language versions disagree on."""
    from oicreader.topics.crosscheck import check_document
    from oicreader.topics.index import place_topics
    from oicreader.topics.themes import themes_for

    return [*themes_for(document), *place_topics(document)], check_document(document)


class _AnalysisBridge(QObject):
    """Carries a worker thread's result to the window; Qt queues it to the main thread."""

    finished = Signal(object, list, list)  # the Document analysed, topics, differences


class _LibraryBridge(QObject):
    """Carries the topics across the library, found on a worker thread, to the window."""

    # The build's number, and its list of LibraryTopic, the error it raised, or None (stopped).
    finished = Signal(int, object)


class TopicsController(QObject):
    """Owns the topics panel: what is found in the open document, and the reader's tags."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.dock = window.topics_dock
        self.topic: Topic | None = None
        self._library_topic: LibraryTopic | None = None  # whose paragraph was opened last
        self.fixed_topics: list[Topic] = []  # themes and places of the open document
        self.differences: list[Discrepancy] = []  # what the language versions disagree on
        self._analysis: tuple[_AnalysisBridge, threading.Thread] | None = None
        self._analysed: Document | None = None  # the document whose topics are known
        self.scope = window.settings.topics_scope
        # Topics across the library: found once the reader picks that scope, kept until the
        # library changes; each build numbered, so that only the latest one is shown.
        self._library_index: LibraryTopicIndex | None = None
        self._library_topics: list[LibraryTopic] | None = None
        self._library_build = 0
        self._library_pending = False
        self._library_worker: tuple[_LibraryBridge, threading.Thread, threading.Event] | None = None
        actions = window.menu_actions
        actions.next_in_topic_action.triggered.connect(lambda: self.step_in_topic(1))
        actions.previous_in_topic_action.triggered.connect(lambda: self.step_in_topic(-1))
        self.dock.topic_chosen.connect(self.choose_topic)
        self.dock.scope_chosen.connect(self.choose_scope)
        self.dock.library_paragraph_chosen.connect(self.open_library_paragraph)
        window.reading.document_opened.connect(self._document_opened)
        window.changed.connect(self._changes_seen)

    @property
    def analysing(self) -> bool:
        """True from opening a document until its topics and differences are known, and in
        the library scope until the library's topics are shown."""
        document = self.window.document
        opened = document is not None and self._analysed is not document
        return opened or self.finding_library_topics

    @property
    def chosen_library_topic(self) -> LibraryTopic | None:
        """In the library scope, the topic across the library the reader is on: the tree's
        current row, else the one whose paragraph was opened last. None in the document
        scope."""
        if self.scope != "library":
            return None
        return self.dock.current_library_topic() or self._library_topic

    @property
    def finding_library_topics(self) -> bool:
        """True from picking the library scope (or starting in it) until its topics are shown."""
        return self._library_pending

    def fill_panel(self) -> None:
        """The tree of the open document's topics, or of the library's (found after the
        first paint), once the panels are built."""
        self.dock.set_scope(self.scope)
        if self.scope == "library":
            self.dock.show_library_pending()
            self._library_pending = True
            self.view.after_next_paint(self._show_library_topics)
        else:
            self._show_topics()

    def choose_scope(self, scope: str) -> None:
        """List the topics of the open document ("document") or of every one ("library")."""
        self.scope = scope
        self.window.settings.topics_scope = scope
        self.dock.set_scope(scope)
        if scope == "library":
            self._show_library_topics()
        else:
            self._stop_library_build()
            self._show_topics()

    def _document_opened(self, document: Document) -> None:
        self.topic = None
        self.fixed_topics, self.differences, self._analysed = [], [], None
        self.view.set_gutter_marker("discrepancy", set())
        self._show_topics()
        self._analyse(document)

    def _changes_seen(self, changes: Changes) -> None:
        self._library_changes_seen(changes)
        if self.scope == "library":
            return
        # Tags are topics: only the reader's tags move, never the themes found in the text.
        document = self.window.document
        if not changes.tags_changed or document is None or not self.window.panels_ready:
            return
        if changes.document not in (None, document.id):
            return
        if changes.tags:
            # Only the tags put on or taken off: their notes alone are read.
            from oicreader.ui.topics_dock import tag_topics_of

            topics = tag_topics_of(self.window.session, document.id, changes.tags)
            self.dock.update_tag_topics(changes.tags, topics, current_language())
            return
        from oicreader.topics.tags import tag_topics

        tags = tag_topics(list_notes(self.window.session, document.id))
        if not self.dock.show_tag_topics(tags, current_language()):
            self._show_topics()

    def _analyse(self, document: Document) -> None:
        # Never before the text is on screen: a report of a few hundred paragraph versions
        # takes some tens of ms, done once the view has painted; a long one seconds, so a
        # worker thread analyses it and the tree fills in when done. The thread too starts
        # after the paint: its Python work would take the GIL from the laying out.
        self.view.after_next_paint(lambda: self._analyse_if_open(document))

    def _analyse_if_open(self, document: Document) -> None:
        # Not if the reader opened another document meanwhile, or closed the window.
        if self.window.document is not document or not self.window.isVisible():
            return
        if sum(len(v.paragraphs) for v in document.versions.values()) <= MAIN_THREAD_ANALYSIS:
            self.topics_ready(document, *topics_and_differences(document))
            return
        bridge = _AnalysisBridge()
        bridge.finished.connect(self.topics_ready)

        def analyse() -> None:
            found = topics_and_differences(document)
            # The window may have been closed meanwhile, deleting the bridge with it.
            with contextlib.suppress(RuntimeError):
                bridge.finished.emit(document, *found)

        self._analysis = (bridge, threading.Thread(target=analyse, name="topics", daemon=True))
        self._analysis[1].start()

    def topics_ready(
        self, document: Document, fixed: list[Topic], differences: list[Discrepancy]
    ) -> None:
        """Show what the analysis of a document found, if it is still the one open."""
        # The very document shown, not only its key: a report reloaded with new text after
        # the first paint (a new version of the app) has the same key.
        if self.window.document is not document or not self.window.isVisible():
            return  # the reader opened another document meanwhile, or closed the window
        self._analysed = document
        self.fixed_topics, self.differences = fixed, differences
        self.view.set_gutter_marker("discrepancy", {d.paragraph for d in differences})
        self._show_topics()

    def _show_topics(self) -> None:
        # Tags are topics too: the reader's tags are listed beside the themes found.
        document = self.window.document
        if not self.window.panels_ready or document is None or self.scope == "library":
            return
        from oicreader.topics.tags import tag_topics

        tags = tag_topics(list_notes(self.window.session, document.id))
        self.dock.show_topics([*self.fixed_topics, *tags], self.differences, current_language())

    def choose_topic(self, topic: Topic) -> None:
        """Mark a topic's paragraphs and bring the first into view."""
        self.topic = topic
        self.view.set_topic_paragraphs(set(topic.paragraphs))
        if topic.paragraphs:
            self.window.reading.jump_to_paragraph(topic.paragraphs[0])
        label = f"\u2068{topic.label(current_language())}\u2069"  # its own direction
        # Qt's plural forms: "paragraph 6" for one, "paragraphs 4, 6" for more.
        count = len(topic.paragraphs)
        self.window.statusBar().showMessage(
            self.tr("%1: paragraph(s) %2", "", count).replace("%1", label)
            .replace("%2", joined(map(str, topic.paragraphs))), 6000,
        )  # fmt: skip

    def step_in_topic(self, direction: int) -> None:
        """The next (+1) or previous (-1) paragraph of the chosen topic."""
        if self.topic is None or not self.topic.paragraphs:
            return
        current = self.view.current_paragraph or 0
        later = [
            n for n in self.topic.paragraphs if (n > current if direction > 0 else n < current)
        ]
        if later:
            self.window.reading.jump_to_paragraph(later[0] if direction > 0 else later[-1])

    # Across the library -------------------------------------------------------------------

    def _library_changes_seen(self, changes: Changes) -> None:
        # A tag put on or taken off, a document imported, revised or removed, or another
        # library restored: what was found is out of date. (A removal of documents without
        # notes announces nothing: the documents themselves are compared when shown.)
        if changes.library_reopened and self._library_index is not None:
            self._library_index.forget()
        if changes.library_reopened or changes.tags_changed or changes.topics_changed:
            self._library_topics = None
        if self.scope == "library" and self.window.panels_ready:
            self._show_library_topics()

    def _show_library_topics(self) -> None:
        # What was found before, if the library is as it was; else found again on a worker
        # thread (only the documents new since are analysed), the panel saying so meanwhile.
        if self.scope != "library" or not self.window.isVisible():
            return
        from oicreader.app.topics import LibraryTopicIndex

        if self._library_index is None:
            self._library_index = LibraryTopicIndex()
        session = self.window.session
        if self._library_topics is not None and self._library_index.is_current(session):
            if self.dock.library_topics is not self._library_topics:
                self.dock.show_library_topics(self._library_topics, current_language())
            self._library_pending = False
            return
        if self._library_worker is not None:
            self._stop_library_build()
        self._library_topics = None
        self.dock.show_library_pending()
        self._library_pending = True
        self._library_build += 1
        build, index, stop = self._library_build, self._library_index, threading.Event()
        bridge = _LibraryBridge()
        bridge.finished.connect(self._library_topics_found)

        def find() -> None:
            found: list[LibraryTopic] | Exception | None
            try:
                # Through a read-only connection of its own: the window's writes (and their
                # rollbacks) cannot disturb its reads.
                found = index.build_apart(session, stop.is_set)
            except Exception as error:  # raised on the GUI thread, unless stopped meanwhile
                found = error
            with contextlib.suppress(RuntimeError):  # the window closed, its bridge deleted
                bridge.finished.emit(build, None if stop.is_set() else found)

        thread = threading.Thread(target=find, name="library-topics", daemon=True)
        self._library_worker = (bridge, thread, stop)
        thread.start()

    def _stop_library_build(self) -> None:
        if self._library_worker is not None:
            self._library_worker[2].set()
            self._library_worker = None
        self._library_pending = False

    def _library_topics_found(
        self, build: int, topics: list[LibraryTopic] | Exception | None
    ) -> None:
        if build != self._library_build:
            return  # an older build, stopped: a newer one is under way (or a restore)
        self._library_worker = None
        if topics is None:
            return  # stopped: the reader went back to the document's topics
        if isinstance(topics, Exception):
            self._library_pending = False
            if not self.window.isVisible():
                return  # the library was closed with the window under the worker's reads
            raise topics  # not a refusal the reader can act on: a bug, with its traceback
        if self._library_index is not None:
            # What the worker analysed, kept in the library by the window's connection (the
            # worker's is read-only): the next start finds it there.
            self._library_index.save_found(self.window.session)
        self._library_topics = topics
        if self.scope == "library" and self.window.isVisible():
            self.dock.show_library_topics(topics, current_language())
            self._library_pending = False

    def open_library_paragraph(self, topic: LibraryTopic, key: str, number: int) -> None:
        """Open a document at a paragraph of a topic across the library, the topic's
        paragraphs in it marked, so that next and previous step through them."""
        reading = self.window.reading
        if reading.document is None or reading.document.id != key:
            from oicreader.errors import UserFacingError
            from oicreader.ui.error_dialog import show_failure

            try:
                reading.open_document(key)
            except UserFacingError as problem:  # removed since the topics were found
                show_failure(
                    self.window, self.tr("Topics"), self.tr("The document was not opened."), problem
                )
                return
        self._library_topic = topic
        self.topic = topic.in_document(key)
        if self.topic is not None:
            self.view.set_topic_paragraphs(set(self.topic.paragraphs))
        reading.jump_to_paragraph(number)
        document = reading.document
        symbol = f"\u2068{document.symbol if document else key}\u2069"
        label = f"\u2068{topic.label(current_language())}\u2069"
        self.window.statusBar().showMessage(
            self.tr("%1: %2, paragraph %3").replace("%1", label).replace("%2", symbol)
            .replace("%3", str(number)), 8000,
        )  # fmt: skip

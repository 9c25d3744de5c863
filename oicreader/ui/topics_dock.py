"""The topic sidebar: themes, places, the reader's tags, and differences between versions."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from oicreader.render.qt_namespace import USER_ROLE, Qt
from oicreader.ui.deferred_dock import DeferredDock
from oicreader.ui.names import joined, language_in_sentence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTreeWidgetItem

    from oicreader.app.session import Session
    from oicreader.topics.crosscheck import Discrepancy
    from oicreader.topics.library import LibraryTopic, TopicDocument
    from oicreader.topics.model import Topic

TOPIC_ROLE = USER_ROLE
_PARAGRAPHS_ROLE = USER_ROLE + 1
# In the library scope: a topic's LibraryTopic, and a document's or paragraph's place in it.
LIBRARY_TOPIC_ROLE = USER_ROLE + 2
PLACE_ROLE = USER_ROLE + 3  # (document key, paragraph number)
SCOPES = ("document", "library")


class TopicsDock(DeferredDock):
    """A tree of topics in the interface language, each with its paragraph count."""

    topic_chosen = Signal(object)  # Topic
    scope_chosen = Signal(str)  # "document" or "library"
    # A paragraph of a topic across the library: the LibraryTopic, document key, paragraph.
    library_paragraph_chosen = Signal(object, str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Topics"), "topics", parent)
        self.topics: list[Topic] = []
        self.library_topics: list[LibraryTopic] = []
        self._branches: dict[str, QTreeWidgetItem] = {}  # each kind of topic's branch

    def _build(self) -> None:
        from PySide6.QtWidgets import (
            QComboBox,
            QHeaderView,
            QStyledItemDelegate,
            QTreeWidget,
            QVBoxLayout,
        )

        from oicreader.ui.topic_tree_delegate import TopicTreeDelegate

        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.scope = QComboBox(panel)
        self.scope.addItem(self.tr("This document"), "document")
        self.scope.addItem(self.tr("Whole library"), "library")
        self.scope.setAccessibleName(self.tr("Topics of"))
        self.scope.setToolTip(
            self.tr("The topics of the document you are reading, or of every document")
        )
        self.scope.currentIndexChanged.connect(
            lambda index: self.scope_chosen.emit(SCOPES[index] if index >= 0 else "document")
        )
        layout.addWidget(self.scope)
        self.tree = QTreeWidget(panel)
        self.tree.setHeaderHidden(True)
        # What a screen reader names the columns: the topic, and its count of paragraphs in
        # a column of its own, so that a long name never hides it.
        self.tree.setHeaderLabels([self.tr("Topic"), self.tr("Paragraphs")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fitted to the counts when the tree is filled (_fit_counts): sized to its contents,
        # Qt would make room for the hidden header's "Paragraphs" too.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(self.tree.fontMetrics().horizontalAdvance("00"))
        # A long name ("The Kurdistan Region of Iraq referendum") wraps onto a second line
        # rather than being cut; its tooltip names it too.
        self.tree.setWordWrap(True)
        # Rows measured again at the column's new width when the panel is resized.
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        # A tag typed in Latin letters in an Arabic tree keeps its own direction; the
        # indentation, not the alignment, shows the hierarchy.
        self.tree.setItemDelegate(TopicTreeDelegate(self.tree))
        # Digits need no bidi layout, and Qt's own delegate sizes the column to them: the
        # bidi one, which wraps, asks for the whole view's width.
        self.tree.setItemDelegateForColumn(1, QStyledItemDelegate(self.tree))
        self._describe_tree("document")
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.tree.itemExpanded.connect(self._fill_library_topic)
        layout.addWidget(self.tree)
        self.setWidget(panel)

    def set_scope(self, scope: str) -> None:
        """Show the scope chosen ("document" or "library") without announcing it."""
        self.ensure_built()
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(SCOPES.index(scope) if scope in SCOPES else 0)
        self.scope.blockSignals(False)
        self._describe_tree(scope)

    def _describe_tree(self, scope: str) -> None:
        if scope == "library":
            self.tree.setAccessibleName(self.tr("Topics of the library"))
            self.tree.setAccessibleDescription(
                self.tr(
                    "Open a topic to see its documents, newest first; choose a paragraph to read it"
                )
            )
        else:
            self.tree.setAccessibleName(self.tr("Topics of the document"))
            self.tree.setAccessibleDescription(
                self.tr("Choose a topic to mark its paragraphs and bring the first into view")
            )

    def show_library_pending(self) -> None:
        """Say the topics across the library are being found (a few seconds for hundreds)."""
        from PySide6.QtWidgets import QTreeWidgetItem

        self.ensure_built()
        self.tree.clear()
        self._branches = {}
        self.library_topics = []
        waiting = QTreeWidgetItem([self.tr("Finding the topics of every document…")])
        waiting.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(waiting)

    def show_library_topics(self, topics: list[LibraryTopic], language: str) -> None:
        """Fill the tree with the topics across the library: one branch per kind, each
        topic with its count of documents; its documents are listed when it is opened."""
        from PySide6.QtWidgets import QTreeWidgetItem

        self.ensure_built()
        self.tree.clear()
        self.library_topics = topics
        self._branches = {}
        for kind in ("theme", "place", "tag"):
            members = [topic for topic in topics if topic.kind == kind]
            if kind != "tag":  # A-Z in the interface language (tags are the reader's words)
                members.sort(key=lambda topic: topic.label(language).casefold())
            branch = QTreeWidgetItem([self._branch_title(kind), str(len(members))])
            branch.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(branch)
            for topic in members:
                branch.addChild(self._library_topic_item(topic, language))
            branch.setExpanded(True)
        self._fit_counts()

    def current_library_topic(self) -> LibraryTopic | None:
        """The topic across the library of the tree's current row (a topic, one of its
        documents or paragraphs), None in the document scope or on a branch."""
        from oicreader.topics.library import LibraryTopic

        item = self.tree.currentItem() if self.library_topics else None
        topic = item.data(0, LIBRARY_TOPIC_ROLE) if item is not None else None
        return topic if isinstance(topic, LibraryTopic) else None

    def _library_topic_item(self, topic: LibraryTopic, language: str) -> QTreeWidgetItem:
        from PySide6.QtWidgets import QTreeWidgetItem

        label = topic.label(language)
        item = QTreeWidgetItem([label, str(len(topic.documents))])
        item.setData(0, LIBRARY_TOPIC_ROLE, topic)
        # Its documents are made when it is opened: hundreds of documents times their
        # paragraphs are tens of thousands of rows nobody looks at.
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        documents = self.tr("Documents: %1").replace("%1", str(len(topic.documents)))
        for column in (0, 1):
            item.setToolTip(column, f"{label}\n{documents}")
        return item

    def _fill_library_topic(self, item: QTreeWidgetItem) -> None:
        from PySide6.QtWidgets import QTreeWidgetItem

        topic = item.data(0, LIBRARY_TOPIC_ROLE)
        if topic is None or item.childCount():
            return
        for document in topic.documents:
            described = describe_topic_document(document)
            row = QTreeWidgetItem([described, str(len(document.paragraphs))])
            row.setData(0, PLACE_ROLE, (document.key, document.paragraphs[0]))
            row.setData(0, LIBRARY_TOPIC_ROLE, topic)
            paragraphs = self.tr("Paragraphs: %1").replace(
                "%1", joined(map(str, document.paragraphs))
            )
            row.setToolTip(0, f"{described}\n{paragraphs}")
            for number in document.paragraphs:
                paragraph = QTreeWidgetItem([self.tr("Paragraph %1").replace("%1", str(number))])
                paragraph.setData(0, PLACE_ROLE, (document.key, number))
                paragraph.setData(0, LIBRARY_TOPIC_ROLE, topic)
                row.addChild(paragraph)
            item.addChild(row)
            row.setExpanded(True)
        self._fit_counts()

    def show_topics(
        self, topics: list[Topic], discrepancies: list[Discrepancy], language: str
    ) -> None:
        """Fill the tree: one branch per kind of topic, then the differences found."""
        from PySide6.QtWidgets import QTreeWidgetItem

        self.ensure_built()
        self.tree.clear()
        self.topics = topics
        self.library_topics = []
        self._branches = {}
        for kind in ("theme", "place", "tag"):
            branch = QTreeWidgetItem()
            branch.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(branch)
            self._branches[kind] = branch
            self._fill_branch(kind, [topic for topic in topics if topic.kind == kind], language)
            branch.setExpanded(True)
        if discrepancies:
            branch = QTreeWidgetItem(
                [self.tr("Differences between versions"), str(len(discrepancies))]
            )
            branch.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(branch)
            for discrepancy in discrepancies:
                described = describe_discrepancy(discrepancy, language)
                item = QTreeWidgetItem([described])
                item.setToolTip(0, described)
                item.setData(0, _PARAGRAPHS_ROLE, discrepancy.paragraph)
                branch.addChild(item)
            branch.setExpanded(True)
        self._fit_counts()

    def _fit_counts(self) -> None:
        self.tree.resizeColumnToContents(1)

    def _show_topic(self, item: QTreeWidgetItem, topic: Topic, language: str) -> None:
        label = topic.label(language)
        item.setText(0, label)
        item.setText(1, str(len(topic.paragraphs)))
        item.setData(0, TOPIC_ROLE, topic)
        paragraphs = self.tr("Paragraphs: %1").replace("%1", joined(map(str, topic.paragraphs)))
        for column in (0, 1):
            item.setToolTip(column, f"{label}\n{paragraphs}")

    def update_tag_topics(self, tags: frozenset[str], topics: list[Topic], language: str) -> None:
        """Show again only the topics of some tags (a note's tags were edited), the rest of
        the tree as it is: `topics` are those of the tags still in use, the others go."""
        branch = self._branches.get("tag")
        if not self.built or branch is None:
            return  # the tree is filled in whole when the document's topics are shown
        from PySide6.QtWidgets import QTreeWidgetItem

        from oicreader.topics.tags import tag_order

        new = {topic.id: topic for topic in topics if topic.kind == "tag" and topic.id in tags}
        for item in _children(branch):
            shown: Topic = item.data(0, TOPIC_ROLE)
            if shown.id in new:
                self._show_topic(item, new[shown.id], language)
            elif shown.id in tags:
                branch.removeChild(item)
        for topic in new.values():
            listed = [item.data(0, TOPIC_ROLE).id for item in _children(branch)]
            if topic.id not in listed:
                item = QTreeWidgetItem()
                self._show_topic(item, topic, language)
                branch.insertChild(bisect_left(listed, tag_order(topic.id), key=tag_order), item)
        branch.setText(1, str(branch.childCount()))
        kept = [t for t in self.topics if t.kind != "tag" or t.id not in tags]
        self.topics = [*kept, *new.values()]
        self._fit_counts()

    def show_tag_topics(self, tag_topics: list[Topic], language: str) -> bool:
        """Refill the reader's tags alone (a tag added or dropped), leaving the themes, the
        places and the differences as they are; False if the tree is not filled yet."""
        if "tag" not in self._branches:
            return False
        self.topics = [topic for topic in self.topics if topic.kind != "tag"] + tag_topics
        self._fill_branch("tag", tag_topics, language)
        self._fit_counts()
        return True

    def _branch_title(self, kind: str) -> str:
        titles = {
            "theme": self.tr("Themes"),
            "place": self.tr("Places and organisations"),
            "tag": self.tr("My tags"),
        }
        return titles[kind]

    def _fill_branch(self, kind: str, members: list[Topic], language: str) -> None:
        from PySide6.QtWidgets import QTreeWidgetItem

        branch = self._branches[kind]
        branch.setText(0, self._branch_title(kind))
        branch.setText(1, str(len(members)))
        branch.takeChildren()
        for topic in members:
            item = QTreeWidgetItem()
            self._show_topic(item, topic, language)
            branch.addChild(item)

    def _activated(self, item: QTreeWidgetItem) -> None:
        from oicreader.topics.model import Topic

        place = item.data(0, PLACE_ROLE)
        if place is not None:
            key, number = place
            self.library_paragraph_chosen.emit(item.data(0, LIBRARY_TOPIC_ROLE), key, number)
            return
        if item.data(0, LIBRARY_TOPIC_ROLE) is not None:
            item.setExpanded(True)  # a topic of the library opens onto its documents
            return
        topic = item.data(0, TOPIC_ROLE)
        if isinstance(topic, Topic):
            self.topic_chosen.emit(topic)
            return
        paragraph = item.data(0, _PARAGRAPHS_ROLE)
        if isinstance(paragraph, int):
            self.topic_chosen.emit(
                Topic.create(f"difference-{paragraph}", "theme", {"en": item.text(0)}, [paragraph])
            )


def _children(branch: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for row in range(branch.childCount()) if (child := branch.child(row))]


def describe_discrepancy(discrepancy: Discrepancy, language: str) -> str:
    """'¶7 date 2017-09-25: in Arabic, English; not in French', in the interface language."""
    value = discrepancy.value
    if discrepancy.kind == "place":
        from oicreader.topics.gazetteer import load_gazetteer  # loaded after the first paint

        entry = load_gazetteer().entries.get(value)
        if entry is not None:
            names = entry.names.get(language) or entry.names.get("en") or (value,)
            value = names[0]
    # Literal translate calls with the dock's context, so that lupdate finds them.
    kinds = {
        "date": QCoreApplication.translate("TopicsDock", "date"),
        "number": QCoreApplication.translate("TopicsDock", "number"),
        "place": QCoreApplication.translate("TopicsDock", "name"),
    }
    present = joined(language_in_sentence(code) for code in discrepancy.present_in)
    missing = joined(language_in_sentence(code) for code in discrepancy.missing_from)
    return (
        QCoreApplication.translate("TopicsDock", "¶%1 %2 %3: in %4; not in %5")
        .replace("%1", str(discrepancy.paragraph))
        .replace("%2", kinds.get(discrepancy.kind, discrepancy.kind))
        .replace("%3", f"\u2068{value}\u2069")
        .replace("%4", present)
        .replace("%5", missing)
    )


def describe_topic_document(document: TopicDocument) -> str:
    """'OIC/ACM-2017/CHAIR-REP · 2017-09-22': the symbol in its own direction, and the date."""
    symbol = f"\u2068{document.symbol}\u2069"
    return f"{symbol} · {document.date}" if document.date else symbol


def tag_topics_of(session: Session, document: str, tags: frozenset[str]) -> list[Topic]:
    """The topics of some tags in a document: one per tag still on one of its notes."""
    from oicreader.app.notes import list_notes
    from oicreader.topics.tags import tag_topics

    return [
        topic
        for tag in sorted(tags)
        for topic in tag_topics(list_notes(session, document, tag=tag))
        if topic.id == tag  # the notes' other tags, and the same tag in other letter cases
    ]

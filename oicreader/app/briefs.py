"""Briefing packs: the reader's use cases on named briefs, and a brief made ready to export."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from oicreader.app.changes import Changes
from oicreader.app.notes import list_notes
from oicreader.app.search import search_library
from oicreader.app.session import Session
from oicreader.errors import UserFacingError, explained
from oicreader.model.annotation import Annotation
from oicreader.model.brief import Brief, BriefContent, BriefEntry, BriefItem, BriefSummary
from oicreader.model.document import Document
from oicreader.model.languages import LANGUAGES
from oicreader.store import briefs as stored
from oicreader.topics.library import LibraryTopic, TopicDocument

__all__ = [
    "BriefItemProblem",
    "add_heading",
    "add_library_topic",
    "add_note",
    "add_paragraphs",
    "add_search_results",
    "add_topic",
    "brief_content",
    "content_of",
    "create_brief",
    "delete_brief",
    "edit_item_text",
    "find_brief",
    "items_named",
    "list_briefs",
    "load_brief",
    "remove_items",
    "rename_brief",
    "reorder_items",
    "topic_paragraphs_across_library",
]


class BriefItemProblem(UserFacingError, ValueError):
    """An item of a brief that cannot be added or exported; the message names it."""


def create_brief(session: Session, title: str, language: str = "en") -> tuple[int, Changes]:
    """A new, empty brief with a title and the language of its headings and citations."""
    stored_id = stored.create_brief(session.library, _checked_title(title), _checked(language))
    return stored_id, Changes(brief=stored_id)


def list_briefs(session: Session) -> list[BriefSummary]:
    """Every brief of the library, the last changed first."""
    return stored.list_briefs(session.library)


def find_brief(session: Session, reference: str) -> int:
    """The id of a brief given by its title or number."""
    return stored.brief_id(session.library, reference)


def load_brief(session: Session, brief: int) -> Brief:
    """A brief with its items in order."""
    return stored.load_brief(session.library, brief)


def rename_brief(session: Session, brief: int, title: str, language: str | None = None) -> Changes:
    """Give a brief another title, and another language when given."""
    checked_language = None if language is None else _checked(language)
    stored.rename_brief(session.library, brief, _checked_title(title), checked_language)
    return Changes(brief=brief)


def add_paragraphs(
    session: Session,
    brief: int,
    document: str,
    numbers: Iterable[int],
    *,
    revision: int | None = None,
    at: int | None = None,
) -> Changes:
    """Add paragraphs of one document (the current revision unless one is named), in the
    order given; a paragraph the brief already quotes is not added twice."""
    key = session.find_key(document)
    items = stored.pinned_paragraphs(session.library, key, list(dict.fromkeys(numbers)), revision)
    pinned = items[0].revision if items else revision
    available = set(session.document(key, pinned).paragraph_numbers)
    wanted = [item.paragraph_number for item in items]
    missing = [number for number in wanted if number not in available]
    if missing:
        raise BriefItemProblem(
            explained(
                "{document} has no paragraph {missing}: choose paragraphs it has",
                document=document,
                missing=", ".join(map(str, missing)),
            )
        )
    return _insert_new(session, brief, items, at)


def add_heading(session: Session, brief: int, text: str, at: int | None = None) -> Changes:
    """Add a heading of the reader's own."""
    stored.insert_items(session.library, brief, [BriefItem.heading(_words(text))], at)
    return Changes(brief=brief)


def add_note(session: Session, brief: int, text: str, at: int | None = None) -> Changes:
    """Add a note of the reader's own."""
    stored.insert_items(session.library, brief, [BriefItem.note(_words(text))], at)
    return Changes(brief=brief)


def add_topic(session: Session, brief: int, topic_id: str) -> Changes:
    """Add every paragraph of a topic across the library, document by document, newest first."""
    items = _items_at(session, topic_paragraphs_across_library(session, topic_id))
    return _insert_new(session, brief, items, None)


def add_search_results(session: Session, brief: int, query: str, limit: int = 50) -> Changes:
    """Add the paragraphs a search finds across the library, best first, each once."""
    places = dict.fromkeys(
        (hit.document_key, hit.paragraph_number)
        for hit in search_library(session, query, limit=limit)
    )
    items = _items_at(session, [(key, [number]) for key, number in places])
    return _insert_new(session, brief, items, None)


def reorder_items(session: Session, brief: int, item_ids: Sequence[int]) -> Changes:
    """Put a brief's items in a new order (each of them named once)."""
    stored.reorder_items(session.library, brief, item_ids)
    return Changes(brief=brief)


def edit_item_text(session: Session, brief: int, item_id: int, text: str) -> Changes:
    """Change the words of one of the reader's headings or notes."""
    stored.update_item_text(session.library, brief, item_id, _words(text))
    return Changes(brief=brief)


def remove_items(session: Session, brief: int, item_ids: Sequence[int]) -> Changes:
    """Take items out of a brief."""
    stored.remove_items(session.library, brief, item_ids)
    return Changes(brief=brief)


def delete_brief(session: Session, brief: int) -> Changes:
    """Delete a brief; the documents and notes it quotes stay."""
    stored.delete_brief(session.library, brief)
    return Changes(brief=brief)


def topic_paragraphs_across_library(
    session: Session, topic_id: str
) -> list[tuple[str, tuple[int, ...]]]:
    """The paragraphs of a topic (theme, place or tag, by an id `topics --library --json`
    lists) in every document of the library, newest document first: (document key,
    paragraph numbers) for each that has it. Read from the library topic index, which
    analyses only documents no build has read before."""
    from oicreader.app.topics import library_topics

    wanted = topic_id.strip().casefold()
    matching = [topic for topic in library_topics(session) if topic.id.casefold() == wanted]
    if not matching:
        raise BriefItemProblem(
            explained(
                "no paragraph of the library {file} has the topic {topic}: list topics with "
                "`oicreader topics DOC`",
                file=session.path,
                topic=repr(topic_id),
            )
        )
    return _places_of(matching)


def add_library_topic(session: Session, brief: int, topic: LibraryTopic) -> Changes:
    """Add the paragraphs of a topic across the library as the Topics panel lists them,
    document by document, newest first."""
    return _insert_new(session, brief, _items_at(session, _places_of([topic])), None)


def _places_of(topics: Sequence[LibraryTopic]) -> list[tuple[str, tuple[int, ...]]]:
    """Each document of the topics (a theme and a place may share an id) with the paragraphs
    of all of them, newest document first, as the library lists documents."""
    found: dict[str, tuple[TopicDocument, set[int]]] = {}
    for topic in topics:
        for document in topic.documents:
            found.setdefault(document.key, (document, set()))[1].update(document.paragraphs)
    # Newest first, undated last; each sort stable, so ties keep the library's order.
    newest_first = sorted(found.values(), key=lambda entry: entry[0].date, reverse=True)
    ordered = sorted(newest_first, key=lambda entry: entry[0].date == "")
    return [(document.key, tuple(sorted(numbers))) for document, numbers in ordered]


def items_named(session: Session, written: str) -> list[BriefItem]:
    """The paragraph items one command-line ITEM names: DOC:PARAGRAPHS (such as
    OIC/ACM-2017/CHAIR-REP:4,6-7, in that order) or topic:ID (a topic across the library)."""
    from oicreader.model.selection import parse_paragraph_selection

    kind, _, rest = written.partition(":")
    if kind.strip().casefold() == "topic" and rest.strip():
        try:
            places = topic_paragraphs_across_library(session, rest.strip())
        except UserFacingError as error:
            raise _item_problem(written, str(error)) from None
        return [
            item
            for key, numbers in places
            for item in stored.pinned_paragraphs(session.library, key, numbers)
        ]
    document, colon, paragraphs = written.rpartition(":")
    if not colon or not document.strip() or not paragraphs.strip():
        raise _item_problem(
            written,
            explained(
                "write {syntax}, such as {example}, or {topic}",
                syntax="DOC:PARAGRAPHS",
                example="OIC/ACM-2017/CHAIR-REP:4,6-7",
                topic="topic:ID",
            ),
        )
    try:
        key = session.find_key(document)
        available = session.document(key).paragraph_numbers
        # Each range in the order written ("7,3-4" quotes 7 first), each paragraph once.
        parts = [part for part in paragraphs.split(",") if part.strip()] or [paragraphs]
        numbers = list(
            dict.fromkeys(
                number for part in parts for number in parse_paragraph_selection(part, available)
            )
        )
    except UserFacingError as error:
        raise _item_problem(written, str(error)) from None
    return stored.pinned_paragraphs(session.library, key, numbers)


def _items_at(session: Session, places: Sequence[tuple[str, Sequence[int]]]) -> list[BriefItem]:
    """Paragraph items of the current revisions, document by document in the order given."""
    return [
        item
        for key, numbers in places
        for item in stored.pinned_paragraphs(session.library, key, numbers)
    ]


def _item_problem(written: str, reason: str) -> BriefItemProblem:
    return BriefItemProblem(explained("item {item}: {reason}", item=repr(written), reason=reason))


def brief_content(session: Session, brief: Brief | int) -> BriefContent:
    """A brief made ready to export: each paragraph with its pinned revision and notes."""
    loaded = load_brief(session, brief) if isinstance(brief, int) else brief
    return content_of(session, loaded.title, loaded.language, loaded.items)


def content_of(
    session: Session, title: str, language: str, items: Sequence[BriefItem]
) -> BriefContent:
    """Items (stored or not) made ready to export; an item whose document, revision or
    paragraph is gone is refused by name."""
    documents: dict[tuple[str, int], Document] = {}
    notes_by_document: dict[str, list[Annotation]] = {}
    entries: list[BriefEntry] = []
    for item in items:
        if item.kind != "paragraph":
            entries.append(BriefEntry(item.kind, text=item.text))
            continue
        document = _pinned_document(session, item, documents)
        if item.document_key not in notes_by_document:
            notes_by_document[item.document_key] = list_notes(session, item.document_key)
        notes = tuple(
            note
            for note in notes_by_document[item.document_key]
            if note.revision == item.revision and note.paragraph_number == item.paragraph_number
        )
        entries.append(BriefEntry("paragraph", "", document, item.paragraph_number, notes))
    return BriefContent(title, _checked(language), tuple(entries))


def _pinned_document(
    session: Session, item: BriefItem, documents: dict[tuple[str, int], Document]
) -> Document:
    place = (item.document_key, item.revision)
    if place not in documents:
        try:
            documents[place] = session.document(item.document_key, item.revision)
        except UserFacingError as error:
            raise BriefItemProblem(
                explained(
                    "the brief quotes paragraph {number} of {key}, revision {revision}, which "
                    "the library {file} no longer holds ({reason}): remove that item",
                    number=item.paragraph_number,
                    key=item.document_key,
                    revision=item.revision,
                    file=session.path,
                    reason=str(error),
                )
            ) from None
    document = documents[place]
    if item.paragraph_number not in document.paragraph_numbers:
        raise BriefItemProblem(
            explained(
                "{symbol} (revision {revision}) has no paragraph {number}: remove that item "
                "from the brief",
                symbol=document.symbol,
                revision=item.revision,
                number=item.paragraph_number,
            )
        )
    return document


def _insert_new(
    session: Session, brief: int, items: Sequence[BriefItem], at: int | None
) -> Changes:
    quoted = {item.reference for item in load_brief(session, brief).paragraphs}
    new = [item for item in dict.fromkeys(items) if item.reference not in quoted]
    if new:
        stored.insert_items(session.library, brief, new, at)
    return Changes(brief=brief)


def _checked(language: str) -> str:
    if language not in LANGUAGES:
        raise UserFacingError(
            explained(
                "a brief is written in ar, en or fr, not {language}: choose one of them",
                language=repr(language),
            )
        )
    return language


def _checked_title(title: str) -> str:
    if not title.strip():
        raise UserFacingError(explained("a brief needs a title: type one"))
    return title.strip()


def _words(text: str) -> str:
    if not text.strip():
        raise UserFacingError(explained("a heading or note of a brief needs words: type them"))
    return text.strip()

"""A briefing pack: a title, the language it is written in, and its items in reading order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from oicreader.model.annotation import Annotation
from oicreader.model.document import Document

BriefItemKind = Literal["paragraph", "heading", "note"]
BRIEF_ITEM_KINDS: tuple[BriefItemKind, ...] = ("paragraph", "heading", "note")


@dataclass(frozen=True)
class BriefItem:
    """One entry of a brief: a paragraph of a document, or the reader's heading or note.

    A paragraph names its document by key and the revision it was read in, as notes do:
    the brief quotes the text the reader chose, with the paragraph number that text had,
    even after a new revision renumbers the document.
    """

    kind: BriefItemKind
    document_key: str = ""
    revision: int = 0
    paragraph_number: int = 0
    text: str = ""  # the heading's or the note's own words; empty for a paragraph
    id: int = 0  # the stored row; 0 until the item is in the library

    @classmethod
    def paragraph(cls, document_key: str, revision: int, paragraph_number: int) -> BriefItem:
        """A paragraph of one revision of a document."""
        return cls("paragraph", document_key, revision, paragraph_number)

    @classmethod
    def heading(cls, text: str) -> BriefItem:
        """A heading of the reader's own."""
        return cls("heading", text=text)

    @classmethod
    def note(cls, text: str) -> BriefItem:
        """A note of the reader's own, printed as a paragraph of the brief."""
        return cls("note", text=text)

    @property
    def reference(self) -> tuple[str, int, int]:
        """Document key, revision and paragraph: what makes two paragraph items the same."""
        return (self.document_key, self.revision, self.paragraph_number)


@dataclass(frozen=True)
class BriefSummary:
    """A brief as a list of briefs shows it."""

    id: int
    title: str
    language: str
    item_count: int
    modified: str


@dataclass(frozen=True)
class Brief:
    """A named brief kept in the library; `language` (ar, en or fr) sets its headings and
    citations."""

    id: int
    title: str
    language: str
    items: tuple[BriefItem, ...]
    created: str
    modified: str

    @property
    def paragraphs(self) -> list[BriefItem]:
        """The paragraph items, in the brief's order."""
        return [item for item in self.items if item.kind == "paragraph"]


@dataclass(frozen=True)
class BriefEntry:
    """An item ready to export: a heading or note with its words, or a paragraph with the
    revision of the document it quotes and the reader's notes on it."""

    kind: BriefItemKind
    text: str = ""
    document: Document | None = None
    paragraph_number: int = 0
    notes: tuple[Annotation, ...] = ()


@dataclass(frozen=True)
class BriefContent:
    """What an export writes: the title, the brief's language and its entries in order."""

    title: str
    language: str
    entries: tuple[BriefEntry, ...]


@dataclass(frozen=True)
class BriefExportChoices:
    """How to export: the print layout, the languages in reading order, and the notes."""

    layout: str = "side-by-side"  # "side-by-side", "single" or "interleaved"
    languages: tuple[str, ...] | None = None  # None: every language each document has
    notes: bool = False

"""What to print: paragraphs, languages, layout, notes, paper, margins; checked for a document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from oicreader.errors import UserFacingError
from oicreader.model.document import Document
from oicreader.model.languages import LANGUAGES, direction_of
from oicreader.render.fonts import FontChoice
from oicreader.render.print_choices import (
    DEFAULT_MARGINS_MM,
    LAYOUTS,
    MINIMUM_MARGINS_MM,
    NOTES_STYLES,
    PAPERS,
    Layout,
    NotesStyle,
    Paper,
)

__all__ = [
    "DEFAULT_MARGINS_MM",
    "LAYOUTS",
    "MINIMUM_MARGINS_MM",
    "NOTES_STYLES",
    "PAPERS",
    "Layout",
    "NotesStyle",
    "Paper",
    "PrintOptions",
    "PrintOptionsError",
    "column_order",
    "default_paper",
    "interleaved_order",
    "main_language",
    "page_size_of",
]
# A printed page is read at arm's length on a desk: a little smaller than the screen's 11 pt.
PRINT_POINT_SIZE = 10.0

# Territories whose offices stock US Letter (CLDR's paperSize data); everywhere else uses A4.
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Belize,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.ElSalvador,
        QLocale.Country.Guatemala,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
        QLocale.Country.PuertoRico,
        QLocale.Country.Venezuela,
    }
)


class PrintOptionsError(UserFacingError, ValueError):
    """Options that cannot be printed (no paragraph, an unknown language, a bad margin)."""


def default_paper(locale: QLocale | None = None) -> Paper:
    """Letter in the territories that use it (US, Canada, Mexico, the Philippines...), else A4."""
    territory = (locale or QLocale.system()).territory()
    return "letter" if territory in _LETTER_TERRITORIES else "a4"


def page_size_of(paper: Paper) -> QPageSize:
    """The Qt page size of a paper name."""
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)


@dataclass(frozen=True)
class PrintOptions:
    """A reader's print choices; None means "all paragraphs", "all languages", "the locale's paper".

    `languages` is in reading order: the first is the page's main language (header, footer,
    the side the paragraph numbers sit on).
    """

    paragraphs: tuple[int, ...] | None = None
    languages: tuple[str, ...] | None = None
    layout: Layout = "side-by-side"
    notes: NotesStyle = "none"
    highlights: bool = True
    paper: Paper | None = None
    margins_mm: float = DEFAULT_MARGINS_MM
    fonts: FontChoice = field(default_factory=lambda: FontChoice(point_size=PRINT_POINT_SIZE))

    def resolved(self, document: Document, locale: QLocale | None = None) -> PrintOptions:
        """These options with every default filled in from the document, checked against it."""
        languages = self._languages(document)
        paragraphs = self._paragraphs(document, languages)
        if self.layout not in LAYOUTS:
            raise PrintOptionsError(f"unknown layout {self.layout!r}: use {', '.join(LAYOUTS)}")
        if self.notes not in NOTES_STYLES:
            raise PrintOptionsError(f"unknown notes style {self.notes!r}")
        if not MINIMUM_MARGINS_MM <= self.margins_mm <= 60:
            raise PrintOptionsError(
                f"margins of {self.margins_mm:g} mm: give between {MINIMUM_MARGINS_MM:g} and 60"
            )
        paper = self.paper or default_paper(locale)
        if paper not in PAPERS:
            raise PrintOptionsError(f"unknown paper {paper!r}: use a4 or letter")
        return replace(self, paragraphs=paragraphs, languages=languages, paper=paper)

    def _languages(self, document: Document) -> tuple[str, ...]:
        if self.languages is None:
            available = document.languages
            return (available[0],) if self.layout == "single" else tuple(available)
        unknown = [code for code in self.languages if code not in LANGUAGES]
        if unknown:
            raise PrintOptionsError(
                f"unknown language {', '.join(unknown)}: use ar, en or fr, separated by commas"
            )
        absent = [code for code in self.languages if code not in document.versions]
        if absent:
            raise PrintOptionsError(
                f"{document.symbol} has no {', '.join(absent)} version "
                f"(it has {', '.join(document.languages)})"
            )
        if not self.languages:
            raise PrintOptionsError("no language chosen: give ar, en or fr")
        if len(set(self.languages)) != len(self.languages):
            raise PrintOptionsError("a language is named twice")
        if self.layout == "single" and len(self.languages) > 1:
            raise PrintOptionsError(
                f"the single layout prints one language, not {len(self.languages)}: "
                "choose one, or use side-by-side or interleaved"
            )
        return tuple(self.languages)

    def _paragraphs(self, document: Document, languages: Sequence[str]) -> tuple[int, ...]:
        available = document.paragraph_numbers
        if self.paragraphs is None:
            chosen = available
        else:
            missing = sorted(set(self.paragraphs) - set(available))
            if missing:
                span = f"{available[0]}–{available[-1]}" if available else "none"
                raise PrintOptionsError(
                    f"no paragraph {', '.join(map(str, missing))} in {document.symbol} "
                    f"(its paragraphs are {span})"
                )
            chosen = sorted(set(self.paragraphs))
        if not chosen:
            raise PrintOptionsError("no paragraph chosen: give numbers such as 3, 5-7")
        return tuple(chosen)


def main_language(options: PrintOptions) -> str:
    """The page's language: the first chosen one (resolved options only)."""
    assert options.languages, "resolve the options first"
    return options.languages[0]


def column_order(languages: Sequence[str]) -> list[str]:
    """Side-by-side columns from left to right, so Arabic is always the rightmost column.

    An Arabic page reads its columns from the right, so its chosen order is mirrored; a
    Latin page keeps its order and moves right-to-left languages to the right edge.
    """
    if languages and direction_of(languages[0]) == "rtl":
        return list(reversed(languages))
    ltr = [code for code in languages if direction_of(code) == "ltr"]
    return ltr + [code for code in languages if direction_of(code) == "rtl"]


def interleaved_order(languages: Sequence[str], source_language: str) -> list[str]:
    """Interleaved rows: the source language first, then the translations in chosen order."""
    return sorted(languages, key=lambda code: code != source_language)

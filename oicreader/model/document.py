"""A document: front matter and numbered paragraphs in one or more language versions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from oicreader.model.languages import LANGUAGE_NAMES
from oicreader.model.row_links import RowLink

# Named tuples, not frozen dataclasses: made on the way to the first paint (README, Code map).


class FrontMatterBlock(NamedTuple):
    """One block of a cover page: organisation, symbol, status mark, title, venue or date."""

    role: str
    text: str


class TranslatorNote(NamedTuple):
    """A translator's remark on one paragraph of one language version."""

    paragraph_number: int
    language: str
    text: str


@dataclass(frozen=True)
class LanguageVersion:
    """What the importer reads from one file: a cover and numbered paragraphs in one language.

    A file whose paragraphs carry no numbers is read with its paragraphs numbered in order
    (`numbered` False); aligned by content to the source, its rows take the source's numbers
    and `links` says, for each row, which source rows its paragraph covers and how surely.
    Rows without a link (every row of a version aligned by its numbers) are plain 1:1 links.
    """

    language: str
    front_matter: tuple[FrontMatterBlock, ...]
    paragraphs: dict[int, str]
    source_path: Path | None = None
    encoding: str = "utf-8"
    numbered: bool = True
    links: dict[int, RowLink] = field(default_factory=dict)

    @property
    def aligned_by_content(self) -> bool:
        """Whether the rows were found by content (or set by the reader), not by number."""
        return bool(self.links)

    def front_matter_text(self, role: str) -> str | None:
        """The text of the first cover block with this role, if any."""
        return next((block.text for block in self.front_matter if block.role == role), None)


class Paragraph(NamedTuple):
    """One numbered paragraph with its text in each language version that has it."""

    number: int
    texts: dict[str, str]

    def text(self, language: str) -> str | None:
        """The paragraph in one language, or None where that version lacks it."""
        return self.texts.get(language)


class AlignmentProblem(NamedTuple):
    """A paragraph that one language version lacks, or has without a reference counterpart."""

    language: str
    paragraph_number: int
    kind: str  # "missing" or "extra"
    reference_language: str

    def __str__(self) -> str:
        if self.kind == "missing":
            return f"{self.language}: paragraph {self.paragraph_number} missing"
        reference = LANGUAGE_NAMES.get(self.reference_language, self.reference_language)
        return f"{self.language}: paragraph {self.paragraph_number} has no {reference} counterpart"


def describe_problems(problems: Iterable[AlignmentProblem]) -> str:
    """One line per language: "fr: paragraph 9 missing; paragraph 17 has no ... counterpart"."""
    by_language: dict[str, list[str]] = {}
    for problem in problems:
        prefix = f"{problem.language}: "
        by_language.setdefault(problem.language, []).append(str(problem)[len(prefix) :])
    return "\n".join(f"{language}: {'; '.join(items)}" for language, items in by_language.items())


@dataclass
class Document:
    """A report in one or more languages, aligned paragraph by paragraph."""

    id: str
    symbol: str
    titles: dict[str, str]
    date: str
    status: str
    source_language: str
    versions: dict[str, LanguageVersion]
    meeting: dict[str, str] = field(default_factory=dict)
    venue: dict[str, str] = field(default_factory=dict)
    translator_notes: list[TranslatorNote] = field(default_factory=list)
    # The hash of the files' text as read and aligned, before the reader's re-links: what
    # those corrections are stored under, so that they apply again to the same files.
    alignment_key: str = ""

    @property
    def languages(self) -> list[str]:
        """The languages this document has, source language first."""
        return sorted(self.versions, key=lambda code: (code != self.source_language, code))

    @property
    def paragraph_numbers(self) -> list[int]:
        """Every paragraph number found in any language version, in order."""
        numbers: set[int] = set()
        for version in self.versions.values():
            numbers.update(version.paragraphs)
        return sorted(numbers)

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs aligned by number; a language that lacks one is simply absent."""
        return [self.paragraph(number) for number in self.paragraph_numbers]

    def paragraph(self, number: int) -> Paragraph:
        """One aligned paragraph by its number."""
        return Paragraph(
            number,
            {
                language: version.paragraphs[number]
                for language, version in self.versions.items()
                if number in version.paragraphs
            },
        )

    def title(self, language: str) -> str:
        """The title in a language, falling back to the source language's."""
        return self.titles.get(language) or self.titles.get(self.source_language) or self.symbol

    def alignment_problems(self) -> list[AlignmentProblem]:
        """Paragraphs a translation lacks, and paragraphs it has that the source lacks."""
        reference = self.source_language
        if reference not in self.versions:
            return []
        reference_numbers = set(self.versions[reference].paragraphs)
        problems: list[AlignmentProblem] = []
        for language in self.languages:
            if language == reference:
                continue
            numbers = set(self.versions[language].paragraphs)
            problems += [
                AlignmentProblem(language, number, "missing", reference)
                for number in sorted(reference_numbers - numbers)
            ]
            problems += [
                AlignmentProblem(language, number, "extra", reference)
                for number in sorted(numbers - reference_numbers)
            ]
        return problems

    def notes_for(self, paragraph_number: int, language: str) -> list[TranslatorNote]:
        """The translator's notes on one paragraph of one language version."""
        return [
            note
            for note in self.translator_notes
            if note.paragraph_number == paragraph_number and note.language == language
        ]

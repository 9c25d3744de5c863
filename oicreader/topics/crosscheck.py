"""The cross-language check: numbers, dates and names one language version has and another lacks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from oicreader.model.document import Document
from oicreader.model.languages import LANGUAGES
from oicreader.topics.figures import read_figures
from oicreader.topics.gazetteer import Gazetteer, Mention, document_mentions, load_gazetteer

__all__ = [
    "DISCREPANCY_KINDS",
    "Discrepancy",
    "DiscrepancyKind",
    "check_document",
    "compared_rows",
]

DiscrepancyKind = Literal["date", "number", "place"]
DISCREPANCY_KINDS: tuple[DiscrepancyKind, ...] = ("date", "number", "place")


@dataclass(frozen=True)
class Discrepancy:
    """Something some language versions of a paragraph state and others do not.

    `value` is an ISO date ("2017-09-25", "--09-25" without a year, "2017-09" for a month),
    a number ("72", "2.5") or a gazetteer entry id ("baku").
    """

    paragraph: int
    kind: DiscrepancyKind
    value: str
    present_in: tuple[str, ...]
    missing_from: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The `check --json` object: paragraph, kind, value, present_in, missing_from."""
        return {
            "paragraph": self.paragraph,
            "kind": self.kind,
            "value": self.value,
            "present_in": list(self.present_in),
            "missing_from": list(self.missing_from),
        }


def check_document(document: Document, gazetteer: Gazetteer | None = None) -> list[Discrepancy]:
    """Every paragraph where language versions differ in a number, a date or a name."""
    gazetteer = gazetteer or load_gazetteer()
    mentions: dict[int, list[Mention]] = {}
    for mention in document_mentions(document, gazetteer):
        mentions.setdefault(mention.paragraph_number, []).append(mention)
    found: list[Discrepancy] = []
    for rows in compared_rows(document):
        # A paragraph one version lacks entirely is an alignment problem, reported by `show`
        # and the importer; here only the versions that have every row are compared.
        texts = _texts_of_rows(document, rows)
        languages = sorted(texts, key=_language_order)
        if len(languages) < 2:
            continue
        figures = {
            language: [read_figures(text, language) for text in texts[language]]
            for language in languages
        }
        number = rows[0]
        found += _differences(
            number,
            "date",
            {
                language: _union(found.dates for found in figures[language])
                for language in languages
            },
        )
        found += _differences(
            number,
            "number",
            {
                language: _union(found.numbers for found in figures[language])
                for language in languages
            },
        )
        found += _place_differences(
            number,
            languages,
            [mention for row in rows for mention in mentions.get(row, [])],
            gazetteer,
        )
    return found


def compared_rows(document: Document) -> list[tuple[int, ...]]:
    """The rows compared together, in order: a row alone, or the rows a version's merged
    paragraph covers (with the rows any other version's merge reaches from them), so that a
    paragraph rendering two Arabic ones is held against both."""
    groups: list[tuple[int, ...]] = []
    group: list[int] = []
    reach = 0
    for row in document.paragraph_numbers:
        if group and row > reach:
            groups.append(tuple(group))
            group = []
        group.append(row)
        spans = [
            link.spans
            for version in document.versions.values()
            if (link := version.links.get(row)) is not None
        ]
        reach = max([reach, row, *(span for covered in spans for span in covered)])
    if group:
        groups.append(tuple(group))
    return groups


def _texts_of_rows(document: Document, rows: tuple[int, ...]) -> dict[str, list[str]]:
    """Each version's own text of the rows, for the versions that have all of them: a merged
    paragraph, shown on each row it covers, once. (A split row holds its pieces joined.)"""
    texts: dict[str, list[str]] = {}
    for language, version in document.versions.items():
        if not all(row in version.paragraphs for row in rows):
            continue
        texts[language] = list(dict.fromkeys(version.paragraphs[row] for row in rows))
    return texts


def _union(sets: Iterable[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*sets)


def _differences(
    paragraph: int, kind: DiscrepancyKind, values: Mapping[str, frozenset[str]]
) -> list[Discrepancy]:
    found = []
    for value in sorted(set().union(*values.values()), key=_value_order):
        missing = tuple(language for language, present in values.items() if value not in present)
        if missing:
            present = tuple(language for language in values if language not in missing)
            found.append(Discrepancy(paragraph, kind, value, present, missing))
    return found


def _place_differences(
    paragraph: int, languages: list[str], mentions: list[Mention], gazetteer: Gazetteer
) -> list[Discrepancy]:
    # A name counts when a version uses it or an adjective of it (Turkey / بمبادرة تركية), or
    # names a part of it (the Security Council names the United Nations). Only a clear name
    # raises an alarm: an ambiguous one (مالي, also "financial") can only excuse its absence.
    clear: set[str] = set()
    present: dict[str, set[str]] = {language: set() for language in languages}
    for mention in mentions:
        if mention.language not in present:
            continue
        if not mention.ambiguous:
            clear.add(mention.entry_id)
        present[mention.language].add(mention.entry_id)
        present[mention.language].update(gazetteer.ancestors(mention.entry_id))
    found = []
    for entry_id in sorted(clear):
        missing = tuple(language for language in languages if entry_id not in present[language])
        if missing:
            named = tuple(language for language in languages if language not in missing)
            found.append(Discrepancy(paragraph, "place", entry_id, named, missing))
    return found


def _language_order(language: str) -> tuple[int, str]:
    return (LANGUAGES.index(language) if language in LANGUAGES else len(LANGUAGES), language)


def _value_order(value: str) -> tuple[float, str]:
    try:
        return (float(value), value)
    except ValueError:
        return (0.0, value)

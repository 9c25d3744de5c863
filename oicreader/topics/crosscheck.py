"""The cross-language check: numbers, dates and names one language version has and another lacks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from oicreader.model.document import Document
from oicreader.model.languages import LANGUAGES
from oicreader.topics.figures import read_figures
from oicreader.topics.gazetteer import Gazetteer, Mention, document_mentions, load_gazetteer

__all__ = ["DISCREPANCY_KINDS", "Discrepancy", "DiscrepancyKind", "check_document"]

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
    for paragraph in document.paragraphs:
        # A paragraph one version lacks entirely is an alignment problem, reported by `show`
        # and the importer; here only the versions that have the paragraph are compared.
        languages = sorted(paragraph.texts, key=_language_order)
        if len(languages) < 2:
            continue
        figures = {
            language: read_figures(paragraph.texts[language], language) for language in languages
        }
        found += _differences(
            paragraph.number, "date", {language: figures[language].dates for language in languages}
        )
        found += _differences(
            paragraph.number,
            "number",
            {language: figures[language].numbers for language in languages},
        )
        found += _place_differences(
            paragraph.number, languages, mentions.get(paragraph.number, []), gazetteer
        )
    return found


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

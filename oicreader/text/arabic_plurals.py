"""Arabic broken plurals and their singulars (دول, دولة), from a curated table of the OIC
vocabulary in resources/search/: light stemming cannot reach them, since the plural changes
the word inside, not at its ends."""

from __future__ import annotations

import json
from functools import cache

from oicreader.paths import resources_dir
from oicreader.text.arabic_clitics import ARTICLE
from oicreader.text.unicode_fold import fold

__all__ = ["number_counterparts"]


@cache
def _counterparts() -> dict[str, tuple[str, ...]]:
    """Each folded form of the table, singular or plural, to the other forms of its word."""
    path = resources_dir() / "search" / "arabic_broken_plurals.json"
    pairs = json.loads(path.read_text(encoding="utf-8"))["pairs"]
    table: dict[str, tuple[str, ...]] = {}
    for singular, plural in pairs:
        folded_singular, folded_plural = fold(singular), fold(plural)
        table[folded_singular] = (*table.get(folded_singular, ()), folded_plural)
        table[folded_plural] = (*table.get(folded_plural, ()), folded_singular)
    return table


def number_counterparts(word: str) -> tuple[str, ...]:
    """The other number of a folded Arabic word (plural for a singular, singular for a
    plural), without the article: الدول → (دوله,), قضيه → (قضايا,); () when not in the table."""
    table = _counterparts()
    if word in table:
        return table[word]
    if word.startswith(ARTICLE):
        return table.get(word[len(ARTICLE) :], ())
    return ()

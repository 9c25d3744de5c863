"""Words shown inside a language column (gap marks, note titles), from resources/labels.json."""

from __future__ import annotations

import json
from functools import cache

from oicreader.paths import resources_dir


@cache
def _labels() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        (resources_dir() / "labels.json").read_text(encoding="utf-8")
    )
    return {key: value for key, value in data.items() if not key.startswith("_")}


def column_label(name: str, language: str) -> str:
    """A label in a column's own language, falling back to English."""
    translations = _labels()[name]
    return translations.get(language) or translations["en"]


# Each language's own quotation marks: “…” in English, « … » (no-break spaces inside) in
# French, «…» in Arabic, as the report's own texts write them.
_QUOTE_MARKS = {"en": ("\u201c", "\u201d"), "fr": ("\u00ab\u00a0", "\u00a0\u00bb")}
_DEFAULT_QUOTE_MARKS = ("\u00ab", "\u00bb")


def quoted(text: str, language: str) -> str:
    """Words quoted from a column, in that language's quotation marks."""
    opening, closing = _QUOTE_MARKS.get(language, _DEFAULT_QUOTE_MARKS)
    return f"{opening}{text}{closing}"

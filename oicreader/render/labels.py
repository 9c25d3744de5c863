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

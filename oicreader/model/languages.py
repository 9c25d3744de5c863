"""The document languages OIC Reader knows, as ISO 639-1 codes, and their writing direction."""

from __future__ import annotations

from typing import Literal

Direction = Literal["rtl", "ltr"]

LANGUAGES: tuple[str, ...] = ("ar", "en", "fr")
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar"})
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English", "fr": "French"}
# The languages the window's menus and dialogs speak (--ui-lang): the documents' three. Here,
# not in the widgets' package, so that the command line offers them without loading Qt.
INTERFACE_LANGUAGES: tuple[str, ...] = LANGUAGES


def direction_of(language: str) -> Direction:
    """The writing direction of a language: set explicitly, never guessed from the text."""
    return "rtl" if language in RIGHT_TO_LEFT_LANGUAGES else "ltr"


def parse_language_list(value: str) -> list[str]:
    """Turn "ar,en,fr" into ["ar", "en", "fr"], rejecting unknown codes and repeats."""
    languages = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [code for code in languages if code not in LANGUAGES]
    if unknown:
        raise ValueError(
            f"unknown language {', '.join(unknown)}: use ar, en or fr, separated by commas"
        )
    if len(set(languages)) != len(languages):
        raise ValueError(f"a language is named twice in {value!r}")
    if not languages:
        raise ValueError("no language given: use ar, en or fr, separated by commas")
    return languages

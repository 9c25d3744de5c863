"""The document languages OIC Reader knows, as ISO 639-1 codes, and their writing direction."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

Direction = Literal["rtl", "ltr"]

LANGUAGES: tuple[str, ...] = ("ar", "en", "fr")
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar"})
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English", "fr": "French"}
# The languages the window's menus and dialogs speak (--ui-lang): the documents' three. Here,
# not in the widgets' package, so that the command line offers them without loading Qt.
INTERFACE_LANGUAGES: tuple[str, ...] = LANGUAGES
DEFAULT_INTERFACE_LANGUAGE = "en"


def direction_of(language: str) -> Direction:
    """The writing direction of a language: set explicitly, never guessed from the text."""
    return "rtl" if language in RIGHT_TO_LEFT_LANGUAGES else "ltr"


def system_interface_language(environment: Mapping[str, str] | None = None) -> str:
    """The first of ar/en/fr the system's locale names, else English: the interface language
    of the command line, which reads neither Qt's locale nor the window's Preferences."""
    environment = os.environ if environment is None else environment
    # The variables gettext reads, in its order: LANGUAGE is a list of preferences, and the
    # locale (LC_ALL, else LC_MESSAGES, else LANG) comes after it. Windows sets none of them.
    locale_name = next(
        (environment[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environment.get(name)),
        None,
    )
    if locale_name is None and not environment.get("LANGUAGE"):
        import locale  # only here: some 4 M instructions of every start-up otherwise

        locale_name = locale.getlocale()[0]  # "fr_FR" or, on Windows, "French_France"
    candidates = [*environment.get("LANGUAGE", "").split(":"), locale_name or ""]
    for name in candidates:
        code = name[:2].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return DEFAULT_INTERFACE_LANGUAGE


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

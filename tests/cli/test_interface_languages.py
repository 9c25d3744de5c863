"""The interface languages are one list: --ui-lang offers what the window can speak."""

from __future__ import annotations

import argparse

from oicreader.cli import build_parser
from oicreader.devtools import translations
from oicreader.model import languages


def ui_lang_choices(parser: argparse.ArgumentParser) -> object:
    [option] = [action for action in parser._actions if "--ui-lang" in action.option_strings]
    return option.choices


def test_ui_lang_offers_exactly_the_interface_languages() -> None:
    assert ui_lang_choices(build_parser()) is languages.INTERFACE_LANGUAGES
    assert languages.INTERFACE_LANGUAGES == ("ar", "en", "fr")


def test_every_interface_language_but_the_source_one_has_a_translation_file() -> None:
    assert set(translations.TRANSLATION_FILE_LANGUAGES) == set(languages.INTERFACE_LANGUAGES)
    # The document languages keep the name LANGUAGES; the translation files have their own.
    assert not hasattr(translations, "LANGUAGES")

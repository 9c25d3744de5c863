"""Telling a report's language from its text."""

from __future__ import annotations

import pytest

from oicreader.importing.language_detection import detect_language
from tests.conftest import ARABIC_SOURCE, BUNDLED_FOLDER


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_each_bundled_version_is_recognised(language: str) -> None:
    text = (BUNDLED_FOLDER / f"{language}.txt").read_text(encoding="utf-8")
    assert detect_language(text) == language


def test_arabic_with_a_latin_symbol_is_still_arabic() -> None:
    assert detect_language("OIC/ACM-2017/CHAIR-REP\n1. " + ARABIC_SOURCE.read_text()[:200]) == "ar"


def test_short_french_sentence() -> None:
    assert detect_language("1. La réunion a adopté les rapports du Secrétaire général.") == "fr"


def test_short_english_sentence() -> None:
    assert detect_language("1. The meeting adopted the reports of the Secretary-General.") == "en"

"""The .ts and .qm files: up to date with the code, complete, and written with care."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest

from oicreader.devtools.translations import (
    SUPPLEMENT_LANGUAGES,
    TRANSLATED_LANGUAGES,
    TRANSLATION_FILE_LANGUAGES,
    messages,
    problems,
    supplement_path,
    ts_path,
    unfinished,
)

_PLACEHOLDER = re.compile(r"%(?:\d|n)")
# Arabic forms of the plural that name no number ("no paragraph", "one paragraph", "two
# paragraphs") need no %n; the others must show it.
_ARABIC_FORMS_WITHOUT_NUMBER = {0, 1, 2}


def translations(language: str) -> list[tuple[str, str, list[str]]]:
    """(context, source, [translation or each plural form]) of a language's .ts."""
    found = []
    for (context, source, _comment), message in messages(ts_path(language)).items():
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
        found.append((context, source, texts))
    return found


def test_the_committed_qm_files_and_ts_files_are_up_to_date() -> None:
    # Fails when a .qm was not rebuilt after its .ts changed, or when the code has strings
    # the .ts files lack (or strings it no longer has): run
    # `python -m oicreader.devtools.translations build` and translate what it reports.
    assert problems() == []


@pytest.mark.parametrize("language", TRANSLATION_FILE_LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    assert unfinished(ts_path(language)) == []


def test_arabic_has_six_plural_forms_and_french_two() -> None:
    for language, count in (("ar", 6), ("fr", 2), ("en", 2)):
        plural = [texts for _c, _s, texts in translations(language) if len(texts) > 1]
        assert plural, language
        assert all(len(texts) == count for texts in plural), language


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_placeholders_and_mnemonics_are_kept(language: str) -> None:
    for context, source, texts in translations(language):
        wanted = set(_PLACEHOLDER.findall(source))
        mnemonic = source.replace("&&", "").count("&")
        for index, text in enumerate(texts):
            placeholders = set(_PLACEHOLDER.findall(text))
            # Arabic writes one and two as words ("فقرتان"): those forms may drop the %n.
            dropped = "%n" in wanted and index in _ARABIC_FORMS_WITHOUT_NUMBER
            if len(texts) > 1 and language == "ar" and dropped:
                placeholders.add("%n")
            assert placeholders == wanted, (context, source, text)
            assert text.replace("&&", "").count("&") == mnemonic, (context, source, text)
            if mnemonic:
                assert re.search(r"&\S", text), (context, source, text)


def test_arabic_uses_arabic_punctuation() -> None:
    for context, source, texts in translations("ar"):
        for text in texts:
            # File-type filters keep Qt's syntax: "(*.txt);;".
            words = re.sub(r"\([^)]*\*[^)]*\)|;;", "", text)
            assert not re.search(r"[,;?]", words), (context, source, text)


def test_french_puts_a_no_break_space_before_two_part_punctuation() -> None:
    for context, source, texts in translations("fr"):
        for text in texts:
            words = re.sub(r"\([^)]*\*[^)]*\)|;;", "", text)  # file-type filters: Qt's syntax
            words = re.sub(r"\burn:[\w:-]*", "", words)  # a URN's colons are its syntax
            for match in re.finditer(r"(.)([:;?!»])", words):
                assert match[1] in "\u00a0\u202f", (context, source, text)
            assert "« " not in text and " »" not in text, (context, source, text)


def test_the_arabic_translation_lays_the_interface_out_right_to_left() -> None:
    found = {(c, s): texts for c, s, texts in translations("ar")}
    assert found[("QGuiApplication", "QT_LAYOUT_DIRECTION")] == ["RTL"]
    french = {(c, s): texts for c, s, texts in translations("fr")}
    assert french[("QGuiApplication", "QT_LAYOUT_DIRECTION")] == ["LTR"]


@pytest.mark.parametrize("language", SUPPLEMENT_LANGUAGES)
def test_the_supplement_of_qt_strings_is_complete(language: str) -> None:
    root = ElementTree.parse(supplement_path(language)).getroot()
    assert root.get("language") == language
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None and translation.text, message.findtext("source")
        assert translation.get("type") is None

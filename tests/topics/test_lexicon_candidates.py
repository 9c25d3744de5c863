"""The lexicon finds a paragraph's keywords from its words (topics across a library of
hundreds of documents): exactly the themes that trying every keyword on it finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from oicreader.catalog import document_from_file
from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document
from oicreader.topics.themes import _ParagraphWords, load_lexicon
from tests.conftest import BUNDLED_FOLDER

FINAL = Path(__file__).resolve().parents[1] / "importing" / "fixtures" / "final-revision"


def every_keyword_tried(document: Document) -> dict[str, set[int]]:
    """Each theme's paragraphs, found by trying every keyword of it on every text."""
    found: dict[str, set[int]] = {}
    for theme in load_lexicon().themes:
        for paragraph in document.paragraphs:
            for language, text in paragraph.texts.items():
                words = _ParagraphWords(text)
                if any(words.contains(keyword) for keyword in theme.keywords.get(language, ())):
                    found.setdefault(theme.id, set()).add(paragraph.number)
    return found


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(load_document_folder(BUNDLED_FOLDER), id="report"),
        *(
            pytest.param(document_from_file(FINAL / f"{language}.txt", language), id=language)
            for language in ("ar", "en", "fr")
        ),
    ],
)
def test_suggested_themes_are_those_every_keyword_finds(document: Document) -> None:
    suggested = {topic.id: set(topic.paragraphs) for topic in load_lexicon().suggest(document)}
    assert suggested == every_keyword_tried(document)
    assert suggested, "the lexicon finds themes in the report"

"""Report files made from the bundled report's translations, numbered otherwise than the Arabic:
without numbers, or with two paragraphs merged, one split, or one dropped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from oicreader.align.sentences import sentence_spans
from oicreader.importing.plain_text import read_report_file
from tests.conftest import BUNDLED_FOLDER
from tests.importing.word_builder import WordBuilder

Edit = Callable[[list[str]], list[str]]


def cover_and_paragraphs(language: str) -> tuple[list[str], list[str]]:
    """The bundled file's cover blocks and its paragraphs, without their numbers."""
    version = read_report_file(BUNDLED_FOLDER / f"{language}.txt", language)
    cover = [block.text for block in version.front_matter]
    return cover, list(version.paragraphs.values())


def title_over_the_body(language: str) -> str:
    """The block a report repeats over its body: title, venue and date, one per line."""
    version = read_report_file(BUNDLED_FOLDER / f"{language}.txt", language)
    return "\n".join(str(version.front_matter_text(role)) for role in ("title", "venue", "date"))


def unchanged(paragraphs: list[str]) -> list[str]:
    return paragraphs


def merging(first: int) -> Edit:
    """Paragraphs `first` and `first + 1` (numbered from 1) made one."""

    def merged(paragraphs: list[str]) -> list[str]:
        index = first - 1
        return [
            *paragraphs[:index],
            f"{paragraphs[index]} {paragraphs[index + 1]}",
            *paragraphs[index + 2 :],
        ]

    return merged


def splitting(number: int, before: str) -> Edit:
    """Paragraph `number` cut in two just before the words `before`."""

    def split(paragraphs: list[str]) -> list[str]:
        index = number - 1
        text = paragraphs[index]
        cut = text.index(before)
        return [*paragraphs[:index], text[:cut].rstrip(), text[cut:], *paragraphs[index + 1 :]]

    return split


def dropping(number: int) -> Edit:
    """Paragraph `number` left out."""

    def dropped(paragraphs: list[str]) -> list[str]:
        return paragraphs[: number - 1] + paragraphs[number:]

    return dropped


def perturbed_bodies(language: str) -> list[tuple[str, int, list[str]]]:
    """The translation unchanged, with each pair merged, each paragraph dropped, and each
    paragraph of two sentences or more split at its middle sentence."""
    _, paragraphs = cover_and_paragraphs(language)
    cases = [("unchanged", 0, paragraphs)]
    cases += [("merged", first, merging(first)(paragraphs)) for first in range(1, 16)]
    cases += [("dropped", number, dropping(number)(paragraphs)) for number in range(1, 17)]
    for number, text in enumerate(paragraphs, start=1):
        sentences = sentence_spans(text, language)
        if len(sentences) >= 2:
            middle = text[sentences[len(sentences) // 2][0] :]
            cases.append(("split", number, splitting(number, middle)(paragraphs)))
    return cases


def text_file(folder: Path, language: str, edit: Edit = unchanged, numbered: bool = False) -> Path:
    """The translation as a text file: cover, then the edited paragraphs separated by blank
    lines, numbered 1, 2, 3 ... in their new order when `numbered`."""
    cover, paragraphs = cover_and_paragraphs(language)
    body = edit(paragraphs)
    if numbered:
        body = [f"{number}. {text}" for number, text in enumerate(body, start=1)]
    path = folder / f"{language}.txt"
    blocks = [*cover, title_over_the_body(language), *body]
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return path


def word_file(folder: Path, language: str, edit: Edit = unchanged) -> Path:
    """The translation as a Word file without numbering: one Word paragraph per cover block
    and per paragraph, no empty paragraphs between them."""
    cover, paragraphs = cover_and_paragraphs(language)
    builder = WordBuilder()
    for block in cover:
        builder.paragraph(block)
    for paragraph in edit(paragraphs):
        builder.paragraph(paragraph)
    return builder.save(folder / f"{language}.docx")

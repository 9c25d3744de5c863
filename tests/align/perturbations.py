"""The bundled report's translations, perturbed as real translations differ from the source."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from oicreader.align.dynamic import Link
from oicreader.align.sentences import sentence_spans
from oicreader.model.document import Document

Pair = tuple[int, int]


@dataclass(frozen=True)
class Perturbed:
    """A source and a perturbed translation, and the paragraph pairs a right alignment makes."""

    description: str
    source: list[str]
    target: list[str]
    expected: frozenset[Pair]
    # Only pairs touching these source paragraphs are scored (the body, not the cover).
    scored: frozenset[int]


def body(document: Document, language: str) -> list[str]:
    """The paragraphs of one version, in order."""
    return [paragraph.texts[language] for paragraph in document.paragraphs]


def diagonal(count: int) -> frozenset[Pair]:
    return frozenset((index, index) for index in range(count))


def without_numbers(document: Document, language: str) -> Iterator[Perturbed]:
    """Every digit gone from the translation: no number anchors at all."""
    source, target = body(document, "ar"), body(document, language)
    target = [re.sub(r"\s*\d+", "", text) for text in target]
    yield Perturbed(
        "no numbers", source, target, diagonal(len(source)), frozenset(range(len(source)))
    )


def merged(document: Document, language: str) -> Iterator[Perturbed]:
    """Paragraphs k and k+1 of the translation made one, for every k."""
    source, original = body(document, "ar"), body(document, language)
    for first in range(len(original) - 1):
        target = [
            *original[:first],
            original[first] + " " + original[first + 1],
            *original[first + 2 :],
        ]
        expected = {(index, index if index <= first else index - 1) for index in range(len(source))}
        yield Perturbed(
            f"merged {first + 1}+{first + 2}",
            source,
            target,
            frozenset(expected),
            frozenset(range(len(source))),
        )


def split(document: Document, language: str) -> Iterator[Perturbed]:
    """A paragraph of the translation cut in two at a sentence end, for every one that has two."""
    source, original = body(document, "ar"), body(document, language)
    for index, text in enumerate(original):
        spans = sentence_spans(text, language)
        if len(spans) < 2:
            continue
        cut = spans[len(spans) // 2][0]
        target = [*original[:index], text[:cut].rstrip(), text[cut:], *original[index + 1 :]]
        expected = {(other, other if other <= index else other + 1) for other in range(len(source))}
        expected.add((index, index + 1))
        yield Perturbed(
            f"split {index + 1}", source, target, frozenset(expected), frozenset(range(len(source)))
        )


def dropped(document: Document, language: str) -> Iterator[Perturbed]:
    """One paragraph left out of the translation, for every paragraph."""
    source, original = body(document, "ar"), body(document, language)
    for index in range(len(original)):
        target = original[:index] + original[index + 1 :]
        expected = {
            (other, other if other < index else other - 1)
            for other in range(len(source))
            if other != index
        }
        yield Perturbed(
            f"dropped {index + 1}",
            source,
            target,
            frozenset(expected),
            frozenset(range(len(source))),
        )


def front_matter_shuffled(document: Document, language: str) -> Iterator[Perturbed]:
    """The cover's blocks in another order before the body, in ten different orders."""
    cover = [block.text for block in document.versions["ar"].front_matter]
    translated_cover = [block.text for block in document.versions[language].front_matter]
    source = cover + body(document, "ar")
    for seed in range(10):
        shuffled = translated_cover[:]
        random.Random(seed).shuffle(shuffled)
        target = shuffled + body(document, language)
        start = len(cover)
        expected = frozenset(
            (start + index, len(shuffled) + index) for index in range(len(source) - start)
        )
        yield Perturbed(
            f"cover shuffled ({seed})",
            source,
            target,
            expected,
            frozenset(range(start, len(source))),
        )


def pairs_of(links: list[Link]) -> frozenset[Pair]:
    """Each source paragraph with each target paragraph a link joins it to."""
    return frozenset(
        (source, target) for link in links for source in link.source for target in link.target
    )


def right_pairs(perturbed: Perturbed, links: list[Link]) -> tuple[int, int]:
    """How many scored pairs the alignment got right, out of the larger of found and expected."""
    found = {pair for pair in pairs_of(links) if pair[0] in perturbed.scored}
    expected = {pair for pair in perturbed.expected if pair[0] in perturbed.scored}
    return len(found & expected), max(len(found), len(expected))


def without_numbers_and(
    perturb: Callable[[Document, str], Iterator[Perturbed]],
) -> Callable[[Document, str], Iterator[Perturbed]]:
    """A perturbation, then every digit taken out of the translation as well."""

    def perturbed(document: Document, language: str) -> Iterator[Perturbed]:
        for case in perturb(document, language):
            target = [re.sub(r"\s*\d+", "", text) for text in case.target]
            yield replace(case, description=f"{case.description}, no numbers", target=target)

    perturbed.__name__ = f"{perturb.__name__}_without_numbers"
    return perturbed


# One-line paragraphs a translation adds with no counterpart in the source: a translator's
# or a secretariat's remark, a heading.
ADDED_LINES = {
    "en": [
        "The Chair thanked the interpreters.",
        "(Translated from Arabic)",
        "Item 2 of the agenda.",
    ],
    "fr": [
        "Le Président a remercié les interprètes.",
        "(Traduit de l'arabe)",
        "Point 2 de l'ordre du jour.",
    ],
}


def line_added(document: Document, language: str) -> Iterator[Perturbed]:
    """A one-line paragraph without a source counterpart added after paragraph k, for every
    k and each of a few such lines: a right alignment leaves it unpaired."""
    source, original = body(document, "ar"), body(document, language)
    for line in ADDED_LINES[language]:
        for after in range(1, len(original)):
            target = [*original[:after], line, *original[after:]]
            expected = {
                (index, index if index < after else index + 1) for index in range(len(source))
            }
            yield Perturbed(
                f"{line!r} after {after}",
                source,
                target,
                frozenset(expected),
                frozenset(range(len(source))),
            )


def last_sentence_split(document: Document, language: str) -> Iterator[Perturbed]:
    """The last sentence of a paragraph made a paragraph of its own (often a short one), for
    every paragraph of two sentences or more."""
    source, original = body(document, "ar"), body(document, language)
    for index, text in enumerate(original):
        spans = sentence_spans(text, language)
        if len(spans) < 2:
            continue
        cut = spans[-1][0]
        target = [*original[:index], text[:cut].rstrip(), text[cut:], *original[index + 1 :]]
        expected = {(other, other if other <= index else other + 1) for other in range(len(source))}
        expected.add((index, index + 1))
        yield Perturbed(
            f"last sentence of {index + 1} split off",
            source,
            target,
            frozenset(expected),
            frozenset(range(len(source))),
        )

"""Paragraphs aligned by content come back right when a translation is perturbed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from oicreader.align.paragraphs import align_paragraphs
from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document
from tests.align import perturbations
from tests.align.perturbations import Perturbed, right_pairs
from tests.conftest import BUNDLED_FOLDER

REQUIRED_RATE = 0.95


@pytest.fixture(scope="module")
def report() -> Document:
    return load_document_folder(BUNDLED_FOLDER)


def measured_rate(
    report: Document, perturb: Callable[[Document, str], Iterator[Perturbed]]
) -> float:
    right = total = 0
    for language in ("en", "fr"):
        for perturbed in perturb(report, language):
            links = align_paragraphs(perturbed.source, "ar", perturbed.target, language)
            found, out_of = right_pairs(perturbed, links)
            if found < out_of:
                print(f"{language} {perturbed.description}: {found}/{out_of}")
            right += found
            total += out_of
    rate = right / total
    print(f"{perturb.__name__}: {right}/{total} paragraph pairs right ({rate:.1%})")
    return rate


@pytest.mark.parametrize(
    "perturb",
    [
        perturbations.without_numbers,
        perturbations.merged,
        perturbations.split,
        perturbations.dropped,
        perturbations.front_matter_shuffled,
        perturbations.line_added,
        perturbations.last_sentence_split,
        perturbations.without_numbers_and(perturbations.merged),
        perturbations.without_numbers_and(perturbations.split),
        perturbations.without_numbers_and(perturbations.dropped),
    ],
    ids=lambda perturb: perturb.__name__,
)
def test_paragraph_pairs_come_back_right_on_a_perturbed_translation(
    report: Document, perturb: Callable[[Document, str], Iterator[Perturbed]]
) -> None:
    assert measured_rate(report, perturb) >= REQUIRED_RATE


def test_a_one_line_paragraph_without_a_counterpart_is_a_gap_for_review(report: Document) -> None:
    # Its length is within the noise of its neighbour's, so nothing says it renders any
    # source paragraph: attached to one, it would be a split the reader is not asked to check.
    linked_elsewhere = []
    for language in ("en", "fr"):
        for perturbed in perturbations.line_added(report, language):
            added = next(
                index
                for index, text in enumerate(perturbed.target)
                if text in perturbations.ADDED_LINES[language]
            )
            links = align_paragraphs(perturbed.source, "ar", perturbed.target, language)
            [link] = [link for link in links if added in link.target]
            if link.source or not link.needs_review:
                linked_elsewhere.append(f"{language} {perturbed.description}: {link}")
    assert linked_elsewhere == []


def test_the_short_last_sentence_of_a_split_paragraph_stays_with_it_unflagged(
    report: Document,
) -> None:
    flagged = []
    for language in ("en", "fr"):
        for perturbed in perturbations.last_sentence_split(report, language):
            links = align_paragraphs(perturbed.source, "ar", perturbed.target, language)
            flagged += [
                f"{language} {perturbed.description}: {link}"
                for link in links
                if len(link.target) > 1 and (link.needs_review or not link.source)
            ]
    assert flagged == []

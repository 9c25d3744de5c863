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

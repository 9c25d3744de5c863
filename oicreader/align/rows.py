"""The sentence units of a document's rows, as the command line and the window read them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from oicreader.align.units import Unit, sentence_units
from oicreader.model.document import Document

__all__ = ["RowUnits", "document_units"]


@dataclass(frozen=True)
class RowUnits:
    """One numbered row of a document and its sentence units, in order."""

    paragraph_number: int
    units: list[Unit]


def document_units(document: Document, numbers: Iterable[int]) -> Iterator[RowUnits]:
    """The sentence units of each chosen row, the source language as the spine.

    A row the source version lacks takes as its spine the first version that has it (the
    languages in the document's order).
    """
    for number in numbers:
        texts = document.paragraph(number).texts
        spine = next(language for language in document.languages if language in texts)
        yield RowUnits(number, sentence_units(texts, spine))

"""Rows aligned by content keep their links in the library; rows aligned by number stay bare."""

from __future__ import annotations

from pathlib import Path

from oicreader.importing.import_plan import import_files
from oicreader.store.library import Library
from oicreader.store.revisions import import_plan
from oicreader.store.search import search
from tests.conftest import ARABIC_SOURCE
from tests.importing.perturbed_files import merging, text_file

SYMBOL = "OIC/TEST/ALIGN"


def test_a_merged_row_keeps_its_spans_kind_and_confidence_across_reopen(tmp_path: Path) -> None:
    plan = import_files([ARABIC_SOURCE, text_file(tmp_path, "en", merging(9))], symbol=SYMBOL)
    with Library.open() as library:
        key = import_plan(library, plan).key
    with Library.open() as library:
        document = library.document(key)
    english = document.versions["en"]
    assert english.links == plan.document.versions["en"].links
    assert english.links[10].spans == (9, 10) and english.links[10].kind == "2:1"
    assert english.paragraphs[9] == english.paragraphs[10]
    assert document.alignment_key == plan.content_hash
    assert document.paragraph(10).texts.keys() == {"ar", "en"}


def test_a_merged_paragraph_is_found_by_search_on_each_row_it_covers(tmp_path: Path) -> None:
    plan = import_files([ARABIC_SOURCE, text_file(tmp_path, "en", merging(9))], symbol=SYMBOL)
    with Library.open() as library:
        import_plan(library, plan)
        hits = search(library, "Voice of Wisdom", language="en")
    assert {(hit.symbol, hit.paragraph_number) for hit in hits if hit.symbol == SYMBOL} == {
        (SYMBOL, 9),
        (SYMBOL, 10),
    }


def test_rows_aligned_by_number_store_no_link() -> None:
    with Library.open() as library:
        linked = library.db.execute("SELECT count(*) FROM paragraphs WHERE link IS NOT NULL")
        assert linked.fetchone()[0] == 0
        assert library.document(None).versions["en"].links == {}

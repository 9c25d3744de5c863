"""Several files as one document: a language per file, detected or given, aligned by number."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from oicreader.importing.errors import ImportProblem
from oicreader.importing.import_plan import document_key, import_files
from tests.conftest import BUNDLED_FOLDER
from tests.importing.word_builder import WordBuilder

FIXTURES = Path(__file__).parent / "fixtures"
FINAL = FIXTURES / "final-revision"


def test_each_files_language_is_detected_and_the_versions_make_one_document() -> None:
    plan = import_files([FINAL / "fr.txt", FINAL / "ar.txt", FINAL / "en.txt"])
    assert {(f.path.name, f.language, f.language_given) for f in plan.files} == {
        ("fr.txt", "fr", False),
        ("ar.txt", "ar", False),
        ("en.txt", "en", False),
    }
    document = plan.document
    assert document.symbol == "OIC/ACM-2017/CHAIR-REP" and plan.symbol_source == "cover"
    assert document.id == "oic-acm-2017-chair-rep"
    assert document.source_language == "ar" and document.status == "final"
    assert document.paragraph_numbers == list(range(1, 18))
    assert plan.alignment_problems == []


def test_word_and_text_files_import_together(tmp_path: Path) -> None:
    word = FIXTURES / "libreoffice-ar-automatic.docx"
    plan = import_files([word, BUNDLED_FOLDER / "en.txt"])
    arabic = next(f for f in plan.files if f.language == "ar")
    assert arabic.file_format == "docx" and arabic.automatic_numbers == 16
    assert "Word, 16 numbered automatically, 16 paragraphs (Arabic, detected)" in arabic.describe()
    assert plan.document.languages == ["ar", "en"]


def test_two_files_in_one_language_are_refused_with_what_to_do(tmp_path: Path) -> None:
    copy = tmp_path / "other.txt"
    shutil.copyfile(BUNDLED_FOLDER / "en.txt", copy)
    with pytest.raises(ImportProblem) as caught:
        import_files([BUNDLED_FOLDER / "en.txt", copy])
    message = str(caught.value)
    assert "both English" in message and "--lang other.txt=fr" in message


def test_a_given_language_settles_a_wrong_detection(tmp_path: Path) -> None:
    # A French file that reads as English to the word counts: the reader says which it is.
    english_looking = tmp_path / "fr-short.txt"
    english_looking.write_text("OIC/ACM-2017/CHAIR-REP\n\n1. The OIC meeting at New York.\n")
    plan = import_files(
        [BUNDLED_FOLDER / "en.txt", english_looking], languages={english_looking: "fr"}
    )
    given = next(f for f in plan.files if f.path == english_looking)
    assert given.language == "fr" and given.language_given


def test_files_that_name_different_symbols_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("OIC/OTHER/1\n\n1. The meeting.\n", encoding="utf-8")
    with pytest.raises(ImportProblem, match="different document symbols"):
        import_files([BUNDLED_FOLDER / "ar.txt", other])


def test_a_given_symbol_wins_over_the_covers(tmp_path: Path) -> None:
    plan = import_files([BUNDLED_FOLDER / "en.txt"], symbol="OIC/ACM-2017/CHAIR-REP/Rev.1")
    assert plan.document.symbol == "OIC/ACM-2017/CHAIR-REP/Rev.1"
    assert plan.symbol_source == "given"
    assert document_key("OIC/ACM-2017/CHAIR-REP/Rev.1") == "oic-acm-2017-chair-rep-rev-1"


def test_a_translation_missing_a_paragraph_is_reported_not_refused(tmp_path: Path) -> None:
    builder = WordBuilder().paragraph("OIC/ACM-2017/CHAIR-REP")
    builder.paragraph("1. The meeting opened.").paragraph("3. The meeting closed.")
    word = builder.save(tmp_path / "short-en.docx")
    plan = import_files([BUNDLED_FOLDER / "ar.txt", word])
    assert "en: paragraph 2 missing" in [str(problem) for problem in plan.alignment_problems]


def test_the_same_file_twice_is_refused() -> None:
    with pytest.raises(ImportProblem, match="given twice"):
        import_files([BUNDLED_FOLDER / "en.txt", BUNDLED_FOLDER / "en.txt"])


def test_an_unreadable_file_among_several_stops_the_import(tmp_path: Path) -> None:
    pdf = tmp_path / "fr.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(ImportProblem, match=r"fr\.pdf: the PDF is incomplete"):
        import_files([BUNDLED_FOLDER / "en.txt", pdf])

"""The import, revisions, diff, notes review and notes attach commands, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from oicreader.importing.plain_text import read_report_file
from tests.cli.test_show_and_docs import json_lines, run
from tests.conftest import BUNDLED_FOLDER
from tests.importing.word_builder import WordBuilder

FINAL = Path(__file__).resolve().parents[1] / "importing" / "fixtures" / "final-revision"
DELETED_QUOTE = "1999 OIC Convention on Combating International Terrorism"


def arabic_final_as_word(folder: Path) -> Path:
    """The final Arabic text as Word writes it: right-to-left, numbered automatically."""
    version = read_report_file(FINAL / "ar.txt", "ar")
    builder = WordBuilder().header_and_footer("OIC/ACM-2017/CHAIR-REP", "صفحة 1")
    for block in version.front_matter:
        builder.paragraph(block.text, right_to_left=True)
    numbers = builder.numbering([("decimal", "%1.")])
    for text in version.paragraphs.values():
        builder.paragraph(text, numbered=(numbers, 0), right_to_left=True)
    return builder.save(folder / "final-ar.docx")


@pytest.fixture
def final_files(tmp_path: Path) -> list[str]:
    return [str(arabic_final_as_word(tmp_path)), str(FINAL / "en.txt"), str(FINAL / "fr.txt")]


def add_note(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    status, out, err = run(capsys, "notes", "add", *arguments)
    assert status == 0, err
    return out.strip()


def test_importing_the_final_adds_a_revision_and_carries_the_notes(
    capsys: pytest.CaptureFixture[str], final_files: list[str]
) -> None:
    moved = add_note(capsys, "-p", "8", "-l", "en", "--quote", "Islamophobia")
    lost = add_note(capsys, "-p", "5", "-l", "en", "--quote", DELETED_QUOTE, "--note", "ours")
    status, out, err = run(capsys, "import", *final_files)
    assert status == 0, err
    assert "ar  final-ar.docx  Word, 17 numbered automatically, 17 paragraphs" in out
    assert "added revision 2 (final); revision 1 (draft) is kept" in out
    assert "notes: 1 moved, 0 placed with doubt, 1 not placed" in out
    revisions = json_lines(run(capsys, "revisions", "--json")[1])
    assert [(r["revision"], r["label"], r["current"]) for r in revisions] == [
        (1, "draft", False),
        (2, "final", True),
    ]
    notes = {row["id"]: row for row in json_lines(run(capsys, "notes", "list", "--json")[1])}
    assert (notes[moved]["revision"], notes[moved]["paragraph"]) == (2, 9)
    assert notes[moved]["quote"] == "Islamophobia"
    [review] = json_lines(run(capsys, "notes", "review", "--json")[1])
    assert review["id"] == lost and review["outcome"] == "not-placed"
    assert review["original"]["quote"] == DELETED_QUOTE and review["original"]["revision"] == 1
    assert review["original"]["prefix"].endswith("implementation of the ")
    assert review["note"] == "ours"


def test_diff_json_shows_exactly_the_edits(
    capsys: pytest.CaptureFixture[str], final_files: list[str]
) -> None:
    assert run(capsys, "import", *final_files)[0] == 0
    status, out, _ = run(capsys, "diff", "OIC/ACM-2017/CHAIR-REP", "-l", "en", "--json")
    assert status == 0
    changes = [(c["change"], c["from"], c["to"]) for c in json_lines(out)]
    renumbered = [("renumbered", n, n + 1) for n in (8, 9, 10, 11, 12, 14, 15, 16)]
    assert changes == [
        ("edited", 3, 3),
        ("edited", 5, 5),
        ("edited", 6, 6),
        ("inserted", None, 8),
        *renumbered[:5],
        ("edited", 13, 14),
        *renumbered[5:],
    ]
    edited_six = next(c for c in json_lines(out) if c["from"] == 6)
    assert edited_six["ops"] == [
        {
            "op": "replace",
            "old": "deep",
            "new": "grave",
            "old_start": 26,
            "old_end": 30,
            "new_start": 26,
            "new_end": 31,
        }
    ]


def test_diff_reads_in_a_terminal_and_sees_diacritics_only_when_asked(
    capsys: pytest.CaptureFixture[str], final_files: list[str]
) -> None:
    assert run(capsys, "import", *final_files)[0] == 0
    status, out, _ = run(capsys, "diff", "-l", "en", "--from", "1", "--to", "2")
    assert status == 0
    assert "revision 1 (draft) → revision 2 (final)" in out
    assert "[6 en] edited\n  − deep\n  + grave\n" in out
    assert "[8 en] inserted\n  + The meeting welcomed" in out
    assert "[8 → 9 en] renumbered\n" in out
    plain = run(capsys, "diff", "-l", "ar", "--bidi", "logical")[1]
    exact = run(capsys, "diff", "-l", "ar", "--bidi", "logical", "--diacritics")[1]
    assert "[2 ar]" not in plain and "[2 ar] edited\n  − طبقاً\n  + طبقًا\n" in exact
    visual = run(capsys, "diff", "-l", "ar", "--bidi", "visual")
    assert visual[0] == 0 and "[4 ar] edited" in visual[1]


def test_notes_attach_puts_a_note_back_by_hand(
    capsys: pytest.CaptureFixture[str], final_files: list[str]
) -> None:
    lost = add_note(capsys, "-p", "5", "-l", "en", "--quote", DELETED_QUOTE)
    assert run(capsys, "import", *final_files)[0] == 0
    status, out, err = run(capsys, "notes", "attach", lost, "-p", "5", "--quote", "terrorist")
    assert status == 0, err
    assert out.strip() == f"attached {lost} to ¶5 en «terrorist»"
    assert json_lines(run(capsys, "notes", "review", "--json")[1]) == []
    status, _, err = run(capsys, "notes", "attach", lost, "-p", "5", "--quote", "Kashmir")
    assert status == 1 and "does not occur in paragraph 5" in err


def test_a_cut_pdf_is_refused_with_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    status, out, err = run(capsys, "import", str(pdf))
    assert status == 1 and out == ""
    assert "report.pdf: the PDF is incomplete" in err
    assert "Download or copy the file again, or ask for the Word file" in err


def test_a_language_can_be_given_per_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    english = tmp_path / "english.txt"
    english.write_text("OIC/TEST/9\n\n1. The meeting of the group.\n", encoding="utf-8")
    french = tmp_path / "french.txt"
    french.write_text("OIC/TEST/9\n\n1. The OIC group at New York.\n", encoding="utf-8")
    status, _, err = run(capsys, "import", str(english), str(french))
    assert status == 1 and "--lang french.txt=fr" in err
    status, out, err = run(capsys, "import", str(english), str(french), "--lang", "french.txt=fr")
    assert status == 0, err
    assert "fr  french.txt  text, utf-8, 1 paragraph (French, given)" in out
    status, _, err = run(capsys, "import", str(english), "--lang", "other.txt=fr")
    assert status == 1 and "other.txt is not one of the files to import" in err


def test_a_dry_run_changes_nothing_and_a_repeat_import_is_refused(
    capsys: pytest.CaptureFixture[str], final_files: list[str]
) -> None:
    status, out, _ = run(capsys, "import", *final_files, "--dry-run")
    assert status == 0 and "would add revision 2" in out
    assert len(json_lines(run(capsys, "revisions", "--json")[1])) == 1
    assert run(capsys, "import", *final_files)[0] == 0
    status, _, err = run(capsys, "import", *final_files)
    assert status == 1 and "same text as revision 2" in err


def test_a_dry_run_of_unchanged_files_says_what_the_import_would_say(
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundled = [str(BUNDLED_FOLDER / f"{language}.txt") for language in ("ar", "en", "fr")]
    status, out, err = run(capsys, "import", *bundled, "--dry-run")
    assert status == 1 and "would add" not in out
    assert "same text as revision 1" in err
    assert len(json_lines(run(capsys, "revisions", "--json")[1])) == 1


def test_diff_of_a_document_with_one_revision_says_what_to_do(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(capsys, "diff")
    assert status == 1 and "has one revision only" in err


def test_a_revision_without_a_language_warns_and_lists_its_notes_for_review(
    capsys: pytest.CaptureFixture[str],
) -> None:
    french = add_note(capsys, "-p", "2", "-l", "fr", "--quote", "non-ingérence")
    status, _, err = run(capsys, "import", str(FINAL / "ar.txt"), str(FINAL / "en.txt"))
    assert status == 0
    assert "revision 2 will have no fr version" in err
    status, out, _ = run(capsys, "notes", "review")
    assert status == 0
    assert f"{french}  oic-acm-2017-chair-rep revision 2: ¶2 fr (not placed)" in out
    assert "was: revision 1 ¶2 fr: …" in out and "[non-ingérence]" in out
    assert "why: the new revision has no fr version" in out

"""`oicreader brief`: paragraphs of several documents to one PDF or .docx, in the order given,
each run headed by its document and each paragraph cited in the brief's language."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from oicreader.app.notes import add_note
from oicreader.app.reports import import_reports, read_reports
from oicreader.app.session import Session
from oicreader.cli import main
from tests.render.test_print_pdf import pdf_text
from tests.store.test_reviews import FINAL_FILES

pytestmark = pytest.mark.gui

SYMBOL = "OIC/ACM-2017/CHAIR-REP"
NEWER = "OIC/ACM-2018/CHAIR-REP"


def brief(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(["brief", *arguments])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def with_a_second_document() -> None:
    with Session.open() as session:
        import_reports(session, read_reports(FINAL_FILES, symbol=NEWER))


def citations(text: str) -> list[str]:
    return re.findall(r"\((OIC/ACM-20\d\d/CHAIR-REP), (?:para|par)\. (\d+)\)", text)


def paragraph_texts(path: Path) -> list[str]:
    return [paragraph.text for paragraph in docx.Document(str(path)).paragraphs]


def test_a_pdf_brief_keeps_the_items_in_the_order_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, qapp: object
) -> None:
    with_a_second_document()
    output = tmp_path / "brief.pdf"
    status, out, err = brief(
        capsys, "-o", str(output), "-l", "en", f"{NEWER}:13", f"{SYMBOL}:7,3-4", "--title", "Asia"
    )
    assert (status, err) == (0, "")
    assert out.startswith(f"wrote {output} (")
    text = " ".join(pdf_text(output).split())
    assert citations(text) == [(NEWER, "13"), (SYMBOL, "7"), (SYMBOL, "3"), (SYMBOL, "4")]
    assert text.startswith("Asia")
    # Each run headed once by its document: symbol, then title and date in the brief's language.
    assert text.count("Coordination Meeting of the Ministers of Foreign Affairs") == 2
    assert "22 September 2017" in text


def test_a_french_brief_cites_paragraphs_as_par(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, qapp: object
) -> None:
    output = tmp_path / "note.pdf"
    assert brief(capsys, "-o", str(output), "-l", "fr,ar", f"{SYMBOL}:6")[0] == 0
    assert f"({SYMBOL}, par. 6)" in pdf_text(output)


def test_a_topic_across_the_library_brings_each_document_newest_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, qapp: object
) -> None:
    with_a_second_document()
    with Session.open() as session:
        session.library.db.execute(
            "UPDATE documents SET date = '2018-10-01' WHERE symbol = ?", [NEWER]
        )
    output = tmp_path / "palestine.docx"
    assert brief(capsys, "-o", str(output), "topic:palestine")[0] == 0
    cited = citations("\n".join(paragraph_texts(output)))
    symbols = [symbol for symbol, _ in cited]
    assert symbols[0] == NEWER and symbols[-1] == SYMBOL
    assert symbols == sorted(symbols, reverse=True)


def test_a_docx_brief_sets_arabic_right_to_left_in_amiri_beside_a_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = tmp_path / "brief.docx"
    status, _out, err = brief(capsys, "-o", str(output), "-l", "ar,en", f"{SYMBOL}:4,6")
    assert (status, err) == (0, "")
    word = docx.Document(str(output))
    assert len(word.tables) == 2  # one side-by-side table per paragraph
    number, arabic, english = word.tables[0].rows[0].cells
    assert number.text == "4"
    assert arabic.text.startswith("أشار الاجتماع") and english.text.startswith("The meeting")
    paragraph = arabic.paragraphs[0]._p
    assert paragraph.pPr.find(qn("w:bidi")) is not None
    [run] = paragraph.r_lst
    assert run.rPr.find(qn("w:rtl")) is not None
    assert run.rPr.find(qn("w:rFonts")).get(qn("w:cs")) == "Amiri"
    assert run.rPr.find(qn("w:szCs")).get(qn("w:val")) == "27"
    assert word.tables[0]._tbl.tblPr.find(qn("w:bidiVisual")) is not None
    english_run = english.paragraphs[0]._p.r_lst[0]
    assert english_run.rPr.find(qn("w:rtl")) is None
    assert round(word.sections[0].page_width.cm, 1) == 21.0  # A4, for which the table is sized


def test_a_docx_brief_cites_in_arabic_with_the_symbol_kept_left_to_right(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = tmp_path / "brief.docx"
    assert brief(capsys, "-o", str(output), "-l", "ar", f"{SYMBOL}:4,6")[0] == 0
    texts = [text.replace("\u200f", "") for text in paragraph_texts(output)]
    cited = [text for text in texts if "الفقرة" in text]
    assert cited == [f"({SYMBOL}، الفقرة 4)", f"({SYMBOL}، الفقرة 6)"]
    citation = next(p for p in docx.Document(str(output)).paragraphs if "الفقرة 4" in p.text)
    symbol_run = next(run for run in citation.runs if run.text == SYMBOL)
    assert symbol_run._r.rPr.find(qn("w:rtl")) is None  # its own left-to-right run
    assert citation._p.pPr.find(qn("w:bidi")) is not None


def test_the_single_and_interleaved_layouts_write_paragraphs_not_tables(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    single, interleaved = tmp_path / "single.docx", tmp_path / "interleaved.docx"
    assert brief(capsys, "-o", str(single), "--layout", "single", "-l", "en", f"{SYMBOL}:3")[0] == 0
    assert brief(capsys, "-o", str(interleaved), "--layout", "interleaved", f"{SYMBOL}:3")[0] == 0
    assert docx.Document(str(single)).tables == []
    texts = paragraph_texts(interleaved)
    arabic = next(i for i, text in enumerate(texts) if text.startswith("3. أكد"))
    english = next(i for i, text in enumerate(texts) if text.startswith("3. The meeting"))
    assert arabic < english  # the source language first, as the print's interleaved layout


def test_notes_are_printed_only_when_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, qapp: object
) -> None:
    with Session.open() as session:
        add_note(session, "oic-acm-2017-chair-rep", 4, "en", note="Raise this with Ankara.")
    for name in ("with.pdf", "with.docx", "without.docx"):
        notes = () if name.startswith("without") else ("--notes",)
        assert brief(capsys, "-o", str(tmp_path / name), *notes, f"{SYMBOL}:4")[0] == 0
    assert "Raise this with Ankara." in pdf_text(tmp_path / "with.pdf")
    assert "Raise this with Ankara." in paragraph_texts(tmp_path / "with.docx")
    assert "Raise this with Ankara." not in paragraph_texts(tmp_path / "without.docx")


@pytest.mark.parametrize(
    ("item", "mentions"),
    [
        (f"{SYMBOL}:99", [f"item '{SYMBOL}:99'", "no paragraph 99"]),
        ("OIC/NOPE/1:2", ["item 'OIC/NOPE/1:2'", "no document 'OIC/NOPE/1'"]),
        ("topic:no-such-topic", ["item 'topic:no-such-topic'", "has the topic"]),
        ("paragraph-four", ["item 'paragraph-four'", "write DOC:PARAGRAPHS"]),
        (f"{SYMBOL}:4-2", [f"item '{SYMBOL}:4-2'", "runs backwards"]),
    ],
)
def test_a_bad_item_is_one_message_naming_it_and_no_file_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, item: str, mentions: list[str]
) -> None:
    output = tmp_path / "brief.pdf"
    status, out, err = brief(capsys, "-o", str(output), f"{SYMBOL}:4", item)
    assert (status, out) == (1, "")
    assert (
        err.startswith("oicreader: ") and err.count("oicreader: ") == 1 and "Traceback" not in err
    )
    for mention in mentions:
        assert mention in err, err
    assert not output.exists()


@pytest.mark.parametrize(
    ("arguments", "mention"),
    [
        (["-o", "brief.txt"], "written as .pdf or .docx"),
        (["-o", "brief.pdf", "--layout", "single", "-l", "ar,en"], "single layout prints one"),
        (["-o", "brief.docx", "-l", "de"], "unknown language de"),
    ],
)
def test_bad_options_are_refused_before_anything_is_written(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    mention: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    status, _out, err = brief(capsys, *arguments, f"{SYMBOL}:4")
    assert status == 1 and mention in err, err
    assert sorted(path.name for path in tmp_path.iterdir()) == []

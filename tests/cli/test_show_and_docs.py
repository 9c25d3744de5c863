"""The command-line contract: --version, docs and show, in text and JSON."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from oicreader import __version__
from oicreader.cli import main
from tests.conftest import ARABIC_SOURCE, BUNDLED_FOLDER, REPOSITORY_ROOT

STORE_FIXTURES = REPOSITORY_ROOT / "tests/store/fixtures"


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def json_lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"oicreader {__version__}"


def test_docs_json_describes_the_bundled_report(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "docs", "--json")
    assert status == 0
    [entry] = json_lines(out)
    assert entry["id"] == "oic-acm-2017-chair-rep"
    assert entry["symbol"] == "OIC/ACM-2017/CHAIR-REP"
    assert entry["date"] == "2017-09-22"
    assert entry["status"] == "draft"
    assert entry["languages"] == ["ar", "en", "fr"]
    assert entry["paragraphs"] == 16
    assert set(entry["title"]) == {"ar", "en", "fr"}  # type: ignore[arg-type]


def test_docs_plain_lists_symbol_and_count(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "docs")
    assert status == 0
    assert "OIC/ACM-2017/CHAIR-REP" in out and "16 paragraphs" in out


def test_show_json_prints_one_object_per_paragraph_and_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "show", "-p", "4,6-7", "-l", "ar,en,fr", "--json")
    assert status == 0
    rows = json_lines(out)
    assert [(row["paragraph"], row["lang"]) for row in rows] == [
        (number, language) for number in (4, 6, 7) for language in ("ar", "en", "fr")
    ]
    assert all(set(row) == {"doc", "paragraph", "lang", "text"} for row in rows)
    assert rows[0]["doc"] == "OIC/ACM-2017/CHAIR-REP"
    arabic_four = rows[0]["text"]
    assert isinstance(arabic_four, str)
    assert arabic_four.startswith("أشار الاجتماع") and arabic_four.endswith("القدس الشرقية.")


def test_show_json_text_is_in_logical_order_never_reshaped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "show", "-p", "6", "-l", "ar", "--json", "--bidi", "visual")
    [row] = json_lines(out)
    source_line = next(
        line
        for line in ARABIC_SOURCE.read_text(encoding="utf-8").splitlines()
        if line.startswith("6. ")
    )
    assert row["text"] == source_line[3:]


def test_show_by_id_and_by_symbol_agree(capsys: pytest.CaptureFixture[str]) -> None:
    _, by_symbol, _ = run(capsys, "show", "OIC/ACM-2017/CHAIR-REP", "-p", "1", "--json")
    _, by_id, _ = run(capsys, "show", "oic-acm-2017-chair-rep", "-p", "1", "--json")
    assert by_symbol == by_id != ""


def test_show_logical_prints_text_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "show", "-p", "13", "-l", "ar", "--bidi", "logical")
    assert "أشاد الاجتماع بحسن تنظيم كازاخستان" in out


def test_show_visual_shapes_arabic_for_terminals(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "show", "-p", "13", "-l", "ar", "--bidi", "visual")
    body = [line for line in out.splitlines() if line.strip() and not line.startswith("[")]
    assert body
    assert all(any("\ufe70" <= ch <= "\ufeff" for ch in line) for line in body)
    folded_words = set(unicodedata.normalize("NFKC", " ".join(body)).split())
    assert "2017" in folded_words  # digits stay left to right


def test_show_reads_a_text_file_without_adding_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = tmp_path / "note.txt"
    report.write_text("Title\n\n1. First paragraph.\n2. Second paragraph.\n", encoding="utf-8")
    status, out, _ = run(capsys, "show", str(report), "--json")
    assert status == 0
    assert [(row["paragraph"], row["lang"], row["text"]) for row in json_lines(out)] == [
        (1, "en", "First paragraph."),
        (2, "en", "Second paragraph."),
    ]
    _, listing, _ = run(capsys, "docs", "--json")
    assert len(json_lines(listing)) == 1


def test_show_file_with_explicit_source_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = tmp_path / "short.txt"
    report.write_text("1. OK.\n", encoding="utf-8")
    _, out, _ = run(capsys, "show", str(report), "--source-lang", "fr", "--json")
    assert json_lines(out)[0]["lang"] == "fr"


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (("show", "-p", "17"), "no paragraph 17"),
        (("show", "-p", "x"), "cannot read 'x'"),
        (("show", "-l", "de"), "unknown language de"),
        (("show", "NO/SUCH/DOC"), "no document 'NO/SUCH/DOC'"),
    ],
)
def test_mistakes_get_a_message_and_status_1(
    capsys: pytest.CaptureFixture[str], arguments: tuple[str, ...], expected: str
) -> None:
    status, _, err = run(capsys, *arguments)
    assert status == 1
    assert expected in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"no numbers here\n", "no numbered paragraphs found"),
        ("1. نص".encode() + b"\xff\xfe" + "نص".encode() * 5, "byte offset"),
    ],
)
def test_bad_files_get_a_message_naming_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, expected: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    status, out, err = run(capsys, "show", str(bad))
    assert status == 1
    assert str(bad) in err and expected in err
    assert "Traceback" not in err and out == ""


def test_missing_translation_paragraph_is_reported_and_gap_marked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "documents" / "oic-acm-2017-chair-rep"
    copy.mkdir(parents=True)
    for source in BUNDLED_FOLDER.iterdir():
        text = source.read_text(encoding="utf-8")
        if source.name == "fr.txt":
            lines = [line for line in text.splitlines() if not line.startswith("9. ")]
            text = "\n".join(lines) + "\n17. Un paragraphe de trop.\n"
        (copy / source.name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(
        "oicreader.store.library.bundled_documents_dir", lambda: tmp_path / "documents"
    )
    status, out, err = run(capsys, "show", "-p", "9", "-l", "ar,fr", "--bidi", "logical")
    assert status == 0
    assert "fr: paragraph 9 missing; paragraph 17 has no Arabic counterpart" in err
    assert "(paragraph 9 is missing from the fr version)" in out


def test_python_dash_m_runs_the_same_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "oicreader", "show", "-p", "6", "-l", "ar,en,fr", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPOSITORY_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = json_lines(result.stdout)
    assert [row["lang"] for row in rows] == ["ar", "en", "fr"]
    assert "Rohingya" in str(rows[1]["text"]) and "Rohingya" in str(rows[2]["text"])


def test_search_json_lists_paragraph_five_for_terrorism_without_hamza(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "search", "الارهاب", "--json")
    assert status == 0
    rows = json_lines(out)
    assert rows, "at least one hit"
    assert all(set(row) == {"doc", "paragraph", "lang", "snippet", "start", "end"} for row in rows)
    assert (5, "ar") in {(row["paragraph"], row["lang"]) for row in rows}
    five = next(row for row in rows if row["paragraph"] == 5 and row["lang"] == "ar")
    _, shown, _ = run(capsys, "show", "-p", "5", "-l", "ar", "--json")
    text = json_lines(shown)[0]["text"]
    assert isinstance(text, str) and isinstance(five["start"], int) and isinstance(five["end"], int)
    assert text[five["start"] : five["end"]] in {"الإرهاب", "الإرهابية"}


def test_search_limit_and_language_filter(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "search", "2017", "-l", "fr", "--limit", "2", "--json")
    rows = json_lines(out)
    assert len(rows) == 2 and {row["lang"] for row in rows} == {"fr"}


def test_search_with_no_hits_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "search", "zzzzqqq")
    assert status == 0 and out == "" and "no paragraph matches" in err


def test_show_reads_a_word_file_through_the_same_importer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    word = REPOSITORY_ROOT / "tests" / "importing" / "fixtures" / "libreoffice-fr-restart.docx"
    status, out, err = run(capsys, "show", str(word), "--json")
    assert status == 0, err
    rows = json_lines(out)
    assert rows and {row["lang"] for row in rows} == {"fr"}
    assert [row["paragraph"] for row in rows] == sorted(row["paragraph"] for row in rows)


class Terminal(io.StringIO):
    """Standard error as a terminal."""

    def isatty(self) -> bool:
        return True


def test_a_command_that_upgrades_the_library_says_so_on_a_terminal_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # An upgrade of a large library takes up to a minute (150,000 paragraph versions from
    # schema 4: 37 s): a command would sit there saying nothing.
    from oicreader.paths import library_path
    from tests.store.conftest import install_library_file

    install_library_file(STORE_FIXTURES / "library-v4.db", library_path())
    status, out, err = run(capsys, "docs", "--json")
    assert status == 0 and json_lines(out)
    assert "upgrading" not in err, "a script reading stderr is not told"
    # Another data folder with the same old library, the command run in a terminal.
    monkeypatch.setenv("OICREADER_HOME", str(tmp_path))
    install_library_file(STORE_FIXTURES / "library-v4.db", library_path())
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    status, out, _ = run(capsys, "docs", "--json")
    assert status == 0 and json_lines(out)
    assert "oicreader: upgrading the library for this version of OIC Reader" in terminal.getvalue()

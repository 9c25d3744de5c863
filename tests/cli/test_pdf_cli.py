"""`oicreader import` and `oicreader show` with PDF files: passwords, progress, refusals."""

from __future__ import annotations

import io
import sys

import pytest

from tests.cli.test_show_and_docs import json_lines, run
from tests.importing.pdf_fixtures import ENCRYPTED, ENCRYPTED_PASSWORD, PDF_FIXTURES, SCANNED


def test_a_pdf_report_in_three_languages_is_imported(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(PDF_FIXTURES / name) for name in ("lo-ar.pdf", "chromium-en.pdf", "lo-fr.pdf")]
    status, out, err = run(capsys, "import", *files, "--symbol", "OIC/PDF/1", "--json")
    assert status == 0, err
    [summary] = json_lines(out)
    assert summary["imported"] is True
    assert [(f["lang"], f["format"], f["paragraphs"]) for f in summary["files"]] == [  # type: ignore[index]
        ("ar", "pdf", 16),
        ("en", "pdf", 16),
        ("fr", "pdf", 16),
    ]
    status, out, _ = run(capsys, "show", "OIC/PDF/1", "-p", "1", "-l", "ar", "--json")
    assert json_lines(out)[0]["text"].startswith("عقد وزراء خارجية")  # type: ignore[union-attr]


def test_the_import_summary_counts_pages_and_footnotes_left_out(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pdf = str(PDF_FIXTURES / "lo-en-footnotes.pdf")
    status, out, err = run(capsys, "import", pdf, "--dry-run")
    assert status == 0, err
    assert "PDF, 5 pages, 3 footnotes left out, 16 paragraphs" in out
    status, out, err = run(capsys, "import", pdf, "--dry-run", "--json")
    [planned] = json_lines(out)[0]["files"]  # type: ignore[misc]
    assert (planned["pages"], planned["footnotes_left_out"]) == (5, 3)


def test_show_reads_a_pdf_file_without_importing_it(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "show", str(PDF_FIXTURES / "chromium-fr.pdf"), "-p", "1")
    assert status == 0, err
    assert out.startswith("[1 fr]\nLes ministres des Affaires étrangères")
    status, out, _ = run(capsys, "docs")
    assert "chromium-fr" not in out


def test_the_password_is_read_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{ENCRYPTED_PASSWORD}\n"))
    status, out, err = run(capsys, "import", str(ENCRYPTED.path), "--password-stdin", "--json")
    assert status == 0, err
    assert json_lines(out)[0]["files"][0]["paragraphs"] == 16  # type: ignore[index]


def test_show_takes_the_password_from_standard_input_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ENCRYPTED_PASSWORD))
    status, out, err = run(capsys, "show", str(ENCRYPTED.path), "-p", "2", "--password-stdin")
    assert status == 0, err
    assert out.startswith("[2 en]\nThe meeting affirmed")


def test_an_encrypted_pdf_without_a_password_is_refused_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "import", str(ENCRYPTED.path))
    assert status == 1 and out == ""
    assert "protected by a password" in err and "--password-stdin" in err
    assert "Traceback" not in err
    assert run(capsys, "docs", "--json")[1].count("\n") == 1  # the bundled report only


def test_a_scanned_pdf_is_refused_with_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "import", str(SCANNED.path))
    assert status == 1
    assert err.startswith("oicreader: ") and "scanned pages with no text" in err


class Terminal(io.StringIO):
    """Standard error as a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_is_shown_on_a_terminal_and_not_in_a_pipe(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = str(PDF_FIXTURES / "lo-en.pdf")
    status, _, err = run(capsys, "import", pdf, "--symbol", "OIC/PDF/2", "--dry-run")
    assert status == 0 and err == ""
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert run(capsys, "import", pdf, "--symbol", "OIC/PDF/2", "--dry-run")[0] == 0
    shown = terminal.getvalue()
    assert "lo-en.pdf: page 1 of 5" in shown and "lo-en.pdf: page 5 of 5" in shown
    assert shown.endswith("\r\x1b[K")  # the line is cleared once the file is read

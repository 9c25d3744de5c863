"""`oicreader print`: a PDF written with no display; each mistake is a message, not a traceback."""

from __future__ import annotations

import argparse
import io
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from oicreader.cli.printing import command_print, register
from oicreader.errors import UserFacingError
from oicreader.render.headless import needs_offscreen
from tests.conftest import REPOSITORY_ROOT
from tests.render.test_print_pdf import arabic_words, pdf_text, run_tool

pytestmark = pytest.mark.gui


def parse(*arguments: str) -> argparse.Namespace:
    """Arguments as the real command line would parse them."""
    parser = argparse.ArgumentParser(prog="oicreader")
    register(parser.add_subparsers())
    return parser.parse_args(["print", *arguments])


def run(*arguments: str) -> tuple[int, str]:
    out = io.StringIO()
    status = command_print(parse(*arguments), out)
    return status, out.getvalue()


def test_print_writes_the_chosen_paragraphs(qapp: object, tmp_path: Path) -> None:
    output = tmp_path / "speech.pdf"
    status, out = run("-p", "3,5-7", "-l", "ar,en", "-o", str(output))
    assert status == 0
    assert out.startswith(f"wrote {output} (")
    text = " ".join(pdf_text(output).split())
    assert "OIC/ACM-2017/CHAIR-REP" in text
    assert "Palestinian cause" in text  # paragraph 3 in English
    assert "Kazakhstan" not in text  # paragraph 13 was not chosen
    assert "أكد" in arabic_words(text)


def test_defaults_print_every_paragraph_in_every_language(qapp: object, tmp_path: Path) -> None:
    output = tmp_path / "all.pdf"
    assert run("-o", str(output), "--paper", "letter")[0] == 0
    text = pdf_text(output)
    assert "Côte d'Ivoire" in text and "Kazakhstan" in text and "Bangladesh" in text
    assert "Bakou" in text  # French is there too
    assert "(letter)" in run_tool("pdfinfo", str(output))


def test_layout_notes_and_margins_options_are_passed_on(qapp: object, tmp_path: Path) -> None:
    output = tmp_path / "single.pdf"
    status, _ = run(
        "-p", "4", "-l", "en", "--layout", "single", "--notes-style", "endnotes",
        "--no-highlights", "--margins", "20", "--paper", "a4", "-o", str(output),
    )  # fmt: skip
    assert status == 0
    text = pdf_text(output)
    assert "Translator's notes" in text  # --notes-style implies --notes
    assert "La réunion" not in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("-p", ""), "no paragraph chosen"),
        (("-p", "3,17"), "no paragraph 17"),
        (("-p", "x"), "cannot read 'x'"),
        (("-l", "de"), "unknown language de"),
        (("-l", "ar,en", "--layout", "single"), "single layout prints one language"),
        (("--margins", "1"), "margins of 1 mm"),
        (("NO/SUCH/DOC",), "no document 'NO/SUCH/DOC'"),
    ],
)
def test_mistakes_are_one_clear_message(
    qapp: object, tmp_path: Path, arguments: tuple[str, ...], message: str
) -> None:
    output = tmp_path / "never.pdf"
    with pytest.raises(UserFacingError, match=message):
        run(*arguments, "-o", str(output))
    assert not output.exists()


def test_an_unwritable_output_is_named_in_the_message(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(UserFacingError, match=r"folder .* does not exist"):
        run("-p", "1", "-o", str(tmp_path / "missing" / "out.pdf"))
    with pytest.raises(UserFacingError, match="is a folder"):
        run("-p", "1", "-o", str(tmp_path))
    blocked = tmp_path / "out.pdf"
    real_mkstemp = tempfile.mkstemp

    def refuse_in_output_folder(*arguments: Any, **options: Any) -> tuple[int, str]:
        if options.get("dir") == tmp_path:  # as a folder that cannot be written
            raise PermissionError(13, "Permission denied")
        return real_mkstemp(*arguments, **options)

    monkeypatch.setattr(tempfile, "mkstemp", refuse_in_output_folder)
    with pytest.raises(UserFacingError, match=f"cannot write {blocked}"):
        run("-p", "1", "-o", str(blocked))
    assert not blocked.exists()


def test_a_pdf_is_readable_by_its_owner_only(qapp: object, tmp_path: Path) -> None:
    output = tmp_path / "speech.pdf"
    run("-p", "3", "--notes", "-o", str(output))
    if os.name == "posix":
        assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert [entry.name for entry in tmp_path.iterdir()] == ["speech.pdf"]


@pytest.mark.parametrize(
    ("environment", "platform", "expected"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_offscreen_only_without_any_display(
    environment: dict[str, str], platform: str, expected: bool
) -> None:
    assert needs_offscreen(environment, platform) is expected


@pytest.mark.slow
def test_print_works_with_no_display_at_all(tmp_path: Path, data_home: Path) -> None:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment["OICREADER_HOME"] = str(data_home)
    output = tmp_path / "headless.pdf"
    # Only oicreader is imported: the tests' conftest would choose the platform itself.
    script = (
        "import argparse, os, sys\n"
        "from oicreader.cli.printing import register\n"
        "parser = argparse.ArgumentParser()\n"
        "register(parser.add_subparsers())\n"
        f"arguments = parser.parse_args(['print', '-p', '1-2', '-o', {str(output)!r}])\n"
        "status = arguments.handler(arguments, sys.stdout)\n"
        "print(os.environ.get('QT_QPA_PLATFORM'), status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPOSITORY_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "offscreen 0"
    assert "Traceback" not in result.stderr
    assert "OIC/ACM-2017/CHAIR-REP" in pdf_text(output)


def test_print_is_a_command_of_oicreader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from oicreader.cli import main

    output = tmp_path / "three.pdf"
    assert main(["print", "-p", "3", "-l", "ar,en", "-o", str(output)]) == 0
    assert output.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["print", "-p", "17", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "no paragraph 17" in capsys.readouterr().err


@pytest.mark.slow
def test_a_ten_megabyte_note_without_spaces_is_printed_cut_in_seconds(
    tmp_path: Path, data_home: Path
) -> None:
    from oicreader.model.annotation import Annotation, new_annotation_id
    from oicreader.store.annotations import add_annotation
    from oicreader.store.library import Library

    with Library.open() as library:
        add_annotation(
            library,
            Annotation(
                id=new_annotation_id(), document="oic-acm-2017-chair-rep", revision=1,
                paragraph_number=3, language="en", note="Start" + "x" * 10_000_000 + "End",
            ),
        )  # fmt: skip
    output = tmp_path / "long-note.pdf"
    environment = {**os.environ, "OICREADER_HOME": str(data_home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "oicreader", "print", "-p", "3", "-l", "en", "--notes",
         "-o", str(output)],
        cwd=REPOSITORY_ROOT, env=environment, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(output).split())
    assert "Start" in text
    assert "End" not in text.split("Palestinian cause")[-1]
    assert "(continues: the note has 10,000,008 characters)" in text
    assert text.count("x") < 3_000

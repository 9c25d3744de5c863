"""`oicreader import --title` and `oicreader rename`: a document's title given at import or
changed later, in the interface language or the one named (issue 21)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oicreader.cli import main

ENGLISH = "The meeting reviewed the situation.\n\n1. The meeting met in New York.\n"


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def plain_file(tmp_path: Path) -> str:
    path = tmp_path / "plain3.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    return str(path)


def titles(capsys: pytest.CaptureFixture[str], key: str) -> object:
    _status, out, _err = run(capsys, "docs", "--json")
    [entry] = [json.loads(line) for line in out.splitlines() if json.loads(line)["id"] == key]
    return entry["title"]


def test_import_takes_the_title_given_in_the_interface_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _err = run(
        capsys, "--ui-lang", "fr", "import", plain_file(tmp_path), "--title", "Note sur le Sahel",
        "--json",
    )  # fmt: skip
    assert status == 0 and json.loads(out)["doc"] == "plain3"
    assert titles(capsys, "plain3") == {"fr": "Note sur le Sahel"}


def test_import_without_a_title_prints_and_stores_what_it_did_before(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _err = run(capsys, "import", plain_file(tmp_path), "--json")
    assert status == 0 and "title" not in json.loads(out)
    assert titles(capsys, "plain3") == {"en": "plain3"}


def test_rename_gives_a_title_in_the_language_named_and_keeps_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "--ui-lang", "en", "import", plain_file(tmp_path), "--title", "Sahel note")
    status, out, _err = run(
        capsys, "rename", "PLAIN3", "--title", "Note sur le Sahel", "--lang", "fr"
    )
    assert status == 0
    assert out == "plain3: the fr title is now \u2068Note sur le Sahel\u2069\n"
    assert titles(capsys, "plain3") == {"en": "Sahel note", "fr": "Note sur le Sahel"}


def test_rename_without_a_language_renames_in_the_interface_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "import", plain_file(tmp_path))
    assert run(capsys, "--ui-lang", "ar", "rename", "plain3", "--title", "مذكرة الساحل")[0] == 0
    assert titles(capsys, "plain3") == {"ar": "مذكرة الساحل"}


def test_renaming_the_bundled_report_is_refused_with_what_to_do(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "rename", "OIC/ACM-2017/CHAIR-REP", "--title", "Mine")
    assert status == 1 and out == ""
    assert "comes with OIC Reader" in err and "another symbol" in err
    assert "Traceback" not in err


def test_rename_of_an_unknown_document_or_with_an_empty_title_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "import", plain_file(tmp_path))
    status, _out, err = run(capsys, "rename", "NOPE/1", "--title", "X")
    assert status == 1 and "NOPE/1" in err
    status, _out, err = run(capsys, "rename", "plain3", "--title", "  ")
    assert status == 1 and "title is empty" in err
    status, _out, err = run(capsys, "import", plain_file(tmp_path), "--title", "", "--dry-run")
    assert status == 1 and "title is empty" in err

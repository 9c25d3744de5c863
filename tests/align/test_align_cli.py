"""`oicreader align`: each paragraph's sentence units, in order, as text or JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oicreader.cli import main
from oicreader.importing.bundle import load_document_folder
from tests.conftest import BUNDLED_FOLDER

FIXTURE = Path(__file__).parent / "fixtures" / "sentence_units.json"


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_align_json_gives_the_units_of_paragraph_6_with_their_exact_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "align", "-p", "6", "--json")
    checked = json.loads(FIXTURE.read_text(encoding="utf-8"))
    [expected] = [entry["units"] for entry in checked["paragraphs"] if entry["paragraph"] == 6]
    units = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [list(unit) for unit in units] == [["doc", "paragraph", "unit", "ar", "en", "fr"]] * 2
    assert [(unit["doc"], unit["paragraph"], unit["unit"]) for unit in units] == [
        ("OIC/ACM-2017/CHAIR-REP", 6, 1),
        ("OIC/ACM-2017/CHAIR-REP", 6, 2),
    ]
    assert [{language: unit[language] for language in ("ar", "en", "fr")} for unit in units] == (
        expected
    )


def test_align_json_units_cover_every_paragraph_in_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "align", "OIC/ACM-2017/CHAIR-REP", "--json")
    report = load_document_folder(BUNDLED_FOLDER)
    units = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert sorted({unit["paragraph"] for unit in units}) == report.paragraph_numbers
    for number in report.paragraph_numbers:
        row = [unit for unit in units if unit["paragraph"] == number]
        assert [unit["unit"] for unit in row] == list(range(1, len(row) + 1))
        for language, text in report.paragraph(number).texts.items():
            assert "".join(unit[language] for unit in row) == text
    assert [unit["unit"] for unit in units if unit["paragraph"] == 4] == [1, 2, 3]


def test_align_prints_readable_units_with_their_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "align", "-p", "5", "--bidi", "logical")
    assert status == 0
    assert "[5.1]" in out and "[5.2]" in out
    second = out[out.index("[5.2]") :]
    assert "  en: The meeting also called for the implementation of the 1999" in second
    assert "  ar: كما دعا الاجتماع" in second


def test_align_refuses_a_paragraph_the_document_lacks(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "align", "-p", "99")
    assert status == 1 and out == ""
    assert "no paragraph 99" in err


def test_align_gives_null_for_a_version_the_document_lacks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "OIC/TEST/1\n\n1. أكد الاجتماع التزامه، ودعا إلى الحوار. ورحب بالمبادرة.\n",
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "align", str(report), "--json")
    units = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [(unit["ar"], unit["en"], unit["fr"]) for unit in units] == [
        ("أكد الاجتماع التزامه، ودعا إلى الحوار. ", None, None),
        ("ورحب بالمبادرة.", None, None),
    ]

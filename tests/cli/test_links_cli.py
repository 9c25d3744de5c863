"""`oicreader links`: the document symbols a document's paragraphs name, in JSON and as a table."""

from __future__ import annotations

from pathlib import Path

import pytest

from oicreader.cli import main
from tests.cli.test_show_and_docs import run

ARABIC = """OIC/TEST-1/REP

1. أشار الوزراء إلى التقرير OIC/ACM-2017/CHAIR-REP، الفقرة 4، وإلى القرار S/RES/2334 (2016).

2. وأحاطوا علماً بالرسالة S/2017/123 المؤرخة 22/9/2017.
"""
ENGLISH = """OIC/TEST-1/REP

1. The Ministers recalled OIC/ACM-2017/CHAIR-REP, para. 4, and resolution S/RES/2334 (2016).

2. They noted the letter S/2017/123 of 22/9/2017.
"""


@pytest.fixture
def citing_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A report in Arabic and English citing the bundled report and two UN documents."""
    arabic, english = tmp_path / "ar.txt", tmp_path / "en.txt"
    arabic.write_text(ARABIC, encoding="utf-8")
    english.write_text(ENGLISH, encoding="utf-8")
    assert main(["import", str(arabic), str(english)]) == 0
    capsys.readouterr()
    return "OIC/TEST-1/REP"


def test_links_json_lists_every_symbol_in_paragraph_order_with_its_library_document(
    citing_document: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "links", citing_document, "--json")
    assert status == 0
    bundled = '"in_library": true, "document": "oic-acm-2017-chair-rep"}'
    absent = '"in_library": false, "document": null}'
    assert out.splitlines() == [
        '{"symbol": "OIC/ACM-2017/CHAIR-REP", "paragraph": 1, "language": "ar", "start": 25, '
        f'"end": 47, "cited_paragraph": 4, {bundled}',
        '{"symbol": "S/RES/2334 (2016)", "paragraph": 1, "language": "ar", "start": 71, '
        f'"end": 88, "cited_paragraph": null, {absent}',
        '{"symbol": "OIC/ACM-2017/CHAIR-REP", "paragraph": 1, "language": "en", "start": 23, '
        f'"end": 45, "cited_paragraph": 4, {bundled}',
        '{"symbol": "S/RES/2334 (2016)", "paragraph": 1, "language": "en", "start": 71, '
        f'"end": 88, "cited_paragraph": null, {absent}',
        '{"symbol": "S/2017/123", "paragraph": 2, "language": "ar", "start": 23, '
        f'"end": 33, "cited_paragraph": null, {absent}',
        '{"symbol": "S/2017/123", "paragraph": 2, "language": "en", "start": 22, '
        f'"end": 32, "cited_paragraph": null, {absent}',
    ]


def test_a_symbol_in_the_library_is_found_in_any_case(
    citing_document: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("1. The letter.\n", encoding="utf-8")
    assert main(["import", "--symbol", "s/2017/123", str(letter)]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, "links", citing_document)
    assert status == 0
    assert out.splitlines()[-2:] == [
        "¶ 2    ar     23-33     S/2017/123  in the library as s-2017-123",
        "¶ 2    en     22-32     S/2017/123  in the library as s-2017-123",
    ]


def test_links_as_a_table_says_which_documents_are_not_in_the_library(
    citing_document: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "links", citing_document)
    assert status == 0
    assert out.splitlines()[:2] == [
        "¶ 1    ar     25-47     OIC/ACM-2017/CHAIR-REP, ¶ 4  in the library as "
        "oic-acm-2017-chair-rep",
        "¶ 1    ar     71-88     S/RES/2334 (2016)  not in the library",
    ]


def test_links_without_a_document_reads_the_bundled_report(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "links")
    assert status == 0
    assert out == "OIC/ACM-2017/CHAIR-REP: no document symbol is named in its 16 paragraphs\n"
    assert run(capsys, "links", "--json")[1] == ""


def test_links_of_an_unknown_document_is_refused_by_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(capsys, "links", "A/RES/99/99")
    assert status == 1
    assert "no document 'A/RES/99/99' in the library" in err


def test_the_help_of_links_documents_its_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["links", "--help"])
    help_text = capsys.readouterr().out
    for field in ("symbol", "paragraph", "language", "start", "end", "cited_paragraph"):
        assert f'"{field}"' in help_text
    assert '"in_library"' in help_text and '"document"' in help_text


def test_links_of_a_report_file_reads_it_without_importing_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = tmp_path / "en.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    status, out, _ = run(capsys, "links", str(english), "--json")
    assert status == 0
    assert [line.split(",")[0] for line in out.splitlines()] == [
        '{"symbol": "OIC/ACM-2017/CHAIR-REP"',
        '{"symbol": "S/RES/2334 (2016)"',
        '{"symbol": "S/2017/123"',
    ]
    assert "OIC/TEST-1/REP" not in run(capsys, "docs")[1]

"""`oicreader show --cite`: a citation after each paragraph, in the interface language."""

from __future__ import annotations

import json

import pytest

from oicreader.cli import main
from oicreader.model.languages import system_interface_language

FSI, PDI = "\u2068", "\u2069"


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    assert main(list(arguments)) == 0
    return capsys.readouterr().out


@pytest.fixture
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.mark.usefixtures("english_system")
def test_show_cite_prints_the_french_citation_after_the_paragraph(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = run(
        capsys, "--ui-lang", "fr", "show", "-p", "4", "-l", "en", "--cite", "--bidi", "logical"
    )
    lines = out.splitlines()
    assert lines[0] == "[4 en]"
    assert lines[1].startswith("The meeting recalled the outcome")
    assert lines[2:] == ["(OIC/ACM-2017/CHAIR-REP, par. 4)", ""]


@pytest.mark.usefixtures("english_system")
def test_show_cite_follows_each_paragraph_once_after_all_its_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = run(capsys, "show", "-p", "4,6", "-l", "ar,en", "--cite", "--bidi", "logical")
    blocks = out.split("\n\n")
    assert blocks[0].startswith("[4 ar]") and "\n[4 en]\n" in blocks[0]
    assert blocks[0].endswith("\n(OIC/ACM-2017/CHAIR-REP, para. 4)")
    assert blocks[1].endswith("\n(OIC/ACM-2017/CHAIR-REP, para. 6)")
    assert out.count("(OIC/ACM-2017/CHAIR-REP") == 2


def test_show_cite_in_arabic_isolates_the_symbol(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(
        capsys, "--ui-lang", "ar", "show", "-p", "14", "-l", "fr", "--cite", "--bidi", "logical"
    )
    assert f"({FSI}OIC/ACM-2017/CHAIR-REP{PDI}، الفقرة 14)\n" in out


def test_show_cite_visual_order_keeps_the_citation_readable_on_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = run(
        capsys, "--ui-lang", "ar", "show", "-p", "14", "-l", "fr", "--cite", "--bidi", "visual"
    )
    last = out.splitlines()[-2]
    assert last.strip().startswith("(14 ") and last.endswith("OIC/ACM-2017/CHAIR-REP)")


def test_show_cite_without_ui_lang_follows_the_system_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "fr_CA.UTF-8")
    out = run(capsys, "show", "-p", "4", "-l", "en", "--cite", "--bidi", "logical")
    assert "(OIC/ACM-2017/CHAIR-REP, par. 4)" in out


@pytest.mark.usefixtures("english_system")
def test_show_json_cite_adds_the_citation_to_each_object(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = [
        json.loads(line) for line in run(capsys, "show", "-p", "4", "--json", "--cite").splitlines()
    ]
    assert [row["citation"] for row in rows] == ["(OIC/ACM-2017/CHAIR-REP, para. 4)"] * 3


def test_show_without_cite_prints_no_citation(capsys: pytest.CaptureFixture[str]) -> None:
    assert "CHAIR-REP, para" not in run(capsys, "show", "-p", "4", "--bidi", "logical")
    rows = [json.loads(line) for line in run(capsys, "show", "-p", "4", "--json").splitlines()]
    assert all(set(row) == {"doc", "paragraph", "lang", "text"} for row in rows)


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "ar_SA.UTF-8"}, "ar"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "ar_SA.UTF-8"}, "fr"),
        ({"LC_MESSAGES": "fr_BE", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LANGUAGE": "de:ar", "LANG": "de_DE.UTF-8"}, "ar"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
    ],
)
def test_the_system_interface_language_is_the_first_of_ar_en_fr_the_locale_names(
    environment: dict[str, str], expected: str
) -> None:
    assert system_interface_language(environment) == expected

"""`oicreader search`: inflections, the query language, the whole library and the notes."""

from __future__ import annotations

import pytest

from oicreader.cli import documents
from tests.cli.test_notes_cli import add_note
from tests.cli.test_show_and_docs import json_lines, run

FIELDS = {"doc", "paragraph", "lang", "snippet", "start", "end"}


def hits(capsys: pytest.CaptureFixture[str], *arguments: str) -> list[dict[str, object]]:
    status, out, err = run(capsys, "search", *arguments, "--json")
    assert status == 0, err
    return json_lines(out)


def test_a_stemmed_hit_keeps_the_json_fields_and_covers_the_word_as_written(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = hits(capsys, "condemn", "-l", "en")
    assert rows and all(set(row) == FIELDS for row in rows)
    _, shown, _ = run(capsys, "show", "-l", "en", "--json")
    texts = {row["paragraph"]: row["text"] for row in json_lines(shown)}
    words = set()
    for row in rows:
        text, start, end = texts[row["paragraph"]], row["start"], row["end"]
        assert isinstance(text, str) and isinstance(start, int) and isinstance(end, int)
        words.add(text[start:end])
    assert words == {"condemned", "condemning"}


def test_refugee_and_etat_find_their_inflections_in_the_report(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert [(row["paragraph"], row["lang"]) for row in hits(capsys, "refugee")] == [(10, "en")]
    assert {row["lang"] for row in hits(capsys, "etat")} == {"fr"}
    rows = hits(capsys, "etat")
    # The word as typed (État) ranks above its inflection (États).
    assert "**État**" in str(rows[0]["snippet"])
    assert any("**États**" in str(row["snippet"]) for row in rows)


def test_the_query_language_works_on_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    either = {(r["paragraph"], r["lang"]) for r in hits(capsys, "Rohingya OR Baku", "-l", "en")}
    rohingya = {(r["paragraph"], r["lang"]) for r in hits(capsys, "Rohingya", "-l", "en")}
    assert rohingya < either
    assert hits(capsys, "Rohingya -Myanmar", "-l", "en") == []
    assert hits(capsys, "terror*", "-l", "en")
    # FTS5 syntax is read as words: "a" is found, and nothing is an error.
    assert {row["paragraph"] for row in hits(capsys, 'NEAR("a" OR) -"', "-l", "en")}


def test_without_doc_every_hit_names_its_document(capsys: pytest.CaptureFixture[str]) -> None:
    rows = hits(capsys, "Palestine")
    assert rows and {row["doc"] for row in rows} == {"OIC/ACM-2017/CHAIR-REP"}


def test_notes_are_searched_with_notes_and_printed_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    note_id = add_note(capsys, "-p", "9", "-l", "en", "--note", "Call about the refugee camps")
    add_note(capsys, "-p", "3", "-l", "en", "--note", "Budget", "--tag", "later")
    # Without --notes the output is what it always was.
    assert all(set(row) == FIELDS for row in hits(capsys, "refugees"))
    rows = hits(capsys, "refugees", "--notes")
    paragraphs, notes = rows[:-1], rows[-1:]
    assert all(set(row) == FIELDS for row in paragraphs)
    assert notes == [
        {
            "note": note_id,
            "doc": "OIC/ACM-2017/CHAIR-REP",
            "paragraph": 9,
            "lang": "en",
            "snippet": "Call about the **refugee** camps",
            "tags": [],
        }
    ]
    status, out, _ = run(capsys, "search", "refugees", "--notes", "--bidi", "logical")
    assert status == 0
    assert out.endswith(
        f"notes:\n[OIC/ACM-2017/CHAIR-REP 9 en] {note_id}\nCall about the **refugee** camps\n"
    )
    status, _, err = run(capsys, "search", "refugees", "--notes", "-l", "fr")
    assert status == 0 and "no note matches" in err


def test_a_list_cut_at_the_default_limit_says_how_to_see_more_on_stderr(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bundled report has 16 English paragraphs: a default of 5 stands for the real 50.
    monkeypatch.setattr(documents, "DEFAULT_SEARCH_LIMIT", 5)
    status, out, err = run(capsys, "search", "the", "-l", "en", "--json")
    assert status == 0 and len(json_lines(out)) == 5
    assert "first 5 hits shown; more match: --limit N shows more" in err
    _, given, _ = run(capsys, "search", "the", "-l", "en", "--json", "--limit", "5")
    assert given == out, "the same hits, in the same JSON, as before"


def test_a_list_within_the_limit_or_cut_at_a_given_limit_adds_nothing_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(capsys, "search", "Myanmar", "--json")
    assert status == 0 and err == ""
    status, out, err = run(capsys, "search", "the", "-l", "en", "--limit", "3", "--json")
    assert status == 0 and len(json_lines(out)) == 3 and err == ""

"""The `topics` and `check` commands, and the reader's tags as topics."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest

from oicreader.app.session import Session
from oicreader.app.topics import library_document_topics
from oicreader.cli import build_parser, main
from oicreader.cli.topics import command_check, command_topics
from oicreader.importing.bundle import load_document_folder
from oicreader.model.annotation import Annotation, new_annotation_id
from oicreader.store.annotations import add_annotation, delete_annotation
from oicreader.store.library import Library
from oicreader.topics.model import Topic
from tests.conftest import BUNDLED_FOLDER
from tests.topics.test_crosscheck import ALTERATIONS, altered_copy

REPORT_KEY = "oic-acm-2017-chair-rep"


def run(handler: Any, doc: str | None = None, as_json: bool = False) -> tuple[int, str]:
    out = io.StringIO()
    status = handler(argparse.Namespace(doc=doc, json=as_json, source_lang=None), out)
    return status, out.getvalue()


def json_lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def add_tagged_note(library: Library, paragraph: int, *tags: str) -> Annotation:
    return add_annotation(
        library,
        Annotation(
            id=new_annotation_id(),
            document=REPORT_KEY,
            revision=library.current_revision_number(REPORT_KEY),
            paragraph_number=paragraph,
            language="en",
            note="follow up with the mission",
            tags=tags,
        ),
    )


def registered(command: str) -> bool:
    """Whether oicreader.cli has added this module's commands to the command tree yet."""
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return command in action.choices
    return False


needs_registration = pytest.mark.skipif(
    not registered("topics") or not registered("check"),
    reason="oicreader/cli/__init__.py does not call topics.register(commands) yet",
)


def test_topics_json_has_exactly_the_documented_shape() -> None:
    status, out = run(command_topics, as_json=True)
    assert status == 0
    rows = json_lines(out)
    assert rows
    for row in rows:
        assert list(row) == ["id", "kind", "labels", "paragraphs"]
        assert row["kind"] in ("theme", "place", "tag")
        assert list(row["labels"]) == ["ar", "en", "fr"]
        assert all(isinstance(label, str) and label for label in row["labels"].values())
        assert row["paragraphs"] == sorted(set(row["paragraphs"]))
        assert all(isinstance(number, int) for number in row["paragraphs"])
    found = {(row["kind"], row["id"]): row for row in rows}
    assert found[("theme", "terrorism-organised-crime")]["paragraphs"] == [5]
    assert found[("place", "iraq")]["paragraphs"] == [7, 10]
    assert found[("place", "iraq")]["labels"] == {"ar": "العراق", "en": "Iraq", "fr": "Iraq"}
    # Themes first, in the curated order, then places by first paragraph.
    kinds = [row["kind"] for row in rows]
    assert kinds == sorted(kinds, key=["theme", "place", "tag"].index)
    assert rows[0]["id"] == "meeting-and-chair"


def test_topics_plain_output_shows_kind_english_label_and_paragraphs() -> None:
    status, out = run(command_topics)
    assert status == 0
    lines = out.splitlines()
    assert "theme  The cause of Palestine and Al-Quds Al-Sharif  ¶ 3, 4, 15" in lines
    assert "place  Azerbaijan  ¶ 14, 15" in lines


def test_a_tagged_note_becomes_a_tag_topic_on_its_paragraph() -> None:
    with Library.open() as library:
        add_tagged_note(library, 7, "referendum")
        add_tagged_note(library, 10, "referendum", "to brief")
        topics = library_document_topics(Session(library), REPORT_KEY)
    tags = {topic.id: topic for topic in topics if topic.kind == "tag"}
    assert tags["referendum"] == Topic(
        "referendum", "tag", {"ar": "referendum", "en": "referendum", "fr": "referendum"}, (7, 10)
    )
    assert tags["to brief"].paragraphs == (10,)
    _, out = run(command_topics, as_json=True)
    rows = [row for row in json_lines(out) if row["kind"] == "tag"]
    assert rows == [
        {
            "id": "referendum",
            "kind": "tag",
            "labels": {"ar": "referendum", "en": "referendum", "fr": "referendum"},
            "paragraphs": [7, 10],
        },
        {
            "id": "to brief",
            "kind": "tag",
            "labels": {"ar": "to brief", "en": "to brief", "fr": "to brief"},
            "paragraphs": [10],
        },
    ]


def test_a_deleted_note_takes_its_tag_away() -> None:
    with Library.open() as library:
        note = add_tagged_note(library, 4, "al-aqsa")
        delete_annotation(library, note.id)
        topics = library_document_topics(Session(library), REPORT_KEY)
    assert not [topic for topic in topics if topic.kind == "tag"]


def test_topics_of_a_text_file_outside_the_library() -> None:
    status, out = run(command_topics, str(BUNDLED_FOLDER / "fr.txt"), as_json=True)
    assert status == 0
    rows = {(row["kind"], row["id"]): row["paragraphs"] for row in json_lines(out)}
    assert rows[("place", "baku")] == [14]
    assert rows[("theme", "rohingya")] == [6]  # suggested by the lexicon: no curated file
    assert not [kind for kind, _ in rows if kind == "tag"]


def test_topics_of_a_document_named_by_its_symbol() -> None:
    with Library.open() as library:
        by_symbol = library_document_topics(Session(library), "OIC/ACM-2017/CHAIR-REP")
        by_key = library_document_topics(Session(library), REPORT_KEY)
    assert by_symbol == by_key


def test_check_reports_nothing_on_the_bundled_report() -> None:
    status, out = run(command_check, as_json=True)
    assert (status, out) == (0, "")
    status, out = run(command_check)
    assert status == 0
    assert "agree on every number, date, place and organisation (16 paragraphs)" in out


def test_check_reports_an_altered_translation(tmp_path: Path) -> None:
    document = load_document_folder(altered_copy(tmp_path, ALTERATIONS, "altered-report"))
    with Library.open() as library:
        library.save_document(document, "imported")
    status, out = run(command_check, "altered-report", as_json=True)
    assert status == 0
    assert json_lines(out) == [
        {"paragraph": 7, "kind": "date", "value": "2017-09-25",
         "present_in": ["ar", "en"], "missing_from": ["fr"]},
        {"paragraph": 7, "kind": "date", "value": "2017-09-26",
         "present_in": ["fr"], "missing_from": ["ar", "en"]},
        {"paragraph": 14, "kind": "place", "value": "ankara",
         "present_in": ["fr"], "missing_from": ["ar", "en"]},
        {"paragraph": 14, "kind": "place", "value": "baku",
         "present_in": ["ar", "en"], "missing_from": ["fr"]},
    ]  # fmt: skip
    _, plain = run(command_check, "altered-report")
    assert "¶ 14  place Baku (baku): in Arabic and English, not in French" in plain.splitlines()


@needs_registration
def test_topics_command_runs_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["topics", "--json"]) == 0
    rows = json_lines(capsys.readouterr().out)
    assert {"id": "istanbul", "kind": "place", "paragraphs": [4]}.items() <= {
        key: value for row in rows if row["id"] == "istanbul" for key, value in row.items()
    }.items()


@needs_registration
def test_check_command_runs_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "OIC/ACM-2017/CHAIR-REP", "--json"]) == 0
    assert capsys.readouterr().out == ""


@needs_registration
def test_unknown_document_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["topics", "no-such-report"]) == 1
    assert "no document 'no-such-report'" in capsys.readouterr().err

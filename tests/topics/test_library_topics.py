"""Topics across the library: every document's themes, places and tags, newest first, as
`oicreader topics --library` prints them and the app layer builds them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from oicreader.app.session import Session
from oicreader.app.topics import LibraryTopicIndex, library_topics
from oicreader.cli import main
from oicreader.importing.bundle import load_document_folder
from oicreader.model.annotation import Annotation, new_annotation_id
from oicreader.model.document import Document
from oicreader.store.annotations import add_annotation, delete_annotation
from oicreader.topics.library import LibraryTopic, gather_library_topics
from oicreader.topics.model import Topic
from tests.conftest import BUNDLED_FOLDER

REPORT_KEY = "oic-acm-2017-chair-rep"
REPORT_SYMBOL = "OIC/ACM-2017/CHAIR-REP"
MEMO_SYMBOL = "OIC/CFM-45/2018/MEMO"
MEMO = """Organisation of Islamic Cooperation

OIC/CFM-45/2018/MEMO

Memo on Palestine

1. The Council of Foreign Ministers discussed the cause of Palestine and Al-Quds Al-Sharif.
2. The Council welcomed the work of the Islamic Development Bank in Yemen.
"""


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def json_lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def import_memo(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    memo = folder / "memo.txt"
    memo.write_text(MEMO, encoding="utf-8")
    status, _, err = run(capsys, "import", str(memo), "--lang", f"{memo}=en")
    assert status == 0, err


def report_copy(key: str, symbol: str, date: str) -> Document:
    """The bundled report's text under another symbol and date."""
    report = load_document_folder(BUNDLED_FOLDER)
    return Document(
        id=key, symbol=symbol, titles=report.titles, date=date, status="final",
        source_language="ar", versions=report.versions,
    )  # fmt: skip


def tag_note(session: Session, key: str, paragraph: int, *tags: str) -> Annotation:
    return add_annotation(
        session.library,
        Annotation(
            id=new_annotation_id(),
            document=key,
            revision=session.library.current_revision_number(key),
            paragraph_number=paragraph,
            language="en",
            note="for the brief",
            tags=tags,
        ),
    )


def by_id(topics: list[dict[str, Any]], kind: str, topic_id: str) -> dict[str, Any]:
    [found] = [topic for topic in topics if topic["kind"] == kind and topic["id"] == topic_id]
    return found


def test_library_json_is_one_object_per_topic_with_its_documents_paragraphs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import_memo(capsys, tmp_path)
    status, out, _ = run(capsys, "topics", "--library", "--json")
    assert status == 0
    topics = json_lines(out)
    assert all(list(topic) == ["id", "kind", "labels", "documents"] for topic in topics)
    palestine = by_id(topics, "theme", "palestine-al-quds")
    assert palestine == {
        "id": "palestine-al-quds",
        "kind": "theme",
        "labels": {
            "ar": "قضية فلسطين والقدس الشريف",
            "en": "The cause of Palestine and Al-Quds Al-Sharif",
            "fr": "La cause de la Palestine et Al-Qods Al-Charif",
        },
        "documents": {REPORT_SYMBOL: [3, 4, 15], MEMO_SYMBOL: [1]},
    }
    assert len({(topic["kind"], topic["id"]) for topic in topics}) == len(topics)


def test_library_json_labels_are_those_of_the_document_topics(
    capsys: pytest.CaptureFixture[str],
) -> None:
    one_document = json_lines(run(capsys, "topics", "--json")[1])
    library = json_lines(run(capsys, "topics", "--library", "--json")[1])
    assert {(t["kind"], t["id"]): t["labels"] for t in one_document} == {
        (t["kind"], t["id"]): t["labels"] for t in library
    }
    for topic in one_document:
        assert by_id(library, topic["kind"], topic["id"])["documents"] == {
            REPORT_SYMBOL: topic["paragraphs"]
        }


def test_a_document_imported_from_a_txt_file_gets_themes_and_places(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import_memo(capsys, tmp_path)
    topics = json_lines(run(capsys, "topics", "--library", "--json")[1])
    in_memo = {(t["kind"], t["id"]) for t in topics if MEMO_SYMBOL in t["documents"]}
    assert ("theme", "palestine-al-quds") in in_memo
    assert {("place", "palestine"), ("place", "yemen"), ("place", "islamic-development-bank")} <= (
        in_memo
    )
    assert by_id(topics, "place", "yemen")["documents"][MEMO_SYMBOL] == [2]


def test_documents_are_listed_newest_first_by_their_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with Session.open() as session:
        session.library.save_document(report_copy("old", "OLD/2009/1", "2009-03-01"), "imported")
        session.library.save_document(report_copy("new", "NEW/2021/1", "2021-11-30"), "imported")
    import_memo(capsys, tmp_path)  # no date: listed after every dated document
    topics = json_lines(run(capsys, "topics", "--library", "--json")[1])
    documents = list(by_id(topics, "place", "palestine")["documents"])
    assert documents == ["NEW/2021/1", REPORT_SYMBOL, "OLD/2009/1", MEMO_SYMBOL]


def test_tags_are_topics_across_the_library_on_live_notes_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import_memo(capsys, tmp_path)
    with Session.open() as session:
        memo_key = session.find_key(MEMO_SYMBOL)
        tag_note(session, REPORT_KEY, 6, "brief")
        tag_note(session, REPORT_KEY, 4, "brief", "Budget")
        tag_note(session, memo_key, 2, "brief")
        gone = tag_note(session, memo_key, 1, "Budget")
        delete_annotation(session.library, gone.id)
    topics = json_lines(run(capsys, "topics", "--library", "--json")[1])
    tags = [topic for topic in topics if topic["kind"] == "tag"]
    assert [(t["id"], t["documents"]) for t in tags] == [
        ("brief", {REPORT_SYMBOL: [4, 6], MEMO_SYMBOL: [2]}),
        ("Budget", {REPORT_SYMBOL: [4]}),
    ]
    assert tags[0]["labels"] == {"ar": "brief", "en": "brief", "fr": "brief"}
    assert topics[-2:] == tags  # after the themes and the places


def test_library_text_output_names_each_document_with_its_paragraphs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import_memo(capsys, tmp_path)
    lines = run(capsys, "topics", "--library")[1].splitlines()
    assert f"place  Palestine  {REPORT_SYMBOL} ¶ 3, 4, 15; {MEMO_SYMBOL} ¶ 1" in lines


def test_library_with_a_document_is_refused_with_what_to_do(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "topics", "--library", REPORT_SYMBOL)
    assert status == 1 and out == ""
    assert "leave out 'OIC/ACM-2017/CHAIR-REP', or leave out --library" in err
    assert "Traceback" not in err


def test_the_index_reads_again_only_documents_added_or_revised_since() -> None:
    index = LibraryTopicIndex()
    with Session.open() as session:
        first = index.build(session)
        session.library.save_document(report_copy("new", "NEW/2021/1", "2021-11-30"), "imported")
        read: list[str | None] = []
        original = session.document

        def counting_document(reference: str | None, revision: int | None = None) -> Document:
            read.append(reference)
            return original(reference, revision)

        session.document = counting_document  # type: ignore[method-assign]
        second = index.build(session)
        assert read == ["new"]
        assert index.build(session) == second and read == ["new"]
    # The copy has no curated themes: the lexicon's suggestions, one more theme among them.
    assert {(t.kind, t.id) for t in first} < {(t.kind, t.id) for t in second}
    palestine = next(t for t in second if (t.kind, t.id) == ("place", "palestine"))
    assert [d.symbol for d in palestine.documents] == ["NEW/2021/1", REPORT_SYMBOL]


def test_a_cancelled_build_stops_and_gives_nothing() -> None:
    with Session.open() as session:
        assert LibraryTopicIndex().build(session, cancelled=lambda: True) == []
        assert library_topics(session)  # the same library, not cancelled


def test_gathering_merges_one_topic_found_in_several_documents() -> None:
    yemen_new = Topic.create("yemen", "place", {"en": "Yemen", "ar": "اليمن"}, [5, 2])
    yemen_old = Topic.create("yemen", "place", {"en": "Yemen (old label)"}, [7])
    theme = Topic.create("yemen", "theme", {"en": "Yemen's crisis"}, [1])
    merged = gather_library_topics(
        [("new", "NEW/1", "2020-01-01", [yemen_new, theme]), ("old", "OLD/1", "", [yemen_old])]
    )
    assert [(t.kind, t.id) for t in merged] == [("theme", "yemen"), ("place", "yemen")]
    place: LibraryTopic = merged[1]
    assert place.label("en") == "Yemen" and place.label("ar") == "اليمن"
    assert [(d.symbol, d.paragraphs) for d in place.documents] == [
        ("NEW/1", (2, 5)),
        ("OLD/1", (7,)),
    ]
    assert place.in_document("old") == Topic.create("yemen", "place", place.labels, [7])
    assert place.in_document("elsewhere") is None

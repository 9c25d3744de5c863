"""W3C Web Annotation exchange: exact round trips, spec-valid output, whole-file refusal."""

from __future__ import annotations

import copy
import datetime
import json
import os
import uuid
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from oicreader.annotations import w3c, w3c_files
from oicreader.annotations.w3c import (
    AnnotationFileError,
    export_collection,
    import_collection,
    read_annotation_file,
    source_iri,
    write_annotation_file,
)
from oicreader.importing.bundle import load_document_folder
from oicreader.model.annotation import (
    PALETTE,
    Annotation,
    TextAnchor,
    new_annotation_id,
    normalize_tags,
    parse_timestamp,
)
from oicreader.model.document import Document
from tests.conftest import BUNDLED_FOLDER

SCHEMA_PATH = Path(__file__).with_name("w3c-annotation.schema.json")
KEY = "oic-acm-2017-chair-rep"


@cache
def bundled() -> Document:
    """The bundled report, read once for the whole module."""
    return load_document_folder(BUNDLED_FOLDER)


@cache
def schema_validator() -> Draft202012Validator:
    """A validator for the schema written from the W3C model's MUST rules."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def highlight(language: str, number: int, words: str, note: str = "", **fields: Any) -> Annotation:
    """A highlight of `words` where they occur in a paragraph of the bundled report."""
    text = bundled().paragraph(number).text(language)
    assert text is not None
    start = text.index(words)
    return Annotation(
        id=new_annotation_id(),
        document=KEY,
        revision=1,
        paragraph_number=number,
        language=language,
        anchor=TextAnchor.in_text(text, start, start + len(words)),
        color=fields.pop("color", PALETTE["yellow"]),
        note=note,
        **fields,
    )


def paragraph_note(language: str, number: int, note: str, **fields: Any) -> Annotation:
    """A note on a whole paragraph of the bundled report."""
    return Annotation(
        id=new_annotation_id(),
        document=KEY,
        revision=fields.pop("revision", 1),
        paragraph_number=number,
        language=language,
        note=note,
        **fields,
    )


def varied_annotations() -> list[Annotation]:
    """Every kind of note a diplomat keeps, with text that breaks careless code."""
    ar_words = bundled().paragraph(2).text("ar")
    assert ar_words is not None
    return [
        highlight("ar", 2, ar_words[5:25], note="ملاحظة: يجب مراجعة هذه الفقرة مع الوفد"),
        highlight("en", 3, "Palestinian cause", note="Check the wording of the 2016 report."),
        highlight("fr", 1, "réunion", tags=("procédure",), color=PALETTE["green"]),
        highlight("en", 1, "New York", color="#123abc"),  # a colour outside the palette
        highlight("en", 4, "the", tags=("budget", "follow-up", "ميزانية")),
        paragraph_note("fr", 5, "La délégation souhaite une réunion de suivi."),
        paragraph_note("en", 6, "", tags=("tag only",)),
        paragraph_note("ar", 7, "𝔸 outside the BMP, emoji 🇸🇦👍🏽, ZWJ 👩‍💻"),
        paragraph_note("en", 8, "<script>alert('x')</script> <b>bold</b> &amp; **stars**"),
        paragraph_note("en", 9, "bidi override \u202eevil\u202c and RLM \u200f and NUL \x00 end"),
        paragraph_note("en", 10, 'line one\r\nline two\n\n\ttabbed \\ backslash "quotes"'),
        paragraph_note("en", 11, "A long note. " * 80_000),  # about 1 MB
        paragraph_note(
            "en",
            12,
            "timestamps kept as written",
            created="2017-09-22T10:00:00+03:00",
            modified="2017-09-23T08:15:30.123456-04:00",
        ),
        paragraph_note("en", 13, "no fraction, no zone", created="2020-01-01T00:00:00"),
        paragraph_note("en", 14, "later revision", revision=7, created="2024-02-29T23:59:59Z"),
        Annotation(
            id=new_annotation_id(),
            document="Odd key: with/slash é %41 & spaces",  # percent-encoded in the IRI
            revision=0,
            paragraph_number=0,
            language="pt-BR",
            note="a document key that needs escaping",
        ),
    ]


def exported(annotations: list[Annotation]) -> dict[str, Any]:
    """The export as another program would see it: through JSON text and back."""
    document: dict[str, Any] = json.loads(
        json.dumps(export_collection(annotations), ensure_ascii=False)
    )
    return document


# ---------------------------------------------------------------------------------------
# Round trips


def test_export_then_import_gives_identical_annotations() -> None:
    annotations = varied_annotations()
    assert import_collection(exported(annotations), "notes.json") == annotations


def test_round_trip_survives_ascii_only_json_too() -> None:
    annotations = varied_annotations()
    text = json.dumps(export_collection(annotations))  # \uXXXX escapes, surrogate pairs
    assert import_collection(json.loads(text), "notes.json") == annotations


def test_file_round_trip_is_exact(tmp_path: Path) -> None:
    annotations = varied_annotations()
    path = tmp_path / "notes.jsonld"
    write_annotation_file(annotations, path)
    assert read_annotation_file(path) == annotations
    raw = path.read_bytes()
    assert "ملاحظة".encode() in raw, "UTF-8 with ensure_ascii=False: Arabic stays readable"
    assert raw.startswith(b'{\n  "@context"'), "indented for people who open the file"


# Every character UTF-8 can encode: all of Unicode except lone surrogates.
_TEXT = st.text(st.characters(codec="utf-8"), max_size=30)
_NAME = st.text(st.characters(codec="utf-8"), min_size=1, max_size=15)


@st.composite
def timestamps(draw: st.DrawFn) -> str:
    """Timestamps in every form the importer accepts."""
    moment = draw(st.datetimes(min_value=datetime.datetime(1000, 1, 1)))
    fraction = draw(st.sampled_from(["", f".{moment.microsecond:06d}", ".123"]))
    zone = draw(st.sampled_from(["", "Z", "+00:00", "+05:30", "-11:00"]))
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + fraction + zone


@st.composite
def any_annotation(draw: st.DrawFn) -> Annotation:
    """Any annotation the model can hold and the format must carry."""
    anchor = None
    if draw(st.booleans()):
        start = draw(st.integers(0, 10**6))
        anchor = TextAnchor(
            start=start,
            end=start + draw(st.integers(1, 10**6)),
            quote=draw(_NAME),
            prefix=draw(_TEXT),
            suffix=draw(_TEXT),
        )
    color_digits = st.text("0123456789abcdef", min_size=6, max_size=6)
    return Annotation(
        id=str(draw(st.uuids())),
        document=draw(_NAME),
        revision=draw(st.integers(0, 10**12 - 1)),
        paragraph_number=draw(st.integers(0, 10**12 - 1)),
        language=draw(_NAME),
        anchor=anchor,
        color=draw(st.none() | color_digits.map(lambda digits: "#" + digits)),
        note=draw(_TEXT),
        tags=normalize_tags(draw(st.lists(_TEXT, max_size=4))),
        created=draw(timestamps()),
        modified=draw(st.just("") | timestamps()),
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(any_annotation(), max_size=5, unique_by=lambda annotation: annotation.id))
def test_any_annotations_round_trip(generated: list[Annotation]) -> None:
    assert import_collection(exported(generated), "notes.json") == generated


def test_imported_timestamps_are_ones_the_merge_can_compare() -> None:
    for annotation in import_collection(exported(varied_annotations()), "notes.json"):
        parse_timestamp(annotation.created)
        parse_timestamp(annotation.modified)


# ---------------------------------------------------------------------------------------
# What the export looks like


def test_export_is_an_annotation_collection_with_one_embedded_page() -> None:
    annotations = varied_annotations()
    data = export_collection(annotations, label="Delegation notes")
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    assert data["id"].startswith("urn:uuid:")
    assert data["label"] == "Delegation notes"
    assert data["total"] == len(annotations)
    page = data["first"]
    assert page["type"] == "AnnotationPage"
    assert page["id"].startswith("urn:uuid:")
    assert [item["id"] for item in page["items"]] == [f"urn:uuid:{a.id}" for a in annotations]


def test_deleted_annotations_are_not_exported() -> None:
    live = paragraph_note("en", 1, "kept")
    gone = paragraph_note("en", 2, "deleted", deleted="2024-05-01T10:00:00.000Z")
    data = export_collection([live, gone])
    assert data["total"] == 1
    assert [item["id"] for item in data["first"]["items"]] == [f"urn:uuid:{live.id}"]


def test_highlight_target_has_both_selectors_and_its_colour() -> None:
    annotation = highlight("en", 3, "Palestinian cause", color="#fff176")
    [item] = export_collection([annotation])["first"]["items"]
    anchor = annotation.anchor
    assert anchor is not None
    assert item["motivation"] == "highlighting"
    assert "body" not in item, "a bare highlight has no body"
    assert item["target"] == {
        "type": "SpecificResource",
        "source": f"urn:x-oicreader:{KEY}:rev:1:en:p3",
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": "Palestinian cause",
                "prefix": anchor.prefix,
                "suffix": anchor.suffix,
            },
            {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
        ],
        "styleClass": "oicr-fff176",
    }
    assert item["stylesheet"] == {
        "type": "CssStylesheet",
        "value": ".oicr-fff176 { background-color: #fff176; }",
    }


def test_paragraph_note_target_names_only_the_paragraph() -> None:
    [item] = export_collection([paragraph_note("fr", 5, "Note")])["first"]["items"]
    assert item["target"] == {
        "type": "SpecificResource",
        "source": f"urn:x-oicreader:{KEY}:rev:1:fr:p5",
    }
    assert "stylesheet" not in item


def test_note_and_tags_are_bodies_with_purposes_and_the_note_language() -> None:
    notes = [
        paragraph_note("en", 1, "تحفظ الوفد على هذه الفقرة", tags=("ميزانية", "urgent")),
        paragraph_note("en", 1, "La délégation de la France et le Maroc"),
        paragraph_note("fr", 1, "The delegation of the United States"),
    ]
    items = export_collection(notes)["first"]["items"]
    assert items[0]["motivation"] == "commenting"
    assert items[0]["body"] == [
        {
            "type": "TextualBody",
            "value": "تحفظ الوفد على هذه الفقرة",
            "format": "text/plain",
            "language": "ar",
            "purpose": "commenting",
        },
        {"type": "TextualBody", "value": "ميزانية", "purpose": "tagging"},
        {"type": "TextualBody", "value": "urgent", "purpose": "tagging"},
    ]
    # The body's language is the note's own, not the paragraph's.
    assert items[1]["body"][0]["language"] == "fr"
    assert items[2]["body"][0]["language"] == "en"


def test_motivation_is_chosen_by_what_the_annotation_holds() -> None:
    cases = {
        "commenting": highlight("en", 1, "New York", note="why here?", tags=("venue",)),
        "highlighting": highlight("en", 1, "New York", tags=("venue",)),
        "tagging": paragraph_note("en", 1, "", tags=("venue",)),
    }
    for motivation, annotation in cases.items():
        [item] = export_collection([annotation])["first"]["items"]
        assert item["motivation"] == motivation


def test_source_iri_percent_encodes_so_it_splits_unambiguously() -> None:
    iri = source_iri("a:b/c d", 2, "en", 9)
    assert iri == "urn:x-oicreader:a%3Ab%2Fc%20d:rev:2:en:p9"
    [annotation] = import_collection(
        exported([paragraph_note("en", 9, "x", revision=2).edited(document="a:b/c d")]), "f"
    )
    assert annotation.document == "a:b/c d"


def test_export_refuses_what_would_not_come_back_identical() -> None:
    bad = [
        paragraph_note("en", 1, "x").edited(id="not-a-uuid"),
        paragraph_note("en", 1, "x").edited(color="yellow"),
        paragraph_note("en", 1, "x", created="yesterday"),
        paragraph_note("en", 1, "lone \udc80 surrogate"),
    ]
    for annotation in bad:
        with pytest.raises(ValueError, match="cannot export"):
            export_collection([annotation])
    twice = paragraph_note("en", 1, "x")
    with pytest.raises(ValueError, match="given twice"):
        export_collection([twice, twice])


# ---------------------------------------------------------------------------------------
# The W3C model's MUST rules, as a JSON Schema


def test_export_is_valid_against_the_w3c_schema() -> None:
    errors = list(schema_validator().iter_errors(exported(varied_annotations())))
    assert errors == []


@settings(max_examples=50, deadline=None)
@given(st.lists(any_annotation(), max_size=3, unique_by=lambda annotation: annotation.id))
def test_any_export_is_valid_against_the_w3c_schema(generated: list[Annotation]) -> None:
    assert schema_validator().is_valid(exported(generated))


def _valid_document() -> dict[str, Any]:
    return exported([highlight("en", 3, "Palestinian cause", note="n", tags=("t",))])


def _item(document: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = document["first"]["items"][0]
    return item


BROKEN_FOR_SCHEMA: dict[str, Callable[[dict[str, Any]], None]] = {
    "no @context": lambda d: d.pop("@context"),
    "other @context": lambda d: d.update({"@context": "http://schema.org/"}),
    "@context array of one": lambda d: d.update({"@context": [w3c.ANNOTATION_CONTEXT]}),
    "collection without id": lambda d: d.pop("id"),
    "collection wrong type": lambda d: d.update({"type": "Collection"}),
    "page without items": lambda d: d["first"].pop("items"),
    "page without id": lambda d: d["first"].pop("id"),
    "annotation without id": lambda d: _item(d).pop("id"),
    "annotation id not an IRI": lambda d: _item(d).update({"id": "1234"}),
    "annotation without type": lambda d: _item(d).pop("type"),
    "annotation without target": lambda d: _item(d).pop("target"),
    "empty target list": lambda d: _item(d).update({"target": []}),
    "target object without source or id": lambda d: _item(d)["target"].pop("source"),
    "textual body without value": lambda d: _item(d)["body"][0].pop("value"),
    "body value not a string": lambda d: _item(d)["body"][0].update({"value": 3}),
    "quote selector without exact": lambda d: _item(d)["target"]["selector"][0].pop("exact"),
    "negative start": lambda d: _item(d)["target"]["selector"][1].update({"start": -1}),
    "fractional end": lambda d: _item(d)["target"]["selector"][1].update({"end": 2.5}),
    "position selector without end": lambda d: _item(d)["target"]["selector"][1].pop("end"),
    "selector without type": lambda d: _item(d)["target"]["selector"][0].pop("type"),
    "unknown motivation word": lambda d: _item(d).update({"motivation": "liking"}),
    "created not xsd:dateTime": lambda d: _item(d).update({"created": "22/09/2017"}),
    "body and bodyValue": lambda d: _item(d).update({"bodyValue": "x"}),
    "negative total": lambda d: d.update({"total": -1}),
}


@pytest.mark.parametrize("breakage", BROKEN_FOR_SCHEMA, ids=list(BROKEN_FOR_SCHEMA))
def test_schema_rejects_documents_that_break_a_must_rule(breakage: str) -> None:
    document = _valid_document()
    assert schema_validator().is_valid(document)
    BROKEN_FOR_SCHEMA[breakage](document)
    assert not schema_validator().is_valid(document)


def test_schema_accepts_other_spec_shapes() -> None:
    """Targets as plain IRIs and single objects are the model's too, not only our form."""
    annotation = {
        "@context": w3c.ANNOTATION_CONTEXT,
        "id": "http://example.org/anno1",
        "type": "Annotation",
        "body": "http://example.org/post1",
        "target": "http://example.com/page1",
    }
    assert schema_validator().is_valid(annotation)


# ---------------------------------------------------------------------------------------
# Every kind of bad file is refused whole


def _selector(document: dict[str, Any], index: int) -> dict[str, Any]:
    selector: dict[str, Any] = _item(document)["target"]["selector"][index]
    return selector


def _append_copy_of_first(document: dict[str, Any]) -> None:
    document["first"]["items"].append(copy.deepcopy(_item(document)))
    document["total"] = len(document["first"]["items"])


INVALID: dict[str, tuple[Callable[[dict[str, Any]], None], str, str]] = {
    # name: (how to break a valid export, the JSON location named, words of the message)
    "note value not text": (
        lambda d: _item(d)["body"][0].update({"value": 42}),
        "first.items[0].body[0].value",
        "expected text",
    ),
    "tag value not text": (
        lambda d: _item(d)["body"][1].update({"value": ["a"]}),
        "first.items[0].body[1].value",
        "expected text",
    ),
    "start not a number": (
        lambda d: _selector(d, 1).update({"start": "3"}),
        "first.items[0].target.selector[1].start",
        "whole number ≥ 0",
    ),
    "negative start": (
        lambda d: _selector(d, 1).update({"start": -4}),
        "first.items[0].target.selector[1].start",
        "whole number ≥ 0",
    ),
    "start after end": (
        lambda d: _selector(d, 1).update({"start": 50, "end": 10}),
        "first.items[0].target.selector[1].start",
        "not before end",
    ),
    "empty range": (
        lambda d: _selector(d, 1).update({"start": 10, "end": 10}),
        "first.items[0].target.selector[1].start",
        "not before end",
    ),
    "unknown selector type": (
        lambda d: _selector(d, 1).update({"type": "XPathSelector"}),
        "first.items[0].target.selector[1].type",
        "unknown selector type 'XPathSelector'",
    ),
    "quote without position": (
        lambda d: _item(d)["target"]["selector"].pop(1),
        "first.items[0].target.selector",
        "TextQuoteSelector needs a TextPositionSelector",
    ),
    "position without quote": (
        lambda d: _item(d)["target"]["selector"].pop(0),
        "first.items[0].target.selector",
        "TextPositionSelector needs a TextQuoteSelector",
    ),
    "empty quote": (
        lambda d: _selector(d, 0).update({"exact": ""}),
        "first.items[0].target.selector[0].exact",
        "empty",
    ),
    "id not a UUID": (
        lambda d: _item(d).update({"id": "urn:uuid:1234"}),
        "first.items[0].id",
        "expected urn:uuid: and a UUID",
    ),
    "id without urn:uuid:": (
        lambda d: _item(d).update({"id": str(uuid.uuid4())}),
        "first.items[0].id",
        "expected urn:uuid: and a UUID",
    ),
    "missing id": (lambda d: _item(d).pop("id"), "first.items[0].id", "missing"),
    "duplicate id": (
        lambda d: _append_copy_of_first(d),
        "first.items[2].id",
        "the same id as first.items[0].id",
    ),
    "missing source": (
        lambda d: _item(d)["target"].pop("source"),
        "first.items[0].target.source",
        "missing",
    ),
    "missing target": (lambda d: _item(d).pop("target"), "first.items[0].target", "missing"),
    "unknown source scheme": (
        lambda d: _item(d)["target"].update({"source": "https://example.org/report.html"}),
        "first.items[0].target.source",
        "unknown kind of source 'https:'",
    ),
    "malformed source": (
        lambda d: _item(d)["target"].update({"source": "urn:x-oicreader:doc:p3"}),
        "first.items[0].target.source",
        "expected urn:x-oicreader:<document>:rev:",
    ),
    "bad colour": (
        lambda d: _item(d)["target"].update({"styleClass": "oicr-yellow"}),
        "first.items[0].target.styleClass",
        "#rrggbb",
    ),
    "bad timestamp": (
        lambda d: _item(d).update({"modified": "2024-13-01T00:00:00Z"}),
        "first.items[0].modified",
        "ISO 8601",
    ),
    "missing created": (lambda d: _item(d).pop("created"), "first.items[0].created", "missing"),
    "annotation not an object": (
        lambda d: d["first"]["items"].__setitem__(0, "urn:uuid:x"),
        "first.items[0]",
        "expected an annotation",
    ),
    "wrong annotation type": (
        lambda d: _item(d).update({"type": "Note"}),
        "first.items[0].type",
        '"Annotation"',
    ),
    "items not a list": (
        lambda d: d["first"].update({"items": {}}),
        "first.items",
        "expected a list",
    ),
    "pages elsewhere": (
        lambda d: d.update({"first": "https://example.org/page1"}),
        "first",
        "on a page elsewhere",
    ),
    "another page follows": (
        lambda d: d["first"].update({"next": "https://example.org/page2"}),
        "first.next",
        "another page",
    ),
    "total does not match": (lambda d: d.update({"total": 5}), "total", "holds 5 notes"),
    "unknown body purpose": (
        lambda d: _item(d)["body"][0].update({"purpose": "replying"}),
        "first.items[0].body[0].purpose",
        "'replying' is not kept",
    ),
    "two notes": (
        lambda d: _item(d)["body"][1].update({"purpose": "commenting"}),
        "first.items[0].body[1]",
        "a second note",
    ),
    "body given as a link": (
        lambda d: _item(d).update({"body": "https://example.org/note"}),
        "first.items[0].body",
        "cannot be imported",
    ),
    "lone surrogate in a note": (
        lambda d: _item(d)["body"][0].update({"value": "bad \udc80"}),
        "first.items[0].body[0].value",
        "lone surrogate",
    ),
    "other @context": (
        lambda d: d.update({"@context": "http://schema.org/"}),
        "@context",
        "expected the W3C annotation context",
    ),
}


@pytest.mark.parametrize("case", INVALID, ids=list(INVALID))
def test_invalid_file_is_refused_whole_naming_file_and_place(case: str, tmp_path: Path) -> None:
    breakage, location, words = INVALID[case]
    document = _valid_document()
    # A second, valid note: nothing at all may be imported when any note is bad.
    document["first"]["items"].append(
        exported([paragraph_note("en", 5, "a good note")])["first"]["items"][0]
    )
    document["total"] = 2
    breakage(document)
    path = tmp_path / "from-a-colleague.jsonld"
    # ASCII escapes, as other programs write them; a lone surrogate has no UTF-8 form.
    path.write_text(json.dumps(document), encoding="utf-8")
    imported: list[Annotation] | None = None
    with pytest.raises(AnnotationFileError) as caught:
        imported = read_annotation_file(path)
    assert imported is None
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert f"{location}: " in message
    assert words in message
    assert "Nothing was imported." in message
    assert caught.value.path == path
    assert any(problem.location == location for problem in caught.value.problems)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["type", "value", "id", "start", "exact"]), children)
    ),
    max_leaves=6,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a JSON value where another value could be put."""
    children: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        children = list(value.items())
    elif isinstance(value, list):
        children = list(enumerate(value))
    found = [path] if path else []
    for key, child in children:
        found += _paths(child, (*path, key))
    return found


@settings(max_examples=300, deadline=None)
@given(st.data(), _JSON)
def test_any_value_anywhere_is_imported_or_refused_never_a_crash(
    data: st.DataObject, replacement: Any
) -> None:
    document = _valid_document()
    path = data.draw(st.sampled_from(_paths(document)))
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = replacement
    try:
        import_collection(document, "f")
    except AnnotationFileError as error:
        assert error.problems
        assert str(error).startswith("f: ")


def test_message_counts_problems_and_lists_only_the_first_ten() -> None:
    document = exported([paragraph_note("en", n, "x") for n in range(1, 16)])
    for item in document["first"]["items"]:
        item["id"] = "note"
    with pytest.raises(AnnotationFileError) as caught:
        import_collection(document, "notes.json")
    message = str(caught.value)
    assert message.startswith("notes.json: 15 problems — first.items[0].id: expected urn:uuid:")
    assert "first.items[9].id" in message
    assert "first.items[10].id" not in message
    assert "; and 5 more. Nothing was imported. " in message
    assert len(caught.value.problems) == 15


def test_one_problem_is_counted_in_the_singular() -> None:
    item = _one_annotation()
    item["id"] = "note-1"
    with pytest.raises(AnnotationFileError, match=r"^f\.json: 1 problem — \[0\]\.id: "):
        import_collection([item], "f.json")


def test_not_json_is_refused_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonld"
    path.write_text('{\n  "type": "AnnotationCollection",\n  "total": 1,,\n}', encoding="utf-8")
    with pytest.raises(AnnotationFileError) as caught:
        read_annotation_file(path)
    assert str(caught.value).startswith(f"{path}: 1 problem — line 3, column 14: not JSON: ")
    assert "Nothing was imported." in str(caught.value)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "line 1, column 1: not JSON"),
        (b'{"items": [\xff]}', "line 1, byte 12: not UTF-8 text (byte 0xff)"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"total": 1' + b"0" * 5000 + b"}", "not usable JSON"),
        (b"42", "expected an annotation collection, page, annotation or list"),
    ],
    ids=["empty", "not UTF-8", "deeply nested", "huge number", "a number"],
)
def test_unreadable_files_are_refused(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "notes.jsonld"
    path.write_bytes(content)
    with pytest.raises(AnnotationFileError, match="Nothing was imported") as caught:
        read_annotation_file(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert words in str(caught.value)


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    annotations = [paragraph_note("ar", 1, "ملاحظة")]
    path = tmp_path / "notes.jsonld"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(export_collection(annotations)).encode())
    assert read_annotation_file(path) == annotations


def test_missing_file_is_an_annotation_file_error(tmp_path: Path) -> None:
    with pytest.raises(AnnotationFileError, match="cannot be read"):
        read_annotation_file(tmp_path / "absent.jsonld")


def test_files_over_the_size_limit_are_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(w3c_files, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.jsonld"
    write_annotation_file([paragraph_note("en", 1, "x" * 2000)], path)
    with pytest.raises(AnnotationFileError, match="refused"):
        read_annotation_file(path)


# ---------------------------------------------------------------------------------------
# What the importer accepts besides its own export


def _one_annotation() -> dict[str, Any]:
    return _item(_valid_document())


def test_page_single_annotation_and_array_are_accepted() -> None:
    item = _one_annotation()
    expected = import_collection({"@context": w3c.ANNOTATION_CONTEXT, "items": [item]}, "f")
    page = {"type": "AnnotationPage", "id": "urn:uuid:" + str(uuid.uuid4()), "items": [item]}
    assert import_collection(page, "f") == expected
    assert import_collection({"@context": w3c.ANNOTATION_CONTEXT} | item, "f") == expected
    assert import_collection([item], "f") == expected
    assert import_collection({"type": "AnnotationCollection", "items": [item]}, "f") == expected


def test_errors_in_a_bare_array_or_single_annotation_name_the_place() -> None:
    item = _one_annotation()
    item["target"].pop("source")
    with pytest.raises(AnnotationFileError, match=r" — \[0\]\.target\.source: missing"):
        import_collection([item], "f")
    with pytest.raises(AnnotationFileError, match=r" — target\.source: missing"):
        import_collection(item, "f")


def test_modified_defaults_to_created() -> None:
    item = _one_annotation()
    item.pop("modified")
    [annotation] = import_collection([item], "f")
    assert annotation.modified == annotation.created == item["created"]


def test_created_is_required_so_no_date_is_invented() -> None:
    item = _one_annotation()
    item.pop("created")
    with pytest.raises(AnnotationFileError, match=r"\[0\]\.created: missing"):
        import_collection([item], "f")


def test_ids_are_compared_without_regard_to_case() -> None:
    first = _one_annotation()
    second = copy.deepcopy(first)
    second["id"] = second["id"].upper().replace("URN:UUID:", "urn:uuid:")
    [annotation] = import_collection([second], "f")
    assert annotation.id == first["id"].removeprefix("urn:uuid:")
    with pytest.raises(AnnotationFileError, match="the same id"):
        import_collection([first, second], "f")


def test_tags_are_normalized_on_import() -> None:
    item = _one_annotation()
    item["body"] = [
        {"type": "TextualBody", "value": "  human   rights ", "purpose": "tagging"},
        {"type": "TextualBody", "value": "human rights", "purpose": "tagging"},
        {"type": "TextualBody", "value": " ", "purpose": "tagging"},
    ]
    [annotation] = import_collection([item], "f")
    assert annotation.tags == ("human rights",)
    assert annotation.note == ""


def test_a_body_without_purpose_takes_the_motivation() -> None:
    item = _one_annotation()
    item["motivation"] = "tagging"
    item["body"] = {"type": "TextualBody", "value": "budget"}
    assert import_collection([item], "f")[0].tags == ("budget",)
    item["motivation"] = "commenting"
    assert import_collection([item], "f")[0].note == "budget"


def test_a_target_given_as_an_iri_is_a_paragraph_note() -> None:
    item = _one_annotation()
    item["target"] = f"urn:x-oicreader:{KEY}:rev:3:fr:p12"
    [annotation] = import_collection([item], "f")
    assert (annotation.document, annotation.revision, annotation.language) == (KEY, 3, "fr")
    assert annotation.paragraph_number == 12
    assert annotation.anchor is None
    assert annotation.color is None


# ---------------------------------------------------------------------------------------
# Scale: 100,000 notes


@cache
def many_annotations() -> list[Annotation]:
    """100,000 varied notes, built once."""
    result = []
    for index in range(100_000):
        anchor = (
            TextAnchor(index % 300, index % 300 + 7, "Members", "the ", " States")
            if index % 2
            else None
        )
        result.append(
            Annotation(
                id=str(uuid.UUID(int=index + 1, version=4)),
                document=KEY,
                revision=1 + index % 3,
                paragraph_number=1 + index % 16,
                language=("ar", "en", "fr")[index % 3],
                anchor=anchor,
                color="#fff176" if anchor else None,
                note=f"Note {index} on the meeting" if index % 3 else "",
                tags=("budget",) if index % 5 == 0 else (),
                created=f"2024-05-01T09:{index // 6000 % 60:02d}:{index // 100 % 60:02d}.000Z",
            )
        )
    return result


@cache
def many_exported() -> dict[str, Any]:
    """The export of the 100,000 notes, made once; tests that change it put it back."""
    return export_collection(many_annotations())


def test_a_file_of_100000_notes_imports_whole(tmp_path: Path) -> None:
    # How fast: tests/benchmarks/bench_guards.py (timing is never asserted in the suite).
    path = tmp_path / "many.jsonld"
    path.write_text(json.dumps(many_exported()), encoding="utf-8")
    assert read_annotation_file(path) == many_annotations()


def test_one_bad_note_after_100000_good_ones_refuses_the_file(tmp_path: Path) -> None:
    document = many_exported()
    items = document["first"]["items"]
    bad = copy.deepcopy(items[0])
    bad["id"] = f"urn:uuid:{uuid.uuid4()}"
    bad["target"]["source"] = f"urn:x-oicreader:{KEY}:rev:1:en:p-1"
    path = tmp_path / "many.jsonld"
    items.append(bad)
    try:
        document["total"] = len(items)
        path.write_text(json.dumps(document), encoding="utf-8")
    finally:
        items.pop()
        document["total"] = len(items)
    with pytest.raises(AnnotationFileError) as caught:
        read_annotation_file(path)
    assert [problem.location for problem in caught.value.problems] == [
        "first.items[100000].target.source"
    ]


# ---------------------------------------------------------------------------------------
# Writing never leaves half a file


def _writes_fail(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, name, fail)


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_write_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "notes.jsonld"
    old = [paragraph_note("en", 1, "the old notes")]
    write_annotation_file(old, path)
    before = path.read_bytes()
    with monkeypatch.context() as patch:
        _writes_fail(patch, failing)
        with pytest.raises(OSError, match="No space left"):
            write_annotation_file(varied_annotations(), path)
    assert path.read_bytes() == before
    assert read_annotation_file(path) == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.jsonld"], "no temporary left"


def test_a_failed_serialisation_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.jsonld"
    write_annotation_file([paragraph_note("en", 1, "the old notes")], path)
    before = path.read_bytes()

    def fail(*args: object, **kwargs: object) -> str:
        raise RuntimeError("the serialiser crashed")

    with monkeypatch.context() as crashing:  # (monkeypatch.undo() would undo OICREADER_HOME)
        crashing.setattr(json, "dumps", fail)
        with pytest.raises(RuntimeError, match="crashed"):
            write_annotation_file(varied_annotations(), path)
    assert path.read_bytes() == before
    with pytest.raises(ValueError, match="cannot export"):
        write_annotation_file([paragraph_note("en", 1, "x").edited(id="bad")], path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.jsonld"]

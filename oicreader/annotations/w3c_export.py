"""Annotations as a W3C AnnotationCollection, refusing any note that would not import back."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from oicreader.annotations.w3c_validation import (
    ANNOTATION_CONTEXT,
    CANONICAL_COLOR,
    CANONICAL_UUID,
    MAX_LISTED_PROBLEMS,
    SOURCE_PREFIX,
    STYLE_CLASS_PREFIX,
    TIMESTAMP_EXAMPLE,
    is_unicode,
    shown,
    timestamp_problem,
)
from oicreader.errors import explained
from oicreader.importing.language_detection import detect_language
from oicreader.model.annotation import Annotation, normalize_tags

__all__ = ["export_collection", "motivation_of", "source_iri"]


def source_iri(document: str, revision: int, language: str, paragraph_number: int) -> str:
    """The IRI of one paragraph of one language version of one revision of a document."""
    return (
        f"{SOURCE_PREFIX}{_segment(document)}:rev:{revision}:{_segment(language)}"
        f":p{paragraph_number}"
    )


def _segment(text: str) -> str:
    # safe="" so ":" and "/" are escaped too: the IRI splits on ":" unambiguously.
    return quote(text, safe="")


def export_collection(
    annotations: Iterable[Annotation], label: str = "OIC Reader notes"
) -> dict[str, Any]:
    """An AnnotationCollection of the annotations on one page; deleted ones are skipped."""
    # Raises ValueError, naming each note, if an annotation holds something the importer
    # would refuse or change: an exported file must always import back to equal annotations,
    # and finding out at export beats finding out when the backup is needed.
    items: list[dict[str, Any]] = []
    problems: list[str] = []
    sources: dict[tuple[str, int, str, int], str] = {}
    good_timestamps: set[str] = set()
    exported_ids: set[str] = set()
    for annotation in annotations:
        if annotation.deleted is not None:
            continue
        wrong = _export_problems(annotation, good_timestamps)
        if annotation.id in exported_ids:
            wrong.append(explained("it is given twice"))  # the importer would refuse the file
        exported_ids.add(annotation.id)
        if wrong:
            problems += [
                explained("note {id}: {problem}", id=repr(annotation.id), problem=message)
                for message in wrong
            ]
            continue
        items.append(_annotation_json(annotation, sources))
    if problems:
        shown = ""
        for problem in problems[:MAX_LISTED_PROBLEMS]:
            shown = (
                explained("{earlier}; {problem}", earlier=shown, problem=problem)
                if shown
                else problem
            )
        more = len(problems) - MAX_LISTED_PROBLEMS
        if more > 0:
            shown = explained("{listed}; and {more} more", listed=shown, more=more)
        raise ValueError(
            explained("cannot export the notes faithfully: {problems}", problems=shown)
        )
    collection_id = f"urn:uuid:{uuid.uuid4()}"
    return {
        "@context": ANNOTATION_CONTEXT,
        # The model requires an IRI for a collection and for a page; a fresh one per export.
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {
            "id": f"urn:uuid:{uuid.uuid4()}",
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        },
    }


def motivation_of(annotation: Annotation) -> str:
    """The primary motivation: a note comments, a bare highlight highlights, bare tags tag."""
    if annotation.note:
        return "commenting"
    if annotation.anchor is None and annotation.tags:
        return "tagging"
    # A highlight with tags is still mainly a highlight; its tags carry purpose "tagging".
    return "highlighting"


def _annotation_json(
    annotation: Annotation, sources: dict[tuple[str, int, str, int], str]
) -> dict[str, Any]:
    key = (
        annotation.document,
        annotation.revision,
        annotation.language,
        annotation.paragraph_number,
    )
    source = sources.get(key)
    if source is None:
        source = sources[key] = source_iri(*key)
    target: dict[str, Any] = {"type": "SpecificResource", "source": source}
    anchor = annotation.anchor
    if anchor is not None:
        target["selector"] = [
            {
                "type": "TextQuoteSelector",
                "exact": anchor.quote,
                "prefix": anchor.prefix,
                "suffix": anchor.suffix,
            },
            {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
        ]
    bodies: list[dict[str, Any]] = []
    if annotation.note:
        bodies.append(
            {
                "type": "TextualBody",
                "value": annotation.note,
                "format": "text/plain",
                "language": detect_language(annotation.note),
                "purpose": "commenting",
            }
        )
    bodies += [
        {"type": "TextualBody", "value": tag, "purpose": "tagging"}
        for tag in normalize_tags(annotation.tags)
    ]
    result: dict[str, Any] = {
        "id": f"urn:uuid:{annotation.id}",
        "type": "Annotation",
        "motivation": motivation_of(annotation),
        "created": annotation.created,
        "modified": annotation.modified,
    }
    if bodies:
        result["body"] = bodies
    result["target"] = target
    if annotation.color is not None:
        hex_digits = annotation.color[1:]
        style_class = STYLE_CLASS_PREFIX + hex_digits
        target["styleClass"] = style_class
        result["stylesheet"] = {
            "type": "CssStylesheet",
            "value": f".{style_class} {{ background-color: #{hex_digits}; }}",
        }
    return result


def _export_problems(annotation: Annotation, good_timestamps: set[str]) -> list[str]:
    problems: list[str] = []
    if not CANONICAL_UUID.match(annotation.id):
        problems.append(explained("its id is not a lower-case UUID"))
    for name, number in (
        (explained("revision"), annotation.revision),
        (explained("paragraph"), annotation.paragraph_number),
    ):
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number < 10**12:
            # Twelve digits at most, as the importer reads them.
            problems.append(
                explained("its {name} is not a whole number from 0 to 999999999999", name=name)
            )
    for name, text in (
        (explained("document key"), annotation.document),
        (explained("language"), annotation.language),
    ):
        if not text or not is_unicode(text):
            problems.append(explained("its {name} is empty or not valid Unicode", name=name))
    if annotation.color is not None and not CANONICAL_COLOR.match(annotation.color):
        problems.append(
            explained(
                "its colour {colour} is not lower-case #rrggbb", colour=shown(annotation.color)
            )
        )
    for name, stamp in (
        (explained("created"), annotation.created),
        (explained("modified"), annotation.modified),
    ):
        if stamp in good_timestamps:
            continue
        if timestamp_problem(stamp) is None:
            good_timestamps.add(stamp)
        else:
            problems.append(
                explained(
                    "its {name} time {time} is not like {example}",
                    name=name,
                    time=shown(stamp),
                    example=TIMESTAMP_EXAMPLE,
                )
            )
    anchor = annotation.anchor
    if anchor is not None:
        if not 0 <= anchor.start < anchor.end:
            problems.append(
                explained(
                    "its highlight range {start}-{end} is empty or negative",
                    start=anchor.start,
                    end=anchor.end,
                )
            )
        if not anchor.quote:
            problems.append(explained("its highlight has no quoted words"))
    texts = [annotation.note, *annotation.tags]
    if anchor is not None:
        texts += [anchor.quote, anchor.prefix, anchor.suffix]
    if not all(is_unicode(text) for text in texts):
        problems.append(explained("its text holds a lone surrogate, which is not a character"))
    return problems

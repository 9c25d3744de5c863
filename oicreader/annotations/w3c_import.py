"""Strict import of W3C annotation JSON: every annotation or none, each problem located."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from oicreader.annotations.w3c_validation import (
    ANNOTATION_CONTEXT,
    SOURCE_PREFIX,
    AnnotationFileError,
    FileProblem,
    is_unicode,
    shown,
    timestamp_problem,
)
from oicreader.errors import explained
from oicreader.model.annotation import Annotation, TextAnchor, normalize_tags

__all__ = ["import_collection"]

# Compiled once: import runs these on every one of up to 100,000 annotations.
_UUID_IRI = re.compile(
    r"urn:uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\Z",
    re.IGNORECASE,
)
# One IRI segment: unreserved characters or %XX escapes, nothing that could hide a ":".
_SEGMENT = r"(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+"
_SOURCE = re.compile(
    rf"urn:x-oicreader:({_SEGMENT}):rev:([0-9]{{1,12}}):({_SEGMENT}):p([0-9]{{1,12}})\Z"
)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_STYLE_CLASS = re.compile(r"oicr-([0-9a-fA-F]{6})\Z")
_PURPOSES = ("commenting", "tagging")
_TEXT = explained("text")


def import_collection(data: Any, path: Path | str) -> list[Annotation]:
    """Annotations from parsed JSON (collection, page, annotation, list): all or an error."""
    # `created` is required: a note's date is part of the record, and inventing "now" would
    # let an old copy win a merge by date. `modified` defaults to `created`. Timestamps are
    # kept exactly as written.
    problems: list[FileProblem] = []
    located = _locate_items(data, problems)
    annotations: list[Annotation] = []
    if located is not None:
        items, base = located
        reader = _Reader(problems)
        for index, item in enumerate(items):
            where = "" if base is None else f"{base}[{index}]"
            annotation = reader.annotation(item, where)
            if annotation is not None:
                annotations.append(annotation)
    if problems:
        raise AnnotationFileError(path, problems)
    return annotations


def _locate_items(data: Any, problems: list[FileProblem]) -> tuple[list[Any], str | None] | None:
    """The list of annotation objects and the JSON location of that list (None: the root)."""
    if isinstance(data, list):
        return data, ""
    if not isinstance(data, dict):
        problems.append(
            FileProblem(
                "", explained("expected an annotation collection, page, annotation or list")
            )
        )
        return None
    kinds = _types(data.get("type"))
    if "AnnotationCollection" in kinds or ("Annotation" not in kinds and "first" in data):
        _check_context(data, "", problems)
        return _collection_items(data, problems)
    if "AnnotationPage" in kinds or ("Annotation" not in kinds and "items" in data):
        _check_context(data, "", problems)
        return _page_items(data, "", problems)
    return [data], None  # one annotation; the reader checks its @context


def _collection_items(
    data: dict[str, Any], problems: list[FileProblem]
) -> tuple[list[Any], str] | None:
    first = data.get("first")
    if first is None:
        if "items" in data:  # not the spec's paging, but unambiguous, so accepted
            located = _page_items(data, "", problems)
        else:
            problems.append(
                FileProblem("first", explained("missing: the collection holds no page of notes"))
            )
            return None
    elif isinstance(first, str):
        problems.append(
            FileProblem(
                "first",
                explained(
                    "the notes are on a page elsewhere (a link), not in this file; "
                    "only collections with their notes inside can be imported"
                ),
            )
        )
        return None
    elif isinstance(first, dict):
        located = _page_items(first, "first", problems)
    else:
        problems.append(
            FileProblem("first", explained("expected an AnnotationPage (a JSON object)"))
        )
        return None
    if located is None:
        return None
    total = data.get("total")
    if total is not None:
        if isinstance(total, bool) or not isinstance(total, int) or total < 0:
            problems.append(FileProblem("total", explained("expected a whole number ≥ 0")))
        elif total != len(located[0]):
            # A missing page would otherwise lose notes silently.
            problems.append(
                FileProblem(
                    "total",
                    explained(
                        "the collection says it holds {total} notes but the file has {count}",
                        total=total,
                        count=len(located[0]),
                    ),
                )
            )
    return located


def _page_items(
    page: dict[str, Any], where: str, problems: list[FileProblem]
) -> tuple[list[Any], str] | None:
    items_at = _at(where, "items")
    if page.get("next") is not None:
        problems.append(
            FileProblem(
                _at(where, "next"),
                explained("the notes continue on another page that is not in this file"),
            )
        )
    items = page.get("items")
    if items is None:
        problems.append(FileProblem(items_at, explained("missing: the page has no list of notes")))
        return None
    if not isinstance(items, list):
        problems.append(FileProblem(items_at, explained("expected a list of annotations")))
        return None
    return items, items_at


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _types(value: Any) -> tuple[Any, ...]:
    if isinstance(value, list):
        return tuple(value)
    return (value,)


def _check_context(data: dict[str, Any], where: str, problems: list[FileProblem]) -> None:
    # Absent is accepted (files cut out of a collection lack it); anything else must be ours.
    context = data.get("@context")
    if context is None:
        return
    if context == ANNOTATION_CONTEXT or (
        isinstance(context, list) and ANNOTATION_CONTEXT in context
    ):
        return
    # Another context could give these property names other meanings.
    problems.append(
        FileProblem(
            _at(where, "@context"),
            explained("expected the W3C annotation context {context}", context=ANNOTATION_CONTEXT),
        )
    )


_Place = tuple[str, int, str, int]


class _Reader:
    """Checks annotation objects one by one, collecting every problem and every id seen."""

    # Locations are passed as (parent location, key) and joined only when a problem is
    # recorded: a valid file of 100,000 notes then builds almost no location strings.

    def __init__(self, problems: list[FileProblem]) -> None:
        self.problems = problems
        self.first_seen: dict[str, str] = {}
        # Real files repeat a few hundred sources and timestamps many times; check each once.
        self.sources: dict[str, _Place | str] = {}
        self.good_timestamps: set[str] = set()

    def add(self, where: str, key: str, message: str) -> None:
        """Record a problem at the member `key` of the JSON location `where`."""
        self.problems.append(FileProblem(_at(where, key) if key else where, message))

    def annotation(self, item: Any, where: str) -> Annotation | None:
        """One Annotation, or None after recording why it cannot be one."""
        if not isinstance(item, dict):
            self.add(where, "", explained("expected an annotation (a JSON object)"))
            return None
        before = len(self.problems)
        if "@context" in item:
            _check_context(item, where, self.problems)
        kind = item.get("type")
        if kind != "Annotation" and not (isinstance(kind, list) and "Annotation" in kind):
            self.add(where, "type", explained('expected "Annotation"'))
        annotation_id = self.identifier(item.get("id"), where)
        created = item.get("created")
        if created is None:
            self.add(where, "created", explained("missing: every note needs its creation time"))
        else:
            self.timestamp(created, where, "created")
        modified = item.get("modified")
        if modified is not None:
            self.timestamp(modified, where, "modified")
        motivation = item.get("motivation")
        if not _is_motivation(motivation):
            refusal = explained("expected a motivation name such as commenting")
            self.add(where, "motivation", refusal)
        note, tags = self.bodies(item.get("body"), where, motivation)
        place, anchor, color = self.target(item.get("target"), where)
        if "stylesheet" in item:
            self.stylesheet(item["stylesheet"], _at(where, "stylesheet"))
        if (
            len(self.problems) != before
            or annotation_id is None
            or place is None
            or not isinstance(created, str)
        ):
            return None
        document, revision, language, paragraph_number = place
        return Annotation(
            id=annotation_id,
            document=document,
            revision=revision,
            paragraph_number=paragraph_number,
            language=language,
            anchor=anchor,
            color=color,
            note=note,
            tags=normalize_tags(tags),
            created=created,
            modified=modified or "",
        )

    def identifier(self, value: Any, where: str) -> str | None:
        """The bare UUID of an id `urn:uuid:…`, lower-cased; duplicates are recorded."""
        if value is None:
            refusal = explained("missing: every note needs an id (urn:uuid: and a UUID)")
            self.add(where, "id", refusal)
            return None
        if not isinstance(value, str):
            self.add(where, "id", explained("expected text: urn:uuid: and a UUID"))
            return None
        match = _UUID_IRI.match(value)
        if match is None:
            refusal = explained("expected urn:uuid: and a UUID, not {value}", value=shown(value))
            self.add(where, "id", refusal)
            return None
        # RFC 4122: UUIDs are compared without regard to case, and written in lower case.
        identifier = match.group(1).lower()
        # A dict makes the duplicate check one lookup per note, never a scan.
        first = self.first_seen.setdefault(identifier, where)
        if first != where:
            refusal = explained(
                "the same id as {first}: a note may appear only once", first=_at(first, "id")
            )
            self.add(where, "id", refusal)
            return None
        return identifier

    def timestamp(self, value: Any, where: str, key: str) -> None:
        """Record a problem unless `value` is an ISO 8601 date and time."""
        if isinstance(value, str) and value in self.good_timestamps:
            return
        problem = timestamp_problem(value)
        if problem is not None:
            self.add(where, key, problem)
        elif len(self.good_timestamps) < 1_000_000:
            self.good_timestamps.add(value)

    def text(self, value: Any, where: str, key: str, what: str = _TEXT) -> str | None:
        """A string that is valid Unicode, or None after recording a problem."""
        if not isinstance(value, str):
            refusal = explained("expected {what}, not {value}", what=what, value=shown(value))
            self.add(where, key, refusal)
            return None
        if not is_unicode(value):
            refusal = explained(
                "holds a lone surrogate (\\ud800-\\udfff), which is not a character"
            )
            self.add(where, key, refusal)
            return None
        return value

    def bodies(self, value: Any, where: str, motivation: Any) -> tuple[str, list[str]]:
        """The note text and the tags carried by the bodies."""
        if value is None:
            return "", []
        at = _at(where, "body")
        if isinstance(value, dict):
            entries = [(value, at)]
        elif isinstance(value, list):
            entries = [(body, f"{at}[{index}]") for index, body in enumerate(value)]
        else:
            refusal = explained(
                "expected a text body or a list of them; "
                "notes kept elsewhere (a link) cannot be imported"
            )
            self.add(at, "", refusal)
            return "", []
        # A body without purpose takes the annotation's motivation, as the model says.
        default_purpose = "tagging" if motivation in ("tagging", ["tagging"]) else "commenting"
        note: str | None = None
        tags: list[str] = []
        for body, body_at in entries:
            if not isinstance(body, dict):
                refusal = explained("expected a text body (a JSON object with a value)")
                self.add(body_at, "", refusal)
                continue
            kind = body.get("type")
            if kind is not None and kind != "TextualBody":
                refusal = explained(
                    "only TextualBody (note text or tag) can be imported, not {kind}",
                    kind=shown(kind),
                )
                self.add(body_at, "type", refusal)
                continue
            for name in ("language", "format"):
                if name in body and not isinstance(body[name], str):
                    self.add(body_at, name, explained("expected text"))
            purpose = body.get("purpose", default_purpose)
            if purpose not in _PURPOSES:
                refusal = explained(
                    "{purpose} is not kept by OIC Reader: it keeps notes (commenting) and "
                    "tags (tagging)",
                    purpose=shown(purpose),
                )
                self.add(body_at, "purpose", refusal)
                continue
            if "value" not in body:
                self.add(body_at, "value", explained("missing: a text body needs a value"))
                continue
            text = self.text(body["value"], body_at, "value")
            if text is None:
                continue
            if purpose == "tagging":
                tags.append(text)
            elif note is not None:
                refusal = explained("a second note: OIC Reader keeps one note per annotation")
                self.add(body_at, "", refusal)
            else:
                note = text
        return note or "", tags

    def target(self, value: Any, where: str) -> tuple[_Place | None, TextAnchor | None, str | None]:
        """Which paragraph, the highlighted range (if any) and the colour (if any)."""
        at = _at(where, "target")
        if value is None:
            refusal = explained("missing: every note needs a target (the paragraph it is on)")
            self.add(at, "", refusal)
            return None, None, None
        if isinstance(value, list):
            if len(value) != 1:
                refusal = explained("expected exactly one target, not {count}", count=len(value))
                self.add(at, "", refusal)
                return None, None, None
            value, at = value[0], f"{at}[0]"
        if isinstance(value, str):
            return self.source(value, at, ""), None, None
        if not isinstance(value, dict):
            self.add(at, "", explained("expected the paragraph's IRI or an object with a source"))
            return None, None, None
        source = value.get("source")
        place = None
        if source is None:
            self.add(at, "source", explained("missing: the target needs a source (the paragraph)"))
        else:
            place = self.source(source, at, "source")
        anchor = self.selectors(value["selector"], at) if "selector" in value else None
        color = self.style_class(value["styleClass"], at) if "styleClass" in value else None
        return place, anchor, color

    def source(self, value: Any, where: str, key: str) -> _Place | None:
        """Document key, revision, language and paragraph from a urn:x-oicreader: IRI."""
        if not isinstance(value, str):
            self.add(where, key, explained("expected the paragraph's IRI as text"))
            return None
        parsed = self.sources.get(value)
        if parsed is None:
            parsed = _parse_source(value)
            if len(self.sources) < 100_000:
                self.sources[value] = parsed
        if isinstance(parsed, str):
            self.add(where, key, parsed)
            return None
        return parsed

    def selectors(self, value: Any, where: str) -> TextAnchor | None:
        """The highlighted range from a TextQuoteSelector and a TextPositionSelector."""
        at = _at(where, "selector")
        if isinstance(value, dict):
            entries = [(value, at)]
        elif isinstance(value, list) and value:
            entries = [(selector, f"{at}[{index}]") for index, selector in enumerate(value)]
        else:
            self.add(at, "", explained("expected a TextQuoteSelector and a TextPositionSelector"))
            return None
        before = len(self.problems)
        quote_at = position_at = ""
        exact = prefix = suffix = ""
        start = end = -1
        for selector, selector_at in entries:
            if not isinstance(selector, dict):
                self.add(selector_at, "", explained("expected a selector (a JSON object)"))
                continue
            kind = selector.get("type")
            if "refinedBy" in selector:
                self.add(selector_at, "refinedBy", explained("refined selectors cannot be placed"))
            if kind == "TextQuoteSelector":
                if quote_at:
                    refusal = explained(
                        "a second TextQuoteSelector (the first is {first})", first=quote_at
                    )
                    self.add(selector_at, "", refusal)
                    continue
                quote_at = selector_at
                exact = self.quote(selector, selector_at)
                prefix = self.optional_text(selector, selector_at, "prefix")
                suffix = self.optional_text(selector, selector_at, "suffix")
            elif kind == "TextPositionSelector":
                if position_at:
                    refusal = explained(
                        "a second TextPositionSelector (the first is {first})",
                        first=position_at,
                    )
                    self.add(selector_at, "", refusal)
                    continue
                position_at = selector_at
                start = self.position(selector.get("start"), selector_at, "start")
                end = self.position(selector.get("end"), selector_at, "end")
                if 0 <= end <= start:
                    refusal = explained(
                        "start {start} is not before end {end}: a highlight covers at least "
                        "one character",
                        start=start,
                        end=end,
                    )
                    self.add(selector_at, "start", refusal)
            elif kind is None:
                self.add(selector_at, "type", explained("missing: which kind of selector this is"))
            else:
                refusal = explained(
                    "unknown selector type {kind}: OIC Reader can place a highlight only by "
                    "TextQuoteSelector and TextPositionSelector",
                    kind=shown(kind),
                )
                self.add(selector_at, "type", refusal)
        if quote_at and not position_at:
            refusal = explained(
                "a TextQuoteSelector needs a TextPositionSelector beside it (where the words are)"
            )
            self.add(at, "", refusal)
        elif position_at and not quote_at:
            refusal = explained(
                "a TextPositionSelector needs a TextQuoteSelector beside it (the words)"
            )
            self.add(at, "", refusal)
        if len(self.problems) != before or not (quote_at and position_at):
            return None
        return TextAnchor(start=start, end=end, quote=exact, prefix=prefix, suffix=suffix)

    def quote(self, selector: dict[str, Any], where: str) -> str:
        """The highlighted words of a TextQuoteSelector: required and never empty."""
        if "exact" not in selector:
            self.add(where, "exact", explained("missing: the highlighted words"))
            return ""
        exact = self.text(selector["exact"], where, "exact") or ""
        if selector["exact"] == "":
            self.add(where, "exact", explained("empty: a highlight quotes at least one character"))
        return exact

    def optional_text(self, selector: dict[str, Any], where: str, key: str) -> str:
        """A selector's prefix or suffix: text when present, "" when absent."""
        if key not in selector:
            return ""
        return self.text(selector[key], where, key) or ""

    def position(self, value: Any, where: str, key: str) -> int:
        """A character position, or -1 after recording a problem."""
        if value is None:
            self.add(where, key, explained("missing: expected a whole number ≥ 0"))
            return -1
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            refusal = explained("expected a whole number ≥ 0, not {value}", value=shown(value))
            self.add(where, key, refusal)
            return -1
        return value

    def style_class(self, value: Any, where: str) -> str | None:
        """The highlight colour as #rrggbb from a styleClass oicr-rrggbb."""
        match = _STYLE_CLASS.match(value) if isinstance(value, str) else None
        if match is None:
            refusal = explained(
                "expected a colour class oicr-rrggbb (#rrggbb, e.g. oicr-fff176), not {value}",
                value=shown(value),
            )
            self.add(where, "styleClass", refusal)
            return None
        return "#" + match.group(1).lower()

    def stylesheet(self, value: Any, at: str) -> None:
        """Check the stylesheet's shape; the colour itself is read from styleClass."""
        if isinstance(value, str):
            return  # a link to a stylesheet: allowed by the model, not needed here
        if not isinstance(value, dict):
            self.add(at, "", explained("expected a CssStylesheet (a JSON object) or its IRI"))
            return
        kind = value.get("type")
        if kind is not None and kind != "CssStylesheet":
            self.add(at, "type", explained('expected "CssStylesheet"'))
        if "value" in value and not isinstance(value["value"], str):
            self.add(at, "value", explained("expected CSS as text"))


def _is_motivation(value: Any) -> bool:
    if value is None or isinstance(value, str):
        return True
    return isinstance(value, list) and all(isinstance(entry, str) for entry in value)


def _parse_source(value: str) -> _Place | str:
    """The place a source IRI names, or the problem with it as a message."""
    match = _SOURCE.match(value)
    if match is None:
        if not value.startswith(SOURCE_PREFIX):
            scheme = _SCHEME.match(value)
            if scheme is None:
                return explained(
                    "expected an IRI such as {prefix}…, not {value}",
                    prefix=SOURCE_PREFIX,
                    value=shown(value),
                )
            return explained(
                "unknown kind of source {scheme}: OIC Reader places notes only on its own "
                "documents ({form})",
                scheme=shown(scheme.group(0)),
                form=f"{SOURCE_PREFIX}<document>:rev:<n>:<language>:p<n>",
            )
        return explained(
            "expected {form}, not {value}",
            form=f"{SOURCE_PREFIX}<document>:rev:<revision>:<language>:p<paragraph>",
            value=shown(value),
        )
    document_part, revision, language_part, paragraph = match.groups()
    try:
        document = unquote(document_part, errors="strict")
        language = unquote(language_part, errors="strict")
    except UnicodeDecodeError:
        return explained("the percent-escapes in {value} are not UTF-8", value=shown(value))
    return document, int(revision), language, int(paragraph)

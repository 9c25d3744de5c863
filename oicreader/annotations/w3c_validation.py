"""The W3C notes format's shared terms and checks, and the error that refuses a file whole."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oicreader.errors import UserFacingError, explained
from oicreader.model.annotation import parse_timestamp

__all__ = [
    "ANNOTATION_CONTEXT",
    "CANONICAL_COLOR",
    "CANONICAL_UUID",
    "DEFAULT_ADVICE",
    "MAX_LISTED_PROBLEMS",
    "SOURCE_PREFIX",
    "STYLE_CLASS_PREFIX",
    "TIMESTAMP_EXAMPLE",
    "AnnotationFileError",
    "FileProblem",
    "is_unicode",
    "shown",
    "timestamp_problem",
]

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SOURCE_PREFIX = "urn:x-oicreader:"
STYLE_CLASS_PREFIX = "oicr-"
# The message lists this many problems; the exception carries all of them.
MAX_LISTED_PROBLEMS = 10
# Quoted values in messages are cut, so a 1 MB note never ends up in an error dialog.
_SHOWN_CHARACTERS = 40

DEFAULT_ADVICE = explained(
    "Ask the sender to export the notes again from OIC Reader, or correct the file at the "
    "places listed and import it again."
)

CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
CANONICAL_COLOR = re.compile(r"#[0-9a-f]{6}\Z")
# xsd:dateTime as ISO 8601 extended format, restricted to what datetime.fromisoformat reads
# on every supported Python (3.10 takes only 3 or 6 fraction digits), so merging, which
# compares timestamps, can never fail on an imported one.
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.(?:[0-9]{6}|[0-9]{3}))?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})?\Z"
)
TIMESTAMP_EXAMPLE = "2024-05-01T09:30:00.000Z"


@dataclass(frozen=True)
class FileProblem:
    """One thing wrong in an annotations file: where (a JSON location) and what."""

    location: str  # e.g. first.items[3].target.selector[1].start; "" for the file as a whole
    message: str

    def __str__(self) -> str:
        return self.explained()

    def explained(self) -> str:
        """The problem as a message says it: its place first, when it has one."""
        if not self.location:
            return self.message
        return explained("{location}: {problem}", location=self.location, problem=self.message)


class AnnotationFileError(UserFacingError):
    """An annotations file that was refused whole; str() is the message for the user."""

    def __init__(
        self, path: Path | str, problems: Sequence[FileProblem], advice: str = DEFAULT_ADVICE
    ) -> None:
        self.path = Path(path)
        self.problems = list(problems)
        self.advice = advice
        super().__init__(self._message())

    def _message(self) -> str:
        count = len(self.problems)
        listed = ""
        for problem in self.problems[:MAX_LISTED_PROBLEMS]:
            described = problem.explained()
            listed = (
                explained("{earlier}; {problem}", earlier=listed, problem=described)
                if listed
                else described
            )
        if count > MAX_LISTED_PROBLEMS:
            listed = explained(
                "{listed}; and {more} more", listed=listed, more=count - MAX_LISTED_PROBLEMS
            )
        if count == 1:
            return explained(
                "{file}: 1 problem — {listed}. Nothing was imported. {advice}",
                file=self.path,
                listed=listed,
                advice=self.advice,
            )
        return explained(
            "{file}: {count} problems — {listed}. Nothing was imported. {advice}",
            file=self.path,
            count=count,
            listed=listed,
            advice=self.advice,
        )


def shown(value: Any) -> str:
    """A value as a message quotes it: its repr, cut to a few dozen characters."""
    # Cut before repr where possible: a bad value may be a 1 MB string.
    text = repr(value[: _SHOWN_CHARACTERS + 1] if isinstance(value, str) else value)
    if len(text) > _SHOWN_CHARACTERS:
        text = text[: _SHOWN_CHARACTERS - 1] + "…"
    return text


def is_unicode(text: str) -> bool:
    """Whether the text encodes as UTF-8 (holds no lone surrogate)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def timestamp_problem(value: Any) -> str | None:
    """What is wrong with a created or modified value as a message, or None if nothing is."""
    if not isinstance(value, str):
        return explained(
            "expected a date and time as text, like {example}", example=TIMESTAMP_EXAMPLE
        )
    if _TIMESTAMP.match(value):
        try:
            parse_timestamp(value)
        except ValueError:
            pass
        else:
            return None
    return explained(
        "expected an ISO 8601 date and time like {example}, not {value}",
        example=TIMESTAMP_EXAMPLE,
        value=shown(value),
    )

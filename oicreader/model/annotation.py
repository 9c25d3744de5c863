"""A reader's annotation: a note on a paragraph, or a highlight of words in one language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import NamedTuple

# The highlight palette: names a reader can type, stored as #rrggbb so exports stay portable.
PALETTE: dict[str, str] = {
    "yellow": "#fff176",
    "green": "#aed581",
    "blue": "#81d4fa",
    "pink": "#f48fb1",
    "orange": "#ffb74d",
    "purple": "#ce93d8",
}
DEFAULT_COLOR = PALETTE["yellow"]
# How much text around a quote is kept, so a later revision can find the quote again.
CONTEXT_CHARS = 32
_HEX_COLOR = re.compile(r"^#[0-9a-f]{6}$")


def now_timestamp() -> str:
    """The current UTC time as ISO 8601 with milliseconds, the form every timestamp takes."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_timestamp(value: str) -> datetime:
    """Read an ISO 8601 timestamp ("Z" or an offset; naive means UTC) for comparing."""
    parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def parse_color(value: str) -> str:
    """A palette name or #rrggbb, returned as lower-case #rrggbb."""
    lowered = value.strip().lower()
    if lowered in PALETTE:
        return PALETTE[lowered]
    if _HEX_COLOR.match(lowered):
        return lowered
    raise ValueError(
        f"unknown colour {value!r}: use {', '.join(PALETTE)} or #rrggbb (e.g. #ffcc00)"
    )


# A named tuple, not a frozen dataclass: made on the way to the first paint (README, Code map).
class TextAnchor(NamedTuple):
    """Where a highlight sits: code-point offsets plus the quote and its context."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str

    @classmethod
    def in_text(cls, text: str, start: int, end: int) -> TextAnchor:
        """Anchor the range [start, end) of a paragraph's text, keeping ~32 characters each side."""
        if not 0 <= start < end <= len(text):
            raise ValueError(f"range {start}-{end} is outside a text of {len(text)} characters")
        return cls(
            start=start,
            end=end,
            quote=text[start:end],
            prefix=text[max(0, start - CONTEXT_CHARS) : start],
            suffix=text[end : end + CONTEXT_CHARS],
        )


@dataclass(frozen=True)
class Annotation:
    """A note on a whole paragraph (anchor None) or a highlight of a range, with tags."""

    id: str
    document: str  # the document's key, e.g. oic-acm-2017-chair-rep
    revision: int
    paragraph_number: int
    language: str
    anchor: TextAnchor | None = None
    color: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    created: str = field(default_factory=now_timestamp)
    modified: str = ""
    deleted: str | None = None  # tombstone: when it was deleted; kept so deletions sync

    def __post_init__(self) -> None:
        if not self.modified:
            object.__setattr__(self, "modified", self.created)

    @property
    def is_highlight(self) -> bool:
        """True for a highlighted range, False for a note on the whole paragraph."""
        return self.anchor is not None

    def edited(self, **changes: object) -> Annotation:
        """A copy with some fields changed and `modified` set to now."""
        return replace(self, **changes, modified=now_timestamp())  # type: ignore[arg-type]


def new_annotation_id() -> str:
    """A fresh annotation id: a random UUID, so notes from two laptops never collide."""
    import uuid  # with its platform probe, a few ms the window's start can do without

    return str(uuid.uuid4())


def normalize_tags(tags: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Tags trimmed, empty ones dropped, duplicates removed, order kept."""
    seen: dict[str, None] = {}
    for tag in tags:
        cleaned = " ".join(tag.split())
        if cleaned:
            seen.setdefault(cleaned, None)
    return tuple(seen)

"""Paragraph selections typed by a reader, such as "3, 5-7"."""

from __future__ import annotations

import re

from oicreader.errors import UserFacingError

_RANGE = re.compile(r"^\s*(\d+)\s*(?:[-\u2013]\s*(\d+)\s*)?$")


class SelectionError(UserFacingError, ValueError):
    """A paragraph selection that cannot be read or names paragraphs the document lacks."""


def parse_paragraph_selection(spec: str, available: list[int] | None = None) -> list[int]:
    """Read "3, 5-7" as [3, 5, 6, 7]; with `available`, refuse numbers the document lacks."""
    numbers: set[int] = set()
    for part in spec.split(","):
        if not part.strip():
            continue
        match = _RANGE.match(part)
        if not match:
            raise SelectionError(
                f"cannot read {part.strip()!r} as a paragraph number or range: "
                "write numbers and ranges separated by commas, such as 3, 5-7"
            )
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if last < first:
            raise SelectionError(f"the range {first}-{last} runs backwards: write {last}-{first}")
        if last - first > 100_000:
            raise SelectionError(f"the range {first}-{last} is too large")
        numbers.update(range(first, last + 1))
    if not numbers:
        raise SelectionError("no paragraph chosen: give numbers such as 3, 5-7")
    if available is not None:
        missing = sorted(numbers - set(available))
        if missing:
            span = f"{available[0]}–{available[-1]}" if available else "none"
            raise SelectionError(
                f"no paragraph {', '.join(map(str, missing))} in this document "
                f"(its paragraphs are {span})"
            )
    return sorted(numbers)

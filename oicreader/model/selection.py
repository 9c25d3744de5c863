"""Paragraph selections typed by a reader, such as "3, 5-7"."""

from __future__ import annotations

import re

from oicreader.errors import UserFacingError, explained

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
                explained(
                    "cannot read {part} as a paragraph number or range: write numbers and "
                    "ranges separated by commas, such as 3, 5-7",
                    part=repr(part.strip()),
                )
            )
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if last < first:
            raise SelectionError(
                explained(
                    "the range {first}-{last} runs backwards: write {last}-{first}",
                    first=first,
                    last=last,
                )
            )
        if last - first > 100_000:
            raise SelectionError(
                explained("the range {first}-{last} is too large", first=first, last=last)
            )
        numbers.update(range(first, last + 1))
    if not numbers:
        raise SelectionError(explained("no paragraph chosen: give numbers such as 3, 5-7"))
    if available is not None:
        missing = sorted(numbers - set(available))
        if missing:
            span = f"{available[0]}–{available[-1]}" if available else explained("none")
            raise SelectionError(
                explained(
                    "no paragraph {missing} in this document (its paragraphs are {span})",
                    missing=", ".join(map(str, missing)),
                    span=span,
                )
            )
    return sorted(numbers)

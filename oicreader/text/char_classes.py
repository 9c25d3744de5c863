"""Regex character classes built from code points, for the patterns that scan whole texts."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ASTRAL_RANGE", "ASTRAL_RE", "NEVER_MATCHES", "class_body", "one_of"]

# sre tests the code points of a character class above U+FFFF one range at a time, for every
# character it looks at, where the rest is a single table look-up; in a class with a hundred
# such ranges they cost six times the rest. Patterns that scan whole texts therefore leave them
# out, or lump them into one range, whenever the text has no character above U+FFFF at all.
ASTRAL_RANGE = "\\U00010000-\\U0010ffff"
ASTRAL_RE = re.compile(f"[{ASTRAL_RANGE}]")
NEVER_MATCHES = "(?!)"  # what an empty character class would be, were that valid syntax


def class_body(ranges: Iterable[tuple[int, int]]) -> str:
    """Sorted (first, last) code-point ranges as the inside of a regex character class."""
    merged: list[list[int]] = []
    for first, last in ranges:
        if merged and merged[-1][1] == first - 1:
            merged[-1][1] = last
        else:
            merged.append([first, last])
    return "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in merged)


def one_of(code_points: Iterable[int]) -> str:
    """A regex character class of the sorted code points, or one that never matches if none."""
    body = class_body((cp, cp) for cp in code_points)
    return f"[{body}]" if body else NEVER_MATCHES

"""The one boundary between Qt's text positions (UTF-16 code units) and ours (code points)."""

from __future__ import annotations


def utf16_length(text: str) -> int:
    """How many UTF-16 code units Qt counts for a Python string."""
    # Text wholly in the Basic Multilingual Plane, as nearly all is, has one unit per code
    # point: max() finds out in one pass in C, without loading the UTF-16 codec.
    if not text or max(text) <= "\uffff":
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def code_points_to_utf16(text: str, offset: int) -> int:
    """A code-point offset into `text` as the UTF-16 offset Qt uses."""
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} outside a text of {len(text)} code points")
    return offset + sum(1 for char in text[:offset] if ord(char) > 0xFFFF)


def utf16_to_code_points(text: str, offset: int) -> int:
    """A Qt (UTF-16) offset into `text` as a code-point offset; inside a pair rounds down."""
    if offset < 0:
        raise ValueError(f"negative offset {offset}")
    units = 0
    for index, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > offset:
            return index
        units += width
    if units < offset:
        raise ValueError(f"offset {offset} outside a text of {units} UTF-16 units")
    return len(text)

"""Runs of the other direction inside a sentence (Arabic quoted in English), isolated."""

from __future__ import annotations

import unicodedata

from oicreader.model.languages import Direction

FSI, PDI = "\u2068", "\u2069"
_RIGHT_TO_LEFT = frozenset({"R", "AL"})
_ENCLOSING = frozenset({"Pi", "Pf", "Ps", "Pe"})  # quotes and brackets, opening and closing
# A line that already carries explicit bidi controls was isolated by its author.
_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _strong(char: str) -> Direction | None:
    kind = unicodedata.bidirectional(char)
    if kind in _RIGHT_TO_LEFT:
        return "rtl"
    return "ltr" if kind == "L" else None


def _encloses(char: str) -> bool:
    """A quote mark or bracket: it closes a run (“أكد”, “الاجتماع” are two quotes)."""
    return char in "\"'" or unicodedata.category(char) in _ENCLOSING


def isolate_other_direction(text: str, base: Direction) -> str:
    """Wrap each run of the other direction in FSI…PDI, line by line.

    In an English sentence the quote marks, commas and full stops next to an Arabic quote
    are neutral: between two Arabic runs (“…”, “…”) or after one at the end of a line, the
    bidi algorithm gives them to the Arabic and they land on the wrong side. Isolated, the
    Arabic is one unit in the sentence and the punctuation keeps its place. A run goes
    from the first to the last letter of the other direction, with the spaces and digits
    between, and stops at a quote mark or bracket; the punctuation around it stays outside.
    """
    return "\n".join(_isolate_line(line, base) for line in text.split("\n"))


def _isolate_line(line: str, base: Direction) -> str:
    if _CONTROLS.intersection(line):
        return line
    pieces: list[str] = []
    run_start: int | None = None
    run_end = 0  # one past the last letter of the other direction in the open run
    done = 0
    for index, char in enumerate(line):
        direction = _strong(char)
        if direction is None:
            if run_start is not None and _encloses(char):
                pieces += [line[done:run_start], FSI, line[run_start:run_end], PDI]
                done, run_start = run_end, None
            continue
        if direction != base:
            if run_start is None:
                run_start = index
            run_end = index + 1
        elif run_start is not None:
            pieces += [line[done:run_start], FSI, line[run_start:run_end], PDI]
            done, run_start = run_end, None
    if run_start is not None:
        pieces += [line[done:run_start], FSI, line[run_start:run_end], PDI]
        done = run_end
    pieces.append(line[done:])
    return "".join(pieces)

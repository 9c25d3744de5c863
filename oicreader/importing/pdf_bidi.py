"""A PDF line's glyphs, drawn left to right, put back in logical order, and made letters again.

The inverse of the Unicode bidi algorithm for lines without explicit embeddings (see
logical_order), then Arabic presentation forms folded to letters (NFKC on those ranges
only) and the tatweel that stretched a justified word taken out.
"""

from __future__ import annotations

import itertools
import operator
import re
import unicodedata

_TATWEEL = "\u0640"
_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


class _DirectionWeights(dict[str, int]):
    """+1 for a right-to-left letter, -1 for a left-to-right one, 0 for the rest; each
    character asked of unicodedata once (a 300-page report has under a hundred)."""

    def __missing__(self, char: str) -> int:
        kind = unicodedata.bidirectional(char)
        weight = 1 if kind in ("R", "AL") else -1 if kind == "L" else 0
        self[char] = weight
        return weight


class _Kinds(dict[str, str]):
    """A character's bidi kind for logical_order: "L" (Latin letter), "N" (digit), "R"
    (Arabic letter) or "O"; each character asked of unicodedata once."""

    def __missing__(self, char: str) -> str:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            found = "L"
        elif kind in ("EN", "AN"):
            found = "N"
        elif kind in ("R", "AL"):
            found = "R"
        else:
            found = "O"
        self[char] = found
        return found


_DIRECTION_WEIGHTS = _DirectionWeights()
_KINDS = _Kinds()


def is_right_to_left(text: str, distinct: set[str] | None = None) -> bool:
    """Whether a line is mostly Arabic letters: read right to left. `distinct`: the set of
    the text's characters, where the caller has it."""
    # Most lines are in one script: the few characters a line is made of tell that, and
    # only a line of both is counted character by character.
    weights = set(map(_DIRECTION_WEIGHTS.__getitem__, set(text) if distinct is None else distinct))
    if -1 not in weights:
        return 1 in weights
    if 1 not in weights:
        return False
    return sum(map(_DIRECTION_WEIGHTS.__getitem__, text)) > 0


_JOINERS_INSIDE_WORDS = frozenset("/-.,:\u2010\u2011\u2013_'’%")


def logical_order(visual: list[str], right_to_left: bool, distinct: set[str] | None = None) -> str:
    """The logical text of a line from its glyph texts in visual (left-to-right) order.

    The inverse of the Unicode bidi algorithm for lines without explicit embeddings. In a
    right-to-left line, read from the right, a run of Latin words and numbers was drawn
    left to right: it is turned back. A run is letters and digits joined by a space between
    words (not between two numbers: in "22 September 2017" the day stands apart, as the
    algorithm puts it) or by one of / - . , : between two of them ("OIC/ACM-2017/CHAIR-REP",
    "1,000", "22/9/2017"). The stop of a paragraph number "1." is not between two of them,
    so it stays on the Arabic side: ".1" drawn at the right of a line reads "1.". Brackets
    in Arabic text are drawn mirrored; their characters are those of the text, left as
    they are. In a left-to-right line, runs of Arabic letters are turned back the same way.
    `distinct`, where the caller has it, is the set of the characters of the glyphs' texts.
    """
    inside = ("L", "N") if right_to_left else ("R",)
    if distinct is not None and not any(_KINDS[char] in inside for char in distinct):
        # Nothing to turn (most lines are in one script): the glyphs are not looked at.
        return "".join(reversed(visual) if right_to_left else visual)
    if right_to_left:
        glyphs = list(reversed(visual))
        return "".join(_turn_runs(glyphs, inside=("L", "N")))
    return "".join(_turn_runs(visual, inside=("R",)))


def _turn_runs(glyphs: list[str], inside: tuple[str, ...]) -> list[str]:
    kinds = list(map(_KINDS.__getitem__, map(_FIRST, glyphs)))
    if not set(kinds).intersection(inside):
        return glyphs  # nothing to turn: most lines are in one script
    result: list[str] = []
    index = 0  # the glyphs before it are in the result
    # Only where a run starts is a glyph looked at: those between runs go in as they are.
    for start in itertools.compress(itertools.count(), map(frozenset(inside).__contains__, kinds)):
        if start < index:
            continue  # inside the run just turned
        result += glyphs[index:start]
        index = _run_end(glyphs, kinds, start, inside)
        result += reversed(glyphs[start:index])
    result += glyphs[index:]
    return result


_FIRST = operator.itemgetter(0)


def _run_end(glyphs: list[str], kinds: list[str], start: int, inside: tuple[str, ...]) -> int:
    """The end (exclusive) of the run of `inside` glyphs starting at `start`."""
    end = start + 1
    while end < len(glyphs):
        if kinds[end] in inside:
            end += 1
            continue
        following = end + 1
        if following >= len(glyphs) or kinds[following] not in inside:
            break
        before, after = kinds[end - 1], kinds[following]
        if glyphs[end] == " ":
            # Reading back, a number before a Latin word belongs to its run ("September
            # 2017" read backwards); two numbers apart are apart; Arabic words are one run.
            if before == "N" and after == "N":
                break
        elif glyphs[end] not in _JOINERS_INSIDE_WORDS or "R" in (before, after):
            break
        end = following + 1
    return end


def letters_from_presentation_forms(text: str) -> str:
    """Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) as the letters they stand for,
    and the tatweel that stretched a word for justification taken out.

    NFKC is applied to those forms only: on the whole text it would also change digits,
    ligatures and spaces that are the report's own.
    """
    if _PRESENTATION_FORM.search(text):
        text = "".join(
            unicodedata.normalize("NFKC", char) if is_presentation_form(char) else char
            for char in text
        ).replace("\ufeff", "")
    if _TATWEEL in text:
        text = _without_stretching_tatweel(text)
    return text


def is_presentation_form(char: str) -> bool:
    return "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff"


def _without_stretching_tatweel(text: str) -> str:
    """Tatweel between two letters stretches a word; after a word's last letter ("هـ" for
    the Hijri year) it is an abbreviation mark, and stays."""
    kept: list[str] = []
    for index, char in enumerate(text):
        if char == _TATWEEL:
            following = text[index + 1 : index + 2]
            while following == _TATWEEL:
                index += 1
                following = text[index + 1 : index + 2]
            if following and (following.isalpha() or unicodedata.combining(following)):
                continue
        kept.append(char)
    return "".join(kept)

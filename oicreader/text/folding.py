"""Search folding, FTS5-exact tokenizing and light Arabic stemming, shared by index and query."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, islice
from operator import add, itemgetter

__all__ = [
    "article_readings",
    "fold",
    "fold_with_offsets",
    "fold_with_sparse_offsets",
    "is_arabic_token",
    "proclitic_forms",
    "restem",
    "stem_candidates",
    "stem_text",
    "strip_arabic_prefixes",
    "tokenize",
    "tokenize_with_bounds",
]

TATWEEL = "\u0640"


def _code_points(first: int, last: int) -> str:
    return "".join(chr(cp) for cp in range(first, last + 1))


# Invisible characters that never separate words: direction and joiner controls (Arabic text
# pasted from word processors is full of them), tatweel (pure elongation), and the Arabic
# marks. The soft hyphen, word joiner and BOM are dropped too because PDF and Word exports
# leave them inside words, where they would otherwise split one word into two tokens.
_DROPPED = frozenset(
    _code_points(0x200C, 0x200F)
    + "\u061c"
    + _code_points(0x202A, 0x202E)
    + _code_points(0x2066, 0x2069)
    + TATWEEL
    + _code_points(0x0610, 0x061A)
    + _code_points(0x064B, 0x065F)
    + "\u0670"
    + _code_points(0x06D6, 0x06ED)
    + "\u00ad\u2060\ufeff"
)

_REPLACED: dict[str, str] = {
    # Hamza and wasla seats are spelled inconsistently (الإرهاب / الارهاب), so they fold to bare
    # letters; after NFD most of them would lose the hamza anyway, alef wasla would not.
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    # Typed queries use the ASCII apostrophe, typeset documents the typographic one.
    "\u2019": "'",
    "\u2018": "'",
    # NFKC keeps these ligatures, but French readers type "oeuvre" as often as "œuvre".
    "œ": "oe",
    "æ": "ae",
}
_REPLACED.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_REPLACED.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits


def _is_mark(ch: str) -> bool:
    return ch >= "\u0300" and unicodedata.category(ch)[0] == "M"


def _fold_one_cluster(cluster: str) -> str:
    """Fold one base character together with the combining marks that follow it."""
    # NFKC sees the base with its marks so canonical compositions (ا + hamza above → أ) happen
    # before the letter mapping; casefold before NFD because casefold can introduce marks (İ).
    text = unicodedata.normalize("NFKC", cluster).casefold()
    text = "".join(_REPLACED.get(ch, ch) for ch in text if ch not in _DROPPED)
    # Accent removal: every combining mark of any script goes after NFD (é → e, ç → c). In
    # Indic scripts that also drops vowel signs, which unicode61 would split words at anyway.
    text = unicodedata.normalize("NFD", text)
    text = "".join(_REPLACED.get(ch, ch) for ch in text if ch not in _DROPPED and not _is_mark(ch))
    # With every mark gone only Hangul jamo can still compose; NFC puts syllables back.
    return unicodedata.normalize("NFC", text)


_fold_cluster = lru_cache(maxsize=65536)(_fold_one_cluster)


# Folding is defined one cluster at a time: a character and the combining marks after it (a
# mark only starts a cluster at the very beginning of the text). Calling _fold_cluster for
# every cluster from a Python loop cost a millisecond a paragraph, so the work is moved into C:
# a character with no mark after it is a cluster of its own and folds the same wherever it
# stands, so str.translate folds all of those from a table of single-character folds. Clusters
# with marks nearly always fold just as their characters do one by one, which a cache of the
# few distinct ones confirms; only when one does not is the text refolded piece by piece.
# Offsets change only at the characters folding to other than exactly one ("uneven"). A table
# of all of Unicode would take seconds to compute at import, so it is learned as text arrives,
# 128 code points at a time: real text soon stops bringing new blocks, and regexes stay short.
_BLOCK = 128

# sre tests the code points of a character class above U+FFFF one range at a time, for every
# character it looks at, where the rest is a single table look-up; in a class with a hundred
# such ranges they cost six times the rest. Patterns that scan whole texts therefore leave them
# out, or lump them into one range, whenever the text has no character above U+FFFF at all.
_ASTRAL = "\\U00010000-\\U0010ffff"
_ASTRAL_RE = re.compile(f"[{_ASTRAL}]")
_NEVER = "(?!)"  # what an empty character class would be, were that valid syntax


def _class_body(ranges: Iterable[tuple[int, int]]) -> str:
    """Sorted (first, last) code-point ranges as the inside of a regex character class."""
    merged: list[list[int]] = []
    for first, last in ranges:
        if merged and merged[-1][1] == first - 1:
            merged[-1][1] = last
        else:
            merged.append([first, last])
    return "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in merged)


def _one_of(code_points: Iterable[int]) -> str:
    """A regex character class of the sorted code points, or one that never matches if none."""
    body = _class_body((cp, cp) for cp in code_points)
    return f"[{body}]" if body else _NEVER


def _none_of(ranges: Iterable[tuple[int, int]]) -> re.Pattern[str]:
    """A character outside the sorted ranges (any character at all if there are none)."""
    body = _class_body(ranges)
    return re.compile(f"[^{body}]" if body else "(?s).")


def _blocks_without(blocks: list[int], excluded: list[int]) -> Iterator[tuple[int, int]]:
    """The code points of the sorted blocks except the sorted excluded ones, as ranges."""
    for block in blocks:
        start, stop = block * _BLOCK, (block + 1) * _BLOCK
        for cp in excluded[bisect_left(excluded, start) : bisect_left(excluded, stop)]:
            if cp > start:
                yield start, cp - 1
            start = cp + 1
        if start < stop:
            yield start, stop - 1


@dataclass(frozen=True)
class _Known:
    """All the fold table knew at one moment. Never changed, so any thread may use it."""

    folds: dict[int, str]  # the str.translate table: known code points folded on their own
    # The same code points to chr(len(their fold)): NFKC expands a character at most 18 times
    # and casefolding at most 3, so that stays one latin-1 byte.
    counts: dict[int, str]
    blocks: frozenset[int]  # code point // _BLOCK of each block below U+10000 fully in folds
    marks: frozenset[int]  # the known combining marks
    uneven: frozenset[int]  # the known marks and characters folding to zero or several
    # A character outside the known blocks, so maybe not in folds (every one above U+FFFF).
    unknown: re.Pattern[str]
    # The one test of the fast paths: a character that is unknown, or a mark / uneven.
    unknown_or_mark: re.Pattern[str]
    unknown_or_uneven: re.Pattern[str]
    # A run of marks, as a group so that split() hands back the runs with the text between
    # (written [m][m]* because sre does not skip ahead for [m]+).
    mark_runs: re.Pattern[str]
    # An uneven character.
    one_uneven: re.Pattern[str]
    # Slow but rare: a cluster with marks (the optional base covers a mark at the very start
    # of the text), or an uneven character on its own.
    pieces: re.Pattern[str]

    def learn(self, code_points: set[int]) -> _Known:
        """A copy that also knows these code points (below U+10000, their whole blocks)."""
        folds, counts, blocks = dict(self.folds), dict(self.counts), set(self.blocks)
        marks, uneven = set(self.marks), set(self.uneven)
        for code in code_points:
            if code in folds:
                continue  # an earlier code point's block brought it
            if code <= 0xFFFF:
                blocks.add(code // _BLOCK)
                start = code - code % _BLOCK
                codes: Iterable[int] = range(start, start + _BLOCK)
            else:
                codes = (code,)
            for learned in codes:
                ch = chr(learned)
                folds[learned] = folded = _fold_one_cluster(ch)
                counts[learned] = chr(len(folded))
                if _is_mark(ch):
                    marks.add(learned)
                if len(folded) != 1 or learned in marks:
                    uneven.add(learned)
        return _known(folds, counts, blocks, marks, uneven)


def _known(
    folds: dict[int, str],
    counts: dict[int, str],
    blocks: set[int],
    marks: set[int],
    uneven: set[int],
) -> _Known:
    """A _Known of these, with its regexes."""
    sorted_blocks, sorted_marks, sorted_uneven = sorted(blocks), sorted(marks), sorted(uneven)
    marks_body = _class_body((cp, cp) for cp in sorted_marks)
    cluster = f"[^{marks_body}]?[{marks_body}]+" if marks else _NEVER
    return _Known(
        folds=folds,
        counts=counts,
        blocks=frozenset(blocks),
        marks=frozenset(marks),
        uneven=frozenset(uneven),
        unknown=_none_of(_blocks_without(sorted_blocks, [])),
        unknown_or_mark=_none_of(_blocks_without(sorted_blocks, sorted_marks)),
        unknown_or_uneven=_none_of(_blocks_without(sorted_blocks, sorted_uneven)),
        mark_runs=re.compile(f"([{marks_body}][{marks_body}]*)" if marks else _NEVER),
        one_uneven=re.compile(_one_of(sorted_uneven)),
        pieces=re.compile(f"{cluster}|{_one_of(sorted_uneven)}"),
    )


class _FoldTable:
    """The latest _Known, replaced (not changed) when text brings characters it lacks."""

    def __init__(self) -> None:
        self.known = _known({}, {}, set(), set(), set())

    def knowing(self, text: str) -> _Known:
        """A _Known holding every character of text."""
        known = self.known
        first = known.unknown.search(text)
        if first is None:
            return known
        missing = {ord(ch) for ch in set(text[first.start() :])} - known.folds.keys()
        if missing:
            # Two threads learning at once may each replace the other's table; either result
            # is complete for its own text, and what is lost is learned again when next seen.
            known = self.known = known.learn(missing)
        return known


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Fold text for search: NFKC, no marks or controls, unified Arabic letters, plain Latin."""
    known = _FOLD_TABLE.known
    if known.unknown_or_mark.search(text) is None:
        return text.translate(known.folds)  # no marks: every character is its own cluster
    # Something new, a mark, or a character above U+FFFF: learn what is new, look closer.
    known = _FOLD_TABLE.knowing(text)
    by_char = text.translate(known.folds)
    if _clusters_fold_as_characters(text, known):
        return by_char
    return _refold_pieces(text, by_char, known, None)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold text and map each folded character back to its code-point index in the original."""
    # Folding works one cluster at a time, so every folded character has exactly one source
    # cluster; its index is the cluster's base character. The final entry is len(text), which
    # lets callers turn a folded [start, end) into an original range without special cases.
    folded, offsets = fold_with_sparse_offsets(text)
    return folded, list(range(len(text) + 1)) if offsets is None else offsets


def fold_with_sparse_offsets(text: str) -> tuple[str, list[int] | None]:
    """fold_with_offsets, with None for offsets that would be 0, 1, 2 ... len(text)."""
    # Most paragraphs have no marks, ligatures or controls, so every character folds to exactly
    # one: callers that only look up a few offsets skip building a list of every index.
    known = _FOLD_TABLE.known
    if known.unknown_or_uneven.search(text) is None:
        return text.translate(known.folds), None
    # Something new, uneven, or a character above U+FFFF: learn what is new, look closer.
    known = _FOLD_TABLE.knowing(text)
    by_char = text.translate(known.folds)
    if _clusters_fold_as_characters(text, known):
        return by_char, _character_offsets(text, known)
    offsets: list[int] = []
    return _refold_pieces(text, by_char, known, offsets), offsets


_SEVERAL = re.compile(b"[^\x00\x01]")  # in a _Known.counts string: folds to several


def _character_offsets(text: str, known: _Known) -> list[int]:
    """Each index of text as many times as its character's fold has characters, then len(text)."""
    offsets: list[int] = []
    position = 0
    # Between uneven characters the offsets are plain ranges. Stepping from one to the next
    # in Python costs about what 20 characters of the second translate() below cost.
    limit = len(text) // 20
    uneven = list(islice(known.one_uneven.finditer(text), limit + 1))
    if len(uneven) <= limit:
        for found in uneven:
            at = found.start()
            offsets.extend(range(position, at))
            offsets.extend([at] * len(known.folds[ord(found.group())]))
            position = at + 1
        offsets.extend(range(position, len(text) + 1))
        return offsets
    counts = text.translate(known.counts).encode("latin-1")
    # compress() keeps the indexes of characters folding to one character and drops those
    # folding to none, all in C; the few folding to several (œ, ﻻ, ﷺ) are added one by one.
    for several in _SEVERAL.finditer(counts):
        at = several.start()
        offsets.extend(compress(range(position, at), counts[position:at]))
        offsets.extend([at] * counts[at])
        position = at + 1
    offsets.extend(compress(range(position, len(text)), counts[position:]))
    offsets.append(len(text))
    return offsets


def _clusters_fold_as_characters(text: str, known: _Known) -> bool:
    """Whether every cluster with marks in text folds as its characters do one by one."""
    # Then by_char is the fold, and its offsets are the characters' own. Vocalized Arabic has
    # a cluster every other letter, too many to refold one by one in Python, but few distinct
    # ones, and all of those pass: the test runs in C over a cache of clusters.
    # [before, marks, before, marks, ..., after], or [text] without marks: a run's base is the
    # last character before it (none for a run at the very start: a cluster of marks alone).
    parts = known.mark_runs.split(text)
    bases = map(itemgetter(slice(-1, None)), parts[0:-1:2])
    return all(map(_folds_as_characters, map(add, bases, parts[1::2])))


@lru_cache(maxsize=4096)
def _folds_as_characters(cluster: str) -> bool:
    """Whether the cluster folds to its base's fold, its marks folding to nothing on their own."""
    # Marks almost always vanish and rarely change their base's fold (ا + hamza → أ → ا); the
    # exception is the iota subscript, which casefolds to ι: α + U+0345 is "αι", all from α.
    return _fold_cluster(cluster) == _fold_cluster(cluster[0]) and not any(
        map(_fold_cluster, cluster[1:])
    )


def _refold_pieces(text: str, by_char: str, known: _Known, offsets: list[int] | None) -> str:
    """Fold text given its character-by-character fold, by refolding the pieces in it.

    Pieces are the clusters with marks and the characters that do not fold to exactly one
    character. Between pieces the text folds one character to one, so by_char holds that
    stretch as is, only shifted by what the pieces before it gained or lost. Fills offsets
    (see fold_with_offsets) when given a list.
    """
    parts: list[str] = []
    position = 0  # in text; by_char[position + shift] is the fold of text[position]
    shift = 0
    for piece in known.pieces.finditer(text):
        start, end = piece.span()
        piece_text = piece.group()
        piece_folded = _fold_cluster(piece_text)
        parts.append(by_char[position + shift : start + shift])
        parts.append(piece_folded)
        if offsets is not None:
            offsets.extend(range(position, start))
            offsets.extend([start] * len(piece_folded))
        shift += len(piece_text.translate(known.folds)) - len(piece_text)
        position = end
    parts.append(by_char[position + shift :])
    if offsets is not None:
        offsets.extend(range(position, len(text) + 1))
    return "".join(parts)


# The separators of SQLite FTS5's "unicode61" tokenizer, as (first, last) code-point ranges,
# read from SQLite itself; tests/text/test_folding.py re-checks every code point against the
# linked library. Every other code point is a token character. This is L*, N* and Co as the
# FTS5 docs say, but by Unicode 6.1, which unicode61 is frozen at: a code point unassigned in
# 6.1 (later emoji, newer Arabic marks) is a token character there whatever Python's newer
# unicodedata calls it, and unicode61 also keeps the Latin diacritics it knows how to remove
# (U+0300-0304 ...) inside tokens even with remove_diacritics 0. Only an exact copy makes
# highlights land where the index matched.
# fmt: off
_SEPARATOR_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x002F), (0x003A, 0x0040), (0x005B, 0x0060), (0x007B, 0x00A9), (0x00AB, 0x00B1),
    (0x00B4, 0x00B4), (0x00B6, 0x00B8), (0x00BB, 0x00BB), (0x00BF, 0x00BF), (0x00D7, 0x00D7),
    (0x00F7, 0x00F7), (0x02C2, 0x02C5), (0x02D2, 0x02DF), (0x02E5, 0x02EB), (0x02ED, 0x02ED),
    (0x02EF, 0x02FF), (0x0305, 0x0305), (0x030D, 0x030E), (0x0310, 0x0310), (0x0312, 0x031A),
    (0x031C, 0x0322), (0x0329, 0x032C), (0x032F, 0x032F), (0x0332, 0x036F), (0x0375, 0x0375),
    (0x037E, 0x037E), (0x0384, 0x0385), (0x0387, 0x0387), (0x03F6, 0x03F6), (0x0482, 0x0489),
    (0x055A, 0x055F), (0x0589, 0x058A), (0x058F, 0x058F), (0x0591, 0x05C7), (0x05F3, 0x05F4),
    (0x0600, 0x0604), (0x0606, 0x061B), (0x061E, 0x061F), (0x064B, 0x065F), (0x066A, 0x066D),
    (0x0670, 0x0670), (0x06D4, 0x06D4), (0x06D6, 0x06E4), (0x06E7, 0x06ED), (0x06FD, 0x06FE),
    (0x0700, 0x070D), (0x070F, 0x070F), (0x0711, 0x0711), (0x0730, 0x074A), (0x07A6, 0x07B0),
    (0x07EB, 0x07F3), (0x07F6, 0x07F9), (0x0816, 0x0819), (0x081B, 0x0823), (0x0825, 0x0827),
    (0x0829, 0x082D), (0x0830, 0x083E), (0x0859, 0x085B), (0x085E, 0x085E), (0x08E4, 0x08FE),
    (0x0900, 0x0903), (0x093A, 0x093C), (0x093E, 0x094F), (0x0951, 0x0957), (0x0962, 0x0965),
    (0x0970, 0x0970), (0x0981, 0x0983), (0x09BC, 0x09BC), (0x09BE, 0x09C4), (0x09C7, 0x09C8),
    (0x09CB, 0x09CD), (0x09D7, 0x09D7), (0x09E2, 0x09E3), (0x09F2, 0x09F3), (0x09FA, 0x09FB),
    (0x0A01, 0x0A03), (0x0A3C, 0x0A3C), (0x0A3E, 0x0A42), (0x0A47, 0x0A48), (0x0A4B, 0x0A4D),
    (0x0A51, 0x0A51), (0x0A70, 0x0A71), (0x0A75, 0x0A75), (0x0A81, 0x0A83), (0x0ABC, 0x0ABC),
    (0x0ABE, 0x0AC5), (0x0AC7, 0x0AC9), (0x0ACB, 0x0ACD), (0x0AE2, 0x0AE3), (0x0AF0, 0x0AF1),
    (0x0B01, 0x0B03), (0x0B3C, 0x0B3C), (0x0B3E, 0x0B44), (0x0B47, 0x0B48), (0x0B4B, 0x0B4D),
    (0x0B56, 0x0B57), (0x0B62, 0x0B63), (0x0B70, 0x0B70), (0x0B82, 0x0B82), (0x0BBE, 0x0BC2),
    (0x0BC6, 0x0BC8), (0x0BCA, 0x0BCD), (0x0BD7, 0x0BD7), (0x0BF3, 0x0BFA), (0x0C01, 0x0C03),
    (0x0C3E, 0x0C44), (0x0C46, 0x0C48), (0x0C4A, 0x0C4D), (0x0C55, 0x0C56), (0x0C62, 0x0C63),
    (0x0C7F, 0x0C7F), (0x0C82, 0x0C83), (0x0CBC, 0x0CBC), (0x0CBE, 0x0CC4), (0x0CC6, 0x0CC8),
    (0x0CCA, 0x0CCD), (0x0CD5, 0x0CD6), (0x0CE2, 0x0CE3), (0x0D02, 0x0D03), (0x0D3E, 0x0D44),
    (0x0D46, 0x0D48), (0x0D4A, 0x0D4D), (0x0D57, 0x0D57), (0x0D62, 0x0D63), (0x0D79, 0x0D79),
    (0x0D82, 0x0D83), (0x0DCA, 0x0DCA), (0x0DCF, 0x0DD4), (0x0DD6, 0x0DD6), (0x0DD8, 0x0DDF),
    (0x0DF2, 0x0DF4), (0x0E31, 0x0E31), (0x0E34, 0x0E3A), (0x0E3F, 0x0E3F), (0x0E47, 0x0E4F),
    (0x0E5A, 0x0E5B), (0x0EB1, 0x0EB1), (0x0EB4, 0x0EB9), (0x0EBB, 0x0EBC), (0x0EC8, 0x0ECD),
    (0x0F01, 0x0F1F), (0x0F34, 0x0F3F), (0x0F71, 0x0F87), (0x0F8D, 0x0F97), (0x0F99, 0x0FBC),
    (0x0FBE, 0x0FCC), (0x0FCE, 0x0FDA), (0x102B, 0x103E), (0x104A, 0x104F), (0x1056, 0x1059),
    (0x105E, 0x1060), (0x1062, 0x1064), (0x1067, 0x106D), (0x1071, 0x1074), (0x1082, 0x108D),
    (0x108F, 0x108F), (0x109A, 0x109F), (0x10FB, 0x10FB), (0x135D, 0x1368), (0x1390, 0x1399),
    (0x1400, 0x1400), (0x166D, 0x166E), (0x1680, 0x1680), (0x169B, 0x169C), (0x16EB, 0x16ED),
    (0x1712, 0x1714), (0x1732, 0x1736), (0x1752, 0x1753), (0x1772, 0x1773), (0x17B4, 0x17D6),
    (0x17D8, 0x17DB), (0x17DD, 0x17DD), (0x1800, 0x180E), (0x18A9, 0x18A9), (0x1920, 0x192B),
    (0x1930, 0x193B), (0x1940, 0x1940), (0x1944, 0x1945), (0x19B0, 0x19C0), (0x19C8, 0x19C9),
    (0x19DE, 0x19FF), (0x1A17, 0x1A1B), (0x1A1E, 0x1A1F), (0x1A55, 0x1A5E), (0x1A60, 0x1A7C),
    (0x1A7F, 0x1A7F), (0x1AA0, 0x1AA6), (0x1AA8, 0x1AAD), (0x1B00, 0x1B04), (0x1B34, 0x1B44),
    (0x1B5A, 0x1B7C), (0x1B80, 0x1B82), (0x1BA1, 0x1BAD), (0x1BE6, 0x1BF3), (0x1BFC, 0x1BFF),
    (0x1C24, 0x1C37), (0x1C3B, 0x1C3F), (0x1C7E, 0x1C7F), (0x1CC0, 0x1CC7), (0x1CD0, 0x1CE8),
    (0x1CED, 0x1CED), (0x1CF2, 0x1CF4), (0x1DC0, 0x1DE6), (0x1DFC, 0x1DFF), (0x1FBD, 0x1FBD),
    (0x1FBF, 0x1FC1), (0x1FCD, 0x1FCF), (0x1FDD, 0x1FDF), (0x1FED, 0x1FEF), (0x1FFD, 0x1FFE),
    (0x2000, 0x2064), (0x206A, 0x206F), (0x207A, 0x207E), (0x208A, 0x208E), (0x20A0, 0x20B9),
    (0x20D0, 0x20F0), (0x2100, 0x2101), (0x2103, 0x2106), (0x2108, 0x2109), (0x2114, 0x2114),
    (0x2116, 0x2118), (0x211E, 0x2123), (0x2125, 0x2125), (0x2127, 0x2127), (0x2129, 0x2129),
    (0x212E, 0x212E), (0x213A, 0x213B), (0x2140, 0x2144), (0x214A, 0x214D), (0x214F, 0x214F),
    (0x2190, 0x23F3), (0x2400, 0x2426), (0x2440, 0x244A), (0x249C, 0x24E9), (0x2500, 0x26FF),
    (0x2701, 0x2775), (0x2794, 0x2B4C), (0x2B50, 0x2B59), (0x2CE5, 0x2CEA), (0x2CEF, 0x2CF1),
    (0x2CF9, 0x2CFC), (0x2CFE, 0x2CFF), (0x2D70, 0x2D70), (0x2D7F, 0x2D7F), (0x2DE0, 0x2E2E),
    (0x2E30, 0x2E3B), (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x2FF0, 0x2FFB),
    (0x3000, 0x3004), (0x3008, 0x3020), (0x302A, 0x3030), (0x3036, 0x3037), (0x303D, 0x303F),
    (0x3099, 0x309C), (0x30A0, 0x30A0), (0x30FB, 0x30FB), (0x3190, 0x3191), (0x3196, 0x319F),
    (0x31C0, 0x31E3), (0x3200, 0x321E), (0x322A, 0x3247), (0x3250, 0x3250), (0x3260, 0x327F),
    (0x328A, 0x32B0), (0x32C0, 0x32FE), (0x3300, 0x33FF), (0x4DC0, 0x4DFF), (0xA490, 0xA4C6),
    (0xA4FE, 0xA4FF), (0xA60D, 0xA60F), (0xA66F, 0xA67E), (0xA69F, 0xA69F), (0xA6F0, 0xA6F7),
    (0xA700, 0xA716), (0xA720, 0xA721), (0xA789, 0xA78A), (0xA802, 0xA802), (0xA806, 0xA806),
    (0xA80B, 0xA80B), (0xA823, 0xA82B), (0xA836, 0xA839), (0xA874, 0xA877), (0xA880, 0xA881),
    (0xA8B4, 0xA8C4), (0xA8CE, 0xA8CF), (0xA8E0, 0xA8F1), (0xA8F8, 0xA8FA), (0xA926, 0xA92F),
    (0xA947, 0xA953), (0xA95F, 0xA95F), (0xA980, 0xA983), (0xA9B3, 0xA9CD), (0xA9DE, 0xA9DF),
    (0xAA29, 0xAA36), (0xAA43, 0xAA43), (0xAA4C, 0xAA4D), (0xAA5C, 0xAA5F), (0xAA77, 0xAA79),
    (0xAA7B, 0xAA7B), (0xAAB0, 0xAAB0), (0xAAB2, 0xAAB4), (0xAAB7, 0xAAB8), (0xAABE, 0xAABF),
    (0xAAC1, 0xAAC1), (0xAADE, 0xAADF), (0xAAEB, 0xAAF1), (0xAAF5, 0xAAF6), (0xABE3, 0xABED),
    (0xD800, 0xDFFF), (0xFB1E, 0xFB1E), (0xFB29, 0xFB29), (0xFBB2, 0xFBC1), (0xFD3E, 0xFD3F),
    (0xFDFC, 0xFDFD), (0xFE00, 0xFE19), (0xFE20, 0xFE26), (0xFE30, 0xFE52), (0xFE54, 0xFE66),
    (0xFE68, 0xFE6B), (0xFEFF, 0xFEFF), (0xFF01, 0xFF0F), (0xFF1A, 0xFF20), (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65), (0xFFE0, 0xFFE6), (0xFFE8, 0xFFEE), (0xFFF9, 0xFFFF), (0x10100, 0x10102),
    (0x10137, 0x1013F), (0x10179, 0x10189), (0x10190, 0x1019B), (0x101D0, 0x101FD),
    (0x1039F, 0x1039F), (0x103D0, 0x103D0), (0x10857, 0x10857), (0x1091F, 0x1091F),
    (0x1093F, 0x1093F), (0x10A01, 0x10A03), (0x10A05, 0x10A06), (0x10A0C, 0x10A0F),
    (0x10A38, 0x10A3A), (0x10A3F, 0x10A3F), (0x10A50, 0x10A58), (0x10A7F, 0x10A7F),
    (0x10B39, 0x10B3F), (0x11000, 0x11002), (0x11038, 0x1104D), (0x11080, 0x11082),
    (0x110B0, 0x110C1), (0x11100, 0x11102), (0x11127, 0x11134), (0x11140, 0x11143),
    (0x11180, 0x11182), (0x111B3, 0x111C0), (0x111C5, 0x111C8), (0x116AB, 0x116B7),
    (0x12470, 0x12473), (0x16F51, 0x16F7E), (0x16F8F, 0x16F92), (0x1D000, 0x1D0F5),
    (0x1D100, 0x1D126), (0x1D129, 0x1D1DD), (0x1D200, 0x1D245), (0x1D300, 0x1D356),
    (0x1D6C1, 0x1D6C1), (0x1D6DB, 0x1D6DB), (0x1D6FB, 0x1D6FB), (0x1D715, 0x1D715),
    (0x1D735, 0x1D735), (0x1D74F, 0x1D74F), (0x1D76F, 0x1D76F), (0x1D789, 0x1D789),
    (0x1D7A9, 0x1D7A9), (0x1D7C3, 0x1D7C3), (0x1EEF0, 0x1EEF1), (0x1F000, 0x1F02B),
    (0x1F030, 0x1F093), (0x1F0A0, 0x1F0AE), (0x1F0B1, 0x1F0BE), (0x1F0C1, 0x1F0CF),
    (0x1F0D1, 0x1F0DF), (0x1F110, 0x1F12E), (0x1F130, 0x1F16B), (0x1F170, 0x1F19A),
    (0x1F1E6, 0x1F202), (0x1F210, 0x1F23A), (0x1F240, 0x1F248), (0x1F250, 0x1F251),
    (0x1F300, 0x1F320), (0x1F330, 0x1F335), (0x1F337, 0x1F37C), (0x1F380, 0x1F393),
    (0x1F3A0, 0x1F3C4), (0x1F3C6, 0x1F3CA), (0x1F3E0, 0x1F3F0), (0x1F400, 0x1F43E),
    (0x1F440, 0x1F440), (0x1F442, 0x1F4F7), (0x1F4F9, 0x1F4FC), (0x1F500, 0x1F53D),
    (0x1F540, 0x1F543), (0x1F550, 0x1F567), (0x1F5FB, 0x1F640), (0x1F645, 0x1F64F),
    (0x1F680, 0x1F6C5), (0x1F700, 0x1F773), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
    (0xE0100, 0xE01EF),
)
# fmt: on

_TOKEN_RE = re.compile(
    "[^" + "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in _SEPARATOR_RANGES) + "]+"
)
# The same for text without characters above U+FFFF (see _ASTRAL), six times faster.
_BMP_TOKEN_RE = re.compile(
    "[^"
    + "".join(
        f"\\U{first:08x}-\\U{min(last, 0xFFFF):08x}"
        for first, last in _SEPARATOR_RANGES
        if first <= 0xFFFF
    )
    + _ASTRAL
    + "]+"
)
# Each with the token as a group, so split() hands back tokens and separators alike.
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
_BMP_TOKEN_SPLIT_RE = re.compile(f"({_BMP_TOKEN_RE.pattern})")


def _token_words(folded: str) -> list[str]:
    """The tokens of folded text, without their positions."""
    pattern = _BMP_TOKEN_RE if _ASTRAL_RE.search(folded) is None else _TOKEN_RE
    return pattern.findall(folded)


def tokenize(folded: str) -> list[tuple[str, int, int]]:
    """Split folded text into (token, start, end) exactly where FTS5's unicode61 tokenizer does."""
    words, bounds = tokenize_with_bounds(folded)
    return list(zip(words, bounds[:-1:2], bounds[1::2], strict=True))


def tokenize_with_bounds(folded: str) -> tuple[list[str], list[int]]:
    """The tokens and, flat, where each starts and ends: token i is folded[b[2i] : b[2i + 1]]."""
    # split() alternates separators and tokens ([sep, token, sep, ..., token, sep]), so the
    # running total of their lengths is every token's start and end: all of it runs in C, where
    # a finditer loop building each tuple in Python cost a third of a microsecond a token.
    pattern = _BMP_TOKEN_SPLIT_RE if _ASTRAL_RE.search(folded) is None else _TOKEN_SPLIT_RE
    parts = pattern.split(folded)
    return parts[1::2], list(accumulate(map(len, parts)))


def _is_arabic_letter(ch: str) -> bool:
    # Arabic, Arabic Supplement and Arabic Extended-A; presentation forms are gone after NFKC.
    in_blocks = "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or ch >= "\u08a0"
    return in_blocks and ch <= "\u08ff" and unicodedata.category(ch)[0] == "L"


# One regex test instead of a category look-up per character.
_ARABIC_TOKEN_RE = re.compile(
    _one_of(cp for cp in range(0x0600, 0x0900) if _is_arabic_letter(chr(cp))) + "+"
)


def is_arabic_token(token: str) -> bool:
    """True when every character of the token is an Arabic letter (digits fold to ASCII)."""
    return _ARABIC_TOKEN_RE.fullmatch(token) is not None


# Attached clitics: an optional conjunction (و ف), an optional preposition (ب ك ل) and an
# optional article (ال; after ل it is written لل). Longest first, so وبال wins over و.
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")
_ARTICLE = "ال"
_ARABIC_PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {
            conjunction + ("لل" if article and preposition == "ل" else preposition + article)
            for conjunction in _CONJUNCTIONS
            for preposition in _PREPOSITIONS
            for article in ("", _ARTICLE)
        }
        - {""},
        # Longest first; equal lengths cannot both be prefixes of one token, but keep it stable.
        key=lambda prefix: (-len(prefix), prefix),
    )
)
_MIN_STEM_LETTERS = 3


# Every token of every paragraph is stemmed at import and again when highlighting; a language's
# words repeat so much that remembering the stems of the commonest ones saves most of the work.
@lru_cache(maxsize=1 << 16)
def strip_arabic_prefixes(token: str) -> str:
    """The single longest clitic strip of a folded token: والقدس, بالقدس → قدس.

    Search no longer uses this (see stem_candidates): without a dictionary the longest strip
    mangles words that merely begin with those letters (فلسطين → سطين, بنغلاديش → نغلاديش).
    It stays for the topic matcher, which adds the written forms of its keywords on top.
    """
    if len(token) <= _MIN_STEM_LETTERS or not is_arabic_token(token):
        return token
    for prefix in _ARABIC_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= _MIN_STEM_LETTERS:
            return token[len(prefix) :]
    return token


# Light stemming for search, without a dictionary. Arabic writes و ف (and), ب ك ل (in, as, for)
# and the article ال onto the front of the next word, and nothing in the letters says whether
# a word's first ب is a preposition (بفلسطين) or its own (بنغلاديش, بيان). So instead of
# guessing one stem, a token stands for every reading it could have: itself, and what is left
# after each valid proclitic sequence (optional و/ف, then optional ب/ك/ل, then optional ال)
# whenever that leaves at least three letters. The index holds all of them (the `stemmed`
# column) and a query word is looked up among them as the user typed it: فلسطين finds بفلسطين
# (a reading of it), and فلسطين itself still reads as فلسطين, whatever else (لسطين, سطين) it
# might also be read as. A wrong reading costs nothing unless someone types that non-word.
#
# ل + ال is written لل, with the alef gone: للإرهاب reads as ل + الإرهاب, so both ارهاب and the
# article restored (الارهاب) are readings. Before a word that starts with ل a lam goes too
# (ل + اللجنة = للجنة), so لل + X also reads as ال + ل + X, restoring اللجنه.


def _arabic_readings(token: str) -> tuple[dict[str, None], dict[str, None]]:
    """The readings of a folded Arabic token (in order, itself first), and its article forms.

    The article forms are the readings "ال + stem" of a token with a conjunction or
    preposition before its article (بالقدس → القدس, للارهاب → الارهاب): what a user who typed
    that token means, since ال marks where the word starts far more reliably than ب or و do.
    """
    readings: dict[str, None] = {token: None}
    articles: dict[str, None] = {}
    if len(token) <= _MIN_STEM_LETTERS:
        return readings, articles
    for conjunction in _CONJUNCTIONS:
        if not token.startswith(conjunction):
            continue
        after_conjunction = token[len(conjunction) :]
        for preposition in _PREPOSITIONS:
            if not after_conjunction.startswith(preposition):
                continue
            rest = after_conjunction[len(preposition) :]
            clitics = conjunction + preposition
            if clitics and len(rest) >= _MIN_STEM_LETTERS:
                readings[rest] = None
            if preposition == "ل":
                if rest.startswith("ل"):  # ل + ال, written لل
                    stem = rest[1:]
                    if len(stem) >= _MIN_STEM_LETTERS:
                        readings[_ARTICLE + stem] = articles[_ARTICLE + stem] = None
                        readings[stem] = None
                    if len(rest) >= _MIN_STEM_LETTERS:  # ل + ال + a word starting with ل
                        readings[_ARTICLE + rest] = articles[_ARTICLE + rest] = None
            elif rest.startswith(_ARTICLE) and len(rest) - 2 >= _MIN_STEM_LETTERS:
                readings[rest[2:]] = None
                if clitics:
                    articles[rest] = None
    return readings, articles


@lru_cache(maxsize=1 << 16)
def _readings(token: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """stem_candidates(token), article_readings(token), and the candidates as indexed."""
    if not is_arabic_token(token):
        return (token,), (), token
    readings, articles = _arabic_readings(token)
    candidates = tuple(readings)
    return candidates, tuple(articles), " ".join(candidates)


def stem_candidates(token: str) -> tuple[str, ...]:
    """Every reading of a folded token: itself, then itself without each valid proclitic sequence.

    للارهاب → (للارهاب, لارهاب, الارهاب, ارهاب, اللارهاب); فلسطين → (فلسطين, لسطين, سطين). A
    token that is not all Arabic letters, or has three letters or fewer, is its only reading.
    """
    return _readings(token)[0]


def article_readings(token: str) -> tuple[str, ...]:
    """The article forms of a folded token typed with و ف ب ك ل before its article.

    بالقدس, والقدس → (القدس,); للارهاب → (الارهاب, اللارهاب); القدس, فلسطين → ().
    """
    return _readings(token)[1]


# How each reading is made: a token written prefix + rest reads as restored + rest. Every valid
# proclitic sequence reads as nothing; one ending in ل + ال (written لل) also as ال and, for
# the lam of a word starting with ل, as الل. proclitic_forms runs these backwards.
_READING_RULES: tuple[tuple[str, str], ...] = tuple(
    (prefix, restored)
    for prefix in sorted(_ARABIC_PREFIXES, key=lambda prefix: (len(prefix), prefix))
    for restored in (("", _ARTICLE, _ARTICLE + "ل") if prefix.endswith("لل") else ("",))
)


@lru_cache(maxsize=4096)
def proclitic_forms(word: str) -> tuple[str, ...]:
    """Every token that has word among its stem_candidates, word itself first.

    القدس → (القدس, والقدس, بالقدس, للقدس, …): the written forms a query word can take, for
    the first word of a phrase, which is matched in the folded column.
    """
    forms: dict[str, None] = {word: None}
    for prefix, restored in _READING_RULES:
        if word.startswith(restored):
            form = prefix + word[len(restored) :]
            if word in stem_candidates(form):
                forms[form] = None
    return tuple(forms)


def stem_text(folded: str) -> str:
    """The `stemmed` column: every token's stem_candidates, space-separated, token after token."""
    return " ".join([_readings(word)[2] for word in _token_words(folded)])


def restem(text: str) -> tuple[str, str]:
    """The `folded` and `stemmed` columns of a paragraph's original text, as the index wants."""
    folded = fold(text)
    return folded, stem_text(folded)

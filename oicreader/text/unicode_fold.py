"""Search folding: NFKC, no marks or controls, unified Arabic letters, with offsets back."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, islice
from operator import add, itemgetter

from oicreader.text.char_classes import NEVER_MATCHES, class_body, one_of

__all__ = ["TATWEEL", "fold", "fold_with_offsets", "fold_with_sparse_offsets"]

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


def _none_of(ranges: Iterable[tuple[int, int]]) -> re.Pattern[str]:
    """A character outside the sorted ranges (any character at all if there are none)."""
    body = class_body(ranges)
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
    marks_body = class_body((cp, cp) for cp in sorted_marks)
    cluster = f"[^{marks_body}]?[{marks_body}]+" if marks else NEVER_MATCHES
    return _Known(
        folds=folds,
        counts=counts,
        blocks=frozenset(blocks),
        marks=frozenset(marks),
        uneven=frozenset(uneven),
        unknown=_none_of(_blocks_without(sorted_blocks, [])),
        unknown_or_mark=_none_of(_blocks_without(sorted_blocks, sorted_marks)),
        unknown_or_uneven=_none_of(_blocks_without(sorted_blocks, sorted_uneven)),
        mark_runs=re.compile(f"([{marks_body}][{marks_body}]*)" if marks else NEVER_MATCHES),
        one_uneven=re.compile(one_of(sorted_uneven)),
        pieces=re.compile(f"{cluster}|{one_of(sorted_uneven)}"),
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

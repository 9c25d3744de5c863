"""Rebuilding lines of text from a PDF page's characters: positions, then logical order.

A PDF draws glyphs where they go, and the order its characters come in is the producer's
(Chromium draws some Arabic words glyph by glyph, in any order). So characters are grouped
into lines by baseline, ordered left to right by position, split where a gap is a column's,
and only then put into logical order: an Arabic line is read right to left, with its runs
of Latin text and numbers (drawn left to right inside it) turned back (see logical_order).
Arabic presentation forms become letters, and the tatweel that stretches justified words
goes.
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from oicreader.importing.pdf_bidi import (
    is_right_to_left,
    letters_from_presentation_forms,
    logical_order,
)
from oicreader.importing.pdf_file import (
    BASELINE,
    FONT_SIZE,
    LEFT,
    ORIGIN_X,
    RIGHT,
    TEXT,
    PdfChar,
)

# A gap wider than this fraction of the font size is a space between words, drawn or not.
_WORD_GAP = 0.3
# Letters that never join the letter after them: a gap after one may be inside a word.
_RIGHT_JOINING = frozenset("اأإآٱدذرزوؤءةى")
_ALEFS = frozenset("اأإآ")
# Letters that end a word: ta marbuta and alef maqsura.
_WORD_FINAL = frozenset("ةى")
# Glyphs of one word that join touch; this much of a space (in font sizes) parts them.
_JOINED_GAP = 0.08


# A glyph: a drawn character with what is drawn with it (the other letters of a ligature, the
# harakat or accents over it). It is kept as its first character, a PdfChar whose text is the
# glyph's and whose box spans what it draws: most glyphs are one character, kept as it is
# (a page has thousands, and making a tuple for each costs a fifth of making its lines).
Glyph = PdfChar


@dataclass(frozen=True)
class PdfLine:
    """One line of a page in logical order, with where it was drawn."""

    text: str
    left: float
    right: float
    baseline: float
    font_size: float
    right_to_left: bool


def page_lines(chars: Sequence[PdfChar]) -> list[PdfLine]:
    """The lines of a page, top to bottom, each split at a column gap; text in logical order."""
    rows = [(row, *_glyphs(row)) for row in _rows(chars)]
    gutters = _gutters([glyphs for _, glyphs, _ in rows])
    lines: list[PdfLine] = []
    for row, glyphs, spaces in rows:
        segments = _segments(glyphs, gutters)
        if not segments:
            continue
        baseline = _row_baseline(row)
        for segment, segment_spaces in zip(
            segments, _spaces_per_segment(segments, spaces), strict=True
        ):
            line = _line(segment, segment_spaces, baseline)
            if line.text:
                lines.append(line)
    return lines


def _gutters(rows: list[list[Glyph]]) -> list[float]:
    """Where a page's columns part: an x that the glyphs of (almost) no row cross, while many
    rows have text on both sides of it. Justified lines have wide gaps too, but never all at one
    place."""
    drawn = [row for row in rows if row]
    if len(drawn) < 6:
        return []
    left = min(row[0][LEFT] for row in drawn)
    right = max(row[-1][RIGHT] for row in drawn)
    bins = 200
    step = (right - left) / bins
    if step <= 0:
        return []
    crossed = [0] * (bins + 1)
    middle_left, middle_right = left + (right - left) * 0.25, left + (right - left) * 0.75
    # A bin crossed by more rows than this is no gutter: once every bin looked at is, the
    # page has none, and its other rows need not be looked at (most pages: a few rows).
    most_crossings = max(1, len(drawn) // 20)
    first_bin, end_bin = bins // 4, bins * 3 // 4
    bins_ruled_out = 0
    for row in drawn:
        covered: set[int] = set()
        for glyph in row:
            if glyph[RIGHT] < middle_left or glyph[LEFT] > middle_right:
                continue  # gutters are looked for in the middle half only
            covered.update(
                range(int((glyph[LEFT] - left) / step), int((glyph[RIGHT] - left) / step) + 1)
            )
        for index in covered:
            if 0 <= index <= bins:
                crossed[index] += 1
                if crossed[index] == most_crossings + 1 and first_bin <= index < end_bin:
                    bins_ruled_out += 1
        if bins_ruled_out == end_bin - first_bin:
            return []
    extents = [(row[0][RIGHT], row[-1][LEFT]) for row in drawn]  # first and last glyphs
    gutters: list[float] = []
    previous = -2
    for index in range(first_bin, end_bin):
        x = left + (index + 0.5) * step
        # A page number or a heading centred across both columns may cross the gutter.
        if crossed[index] > most_crossings:
            continue
        # Text on both sides, in one row or in rows of their own (columns of LibreOffice
        # keep their own baselines).
        on_the_left = sum(1 for first, last in extents if first < x)
        on_the_right = sum(1 for first, last in extents if last > x)
        if min(on_the_left, on_the_right) < max(3, len(drawn) // 5):
            continue
        if index == previous + 1:
            gutters[-1] = x
        else:
            gutters.append(x)
        previous = index
    return gutters


def _rows(chars: Sequence[PdfChar]) -> list[list[PdfChar]]:
    """Characters grouped by baseline, top row first; raised marks stay with their row."""
    if all(map((0.0).__lt__, map(_FONT_SIZE, chars))):
        ordered = list(chars)  # as most pages are: no character without a size
    else:
        ordered = [char for char in chars if char[FONT_SIZE] > 0]
    # (A reversed sort keeps equal baselines in PDFium's order, as a sort by -baseline does.)
    ordered.sort(key=_BASELINE, reverse=True)
    rows: list[list[PdfChar]] = []
    row: list[PdfChar] = []
    row_baseline = row_size = 0.0
    # Most of a row's characters share one baseline: the characters on the baseline of a
    # row's first join it together, their sizes asked of the set of them.
    for baseline, group in itertools.groupby(ordered, _BASELINE):
        on_baseline = list(group)
        for index, char in enumerate(on_baseline):
            # Chromium gives its spaces a font size of 1: the row's size decides.
            size = char[FONT_SIZE]
            largest = size if size > row_size else row_size
            tolerance = (largest if largest > 1.0 else 1.0) * 0.35
            if rows and abs(char[BASELINE] - row_baseline) <= tolerance:
                row.append(char)
                if size > row_size and not char[TEXT].isspace():
                    row_size = size
                continue
            row = [char]
            rows.append(row)
            row_baseline = char[BASELINE]
            row_size = 0.0 if char[TEXT].isspace() else size
            if math.isfinite(baseline):  # the others are 0 from its baseline: in its row
                others = on_baseline[index + 1 :]
                row += others
                row_size = _largest_letter_size(others, row_size)
                break
    return [row for row in map(_without_reference_marks, _raised_rows_merged(rows)) if row]


def _largest_letter_size(chars: list[PdfChar], size: float) -> float:
    """The larger of `size` and the largest type size of the characters that are not spaces."""
    sizes: set[float] = set(map(_FONT_SIZE, chars))
    if len(sizes) == 1:
        only = sizes.pop()
        if only > size and not all(map(str.isspace, map(_TEXT, chars))):
            return only
        return size
    for char in chars:
        if char[FONT_SIZE] > size and not char[TEXT].isspace():
            size = char[FONT_SIZE]
    return size


_BASELINE, _FONT_SIZE = operator.itemgetter(BASELINE), operator.itemgetter(FONT_SIZE)


def _main_size(row: list[PdfChar]) -> float:
    """The type size most of a row's characters have (spaces aside: Chromium gives its
    spaces a size of 1)."""
    sizes = Counter(char[FONT_SIZE] for char in row if char[TEXT] != " ")
    return sizes.most_common(1)[0][0] if sizes else row[0][FONT_SIZE]


def _raised_rows_merged(rows: list[list[PdfChar]]) -> list[list[PdfChar]]:
    """A row of small raised characters (footnote marks, "er" of "1er") joined to the row
    it is raised above."""
    merged: list[list[PdfChar]] = []
    for index, row in enumerate(rows):
        below = rows[index + 1] if index + 1 < len(rows) else None
        if below is not None and _is_raised_over(row, below):
            rows[index + 1] = row + below
            continue
        merged.append(row)
    return merged


def _is_raised_over(row: list[PdfChar], below: list[PdfChar]) -> bool:
    rise = row[0][BASELINE] - below[0][BASELINE]
    if rise <= 0 or rise >= 0.7 * below[0][FONT_SIZE] * 1.5:  # most rows: a line apart
        return False
    size, below_size = _main_size(row), _main_size(below)
    overlaps = min(c[RIGHT] for c in row) < max(c[RIGHT] for c in below) and max(
        c[LEFT] for c in row
    ) > min(c[LEFT] for c in below)
    return size < 0.85 * below_size and rise < 0.7 * below_size and overlaps


_REFERENCE_SIGNS = frozenset("*†‡")


def _without_reference_marks(row: list[PdfChar]) -> list[PdfChar]:
    """A row without its raised footnote reference marks (small digits, *, †): they belong
    to the footnotes, and glued to a word they would change it ("international1")."""
    # Most rows hold no digit, or only digits of the row's one type size: a few passes over
    # the whole row tell, without looking at each character.
    distinct = set(map(_TEXT, row))
    if distinct.isdisjoint(_REFERENCE_SIGNS) and not any(map(str.isdigit, distinct)):
        return row
    if len(set(map(_FONT_SIZE, row))) == 1:
        return row  # no character is smaller than the row's size
    candidates = [char for char in row if char[TEXT].isdigit() or char[TEXT] in _REFERENCE_SIGNS]
    size = _main_size(row)
    marks = [char for char in candidates if char[FONT_SIZE] < 0.85 * size]
    if not marks:
        return row
    baseline = Counter(char[BASELINE] for char in row).most_common(1)[0][0]
    raised = {id(char) for char in marks if char[BASELINE] > baseline + 0.15 * size}
    return [char for char in row if id(char) not in raised]


def _glyphs(row: list[PdfChar]) -> tuple[list[Glyph], list[float]]:
    """A row's glyphs left to right, each combining mark joined to the letter it sits on, and
    where its spaces are drawn (only how many there are is to be trusted: Chromium draws
    the space before an Arabic word inside that word)."""
    starts: list[PdfChar] = []  # each glyph's first character
    # The text of each glyph that is more than its first character (a ligature: a few a
    # row), by its place in `starts`.
    merged: dict[int, str] = {}
    spaces: list[float] = []
    marks: list[PdfChar] = []
    combining = unicodedata.combining
    if not row:
        return [], spaces
    last = row[0]  # the character of the last glyph (none yet: nothing is as near as this)
    last_x, tolerance = -math.inf, 0.0  # its pen position, and how near another's must be
    last_size = math.nan  # the type size the tolerance was worked out for
    for char in row:
        text, left, right, origin_x, _, size = char
        if text in _WHITE_SPACE:
            spaces.append((left + right) / 2)
        elif (
            -tolerance < origin_x - last_x < tolerance  # most are a letter apart
            and _same_glyph(last, char)
        ):
            glyph = len(starts) - 1  # (`last` is its first character)
            merged[glyph] = _added_to_glyph(merged.get(glyph, last[TEXT]), text)
        elif combining(text):
            marks.append(char)  # placed once every letter is: some come before theirs
        else:
            starts.append(char)
            last, last_x = char, origin_x
            if size != last_size:  # (most glyphs of a row have one size)
                tolerance = 0.05 * (size if size > 1.0 else 1.0)
                last_size = size
    if not marks:  # as in most rows
        for glyph, text in merged.items():
            starts[glyph] = (text, *starts[glyph][LEFT:])
        _sort_by_pen_position(starts)
        return starts, spaces
    # Marks are placed on the letters in order, by what each letter's first character is;
    # the glyphs' texts are kept aside meanwhile, by the id of that character (each is a
    # tuple of its own).
    texts = {id(starts[glyph]): text for glyph, text in merged.items()}
    _sort_by_pen_position(starts)
    # A mark drawn from its letter's pen position is part of one glyph with it (Chromium's
    # "اً"), whose box PDFium shares out between them: the letter's box is the whole.
    extents: dict[int, tuple[float, float]] = {}
    for mark in marks:
        carrier = _carrier(starts, mark)
        if carrier is None:
            starts.append(mark)
            continue
        letter = starts[carrier]
        texts[id(letter)] = texts.get(id(letter), letter[TEXT]) + mark[TEXT]
        if abs(mark[ORIGIN_X] - letter[ORIGIN_X]) < 0.05 * max(letter[FONT_SIZE], 1.0):
            left, right = extents.get(carrier, (letter[LEFT], letter[RIGHT]))
            extents[carrier] = (min(left, mark[LEFT]), max(right, mark[RIGHT]))
    built: list[Glyph] = []
    for index, char in enumerate(starts):
        text = texts.get(id(char), char[TEXT])
        left, right = extents.get(index, (char[LEFT], char[RIGHT]))
        if text is char[TEXT] and left == char[LEFT] and right == char[RIGHT]:
            built.append(char)
        else:
            built.append((text, left, right, *char[ORIGIN_X:]))
    return built, spaces


def _sort_by_pen_position(glyphs: list[Glyph]) -> None:
    """Glyphs sorted by the pen position each was drawn from: Amiri stacks the letters of
    "لج" so that their boxes overlap the other way round. (The sort keeps PDFium's order on
    ties.) Where no two glyphs share a pen position, as in most rows, the middles never
    decide: the glyphs are sorted by their pen positions alone, without a key made for each."""
    if len(set(map(_ORIGIN_X, glyphs))) == len(glyphs):
        glyphs.sort(key=_ORIGIN_X)
    else:
        glyphs.sort(key=lambda glyph: (glyph[ORIGIN_X], glyph[LEFT] + glyph[RIGHT]))


_ORIGIN_X = operator.itemgetter(ORIGIN_X)
# The characters str.isspace() is true of (a PdfChar's text is one): a set is asked faster.
_WHITE_SPACE = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _added_to_glyph(glyph: str, text: str) -> str:
    """A glyph's text with one more character read at its pen position. One glyph may stand
    for several letters (a lam-alef, "fi"): PDFium gives them in the order of the glyph's
    text; its marks go after its letters."""
    if unicodedata.combining(text):
        return glyph + text
    marks = [known for known in glyph if unicodedata.combining(known)]
    letters = [known for known in glyph if not unicodedata.combining(known)] + [text]
    if len(letters) == 2 and letters[0] in _ALEFS and letters[1] == "ل":
        # A lam-alef ligature is lam then alef, whatever order its glyph's text gives
        # (LibreOffice with DejaVu Sans gives "أل"): alef never joins the letter after it.
        letters.reverse()
    return "".join([*letters, *marks])


def _same_glyph(first: PdfChar, second: PdfChar) -> bool:
    """Whether two characters read one after the other come from one glyph: drawn from the
    same pen position, their boxes overlapping."""
    # LibreOffice sets the letters of a ligature a tenth of a point apart in a justified
    # line; letters of a word are a whole advance apart.
    size = first[FONT_SIZE]
    tolerance = 0.05 * (size if size > 1.0 else 1.0)
    return (
        abs(first[ORIGIN_X] - second[ORIGIN_X]) < tolerance
        and abs(first[BASELINE] - second[BASELINE]) < tolerance
        and first[LEFT] < second[RIGHT]
        and second[LEFT] < first[RIGHT]
    )


def _carrier(starts: list[PdfChar], mark: PdfChar) -> int | None:
    """Which glyph (by its first character) a combining mark (a haraka, a shadda) is drawn
    over: the nearest letter to it."""
    for index, char in enumerate(starts):  # drawn from one pen position with it: one glyph
        if char[TEXT].isalpha() and abs(char[ORIGIN_X] - mark[ORIGIN_X]) < 0.01:  # (Chromium)
            return index
    middle = (mark[LEFT] + mark[RIGHT]) / 2
    best: int | None = None
    best_distance = max(mark[FONT_SIZE], 1.0)
    for index, char in enumerate(starts):
        if not char[TEXT].isalpha():
            continue
        distance = max(char[LEFT] - middle, middle - char[RIGHT], 0.0)
        if distance < best_distance or (
            distance == best_distance == 0.0
            and best is not None
            and abs((char[LEFT] + char[RIGHT]) / 2 - middle)
            < abs((starts[best][LEFT] + starts[best][RIGHT]) / 2 - middle)
        ):
            best, best_distance = index, distance
    return best


def _spaces_per_segment(segments: list[list[Glyph]], spaces: list[float]) -> list[list[float]]:
    """The spaces of a row that fall in each segment (the nearest one)."""
    if len(segments) == 1:
        return [spaces]
    shares: list[list[float]] = [[] for _ in segments]
    for space in spaces:
        distances = [
            max(segment[0][LEFT] - space, space - segment[-1][RIGHT], 0.0) for segment in segments
        ]
        if distances:
            shares[distances.index(min(distances))].append(space)
    return shares


def _segments(glyphs: list[Glyph], gutters: list[float]) -> list[list[Glyph]]:
    """A row's glyphs cut at the page's column gutters."""
    if not gutters:
        return [glyphs] if glyphs else []
    segments: list[list[Glyph]] = []
    segment: list[Glyph] = []
    for glyph in glyphs:
        if segment and any(segment[-1][RIGHT] <= x <= glyph[LEFT] for x in gutters):
            segments.append(segment)
            segment = []
        segment.append(glyph)
    if segment:
        segments.append(segment)
    return segments


def _row_baseline(row: list[PdfChar]) -> float:
    """The baseline most of a row's characters (spaces aside) are drawn on."""
    baselines: set[float] = set(map(_BASELINE, row))
    if len(baselines) == 1:  # as in most rows
        return baselines.pop()
    return _most_common([char[BASELINE] for char in row if char[TEXT] != " "])


def _line(segment: list[Glyph], spaces: list[float], baseline: float) -> PdfLine:
    sizes = set(map(_FONT_SIZE, segment))
    visual, drawn = _visual_words(segment, spaces, sizes)
    distinct = set(drawn)  # (the spaces put in between words count for neither way)
    right_to_left = is_right_to_left(drawn, distinct)
    text = logical_order(visual, right_to_left, distinct)
    return PdfLine(
        text=letters_from_presentation_forms(text),
        left=segment[0][LEFT],
        right=segment[-1][RIGHT],
        baseline=baseline,
        font_size=(
            next(iter(sizes)) if len(sizes) == 1 else _most_common(list(map(_FONT_SIZE, segment)))
        ),
        right_to_left=right_to_left,
    )


def _most_common(values: list[float]) -> float:
    """The value most often found (the first found, of those found as often)."""
    first = values[0]
    if values.count(first) == len(values):  # as on most lines: no Counter needed
        return first
    return Counter(values).most_common(1)[0][0]


def _visual_words(
    segment: list[Glyph], spaces: list[float], sizes: set[float]
) -> tuple[list[str], str]:
    """The segment's glyph texts left to right, with a space wherever words are apart, and
    the glyphs' texts joined (without those spaces); `sizes` are the glyphs' type sizes.

    A space drawn in a gap between two glyphs marks that gap (LibreOffice). Chromium draws
    the space before an Arabic word at the pen position of the word's first letter, that
    is at the left edge of the word's rightmost glyph: the gap to the right of that glyph.
    Spaces placed neither way mark the widest gaps left. A gap much wider than a letter's
    is a space even where none was drawn (producers that draw none).
    """
    lefts = list(map(_LEFT, segment))
    gaps = _gaps(segment, lefts, sizes)
    apart: set[int] = set()
    unplaced = 0
    for space in spaces:
        index = _gap_of_space(segment, lefts, space)
        if index is None or index in apart:
            unplaced += 1
        elif gaps[index] > 0.02:  # not between glyphs that touch: LibreOffice puts a
            apart.add(index)  # space of no width between "عموماً" and its stop
    if unplaced:
        widest = sorted(
            (index for index in range(len(gaps)) if index not in apart), key=lambda i: -gaps[i]
        )[:unplaced]
        apart |= {index for index in widest if gaps[index] > 0.1}
    # The gaps wider than letters that join leave (a few a line); the widest of them are
    # word gaps wherever no space was drawn.
    wide = list(itertools.compress(itertools.count(), map(_JOINED_GAP.__lt__, gaps)))
    apart.update(index for index in wide if gaps[index] > _WORD_GAP)
    texts = list(map(_TEXT, segment))
    drawn = "".join(texts)
    apart |= _arabic_word_ends(texts, drawn, gaps, wide, apart)
    words: list[str] = []
    start = 0
    for index in sorted(apart):
        words += texts[start : index + 1]
        words.append(" ")
        start = index + 1
    words += texts[start:]
    return words, drawn


_LAST = operator.itemgetter(-1)
_TEXT, _LEFT, _RIGHT = (
    operator.itemgetter(TEXT),
    operator.itemgetter(LEFT),
    operator.itemgetter(RIGHT),
)


def _gaps(segment: list[Glyph], lefts: list[float], sizes: set[float]) -> list[float]:
    """The gap between each glyph and the next, in font sizes (of the larger, at least 1);
    `lefts` are the glyphs' left edges, `sizes` their type sizes."""
    size = next(iter(sizes)) if len(sizes) == 1 else 0.0
    if size >= 1.0:  # one type size, as most lines have
        # The last glyph's right edge has no gap after it.
        widths = map(operator.sub, itertools.islice(lefts, 1, None), map(_RIGHT, segment))
        return list(map(operator.truediv, widths, itertools.repeat(size)))
    return [
        (following[LEFT] - glyph[RIGHT]) / max(glyph[FONT_SIZE], following[FONT_SIZE], 1.0)
        for glyph, following in itertools.pairwise(segment)
    ]


def _arabic_word_ends(
    texts: list[str], drawn: str, gaps: list[float], wide: list[int], apart: set[int]
) -> set[int]:
    """The gaps between two Arabic glyphs that part two words though no space was drawn
    there (Chromium leaves some out); those known to be `apart` are not looked at again.
    `drawn` is the glyphs' texts joined, `wide` the gaps wider than letters that join leave.

    A word ends after ة or ى; and a letter that joins the next one (ب, ي…) touches it
    inside a word, so a gap after it parts two words.
    """
    # Drawn right to left: the glyph on the right (i + 1) is read first. Only the wide gaps
    # and those after a word's last letter are looked at (a few a line).
    after_word_end: Iterable[int]
    if len(drawn) == len(texts):  # each glyph one character, as on most lines
        after_word_end = [match.start() - 1 for match in _WORD_END.finditer(drawn, 1)]
    else:
        ends = map(_ENDS_WORD.__contains__, map(_LAST, itertools.islice(texts, 1, None)))
        after_word_end = itertools.compress(itertools.count(), ends)
    found: set[int] = set()
    for index in itertools.chain(after_word_end, wide):
        if index in apart:
            continue  # a space was drawn there
        joins = _JOINING.get(texts[index + 1][-1])
        if texts[index][0] in _JOINING and (
            joins == "ends word" or (joins == "joins next" and gaps[index] > _JOINED_GAP)
        ):
            found.add(index)
    return found


def _joining_table() -> dict[str, str]:
    """How each Arabic letter (presentation forms too) joins the letter after it."""
    table: dict[str, str] = {}
    for code in [*range(0x0621, 0x064B), *range(0x0671, 0x06D4), *range(0xFB50, 0xFDFE),
                 *range(0xFE70, 0xFEFD)]:  # fmt: skip
        char = chr(code)
        letter = unicodedata.normalize("NFKC", char)[:1] if code >= 0xFB50 else char
        if not ("\u0621" <= letter <= "\u064a" or "\u0671" <= letter <= "\u06d3"):
            continue
        if letter in _WORD_FINAL:
            table[char] = "ends word"
        elif letter in _RIGHT_JOINING:
            table[char] = "joins not"
        else:
            table[char] = "joins next"
    return table


def _gap_of_space(segment: list[Glyph], lefts: list[float], space: float) -> int | None:
    """The gap (between glyph i and i + 1) a space drawn at `space` stands for, if any;
    `lefts` are the glyphs' left edges, in order."""
    tolerance = 0.05 * segment[0][FONT_SIZE]
    found = bisect.bisect_right(lefts, space + tolerance) - 1
    for index in (found - 1, found):
        if 0 <= index < len(segment) - 1:
            glyph, following = segment[index], segment[index + 1]
            if glyph[RIGHT] - tolerance <= space <= following[LEFT] + tolerance and (
                following[LEFT] - glyph[RIGHT] > -tolerance
            ):
                return index
    for index in (found - 1, found, found + 1):
        if (
            0 <= index < len(segment) - 1
            and abs(segment[index][LEFT] - space) <= tolerance
            # Chromium also draws a space of no width inside "والتطرّف", at the shadda's
            # glyph: a word gap is wider than the tenth of an em between its letters.
            and segment[index + 1][LEFT] - segment[index][RIGHT] > 0.1 * segment[index][FONT_SIZE]
        ):
            return index
    return None


_JOINING = _joining_table()
_ENDS_WORD = frozenset(char for char, joins in _JOINING.items() if joins == "ends word")
_WORD_END = re.compile(f"[{''.join(sorted(_ENDS_WORD))}]")

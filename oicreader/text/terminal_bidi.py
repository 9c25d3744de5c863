"""Terminal-only Arabic display: wrap in logical order, then shape and reorder each line."""

# Everything produced here (presentation forms, visual order, mirrored brackets,
# alignment padding) exists only to be printed on a terminal without bidi support.
# It must never be stored, searched or exported: the documents keep logical order.

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Literal, TextIO

import arabic_reshaper
from bidi import get_display

__all__ = [
    "BaseDirection",
    "BidiMode",
    "display_width",
    "show_controls",
    "use_visual_order",
    "visual_line",
    "visual_lines",
    "wrap_logical",
]

BidiMode = Literal["auto", "visual", "logical"]
BaseDirection = Literal["rtl", "ltr"]

_log = logging.getLogger(__name__)

_BASE_DIR: dict[str, str] = {"rtl": "R", "ltr": "L"}

# --------------------------------------------------------------------------- mode


def use_visual_order(mode: BidiMode, stream: TextIO) -> bool:
    """Tell whether text for ``stream`` must be shaped and reordered for display."""
    if mode == "visual":
        return True
    if mode == "logical":
        return False
    if mode != "auto":
        raise ValueError(f"unknown bidi mode {mode!r}; expected auto, visual or logical")
    # Pipes and files get logical text so that output stays searchable and
    # copy-pasteable; only an interactive terminal gets the visual rendering.
    isatty = getattr(stream, "isatty", None)
    if not callable(isatty):
        return False
    try:
        return bool(isatty())
    except (OSError, ValueError):  # ValueError: the stream is already closed
        return False


# ----------------------------------------------------------------------- controls

# C0 and C1 control characters and DEL: a terminal acts on them instead of showing them. ESC
# starts sequences that clear the screen, set the window's title or answer back with keys;
# a stray CR or BEL misleads or annoys. A document or a note may hold any of them, so plain
# output shows each as a visible \xNN escape. Line breaks and tabs are layout and stay.
# Bidi marks and isolates (U+200E, U+2066…) are format characters, not controls: the
# logical output keeps them for terminals that apply bidi, and visual_line drops them.
_VISIBLE_CONTROLS = {
    code: f"\\x{code:02x}" for code in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]
}


def show_controls(text: str) -> str:
    """Replace each control character but newline and tab by a visible escape (ESC: \\x1b)."""
    return text.translate(_VISIBLE_CONTROLS)


# -------------------------------------------------------------------------- width


@functools.lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    """Terminal cells taken by one code point."""
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 2
    return 1


def display_width(text: str) -> int:
    """Count the terminal cells ``text`` takes: marks and format characters 0, wide 2."""
    return sum(_char_width(char) for char in text)


# ----------------------------------------------------------------------- wrapping

# Spaces that promise not to break must not become break opportunities.
_NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")


def _is_break_space(char: str) -> bool:
    """Tell whether a line may break at ``char`` (the character is then dropped)."""
    return char == "\t" or (unicodedata.category(char) == "Zs" and char not in _NO_BREAK_SPACES)


def _clusters(word: str) -> list[str]:
    """Split ``word`` so that zero-width characters stay with the character before them."""
    # A haraka or joiner cut off from its letter at a hard break would be shown
    # on nothing, so hard splits only happen between these clusters.
    clusters: list[str] = []
    for char in word:
        if clusters and _char_width(char) == 0:
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _hard_split(word: str, limit: float) -> list[str]:
    """Cut ``word`` into pieces of at most ``limit`` cells (a lone wider cluster excepted)."""
    pieces: list[str] = []
    piece = ""
    piece_width = 0
    for cluster in _clusters(word):
        cluster_width = display_width(cluster)
        if piece and piece_width + cluster_width > limit:
            pieces.append(piece)
            piece, piece_width = "", 0
        piece += cluster
        piece_width += cluster_width
    pieces.append(piece)
    return pieces


def _tokens(segment: str) -> Iterator[tuple[str, str]]:
    """Yield ``(gap, word)`` pairs: each word with the break spaces written before it."""
    gap = ""
    word = ""
    for char in segment:
        if _is_break_space(char):
            if word:
                yield gap, word
                gap, word = "", ""
            gap += char
        else:
            word += char
    if word:
        yield gap, word


def _wrap_segment(segment: str, limit: float) -> list[str]:
    """Greedily wrap one segment that holds no line break."""
    lines: list[str] = []
    line = ""
    line_width = 0
    started = False
    for gap, word in _tokens(segment):
        word_width = display_width(word)
        if started and line_width + display_width(gap) + word_width <= limit:
            line += gap + word
            line_width += display_width(gap) + word_width
            continue
        # The gap before a word that opens a line is a break: it is dropped.
        if started:
            lines.append(line)
        pieces = [word] if word_width <= limit else _hard_split(word, limit)
        lines.extend(pieces[:-1])
        line = pieces[-1]
        line_width = display_width(line)
        started = True
    lines.append(line)
    return lines


def wrap_logical(text: str, width: int) -> list[str]:
    """Wrap a paragraph in logical order into lines of at most ``width`` cells."""
    # Breaks happen at spaces (never at no-break spaces); the spaces at a break,
    # and at the very start and end of the text, are dropped.  A word wider than
    # ``width`` is cut between characters.  Line breaks already in the text are
    # kept as forced breaks, and width < 1 means "do not wrap".
    limit: float = width if width >= 1 else float("inf")
    lines: list[str] = []
    for segment in text.splitlines():
        lines.extend(_wrap_segment(segment, limit))
    return lines


# ----------------------------------------------------------------------- shaping


@functools.lru_cache(maxsize=1)
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    """Build the reshaper once, configured so that it never changes the words."""
    # Every top-level option is spelt out so that a configuration file named by
    # PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE cannot change what we show.
    configuration = {
        "language": "Arabic",
        # The defaults would delete harakat and so silently change a vocalized text.
        "delete_harakat": False,
        # Harakat stay right after their letter; _reorder moves them after the
        # letter in visual order too (rule L3), which is what a terminal needs.
        "shift_harakat_position": False,
        "delete_tatweel": False,
        "support_zwj": True,
        "use_unshaped_instead_of_isolated": False,
        # Off: it would turn "الله" into U+FDF2 and move harakat that sit between
        # lam and alef onto the ligature.  The lam-alef ligature that Arabic
        # writing requires is applied by _ligate_lam_alef, only where it is safe.
        "support_ligatures": False,
    }
    return arabic_reshaper.ArabicReshaper(configuration=configuration)


# Lam (initial or medial form) directly followed by a final alef form, and the
# lam-alef ligature that replaces the pair (isolated after initial lam, final
# after medial lam).  Each ligature decomposes (NFKC) to exactly the two letters.
_LAM_ALEF: dict[str, str] = {
    "\ufedf\ufe8e": "\ufefb",  # lam + alef
    "\ufee0\ufe8e": "\ufefc",
    "\ufedf\ufe82": "\ufef5",  # lam + alef with madda above
    "\ufee0\ufe82": "\ufef6",
    "\ufedf\ufe84": "\ufef7",  # lam + alef with hamza above
    "\ufee0\ufe84": "\ufef8",
    "\ufedf\ufe88": "\ufef9",  # lam + alef with hamza below
    "\ufee0\ufe88": "\ufefa",
}
_LAM_ALEF_PAIR = re.compile("|".join(_LAM_ALEF))


def _ligate_lam_alef(shaped: str) -> str:
    """Join adjacent lam and alef presentation forms into the mandatory ligature."""
    # Only directly adjacent forms: with a haraka between them the pair stays two
    # letters, so the haraka keeps sitting on the lam it belongs to.
    return _LAM_ALEF_PAIR.sub(lambda match: _LAM_ALEF[match.group()], shaped)


def _shape(line: str) -> str:
    """Replace Arabic letters by their contextual presentation forms (logical order)."""
    return _ligate_lam_alef(_reshaper().reshape(line))


# --------------------------------------------------------------------- reordering

# Why not python-bidi's pure-Python bidi.algorithm, which mirrors brackets itself?
# It implements the algorithm as it was before Unicode 6.3: no bracket pairs (N0), so
# "abc (def) نص" in an RTL line comes out as "(abc (def" beside the Arabic, and it
# raises AssertionError on the isolates (U+2066..U+2069) that modern text uses.
# The Rust implementation behind bidi.get_display resolves levels correctly but
# applies neither L3 (combining marks) nor L4 (mirroring), and python-bidi exposes
# its levels only through get_display(..., debug=True), a Debug dump of the Rust
# BidiInfo with one level per UTF-8 byte.  So: take the levels from that dump, do
# L1/L2 here, and check the result against get_display's own reordering; only if
# the two agree are the levels trusted for L3 and L4.  Should a future python-bidi
# change the dump, _reorder falls back to bidi.algorithm instead of printing
# garbage (and the tests, which require the checked path, start failing).

_LEVELS_BLOCK = re.compile(r"^\s*levels: \[\s*$(?P<body>.*?)^\s*\],?\s*$", re.MULTILINE | re.DOTALL)
_LEVEL_VALUE = re.compile(r"Level\(\s*(\d+)\s*,?\s*\)")

# L1: reset to the paragraph level.
_SEPARATOR_CLASSES = frozenset({"B", "S"})
_TRAILING_CLASSES = frozenset({"WS", "FSI", "LRI", "RLI", "PDI"})
_REMOVED_BY_X9 = frozenset({"RLE", "LRE", "RLO", "LRO", "PDF", "BN"})

# Explicit bidi controls have done their job once the line is in visual order; a
# terminal without bidi support may show them as boxes, so they are left out.
_BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c"  # LRM, RLM, ALM
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
)

# Bidi_Mirrored pairs a terminal font has glyphs for; rule L4 swaps them on odd
# (right-to-left) levels.  python-bidi's full BidiMirroring table is added when
# present, but these never depend on it.
_MIRROR_PAIRS = (
    "()[]{}<>«»‹›⁅⁆⁽⁾₍₎≤≥⟨⟩⟦⟧⟪⟫⌈⌉⌊⌋〈〉〈〉《》「」『』【】〔〕〖〗〘〙〚〛"
    "﹙﹚﹛﹜﹝﹞﹤﹥（）［］｛｝＜＞｟｠｢｣"
)


def _mirror_table() -> dict[str, str]:
    """Map each mirrorable character to its mirror image."""
    table: dict[str, str] = {}
    try:
        from bidi.mirror import MIRRORED
    except ImportError:  # pragma: no cover - python-bidi may drop its Python part
        pass
    else:
        table.update({str(key): str(value) for key, value in MIRRORED.items()})
    for opening, closing in zip(_MIRROR_PAIRS[::2], _MIRROR_PAIRS[1::2], strict=True):
        table[opening] = closing
        table[closing] = opening
    return table


_MIRRORED = _mirror_table()


def _is_mark(char: str) -> bool:
    """Tell whether ``char`` is a combining mark (a haraka, for Arabic)."""
    return unicodedata.category(char) in ("Mn", "Me")


def _resolved_levels(text: str, base_dir: str) -> list[int] | None:
    """Return python-bidi's resolved embedding level of each character, or None."""
    dump = str(get_display(text, base_dir=base_dir, debug=True))
    block = _LEVELS_BLOCK.search(dump)
    if block is None:
        return None
    byte_levels = [int(value) for value in _LEVEL_VALUE.findall(block.group("body"))]
    if len(byte_levels) != len(text.encode("utf-8")):
        return None
    levels: list[int] = []
    offset = 0
    for char in text:
        levels.append(byte_levels[offset])
        offset += len(char.encode("utf-8"))
    return levels


def _line_levels(text: str, levels: Sequence[int], paragraph_level: int) -> list[int]:
    """Apply rule L1, the way the unicode-bidi crate behind python-bidi does."""
    result = list(levels)
    reset_from: int | None = 0
    previous = paragraph_level
    for index, char in enumerate(text):
        bidi_class = unicodedata.bidirectional(char)
        if bidi_class in _SEPARATOR_CLASSES:
            start = index if reset_from is None else reset_from
            result[start : index + 1] = [paragraph_level] * (index + 1 - start)
            reset_from = None
        elif bidi_class in _TRAILING_CLASSES:
            if reset_from is None:
                reset_from = index
        elif bidi_class in _REMOVED_BY_X9:
            if reset_from is None:
                reset_from = index
            result[index] = previous
        else:
            reset_from = None
        previous = result[index]
    if reset_from is not None:
        result[reset_from:] = [paragraph_level] * (len(text) - reset_from)
    return result


def _visual_order(levels: Sequence[int]) -> list[int]:
    """Apply rule L2: the logical index of each character, in visual order."""
    order = list(range(len(levels)))
    odd_levels = [level for level in levels if level % 2]
    if not odd_levels:
        return order
    for level in range(max(levels), min(odd_levels) - 1, -1):
        # Runs at this level or higher are contiguous both logically and in the
        # order built so far, since earlier passes only reversed inside them.
        index = 0
        while index < len(levels):
            if levels[index] < level:
                index += 1
                continue
            end = index
            while end < len(levels) and levels[end] >= level:
                end += 1
            order[index:end] = order[index:end][::-1]
            index = end
    return order


def _marks_after_base(text: str, order: Sequence[int], levels: Sequence[int]) -> list[int]:
    """Apply rule L3: put combining marks of right-to-left letters back after them."""
    # Reversal leaves a haraka to the left of its letter, but a terminal draws
    # a combining character on the cell printed just before it.
    result: list[int] = []
    position = 0
    while position < len(order):
        end = position
        while (
            end < len(order)
            and _is_mark(text[order[end]])
            and levels[order[end]] % 2 == 1
            and (end == position or order[end] == order[end - 1] - 1)
        ):
            end += 1
        has_base = (
            end > position
            and end < len(order)
            and order[end] == order[end - 1] - 1
            and levels[order[end]] == levels[order[position]]
            and not _is_mark(text[order[end]])
        )
        if has_base:
            result.append(order[end])
            result.extend(reversed(order[position:end]))
            position = end + 1
        else:
            result.append(order[position])
            position += 1
    return result


def _reorder_with_levels(text: str, base_direction: BaseDirection) -> str | None:
    """Reorder one shaped line with the Rust levels, or None when they can't be trusted."""
    if not text:
        return ""
    base_dir = _BASE_DIR[base_direction]
    levels = _resolved_levels(text, base_dir)
    if levels is None:
        return None
    paragraph_level = 1 if base_direction == "rtl" else 0
    line_levels = _line_levels(text, levels, paragraph_level)
    # Like unicode-bidi's reorder_line: a line with no right-to-left character
    # stays as it is, even where L1 would move a trailing space or tab.
    has_rtl = any(level % 2 for level in levels)
    order = _visual_order(line_levels) if has_rtl else list(range(len(text)))
    if "".join(text[index] for index in order) != str(get_display(text, base_dir=base_dir)):
        return None
    order = _marks_after_base(text, order, line_levels)
    visual = []
    for index in order:
        char = text[index]
        if char in _BIDI_CONTROLS:
            continue
        if line_levels[index] % 2 and unicodedata.mirrored(char):
            char = _MIRRORED.get(char, char)
        visual.append(char)
    return "".join(visual)


# Fallback only: the pure-Python algorithm knows embeddings but not isolates.
_ISOLATE_AS_EMBEDDING = {"\u2066": "\u202a", "\u2067": "\u202b", "\u2069": "\u202c"}
_ARABIC_MARKS = re.compile(
    "([\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
    "\u06ea-\u06ed\u08d3-\u08ff]+)(.)"
)


def _isolates_as_embeddings(text: str) -> str:
    """Replace isolates by the nearest embeddings, which bidi.algorithm understands."""
    chars = list(text)
    for index, char in enumerate(chars):
        if char == "\u2068":  # FSI: direction of the first strong character after it
            following = (unicodedata.bidirectional(c) for c in text[index + 1 :])
            strong = next((c for c in following if c in ("L", "R", "AL")), "L")
            chars[index] = "\u202a" if strong == "L" else "\u202b"
        else:
            chars[index] = _ISOLATE_AS_EMBEDDING.get(char, char)
    return "".join(chars)


def _fallback_reorder(text: str, base_direction: BaseDirection) -> str:
    """Reorder with python-bidi's pure-Python algorithm, which mirrors but lacks N0."""
    base_dir = _BASE_DIR[base_direction]
    try:
        from bidi.algorithm import get_display as get_display_python

        visual = str(get_display_python(_isolates_as_embeddings(text), base_dir=base_dir))
    except (ImportError, AssertionError):
        visual = str(get_display(text, base_dir=base_dir))
    # L3 by pattern: Arabic harakat that now precede a right-to-left letter
    # belong to it.
    visual = _ARABIC_MARKS.sub(
        lambda match: (
            match.group(2) + match.group(1)
            if unicodedata.bidirectional(match.group(2)) in ("R", "AL")
            else match.group()
        ),
        visual,
    )
    return "".join(char for char in visual if char not in _BIDI_CONTROLS)


def _reorder(text: str, base_direction: BaseDirection) -> str:
    """Put one shaped line into visual order, with mirrored brackets and marks fixed."""
    visual = _reorder_with_levels(text, base_direction)
    if visual is None:
        _log.debug("python-bidi levels unavailable; using its pure-Python algorithm")
        visual = _fallback_reorder(text, base_direction)
    return visual


# ------------------------------------------------------------------------ public


def visual_line(line: str, base_direction: BaseDirection) -> str:
    """Shape one logical line and return it in visual (left-to-right cell) order."""
    if base_direction not in _BASE_DIR:
        raise ValueError(f"unknown base direction {base_direction!r}; expected rtl or ltr")
    if not line:
        return ""
    if line.splitlines() != [line]:
        # The algorithm works per line; a line break inside would be reordered
        # across.  Each part is handled on its own.
        return "\n".join(visual_line(part, base_direction) for part in line.splitlines())
    return _reorder(_shape(line), base_direction)


def visual_lines(
    text: str, width: int, base_direction: BaseDirection, align: bool = True
) -> list[str]:
    """Wrap ``text`` in logical order, then shape and reorder each line for display."""
    # Wrapping must come first: reordering a whole paragraph and then cutting it
    # would put the end of the paragraph on the first line of an RTL text.
    lines = [visual_line(line, base_direction) for line in wrap_logical(text, width)]
    if base_direction == "rtl" and align and width >= 1:
        lines = [" " * max(0, width - display_width(line)) + line for line in lines]
    return lines

"""From a PDF's lines to a report's lines: page furniture out, columns in order, words whole.

Running headers and footers are told by repetition: a line at the top or the bottom of
pages that comes back (its digits aside) on many pages, and page numbers ("- 3 -",
"Page 3 of 7", "3/7") and what a browser prints in the margins (the date, the address)
by their shape there. Footnotes are the smaller lines at the foot of a page; they are
left out and counted. Two columns are read one after the other, right first in Arabic
unless the paragraph numbers say otherwise. A word broken by a hyphen at a line's end is
joined to its end on the next line, the hyphen kept where it is the word's own.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from oicreader.errors import explained
from oicreader.importing.errors import ImportProblem
from oicreader.importing.pdf_file import OCR_ADVICE, PageProgress
from oicreader.importing.pdf_lines import PdfLine
from oicreader.importing.pdf_parallel import read_page_lines
from oicreader.importing.plain_text import ReportLine, typed_paragraph_number

# The band at the top and at the bottom of a page where headers and footers are looked for.
_MARGIN_BAND = 0.13
_EDGE_LINES = 3
# Footnotes are set smaller than the body: at most this much of its size.
_SMALLER = 0.88
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—|•]\s*)?(?:(?:page|p\.|صفحة|الصفحة)\s*)?\d+"
    r"(?:\s*(?:/|of|sur|de|من)\s*\d+)?(?:\s*[-–—|•])?$",
    re.IGNORECASE,
)
# What Chromium prints in the margins: "12/6/26, 1:10 AM", "file:///…", "https://…".
_BROWSER_STAMP = re.compile(
    r"^(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?"
    r"|(?:file|https?)://\S+)$",
    re.IGNORECASE,
)
_HYPHENS = ("-", "\u00ad", "\u2010")


@dataclass(frozen=True)
class PdfReading:
    """The lines a PDF gives the report parser, and what was left out on the way."""

    lines: list[ReportLine]
    pages: int
    furniture_lines: int
    footnote_lines: int
    footnotes: int
    furniture: tuple[str, ...] = ()  # each header, footer and page number left out, once


@dataclass
class _PageLines:
    number: int
    height: float
    width: float
    lines: list[PdfLine]


def read_pdf_report(
    data: bytes,
    path: Path,
    password: str | None = None,
    progress: PageProgress | None = None,
) -> PdfReading:
    """A PDF's report lines, or ImportProblem for a file, or pages, that cannot be read."""
    read: list[_PageLines] = []
    pictures_only: list[int] = []
    for page in read_page_lines(data, path, password, progress):
        if not page.lines and page.has_pictures:
            pictures_only.append(page.number)
        read.append(_PageLines(page.number, page.height, page.width, page.lines))
    _refuse_pages_without_text(read, pictures_only, path)
    return _reading(read)


def _refuse_pages_without_text(
    pages: list[_PageLines], pictures_only: list[int], path: Path
) -> None:
    if not any(page.lines for page in pages):
        if pictures_only:
            raise ImportProblem(path, explained("scanned pages with no text"), OCR_ADVICE)
        raise ImportProblem(
            path,
            explained("this PDF holds no text to read"),
            explained("Ask for the Word file, or a PDF with text."),
        )
    if pictures_only:
        listed = ", ".join(map(str, pictures_only[:10])) + (
            ", …" if len(pictures_only) > 10 else ""
        )
        raise ImportProblem(
            path,
            explained(
                "pages {pages} of this PDF hold only pictures (scanned pages?): their text "
                "cannot be read, and the report would be imported without it",
                pages=listed,
            )
            if len(pictures_only) > 1
            else explained(
                "page {pages} of this PDF hold only pictures (scanned pages?): their text "
                "cannot be read, and the report would be imported without it",
                pages=listed,
            ),
            OCR_ADVICE,
        )


def _reading(read: list[_PageLines]) -> PdfReading:
    furniture = _furniture(read)
    body_size = _body_font_size(read)
    right_to_left = sum(line.right_to_left for p in read for line in p.lines) * 2 > sum(
        len(p.lines) for p in read
    )
    ordered: list[tuple[_PageLines, list[PdfLine]]] = []
    footnote_lines = footnotes = 0
    for page in read:
        kept = [line for line in page.lines if (page.number, id(line)) not in furniture]
        body, notes = _split_footnotes(kept, body_size)
        footnote_lines += len(notes)
        footnotes += sum(1 for note in notes if _starts_a_footnote(note.text)) or bool(notes)
        ordered.append((page, [line for line in body if not _is_stray_mark(line, body_size)]))
    in_order = _pages_in_reading_order(ordered, right_to_left)
    pitch = _line_pitch(in_order)
    report: list[ReportLine] = []
    for (page, _), lines in zip(ordered, in_order, strict=True):
        report += _page_report_lines(page, lines, pitch)
    left_out = dict.fromkeys(
        line.text.strip()
        for page in read
        for line in page.lines
        if (page.number, id(line)) in furniture
    )
    return PdfReading(
        _words_joined(report), len(read), len(furniture), footnote_lines, footnotes, tuple(left_out)
    )


def _line_pitch(pages: Iterable[list[PdfLine]]) -> float:
    """The usual distance between two lines of a paragraph, in font sizes: about 1.2 in
    most fonts, nearer 2 in Amiri, whose marks stand tall."""
    ratios = sorted(
        round((above.baseline - below.baseline) / below.font_size, 2)
        for lines in pages
        for above, below in itertools.pairwise(lines)
        if above.font_size == below.font_size and above.baseline > below.baseline
    )
    return ratios[len(ratios) // 2] if ratios else 1.2


def _furniture(pages: list[_PageLines]) -> set[tuple[int, int]]:
    """(page number, id of the line) of every header, footer and page number."""
    candidates: list[tuple[_PageLines, PdfLine]] = []
    for page in pages:
        ordered = sorted(page.lines, key=lambda line: -line.baseline)
        edges = ordered[:_EDGE_LINES] + ordered[-_EDGE_LINES:]
        band = page.height * _MARGIN_BAND
        candidates += [
            (page, line)
            for line in dict.fromkeys(edges)
            if line.baseline > page.height - band or line.baseline < band
        ]
    unique = {(page.number, id(line)): line for page, line in candidates}
    seen = Counter(_shape(line.text) for line in unique.values())
    repeated = max(2, round(len(pages) * 0.4))
    return {
        (page.number, id(line))
        for page, line in candidates
        if (len(pages) > 1 and seen[_shape(line.text)] >= repeated)
        or _PAGE_NUMBER.match(line.text.strip())
        or _BROWSER_STAMP.match(line.text.strip())
    }


def _shape(text: str) -> str:
    """A line with its numbers blanked: "Page 3 of 7" and "Page 4 of 7" have one shape."""
    return _DIGITS.sub("#", " ".join(text.split()).casefold())


def _body_font_size(pages: list[_PageLines]) -> float:
    sizes = Counter[float]()
    for page in pages:
        for line in page.lines:
            sizes[line.font_size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _split_footnotes(lines: list[PdfLine], body_size: float) -> tuple[list[PdfLine], list[PdfLine]]:
    """A page's lines, and the smaller lines at its foot that are its footnotes."""
    ordered = sorted(lines, key=lambda line: -line.baseline)
    end = len(ordered)
    while end > 0 and ordered[end - 1].font_size < _SMALLER * body_size:
        end -= 1
    notes = ordered[end:]
    # Footnotes start with their mark; small lines with none are a caption or a remark.
    if not any(_starts_a_footnote(note.text) for note in notes):
        return lines, []
    kept = set(map(id, notes))
    return [line for line in lines if id(line) not in kept], notes


_FOOTNOTE_MARK = re.compile(r"^(?:\d{1,3}|[*†‡]+|\(\d{1,3}\))(?:[\s.)]|$)")


def _starts_a_footnote(text: str) -> bool:
    return bool(_FOOTNOTE_MARK.match(text.strip()))


def _is_stray_mark(line: PdfLine, body_size: float) -> bool:
    # A footnote mark drawn on its own, between lines of the body.
    text = line.text.strip()
    return (
        line.font_size < _SMALLER * body_size
        and len(text) <= 3
        and not any(char.isalpha() for char in text)
    )


@dataclass(frozen=True)
class _Columns:
    """A page's lines: above two columns, the columns (left, right), and the rest below."""

    above: list[PdfLine]
    left: list[PdfLine]
    right: list[PdfLine]
    below: list[PdfLine]


def _columns(lines: list[PdfLine], width: float) -> _Columns | None:
    """The two columns of a page, or None for a page of one."""
    ordered = sorted(lines, key=lambda line: -line.baseline)
    middle = width / 2
    slack = width * 0.02
    left = [line for line in ordered if line.right < middle + slack]
    right = [line for line in ordered if line.left > middle - slack]
    if len(left) < 3 or len(right) < 3 or len(left) + len(right) < 0.6 * len(ordered):
        return None
    top = max(line.baseline for line in left + right)
    in_columns = {id(line) for line in left + right}
    rest = [line for line in ordered if id(line) not in in_columns]
    return _Columns(
        [line for line in rest if line.baseline > top],
        left,
        right,
        [line for line in rest if line.baseline <= top],
    )


def _pages_in_reading_order(
    pages: list[tuple[_PageLines, list[PdfLine]]], right_to_left: bool
) -> list[list[PdfLine]]:
    """Each page's lines in reading order: top to bottom, and column by column where a page
    has two: the right one first in a right-to-left document, unless the paragraph numbers
    say otherwise (LibreOffice 7.4 does not mirror the columns of a right-to-left section,
    so its first column is the left one), which is then so for the whole document."""
    split = [_columns(lines, page.width) for page, lines in pages]
    votes = Counter(
        _first_number(columns.left) < _first_number(columns.right)  # left first?
        for columns in split
        if columns and _first_number(columns.left) and _first_number(columns.right)
    )
    left_first = votes[True] > votes[False] if votes else not right_to_left
    ordered: list[list[PdfLine]] = []
    for (_, lines), columns in zip(pages, split, strict=True):
        if columns is None:
            ordered.append(sorted(lines, key=lambda line: -line.baseline))
            continue
        first, second = (
            (columns.left, columns.right) if left_first else (columns.right, columns.left)
        )
        ordered.append(columns.above + first + second + columns.below)
    return ordered


def _first_number(column: list[PdfLine]) -> int:
    """The first paragraph number a column's lines start with; 0 when none does."""
    return next((n for n in (typed_paragraph_number(line.text) for line in column) if n), 0)


def _page_report_lines(page: _PageLines, lines: list[PdfLine], pitch: float) -> list[ReportLine]:
    """A page's lines as report lines: a blank line where a block ends, and at the page's
    end (a page break ends a cover block; paragraphs carry on across it).

    A block ends where the type size changes, or where the gap to the next line is wider
    than the page's closest lines of that size (a cover's title wrapped over two lines is
    one block; the blocks around it are set further apart); the document's line pitch
    stands in for a size seen on one line only.
    """
    closest: dict[float, float] = {}
    for above, below in itertools.pairwise(lines):
        if above.font_size == below.font_size and above.baseline > below.baseline:
            ratio = (above.baseline - below.baseline) / below.font_size
            closest[below.font_size] = min(ratio, closest.get(below.font_size, ratio))
    result: list[ReportLine] = []
    previous: PdfLine | None = None
    place = f"page {page.number}"
    for line in lines:
        if previous is not None and _block_ends(previous, line, closest.get(line.font_size, pitch)):
            result.append(ReportLine("", place))
        result.append(ReportLine(line.text, place))
        previous = line
    result.append(ReportLine("", place))
    return result


def _block_ends(previous: PdfLine, line: PdfLine, pitch: float) -> bool:
    if abs(previous.font_size - line.font_size) > 0.05 * line.font_size:
        return True
    gap = (previous.baseline - line.baseline) / line.font_size
    return gap < 0 or gap > 1.15 * pitch


def _words_joined(lines: list[ReportLine]) -> list[ReportLine]:
    """Lines with each word broken at a line's end by a hyphen whole again.

    "interna-" "tional" is "international". A hyphen stays where the word has its own:
    before a capital ("Amon-Tanoh", "Al-Qods-Est"), a digit ("EXPO-2025") or a letter that
    is not Latin, after a word listed in resources/importing/hyphen_prefixes.txt ("non-",
    "soixante-"), or where the report writes the word with its hyphen elsewhere and never
    without.
    """
    vocabulary = _Vocabulary(lines)
    joined = list(lines)
    for index, line in enumerate(joined):
        text = line.text.rstrip()
        if not text.endswith(_HYPHENS) or len(text) < 2 or not text[-2].isalpha():
            continue
        following = next(
            (i for i in range(index + 1, min(index + 4, len(joined))) if joined[i].text.strip()),
            None,
        )
        if following is None:
            continue
        rest = joined[following].text.lstrip()
        tail = rest.split()[0]
        start_of_word = text.split()[-1]
        keep = not text.endswith("\u00ad") and _hyphen_stays(start_of_word, tail, vocabulary)
        word = start_of_word[:-1] + ("-" if keep else "") + tail
        joined[index] = ReportLine(text[: -len(start_of_word)] + word, line.place, line.number)
        joined[following] = ReportLine(
            rest[len(tail) :].strip(), joined[following].place, joined[following].number
        )
    return joined


class _Vocabulary:
    """How often each word (casefolded) is written in a report's lines, counted at the first
    question: most reports, and every Arabic one, break no word at a line's end, and
    counting every word of 300 pages takes a tenth of a second."""

    def __init__(self, lines: list[ReportLine]) -> None:
        self._lines = lines
        self._counts: Counter[str] | None = None

    def __getitem__(self, word: str) -> int:
        if self._counts is None:
            self._counts = Counter(
                word.casefold()
                for line in self._lines
                for word in re.findall(r"[\w\-]+", line.text)
            )
        return self._counts[word]


def _hyphen_stays(start: str, tail: str, vocabulary: _Vocabulary) -> bool:
    """Whether the hyphen between a word's start ("non-") and its end on the next line is
    the word's own."""
    first = tail[0]
    if not (first.isalpha() and first.islower() and _is_latin(first) and _is_latin(start[0])):
        return True
    if start[:-1].casefold() in _hyphen_prefixes():
        return True
    return _hyphen_is_the_words(start, tail, vocabulary)


def _is_latin(char: str) -> bool:
    return char.isascii() or "\u00c0" <= char <= "\u024f"


@cache
def _hyphen_prefixes() -> frozenset[str]:
    from oicreader.paths import resources_dir

    path = resources_dir() / "importing" / "hyphen_prefixes.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        word.strip().casefold() for word in lines if word.strip() and not word.startswith("#")
    )


def _hyphen_is_the_words(start: str, tail: str, vocabulary: _Vocabulary) -> bool:
    """Whether a word broken at a hyphen is written with its hyphen in the report."""
    bare_tail = re.sub(r"\W+$", "", tail)
    with_hyphen = (start[:-1] + "-" + bare_tail).casefold()
    without = (start[:-1] + bare_tail).casefold()
    return vocabulary[with_hyphen] > 0 and vocabulary[without] == 0

"""Parsing a plain-text report: its cover blocks and its numbered paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from oicreader.errors import explained
from oicreader.importing.decoding import read_text_file
from oicreader.importing.errors import ImportProblem
from oicreader.importing.language_detection import detect_language
from oicreader.model.document import FrontMatterBlock, LanguageVersion

# Direction marks and isolates that editors put before a number in RTL paragraphs.
_INVISIBLE_PREFIX = "[ \\t\\u200e\\u200f\\u061c\\u202a-\\u202e\\u2066-\\u2069]*"
# "1.", "1-", "1)", "(1)", "١.", "١-", "۱." — \d matches Arabic-Indic and Persian digits too.
# Up to nine digits: a report past ¶9999 keeps its numbers (four digits glued ¶10000 onwards
# to ¶9999); a figure starting a continuation line stays text (see _starts_new_paragraph).
_NUMBERED_LINE = re.compile(
    _INVISIBLE_PREFIX
    + r"(?:\((?P<bracketed>\d{1,9})\)|(?P<plain>\d{1,9})[ \t]*[.\-\u2013\u2012)])"
    + r"[ \t]+(?P<text>\S.*)$"
)
# Each line costs about 200 bytes while a report is parsed; a real report has a few
# thousand (500,000 numbered ones take 2 s and 300 MB). 50 MB of short lines would be
# 25 million lines and gigabytes.
MAX_REPORT_LINES = 500_000
# A line that is only a rule or stray mark ("-", "***", "____") carries no text.
_SEPARATOR_LINE = re.compile(r"^[\s\-\u2013\u2014_*=~.•·]+$")
_SYMBOL = re.compile(r"^[A-Z][A-Z0-9.()\-]*(?:/[A-Z0-9.()\-]+)+$")
_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre"
)
_DATE = re.compile(
    rf"^(?:\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\s+\d{{4}}|(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})$",
    re.IGNORECASE,
)
# The longest cover block of the bundled report is its title, 20 words in English.
MOST_COVER_BLOCK_WORDS = 40
_STATUS_WORDS = {
    "مشروع": "draft",
    "draft": "draft",
    "projet": "draft",
    "نهائي": "final",
    "final": "final",
    "version finale": "final",
}


@dataclass(frozen=True)
class ReportLine:
    """One line of a report as an importer reads it, before paragraphs are put together.

    `place` says where it is for error messages ("line 12", "Word paragraph 12"); `number`
    is a paragraph number the source gives outside the text (Word's automatic numbering).
    """

    text: str
    place: str
    number: int | None = None


def read_report_file(path: Path, language: str | None = None) -> LanguageVersion:
    """Read one language version of a report from a text file, detecting its encoding."""
    decoded = read_text_file(path)
    language = language or detect_language(decoded.text)
    return parse_report_text(decoded.text, language, path, decoded.encoding)


def parse_report_text(
    text: str, language: str, path: Path | None = None, encoding: str = "utf-8"
) -> LanguageVersion:
    """Split report text into cover blocks and numbered paragraphs, joining continued lines."""
    if _line_count(text) > MAX_REPORT_LINES:
        raise ImportProblem(
            path or Path("<text>"),
            explained(
                "the file has more than {count} lines, far more than a report",
                count=f"{MAX_REPORT_LINES:,}",
            ),
            explained("Check that it is the right file; if it is, split it into smaller files."),
        )
    lines = [
        ReportLine(line, f"line {line_number}")
        for line_number, line in enumerate(_lines(text), start=1)
    ]
    return parse_report_lines(lines, language, path, encoding)


def parse_report_lines(
    lines: Sequence[ReportLine],
    language: str,
    path: Path | None = None,
    encoding: str = "utf-8",
    paragraph_per_line: bool = False,
) -> LanguageVersion:
    """Cover blocks and numbered paragraphs from lines: what every importer shares.

    A blank line ends a cover block; a line with a number (given, or typed at its start)
    starts a paragraph; any other line continues the paragraph before it. A report with no
    numbered paragraph at all is read by its blocks instead (see `_unnumbered`): after the
    cover, each block is a paragraph, or each line when `paragraph_per_line` (a Word file,
    one Word paragraph per paragraph).
    """
    source = path or Path("<text>")
    front_blocks: list[list[str]] = [[]]
    paragraphs: dict[int, list[str]] = {}
    paragraph_places: dict[int, str] = {}
    current: int | None = None
    for line in lines:
        stripped = line.text.strip()
        if not stripped or _SEPARATOR_LINE.match(stripped):
            if current is None and front_blocks[-1]:
                front_blocks.append([])
            continue
        number, text = _numbered(line, current)
        if number is not None:
            if number in paragraphs or (current is not None and number < current):
                seen = paragraph_places.get(number)
                raise ImportProblem(
                    source,
                    explained(
                        "paragraph {number} is out of order after paragraph {current} (first "
                        "seen at {seen})",
                        number=number,
                        current=current,
                        seen=seen,
                    )
                    if seen
                    else explained(
                        "paragraph {number} is out of order after paragraph {current}",
                        number=number,
                        current=current,
                    ),
                    explained(
                        "Check the paragraph numbers: each number may appear once, in order."
                    ),
                    place=line.place,
                )
            current = number
            paragraph_places[number] = line.place
            paragraphs[number] = [text]
        elif current is None:
            front_blocks[-1].append(stripped)
        else:
            # A paragraph continued after a page break or blank lines.
            paragraphs[current].append(stripped)
    if not paragraphs:
        return _unnumbered(
            [block for block in front_blocks if block],
            language,
            source,
            path,
            encoding,
            paragraph_per_line,
        )
    front_matter = _front_matter([" ".join(block) for block in front_blocks if block])
    return LanguageVersion(
        language=language,
        front_matter=tuple(front_matter),
        paragraphs={number: " ".join(lines) for number, lines in paragraphs.items()},
        source_path=path,
        encoding=encoding,
    )


def _unnumbered(
    blocks: list[list[str]],
    language: str,
    source: Path,
    path: Path | None,
    encoding: str,
    paragraph_per_line: bool,
) -> LanguageVersion:
    """A report whose paragraphs carry no numbers: the cover ends at its date block (and
    the blocks right after it that repeat the cover, such as the title over the body, or
    read as cover blocks, not sentences), and every block after it is a paragraph, numbered
    in order. Without a date the cover cannot
    be told from the body, so the file is refused as before."""
    texts = [" ".join(block) for block in blocks]
    date_index = next((i for i, text in enumerate(texts) if _recognised_role(text) == "date"), None)
    if date_index is None:
        raise ImportProblem(
            source,
            explained("no numbered paragraphs found"),
            explained(
                "Each paragraph must start with its number, written as 1. or 1- or (1) "
                "(Arabic-Indic digits such as ١. are fine), or be numbered by Word's "
                "automatic numbering; paragraphs without numbers must follow a cover that ends "
                "with its date, separated by blank lines."
            ),
        )
    cover_end = date_index + 1
    cover = texts[:cover_end]
    named = _front_matter(cover)
    # A cover laid out in another order puts some of its blocks after the date.
    while cover_end < len(texts) and (
        _repeats_cover(texts[cover_end], named) or _reads_as_cover(texts[cover_end])
    ):
        if not _repeats_cover(texts[cover_end], named):
            cover.append(texts[cover_end])
            named = _front_matter(cover)
        cover_end += 1
    body = blocks[cover_end:]
    paragraphs = (
        [line for block in body for line in block]
        if paragraph_per_line
        else [" ".join(block) for block in body]
    )
    if not paragraphs:
        raise ImportProblem(
            source,
            explained("no paragraphs found after the cover"),
            explained(
                "Put the report's paragraphs after its cover, separated by blank lines, or "
                "number them (1. or (1))."
            ),
        )
    return LanguageVersion(
        language=language,
        front_matter=tuple(named),
        paragraphs=dict(enumerate(paragraphs, start=1)),
        source_path=path,
        encoding=encoding,
        numbered=False,
    )


def _reads_as_cover(block: str) -> bool:
    """Whether a block reads as a cover's (a name, a title, a place: short, not a sentence)
    rather than as a paragraph of the body, which ends a sentence."""
    return len(block.split()) <= MOST_COVER_BLOCK_WORDS and not block.rstrip().endswith(
        tuple(".؟?!:;")
    )


def _repeats_cover(block: str, cover: list[FrontMatterBlock]) -> bool:
    """Whether a block after the date only repeats the cover: the title over the body, the
    venue, the date or the symbol again."""
    role = _recognised_role(block)
    if role is not None and any(cover_block.role == role for cover_block in cover):
        return True
    folded = " ".join(block.casefold().split())
    for cover_block in cover:
        cover_text = " ".join(cover_block.text.casefold().split())
        if folded == cover_text or (cover_block.role == "title" and cover_text in folded):
            return True
    return False


def typed_paragraph_number(text: str) -> int | None:
    """The paragraph number typed at the start of a line ("4.", "(4)", "٤-"), if there is one."""
    numbered = _NUMBERED_LINE.match(text)
    return _paragraph_number(numbered) if numbered else None


def _numbered(line: ReportLine, current: int | None) -> tuple[int | None, str]:
    """The paragraph number a line starts, if any, and its text without the number."""
    if line.number is not None:
        return line.number, line.text.strip()
    numbered = _NUMBERED_LINE.match(line.text)
    number = _paragraph_number(numbered) if numbered else None
    if numbered is None or number is None or not _starts_new_paragraph(number, current):
        return None, line.text.strip()
    return number, numbered.group("text").strip()


def _line_count(text: str) -> int:
    """How many lines _lines() would make, counted without making them."""
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n") + text.count("\u2028")
    return breaks + 2 * (text.count("\f") + text.count("\u2029")) + 1


def _lines(text: str) -> list[str]:
    # A form feed is a page break: it ends a line just like a newline.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    return text.replace("\u2028", "\n").replace("\u2029", "\n\n").lstrip("\ufeff").split("\n")


def _paragraph_number(match: re.Match[str]) -> int | None:
    digits = match.group("bracketed") or match.group("plain")
    try:
        return int(digits)
    except ValueError:  # a digit from a script int() does not read (e.g. mixed scripts)
        return None


def _starts_new_paragraph(number: int, current: int | None) -> bool:
    # A continuation line may begin with a year or figure ("1967. ..."): a number far beyond
    # the running paragraph number is text, not a new paragraph.
    return current is None or number <= current + 50


def _front_matter(blocks: list[str]) -> list[FrontMatterBlock]:
    """Name each cover block, and leave out the title repeated after the cover page."""
    roles: list[str | None] = [_recognised_role(block) for block in blocks]
    unnamed = iter(["organisation", "title", "venue"])
    first_marker = next((i for i, role in enumerate(roles) if role), len(blocks))
    for index, role in enumerate(roles):
        if role is None:
            name = next(unnamed, "text")
            if name == "organisation" and index > first_marker:
                name = next(unnamed, "text")
            roles[index] = name
    named = [
        FrontMatterBlock(role or "text", block) for role, block in zip(roles, blocks, strict=True)
    ]
    title_index = next((i for i, block in enumerate(named) if block.role == "title"), None)
    date_index = next((i for i, block in enumerate(named) if block.role == "date"), None)
    if title_index is None or date_index is None:
        return named
    title = named[title_index].text
    # The title itself stays where it is, after the date too (a cover in another order).
    return named[: date_index + 1] + [
        block
        for index, block in enumerate(named[date_index + 1 :], start=date_index + 1)
        if index == title_index or not _repeats_title(block.text, title)
    ]


def _recognised_role(block: str) -> str | None:
    if _SYMBOL.match(block):
        return "symbol"
    if _DATE.match(block):
        return "date"
    if block.casefold() in _STATUS_WORDS:
        return "status"
    return None


def _repeats_title(block: str, title: str) -> bool:
    # "Draft Report of ..." repeats "Report of ...": compare without case or line breaks.
    return " ".join(title.casefold().split()) in " ".join(block.casefold().split())


def status_of(version: LanguageVersion) -> str | None:
    """The document status a cover's status mark gives ("draft", "final"), if it has one."""
    mark = version.front_matter_text("status")
    return _STATUS_WORDS.get(mark.casefold()) if mark else None

"""Reading a Word (.docx) report: body paragraphs and tables in order, numbering, no headers.

The body is read in document order, paragraphs and table cells interleaved. Headers,
footers, footnotes, comments and text boxes are never read: they repeat the symbol and page
numbers or hold remarks that are not the report's text. Deleted tracked changes are left out
and inserted ones kept, as Word shows the final text.

Paragraph numbers come from typed numbers ("4.", "(4)", "٤-") exactly as in a text file,
or from Word's automatic numbering (see word_numbering.py): a list paragraph whose label is
just its own counter in digits ("%1.", "(%1)") carries that counter as its paragraph number,
at the list level where the first such paragraph sits; deeper levels and letter or bullet
labels ("(a)", "•") stay in the text as typed labels would. A report without any paragraph
number is read one Word paragraph per paragraph after its cover (plain_text.parse_report_lines).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from oicreader.errors import explained
from oicreader.importing.decoding import MAX_FILE_BYTES, TOO_LARGE_ADVICE
from oicreader.importing.errors import ImportProblem
from oicreader.importing.language_detection import detect_language
from oicreader.importing.plain_text import ReportLine, parse_report_lines, typed_paragraph_number
from oicreader.importing.safe_read import read_user_file
from oicreader.importing.word_numbering import WordNumbering, whole_number
from oicreader.importing.word_package import RESAVE, check_word_package
from oicreader.model.document import LanguageVersion

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_SDT, _SDT_CONTENT, _CUSTOM_XML = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_T, _PPR, _VAL = qn("w:t"), qn("w:pPr"), qn("w:val")
_SPACES = frozenset({qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:ptab")})
# Deleted or moved-away tracked text, field instructions, text boxes and the fallback copy of
# drawings are not part of the paragraph's visible text.
_SKIPPED = frozenset(
    {
        _PPR,
        qn("w:rPr"),
        qn("w:del"),
        qn("w:moveFrom"),
        qn("w:instrText"),
        qn("w:delText"),
        qn("w:txbxContent"),
        qn("w:drawing"),
        qn("w:pict"),
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
    }
)
_FALSE = frozenset({"0", "false", "off"})


@dataclass(frozen=True)
class WordReading:
    """The lines a Word file gives the report parser, and what was noticed on the way."""

    lines: list[ReportLine]
    right_to_left_paragraphs: int
    automatic_numbers: int


def read_word_file(path: Path, language: str | None = None) -> LanguageVersion:
    """Read one language version of a report from a .docx file."""
    reading = read_word_lines(path)
    if language is None:
        language = detect_language("\n".join(line.text for line in reading.lines))
    return parse_report_lines(reading.lines, language, path, paragraph_per_line=True)


def read_word_lines(path: Path) -> WordReading:
    """The body of a .docx file as report lines, numbers from automatic numbering filled in."""
    return word_lines_from_bytes(read_user_file(path, MAX_FILE_BYTES, TOO_LARGE_ADVICE), path)


def word_lines_from_bytes(data: bytes, path: Path) -> WordReading:
    """The body of a .docx file already read (its bytes), as report lines; `path` names it."""
    document = _open(data, path)
    styles = _StyleSheet(document)
    numbering = WordNumbering(_numbering_element(document), styles.by_id)
    paragraph_level: int | None = None
    lines: list[ReportLine] = []
    right_to_left = automatic = 0
    for index, paragraph in enumerate(_body_paragraphs(document.element.body), start=1):
        place = f"Word paragraph {index}"
        text = " ".join(_paragraph_text(paragraph).split())
        num_id, level, bidi = styles.properties(paragraph)
        right_to_left += bidi and bool(text)
        label = numbering.next_label(num_id, level) if num_id else None
        if label is not None and label.counts_paragraphs and paragraph_level is None:
            paragraph_level = level
        if label is not None and label.counts_paragraphs and level == paragraph_level:
            if text:  # Word shows a number on an empty list paragraph; it holds no text
                lines.append(ReportLine(text, place, label.value))
                automatic += 1
            continue
        if label is not None and label.label.strip():
            text = f"{label.label.strip()} {text}".strip()
        lines.append(ReportLine(text, place))
    return WordReading(_with_block_breaks(lines), right_to_left, automatic)


def _open(data: bytes, path: Path) -> Any:
    # Bounded first: python-docx unpacks and parses every part it finds, whatever its size.
    check_word_package(data, path)
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportProblem(
            path, explained("this Word file cannot be read ({reason})", reason=error), RESAVE
        ) from None
    except MemoryError:
        raise
    except Exception as error:  # lxml's XMLSyntaxError and kin: a damaged part
        raise ImportProblem(
            path,
            explained("this Word file is damaged ({kind})", kind=type(error).__name__),
            RESAVE,
        ) from None


def _numbering_element(document: Any) -> Any | None:
    # Not document.part.numbering_part: that creates an empty part when there is none.
    for relationship in document.part.rels.values():
        if relationship.reltype.endswith("/numbering") and not relationship.is_external:
            return relationship.target_part.element
    return None


def _body_paragraphs(container: Any) -> Iterator[Any]:
    """Every w:p of the body in reading order, descending into tables and content controls."""
    for child in container:
        if child.tag == _P:
            yield child
        elif child.tag in (_TBL, _TR, _TC, _CUSTOM_XML):
            yield from _body_paragraphs(child)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _body_paragraphs(content)


def _paragraph_text(element: Any) -> str:
    parts: list[str] = []
    for child in element:
        tag = child.tag
        if tag in _SKIPPED:
            continue
        if tag == _T:
            parts.append(child.text or "")
        elif tag in _SPACES:
            parts.append(" ")
        elif tag == qn("w:noBreakHyphen"):
            parts.append("-")
        else:
            parts.append(_paragraph_text(child))
    return "".join(parts)


def _with_block_breaks(lines: list[ReportLine]) -> list[ReportLine]:
    """Lines as the text parser expects them, cover blocks separated by blank lines.

    A cover laid out with empty paragraphs between its blocks (a text file opened in Word)
    is read as a text file is: consecutive lines form one block. Without any, each paragraph
    of the cover is a block of its own, as Word users space blocks with paragraph spacing.
    """
    cover: list[ReportLine] = []
    for line in lines:
        if line.number is not None or typed_paragraph_number(line.text) is not None:
            break
        cover.append(line)
    if any(not line.text for line in cover):
        return lines
    spaced: list[ReportLine] = []
    for line in lines:
        spaced += [line, ReportLine("", line.place)]
    return spaced


class _StyleSheet:
    """Paragraph styles: the numbering and direction a paragraph inherits from its style."""

    def __init__(self, document: Any):
        element = document.styles.element
        self.by_id: dict[str, Any] = {
            style.get(qn("w:styleId"), ""): style for style in element.iterfind(qn("w:style"))
        }
        self._default = next(
            (
                style_id
                for style_id, style in self.by_id.items()
                if style.get(qn("w:type")) == "paragraph"
                and style.get(qn("w:default")) in ("1", "true", "on")
            ),
            None,
        )
        self._resolved: dict[str, _Settings] = {}

    def properties(self, paragraph: Any) -> tuple[str | None, int, bool]:
        """A paragraph's list (w:numId; None when none), list level, and right-to-left flag.

        The paragraph's own properties come first, then its style, then the styles it is
        based on, so the nearest setting wins (a numId of 0 on the paragraph cancels a
        style's list).
        """
        own = paragraph.find(_PPR)
        style = own.find(qn("w:pStyle")) if own is not None else None
        inherited = self._style_settings(style.get(_VAL) if style is not None else self._default)
        num_id, level, bidi = _nearest(_settings(own), inherited)
        right_to_left = bidi is not None and bidi.lower() not in _FALSE
        return (
            num_id if num_id != "0" else None,
            whole_number(level, 0),
            right_to_left,
        )

    def _style_settings(self, style_id: str | None) -> _Settings:
        """What a style sets, or inherits through basedOn: each style is resolved only once.

        Walking the whole basedOn chain for every paragraph made a hostile file of thousands
        of chained styles and paragraphs take minutes.
        """
        chain: list[str] = []
        while (
            style_id
            and style_id in self.by_id
            and style_id not in self._resolved
            and style_id not in chain  # basedOn loops exist in damaged files
        ):
            chain.append(style_id)
            based_on = self.by_id[style_id].find(qn("w:basedOn"))
            style_id = based_on.get(_VAL) if based_on is not None else None
        inherited = self._resolved.get(style_id or "", _UNSET)
        for resolved_id in reversed(chain):
            inherited = _nearest(_settings(self.by_id[resolved_id].find(_PPR)), inherited)
            self._resolved[resolved_id] = inherited
        return self._resolved.get(chain[0], _UNSET) if chain else inherited


_Settings = tuple[str | None, str | None, str | None]  # numId, ilvl, bidi (w:val of each)
_UNSET: _Settings = (None, None, None)
_SETTING_PATHS = ("w:numPr/w:numId", "w:numPr/w:ilvl", "w:bidi")


def _settings(properties: Any | None) -> _Settings:
    """The w:val of numId, ilvl and bidi in one w:pPr; "" for bidi present without a value."""
    if properties is None:
        return _UNSET
    numbering, level, bidi = (_value_at(properties, path) for path in _SETTING_PATHS)
    return numbering, level, bidi


def _nearest(own: _Settings, inherited: _Settings) -> _Settings:
    """Each setting from `own` where it is set, else from `inherited`."""
    numbering, level, bidi = (
        mine if mine is not None else theirs for mine, theirs in zip(own, inherited, strict=True)
    )
    return numbering, level, bidi


def _value_at(properties: Any, path: str) -> str | None:
    found = properties.find("/".join(qn(step) for step in path.split("/")))
    return None if found is None else str(found.get(_VAL, ""))

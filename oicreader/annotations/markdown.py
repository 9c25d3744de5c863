"""Notes as Markdown for reading and sending: paragraph texts, highlighted words and notes."""

# Arabic stays in logical order, never reshaped. Lines whose text is Arabic begin with U+200F
# RIGHT-TO-LEFT MARK, placed just after any Markdown marker ("> ", "## "): HTML such as
# <div dir="rtl"> is not rendered by every Markdown viewer, while the mark is a strong
# right-to-left character that plain-text viewers and renderers alike take as the line's
# direction (the markers themselves are neutral, and a mark before them would stop Markdown
# from recognising them). Highlighted words are quoted on their own line under the note,
# which reads well in any viewer, rather than marked ==…== inside the paragraph, which only
# some renderers show.

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from oicreader.importing.language_detection import detect_language
from oicreader.model.annotation import PALETTE, Annotation
from oicreader.model.document import Document
from oicreader.model.languages import direction_of

RLM = "\u200f"
_COLOR_NAMES = {value: name for name, value in PALETTE.items()}
# Backslash-escaped wherever they occur: each can start emphasis, code, links, HTML, entities,
# tables, strikethrough, ==marks== or $math$ in CommonMark or a common extension of it.
_INLINE_ESCAPES = str.maketrans({character: "\\" + character for character in "\\`*_[]<>&|~=$"})
# Control characters and explicit bidi embeddings, overrides and isolates are shown as
# {U+XXXX}: invisible, they could reorder the text a reader sees (a "Trojan Source" trick in a
# file that gets sent on) or be dropped by a renderer. Tabs are kept; line breaks split lines.
_VISIBLE_CONTROLS = str.maketrans(
    {
        code: f"{{U+{code:04X}}}"
        for code in [
            *range(0x00, 0x09),
            *range(0x0B, 0x20),
            0x7F,
            *range(0x202A, 0x202F),
            *range(0x2066, 0x206A),
        ]
    }
)
# A line that would otherwise open a heading, a list item or a setext underline.
_BLOCK_START = re.compile(r"([#+-])|([0-9]{1,9})([.)])")
_LEADING_SPACE = re.compile(r"[ \t]+")


def export_markdown(
    annotations: Iterable[Annotation],
    documents: Mapping[str, Document],
    languages: Sequence[str],
) -> str:
    """Live (not deleted) notes by document and paragraph, under each chosen language's text."""
    # A note on a document missing from `documents` is still written, under its key and
    # without paragraph text: a note is never dropped from an export.
    if not languages:
        raise ValueError("choose at least one language for the paragraph texts")
    grouped: dict[str, dict[int, list[Annotation]]] = {}
    for annotation in annotations:
        if annotation.deleted is None:
            by_paragraph = grouped.setdefault(annotation.document, {})
            by_paragraph.setdefault(annotation.paragraph_number, []).append(annotation)
    lines = ["# OIC Reader notes", ""]
    if not grouped:
        lines += ["No notes.", ""]
    known = [key for key in documents if key in grouped]
    unknown = sorted(key for key in grouped if key not in documents)
    for key in known + unknown:
        document = documents.get(key)
        lines += _document_heading(key, document, languages[0])
        for number in sorted(grouped[key]):
            lines += [f"### Paragraph {number}", ""]
            if document is not None:
                lines += _paragraph_texts(document, number, languages)
            for annotation in sorted(grouped[key][number], key=_reading_order):
                lines += _note(annotation)
    return "\n".join(lines).rstrip("\n") + "\n"


def escape_inline(text: str) -> str:
    """Plain text made literal inside a Markdown line; invisible controls shown as {U+XXXX}."""
    return text.translate(_VISIBLE_CONTROLS).translate(_INLINE_ESCAPES)


def escape_line(text: str) -> str:
    """One line of plain text made literal in Markdown, also where it starts a line."""
    text = escape_inline(text)
    # Leading spaces would make an indented code block; no-break spaces keep the indent.
    indent = _LEADING_SPACE.match(text)
    if indent is not None:
        spaces = indent.group(0).replace("\t", "    ")
        text = "\u00a0" * len(spaces) + text[indent.end() :]
    block = _BLOCK_START.match(text)
    if block is not None:
        if block.group(1):
            text = "\\" + text
        else:
            digits = block.group(2)
            text = f"{digits}\\{text[len(digits) :]}"
    return text


def _document_heading(key: str, document: Document | None, language: str) -> list[str]:
    if document is None:
        return [f"## {escape_inline(key)} (not in the library)", ""]
    title = document.title(language)
    heading = escape_line(f"{document.symbol} — {title}")
    if heading.endswith("#"):
        # A heading's closing run of # is dropped as markup unless its last # is escaped.
        heading = heading[:-1] + "\\#"
    if direction_of(language) == "rtl":
        heading = RLM + heading
    return [f"## {heading}", ""]


def _paragraph_texts(document: Document, number: int, languages: Sequence[str]) -> list[str]:
    paragraph = document.paragraph(number)
    lines: list[str] = []
    for language in languages:
        text = paragraph.text(language)
        label = escape_inline(language)
        if text is None:
            lines += [f"*{label}: this paragraph is not in this language version*", ""]
            continue
        # The language is known here, so the direction is set, not guessed.
        rtl = direction_of(language) == "rtl"
        lines += [f"**{label}**", ""]
        lines += _block(text, prefix="> ", rtl=rtl)
        lines.append("")
    return lines


def _reading_order(annotation: Annotation) -> tuple[bool, str, int, str, str]:
    # Notes on the whole paragraph first, then highlights in text order, oldest first.
    start = annotation.anchor.start if annotation.anchor is not None else -1
    return (annotation.is_highlight, annotation.language, start, annotation.created, annotation.id)


def _note(annotation: Annotation) -> list[str]:
    kind = "Highlight" if annotation.is_highlight else "Note"
    details = [f"**{kind}** ({escape_inline(annotation.language)})"]
    if annotation.color is not None:
        details.append(escape_inline(_COLOR_NAMES.get(annotation.color, annotation.color)))
    if annotation.tags:
        details.append(" ".join(f"#{escape_inline(tag)}" for tag in annotation.tags))
    details.append(escape_inline(annotation.created[:10]))
    lines = [" · ".join(details), ""]
    if annotation.anchor is not None:
        rtl = direction_of(annotation.language) == "rtl"
        lines += _block(annotation.anchor.quote, prefix="> ", rtl=rtl)
        lines.append("")
    if annotation.note:
        # A note's language is not recorded, so each line is judged by its own letters.
        lines += _block(annotation.note, prefix="", rtl=None)
        lines.append("")
    return lines


def _block(text: str, prefix: str, rtl: bool | None) -> list[str]:
    """Lines of plain text, escaped, with hard breaks; rtl None: judge each line by its letters."""
    source_lines = text.splitlines() or [""]
    lines: list[str] = []
    for index, line in enumerate(source_lines):
        if not line.strip():
            lines.append(prefix.rstrip())
            continue
        content = escape_line(line)
        arabic = detect_language(line) == "ar" if rtl is None else rtl
        if arabic:
            content = RLM + content
        # Two trailing spaces: a hard line break in Markdown, invisible in plain text.
        ending = "  " if index + 1 < len(source_lines) and source_lines[index + 1].strip() else ""
        lines.append(f"{prefix}{content}{ending}")
    return lines

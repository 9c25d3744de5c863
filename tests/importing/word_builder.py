"""Word files made at test time with python-docx, with the numbering XML Word itself writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = nsdecls("w")


class WordBuilder:
    """A .docx built paragraph by paragraph: list numbering, right-to-left, tables, headers."""

    def __init__(self) -> None:
        self.document: Any = docx.Document()
        self._numbering = self.document.part.numbering_part.element
        self._next_id = 100

    def numbering(self, levels: list[tuple[str, str]], start: int = 1) -> str:
        """A new list definition, levels given as (numFmt, lvlText); returns its w:numId."""
        abstract_id, num_id = str(self._next_id), str(self._next_id + 1)
        self._next_id += 2
        level_xml = "".join(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="{start if level == 0 else 1}"/>'
            f'<w:numFmt w:val="{number_format}"/><w:lvlText w:val="{text}"/></w:lvl>'
            for level, (number_format, text) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{level_xml}</w:abstractNum>'
        )
        first_num = self._numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)  # the schema wants every abstractNum before any num
        else:
            self._numbering.append(abstract)
        self._numbering.append(
            parse_xml(
                f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
            )
        )
        return num_id

    def restarted(self, num_id: str, start: int, level: int = 0) -> str:
        """Another w:num on the same definition whose level restarts at `start` (Word's way)."""
        abstract_id = (
            self._numbering.find(f"{qn('w:num')}[@{qn('w:numId')}='{num_id}']")
            .find(qn("w:abstractNumId"))
            .get(qn("w:val"))
        )
        new_id = str(self._next_id)
        self._next_id += 1
        self._numbering.append(
            parse_xml(
                f'<w:num {W} w:numId="{new_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/>'
                "</w:lvlOverride></w:num>"
            )
        )
        return new_id

    def paragraph(
        self,
        text: str,
        *,
        numbered: tuple[str, int] | None = None,
        style: str | None = None,
        right_to_left: bool = False,
    ) -> WordBuilder:
        """Add a paragraph, optionally in a list (numId, level), a style, or right-to-left."""
        paragraph = self.document.add_paragraph(text, style=style)
        properties = paragraph._p.get_or_add_pPr()
        if numbered is not None:
            num_id, level = numbered
            properties.append(
                parse_xml(
                    f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
                )
            )
        if right_to_left:
            properties.append(parse_xml(f"<w:bidi {W}/>"))
        return self

    def deleted_text(self, kept: str, deleted: str) -> WordBuilder:
        """A paragraph with a tracked deletion, as Word writes one with Track Changes on."""
        paragraph = self.document.add_paragraph(kept)
        paragraph._p.append(
            parse_xml(
                f'<w:del {W} w:id="1" w:author="Editor"><w:r><w:delText>{deleted}</w:delText>'
                "</w:r></w:del>"
            )
        )
        return self

    def table(self, rows: list[list[str]]) -> WordBuilder:
        """Add a table, row by row."""
        table = self.document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, texts in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
        return self

    def header_and_footer(self, header: str, footer: str) -> WordBuilder:
        """Give the section a header and a footer."""
        section = self.document.sections[0]
        section.header.paragraphs[0].text = header
        section.footer.paragraphs[0].text = footer
        return self

    def save(self, path: Path) -> Path:
        """Write the file and return its path."""
        self.document.save(str(path))
        return path

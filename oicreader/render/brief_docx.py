"""A brief as a Word document (.docx, through python-docx): Arabic set right to left in
Amiri, side by side as a table, each run headed by its document and each paragraph cited."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from oicreader.atomic_files import write_private_file
from oicreader.model.brief import BriefContent, BriefEntry, BriefExportChoices
from oicreader.model.languages import direction_of
from oicreader.render.brief_runs import (
    ParagraphRun,
    dated_title,
    export_languages,
    paragraph_runs,
)
from oicreader.render.labels import column_label
from oicreader.text.citation import citation

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.table import Table
    from docx.text.paragraph import Paragraph

# The face the print uses for Arabic; Word and LibreOffice take it for the complex-script
# runs (w:cs), and the Latin text keeps the document's default face.
ARABIC_FONT = "Amiri"
LATIN_FONT = "Calibri"
BODY_POINTS = 10.5
ARABIC_POINTS = 13.5  # Amiri sits small for its size, as on screen (fonts.ARABIC_SCALE)
_RIGHT_TO_LEFT_MARK = "\u200f"
_MUTED = "4B5563"


def write_brief_docx(content: BriefContent, choices: BriefExportChoices, path: Path) -> None:
    """Write a brief as a .docx at `path`, whole or not at all."""
    import io

    data = io.BytesIO()
    brief_docx(content, choices).save(data)
    try:
        write_private_file(path, data.getvalue())
    except OSError as error:
        from oicreader.errors import UserFacingError

        raise UserFacingError(f"cannot write {path}: {error.strerror or error}") from None


def brief_docx(content: BriefContent, choices: BriefExportChoices) -> WordDocument:
    """The Word document of a brief, in memory."""
    import docx

    runs = paragraph_runs(content)
    word = docx.Document()
    _set_a4_page(word)
    _set_default_fonts(word)
    title = word.add_heading(level=0)
    _add_text(title, content.title, content.language)
    runs_by_start = {run.first_entry: run for run in runs}
    for index, entry in enumerate(content.entries):
        if index in runs_by_start:
            _add_run(word, runs_by_start[index], choices, content.language)
        elif entry.kind != "paragraph":
            _add_own_words(word, entry, content.language)
    return word


def _add_run(
    word: WordDocument, run: ParagraphRun, choices: BriefExportChoices, language: str
) -> None:
    languages = export_languages(run, choices, language)
    heading = word.add_heading(level=2)
    _add_text(heading, run.document.symbol, "en", paragraph_language=language)
    subtitle = word.add_paragraph()
    _add_text(subtitle, dated_title(run.document, language), language, muted=True)
    for number in run.numbers:
        paragraph = run.document.paragraph(number)
        texts = {code: paragraph.text(code) for code in languages}
        if choices.layout == "side-by-side":
            _add_side_by_side(word, number, texts, language)
        else:
            for code, text in _interleaved(texts, run.document.source_language):
                shown = word.add_paragraph()
                _add_text(shown, f"{number}. ", "en", paragraph_language=code)
                _add_text(shown, text or f"[{column_label('missing_paragraph', code)}]", code)
        if choices.notes:
            for note in run.notes:
                if note.paragraph_number == number and note.note.strip():
                    _add_note(word, note.note.strip(), language)
        _add_citation(word, run.document.symbol, number, language)


def _interleaved(texts: dict[str, str | None], source: str) -> list[tuple[str, str | None]]:
    return sorted(texts.items(), key=lambda pair: pair[0] != source)


def _add_side_by_side(
    word: WordDocument, number: int, texts: dict[str, str | None], language: str
) -> None:
    from oicreader.render.print_options import column_order

    columns = column_order(list(texts)) if direction_of(language) == "ltr" else list(texts)
    table = word.add_table(rows=1, cols=len(columns) + 1)
    table.style = "Table Grid"
    if direction_of(language) == "rtl":
        _mark_table_right_to_left(table)  # the number column, then Arabic, start at the right
    cells = table.rows[0].cells
    _add_text(cells[0].paragraphs[0], str(number), "en", paragraph_language=language)
    for cell, code in zip(cells[1:], columns, strict=True):
        text = texts[code]
        _add_text(cell.paragraphs[0], text or f"[{column_label('missing_paragraph', code)}]", code)
    _narrow_number_column(table, len(columns))


def _add_own_words(word: WordDocument, entry: BriefEntry, language: str) -> None:
    if entry.kind == "heading":
        _add_text(word.add_heading(level=1), entry.text, language)
    else:
        _add_note(word, entry.text, language)


def _add_note(word: WordDocument, text: str, language: str) -> None:
    note = word.add_paragraph()
    written = "rtl" if any(direction_of_char(char) == "rtl" for char in text[:40]) else "ltr"
    run_language = "ar" if written == "rtl" else language if language != "ar" else "en"
    _add_text(note, text, run_language, italic=True)


def direction_of_char(char: str) -> str:
    """rtl for an Arabic or Hebrew letter, ltr otherwise."""
    import unicodedata

    return "rtl" if unicodedata.bidirectional(char) in ("R", "AL") else "ltr"


def _add_citation(word: WordDocument, symbol: str, number: int, language: str) -> None:
    cited = word.add_paragraph()
    text = citation(symbol, number, language)
    if direction_of(language) == "rtl":
        # Word shows Unicode's isolates as boxes in some versions: the symbol gets a
        # left-to-right run of its own instead, and a right-to-left mark after it keeps the
        # Arabic comma and the number on the Arabic side.
        before, _, rest = text.partition("\u2068")
        inside, _, after = rest.partition("\u2069")
        _add_text(cited, before, language, muted=True)
        _add_text(cited, inside, "en", paragraph_language=language, muted=True)
        _add_text(cited, _RIGHT_TO_LEFT_MARK + after, language, muted=True)
    else:
        _add_text(cited, text, language, muted=True)


def _add_text(
    paragraph: Paragraph,
    text: str,
    language: str,
    *,
    paragraph_language: str | None = None,
    muted: bool = False,
    italic: bool = False,
) -> None:
    """A run in `language` in a paragraph that reads in `paragraph_language` (the same when
    None): w:bidi on a right-to-left paragraph, w:rtl and the complex-script font on Arabic."""
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    rtl = direction_of(language) == "rtl"
    _set_paragraph_direction(paragraph, paragraph_language or language)
    run.font.size = Pt(ARABIC_POINTS if rtl else BODY_POINTS)
    if muted:
        run.font.color.rgb = RGBColor.from_string(_MUTED)
    if italic:
        run.font.italic = True
    properties = run._r.get_or_add_rPr()
    _set_fonts(properties)
    _set_value(properties, "w:szCs", str(round(2 * ARABIC_POINTS)))
    _set_language(properties, language)
    if rtl:
        _set_value(properties, "w:rtl", None)
        # Word sets Arabic through the complex-script properties: bold and italic too.
        if italic:
            _set_value(properties, "w:iCs", None)


def _set_paragraph_direction(paragraph: Paragraph, language: str) -> None:
    if direction_of(language) != "rtl":
        return
    properties = paragraph._p.get_or_add_pPr()
    if properties.find(_qualified("w:bidi")) is None:
        _set_value(properties, "w:bidi", None)


def _set_a4_page(word: WordDocument) -> None:
    # python-docx's template is US Letter; briefs go to ministries that print on A4, and the
    # side-by-side tables are sized for its 17 cm between margins.
    from docx.shared import Cm

    for section in word.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2.0))


def _set_default_fonts(word: WordDocument) -> None:
    from docx.shared import Pt

    normal = word.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(BODY_POINTS)
    _set_fonts(normal.element.get_or_add_rPr())
    for name in ("Title", "Heading 1", "Heading 2"):
        _set_fonts(word.styles[name].element.get_or_add_rPr())


def _set_fonts(properties: BaseOxmlElement) -> None:
    fonts = _child(properties, "w:rFonts")
    fonts.set(_qualified("w:ascii"), LATIN_FONT)
    fonts.set(_qualified("w:hAnsi"), LATIN_FONT)
    fonts.set(_qualified("w:cs"), ARABIC_FONT)


def _set_language(properties: BaseOxmlElement, language: str) -> None:
    tag = _child(properties, "w:lang")
    if direction_of(language) == "rtl":
        tag.set(_qualified("w:bidi"), "ar-SA")
    else:
        tag.set(_qualified("w:val"), {"fr": "fr-FR"}.get(language, "en-GB"))


def _mark_table_right_to_left(table: Table) -> None:
    _set_value(table._tbl.tblPr, "w:bidiVisual", None)


def _narrow_number_column(table: Table, text_columns: int) -> None:
    from docx.shared import Cm

    # Fixed widths in the grid and in every cell: LibreOffice reads the grid, Word the cells.
    widths = [Cm(1.0)] + [Cm(16.0 / text_columns)] * text_columns
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _qualified(name: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(name))


def _child(parent: BaseOxmlElement, name: str) -> BaseOxmlElement:
    """The child element `name` of an OOXML element, made when absent and put where the
    schema orders it (Word refuses a file whose properties are out of order)."""
    from docx.oxml import OxmlElement

    found = parent.find(_qualified(name))
    if found is not None:
        return found  # type: ignore[no-any-return]
    made: BaseOxmlElement = OxmlElement(name)
    order: tuple[str, ...] = getattr(parent, "_tag_seq", ())
    if name in order:
        parent.insert_element_before(made, *order[order.index(name) + 1 :])
    else:
        parent.append(made)
    return made


def _set_value(parent: BaseOxmlElement, name: str, value: str | None) -> None:
    element = _child(parent, name)
    if value is not None:
        element.set(_qualified("w:val"), value)

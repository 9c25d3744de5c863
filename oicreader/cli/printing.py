"""The print command: chosen paragraphs and languages to a PDF, with no window or display needed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from oicreader.cli.common import named_document, open_session
from oicreader.errors import UserFacingError
from oicreader.model.languages import LANGUAGES, parse_language_list
from oicreader.model.selection import SelectionError, parse_paragraph_selection
from oicreader.render.print_choices import DEFAULT_MARGINS_MM, LAYOUTS, PAPERS

if TYPE_CHECKING:
    from oicreader.model.annotation import Annotation
    from oicreader.render.print_choices import Layout, NotesStyle, Paper


def register(commands: Any) -> None:
    """Add `print` to the command tree."""
    printing = commands.add_parser(
        "print",
        help="write paragraphs to a PDF, side by side, in one language or interleaved",
        description="Write chosen paragraphs of a document to a PDF, ready to print.",
    )
    printing.add_argument(
        "doc", nargs="?", metavar="DOC", help="symbol, id or path of a .txt or .docx file"
    )
    printing.add_argument("-p", "--paragraphs", metavar="LIST", help="e.g. 3,5-7 (default: all)")
    printing.add_argument(
        "-l",
        "--languages",
        metavar="LANGS",
        help="e.g. ar,en; the first is the page's language (default: all, Arabic rightmost)",
    )
    printing.add_argument("--layout", choices=LAYOUTS, default="side-by-side")
    printing.add_argument("--notes", action="store_true", help="include your notes")
    printing.add_argument(
        "--notes-style",
        choices=("under", "endnotes"),
        help="notes under each paragraph (default) or numbered at the end; implies --notes",
    )
    printing.add_argument(
        "--no-highlights", action="store_true", help="leave out the colours of your highlights"
    )
    printing.add_argument(
        "--paper", choices=PAPERS, help="a4 or letter (default: from your locale)"
    )
    printing.add_argument(
        "--margins",
        type=float,
        default=DEFAULT_MARGINS_MM,
        metavar="MM",
        help=f"page margins in millimetres (default: {DEFAULT_MARGINS_MM:g})",
    )
    printing.add_argument("--source-lang", choices=LANGUAGES, help="language of a DOC file")
    printing.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    printing.set_defaults(handler=command_print)


def command_print(arguments: argparse.Namespace, out: TextIO) -> int:
    """Write the chosen paragraphs to a PDF; every mistake is one message, never a traceback."""
    from oicreader.app.notes import list_notes
    from oicreader.render.headless import ensure_gui_application
    from oicreader.render.pdf_output import write_pdf
    from oicreader.render.print_layout import PrintError
    from oicreader.render.print_options import PrintOptions, PrintOptionsError

    output: Path = arguments.output
    if output.is_dir():
        raise UserFacingError(f"{output} is a folder: give a file name such as {output}/out.pdf")
    if not output.parent.is_dir():
        raise UserFacingError(f"cannot write {output}: the folder {output.parent} does not exist")
    with open_session(writes=False) as session:
        document = named_document(session, arguments.doc, arguments.source_lang)
        annotations: list[Annotation] = list_notes(session, document=document.id)
    options = PrintOptions(
        paragraphs=_paragraphs(arguments.paragraphs, document.paragraph_numbers),
        languages=_languages(arguments.languages),
        layout=cast("Layout", arguments.layout),
        notes=_notes_style(arguments),
        highlights=not arguments.no_highlights,
        paper=cast("Paper | None", arguments.paper),
        margins_mm=arguments.margins,
    )
    ensure_gui_application()
    try:
        pages = write_pdf(document, options, annotations, output)
    except (PrintOptionsError, PrintError) as error:
        raise UserFacingError(str(error)) from None
    plural = "page" if pages == 1 else "pages"
    print(f"wrote {output} ({pages} {plural})", file=out)
    return 0


def _paragraphs(option: str | None, available: list[int]) -> tuple[int, ...] | None:
    if option is None:
        return None
    try:
        return tuple(parse_paragraph_selection(option, available))
    except SelectionError as error:
        raise UserFacingError(str(error)) from None


def _languages(option: str | None) -> tuple[str, ...] | None:
    if option is None:
        return None
    try:
        return tuple(parse_language_list(option))
    except ValueError as error:
        raise UserFacingError(str(error)) from None


def _notes_style(arguments: argparse.Namespace) -> NotesStyle:
    if arguments.notes_style is not None:
        return cast("NotesStyle", arguments.notes_style)
    return "under" if arguments.notes else "none"

"""The brief command: paragraphs of several documents, and topics across the library, to one
PDF or Word file, each run headed by its document and each paragraph cited."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from oicreader.cli.common import open_session
from oicreader.errors import UserFacingError
from oicreader.render.print_choices import LAYOUTS

FORMATS = (".pdf", ".docx")


def register(commands: Any) -> None:
    """Add `brief` to the command tree."""
    brief = commands.add_parser(
        "brief",
        help="write a briefing pack of paragraphs from several documents to a PDF or .docx",
        description=(
            "Write paragraphs of several documents, in the order given, to a PDF or a Word "
            "file: each document's symbol, title and date above its paragraphs, and each "
            "paragraph cited as (SYMBOL, para. N) in the brief's language."
        ),
    )
    brief.add_argument(
        "items",
        nargs="+",
        metavar="ITEM",
        help="DOC:PARAGRAPHS (e.g. OIC/ACM-2017/CHAIR-REP:4,6-7) or topic:ID (a topic across "
        "the library)",
    )
    brief.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf|OUT.docx")
    brief.add_argument("--title", default="Brief", help='the brief\'s title (default: "Brief")')
    brief.add_argument(
        "-l",
        "--languages",
        metavar="LANGS",
        help="e.g. ar,en; the first is the brief's language, for its headings and citations "
        "(default: every language, citations in English)",
    )
    brief.add_argument("--layout", choices=LAYOUTS, default="side-by-side")
    brief.add_argument("--notes", action="store_true", help="include your notes")
    brief.set_defaults(handler=command_brief)


def command_brief(arguments: argparse.Namespace, out: TextIO) -> int:
    """Write the brief; a bad item is one message naming it, and no file is written."""
    from oicreader.app.briefs import content_of, items_named
    from oicreader.model.brief import BriefExportChoices

    output = _checked_output(arguments.output)
    languages = _languages(arguments.languages)
    choices = BriefExportChoices(arguments.layout, languages, arguments.notes)
    with open_session(writes=False) as session:
        named = [item for written in arguments.items for item in items_named(session, written)]
        items = list(dict.fromkeys(named))  # a paragraph two items name is quoted once, first
        content = content_of(session, arguments.title, languages[0] if languages else "en", items)
    if output.suffix.lower() == ".docx":
        from oicreader.render.brief_docx import write_brief_docx

        write_brief_docx(content, choices, output)
        count = len(content.entries)
        print(f"wrote {output} ({count} {'paragraph' if count == 1 else 'paragraphs'})", file=out)
        return 0
    from oicreader.render.brief_pdf import write_brief_pdf
    from oicreader.render.headless import ensure_gui_application

    ensure_gui_application()
    pages = write_brief_pdf(content, choices, output)
    print(f"wrote {output} ({pages} {'page' if pages == 1 else 'pages'})", file=out)
    return 0


def _checked_output(output: Path) -> Path:
    if output.suffix.lower() not in FORMATS:
        raise UserFacingError(
            f"{output}: a brief is written as .pdf or .docx; end the file name with one of them"
        )
    if output.is_dir():
        raise UserFacingError(f"{output} is a folder: give a file name such as {output}/brief.pdf")
    if not output.parent.is_dir():
        raise UserFacingError(f"cannot write {output}: the folder {output.parent} does not exist")
    return output


def _languages(option: str | None) -> tuple[str, ...] | None:
    from oicreader.model.languages import parse_language_list

    if option is None:
        return None
    try:
        return tuple(parse_language_list(option))
    except ValueError as error:
        raise UserFacingError(f"-l {option}: {error}") from None

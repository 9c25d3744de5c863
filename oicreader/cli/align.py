"""The align command: each row's sentence units, the Arabic and its renderings side by side."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from oicreader.cli.common import named_document, open_session, print_json, terminal_width
from oicreader.model.languages import LANGUAGES, direction_of
from oicreader.model.selection import parse_paragraph_selection

# The handler imports the aligner itself: building the parser must stay light, because a
# bare `oicreader` builds it before opening the window.


def register(commands: Any) -> None:
    """Add align to the command tree."""
    align = commands.add_parser(
        "align", help="print each paragraph's sentences linked across the languages"
    )
    align.add_argument(
        "doc", nargs="?", metavar="DOC", help="symbol, id or path of a .txt, .docx or .pdf file"
    )
    align.add_argument("-p", "--paragraphs", metavar="LIST", help="e.g. 6 or 4,6-7 (default: all)")
    align.add_argument(
        "--bidi",
        choices=("auto", "visual", "logical"),
        default="auto",
        help="visual: shape and reorder Arabic for terminals without bidi support; "
        "logical: text as stored; auto (default): visual on a terminal, logical in a pipe",
    )
    align.add_argument(
        "--json",
        action="store_true",
        help='one JSON object per unit: {"doc", "paragraph", "unit", "ar", "en", "fr"}',
    )
    align.set_defaults(handler=command_align)


def command_align(arguments: argparse.Namespace, out: TextIO) -> int:
    """Print the sentence units of the chosen paragraphs, in order."""
    from oicreader.align.dynamic import REVIEW_THRESHOLD
    from oicreader.align.rows import document_units
    from oicreader.text.terminal_bidi import show_controls, use_visual_order, visual_lines

    with open_session(writes=False) as session:
        # A file named on the command line is read as `show` reads it, not imported.
        document = named_document(session, arguments.doc)
    numbers = (
        parse_paragraph_selection(arguments.paragraphs, document.paragraph_numbers)
        if arguments.paragraphs
        else document.paragraph_numbers
    )
    visual = not arguments.json and use_visual_order(arguments.bidi, out)
    width = terminal_width()
    for row in document_units(document, numbers):
        for index, unit in enumerate(row.units, start=1):
            if arguments.json:
                print_json(
                    out,
                    {
                        "doc": document.symbol,
                        "paragraph": row.paragraph_number,
                        "unit": index,
                        **{language: unit.texts.get(language) for language in LANGUAGES},
                    },
                )
                continue
            review = "  (to check)" if unit.confidence < REVIEW_THRESHOLD else ""
            print(f"[{row.paragraph_number}.{index}]{review}", file=out)
            for language in document.languages:
                text = unit.texts.get(language)
                if text is None:
                    print(f"  {language}: (missing from this version)", file=out)
                elif visual:
                    print(f"  {language}:", file=out)
                    for line in visual_lines(
                        show_controls(text.strip()), width - 4, direction_of(language)
                    ):
                        print(f"    {line}", file=out)
                else:
                    print(f"  {language}: {text.strip()}", file=out)
        if not arguments.json:
            print(file=out)
    return 0

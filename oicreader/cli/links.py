"""The links command: the document symbols a document's paragraphs name, and whether the
library holds each one."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from oicreader.cli.common import named_document, open_session, print_json

if TYPE_CHECKING:
    from oicreader.app.links import DocumentLink

# The handler imports the app layer itself: building the parser must stay light.

DESCRIPTION = """\
List the document symbols (A/RES/72/1, S/RES/2334 (2016), OIC/CFM-44/2017/POL/RES/1, ...)
named in a document's paragraphs, in paragraph order, then by language and place in the text,
and say which of them the library holds.

With --json, one object per symbol named, on one line:
  {"symbol": "A/RES/72/1", "paragraph": 3, "language": "en", "start": 24, "end": 34,
   "cited_paragraph": 4, "in_library": true, "document": "a-res-72-1"}
symbol: as written in the text; paragraph and language: where it is named; start, end: its
place in that paragraph's text, in code points (end excluded); cited_paragraph: the paragraph
of the cited document the text names beside it ("A/RES/72/1, para. 4"), else null;
in_library: whether the library holds the cited document (any case and spacing of the
symbol); document: its id in the library, else null.
"""


def register(commands: Any) -> None:
    """Add links to the command tree."""
    links = commands.add_parser(
        "links",
        help="list the document symbols a document's paragraphs name",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    links.add_argument(
        "doc",
        nargs="?",
        metavar="DOC",
        help="symbol, id or path of a report file (default: the bundled report)",
    )
    links.add_argument("--json", action="store_true", help="one JSON object per symbol named")
    links.set_defaults(handler=command_links)


def command_links(arguments: argparse.Namespace, out: TextIO) -> int:
    """Print every symbol the document's paragraphs name, and where the library has it."""
    from oicreader.app.links import link_json, links_of

    with open_session(writes=False) as session:
        document = named_document(session, arguments.doc)
        links = links_of(session, document)
    for link in links:
        if arguments.json:
            print_json(out, link_json(link))
        else:
            print(_link_line(link), file=out)
    if not links and not arguments.json:
        print(
            f"{document.symbol}: no document symbol is named in its "
            f"{len(document.paragraph_numbers)} paragraphs",
            file=out,
        )
    return 0


def _link_line(link: DocumentLink) -> str:
    place = f"¶ {link.paragraph:<4} {link.language}  {link.start:>5}-{link.end:<5}"
    cited = f", ¶ {link.cited_paragraph}" if link.cited_paragraph is not None else ""
    where = f"in the library as {link.document}" if link.document else "not in the library"
    return f"{place}  {link.symbol}{cited}  {where}"

"""Commands that read documents: docs, show and search."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from oicreader.cli.common import (
    document_filter,
    document_key,
    named_document,
    open_session,
    print_json,
    print_message,
    terminal_width,
)
from oicreader.errors import UserFacingError
from oicreader.model.languages import LANGUAGES, direction_of, parse_language_list
from oicreader.model.selection import parse_paragraph_selection

if TYPE_CHECKING:
    from oicreader.app.search import NoteHit
    from oicreader.model.document import Document

# The handlers import the app layer and the bidi code themselves: building the parser must
# stay light, because a bare `oicreader` builds it before opening the window.

# Hits `search` prints when --limit is not given.
DEFAULT_SEARCH_LIMIT = 50

BIDI_HELP = (
    "visual: shape and reorder Arabic for terminals without bidi support; "
    "logical: text as stored; auto (default): visual on a terminal, logical in a pipe"
)


CITE_HELP = (
    'print a citation after each paragraph, e.g. "(OIC/ACM-2017/CHAIR-REP, para. 4)", in the '
    "interface language (--ui-lang before the command, else the system's)"
)


IMPORT_TITLE_HELP = (
    "the document's title in the interface language (--ui-lang before the command, else the "
    "system's); default: the covers' titles, else those the document has (a new revision), "
    "else the symbol"
)


def register(commands: Any) -> None:
    """Add docs, show and search to the command tree."""
    docs = commands.add_parser("docs", help="list the documents in the library")
    docs.add_argument("--json", action="store_true", help="one JSON object per document")
    docs.set_defaults(handler=command_docs)

    show = commands.add_parser("show", help="print paragraphs of a document")
    show.add_argument(
        "doc", nargs="?", metavar="DOC", help="symbol, id or path of a .txt, .docx or .pdf file"
    )
    show.add_argument("-p", "--paragraphs", metavar="LIST", help="e.g. 4,6-7 (default: all)")
    show.add_argument("-l", "--languages", metavar="LANGS", help="e.g. ar,en (default: all)")
    show.add_argument(
        "--bidi", choices=("auto", "visual", "logical"), default="auto", help=BIDI_HELP
    )
    show.add_argument("--source-lang", choices=LANGUAGES, help="language of a DOC file")
    add_password_option(show)
    show.add_argument("--json", action="store_true", help="one JSON object per paragraph")
    show.add_argument("--cite", action="store_true", help=CITE_HELP)
    show.set_defaults(handler=command_show)

    find = commands.add_parser("search", help="search every paragraph in every language")
    find.add_argument(
        "query", metavar="QUERY", help='words, "a phrase", -excluded, word OR other, or word*'
    )
    find.add_argument("--doc", metavar="DOC", help="only this document (symbol or id)")
    find.add_argument("-l", "--lang", choices=LANGUAGES, help="only this language")
    # None, not 50, so a list cut at the default can say how to see more (command_search).
    find.add_argument("--limit", type=int, metavar="N", help="at most N hits")
    find.add_argument(
        "--bidi", choices=("auto", "visual", "logical"), default="auto", help=BIDI_HELP
    )
    find.add_argument("--json", action="store_true", help="one JSON object per hit")
    find.add_argument(
        "--notes",
        action="store_true",
        help="also search the notes (text, quote, tags); their hits follow, with a note id",
    )
    find.set_defaults(handler=command_search)

    rename = commands.add_parser(
        "rename",
        help="give an imported document a title of your own, in one language",
        description="Give a document a new title in one language; its titles in the other "
        "languages stay. The documents that come with OIC Reader keep their published titles.",
    )
    rename.add_argument("doc", metavar="DOC", help="symbol or id")
    rename.add_argument("--title", required=True, metavar="T", help="the new title")
    rename.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="ar|en|fr",
        help="the title's language (default: the interface language: --ui-lang before the "
        "command, else the system's)",
    )
    rename.set_defaults(handler=command_rename)


def add_password_option(parser: Any) -> None:
    """--password-stdin: the password of encrypted PDFs, read from standard input, so that it
    shows neither in the shell's history nor in the list of processes."""
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password of encrypted PDF files from the first line of standard input",
    )


def read_password(arguments: argparse.Namespace) -> str | None:
    """The password given on standard input, if --password-stdin asks for it."""
    if not getattr(arguments, "password_stdin", False):
        return None
    line = sys.stdin.readline()
    if not line:
        raise UserFacingError(
            "--password-stdin: standard input is empty; give the password on it, e.g. "
            "`oicreader import report.pdf --password-stdin < password.txt`"
        )
    return line.rstrip("\r\n")


def page_progress() -> Callable[[Path, int, int], None] | None:
    """A report of each PDF page read, on standard error when it is a terminal; None (no
    output at all) when it is not, so that scripts and logs stay clean."""
    if not sys.stderr.isatty():
        return None

    def show(path: Path, page: int, pages: int) -> None:
        # \r and "erase to the end of the line": one line, rewritten, cleared at the end.
        sys.stderr.write(f"\r\x1b[K{path.name}: page {page} of {pages}")
        if page == pages:
            sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()

    return show


def command_docs(arguments: argparse.Namespace, out: TextIO) -> int:
    """List every document in the library."""
    from oicreader.app.library import document_summary_json, list_documents

    with open_session(writes=False) as session:
        summaries = list_documents(session)
    for summary in summaries:
        if arguments.json:
            print_json(out, document_summary_json(summary))
        else:
            print(
                f"{summary.symbol}  {summary.date}  {summary.status}  "
                f"{','.join(summary.languages)}  {summary.paragraph_count} paragraphs  "
                f"[{summary.key}]",
                file=out,
            )
    return 0


def command_rename(arguments: argparse.Namespace, out: TextIO) -> int:
    """Give a document a new title in one language."""
    from oicreader.app.library import rename_document

    language = arguments.lang or citation_language(arguments)
    with open_session(writes=True) as session:
        key = document_key(session, arguments.doc)
        rename_document(session, key, arguments.title, language)
    from oicreader.text.terminal_bidi import use_visual_order, visual_lines

    title = " ".join(arguments.title.split())
    # Set apart: an Arabic title keeps its words in order in a left-to-right line.
    said = f"{key}: the {language} title is now \u2068{title}\u2069"
    lines = visual_lines(said, terminal_width(), "ltr") if use_visual_order("auto", out) else [said]
    for line in lines:
        print(line, file=out)
    return 0


def command_show(arguments: argparse.Namespace, out: TextIO) -> int:
    """Print paragraphs of a document in the chosen languages."""
    from oicreader.model.document import describe_problems
    from oicreader.text.citation import citation
    from oicreader.text.terminal_bidi import show_controls, use_visual_order, visual_lines

    password = read_password(arguments)
    with open_session(writes=False) as session:
        document = named_document(
            session, arguments.doc, arguments.source_lang, password, page_progress()
        )
    languages = chosen_languages(arguments.languages, document)
    numbers = (
        parse_paragraph_selection(arguments.paragraphs, document.paragraph_numbers)
        if arguments.paragraphs
        else document.paragraph_numbers
    )
    problems = [p for p in document.alignment_problems() if p.language in languages]
    if problems:
        print_message(describe_problems(problems))
    visual = not arguments.json and use_visual_order(arguments.bidi, out)
    width = terminal_width()
    cite_language = citation_language(arguments) if arguments.cite else None
    for number in numbers:
        paragraph = document.paragraph(number)
        cited = None if cite_language is None else citation(document.symbol, number, cite_language)
        for language in languages:
            text = paragraph.text(language)
            if arguments.json:
                shown: dict[str, Any] = {
                    "doc": document.symbol,
                    "paragraph": number,
                    "lang": language,
                    "text": text,
                }
                version = document.versions.get(language)
                link = version.links.get(number) if version else None
                if link is not None and len(link.spans) > 1:
                    # Only a merged row says so: every other row prints as it always did.
                    shown["spans"] = list(link.spans)
                if cited is not None:
                    shown["citation"] = cited
                print_json(out, shown)
                continue
            print(f"[{number} {language}]", file=out)
            if text is None:
                print(f"(paragraph {number} is missing from the {language} version)", file=out)
            elif visual:
                # Controls shown before the lines are cut and reordered, so that the escapes
                # are measured and placed like the rest of the text.
                for line in visual_lines(show_controls(text), width, direction_of(language)):
                    print(line, file=out)
            else:
                print(text, file=out)
        if cited is not None and cite_language is not None and not arguments.json:
            if visual:
                for line in visual_lines(cited, width, direction_of(cite_language)):
                    print(line, file=out)
            else:
                print(cited, file=out)
        if not arguments.json:
            print(file=out)
    return 0


def citation_language(arguments: argparse.Namespace) -> str:
    """The language citations are written in: --ui-lang, else the system's."""
    from oicreader.model.languages import system_interface_language

    return getattr(arguments, "ui_lang", None) or system_interface_language()


def command_search(arguments: argparse.Namespace, out: TextIO) -> int:
    """Search every paragraph; print hits with their snippets."""
    from oicreader.app.search import search_hit_json, search_library_results, search_notes
    from oicreader.text.terminal_bidi import show_controls, use_visual_order, visual_lines

    limit = DEFAULT_SEARCH_LIMIT if arguments.limit is None else arguments.limit
    if limit < 1:
        raise UserFacingError("--limit must be 1 or more")
    with open_session(writes=False) as session:
        document = document_filter(session, arguments.doc)
        results = search_library_results(session, arguments.query, document, arguments.lang, limit)
        hits = results.hits
        notes: list[NoteHit] = []
        if arguments.notes:
            notes = search_notes(session, arguments.query, document)
            notes = [n for n in notes if arguments.lang in (None, n.language)]
            notes = notes[:limit]
    if results.cut and arguments.limit is None:
        # On stderr, so the hits on stdout (and --json) stay as they were.
        print(f"first {limit} hits shown; more match: --limit N shows more", file=sys.stderr)
    visual = not arguments.json and use_visual_order(arguments.bidi, out)
    width = terminal_width()
    for hit in hits:
        if arguments.json:
            print_json(out, search_hit_json(hit))
            continue
        print(f"[{hit.symbol} {hit.paragraph_number} {hit.language}]", file=out)
        if visual:
            for line in visual_lines(show_controls(hit.snippet), width, direction_of(hit.language)):
                print(line, file=out)
        else:
            print(hit.snippet, file=out)
    if not hits and not arguments.json:
        print(f"no paragraph matches {arguments.query!r}", file=sys.stderr)
    if arguments.notes:
        _print_note_hits(notes, arguments, out)
    return 0


def _print_note_hits(notes: list[NoteHit], arguments: argparse.Namespace, out: TextIO) -> None:
    """The note hits of `search --notes`, after the paragraphs: JSON lines with a "note" id,
    or a "notes" heading and one entry a note."""
    from oicreader.app.search import note_hit_json
    from oicreader.text.terminal_bidi import show_controls, use_visual_order, visual_lines

    if arguments.json:
        for note in notes:
            print_json(out, note_hit_json(note))
        return
    if not notes:
        print(f"no note matches {arguments.query!r}", file=sys.stderr)
        return
    visual = use_visual_order(arguments.bidi, out)
    print("notes:", file=out)
    for note in notes:
        print(
            f"[{note.symbol} {note.paragraph_number} {note.language}] {note.annotation_id}",
            file=out,
        )
        if visual:
            direction = direction_of(note.language)
            for line in visual_lines(show_controls(note.snippet), terminal_width(), direction):
                print(line, file=out)
        else:
            print(note.snippet, file=out)


def chosen_languages(option: str | None, document: Document) -> list[str]:
    """The languages named by -l, checked against the document; all of them by default."""
    if option is None:
        return document.languages
    try:
        languages = parse_language_list(option)
    except ValueError as error:
        raise UserFacingError(str(error)) from None
    absent = [language for language in languages if language not in document.versions]
    if absent:
        raise UserFacingError(
            f"{document.symbol} has no {', '.join(absent)} version "
            f"(it has {', '.join(document.languages)})"
        )
    return languages

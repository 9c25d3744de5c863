"""Commands for topic navigation and the cross-language check: topics and check."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from oicreader.cli.common import document_key, open_session, print_json, print_message
from oicreader.model.languages import LANGUAGE_NAMES, LANGUAGES

if TYPE_CHECKING:
    from oicreader.model.document import Document
    from oicreader.topics.crosscheck import Discrepancy
    from oicreader.topics.library import LibraryTopic
    from oicreader.topics.model import Topic

# The handlers import the catalog and the topics themselves: building the parser must stay light,
# because a bare `oicreader` builds it before opening the window.

DOC_HELP = "symbol, id or path of a .txt or .docx file (default: the bundled report)"


def register(commands: Any) -> None:
    """Add topics and check to the command tree."""
    topics = commands.add_parser("topics", help="list a document's themes, places and tags")
    topics.add_argument("doc", nargs="?", metavar="DOC", help=DOC_HELP)
    topics.add_argument("--source-lang", choices=LANGUAGES, help="language of a DOC file")
    topics.add_argument("--json", action="store_true", help="one JSON object per topic")
    topics.add_argument(
        "--library",
        action="store_true",
        help="the topics of every document in the library, each with its documents",
    )
    topics.set_defaults(handler=command_topics)

    check = commands.add_parser(
        "check", help="compare the language versions: numbers, dates, places and organisations"
    )
    check.add_argument("doc", nargs="?", metavar="DOC", help=DOC_HELP)
    check.add_argument("--source-lang", choices=LANGUAGES, help="language of a DOC file")
    check.add_argument("--json", action="store_true", help="one JSON object per difference")
    check.set_defaults(handler=command_check)


def command_topics(arguments: argparse.Namespace, out: TextIO) -> int:
    """Print the topics of a document: kind, English label and paragraphs."""
    from oicreader.app.topics import library_document_topics
    from oicreader.catalog import looks_like_path
    from oicreader.topics.index import document_topics

    reference = arguments.doc
    if getattr(arguments, "library", False):  # a Namespace built by hand may lack it
        return _library_topics(arguments, out)
    if reference and looks_like_path(reference):
        # A file outside the library has no notes, hence no tags.
        topics = document_topics(_document_from_file(arguments))
    else:
        with open_session(writes=False) as session:
            topics = library_document_topics(session, document_key(session, reference))
    for topic in topics:
        if arguments.json:
            print_json(out, topic.to_json())
        else:
            print(_topic_line(topic), file=out)
    return 0


def _library_topics(arguments: argparse.Namespace, out: TextIO) -> int:
    from oicreader.app.topics import library_topics
    from oicreader.errors import UserFacingError

    if arguments.doc:
        raise UserFacingError(
            f"topics --library lists the topics of every document in the library; "
            f"leave out {arguments.doc!r}, or leave out --library for that document's topics"
        )
    with open_session(writes=False) as session:
        topics = library_topics(session)
    for topic in topics:
        if arguments.json:
            print_json(out, topic.to_json())
        else:
            print(_library_topic_line(topic), file=out)
    return 0


def command_check(arguments: argparse.Namespace, out: TextIO) -> int:
    """Print every paragraph where the language versions differ in a number, date or name."""
    from oicreader.catalog import looks_like_path
    from oicreader.topics.crosscheck import check_document

    reference = arguments.doc
    if reference and looks_like_path(reference):
        document = _document_from_file(arguments)
    else:
        with open_session(writes=False) as session:
            document = session.document(document_key(session, reference))
    discrepancies = check_document(document)
    for discrepancy in discrepancies:
        if arguments.json:
            print_json(out, discrepancy.to_json())
        else:
            print(_discrepancy_line(discrepancy), file=out)
    if not arguments.json:
        if len(document.languages) < 2:
            print_message(f"{document.symbol} has only one language version: nothing to compare")
        elif not discrepancies:
            print(
                f"{document.symbol}: the {_and_list(document.languages)} versions agree on every "
                "number, date, place and organisation "
                f"({len(document.paragraph_numbers)} paragraphs)",
                file=out,
            )
    return 0


def _document_from_file(arguments: argparse.Namespace) -> Document:
    from oicreader.catalog import document_from_file

    return document_from_file(Path(arguments.doc), arguments.source_lang)


def _topic_line(topic: Topic) -> str:
    paragraphs = ", ".join(str(number) for number in topic.paragraphs)
    return f"{topic.kind:<5}  {topic.label('en')}  ¶ {paragraphs}"


def _library_topic_line(topic: LibraryTopic) -> str:
    documents = "; ".join(
        f"{document.symbol} ¶ {', '.join(str(number) for number in document.paragraphs)}"
        for document in topic.documents
    )
    return f"{topic.kind:<5}  {topic.label('en')}  {documents}"


def _discrepancy_line(discrepancy: Discrepancy) -> str:
    from oicreader.topics.gazetteer import load_gazetteer

    value = discrepancy.value
    if discrepancy.kind == "place":
        value = f"{load_gazetteer().entry(value).label('en')} ({value})"
    return (
        f"¶ {discrepancy.paragraph}  {discrepancy.kind} {value}: "
        f"in {_and_list(discrepancy.present_in)}, "
        f"not in {_and_list(discrepancy.missing_from)}"
    )


def _and_list(languages: Sequence[str]) -> str:
    names = [LANGUAGE_NAMES.get(language, language) for language in languages]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

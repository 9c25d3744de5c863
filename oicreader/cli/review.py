"""`notes review` and `notes attach`: the notes a new revision could not place with confidence."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from oicreader.cli.common import document_filter, open_session, print_json
from oicreader.errors import UserFacingError
from oicreader.model.languages import LANGUAGES

# The handlers import the app layer themselves: building the parser must stay light, because a
# bare `oicreader` builds it before opening the window.


def register_review(commands: Any) -> None:
    """Add `review` and `attach` to the `notes` command's actions."""
    review = _notes_actions(commands).add_parser(
        "review", help="list notes a new revision placed with doubt or could not place"
    )
    review.add_argument("doc", nargs="?", metavar="DOC", help="only this document")
    review.add_argument("--json", action="store_true", help="one JSON object per note")
    review.set_defaults(handler=command_review)

    attach = _notes_actions(commands).add_parser(
        "attach", help="put a note by hand on a paragraph (and words) of the current revision"
    )
    attach.add_argument("id", metavar="ID")
    attach.add_argument("-p", "--paragraph", type=int, required=True, metavar="N")
    attach.add_argument("-l", "--lang", choices=LANGUAGES, help="default: the note's language")
    attach.add_argument("--quote", metavar="TEXT", help="the words to highlight, as in the text")
    attach.set_defaults(handler=command_attach)


def _notes_actions(commands: Any) -> Any:
    # `notes` and its actions are registered by cli/notes.py; review and attach belong with
    # revisions, so they join its sub-command group here rather than in that module.
    notes = commands.choices["notes"]
    return next(
        action for action in notes._actions if isinstance(action, argparse._SubParsersAction)
    )


def command_review(arguments: argparse.Namespace, out: TextIO) -> int:
    """List the notes that need a look, with their original quote and context."""
    from oicreader.app.reviews import notes_to_review, review_json

    with open_session(writes=False) as session:
        key = document_filter(session, arguments.doc)
        items = notes_to_review(session, key)
    for item in items:
        if arguments.json:
            print_json(out, review_json(item))
            continue
        note, original = item.annotation, item.original
        now = f"¶{note.paragraph_number} {note.language}"
        if note.anchor is not None:
            now += f" «{note.anchor.quote}»"
        state = "placed with doubt" if item.outcome == "doubtful" else "not placed"
        print(
            f"{note.id}  {note.document} revision {item.placed_revision}: {now} ({state})", file=out
        )
        was = f"revision {original.revision} ¶{original.paragraph_number} {original.language}"
        anchor = original.anchor
        if anchor is not None:
            was += f": …{anchor.prefix}[{anchor.quote}]{anchor.suffix}…"
        print(f"    was: {was}", file=out)
        print(f"    why: {item.reason}", file=out)
        if note.note:
            print(f"    note: {note.note}", file=out)
    if not items and not arguments.json:
        print("no notes need review", file=out)
    return 0


def command_attach(arguments: argparse.Namespace, out: TextIO) -> int:
    """Re-attach a note by hand: to a paragraph, or to words in it with --quote."""
    from oicreader.app.notes import get_note
    from oicreader.app.reviews import attach_note, nearest_quote

    with open_session() as session:
        annotation = get_note(session, arguments.id)
        language = arguments.lang or annotation.language
        document = session.document(annotation.document)
        text = document.paragraph(arguments.paragraph).text(language)
        if text is None:
            raise UserFacingError(
                f"{document.symbol} has no paragraph {arguments.paragraph} in {language}"
            )
        anchor = None
        if arguments.quote is not None:
            anchor = nearest_quote(session, annotation, text, arguments.quote)
            if anchor is None:
                raise UserFacingError(
                    f"the quote {arguments.quote!r} does not occur in paragraph "
                    f"{arguments.paragraph} ({language}); copy the words exactly as in "
                    f"`oicreader show -p {arguments.paragraph} -l {language}`"
                )
        moved = attach_note(session, arguments.id, arguments.paragraph, language, anchor)
    placed = moved.annotation
    quote = f" «{placed.anchor.quote}»" if placed.anchor else ""
    print(f"attached {placed.id} to ¶{placed.paragraph_number} {placed.language}{quote}", file=out)
    return 0

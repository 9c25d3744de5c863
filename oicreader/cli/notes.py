"""The notes commands: add, list, delete, export and import annotations."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from oicreader.cli.common import (
    document_filter,
    document_key,
    open_session,
    print_json,
    print_message,
)
from oicreader.cli.documents import chosen_languages
from oicreader.cli.passphrase import (
    NOTES_PASSPHRASE_VARIABLE,
    PASSPHRASE_VARIABLE,
    add_passphrase_option,
    read_notes_passphrase,
)
from oicreader.errors import UserFacingError
from oicreader.model.languages import LANGUAGES

# The handlers import the app layer themselves: building the parser must stay light, because
# a bare `oicreader` builds it before opening the window.


def register(commands: Any) -> None:
    """Add `notes` and its sub-commands to the command tree."""
    notes = commands.add_parser("notes", help="add, list, delete, export and import notes")
    actions = notes.add_subparsers(title="notes commands", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a note or a highlight; prints its id")
    add.add_argument("doc", nargs="?", metavar="DOC", help="symbol or id (default: the report)")
    add.add_argument("-p", "--paragraph", type=int, required=True, metavar="N")
    add.add_argument("-l", "--lang", choices=LANGUAGES, help="language version (default: source)")
    add.add_argument("--quote", metavar="TEXT", help="the words to highlight, as in the text")
    add.add_argument("--note", default="", metavar="TEXT", help="the note's text")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="repeatable")
    add.add_argument("--color", metavar="NAME|#rrggbb", help="yellow, green, blue, pink, ...")
    add.set_defaults(handler=command_add)

    listing = actions.add_parser("list", help="list notes")
    listing.add_argument("doc", nargs="?", metavar="DOC", help="only this document")
    listing.add_argument("--tag", metavar="T", help="only notes with this tag")
    listing.add_argument("--json", action="store_true", help="one JSON object per note")
    listing.set_defaults(handler=command_list)

    delete = actions.add_parser("delete", help="delete a note (it can be restored from undo)")
    delete.add_argument("id", metavar="ID")
    delete.set_defaults(handler=command_delete)

    export = actions.add_parser("export", help="write every note to a file")
    export.add_argument("--format", choices=("w3c", "markdown"), default="w3c")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.add_argument("-l", "--languages", metavar="LANGS", help="Markdown: paragraph languages")
    export.add_argument(
        "--encrypt",
        action="store_true",
        help="seal the W3C notes with a passphrase (OICREADER_NOTES_PASSPHRASE, else "
        "OICREADER_PASSPHRASE, --passphrase-stdin, or asked twice)",
    )
    add_passphrase_option(export)
    export.set_defaults(handler=command_export)

    load = actions.add_parser("import", help="merge notes from a W3C Web Annotation file")
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--json", action="store_true", help="the summary as one JSON object")
    add_passphrase_option(load)
    load.set_defaults(handler=command_import)


def command_add(arguments: argparse.Namespace, out: TextIO) -> int:
    """Add a note on a paragraph, or a highlight when --quote is given."""
    from oicreader.app.notes import TextAnchor, add_note
    from oicreader.model.annotation import parse_color

    with open_session() as session:
        document = session.document(document_key(session, arguments.doc))
        language = arguments.lang or document.source_language
        text = document.paragraph(arguments.paragraph).text(language)
        if text is None:
            raise UserFacingError(
                f"{document.symbol} has no paragraph {arguments.paragraph} in {language}"
            )
        anchor = None
        if arguments.quote is not None:
            start = text.find(arguments.quote) if arguments.quote else -1
            if start < 0:
                raise UserFacingError(
                    f"the quote {arguments.quote!r} does not occur in paragraph "
                    f"{arguments.paragraph} ({language}); copy the words exactly as in "
                    f"`oicreader show -p {arguments.paragraph} -l {language}`"
                )
            anchor = TextAnchor.in_text(text, start, start + len(arguments.quote))
        try:
            color = parse_color(arguments.color) if arguments.color else None
        except ValueError as error:
            raise UserFacingError(str(error)) from None
        added = add_note(
            session, document.id, arguments.paragraph, language,
            anchor=anchor, color=color, note=arguments.note, tags=arguments.tag,
        )  # fmt: skip
    print(added.annotation.id, file=out)
    return 0


def command_list(arguments: argparse.Namespace, out: TextIO) -> int:
    """List live notes, optionally of one document or one tag."""
    from oicreader.app.notes import annotation_json, list_notes

    with open_session(writes=False) as session:
        key = document_filter(session, arguments.doc)
        annotations = list_notes(session, document=key, tag=arguments.tag)
    for annotation in annotations:
        if arguments.json:
            print_json(out, annotation_json(annotation))
            continue
        anchor = annotation.anchor
        where = f"{annotation.document} ¶{annotation.paragraph_number} {annotation.language}"
        quote = f" «{anchor.quote}»" if anchor else ""
        tags = "".join(f" #{tag}" for tag in annotation.tags)
        print(f"{annotation.id}  {where}{quote}{tags}", file=out)
        if annotation.note:
            print(f"    {annotation.note}", file=out)
    return 0


def command_delete(arguments: argparse.Namespace, out: TextIO) -> int:
    """Delete a note (a tombstone is kept)."""
    from oicreader.app.notes import delete_note

    with open_session() as session:
        delete_note(session, arguments.id)
    print(f"deleted {arguments.id}", file=out)
    return 0


def command_export(arguments: argparse.Namespace, out: TextIO) -> int:
    """Write every live note as W3C Web Annotation JSON-LD or as Markdown, or sealed."""
    from oicreader.app.note_exchange import (
        export_notes_markdown,
        export_notes_w3c,
        library_is_encrypted,
    )

    if arguments.encrypt:
        return _export_sealed(arguments, out)
    with open_session(writes=False) as session:
        encrypted_library = library_is_encrypted(session)
        if arguments.format == "w3c":
            try:
                count = export_notes_w3c(session, arguments.output)
            except (ValueError, OSError) as error:
                raise UserFacingError(f"cannot export to {arguments.output}: {error}") from None
        else:
            count = export_notes_markdown(
                session,
                arguments.output,
                (lambda first: chosen_languages(arguments.languages, first))
                if arguments.languages
                else None,
            )
    print(f"exported {count} notes to {arguments.output}", file=out)
    if encrypted_library:
        print_message(
            f"oicreader: warning: {arguments.output} is plain text that anyone who has the file "
            "can read, although the library is encrypted; `notes export --encrypt` writes the "
            "notes sealed with a passphrase"
        )
    return 0


def _export_sealed(arguments: argparse.Namespace, out: TextIO) -> int:
    from oicreader.app.note_exchange import export_notes_sealed

    if arguments.format != "w3c":
        raise UserFacingError(
            "--encrypt seals the W3C notes file; leave out --format markdown (a Markdown "
            "export is plain text)"
        )
    passphrase = read_notes_passphrase(arguments) or _typed_passphrase(confirm=True)
    if passphrase is None:
        raise UserFacingError(
            f"{arguments.output}: --encrypt needs a passphrase: set {NOTES_PASSPHRASE_VARIABLE} "
            f"or {PASSPHRASE_VARIABLE}, or give it on the first line of standard input with "
            "--passphrase-stdin; nothing was written"
        )
    with open_session(writes=False) as session:
        try:
            count = export_notes_sealed(session, arguments.output, passphrase)
        except (ValueError, OSError) as error:
            raise UserFacingError(f"cannot export to {arguments.output}: {error}") from None
    print(f"exported {count} notes, encrypted, to {arguments.output}", file=out)
    return 0


def _typed_passphrase(*, confirm: bool) -> str | None:
    """The passphrase typed at the terminal without echo (twice to `confirm` a new one), or
    None when standard input is not a terminal (a script must give it another way)."""
    import getpass
    import sys

    if not sys.stdin.isatty():
        return None
    passphrase = getpass.getpass("Passphrase: ")
    if not passphrase:
        raise UserFacingError("the passphrase is empty; nothing was done")
    if confirm and getpass.getpass("The same passphrase again: ") != passphrase:
        raise UserFacingError("the two passphrases differ; nothing was done, try again")
    return passphrase


def command_import(arguments: argparse.Namespace, out: TextIO) -> int:
    """Merge notes from a file: all of it, or (on any problem) nothing."""
    from oicreader.app.note_exchange import (
        import_notes,
        merge_summary_json,
        notes_file_is_sealed,
        read_notes_file,
    )

    passphrase = None
    if notes_file_is_sealed(arguments.file):
        passphrase = read_notes_passphrase(arguments) or _typed_passphrase(confirm=False)
        if passphrase is None:
            raise UserFacingError(
                f"{arguments.file}: the notes are encrypted; give their passphrase in "
                f"{NOTES_PASSPHRASE_VARIABLE} or {PASSPHRASE_VARIABLE}, or on the first line of "
                "standard input with --passphrase-stdin; nothing was imported"
            )
    notes = read_notes_file(arguments.file, passphrase)
    with open_session() as session:
        summary = import_notes(session, notes).summary
    if arguments.json:
        print_json(out, merge_summary_json(arguments.file, summary))
        return 0
    print(f"imported {arguments.file}: {summary}", file=out)
    for flagged in summary.flagged[:_LISTED_NOTES]:
        print(f"  {flagged.id} ({_OUTCOME_LABELS[flagged.outcome]}): {flagged.reason}", file=out)
    if len(summary.flagged) > _LISTED_NOTES:
        print(f"  and {len(summary.flagged) - _LISTED_NOTES} more (--json lists all)", file=out)
    if summary.kept_for_review:
        print(
            "Notes kept for review are listed by `oicreader notes review`; put one in place "
            "with `oicreader notes attach ID -p N`.",
            file=out,
        )
    return 0


# The text summary names this many notes; --json names all of them.
_LISTED_NOTES = 10
_OUTCOME_LABELS = {
    "future-dated-kept-local": "local copy kept",
    "kept-for-review": "kept for review",
}

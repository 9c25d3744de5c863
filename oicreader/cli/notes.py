"""The notes commands: add, list, delete, export and import annotations."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from oicreader.cli.common import open_library, print_json
from oicreader.cli.documents import chosen_languages
from oicreader.errors import UserFacingError
from oicreader.model.languages import LANGUAGES

if TYPE_CHECKING:
    from oicreader.model.annotation import Annotation
    from oicreader.store.annotation_merge import MergeSummary

# The handlers import the store and the annotation formats themselves: building the parser
# must stay light, because a bare `oicreader` builds it before opening the window.


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
    export.set_defaults(handler=command_export)

    load = actions.add_parser("import", help="merge notes from a W3C Web Annotation file")
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--json", action="store_true", help="the summary as one JSON object")
    load.set_defaults(handler=command_import)


def command_add(arguments: argparse.Namespace, out: TextIO) -> int:
    """Add a note on a paragraph, or a highlight when --quote is given."""
    from oicreader.model.annotation import (
        DEFAULT_COLOR,
        Annotation,
        TextAnchor,
        new_annotation_id,
        normalize_tags,
        parse_color,
    )
    from oicreader.store.annotations import add_annotation

    with open_library() as library:
        document = library.document(arguments.doc)
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
        annotation = Annotation(
            id=new_annotation_id(),
            document=document.id,
            revision=library.current_revision_number(document.id),
            paragraph_number=arguments.paragraph,
            language=language,
            anchor=anchor,
            color=color or (DEFAULT_COLOR if anchor else None),
            note=arguments.note,
            tags=normalize_tags(arguments.tag),
        )
        add_annotation(library, annotation)
    print(annotation.id, file=out)
    return 0


def annotation_json(annotation: Annotation) -> dict[str, Any]:
    """The JSON form `notes list --json` prints."""
    anchor = annotation.anchor
    return {
        "id": annotation.id,
        "doc": annotation.document,
        "revision": annotation.revision,
        "paragraph": annotation.paragraph_number,
        "lang": annotation.language,
        "quote": anchor.quote if anchor else None,
        "start": anchor.start if anchor else None,
        "end": anchor.end if anchor else None,
        "color": annotation.color,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "created": annotation.created,
        "modified": annotation.modified,
    }


def command_list(arguments: argparse.Namespace, out: TextIO) -> int:
    """List live notes, optionally of one document or one tag."""
    from oicreader.store.annotations import list_annotations

    with open_library(writes=False) as library:
        key = library.find_key(arguments.doc) if arguments.doc else None
        annotations = list_annotations(library, document=key, tag=arguments.tag)
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
    from oicreader.store.annotations import delete_annotation

    with open_library() as library:
        delete_annotation(library, arguments.id)
    print(f"deleted {arguments.id}", file=out)
    return 0


def command_export(arguments: argparse.Namespace, out: TextIO) -> int:
    """Write every live note as W3C Web Annotation JSON-LD or as Markdown."""
    from oicreader.annotations.markdown import export_markdown
    from oicreader.annotations.w3c import write_annotation_file
    from oicreader.atomic_files import write_private_file
    from oicreader.store.annotations import list_annotations

    with open_library(writes=False) as library:
        annotations = list_annotations(library)
        if arguments.format == "w3c":
            try:
                write_annotation_file(annotations, arguments.output)
            except (ValueError, OSError) as error:
                raise UserFacingError(f"cannot export to {arguments.output}: {error}") from None
        else:
            keys = sorted({annotation.document for annotation in annotations})
            documents = {key: library.document(key) for key in keys if _known(library, key)}
            first = next(iter(documents.values()), None)
            languages = (
                chosen_languages(arguments.languages, first)
                if first is not None and arguments.languages
                else list(LANGUAGES)
            )
            # Owner-only and atomic, like the W3C export: the file holds the reader's notes.
            write_private_file(arguments.output, export_markdown(annotations, documents, languages))
    print(f"exported {len(annotations)} notes to {arguments.output}", file=out)
    return 0


def _known(library: Any, key: str) -> bool:
    try:
        library.find_key(key)
    except LookupError:
        return False
    return True


def command_import(arguments: argparse.Namespace, out: TextIO) -> int:
    """Merge notes from a file: all of it, or (on any problem) nothing."""
    from oicreader.annotations.w3c import read_annotation_file
    from oicreader.store.annotations import merge_annotations
    from oicreader.store.backups import take_backup

    incoming = read_annotation_file(arguments.file)
    with open_library() as library:
        if incoming:
            take_backup(library.path, "before-notes-import")
        summary = merge_annotations(library, incoming, source=arguments.file.name)
    if arguments.json:
        print_json(out, import_summary_json(arguments.file, summary))
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


def import_summary_json(path: Path, summary: MergeSummary) -> dict[str, Any]:
    """The JSON object `notes import --json` prints: counts per outcome, and flagged notes."""
    return {
        "file": str(path),
        "added": summary.added,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "kept_deleted": summary.kept_deleted,
        "future_dated_kept_local": summary.future_dated_kept_local,
        "kept_for_review": summary.kept_for_review,
        "flagged": [
            {"id": flagged.id, "outcome": flagged.outcome, "reason": flagged.reason}
            for flagged in summary.flagged
        ],
    }

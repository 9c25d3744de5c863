"""The import, revisions and diff commands, and the notes review and attach actions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from oicreader.cli.common import (
    document_key,
    open_session,
    print_json,
    print_message,
    terminal_width,
)
from oicreader.cli.documents import (
    BIDI_HELP,
    IMPORT_TITLE_HELP,
    add_password_option,
    chosen_languages,
    citation_language,
    page_progress,
    read_password,
)
from oicreader.cli.review import register_review
from oicreader.errors import UserFacingError
from oicreader.model.languages import LANGUAGES, direction_of

if TYPE_CHECKING:
    from oicreader.app.reports import ImportOutcome, ImportPlan, ImportTarget
    from oicreader.text.revision_diff import ParagraphChange

# The handlers import the app layer and the diff themselves: building the parser must stay
# light, because a bare `oicreader` builds it before opening the window.

_MARKS = {"delete": "−", "insert": "+"}


def register(commands: Any) -> None:
    """Add import, revisions and diff, and `notes review` and `notes attach`."""
    load = commands.add_parser(
        "import",
        help="import report files (.txt, .docx, .pdf), one per language, as one document",
        description="Import the language versions of one report. A symbol already in the "
        "library adds a new revision (e.g. the final after the draft), keeps the old one, "
        "and carries every note to the new text.",
    )
    load.add_argument("files", nargs="+", type=Path, metavar="FILE")
    load.add_argument("--symbol", metavar="S", help="the document symbol (default: from covers)")
    load.add_argument("--title", metavar="T", help=IMPORT_TITLE_HELP)
    load.add_argument(
        "--lang",
        action="append",
        default=[],
        metavar="FILE=LANG",
        help="the language of one file (ar, en or fr) when detection is wrong; repeatable",
    )
    load.add_argument("--dry-run", action="store_true", help="show what would be imported")
    add_password_option(load)
    load.add_argument("--json", action="store_true", help="one JSON object describing it")
    load.set_defaults(handler=command_import)

    listing = commands.add_parser("revisions", help="list the revisions of a document")
    listing.add_argument("doc", nargs="?", metavar="DOC", help="symbol or id (default: the report)")
    listing.add_argument("--json", action="store_true", help="one JSON object per revision")
    listing.set_defaults(handler=command_revisions)

    diff = commands.add_parser("diff", help="what changed between two revisions of a document")
    diff.add_argument("doc", nargs="?", metavar="DOC", help="symbol or id (default: the report)")
    diff.add_argument("--from", dest="old", type=int, metavar="REV", help="default: before --to")
    diff.add_argument("--to", dest="new", type=int, metavar="REV", help="default: the current")
    diff.add_argument("-l", "--lang", metavar="LANGS", help="e.g. ar or en,fr (default: all)")
    diff.add_argument(
        "--diacritics",
        action="store_true",
        help="compare words as written: diacritics, hamza seats, accents and case count",
    )
    diff.add_argument(
        "--bidi", choices=("auto", "visual", "logical"), default="auto", help=BIDI_HELP
    )
    diff.add_argument("--json", action="store_true", help="one JSON object per changed paragraph")
    diff.set_defaults(handler=command_diff)
    register_review(commands)


def command_import(arguments: argparse.Namespace, out: TextIO) -> int:
    """Read the files, then store them as a new document or a new revision."""
    from oicreader.app.reports import (
        import_reports,
        import_target,
        read_reports,
        refuse_an_unchanged_revision,
        titled,
        with_corrections,
    )
    from oicreader.model.document import describe_problems

    plan = read_reports(
        arguments.files,
        arguments.symbol,
        _languages(arguments.lang, arguments.files),
        password=read_password(arguments),
        progress=page_progress(),
    )
    if arguments.title is not None:
        plan = titled(plan, arguments.title, citation_language(arguments))
    with open_session(writes=not arguments.dry_run) as session:
        # The re-links the reader made on these same files before are made again.
        plan = with_corrections(session, plan)
        problems = plan.alignment_problems
        if problems:
            print_message(describe_problems(problems))
        target = import_target(session, plan)
        if target.missing_languages:
            print(
                f"revision {target.revision} will have no {', '.join(target.missing_languages)} "
                "version: import every language's file together, or notes in those languages "
                "will need review",
                file=sys.stderr,
            )
        if arguments.dry_run:
            refuse_an_unchanged_revision(session, plan)
            _print_plan(out, plan, target, None, arguments.json)
            return 0
        # Refused (the same text again, no backup possible) with the app layer's own message.
        outcome = import_reports(session, plan).outcome
    _print_plan(out, plan, target, outcome, arguments.json)
    return 0


def _languages(options: list[str], files: list[Path]) -> dict[Path, str]:
    """--lang FILE=LANG options as a language for each of the files given."""
    from oicreader.importing.safe_read import real_path

    chosen: dict[Path, str] = {}
    for option in options:
        name, separator, language = option.rpartition("=")
        if not separator or not name:
            raise UserFacingError(f"--lang {option}: write it as FILE=LANG, e.g. report.docx=fr")
        if language.strip().lower() not in LANGUAGES:
            raise UserFacingError(f"--lang {option}: the language is ar, en or fr")
        # real_path, not Path.resolve(): a link loop must reach the reader as a message.
        matches = [path for path in files if real_path(path) == real_path(Path(name))]
        matches = matches or [path for path in files if path.name == Path(name).name]
        if len(matches) != 1:
            raise UserFacingError(
                f"--lang {option}: {name} is not one of the files to import"
                if not matches
                else f"--lang {option}: several files are named {name}; give its path"
            )
        chosen[matches[0]] = language.strip().lower()
    return chosen


def _print_plan(
    out: TextIO,
    plan: ImportPlan,
    target: ImportTarget,
    outcome: ImportOutcome | None,
    as_json: bool,
) -> None:
    from oicreader.app.alignment import alignment_json
    from oicreader.app.reports import import_json

    if as_json:
        print_json(out, import_json(plan, target, outcome))
        return
    document = plan.document
    for planned in plan.files:
        print(f"  {planned.describe()}", file=out)
    for aligned in alignment_json(document):
        print(f"  {_alignment_line(aligned)}", file=out)
    verb = "added" if outcome else "would add"
    if target.adds_revision:
        previous = target.revisions[-1]
        print(
            f"{document.symbol}: {verb} revision {target.revision} ({document.status}); "
            f"revision {previous.number} ({previous.label or previous.status}) is kept "
            f"[{target.key}]",
            file=out,
        )
    else:
        key = outcome.key if outcome else document.id
        print(f"{document.symbol}: {verb} as a new document [{key}]", file=out)
    if outcome is not None and outcome.notes is not None:
        notes = outcome.notes
        advice = f"; see `oicreader notes review {outcome.key}`" if notes.needs_review else ""
        print(f"notes: {notes}{advice}", file=out)


def _alignment_line(aligned: dict[str, Any]) -> str:
    """ "en aligned to ar by content: 16 rows; 1 merged, 1 missing; 2 to review"."""
    links = aligned["links"]
    marks = [link["mark"] for link in links]
    kinds = [f"{marks.count(mark)} {mark}" for mark in ("merged", "split", "missing")]
    review = sum(1 for link in links if link["review"])
    counted = "; ".join(kind for kind in kinds if not kind.startswith("0 ")) or "all 1:1"
    rows = sum(len(link["rows"]) for link in links)
    return (
        f"{aligned['lang']} aligned to {aligned['to']} by content: {rows} rows; {counted}; "
        f"{review} to review"
    )


def command_revisions(arguments: argparse.Namespace, out: TextIO) -> int:
    """List a document's revisions, the current one marked."""
    from oicreader.app.library import list_revisions, revision_json

    with open_session(writes=False) as session:
        key = document_key(session, arguments.doc)
        revisions = list_revisions(session, key)
    for revision in revisions:
        if arguments.json:
            print_json(out, {"doc": key, **revision_json(revision)})
        else:
            mark = "*" if revision.current else " "
            print(f"{mark} {revision.number}  {revision.label}  {revision.created}", file=out)
    return 0


def command_diff(arguments: argparse.Namespace, out: TextIO) -> int:
    """Show what changed between two revisions, paragraph by paragraph, word by word."""
    from oicreader.app.revisions import compare_revisions
    from oicreader.text.revision_diff import change_json
    from oicreader.text.terminal_bidi import use_visual_order

    with open_session(writes=False) as session:
        key = document_key(session, arguments.doc)
        try:
            document = session.document(key, arguments.new)
            languages = chosen_languages(arguments.lang, document) if arguments.lang else None
            comparison = compare_revisions(
                session, key, arguments.old, arguments.new, languages, arguments.diacritics
            )
        except LookupError as error:
            raise UserFacingError(str(error.args[0] if error.args else error)) from None
    if arguments.json:
        for change in comparison.changes:
            print_json(out, change_json(change))
        return 0
    old, new = comparison.old_revision, comparison.new_revision
    print(
        f"{comparison.symbol}: revision {old.number} ({old.label}) → "
        f"revision {new.number} ({new.label})",
        file=out,
    )
    if not comparison.changes:
        print("no changes", file=out)
    visual = use_visual_order(arguments.bidi, out)
    for change in comparison.changes:
        _print_change(out, change, visual)
    return 0


def _print_change(out: TextIO, change: ParagraphChange, visual: bool) -> None:
    if change.old_number is None or change.new_number is None:
        where = f"{change.new_number or change.old_number}"
    elif change.old_number == change.new_number:
        where = f"{change.new_number}"
    else:
        where = f"{change.old_number} → {change.new_number}"
    print(f"[{where} {change.language}] {change.change}", file=out)
    for word in change.words:
        if word.old:
            _print_words(out, _MARKS["delete"], word.old, change.language, visual)
        if word.new:
            _print_words(out, _MARKS["insert"], word.new, change.language, visual)


def _print_words(out: TextIO, mark: str, text: str, language: str, visual: bool) -> None:
    from oicreader.text.terminal_bidi import visual_lines

    if not visual:
        print(f"  {mark} {text}", file=out)
        return
    lines = visual_lines(text, max(20, terminal_width() - 4), direction_of(language), align=False)
    for index, line in enumerate(lines):
        print(f"  {mark if index == 0 else ' '} {line}", file=out)

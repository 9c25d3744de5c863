"""The `oicreader` command line: a public contract, used by scripts and by our own checks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from oicreader import __version__
from oicreader.annotations.w3c import AnnotationFileError
from oicreader.cli import backups, documents, notes, printing, revisions, topics, window
from oicreader.cli.common import UserFacingError
from oicreader.importing.errors import ImportProblem
from oicreader.model.selection import SelectionError
from oicreader.store.library import DocumentNotFound

EXIT_OK = 0
EXIT_INPUT_PROBLEM = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace, TextIO], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit status."""
    _use_utf8_output()
    parser = build_parser()
    given = list(sys.argv[1:] if argv is None else argv)
    arguments = parser.parse_args(given)
    command: Handler | None = getattr(arguments, "handler", None)
    if command is None:
        # No command: open the reading window, with the global options given (--ui-lang).
        arguments = parser.parse_args([*given, "window"])
        command = arguments.handler
    try:
        return command(arguments, sys.stdout)
    except (
        ImportProblem,
        AnnotationFileError,
        UserFacingError,
        LookupError,
        SelectionError,
    ) as error:
        message = error.args[0] if isinstance(error, LookupError) and error.args else error
        print(f"oicreader: {message}", file=sys.stderr)
        return EXIT_INPUT_PROBLEM
    except BrokenPipeError:  # `oicreader show | head` is not an error
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree; each module adds its own commands."""
    parser = argparse.ArgumentParser(
        prog="oicreader",
        description="Read an Arabic report beside its English and French translations.",
    )
    parser.add_argument("--version", action="version", version=f"oicreader {__version__}")
    window.add_ui_language_option(parser, global_option=True)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    documents.register(commands)
    notes.register(commands)
    revisions.register(commands)
    backups.register(commands)
    topics.register(commands)
    printing.register(commands)
    window.register(commands)
    return parser


def _use_utf8_output() -> None:
    # Windows consoles and some CI runners default to a legacy code page that cannot print Arabic.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8")


__all__ = ["EXIT_INPUT_PROBLEM", "EXIT_OK", "EXIT_USAGE", "DocumentNotFound", "main"]

"""The `oicreader` command line: a public contract, used by scripts and by our own checks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO, cast

from oicreader import __version__
from oicreader.cli.common import ControlsShown, print_message, refuse_text_that_is_not_utf8
from oicreader.cli.passphrase import take_passphrase

EXIT_OK = 0
EXIT_INPUT_PROBLEM = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace, TextIO], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit status."""
    _use_utf8_output()
    given = list(sys.argv[1:] if argv is None else argv)
    command: Handler | None
    if not given:
        # A bare `oicreader`, as the desktop starts it: the same as `oicreader window`,
        # without building the whole command tree first (a few ms of the window's start).
        from oicreader.cli.window import command_window

        command, arguments = command_window, argparse.Namespace(doc=None, ui_lang=None)
    else:
        parser = build_parser()
        arguments = parser.parse_args(given)
        command = getattr(arguments, "handler", None)
        if command is None:
            # No command: open the reading window, with the global options given (--ui-lang).
            arguments = parser.parse_args([*given, "window"])
            command = arguments.handler
    # JSON escapes control characters itself; plain text must not carry them from a document
    # or a note to the terminal.
    out = sys.stdout if getattr(arguments, "json", False) else ControlsShown(sys.stdout)
    try:
        refuse_text_that_is_not_utf8(given)
        take_passphrase(arguments)  # for an encrypted library: common.open_session uses it
        return command(arguments, cast(TextIO, out))
    except BrokenPipeError:  # `oicreader show | head` is not an error
        return EXIT_OK
    except Exception as error:
        # The one place a refusal becomes a message: every layer raises UserFacingError, and
        # a failure of the machine (full disk, read-only folder) is described, never a
        # traceback. Anything else is a bug, and its traceback is what we need to fix it.
        from oicreader.errors import describe_failure

        message = describe_failure(error)
        if message is None:
            raise
        print_message(f"oicreader: {message}")
        return EXIT_INPUT_PROBLEM


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree; each module adds its own commands."""
    # Each command module imports its heavy dependencies inside its handlers, so that the
    # parser loads neither Qt, nor the store, the topics or the PDF renderer.
    from oicreader.cli import (
        align,
        backups,
        briefs,
        documents,
        encryption,
        links,
        notes,
        printing,
        revisions,
        topics,
        window,
    )

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
    briefs.register(commands)
    window.register(commands)
    align.register(commands)
    links.register(commands)
    encryption.register(commands)  # last: gives every command --passphrase-stdin
    return parser


def _use_utf8_output() -> None:
    # Windows consoles and some CI runners default to a legacy code page that cannot print Arabic.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8")


__all__ = ["EXIT_INPUT_PROBLEM", "EXIT_OK", "EXIT_USAGE", "main"]

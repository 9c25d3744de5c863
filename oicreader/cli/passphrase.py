"""Reading the library's passphrase for a command: from OICREADER_PASSPHRASE (for scripts) or,
with --passphrase-stdin, from the first line of standard input. Never from the command line,
where other users' `ps` would show it."""

from __future__ import annotations

import argparse
import os
import sys

PASSPHRASE_VARIABLE = "OICREADER_PASSPHRASE"


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """Add --passphrase-stdin to a command that opens the library."""
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=(
            "read the passphrase of an encrypted library from the first line of standard "
            f"input (otherwise from {PASSPHRASE_VARIABLE})"
        ),
    )


def read_passphrase(arguments: argparse.Namespace) -> str | None:
    """The passphrase the user gave: with --passphrase-stdin the first line of standard input
    (its newline stripped), else OICREADER_PASSPHRASE, else None."""
    if getattr(arguments, "passphrase_stdin", False):
        return sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    return os.environ.get(PASSPHRASE_VARIABLE)


# The passphrase of the command being run: read once, before the command runs (cli.main), so
# that every command opens the library the same way (common.open_session).
_given: list[str | None] = [None]


def take_passphrase(arguments: argparse.Namespace) -> None:
    """Read the passphrase the user gave for this command, if any, and hold it in memory for
    the library and its backups (never written anywhere)."""
    passphrase = read_passphrase(arguments)
    _given[0] = passphrase
    from oicreader.app.encryption import use_passphrase

    use_passphrase(passphrase)  # this one, and no other a previous command held


def given_passphrase() -> str | None:
    """The passphrase take_passphrase read for this command, or None."""
    return _given[0]


def add_passphrase_option_to_every_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Give every command of the tree (and every subcommand) --passphrase-stdin, for an
    encrypted library, unless it has it already."""
    for parser in set(commands.choices.values()):
        nested = [
            action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
        ]
        for subcommands in nested:
            add_passphrase_option_to_every_command(subcommands)
        if not nested and "--passphrase-stdin" not in parser._option_string_actions:
            add_passphrase_option(parser)

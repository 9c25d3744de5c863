"""Where a command gets the library's or a notes file's passphrase: the environment, or the
first line of standard input; never an argument (other users' `ps` would show it), never a
log."""

from __future__ import annotations

import argparse
import os
import sys

from oicreader.errors import UserFacingError

# For scripts: a variable is not seen by other users in `ps`, as an argument would be.
PASSPHRASE_VARIABLE = "OICREADER_PASSPHRASE"
# A sealed notes file's own passphrase, for a script that seals an export under another
# passphrase than the library's (sent to a colleague, whose library has a key of their own).
NOTES_PASSPHRASE_VARIABLE = "OICREADER_NOTES_PASSPHRASE"


class PassphraseRefused(UserFacingError):
    """A passphrase that was asked for in a way that cannot be used (an empty line)."""


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """Add --passphrase-stdin to a command that opens the library."""
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=(
            "read the passphrase from the first line of standard input (when "
            f"{PASSPHRASE_VARIABLE} is not set)"
        ),
    )


def read_passphrase(arguments: argparse.Namespace) -> str | None:
    """The passphrase given to this command: OICREADER_PASSPHRASE when it is set, else with
    --passphrase-stdin the first line of standard input (its line ending dropped), else None.

    Standard input gives its line once: it is kept on `arguments`, so that the command's
    opening of the library and its own use (a sealed notes file) see the same passphrase.
    An empty passphrase is refused: it would protect nothing. The passphrase is never
    printed, not even in a refusal.
    """
    from_environment = os.environ.get(PASSPHRASE_VARIABLE)
    if from_environment is not None:
        if not from_environment:
            raise PassphraseRefused(
                f"{PASSPHRASE_VARIABLE} is set but empty; set it to the passphrase, or unset "
                "it to be asked"
            )
        return from_environment
    if not getattr(arguments, "passphrase_stdin", False):
        return None
    already_read = getattr(arguments, _LINE_READ, None)
    if already_read is not None:
        return str(already_read)
    passphrase = _first_line_of_stdin()
    if not passphrase:
        raise PassphraseRefused(
            "--passphrase-stdin: the first line of standard input is empty; give the "
            "passphrase on that line, e.g. `printf '%s\\n' \"$PASS\" | oicreader ...`"
        )
    setattr(arguments, _LINE_READ, passphrase)
    return passphrase


def read_notes_passphrase(arguments: argparse.Namespace) -> str | None:
    """The passphrase of a sealed notes file: OICREADER_NOTES_PASSPHRASE when it is set, else
    the one read_passphrase gives (the library's variable, or standard input's first line).

    An empty variable is refused, as the library's is; the passphrase is never printed."""
    from_environment = os.environ.get(NOTES_PASSPHRASE_VARIABLE)
    if from_environment is None:
        return read_passphrase(arguments)
    if not from_environment:
        raise PassphraseRefused(
            f"{NOTES_PASSPHRASE_VARIABLE} is set but empty; set it to the notes file's "
            f"passphrase, or unset it to use {PASSPHRASE_VARIABLE} or be asked"
        )
    return from_environment


# Where read_passphrase keeps the line it read, on the command's own arguments.
_LINE_READ = "_passphrase_line_read"


def _first_line_of_stdin() -> str:
    """The first line of standard input without its line ending (spaces may be part of a
    passphrase), read as UTF-8 whatever the system's code page: the same passphrase must
    make the same key on every system, and in the window."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream put in place of stdin
        line = sys.stdin.readline()
    else:
        try:
            line = raw.readline().decode("utf-8")
        except UnicodeDecodeError:
            raise PassphraseRefused(
                "--passphrase-stdin: the first line of standard input is not UTF-8 text; "
                "send the passphrase as UTF-8"
            ) from None
    return line.removesuffix("\n").removesuffix("\r")


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

"""Where a command gets the library's or a notes file's passphrase: the environment, or the
first line of standard input; never an argument, never a log."""

from __future__ import annotations

import argparse
import os
import sys

from oicreader.errors import UserFacingError

# For scripts: a variable is not seen by other users in `ps`, as an argument would be.
PASSPHRASE_VARIABLE = "OICREADER_PASSPHRASE"


class PassphraseRefused(UserFacingError):
    """A passphrase that was asked for in a way that cannot be used (an empty line)."""


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """Add --passphrase-stdin to a command that needs a passphrase."""
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input",
    )


def read_passphrase(arguments: argparse.Namespace) -> str | None:
    """The passphrase given to this command: OICREADER_PASSPHRASE when it is set, else with
    --passphrase-stdin the first line of standard input (its line ending dropped), else None.

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
    passphrase = _first_line_of_stdin()
    if not passphrase:
        raise PassphraseRefused(
            "--passphrase-stdin: the first line of standard input is empty; give the "
            "passphrase on that line, e.g. `printf '%s\\n' \"$PASS\" | oicreader ...`"
        )
    return passphrase


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

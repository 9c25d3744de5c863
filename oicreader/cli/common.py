"""What every command shares: user-facing errors, JSON lines, opening the library."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from oicreader.store.library import Library

# json, shutil and the store are imported inside the functions that use them: building the
# parser must stay light, because a bare `oicreader` builds it before opening the window.


def print_json(out: TextIO, value: dict[str, Any]) -> None:
    """One JSON object on one line, non-ASCII text kept readable."""
    import json

    print(json.dumps(value, ensure_ascii=False), file=out)


def terminal_width() -> int:
    """Columns of the terminal, or 100 when output is not a terminal."""
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


def open_library() -> Library:
    """Open the user's library, telling the user on stderr if it had to be recovered."""
    from oicreader.store.library import Library

    library = Library.open()
    if library.recovery is not None:
        print(f"oicreader: {library.recovery.message()}", file=sys.stderr)
    return library

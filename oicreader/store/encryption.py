"""Whether the library file is encrypted (SQLCipher) rather than a plain SQLite database."""

from __future__ import annotations

from pathlib import Path

# Every plain SQLite database begins with these 16 bytes; an SQLCipher one begins with its
# random salt.
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def is_encrypted(path: Path) -> bool:
    """True when the library file exists and is not a plain SQLite database."""
    try:
        with path.open("rb") as stream:
            header = stream.read(len(_PLAIN_SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return header != _PLAIN_SQLITE_HEADER

"""The version of the topic analysers: what the themes and places kept in the library were
found with, so that a new lexicon, gazetteer or analyser has them found again."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from oicreader.paths import resources_dir

__all__ = ["ANALYSER_REVISION", "analyser_version"]

# Bump by hand whenever the code of oicreader/topics/ would find other themes or places in
# the same text (a new rule, a fixed bug): every document is analysed again once.
ANALYSER_REVISION = 1


def analyser_version() -> str:
    """ANALYSER_REVISION and a hash of every file the analysers read (the lexicon, the
    gazetteer, the curated themes), such as "1-3f2a…"."""
    return _version_of(resources_dir() / "topics", ANALYSER_REVISION)


@lru_cache(maxsize=4)
def _version_of(folder: Path, revision: int) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return f"{revision}-{digest.hexdigest()[:16]}"

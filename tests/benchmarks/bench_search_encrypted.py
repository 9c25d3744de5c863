"""Search on an encrypted library next to the same library plain (issue 23: within 1.3x).

Builds (or reuses) bench_search.py's generated library of a million paragraph versions, writes
an encrypted copy of it once (SQLCipher, the app's own key derivation), then times the same
200 queries with `oicreader.store.search` on both, in turn in one process, each going first
every other query, so a busy machine weighs on both alike.

    .venv/bin/python tests/benchmarks/bench_search_encrypted.py                  # 2,000 x 170 x 3
    .venv/bin/python tests/benchmarks/bench_search_encrypted.py --documents 100  # a quick look
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import built_library, percentile, queries

from oicreader.store.encryption import forget_passphrase, hold_passphrase, quoted, sqlcipher
from oicreader.store.library import Library
from oicreader.store.search import search

PASSPHRASE = "benchmark passphrase"


def encrypted_copy(plain: Path) -> Path:
    """The plain library written once more, encrypted (sqlcipher_export); reused if made."""
    target = plain.with_name(f"{plain.stem}-encrypted{plain.suffix}")
    marker = target.with_suffix(".done")
    if marker.exists() and marker.stat().st_mtime >= plain.stat().st_mtime:
        return target
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    connection = sqlcipher().connect(str(plain), isolation_level=None)
    connection.execute(f"ATTACH DATABASE ? AS encrypted KEY {quoted(PASSPHRASE)}", (str(target),))
    connection.execute("SELECT sqlcipher_export('encrypted')")
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.execute(f"PRAGMA encrypted.user_version = {int(version)}")
    connection.execute("DETACH DATABASE encrypted")
    connection.close()
    marker.write_text(f"{time.perf_counter() - started:.1f}")
    return target


def main() -> None:
    """Build or reuse both libraries, then time the queries on each in turn."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--paragraphs", type=int, default=170)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--database", type=Path, default=Path("/tmp/oicreader-bench/library.db"))
    arguments = parser.parse_args()
    plain = arguments.database
    built_library(plain, arguments.documents, arguments.paragraphs)
    encrypted = encrypted_copy(plain)
    print(f"encrypted copy written in {float(encrypted.with_suffix('.done').read_text()):.0f} s")
    hold_passphrase(encrypted, PASSPHRASE)
    times: dict[str, list[float]] = {"plain": [], "encrypted": []}
    hits = {"plain": 0, "encrypted": 0}
    with (
        Library.open(plain, load_bundled=False, safeguards=False) as plain_library,
        Library.open(encrypted, load_bundled=False, safeguards=False) as encrypted_library,
    ):
        libraries = {"plain": plain_library, "encrypted": encrypted_library}
        for query in queries(4):  # warm the page caches
            for library in libraries.values():
                search(library, query)
        for number, query in enumerate(queries(arguments.queries)):
            order = ["plain", "encrypted"] if number % 2 else ["encrypted", "plain"]
            for kind in order:
                started = time.perf_counter()
                found = search(libraries[kind], query, limit=50)
                times[kind].append(time.perf_counter() - started)
                hits[kind] += len(found)
    forget_passphrase(encrypted)
    versions = arguments.documents * arguments.paragraphs * 3
    print(f"library: {versions:,} paragraph versions; {len(times['plain'])} queries")
    print(f"hits: plain {hits['plain']:,}, encrypted {hits['encrypted']:,} (must be equal)")
    print("                          p50        p95       mean")
    for kind, values in times.items():
        p50, p95 = percentile(values, 0.5) * 1000, percentile(values, 0.95) * 1000
        mean = sum(values) / len(values) * 1000
        print(f"  {kind:10s} search   {p50:6.1f} ms  {p95:6.1f} ms  {mean:6.1f} ms")
    ratio_p50 = percentile(times["encrypted"], 0.5) / percentile(times["plain"], 0.5)
    ratio_p95 = percentile(times["encrypted"], 0.95) / percentile(times["plain"], 0.95)
    print(f"  encrypted / plain: p50 {ratio_p50:.2f}x, p95 {ratio_p95:.2f}x (target: <= 1.3x)")


if __name__ == "__main__":
    main()

"""The limits the test suite checks for correctness only, timed here (never in the suite):
a bad PDF refused within seconds, 100,000 notes read from a file, sentences split in linear
time, a long paragraph's sentence units, and typed query syntax answered at once.

Each case prints its time beside a baseline measured in the same run on the same input, so
that a slow machine reads as slow for both:

    .venv/bin/python tests/benchmarks/bench_guards.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script: tests/ is not on the path otherwise


def seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def report(case: str, measured: float, baseline: float, baseline_name: str, limit: str) -> None:
    ratio = measured / baseline if baseline else float("inf")
    print(
        f"{case:<46} {measured:7.3f} s   {baseline_name} {baseline:.3f} s ({ratio:.1f}×)   {limit}"
    )


def bad_pdfs() -> None:
    from oicreader.importing.errors import ImportProblem, PasswordNeeded
    from oicreader.importing.import_plan import import_files
    from tests.importing.pdf_fixtures import BOMB, NOT_A_PDF, PDF_FIXTURES, SCANNED, TRUNCATED

    for fixture in (SCANNED, TRUNCATED, NOT_A_PDF, BOMB):
        path = PDF_FIXTURES / fixture.name

        def refuse(path: Path = path) -> None:
            try:
                import_files([path])
            except (ImportProblem, PasswordNeeded):
                return
            raise AssertionError(f"{path} was not refused")

        report(f"refusal of {fixture.name}", seconds(refuse), seconds(path.read_bytes),
               "reading the file", "target: within seconds")  # fmt: skip


def many_notes() -> None:
    from oicreader.annotations.w3c import read_annotation_file
    from tests.annotations.test_w3c import many_exported

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "many.jsonld"
        path.write_text(json.dumps(many_exported()), encoding="utf-8")
        report("100,000 notes read from a W3C file", seconds(lambda: read_annotation_file(path)),
               seconds(lambda: json.loads(path.read_text("utf-8"))), "json.loads",
               "was < 8 s in the suite")  # fmt: skip


def sentences() -> None:
    from oicreader.align.sentences import sentence_spans
    from oicreader.align.units import sentence_units

    text = "Il a dit. " * 200_000
    report("200,000 sentences split", seconds(lambda: sentence_spans(text, "fr")),
           seconds(lambda: text.split(". ")), "str.split", "linear; was < 5 s")  # fmt: skip
    arabic = "، ".join(["وأكد الاجتماع التزامه"] * 5000) + "."
    english = ". ".join(["The meeting affirmed its commitment"] * 5000) + "."
    report("5,000 clauses against 5,000 sentences",
           seconds(lambda: sentence_units({"ar": arabic, "en": english}, "ar")),
           seconds(lambda: english.split(". ")), "str.split", "was < 10 s")  # fmt: skip


def typed_syntax() -> None:
    from oicreader.store.library import Library
    from oicreader.store.search import search

    queries = ['NEAR(" -', '"unclosed', "a OR OR b", "-x -y", "t*", "(((", "AND:", "^col:x"]
    with tempfile.TemporaryDirectory() as folder, Library.open(Path(folder) / "l.db") as library:
        slowest = max(seconds(lambda q=q: search(library, q)) for q in queries)
        plain = seconds(lambda: search(library, "meeting"))
        report("slowest of 8 syntax-laden queries", slowest, plain, "the word 'meeting'",
               "was < 1 s in the suite")  # fmt: skip


if __name__ == "__main__":
    bad_pdfs()
    many_notes()
    sentences()
    typed_syntax()

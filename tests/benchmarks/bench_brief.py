"""Brief benchmark: `oicreader brief` of 50 paragraphs from 10 documents, to PDF and to .docx,
beside `oicreader print` of 50 paragraphs of one document (issue 22: a brief in at most 3 s).

Run on demand: .venv/bin/python tests/benchmarks/bench_brief.py [--runs 5]
Each figure is the median wall time of the whole command, run as a process, in a library of
its own (a temporary OICREADER_HOME) holding the bundled report and eleven generated
documents.

The `topic:ID` cases quote a topic across the library: the one whose paragraphs come nearest
to 50 from at least ten documents (chosen when the library is built, named in the table).
"nothing kept" empties the topics the library keeps before each run, so every document is
analysed (a library no build has read); "kept" is the usual case, after the Topics panel,
`topics --library` or an earlier brief found them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
REPORT_FOLDER = REPOSITORY_ROOT / "resources" / "documents" / "oic-acm-2017-chair-rep"
DOCUMENTS = 10
PARAGRAPHS_PER_DOCUMENT = 5
TARGET_SECONDS = 3.0


def _generated(symbol: str, key: str, count: int, seed: int):  # type: ignore[no-untyped-def]
    from oicreader.importing.bundle import load_document_folder
    from oicreader.model.document import Document, LanguageVersion

    report = load_document_folder(REPORT_FOLDER)
    versions = {}
    for language, version in report.versions.items():
        source = [version.paragraphs[number] for number in sorted(version.paragraphs)]
        paragraphs = {
            number: source[(number + seed) % len(source)] for number in range(1, count + 1)
        }
        versions[language] = LanguageVersion(language, version.front_matter, paragraphs)
    return Document(
        id=key,
        symbol=symbol,
        titles=report.titles,
        date=f"20{10 + seed}-09-22",
        status="final",
        source_language=report.source_language,
        versions=versions,
    )


def build_library(home: Path) -> None:
    """Ten documents of 20 paragraphs and one of 50, in the library at `home`."""
    os.environ["OICREADER_HOME"] = str(home)
    from oicreader.store.library import Library

    with Library.open() as library:
        for index in range(DOCUMENTS):
            library.add_imported_document(
                _generated(f"OIC/BENCH/{index + 1}", f"bench-{index + 1}", 20, index)
            )
        library.add_imported_document(_generated("OIC/BENCH/LONG", "bench-long", 50, 3))
    (home / "topic.txt").write_text(_topic_of_about_50_paragraphs(), encoding="utf-8")


def _topic_of_about_50_paragraphs() -> str:
    """The id of the topic across the library nearest 50 paragraphs in at least 10 documents
    (found without keeping anything: the library stays as if no build had read it)."""
    from oicreader.app.session import Session
    from oicreader.app.topics import LibraryTopicIndex

    with Session.open() as session:
        topics = LibraryTopicIndex().build(session)
    wide = [topic for topic in topics if len(topic.documents) >= DOCUMENTS]
    best = min(wide, key=lambda t: abs(50 - sum(len(d.paragraphs) for d in t.documents)))
    return best.id


def forget_kept_topics() -> None:
    """Empty the topics the library keeps (OICREADER_HOME set by the caller)."""
    from oicreader.store.connection import transaction
    from oicreader.store.library import Library

    with Library.open() as library, transaction(library.db):
        library.db.execute("DELETE FROM topic_results")


def brief_items() -> list[str]:
    """Five paragraphs from each of ten documents, 50 in all, in a reader's mixed order."""
    return [f"OIC/BENCH/{index + 1}:9,2,14-16" for index in range(DOCUMENTS)]


def timed(
    command: list[str], environment: dict[str, str], runs: int, before: list[str] | None = None
) -> float:
    times = []
    for _ in range(runs):
        if before is not None:
            subprocess.run(before, env=environment, check=True, capture_output=True)
        started = time.perf_counter()
        subprocess.run(command, env=environment, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    """Build the library, time each command, print a table; status 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--home", help="(internal) build the library in this folder and stop")
    parser.add_argument("--forget", action="store_true", help="(internal) empty kept topics")
    arguments = parser.parse_args()
    if arguments.home:
        build_library(Path(arguments.home))
        return 0
    if arguments.forget:
        forget_kept_topics()
        return 0
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        home.mkdir()
        environment = {
            **os.environ,
            "OICREADER_HOME": str(home),
            "PYTHONPATH": str(REPOSITORY_ROOT),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        subprocess.run([sys.executable, __file__, "--home", str(home)], env=environment, check=True)
        oicreader = [sys.executable, "-m", "oicreader"]
        out = Path(folder)
        topic = f"topic:{(home / 'topic.txt').read_text(encoding='utf-8')}"
        forget = [sys.executable, __file__, "--forget"]
        cases: list[tuple[str, list[str], float | None, list[str] | None]] = [
            (
                "print, 50 paragraphs of 1 doc (baseline)",
                [*oicreader, "print", "OIC/BENCH/LONG", "-o", str(out / "print.pdf")],
                None,
                None,
            ),
            (
                "brief, 50 paragraphs of 10 docs, PDF",
                [*oicreader, "brief", "-o", str(out / "brief.pdf"), *brief_items()],
                TARGET_SECONDS,
                None,
            ),
            (
                "brief, 50 paragraphs of 10 docs, .docx",
                [*oicreader, "brief", "-o", str(out / "brief.docx"), *brief_items()],
                TARGET_SECONDS,
                None,
            ),
            (
                f"brief {topic}, PDF, nothing kept",
                [*oicreader, "brief", "-o", str(out / "topic.pdf"), topic],
                None,
                forget,
            ),
            (
                f"brief {topic}, PDF, kept",
                [*oicreader, "brief", "-o", str(out / "topic.pdf"), topic],
                TARGET_SECONDS,
                None,
            ),
            (
                f"brief {topic}, .docx, kept",
                [*oicreader, "brief", "-o", str(out / "topic.docx"), topic],
                TARGET_SECONDS,
                None,
            ),
            ("docs (start-up of a command)", [*oicreader, "docs"], None, None),
        ]
        width = max(len(case[0]) for case in cases)
        header = f"{'case':{width}} {'median s':>9} {'target':>7}"
        print(header)
        print("-" * len(header))
        failed = False
        for name, command, target, before in cases:
            seconds = timed(command, environment, arguments.runs, before)
            missed = target is not None and seconds > target
            failed = failed or missed
            shown = f"{target:.1f}" if target else "-"
            print(f"{name:{width}} {seconds:9.2f} {shown:>7}{'  MISSED' if missed else ''}")
        cited = cited_paragraphs(out / "brief.pdf", out / "brief.docx")
        print(f"citations read back: PDF {cited[0]}, .docx {cited[1]} (of 50)")
        failed = failed or cited != (50, 50)
        quoted = cited_paragraphs(out / "topic.pdf", out / "topic.docx")
        print(f"{topic} read back: PDF {quoted[0]}, .docx {quoted[1]} paragraphs")
        failed = failed or quoted[0] != quoted[1] or not quoted[0]
    return 1 if failed else 0


def cited_paragraphs(pdf: Path, word_file: Path) -> tuple[int, int]:
    """How many citations each file holds, read back: the brief really has 50 paragraphs."""
    import docx

    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    paragraphs = [paragraph.text for paragraph in docx.Document(str(word_file)).paragraphs]
    return text.count(", para. "), sum(", para. " in paragraph for paragraph in paragraphs)


if __name__ == "__main__":
    sys.exit(main())

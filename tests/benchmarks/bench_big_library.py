"""Big-library benchmark: start-up and CLI commands with 300 documents and 100,000 notes,
against a fresh library, in the same run (issue 22).

The report opened at start-up has none of the notes: whatever grows with the library is
what start-up reads, copies or checks beyond what it shows. The big library is built once
into .bench-cache/ in the checkout (ignored by git) and copied into a data folder of its own
for each run, where one untimed start takes the daily backup and the clean-close stamp.
"side panels filled" is the window's own lists (library, notes, topics) after the first
paint; the last case removes the clean-close stamp before each start.

    .venv/bin/python tests/benchmarks/bench_big_library.py            # medians of 5
    .venv/bin/python tests/benchmarks/bench_big_library.py --runs 9
    .venv/bin/python tests/benchmarks/bench_big_library.py --rebuild
    .venv/bin/python tests/benchmarks/bench_big_library.py --filter   # the library panel

--filter times the library panel's type-to-filter field on 1,000 documents instead: each
keystroke of a few searches, from the text typed to the list shown again (target <= 50 ms).
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script: tests/ is not on the path otherwise
from tests.benchmarks.bench_notes import STARTED as PANELS  # noqa: E402
from tests.benchmarks.bench_window import OURS, offscreen_screen, run_child  # noqa: E402

CACHE = ROOT / ".bench-cache"
BIG_HOME = CACHE / "big-library"
REPORT = "oic-acm-2017-chair-rep"
DOCUMENTS = 300  # the bundled report and 299 imported ones
NOTES = 100_000
TAGS = [f"theme-{number:02d}" for number in range(40)]
# Each command as a user types it; the report opened at start-up is the one without notes.
COMMANDS = {
    "docs --json": ["docs", "--json"],
    "notes list REPORT --json": ["notes", "list", REPORT, "--json"],
    "show -p 4": ["show", "-p", "4"],
    "topics --json": ["topics", "--json"],
    "screenshot -p 4": ["screenshot", "-p", "4", "{home}/shot.png"],
}
# The same after a start that found no clean-close stamp (a crash, or another copy of the
# app closing while this one ran): the start-up check cannot be skipped.
WITHOUT_STAMP = {"docs --json, no clean-close stamp": ["docs", "--json"]}
FILTER_HOME = CACHE / "thousand-documents"
FILTER_DOCUMENTS = 1_000
# What a reader types, a key at a time: a symbol, a year, an Arabic word of the titles.
TYPED = ["GEN/05", "2017 final", "الاجتماع"]


def generated_documents(count: int) -> Iterator[object]:
    """Report-shaped documents, each the report's paragraphs under its own symbol."""
    from oicreader.importing.bundle import load_document_folder
    from oicreader.model.document import Document

    report = load_document_folder(ROOT / "resources/documents" / REPORT)
    for number in range(count):
        yield Document(
            id=f"generated-{number:04d}", symbol=f"GEN/{number:04d}", titles=report.titles,
            date=f"20{number % 25:02d}-0{1 + number % 9}-1{number % 10}", status="final",
            source_language="ar", versions=report.versions,
        )  # fmt: skip


def notes(documents: list[str], count: int) -> Iterator[object]:
    """Notes of a few hundred characters in Arabic, English and French, every third tagged,
    spread over the documents given (never the report)."""
    from oicreader.model.annotation import Annotation

    randomness = random.Random(22)
    texts = {
        "ar": "ملاحظة عن موقف الوفد من هذه الفقرة وما يلزم متابعته في الاجتماع القادم. " * 6,
        "en": "A note on the delegation's position on this paragraph and what to follow. " * 6,
        "fr": "Une note sur la position de la délégation et la suite à donner au texte. " * 6,
    }
    for index in range(count):
        language = ("ar", "en", "fr")[index % 3]
        tags = (randomness.choice(TAGS),) if index % 3 == 0 else ()
        yield Annotation(
            id=str(uuid.uuid4()), document=documents[index % len(documents)], revision=1,
            paragraph_number=1 + index % 16, language=language,
            note=f"{index}: {texts[language]}", tags=tags,
        )  # fmt: skip


def fill_library(documents: int, count: int) -> None:
    """Fill the library of OICREADER_HOME: documents-1 imported documents and `count` notes."""
    from oicreader.store.annotations import merge_annotations
    from oicreader.store.library import Library

    with Library.open() as library:
        keys = []
        for document in generated_documents(documents - 1):
            library.save_document(document, "imported")  # type: ignore[arg-type]
            keys.append(document.id)  # type: ignore[attr-defined]
        batch: list[object] = []
        for note in notes(keys, count):
            batch.append(note)
            if len(batch) == 10_000:
                merge_annotations(library, batch)  # type: ignore[arg-type]
                batch.clear()
        merge_annotations(library, batch)  # type: ignore[arg-type]


def build(home: Path) -> float:
    """Build the big library into `home` (in a child: OICREADER_HOME is read once)."""
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    CACHE.joinpath(".gitignore").write_text("*\n", encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from tests.benchmarks.bench_big_library import fill_library
        fill_library({DOCUMENTS}, {NOTES})
        """
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=_environment(home), check=True)
    return time.perf_counter() - started


def time_filter_keystrokes() -> list[float]:
    """Seconds per keystroke of TYPED in the library panel's filter, 1,000 documents listed
    (run in a child, on FILTER_HOME: OICREADER_HOME is read once)."""
    import json

    from PySide6.QtWidgets import QApplication

    from oicreader.app.session import Session
    from oicreader.ui.library_dock import LibraryDock

    application = QApplication.instance() or QApplication([])
    times: list[float] = []
    with Session.open() as session:
        dock = LibraryDock()
        dock.show_library(session, "en")
        dock.resize(420, 800)
        dock.show()
        application.processEvents()
        for text in TYPED:
            for length in range(1, len(text) + 1):
                started = time.perf_counter()
                dock.filter_field.setText(text[:length])
                dock.list.viewport().repaint()
                times.append(time.perf_counter() - started)
            dock.filter_field.clear()
    print(json.dumps(times))
    return times


def filter_benchmark(rebuild: bool) -> None:
    """Build (once) a library of 1,000 documents and print the filter's time per keystroke."""
    import json

    if rebuild or not (FILTER_HOME / "library.db").exists():
        shutil.rmtree(FILTER_HOME, ignore_errors=True)
        FILTER_HOME.mkdir(parents=True)
        CACHE.joinpath(".gitignore").write_text("*\n", encoding="utf-8")
        print(f"building {FILTER_DOCUMENTS:,} documents in {FILTER_HOME} …", flush=True)
        script = (
            f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
            "from tests.benchmarks.bench_big_library import fill_library; "
            f"fill_library({FILTER_DOCUMENTS}, 0)"
        )
        subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=_environment(FILTER_HOME), check=True
        )
    script = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
        "from tests.benchmarks.bench_big_library import time_filter_keystrokes; "
        "time_filter_keystrokes()"
    )
    output = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=_environment(FILTER_HOME), check=True,
        capture_output=True, text=True,
    ).stdout  # fmt: skip
    times = json.loads(output.strip().splitlines()[-1])
    print(
        f"library panel filter, {FILTER_DOCUMENTS:,} documents, {len(times)} keystrokes: "
        f"median {statistics.median(times) * 1000:.1f} ms, slowest {max(times) * 1000:.1f} ms "
        "(target <= 50 ms)"
    )


def _environment(home: Path) -> dict[str, str]:
    screen = offscreen_screen(str(home))
    return {**os.environ, "OICREADER_HOME": str(home), "QT_QPA_PLATFORM": screen}


def run_command(home: Path, arguments: list[str]) -> float:
    """Seconds from process start to exit of `oicreader ARGUMENTS` on this data folder."""
    command = [argument.format(home=home) for argument in arguments]
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "oicreader", *command], cwd=ROOT, env=_environment(home),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
    )  # fmt: skip
    return time.perf_counter() - started


def first_paint(home: Path) -> float:
    """Seconds from process start to the first paint of the report, bare `oicreader`."""
    result, started, _peak = run_child(OURS, str(home))
    return result["first_paint"] - started


def panels_filled(home: Path) -> float:
    """Seconds from process start to the side panels filled (library, notes, topics): the
    window's own lists, after the first paint."""
    result, started, _peak = run_child(PANELS, str(home))
    return result["panels"] - started


def main() -> None:
    """Build or reuse the big library, then time every case on it and on a fresh one."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--filter", action="store_true", help="time the library panel's filter")
    arguments = parser.parse_args()
    compileall.compile_dir(ROOT / "oicreader", quiet=1)
    if arguments.filter:
        filter_benchmark(arguments.rebuild)
        return
    if arguments.rebuild or not (BIG_HOME / "library.db").exists():
        print(f"building {DOCUMENTS} documents and {NOTES:,} notes in {BIG_HOME} …", flush=True)
        print(f"  built in {build(BIG_HOME):.0f} s")
    size = (BIG_HOME / "library.db").stat().st_size / 1024 / 1024
    with tempfile.TemporaryDirectory(dir=CACHE) as folder:
        homes = {"fresh": Path(folder) / "fresh", "big": Path(folder) / "big"}
        shutil.copytree(BIG_HOME, homes["big"], ignore=shutil.ignore_patterns("backups"))
        homes["fresh"].mkdir()
        for home in homes.values():  # creates, checks, backs up and stamps; not timed
            run_command(home, ["docs"])
        cases: dict[str, dict[str, list[float]]] = {name: {} for name in homes}
        # Each case on one library then the other, so the machine's load drifts alike.
        for _ in range(arguments.runs):
            for name, home in homes.items():
                cases[name].setdefault("first paint", []).append(first_paint(home))
            for name, home in homes.items():
                cases[name].setdefault("side panels filled", []).append(panels_filled(home))
            for label, command in COMMANDS.items():
                for name, home in homes.items():
                    cases[name].setdefault(label, []).append(run_command(home, command))
            for label, command in WITHOUT_STAMP.items():
                for name, home in homes.items():
                    (home / "library.db.clean-close").unlink(missing_ok=True)
                    cases[name].setdefault(label, []).append(run_command(home, command))
    print(
        f"{DOCUMENTS} documents and {NOTES:,} notes ({size:.0f} MB) against a fresh library, "
        f"median of {arguments.runs}, target <= 1.15x:"
    )
    for label in cases["fresh"]:
        fresh = statistics.median(cases["fresh"][label])
        big = statistics.median(cases["big"][label])
        print(
            f"  {label:<34} fresh {fresh * 1000:6.0f} ms   big {big * 1000:6.0f} ms   "
            f"{big / fresh:5.2f}x"
        )


if __name__ == "__main__":
    main()

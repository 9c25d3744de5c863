"""Topics across the library (issue 22, point 3): building the library-wide topic index over
300 documents, against the one-document baseline, in the same run.

The library holds the bundled report and 299 copies of its text under other symbols and
dates (bench_big_library.generated_documents) and 3,000 tagged notes; it is built once into
.bench-cache/topics-library/ (ignored by git). Each case runs in a fresh child process:

- "index, nothing kept": LibraryTopicIndex().build with no topics kept in the library
  (topic_results emptied first), every document read and analysed; then "keeping what was
  found" (save_found, one transaction); the baseline is the same on a fresh library (the
  report alone), and the report's own topics (library_document_topics, what `topics` shows);
- "index, kept in the library": a new index in the same process, as a new process builds
  it: every document's themes and places read from the library, none analysed;
- "index, after an import": the same index built again after one document more, as the
  panel does after a change (only the new document is analysed);
- "is the index current": the one query the panel makes before showing what it found;
- `topics --library --json` and `topics --json`, from process start to exit, and the first
  with nothing kept (topic_results emptied before each run: it analyses and keeps all);
- the window started in the library scope: its first paint, and the library's topics shown,
  against the window started in the document scope on the same library and on a fresh one.

    .venv/bin/python tests/benchmarks/bench_topics_library.py            # medians of 5
    .venv/bin/python tests/benchmarks/bench_topics_library.py --runs 9 --rebuild
"""

from __future__ import annotations

import argparse
import compileall
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script: tests/ is not on the path otherwise
from tests.benchmarks.bench_big_library import CACHE, _environment, run_command  # noqa: E402
from tests.benchmarks.bench_window import run_child  # noqa: E402
from tests.first_paint import start_up_script  # noqa: E402

HOME = CACHE / "topics-library"
DOCUMENTS = 300  # the bundled report and 299 imported copies
NOTES = 3_000  # every third tagged

# In a child whose OICREADER_HOME is the library: each case's seconds, as one JSON line.
INDEX_CASES = textwrap.dedent(
    """
    import json, sys, time
    sys.path.insert(0, sys.argv[1])
    from oicreader.app.session import Session
    from oicreader.app.topics import LibraryTopicIndex, library_document_topics
    from oicreader.store.connection import transaction
    from oicreader.store.document_removal import remove_documents
    from tests.benchmarks.bench_big_library import generated_documents

    times = {}
    with Session.open() as session:
        started = time.perf_counter()
        library_document_topics(session, None)
        times["report's own topics"] = time.perf_counter() - started
        with transaction(session.library.db):
            session.library.db.execute("DELETE FROM topic_results")
        index = LibraryTopicIndex()
        started = time.perf_counter()
        topics = index.build(session)
        times["index, nothing kept"] = time.perf_counter() - started
        started = time.perf_counter()
        index.save_found(session)
        times["keeping what was found"] = time.perf_counter() - started
        started = time.perf_counter()
        LibraryTopicIndex().build(session)
        times["index, kept in the library"] = time.perf_counter() - started
        started = time.perf_counter()
        index.is_current(session)
        times["is the index current"] = time.perf_counter() - started
        extra = list(generated_documents(1000))[-1]
        session.library.save_document(extra, "imported")
        started = time.perf_counter()
        index.build(session)
        times["index, after an import"] = time.perf_counter() - started
        index.save_found(session)
        remove_documents(session.library, [extra.id], keep_notes=True)  # for the next run
    times["topics"] = len(topics)
    print(json.dumps(times))
    """
)

# The window through the real entry point, to its first paint, then to the library's topics
# shown in the panel (in the document scope: to the document's topics shown).
PANEL_SHOWN = start_up_script(
    """
    def at_first_paint(window):
        from PySide6.QtCore import QTimer
        painted = time.time()
        def poll():
            dock = window.topics_dock
            shown = dock.library_topics if window.topics.scope == "library" else dock.topics
            if window.panels_ready and not window.analysing_topics and shown:
                print(json.dumps({"first_paint": painted, "shown": time.time()}), flush=True)
                window.close()
                return
            QTimer.singleShot(1, poll)
        QTimer.singleShot(0, poll)
    """
)

FORGET_KEPT_TOPICS = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from oicreader.store.connection import transaction
    from oicreader.store.library import Library
    with Library.open() as library, transaction(library.db):
        library.db.execute("DELETE FROM topic_results")
    """
)

SET_SCOPE = textwrap.dedent(
    """
    import sys
    from oicreader.ui.settings import Settings
    settings = Settings()
    settings.topics_scope = sys.argv[1]
    settings.sync()
    """
)


def build(home: Path) -> float:
    """The 300-document library with its notes, built in a child (OICREADER_HOME read once)."""
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    CACHE.joinpath(".gitignore").write_text("*\n", encoding="utf-8")
    script = (
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        "from tests.benchmarks.bench_big_library import fill_library\n"
        f"fill_library({DOCUMENTS}, {NOTES})\n"
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=_environment(home), check=True)
    return time.perf_counter() - started


def index_cases(home: Path) -> dict[str, float]:
    """The index's cases on one library, in a fresh child."""
    result = subprocess.run(
        [sys.executable, "-c", INDEX_CASES, str(ROOT)], cwd=ROOT, env=_environment(home),
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    line = next(line for line in result.stdout.splitlines() if line.startswith("{"))
    found: dict[str, float] = json.loads(line)
    return found


def forget_kept_topics(home: Path) -> None:
    """Empty topic_results, in a child (OICREADER_HOME read once)."""
    subprocess.run(
        [sys.executable, "-c", FORGET_KEPT_TOPICS, str(ROOT)], cwd=ROOT, env=_environment(home),
        check=True,
    )  # fmt: skip


def window_times(home: Path, scope: str) -> tuple[float, float]:
    """Seconds from process start to the first paint, and to the scope's topics shown."""
    subprocess.run(
        [sys.executable, "-c", SET_SCOPE, scope], cwd=ROOT, env=_environment(home), check=True
    )
    result, started, _peak = run_child(PANEL_SHOWN, str(home))
    return result["first_paint"] - started, result["shown"] - started


def main() -> None:
    """Build or reuse the 300-document library, then time every case on it and a fresh one."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    arguments = parser.parse_args()
    compileall.compile_dir(ROOT / "oicreader", quiet=1)
    if arguments.rebuild or not (HOME / "library.db").exists():
        print(f"building {DOCUMENTS} documents and {NOTES:,} notes in {HOME} …", flush=True)
        print(f"  built in {build(HOME):.0f} s")
    cases: dict[str, dict[str, list[float]]] = {"one document": {}, "300 documents": {}}
    with tempfile.TemporaryDirectory(dir=CACHE) as folder:
        homes = {"one document": Path(folder) / "fresh", "300 documents": Path(folder) / "big"}
        shutil.copytree(HOME, homes["300 documents"], ignore=shutil.ignore_patterns("backups"))
        homes["one document"].mkdir()
        for home in homes.values():  # creates, checks, backs up and stamps; not timed
            run_command(home, ["docs"])
        for _ in range(arguments.runs):  # one library then the other: the load drifts alike
            for name, home in homes.items():
                for label, seconds in index_cases(home).items():
                    cases[name].setdefault(label, []).append(seconds)
            for label, command in {
                "topics --library --json": ["topics", "--library", "--json"],
                "topics --json": ["topics", "--json"],
            }.items():
                for name, home in homes.items():
                    cases[name].setdefault(label, []).append(run_command(home, command))
            for name, home in homes.items():
                forget_kept_topics(home)
                cases[name].setdefault("topics --library --json, nothing kept", []).append(
                    run_command(home, ["topics", "--library", "--json"])
                )
            for scope in ("document", "library"):
                for name, home in homes.items():
                    painted, shown = window_times(home, scope)
                    cases[name].setdefault(f"window, {scope} scope: first paint", []).append(
                        painted
                    )
                    cases[name].setdefault(f"window, {scope} scope: topics shown", []).append(shown)
    counts = {name: int(cases[name].pop("topics")[0]) for name in cases}
    print(
        f"Topics across the library: {DOCUMENTS} documents and {NOTES:,} notes against the "
        f"report alone, median of {arguments.runs} "
        f"({counts['300 documents']} and {counts['one document']} topics):"
    )
    for label in cases["one document"]:
        one = statistics.median(cases["one document"][label])
        many = statistics.median(cases["300 documents"][label])
        print(
            f"  {label:<38} one document {one * 1000:7.1f} ms   "
            f"300 documents {many * 1000:7.1f} ms   {many / one:6.2f}x"
        )


if __name__ == "__main__":
    main()

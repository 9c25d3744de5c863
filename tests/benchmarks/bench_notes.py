"""Notes benchmark: a paragraph with 2,000 notes against one with none, and 100,000 notes
on another document against none, for the window's start and for moving to the paragraph.

Run on demand: .venv/bin/python tests/benchmarks/bench_notes.py
Each case runs in a fresh child process (offscreen Qt, 1920 x 1080), in its own data folder.
The baseline is the same window and paragraph in a library without those notes, measured
in the same run.
"""

from __future__ import annotations

import os
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
from tests.benchmarks.bench_window import run_child  # noqa: E402
from tests.first_paint import start_up_script  # noqa: E402

REPORT = "oic-acm-2017-chair-rep"
CROWDED_PARAGRAPH = 6
STARTS = 5
JUMPS = 9

# From the process start to the side panels filled, the notes panel on the paragraph.
STARTED = start_up_script(
    """
    def at_first_paint(window):
        from PySide6.QtCore import QTimer
        def poll():
            if window.panels_ready and not window.view.building:
                window.notes_dock.repaint()
                print(json.dumps({"panels": time.time(),
                                  "notes": window.notes_dock.current_notes.total}), flush=True)
                window.close()
                return
            QTimer.singleShot(1, poll)
        QTimer.singleShot(0, poll)
    """
)

# Moving from paragraph 1 to the crowded one, and to the next one (no note), until the
# notes panel is painted.
JUMP = textwrap.dedent(
    f"""
    import json, statistics, time
    from oicreader.store.library import Library
    from oicreader.ui.app import application, open_window
    app = application()
    window = open_window(Library.open())
    window.resize(1400, 900)
    window.show()
    while not window.panels_ready or window.view.building or window.analysing_topics:
        app.processEvents()
    def jump(number):
        times = []
        for _ in range({JUMPS}):
            window.reading.jump_to_paragraph(1)
            app.processEvents()
            started = time.perf_counter()
            window.reading.jump_to_paragraph(number)
            window.notes_dock.repaint()
            app.processEvents()
            times.append(time.perf_counter() - started)
        return statistics.median(times)
    empty = jump({CROWDED_PARAGRAPH + 1})
    crowded = jump({CROWDED_PARAGRAPH})
    print(json.dumps({{"jump": crowded, "next": empty,
                      "editors": len(window.notes_dock.editors)}}), flush=True)
    """
)


def notes(document: str, paragraph: int, count: int) -> Iterator[object]:
    """Notes in Arabic and English, every third tagged, on one paragraph."""
    from oicreader.model.annotation import Annotation

    for index in range(count):
        yield Annotation(
            id=str(uuid.uuid4()), document=document, revision=1, paragraph_number=paragraph,
            language="ar" if index % 2 else "en",
            note=f"ملاحظة رقم {index}" if index % 2 else f"Note number {index}",
            tags=("bulk",) if index % 3 == 0 else (),
        )  # fmt: skip


def make_library(home: str, on_paragraph: int, elsewhere: int) -> None:
    """A library (in a child: OICREADER_HOME is read once) with notes added in bulk, the
    window set to open on the crowded paragraph."""
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from tests.benchmarks.bench_notes import notes
        from oicreader.store.annotations import merge_annotations
        from oicreader.store.library import Library
        from oicreader.ui.settings import Settings
        with Library.open() as library:
            merge_annotations(library, notes({REPORT!r}, {CROWDED_PARAGRAPH}, {on_paragraph}))
            merge_annotations(library, notes("another-document", 3, {elsewhere}))
        settings = Settings()
        settings.set_paragraph_for({REPORT!r}, {CROWDED_PARAGRAPH})
        settings.sync()
        """
    )
    environment = {**os.environ, "OICREADER_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=environment, check=True)


def start_time(home: str) -> tuple[float, int]:
    """Median seconds from process start to the panels filled, and the notes on show."""
    times, shown = [], 0
    for _ in range(STARTS):
        result, started, _peak = run_child(STARTED, home)
        times.append(result["panels"] - started)
        shown = int(result["notes"])
    return statistics.median(times), shown


def main() -> None:
    """Build the three libraries, run every case and print a table."""
    with tempfile.TemporaryDirectory() as folder:
        homes = {name: str(Path(folder) / name) for name in ("none", "crowded", "elsewhere")}
        started = time.perf_counter()
        make_library(homes["none"], 0, 0)
        make_library(homes["crowded"], 2_000, 0)
        make_library(homes["elsewhere"], 0, 100_000)
        print(f"libraries made in {time.perf_counter() - started:.1f} s (notes added in bulk)")
        jumps = {name: run_child(JUMP, home)[0] for name, home in homes.items()}
        starts = {name: start_time(home) for name, home in homes.items()}
    none, crowded = jumps["none"]["jump"], jumps["crowded"]["jump"]
    beside = jumps["crowded"]["next"]
    print(f"moving to paragraph {CROWDED_PARAGRAPH} until the notes panel is painted, "
          f"median of {JUMPS}:")  # fmt: skip
    print(f"  no note (empty library)    {none * 1000:7.1f} ms")
    print(
        f"  ¶{CROWDED_PARAGRAPH + 1}, no note (2,000 on ¶{CROWDED_PARAGRAPH})  "
        f"{beside * 1000:6.1f} ms"
    )
    print(
        f"  2,000 notes on it          {crowded * 1000:7.1f} ms   ({crowded / none:.2f}x the "
        f"empty library, {crowded / beside:.2f}x the paragraph beside; target <= 2.5x), "
        f"{jumps['crowded']['editors']:.0f} editors made"
    )
    elsewhere = jumps["elsewhere"]["jump"]
    print(f"  100,000 notes elsewhere    {elsewhere * 1000:7.1f} ms   ({elsewhere / none:.2f}x)")
    print(f"start to panels filled, on paragraph {CROWDED_PARAGRAPH}, median of {STARTS}:")
    base = starts["none"][0]
    for name, label in (
        ("none", "no note"),
        ("crowded", "2,000 notes on it"),
        ("elsewhere", "100,000 notes elsewhere"),
    ):
        seconds, shown = starts[name]
        print(f"  {label:<26} {seconds * 1000:7.0f} ms   ({seconds / base:.2f}x), {shown} listed")


if __name__ == "__main__":
    main()

"""Window benchmark: start-up to first paint, a 2,000-paragraph document, scrolling, memory.

Each case runs in a fresh child process (offscreen Qt) so start-up is measured from process
start, through the real `oicreader` entry point, and its peak memory (ru_maxrss) is the
child's own. The baseline is a bare PySide6
window showing the same text in a QTextBrowser, measured in the same run.
"""

from __future__ import annotations

import compileall
import json
import os
import re
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
from tests.first_paint import start_up_script  # noqa: E402

RUNS = 10
# Issue 18's reference for the outside measure: Okular opening the report as a PDF.
REPORT_PDF = ROOT / "tests" / "importing" / "fixtures" / "pdf" / "lo-ar.pdf"
OKULAR = "Okular opening lo-ar.pdf"

# The first paint of a text browser's viewport once it shows text, in the bare and the
# minimal window (OIC Reader's is watched the same way by tests/first_paint.py). The filter
# watches that viewport alone: one on the whole application would run Python for every
# event of every widget, which costs a window with docks and menus far more than a bare one.
# It is installed once the window is shown (mapped): the first time PySide6 hands out a
# viewport it makes every widget type of QtWidgets (9 ms), which no window needs before.
_FIRST_PAINT = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTextBrowser
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                browser = watched.parent()
                if isinstance(browser, QTextBrowser) and not browser.document().isEmpty():
                    cpu = time.process_time()
                    print(json.dumps({"first_paint": time.time(), "cpu": cpu}), flush=True)
                    watched.removeEventFilter(self)
                    QTimer.singleShot(0, QApplication.instance().quit)
            return False
    spy = FirstPaint()
    """
)

# The real entry point, `oicreader` with no arguments, watched without changing what it
# loads before the first paint (tests/first_paint.py).
OURS = start_up_script(
    """
    def at_first_paint(window):
        from PySide6.QtCore import QTimer
        cpu = time.process_time()
        print(json.dumps({"first_paint": time.time(), "cpu": cpu}), flush=True)
        QTimer.singleShot(0, window.close)
    """
)

BARE = _FIRST_PAINT + textwrap.dedent(
    """
    from pathlib import Path
    app = QApplication(sys.argv[:1])
    folder = Path(sys.argv[1])
    files = [folder / f"{code}.txt" for code in ("ar", "en", "fr")]
    text = "\\n\\n".join(path.read_text(encoding="utf-8") for path in files)
    browser = QTextBrowser()
    browser.setPlainText(text)
    browser.resize(1400, 900)
    browser.show()
    browser.viewport().installEventFilter(spy)
    app.exec()
    """
)

# What any window meeting the reading window's requirements must do before its first
# paint, and nothing more: Qt's namespace (alignments, directions), Amiri registered, and
# the report's first rows as aligned table rows with the Arabic right to left in Amiri. No
# library, menus, panels or modules of ours: the distance from it to OIC Reader is ours.
MINIMAL = _FIRST_PAINT + textwrap.dedent(
    """
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtGui import (
        QFont, QFontDatabase, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument,
        QTextLength, QTextTableFormat,
    )
    import fontpkg_amiri
    app = QApplication(sys.argv[:1])
    for font_file in sorted((Path(fontpkg_amiri.ROOT) / "files").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    folder = Path(sys.argv[1])
    texts = {
        code: [p for p in (folder / f"{code}.txt").read_text(encoding="utf-8").split("\\n\\n")
               if p.strip()]
        for code in ("ar", "en", "fr")
    }
    document = QTextDocument()
    cursor = QTextCursor(document)
    table_format = QTextTableFormat()
    table_format.setBorder(0)
    table_format.setCellPadding(6)
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table_format.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, 4)]
        + [QTextLength(QTextLength.Type.PercentageLength, 32)] * 3
    )
    arabic, latin = QTextCharFormat(), QTextCharFormat()
    amiri = QFont()
    amiri.setFamilies(["Amiri"])
    amiri.setPointSizeF(14)
    arabic.setFont(amiri)
    right_to_left, left_to_right = QTextBlockFormat(), QTextBlockFormat()
    right_to_left.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right_to_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    left_to_right.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for row in range(6):
        table = cursor.insertTable(1, 4, table_format)
        table.cellAt(0, 0).firstCursorPosition().insertText(str(row + 1))
        for column, code in ((1, "fr"), (2, "en"), (3, "ar")):
            cell = table.cellAt(0, column).firstCursorPosition()
            cell.setBlockFormat(right_to_left if code == "ar" else left_to_right)
            cell.insertText(texts[code][row], arabic if code == "ar" else latin)
        cursor.movePosition(QTextCursor.MoveOperation.End)
    browser = QTextBrowser()
    browser.resize(1400, 900)
    browser.show()
    browser.viewport().installEventFilter(spy)
    browser.setDocument(document)
    app.exec()
    """
)

# After the first paint: when the side panels, the rest of the rows and the topics are in.
SETTLED = start_up_script(
    """
    def at_first_paint(window):
        from PySide6.QtCore import QTimer
        marks = {"paint": time.perf_counter()}
        def poll():
            now = time.perf_counter()
            if window.panels_ready:
                marks.setdefault("panels", now)
            if not window.view.building:
                marks.setdefault("rows", now)
            if not window.analysing_topics:
                marks.setdefault("topics", now)
            if len(marks) < 4:
                QTimer.singleShot(1, poll)
                return
            print(json.dumps({k: v - marks["paint"] for k, v in marks.items()}), flush=True)
            window.close()
        QTimer.singleShot(0, poll)
    """
)

LARGE = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtWidgets import QApplication
    from oicreader.ui.app import application, open_window
    from oicreader.store.library import Library
    app = application()
    library = Library.open()
    window = open_window(library)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    started = time.perf_counter()
    window.reading.open_document("generated-2000")
    window.view.viewport().repaint()  # the first paint of the new document
    opened = time.perf_counter() - started
    window.view.finish_building()  # the rest of the rows, normally added between events
    bar = window.view.verticalScrollBar()
    # Qt reports the new height to the scroll bar from its event loop, in steps.
    height = window.view.document().size().height() - window.view.viewport().height()
    deadline = time.perf_counter() + 30
    while bar.maximum() < height - 50 and time.perf_counter() < deadline:
        app.processEvents()
    frames = []
    step = max(1, bar.pageStep())
    for value in range(0, bar.maximum() + step, step):
        frame = time.perf_counter()
        bar.setValue(value)
        window.view.viewport().repaint()
        frames.append(time.perf_counter() - frame)
    print(json.dumps({"open": opened, "frames": len(frames), "worst_frame": max(frames),
                      "median_frame": sorted(frames)[len(frames) // 2]}), flush=True)
    """
)


def offscreen_screen(home: str) -> str:
    """The offscreen platform with a 1920 x 1080 screen (its own is 800 x 800, where a
    restored window is shrunk to fit, and the side panels leave the text 224 px)."""
    config = Path(home) / "offscreen-screen.json"
    screen = {"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def run_child(
    code: str, home: str, *arguments: str, root: Path = ROOT
) -> tuple[dict[str, float], float, float]:
    """Run code in a fresh interpreter on the checkout at `root`; return its JSON line, wall
    start, and peak RSS in MB."""
    environment = {
        **os.environ, "OICREADER_HOME": home, "QT_QPA_PLATFORM": offscreen_screen(home),
        "PYTHONPATH": str(root),
    }  # fmt: skip
    with tempfile.TemporaryFile("w+", encoding="utf-8") as output:
        started = time.time()
        process = subprocess.Popen(
            [sys.executable, "-c", code, *arguments], cwd=root, env=environment,
            stdout=output, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        # wait4 reaps this child alone and returns its own resource usage (Linux: KiB).
        _pid, _status, usage = os.wait4(process.pid, 0)
        process.returncode = 0
        output.seek(0)
        line = next(line for line in output.read().splitlines() if line.startswith("{"))
    return json.loads(line), started, usage.ru_maxrss / 1024


class XvfbMapWatch:
    """A virtual X server, and when it maps a top-level window: start-up seen from outside
    the process, as a user sees it, to the moment the window appears (issue 18). Needs
    Debian's xvfb and x11-utils (xev); stdbuf (coreutils) keeps xev's lines unbuffered."""

    def __enter__(self) -> XvfbMapWatch:
        import queue
        import threading

        read_end, write_end = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten",
             "tcp"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write_end)
        with os.fdopen(read_end) as announced:
            self.display = f":{announced.readline().strip()}"
        self.maps: queue.Queue[float] = queue.Queue()
        self.watcher = subprocess.Popen(
            ["stdbuf", "-oL", "xev", "-display", self.display, "-root", "-event", "substructure"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        threading.Thread(target=self._read_events, daemon=True).start()
        time.sleep(0.5)  # xev selects its events before the first child starts
        return self

    def _read_events(self) -> None:
        assert self.watcher.stdout is not None
        for line in self.watcher.stdout:
            if line.startswith("MapNotify"):
                self.maps.put(time.time())

    def time_to_map(self, code: str, home: str, *arguments: str, root: Path = ROOT) -> float:
        """Seconds from starting `code` in a fresh interpreter, on the checkout at `root`,
        to its first window mapped."""
        environment = {
            **os.environ, "OICREADER_HOME": home, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(root),
        }  # fmt: skip
        return self._time_to_map([sys.executable, "-c", code, *arguments], environment, root)

    def okular_time_to_map(self, home: str) -> float:
        """Seconds from starting Okular on the Arabic report printed to PDF by LibreOffice to
        its window mapped (the reference issue 18 names); Okular keeps its settings in `home`,
        and is closed once mapped."""
        environment = {
            **os.environ, "HOME": home, "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_DATA_HOME": f"{home}/data", "XDG_CACHE_HOME": f"{home}/cache",
            "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb",
        }  # fmt: skip
        environment.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no session of this computer's
        return self._time_to_map(["okular", str(REPORT_PDF)], environment, Path(home), close=True)

    def _time_to_map(
        self, command: list[str], environment: dict[str, str], folder: Path, close: bool = False
    ) -> float:
        while not self.maps.empty():
            self.maps.get_nowait()
        started = time.time()
        child = subprocess.Popen(
            command, cwd=folder, env=environment, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        mapped = self.maps.get(timeout=30)
        if close:  # a program that stays open, unlike the scripts here
            child.terminate()
        child.wait(timeout=30)
        return mapped - started

    def __exit__(self, *exc_info: object) -> None:
        for process in (self.watcher, self.server):
            process.terminate()
            process.wait()


def outside_start_up(home: str, folder: str) -> dict[str, float] | None:
    """Median seconds to the X server mapping the bare and OIC Reader windows, and Okular's
    when it is installed, taken in turn (7 runs each); None when Xvfb or xev is not
    installed."""
    if not all(shutil.which(tool) for tool in ("Xvfb", "xev", "stdbuf")):
        return None
    times: dict[str, list[float]] = {"bare": [], "ours": []}
    with XvfbMapWatch() as watch, tempfile.TemporaryDirectory() as okular_home:
        watch.time_to_map(OURS, home)  # the first start on this screen; not timed
        if shutil.which("okular"):
            times["okular"] = []
            watch.okular_time_to_map(okular_home)  # its first start; not timed
        for _ in range(7):
            times["bare"].append(watch.time_to_map(BARE, home, folder))
            times["ours"].append(watch.time_to_map(OURS, home))
            if "okular" in times:
                times["okular"].append(watch.okular_time_to_map(okular_home))
    return {name: statistics.median(values) for name, values in times.items()}


def generate_large_document(home: str) -> None:
    """Store a 2,000-paragraph document made from the report's paragraphs."""
    os.environ["OICREADER_HOME"] = home
    from oicreader.importing.bundle import load_document_folder
    from oicreader.model.document import Document, LanguageVersion
    from oicreader.store.library import Library

    report = load_document_folder(ROOT / "resources/documents/oic-acm-2017-chair-rep")
    versions = {
        code: LanguageVersion(
            code, version.front_matter,
            {n: version.paragraphs[1 + (n - 1) % 16] for n in range(1, 2001)},
        )
        for code, version in report.versions.items()
    }  # fmt: skip
    generated = Document(
        "generated-2000", "GEN/2000", report.titles, report.date, "draft", "ar", versions
    )
    with Library.open() as library:
        library.save_document(generated, "imported")


def spread(values: list[float]) -> str:
    """Median and range of seconds, in ms: "281 ms (274-301)"."""
    return (
        f"{statistics.median(values) * 1000:4.0f} ms "
        f"({min(values) * 1000:.0f}-{max(values) * 1000:.0f})"
    )


# The real start-up, ended at its first paint: what callgrind counts is start-up alone.
EXIT_AT_FIRST_PAINT = start_up_script(
    """
    def at_first_paint(window):
        import os
        os._exit(0)
    """
)


def instructions_to_first_paint(home: Path, root: Path) -> int | None:
    """The instructions `oicreader` on the checkout at `root` runs to its first paint, as
    callgrind counts them: the same on a busy machine as on an idle one, to a few in a
    million (about a minute); None without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    environment = {
        **os.environ, "OICREADER_HOME": str(home), "QT_QPA_PLATFORM": offscreen_screen(str(home)),
        "PYTHONPATH": str(root), "PYTHONHASHSEED": "0",
    }  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/callgrind.out",
             sys.executable, "-c", EXIT_AT_FIRST_PAINT],
            cwd=root, env=environment, capture_output=True, text=True,
        )  # fmt: skip
    counted = re.search(r"Collected : (\d+)", result.stderr)
    return int(counted.group(1)) if counted else None


# The real start-up and the bare window, each ended as soon as show() returns: Qt has
# asked the X server to map the window (which it does once the event loop runs).
EXIT_WHEN_SHOWN = start_up_script("def at_first_paint(window):\n    pass\n", exit_when_shown=True)
BARE_EXIT_WHEN_SHOWN = BARE.replace("browser.show()\n", "browser.show()\nimport os; os._exit(0)\n")
# Without the exit the bare script would run its event loop under callgrind for good.
assert BARE_EXIT_WHEN_SHOWN != BARE, "the bare window's script no longer calls browser.show()"


def instructions_to_the_map(code: str, home: Path, root: Path, *arguments: str) -> int | None:
    """What callgrind counts from a fresh interpreter's start to `code` asking for its
    window to be mapped (offscreen), on a copy of `home` (the count ends as a killed start
    does, which would send the next start to its recovery check); None without valgrind.
    The outside measure under Xvfb, without the machine's load in it."""
    if shutil.which("valgrind") is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "home"
        shutil.copytree(home, copy)
        environment = {
            **os.environ, "OICREADER_HOME": str(copy), "PYTHONPATH": str(root),
            "QT_QPA_PLATFORM": offscreen_screen(str(copy)), "PYTHONHASHSEED": "0",
        }  # fmt: skip
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/callgrind.out",
             sys.executable, "-c", code, *arguments],
            cwd=root, env=environment, capture_output=True, text=True,
        )  # fmt: skip
    counted = re.search(r"Collected : (\d+)", result.stderr)
    return int(counted.group(1)) if counted else None


def reopen_at(paragraph: int) -> str:
    """A first start that leaves the report to be reopened at a paragraph, not its cover."""
    return start_up_script(
        f"""
        def at_first_paint(window):
            from PySide6.QtCore import QTimer
            window.settings.set_paragraph_for(window.document.id, {paragraph})
            print("{{}}", flush=True)
            QTimer.singleShot(0, window.close)
        """
    )


def compare_start_up(
    other: Path, runs: int, paragraph: int | None = None, instructions: bool = False
) -> None:
    """Start-up to first paint of this checkout and `other` (another checkout of OIC
    Reader, such as an earlier commit's worktree), in turn with the bare window, each with
    its own library: wall time, and the CPU time (user + sys) the process spent by its first
    paint, which another program's load on the machine barely changes. With `paragraph`,
    both reopen the report there (the same screen in both) rather than where it opens; with
    `instructions`, also what callgrind counts to the first paint of each."""
    folder = str(ROOT / "resources/documents/oic-acm-2017-chair-rep")
    trees = {"this checkout": ROOT, f"other ({other})": other}
    for root in trees.values():
        compileall.compile_dir(root / "oicreader", quiet=1)
    wall: dict[str, list[float]] = {name: [] for name in ["bare window", *trees]}
    cpu: dict[str, list[float]] = {name: [] for name in wall}
    with tempfile.TemporaryDirectory() as home:
        homes = {name: Path(home) / str(number) for number, name in enumerate(trees)}
        for name, root in trees.items():
            homes[name].mkdir()
            first_start = OURS if paragraph is None else reopen_at(paragraph)
            run_child(first_start, str(homes[name]), root=root)  # not timed
        for _ in range(runs):
            result, started, _peak = run_child(BARE, home, folder)
            wall["bare window"].append(result["first_paint"] - started)
            cpu["bare window"].append(result["cpu"])
            for name, root in trees.items():
                result, started, _peak = run_child(OURS, str(homes[name]), root=root)
                wall[name].append(result["first_paint"] - started)
                cpu[name].append(result["cpu"])
        mapped = outside_start_up_of(trees, homes, folder, runs)
        counted = {
            name: instructions_to_first_paint(homes[name], root) if instructions else None
            for name, root in trees.items()
        }
        to_the_map = (
            {
                "bare window": instructions_to_the_map(
                    BARE_EXIT_WHEN_SHOWN, Path(home), ROOT, folder
                ),
                **{
                    name: instructions_to_the_map(EXIT_WHEN_SHOWN, homes[name], root)
                    for name, root in trees.items()
                },
            }
            if instructions
            else {}
        )
    bare_wall, bare_cpu = (
        statistics.median(wall["bare window"]),
        statistics.median(cpu["bare window"]),
    )
    print(f"start-up to first paint (offscreen), {runs} runs taken in turn, median (range):")
    for name in wall:
        print(
            f"  {name:<34} wall {spread(wall[name])} "
            f"{statistics.median(wall[name]) / bare_wall:.2f}x   "
            f"CPU {spread(cpu[name])} {statistics.median(cpu[name]) / bare_cpu:.2f}x"
        )
    if all(counted.values()):
        this, that = counted.values()
        assert this is not None and that is not None
        print(
            f"instructions to first paint (callgrind): this checkout {this / 1e6:,.1f} M, "
            f"other {that / 1e6:,.1f} M ({(this - that) / that:+.1%})"
        )
    elif instructions:
        print("instructions: not counted; install valgrind")
    if to_the_map and all(to_the_map.values()):
        bare = to_the_map["bare window"]
        assert bare is not None
        print("instructions to the map request, show() returned (callgrind, offscreen):")
        for name, count in to_the_map.items():
            assert count is not None
            print(f"  {name:<34} {count / 1e6:,.1f} M {count / bare:.2f}x")
    if mapped is None:
        print("seen from outside (Xvfb): not measured; install xvfb and x11-utils")
        return
    print("seen from outside, process start to the window mapped by Xvfb, median (range):")
    bare_map = statistics.median(mapped["bare window"])
    for name, times in mapped.items():
        print(f"  {name:<34} {spread(times)} {statistics.median(times) / bare_map:.2f}x")


def outside_start_up_of(
    trees: dict[str, Path], homes: dict[str, Path], folder: str, runs: int
) -> dict[str, list[float]] | None:
    """Seconds to the X server mapping the bare window and each checkout's, taken in turn;
    None when Xvfb or xev is not installed."""
    if not all(shutil.which(tool) for tool in ("Xvfb", "xev", "stdbuf")):
        return None
    mapped: dict[str, list[float]] = {name: [] for name in ["bare window", *trees]}
    bare_home = str(next(iter(homes.values())))  # the bare window reads no library
    with XvfbMapWatch() as watch, tempfile.TemporaryDirectory() as okular_home:
        for name, root in trees.items():  # the first start on this screen; not timed
            watch.time_to_map(OURS, str(homes[name]), root=root)
        if shutil.which("okular"):
            mapped[OKULAR] = []
            watch.okular_time_to_map(okular_home)  # its first start; not timed
        for _ in range(runs):
            mapped["bare window"].append(watch.time_to_map(BARE, bare_home, folder))
            for name, root in trees.items():
                mapped[name].append(watch.time_to_map(OURS, str(homes[name]), root=root))
            if OKULAR in mapped:
                mapped[OKULAR].append(watch.okular_time_to_map(okular_home))
    return mapped


def main() -> None:
    """Run every case and print a table."""
    folder = str(ROOT / "resources/documents/oic-acm-2017-chair-rep")
    # An installed app starts from compiled bytecode (pip writes it at install time); a
    # checkout run with PYTHONDONTWRITEBYTECODE would time Python compiling our sources.
    compileall.compile_dir(ROOT / "oicreader", quiet=1)
    with tempfile.TemporaryDirectory() as home:
        run_child(OURS, home)  # first start creates the library; not timed
        bare, minimal, ours = [], [], []
        bare_cpu, ours_cpu = [], []
        for _ in range(RUNS):
            result, started, bare_peak = run_child(BARE, home, folder)
            bare.append(result["first_paint"] - started)
            bare_cpu.append(result["cpu"])
            result, started, _peak = run_child(MINIMAL, home, folder)
            minimal.append(result["first_paint"] - started)
            result, started, ours_peak = run_child(OURS, home)
            ours.append(result["first_paint"] - started)
            ours_cpu.append(result["cpu"])
        outside = outside_start_up(home, folder)
        generate_large_document(home)
        settled = [run_child(SETTLED, home)[0] for _ in range(5)]
        large, _started, large_peak = run_child(LARGE, home)
    bare_median, ours_median = statistics.median(bare), statistics.median(ours)
    print(f"start-up to first paint, median of {RUNS} (offscreen):")
    print(f"  bare QTextBrowser window  {bare_median * 1000:7.0f} ms")
    minimal_median = statistics.median(minimal)
    print(
        f"  least a reading window must do {minimal_median * 1000:.0f} ms "
        f"({minimal_median / bare_median:.2f}x): Qt namespace, Amiri, 6 rows as tables"
    )
    ratio = ours_median / bare_median
    print(
        f"  OIC Reader main window    {ours_median * 1000:7.0f} ms   "
        f"({ratio:.2f}x the bare window; target <= 1.5x and <= 1 s)"
    )
    cpu_ratio = statistics.median(ours_cpu) / statistics.median(bare_cpu)
    print(
        "CPU time (user + sys) to first paint, median (range); load on the machine barely "
        f"changes it:\n  bare QTextBrowser window  {spread(bare_cpu)}\n"
        f"  OIC Reader main window    {spread(ours_cpu)}   ({cpu_ratio:.2f}x)"
    )
    if outside is None:
        print("  seen from outside (Xvfb): not measured; install xvfb and x11-utils")
    else:
        bare_map, ours_map = outside["bare"], outside["ours"]
        print(
            f"seen from outside, process start to the window mapped by Xvfb, median of 7:\n"
            f"  bare QTextBrowser window  {bare_map * 1000:7.0f} ms\n"
            f"  OIC Reader main window    {ours_map * 1000:7.0f} ms   "
            f"({ours_map / bare_map:.2f}x; target <= 1.3x, and ahead of Okular)"
        )
        if "okular" in outside:
            okular_map = outside["okular"]
            print(f"  {OKULAR:<25} {okular_map * 1000:7.0f} ms   ({okular_map / bare_map:.2f}x)")
        else:
            print("  Okular: not measured; install okular")
    after = {key: statistics.median(run[key] for run in settled) for key in settled[0]}
    print(
        "after the first paint, median of 5: side panels {panels:.0f} ms, the other rows "
        "{rows:.0f} ms, topics and cross-language check {topics:.0f} ms".format(
            **{key: value * 1000 for key, value in after.items()}
        )
    )
    print("2,000-paragraph document:")
    print(f"  open (build + first paint) {large['open'] * 1000:7.0f} ms   (target <= 1 s)")
    print(
        f"  scroll end to end: {large['frames']:.0f} frames, "
        f"worst {large['worst_frame'] * 1000:.0f} ms, "
        f"median {large['median_frame'] * 1000:.0f} ms (target: none over 50 ms)"
    )
    print("peak memory of each child process (ru_maxrss):")
    print(
        f"  bare window {bare_peak:.0f} MB; OIC Reader {ours_peak:.0f} MB; "
        f"with the 2,000-paragraph document {large_peak:.0f} MB (target <= 250 MB)"
    )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--against", type=Path, metavar="CHECKOUT",
        help="only compare start-up with another checkout, such as an earlier commit's worktree",
    )  # fmt: skip
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument(
        "--at-paragraph", type=int, metavar="N",
        help="with --against: both reopen the report at paragraph N, not at its cover",
    )  # fmt: skip
    parser.add_argument(
        "--instructions", action="store_true",
        help="with --against: also count each one's instructions to the map request and to"
        " the first paint (valgrind)",
    )  # fmt: skip
    options = parser.parse_args()
    if options.against is not None:
        compare_start_up(
            options.against.resolve(), options.runs, options.at_paragraph, options.instructions
        )
    else:
        main()

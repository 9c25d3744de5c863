"""Reading a long PDF with helper processes: the same pages as read alone, stopped with it."""

from __future__ import annotations

import gc
import os
import queue
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any, cast

import pypdfium2
import pytest

from oicreader.cli import main
from oicreader.importing import pdf_parallel
from oicreader.importing.errors import ImportProblem
from oicreader.importing.pdf_file import LEFT, ORIGIN_X, RIGHT, PdfChar, PdfPage
from oicreader.importing.pdf_parallel import read_page_lines
from tests.importing.pdf_fixtures import PDF_FIXTURES

ROOT = Path(__file__).resolve().parents[2]


def long_pdf(pages: int) -> bytes:
    """A PDF of the Arabic, English and two-column fixtures' pages over and over."""
    merged = pypdfium2.PdfDocument.new()
    sources = [pypdfium2.PdfDocument(PDF_FIXTURES / name)
               for name in ("lo-ar.pdf", "chromium-en.pdf", "lo-ar-two-columns.pdf")]  # fmt: skip
    try:
        while len(merged) < pages:
            for source in sources:
                merged.import_pages(source)
        while len(merged) > pages:
            merged.del_page(len(merged) - 1)
        path = Path(os.environ["OICREADER_HOME"]) / "long.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        merged.save(path)
        return path.read_bytes()
    finally:
        for source in sources:
            source.close()
        merged.close()


class HelpersSeen:
    """The helpers a reading starts, kept to see that they are stopped."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.helpers: list[pdf_parallel._Helper] = []
        start = pdf_parallel._Helper.__init__

        def started(helper: pdf_parallel._Helper, *arguments: object) -> None:
            start(helper, *arguments)  # type: ignore[arg-type]
            self.helpers.append(helper)

        monkeypatch.setattr(pdf_parallel._Helper, "__init__", started)


def test_pages_read_with_helpers_are_the_pages_read_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    data = long_pdf(45)
    path = Path("long.pdf")
    alone = list(read_page_lines(data, path, helpers=0))
    seen = HelpersSeen(monkeypatch)
    shared = list(read_page_lines(data, path, helpers=2))
    assert len(seen.helpers) == 2
    assert [page.number for page in shared] == list(range(1, 46))
    assert shared == alone
    assert sum(len(page.lines) for page in shared) > 45 * 20


def test_a_long_pdf_is_shared_with_a_helper_on_a_machine_with_cores_to_spare(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert pdf_parallel._helper_count(pdf_parallel.PARALLEL_FROM_PAGES) == 1
    assert pdf_parallel._helper_count(pdf_parallel.PARALLEL_FROM_PAGES - 1) == 0
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert pdf_parallel._helper_count(300) == 0


def test_progress_counts_each_page_once_up_to_the_last() -> None:
    data = long_pdf(41)
    told: list[tuple[int, int]] = []
    list(read_page_lines(data, Path("long.pdf"), progress=lambda *n: told.append(n), helpers=1))
    assert told == [(page, 41) for page in range(1, 42)]


def test_cancelling_the_reading_stops_its_helpers_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    data = long_pdf(60)
    seen = HelpersSeen(monkeypatch)

    def cancel_at_page_5(page: int, pages: int) -> None:
        if page == 5:
            raise KeyboardInterrupt  # what the window's Cancel raises is as sudden

    with pytest.raises(KeyboardInterrupt):
        list(read_page_lines(data, Path("long.pdf"), progress=cancel_at_page_5, helpers=2))
    assert len(seen.helpers) == 2
    assert all(helper.process.poll() is not None for helper in seen.helpers)
    assert not any(thread.is_alive() for helper in seen.helpers for thread in helper.threads)


class FilesSent:
    """What happened first: the file opened here, or sent to a helper (with how many helpers
    had been started by then)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, seen: HelpersSeen) -> None:
        self.events: list[tuple[str, int]] = []
        open_pdf, send_file = pdf_parallel.open_pdf, pdf_parallel._Helper.send_file

        def opened(*arguments: Any) -> Any:
            self.events.append(("opened", len(seen.helpers)))
            return open_pdf(*arguments)

        def sent(helper: pdf_parallel._Helper, *arguments: Any) -> None:
            self.events.append(("sent", len(seen.helpers)))
            send_file(helper, *arguments)

        monkeypatch.setattr(pdf_parallel, "open_pdf", opened)
        monkeypatch.setattr(pdf_parallel._Helper, "send_file", sent)


def test_a_long_file_starts_its_helper_before_it_is_opened_and_sends_it_the_file_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = long_pdf(45)
    alone = list(read_page_lines(data, Path("long.pdf"), helpers=0))
    monkeypatch.setattr(pdf_parallel, "_spare_cores", lambda: 1)
    seen = HelpersSeen(monkeypatch)
    files = FilesSent(monkeypatch, seen)
    assert list(read_page_lines(data, Path("long.pdf"))) == alone
    # Started while the file was checked and opened (a tenth of a second saved), and given
    # the file only once it had passed those checks.
    assert files.events == [("opened", 1), ("sent", 1)]


def test_a_helper_started_for_a_file_that_is_refused_is_stopped_without_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cut_short = long_pdf(45)[:-200]  # as a download that stopped: no %%EOF
    monkeypatch.setattr(pdf_parallel, "_spare_cores", lambda: 1)
    seen = HelpersSeen(monkeypatch)
    files = FilesSent(monkeypatch, seen)
    with pytest.raises(ImportProblem, match="incomplete"):
        list(read_page_lines(cut_short, Path("long.pdf")))
    assert files.events == [("opened", 1)]
    assert seen.helpers[0].process.poll() is not None
    assert not any(thread.is_alive() for thread in seen.helpers[0].threads)


def test_a_short_file_that_names_many_pages_is_read_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    short = (PDF_FIXTURES / "lo-en.pdf").read_bytes()
    naming = short + b"\n%" + b"/Type /Page " * pdf_parallel.PARALLEL_FROM_PAGES + b"\n%%EOF\n"
    assert pdf_parallel._pages_named(naming) >= pdf_parallel.PARALLEL_FROM_PAGES
    alone = list(read_page_lines(short, Path("lo-en.pdf"), helpers=0))
    monkeypatch.setattr(pdf_parallel, "_spare_cores", lambda: 1)
    seen = HelpersSeen(monkeypatch)
    files = FilesSent(monkeypatch, seen)
    assert list(read_page_lines(naming, Path("lo-en.pdf"))) == alone
    assert files.events == [("opened", 1)]  # started, then stopped once its pages were known
    assert seen.helpers[0].process.poll() is not None


def test_a_helper_is_left_to_exit_on_its_own_once_the_reading_is_done(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = long_pdf(42)
    seen = HelpersSeen(monkeypatch)
    ended_on: list[str] = []
    end = pdf_parallel._Helper._end

    def ended(helper: pdf_parallel._Helper, grace: float) -> None:
        ended_on.append(threading.current_thread().name)
        end(helper, grace)

    monkeypatch.setattr(pdf_parallel._Helper, "_end", ended)
    list(read_page_lines(data, Path("long.pdf"), helpers=1))
    # The reading does not wait for the helper's exit: a thread of its own does.
    helper = seen.helpers[0]
    assert helper.process.wait(timeout=30) == 0, "it exits by itself, not killed"
    for thread in helper.threads:
        thread.join(timeout=30)
    assert ended_on == ["pdf-helper-end"]


def test_the_pages_of_a_helper_that_fails_to_start_are_read_all_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = long_pdf(42)
    alone = list(read_page_lines(data, Path("long.pdf"), helpers=0))
    monkeypatch.setattr(
        pdf_parallel, "_helper_command", lambda: [sys.executable, "-c", "import sys; sys.exit(3)"]
    )
    assert list(read_page_lines(data, Path("long.pdf"), helpers=1)) == alone


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_helpers_exit_when_the_reading_process_is_killed(tmp_path: Path) -> None:
    long_pdf(80)
    script = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from oicreader.importing import pdf_parallel

        path = Path(sys.argv[1])

        def stall(page, pages):
            if page == 3:
                pids = [h.process.pid for h in pdf_parallel._SharedReading.helpers_started]
                print(*pids, flush=True)
                time.sleep(60)

        start = pdf_parallel._Helper.__init__
        pdf_parallel._SharedReading.helpers_started = []

        def started(helper, *arguments):
            start(helper, *arguments)
            pdf_parallel._SharedReading.helpers_started.append(helper)

        pdf_parallel._Helper.__init__ = started
        list(pdf_parallel.read_page_lines(path.read_bytes(), path, progress=stall, helpers=2))
        """
    )
    reader = subprocess.Popen(
        [sys.executable, "-c", script, str(Path(os.environ["OICREADER_HOME"]) / "long.pdf")],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert reader.stdout is not None
    helper_ids = [int(pid) for pid in reader.stdout.readline().split()]
    assert len(helper_ids) == 2
    reader.send_signal(signal.SIGKILL)
    reader.wait()
    reader.stdout.close()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(map(_running, helper_ids)):
        time.sleep(0.1)
    assert not any(map(_running, helper_ids))


def _running(pid: int) -> bool:
    """Whether a process runs (a zombie, dead but not yet reaped by init, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_packaged_app_started_with_the_helper_flag_serves_as_a_helper(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = long_pdf(42)
    alone = list(read_page_lines(data, Path("long.pdf"), helpers=0))
    as_packaged = (
        f"import runpy, sys; sys.path.insert(0, {str(ROOT)!r}); sys.frozen = True; "
        f"sys.argv[1:] = [{pdf_parallel.HELPER_FLAG!r}]; "
        "runpy.run_module('oicreader', run_name='__main__')"
    )
    monkeypatch.setattr(
        pdf_parallel, "_helper_command", lambda: [sys.executable, "-c", as_packaged]
    )
    from_helper: list[int] = []
    received = pdf_parallel._SharedReading._received

    def counted(reading: pdf_parallel._SharedReading, arrival: pdf_parallel._Arrival) -> None:
        if arrival.page is not None:
            from_helper.append(arrival.page_index)
        received(reading, arrival)

    monkeypatch.setattr(pdf_parallel._SharedReading, "_received", counted)
    assert list(read_page_lines(data, Path("long.pdf"), helpers=1)) == alone
    assert from_helper


def test_a_pdf_is_read_alone_where_no_helper_can_be_started(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = long_pdf(41)
    alone = list(read_page_lines(data, Path("long.pdf"), helpers=0))
    monkeypatch.setattr(pdf_parallel, "_helper_command", lambda: ["/nonexistent/python"])
    assert list(read_page_lines(data, Path("long.pdf"), helpers=1)) == alone


def test_reading_a_page_runs_no_cycle_collection_and_leaves_the_collector_on() -> None:
    data = (PDF_FIXTURES / "lo-ar.pdf").read_bytes()
    collections: list[str] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(phase)

    gc.callbacks.append(count)
    try:
        pages = list(read_page_lines(data, PDF_FIXTURES / "lo-ar.pdf", helpers=0))
    finally:
        gc.callbacks.remove(count)
    # Each page's thousands of characters would be looked through several times a page.
    assert len(collections) <= len(pages)
    assert gc.isenabled()


def test_a_page_is_read_with_the_collector_left_off_where_it_was_turned_off() -> None:
    gc.disable()
    try:
        list(
            read_page_lines((PDF_FIXTURES / "lo-en.pdf").read_bytes(), Path("lo-en.pdf"), helpers=0)
        )
        assert not gc.isenabled()
    finally:
        gc.enable()


class _ChunksTaken:
    """A stand-in helper that takes the chunks it is given, and reads none."""

    def __init__(self) -> None:
        self.in_hand: deque[range] = deque()

    def give(self, chunk: range) -> None:
        self.in_hand.append(chunk)


def test_chunks_shrink_to_single_pages_as_the_readers_near_the_middle() -> None:
    reading = pdf_parallel._SharedReading(
        list(range(300)), Path("long.pdf"), progress=None, arrived=queue.Queue()
    )
    reading.readers = 2
    helper = _ChunksTaken()
    given: list[range] = []
    while reading.front < reading.back:
        reading._give_chunks(helper)  # type: ignore[arg-type]
        given.append(helper.in_hand.popleft())
        reading.front = min(reading.front + 1, reading.back)  # this process reads a page
    assert len(given[0]) == pdf_parallel._CHUNK_PAGES, "far from the middle: whole chunks"
    # At the end a helper holds no more than a page or two that this process could have
    # read instead of waiting: with chunks of 8 to the end, it waited for up to 16.
    assert [len(chunk) for chunk in given[-4:]] == [1, 1, 1, 1]
    assert sum(len(chunk) for chunk in helper.in_hand) <= 2
    pages = sorted(index for chunk in [*given, *helper.in_hand] for index in chunk)
    assert pages == sorted(set(pages)), "no page given twice"
    assert pages == list(range(reading.back, 300))


@pytest.mark.parametrize(
    "unplaceable", [{RIGHT: float("inf")}, {LEFT: -float("inf"), ORIGIN_X: -float("inf")}]
)
def test_text_at_a_position_that_cannot_be_measured_is_refused_by_page(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    unplaceable: dict[int, float],
) -> None:
    # PDFium drops what it cannot place in every hostile file tried; were a character at an
    # infinite place to get through, line building could not measure the page's columns.
    read_page = pdf_parallel.read_page

    def with_an_unplaceable_character(document: object, index: int, path: Path) -> PdfPage:
        page = read_page(document, index, path)
        if index == 1:
            first = list(page.chars[0])
            for field, value in unplaceable.items():
                first[field] = value
            page.chars.append(cast(PdfChar, tuple(first)))
        return page

    monkeypatch.setattr(pdf_parallel, "read_page", with_an_unplaceable_character)
    pdf = PDF_FIXTURES / "lo-en.pdf"
    with pytest.raises(ImportProblem) as refused:
        list(read_page_lines(pdf.read_bytes(), pdf, helpers=0))
    assert refused.value.place == "page 2"

    status = main(["show", str(pdf)])
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    assert err.startswith("oicreader: ") and err.count("oicreader: ") == 1, err
    assert "lo-en.pdf" in err and "(page 2)" in err and "cannot be measured" in err, err

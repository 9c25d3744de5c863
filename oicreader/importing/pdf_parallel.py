"""A PDF's pages as lines, the pages of a long file shared with helper processes.

Rebuilding a page's lines is Python work of 10-15 ms a page, so a 300-page report keeps one
core busy for seconds. From PARALLEL_FROM_PAGES pages on, helper processes (one per spare
core) take chunks of pages from the end of the file while this process reads from the
start, a page at a time; they meet in the middle, and the pages come out in page order,
exactly as read alone. Chunks shrink as the middle nears, so that no process is left idle
at the end while another reads the pages it was given early.

A helper is a new Python (the packaged app started with HELPER_FLAG), never a fork of a
process with Qt's threads, and not multiprocessing's, which would run the main script
again and leave a resource tracker running; it is sent the file's bytes on a pipe (the file
may have changed since it was read). Helpers are killed as soon as the reading is cancelled
(the progress callback raises) or fails, and told to stop when it ends; one whose parent
dies exits at its next page, its pipes closed. A page a helper could not read is read
again here, so a damaged page is refused with the same message, at the same place in the
order, as when read alone.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import queue
import re
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from oicreader.errors import explained
from oicreader.importing.errors import ImportProblem
from oicreader.importing.pdf_file import RESAVE_PDF, PageProgress, open_pdf, read_page
from oicreader.importing.pdf_lines import PdfLine, page_lines

# Below this, starting a helper (a Python process and PDFium, about 0.2 s) costs more than
# it saves.
PARALLEL_FROM_PAGES = 40
# Most pages a helper is given at a time; two chunks are kept in hand so it never waits for
# us. Near the middle a chunk is smaller: an eighth of the pages left to each reader (with
# chunks of 8 to the end, this process sat idle for up to 16 pages, 0.08-0.17 s of a 2 s
# import, while a helper finished what it held).
_CHUNK_PAGES = 8
_CHUNKS_IN_HAND = 2
_SHARE_OF_WHAT_IS_LEFT = 8
_MAX_HELPERS = 3
# What a packaged app is started with to be a helper (oicreader/__main__.py).
HELPER_FLAG = "--oicreader-pdf-helper"
# How long a stopped helper is given to exit before it is killed.
_STOP_SECONDS = 2.0


class PageLines(NamedTuple):
    """One page's lines in reading order, with its number (from 1) and size in points."""

    number: int
    width: float
    height: float
    lines: list[PdfLine]
    has_pictures: bool


def read_page_lines(
    data: bytes,
    path: Path,
    password: str | None = None,
    progress: PageProgress | None = None,
    helpers: int | None = None,
) -> Iterator[PageLines]:
    """The lines of a PDF's pages, in page order; ImportProblem for a file that cannot be
    read. `helpers` processes share the work (by default one per spare core, none for a
    short file); `progress(pages read, pages)` is told of each page."""
    arrived: queue.Queue[_Arrival] = queue.Queue()
    started: list[_Helper] = []
    finished = False
    try:
        # A helper takes a tenth of a second to start (a Python, then PDFium). Where the
        # file names enough pages to be worth one, it starts while the file is checked and
        # opened here (half as long again), and is given the file once it has been.
        if helpers is None and _pages_named(data) >= PARALLEL_FROM_PAGES:
            started = _started_helpers(_spare_cores(), arrived)
        document = open_pdf(data, path, password)
        try:
            page_count = len(document)
            wanted = _helper_count(page_count) if helpers is None else helpers
            if wanted == 0 and started:
                _stop_all(started, at_once=True)  # fewer pages than the file named
                started = []
            elif wanted and not started:
                started = _started_helpers(wanted, arrived)
            if not started:
                for index in range(page_count):
                    if progress is not None:
                        progress(index + 1, page_count)
                    yield _lines_of(document, index, path)
            else:
                for helper in started:
                    helper.send_file(data, password)
                reading = _SharedReading(document, path, progress, arrived)
                yield from reading.pages(started)
            finished = True
        finally:
            document.close()
    finally:
        _stop_all(started, at_once=not finished)


# A page object's dictionary: "/Type /Page" (not /Pages, the tree above them).
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def _pages_named(data: bytes) -> int:
    """How many page objects a PDF's bytes name where they can be read (not those packed
    in compressed object streams): found in a millisecond, before the file is opened."""
    return sum(1 for _ in _PAGE_OBJECT.finditer(data))


def _helper_count(page_count: int) -> int:
    return 0 if page_count < PARALLEL_FROM_PAGES else _spare_cores()


def _spare_cores() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, min((cores or 1) - 1, _MAX_HELPERS))


def _started_helpers(count: int, arrived: queue.Queue[_Arrival]) -> list[_Helper]:
    helpers: list[_Helper] = []
    for _ in range(count):
        try:
            helpers.append(_Helper(arrived))
        except OSError:  # no Python to start (an embedded one): read alone
            break
    return helpers


def _stop_all(helpers: list[_Helper], at_once: bool) -> None:
    for helper in helpers:
        helper.stop(at_once)


def _lines_of(document: Any, index: int, path: Path) -> PageLines:
    with _collector_paused():
        # The page's characters are let go before the collector runs again: still held,
        # their thousands of tuples would be looked through once a page (1.5% of the time).
        return _lines_of_page(document, index, path)


def _lines_of_page(document: Any, index: int, path: Path) -> PageLines:
    page = read_page(document, index, path)
    try:
        lines = page_lines(page.chars)
    except (ArithmeticError, ValueError):
        # Positions that are infinite or undefined cannot be put in order. PDFium drops
        # what it cannot place, in every hostile file tried; should one get through, the
        # user is told which page, not shown a traceback.
        raise ImportProblem(
            path,
            explained("the PDF draws text at a position that cannot be measured"),
            RESAVE_PDF,
            f"page {index + 1}",
        ) from None
    return PageLines(page.number, page.width, page.height, lines, page.has_pictures)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a page is read: reading makes tens of thousands
    of tuples and lists, none in a cycle (all freed as soon as they are let go), and the
    collector, run every 700 of them, took 7-10% of the time looking through them. It runs
    again once the page is read."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _Helper:
    """A helper process, fed chunks of pages on its standard input by one thread here while
    another takes in the pages it sends back on its standard output (so this process reads
    its own pages meanwhile, even while the helper starts and takes in the file)."""

    def __init__(self, arrived: queue.Queue[_Arrival]) -> None:
        self.process = subprocess.Popen(
            _helper_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # a helper's failure is ours to handle: its pages
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # are read here
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.in_hand: deque[range] = deque()
        self.gone = False
        self.outbox: queue.Queue[object] = queue.Queue()
        self.outbox.put(sys.path)
        self.threads = (
            threading.Thread(
                target=_feed, args=(self.process.stdin, self.outbox), name="pdf-helper-in"
            ),
            threading.Thread(
                target=_listen, args=(self, self.process.stdout, arrived), name="pdf-helper-out"
            ),
        )
        for thread in self.threads:
            thread.daemon = True
            thread.start()

    def send_file(self, data: bytes, password: str | None) -> None:
        """The file to read pages of, once it has been checked (it waits for it until then;
        a helper stopped first exits without reading anything)."""
        self.outbox.put((data, password))

    def give(self, chunk: range) -> None:
        self.outbox.put(chunk)
        self.in_hand.append(chunk)

    def stop(self, at_once: bool) -> None:
        """Killed at once (the reading was cancelled or failed), or told there is no more
        work and left to exit on its own: waited for by a thread of its own, not by the
        reading, which it would hold up by the 15-30 ms an exit takes."""
        self.outbox.put(None)  # "no more chunks" to the helper, and the feeder's end
        if at_once:
            self._end(grace=0.0)
        else:
            threading.Thread(
                target=self._end, args=(_STOP_SECONDS,), name="pdf-helper-end", daemon=True
            ).start()

    def _end(self, grace: float) -> None:
        if grace:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(grace)
        self.process.kill()
        self.process.wait()
        for thread in self.threads:
            thread.join()
        for pipe in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()


def _feed(tasks: IO[bytes], outbox: queue.Queue[object]) -> None:
    """Write what is put in the outbox to a helper, until None (written too) or its end."""
    while True:
        message = outbox.get()
        try:
            pickle.dump(message, tasks, protocol=pickle.HIGHEST_PROTOCOL)
            tasks.flush()
        except OSError:
            return  # the helper is gone: its listener says so, and its pages are read here
        if message is None:
            return


class _Arrival(NamedTuple):
    helper: _Helper
    page_index: int  # -1: the helper is gone
    page: PageLines | None


def _listen(helper: _Helper, results: IO[bytes], arrived: queue.Queue[_Arrival]) -> None:
    try:
        while True:
            index, page = pickle.load(results)
            arrived.put(_Arrival(helper, index, page))
    except Exception:  # the end of its output, whatever the reason
        arrived.put(_Arrival(helper, -1, None))


def _helper_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_FLAG]
    return [sys.executable, "-c", _HELPER_START]


# Run by the helper's Python: the rest of its start (the parent's import path) comes first
# on its standard input.
_HELPER_START = (
    "import pickle, sys; sys.path[:] = pickle.load(sys.stdin.buffer); "
    "from oicreader.importing.pdf_parallel import serve_as_helper; sys.exit(serve_as_helper())"
)


class _SharedReading:
    """One reading of a PDF's pages, shared between this process and its helpers."""

    def __init__(
        self,
        document: Any,
        path: Path,
        progress: PageProgress | None,
        arrived: queue.Queue[_Arrival],
    ) -> None:
        self.document, self.path, self.progress = document, path, progress
        self.page_count = len(document)
        self.front, self.back = 0, self.page_count  # pages not yet taken: [front, back)
        self.readers = 1
        # Pages read, by index; None for a page a helper could not read.
        self.read: dict[int, PageLines | None] = {}
        self.seen: set[int] = set()  # every page read, here or by a helper
        self.arrived = arrived

    def pages(self, helpers: list[_Helper]) -> Iterator[PageLines]:
        """The pages in order, read here and by the helpers (started and given the file;
        the caller stops them)."""
        self.readers += len(helpers)
        for helper in helpers:
            self._give_chunks(helper)
        next_index = 0
        while next_index < self.page_count:
            if next_index in self.read:
                page = self.read.pop(next_index)
                yield (
                    page if page is not None else _lines_of(self.document, next_index, self.path)
                )
                next_index += 1
            elif self.front < self.back:
                index = self.front
                self.front += 1
                self._done(index, _lines_of(self.document, index, self.path))
                self._collect(helpers, wait=False)
            else:
                self._collect(helpers, wait=True)

    def _done(self, index: int, page: PageLines | None) -> None:
        self.read[index] = page
        self.seen.add(index)
        if self.progress is not None:
            self.progress(len(self.seen), self.page_count)

    def _give_chunks(self, helper: _Helper) -> None:
        while len(helper.in_hand) < _CHUNKS_IN_HAND and self.front < self.back:
            left = self.back - self.front
            size = max(1, min(_CHUNK_PAGES, left // (_SHARE_OF_WHAT_IS_LEFT * self.readers)))
            helper.give(range(self.back - size, self.back))
            self.back -= size

    def _collect(self, helpers: list[_Helper], wait: bool) -> None:
        """Take in the pages helpers have read (waiting for one when `wait`), and give them
        more work."""
        if not any(helper.in_hand for helper in helpers):
            return
        try:
            arrival = self.arrived.get(block=wait)
        except queue.Empty:
            return
        while True:
            self._received(arrival)
            try:
                arrival = self.arrived.get_nowait()
            except queue.Empty:
                break
        for helper in helpers:
            if not helper.gone:
                self._give_chunks(helper)

    def _received(self, arrival: _Arrival) -> None:
        helper = arrival.helper
        if arrival.page_index < 0:  # the helper is gone: what it had in hand is read here
            helper.gone = True
            for chunk in helper.in_hand:
                for index in chunk:
                    if index not in self.seen:
                        self._done(index, None)
            helper.in_hand.clear()
            return
        self._done(arrival.page_index, arrival.page)
        if helper.in_hand and arrival.page_index == helper.in_hand[0][-1]:
            helper.in_hand.popleft()


def serve_as_helper() -> int:
    """A helper process: reads the chunks of pages it is given on standard input and writes
    their lines to standard output (None for a page it cannot read), until told to stop or
    its parent is gone (its pipes close)."""
    import signal

    from pypdfium2 import PdfDocument

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    tasks, results = sys.stdin.buffer, sys.stdout.buffer
    if getattr(sys, "frozen", False):
        pickle.load(tasks)  # the import path, fixed in a packaged app
    try:
        given = pickle.load(tasks)
        if given is None:
            return 0  # stopped before it was given the file (it was refused, or short)
        data, password = given
        document = PdfDocument(data, password=password)
    except Exception:
        return 1
    path = Path("helper")
    try:
        while (chunk := pickle.load(tasks)) is not None:
            for index in chunk:
                try:
                    page: PageLines | None = _lines_of(document, index, path)
                except Exception:
                    page = None
                pickle.dump((index, page), results, protocol=pickle.HIGHEST_PROTOCOL)
                results.flush()
    except (EOFError, OSError):
        return 0  # the parent is gone
    finally:
        document.close()
    return 0

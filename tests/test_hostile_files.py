"""Hostile input files: every command that reads a file refuses them, quickly and in little memory.

Each file is given to the real command line in a child process whose address space is capped
with setrlimit and whose run time is capped by a timeout. Each run must end with exit status 1
and one line on stderr naming the file: never a traceback, a hang or a crash.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from tests.importing.word_builder import WordBuilder

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="devices, FIFOs and rlimits are POSIX"),
]

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
# The command line loads no Qt: Python, lxml and SQLite fit well within this.
ADDRESS_SPACE_LIMIT = 1024 * 1024 * 1024
SECONDS_ALLOWED = 20
IMPORT = ("import", "{path}")
IMPORT_WITH_LANGUAGE = ("import", "--lang", "{path}=en", "{path}")
SHOW = ("show", "--bidi", "logical", "{path}")
NOTES_IMPORT = ("notes", "import", "{path}")
# Every command that reads a file the user names: reports for the first two, notes for the last.
REPORT_COMMANDS = (IMPORT, SHOW)
ALL_COMMANDS = (IMPORT, IMPORT_WITH_LANGUAGE, SHOW, NOTES_IMPORT)

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2
_WORD_NAMESPACE = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"

EntryWriter = Callable[[IO[bytes]], None]


def word_package(path: Path, entries: dict[str, EntryWriter]) -> Path:
    """A real one-paragraph Word file, with the named entries written by the given functions."""
    builder = WordBuilder()
    for block in ["Organisation of Islamic Cooperation", "OIC/TEST/1", "Report"]:
        builder.paragraph(block)
    base = builder.paragraph("1. The only paragraph.").save(path.with_suffix(".base.docx"))
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, write in entries.items():
            with out.open(name, "w", force_zip64=True) as entry:
                write(entry)
        for info in source.infolist():
            if info.filename not in entries:
                out.writestr(info, source.read(info))
    base.unlink()
    return path


def zeros(size: int) -> EntryWriter:
    def write(entry: IO[bytes]) -> None:
        block = bytes(1024 * 1024)
        for _ in range(size // len(block)):
            entry.write(block)

    return write


def empty_paragraphs(count: int) -> EntryWriter:
    def write(entry: IO[bytes]) -> None:
        entry.write(b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="')
        entry.write(_WORD_NAMESPACE + b'"><w:body>')
        block = b"<w:p/>" * 100_000
        for _ in range(count // 100_000):
            entry.write(block)
        entry.write(b"</w:body></w:document>")

    return write


def entity_expansion(entry: IO[bytes]) -> None:
    entities = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    entry.write(
        b'<?xml version="1.0" encoding="UTF-8"?>'
        + f'<!DOCTYPE w:document [<!ENTITY lol0 "lol">{entities}]>'.encode()
        + b'<w:document xmlns:w="'
        + _WORD_NAMESPACE
        + b'"><w:body><w:p><w:r><w:t>1. &lol9;</w:t></w:r></w:p></w:body></w:document>'
    )


def symlink_loop(path: Path) -> Path:
    back = path.with_name(f"back-{path.name}")
    path.symlink_to(back.name)
    back.symlink_to(path.name)
    return path


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def link_to_device(path: Path) -> Path:
    path.symlink_to("/dev/zero")
    return path


def in_unreadable_folder(path: Path) -> Path:
    locked = path.parent / "locked"
    locked.mkdir()
    inside = locked / path.name
    inside.write_text("1. A paragraph nobody may read.\n", encoding="utf-8")
    locked.chmod(0)
    return inside


def mixed_encodings(path: Path) -> Path:
    path.write_bytes(
        "1. La réunion de Genève.\n".encode()
        + "2. Le comité a pris note du rapport et décidé de poursuivre.\n".encode("cp1252")
    )
    return path


def nul_after_byte_order_mark(path: Path) -> Path:
    path.write_bytes(b"\xef\xbb\xbf1. A paragraph\x00 with a NUL inside.\n")
    return path


@dataclass(frozen=True)
class HostileFile:
    """A file to make, and the commands it is given to."""

    name: str
    make: Callable[[Path], Path]
    commands: tuple[tuple[str, ...], ...] = REPORT_COMMANDS


HOSTILE_FILES = {
    # 512 MiB of zeros in the `mimetype` entry: 0.5 MB on disk.
    "zip bomb": HostileFile(
        "zip-bomb.docx", lambda path: word_package(path, {"mimetype": zeros(512 * 1024 * 1024)})
    ),
    # 8 million empty paragraphs: 48 MB of XML, 50 kB on disk.
    "XML bomb": HostileFile(
        "paragraph-bomb.docx",
        lambda path: word_package(path, {"word/document.xml": empty_paragraphs(8_000_000)}),
    ),
    "XML entity expansion": HostileFile(
        "entity-bomb.docx",
        lambda path: word_package(path, {"word/document.xml": entity_expansion}),
    ),
    "link to a device": HostileFile("zero.txt", link_to_device, ALL_COMMANDS),
    "FIFO": HostileFile("pipe.txt", fifo, ALL_COMMANDS),
    "symbolic link loop": HostileFile("loop.txt", symlink_loop, ALL_COMMANDS),
    "unreadable folder": HostileFile("report.txt", in_unreadable_folder, ALL_COMMANDS),
    "mixed encodings": HostileFile("mixed.txt", mixed_encodings),
    "NUL after a byte-order mark": HostileFile("nul.txt", nul_after_byte_order_mark),
}


@pytest.fixture(scope="module")
def hostile_paths(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Every hostile file, made once for all the commands that read it."""
    folder = tmp_path_factory.mktemp("hostile")
    paths = {kind: hostile.make(folder / hostile.name) for kind, hostile in HOSTILE_FILES.items()}
    yield paths
    (folder / "locked").chmod(0o700)  # so that pytest can remove the folder


def _command_name(command: tuple[str, ...]) -> str:
    words = [word for word in command if word.isalpha()]
    return " ".join(
        words[:2] if words[0] == "notes" else words[:1] + ["--lang"] * ("--lang" in command)
    )


def limited_child() -> None:
    """In the child, before it runs: an address-space limit; no root bypass of permissions."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))
    if os.geteuid() == 0:
        # Root reads any folder (as tests do in CI). Without these two capabilities in its
        # bounding set the child, root or not, meets folder permissions as a user does.
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
            if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def run_limited(
    arguments: list[str], data_home: Path
) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run `python -m oicreader ARGUMENTS` under the limits; its result and how long it took."""
    environment = {
        **os.environ,
        "OICREADER_HOME": str(data_home),
        "PYTHONPATH": str(REPOSITORY_ROOT),
    }
    started = time.monotonic()
    finished = subprocess.run(
        [sys.executable, "-m", "oicreader", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=SECONDS_ALLOWED,
        preexec_fn=limited_child,
    )
    return finished, time.monotonic() - started


@pytest.mark.parametrize(
    ("kind", "command"),
    [
        pytest.param(kind, command, id=f"{kind}: {_command_name(command)}")
        for kind, hostile in HOSTILE_FILES.items()
        for command in hostile.commands
    ],
)
def test_a_hostile_file_is_refused_with_one_message_in_bounded_time_and_memory(
    kind: str, command: tuple[str, ...], hostile_paths: dict[str, Path], data_home: Path
) -> None:
    path = hostile_paths[kind]
    finished, _seconds = run_limited([part.format(path=path) for part in command], data_home)
    message = finished.stderr.strip()
    assert "Traceback" not in message, message
    assert finished.returncode == 1, (finished.returncode, message)
    assert message.count("\n") == 0, message
    assert message.startswith("oicreader: ") and path.name in message, message
    # Bounded time is the subprocess's timeout (a hang fails the test); how fast a refusal
    # is, is measured in tests/benchmarks/bench_guards.py, never asserted here.


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("make", [fifo, link_to_device], ids=["named pipe", "link to a device"])
def test_a_special_file_where_the_library_goes_is_refused_and_nothing_is_written(
    make: Callable[[Path], Path], data_home: Path
) -> None:
    # A pipe was opened and waited on forever; a link to /dev/zero was taken for a damaged
    # library, and recovery copied it into the data folder without end (7.7 GB in 15 s).
    library = make(data_home / "library.db")
    finished, _seconds = run_limited(["docs"], data_home)
    message = finished.stderr.strip()
    assert finished.returncode == 1 and message.count("\n") == 0, message
    assert message.startswith(f"oicreader: {library} is not a file"), message
    assert "OICREADER_HOME" in message, message
    written = [p for p in data_home.rglob("*") if p.is_file() and p != library]
    assert written == [], written
    window = subprocess.run(
        [sys.executable, "-c",
         "from oicreader.ui.app import application, open_library_for_window\n"
         "from oicreader.ui.settings import Settings\n"
         "application()\n"
         "try:\n"
         "    open_library_for_window(Settings())\n"
         "except Exception as error:\n"
         "    print(type(error).__name__)\n"],
        capture_output=True, text=True, timeout=SECONDS_ALLOWED, cwd=REPOSITORY_ROOT,
        env={**os.environ, "OICREADER_HOME": str(data_home), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert window.stdout.strip() == "NotALibraryFile", (window.stdout, window.stderr)

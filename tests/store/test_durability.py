"""Crash and concurrency: a note whose add returned survives kill -9; two copies share safely."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from oicreader.store.annotations import list_annotations
from oicreader.store.library import Library
from tests.conftest import REPOSITORY_ROOT
from tests.store.conftest import connect_to_file

pytestmark = pytest.mark.slow

# A writer that adds notes forever, printing "id<TAB>number" only after each commit returned.
WRITER = """
import os as _os
from oicreader.app.encryption import use_passphrase
use_passphrase(_os.environ.get("OICREADER_PASSPHRASE"))  # the encrypted run: tests/store/conftest
import sys
from oicreader.model.annotation import Annotation, new_annotation_id
from oicreader.store.annotations import add_annotation
from oicreader.store.library import Library

def note_text(number):
    return f"ملاحظة رقم {number} " + "نص " * (number % 50)

library = Library.open()
start, count = int(sys.argv[1]), int(sys.argv[2])
for number in range(start, start + count):
    annotation = Annotation(
        id=new_annotation_id(), document="oic-acm-2017-chair-rep", revision=1,
        paragraph_number=1 + number % 16, language="ar", note=note_text(number),
        tags=(f"t{number % 7}",),
    )
    add_annotation(library, annotation)
    print(f"{annotation.id}\\t{number}", flush=True)
"""


def note_text(number: int) -> str:
    return f"ملاحظة رقم {number} " + "نص " * (number % 50)


def start_writer(home: Path, start: int, count: int) -> subprocess.Popen[str]:
    environment = {**os.environ, "OICREADER_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(start), str(count)],
        cwd=REPOSITORY_ROOT, env=environment, text=True, encoding="utf-8",
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def test_every_committed_note_survives_kill_9_at_random_moments(
    data_home: Path, library_kind: str
) -> None:
    # An encrypted start derives the key a few times (PBKDF2, 256,000 rounds each): the
    # window reaches as far past start-up as the plain one does.
    latest = 0.9 if library_kind == "plain" else 3.0
    randomness = random.Random(20170922)
    confirmed: dict[str, int] = {}
    kills = 24
    for round_number in range(kills):
        writer = start_writer(data_home, round_number * 100_000, 100_000)
        # Anywhere from during start-up (first start creates the library) to mid-stream.
        time.sleep(randomness.uniform(0.05, latest))
        writer.send_signal(signal.SIGKILL)
        output, _errors = writer.communicate()
        assert writer.returncode == -signal.SIGKILL
        for line in output.splitlines():
            if line.count("\t") == 1:  # the last line may be cut by the kill
                annotation_id, number = line.split("\t")
                confirmed[annotation_id] = int(number)
    assert len(confirmed) > kills, "the writer never got going: nothing was tested"

    database = data_home / "library.db"
    check = connect_to_file(database)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    with Library.open() as library:
        stored = {a.id: a for a in list_annotations(library)}
    missing = [annotation_id for annotation_id in confirmed if annotation_id not in stored]
    assert missing == [], f"{len(missing)} confirmed notes lost after kill -9"
    for annotation_id, number in confirmed.items():
        assert stored[annotation_id].note == note_text(number)
        assert stored[annotation_id].tags == (f"t{number % 7}",)


def test_two_copies_adding_500_notes_each_at_once_lose_nothing(data_home: Path) -> None:
    with Library.open():
        pass  # create the library first, as the first window would
    writers = [start_writer(data_home, 0, 500), start_writer(data_home, 1_000_000, 500)]
    results = [writer.communicate(timeout=300) for writer in writers]
    for writer, (_output, errors) in zip(writers, results, strict=True):
        assert writer.returncode == 0, errors
        assert "locked" not in errors and errors == ""
    printed = [line for output, _ in results for line in output.splitlines()]
    assert len(printed) == 1000
    with Library.open() as library:
        assert len(list_annotations(library)) == 1000
        assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

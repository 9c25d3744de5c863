"""`oicreader window DOC` and `oicreader screenshot OUT.png DOC` refuse an unknown document
as every other command taking a DOC does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from oicreader.cli import main

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("command", ["window", "screenshot"])
def test_an_unknown_document_is_refused_before_the_window_opens(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    picture = tmp_path / "window.png"
    arguments = (
        [command, "NO/SUCH/DOC"] if command == "window" else [command, str(picture), "NO/SUCH/DOC"]
    )
    assert main(arguments) == 1
    err = capsys.readouterr().err
    assert main(["revisions", "NO/SUCH/DOC"]) == 1
    assert err == capsys.readouterr().err  # the same one message as every command
    assert "no document 'NO/SUCH/DOC'" in err and "`oicreader docs` lists" in err
    assert not qapp.topLevelWidgets() or not any(w.isVisible() for w in qapp.topLevelWidgets())
    assert not picture.exists()

"""The README's screenshot of linked sentences: a paragraph in view, the reader's caret in one
of its sentences, that sentence and its counterparts in the other columns lit.

    OICREADER_HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen \\
        python packaging/screenshot_sentence_links.py [OUT.png] [DOC] [-p 6] [--caret ar:12]
        [--ui-lang ar|en|fr] [--size 1400x900]

Like `oicreader screenshot`, with a click placing the caret before the window is grabbed
(`--caret none` for none). Rerun it to refresh packaging/screenshots/sentence-links.png.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from oicreader.ui.app import take_screenshot
from oicreader.ui.main_window import MainWindow

DEFAULT_OUTPUT = Path(__file__).resolve().parent / "screenshots" / "sentence-links.png"


def place_caret(window: MainWindow, number: int, language: str, offset: int) -> None:
    """Click a paragraph's text at a code-point offset, as the reader would."""
    view = window.view
    assert view.built is not None
    cell = view.built.cells[(number, language)]
    cursor = QTextCursor(view.document())
    cursor.setPosition(cell.qt_range(offset, offset)[0])
    point = view.cursorRect(cursor).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), point)


def take(
    output: Path,
    document: str | None,
    paragraph: int,
    caret: tuple[str, int] | None,
    size: tuple[int, int],
    ui_language: str | None,
) -> Path:
    """Open the window offscreen at a paragraph, place the caret, save a PNG."""
    click = None if caret is None else (lambda window: place_caret(window, paragraph, *caret))
    return take_screenshot(output, document, paragraph, *size, ui_language, before_grab=click)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("doc", nargs="?", help="symbol or id (the bundled report if none)")
    parser.add_argument("-p", "--paragraph", type=int, default=6)
    parser.add_argument("--caret", default="ar:12", help="LANG:OFFSET in the paragraph, or none")
    parser.add_argument("--ui-lang", choices=("ar", "en", "fr"))
    parser.add_argument("--size", default="1400x900")
    arguments = parser.parse_args()
    caret = None
    if arguments.caret != "none":
        language, offset = arguments.caret.split(":")
        caret = (language, int(offset))
    width, height = (int(part) for part in arguments.size.split("x"))
    path = take(
        arguments.output,
        arguments.doc,
        arguments.paragraph,
        caret,
        (width, height),
        arguments.ui_lang,
    )
    print(f"saved {path}")


if __name__ == "__main__":
    main()

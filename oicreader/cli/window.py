"""Commands that need the widgets: opening the window and taking a screenshot of it."""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from oicreader.errors import UserFacingError
from oicreader.model.languages import INTERFACE_LANGUAGES

_SIZE = re.compile(r"^(\d{2,5})x(\d{2,5})$")
UI_LANGUAGE_HELP = "interface language (default: the Preferences, else the system's)"


def add_ui_language_option(parser: argparse.ArgumentParser, *, global_option: bool) -> None:
    """--ui-lang ar|en|fr, before the command or after it (`oicreader screenshot --ui-lang ar`)."""
    parser.add_argument(
        "--ui-lang",
        choices=INTERFACE_LANGUAGES,
        metavar="ar|en|fr",
        help=UI_LANGUAGE_HELP,
        # After the command, an absent option must not undo one given before it.
        **({"default": None} if global_option else {"default": argparse.SUPPRESS}),
    )


def register(commands: Any) -> None:
    """Add `screenshot` (and `window`, also what a bare `oicreader` runs)."""
    window = commands.add_parser("window", help="open the reading window (the default)")
    window.add_argument("doc", nargs="?", metavar="DOC", help="symbol or id to open")
    add_ui_language_option(window, global_option=False)
    window.set_defaults(handler=command_window)
    shot = commands.add_parser("screenshot", help="render the window offscreen to a PNG")
    shot.add_argument("output", type=Path, metavar="OUT.png")
    shot.add_argument("doc", nargs="?", metavar="DOC", help="symbol or id to open")
    shot.add_argument("-p", "--paragraph", type=int, metavar="N", help="bring N into view")
    shot.add_argument("--size", default="1400x900", metavar="WxH", help="default 1400x900")
    add_ui_language_option(shot, global_option=False)
    shot.set_defaults(handler=command_screenshot)


def command_window(arguments: argparse.Namespace, out: TextIO) -> int:
    """Open the main window; the widgets are imported only here, on demand."""
    # Starting makes objects that live as long as the app (Qt's enums, our modules and
    # classes); the cyclic collector would walk them over and over, for nothing, before the
    # report is on screen. run_window turns it back on once the report is painted.
    from oicreader.cli.qt_platform import refuse_without_xcb_libraries

    # Qt aborts with a long message when its xcb plugin cannot load: say what to install.
    refuse_without_xcb_libraries()
    gc.disable()
    try:
        # The session and the notes (the app layer, and the store under it) need no Qt.
        # Loaded before PySide6 is, they escape its import hook, which reads the source of
        # every module imported after it (looking for `from __feature__ import`): some 3 ms
        # of the start-up. So are the Qt-free modules the window needs for its first
        # paint (the catalogue, the settings' print choices and file modes, the labels,
        # positions and colours of the rows, the reading history, the properties that make
        # controllers on demand): some 2 M instructions each after PySide6.
        import oicreader.app.notes
        import oicreader.app.session
        import oicreader.atomic_files
        import oicreader.catalog
        import oicreader.render.labels
        import oicreader.render.mark_colours
        import oicreader.render.positions
        import oicreader.render.print_choices
        import oicreader.ui.controllers_on_demand
        import oicreader.ui.navigation_history  # noqa: F401
        from oicreader.ui.app import run_window  # the entry point into ui/, nowhere else

        with _unknown_document_refused(arguments.doc):
            return run_window(arguments.doc, getattr(arguments, "ui_lang", None))
    finally:
        gc.enable()


@contextmanager
def _unknown_document_refused(reference: str | None) -> Iterator[None]:
    """An unknown DOC refused as every command refuses it (cli/common.py's document_key).

    The window looks the DOC up itself, before it is shown: a lookup here would open the
    library twice on the way to the first paint. Nothing else raises DocumentNotFound out of
    it (Qt keeps a slot's exceptions inside its event loop), so the refusal names the DOC.
    """
    from oicreader.app.session import DocumentNotFound

    try:
        yield
    except DocumentNotFound:
        if reference is None:
            raise
        from oicreader.cli.common import unknown_document

        raise unknown_document(reference) from None


def command_screenshot(arguments: argparse.Namespace, out: TextIO) -> int:
    """Save a PNG of the main window, rendered without a display."""
    size = _SIZE.match(arguments.size)
    if size is None:
        raise UserFacingError(f"--size {arguments.size!r}: write it as WIDTHxHEIGHT, e.g. 1400x900")
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from oicreader.ui.app import take_screenshot  # the entry point into ui/, nowhere else

    with _unknown_document_refused(arguments.doc):
        path = take_screenshot(
            arguments.output,
            arguments.doc,
            arguments.paragraph,
            int(size[1]),
            int(size[2]),
            getattr(arguments, "ui_lang", None),
        )
    print(f"saved {path}", file=out)
    return 0

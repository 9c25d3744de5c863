"""Watching the real `oicreader` start-up, in a child process, until the report is painted.

Shared by the start-up tests and the window benchmark. The script starts the app the way
the desktop does (`oicreader` with no arguments) and calls `at_first_paint(window)`, which
the code after it defines, at the first paint of the reading view. It must not change what
the app does before that: it waits until the app itself imports oicreader.ui.app (and, with
it, PySide6), and installs the spy once the window is shown. Importing PySide6 first would
let PySide scan the source of every module of ours, and the garbage collector run before
the app pauses it.
"""

from __future__ import annotations

import textwrap

WATCH_THE_FIRST_PAINT = textwrap.dedent(
    """
    import json, sys, time

    def spy_on(app_module):
        from PySide6.QtCore import QEvent, QObject

        class FirstPaint(QObject):
            window = None

            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and not watched.parent().document().isEmpty():
                    watched.removeEventFilter(self)
                    at_first_paint(self.window)
                return False

        spy = FirstPaint()
        make_window = app_module.open_window

        def open_window(*arguments):
            spy.window = window = make_window(*arguments)
            show = window.show

            def show_then_watch():
                show()
                if EXIT_WHEN_SHOWN:  # counting what comes before the map request alone
                    import os
                    os._exit(0)
                # Once shown (mapped), before the first paint: the first time PySide6 hands
                # out a viewport it makes every widget type of QtWidgets (9 ms), which the app
                # itself leaves until after the map.
                window.view.viewport().installEventFilter(spy)

            window.show = show_then_watch
            return window

        app_module.open_window = open_window

    class WhenTheWindowModuleLoads:  # a finder that only wraps the loading of one module
        def find_spec(self, name, path, target=None):
            if name != "oicreader.ui.app":
                return None
            sys.meta_path.remove(self)
            spec = next(s for f in sys.meta_path if (s := f.find_spec(name, path, target)))
            execute = spec.loader.exec_module

            def exec_module(module):
                execute(module)
                spy_on(module)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, WhenTheWindowModuleLoads())
    """
)

RUN_THE_APP = "from oicreader.cli import main\nsys.exit(main([]))\n"


def start_up_script(at_first_paint: str, exit_when_shown: bool = False) -> str:
    """The whole child script: the spy, `at_first_paint` (source that defines it), the app.
    With `exit_when_shown`, the process exits as soon as the window's show() returns, when
    Qt has asked for the window to be mapped (it leaves its library as a killed start does)."""
    return (
        f"EXIT_WHEN_SHOWN = {exit_when_shown}\n"
        + WATCH_THE_FIRST_PAINT
        + textwrap.dedent(at_first_paint)
        + RUN_THE_APP
    )

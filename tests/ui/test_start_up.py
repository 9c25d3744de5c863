"""Start-up stays fast: what a bare `oicreader` loads before the report is painted, and what
waits until after the first paint (measured in tests/benchmarks/bench_window.py)."""

from __future__ import annotations

import ast
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from oicreader.importing.bundle import load_document_folder
from oicreader.importing.errors import ImportProblem
from oicreader.model.document import Document, LanguageVersion
from oicreader.render.qt_namespace import USER_ROLE
from oicreader.store.backups import DAILY_REASON, BackupError, list_backups, take_backup
from oicreader.store.library import Library
from oicreader.ui.main_window import MainWindow
from oicreader.ui.parallel_view import MINIMUM_WIDTH
from oicreader.ui.settings import ZOOM_STEPS, Settings
from tests.conftest import BUNDLED_FOLDER, REPOSITORY_ROOT, age_the_stored_report
from tests.first_paint import start_up_script
from tests.ui.conftest import shown_window

# Loaded by an action, or after the first paint: never on the way to it.
NOT_BEFORE_FIRST_PAINT = (
    "hashlib",  # the check of the bundled files (OpenSSL)
    "ctypes",  # the X11 libraries' check, only when Qt is about to start its xcb plugin
    "oicreader.align.dynamic",  # the aligner: the stored links need only its threshold
    "oicreader.store.note_pages",  # the notes list's pages, filled after the paint
    "oicreader.ui.import_controller",  # and files dropped on the window: right after it
    "oicreader.ui.symbol_links_controller",  # and the symbols as links
    "oicreader.ui.brief_controller",  # and the briefs
    "locale",  # the command line's language, when no variable names one
    "oicreader.importing.bundle",
    "oicreader.importing.errors",
    "oicreader.model.selection",
    "oicreader.store.backups",  # only a damaged library needs them before the paint
    "oicreader.topics.model",
    "oicreader.ui.library_messages",
    "oicreader.ui.note_exchange_controller",  # made by the first action that needs them
    "oicreader.ui.preferences_controller",
    "oicreader.ui.lock_controller",  # a plain library's, right after the paint
    "oicreader.ui.search_controller",  # and search and printing
    "oicreader.ui.print_controller",
    "oicreader.ui.library_controller",  # with the panels, after it when a layout is saved
    "oicreader.ui.passphrase_dialog",
    "oicreader.store.library_encryption",  # only `oicreader encrypt` and the like convert
    "oicreader.model.paragraph_links",  # the re-links: opening reads model.row_links alone
    "oicreader.ui.citation_controller",
    "oicreader.ui.help_controller",
    "oicreader.ui.alignment_controller",  # and the sentence links: right after the paint
    "oicreader.ui.sentence_links",
    "oicreader.ui.shortcuts_dialog",
    "oicreader.ui.tour",
    "oicreader.text.citation",
    "docx",
    "sqlite_utils",
    "PySide6.QtPrintSupport",
    "oicreader.annotations.w3c",
    "oicreader.importing.plain_text",
    "oicreader.importing.import_plan",
    "oicreader.render.print_layout",
    "oicreader.text.folding",
    "oicreader.topics.crosscheck",
    "oicreader.topics.gazetteer",
    "oicreader.topics.themes",
)


def loaded_modules(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running code."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPOSITORY_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_the_command_line_parses_without_qt_or_the_library() -> None:
    loaded = loaded_modules("import oicreader.cli as cli\ncli.build_parser()")
    assert not {name for name in loaded if name.startswith("PySide6")}
    assert "oicreader.store.library" not in loaded
    assert not {name for name in loaded if name.startswith("oicreader.topics.")}


def watch_the_start_up(at_first_paint: str) -> dict[str, Any]:
    """Start `oicreader` twice in fresh processes, the first time to make the library and
    leave a saved layout, as every start but the first finds them; in the second,
    `at_first_paint(window)` prints one JSON line, which is returned."""
    first_start = "def at_first_paint(window):\n    print('{}', flush=True)\n    window.close()\n"
    for at_paint in (first_start, at_first_paint):
        result = subprocess.run(
            [sys.executable, "-c", start_up_script(at_paint)],
            cwd=REPOSITORY_ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
    line = next(line for line in result.stdout.splitlines() if line.startswith("{"))
    return cast(dict[str, Any], json.loads(line))


def test_what_the_app_loads_before_the_first_paint_and_the_collector() -> None:
    seen = watch_the_start_up(
        """
        import gc
        def at_first_paint(window):
            from PySide6.QtCore import QTimer
            seen = {"loaded": list(sys.modules), "collecting": gc.isenabled()}
            def when_started():  # polled: the collector resumes after the first paint
                if not gc.isenabled() or window.view.building or window.analysing_topics:
                    QTimer.singleShot(5, when_started)
                    return
                seen["frozen"] = gc.get_freeze_count()
                print(json.dumps(seen), flush=True)
                window.close()
            when_started()
        """
    )
    loaded = set(seen["loaded"])
    assert "oicreader.ui.main_window" in loaded
    assert loaded.isdisjoint(NOT_BEFORE_FIRST_PAINT)
    # The Qt-free library comes before PySide6, whose import hook reads every later module.
    before_qt = seen["loaded"][: seen["loaded"].index("PySide6")]
    assert {"oicreader.store.library", "oicreader.model.document"} <= set(before_qt)
    assert {"oicreader.store.annotations", "oicreader.model.annotation"} <= set(before_qt)
    assert {"oicreader.catalog", "oicreader.render.print_choices"} <= set(before_qt)
    assert not seen["collecting"], "the cyclic collector waits for the first paint"
    assert seen["frozen"] > 10_000, "what start-up made is left out of later collections"


def test_the_first_screen_is_laid_out_before_the_paint_and_the_rest_after(
    qtbot: QtBot, library: Library
) -> None:
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()  # the report opens just after (once the window is mapped), at its size
    window.open_first_document()
    view = window.view
    assert view.built is not None
    assert view.building, "not every row before the first paint"
    assert window.analysing_topics, "topics only after the first paint"
    # The rows laid out so far reach below the bottom of the view: nothing shows blank.
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert view.cursorRect(cursor).bottom() >= view.viewport().height()
    qtbot.waitUntil(lambda: not view.building and not window.analysing_topics)
    assert view.built.row_numbers == list(range(1, 17))
    assert window.topics_dock.topics, "the topic tree filled in"


def test_the_daily_backup_waits_for_the_first_paint(qtbot: QtBot) -> None:
    Library.open().close()  # yesterday's start: the library exists, with its daily backup
    for info in list_backups():
        info.path.unlink()
    library = Library.open(upkeep_now=False)
    try:
        assert library.daily_backup_pending and not list_backups()
        window = MainWindow(library, Settings())
        qtbot.addWidget(window)
        window.show()
        window.open_first_document()
        assert library.daily_backup_pending, "not before the paint"
        qtbot.waitUntil(lambda: window.panels_ready and not library.daily_backup_pending)
        assert [info.reason for info in list_backups()] == [DAILY_REASON]
        window.close()  # before the library, as when the app quits
    finally:
        library.close()


def test_a_failed_daily_backup_is_reported(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    no_blocking_message_boxes: list[tuple[str, str]],
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise BackupError("No space left on device")

    monkeypatch.setattr("oicreader.store.backups.take_daily_backup_if_due", disk_full)
    library = Library.open(upkeep_now=False)
    try:
        window = MainWindow(library, Settings())
        qtbot.addWidget(window)
        window.show()
        window.open_first_document()
        qtbot.waitUntil(lambda: bool(no_blocking_message_boxes))
        title, text = no_blocking_message_boxes[0]
        assert title == "Daily backup failed" and "No space left on device" in text
        window.close()  # before the library, as when the app quits
    finally:
        library.close()


def test_a_newer_bundled_report_is_shown_once_the_first_paint_is_done(qtbot: QtBot) -> None:
    age_the_stored_report(1, "en", "An older English text.")
    library = Library.open(upkeep_now=False)
    try:
        window = MainWindow(library, Settings())
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        window.open_first_document()
        built = window.view.built
        assert built is not None and built.cells[(1, "en")].text == "An older English text."
        qtbot.waitUntil(lambda: window.panels_ready and not library.bundled_check_pending)
        built = window.view.built
        assert built is not None and built.cells[(1, "en")].text.startswith("The Ministers")
        assert window.document is not None
        assert (window.document.paragraph(1).text("en") or "").startswith("The Ministers")
        window.close()
    finally:
        library.close()


def start_with_a_failing_check(
    qtbot: QtBot, library: Library, problem: Exception, messages: list[tuple[str, str]]
) -> tuple[MainWindow, str]:
    """Show a window whose check of the bundled files raises problem; its message text."""

    def fails(self: Library) -> list[str]:
        raise problem

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Library, "check_bundled_documents", fails)
        window = MainWindow(library, Settings())
        qtbot.addWidget(window)
        window.show()
        window.open_first_document()
        qtbot.waitUntil(lambda: bool(messages))
    title, text = messages[0]
    assert title == "Bundled documents not checked"
    return window, text


def test_bundled_files_that_cannot_be_read_are_reported_and_the_library_copy_shown(
    qtbot: QtBot, no_blocking_message_boxes: list[tuple[str, str]]
) -> None:
    age_the_stored_report(1, "en", "An older English text.")
    meta = BUNDLED_FOLDER / "meta.json"
    problem = ImportProblem(meta, "is not valid JSON", "Fix the file.", place="line 1")
    library = Library.open(upkeep_now=False)
    try:
        window, text = start_with_a_failing_check(
            qtbot, library, problem, no_blocking_message_boxes
        )
        assert str(meta) in text and "line 1" in text and "Reinstalling" in text
        built = window.view.built
        assert built is not None and built.cells[(1, "en")].text == "An older English text."
        window.close()
    finally:
        library.close()


def test_a_locked_library_is_reported_and_the_daily_backup_still_taken(
    qtbot: QtBot, no_blocking_message_boxes: list[tuple[str, str]]
) -> None:
    Library.open().close()
    for info in list_backups():
        info.path.unlink()
    library = Library.open(upkeep_now=False)
    try:
        window, text = start_with_a_failing_check(
            qtbot,
            library,
            sqlite3.OperationalError("database is locked"),
            no_blocking_message_boxes,
        )
        assert "database is locked" in text
        assert "Reinstalling" not in text, "not the advice for this problem"
        qtbot.waitUntil(lambda: not library.daily_backup_pending)
        assert [info.reason for info in list_backups()] == [DAILY_REASON]
        qtbot.waitUntil(lambda: not window.view.building and not window.analysing_topics)
        window.close()
    finally:
        library.close()


def test_a_step_after_the_first_paint_that_fails_does_not_hold_up_the_next(
    qtbot: QtBot, library: Library
) -> None:
    window = shown_window(qtbot, library)
    done: list[str] = []

    def fails() -> None:
        raise RuntimeError("a step that failed")

    with qtbot.capture_exceptions() as exceptions:
        window.view.after_next_paint(fails)
        window.view.after_next_paint(lambda: done.append("next"))
        qtbot.waitUntil(lambda: done == ["next"])
    assert [str(error) for _type, error, _trace in exceptions] == ["a step that failed"]


def test_a_bare_oicreader_opens_the_window_without_the_command_tree() -> None:
    loaded = loaded_modules(
        "import oicreader.ui.app as app\n"
        "app.run_window = lambda document=None, ui_language=None: 0\n"
        "import oicreader.cli as cli\n"
        "assert cli.main([]) == 0"
    )
    assert "oicreader.cli.window" in loaded
    assert loaded.isdisjoint({"oicreader.cli.documents", "oicreader.cli.printing"})


def top_paragraph(window: MainWindow) -> int | None:
    """The paragraph whose row is at the top of the text view."""
    view = window.view
    assert view.built is not None
    cursor = view.cursorForPosition(QPoint(view.viewport().width() // 2, 8))
    return view.built.paragraph_at(cursor.position())


def save_long_copy(library: Library, key: str, paragraphs: int) -> None:
    report = load_document_folder(BUNDLED_FOLDER)
    versions = {
        code: LanguageVersion(
            code,
            version.front_matter,
            {n: version.paragraphs[1 + (n - 1) % 16] for n in range(1, paragraphs + 1)},
        )
        for code, version in report.versions.items()
    }
    copy = Document(key, f"TEST/{key.upper()}", report.titles, report.date, "draft", "ar", versions)
    library.save_document(copy, "imported")


def test_the_paragraph_at_the_top_stays_there_when_the_text_re_wraps(
    qtbot: QtBot, library: Library
) -> None:
    window = shown_window(qtbot, library)
    window.reading.jump_to_paragraph(9)
    width = window.view.viewport().width()
    window.notes_dock.hide()  # the text widens and re-wraps
    qtbot.waitUntil(lambda: window.view.viewport().width() > width)
    assert top_paragraph(window) == 9 and window.view.current_paragraph == 9
    window.resize(1000, 900)
    qtbot.waitUntil(lambda: window.view.viewport().width() < width)
    assert top_paragraph(window) == 9


def test_with_a_saved_layout_the_panels_fill_after_the_first_paint_in_place(
    qtbot: QtBot, library: Library
) -> None:
    first = shown_window(qtbot, library)
    first.close()  # saves the panel layout
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    window.show()
    window.open_first_document()
    assert not window.panels_ready, "after the first paint"
    width = window.view.viewport().width()
    qtbot.waitUntil(lambda: window.panels_ready)
    assert window.view.viewport().width() == width, "the text did not move"


@pytest.mark.parametrize("saved_layout", [True, False], ids=["saved layout", "first start"])
def test_the_view_keeps_its_size_while_the_report_opens(
    qtbot: QtBot, library: Library, saved_layout: bool
) -> None:
    # A scroll bar that comes and goes, or docks placed once text is in the view, resize
    # the view, and Qt lays the text out again. (The docks are placed once the window is
    # mapped, before the report opens: the view is resized then, with no text in it.)
    if saved_layout:
        first = shown_window(qtbot, library)
        first.close()  # saves the panel layout
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    sizes: list[tuple[int, int]] = []

    class Sizes(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Resize and not window.view.document().isEmpty():
                sizes.append(window.view.viewport().size().toTuple())
            return False

    spy = Sizes()
    window.view.viewport().installEventFilter(spy)
    window.show()
    window.open_first_document()
    assert not window.view.document().isEmpty()  # the text is in
    qtbot.waitUntil(lambda: window.panels_ready and not window.view.building)
    assert sizes == []
    assert not window.view.horizontalScrollBar().isVisible()


def test_the_panels_give_way_to_the_text_on_a_smaller_screen(
    qtbot: QtBot, library: Library
) -> None:
    first = shown_window(qtbot, library)  # 1400 px wide
    first.close()  # saves the layout
    window = MainWindow(library, Settings())  # restored on the 800 px offscreen screen
    qtbot.addWidget(window)
    window.show()
    window.open_first_document()
    qtbot.waitUntil(lambda: window.panels_ready)
    assert window.width() <= 800
    assert window.view.width() >= MINIMUM_WIDTH
    assert window.notes_dock.isVisible() and window.topics_dock.isVisible()
    # At that width, even at the largest zoom, nothing is cut off at the right (the view
    # has no horizontal scroll bar).
    window.reading.set_zoom(ZOOM_STEPS[-1])
    window.view.finish_building()
    assert window.view.document().size().width() <= window.view.viewport().width()


def test_on_a_first_start_the_panels_are_filled_before_the_first_paint(
    qtbot: QtBot, library: Library
) -> None:
    # Without a saved layout their contents decide their widths: filled later, they
    # would narrow the text a moment after it appeared.
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    window.show()
    window.open_first_document()
    assert window.panels_ready


def test_on_a_first_start_the_window_is_shown_before_the_panels_are_built(
    qtbot: QtBot, library: Library
) -> None:
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    ready_at_paint: list[bool] = []

    class FirstPaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                ready_at_paint.append(window.panels_ready)
            return False

    spy = FirstPaints()
    window.view.viewport().installEventFilter(spy)
    window.show()
    # show() maps the window: building the panels first (57 ms) delayed a first start's map.
    assert not window.panels_ready and not window.outline.built
    qtbot.waitUntil(lambda: bool(ready_at_paint))
    assert ready_at_paint[0] is True, "the panels are filled before the text is painted"
    window.view.viewport().removeEventFilter(spy)


def heading_text(window: MainWindow) -> str:
    """The document's text above the first row: the front matter, if it is there."""
    built = window.view.built
    assert built is not None and built.row_starts
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(built.row_starts[0], QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_the_front_matter_above_the_view_comes_after_the_first_paint(
    qtbot: QtBot, library: Library
) -> None:
    settings = Settings()
    settings.set_paragraph_for("oic-acm-2017-chair-rep", 2)  # read before, down to ¶2
    settings.sync()
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()  # opens at paragraph 2, whose row is at the top
    window.open_first_document()
    assert "OIC/ACM-2017/CHAIR-REP" not in heading_text(window), "not before the paint"
    assert top_paragraph(window) == 2 and window.view.building
    qtbot.waitUntil(lambda: not window.view.building)
    assert "OIC/ACM-2017/CHAIR-REP" in heading_text(window)
    assert "منظمة التعاون الإسلامي" in heading_text(window)
    assert top_paragraph(window) == 2, "the text in view did not move"
    assert window.view.verticalScrollBar().value() > 0, "the front matter is above"


def test_a_document_opened_for_the_first_time_shows_its_cover(
    qtbot: QtBot, library: Library
) -> None:
    window = shown_window(qtbot, library)  # never opened: no paragraph remembered
    view = window.view
    assert view.verticalScrollBar().value() == 0
    cover = heading_text(window)
    for words in ("OIC/ACM-2017/CHAIR-REP", "Coordination Meeting", "New York", "2017"):
        assert words in cover
    assert view.current_paragraph == 1
    # The symbol's line is on screen, not scrolled off above.
    assert view.cursorForPosition(QPoint(view.viewport().width() // 2, 8)).position() < len(cover)
    # Read on to ¶6, closed and opened again: the remembered place applies.
    window.reading.jump_to_paragraph(6)
    window.close()
    again = shown_window(qtbot, library)
    assert again.view.current_paragraph == 6 and top_paragraph(again) == 6


def test_a_short_report_shows_its_front_matter_at_once(qtbot: QtBot, library: Library) -> None:
    save_long_copy(library, "short", 1)
    window = MainWindow(library, Settings(), document_key="short")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_first_document()
    assert "Organisation of Islamic Cooperation" in heading_text(window)
    assert not window.view.building


def test_a_report_numbered_from_zero_keeps_its_place(qtbot: QtBot, library: Library) -> None:
    report = load_document_folder(BUNDLED_FOLDER)
    versions = {
        code: LanguageVersion(
            code, version.front_matter, {n: version.paragraphs[1 + n % 16] for n in range(200)}
        )
        for code, version in report.versions.items()
    }
    zero = Document("zero", "TEST/ZERO", report.titles, report.date, "draft", "ar", versions)
    library.save_document(zero, "imported")
    settings = Settings()
    settings.set_paragraph_for("zero", 100)
    settings.sync()
    window = shown_window(qtbot, library, "zero")  # the front matter went in above 0
    assert window.view.current_paragraph == 100 and top_paragraph(window) == 100
    window.reading.jump_to_paragraph(0)
    assert top_paragraph(window) == 0


def test_deep_in_a_long_report_the_front_matter_comes_first(qtbot: QtBot, library: Library) -> None:
    # Added later, above 250 rows already laid out, it would have them laid out again.
    save_long_copy(library, "long", 300)
    settings = Settings()
    settings.set_paragraph_for("long", 250)
    settings.sync()
    window = MainWindow(library, Settings(), document_key="long")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_first_document()
    assert "Organisation of Islamic Cooperation" in heading_text(window)
    assert top_paragraph(window) == 250


def test_a_deep_paragraph_read_last_is_at_the_top_on_opening(
    qtbot: QtBot, library: Library
) -> None:
    save_long_copy(library, "long", 300)
    settings = Settings()
    settings.set_paragraph_for("long", 250)
    settings.sync()
    window = shown_window(qtbot, library, "long")
    assert window.view.current_paragraph == 250 and top_paragraph(window) == 250


def test_the_notes_panel_lists_the_notes_at_start_up(qtbot: QtBot, library: Library) -> None:
    first = shown_window(qtbot, library)
    assert first.notes.add_paragraph_note(2) is not None
    first.close()
    again = shown_window(qtbot, library)
    assert again.notes_dock.all_notes.model().rowCount() == 1


def test_opening_another_document_at_the_same_paragraph_moves_the_panels(
    qtbot: QtBot, library: Library
) -> None:
    save_long_copy(library, "other", 20)
    window = shown_window(qtbot, library)
    assert window.view.current_paragraph == 1
    window.reading.open_document("other")
    assert window.view.current_paragraph == 1
    assert window.notes_dock.document_key == "other"
    assert "of 20" in window.position_label.text()


def test_a_restore_without_the_document_opened_at_start_up_falls_back(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = take_backup(library.path, "manual")  # before the other document exists
    save_long_copy(library, "other", 20)
    window = shown_window(qtbot, library, "other")
    window.search_dock.field.setText("Myanmar")
    window.search_dock.search_now()
    message = window.restore_from_backup(backup)
    assert message is not None and window.document is not None
    assert window.document.id == "oic-acm-2017-chair-rep"
    assert window.search_dock.hits, "the search runs again on the restored library"
    qtbot.waitUntil(lambda: not window.analysing_topics)
    window.close()
    window.library.close()


def test_drops_symbol_links_briefs_and_shortcut_tooltips_come_right_after_the_first_paint(
    qtbot: QtBot, library: Library
) -> None:
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()  # before the first paint: no filter watches the window or the text yet
    window.open_first_document()
    zoom_in = window.menu_actions.zoom_in_action
    assert zoom_in.toolTip() == "Zoom In"
    made_after = {"imports", "symbol_links", "briefs", "locking"}
    assert made_after.isdisjoint(vars(window))
    lock = window.menu_actions.lock_action
    assert not lock.isEnabled(), "a plain library has nothing to lock, from the start"
    qtbot.waitUntil(lambda: not window.view.building and not window.analysing_topics)
    assert zoom_in.toolTip() == "Zoom In (Ctrl++)"
    assert made_after <= set(vars(window))
    assert window.acceptDrops()
    assert not lock.isEnabled() and "encrypted library" in lock.toolTip()


def test_search_printing_and_the_library_come_after_the_first_paint_or_at_a_first_use(
    qtbot: QtBot, library: Library
) -> None:
    shown_window(qtbot, library).close()  # a saved layout: the panels fill after the paint
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_first_document()
    made_after = {"search", "printing", "library_controller"}
    assert made_after.isdisjoint(vars(window))
    assert window.statusBar().currentMessage().startswith("No paragraph selected for printing")
    window.view.paragraph_number_clicked.emit(3, False)  # a click before: it makes printing
    assert window.printing.print_selection == {3}
    window.menu_actions.find_next_action.trigger()  # no search yet: nothing to step to
    assert window.view.current_paragraph == 1
    qtbot.waitUntil(lambda: window.panels_ready and made_after <= set(vars(window)))
    window.menu_actions.clear_selection_action.trigger()
    assert window.printing.print_selection == set()
    assert window.library_dock.model.rowCount() >= 1, "the library panel filled"


def test_the_report_reaches_the_view_without_a_page_so_it_is_laid_out_once(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new document's page is unbounded: handed to the view so, Qt lays every row out on one
    # line, then again at the view's width. With no page, once, at that width.
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    view = window.view
    handed_without_a_page: list[bool] = []
    set_document = view.setDocument

    def watched_set_document(document: QTextDocument) -> None:
        handed_without_a_page.append(document.pageSize().isNull())
        set_document(document)

    monkeypatch.setattr(view, "setDocument", watched_set_document)
    window.resize(1400, 900)
    window.show()
    window.open_first_document()
    assert handed_without_a_page == [True]
    assert view.document().pageSize().width() == view.viewport().width()


def test_the_window_is_shown_before_the_report_is_laid_out_and_painted_only_with_it(
    qtbot: QtBot, library: Library
) -> None:
    window = MainWindow(library, Settings())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    painted_empty: list[bool] = []

    class FirstPaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted_empty.append(window.view.document().isEmpty())
            return False

    spy = FirstPaints()
    window.view.viewport().installEventFilter(spy)
    window.show()
    # show() maps the window; laying the report out (30 ms) before that delayed its map.
    assert window.view.built is None and window.document is None
    qtbot.waitUntil(lambda: bool(painted_empty) and window.document is not None)
    assert window.view.built is not None
    assert painted_empty[0] is False, "the text is there at the first paint of the view"
    window.view.viewport().removeEventFilter(spy)


def last_json_line_of_script(script: str, data_home: Path) -> Any:
    """What a script run by a fresh offscreen interpreter on the data folder printed last,
    as JSON: start-up is watched in a process that has loaded nothing before it."""
    environment = {**os.environ, "OICREADER_HOME": str(data_home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPOSITORY_ROOT, env=environment,
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return json.loads(result.stdout.splitlines()[-1])


def test_amiri_is_registered_after_the_window_is_mapped_and_before_the_text_is_laid_out(
    data_home: Path,
) -> None:
    script = """
import json, sys
from PySide6.QtGui import QFontInfo
from oicreader.app.session import Library
from oicreader.render import fonts
from oicreader.ui.app import application, open_window
app = application()
seen = {"with_the_application": list(fonts._registered)}
library = Library.open()
window = open_window(library)
window.show()
seen["once_shown"] = list(fonts._registered)
while window.view.built is None:
    app.processEvents()
from PySide6.QtGui import QTextCursor
cursor = QTextCursor(window.view.document())
cursor.setPosition(window.view.built.cells[(1, "ar")].position + 1)
arabic = cursor.charFormat().font()
seen["laid_out_in"] = QFontInfo(arabic).family()
seen["registered"] = sorted(set(fonts._registered))
print(json.dumps(seen))
window.close()
library.close()
"""
    seen = last_json_line_of_script(script, data_home)
    # Registering Amiri's four files took 7 ms before the window could be mapped.
    assert seen["with_the_application"] == [] and seen["once_shown"] == []
    assert seen["registered"] == ["Amiri"]
    assert seen["laid_out_in"] == "Amiri", "the Arabic text is set in Amiri from the first"


def test_showing_the_window_makes_no_widget_types_before_it_is_mapped(data_home: Path) -> None:
    # PySide6 makes a widget type's Python class, with its enums, when first needed; the
    # first time it hands out the view's viewport it makes every type of QtWidgets (72
    # enums, 9 ms). Asked for in the show event, that held up the map.
    script = """
import enum, json
from oicreader.app.session import Library
from oicreader.ui.app import application, open_window
app = application()
library = Library.open()
window = open_window(library)
made = []
original = enum.EnumType.__dict__["_create_"]
function = getattr(original, "__func__", original)
def counting(cls, class_name, *args, **kwargs):
    made.append(class_name)
    return function(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = (
    classmethod(counting) if isinstance(original, classmethod) else counting
)
window.show()
enum.EnumType._create_ = original
print(json.dumps(made))
window.close()
library.close()
"""
    made_in_show = last_json_line_of_script(script, data_home)
    assert len(made_in_show) <= 5, made_in_show


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_window_is_mapped_before_the_qt_namespace_is_built(
    data_home: Path, language: str
) -> None:
    # PySide6 builds all 93 enum classes of the Qt namespace the first time `Qt` is read
    # from QtCore (124 M instructions, some 15 ms): the window reads it only once it is
    # mapped, when it places its docks, gives its actions their keys and lays the report
    # out (render/qt_namespace.py). An Arabic window is mirrored all the same: installing
    # its translation makes Qt lay the application out right to left.
    script = f"""
import json
from PySide6 import QtCore
from oicreader.app.session import Library
from oicreader.ui.app import application, interface_language, open_window
app = application()
with interface_language(app, "{language}"):
    library = Library.open()
    window = open_window(library)
    window.show()
    before = "Qt" in vars(QtCore)
    mirrored = window.isRightToLeft()
    window.open_first_document()
    docked = window.dockWidgetArea(window.notes_dock) != QtCore.Qt.DockWidgetArea.NoDockWidgetArea
    keys = window.menu_actions.find_action.shortcut().toString()
    print(json.dumps([before, mirrored, docked, keys, window.view.document().isEmpty()]))
    window.close()
    library.close()
"""
    built_before_the_map, mirrored, docked, find_keys, empty = last_json_line_of_script(
        script, data_home
    )
    assert not built_before_the_map
    assert mirrored == (language == "ar")
    assert docked and find_keys and not empty  # all done by the first paint


def test_our_modules_take_qt_from_the_module_that_reads_it_at_first_use() -> None:
    source_root = REPOSITORY_ROOT / "oicreader"
    readers = []
    for path in sorted(source_root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module == "PySide6.QtCore"
                and any(alias.name == "Qt" for alias in node.names)
            ):
                readers.append(path.relative_to(source_root).as_posix())
    assert readers == ["render/qt_namespace.py"]


def test_the_first_role_of_our_own_is_qts_user_role() -> None:
    assert Qt.ItemDataRole.UserRole.value == USER_ROLE

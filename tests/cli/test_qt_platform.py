"""Starting the window without the X11 libraries Qt needs: one line naming the packages."""

from __future__ import annotations

import pytest

from oicreader.cli import qt_platform
from oicreader.cli.qt_platform import XCB_LIBRARIES, missing_packages, uses_xcb
from tests.cli.test_refusals import assert_one_refusal
from tests.cli.test_show_and_docs import run

ABSENT = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}


def test_the_window_names_the_missing_packages_in_one_line_and_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(qt_platform.sys, "platform", "linux")
    monkeypatch.setattr(qt_platform, "loadable", lambda library: library not in ABSENT)
    status, out, err = run(capsys, "window")
    assert_one_refusal(status, err, "sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert err.count("\n") == 1 and out == ""


def test_only_what_cannot_be_loaded_is_named() -> None:
    assert missing_packages(lambda library: library not in ABSENT) == [
        "libxcb-icccm4",
        "libxcb-keysyms1",
    ]
    assert missing_packages(lambda library: True) == []
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libegl1"} <= set(XCB_LIBRARIES.values())


@pytest.mark.parametrize(
    ("environment", "platform", "checked"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "darwin", False),
    ],
)
def test_the_check_runs_only_when_qt_is_about_to_use_x11(
    environment: dict[str, str], platform: str, checked: bool
) -> None:
    assert uses_xcb(environment, platform) is checked

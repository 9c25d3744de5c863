"""Guards against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calls_returning_nothing_keep_none_alive() -> None:
    # PySide6 6.12.0 drops a reference to None on every void call; on Python 3.11 the
    # reader aborts with "deallocating None" after a few thousand calls.
    cursor = QTextCursor(QTextDocument())
    before = sys.getrefcount(None)
    for _ in range(200):
        cursor.insertText("x")
    assert sys.getrefcount(None) >= before - 10

"""Qt's namespace (`Qt.AlignmentFlag`, `Qt.DockWidgetArea`…), read from QtCore at its first use.

PySide6 builds every enum class of the namespace, 93 of them, the first time `Qt` is read
from QtCore: 124 M instructions, some 15 ms, a tenth of the window's start-up. Nothing the
window does before it is mapped needs them, so our modules take `Qt` from here (a test holds
them to it), and the namespace is built once the window is on screen, when the report
is laid out. Type checkers see QtCore's own `Qt`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6 import QtCore

if TYPE_CHECKING:
    from PySide6.QtCore import Qt as Qt
else:

    class _QtOnFirstUse:
        """Stands for QtCore.Qt: reads each name from it once, then holds it."""

        def __getattr__(self, name: str) -> Any:
            value = getattr(QtCore.Qt, name)  # the first read builds the whole namespace
            setattr(self, name, value)  # a plain attribute from now on
            return value

    Qt = _QtOnFirstUse()

# The first item-data role free for our own data (Qt.ItemDataRole.UserRole), as the int
# that item models take: read from `Qt` where a module defines its roles, it would build
# the namespace as that module loads.
USER_ROLE = 0x0100

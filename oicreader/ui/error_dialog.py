"""The one way the window tells a failure: a lead saying what did not happen, then the
message the command line would print for the same failure (errors.describe_failure), in the
interface language."""

from __future__ import annotations

import string
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from oicreader.errors import Explained, describe_failure
from oicreader.ui.interface_language import is_right_to_left

# The context lupdate gives the templates it collects from calls to explained() (an alias of
# QT_TR_NOOP outside any class): the empty one.
CORE_MESSAGES_CONTEXT = ""
# First strong isolate and pop directional isolate: a file name, a number or a symbol keeps
# its own direction inside a sentence of the other direction.
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def show_failure(
    parent: QWidget, title: str, lead: str, error: BaseException, *, warning: bool = False
) -> str:
    """Show `lead` (translated by the caller's tr()) and what failed, with what to do, in a
    message box; return the text shown. A bug, for which there is no such message, is
    raised again: its traceback is what we need to fix it."""
    text = f"{lead}\n\n{failure_message(error)}"
    if warning:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.critical(parent, title, text)
    return text


def failure_message(error: BaseException) -> str:
    """What failed and what to do, as the command line says it but in the interface
    language; a bug is raised again."""
    message = describe_failure(error)
    if message is None:
        raise error
    return translated(message)


def translated(text: str) -> str:
    """A core message in the interface language: its template translated, its values as
    they are (isolated in a right-to-left interface); any other text as it is."""
    if not isinstance(text, Explained):
        return text
    template = QCoreApplication.translate(CORE_MESSAGES_CONTEXT, text.template)
    try:
        return _ValuesKept(isolate=is_right_to_left()).vformat(template, (), text.values)
    except (KeyError, IndexError, ValueError):
        return str(text)  # a translation that names a value the message lacks: say it in English


class _ValuesKept(string.Formatter):
    """Fills a translated template: nested messages translated, other values untouched."""

    def __init__(self, *, isolate: bool) -> None:
        self.isolate = isolate

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Explained) and not format_spec:
            return translated(value)
        text = format(value, format_spec)
        if self.isolate and text:
            return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
        return text

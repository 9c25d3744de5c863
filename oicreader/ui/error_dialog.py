"""The one way the window tells a failure: a lead saying what did not happen, then the
message the command line would print for the same failure (errors.describe_failure)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from oicreader.errors import describe_failure


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
    """What failed and what to do, as the command line says it; a bug is raised again."""
    message = describe_failure(error)
    if message is None:
        raise error
    return message

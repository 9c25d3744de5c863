"""Names shown in the interface for codes kept in data: languages, colours, layouts, papers.

Each name is its own literal `translate` call so that pyside6-lupdate finds every one; a
`tr(variable)` over a table of English words would run but could never be translated.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def language_name(code: str) -> str:
    """ "Arabic", "English" or "French" in the interface language."""
    names = {
        "ar": QCoreApplication.translate("Names", "Arabic"),
        "en": QCoreApplication.translate("Names", "English"),
        "fr": QCoreApplication.translate("Names", "French"),
    }
    return names.get(code, code)


def language_in_sentence(code: str) -> str:
    """A language's name inside a sentence ("in arabic" is "en arabe" in French, lower case)."""
    names = {
        "ar": QCoreApplication.translate("Names", "Arabic", "inside a sentence"),
        "en": QCoreApplication.translate("Names", "English", "inside a sentence"),
        "fr": QCoreApplication.translate("Names", "French", "inside a sentence"),
    }
    return names.get(code, code)


def column_toggle_tip(code: str) -> str:
    """The tooltip of a language's show/hide button; one sentence per language, as the
    adjective agrees with "column" differently in each language."""
    tips = {
        "ar": QCoreApplication.translate("Names", "Show or hide the Arabic column"),
        "en": QCoreApplication.translate("Names", "Show or hide the English column"),
        "fr": QCoreApplication.translate("Names", "Show or hide the French column"),
    }
    return tips.get(code, code)


def joined(items: Iterable[str]) -> str:
    """Items separated as the interface language separates a list ("، " in Arabic)."""
    separator = QCoreApplication.translate("Names", ", ", "between the items of a list")
    return separator.join(items)


def colour_name(name: str) -> str:
    """The name of a palette colour, given by its key ("yellow", …), in the interface
    language; for a highlight's colour value (#fff176), see `highlight_colour_label`."""
    names = {
        "yellow": QCoreApplication.translate("Names", "Yellow"),
        "green": QCoreApplication.translate("Names", "Green"),
        "blue": QCoreApplication.translate("Names", "Blue"),
        "pink": QCoreApplication.translate("Names", "Pink"),
        "orange": QCoreApplication.translate("Names", "Orange"),
        "purple": QCoreApplication.translate("Names", "Purple"),
    }
    return names.get(name, name)


def print_layout_names() -> list[tuple[str, str]]:
    """(value, name) of each print layout, in the order offered."""
    return [
        ("side-by-side", QCoreApplication.translate("Names", "Side by side")),
        ("single", QCoreApplication.translate("Names", "One language")),
        ("interleaved", QCoreApplication.translate("Names", "Interleaved")),
    ]


def notes_style_names() -> list[tuple[str, str]]:
    """(value, name) of each way of printing the reader's notes."""
    return [
        ("none", QCoreApplication.translate("Names", "Without my notes")),
        ("under", QCoreApplication.translate("Names", "My notes under each paragraph")),
        ("endnotes", QCoreApplication.translate("Names", "My notes as numbered endnotes")),
    ]


def paper_names() -> list[tuple[str, str]]:
    """(value, name) of each paper size."""
    return [
        ("a4", QCoreApplication.translate("Names", "A4")),
        ("letter", QCoreApplication.translate("Names", "Letter")),
    ]


def backup_reason_name(reason: str) -> str:
    """Why a backup was taken, in words; an unknown reason is shown as it is stored."""
    names = {
        "manual": QCoreApplication.translate("Names", "taken by you"),
        "daily": QCoreApplication.translate("Names", "daily"),
        "before-restore": QCoreApplication.translate("Names", "before a restore"),
        "before-notes-import": QCoreApplication.translate("Names", "before importing notes"),
        "before-bundled-reload": QCoreApplication.translate(
            "Names", "before the bundled report was updated"
        ),
        "before-new-revision": QCoreApplication.translate(
            "Names", "before a new revision was imported"
        ),
    }
    if reason in names:
        return names[reason]
    if reason.startswith("before-migration-"):
        return QCoreApplication.translate("Names", "before a library upgrade")
    return reason


def highlight_colour_label(color: str | None) -> str:
    """What a highlight's colour value (#fff176) is called: its palette name in the interface
    language, or the value itself for a colour not in the palette; "" for none."""
    from oicreader.model.annotation import PALETTE

    name = next((name for name, value in PALETTE.items() if value == color), None)
    return colour_name(name) if name else color or ""

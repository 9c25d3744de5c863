"""The choices and defaults of the print options, without Qt.

The command line offers them before any Qt module is loaded, and the window's settings read
them at start-up; oicreader.render.print_options checks a whole set of options with Qt.
"""

from __future__ import annotations

from typing import Literal

Layout = Literal["side-by-side", "single", "interleaved"]
NotesStyle = Literal["none", "under", "endnotes"]
Paper = Literal["a4", "letter"]

LAYOUTS: tuple[Layout, ...] = ("side-by-side", "single", "interleaved")
NOTES_STYLES: tuple[NotesStyle, ...] = ("none", "under", "endnotes")
PAPERS: tuple[Paper, ...] = ("a4", "letter")
DEFAULT_MARGINS_MM = 15.0
MINIMUM_MARGINS_MM = 5.0

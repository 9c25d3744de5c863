"""Names the interface shows for codes kept in data: a highlight's colour."""

from __future__ import annotations

import ast

import pytest

from oicreader.model.annotation import PALETTE
from oicreader.ui.names import colour_name, highlight_colour_label
from tests.conftest import REPOSITORY_ROOT

pytestmark = pytest.mark.gui


def test_a_highlights_colour_is_named_from_the_palette_or_shown_as_written(
    qapp: object,
) -> None:
    assert highlight_colour_label(PALETTE["green"]) == colour_name("green") == "Green"
    assert highlight_colour_label("#123456") == "#123456"  # a colour from another app
    assert highlight_colour_label(None) == ""


def test_no_two_interface_functions_differ_only_in_spelling() -> None:
    # colour_name and color_name did different jobs: a reader of a call could not tell which.
    defined: dict[str, str] = {}
    for path in sorted((REPOSITORY_ROOT / "oicreader" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                spelled = node.name.replace("colour", "color")
                other = defined.setdefault(spelled, node.name)
                assert other == node.name, (other, node.name, path.name)

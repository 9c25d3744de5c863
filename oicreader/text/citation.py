"""Citations of a passage ("(OIC/ACM-2017/CHAIR-REP, para. 4)"), and the clipboard payload
that copies a passage followed by its citation, as plain text and as HTML."""

from __future__ import annotations

import html
import json
import unicodedata
from collections.abc import Mapping
from functools import cache

from oicreader.model.languages import direction_of
from oicreader.paths import resources_dir

# Unicode's isolates (UAX #9): FSI takes the direction of its content's first strong character,
# PDI ends it. A Latin symbol inside an Arabic citation must not pull the comma and the
# paragraph number into its own left-to-right run, nor an Arabic symbol the other way.
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
# A line of plain text takes its direction from its first strong character: an Arabic line
# that starts with a Latin name would be laid out left to right without this mark.
_DIRECTION_MARKS = {"rtl": "\u200f", "ltr": "\u200e"}
_RIGHT_TO_LEFT_CLASSES = frozenset({"R", "AL"})
_LEFT_TO_RIGHT_CLASSES = frozenset({"L"})
_ISOLATE_INITIATORS = frozenset({"LRI", "RLI", "FSI"})


@cache
def _patterns() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        (resources_dir() / "citation.json").read_text(encoding="utf-8")
    )
    return {key: value for key, value in data.items() if not key.startswith("_")}


def citation(
    symbol: str, paragraph: int, interface_language: str, *, last_paragraph: int | None = None
) -> str:
    """The citation of paragraph (or paragraphs paragraph…last_paragraph) of the document
    with this symbol, in the interface language, as plain text with bidi isolation."""
    direction = direction_of(interface_language)
    if direction == "rtl" or _first_strong_direction(symbol) == "rtl":
        symbol = f"{FIRST_STRONG_ISOLATE}{symbol}{POP_DIRECTIONAL_ISOLATE}"
    return _formatted(symbol, paragraph, last_paragraph, interface_language)


def citation_text(
    texts: Mapping[str, str],
    symbol: str,
    paragraph: int,
    interface_language: str,
    *,
    last_paragraph: int | None = None,
) -> str:
    """The plain-text clipboard payload: each language's text (language code → text, in the
    order given), a blank line between them, then the citation."""
    blocks = [
        _lines_with_direction(text, direction_of(language)) for language, text in texts.items()
    ]
    cited = citation(symbol, paragraph, interface_language, last_paragraph=last_paragraph)
    return "\n\n".join([*blocks, cited])


def citation_html(
    texts: Mapping[str, str],
    symbol: str,
    paragraph: int,
    interface_language: str,
    *,
    last_paragraph: int | None = None,
) -> str:
    """The HTML clipboard payload: the same passage and citation, each paragraph carrying
    its language and direction so that a word processor lays it out the right way."""
    parts = []
    for language, text in texts.items():
        lines = [line for line in text.splitlines() if line.strip()]
        parts += [_html_paragraph(language, html.escape(line)) for line in lines]
    # The symbol is isolated with a span, not with FSI/PDI: word processors honour `dir` on
    # an element, while some show the isolate characters as empty boxes.
    symbol_direction = _first_strong_direction(symbol) or "ltr"
    isolated = f'<span dir="{symbol_direction}">{html.escape(symbol)}</span>'
    pattern = _formatted("\x00", paragraph, last_paragraph, interface_language)
    cited = html.escape(pattern).replace("\x00", isolated)
    parts.append(_html_paragraph(interface_language, cited))
    body = "\n".join(parts)
    return f'<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>'


def _formatted(symbol: str, first: int, last: int | None, language: str) -> str:
    patterns = _patterns()
    if last is None or last == first:
        pattern = patterns["paragraph"].get(language) or patterns["paragraph"]["en"]
        return pattern.format(symbol=symbol, number=first)
    pattern = patterns["paragraphs"].get(language) or patterns["paragraphs"]["en"]
    return pattern.format(symbol=symbol, first=first, last=last)


def _html_paragraph(language: str, escaped: str) -> str:
    direction = direction_of(language)
    # The style repeats `dir` in the words Word itself writes when it saves Arabic as HTML.
    align = "right" if direction == "rtl" else "left"
    style = f"direction:{direction};unicode-bidi:embed;text-align:{align}"
    return f'<p lang="{language}" dir="{direction}" style="{style}">{escaped}</p>'


def _lines_with_direction(text: str, direction: str) -> str:
    """Each line of text, marked with its direction when its first strong character has the
    other one (or none)."""
    mark = _DIRECTION_MARKS[direction]
    return "\n".join(
        mark + line if line.strip() and _first_strong_direction(line) != direction else line
        for line in text.splitlines()
    )


def _first_strong_direction(text: str) -> str | None:
    """The direction of the first strong character outside isolates, as the bidi algorithm
    finds a paragraph's direction (UAX #9, rule P2)."""
    depth = 0
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in _ISOLATE_INITIATORS:
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth == 0 and kind in _RIGHT_TO_LEFT_CLASSES:
            return "rtl"
        elif depth == 0 and kind in _LEFT_TO_RIGHT_CLASSES:
            return "ltr"
    return None

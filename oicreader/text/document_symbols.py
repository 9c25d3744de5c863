"""Document symbols named in a paragraph's text (A/RES/72/1, OIC/CFM-44/2017/POL/RES/1), with
the paragraph of the cited document the text points at, if it names one."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from oicreader.paths import resources_dir

# A part of a symbol after a slash: letters and digits, joined by dots or hyphens inside it
# (PV.3, CFM-44, Rev.1). A dot or hyphen at its end is the sentence's, not the symbol's.
_PART = r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*"
# Never inside a longer token: no letter or digit of any script, slash, dot or hyphen right
# before the symbol, nor after it; so a date (22/9/2017) or a fraction (1/2), which starts
# with a digit, or a path inside a word, is no symbol.
_BEFORE = r"(?<![\w/.\-])"
_AFTER = r"(?![\w/]|[.\-][A-Za-z0-9])"
# "S/RES/2334 (2016)": the year a resolution was adopted belongs to its symbol.
_YEAR = r"(?P<year>[ \u00a0]?\((?:19|20)[0-9]{2}\))?"
_NUMBER = r"(?P<number>[0-9\u0660-\u0669\u06f0-\u06f9]{1,5})"
_SPACE = r"[ \u00a0]"
_RESOLUTION_PART = re.compile(r"(?:^|/)RES(?:/|$)", re.IGNORECASE)
_YEAR_AT_END = re.compile(r"\([0-9]{4}\)$")


@dataclass(frozen=True)
class SymbolMention:
    """A symbol as written in a text, its place there (code points), and the paragraph of
    the cited document the text names beside it (None: the document as a whole)."""

    symbol: str
    start: int
    end: int
    cited_paragraph: int | None = None


def find_symbols(text: str) -> list[SymbolMention]:
    """Every document symbol in a text, in order, none overlapping another."""
    mentions = []
    for match in _symbol_matches(text):
        body = match.group("body")
        if len(body.split("/")) < 3 or not any(character.isdigit() for character in body):
            continue  # "A/B", "E/2017": too short to be told from ordinary text
        end = match.end() if _RESOLUTION_PART.search(body) else match.end("body")
        cited = _cited_after(text, end) or _cited_before(text, match.start())
        mentions.append(SymbolMention(text[match.start() : end], match.start(), end, cited))
    return mentions


def _symbol_matches(text: str) -> Iterator[re.Match[str]]:
    """The symbol expression's matches, left to right, none overlapping: tried only at the
    capitals before each slash. Searching the whole text took 50 ms for a 2,000-paragraph
    report in three languages (the expression is tried at every character); this takes
    time in proportion to the slashes."""
    symbol = _patterns().symbol
    slash = text.find("/")
    while slash != -1:
        start = slash
        while start > 0 and "A" <= text[start - 1] <= "Z":
            start -= 1
        match = symbol.match(text, start) if start < slash else None
        if match is not None:
            yield match
        slash = text.find("/", match.end() if match is not None else slash + 1)


def symbol_key(symbol: str) -> str:
    """A symbol as the library compares it: in capitals, without spaces or direction marks
    ("s/res/2334 (2016)" and "S/RES/2334(2016)" name the same document)."""
    kept = (
        character
        for character in symbol.upper()
        if not character.isspace() and unicodedata.category(character) != "Cf"
    )
    return "".join(kept)


def without_year(key: str) -> str:
    """A symbol key without the year a resolution was adopted ("S/RES/2334(2016)" →
    "S/RES/2334"), as a library may hold it."""
    return _YEAR_AT_END.sub("", key)


def _cited_after(text: str, end: int) -> int | None:
    found = _patterns().cited_after.match(text, end)
    return int(found.group("number")) if found else None


def _cited_before(text: str, start: int) -> int | None:
    # Only the few words before the symbol can name its paragraph.
    window_start = max(0, start - 80)
    found = _patterns().cited_before.search(text[window_start:start])
    return int(found.group("number")) if found else None


@dataclass(frozen=True)
class _Patterns:
    symbol: re.Pattern[str]
    cited_after: re.Pattern[str]
    cited_before: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """The expressions, built from resources/document_symbols.json (a translator's file)."""
    data = json.loads((resources_dir() / "document_symbols.json").read_text(encoding="utf-8"))
    series = _alternatives(data["series"])
    words = _alternatives(_all_languages(data["paragraph_words"]))
    connectors = _alternatives(_all_languages(data["connectors"]))
    documents = _alternatives(_all_languages(data["document_words"]))
    symbol = rf"{_BEFORE}(?P<body>(?:{series})(?:/{_PART}){{2,}}){_AFTER}{_YEAR}"
    # Unicode normalisation is not needed: the words are matched as the text writes them.
    cited_after = rf"{_SPACE}*[,،]?{_SPACE}*(?:{words}){_SPACE}*{_NUMBER}(?![0-9])"
    cited_before = (
        rf"(?<!\w)(?:{words}){_SPACE}*{_NUMBER}{_SPACE}+(?:{connectors})"
        rf"{_SPACE}+(?:(?:{documents}){_SPACE}+)?$"
    )
    return _Patterns(
        re.compile(symbol),
        re.compile(cited_after, re.IGNORECASE),
        re.compile(cited_before, re.IGNORECASE),
    )


def _all_languages(words: dict[str, list[str]]) -> list[str]:
    return [word for language_words in words.values() for word in language_words]


def _alternatives(words: list[str]) -> str:
    """A regular-expression alternation, longest first so that "paragraphe" wins over "para"."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", _SPACE + "+") for word in ordered)

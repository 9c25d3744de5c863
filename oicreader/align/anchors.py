"""What survives translation, and so anchors an alignment: numbers, symbols and names."""

from __future__ import annotations

import re
import unicodedata

from oicreader.topics.gazetteer import Gazetteer, load_gazetteer

__all__ = ["anchors_of"]

# A run of digits in any script (Western 2017, Arabic-Indic ٢٠١٧): compared digit run by digit
# run, so that 1.5, 1,5 and ١٫٥ agree whatever the decimal and thousands marks.
_DIGITS = re.compile(r"\d+")
# Document symbols and acronyms written alike in every version: OIC/ACM-2017/CHAIR-REP, EXPO.
_SYMBOL = re.compile(r"\b[A-Z][A-Z0-9]+(?:[/-][A-Z0-9]+)+\b")


def anchors_of(text: str, language: str, gazetteer: Gazetteer | None = None) -> frozenset[str]:
    """The numbers, symbols and gazetteer names of one text, as comparable keys."""
    gazetteer = gazetteer or load_gazetteer()
    anchors = {"number:" + _western(run) for run in _DIGITS.findall(text)}
    anchors.update("symbol:" + symbol for symbol in _SYMBOL.findall(text))
    anchors.update(
        # A name that is also an ordinary word (مالي, "financial") proves nothing.
        "name:" + mention.entry_id
        for mention in gazetteer.find(text, language)
        if not mention.ambiguous
    )
    return frozenset(anchors)


def _western(digits: str) -> str:
    """Digits of any script as ASCII digits: ٢٠١٧ -> 2017."""
    if digits.isascii():
        return digits
    return "".join(str(unicodedata.decimal(char)) for char in digits)

"""Splitting one language version of a paragraph into sentences, as spans that cover it."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from oicreader.paths import resources_dir

__all__ = ["Span", "sentence_spans"]

Span = tuple[int, int]  # code points, end exclusive

# Arabic ends a sentence at a full stop, a question mark (Arabic or Latin) or an exclamation
# mark; the Arabic comma (،) and semicolon (؛) join clauses of one sentence.
_ENDS = {"ar": ".؟?!…", "en": ".?!…", "fr": ".?!…"}
# What may follow the end mark and still belong to the sentence: closing quotes and brackets,
# and, in French, the space before a closing guillemet or before ? and !.
_CLOSERS = "\"'”’»)]\u00a0\u202f "
# A paragraph number at the very start ("6.", "6)") is not a sentence of its own.
_PARAGRAPH_NUMBER = re.compile(r"\s*[\d٠-٩]+[.)]\s")


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, frozenset[str]]:
    """Words that end with a full stop without ending the sentence, per language."""
    path = resources_dir() / "align" / "abbreviations.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {language: frozenset(words) for language, words in raw.items() if language != "_comment"}


def sentence_spans(text: str, language: str) -> list[Span]:
    """The sentences of one text, as spans that follow each other and cover the whole text.

    Each sentence keeps the spaces after it, so that the spans joined give the text back.
    """
    ends = _ENDS.get(language, _ENDS["en"])
    starts = [0]
    skip_to = 0
    number = _PARAGRAPH_NUMBER.match(text)
    if number:
        skip_to = number.end()
    position = skip_to
    while position < len(text):
        char = text[position]
        if char in ends and _ends_sentence(text, position, language):
            after = position + 1
            while after < len(text) and (text[after] in _CLOSERS or text[after] in ends):
                after += 1
            while after < len(text) and text[after].isspace():
                after += 1
            if after < len(text):
                starts.append(after)
            position = after
            continue
        position += 1
    return [(start, end) for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]


def _ends_sentence(text: str, position: int, language: str) -> bool:
    """Whether the end mark at `position` ends a sentence (not 1.5, Mr., M., e.g.)."""
    if position + 1 < len(text):
        next_char = text[position + 1]
        if not (next_char in _CLOSERS or next_char.isspace()):
            return False  # 1.5, e.g, "?!": the mark is inside a word, or the last mark follows
    after = position + 1
    # Looked at in place, not sliced off: a text of many short sentences stays linear.
    while after < len(text) and (text[after] in _CLOSERS or text[after].isspace()):
        after += 1
    if after == len(text) or text[position] != ".":
        return True
    if language != "ar" and text[after].islower():
        return False  # "para. 6 of", "etc. and": a new sentence starts with a capital
    before = _word_before(text, position).lstrip("(\"'“‘«")
    if len(before) == 1 and before.isalpha() and before.isupper():
        return False  # an initial: "Marcel A. Tanoh"
    return before not in _abbreviations().get(language, frozenset())


def _word_before(text: str, position: int) -> str:
    """The word that ends at `position` (the characters back to the previous space)."""
    start = position
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:position]

"""Telling which language a report file is written in: Arabic script, else English or French."""

from __future__ import annotations

import re

_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[a-zà-ÿœæ']+")
# Frequent short words that the other language does not use (or rarely does).
# fmt: off
_ENGLISH_WORDS = frozenset(
    [
        "the", "of", "and", "to", "in", "is", "was", "were", "that", "which", "with", "for", "on",
        "by", "from", "this", "its", "their", "as", "at", "be", "has", "have", "it", "an", "are",
        "meeting",
    ]
)
_FRENCH_WORDS = frozenset(
    [
        "le", "la", "les", "des", "du", "de", "et", "à", "au", "aux", "est", "sont", "que", "qui",
        "dans", "pour", "sur", "par", "une", "un", "ce", "cette", "ses", "leur", "réunion",
    ]
)
# fmt: on


def detect_language(text: str) -> str:
    """Return "ar" for Arabic script, else "en" or "fr" by their most common words."""
    sample = text[:20000]
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    if arabic and arabic >= latin:
        return "ar"
    words = _WORD.findall(sample.lower().replace("\u2019", "'"))
    english = sum(word in _ENGLISH_WORDS for word in words)
    french = sum(word in _FRENCH_WORDS for word in words)
    french += sum(word.startswith(("l'", "d'", "qu'")) for word in words)
    return "fr" if french > english else "en"

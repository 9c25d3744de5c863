"""Finer links by clause: an Arabic sentence whose clauses a translation makes sentences.

Arabic joins clauses with a comma and و ("…، وأكد الاجتماع …") where English and French often
start a new sentence. A unit of one Arabic sentence and several translated ones is cut after
such a comma only when the cut is right by every measure we have: each translation renders
each clause with whole sentences, and every link of the cut, in every translation, agrees in
length and anchors at least as well as CLAUSE_CONFIDENCE. Otherwise the unit stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from oicreader.align.dynamic import Link, align_segments
from oicreader.align.paragraphs import segments_of
from oicreader.align.sentences import Span, sentence_spans

__all__ = ["CLAUSE_CONFIDENCE", "clause_cut"]

# An Arabic comma, a space, then a word starting with و ("and"); وزير ("minister") matches too,
# which is why a cut must prove itself against the translations.
_CLAUSE_START = re.compile(r"، (?=و\w)")
# Each clause is rendered by one to three whole sentences.
_CLAUSE_MOVES = {(1, 1): 0.6, (1, 2): 0.3, (1, 3): 0.1}
# Each candidate cut costs an alignment per translation: a "sentence" with more clause commas
# than this (a list, or a text without full stops) is left whole.
MOST_CANDIDATE_CUTS = 12
# On the bundled report the right cuts agree at 0.96 or more, the wrong ones at 0.69 or less.
CLAUSE_CONFIDENCE = 0.8


def clause_cut(
    spans: Mapping[str, Span], texts: Mapping[str, str]
) -> tuple[float, dict[str, int]] | None:
    """Where to cut a unit in two (an offset in each language's text), with the confidence
    of the cut, if a clause cut is right; None when the unit should stay whole."""
    if "ar" not in spans or len(spans) < 2:
        return None
    arabic_start, arabic_end = spans["ar"]
    arabic = texts["ar"][arabic_start:arabic_end]
    if len(sentence_spans(arabic, "ar")) != 1:
        return None
    translated = {
        language: sentence_spans(texts[language][start:end], language)
        for language, (start, end) in spans.items()
        if language != "ar"
    }
    if any(len(sentences) < 2 for sentences in translated.values()):
        return None
    candidates = list(_CLAUSE_START.finditer(arabic))
    if len(candidates) > MOST_CANDIDATE_CUTS:
        return None
    best: tuple[float, dict[str, int]] | None = None
    for match in candidates:
        clauses = [(0, match.end()), (match.end(), len(arabic))]
        cuts = {"ar": arabic_start + match.end()}
        confidence = 1.0
        for language, sentences in translated.items():
            start, end = spans[language]
            text = texts[language][start:end]
            links = _clause_links(arabic, clauses, text, sentences, language)
            if not links:  # more sentences than two clauses can take
                confidence = 0.0
                break
            confidence = min(confidence, *(link.confidence for link in links))
            cuts[language] = start + sentences[len(links[0].target)][0]
        if confidence >= CLAUSE_CONFIDENCE and (best is None or confidence > best[0]):
            best = (confidence, cuts)
    return best


def _clause_links(
    arabic: str, clauses: list[Span], text: str, sentences: list[Span], language: str
) -> list[Link]:
    return align_segments(
        segments_of([arabic[start:end] for start, end in clauses], "ar"),
        segments_of([text[start:end] for start, end in sentences], language),
        _CLAUSE_MOVES,
    )

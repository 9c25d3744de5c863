"""Placing an annotation again on a new revision: by position, by quote, or approximately.

Every annotation gets a Placement; none is ever dropped. "placed" moves it silently,
"doubtful" moves it to the best guess and lists it for review, "not-placed" keeps it on its
paragraph's counterpart (or the paragraph now standing where it stood) as a note on the
whole paragraph, and lists it for review with its original quote and context.

A highlight is tried in this order:

1. Position: its paragraph's counterpart (paragraph_alignment.py: by content, so
   renumbering is followed) holds the quote at the same offsets with the same 32
   characters on each side. Nothing near it changed: placed, score 1.
2. Quote: every exact occurrence of the quote in the new revision (in the same language,
   compared folded, on word boundaries where the original was), scored by how alike its
   surroundings are to the stored prefix and suffix (quote_search.py), plus 0.1 when it
   is in the paragraph's counterpart.
3. Approximate: runs of whole words in the counterpart (and, for long quotes, its two
   neighbours), scored 0.7 × likeness of the words to the quote + 0.3 × context likeness.

The thresholds, and why:

- SHORT_QUOTE_CHARS = 20 folded characters (about three words). A shorter quote names
  nothing on its own: "deep concern", "the Council", "التعاون" recur across a report. A
  short quote is placed with confidence only in its paragraph's counterpart and only with
  context likeness >= 0.6 (0.4-0.6 there: doubtful; below: not placed); in another
  paragraph only as "doubtful", and only with context >= 0.9. That is the rule that keeps
  a short quote from jumping to a look-alike elsewhere.
- A longer quote found once (clearly best) in its counterpart is placed whatever its
  surroundings: a sentence that survives word for word in the same paragraph is the same
  sentence. Found in another paragraph, it needs context >= 0.6 (text moved between
  paragraphs keeps its neighbours), else it is doubtful.
- MARGIN = 0.15: when the best occurrence does not beat the next by this much (the phrase
  is repeated and its surroundings do not tell which), the placement is doubtful.
- Approximate placement needs a quote of at least FUZZY_MIN_CHARS = 12 folded characters
  (shorter fragments match by chance) and context >= 0.5 (the words alone may be a
  look-alike). It is confident at word likeness >= 0.85 (a spelling fix, a changed
  diacritic, one word in six replaced), with context >= 0.8 for a short quote; down to
  word likeness 0.6 it is doubtful: the reader's words changed and the reader should look.
- A note on a whole paragraph follows the paragraph's counterpart; when the paragraph
  shares under PARAGRAPH_CONFIDENT = 0.7 of its words with it, it is doubtful.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from oicreader.annotations.quote_search import QuoteMatch, exact_matches, near_matches
from oicreader.model.annotation import Annotation, TextAnchor
from oicreader.text.folding import fold
from oicreader.text.paragraph_alignment import ParagraphMap

Outcome = Literal["placed", "doubtful", "not-placed"]
Method = Literal["position", "quote", "fuzzy", "paragraph", "none"]

SHORT_QUOTE_CHARS = 20
MARGIN = 0.15
SHORT_CONTEXT_CONFIDENT = 0.6
SHORT_CONTEXT_DOUBT = 0.4
SHORT_CONTEXT_ELSEWHERE = 0.9
LONG_CONTEXT_ELSEWHERE = 0.6
FUZZY_MIN_CHARS = 12
FUZZY_CONTEXT_MIN = 0.5
FUZZY_CONFIDENT = 0.85
FUZZY_SHORT_CONTEXT = 0.8
FUZZY_DOUBT = 0.6
PARAGRAPH_CONFIDENT = 0.7


@dataclass(frozen=True)
class Placement:
    """Where an annotation goes in the new revision, how it was found, and how sure that is."""

    outcome: Outcome
    paragraph_number: int | None  # None only when the language has no paragraph at all
    anchor: TextAnchor | None
    method: Method
    score: float
    reason: str = ""

    @property
    def needs_review(self) -> bool:
        """True when the reader should look: placed with doubt, or not placed."""
        return self.outcome != "placed"

    @classmethod
    def not_placed(cls, paragraph_number: int | None, reason: str) -> Placement:
        """No place found: kept as a note on this paragraph (or its old one), for review."""
        return cls("not-placed", paragraph_number, None, "none", 0.0, reason)


def place_annotation(
    annotation: Annotation, new_paragraphs: Mapping[int, str], paragraphs: ParagraphMap
) -> Placement:
    """Place one annotation of the old revision on the new revision's paragraphs."""
    old_number = annotation.paragraph_number
    target = paragraphs.new_number(old_number)
    fallback = target if target is not None else paragraphs.nearest_new_number(old_number)
    anchor = annotation.anchor
    if anchor is None:
        return _place_paragraph_note(old_number, target, fallback, paragraphs)
    text = new_paragraphs.get(target, "") if target is not None else ""
    if (
        text[anchor.start : anchor.end] == anchor.quote
        and text[max(0, anchor.start - len(anchor.prefix)) : anchor.start] == anchor.prefix
        and text[anchor.end : anchor.end + len(anchor.suffix)] == anchor.suffix
    ):
        moved = TextAnchor.in_text(text, anchor.start, anchor.end)
        return Placement("placed", target, moved, "position", 1.0)
    short = len(" ".join(fold(anchor.quote).split())) < SHORT_QUOTE_CHARS
    matches = exact_matches(anchor, new_paragraphs, target)
    exact = _judge_exact(matches, new_paragraphs, target, short)
    if exact is not None and exact.outcome == "placed":
        return exact
    # Confident before doubtful; between two doubtful guesses, the exact words win.
    fuzzy = _judge_fuzzy(anchor, new_paragraphs, target, short)
    if fuzzy is not None and (fuzzy.outcome == "placed" or exact is None):
        return fuzzy
    if exact is not None:
        return exact
    where = f"paragraph {old_number} was deleted; " if target is None else ""
    if not matches:
        return Placement.not_placed(
            fallback, f"{where}the highlighted words are not in the new revision"
        )
    numbers = sorted({match.paragraph_number for match in matches})
    named = "paragraph" + ("s " if len(numbers) > 1 else " ") + ", ".join(map(str, numbers))
    return Placement.not_placed(
        fallback,
        f"{where}the highlighted words are no longer where they were; the same words in "
        f"{named} may be a look-alike",
    )


def _place_paragraph_note(
    old_number: int, target: int | None, fallback: int | None, paragraphs: ParagraphMap
) -> Placement:
    if target is None:
        return Placement.not_placed(fallback, f"paragraph {old_number} is not in the new revision")
    likeness = round(paragraphs.similarity(old_number), 3)
    if likeness >= PARAGRAPH_CONFIDENT:
        return Placement("placed", target, None, "paragraph", likeness)
    reason = (
        f"paragraph {old_number} was largely rewritten (now paragraph {target}, "
        f"{likeness:.0%} of its words kept)"
    )
    return Placement("doubtful", target, None, "paragraph", likeness, reason)


def _judge_exact(
    matches: list[QuoteMatch], texts: Mapping[int, str], target: int | None, short: bool
) -> Placement | None:
    if not matches:
        return None
    best = matches[0]
    clear = len(matches) == 1 or best.rank - matches[1].rank >= MARGIN
    if best.in_place:
        if clear and (not short or best.context >= SHORT_CONTEXT_CONFIDENT):
            return _placement("placed", "quote", best, texts)
        if short and best.context < SHORT_CONTEXT_DOUBT:
            return None  # a look-alike in the same paragraph
        if clear:
            reason = "the words are still there, but the text around them changed"
        else:
            reason = (
                f"the words occur {sum(m.in_place for m in matches)} times in paragraph "
                f"{target} and the text around them does not tell which is meant"
            )
        return _placement("doubtful", "quote", best, texts, reason)
    if short and (best.context < SHORT_CONTEXT_ELSEWHERE or not clear):
        return None
    if not short and clear and best.context >= LONG_CONTEXT_ELSEWHERE:
        return _placement("placed", "quote", best, texts)
    reason = (
        f"the words were found in paragraph {best.paragraph_number}, away from where their "
        "paragraph went"
    )
    return _placement("doubtful", "quote", best, texts, reason)


def _judge_fuzzy(
    anchor: TextAnchor, texts: Mapping[int, str], target: int | None, short: bool
) -> Placement | None:
    wanted = " ".join(fold(anchor.quote).split())
    if len(wanted) < FUZZY_MIN_CHARS or target is None:
        return None
    searched = [target] if short else [target - 1, target, target + 1]
    matches = near_matches(anchor, texts, searched, target, FUZZY_DOUBT, FUZZY_CONTEXT_MIN)
    if not matches:
        return None
    best = matches[0]
    rivals = [match for match in matches[1:] if not match.overlaps(best)]
    clear = not rivals or best.rank - rivals[0].rank >= MARGIN
    if (
        clear
        and best.likeness >= FUZZY_CONFIDENT
        and best.context >= (FUZZY_SHORT_CONTEXT if short else FUZZY_CONTEXT_MIN)
    ):
        return _placement("placed", "fuzzy", best, texts)
    reason = (
        f"the highlighted words changed: the closest text in paragraph "
        f"{best.paragraph_number} matches them {best.likeness:.0%}"
    )
    return _placement("doubtful", "fuzzy", best, texts, reason)


def _placement(
    outcome: Outcome, method: Method, match: QuoteMatch, texts: Mapping[int, str], reason: str = ""
) -> Placement:
    anchor = TextAnchor.in_text(texts[match.paragraph_number], match.start, match.end)
    return Placement(outcome, match.paragraph_number, anchor, method, round(match.score, 3), reason)

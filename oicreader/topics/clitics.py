"""Arabic words as they are written with و ف ب ك ل and the article attached, for exact matching."""

from __future__ import annotations

from enum import Enum

from oicreader.text.arabic_clitics import ARTICLE, CONJUNCTIONS, PREPOSITIONS
from oicreader.text.folding import fold

__all__ = ["Article", "clitic_forms", "split_article"]

# The clitics of search's readings (oicreader.text.arabic_clitics), used the other way round.
# Search reads clitics off any word and compares readings, which is right for finding text;
# naming a place needs more care, because the gazetteer knows whether a name carries the
# article: مالي (Mali) never does, so المالي ("the financial") must not match it, and العراق
# always does, so بالعراق must. Generating the written forms of one known word, instead of
# reading stems off any word, is what makes that distinction.
# A preposition glued to a two-letter word makes another common word (ل + ست = لست, "I am
# not"), so words that short only take a conjunction or the article.
_MIN_LETTERS_FOR_PREPOSITION = 3


class Article(Enum):
    """Whether a word is written without the article, always with it, or either way."""

    NEVER = "never"
    ALWAYS = "always"
    OPTIONAL = "optional"


def split_article(written: str) -> tuple[str, bool]:
    """A folded word without its article, and whether it had one (الجزائر yes, ألبانيا no)."""
    # Decided on the unfolded word: the article is always written with a bare alef, while
    # folding turns أ into ا and would make ألبانيا look like ال + بانيا.
    folded = fold(written)
    has_article = written.startswith(ARTICLE) and len(folded) > len(ARTICLE) + 1
    return (folded[len(ARTICLE) :] if has_article else folded), has_article


def clitic_forms(bare: str, article: Article) -> dict[str, str]:
    """Every written form of a folded word without its article, mapped to its conjunction."""
    forms: dict[str, str] = {}
    for conjunction in CONJUNCTIONS:
        for preposition in PREPOSITIONS:
            if article is not Article.ALWAYS and (
                not preposition or len(bare) >= _MIN_LETTERS_FOR_PREPOSITION
            ):
                forms.setdefault(conjunction + preposition + bare, conjunction)
            if article is not Article.NEVER:
                forms.setdefault(conjunction + _with_article(preposition, bare), conjunction)
    return forms


def _with_article(preposition: str, bare: str) -> str:
    if preposition != "ل":
        return preposition + ARTICLE + bare
    # ل + ال loses the alef (للعراق); before a word starting with ل one more lam goes
    # (ل + اللجنة = للجنة), which stem-based search cannot undo but a generated form can.
    return "ل" + bare if bare.startswith("ل") else "لل" + bare

"""Arabic proclitics: the one table of them, and the readings light stemming gives a word."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from oicreader.text.char_classes import one_of
from oicreader.text.fts_tokens import token_words
from oicreader.text.unicode_fold import fold

__all__ = [
    "ARTICLE",
    "CONJUNCTIONS",
    "PREPOSITIONS",
    "article_readings",
    "is_arabic_token",
    "proclitic_forms",
    "restem",
    "stem_candidates",
    "stem_text",
]


def _is_arabic_letter(ch: str) -> bool:
    # Arabic, Arabic Supplement and Arabic Extended-A; presentation forms are gone after NFKC.
    in_blocks = "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or ch >= "\u08a0"
    return in_blocks and ch <= "\u08ff" and unicodedata.category(ch)[0] == "L"


# One regex test instead of a category look-up per character.
_ARABIC_TOKEN_RE = re.compile(
    one_of(cp for cp in range(0x0600, 0x0900) if _is_arabic_letter(chr(cp))) + "+"
)


def is_arabic_token(token: str) -> bool:
    """True when every character of the token is an Arabic letter (digits fold to ASCII)."""
    return _ARABIC_TOKEN_RE.fullmatch(token) is not None


# Attached clitics: an optional conjunction (و ف), an optional preposition (ب ك ل) and an
# optional article (ال; after ل it is written لل). The one table of them: topics/clitics.py
# generates written forms from the same three.
CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ك", "ل")
ARTICLE = "ال"
# Every valid proclitic sequence as written, shortest first.
_ARABIC_PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {
            conjunction + ("لل" if article and preposition == "ل" else preposition + article)
            for conjunction in CONJUNCTIONS
            for preposition in PREPOSITIONS
            for article in ("", ARTICLE)
        }
        - {""},
        key=lambda prefix: (len(prefix), prefix),
    )
)
_MIN_STEM_LETTERS = 3


# Light stemming for search, without a dictionary. Arabic writes و ف (and), ب ك ل (in, as, for)
# and the article ال onto the front of the next word, and nothing in the letters says whether
# a word's first ب is a preposition (بفلسطين) or its own (بنغلاديش, بيان). So instead of
# guessing one stem, a token stands for every reading it could have: itself, and what is left
# after each valid proclitic sequence (optional و/ف, then optional ب/ك/ل, then optional ال)
# whenever that leaves at least three letters. The index holds all of them (the `stemmed`
# column) and a query word is looked up among them as the user typed it: فلسطين finds بفلسطين
# (a reading of it), and فلسطين itself still reads as فلسطين, whatever else (لسطين, سطين) it
# might also be read as. A wrong reading costs nothing unless someone types that non-word.
#
# ل + ال is written لل, with the alef gone: للإرهاب reads as ل + الإرهاب, so both ارهاب and the
# article restored (الارهاب) are readings. Before a word that starts with ل a lam goes too
# (ل + اللجنة = للجنة), so لل + X also reads as ال + ل + X, restoring اللجنه.


def _arabic_readings(token: str) -> tuple[dict[str, None], dict[str, None]]:
    """The readings of a folded Arabic token (in order, itself first), and its article forms.

    The article forms are the readings "ال + stem" of a token with a conjunction or
    preposition before its article (بالقدس → القدس, للارهاب → الارهاب): what a user who typed
    that token means, since ال marks where the word starts far more reliably than ب or و do.
    """
    readings: dict[str, None] = {token: None}
    articles: dict[str, None] = {}
    if len(token) <= _MIN_STEM_LETTERS:
        return readings, articles
    for conjunction in CONJUNCTIONS:
        if not token.startswith(conjunction):
            continue
        after_conjunction = token[len(conjunction) :]
        for preposition in PREPOSITIONS:
            if not after_conjunction.startswith(preposition):
                continue
            rest = after_conjunction[len(preposition) :]
            clitics = conjunction + preposition
            if clitics and len(rest) >= _MIN_STEM_LETTERS:
                readings[rest] = None
            if preposition == "ل":
                if rest.startswith("ل"):  # ل + ال, written لل
                    stem = rest[1:]
                    if len(stem) >= _MIN_STEM_LETTERS:
                        readings[ARTICLE + stem] = articles[ARTICLE + stem] = None
                        readings[stem] = None
                    if len(rest) >= _MIN_STEM_LETTERS:  # ل + ال + a word starting with ل
                        readings[ARTICLE + rest] = articles[ARTICLE + rest] = None
            elif rest.startswith(ARTICLE) and len(rest) - 2 >= _MIN_STEM_LETTERS:
                readings[rest[2:]] = None
                if clitics:
                    articles[rest] = None
    return readings, articles


@lru_cache(maxsize=1 << 16)
def _readings(token: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """stem_candidates(token), article_readings(token), and the candidates as indexed."""
    if not is_arabic_token(token):
        return (token,), (), token
    readings, articles = _arabic_readings(token)
    candidates = tuple(readings)
    return candidates, tuple(articles), " ".join(candidates)


def stem_candidates(token: str) -> tuple[str, ...]:
    """Every reading of a folded token: itself, then itself without each valid proclitic sequence.

    للارهاب → (للارهاب, لارهاب, الارهاب, ارهاب, اللارهاب); فلسطين → (فلسطين, لسطين, سطين). A
    token that is not all Arabic letters, or has three letters or fewer, is its only reading.
    """
    return _readings(token)[0]


def article_readings(token: str) -> tuple[str, ...]:
    """The article forms of a folded token typed with و ف ب ك ل before its article.

    بالقدس, والقدس → (القدس,); للارهاب → (الارهاب, اللارهاب); القدس, فلسطين → ().
    """
    return _readings(token)[1]


# How each reading is made: a token written prefix + rest reads as restored + rest. Every valid
# proclitic sequence reads as nothing; one ending in ل + ال (written لل) also as ال and, for
# the lam of a word starting with ل, as الل. proclitic_forms runs these backwards.
_READING_RULES: tuple[tuple[str, str], ...] = tuple(
    (prefix, restored)
    for prefix in _ARABIC_PREFIXES
    for restored in (("", ARTICLE, ARTICLE + "ل") if prefix.endswith("لل") else ("",))
)


@lru_cache(maxsize=4096)
def proclitic_forms(word: str) -> tuple[str, ...]:
    """Every token that has word among its stem_candidates, word itself first.

    القدس → (القدس, والقدس, بالقدس, للقدس, …): the written forms a query word can take, for
    the first word of a phrase, which is matched in the folded column.
    """
    forms: dict[str, None] = {word: None}
    for prefix, restored in _READING_RULES:
        if word.startswith(restored):
            form = prefix + word[len(restored) :]
            if word in stem_candidates(form):
                forms[form] = None
    return tuple(forms)


def stem_text(folded: str) -> str:
    """The `stemmed` column: every token's stem_candidates, space-separated, token after token."""
    return " ".join([_readings(word)[2] for word in token_words(folded)])


def restem(text: str) -> tuple[str, str]:
    """The `folded` and `stemmed` columns of a paragraph's original text, as the index wants."""
    folded = fold(text)
    return folded, stem_text(folded)

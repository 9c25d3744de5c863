"""Reading one number at a token: digits in any script, 44th/44e, XXIe, and number words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from oicreader.text.folding import fold, fold_with_offsets, tokenize
from oicreader.topics import number_words as words

__all__ = ["Numeral", "NumeralReader", "TokenText"]

# What may stand between the words of one number: spaces and a hyphen (seventy-second,
# soixante-douze); anything else (a comma, a full stop) ends it.
_GLUE = frozenset(" \t\r\n-\u2010\u2011")


# Phrases with a number word that is not a number (50 per cent, third-party), any run of
# spaces and hyphens between their words.
_MASKS = {
    language: re.compile(
        r"\b(?:"
        + "|".join(
            r"[\s-]+".join(re.escape(part) for part in fold(phrase).split()) for phrase in phrases
        )
        + r")\b"
    )
    for language, phrases in words.NOT_NUMBERS.items()
}
_THOUSANDS = {"en": ",", "fr": " .", "ar": "٬,"}
_DECIMALS = {"en": ".", "fr": ",", "ar": "٫."}
_DIGIT_FORMS = {
    "en": re.compile(r"(?P<digits>\d+)(?:st|nd|rd|th|s)?"),
    "fr": re.compile(r"(?P<digits>\d+)(?:er|re|ere|e|eme|nd|nde)?"),
    "ar": re.compile(r"(?P<conjunction>[وف]?)(?:[بكل]|ال|بال|كال|لل)?(?P<digits>\d+)م?"),
}
_ROMAN = re.compile(r"(?P<roman>[IVXLC]+)(?P<suffix>e|er|re|ème|eme)?")
_VALID_ROMAN = re.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass(frozen=True)
class Numeral:
    """A number read from tokens [first, end): its value, and how it was written."""

    value: str  # "72", "1000", "2.5"
    integer: int | None
    first: int
    end: int
    digits: bool  # written in digits (a year must be)
    weak: bool  # "first", "two", الأولى: counted only as the day of a date (see figures.py)
    conjunction: bool = False  # Arabic و glued to it (يومي 10 و11)


class TokenText:
    """A text folded, masked and split into tokens, with the gaps between them."""

    def __init__(self, text: str, language: str):
        self.text = text
        folded, self.offsets = fold_with_offsets(text)
        mask = _MASKS.get(language)
        if mask is not None:
            folded = mask.sub(lambda match: " " * len(match.group()), folded)
        self.folded = folded
        self.spans = tokenize(folded)
        self.words = [token for token, _, _ in self.spans]

    def gap(self, index: int) -> str:
        """The folded text between token index-1 and token index."""
        return self.folded[self.spans[index - 1][2] : self.spans[index][1]]

    def joined(self, index: int) -> bool:
        """Whether token index exists and follows the previous one across spaces or a hyphen."""
        return 0 < index < len(self.words) and set(self.gap(index)) <= _GLUE

    def original(self, index: int) -> str:
        """Token index as written in the unfolded text (for the case of Roman numerals)."""
        _, start, end = self.spans[index]
        return self.text[self.offsets[start] : self.offsets[end - 1] + 1]


class NumeralReader:
    """Reads numerals in one language, starting at a given token."""

    def __init__(self, language: str):
        self.language = language
        self._arabic: dict[str, tuple[str, int, bool]] = {}
        self._cardinals: dict[str, int] = {}
        self._ordinals: dict[str, int] = {}
        self._adverbs: dict[str, int] = {}
        if language == "ar":
            self._arabic = words.arabic_number_forms()
        elif language in ("en", "fr"):
            cardinals = words.ENGLISH_CARDINALS if language == "en" else words.FRENCH_CARDINALS
            ordinals = words.ENGLISH_ORDINALS if language == "en" else words.FRENCH_ORDINALS
            self._cardinals = {fold(word): value for word, value in cardinals.items()}
            self._ordinals = {fold(word): value for word, value in ordinals.items()}
            adverbs = words.LATIN_ADVERBS[language]
            self._adverbs = {fold(word): value for word, value in adverbs.items()}

    def read(self, tokens: TokenText, index: int) -> Numeral | None:
        """The numeral that starts at token index, if one does."""
        return (
            self._digits(tokens, index)
            or self._roman(tokens, index)
            or (self._arabic_words(tokens, index) if self.language == "ar" else None)
            or (self._latin_words(tokens, index) if self.language in ("en", "fr") else None)
        )

    def _digits(self, tokens: TokenText, index: int) -> Numeral | None:
        form = _DIGIT_FORMS.get(self.language, _DIGIT_FORMS["en"]).fullmatch(tokens.words[index])
        if form is None:
            return None
        digits, end = form.group("digits"), index + 1
        plain = form.group().endswith(digits)
        # 1,000 / 1 000 / 1٬000, then a decimal part; not after an ending, so "44th," or
        # "1er." never swallows what follows (a glued Arabic و before the digits is fine).
        if plain and len(digits) <= 3:
            while (
                end < len(tokens.words)
                and len(tokens.gap(end)) == 1
                and tokens.gap(end) in _THOUSANDS.get(self.language, ",")
                and re.fullmatch(r"\d{3}", tokens.words[end])
            ):
                digits, end = digits + tokens.words[end], end + 1
        value = str(int(digits))
        if (
            plain
            and end < len(tokens.words)
            and len(tokens.gap(end)) == 1
            and tokens.gap(end) in _DECIMALS.get(self.language, ".")
            and tokens.words[end].isdigit()
        ):
            value, end = f"{value}.{tokens.words[end]}", end + 1
        conjunction = "conjunction" in form.groupdict() and bool(form.group("conjunction"))
        integer = int(value) if value.isdigit() else None
        return Numeral(value, integer, index, end, True, False, conjunction)

    def _roman(self, tokens: TokenText, index: int) -> Numeral | None:
        # Only upper-case Roman numerals of two letters or more (Chapter VII, XXIe siècle):
        # "I" is a pronoun, and "CD" or "DC" are abbreviations far more often than numbers.
        form = _ROMAN.fullmatch(tokens.original(index))
        if form is None or not _VALID_ROMAN.fullmatch(form.group("roman")):
            return None
        suffix = form.group("suffix")
        if suffix and self.language != "fr":
            return None
        value = _roman_value(form.group("roman"))
        if not suffix and (len(form.group("roman")) < 2 or value > 100):
            return None
        return Numeral(str(value), value, index, index + 1, False, value == 1)

    def _latin_words(self, tokens: TokenText, index: int) -> Numeral | None:
        word = tokens.words[index]
        if word in self._adverbs:
            return _word_numeral(self._adverbs[word], True, index, index + 1)
        if self._is_hundred(word):
            return self._after_hundred(tokens, index, 100, index)
        multiplier = self._cardinals.get(word, 1 if word in ("a", "one") else 0)  # a hundred
        if (
            1 <= multiplier <= 9
            and tokens.joined(index + 1)
            and self._is_hundred(tokens.words[index + 1])
        ):
            return self._after_hundred(tokens, index, 100 * multiplier, index + 1)
        found = self._below_hundred(tokens, index)
        return _word_numeral(found[0], found[1], index, found[2]) if found else None

    def _is_hundred(self, word: str) -> bool:
        return self._cardinals.get(word) == 100 or self._ordinals.get(word) == 100

    def _after_hundred(self, tokens: TokenText, first: int, base: int, at: int) -> Numeral:
        """A hundred word and what follows it: two hundred and fifty, deux cent cinquième."""
        if self._ordinals.get(tokens.words[at]) == 100:
            return _word_numeral(base, True, first, at + 1)
        rest_at = at + 1
        if tokens.joined(rest_at) and tokens.words[rest_at] == "and":
            rest_at += 1
        rest = self._below_hundred(tokens, rest_at) if tokens.joined(rest_at) else None
        if rest is None:
            return _word_numeral(base, False, first, at + 1)
        return _word_numeral(base + rest[0], rest[1], first, rest[2])

    def _below_hundred(self, tokens: TokenText, index: int) -> tuple[int, bool, int] | None:
        word = tokens.words[index]
        french = self.language == "fr"
        if french and word == "quatre" and tokens.joined(index + 1):  # quatre-vingt(s)
            following = tokens.words[index + 1]
            if following == "vingtieme":
                return 80, True, index + 2
            if following in ("vingt", "vingts"):
                return self._after_tens(tokens, 80, index + 2, teens=True)
        tens = self._cardinals.get(word, 0)
        if tens in (20, 30, 40, 50, 60, 70, 80, 90):
            # French counts 70-79 as soixante + 10-19 (soixante-douze).
            return self._after_tens(tokens, tens, index + 1, teens=french and tens == 60)
        return self._unit_or_teen(tokens, index, teens=True, after_tens=False)

    def _after_tens(
        self, tokens: TokenText, tens: int, index: int, teens: bool
    ) -> tuple[int, bool, int]:
        """Tens and what follows: twenty-one, vingt et un, soixante-douze, quatre-vingt-dix."""
        conjunction = tokens.joined(index) and tokens.words[index] in ("et", "and")
        at = index + 1 if conjunction else index
        after = (
            self._unit_or_teen(tokens, at, teens, after_tens=True) if tokens.joined(at) else None
        )
        if after is None or (conjunction and after[0] not in (1, 11)):
            return tens, False, index
        return tens + after[0], after[1], after[2]

    def _unit_or_teen(
        self, tokens: TokenText, index: int, teens: bool, after_tens: bool
    ) -> tuple[int, bool, int] | None:
        word = tokens.words[index]
        if word in ("one", "un", "une"):
            # Never alone (an article in French, a pronoun in English): only after a ten.
            return (1, False, index + 1) if after_tens else None
        if word == "dix" and teens and tokens.joined(index + 1):  # dix-sept, dix-huitième
            after = self._unit_or_teen(tokens, index + 1, teens=False, after_tens=False)
            if after is not None and 7 <= after[0] <= 9:
                return 10 + after[0], after[1], after[2]
        value, ordinal = self._cardinals.get(word), False
        if value is None:
            value, ordinal = self._ordinals.get(word), True
        if value is None or value >= 20 or (value >= 10 and not teens):
            return None
        if after_tens and word in ("premier", "premiere"):
            return None  # "twenty-first" and "vingt et unième", but never "vingt premier"
        return value, ordinal, index + 1

    def _arabic_words(self, tokens: TokenText, index: int) -> Numeral | None:
        form = self._arabic.get(tokens.words[index])
        if form is None:
            return None
        kind, value, _ = form
        if kind == "adverb":
            return _word_numeral(value, True, index, index + 1)
        if kind == "hundred":
            return self._arabic_after_hundred(tokens, value, index, index + 1)
        if kind == "unit" and 3 <= value <= 9 and tokens.joined(index + 1):  # ثلاث مائة
            following = self._arabic.get(tokens.words[index + 1])
            if following is not None and following[:2] == ("hundred", 100) and not following[2]:
                return self._arabic_after_hundred(tokens, value * 100, index, index + 2)
        found = self._arabic_below_hundred(tokens, index)
        return _word_numeral(found[0], found[1], index, found[2]) if found else None

    def _arabic_after_hundred(
        self, tokens: TokenText, hundreds: int, first: int, index: int
    ) -> Numeral:
        following = self._arabic.get(tokens.words[index]) if tokens.joined(index) else None
        if following is not None and following[2]:  # glued و: مائة وخمسة وعشرون
            rest = self._arabic_below_hundred(tokens, index)
            if rest is not None:
                return _word_numeral(hundreds + rest[0], rest[1], first, rest[2])
        return _word_numeral(hundreds, False, first, index)

    def _arabic_below_hundred(self, tokens: TokenText, index: int) -> tuple[int, bool, int] | None:
        kind, value, _ = self._arabic[tokens.words[index]]
        if kind == "ten":
            return value, False, index + 1
        if kind not in ("unit", "ordinal", "one", "teen-two"):
            return None
        ordinal = kind == "ordinal"
        next_index = index + 1
        if value < 10 and tokens.joined(next_index):
            # Arabic puts the unit first: ثلاثة عشر (13), الخامس والعشرين (25th).
            if tokens.words[next_index] in _ARABIC_TEN_WORDS:
                return 10 + value, ordinal, next_index + 1
            following = self._arabic.get(tokens.words[next_index])
            if following is not None and following[0] == "ten" and following[2]:
                return value + following[1], ordinal, next_index + 1
        if kind in ("one", "teen-two") or tokens.words[index].endswith(("حادي", "حاديه")):
            return None  # واحد, اثنا, الحادي: only inside a compound
        return value, ordinal, next_index


_ARABIC_TEN_WORDS = frozenset(fold(word) for word in words.ARABIC_TEN_WORDS)


def _word_numeral(value: int, ordinal: bool, first: int, end: int) -> Numeral:
    # Words for one and two are not compared on their own: "one" and "un" are also pronouns
    # and articles, "first" also means "at first", and Arabic says "two" with a dual ending
    # (البلدين) that no word list can see, so "the two countries" would always look missing.
    weak = value == 1 or (value == 2 and not ordinal)
    return Numeral(str(value), value, first, end, False, weak)


def _roman_value(roman: str) -> int:
    total = 0
    for position, letter in enumerate(roman):
        value = _ROMAN_VALUES[letter]
        following = _ROMAN_VALUES[roman[position + 1]] if position + 1 < len(roman) else 0
        total += -value if value < following else value
    return total

"""Numbers and dates in one language version of a paragraph, normalised so versions compare."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from oicreader.text.folding import fold, tokenize
from oicreader.topics.clitics import Article, clitic_forms, split_article
from oicreader.topics.number_words import MONTHS
from oicreader.topics.numerals import Numeral, NumeralReader, TokenText

__all__ = ["Figures", "read_figures"]

# Words that join the days of one date (10 and 11 September, du 10 au 12, 10 و11 is glued).
_DAY_JOINERS = {
    "en": ("and", "to", "&"),
    "fr": ("et", "au", "à"),
    "ar": ("و", "إلى", "حتى", "أو"),
}
# Words that may stand between the day and the month (the 25th of September, الخامس
# والعشرين من شهر سبتمبر) and between the month and the year (سبتمبر عام 2017).
_BEFORE_MONTH = {"en": ("of",), "fr": (), "ar": ("من", "شهر")}
_BEFORE_YEAR = {"en": (), "fr": (), "ar": ("عام", "سنة", "لعام", "لسنة", "العام")}
# Punctuation allowed between two days (10, 11 and 12; 10-11), and after the day of a
# month-first date (September 22, 2017).
_DAY_PUNCTUATION = ("", ",", "-", "–", "—", "،")
_NUMERIC_DATE_SEPARATORS = ("/", ".", "-")


@dataclass(frozen=True)
class Figures:
    """The numbers (as "72", "2.5") and dates (as "2017-09-25") written in one text.

    A date without a year is "--09-25", a month and year "2017-09"; numbers that make up a
    date are not counted again as numbers.
    """

    numbers: frozenset[str]
    dates: frozenset[str]


@dataclass(frozen=True)
class _Item:
    """A run of tokens: a numeral, a month name, a numeric date, or any other word."""

    first: int
    end: int
    numeral: Numeral | None = None
    month: int = 0
    date: str = ""
    word: str = ""


def read_figures(text: str, language: str) -> Figures:
    """The numbers and dates of one text in one language (ar, en or fr)."""
    return _reader(language).read(text)


@lru_cache(maxsize=8)
def _reader(language: str) -> _FigureReader:
    return _FigureReader(language)


class _FigureReader:
    def __init__(self, language: str):
        self.language = language
        self.numerals = NumeralReader(language)
        self.months: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for name, month in MONTHS.get(language, {}).items():
            tokens = [token for token, _, _ in tokenize(fold(name))]
            firsts = {tokens[0]}
            if language == "ar":  # بسبتمبر, وأيلول
                firsts = set(clitic_forms(split_article(name.split()[0])[0], Article.NEVER))
            for first in firsts:
                self.months.setdefault(first, []).append((tuple(tokens[1:]), month))
        self.day_joiners = {fold(word) for word in _DAY_JOINERS.get(language, ())}
        self.before_month = {fold(word) for word in _BEFORE_MONTH.get(language, ())}
        self.before_year = {fold(word) for word in _BEFORE_YEAR.get(language, ())}

    def read(self, text: str) -> Figures:
        tokens = TokenText(text, self.language)
        items = self._items(tokens)
        dates: set[str] = {item.date for item in items if item.date}
        used: set[int] = set()
        for position, item in enumerate(items):
            if item.month:
                self._date_around(tokens, items, position, dates, used)
        numbers = {
            item.numeral.value
            for position, item in enumerate(items)
            if item.numeral is not None and not item.numeral.weak and position not in used
        }
        return Figures(frozenset(numbers), frozenset(dates))

    def _items(self, tokens: TokenText) -> list[_Item]:
        items: list[_Item] = []
        index = 0
        while index < len(tokens.words):
            item = (
                self._numeric_date(tokens, index)
                or self._month(tokens, index)
                or self._numeral(tokens, index)
                or _Item(index, index + 1, word=tokens.words[index])
            )
            items.append(item)
            index = item.end
        return items

    def _numeral(self, tokens: TokenText, index: int) -> _Item | None:
        numeral = self.numerals.read(tokens, index)
        return _Item(index, numeral.end, numeral=numeral) if numeral else None

    def _month(self, tokens: TokenText, index: int) -> _Item | None:
        for rest, month in self.months.get(tokens.words[index], ()):
            end = index + 1 + len(rest)
            if tuple(tokens.words[index + 1 : end]) == rest:
                return _Item(index, end, month=month)
        return None

    def _numeric_date(self, tokens: TokenText, index: int) -> _Item | None:
        """22/09/2017, 22.9.2017 or 2017-09-22: three numbers with one separator."""
        parts = tokens.words[index : index + 3]
        if len(parts) < 3 or not all(re.fullmatch(r"\d{1,4}", part) for part in parts):
            return None
        separators = {tokens.gap(index + 1), tokens.gap(index + 2)}
        if len(separators) != 1 or separators.pop() not in _NUMERIC_DATE_SEPARATORS:
            return None
        if len(parts[2]) == 4:
            iso = _iso(int(parts[2]), int(parts[1]), int(parts[0]))
        elif len(parts[0]) == 4:
            iso = _iso(int(parts[0]), int(parts[1]), int(parts[2]))
        else:
            iso = None
        return _Item(index, index + 3, date=iso) if iso else None

    def _date_around(
        self, tokens: TokenText, items: list[_Item], month_at: int, dates: set[str], used: set[int]
    ) -> None:
        """Read the days before (or, month first, after) a month name, and a year after it."""
        month = items[month_at].month
        days = self._days_before(tokens, items, month_at)
        after = month_at
        if not days:
            days = self._days_after(tokens, items, month_at)
            after = days[-1] if days else month_at
        year_at = self._year_after(tokens, items, after)
        year = items[year_at].numeral if year_at is not None else None
        if not days and year is None:
            return
        found = [
            _iso(year.integer if year and year.integer else None, month, _day(items[at]))
            for at in days
        ] or [f"{year.integer:04d}-{month:02d}" if year and year.integer else None]
        if all(found):
            dates.update(date for date in found if date)
            used.update(days)
            if year_at is not None:
                used.add(year_at)

    def _days_before(self, tokens: TokenText, items: list[_Item], month_at: int) -> list[int]:
        position = month_at - 1
        for _ in range(2):  # "of", من, شهر
            if position >= 0 and items[position].word in self.before_month:
                position -= 1
        if position < 0 or not _is_day(items[position]):
            return []
        if _gap(tokens, items[position], items[position + 1]).strip() not in ("", "-"):
            return []
        days = [position]
        while True:
            earlier = self._previous_day(tokens, items, days[0])
            if earlier is None:
                return days
            days.insert(0, earlier)

    def _previous_day(self, tokens: TokenText, items: list[_Item], day_at: int) -> int | None:
        day = items[day_at]
        if day_at >= 1 and _is_day(items[day_at - 1]):
            gap = _gap(tokens, items[day_at - 1], day).strip()
            glued = day.numeral is not None and day.numeral.conjunction
            if (glued and gap == "") or (not glued and gap in _DAY_PUNCTUATION):
                return day_at - 1
        if (
            day_at >= 2
            and items[day_at - 1].word in self.day_joiners
            and _is_day(items[day_at - 2])
        ):
            return day_at - 2
        return None

    def _days_after(self, tokens: TokenText, items: list[_Item], month_at: int) -> list[int]:
        position = month_at + 1
        if position >= len(items) or not _is_day(items[position]):
            return []
        if _gap(tokens, items[month_at], items[position]).strip() != "":
            return []
        days = [position]
        while True:
            following = days[-1] + 1
            if (
                following < len(items)
                and _is_day(items[following])
                and _gap(tokens, items[days[-1]], items[following]).strip() in _DAY_PUNCTUATION
            ):
                days.append(following)
                continue
            if (
                following + 1 < len(items)
                and items[following].word in self.day_joiners
                and _is_day(items[following + 1])
            ):
                days.append(following + 1)
                continue
            return days

    def _year_after(self, tokens: TokenText, items: list[_Item], position: int) -> int | None:
        start = position
        position += 1
        if position < len(items) and items[position].word in self.before_year:
            position += 1
        if position >= len(items) or not _is_year(items[position]):
            return None
        gap = _gap(tokens, items[position - 1], items[position]).strip()
        if gap not in ("", ",") or (
            gap == "," and position - 1 == start and not items[start].numeral
        ):
            # "September, 2017" is not written; a comma only follows a day ("September 22, 2017").
            return None
        return position


def _gap(tokens: TokenText, before: _Item, after: _Item) -> str:
    return tokens.folded[tokens.spans[before.end - 1][2] : tokens.spans[after.first][1]]


def _is_day(item: _Item) -> bool:
    numeral = item.numeral
    return (
        numeral is not None
        and numeral.integer is not None
        and 1 <= numeral.integer <= 31
        and (not numeral.digits or len(numeral.value) <= 2)
    )


def _is_year(item: _Item) -> bool:
    numeral = item.numeral
    return (
        numeral is not None
        and numeral.digits
        and numeral.integer is not None
        and 1000 <= numeral.integer <= 2999
    )


def _day(item: _Item) -> int:
    return item.numeral.integer if item.numeral and item.numeral.integer else 0


def _iso(year: int | None, month: int, day: int) -> str | None:
    """YYYY-MM-DD, or --MM-DD without a year; None when no such day exists."""
    try:
        datetime.date(year or 2000, month, day)  # 2000 is a leap year: --02-29 is a date
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"

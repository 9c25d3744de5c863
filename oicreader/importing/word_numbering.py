"""Word's automatic numbering: the number a list paragraph shows, worked out from numbering.xml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

# Formats that count 1, 2, 3: a paragraph numbered in one of them can carry a paragraph
# number. "hindiNumbers" is Word's name for Arabic-Indic digits (١، ٢، ٣).
DIGIT_FORMATS = frozenset(
    {
        "decimal",
        "decimalZero",
        "decimalFullWidth",
        "decimalFullWidth2",
        "decimalHalfWidth",
        "decimalEnclosedCircle",
        "decimalEnclosedFullstop",
        "decimalEnclosedParen",
        "hindiNumbers",
    }
)
_ARABIC_ALPHA = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي"
_ARABIC_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")
_LONGEST_LEVEL_TEXT = 100
# Past this, a letter label is over 1,000 letters long: it is shown in digits instead.
_LONGEST_SPELLED_VALUE = 26_000
# "%1." or "(%2)" or "%1-": one placeholder, for the paragraph's own level, and punctuation.
_SINGLE_PLACEHOLDER = re.compile(r"^[^%\w]*%(?P<level>[1-9])[^%\w]*$")


@dataclass(frozen=True)
class NumberingLevel:
    """One level of a list definition: where it starts, how it counts, how its label reads."""

    start: int
    number_format: str
    level_text: str

    def counts_paragraphs(self, level: int) -> bool:
        """True when the label is just this level's number in digits, like "%1." or "(%1)"."""
        match = _SINGLE_PLACEHOLDER.match(self.level_text)
        return (
            match is not None
            and int(match.group("level")) == level + 1
            and self.number_format in DIGIT_FORMATS
        )


@dataclass
class _ListInstance:
    """A w:num: the list definition it uses and the levels it restarts or redefines."""

    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, NumberingLevel] = field(default_factory=dict)


@dataclass(frozen=True)
class NumberedLabel:
    """What Word shows before a list paragraph: its counter value and the label text."""

    value: int
    label: str
    counts_paragraphs: bool


class WordNumbering:
    """The lists of one Word file, and counters that follow the body from top to bottom.

    Counters are kept per list definition (w:abstractNum), not per w:num: Word continues one
    sequence across every w:num that shares a definition, and a w:num whose w:lvlOverride has
    a w:startOverride restarts the sequence where it is first used. LibreOffice relies on
    this when it writes a list that restarts at 7 and then continues.
    """

    def __init__(self, numbering: Any | None, styles: dict[str, Any]):
        self._levels: dict[str, dict[int, NumberingLevel]] = {}
        self._style_links: dict[str, str] = {}
        self._instances: dict[str, _ListInstance] = {}
        self._styles = styles
        if numbering is not None:
            self._read(numbering)
        self._counters: dict[str, dict[int, int]] = {}
        self._restarted: set[tuple[str, int]] = set()

    def _read(self, numbering: Any) -> None:
        for abstract in numbering.iterfind(qn("w:abstractNum")):
            abstract_id = abstract.get(qn("w:abstractNumId"), "")
            self._levels[abstract_id] = {
                whole_number(level.get(qn("w:ilvl")), 0): _level(level)
                for level in abstract.iterfind(qn("w:lvl"))
            }
            link = abstract.find(qn("w:numStyleLink"))
            if link is not None:
                self._style_links[abstract_id] = link.get(qn("w:val"), "")
        for instance in numbering.iterfind(qn("w:num")):
            reference = instance.find(qn("w:abstractNumId"))
            listing = _ListInstance(reference.get(qn("w:val"), "") if reference is not None else "")
            for override in instance.iterfind(qn("w:lvlOverride")):
                level = whole_number(override.get(qn("w:ilvl")), 0)
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    listing.start_overrides[level] = whole_number(start.get(qn("w:val")), 1)
                redefined = override.find(qn("w:lvl"))
                if redefined is not None:
                    listing.level_overrides[level] = _level(redefined)
            self._instances[instance.get(qn("w:numId"), "")] = listing

    def next_label(self, num_id: str, level: int) -> NumberedLabel | None:
        """Count one more paragraph of list `num_id` at `level`; None if it shows no number."""
        instance = self._instances.get(num_id)
        if instance is None:
            return None
        abstract_id = self._definition(instance.abstract_id)
        definition = self._level(instance, abstract_id, level)
        if definition is None or definition.number_format == "none":
            return None
        counters = self._counters.setdefault(abstract_id, {})
        if level in instance.start_overrides and (num_id, level) not in self._restarted:
            self._restarted.add((num_id, level))
            counters[level] = instance.start_overrides[level]
        elif level in counters:
            counters[level] += 1
        else:
            counters[level] = definition.start
        for deeper in [other for other in counters if other > level]:
            del counters[deeper]  # a new item at one level restarts the levels below it
        label = re.sub(
            r"%([1-9])",
            lambda match: self._shown(instance, abstract_id, int(match.group(1)) - 1),
            definition.level_text,
        )
        return NumberedLabel(counters[level], label, definition.counts_paragraphs(level))

    def _definition(self, abstract_id: str) -> str:
        # A definition that only points at a numbering style takes the list of that style.
        style_id = self._style_links.get(abstract_id)
        style = self._styles.get(style_id) if style_id else None
        if style is None:
            return abstract_id
        number = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        linked = self._instances.get(number.get(qn("w:val"), "")) if number is not None else None
        return linked.abstract_id if linked is not None else abstract_id

    def _level(
        self, instance: _ListInstance, abstract_id: str, level: int
    ) -> NumberingLevel | None:
        return instance.level_overrides.get(level) or self._levels.get(abstract_id, {}).get(level)

    def _shown(self, instance: _ListInstance, abstract_id: str, level: int) -> str:
        definition = self._level(instance, abstract_id, level)
        if definition is None:
            return ""
        value = self._counters.get(abstract_id, {}).get(level, definition.start)
        return format_number(value, definition.number_format)


def _level(element: Any) -> NumberingLevel:
    def value(tag: str, default: str) -> str:
        child = element.find(qn(tag))
        return default if child is None else str(child.get(qn("w:val"), default))

    return NumberingLevel(
        start=whole_number(value("w:start", "1"), 1),
        number_format=value("w:numFmt", "decimal"),
        # Word writes a few characters ("%1.", "(%2)"); each "%n" becomes a number, so a
        # damaged file's 100,000 of them would make every label of the list that long.
        level_text=value("w:lvlText", "")[:_LONGEST_LEVEL_TEXT],
    )


def whole_number(text: str | None, default: int) -> int:
    """A numbering value (w:val) as a number, or `default` when it is absent or nonsense.

    ASCII digits only, at most nine (as for typed paragraph numbers): int() would take "٣"
    and refuse "²" or 5,000 digits with a ValueError, and a damaged file holds any of them.
    """
    if text is None or not _WHOLE_NUMBER.fullmatch(text):
        return default
    return int(text)


def format_number(value: int, number_format: str) -> str:
    """A counter value as a list label shows it: 3 → "3", "c", "iii", "٣" or "ت"."""
    if value > _LONGEST_SPELLED_VALUE and number_format not in DIGIT_FORMATS:
        # Letters repeat once per 26 and roman numerals add an "m" per thousand: a start
        # value of 900 million in a damaged file made each label 35 million characters.
        return str(value)
    if number_format == "hindiNumbers":
        return "".join(chr(0x0660 + int(digit)) for digit in str(value))
    if number_format in ("lowerLetter", "upperLetter"):
        # Word repeats the letter past z: 27 → aa, 28 → bb.
        letter = "abcdefghijklmnopqrstuvwxyz"[(value - 1) % 26] * ((value - 1) // 26 + 1)
        return letter.upper() if number_format == "upperLetter" else letter
    if number_format in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if number_format == "upperRoman" else roman
    if number_format in ("arabicAlpha", "arabicAbjad"):
        letters = _ARABIC_ALPHA if number_format == "arabicAlpha" else _ARABIC_ABJAD
        return letters[(value - 1) % len(letters)]
    if number_format == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    parts: list[str] = []
    for amount, letters in _ROMAN:
        count, value = divmod(value, amount)
        parts.append(letters * count)
    return "".join(parts)

"""Month names and number words in Arabic, English and French, as the figure reader needs them."""

from __future__ import annotations

from collections.abc import Mapping

from oicreader.topics.clitics import Article, clitic_forms, split_article

# These tables are grammar, not translatable text: the parser in figures.py depends on which
# class each word belongs to (a unit, a ten, an ordinal), so they live next to it. Words are
# written as in print; figures.py folds them the way it folds the text it reads.

__all__ = [
    "ARABIC_ADVERBS",
    "ARABIC_HUNDREDS",
    "ARABIC_ONE_CARDINALS",
    "ARABIC_ONE_ORDINALS",
    "ARABIC_TEEN_TWOS",
    "ARABIC_TENS",
    "ARABIC_TEN_WORDS",
    "ARABIC_UNIT_CARDINALS",
    "ARABIC_UNIT_ORDINALS",
    "ENGLISH_CARDINALS",
    "ENGLISH_ORDINALS",
    "FRENCH_CARDINALS",
    "FRENCH_ORDINALS",
    "LATIN_ADVERBS",
    "MONTHS",
    "NOT_NUMBERS",
    "arabic_number_forms",
]

MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
        "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    },
    "fr": {
        "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
        "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    },
    # Egyptian and Gulf names first, then the Levantine (Syriac) names, then the Maghreb ones.
    "ar": {
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
        "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
        "نوفمبر": 11, "ديسمبر": 12,
        "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
        "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
        "كانون الأول": 12,
        "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "يوليوز": 7,
        "أوت": 8, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    },
}  # fmt: skip

# English and French: one word each; "one" and "un/une" are left out on purpose (see figures.py).
ENGLISH_CARDINALS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}  # fmt: skip
ENGLISH_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100,
}  # fmt: skip
FRENCH_CARDINALS: dict[str, int] = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "septante": 70, "octante": 80, "huitante": 80, "nonante": 90,
    "cent": 100, "cents": 100,
}  # fmt: skip
FRENCH_ORDINALS: dict[str, int] = {
    "premier": 1, "première": 1, "unième": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
    "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12,
    "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16, "vingtième": 20,
    "trentième": 30, "quarantième": 40, "cinquantième": 50, "soixantième": 60,
    "septantième": 70, "octantième": 80, "huitantième": 80, "nonantième": 90,
    "centième": 100,
}  # fmt: skip
# "Secondly", "deuxièmement": enumerations that Arabic writes ثانياً.
LATIN_ADVERBS: dict[str, dict[str, int]] = {
    "en": {
        "secondly": 2, "thirdly": 3, "fourthly": 4, "fifthly": 5, "sixthly": 6,
        "seventhly": 7, "eighthly": 8, "ninthly": 9, "tenthly": 10,
    },
    "fr": {
        "deuxièmement": 2, "secondement": 2, "troisièmement": 3, "quatrièmement": 4,
        "cinquièmement": 5, "sixièmement": 6, "septièmement": 7, "huitièmement": 8,
        "neuvièmement": 9, "dixièmement": 10,
    },
}  # fmt: skip

# Arabic: words without the article or attached clitics; figures.py generates those forms.
# Cardinals 2-10 in both genders and all cases (ثلاثة/ثلاث, اثنان/اثنين ...).
ARABIC_UNIT_CARDINALS: dict[str, int] = {
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4,
    "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8,
    "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
}  # fmt: skip
# "Two" as the first part of twelve (اثنا عشر، اثنتي عشرة) only.
ARABIC_TEEN_TWOS: dict[str, int] = {"اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
# "One" only counts inside a compound (واحد وعشرون، إحدى عشرة).
ARABIC_ONE_CARDINALS: dict[str, int] = {"واحد": 1, "واحدة": 1, "أحد": 1, "إحدى": 1}
# Ordinals are only read with the article (الثاني، الخامسة والعشرين): without it ثانية is also
# "a second" or "again", and ثاني begins ثاني أكسيد ("dioxide").
ARABIC_UNIT_ORDINALS: dict[str, int] = {
    "ثاني": 2, "ثانية": 2, "ثالث": 3, "ثالثة": 3, "رابع": 4, "رابعة": 4, "خامس": 5,
    "خامسة": 5, "سادس": 6, "سادسة": 6, "سابع": 7, "سابعة": 7, "ثامن": 8, "ثامنة": 8,
    "تاسع": 9, "تاسعة": 9, "عاشر": 10, "عاشرة": 10,
}  # fmt: skip
# الأول/الأولى stand alone; الحادي/الحادية only begin a compound (الحادي عشر، الحادية والعشرين).
ARABIC_ONE_ORDINALS: dict[str, int] = {"أول": 1, "أولى": 1, "حادي": 1, "حادية": 1}
ARABIC_TENS: dict[str, int] = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
# The second word of 11-19 (ثلاثة عشر، الخامسة عشرة).
ARABIC_TEN_WORDS = ("عشر", "عشرة")
ARABIC_HUNDREDS: dict[str, int] = {
    "مائة": 100, "مئة": 100, "مائتان": 200, "مائتين": 200, "مئتان": 200, "مئتين": 200,
    "مائتا": 200, "مئتا": 200,
    **{
        unit + hundred: value * 100
        for unit, value in (
            ("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
            ("ثماني", 8), ("تسع", 9),
        )
        for hundred in ("مائة", "مئة")
    },
}  # fmt: skip
ARABIC_ADVERBS: dict[str, int] = {
    "ثانياً": 2, "ثالثاً": 3, "رابعاً": 4, "خامساً": 5, "سادساً": 6, "سابعاً": 7, "ثامناً": 8,
    "تاسعاً": 9, "عاشراً": 10,
}  # fmt: skip

# Phrases with a number word that is not a number: "50 per cent" is 50, not 50 and 100; "third
# parties" are no third of anything; the Hijri month جمادى الثانية is not a second anything.
NOT_NUMBERS: dict[str, tuple[str, ...]] = {
    "en": (
        "third party", "third parties", "third country", "third countries", "third State",
        "third States",
    ),
    "fr": ("pour cent", "pourcent"),
    "ar": (
        "في المائة", "في المئة", "بالمائة", "بالمئة", "ربيع الأول", "ربيع الثاني", "ربيع الآخر",
        "جمادى الأولى", "جمادى الثانية", "جمادى الآخرة",
    ),
}  # fmt: skip


def arabic_number_forms() -> dict[str, tuple[str, int, bool]]:
    """Every written form of the Arabic number words → (kind, value, glued و)."""
    classes: list[tuple[str, Mapping[str, int], Article]] = [
        ("unit", ARABIC_UNIT_CARDINALS, Article.OPTIONAL),
        ("teen-two", ARABIC_TEEN_TWOS, Article.OPTIONAL),
        ("one", ARABIC_ONE_CARDINALS, Article.OPTIONAL),
        ("ordinal", ARABIC_UNIT_ORDINALS, Article.ALWAYS),
        ("ordinal", ARABIC_ONE_ORDINALS, Article.ALWAYS),
        ("ten", ARABIC_TENS, Article.OPTIONAL),
        ("hundred", ARABIC_HUNDREDS, Article.OPTIONAL),
        ("adverb", ARABIC_ADVERBS, Article.NEVER),
    ]
    plain: dict[str, tuple[str, int, bool]] = {}
    glued: dict[str, tuple[str, int, bool]] = {}
    for kind, table, article in classes:
        for word, value in table.items():
            bare, _ = split_article(word)
            for form, conjunction in clitic_forms(bare, article).items():
                entry = (kind, value, conjunction == "و")
                (glued if conjunction else plain).setdefault(form, entry)
    # A form without a conjunction wins (واحد is "one", not و + أحد).
    return {**glued, **plain}

"""Turn anything a user types into a safe FTS5 MATCH expression, and find its hits to highlight."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from oicreader.text.arabic_plurals import number_counterparts
from oicreader.text.folding import (
    TATWEEL,
    article_readings,
    fold,
    fold_with_offsets,
    fold_with_sparse_offsets,
    is_arabic_token,
    proclitic_forms,
    stem_candidates,
    tokenize,
    tokenize_with_bounds,
)
from oicreader.text.inflection import (
    INFLECTED_LANGUAGES,
    inflection_key,
    query_inflection_keys,
)

__all__ = [
    "FOLDED_COLUMN",
    "INFLECTED_COLUMN",
    "STEMMED_COLUMN",
    "MatchSpan",
    "QueryTerm",
    "Snippet",
    "find_match_spans",
    "fts_match_expression",
    "make_snippet",
    "marked",
    "parse_query",
    "rank_key",
    "term_clauses",
    "text_matches",
]

FOLDED_COLUMN = "folded"
STEMMED_COLUMN = "stemmed"
INFLECTED_COLUMN = "inflected"

# A search box never needs more: every term is ANDed, so 64 terms already match almost nothing,
# and the caps keep a pasted 10 KB page from becoming a megabyte-long MATCH expression.
MAX_TERMS = 64
MAX_PHRASE_TOKENS = 32
# Folding is linear but pure Python; 64 terms never need more text than this.
MAX_QUERY_CHARS = 16_384

# A word searched as a prefix of the readings catches Arabic suffixes (ارهاب → ارهابيه,
# ارهابيين) that light stemming leaves on. Four letters, not counting an article, is the
# shortest where that stays precise: a three-letter word is usually a bare root, and as a prefix
# it would pull in every derived word (علم, العلم → علماء, العلمي, العلمانيه; الدول → الدولي),
# so those match their readings exactly instead.
STEM_PREFIX_MIN_LETTERS = 4

# A prefix shorter than this (t*, te*) would make FTS5 merge the postings of thousands of words
# to find hits in nearly every paragraph, so it is searched as the word typed.
MIN_PREFIX_LETTERS = 3

# Straight and typographic quotes all open or close a phrase (French uses « », Arabic “ ”).
_QUOTES = '"“”„«»'
_QUOTE_RE = re.compile(f"[{_QUOTES}]")
# A written unit: what the user typed between spaces. Brackets and list punctuation also split
# units, so "NEAR(a b)" is three units, not the phrase "near a".
_UNIT_RE = re.compile(f"[^\\s(){{}}\\[\\],;،؛{_QUOTES}]+")
# Operators, which only count in upper case; lower case "and", "or" are words. OR joins the
# terms on either side as alternatives; the others are dropped rather than searched as words,
# since every term is required anyway ("a AND b" means a and b; "a NOT b" is written a -b).
_OPERATORS = {"and": "AND", "or": "OR", "not": "NOT", "near": "NEAR"}
_EXCLUDE = "-"
# One character at a time (\s is str.isspace), so offsets inside a snippet stay valid.
_WHITESPACE_RE = re.compile(r"\s")


@dataclass(frozen=True)
class QueryTerm:
    """One thing the user asked for: a word, a word prefix, or a phrase of consecutive words."""

    tokens: tuple[str, ...]
    phrase: bool = False
    prefix: bool = False
    excluded: bool = False  # typed with a leading "-": a paragraph with it is left out
    alternative: bool = False  # typed after OR: either this or the term before will do


@dataclass(frozen=True)
class MatchSpan:
    """Where a term matched, in code points of the original text (end exclusive)."""

    start: int
    end: int
    exact: bool


@dataclass(frozen=True)
class Snippet:
    """An excerpt of a paragraph around its first match, with the matches inside it."""

    text: str
    start: int
    end: int
    highlights: tuple[tuple[int, int], ...]


def parse_query(user_text: str) -> list[QueryTerm]:
    """Parse a search-box query into terms; never raises, whatever the input."""
    text = user_text[:MAX_QUERY_CHARS]
    folded, offsets = fold_with_offsets(text)
    terms: list[QueryTerm] = []
    seen: set[QueryTerm] = set()
    after_or = False

    def add(term: QueryTerm) -> None:
        nonlocal after_or
        if not term.tokens:
            return
        if after_or and not term.excluded and any(not t.excluded for t in terms):
            term = QueryTerm(term.tokens, term.phrase, term.prefix, alternative=True)
        after_or = False
        if term not in seen and len(terms) < MAX_TERMS:
            seen.add(term)
            terms.append(term)

    def add_units(start: int, end: int) -> None:
        nonlocal after_or
        for unit in _UNIT_RE.finditer(folded, start, end):
            word = unit.group()
            operator = _OPERATORS.get(word)
            if operator and operator in text[offsets[unit.start()] : offsets[unit.end()]]:
                after_or = operator == "OR"
                continue
            excluded = word.startswith(_EXCLUDE)
            word = word.lstrip(_EXCLUDE) if excluded else word
            tokens = tokenize(word)
            if not tokens:
                continue  # a lone "*", or punctuation only
            bare = word.rstrip("*")
            prefix = (
                bare != word
                and tokens[-1][2] == len(bare)
                and (len(tokens) > 1 or len(tokens[0][0]) >= MIN_PREFIX_LETTERS)
            )
            # A unit that tokenizes into several words ("OIC/ACM-2017", "d'Ivoire",
            # "إكسبو-2025") was written as one thing, so its words must stay together: a phrase.
            add(
                QueryTerm(
                    tokens=tuple(token for token, _, _ in tokens[:MAX_PHRASE_TOKENS]),
                    phrase=len(tokens) > 1,
                    prefix=prefix,
                    excluded=excluded,
                )
            )

    position = 0
    while position < len(folded) and len(terms) < MAX_TERMS:
        opening = _QUOTE_RE.search(folded, position)
        if opening is None:
            add_units(position, len(folded))
            break
        # A "-" written right before the opening quote excludes the phrase.
        dash = opening.start() - 1
        excluded = (
            dash >= position
            and folded[dash] == _EXCLUDE
            and (dash == position or folded[dash - 1].isspace())
        )
        add_units(position, opening.start())
        closing = _QUOTE_RE.search(folded, opening.end())
        if closing is None:
            # An unbalanced quote: the rest is ordinary words.
            add_units(opening.end(), len(folded))
            break
        position = closing.end()
        prefix = folded.startswith("*", position)
        if prefix:
            position += 1
        inside = tokenize(folded[opening.end() : closing.start()])
        add(
            QueryTerm(
                tokens=tuple(token for token, _, _ in inside[:MAX_PHRASE_TOKENS]),
                phrase=True,
                prefix=prefix,
                excluded=excluded,
            )
        )
    return terms


# How a term matches, the same in the index and in find_match_spans:
#
# - One word (typed t): a paragraph token p matches when t is one of p's stem_candidates
#   (p itself, or p without a valid proclitic sequence), so فلسطين finds بفلسطين and القدس
#   finds والقدس, بالقدس and للقدس, while فلسطين, بنغلاديش and بيان are still themselves. An
#   Arabic word of four letters or more after any article (see STEM_PREFIX_MIN_LETTERS) also
#   matches as a prefix of a reading (الإرهاب → الإرهابية, للإرهاب), and so does a word typed
#   with "*". A word typed with و ف ب ك ل before its article (بالقدس, للإرهاب) is searched in
#   its article form as well (القدس, الإرهاب): ال marks where the word starts. A word typed
#   with a bare proclitic (بفلسطين) is searched as typed only, since its ب may be a root
#   letter (بيان is not ب + يان). Only p == t is exact, and ranks first.
# - A phrase (a quoted phrase, or one unit like OIC/ACM-2017): consecutive tokens where the
#   first may carry proclitics (its typed word, or an article form of it, is among the first
#   token's readings) and every later word is exactly as typed, the last as a prefix if the
#   phrase ends with "*". In running Arabic it is the phrase's first word that takes و, ب or
#   لل from the sentence around it (وجامو وكشمير, لمنظمة التعاون الإسلامي, للأمم المتحدة);
#   the rest reads as quoted. Only the folded column can express that, since the stemmed column
#   holds several readings per token and so no fixed positions: a phrase is the quoted words
#   with each written form of the first word (proclitic_forms), ORed, in the folded column.
#   A single quoted word is a word that is never prefix-expanded.
# - A word of English or French (not quoted, no "*") also matches every word with the same
#   Snowball stem (text/inflection.py), stemmed for each language since a query does not say
#   its own: the `inflected` column holds each paragraph's stems in its own language.


@dataclass(frozen=True)
class _Plan:
    """How one term is matched."""

    # The first word as typed, then its article forms: what its token's readings must include.
    alternatives: tuple[str, ...]
    stem_prefix: bool  # a single word whose alternatives may be prefixes of readings
    # For each alternative, a string inside every token it matches: the alternative itself, or
    # it without its alef, since a restored reading ال + X comes from a token ending in لX.
    needles: tuple[str, ...]
    # The word's inflection keys (text/inflection.py), among which a text word's key must be;
    # empty for a phrase, a prefix, a quoted word or an Arabic word.
    inflections: tuple[str, ...] = ()
    # An Arabic word's other number (text/arabic_plurals.py), each to be one of a token's
    # readings exactly, never as a prefix (دول must not find الدولي).
    counterparts: tuple[str, ...] = ()


def _bare_letters(token: str) -> int:
    """The token's letters after a leading article and any clitics before it."""
    articles = article_readings(token)
    if articles:
        return min(map(len, articles)) - len("ال")
    if token.startswith("ال") and len(token) - 2 >= 3:
        return len(token) - 2
    return len(token)


@lru_cache(maxsize=4096)
def _plan(term: QueryTerm) -> _Plan:
    first = term.tokens[0]
    alternatives = tuple(dict.fromkeys((first, *article_readings(first))))
    stem_prefix = len(term.tokens) == 1 and (
        term.prefix
        or (
            not term.phrase
            and is_arabic_token(first)
            and _bare_letters(first) >= STEM_PREFIX_MIN_LETTERS
        )
    )
    needles = tuple(a[1:] if a.startswith("ا") else a for a in alternatives)
    if len(term.tokens) > 1 or term.phrase or term.prefix:
        return _Plan(alternatives, stem_prefix, needles)
    if is_arabic_token(first):
        counterparts = tuple(dict.fromkeys(c for a in alternatives for c in number_counterparts(a)))
        return _Plan(alternatives, stem_prefix, needles + counterparts, counterparts=counterparts)
    inflections = query_inflection_keys(first)
    # A word with this stem contains the stem but for the letters Snowball rewrote at its
    # end (countries → countri, travaux → travail): look for all but its last two letters.
    stems = (key[len("en") :] for key in inflections)
    needles += tuple(stem[: max(MIN_PREFIX_LETTERS, len(stem) - 2)] for stem in stems)
    return _Plan(alternatives, stem_prefix, tuple(dict.fromkeys(needles)), inflections)


def _literal(tokens: tuple[str, ...], prefix: bool) -> str:
    """An FTS5 string (a phrase when several tokens), so no user text is ever FTS5 syntax."""
    quoted = '"' + " ".join(tokens).replace('"', '""') + '"'
    return quoted + " *" if prefix else quoted


def _clause(term: QueryTerm) -> str:
    plan = _plan(term)
    if len(term.tokens) == 1:
        alternatives = [f"{FOLDED_COLUMN} : {_literal(term.tokens, term.prefix)}"]
        # Only Arabic tokens have readings other than themselves, and those readings are all
        # Arabic letters: for any other word the stemmed column finds what the folded one
        # does, and looking it up there too would only cost time.
        if is_arabic_token(term.tokens[0]):
            alternatives += [
                f"{STEMMED_COLUMN} : {_literal((word,), plan.stem_prefix)}"
                for word in plan.alternatives
            ]
            alternatives += [
                f"{STEMMED_COLUMN} : {_literal((word,), False)}" for word in plan.counterparts
            ]
        alternatives += [
            f"{INFLECTED_COLUMN} : {_literal((key,), False)}" for key in plan.inflections
        ]
        return "(" + " OR ".join(alternatives) + ")"
    rest = term.tokens[1:]
    phrases = [
        _literal((form, *rest), term.prefix)
        for form in dict.fromkeys(form for a in plan.alternatives for form in proclitic_forms(a))
    ]
    if len(phrases) == 1:
        return f"({FOLDED_COLUMN} : {phrases[0]})"
    return f"({FOLDED_COLUMN} : ({' OR '.join(phrases)}))"


def fts_match_expression(terms: list[QueryTerm]) -> str | None:
    """An FTS5 MATCH string over the indexed columns: every term (or one of its OR
    alternatives) required, every excluded term absent; None when nothing is required."""
    groups: list[list[str]] = []
    excluded: list[str] = []
    for term in terms:
        if term.excluded:
            excluded.append(_clause(term))
        elif term.alternative and groups:
            groups[-1].append(_clause(term))
        else:
            groups.append([_clause(term)])
    if not groups:
        return None
    required = " AND ".join(
        group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in groups
    )
    if not excluded:
        return required
    return f"({required})" + "".join(f" NOT {clause}" for clause in excluded)


def term_clauses(terms: list[QueryTerm]) -> list[str]:
    """The MATCH clause of each term alone, excluded ones too: what FTS5 reads for each."""
    return [_clause(term) for term in terms if term.tokens]


def _original_end(original_text: str, offsets: list[int] | None, folded_end: int) -> int:
    """The original end of a token: its last character plus the marks and tatweel after it."""
    # offsets[folded_end] would also swallow direction controls and spaces-to-be-dropped up to
    # the next folded character; highlighting must cover the vocalized word and nothing else.
    end = folded_end if offsets is None else offsets[folded_end - 1] + 1
    while end < len(original_text) and (
        original_text[end] == TATWEEL
        or (original_text[end] >= "\u0300" and _is_mark(original_text[end]))
    ):
        end += 1
    return end


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _words_containing(folded: str, bounds: list[int], needle: str) -> Iterator[int]:
    """The index of every token of folded (see tokenize_with_bounds) that contains needle."""
    if not needle:
        yield from range(len(bounds) // 2)
        return
    at = folded.find(needle)
    while at >= 0:
        # bounds alternate token starts and ends: an odd index means that
        # bounds[index - 1] <= at < bounds[index], inside token index // 2.
        index = bisect_right(bounds, at)
        if index % 2 == 0:
            at = folded.find(needle, at + 1)  # starts in a separator
            continue
        if at + len(needle) <= bounds[index]:
            yield index // 2
        # Any later occurrence starting in this token runs past its end just the same.
        at = folded.find(needle, bounds[index])


def _matches_at(
    words: list[str], position: int, term: QueryTerm, plan: _Plan, languages: tuple[str, ...]
) -> bool | None:
    """None if the term does not match at position, else whether it matches exactly; a word
    is stemmed in each of languages (the paragraph's)."""
    count = len(term.tokens)
    if position + count > len(words):
        return None
    word = words[position]
    first = term.tokens[0]
    if count == 1:
        if word == first:
            return True
        readings = stem_candidates(word)
        if plan.stem_prefix:
            found = any(r.startswith(a) for a in plan.alternatives for r in readings)
        else:
            found = any(a in readings for a in plan.alternatives)
        if not found and plan.counterparts:
            found = any(c in readings for c in plan.counterparts)
        if not found and plan.inflections:
            found = any(inflection_key(word, lang) in plan.inflections for lang in languages)
        return False if found else None
    last = position + count - 1
    if words[position + 1 : last] != list(term.tokens[1:-1]):
        return None
    typed_last = term.tokens[-1]
    if words[last] != typed_last and not (term.prefix and words[last].startswith(typed_last)):
        return None
    if word == first:
        return words[last] == typed_last
    readings = stem_candidates(word)
    return False if any(a in readings for a in plan.alternatives) else None


def find_match_spans(
    original_text: str, terms: list[QueryTerm], language: str | None = None
) -> list[MatchSpan]:
    """Every place a term (not an excluded one) matches in the original text, as sorted
    non-overlapping spans; words are stemmed in the text's language (if None, in each)."""
    folded, offsets = fold_with_sparse_offsets(original_text)
    languages = INFLECTED_LANGUAGES if language is None else (language,)
    # A matching token contains one of its term's needles (see _Plan), and a phrase's later
    # words occur as typed: only tokens containing a needle are tried, found by str.find rather
    # than testing every word, and a term whose strings are not in the text matches nowhere.
    wanted: list[tuple[QueryTerm, _Plan]] = []
    for term in terms:
        if not term.tokens or term.excluded:
            continue
        plan = _plan(term)
        if any(needle in folded for needle in plan.needles) and all(
            token in folded for token in term.tokens[1:]
        ):
            wanted.append((term, plan))
    if not wanted:
        return []
    words, bounds = tokenize_with_bounds(folded)
    found: list[MatchSpan] = []
    for term, plan in wanted:
        if len(plan.needles) == 1:
            positions: Iterable[int] = _words_containing(folded, bounds, plan.needles[0])
        else:
            positions = sorted(
                {
                    position
                    for needle in plan.needles
                    for position in _words_containing(folded, bounds, needle)
                }
            )
        for position in positions:
            exact = _matches_at(words, position, term, plan, languages)
            if exact is not None:
                start = bounds[2 * position]
                end = bounds[2 * (position + len(term.tokens)) - 1]
                found.append(
                    MatchSpan(
                        start=start if offsets is None else offsets[start],
                        end=_original_end(original_text, offsets, end),
                        exact=exact,
                    )
                )
    return _merge(found)


def _may_be_found(folded: str, term: QueryTerm) -> bool:
    """False when the term surely does not match the folded text (see find_match_spans)."""
    return any(needle in folded for needle in _plan(term).needles) and all(
        token in folded for token in term.tokens[1:]
    )


def text_matches(original_text: str, terms: list[QueryTerm], language: str | None = None) -> bool:
    """Whether a text answers the query as the index would (fts_match_expression): every
    term or one of its alternatives found, no excluded term found. For text outside the
    index, such as notes."""
    # One fold rules out most texts: a required group none of whose terms' strings occur.
    folded = fold(original_text)
    required: list[bool] = []
    for term in terms:
        if not term.tokens or term.excluded:
            continue
        possible = _may_be_found(folded, term)
        if term.alternative and required:
            required[-1] = required[-1] or possible
        else:
            required.append(possible)
    if not required or not all(required):
        return False
    groups: list[bool] = []
    for term in terms:
        found = _may_be_found(folded, term) and bool(
            find_match_spans(original_text, [replace(term, excluded=False)], language)
        )
        if term.excluded:
            if found:
                return False
        elif term.alternative and groups:
            groups[-1] = groups[-1] or found
        else:
            groups.append(found)
    return bool(groups) and all(groups)


def _merge(spans: list[MatchSpan]) -> list[MatchSpan]:
    """Sort spans and join overlapping ones (several terms, or one ligature giving two tokens)."""
    merged: list[MatchSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start < merged[-1].end:
            previous = merged[-1]
            merged[-1] = MatchSpan(
                start=previous.start,
                end=max(previous.end, span.end),
                exact=previous.exact or span.exact,
            )
        else:
            merged.append(span)
    return merged


def rank_key(spans: Sequence[MatchSpan]) -> tuple[int, int, int]:
    """A sort key (smaller first) putting paragraphs with an exact match above stemmed-only ones."""
    exact = sum(1 for span in spans if span.exact)
    return (0 if exact else 1, -exact, -len(spans))


def make_snippet(original_text: str, spans: list[MatchSpan], context_chars: int = 60) -> Snippet:
    """An excerpt around the first match, cut at word boundaries, with "…" where text was cut."""
    length = len(original_text)
    if spans:
        first = min(spans, key=lambda s: (s.start, s.end))
        match_start, match_end = first.start, first.end
    else:
        match_start = match_end = 0
    context = max(0, context_chars)

    # Start after a space within the context before the match, else at the match itself.
    start = max(0, match_start - context)
    if start > 0:
        while start < match_start and not original_text[start - 1].isspace():
            start += 1
    # End before a space within the context after the match, else at the match's end.
    end = min(length, match_end + context)
    if end < length:
        while end > match_end and not original_text[end].isspace():
            end -= 1
    while start < match_start and original_text[start].isspace():
        start += 1
    while end > match_end and original_text[end - 1].isspace():
        end -= 1

    lead = "…" if original_text[:start].strip() else ""
    tail = "…" if original_text[end:].strip() else ""
    # Line breaks become spaces one for one, so offsets inside the excerpt stay valid.
    body = _WHITESPACE_RE.sub(" ", original_text[start:end])
    highlights = tuple(
        (max(span.start, start) - start + len(lead), min(span.end, end) - start + len(lead))
        for span in sorted(spans, key=lambda s: (s.start, s.end))
        if span.end > start and span.start < end
    )
    return Snippet(text=lead + body + tail, start=match_start, end=match_end, highlights=highlights)


def marked(snippet: Snippet) -> str:
    """The snippet's text with every highlight wrapped in ** … ** (for the command line)."""
    pieces: list[str] = []
    position = 0
    for start, end in snippet.highlights:
        pieces += [snippet.text[position:start], "**", snippet.text[start:end], "**"]
        position = end
    pieces.append(snippet.text[position:])
    return "".join(pieces)

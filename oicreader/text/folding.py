"""Search folding, FTS5-exact tokenizing and light Arabic stemming, shared by index and query.

Each concern has its own module (unicode_fold, fts_tokens, arabic_clitics); this one gathers
their public names, the single import the index, the query and the topic matchers use.
"""

from __future__ import annotations

from oicreader.text.arabic_clitics import (
    article_readings,
    is_arabic_token,
    proclitic_forms,
    restem,
    stem_candidates,
    stem_text,
)
from oicreader.text.fts_tokens import tokenize, tokenize_with_bounds
from oicreader.text.unicode_fold import TATWEEL, fold, fold_with_offsets, fold_with_sparse_offsets

__all__ = [
    "TATWEEL",
    "article_readings",
    "fold",
    "fold_with_offsets",
    "fold_with_sparse_offsets",
    "is_arabic_token",
    "proclitic_forms",
    "restem",
    "stem_candidates",
    "stem_text",
    "tokenize",
    "tokenize_with_bounds",
]

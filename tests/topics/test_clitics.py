"""Written forms of known Arabic words, generated from the clitics search reads off words."""

from __future__ import annotations

import pytest

from oicreader.text.folding import fold, stem_candidates
from oicreader.topics.clitics import Article, clitic_forms, split_article


@pytest.mark.parametrize(
    ("written", "article"),
    [
        ("العراق", Article.ALWAYS),
        ("مالي", Article.NEVER),
        ("فلسطين", Article.NEVER),
        ("اللجنة", Article.ALWAYS),
        ("الأمم", Article.OPTIONAL),
    ],
)
def test_every_written_form_reads_back_to_the_word_in_search(
    written: str, article: Article
) -> None:
    # One table of clitics serves both: a form the gazetteer generates is one search reads.
    bare, _ = split_article(written)
    for form in clitic_forms(bare, article):
        readings = stem_candidates(form)
        assert bare in readings or fold("ال") + bare in readings, form


def test_a_name_without_the_article_takes_no_article() -> None:
    bare, has_article = split_article("مالي")
    assert not has_article
    assert "المالي" not in clitic_forms(bare, Article.NEVER)
    assert {"مالي", "ومالي", "بمالي", "لمالي"} <= set(clitic_forms(bare, Article.NEVER))

"""Topic navigation and the cross-language check: themes, places, tags, numbers and dates."""

from __future__ import annotations

from oicreader.topics.crosscheck import Discrepancy, check_document
from oicreader.topics.figures import Figures, read_figures
from oicreader.topics.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    Mention,
    document_mentions,
    load_gazetteer,
    place_paragraphs,
)
from oicreader.topics.index import document_topics, place_topics, tag_topics, topics_for
from oicreader.topics.model import Topic, TopicKind
from oicreader.topics.themes import Lexicon, curated_themes, load_lexicon, themes_for

__all__ = [
    "Discrepancy",
    "Figures",
    "Gazetteer",
    "GazetteerEntry",
    "Lexicon",
    "Mention",
    "Topic",
    "TopicKind",
    "check_document",
    "curated_themes",
    "document_mentions",
    "document_topics",
    "load_gazetteer",
    "load_lexicon",
    "place_paragraphs",
    "place_topics",
    "read_figures",
    "tag_topics",
    "themes_for",
    "topics_for",
]

"""Comparing two revisions of a document, paragraph by paragraph and word by word.

Paragraphs are paired by content (paragraph_alignment.py), so a paragraph inserted after
paragraph 7 shows as one insertion and the later paragraphs as renumbered, not as edits.
Each change has one of four kinds:

- "edited": a paired paragraph whose words changed (it may also have a new number);
- "renumbered": the same words under a new number;
- "inserted": a paragraph only the new revision has;
- "deleted": a paragraph only the old revision has.

Its JSON form (`oicreader diff --json`, one object per line) is
{"from": 8, "to": 9, "lang": "en", "change": "renumbered", "similarity": 1.0, "ops": [...]}
with "from"/"to" null for an inserted/deleted paragraph, and each op
{"op": "delete"|"insert"|"replace", "old": "...", "new": "...",
 "old_start": 0, "old_end": 4, "new_start": 0, "new_end": 5} in code points of the original
paragraph texts. An inserted paragraph has one "insert" op holding its text, a deleted one a
"delete" op; a renumbered paragraph has none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from oicreader.model.document import Document
from oicreader.text.paragraph_alignment import align_paragraphs
from oicreader.text.word_diff import WordChange, word_changes

ChangeKind = Literal["edited", "renumbered", "inserted", "deleted"]


@dataclass(frozen=True)
class ParagraphChange:
    """One paragraph that differs between two revisions, in one language."""

    language: str
    change: ChangeKind
    old_number: int | None
    new_number: int | None
    similarity: float
    words: tuple[WordChange, ...]
    old_text: str | None
    new_text: str | None


def compare_paragraphs(
    old: Mapping[int, str], new: Mapping[int, str], language: str, exact: bool = False
) -> list[ParagraphChange]:
    """The changes between two versions of one language, in reading order."""
    changes: list[ParagraphChange] = []
    for step in align_paragraphs(old, new):
        old_text = old[step.old_number] if step.old_number is not None else None
        new_text = new[step.new_number] if step.new_number is not None else None
        if old_text is None and new_text is not None:
            whole = WordChange("insert", "", new_text, 0, 0, 0, len(new_text))
            changes.append(
                ParagraphChange(
                    language, "inserted", None, step.new_number, 0.0, (whole,), None, new_text
                )
            )
            continue
        if new_text is None and old_text is not None:
            whole = WordChange("delete", old_text, "", 0, len(old_text), 0, 0)
            changes.append(
                ParagraphChange(
                    language, "deleted", step.old_number, None, 0.0, (whole,), old_text, None
                )
            )
            continue
        edits = tuple(word_changes(old_text or "", new_text or "", exact))
        if edits:
            kind: ChangeKind = "edited"
        elif step.old_number != step.new_number:
            kind = "renumbered"
        else:
            continue
        changes.append(
            ParagraphChange(
                language,
                kind,
                step.old_number,
                step.new_number,
                step.similarity,
                edits,
                old_text,
                new_text,
            )
        )
    return changes


def compare_documents(
    old: Document, new: Document, languages: Sequence[str] | None = None, exact: bool = False
) -> list[ParagraphChange]:
    """The changes between two revisions in each language both have (or those asked for)."""
    chosen = languages or [code for code in new.languages if code in old.versions]
    changes: list[ParagraphChange] = []
    for language in chosen:
        old_version, new_version = old.versions.get(language), new.versions.get(language)
        changes += compare_paragraphs(
            old_version.paragraphs if old_version else {},
            new_version.paragraphs if new_version else {},
            language,
            exact,
        )
    return changes


def change_json(change: ParagraphChange) -> dict[str, Any]:
    """The JSON object `oicreader diff --json` prints for one changed paragraph."""
    return {
        "from": change.old_number,
        "to": change.new_number,
        "lang": change.language,
        "change": change.change,
        "similarity": round(change.similarity, 3),
        "ops": [
            {
                "op": word.op,
                "old": word.old,
                "new": word.new,
                "old_start": word.old_start,
                "old_end": word.old_end,
                "new_start": word.new_start,
                "new_end": word.new_end,
            }
            for word in change.words
        ],
    }

"""The reader's re-links of a version's rows, kept with the revision and applied again to the
same files; and the alignment an import would make, as `import --dry-run --json` shows it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from oicreader.align.relinks import corrected, link_groups_of, relinked_version
from oicreader.app.changes import Changes
from oicreader.app.session import Session
from oicreader.importing.import_plan import ImportPlan, document_content_hash
from oicreader.model.document import Document, LanguageVersion
from oicreader.model.paragraph_links import REVIEW_THRESHOLD, Correction, Move, RelinkRefused
from oicreader.store.alignment_corrections import (
    corrections_for,
    keep_alignment_key,
    record_correction,
)
from oicreader.store.connection import transaction
from oicreader.store.relinked_notes import place_notes_on_relinked_rows

__all__ = ["RelinkRefused", "alignment_json", "link_groups_of", "relink", "with_corrections"]


def relink(
    session: Session, reference: str | None, language: str, paragraph: int, move: Move
) -> Changes:
    """Re-link row `paragraph` of one translation of a document's current revision: move its
    first paragraph up to the row before, its last down to the row after, merge it with the
    next row, or split a merged row. Stored in one transaction with the revision's rows, and
    kept under the hash of its files, so that importing the same files again re-links alike."""
    library = session.library
    key = session.find_key(reference)
    document = session.document(key)
    correction = Correction(language, paragraph, move)
    version = relinked_version(document, correction)
    # A revision stored before alignment keys were kept has none, nor has a bundled report
    # loaded then; until its first re-link its text is still the files' text as read and
    # aligned, so the hash of that text is the key an import of those files will carry.
    alignment_key = document.alignment_key or document_content_hash(document)
    before = document.versions[language]
    touched = {
        row
        for row in set(before.paragraphs) | set(version.paragraphs)
        if before.paragraphs.get(row) != version.paragraphs.get(row)
        or _shape(before, row) != _shape(version, row)
    }
    with transaction(library.db):
        revision_id = library.current_revision_id(key)
        library.replace_version_rows(revision_id, language, version.paragraphs, version.links)
        notes = place_notes_on_relinked_rows(
            library,
            key,
            _current_revision(session, key),
            language,
            before.paragraphs,
            version.paragraphs,
            touched,
        )
        keep_alignment_key(library, revision_id, alignment_key)
        record_correction(library, alignment_key, correction)
    # The rows' text moved: search, topics and notes read it from the store again.
    return Changes(
        document=key,
        paragraphs=frozenset(touched),
        notes=frozenset(notes),
        topics_changed=True,
    )


def _current_revision(session: Session, key: str) -> int:
    """The number of a document's current revision."""
    return next(revision.number for revision in session.library.revisions(key) if revision.current)


def _shape(version: LanguageVersion, row: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The rows a row's paragraph covers and where its pieces start (a row without a link
    covers itself, in one piece): what a reader sees of the link besides its text."""
    link = version.links.get(row)
    return (link.spans, link.cuts) if link else ((row,), (0,))


def with_corrections(session: Session, plan: ImportPlan) -> ImportPlan:
    """The plan with the re-links the reader made on the same files applied (once)."""
    if plan.corrected:
        return plan
    corrections = corrections_for(session.library, plan.document.alignment_key)
    document = corrected(plan.document, corrections)
    if document is plan.document:
        return replace(plan, corrected=True)
    return replace(
        plan, document=document, content_hash=document_content_hash(document), corrected=True
    )


def alignment_json(document: Document) -> list[dict[str, Any]]:
    """Each version aligned by content, with its links in order: the source rows, its own
    paragraphs (numbered in the file's order), the kind, the confidence and whether the
    reader should check it. Versions aligned by number are left out."""
    described = []
    for language in document.languages:
        version = document.versions[language]
        if not version.aligned_by_content:
            continue
        links, position = [], 0
        for group in link_groups_of(document, language):
            own = list(range(position + 1, position + len(group.pieces) + 1))
            position += len(group.pieces)
            links.append(
                {
                    "rows": list(group.rows),
                    "paragraphs": own,
                    "kind": group.kind,
                    "mark": group.mark,
                    "confidence": group.confidence,
                    "review": group.confidence < REVIEW_THRESHOLD,
                }
            )
        described.append(
            {
                "lang": language,
                "to": document.source_language,
                "numbered": version.numbered,
                "links": links,
            }
        )
    return described

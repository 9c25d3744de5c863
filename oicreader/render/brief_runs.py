"""A brief's paragraphs in runs: consecutive paragraphs of one document, headed once."""

from __future__ import annotations

from dataclasses import dataclass, field

from oicreader.errors import UserFacingError, explained
from oicreader.model.annotation import Annotation
from oicreader.model.brief import BriefContent, BriefExportChoices
from oicreader.model.document import Document
from oicreader.render.print_choices import LAYOUTS


class BriefExportError(UserFacingError, ValueError):
    """A brief that cannot be exported as asked; the message says what to change."""


@dataclass
class ParagraphRun:
    """Paragraphs that follow each other in the brief and come from one document revision:
    one heading (symbol, title, date) above them, each paragraph cited below itself."""

    first_entry: int  # index of the run's first entry in the brief
    document: Document
    numbers: list[int] = field(default_factory=list)
    notes: list[Annotation] = field(default_factory=list)


def paragraph_runs(content: BriefContent) -> list[ParagraphRun]:
    """The runs of paragraphs, in the brief's order; a brief without a paragraph is refused."""
    runs: list[ParagraphRun] = []
    previous = -2
    for index, entry in enumerate(content.entries):
        if entry.kind != "paragraph" or entry.document is None:
            continue
        run = runs[-1] if runs and previous == index - 1 else None
        if (
            run is None
            or run.document is not entry.document
            or entry.paragraph_number in run.numbers
        ):
            run = ParagraphRun(index, entry.document)
            runs.append(run)
        run.numbers.append(entry.paragraph_number)
        run.notes.extend(entry.notes)
        previous = index
    if not runs:
        raise BriefExportError(
            explained(
                "the brief {title} quotes no paragraph yet: add paragraphs before exporting it",
                title=repr(content.title),
            )
        )
    return runs


def check_choices(choices: BriefExportChoices) -> None:
    """Refuse a layout that does not exist, or several languages for the single layout."""
    if choices.layout not in LAYOUTS:
        raise BriefExportError(
            explained(
                "unknown layout {layout}: use {layouts}",
                layout=repr(choices.layout),
                layouts=", ".join(LAYOUTS),
            )
        )
    if choices.layout == "single" and choices.languages and len(choices.languages) > 1:
        raise BriefExportError(
            explained(
                "the single layout prints one language, not {count}: choose one, or use "
                "side-by-side or interleaved",
                count=len(choices.languages),
            )
        )


def export_languages(
    run: ParagraphRun, choices: BriefExportChoices, brief_language: str
) -> tuple[str, ...]:
    """The languages a run is printed in: those chosen that its document has, in the order
    chosen (by default every language it has, the brief's own first; one for single)."""
    check_choices(choices)
    available = run.document.languages
    if choices.languages is None:
        wanted = sorted(available, key=lambda code: code != brief_language)
        if choices.layout == "single":
            wanted = wanted[:1]
    else:
        wanted = [code for code in choices.languages if code in available]
    if not wanted:
        raise BriefExportError(
            explained(
                "{symbol} has no {languages} version (it has {available}): choose other "
                "languages, or take its paragraphs out of the brief",
                symbol=run.document.symbol,
                languages=", ".join(choices.languages or ()),
                available=", ".join(available),
            )
        )
    return tuple(wanted)


def dated_title(document: Document, language: str) -> str:
    """The line under a run's symbol: the title and the date as the cover writes them in
    `language` (the ISO date when it has none)."""
    version = document.versions.get(language)
    date = (version.front_matter_text("date") if version else None) or document.date
    return f"{document.title(language)} · {date}"

"""What importing a set of report files would do: one document, one language per file.

`import_files` reads every file (text, Word or PDF), tells each one's language (Arabic script,
else English or French by their common words, unless the caller says), aligns the
versions by paragraph number (by content where a version's numbers are absent or disagree
with the source's: see content_alignment.py) and returns an ImportPlan for the reader to
confirm. Nothing is stored: `oicreader.store.revisions.import_plan` commits a plan.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from oicreader.errors import explained
from oicreader.importing.decoding import MAX_FILE_BYTES, TOO_LARGE_ADVICE, decode_report_bytes
from oicreader.importing.errors import ImportProblem
from oicreader.importing.file_formats import FileFormat, format_of
from oicreader.importing.language_detection import detect_language
from oicreader.importing.plain_text import (
    ReportLine,
    parse_report_lines,
    parse_report_text,
    status_of,
)
from oicreader.importing.safe_read import read_user_file, real_path
from oicreader.model.document import AlignmentProblem, Document, LanguageVersion
from oicreader.model.languages import LANGUAGE_NAMES, LANGUAGES

SymbolSource = Literal["given", "cover", "file name"]
# Told of each page of a PDF as it is read: the file, the page, how many pages it has.
FileProgress = Callable[[Path, int, int], None]


@dataclass(frozen=True)
class PlannedFile:
    """One file of an import: its language, how that was decided, and what was read."""

    path: Path
    language: str
    language_given: bool  # False: detected from the text
    file_format: FileFormat
    encoding: str | None  # text files only
    automatic_numbers: int  # Word files: paragraphs numbered by Word's automatic numbering
    right_to_left_paragraphs: int  # Word files: paragraphs marked right-to-left
    version: LanguageVersion
    pages: int = 0  # PDF files: how many pages were read
    footnotes_left_out: int = 0  # PDF files: footnotes kept out of the paragraphs
    # PDF files: the running headers, footers and page numbers left out, each text once.
    left_out_lines: tuple[str, ...] = ()

    @property
    def paragraph_count(self) -> int:
        """How many numbered paragraphs the file holds."""
        return len(self.version.paragraphs)

    def describe(self) -> str:
        """One line for a confirmation: "ar  report.docx  Word, 17 paragraphs (detected)"."""
        if self.file_format == "docx":
            kind = "Word"
            if self.automatic_numbers:
                kind += f", {self.automatic_numbers} numbered automatically"
        elif self.file_format == "pdf":
            kind = f"PDF, {self.pages} page{'' if self.pages == 1 else 's'}"
            if self.footnotes_left_out:
                kind += (
                    f", {self.footnotes_left_out} footnote"
                    f"{'' if self.footnotes_left_out == 1 else 's'} left out"
                )
        else:
            kind = f"text, {self.encoding}"
        how = "given" if self.language_given else "detected"
        return (
            f"{self.language}  {self.path.name}  {kind}, {self.paragraph_count} "
            f"paragraph{'' if self.paragraph_count == 1 else 's'} "
            f"({LANGUAGE_NAMES.get(self.language, self.language)}, {how})"
        )


@dataclass(frozen=True)
class ImportPlan:
    """What would be imported: the files and the document they make together."""

    files: tuple[PlannedFile, ...]
    document: Document
    symbol_source: SymbolSource
    content_hash: str
    # Whether the reader's re-links kept for these files were applied (app.alignment).
    corrected: bool = False

    @property
    def alignment_problems(self) -> list[AlignmentProblem]:
        """Paragraphs a translation lacks, or has without a counterpart in the source."""
        return self.document.alignment_problems()


def import_files(
    paths: Sequence[Path],
    symbol: str | None = None,
    languages: Mapping[Path, str] | None = None,
    password: str | None = None,
    progress: FileProgress | None = None,
) -> ImportPlan:
    """Read report files as the language versions of one document, without storing them.

    `password` opens encrypted PDFs; `progress(path, page, pages)` is told of each PDF page.
    """
    if not paths:
        raise ValueError("no file to import")
    given = {real_path(path): language for path, language in (languages or {}).items()}
    for path, language in given.items():
        if language not in LANGUAGES:
            raise ImportProblem(
                path,
                explained("unknown language {language}", language=repr(language)),
                explained("Use ar, en or fr."),
            )
    seen: dict[Path, Path] = {}
    files: list[PlannedFile] = []
    for path in paths:
        resolved = real_path(path)
        if resolved in seen:
            raise ImportProblem(
                path, explained("is given twice"), explained("Give each language's file once.")
            )
        seen[resolved] = path
        files.append(_read(path, given.get(resolved), password, progress))
    _refuse_shared_languages(files)
    versions = {planned.language: planned.version for planned in files}
    chosen_symbol, source = _symbol(files, symbol)
    document = _document(versions, chosen_symbol, files[0].language)
    content_hash = document_content_hash(document)
    document.alignment_key = content_hash
    return ImportPlan(tuple(files), document, source, content_hash)


def _read(
    path: Path, language: str | None, password: str | None, progress: FileProgress | None
) -> PlannedFile:
    # Read once, with a byte limit: what is checked is what is parsed.
    data = read_user_file(path, MAX_FILE_BYTES, TOO_LARGE_ADVICE)
    kind = format_of(data, path)
    if kind == "pdf":
        return _read_pdf(data, path, language, password, progress)
    if kind == "docx":
        # python-docx (and lxml) load only when a Word file is read: every command and the
        # window import this module, and they cost about 35 ms of start-up.
        from oicreader.importing.word_file import word_lines_from_bytes

        reading = word_lines_from_bytes(data, path)
        chosen, version = _parse_lines(reading.lines, language, path, paragraph_per_line=True)
        return PlannedFile(
            path,
            chosen,
            language is not None,
            kind,
            None,
            reading.automatic_numbers,
            reading.right_to_left_paragraphs,
            version,
        )
    decoded = decode_report_bytes(data, path)
    chosen = language or detect_language(decoded.text)
    version = parse_report_text(decoded.text, chosen, path, decoded.encoding)
    return PlannedFile(path, chosen, language is not None, kind, decoded.encoding, 0, 0, version)


def _read_pdf(
    data: bytes,
    path: Path,
    language: str | None,
    password: str | None,
    progress: FileProgress | None,
) -> PlannedFile:
    # PDFium loads only when a PDF is read, as python-docx does for Word files.
    from oicreader.importing.pdf_layout import read_pdf_report

    def page_read(page: int, pages: int) -> None:
        if progress is not None:
            progress(path, page, pages)

    reading = read_pdf_report(data, path, password, page_read)
    chosen, version = _parse_lines(reading.lines, language, path)
    return PlannedFile(
        path,
        chosen,
        language is not None,
        "pdf",
        None,
        0,
        0,
        version,
        pages=reading.pages,
        footnotes_left_out=reading.footnotes,
        left_out_lines=reading.furniture,
    )


def _parse_lines(
    lines: Sequence[ReportLine],
    language: str | None,
    path: Path,
    paragraph_per_line: bool = False,
) -> tuple[str, LanguageVersion]:
    """The language (given, or detected from the text) and the version read from the lines of
    a Word or PDF file."""
    chosen = language or detect_language("\n".join(line.text for line in lines))
    return chosen, parse_report_lines(lines, chosen, path, paragraph_per_line=paragraph_per_line)


# The languages as a message names them (LANGUAGE_NAMES, translatable).
_LANGUAGE_NAMED = {"ar": explained("Arabic"), "en": explained("English"), "fr": explained("French")}


def _refuse_shared_languages(files: list[PlannedFile]) -> None:
    by_language: dict[str, PlannedFile] = {}
    for planned in files:
        other = by_language.setdefault(planned.language, planned)
        if other is planned:
            continue
        name = _LANGUAGE_NAMED.get(planned.language, planned.language)
        if planned.language_given and other.language_given:
            advice = explained("Give each file a different language: one file per language.")
        else:
            advice = explained(
                "If one of them is in another language, say which (--lang {file}=fr, or ar, en).",
                file=planned.path.name,
            )
        raise ImportProblem(
            planned.path,
            explained(
                "this file and {other} are both {language}; a document has one file per language",
                other=other.path.name,
                language=name,
            ),
            advice,
        )


def _symbol(files: list[PlannedFile], given: str | None) -> tuple[str, SymbolSource]:
    if given and given.strip():
        return given.strip(), "given"
    found: dict[str, PlannedFile] = {}
    for planned in files:
        symbol = planned.version.front_matter_text("symbol")
        if symbol:
            found.setdefault(symbol.upper(), planned)
    if len(found) > 1:
        named = ", ".join(
            f"{p.path.name}: {p.version.front_matter_text('symbol')}" for p in found.values()
        )
        raise ImportProblem(
            files[0].path,
            explained("the files name different document symbols ({named})", named=named),
            explained("Import each document's files separately, or give the symbol with --symbol."),
        )
    if found:
        only = next(iter(found.values()))
        return str(only.version.front_matter_text("symbol")), "cover"
    return files[0].path.stem, "file name"


def _document(versions: dict[str, LanguageVersion], symbol: str, first: str) -> Document:
    # OIC reports are written in Arabic and translated, so Arabic is the source when present.
    source = "ar" if "ar" in versions else first
    if len(versions) > 1:
        # Imported here: aligning by content (and the search folding it uses) takes 30 ms
        # to load, and a single version has nothing to be aligned to.
        from oicreader.importing.content_alignment import aligned_to_source

        versions = aligned_to_source(versions, source)
    ordered = [versions[source], *(v for code, v in versions.items() if code != source)]
    date = next((v.front_matter_text("date") for v in ordered if v.front_matter_text("date")), "")
    status = next((s for s in map(status_of, ordered) if s), "unknown")
    titles = {code: v.front_matter_text("title") or "" for code, v in versions.items()}
    return Document(
        id=document_key(symbol),
        symbol=symbol,
        titles={code: title for code, title in titles.items() if title} or {source: symbol},
        date=date or "",
        status=status,
        source_language=source,
        versions=versions,
        venue={
            code: v.front_matter_text("venue") or ""
            for code, v in versions.items()
            if v.front_matter_text("venue")
        },
    )


def document_key(symbol: str) -> str:
    """A new document's id from its symbol: OIC/ACM-2017/CHAIR-REP → oic-acm-2017-chair-rep."""
    return re.sub(r"[^0-9a-z]+", "-", symbol.casefold()).strip("-") or "document"


def document_content_hash(document: Document) -> str:
    """A hash of a document's text (cover blocks and paragraphs, every language)."""
    content = {
        language: {
            "front_matter": [[block.role, block.text] for block in version.front_matter],
            "paragraphs": {
                str(number): text for number, text in sorted(version.paragraphs.items())
            },
        }
        for language, version in sorted(document.versions.items())
    }
    encoded = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()

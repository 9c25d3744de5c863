"""Markdown export: readable paragraphs and notes, shown literally, Arabic right to left."""

from __future__ import annotations

import re
from functools import cache

import pytest

from oicreader.annotations.markdown import RLM, escape_line, export_markdown
from oicreader.importing.bundle import load_document_folder
from oicreader.model.annotation import PALETTE, Annotation, TextAnchor, new_annotation_id
from oicreader.model.document import Document
from tests.conftest import BUNDLED_FOLDER

KEY = "oic-acm-2017-chair-rep"
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# What comes before the text on a line: a heading or blockquote marker.
MARKER = re.compile(r"^(?:#{1,6} |> )?")


@cache
def bundled() -> Document:
    """The bundled report, read once for the whole module."""
    return load_document_folder(BUNDLED_FOLDER)


def text_of(number: int, language: str) -> str:
    """A paragraph's text in one language of the bundled report."""
    text = bundled().paragraph(number).text(language)
    assert text is not None
    return text


def note(number: int, language: str, text: str, **fields: object) -> Annotation:
    """A note on a whole paragraph of the bundled report."""
    return Annotation(
        id=new_annotation_id(),
        document=KEY,
        revision=1,
        paragraph_number=number,
        language=language,
        note=text,
        created="2024-05-01T09:30:00.000Z",
        **fields,  # type: ignore[arg-type]
    )


def highlight(number: int, language: str, words: str, **fields: object) -> Annotation:
    """A highlight of words in a paragraph of the bundled report."""
    text = text_of(number, language)
    start = text.index(words)
    return note(
        number,
        language,
        str(fields.pop("text", "")),
        anchor=TextAnchor.in_text(text, start, start + len(words)),
        **fields,
    )


def export(annotations: list[Annotation], languages: list[str] | None = None) -> str:
    """Markdown for notes on the bundled report."""
    return export_markdown(annotations, {KEY: bundled()}, languages or ["ar", "en"])


def text_lines(markdown: str) -> list[str]:
    """Each line without its Markdown marker."""
    return [MARKER.sub("", line, count=1) for line in markdown.splitlines()]


def test_paragraph_text_in_each_chosen_language_and_the_note() -> None:
    markdown = export([note(3, "en", "Compare with last year's report.")], ["en", "ar"])
    assert f"> {escape_line(text_of(3, 'en'))}" in markdown
    assert f"> {RLM}{escape_line(text_of(3, 'ar'))}" in markdown
    assert escape_line(text_of(3, "fr")) not in markdown, "French was not chosen"
    assert "Compare with last year's report." in markdown
    assert markdown.index("**en**") < markdown.index("**ar**"), "languages in the chosen order"


def test_grouped_by_document_then_paragraph_in_order() -> None:
    markdown = export([note(10, "en", "tenth"), note(2, "en", "second"), note(2, "en", "again")])
    heading = f"## {RLM}{escape_line(bundled().symbol + ' — ' + bundled().title('ar'))}"
    assert markdown.count("\n## ") == 1
    assert heading in markdown, "symbol and title in the first chosen language"
    assert markdown.index("### Paragraph 2") < markdown.index("### Paragraph 10")
    assert markdown.count("### Paragraph 2\n") == 1
    assert markdown.index("second") < markdown.index("tenth")


def test_note_shows_colour_name_tags_date_and_highlighted_words() -> None:
    markdown = export(
        [
            highlight(
                3,
                "en",
                "Palestinian cause",
                text="Key phrase.",
                tags=("priority",),
                color=PALETTE["yellow"],
            ),
            highlight(1, "en", "New York", color="#123abc"),
        ]
    )
    assert "**Highlight** (en) · yellow · #priority · 2024-05-01" in markdown
    assert "**Highlight** (en) · #123abc · 2024-05-01" in markdown
    assert "\n> Palestinian cause\n" in markdown, "the quote on its own line"
    assert "\n> New York\n" in markdown
    assert "Key phrase." in markdown
    assert PALETTE["yellow"] not in markdown, "a palette colour is named"


def test_markdown_active_characters_in_notes_are_shown_literally() -> None:
    markdown = export(
        [
            note(
                1,
                "en",
                "<script>alert(1)</script> **not bold** _x_ `code` [a](b) | c |\n"
                "# not a heading\n- not a list\n1. not numbered\n    not code &amp;",
            )
        ]
    )
    assert "<script>" not in markdown
    assert r"\<script\>alert(1)\</script\>" in markdown
    assert r"\*\*not bold\*\* \_x\_ \`code\` \[a\](b) \| c \|" in markdown
    lines = markdown.splitlines()
    assert r"\# not a heading  " in lines
    assert r"\- not a list  " in lines
    assert r"1\. not numbered  " in lines
    assert "\u00a0\u00a0\u00a0\u00a0not code \\&amp;" in lines, "indent kept, no code block"


def test_invisible_direction_overrides_in_notes_are_made_visible() -> None:
    markdown = export([note(1, "en", "pay \u202e0001\u202c now\x00")])
    assert "\u202e" not in markdown
    assert "pay {U+202E}0001{U+202C} now{U+0000}" in markdown


def test_deleted_annotations_are_left_out() -> None:
    gone = note(4, "en", "withdrawn remark", deleted="2024-05-02T10:00:00.000Z")
    markdown = export([note(5, "en", "kept remark"), gone])
    assert "kept remark" in markdown
    assert "withdrawn remark" not in markdown
    assert "### Paragraph 4" not in markdown


def test_arabic_lines_start_with_a_right_to_left_mark() -> None:
    ar_note = "هذه ملاحظة بالعربية\nوسطر ثان"
    markdown = export(
        [note(2, "ar", ar_note), highlight(2, "ar", text_of(2, "ar")[0:12]), note(2, "en", "Hi")]
    )
    arabic_lines = [line for line in text_lines(markdown) if len(ARABIC_LETTER.findall(line)) > 5]
    assert len(arabic_lines) >= 5  # title, paragraph, highlighted words, two note lines
    assert all(line.startswith(RLM) for line in arabic_lines), arabic_lines
    assert f"{RLM}هذه ملاحظة بالعربية  " in markdown.splitlines()
    english = [line for line in text_lines(markdown) if line.startswith(("The ", "Hi"))]
    assert english, "English lines are present"
    assert not any(line.startswith(RLM) for line in english)


def test_arabic_stays_in_logical_order_never_reshaped() -> None:
    markdown = export([note(2, "ar", "ملاحظة")])
    assert text_of(2, "ar") in markdown.replace("\\", "")
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", markdown), "no presentation forms"


def test_notes_on_documents_not_in_the_library_are_still_written() -> None:
    elsewhere = note(5, "fr", "Note sur un autre rapport").edited(document="other-report")
    markdown = export([elsewhere])
    assert "## other-report (not in the library)" in markdown
    assert "Note sur un autre rapport" in markdown


def test_a_paragraph_missing_in_a_language_is_said_so() -> None:
    document = bundled()
    missing = Document(
        id=document.id,
        symbol=document.symbol,
        titles=document.titles,
        date=document.date,
        status=document.status,
        source_language=document.source_language,
        versions={"ar": document.versions["ar"]},
    )
    markdown = export_markdown([note(3, "en", "x")], {KEY: missing}, ["ar", "en"])
    assert "*en: this paragraph is not in this language version*" in markdown


def test_no_languages_is_refused_and_no_notes_is_said() -> None:
    with pytest.raises(ValueError, match="at least one language"):
        export_markdown([], {}, [])
    assert "No notes." in export_markdown([], {}, ["en"])

"""Briefing packs through the app layer: named, ordered, kept in the library, editable."""

from __future__ import annotations

import pytest

from oicreader.app import briefs
from oicreader.app.reports import import_reports, read_reports
from oicreader.app.session import Session
from oicreader.errors import UserFacingError
from oicreader.model.brief import BriefItem
from tests.app.conftest import KEY
from tests.store.test_reviews import FINAL_FILES


def paragraph_places(session: Session, brief: int) -> list[tuple[str, int, int]]:
    return [item.reference for item in briefs.load_brief(session, brief).paragraphs]


def test_a_new_brief_is_kept_with_its_title_and_language(session: Session) -> None:
    brief, changes = briefs.create_brief(session, "Al-Quds for the minister", "fr")
    assert changes.brief == brief
    loaded = briefs.load_brief(session, brief)
    assert (loaded.title, loaded.language, loaded.items) == ("Al-Quds for the minister", "fr", ())
    assert [summary.title for summary in briefs.list_briefs(session)] == [
        "Al-Quds for the minister"
    ]


def test_a_brief_outlives_the_session_that_made_it(session: Session) -> None:
    brief, _ = briefs.create_brief(session, "Kept", "en")
    briefs.add_paragraphs(session, brief, "OIC/ACM-2017/CHAIR-REP", [4, 6])
    path = session.path
    session.close()
    with Session.open(path) as again:
        assert paragraph_places(again, briefs.find_brief(again, "kept")) == [
            (KEY, 1, 4),
            (KEY, 1, 6),
        ]


def test_paragraphs_keep_the_order_given_and_are_never_quoted_twice(session: Session) -> None:
    brief, _ = briefs.create_brief(session, "Order", "en")
    briefs.add_paragraphs(session, brief, KEY, [7, 3])
    briefs.add_paragraphs(session, brief, KEY, [3, 5])
    assert [place[2] for place in paragraph_places(session, brief)] == [7, 3, 5]


def test_headings_and_notes_sit_among_paragraphs_where_they_are_put(session: Session) -> None:
    brief, _ = briefs.create_brief(session, "Mixed", "en")
    briefs.add_paragraphs(session, brief, KEY, [4])
    briefs.add_heading(session, brief, "Background", at=0)
    briefs.add_note(session, brief, "Ask the chair about paragraph 4.")
    items = briefs.load_brief(session, brief).items
    assert [(item.kind, item.text or str(item.paragraph_number)) for item in items] == [
        ("heading", "Background"),
        ("paragraph", "4"),
        ("note", "Ask the chair about paragraph 4."),
    ]


def test_items_are_reordered_removed_and_edited(session: Session) -> None:
    brief, _ = briefs.create_brief(session, "Edit", "en")
    briefs.add_paragraphs(session, brief, KEY, [1, 2, 3])
    briefs.add_heading(session, brief, "Draft heading")
    first, second, third, heading = briefs.load_brief(session, brief).items
    briefs.reorder_items(session, brief, [heading.id, third.id, first.id, second.id])
    briefs.remove_items(session, brief, [first.id])
    briefs.edit_item_text(session, brief, heading.id, "Final heading")
    items = briefs.load_brief(session, brief).items
    assert [item.text or item.paragraph_number for item in items] == ["Final heading", 3, 2]


def test_a_reorder_that_forgets_an_item_is_refused(session: Session) -> None:
    brief, _ = briefs.create_brief(session, "Strict", "en")
    briefs.add_paragraphs(session, brief, KEY, [1, 2])
    first, _second = briefs.load_brief(session, brief).items
    with pytest.raises(UserFacingError, match="each of its 2 items once"):
        briefs.reorder_items(session, brief, [first.id])


def test_a_brief_is_renamed_and_a_taken_title_refused(session: Session) -> None:
    brief, _ = briefs.create_brief(session, "One", "en")
    briefs.create_brief(session, "Two", "en")
    briefs.rename_brief(session, brief, "Uno", "ar")
    loaded = briefs.load_brief(session, brief)
    assert (loaded.title, loaded.language) == ("Uno", "ar")
    with pytest.raises(UserFacingError, match="'two' is already in the library"):
        briefs.rename_brief(session, brief, "two")


def test_deleting_a_brief_takes_its_items_and_leaves_the_others(session: Session) -> None:
    gone, _ = briefs.create_brief(session, "Gone", "en")
    kept, _ = briefs.create_brief(session, "Kept", "en")
    briefs.add_paragraphs(session, gone, KEY, [1])
    briefs.add_paragraphs(session, kept, KEY, [2])
    briefs.delete_brief(session, gone)
    assert [summary.title for summary in briefs.list_briefs(session)] == ["Kept"]
    assert session.library.db.execute("SELECT count(*) FROM brief_items").fetchone() == (1,)
    with pytest.raises(UserFacingError, match="no brief 'Gone'"):
        briefs.find_brief(session, "Gone")


def test_a_paragraph_the_document_lacks_is_refused_by_number(session: Session) -> None:
    brief, _ = briefs.create_brief(session, "Missing", "en")
    with pytest.raises(UserFacingError, match="has no paragraph 99"):
        briefs.add_paragraphs(session, brief, KEY, [4, 99])
    assert briefs.load_brief(session, brief).items == ()


def test_a_paragraph_is_pinned_to_the_revision_it_was_read_in(session: Session) -> None:
    brief, _ = briefs.create_brief(session, "Pinned", "en")
    briefs.add_paragraphs(session, brief, KEY, [4])
    import_reports(session, read_reports(FINAL_FILES))  # revision 2 of the bundled report
    briefs.add_paragraphs(session, brief, KEY, [4])
    assert paragraph_places(session, brief) == [(KEY, 1, 4), (KEY, 2, 4)]
    [old, new] = briefs.brief_content(session, brief).entries
    assert old.document is not None and new.document is not None
    assert old.document.paragraph(4).text("en") == session.document(KEY, 1).paragraph(4).text("en")


def test_a_topic_brings_its_paragraphs_from_every_document_newest_first(session: Session) -> None:
    import_reports(session, read_reports(FINAL_FILES, symbol="OIC/ACM-2018/CHAIR-REP"))
    newer = session.find_key("OIC/ACM-2018/CHAIR-REP")
    session.library.db.execute("UPDATE documents SET date = '2018-09-28' WHERE key = ?", [newer])
    brief, _ = briefs.create_brief(session, "Palestine", "en")
    briefs.add_topic(session, brief, "palestine")
    keys = [place[0] for place in paragraph_places(session, brief)]
    assert keys[0] == newer and keys[-1] == KEY
    assert keys == sorted(keys, key=lambda key: key != newer)


def test_an_unknown_topic_is_refused_by_name(session: Session) -> None:
    brief, _ = briefs.create_brief(session, "Nothing", "en")
    with pytest.raises(UserFacingError, match="topic 'no-such-topic'"):
        briefs.add_topic(session, brief, "no-such-topic")


def test_search_results_become_paragraphs_of_the_brief(session: Session) -> None:
    brief, _ = briefs.create_brief(session, "Rohingya", "en")
    briefs.add_search_results(session, brief, "Rohingya")
    numbers = [place[2] for place in paragraph_places(session, brief)]
    assert numbers and all(
        "rohingya" in session.document(KEY).paragraph(number).text("en").casefold()  # type: ignore[union-attr]
        for number in numbers
    )


def test_an_item_whose_document_is_gone_is_refused_by_name_at_export(session: Session) -> None:
    items = [BriefItem.paragraph("removed-report", 1, 3)]
    with pytest.raises(UserFacingError, match="paragraph 3 of removed-report, revision 1"):
        briefs.content_of(session, "Gone", "en", items)


def test_a_brief_needs_a_title_and_a_known_language(session: Session) -> None:
    with pytest.raises(UserFacingError, match="needs a title"):
        briefs.create_brief(session, "  ", "en")
    with pytest.raises(UserFacingError, match="ar, en or fr, not 'de'"):
        briefs.create_brief(session, "German", "de")

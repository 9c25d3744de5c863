"""A version's links to the source rows: stored as rows, rebuilt as groups, re-linked by hand."""

from __future__ import annotations

import pytest

from oicreader.model.paragraph_links import (
    LinkGroup,
    RelinkRefused,
    groups_of,
    relinked,
    rows_of,
)

ROWS = [1, 2, 3, 4]


def groups() -> list[LinkGroup]:
    """Rows 1-4: 1:1, then rows 2 and 3 merged in one paragraph, then a split row 4."""
    return [
        LinkGroup((1,), ("One.",), 0.9),
        LinkGroup((2, 3), ("Two. Three.",), 0.8),
        LinkGroup((4,), ("Four.", "Four again."), 0.7),
    ]


def test_stored_rows_give_back_the_same_groups() -> None:
    texts, links = rows_of(groups())
    assert texts == {1: "One.", 2: "Two. Three.", 3: "Two. Three.", 4: "Four. Four again."}
    assert links[2].spans == links[3].spans == (2, 3) and links[2].mark == "merged"
    assert links[4].cuts == (0, 6) and links[4].mark == "split"
    assert groups_of(ROWS, texts, links) == groups()


def test_a_row_the_version_lacks_is_a_gap_and_a_row_without_link_is_one_to_one() -> None:
    rebuilt = groups_of(ROWS, {1: "One.", 3: "Three."}, {})
    assert [(group.rows, group.pieces, group.mark) for group in rebuilt] == [
        ((1,), ("One.",), "linked"),
        ((2,), (), "missing"),
        ((3,), ("Three.",), "linked"),
        ((4,), (), "missing"),
    ]


def test_moving_a_paragraph_up_joins_it_to_the_row_before() -> None:
    moved = relinked(groups(), 4, "up")
    texts, links = rows_of(moved)
    assert texts[2] == texts[3] == "Two. Three. Four."
    assert texts[4] == "Four again." and links[4].confidence == 1.0


def test_moving_a_paragraph_down_joins_it_to_the_row_after() -> None:
    texts, _ = rows_of(relinked(groups(), 1, "down"))
    assert 1 not in texts and texts[2] == "One. Two. Three."


def test_merging_shows_one_row_against_the_next_and_splitting_undoes_it() -> None:
    merged = relinked(groups(), 1, "merge")
    texts, links = rows_of(merged)
    assert texts[1] == texts[3] == "One. Two. Three." and links[1].spans == (1, 2, 3)
    split = relinked(merged, 2, "split")
    texts, links = rows_of(split)
    assert texts == {1: "One.", 2: "Two.", 3: "Three.", 4: "Four. Four again."}
    assert {row: link.kind for row, link in links.items()} == {
        1: "1:1",
        2: "1:1",
        3: "1:1",
        4: "1:2",
    }


def test_a_merged_paragraph_is_split_at_a_sentence_end() -> None:
    texts, _ = rows_of(relinked(groups(), 3, "split"))
    assert (texts[2], texts[3]) == ("Two.", "Three.")


@pytest.mark.parametrize(
    ("row", "move", "reason"),
    [
        (1, "up", "first row"),
        (4, "down", "last row"),
        (4, "merge", "last row"),
        (1, "split", "not merged"),
        (9, "up", "no row 9"),
    ],
)
def test_a_relink_that_cannot_be_made_is_refused_saying_why(
    row: int, move: str, reason: str
) -> None:
    with pytest.raises(RelinkRefused, match=reason):
        relinked(groups(), row, move)  # type: ignore[arg-type]


def test_a_gap_has_nothing_to_move() -> None:
    with_gap = [LinkGroup((1,), ("One.",), 0.9), LinkGroup((2,), (), 0.0)]
    with pytest.raises(RelinkRefused, match="no paragraph"):
        relinked(with_gap, 2, "up")

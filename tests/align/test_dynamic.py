"""The alignment's building blocks: anchors, kinds of link, confidence and review."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from oicreader.align.anchors import anchors_of
from oicreader.align.dynamic import REVIEW_THRESHOLD, SENTENCE_MOVES, Segment, align_segments
from oicreader.align.paragraphs import align_paragraphs


def test_arabic_indic_and_western_digits_are_the_same_anchor() -> None:
    arabic = anchors_of("عقد الاجتماع يوم ٢٢ سبتمبر ٢٠١٧ في نيويورك.", "ar")
    english = anchors_of("The meeting was held on 22 September 2017 in New York.", "en")
    assert {"number:22", "number:2017", "name:new-york"} <= arabic & english


def test_a_document_symbol_is_an_anchor_in_every_language() -> None:
    assert "symbol:OIC/ACM-2017/CHAIR-REP" in anchors_of("الوثيقة OIC/ACM-2017/CHAIR-REP", "ar")


def test_a_paragraph_the_translation_left_out_is_a_gap_for_review() -> None:
    lengths = [300, 280, 510, 120, 400, 260, 350, 220]
    source = [Segment(length, frozenset({f"number:{n}"})) for n, length in enumerate(lengths)]
    target = [
        Segment(length * 3 // 2, frozenset({f"number:{n}"}))
        for n, length in enumerate(lengths)
        if n != 3
    ]
    links = align_segments(source, target)
    gap = links[3]
    assert (gap.source, gap.target, gap.kind) == ((3,), (), "1:0")
    assert gap.confidence == 0.0 and gap.needs_review
    assert [link.kind for link in links] == ["1:1"] * 3 + ["1:0"] + ["1:1"] * 4


def test_two_paragraphs_rendered_as_one_are_a_merge() -> None:
    source = ["الفقرة الأولى عن عام 1999 وما جرى فيه.", "الفقرة الثانية عن عام 2005 وما تلاه."]
    target = ["The first paragraph, on 1999 and what happened then; the second, on 2005 and after."]
    [link] = align_paragraphs(source, "ar", target, "en")
    assert (link.source, link.target, link.kind) == ((0, 1), (0,), "2:1")
    assert not link.needs_review


def test_every_confidence_lies_between_zero_and_one() -> None:
    source = [Segment(length) for length in (100, 900, 40, 500, 5)]
    target = [Segment(length) for length in (700, 20, 150, 160, 3, 600)]
    links = align_segments(source, target)
    assert all(0.0 <= link.confidence <= 1.0 for link in links)
    assert any(link.confidence < REVIEW_THRESHOLD for link in links)


def test_a_long_block_left_out_is_found_beyond_the_first_band() -> None:
    lengths = [200 + (index * 37) % 300 for index in range(300)]
    source = [Segment(length, frozenset({f"number:{n}"})) for n, length in enumerate(lengths)]
    target = [
        Segment(length * 3 // 2, frozenset({f"number:{n}"}))
        for n, length in enumerate(lengths)
        if not 100 <= n < 140
    ]
    links = align_segments(source, target)
    assert [link.source for link in links if link.kind == "1:0"] == [(n,) for n in range(100, 140)]
    assert all(link.kind in ("1:1", "1:0") for link in links)


SEGMENT = st.builds(
    Segment,
    st.integers(min_value=0, max_value=400),
    st.frozensets(st.sampled_from(["number:1", "number:2", "name:oic", "symbol:A/B"])),
)
SEGMENTS = st.lists(SEGMENT, max_size=30)


# Sequences of very different lengths too: a band around the diagonal must still reach the end.
LOPSIDED = st.one_of(
    st.tuples(SEGMENTS, SEGMENTS),
    st.tuples(st.lists(SEGMENT, max_size=2), st.lists(SEGMENT, min_size=20, max_size=60)),
    st.tuples(st.lists(SEGMENT, min_size=20, max_size=60), st.lists(SEGMENT, max_size=2)),
)


@settings(max_examples=200, deadline=None, database=None)
@given(sides=LOPSIDED)
def test_links_take_every_segment_of_both_sides_once_and_in_order(
    sides: tuple[list[Segment], list[Segment]],
) -> None:
    source, target = sides
    links = align_segments(source, target)
    assert [index for link in links for index in link.source] == list(range(len(source)))
    assert [index for link in links for index in link.target] == list(range(len(target)))
    assert all(link.source or link.target for link in links)
    assert all(0.0 <= link.confidence <= 1.0 for link in links)


def test_one_segment_against_many_is_aligned_across_the_whole_table() -> None:
    links = align_segments([Segment(5000)], [Segment(35)] * 80, SENTENCE_MOVES)
    assert [index for link in links for index in link.target] == list(range(80))
    assert [link.source for link in links if link.source] == [(0,)]


def test_moves_that_cannot_cover_both_sides_give_no_links() -> None:
    only_one_to_one = {(1, 1): 1.0}
    assert align_segments([Segment(10)] * 2, [Segment(10)] * 5, only_one_to_one) == []

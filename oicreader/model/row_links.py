"""How one row's text was found (RowLink), as the store keeps it and the window marks it.

Apart from the link groups and the reader's re-links (model/paragraph_links.py): opening a
document reads these links, and needs none of the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

# Below this confidence a link is shown for review (the aligner's links and the stored
# ones alike; defined here, beside the links, so that reading them needs no aligner).
REVIEW_THRESHOLD = 0.6


def link_mark(rows: int, pieces: int) -> str:
    """ "missing", "merged", "split" or "linked": how rows joined to pieces are marked."""
    if pieces == 0:
        return "missing"
    if rows > 1:
        return "merged"
    return "split" if pieces > 1 else "linked"


# A named tuple, not a frozen dataclass: made on the way to the first paint (README, Code map).
class RowLink(NamedTuple):
    """How one row's text was found: the source rows its paragraph covers (`spans`), the
    kind of link ("1:1", "2:1" merged, "1:2" split), its confidence, and where each of the
    version's own paragraphs starts in the row's text (`cuts`)."""

    spans: tuple[int, ...]
    kind: str
    confidence: float
    cuts: tuple[int, ...] = (0,)

    @property
    def mark(self) -> str:
        """ "merged", "split" or "linked": how the reader sees the row marked."""
        return link_mark(len(self.spans), len(self.cuts))

    @property
    def needs_review(self) -> bool:
        """Whether the link is uncertain enough for the reader to check it."""
        return self.confidence < REVIEW_THRESHOLD

    def as_json(self) -> dict[str, Any]:
        """The stored form of the link."""
        return {
            "spans": list(self.spans),
            "kind": self.kind,
            "confidence": self.confidence,
            "cuts": list(self.cuts),
        }

    @classmethod
    def from_json(cls, stored: Mapping[str, Any]) -> RowLink:
        """A link from its stored form."""
        return cls(
            tuple(int(row) for row in stored["spans"]),
            str(stored["kind"]),
            float(stored["confidence"]),
            tuple(int(cut) for cut in stored.get("cuts", [0])),
        )

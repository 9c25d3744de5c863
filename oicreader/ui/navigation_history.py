"""The places a reader jumped from, across documents, for Back and Forward."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

# As browsers keep: enough for an afternoon of following references, never a growing list.
MAX_PLACES = 100


class Place(NamedTuple):
    """A paragraph of a document in the library (a named tuple: its class is made on the way
    to the first paint, for a sixth of a frozen dataclass's cost)."""

    document_key: str
    paragraph: int


class NavigationHistory:
    """Two bounded stacks of places: where Back and where Forward lead."""

    def __init__(self, limit: int = MAX_PLACES) -> None:
        self.limit = limit
        self.back: list[Place] = []
        self.forward: list[Place] = []

    @property
    def can_go_back(self) -> bool:
        """True while a place lies behind the reader."""
        return bool(self.back)

    @property
    def can_go_forward(self) -> bool:
        """True after a Back, until the next jump."""
        return bool(self.forward)

    def record(self, left: Place) -> None:
        """A jump left this place: Back leads to it, and Forward's places are gone."""
        if not self.back or self.back[-1] != left:
            self.back.append(left)
            del self.back[: -self.limit]
        self.forward.clear()

    def step_back(self, here: Place, arrive: Callable[[Place], bool]) -> Place | None:
        """Go to the last place behind; `arrive` goes there and says whether it could (a
        document since removed cannot be reached, and its place is dropped)."""
        return self._step(self.back, self.forward, here, arrive)

    def step_forward(self, here: Place, arrive: Callable[[Place], bool]) -> Place | None:
        """Undo a Back, as `step_back` does."""
        return self._step(self.forward, self.back, here, arrive)

    def _step(
        self, source: list[Place], target: list[Place], here: Place,
        arrive: Callable[[Place], bool],
    ) -> Place | None:  # fmt: skip
        while source:
            place = source.pop()
            if place != here and arrive(place):
                target.append(here)
                del target[: -self.limit]
                return place
        return None

"""The history behind Back and Forward: bounded, and passing over places it cannot reach."""

from __future__ import annotations

from oicreader.ui.navigation_history import MAX_PLACES, NavigationHistory, Place


def reachable(place: Place) -> bool:
    return True


def test_the_history_keeps_the_last_hundred_places_as_a_browser_does() -> None:
    history = NavigationHistory()
    for number in range(1, 151):
        history.record(Place("report", number))
    assert MAX_PLACES == 100
    assert len(history.back) == 100
    assert history.back[0] == Place("report", 51)
    assert history.back[-1] == Place("report", 150)


def test_a_new_jump_after_back_forgets_the_places_forward() -> None:
    history = NavigationHistory()
    history.record(Place("report", 1))
    assert history.step_back(Place("letter", 2), reachable) == Place("report", 1)
    assert history.can_go_forward
    history.record(Place("report", 1))
    assert not history.can_go_forward


def test_back_passes_over_a_place_it_cannot_reach_and_drops_it() -> None:
    history = NavigationHistory()
    history.record(Place("report", 4))
    history.record(Place("removed", 2))

    def arrive(place: Place) -> bool:
        return place.document_key != "removed"

    assert history.step_back(Place("letter", 1), arrive) == Place("report", 4)
    assert history.back == []
    assert history.forward == [Place("letter", 1)]
    assert history.step_forward(Place("report", 4), arrive) == Place("letter", 1)


def test_back_with_nothing_reachable_stays_and_goes_nowhere() -> None:
    history = NavigationHistory()
    history.record(Place("removed", 2))
    assert history.step_back(Place("letter", 1), lambda place: False) is None
    assert not history.can_go_back and not history.can_go_forward

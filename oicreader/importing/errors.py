"""The one error type importing raises: it names the file, the place and what to do."""

from __future__ import annotations

from pathlib import Path

from oicreader.errors import UserFacingError, explained


class ImportProblem(UserFacingError):
    """A file that cannot be read as a report; the message is meant for the user, as is."""

    def __init__(self, path: Path | str, problem: str, advice: str, place: str | None = None):
        self.path = Path(path)
        self.problem = problem
        self.advice = advice
        self.place = place
        if place:
            super().__init__(
                explained(
                    "{file}: {problem} ({place}). {advice}",
                    file=self.path,
                    problem=problem,
                    place=place,
                    advice=advice,
                )
            )
        else:
            super().__init__(
                explained(
                    "{file}: {problem}. {advice}", file=self.path, problem=problem, advice=advice
                )
            )


class PasswordNeeded(ImportProblem):
    """An encrypted PDF opened without its password, or with a wrong one: the window asks."""

    def __init__(self, path: Path | str, problem: str, advice: str, *, wrong_password: bool):
        super().__init__(path, problem, advice)
        self.wrong_password = wrong_password

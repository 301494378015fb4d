"""Project exceptions whose messages are written for the user who caused them."""

from __future__ import annotations


class UserError(Exception):
    """An error the user can fix; its message is shown as it is (CLI exits 2)."""


class PlanError(UserError):
    """A workshop plan file is unreadable or invalid; lists every problem found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class DataFolderError(UserError):
    """The data folder cannot be used (read-only, full, locked by another instance)."""


class AlreadyRunningError(DataFolderError):
    """Another instance of the app already uses this data folder."""


class NotFoundError(UserError):
    """A workshop, session, group or other item named by the user does not exist."""

"""Project exceptions whose messages are written for the user who caused them."""

from __future__ import annotations

import enum
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without needing Qt here."""
    return text


class UserError(Exception):
    """An error the user can fix; its message is shown as it is (CLI exits 2).

    Raised as ``UserError(template, **params)`` the message is ``template.format(**params)``
    and the UI can show it translated (templates marked with ``QT_TRANSLATE_NOOP("UserError",
    …)`` are picked up by lupdate). A plain message works too.
    """

    def __init__(self, template: str = "", **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


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


class SummaryError(UserError):
    """A group summary file is unreadable, altered, or cannot be imported or exported."""


class AgendaError(UserError):
    """An agenda or timer command that cannot be done as asked (bad timebox, no next item).

    ``code`` names the problem for callers that react to it; the message is a translatable
    template like every ``UserError``'s.
    """

    def __init__(self, template: str, *, code: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.code = code


class CentralErrorKind(enum.Enum):
    """Why the central store could not be used: what the UI branches on, never the words."""

    UNREACHABLE = "unreachable"  # network, server down, shared folder away: try again later
    AUTHENTICATION = "authentication"  # wrong or missing password, unknown role
    PERMISSION = "permission"  # the role may not do this (row-level security, read-only)
    SCHEMA = "schema"  # not a central store (yet), or another version of the app made it
    OTHER = "other"


class CentralStoreError(UserError):
    """The central store cannot be used (unreachable, wrong URL or password, other schema).

    ``kind`` says which, for callers that react differently (offline or an error).
    """

    def __init__(
        self, template: str = "", *, kind: CentralErrorKind = CentralErrorKind.OTHER, **params: Any
    ) -> None:
        super().__init__(template, **params)
        self.kind = kind

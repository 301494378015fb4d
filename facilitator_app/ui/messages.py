"""Showing project errors to the user in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_app.errors import UserError


def user_message(exc: UserError) -> str:
    """The error's message, translated when its template has a translation."""
    template = QCoreApplication.translate("UserError", exc.template)
    if exc.params:
        try:
            return template.format(**exc.params)
        except (KeyError, IndexError, ValueError):
            return str(exc)  # a broken translation must never hide the error itself
    return template or str(exc)

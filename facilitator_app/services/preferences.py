"""Remembered choices of this data folder (last workshop/session/group, folders, …)."""

from __future__ import annotations

from sqlalchemy import select

from facilitator_app.models import Preference
from facilitator_app.store import Store


def get_preference(store: Store, key: str, default: str = "") -> str:
    """The stored value for ``key``, or ``default``."""
    with store.read() as s:
        value = s.scalar(select(Preference.value).where(Preference.key == key))
    return default if value is None else value


def set_preference(store: Store, key: str, value: str) -> None:
    """Store ``value`` under ``key``."""
    with store.transaction() as s:
        row = s.scalar(select(Preference).where(Preference.key == key))
        if row is None:
            s.add(Preference(key=key, value=value))
        elif row.value != value:
            row.value = value

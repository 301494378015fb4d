"""Rows that stay on this laptop: preferences, the change log (outbox), conflicts."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_app.models.base import Entity


class Preference(Entity):
    """A remembered choice (last workshop/session/group, export folder, …)."""

    __tablename__ = "preference"
    __synced__ = False

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ChangeLogEntry(Entity):
    """One local change, written in the same transaction as the change (the outbox)."""

    __tablename__ = "change_log"
    __synced__ = False
    # ix_change_log_row: sync finds the previous version of a row (the merge base) by row.
    __table_args__ = (
        Index("ix_change_log_unacked", "acked_at", "seq"),
        Index("ix_change_log_row", "row_id", "seq"),
    )

    seq: Mapped[int] = mapped_column(unique=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    row_hlc: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)  # JSON snapshot of the row after the change
    acked_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class Conflict(Entity):
    """A version of a row that lost to a later one; kept so no edit is silently dropped."""

    __tablename__ = "conflict"
    __synced__ = False

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    winner_hlc: Mapped[str] = mapped_column(String(40))
    loser_hlc: Mapped[str] = mapped_column(String(40))
    loser_payload: Mapped[str] = mapped_column(Text)

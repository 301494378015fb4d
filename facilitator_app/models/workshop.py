"""What the organisers plan: workshop, sessions, groups, participants, attendance."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_app.models.base import Entity, Tombstoned


class Workshop(Entity):
    """A workshop (idéverksted) as described by an imported plan."""

    __tablename__ = "workshop"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    organiser: Mapped[str] = mapped_column(String(500))
    time_zone: Mapped[str] = mapped_column(String(64))
    # SHA-256 of the last imported plan file: re-importing the same plan is a no-op.
    plan_digest: Mapped[str] = mapped_column(String(64), default="")
    # The plan's certificate rule (sessions to attend); None: the plan sets none, one is
    # enough. It travels to the central store in the workshop row when the plan is published.
    certificate_min_sessions: Mapped[int | None] = mapped_column(default=None)


class Session(Entity, Tombstoned):
    """One session (one workshop day) with its scheduled start and end (local time)."""

    __tablename__ = "session"
    __table_args__ = (UniqueConstraint("workshop_id", "key"),)

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(500))
    date: Mapped[dt.date]
    start_time: Mapped[dt.time]
    end_time: Mapped[dt.time]
    position: Mapped[int] = mapped_column(default=0)


class Group(Entity, Tombstoned):
    """A breakout group of 5–6 people with its facilitator."""

    __tablename__ = "breakout_group"
    __table_args__ = (UniqueConstraint("workshop_id", "key"),)

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(500))
    facilitator: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(default=0)


class Participant(Entity, Tombstoned):
    """A participant. Personal data: names leave the laptop only with consent."""

    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("workshop_id", "key"),)

    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id"), index=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("breakout_group.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(500))
    municipality: Mapped[str] = mapped_column(String(500))
    sector: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(32))
    experience: Mapped[str] = mapped_column(String(32))
    municipality_size: Mapped[str] = mapped_column(String(32))
    region: Mapped[str] = mapped_column(String(500))
    consent_to_be_named: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)


class Attendance(Entity):
    """Whether a participant was present at a session (for certificates)."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session.id"), index=True)
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"))
    present: Mapped[bool] = mapped_column(default=False)


class AgendaItem(Entity, Tombstoned):
    """An agenda item as one group runs it in one session.

    The organisers' fields (title, description, sub-questions, planned timebox) come from
    the plan; the facilitator's (order, status, timebox, note, actual times) are the
    group's own and survive plan updates.
    """

    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("session_id", "group_id", "key"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session.id"), index=True)
    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("breakout_group.id"), index=True)
    # The plan's id; None for an item the facilitator added.
    key: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    sub_questions: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of str
    plan_timebox_min: Mapped[int | None] = mapped_column(default=None)
    timebox_min: Mapped[int]
    position: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    note: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    ended_at: Mapped[dt.datetime | None] = mapped_column(default=None)

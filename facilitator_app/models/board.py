"""What a group captures: sticky-note ideas, clusters, dot votes and timer events."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_app.models.base import Entity, Tombstoned


class Cluster(Entity, Tombstoned):
    """A named group of ideas on the board; it belongs to one question."""

    __tablename__ = "cluster"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session.id"))
    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("breakout_group.id"))
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agenda_item.id"))
    name: Mapped[str] = mapped_column(String(500))


class Idea(Entity, Tombstoned):
    """A sticky note on the whiteboard."""

    __tablename__ = "idea"
    __table_args__ = (Index("ix_idea_board", "session_id", "group_id"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session.id"))
    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("breakout_group.id"))
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agenda_item.id"))
    cluster_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cluster.id"))
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("participant.id"))
    text: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(16), default="#fff59d")
    category: Mapped[str] = mapped_column(String(32), default="measure")
    actor: Mapped[str] = mapped_column(String(32), default="unknown")
    x: Mapped[float] = mapped_column(default=0.0)
    y: Mapped[float] = mapped_column(default=0.0)
    width: Mapped[float] = mapped_column(default=160.0)
    height: Mapped[float] = mapped_column(default=100.0)


class VoteRound(Entity):
    """A dot vote on one question (or the whole board when ``agenda_item_id`` is None)."""

    __tablename__ = "vote_round"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session.id"))
    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("breakout_group.id"))
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agenda_item.id"))
    dots_per_participant: Mapped[int]
    opened_at: Mapped[dt.datetime]
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class DotVote(Entity, Tombstoned):
    """One dot placed on an idea, by a participant or anonymously (participant None)."""

    __tablename__ = "dot_vote"

    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote_round.id"), index=True)
    idea_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("idea.id"), index=True)
    participant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("participant.id"))


class TimerEvent(Entity):
    """A wall-clock event of an agenda item's timer; timer state is computed from these."""

    __tablename__ = "timer_event"
    __table_args__ = (Index("ix_timer_event_item", "agenda_item_id", "at"),)

    agenda_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agenda_item.id"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime]
    seconds: Mapped[int] = mapped_column(default=0)  # for ADJUST: + or − seconds

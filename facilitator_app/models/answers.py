"""The experts' answers to a group's questions (notes of category ``expert_question``)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_app.models.base import Entity


class ExpertAnswer(Entity):
    """One version of the experts' answer to a question note.

    Written by the organisers in the central store and pulled by the group's laptop. A
    correction is a new row that ``replaces_id`` names, never an edit: the history stays,
    and two experts answering at once both keep their words.
    """

    __tablename__ = "expert_answer"
    __table_args__ = (Index("ix_expert_answer_idea", "idea_id", "answered_at"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session.id"))
    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("breakout_group.id"))
    idea_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("idea.id"))
    text: Mapped[str] = mapped_column(Text)
    expert: Mapped[str] = mapped_column(String(200))
    answered_at: Mapped[dt.datetime]
    replaces_id: Mapped[uuid.UUID | None] = mapped_column(default=None)

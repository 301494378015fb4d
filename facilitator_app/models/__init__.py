"""SQLAlchemy 2.0 ORM entities of the local store."""

from facilitator_app.models.answers import ExpertAnswer
from facilitator_app.models.base import Base, Entity, Tombstoned, UTCDateTime, utcnow
from facilitator_app.models.board import Cluster, DotVote, Idea, TimerEvent, VoteRound
from facilitator_app.models.local import ChangeLogEntry, Conflict, Preference
from facilitator_app.models.workshop import (
    AgendaItem,
    Attendance,
    Group,
    Participant,
    Session,
    Workshop,
)

__all__ = [
    "AgendaItem",
    "Attendance",
    "Base",
    "ChangeLogEntry",
    "Cluster",
    "Conflict",
    "DotVote",
    "Entity",
    "ExpertAnswer",
    "Group",
    "Idea",
    "Participant",
    "Preference",
    "Session",
    "TimerEvent",
    "Tombstoned",
    "UTCDateTime",
    "VoteRound",
    "Workshop",
    "utcnow",
]

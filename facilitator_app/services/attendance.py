"""Who was present at which session: stored per tick, needed for certificates."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from facilitator_app.models import Attendance
from facilitator_app.store import Store


def present_ids(store: Store, session_id: uuid.UUID) -> set[uuid.UUID]:
    """Ids of participants marked present at the session."""
    with store.read() as s:
        return set(
            s.scalars(
                select(Attendance.participant_id).where(
                    Attendance.session_id == session_id, Attendance.present.is_(True)
                )
            )
        )


def set_present(
    store: Store, session_id: uuid.UUID, participant_id: uuid.UUID, present: bool
) -> bool:
    """Mark a participant present or absent; returns True when something changed."""
    with store.transaction() as s:
        row = s.scalar(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.participant_id == participant_id
            )
        )
        if row is None:
            s.add(Attendance(session_id=session_id, participant_id=participant_id, present=present))
            return True
        if row.present == present:
            return False
        row.present = present
        return True

"""Planned times of a session's agenda, in the workshop's time zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from facilitator_app.models import AgendaItem, Session, Workshop


def session_bounds(workshop: Workshop, session: Session) -> tuple[dt.datetime, dt.datetime]:
    """Scheduled start and end of the session as aware datetimes in the workshop's zone."""
    zone = ZoneInfo(workshop.time_zone)
    start = dt.datetime.combine(session.date, session.start_time, tzinfo=zone)
    end = dt.datetime.combine(session.date, session.end_time, tzinfo=zone)
    return start, end


def planned_starts(
    workshop: Workshop, session: Session, items: Sequence[AgendaItem]
) -> list[dt.datetime]:
    """Planned start of each item (skipped ones take no time), from the session start."""
    start, _end = session_bounds(workshop, session)
    out = []
    at = start
    for item in items:
        out.append(at)
        if item.status != "skipped":
            at += dt.timedelta(minutes=item.timebox_min)
    return out

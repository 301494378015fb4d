"""Times a person reads, in the workshop's time zone (one clock for the whole app).

The store keeps UTC; the timer, agenda and documents show the workshop's zone. Panels that
had no workshop at hand (sync) used the laptop's zone, so a laptop set to another zone
showed two clocks. These helpers give every panel the workshop's clock, with the zone's
abbreviation where a time could be mistaken for the laptop's.
"""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

from sqlalchemy import select

from facilitator_app.models import Workshop
from facilitator_app.store import Store
from facilitator_app.store.hlc import parse_hlc

UTC = ZoneInfo("UTC")
ZONE_CACHE_S = 5.0
_zones: dict[tuple[int, str], tuple[float, ZoneInfo]] = {}


def workshop_zone(store: Store) -> ZoneInfo:
    """The zone of the workshop this data folder works on (the one chosen last; the first
    one imported when none was chosen yet); UTC when there is none or it is unknown.

    Looked up at most every ``ZONE_CACHE_S`` seconds per data folder: the sync panel asks
    once per conflict row, and each lookup is a handful of queries.
    """
    key = (id(store), str(store.data_dir))
    cached = _zones.get(key)
    if cached is not None and time.monotonic() - cached[0] < ZONE_CACHE_S:
        return cached[1]
    zone = _lookup_zone(store)
    _zones[key] = (time.monotonic(), zone)
    return zone


def _lookup_zone(store: Store) -> ZoneInfo:
    from facilitator_app.services.workshop import remembered_context

    context = remembered_context(store)
    name = context.workshop.time_zone if context is not None else None
    if name is None:
        with store.read() as s:
            name = s.scalar(select(Workshop.time_zone).order_by(Workshop.created_at).limit(1))
    try:
        return ZoneInfo(name) if name else UTC
    except (KeyError, ValueError):
        return UTC


def time_text(when: dt.datetime, zone: ZoneInfo, *, with_date: bool = False) -> str:
    """``09:15:02 CEST`` (or ``2021-09-22 09:15:02 CEST``): ``when`` on the workshop's
    clock, with the zone's abbreviation so it is not taken for the laptop's own time."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)  # the store's naive times are UTC
    local = when.astimezone(zone)
    pattern = "%Y-%m-%d %H:%M:%S" if with_date else "%H:%M:%S"
    return f"{local.strftime(pattern)} {local.tzname()}"


def workshop_time_text(store: Store, when: dt.datetime, *, with_date: bool = False) -> str:
    """``time_text`` in the zone of the store's workshop."""
    return time_text(when, workshop_zone(store), with_date=with_date)


def stamp_time_text(store: Store, stamp: str) -> str:
    """The wall-clock time of a version stamp (HLC), with date, on the workshop's clock."""
    wall_ms, _counter, _node = parse_hlc(stamp)
    when = dt.datetime.fromtimestamp(wall_ms / 1000, tz=dt.UTC)
    return workshop_time_text(store, when, with_date=True)

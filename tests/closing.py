"""Test helper: the organisers' store of a laptop's workshop, and closing the workshop in
it as the organisers' purge records it (``sync/purge.py`` runs the whole purge; the
tests that use this one look at what a laptop makes of the record)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from facilitator_app.store import Store
from facilitator_app.sync.central_store import CentralStore, init_central, sqlite_url
from facilitator_app.sync.closed import record_closed
from facilitator_app.sync.service import set_configured_url

CLOSED_AT = dt.datetime(2021, 10, 1, 12, tzinfo=dt.UTC)


def organisers_store(store: Store, folder: Path) -> str:
    """A new organisers' store in ``folder``, set as the laptop's; returns its URL."""
    url = sqlite_url(folder / "central.sqlite3")
    init_central(url).close()
    set_configured_url(store, str(folder))
    return url


def close_workshop(
    url: str, workshop_id: uuid.UUID, key: str, title: str, groups: list[uuid.UUID]
) -> None:
    """Record the workshop as closed in the store at ``url``."""
    central = CentralStore.open(url)
    try:
        with central.engine.begin() as conn:
            record_closed(
                conn,
                workshop={"id": workshop_id, "key": key, "title": title},
                group_ids=[str(g) for g in groups],
                row_ids=[str(workshop_id)],
                kept_public=True,
                now=CLOSED_AT,
            )
    finally:
        central.close()

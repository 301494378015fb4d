"""One sync: open the central store, push the outbox, pull what is new, report.

Also where the laptop remembers which central store to use. The password is never
stored here: the UI keeps it in the system keyring (see ``sync.credentials``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from facilitator_app.models import Conflict, Preference
from facilitator_app.store import Store
from facilitator_app.sync.central_store import (
    CentralStore,
    check_url,
    default_central_url,
    display_url,
    resolve_central_url,
)
from facilitator_app.sync.presence import record_sync
from facilitator_app.sync.pull import PullResult, pull
from facilitator_app.sync.push import DEFAULT_BATCH, PushResult, push, waiting

URL_KEY = "sync.central_url"


@dataclass
class SyncReport:
    """What one sync sent and received."""

    where: str
    pushed: PushResult = field(default_factory=PushResult)
    pulled: PullResult = field(default_factory=PullResult)
    waiting: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        """Plain-language lines for the command line."""
        p, q = self.pushed, self.pulled
        sent = ", ".join(f"{n} {t}" for t, n in sorted(p.tables.items())) or "nothing"
        got = ", ".join(f"{n} {t}" for t, n in sorted(q.received.items())) or "nothing"
        out = [
            f"central store: {self.where}",
            f"sent: {p.sent} change(s) ({sent}) in {p.batches} batch(es); "
            f"stored {p.stored}, already there {p.unchanged}"
            + (f", not ours to send {p.skipped}" if p.skipped else ""),
            f"received: {q.total} row(s) ({got})",
        ]
        if p.recovered:
            out.append(f"recovered: {p.recovered} change(s) the store had already committed")
        if q.kept_local:
            out.append(f"kept: {q.kept_local} newer local change(s), sent next time")
        if p.conflicts or q.conflicts:
            out.append(
                f"conflicts: {max(p.conflicts, q.conflicts)} version(s) lost to a later edit; "
                "kept in the conflicts list"
            )
        out.append(f"waiting: {self.waiting} change(s)")
        return out


def configured_url(store: Store) -> str:
    """The central store this laptop syncs with (the demo's SQLite file by default)."""
    with store.read() as s:
        value = s.scalar(select(Preference.value).where(Preference.key == URL_KEY))
    return value or default_central_url(store.data_dir)


def set_configured_url(store: Store, spec: str) -> str:
    """Remember the central store (a URL, folder or file); returns the URL.

    A password typed into the URL is refused: it would end up in a file.
    """
    from sqlalchemy.engine import make_url

    from facilitator_app.errors import CentralStoreError

    url = resolve_central_url(spec)
    check_url(url)
    try:
        if make_url(url).password:
            raise CentralStoreError(
                "Do not put the password in the address: type it in the password field "
                "(it goes to the system keyring)."
            )
    except ValueError:
        pass
    with store.transaction() as s:
        pref = s.scalar(select(Preference).where(Preference.key == URL_KEY))
        if pref is None:
            s.add(Preference(key=URL_KEY, value=url))
        else:
            pref.value = url
    return url


def is_default(store: Store, url: str) -> bool:
    """True for the demo's built-in central store inside the data folder."""
    return url == default_central_url(store.data_dir)


def open_central(store: Store, url: str, password: str | None = None) -> CentralStore:
    """Open the central store; the built-in default one is created on first use."""
    create = is_default(store, url) and not Path(url.removeprefix("sqlite:///")).exists()
    return CentralStore.open(url, password, create=create)


def sync_once(
    store: Store,
    url: str | None = None,
    password: str | None = None,
    *,
    batch_size: int | None = None,
) -> SyncReport:
    """Push every waiting change, then pull; raises ``CentralStoreError`` with the reason."""
    started = time.perf_counter()
    url = url or configured_url(store)
    central = open_central(store, url, password)
    try:
        report = SyncReport(display_url(url))
        report.pushed = push(store, central, batch_size=max(1, batch_size or DEFAULT_BATCH))
        report.pulled = pull(store, central)
        if report.pulled.separated:
            # Send the notes moved apart now, so the other laptop gets them on its next sync.
            again = push(store, central, batch_size=max(1, batch_size or DEFAULT_BATCH))
            report.pushed.sent += again.sent
            report.pushed.stored += again.stored
            report.pushed.unchanged += again.unchanged
            report.pushed.conflicts += again.conflicts
        # Last, so the organisers' desk shows a sync only once it fully completed.
        record_sync(store, central)
    finally:
        central.close()
    report.waiting = waiting(store)
    report.seconds = time.perf_counter() - started
    return report


def conflict_count(store: Store) -> int:
    """How many losing versions this laptop knows of."""
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(Conflict)) or 0)

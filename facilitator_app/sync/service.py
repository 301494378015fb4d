"""One sync: open the central store, push the outbox, pull what is new, report.

Also where the laptop remembers which central store to use. The password is never
stored here: the UI keeps it in the system keyring (see ``sync.credentials``).
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from facilitator_app.errors import QT_TRANSLATE_NOOP, CentralStoreError, UserError
from facilitator_app.models import Conflict, Preference
from facilitator_app.services.purge import note_closed
from facilitator_app.store import Store
from facilitator_app.store.changelog import forget_delivery_store
from facilitator_app.store.hlc import parse_hlc
from facilitator_app.sync.central_store import (
    CENTRAL_FILE,
    CentralStore,
    check_url,
    default_central_url,
    display_url,
    resolve_central_url,
)
from facilitator_app.sync.closed import ClosedWorkshop, closed_on_laptop, open_groups
from facilitator_app.sync.delivery import laptop_groups
from facilitator_app.sync.presence import record_sync
from facilitator_app.sync.pull import PullResult, pull
from facilitator_app.sync.push import DEFAULT_BATCH, PushResult, push, waiting
from facilitator_app.sync.receipt import Receipt, check, describe, verify

URL_KEY = "sync.central_url"


@dataclass
class SyncReport:
    """What one sync sent and received."""

    where: str
    pushed: PushResult = field(default_factory=PushResult)
    pulled: PullResult = field(default_factory=PullResult)
    waiting: int = 0
    seconds: float = 0.0
    receipt: Receipt | None = None
    details: dict[uuid.UUID, list[str]] = field(default_factory=dict)  # receipt, in words
    local_only: bool = False  # the store inside the data folder: the organisers see nothing
    closed: list[ClosedWorkshop] = field(default_factory=list)  # this laptop's, by organisers

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
        if q.refused:
            out.append(
                f"refused: {q.refused} row(s) whose content contradicts the store's own "
                "columns (forged or damaged); they were not applied"
            )
        if q.kept_local:
            out.append(f"kept: {q.kept_local} newer local change(s), sent next time")
        if p.conflicts or q.conflicts:
            out.append(
                f"conflicts: {max(p.conflicts, q.conflicts)} version(s) lost to a later edit; "
                "kept in the conflicts list"
            )
        out.append(f"waiting: {self.waiting} change(s)")
        for c in self.closed:
            out.append(
                f"closed: the organisers closed workshop {c.key} on {c.closed_at:%Y-%m-%d} and "
                "removed its personal data from their store; it keeps nothing more of it"
                + (
                    f" ({p.closed_by[c.workshop_id]} change(s) from this laptop not kept)"
                    if p.closed_by[c.workshop_id]
                    else ""
                )
                + f". Remove it from this laptop: facilitator-app purge --workshop {c.key}"
            )
        out.extend(self.receipt_lines())
        return out

    def receipt_lines(self) -> list[str]:
        """What the receipt found, in words (empty without one)."""
        r = self.receipt
        if r is None:
            return []
        out = []
        if r.resent:
            out.append(
                f"sent again: {r.resent} row(s) of {', '.join(r.resent_groups)} the store "
                "lacked (it was restored, replaced or missed them)"
            )
        for g in r.groups:
            rows = sum(g.counts.values())
            if g.complete:
                out.append(f"receipt: the store holds all {rows} row(s) of group {g.name}")
            else:
                out.append(f"receipt: group {g.name} is NOT complete in the store:")
                out.extend(f"  {line}" for line in self.details.get(g.group_id, []))
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
        if (default_central_url(store.data_dir) if pref is None else pref.value) != url:
            # Another store: what counts as delivered is that store's, once met.
            forget_delivery_store(s)
        if pref is None:
            s.add(Preference(key=URL_KEY, value=url))
        else:
            pref.value = url
    return url


def without_password(url: str) -> str:
    """``url`` without a password typed into it (that must never be kept in a file)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return url  # not an address at all: set_configured_url says why
    if not parsed.password:
        return url
    return parsed.set(password=None).render_as_string(hide_password=False)


def is_default(store: Store, url: str) -> bool:
    """True for the demo's built-in central store inside the data folder."""
    return url == default_central_url(store.data_dir)


def open_central(store: Store, url: str, password: str | None = None) -> CentralStore:
    """Open the central store; the built-in one in the data folder is created or upgraded."""
    create = is_default(store, url)
    return CentralStore.open(url, password, create=create)


def sync_once(
    store: Store,
    url: str | None = None,
    password: str | None = None,
    *,
    batch_size: int | None = None,
    receipt: bool = True,
) -> SyncReport:
    """Push every waiting change, pull, check the receipt; raises ``CentralStoreError``.

    ``receipt=False`` leaves the check out (the benchmark measures what it costs).
    """
    try:
        return _sync(store, url, password, batch_size, receipt)
    except UserError:
        raise
    except Exception as exc:
        # Whatever else stops a sync (a row this laptop cannot take, a bug) is told in
        # words, which the CLI and the window show; the cause stays chained for developers.
        raise CentralStoreError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Sync stopped: this laptop could not take what the central store sent "
                "({reason}). Nothing was lost; the changes wait here and go with the next "
                "sync. If this happens again, tell the organisers.",
            ),
            reason=f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
        ) from exc


def _sync(
    store: Store, url: str | None, password: str | None, batch_size: int | None, receipt: bool
) -> SyncReport:
    started = time.perf_counter()
    url = url or configured_url(store)
    central = open_central(store, url, password)
    try:
        report = SyncReport(display_url(url), local_only=is_default(store, url))
        report.pushed = push(store, central, batch_size=max(1, batch_size or DEFAULT_BATCH))
        report.pulled = pull(store, central)
        if report.pulled.separated:
            # Send the notes moved apart now, so the other laptop gets them on its next sync.
            again = push(store, central, batch_size=max(1, batch_size or DEFAULT_BATCH))
            report.pushed.sent += again.sent
            report.pushed.add(again)
        report.closed = closed_on_laptop(store, central)
        # The laptop remembers it (its purge then says what was not kept), and forgets it
        # when this store has not closed the workshop (another store was chosen).
        note_closed(
            store,
            {
                uuid.UUID(c.workshop_id): (c.closed_at, report.pushed.closed_by[c.workshop_id])
                for c in report.closed
            },
        )
        if receipt:
            # A receipt, not a belief: compare what the store holds for this laptop's
            # groups with what the laptop holds, and send again what it lacks.
            # Not the groups of a workshop the organisers closed: the store keeps none.
            groups = open_groups(laptop_groups(store), report.closed)
            report.receipt, extra = verify(store, central, groups)
            report.details = {
                g.group_id: describe(store, g) for g in report.receipt.groups if not g.exact
            }
            if extra is not None:
                for table, n in extra.received.items():
                    report.pulled.received[table] = report.pulled.received.get(table, 0) + n
                report.pulled.ideas.extend(extra.ideas)
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


def check_delivery(store: Store, url: str | None = None, password: str | None = None) -> Receipt:
    """The receipt alone: compare the store with this laptop, change nothing."""
    url = url or configured_url(store)
    central = open_central(store, url, password)
    try:
        closed = closed_on_laptop(store, central)
        receipt = check(store, central, open_groups(laptop_groups(store), closed))
        receipt.closed = [c.key for c in closed]
        return receipt
    finally:
        central.close()


@dataclass(frozen=True)
class LostVersion:
    """A version that lost to a concurrent change, as the sync panel lists it."""

    table: str
    what: str  # the note's text, the item's title or the person's name
    written: dt.datetime  # when it was written (UTC, from its stamp)


def lost_versions(store: Store) -> list[LostVersion]:
    """Every losing version known on this laptop, newest first."""
    out = []
    with store.read() as s:
        for conflict in s.scalars(select(Conflict).order_by(Conflict.loser_hlc.desc())):
            payload = json.loads(conflict.loser_payload)
            what = payload.get("text") or payload.get("title") or payload.get("name") or ""
            wall_ms, _counter, _node = parse_hlc(conflict.loser_hlc)
            written = dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC)
            out.append(LostVersion(conflict.table_name, str(what), written))
    return out


@dataclass(frozen=True)
class Destination:
    """Where this laptop delivers, for words a facilitator understands.

    ``kind`` is ``"laptop"`` (the store inside the data folder: the organisers see
    nothing), ``"folder"`` (a SQLite store, ``where`` its folder or file) or ``"server"``
    (PostgreSQL, ``where`` the host and database).
    """

    kind: str
    where: str


def destination(store: Store, url: str) -> Destination:
    """Describe the store at ``url`` as the laptop's destination."""
    from sqlalchemy.engine import make_url

    if is_default(store, url):
        return Destination("laptop", str(store.data_dir))
    try:
        parsed = make_url(url)
    except ValueError:
        return Destination("server", display_url(url))
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        return Destination("folder", str(path.parent if path.name == CENTRAL_FILE else path))
    host = parsed.host or "localhost"
    return Destination("server", f"{host}/{parsed.database or ''}")

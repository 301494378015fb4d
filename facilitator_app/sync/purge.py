"""Removing a finished workshop's personal data from the central store.

Refused unless every group delivered data and the certificates were issued from the
attendance as it is now (attendance goes; see ``certificates.not_in_register``). Without
``keep_public_results`` every row of the workshop goes; with it, what the public report
needs stays, without persons: participants and attendance go, authors and
voters are cleared, facilitators' names and notes are blanked, and names of plan people
typed into texts are replaced as in the public report. Losing versions of the workshop's
rows (``central_conflict``) go in both cases: they are old copies of the same data. The
certificate register stays, so issued certificates can still be verified.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, func, select, update

from facilitator_app.errors import UserError
from facilitator_app.services.anonymise import NameScrubber
from facilitator_app.sync.central_schema import certificate_table, conflict_table, entity_tables
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.certificates import not_in_register
from facilitator_app.sync.closed import record_closed
from facilitator_app.sync.push import lock_counter, read_counter
from facilitator_app.sync.report_counts import without_data
from facilitator_app.sync.report_rows import Row, WorkshopRows, as_uuid, load_workshop_rows

GROUP_TABLES = ("agenda_item", "cluster", "idea", "vote_round", "dot_vote", "timer_event")


class PurgeError(UserError):
    """A purge that must not run now (data not delivered, certificates not issued)."""


class _Moved(Exception):
    """Changes arrived between reading the workshop's rows and locking the store."""


@dataclass
class PurgeResult:
    """What a purge removed and what it kept, counted per kind of row."""

    removed: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    names_replaced: int = 0
    accepted_missing: str = ""  # groups and sessions purged with nothing arrived

    def lines(self) -> list[str]:
        """Plain lines for the command line."""
        out = [
            "removed: "
            + (", ".join(f"{n} {t}" for t, n in sorted(self.removed.items())) or "nothing")
        ]
        if self.accepted_missing:
            out.append(f"nothing had arrived for (accepted): {self.accepted_missing}")
        if self.changed:
            out.append(
                "made anonymous: " + ", ".join(f"{n} {t}" for t, n in sorted(self.changed.items()))
            )
            out.append(f"names replaced in texts: {self.names_replaced}")
        out.append(
            "kept: " + (", ".join(f"{n} {t}" for t, n in sorted(self.kept.items())) or "nothing")
        )
        return out


def _organisers_only(central: CentralStore) -> None:
    if not central.is_organiser:
        raise PurgeError(
            "Only the organisers' role can purge a workshop; connected as '{role}'.",
            role=central.role,
        )


def check_purge_workshop(
    central: CentralStore, workshop_key: str, *, accept_missing: bool = False
) -> str:
    """The workshop's title if it may be purged now, else ``PurgeError`` saying why
    (changes nothing: to ask for a confirmation before ``purge_workshop``, which checks
    again)."""
    _organisers_only(central)
    rows = load_workshop_rows(central, workshop_key, live_only=False)
    with central.engine.connect() as conn:
        _refuse_unless_ready(conn, rows, accept_missing)
        conn.rollback()
    return str(rows.workshop.get("title") or rows.workshop["key"])


def purge_workshop(
    central: CentralStore,
    workshop_key: str,
    *,
    keep_public_results: bool = False,
    accept_missing: bool = False,
) -> PurgeResult:
    """Purge one workshop's personal data from the central store (see the module doc)."""
    _organisers_only(central)
    for _attempt in range(3):
        with central.engine.connect() as conn:
            counter = read_counter(conn)
        rows = load_workshop_rows(central, workshop_key, live_only=False)
        try:
            with central.engine.begin() as conn:
                # Pushes wait for the counter's lock: no change can arrive between the
                # checks and the end of the purge. One that came after the rows were
                # read means reading them again.
                if lock_counter(conn, central) != counter:
                    raise _Moved
                return _purge(conn, rows, keep_public_results, accept_missing)
        except _Moved:
            continue
    raise PurgeError(
        "Not purged: laptops kept syncing changes to the store while it was being purged. "
        "Try again when the groups have stopped working; nothing was removed."
    )


def _refuse_unless_ready(
    conn: Connection, rows: WorkshopRows, accept_missing: bool
) -> tuple[int, str]:
    """Raise ``PurgeError`` while the workshop must not be purged; else the number of
    certificates issued and what was accepted as missing ("" for nothing)."""
    silent = [g["name"] for g in rows.groups if g["id"] not in rows.delivered]
    if silent:
        raise PurgeError(
            "Not purged: no data has arrived from {groups}. Sync or ingest their results "
            "first; nothing was removed.",
            groups=", ".join(silent),
        )
    # After the purge the store keeps nothing more of the workshop (sync/closed.py): what
    # a laptop has not delivered by then is lost to the results.
    missing = without_data(rows)
    if missing and not accept_missing:
        raise PurgeError(
            "Not purged: nothing has arrived for {boards}. Sync or ingest their results "
            "first; after the purge the store takes nothing more of this workshop. If a "
            "group did not meet in a session, purge with --accept-missing. Nothing was "
            "removed.",
            boards=missing_text(missing, len(rows.groups)),
        )
    wid = as_uuid(rows.workshop["id"])
    issued = conn.execute(
        select(func.count()).where(certificate_table.c.workshop_id == wid)
    ).scalar_one()
    if rows.attendance and not issued:
        raise PurgeError(
            "Not purged: the certificates of {workshop} have not been issued, and purging "
            "removes the attendance they are made from. Run 'central certificates' first.",
            workshop=rows.workshop["key"],
        )
    outdated = not_in_register(conn, rows)
    if outdated:
        raise PurgeError(
            "Not purged: attendance of {count} participant(s) ({names}) arrived or "
            "changed after the certificates were issued, and purging removes it. Run "
            "'central certificates' again first; nothing was removed.",
            count=len(outdated),
            names=", ".join(outdated[:5]) + (", …" if len(outdated) > 5 else ""),
        )
    return int(issued), missing_text(missing, len(rows.groups))


def missing_text(missing: list[tuple[Row, Row]], groups: int) -> str:
    """ "Sesjon 2: every group; Sesjon 3: Gruppe 1, Gruppe 4" for the sessions and groups
    of which nothing arrived (``groups``: how many groups the workshop has)."""
    by_session: dict[str, tuple[str, list[str]]] = {}
    for session, group in missing:
        by_session.setdefault(session["id"], (session["title"], []))[1].append(group["name"])
    return "; ".join(
        f"{title}: {'every group' if len(names) == groups else ', '.join(names)}"
        for title, names in by_session.values()
    )


def _purge(
    conn: Connection, rows: WorkshopRows, keep_public_results: bool, accept_missing: bool
) -> PurgeResult:
    issued, accepted_missing = _refuse_unless_ready(conn, rows, accept_missing)
    wid = as_uuid(rows.workshop["id"])
    group_ids = [as_uuid(g["id"]) for g in rows.groups]
    result = PurgeResult(accepted_missing=accepted_missing)
    # From now on the store keeps nothing more of the workshop (sync/closed.py).
    record_closed(
        conn,
        workshop=rows.workshop,
        group_ids=[g["id"] for g in rows.groups],
        row_ids=[rows.workshop["id"], *(s["id"] for s in rows.sessions)],
        kept_public=keep_public_results,
        now=dt.datetime.now(dt.UTC),
    )
    result.kept["certificates in the register"] = int(issued)
    people = [as_uuid(p["id"]) for p in rows.participants]
    result.removed["participants"] = _delete(conn, "participant", people)
    result.removed["attendance ticks"] = _delete(
        conn, "attendance", [as_uuid(a["id"]) for a in rows.attendance]
    )
    result.removed["conflict copies"] = int(
        conn.execute(
            delete(conflict_table).where(
                conflict_table.c.group_id.in_(group_ids)
                | conflict_table.c.row_id.in_([*people, wid])
            )
        ).rowcount
    )
    if keep_public_results:
        _anonymise(conn, rows, result)
    else:
        for name in GROUP_TABLES:
            t = entity_tables[name]
            result.removed[name.replace("_", " ") + "s"] = int(
                conn.execute(delete(t).where(t.c.group_id.in_(group_ids))).rowcount
            )
        result.removed["groups"] = _delete(conn, "breakout_group", group_ids)
        result.removed["sessions"] = _delete(
            conn, "session", [as_uuid(s["id"]) for s in rows.sessions]
        )
        result.removed["workshop"] = _delete(conn, "workshop", [wid])
    return result


def _delete(conn: Connection, table: str, ids: list[uuid.UUID]) -> int:
    t = entity_tables[table]
    done = 0
    for start in range(0, len(ids), 500):
        done += int(conn.execute(delete(t).where(t.c.id.in_(ids[start : start + 500]))).rowcount)
    return done


def _rewrite(conn: Connection, table: str, payload: dict[str, object]) -> None:
    t = entity_tables[table]
    conn.execute(
        update(t)
        .where(t.c.id == as_uuid(payload["id"]))
        .values(payload=json.dumps(payload, ensure_ascii=False, sort_keys=True))
    )


def _anonymise(conn: Connection, rows: WorkshopRows, result: PurgeResult) -> None:
    scrub = NameScrubber(
        [p["display_name"] for p in rows.participants] + [g["facilitator"] for g in rows.groups]
    )
    for g in rows.groups:
        _rewrite(conn, "breakout_group", {**g, "facilitator": ""})
    result.changed["groups (facilitator's name)"] = len(rows.groups)
    for i in rows.ideas:
        _rewrite(conn, "idea", {**i, "author_id": None, "text": scrub(i["text"])})
    result.changed["ideas (author, names in text)"] = len(rows.ideas)
    for d in rows.dots:
        _rewrite(conn, "dot_vote", {**d, "participant_id": None})
    result.changed["dots (voter)"] = len(rows.dots)
    for c in rows.clusters:
        _rewrite(conn, "cluster", {**c, "name": scrub(c["name"])})
    for a in rows.agenda:
        title = a["title"] if a.get("key") else scrub(a["title"])
        _rewrite(conn, "agenda_item", {**a, "note": "", "title": title})
    result.changed["agenda items (facilitator's note)"] = len(rows.agenda)
    result.names_replaced = scrub.replaced
    result.kept["ideas"] = len(rows.ideas)
    result.kept["clusters"] = len(rows.clusters)
    result.kept["votes"] = len(rows.dots)
    result.kept["sessions"] = len(rows.sessions)
    result.kept["groups"] = len(rows.groups)

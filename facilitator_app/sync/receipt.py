"""The receipt: after a sync, does the store hold what this laptop holds for its groups?

A push believes; the receipt checks. For each of the laptop's groups it reads, on both
sides, every row of the group's content (``rows.GROUP_CONTENT``) as (id, version stamp),
and compares counts and a digest of those pairs. Equal digests end it there. Otherwise it
looks at the rows that differ: a row whose stamps differ but whose content is the same (a
plan row each side stamped itself) counts as equal; a row the store lacks, or holds in an
older version, is *missing* there; a row the store holds that this laptop lacks, or holds
newer, is *new* here (another laptop's work not pulled yet).

Each side's summary is one query (``receipt_summary``); PostgreSQL's travels in one round
trip, is asked first and computed while the laptop computes its own, and returns only
the digests. For a group of 2,000 notes a few milliseconds, cheap enough for every sync.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, literal, select, union_all
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.models import Preference
from facilitator_app.store import Store
from facilitator_app.store.changelog import snapshot
from facilitator_app.sync.central_schema import entity_tables
from facilitator_app.sync.central_store import CentralStore, reading
from facilitator_app.sync.receipt_summary import StoredSummaries, Summary, laptop_side
from facilitator_app.sync.rows import GROUP_CONTENT, MODELS, same_content

# Preferences remembering digest pairs found equal in content (see ``check``).
EQUAL_PREFIX = "sync.receipt_equal."
# (table, id) → (stamp, change_seq); the laptop's side has change_seq 0.
Versions = dict[tuple[str, uuid.UUID], tuple[str, int]]


@dataclass
class GroupReceipt:
    """How the store's copy of one group compares with this laptop's."""

    group_id: uuid.UUID
    name: str
    counts: dict[str, int] = field(default_factory=dict)  # rows here, per table
    stored: dict[str, int] = field(default_factory=dict)  # rows in the store, per table
    digest: str = ""  # of this laptop's (table, id, stamp) triples
    stored_digest: str = ""
    missing: dict[str, list[uuid.UUID]] = field(default_factory=dict)  # store lacks / older
    new_here: dict[str, list[uuid.UUID]] = field(default_factory=dict)  # laptop lacks / older
    missed_from: int | None = None  # lowest change_seq of a row the pull should have had
    compared: list[str] = field(default_factory=list)  # tables compared row by row
    pairs: dict[str, str] = field(default_factory=dict)  # their "local:stored" digests

    @property
    def complete(self) -> bool:
        """True when the store holds everything this laptop holds for the group."""
        return not any(self.missing.values())

    @property
    def exact(self) -> bool:
        """True when both sides hold the same content."""
        return self.complete and not any(self.new_here.values())

    @property
    def missing_count(self) -> int:
        """Rows the store lacks or holds in an older version."""
        return sum(len(v) for v in self.missing.values())


@dataclass
class Receipt:
    """The comparison of every group of this laptop, and what it cost."""

    groups: list[GroupReceipt] = field(default_factory=list)
    seconds: float = 0.0
    resent: int = 0  # rows sent again because the store lacked them
    resent_groups: list[str] = field(default_factory=list)  # names, as shown to the user
    # Workshop keys of this laptop the organisers closed: their groups are not compared.
    closed: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """True when the store holds everything of every group of this laptop."""
        return all(g.complete for g in self.groups)

    @property
    def exact(self) -> bool:
        """True when the store and this laptop hold the same for every group."""
        return all(g.exact for g in self.groups)


def _digest(summary: Summary) -> str:
    text = ";".join(f"{t}:{n}:{d}" for t, (n, d) in sorted(summary.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _local_versions(s: OrmSession, group_id: uuid.UUID, tables: list[str]) -> Versions:
    """The group's rows of ``tables`` on this laptop: (table, id) → (stamp, 0)."""
    m = {t: MODELS[t].__table__.c for t in GROUP_CONTENT}
    via_parent = {
        "attendance": ("participant", "participant_id"),
        "dot_vote": ("vote_round", "round_id"),
        "timer_event": ("agenda_item", "agenda_item_id"),
    }
    parts = []
    for table in tables:
        c = m[table]
        query = select(literal(table).label("t"), c.id, c.hlc)
        if table in via_parent:
            parent_table, key = via_parent[table]
            p = MODELS[parent_table].__table__.c
            query = query.join_from(
                MODELS[table].__table__, MODELS[parent_table].__table__, c[key] == p.id
            ).where(p.group_id == group_id)
        else:
            query = query.where(c.group_id == group_id)
        parts.append(query)
    return {(t, i): (h, 0) for t, i, h in s.execute(union_all(*parts)).all()}


def _stored_versions(central: CentralStore, group_id: uuid.UUID, tables: list[str]) -> Versions:
    """The group's rows of ``tables`` in the store: (table, id) → (stamp, change_seq)."""
    parts = [
        select(
            literal(t).label("t"),
            entity_tables[t].c.id,
            entity_tables[t].c.hlc,
            entity_tables[t].c.change_seq,
        ).where(entity_tables[t].c.group_id == group_id)
        for t in tables
    ]
    with reading(central) as conn:
        rows = conn.execute(union_all(*parts)).all()
    return {
        (t, i if isinstance(i, uuid.UUID) else uuid.UUID(str(i))): (h, int(n))
        for t, i, h, n in rows
    }


def _stored_payloads(
    central: CentralStore, keys: list[tuple[str, uuid.UUID]]
) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    by_table: dict[str, list[uuid.UUID]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    out: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    with reading(central) as conn:
        for table, ids in by_table.items():
            t = entity_tables[table]
            for i in range(0, len(ids), 500):
                for row_id, payload in conn.execute(
                    select(t.c.id, t.c.payload).where(t.c.id.in_(ids[i : i + 500]))
                ):
                    rid = row_id if isinstance(row_id, uuid.UUID) else uuid.UUID(str(row_id))
                    out[(table, rid)] = json.loads(payload)
    return out


def check_group(
    store: Store,
    central: CentralStore,
    group_id: uuid.UUID,
    equal: dict[str, str] | None = None,
    summaries: tuple[str | None, Summary, Summary] | None = None,
) -> GroupReceipt:
    """Compare the store's copy of one group with this laptop's.

    ``equal`` maps a table to the pair of digests last found to differ in stamps only
    (see ``check``): such a table is not compared row by row again. ``summaries`` are
    the group's name, this laptop's summary and the store's, when the caller has them.
    """
    if summaries is None:
        with StoredSummaries(central, [group_id]) as asked:
            with store.read() as s:
                name, local = laptop_side(s, [group_id])[group_id]
            stored = asked.answers()[group_id]
    else:
        name, local, stored = summaries
    receipt = GroupReceipt(group_id, name or str(group_id))
    receipt.counts = {t: n for t, (n, _d) in local.items() if n}
    receipt.stored = {t: n for t, (n, _d) in stored.items() if n}
    receipt.digest, receipt.stored_digest = _digest(local), _digest(stored)
    tables = [
        t
        for t in GROUP_CONTENT
        if local[t] != stored[t] and (equal or {}).get(t) != f"{local[t][1]}:{stored[t][1]}"
    ]
    receipt.compared = tables
    receipt.pairs = {t: f"{local[t][1]}:{stored[t][1]}" for t in tables}
    if not tables:
        return receipt
    with store.read() as s:
        here = _local_versions(s, group_id, tables)
    there = _stored_versions(central, group_id, tables)
    differ = [k for k, v in here.items() if k in there and there[k][0] != v[0]]
    payloads = _stored_payloads(central, differ) if differ else {}
    with store.read() as s:
        for key in differ:
            table, row_id = key
            row = s.get(MODELS[table], row_id)
            if row is not None and key in payloads and same_content(snapshot(row), payloads[key]):
                continue  # stamped differently on each side, the same content
            if here[key][0] > there[key][0]:
                receipt.missing.setdefault(table, []).append(row_id)
            else:
                receipt.new_here.setdefault(table, []).append(row_id)
                _missed(receipt, there[key][1])
    for key in here.keys() - there.keys():
        receipt.missing.setdefault(key[0], []).append(key[1])
    for key in there.keys() - here.keys():
        receipt.new_here.setdefault(key[0], []).append(key[1])
        _missed(receipt, there[key][1])
    return receipt


def _missed(receipt: GroupReceipt, change_seq: int) -> None:
    if receipt.missed_from is None or change_seq < receipt.missed_from:
        receipt.missed_from = change_seq


_EQUAL_PAIRS = select(Preference.key, Preference.value).where(
    Preference.key.startswith(bindparam("prefix"))
)


def _equal_key(central: CentralStore, group_id: uuid.UUID, table: str) -> str:
    return f"{EQUAL_PREFIX}{central.store_id}.{group_id.hex}.{table}"


def check(store: Store, central: CentralStore, groups: list[uuid.UUID]) -> Receipt:
    """The receipt for ``groups``.

    A table whose rows differ in stamps only (plan rows each side stamped itself) would
    be compared row by row on every sync; the pair of digests found equal in content is
    remembered per store, group and table, and skips that comparison while both stay.
    """
    started = time.perf_counter()
    prefix = f"{EQUAL_PREFIX}{central.store_id}."
    with StoredSummaries(central, groups) as asked:  # the store works while we do
        with store.read() as s:  # this laptop's side, in one session
            known = dict(s.connection().execute(_EQUAL_PAIRS, {"prefix": prefix}).all())
            here = laptop_side(s, groups)
        there = asked.answers()
    receipt = Receipt()
    for g in groups:
        equal = {t: known.get(_equal_key(central, g, t), "") for t in GROUP_CONTENT}
        receipt.groups.append(check_group(store, central, g, equal, (*here[g], there[g])))
    found = {
        _equal_key(central, g.group_id, t): g.pairs[t]
        for g in receipt.groups
        for t in g.compared
        if not g.missing.get(t) and not g.new_here.get(t)
    }
    if found:
        with store.transaction() as s:
            for key, value in found.items():
                pref = s.scalar(select(Preference).where(Preference.key == key))
                if pref is None:
                    s.add(Preference(key=key, value=value))
                else:
                    pref.value = value
    receipt.seconds = time.perf_counter() - started
    return receipt


def resend(store: Store, central: CentralStore, group: GroupReceipt) -> int:
    """Send again the latest version of every row of ``group`` the store lacks.

    Rows it holds unchanged are left out: the merge would leave them as they are. The
    store merges each version onto what it holds (see ``push.load_bases``), so a store
    restored from an older backup takes this laptop's later versions without conflicts.
    """
    from facilitator_app.models import ChangeLogEntry
    from facilitator_app.sync.push import Outgoing, load_bases, send_batch

    ids = [row_id for rows in group.missing.values() for row_id in rows]
    latest: dict[uuid.UUID, tuple[int, str, str, str]] = {}
    cl = ChangeLogEntry.__table__
    with store.read() as s:
        for i in range(0, len(ids), 500):
            query = select(cl.c.row_id, cl.c.seq, cl.c.table_name, cl.c.row_hlc, cl.c.payload)
            for row_id, seq, table, stamp, payload in s.execute(
                query.where(cl.c.row_id.in_(ids[i : i + 500]))
            ):
                if row_id not in latest or seq > latest[row_id][0]:
                    latest[row_id] = (seq, table, stamp, payload)
    batch = [
        Outgoing(
            seq,
            table,
            row_id.hex,
            str(group.group_id),
            stamp,
            payload,
            json.loads(payload).get("deleted_at") is not None,
        )
        for row_id, (seq, table, stamp, payload) in sorted(
            latest.items(), key=lambda item: item[1][0]
        )
    ]
    sent = 0
    for i in range(0, len(batch), 5000):
        chunk = batch[i : i + 5000]
        send_batch(central, store.hlc.node, chunk, lambda e: load_bases(store, e), resend=True)
        sent += len(chunk)
    return sent


def verify(store: Store, central: CentralStore, groups: list[uuid.UUID]) -> tuple[Receipt, Any]:
    """Check the store against this laptop for ``groups``; mend what differs; check again.

    Rows the store lacks are sent again (``resend``); rows the pull should have brought
    but did not (the store was restored and numbers again below this laptop's cursor) are
    pulled again from there. Returns the final receipt (with what was resent) and the
    extra pull's result (None when there was none).
    """
    from facilitator_app.sync.pull import pull, read_cursor

    started = time.perf_counter()
    first = check(store, central, groups)
    missed = [g.missed_from for g in first.groups if g.missed_from is not None]
    missed_any = bool(missed) and min(missed) <= read_cursor(store, central)
    if first.complete and not missed_any:
        first.seconds = time.perf_counter() - started
        return first, None
    resent, names = 0, []
    for g in first.groups:
        if not g.complete:
            resent += resend(store, central, g)
            names.append(g.name)
    pulled = pull(store, central, since=min(missed) - 1 if missed_any else None)
    final = check(store, central, groups)
    final.resent, final.resent_groups = resent, names
    final.seconds = time.perf_counter() - started
    return final, pulled


# How the command line names rows (singular, plural).
TABLE_WORDS: dict[str, tuple[str, str]] = {
    "idea": ("idea", "ideas"),
    "cluster": ("cluster", "clusters"),
    "agenda_item": ("agenda item", "agenda items"),
    "attendance": ("attendance tick", "attendance ticks"),
    "vote_round": ("vote", "votes"),
    "dot_vote": ("dot", "dots"),
    "timer_event": ("timer event", "timer events"),
}


def _count(n: int, table: str) -> str:
    one, many = TABLE_WORDS.get(table, (table, table))
    return f"{n} {one if n == 1 else many}"


def describe(store: Store, group: GroupReceipt) -> list[str]:
    """The difference in words, one line per question (ideas, clusters) or kind of row."""
    from facilitator_app.models import AgendaItem

    lines = []
    for side, rows in (("lack", group.missing), ("new", group.new_here)):
        for table, ids in sorted(rows.items()):
            if not ids:
                continue
            per_question: dict[str, int] = {}
            if table in ("idea", "cluster"):
                with store.read() as s:
                    model = MODELS[table]
                    for i in range(0, len(ids), 500):
                        for item_id in s.scalars(
                            select(model.agenda_item_id).where(  # type: ignore[attr-defined]
                                model.id.in_(ids[i : i + 500])
                            )
                        ):
                            item = s.get(AgendaItem, item_id) if item_id else None
                            title = f"question “{item.title}”" if item else "the whole board"
                            per_question[title] = per_question.get(title, 0) + 1
                    unknown = len(ids) - sum(per_question.values())
                    if unknown:  # rows only the store has: their question is not known here
                        per_question[f"group {group.name}"] = unknown
            else:
                per_question[f"group {group.name}"] = len(ids)
            for where, n in per_question.items():
                if side == "lack":
                    lines.append(f"the organisers lack {_count(n, table)} of {where}")
                else:
                    lines.append(f"this laptop has not received {_count(n, table)} of {where} yet")
    return lines

"""Delivery is to a store: what this laptop counts as delivered, per central store.

Every central store has an identity (``central_meta.store_id``, made at ``central init``)
and records, per laptop node, the last change-log number it committed from that laptop
and that entry's stamp (``central_laptop``). That record is the truth about what the
store holds. Before a push the laptop *meets* the store:

* a store it has never met, or one that has no record of it, acknowledged nothing: the
  laptop's whole change log is sent to it;
* a store restored from an older backup has a lower record than the laptop believed:
  everything above the record is sent again;
* a store that committed a batch the laptop could not record (a crash in between) has a
  higher one: the laptop takes it, nothing is sent twice;
* a record whose entry this data folder does not hold, or holds with another stamp,
  belongs to another laptop with the same node id (a copied folder, or this folder
  restored from a backup): the folder takes a new node id, so the store never mistakes
  two laptops for one.

The watermark found is stored under the store's id (``store.changelog``), so switching
between stores never carries one store's acknowledgements over to another.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, text

from facilitator_app.models import ChangeLogEntry, Preference
from facilitator_app.store import Store
from facilitator_app.store.changelog import acked_through, delivery_store, set_delivered
from facilitator_app.sync.central_schema import laptop_table
from facilitator_app.sync.central_store import CentralStore, reading


@dataclass
class Meeting:
    """What the laptop learnt when it met a central store before a push."""

    store_id: str
    first: bool = False  # the store had no record of this laptop (new store or identity)
    switched: bool = False  # the laptop delivered to another store before
    resend: int = 0  # own changes the store had lost (restored backup): sent again
    recovered: int = 0  # changes the store had committed before the laptop recorded it
    renewed_from: str | None = None  # the node id given up (folder copied or restored)


def _record(central: CentralStore, node: str) -> tuple[int, str | None] | None:
    with reading(central) as conn:
        row = conn.execute(
            select(laptop_table.c.acked_seq, laptop_table.c.acked_hlc).where(
                laptop_table.c.node == node
            )
        ).first()
    return None if row is None else (int(row[0]), row[1])


def _is_ours(store: Store, seq: int, stamp: str | None) -> bool:
    """True when this folder holds the entry the store acknowledged last, as it was sent."""
    if seq <= 0:
        return True
    with store.read() as s:
        row = s.execute(
            select(ChangeLogEntry.row_hlc, ChangeLogEntry.acked_at).where(ChangeLogEntry.seq == seq)
        ).first()
    if row is None or row.acked_at is not None:
        return False  # the store has more of this node than this folder ever made
    return stamp is None or row.row_hlc == stamp


def _own_between(store: Store, low: int, high: int) -> int:
    with store.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(ChangeLogEntry)
                .where(
                    ChangeLogEntry.acked_at.is_(None),
                    ChangeLogEntry.seq > low,
                    ChangeLogEntry.seq <= high,
                )
            )
            or 0
        )


def meet(store: Store, central: CentralStore) -> Meeting:
    """Align this laptop's watermark for ``central`` with the store's own record."""
    meeting = Meeting(central.store_id)
    record = _record(central, store.hlc.node)
    if record is not None and not _is_ours(store, *record):
        meeting.renewed_from = store.hlc.node
        store.renew_node("restored or copied")
        record = _record(central, store.hlc.node)
    with store.read() as s:
        believed = acked_through(s, central.store_id)
        previous = delivery_store(s)
    meeting.switched = previous is not None and previous != central.store_id
    meeting.first = record is None
    acked = 0 if record is None else record[0]
    if acked < believed:
        meeting.resend = _own_between(store, acked, believed)
    elif acked > believed:
        meeting.recovered = _own_between(store, believed, acked)
    if acked != believed or previous != central.store_id:
        with store.transaction() as s:
            set_delivered(s, central.store_id, acked)
    return meeting


# The groups this laptop has sent content of its own for (comma-separated ids).
GROUPS_KEY = "sync.groups"
# The group chosen in the window last (services.workshop.LAST_CONTEXT_KEYS).
LAST_GROUP_KEY = "last_group"


def remember_groups(store: Store, groups: set[str]) -> None:
    """Add ``groups`` (ids as text) to the groups this laptop delivers content for."""
    with store.transaction() as s:
        pref = s.scalar(select(Preference).where(Preference.key == GROUPS_KEY))
        known = set(pref.value.split(",")) if pref is not None and pref.value else set()
        if groups <= known:
            return
        value = ",".join(sorted(known | groups))
        if pref is None:
            s.add(Preference(key=GROUPS_KEY, value=value))
        else:
            pref.value = value


def laptop_groups(store: Store) -> list[uuid.UUID]:
    """The groups this laptop works for: whose content it made, and the one it has open.

    A data folder that synced before the list was kept gets it from its change log once.
    """
    with store.read() as s:
        prefs = dict(
            s.execute(
                select(Preference.key, Preference.value).where(
                    Preference.key.in_((GROUPS_KEY, LAST_GROUP_KEY))
                )
            ).all()
        )
        if GROUPS_KEY not in prefs:
            found = s.execute(
                text(
                    "SELECT DISTINCT json_extract(payload, '$.group_id') FROM change_log "
                    "WHERE acked_at IS NULL AND table_name IN ('idea', 'cluster', 'vote_round')"
                )
            ).scalars()
            made = {str(g) for g in found if g}
        else:
            made = set()
    if GROUPS_KEY not in prefs:
        with store.transaction() as s:
            s.add(Preference(key=GROUPS_KEY, value=",".join(sorted(made))))
        prefs[GROUPS_KEY] = ",".join(sorted(made))
    ids: set[uuid.UUID] = set()
    for value in (*prefs[GROUPS_KEY].split(","), prefs.get(LAST_GROUP_KEY, "")):
        try:
            ids.add(uuid.UUID(value))
        except ValueError:
            continue
    return sorted(ids)

"""The central store's schema: its own MetaData, separate from the laptop's.

Every synced entity has a table of the same name keyed by the row's UUID, holding the
winning version as a JSON payload with its HLC stamp, the group it belongs to (for
row-level security on PostgreSQL) and ``change_seq``, a store-wide counter that laptops
pull from. ``central_conflict`` keeps every losing version; ``central_laptop`` records
per laptop the highest change-log sequence the store has committed (the acknowledgement).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}

central_metadata = MetaData(naming_convention=NAMING)

# Synced tables in foreign-key order of the laptop store (parents first).
SYNCED_TABLES: tuple[str, ...] = (
    "workshop",
    "session",
    "breakout_group",
    "participant",
    "attendance",
    "agenda_item",
    "cluster",
    "idea",
    "vote_round",
    "dot_vote",
    "timer_event",
    "expert_answer",
)


def _entity_table(name: str) -> Table:
    return Table(
        name,
        central_metadata,
        Column("id", Uuid, primary_key=True),
        # None for workshop-wide rows (workshop, session, unassigned participants).
        Column("group_id", Uuid, nullable=True, index=True),
        Column("hlc", String(40), nullable=False),
        # The laptop node that wrote this version, "plan" for published plans,
        # "central" for a version merged by the store.
        Column("origin", String(40), nullable=False),
        Column("change_seq", BigInteger, nullable=False, index=True),
        Column("deleted", Boolean, nullable=False, default=False),
        Column("payload", Text, nullable=False),
    )


# Synced tables only the organisers write; facilitators' roles read them (their groups).
READ_ONLY_TABLES: tuple[str, ...] = ("expert_answer",)

entity_tables: dict[str, Table] = {name: _entity_table(name) for name in SYNCED_TABLES}

conflict_table = Table(
    "central_conflict",
    central_metadata,
    Column("id", Uuid, primary_key=True),
    Column("table_name", String(64), nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("group_id", Uuid, nullable=True, index=True),
    Column("winner_hlc", String(40), nullable=False),
    Column("loser_hlc", String(40), nullable=False),
    Column("loser_origin", String(40), nullable=False),
    Column("loser_payload", Text, nullable=False),
    Column("change_seq", BigInteger, nullable=False, index=True),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Index("uq_central_conflict_version", "table_name", "row_id", "loser_hlc", unique=True),
)

laptop_table = Table(
    "central_laptop",
    central_metadata,
    Column("node", String(40), primary_key=True),
    # The database role that pushed (PostgreSQL row-level security keys on it).
    Column("db_role", String(128), nullable=False),
    Column("acked_seq", BigInteger, nullable=False),
    # The stamp of the entry numbered ``acked_seq``: a data folder whose entry there has
    # another stamp is a copy or a restored backup, not this laptop (see sync.delivery).
    Column("acked_hlc", String(40), nullable=True),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
)

counter_table = Table(
    "central_counter",
    central_metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

grant_table = Table(
    "central_grant",
    central_metadata,
    Column("role_name", String(128), primary_key=True),
    Column("group_id", Uuid, primary_key=True),
)

# Written by every completed sync (sync/presence.py): the organisers' desk shows it.
laptop_sync_table = Table(
    "central_laptop_sync",
    central_metadata,
    Column("node", String(40), primary_key=True),
    Column("laptop_name", String(200), nullable=False),
    Column("group_id", Uuid, nullable=True, index=True),
    Column("db_role", String(128), nullable=False),
    Column("synced_at", DateTime(timezone=True), nullable=False),
)

meta_table = Table(
    "central_meta",
    central_metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

ALL_TABLES: tuple[str, ...] = (
    *SYNCED_TABLES,
    "central_conflict",
    "central_laptop",
    "central_counter",
    "central_grant",
    "central_meta",
    "central_laptop_sync",
)

# Issued participation certificates (the register ``certificates --verify`` checks) and
# the key their codes are signed with; organisers only (never granted to facilitators).
certificate_table = Table(
    "central_certificate",
    central_metadata,
    Column("code", String(32), primary_key=True),
    Column("workshop_id", Uuid, nullable=False, index=True),
    Column("participant_id", Uuid, nullable=False),
    Column("name", Text, nullable=False),
    Column("sessions", Text, nullable=False),  # JSON list of [key, title, date]
    Column("issued_at", DateTime(timezone=True), nullable=False),
)

secret_table = Table(
    "central_secret",
    central_metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Workshops the organisers purged (``sync/purge.py``): the store keeps no more of them.
# A laptop's later changes to their rows are acknowledged and not kept (``sync/push.py``),
# and summary files of them are refused, so a purge stays a purge. Facilitator roles may
# read it (their laptops must learn why nothing of theirs is kept).
closed_table = Table(
    "central_closed_workshop",
    central_metadata,
    Column("workshop_id", Uuid, primary_key=True),
    Column("workshop_key", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("closed_at", DateTime(timezone=True), nullable=False),
    Column("kept_public", Boolean, nullable=False),  # --keep-public-results
    Column("group_ids", Text, nullable=False),  # JSON list of the workshop's group ids
    Column("row_ids", Text, nullable=False),  # JSON list: the workshop's and sessions' ids
)

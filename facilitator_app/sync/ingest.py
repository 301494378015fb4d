"""Summary files into and out of the central store.

Ingest is the path for laptops that never reach the store: a facilitator's summary
file (copied by hand, e-mailed, on a shared drive) is verified, imported with the
laptop's own ``import_summary`` into a copy of that group's central rows, and the
resulting changes are merged into the store like a push. Export builds a group's
summary from the central rows with the laptop's own ``build_summary``, so after a sync
it equals the laptop's export apart from the export time.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from facilitator_app.errors import CentralStoreError, SummaryError
from facilitator_app.schemas.summary import GroupSummary
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.summary import build_summary
from facilitator_app.services.summary_import import (
    SummaryImportResult,
    import_summary,
    load_group_summary,
)
from facilitator_app.store.hlc import parse_hlc
from facilitator_app.sync.central_schema import SYNCED_TABLES, entity_tables
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.closed import closed_workshops
from facilitator_app.sync.materialise import materialised
from facilitator_app.sync.push import PushResult, push


@dataclass
class IngestResult:
    """What ingesting one file did."""

    path: Path
    summary: GroupSummary
    imported: SummaryImportResult
    pushed: PushResult

    def line(self) -> str:
        """One line for the command line."""
        return (
            f"{self.path}: {self.summary.group.name}, {self.summary.session.title}: "
            f"{self.imported.summary().rstrip('.')}; {self.pushed.stored} row(s) stored centrally"
        )


def summary_files(path: Path) -> list[Path]:
    """The file itself, or every ``*.json`` file in a folder (sorted)."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    if not path.exists():
        raise SummaryError(f"{path} does not exist.")
    return [path]


def _check_workshop(central: CentralStore, summary: GroupSummary) -> None:
    """Refuse a file of a workshop the store does not hold, or closed."""
    table = entity_tables["workshop"]
    with central.engine.connect() as conn:
        rows = conn.execute(select(table.c.id, table.c.payload)).all()
        closed = closed_workshops(conn)
    for c in closed:
        if c.workshop_id == str(summary.workshop.id):
            raise SummaryError(
                f"The file is from workshop '{c.key}', which the organisers closed on "
                f"{c.closed_at:%Y-%m-%d}: its personal data was removed from this store, "
                "and nothing more of it is taken. Nothing was loaded."
            )
    keys = {str(row.id): json.loads(row.payload).get("key") for row in rows}
    if str(summary.workshop.id) in keys:
        return
    held = ", ".join(sorted(k for k in keys.values() if k)) or "none (publish the plan first)"
    raise SummaryError(
        f"The file is from workshop '{summary.workshop.key}', which this central store does "
        f"not hold (it holds: {held}). Nothing was loaded."
    )


def _check_other_groups(central: CentralStore, summary: GroupSummary) -> None:
    """Refuse a file whose board rows already belong to another group in the store.

    The import below sees only this group's rows (a copy of them), so without this an id
    copied from another group's file would move that group's note here.
    """
    rows = {
        "agenda_item": [a.id for a in summary.agenda],
        "idea": [i.id for i in summary.ideas],
        "cluster": [c.id for c in summary.clusters],
        "vote_round": [r.id for r in summary.vote_rounds],
        "dot_vote": [d.id for r in summary.vote_rounds for d in r.dots],
    }
    problems: list[str] = []
    with central.engine.connect() as conn:
        for name, ids in rows.items():
            table = entity_tables[name]
            for start in range(0, len(ids), 500):
                found = conn.execute(
                    select(table.c.id).where(
                        table.c.id.in_(ids[start : start + 500]),
                        table.c.group_id.is_not(None),
                        table.c.group_id != summary.group.id,
                    )
                ).scalars()
                label = name.replace("_", " ")
                problems += [
                    f"{label} {row_id} already belongs to another group" for row_id in found
                ]
    if problems:
        raise SummaryError(
            "Nothing was loaded: "
            + "; ".join(problems[:5])
            + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else "")
        )


def ingest_file(central: CentralStore, path: Path) -> IngestResult:
    """Verify one summary file and merge it into the central store."""
    if not central.is_organiser:
        raise CentralStoreError(
            f"Role '{central.role}' may not ingest summary files: connect as the organisers' role."
        )
    summary = load_group_summary(path)
    _check_workshop(central, summary)
    _check_other_groups(central, summary)
    with materialised(central, SYNCED_TABLES, summary.group.id) as copy:
        imported = import_summary(copy, summary)
        pushed = push(copy, central, batch_size=2000)
    return IngestResult(path, summary, imported, pushed)


def export_from_central(
    central: CentralStore,
    session_key: str,
    group_key: str,
    workshop_key: str | None = None,
    *,
    public: bool = False,
) -> GroupSummary:
    """The summary of one group in one session, built from the central store's rows."""
    with materialised(central, ("workshop", "session", "breakout_group")) as plan:
        _ws, session, group = ws_service.find_by_keys(plan, session_key, group_key, workshop_key)
    with materialised(central, SYNCED_TABLES, group.id) as copy:
        return build_summary(copy, session.id, group.id, public=public)


def _stamp_time(stamp: str) -> str:
    """The wall-clock part of an HLC stamp, for people (UTC)."""
    try:
        wall_ms = parse_hlc(stamp)[0]
    except ValueError:
        return stamp
    return dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _words(payload: dict[str, Any]) -> str:
    what = payload.get("text") or payload.get("title") or payload.get("name") or ""
    return repr(str(what)[:80])


def list_conflicts(central: CentralStore) -> list[str]:
    """One line per losing version kept in the store, oldest first.

    Each line says which row (kind, id, group), the losing wording with the laptop and
    time it was written, and the wording that won, so an organiser can bring it back.
    """
    from facilitator_app.sync.central_schema import conflict_table

    groups = entity_tables["breakout_group"]
    with central.engine.connect() as conn:
        rows = conn.execute(select(conflict_table).order_by(conflict_table.c.change_seq)).all()
        names = {
            str(r.id): json.loads(r.payload).get("name") or str(r.id)
            for r in conn.execute(select(groups.c.id, groups.c.payload))
        }
        winners: dict[tuple[str, str], dict[str, Any]] = {}
        for table_name in {row.table_name for row in rows}:
            t = entity_tables[table_name]
            ids = [row.row_id for row in rows if row.table_name == table_name]
            for r in conn.execute(select(t.c.id, t.c.payload).where(t.c.id.in_(ids))):
                winners[(table_name, str(r.id))] = json.loads(r.payload)
    lines = []
    for row in rows:
        loser = json.loads(row.loser_payload)
        group = names.get(str(row.group_id), "") if row.group_id is not None else ""
        now = winners.get((row.table_name, str(row.row_id)))
        lines.append(
            f"{row.table_name} {row.row_id}"
            + (f" ({group})" if group else "")
            + f": {_words(loser)} written on laptop {row.loser_origin} at "
            f"{_stamp_time(row.loser_hlc)} lost to the version of {_stamp_time(row.winner_hlc)}"
            + (f", now {_words(now)}" if now is not None else "")
        )
    return lines

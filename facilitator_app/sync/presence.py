"""Which laptop synced when, under a name people read: the organisers' desk shows it.

Every completed sync records the laptop's readable name, the group it works for and the
time in ``central_laptop_sync``. The name is set on the laptop (preference
``laptop.name``); until someone sets it, it is the facilitator's name of the group the
laptop works for, so the desk never shows a bare node id.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError

from facilitator_app.errors import QT_TRANSLATE_NOOP, UserError
from facilitator_app.models import Group
from facilitator_app.services.preferences import get_preference, set_preference
from facilitator_app.services.workshop import remembered_context
from facilitator_app.store import Store
from facilitator_app.sync.central_schema import laptop_sync_table
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.delivery import laptop_groups

NAME_KEY = "laptop.name"
MAX_NAME = 200


def _group_of_laptop(store: Store) -> tuple[uuid.UUID | None, str]:
    """The group this laptop works for and its facilitator's name.

    The group open in the window; a laptop used only from the command line (``ideas
    import`` then ``sync``) has none remembered, so the group it made content for.
    """
    context = remembered_context(store)
    if context is not None:
        return context.group.id, context.group.facilitator.strip()
    groups = laptop_groups(store)
    if not groups:
        return None, ""
    with store.read() as s:
        group = s.get(Group, groups[0])
        return groups[0], (group.facilitator.strip() if group is not None else "")


def laptop_name(store: Store) -> str:
    """The laptop's readable name: the one set, else the facilitator's, else 'laptop'."""
    name = get_preference(store, NAME_KEY).strip()
    if name:
        return name
    _group, facilitator = _group_of_laptop(store)
    return facilitator or "laptop"


def set_laptop_name(store: Store, name: str) -> str:
    """Set the laptop's readable name (trimmed); an empty or overlong name is refused."""
    clean = " ".join(name.split())
    if not clean:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The laptop needs a name."))
    if len(clean) > MAX_NAME:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "A laptop name has at most {max} characters."),
            max=MAX_NAME,
        )
    set_preference(store, NAME_KEY, clean)
    return clean


def record_sync(store: Store, central: CentralStore) -> bool:
    """Tell the central store this laptop completed a sync now (its own row only).

    Returns False when the store refused it (a role granted before this table existed):
    the sync itself succeeded, only the desk's "last synced" stays older.
    """
    group_id, _facilitator = _group_of_laptop(store)
    values: dict[str, object] = {
        "laptop_name": laptop_name(store),
        "group_id": group_id,
        "db_role": central.role,
        "synced_at": store.clock.now().astimezone(dt.UTC),
    }
    node = store.hlc.node
    try:
        _write(central, node, values)
    except SQLAlchemyError:
        return False
    return True


def _write(central: CentralStore, node: str, values: dict[str, object]) -> None:
    with central.engine.begin() as conn:
        known = conn.execute(
            select(laptop_sync_table.c.node).where(laptop_sync_table.c.node == node)
        ).first()
        if known is None:
            conn.execute(laptop_sync_table.insert().values(node=node, **values))
        else:
            conn.execute(
                update(laptop_sync_table).where(laptop_sync_table.c.node == node).values(**values)
            )

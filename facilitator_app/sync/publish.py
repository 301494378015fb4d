"""Publish a workshop plan to the central store, keeping what facilitators captured.

The plan is imported with the laptop's own ``import_plan`` into a copy of the central
plan rows; the resulting changes are then merged into the store like any laptop's push.
Laptops receive them on their next sync.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator_app.errors import CentralStoreError
from facilitator_app.services.plan_file import LoadedPlan
from facilitator_app.services.plan_import import ImportResult, import_plan
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.materialise import materialised
from facilitator_app.sync.push import PushResult, push

PLAN_TABLES = ("workshop", "session", "breakout_group", "participant", "agenda_item")


@dataclass
class PublishResult:
    """What publishing did: the plan import's counts and the push's."""

    imported: ImportResult
    pushed: PushResult


def publish_plan(central: CentralStore, loaded: LoadedPlan) -> PublishResult:
    """Merge ``loaded`` into the central store's plan rows."""
    if not central.is_organiser:
        raise CentralStoreError(
            f"Role '{central.role}' may not publish plans: connect as the organisers' role."
        )
    with materialised(central, PLAN_TABLES) as copy:
        imported = import_plan(copy, loaded)
        pushed = push(copy, central, batch_size=2000)
    return PublishResult(imported, pushed)

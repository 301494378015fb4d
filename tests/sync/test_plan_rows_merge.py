"""Plan rows two laptops made themselves: no merge base, yet no false conflicts."""

from __future__ import annotations

import json
from typing import Any

from laptops import Laptop, central_conflicts, central_contents

from facilitator_app.services import agenda, board
from facilitator_app.services.workshop import load_context
from facilitator_app.store.hlc import format_hlc
from facilitator_app.sync.rows import Version, merge, plan_base


def _capture(laptop: Laptop, text: str) -> Any:
    change = board.capture(
        laptop.store,
        laptop.session.id,
        laptop.group.id,
        board.NoteDraft(text, laptop.question(1).id),
    )
    [note_id] = change.notes_after
    return note_id


def _group_items(url: str, laptop: Laptop) -> dict[str, dict[str, Any]]:
    return {
        row_id: row
        for (table, row_id), row in central_contents(url, ("agenda_item",)).items()
        if row["group_id"] == str(laptop.group.id) and row["session_id"] == str(laptop.session.id)
    }


def test_independent_plan_imports_give_no_conflicts_real_edits_one(
    make_laptop: Any, central_url: str
) -> None:
    a = make_laptop("a")
    context = load_context(a.store, a.session.workshop_id, a.session.id, a.group.id)
    agenda.next_item(a.store, context)  # A runs its agenda: the first item is active
    a.clock.advance(60)
    note_a = _capture(a, "Sykkelvei til skolen")
    # B imports the same plan itself ten minutes later: its untouched plan rows are stamped
    # after A's edits, and neither laptop has ever seen the other's version.
    b = make_laptop("b", offset_s=600)
    note_b = _capture(b, "Lading på arbeidsplassen")

    a.sync(central_url)
    report = b.sync(central_url)
    a.sync(central_url)

    assert report.pushed.conflicts == 0
    assert central_conflicts(central_url) == []
    assert a.conflicts() == b.conflicts() == []
    # A's edit of the plan row survives B's later, untouched import, and B gets it.
    statuses = sorted(r["status"] for r in _group_items(central_url, a).values())
    assert statuses.count("active") == 1
    assert a.contents() == b.contents() == central_contents(central_url)
    texts = {r["text"] for (t, _i), r in central_contents(central_url, ("idea",)).items()}
    assert texts == {"Sykkelvei til skolen", "Lading på arbeidsplassen"}
    assert note_a != note_b

    # Now a real concurrent edit of the same note: exactly one conflict.
    board.edit_text(a.store, note_a, "Sykkelvei til alle skoler")
    b.clock.advance(30)
    board.edit_text(b.store, note_a, "Trygg sykkelvei til skolen")
    a.sync(central_url)
    b.sync(central_url)
    a.sync(central_url)
    [conflict] = central_conflicts(central_url)
    assert conflict["row_id"] == note_a
    assert json.loads(conflict["loser_payload"])["text"] == "Sykkelvei til alle skoler"
    assert a.contents() == b.contents() == central_contents(central_url)
    assert len(a.conflicts()) == len(b.conflicts()) == 1


H2, H3, H4, H5 = (format_hlc(1_632_290_400_000 + n, 0, "n") for n in (2, 3, 4, 5))


def _item(**fields: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": "0f6f4a34-3a2c-5d6e-8f3e-2b1c0a9d8e7f",
        "key": "q1",
        "title": "Hva nå?",
        "status": "pending",
        "note": "",
        "started_at": None,
        "ended_at": None,
        "deleted_at": None,
        "timebox_min": 10,
        "plan_timebox_min": 10,
        "position": 2,
        "hlc": "x",
        "created_at": "2021-09-22T06:00:00+00:00",
        "updated_at": "2021-09-22T06:00:00+00:00",
    }
    row.update(fields)
    return row


def test_plan_made_row_without_base_merges_against_the_plan() -> None:
    edited = _item(status="done", timebox_min=15, hlc=H2)
    untouched = _item(hlc=H3, created_at="2021-09-22T07:00:00+00:00")
    # Incoming untouched import, stamped later: the stored edit wins every field, no
    # conflict, and the result is stamped after both so the importing laptop pulls it.
    out = merge(Version(H2, "a", edited), Version(H3, "b", untouched), None, "agenda_item")
    assert out.loser is None
    assert out.write is not None and out.write.hlc > H3
    assert (out.write.payload["status"], out.write.payload["timebox_min"]) == ("done", 15)
    # Both sides edited different facilitator fields of their own import: merged, no conflict.
    mine = _item(note="Notat B", hlc=H4)
    out = merge(Version(H2, "a", edited), Version(H4, "b", mine), None, "agenda_item")
    assert out.loser is None and out.write is not None
    assert (out.write.payload["status"], out.write.payload["note"]) == ("done", "Notat B")
    # The same field edited differently on both: one conflict, the later wins.
    other = _item(status="skipped", hlc=H5)
    out = merge(Version(H2, "a", edited), Version(H5, "b", other), None, "agenda_item")
    assert out.loser is not None and out.loser.hlc == H2
    # Without a table (or for an ad-hoc item) there is no plan version: as before.
    assert plan_base("agenda_item", _item(key=None)) is None
    assert plan_base("idea", {"text": "x"}) is None
    out = merge(Version(H2, "a", edited), Version(H3, "b", untouched), None)
    assert out.loser is not None

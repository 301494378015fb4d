"""Two laptops, one group: both sets of changes arrive, the later edit wins, none is lost."""

from __future__ import annotations

import json
from typing import Any

import pytest
from laptops import central_conflicts, central_contents

from facilitator_app.models import AgendaItem, Idea


def test_both_sets_arrive_and_laptops_converge(make_laptop: Any, central_url: str) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=0.5)
    a.add_idea("Fra laptop A")
    b.add_idea("Fra laptop B")
    a.sync(central_url)
    report = b.sync(central_url)
    assert report.pushed.conflicts == 0  # the same plan imported twice is no conflict
    a.sync(central_url)
    texts = {r["text"] for (t, _i), r in central_contents(central_url).items() if t == "idea"}
    assert texts == {"Fra laptop A", "Fra laptop B"}
    assert a.contents() == b.contents() == central_contents(central_url)
    assert central_conflicts(central_url) == []


def test_same_note_changed_on_both_later_wins_loser_kept(
    make_laptop: Any, central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=0.5)
    idea = a.add_idea("Grønn mobilitet")
    a.sync(central_url)
    b.sync(central_url)  # b now has the note
    a.edit(Idea, idea, text="Grønn mobilitet for alle")  # earlier edit
    b.clock.advance(30)
    b.edit(Idea, idea, text="Grønn mobilitet i distriktene")  # later edit
    a.sync(central_url)
    report = b.sync(central_url)
    assert report.pushed.conflicts == 1
    a.sync(central_url)
    central = central_contents(central_url, ("idea",))
    assert central[("idea", str(idea))]["text"] == "Grønn mobilitet i distriktene"
    [conflict] = central_conflicts(central_url)
    assert json.loads(conflict["loser_payload"])["text"] == "Grønn mobilitet for alle"
    assert a.contents() == b.contents() == central_contents(central_url)
    # The organisers see it on the command line ...
    from facilitator_app.cli import main

    assert main(["central", "conflicts", "--central", central_url]) == 0
    assert "'Grønn mobilitet for alle'" in capsys.readouterr().out
    # ... and both facilitators see the losing version in their conflicts list.
    for laptop in (a, b):
        [local] = laptop.conflicts()
        assert json.loads(local.loser_payload)["text"] == "Grønn mobilitet for alle"


def test_different_fields_changed_on_both_merge_without_conflict(
    make_laptop: Any, central_url: str
) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=0.5)
    idea = a.add_idea("Matsvinn i kantina")
    a.sync(central_url)
    b.sync(central_url)
    a.edit(Idea, idea, text="Mindre matsvinn i kantina")
    b.edit(Idea, idea, colour="#c5e1a5", x=300.0)
    a.sync(central_url)
    b.sync(central_url)
    a.sync(central_url)
    row = central_contents(central_url, ("idea",))[("idea", str(idea))]
    assert (row["text"], row["colour"], row["x"]) == ("Mindre matsvinn i kantina", "#c5e1a5", 300.0)
    assert central_conflicts(central_url) == []
    assert a.contents() == b.contents() == central_contents(central_url)


def test_delete_on_one_edit_on_other_keeps_the_edit(make_laptop: Any, central_url: str) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=0.5)
    idea = a.add_idea("Omstridt lapp")
    a.sync(central_url)
    b.sync(central_url)
    a.delete(Idea, idea)
    b.edit(Idea, idea, text="Omstridt lapp, presisert")
    a.sync(central_url)
    b.sync(central_url)
    a.sync(central_url)
    row = central_contents(central_url, ("idea",))[("idea", str(idea))]
    assert row["deleted_at"] is not None and row["text"] == "Omstridt lapp, presisert"
    assert a.contents() == b.contents()


def test_local_edit_made_during_sync_is_not_overwritten(make_laptop: Any, central_url: str) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=0.5)
    item = a.question(3)
    a.sync(central_url)
    b.sync(central_url)
    b.edit(AgendaItem, item.id, note="B sitt notat")
    b.sync(central_url)
    a.edit(AgendaItem, item.id, timebox_min=item.timebox_min + 5)  # not sent yet
    from facilitator_app.sync.central_store import CentralStore
    from facilitator_app.sync.pull import pull

    central = CentralStore.open(central_url)
    try:
        result = pull(a.store, central)  # pull before push: the waiting edit stays
    finally:
        central.close()
    assert result.kept_local == 1
    a.sync(central_url)
    a.sync(central_url)
    row = central_contents(central_url, ("agenda_item",))[("agenda_item", str(item.id))]
    assert (row["note"], row["timebox_min"]) == ("B sitt notat", item.timebox_min + 5)
    assert a.contents()[("agenda_item", str(item.id))] == row

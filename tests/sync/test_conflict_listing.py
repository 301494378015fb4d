"""``central conflicts``: lines an organiser can act on (group, times, what won)."""

from __future__ import annotations

from typing import Any

import pytest

from facilitator_app.cli import main
from facilitator_app.models import Idea
from facilitator_app.sync.presence import set_laptop_name


def test_conflict_line_names_group_laptop_times_and_the_winning_text(
    make_laptop: Any, central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=0.5)
    set_laptop_name(a.store, "Laptop A")
    set_laptop_name(b.store, "Laptop B")
    idea = a.add_idea("Grønn mobilitet")
    a.sync(central_url)
    b.sync(central_url)
    a.edit(Idea, idea, text="Grønn mobilitet for alle")
    b.clock.advance(30)
    b.edit(Idea, idea, text="Grønn mobilitet i distriktene")
    a.sync(central_url)
    b.sync(central_url)
    capsys.readouterr()
    assert main(["central", "conflicts", "--central", central_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "1 conflict(s)"
    line = lines[0]
    # In words: group, facilitator, question, both laptops by name (not ids), both times
    # in the workshop's zone, both versions and which one was kept.
    question = a.question(2).title
    assert line.startswith(
        f"Gruppe 1 (facilitator Kari Eksempel), question '{question}': note {idea} changed "
        "on two laptops. Kept: 'Grønn mobilitet i distriktene' from laptop 'Laptop B' at "
        "2021-09-22 08:5"
    )
    assert (
        "(the later change won). Lost: 'Grønn mobilitet for alle' from laptop 'Laptop A' " in line
    )
    assert a.store.hlc.node not in line and b.store.hlc.node not in line

"""``central conflicts``: lines an organiser can act on (group, times, what won)."""

from __future__ import annotations

from typing import Any

import pytest

from facilitator_app.cli import main
from facilitator_app.models import Idea


def test_conflict_line_names_group_laptop_times_and_the_winning_text(
    make_laptop: Any, central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=0.5)
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
    assert line.startswith(f"idea {idea} (Gruppe 1): 'Grønn mobilitet for alle' written on laptop ")
    assert a.store.hlc.node in line
    assert "2021-09-22 " in line and " UTC lost to the version of 2021-09-22 " in line
    assert line.endswith("now 'Grønn mobilitet i distriktene'")

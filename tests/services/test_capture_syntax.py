"""Capture prefixes, the people index and pasted lines, without Qt."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest

from facilitator_app.services import board_layout as layout
from facilitator_app.services.batches import chunks
from facilitator_app.services.capture_syntax import (
    CaptureSyntaxError,
    Parsed,
    Problem,
    parse,
    people_index,
    text_lines,
)


@dataclass(frozen=True)
class Person:
    id: uuid.UUID
    display_name: str
    key: str


KARI, KARL, LARS = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
PEOPLE = people_index(
    [
        Person(KARI, "Kari Nordmann", "p01"),
        Person(KARL, "Karl Berg", "p02"),
        Person(LARS, "Lars Eksempelrud", "p03"),
    ]
)


def test_prefixes_at_both_ends_choose_author_category_and_actor() -> None:
    assert parse("@kari Bike lanes #m !admin", PEOPLE) == Parsed(
        "Bike lanes", "measure", "administration", KARI
    )
    assert parse("#u Klimabudsjett mangler !kommunestyret @p03", PEOPLE) == Parsed(
        "Klimabudsjett mangler", "challenge", "council", LARS
    )
    assert parse("@- anonymt", PEOPLE) == Parsed("anonymt", anonymous=True)


def test_prefix_words_in_the_middle_stay_text() -> None:
    assert parse("This is the #1 priority for @home users", PEOPLE).text == (
        "This is the #1 priority for @home users"
    )
    assert parse("#1 priority", PEOPLE).text == "#1 priority"


def test_people_index_matches_names_without_spaces_and_plan_ids() -> None:
    assert PEOPLE["karinordmann"] == KARI and PEOPLE["p02"] == KARL
    assert parse("@larseks idé", PEOPLE).author_id == LARS


def test_every_problem_of_a_line_is_listed_in_order() -> None:
    with pytest.raises(CaptureSyntaxError) as info:
        parse("@kar #zz Idea text !nobody", PEOPLE)
    assert info.value.problems == [
        Problem("participant", "@kar"),  # Kari and Karl both match
        Problem("category", "#zz"),
        Problem("actor", "!nobody"),
    ]
    assert (info.value.kind, info.value.word) == ("participant", "@kar")


def test_a_line_of_prefixes_only_has_no_text() -> None:
    assert parse("#c !admin", PEOPLE) == Parsed("", "challenge", "administration")
    assert parse("", PEOPLE) == Parsed("")


def test_text_lines_drop_blank_lines_and_outer_spaces() -> None:
    assert text_lines("  one \r\n\n\ttwo\u2028three\n   \n") == ["one", "two", "three"]
    assert text_lines("") == []


def test_note_sizes_are_clamped_to_their_limits() -> None:
    assert layout.clamp_size(10, 10) == (layout.MIN_NOTE_W, layout.MIN_NOTE_H)
    assert layout.clamp_size(1e6, 1e6) == (layout.CONTENT_W, layout.MAX_NOTE_H)
    assert layout.clamp_size(200, 150) == (200, 150)


def test_chunks_cover_the_list_in_order() -> None:
    items = list(range(1203))
    parts = list(chunks(items))
    assert [len(p) for p in parts] == [500, 500, 203]
    assert [x for p in parts for x in p] == items
    assert list(chunks([])) == []
    with pytest.raises(ValueError):
        list(chunks(items, 0))


@pytest.mark.parametrize(
    ("word", "actor"),
    [
        ("administrasjonen", "administration"),
        ("kommunedirektøren", "administration"),
        ("politikerne", "council"),
        ("fylkeskommunen", "county"),
        ("staten", "state"),
        ("næringslivet", "business"),
        ("innbyggerne", "citizens"),
        ("innbyggjarane", "citizens"),
    ],
)
def test_actor_words_as_people_say_them(word: str, actor: str) -> None:
    """A facilitator types the definite form they hear ("!administrasjonen"), not only
    the short forms the hint lists; a refused line would stay in the field."""
    assert parse(f"Sykkelveier til skolene !{word}", PEOPLE).actor == actor

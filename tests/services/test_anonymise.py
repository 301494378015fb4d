"""Names of plan people typed in texts are replaced and counted."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator_app.services.anonymise import NEUTRAL, NameScrubber

NAMES = ["Kari Nordmann", "-Per", "Anne-Lise Ødegård", "Jon (Jr.)", "Li"]


def test_full_names_and_name_parts_are_replaced_and_counted() -> None:
    scrub = NameScrubber(["Kari Nordmann", "Øyvind Ås", "Bo"])
    out = scrub("Kari Nordmann og Øyvind sa at kari og Nordmann-planen, Bo og Ås-vegen.")
    # Full name once; first name; case differs (not a name); a name joined by a hyphen
    # is still a word of its own; names shorter than 3 letters are only replaced whole.
    assert out == (f"{NEUTRAL} og {NEUTRAL} sa at kari og {NEUTRAL}-planen, {NEUTRAL} og Ås-vegen.")
    assert scrub.replaced == 4


def test_text_without_names_is_unchanged() -> None:
    scrub = NameScrubber(["Kari Nordmann"])
    assert scrub("Karianne og nordmenn") == "Karianne og nordmenn"
    assert scrub.replaced == 0
    assert NameScrubber([])("Kari") == "Kari"


def test_names_are_found_wherever_the_pattern_alone_finds_them() -> None:
    # The scrubber looks a text's words up before running its pattern; that shortcut
    # must never skip a name, also one that starts or ends with a sign.
    names = NAMES
    texts = [
        "x -Per og -Per, Per",
        "Anne-Lise Ødegård og Anne-Lise; Ødegårds",
        "Jon (Jr.) sa det",
        "Li, Lisa og li",
        "Kari Nordmanns",
        "ingen her",
        "",
    ]
    scrub = NameScrubber(names)
    plain = NameScrubber(names)
    plain._firsts = plain._lead = None  # the pattern only, with no shortcut
    for text in texts:
        assert scrub(text) == plain(text)
    assert scrub.replaced == plain.replaced == 8
    assert scrub("x -Per og Kari Nordmanns") == f"x {NEUTRAL} og {NEUTRAL} Nordmanns"


def test_a_name_without_letters_still_works() -> None:
    scrub = NameScrubber(["Kari", "…"])
    assert scrub("Kari … ja") == f"{NEUTRAL} {NEUTRAL} ja"
    assert scrub.replaced == 2


@given(
    st.lists(
        st.sampled_from([*NAMES, "Kari", "Nordmann", "Per", "x", "ø", " ", "-", "(", ".", "_"])
    )
)
def test_the_shortcut_agrees_with_the_pattern_on_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    scrub, plain = NameScrubber(NAMES), NameScrubber(NAMES)
    plain._firsts = plain._lead = None
    assert scrub(text) == plain(text)
    assert scrub.replaced == plain.replaced

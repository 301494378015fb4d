"""Names of plan people typed in texts are replaced and counted."""

from __future__ import annotations

from facilitator_app.services.anonymise import NEUTRAL, NameScrubber


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

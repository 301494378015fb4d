"""Prefixes typed in the capture field: ``@name`` author, ``#cat`` category, ``!actor``.

``@kari Bike lanes #m !admin`` makes a note "Bike lanes" by Kari, an idea/measure for the
administration. Prefixes may stand at the start or end; an unknown one is an error so
nothing is guessed, and the typed text stays in the field.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from facilitator_app.models.enums import Actor, Category

CATEGORY_WORDS = {
    "c": Category.CHALLENGE,
    "challenge": Category.CHALLENGE,
    "utfordring": Category.CHALLENGE,
    "u": Category.CHALLENGE,
    "m": Category.MEASURE,
    "i": Category.MEASURE,
    "idea": Category.MEASURE,
    "measure": Category.MEASURE,
    "tiltak": Category.MEASURE,
    "t": Category.MEASURE,
    "q": Category.EXPERT_QUESTION,
    "question": Category.EXPERT_QUESTION,
    "s": Category.EXPERT_QUESTION,
    "spørsmål": Category.EXPERT_QUESTION,
    "o": Category.OTHER,
    "other": Category.OTHER,
    "annet": Category.OTHER,
    "anna": Category.OTHER,  # nynorsk
    "a": Category.OTHER,
}
ACTOR_WORDS = {
    "council": Actor.COUNCIL,
    "politicians": Actor.COUNCIL,
    "pol": Actor.COUNCIL,
    "kommunestyret": Actor.COUNCIL,
    "admin": Actor.ADMINISTRATION,
    "administration": Actor.ADMINISTRATION,
    "adm": Actor.ADMINISTRATION,
    "county": Actor.COUNTY,
    "fylke": Actor.COUNTY,
    "state": Actor.STATE,
    "stat": Actor.STATE,
    "statsforvalteren": Actor.STATE,
    "statsforvaltaren": Actor.STATE,  # nynorsk
    "business": Actor.BUSINESS,
    "næringsliv": Actor.BUSINESS,
    "citizens": Actor.CITIZENS,
    "innbyggere": Actor.CITIZENS,
    "innbyggjarar": Actor.CITIZENS,  # nynorsk
    "unknown": Actor.UNKNOWN,
    "ukjent": Actor.UNKNOWN,
    "ukjend": Actor.UNKNOWN,  # nynorsk
}


class CaptureSyntaxError(ValueError):
    """A prefix names no known participant, category or actor."""

    def __init__(self, kind: str, word: str) -> None:
        self.kind = kind
        self.word = word
        super().__init__(f"unknown {kind} {word!r}")


@dataclass(frozen=True, slots=True)
class Parsed:
    """The note text and the choices its prefixes made (None: not given)."""

    text: str
    category: str | None = None
    actor: str | None = None
    author_id: uuid.UUID | None = None
    anonymous: bool = False


def parse(line: str, people: dict[str, uuid.UUID]) -> Parsed:
    """Split prefixes off ``line``; ``people`` maps lower-case first names/keys to ids.

    ``@-`` means anonymous. Only tokens at the ends of the line count as prefixes, so
    "#1 priority" in the middle of a sentence is kept as text.
    """
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    words = [line[a:b] for a, b in spans]
    category = actor = None
    author: uuid.UUID | None = None
    anonymous = False

    def take(word: str) -> bool:
        nonlocal category, actor, author, anonymous
        if len(word) < 2 or word[0] not in "@#!":
            return False
        key = word[1:].casefold()
        if word[0] == "#":
            if key.isdigit():
                return False
            if key not in CATEGORY_WORDS:
                raise CaptureSyntaxError("category", word)
            category = CATEGORY_WORDS[key].value
        elif word[0] == "!":
            if key not in ACTOR_WORDS:
                raise CaptureSyntaxError("actor", word)
            actor = ACTOR_WORDS[key].value
        else:
            if key == "-":
                anonymous = True
                return True
            matches = {pid for name, pid in people.items() if name.startswith(key)}
            if len(matches) != 1:
                raise CaptureSyntaxError("participant", word)
            author = matches.pop()
        return True

    first, last = 0, len(words)
    while first < last and take(words[first]):
        first += 1
    while last > first and take(words[last - 1]):
        last -= 1
    text = line[spans[first][0] : spans[last - 1][1]] if first < last else ""
    return Parsed(text, category, actor, author, anonymous)

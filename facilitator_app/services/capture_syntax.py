"""Prefixes typed in the capture field: ``@name`` author, ``#cat`` category, ``!actor``.

``@kari Bike lanes #m !admin`` makes a note "Bike lanes" by Kari, an idea/measure for the
administration. Prefixes may stand at the start or end; an unknown one is an error so
nothing is guessed, and the typed text stays in the field. Every unknown prefix of a line
is reported at once. Also here: the people index the ``@`` prefix looks names up in, and
how pasted text becomes note lines (Qt-free, so it is tested without a window).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

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
    "politikerne": Actor.COUNCIL,
    "politikarane": Actor.COUNCIL,  # nynorsk
    "admin": Actor.ADMINISTRATION,
    "administration": Actor.ADMINISTRATION,
    "adm": Actor.ADMINISTRATION,
    # The words a facilitator hears and the menus show, not only the short forms.
    "administrasjonen": Actor.ADMINISTRATION,
    "kommunedirektøren": Actor.ADMINISTRATION,
    "county": Actor.COUNTY,
    "fylke": Actor.COUNTY,
    "fylkeskommunen": Actor.COUNTY,
    "state": Actor.STATE,
    "stat": Actor.STATE,
    "staten": Actor.STATE,
    "statsforvalteren": Actor.STATE,
    "statsforvaltaren": Actor.STATE,  # nynorsk
    "business": Actor.BUSINESS,
    "næringsliv": Actor.BUSINESS,
    "næringslivet": Actor.BUSINESS,
    "citizens": Actor.CITIZENS,
    "innbyggere": Actor.CITIZENS,
    "innbyggerne": Actor.CITIZENS,
    "innbyggjarane": Actor.CITIZENS,  # nynorsk
    "innbyggjarar": Actor.CITIZENS,  # nynorsk
    "unknown": Actor.UNKNOWN,
    "ukjent": Actor.UNKNOWN,
    "ukjend": Actor.UNKNOWN,  # nynorsk
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One prefix that names no known participant, category or actor."""

    kind: str  # "participant", "category" or "actor"
    word: str


class CaptureSyntaxError(ValueError):
    """One or more prefixes of a line name no known participant, category or actor.

    ``problems`` lists every one, in the order they stand in the line; ``kind`` and
    ``word`` are the first.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        self.kind = self.problems[0].kind
        self.word = self.problems[0].word
        super().__init__("; ".join(f"unknown {p.kind} {p.word!r}" for p in self.problems))


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
    problems: dict[int, Problem] = {}

    def take(index: int) -> bool:
        nonlocal category, actor, author, anonymous
        word = words[index]
        if len(word) < 2 or word[0] not in "@#!":
            return False
        key = word[1:].casefold()
        if word[0] == "#":
            if key.isdigit():
                return False
            if key not in CATEGORY_WORDS:
                problems[index] = Problem("category", word)
            else:
                category = CATEGORY_WORDS[key].value
        elif word[0] == "!":
            if key not in ACTOR_WORDS:
                problems[index] = Problem("actor", word)
            else:
                actor = ACTOR_WORDS[key].value
        elif key == "-":
            anonymous = True
        else:
            matches = {pid for name, pid in people.items() if name.startswith(key)}
            if len(matches) != 1:
                problems[index] = Problem("participant", word)
            else:
                author = matches.pop()
        return True

    first, last = 0, len(words)
    while first < last and take(first):
        first += 1
    while last > first and take(last - 1):
        last -= 1
    if problems:
        raise CaptureSyntaxError([problems[i] for i in sorted(problems)])
    text = line[spans[first][0] : spans[last - 1][1]] if first < last else ""
    return Parsed(text, category, actor, author, anonymous)


class Person(Protocol):
    """What the people index needs of a participant."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def display_name(self) -> str: ...

    @property
    def key(self) -> str: ...


def people_index(participants: Iterable[Person]) -> dict[str, uuid.UUID]:
    """Lower-case names (spaces removed) and plan ids of participants → id.

    ``@ingrid`` matches "Ingrid Fiktivsen" by prefix; ``@p01`` by plan id.
    """
    index: dict[str, uuid.UUID] = {}
    for p in participants:
        index[p.display_name.casefold().replace(" ", "")] = p.id
        index[p.key.casefold()] = p.id
    return index


def text_lines(text: str) -> list[str]:
    """Pasted text as note lines: each non-blank line, stripped."""
    return [stripped for line in text.splitlines() if (stripped := line.strip())]

"""The words people use for categories and actors, mapped to the stored ids.

A facilitator who fills a CSV of ideas writes what the window shows: "utfordring",
"kommunestyret", "Idé / tiltak", "Staten / statsforvalteren". Those are accepted as well
as the English ids (``challenge``, ``council``), in any case and spacing; a word in
parentheses (``Kommunestyret (politikerne)``) may be left out.
"""

from __future__ import annotations

import re

from facilitator_app.models.enums import Actor, Category

_CATEGORY_WORDS: dict[Category, tuple[str, ...]] = {
    Category.CHALLENGE: ("challenge", "utfordring", "utfordringer"),
    Category.MEASURE: (
        "measure",
        "idea",
        "idea / measure",
        "tiltak",
        "idé",
        "ide",
        "idé / tiltak",
        "ide / tiltak",
        "grep",
    ),
    Category.EXPERT_QUESTION: (
        "expert_question",
        "question for the experts",
        "question for experts",
        "spørsmål til ekspertene",
        "spørsmål til ekspert",
        "spørsmål",
    ),
    Category.OTHER: ("other", "annet", "anna"),
}

_ACTOR_WORDS: dict[Actor, tuple[str, ...]] = {
    Actor.COUNCIL: (
        "council",
        "council (politicians)",
        "politicians",
        "kommunestyret",
        "kommunestyre",
        "kommunestyret (politikerne)",
        "politikerne",
    ),
    Actor.ADMINISTRATION: (
        "administration",
        "administrasjonen",
        "administrasjon",
        "kommunedirektøren",
    ),
    Actor.COUNTY: ("county", "fylkeskommunen", "fylkeskommune", "fylket", "fylke"),
    Actor.STATE: (
        "state",
        "state / county governor",
        "staten",
        "stat",
        "statsforvalteren",
        "staten / statsforvalteren",
    ),
    Actor.BUSINESS: ("business", "næringslivet", "næringsliv"),
    Actor.CITIZENS: ("citizens", "innbyggerne", "innbyggere"),
    Actor.UNKNOWN: ("unknown", "ukjent", "ikke avklart"),
}


def _key(word: str) -> str:
    return " ".join(word.casefold().replace("\u00a0", " ").split())


def _without_note(word: str) -> str:
    return _key(re.sub(r"\([^)]*\)", " ", word))


_CATEGORIES = {_key(w): c.value for c, words in _CATEGORY_WORDS.items() for w in words}
_ACTORS = {_key(w): a.value for a, words in _ACTOR_WORDS.items() for w in words}


def category_id(word: str) -> str | None:
    """The category id a person's word stands for, or None when it is not one."""
    return _CATEGORIES.get(_key(word)) or _CATEGORIES.get(_without_note(word))


def actor_id(word: str) -> str | None:
    """The actor id a person's word stands for, or None when it is not one."""
    return _ACTORS.get(_key(word)) or _ACTORS.get(_without_note(word))


def category_words() -> list[str]:
    """Every accepted category word (for an error message)."""
    return sorted({w for words in _CATEGORY_WORDS.values() for w in words})


def actor_words() -> list[str]:
    """Every accepted actor word (for an error message)."""
    return sorted({w for words in _ACTOR_WORDS.values() for w in words})

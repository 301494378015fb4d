"""Words of the readable documents in Norwegian Bokmål (default) and English.

The documents are made without Qt (from the command line too), so they carry their own
small vocabulary instead of Qt's translation files.
"""

from __future__ import annotations

LANGUAGES = ("nb", "en")

_EN: dict[str, str] = {
    "title": "Group summary",
    "workshop": "Workshop",
    "session": "Session",
    "group": "Group",
    "facilitator": "Facilitator",
    "exported": "Exported",
    "app": "App version",
    "public_note": "Public version: names, authors and facilitator notes are left out.",
    "participants": "Participants",
    "present_of": "{present} of {total} present",
    "named": "Named with consent",
    "time": "Planned and actual time",
    "item": "Agenda item",
    "planned_start": "Planned start",
    "planned_min": "Planned (min)",
    "actual_start": "Actual start",
    "actual_min": "Actual (min)",
    "status": "Status",
    "legend_planned": "planned",
    "legend_actual": "actual",
    "questions": "Questions and ideas",
    "sub_questions": "Sub-questions",
    "note": "Facilitator's note",
    "board": "The board",
    "cluster": "Cluster",
    "unclustered": "Not in a cluster",
    "no_ideas": "No ideas were recorded for this question.",
    "votes": "votes",
    "vote": "vote",
    "by": "by",
    "actors": "Who must act",
    "municipal": "What the municipality can do (council and administration)",
    "others": "What others must do (county, state, business, citizens)",
    "undecided": "Who must act is not decided",
    "none": "None.",
    "experts": "Questions for the experts",
    "expert_answer": "Experts' answer",
    "no_answer": "not answered yet",
    "vote_rounds": "Dot votes",
    "round": "Round on {question}: {dots} dots each, {total} dots in all",
    "whole_board": "the whole board",
    "still_open": "still open",
    "checksum": "SHA-256 of the summary content",
    "idea": "Idea",
    "category": "Category",
    "actor": "Who must act",
    "question": "Question",
    "author": "Author",
    "created": "Created",
    "no": "No.",
    "ideas_count": "{n} ideas",
    "top_ideas": "Most votes",
    "legend": "Colour shows the category",
}

_NB: dict[str, str] = {
    "title": "Gruppeoppsummering",
    "workshop": "Idéverksted",
    "session": "Sesjon",
    "group": "Gruppe",
    "facilitator": "Fasilitator",
    "exported": "Eksportert",
    "app": "Appversjon",
    "public_note": "Offentlig versjon: navn, forfattere og fasilitatorens notater er utelatt.",
    "participants": "Deltakere",
    "present_of": "{present} av {total} til stede",
    "named": "Navngitt med samtykke",
    "time": "Planlagt og faktisk tid",
    "item": "Punkt på agendaen",
    "planned_start": "Planlagt start",
    "planned_min": "Planlagt (min)",
    "actual_start": "Faktisk start",
    "actual_min": "Faktisk (min)",
    "status": "Status",
    "legend_planned": "planlagt",
    "legend_actual": "faktisk",
    "questions": "Spørsmål og ideer",
    "sub_questions": "Underspørsmål",
    "note": "Fasilitatorens notat",
    "board": "Tavla",
    "cluster": "Gruppering",
    "unclustered": "Ikke gruppert",
    "no_ideas": "Ingen ideer ble registrert på dette spørsmålet.",
    "votes": "stemmer",
    "vote": "stemme",
    "by": "av",
    "actors": "Hvem må handle",
    "municipal": "Dette kan kommunen gjøre (kommunestyret og administrasjonen)",
    "others": "Dette må andre gjøre (fylke, stat, næringsliv, innbyggere)",
    "undecided": "Hvem som må handle er ikke avklart",
    "none": "Ingen.",
    "experts": "Spørsmål til ekspertene",
    "expert_answer": "Ekspertenes svar",
    "no_answer": "ikke besvart ennå",
    "vote_rounds": "Prikkstemming",
    "round": "Runde på {question}: {dots} prikker hver, {total} prikker i alt",
    "whole_board": "hele tavla",
    "still_open": "fortsatt åpen",
    "checksum": "SHA-256 av innholdet i oppsummeringen",
    "idea": "Idé",
    "category": "Kategori",
    "actor": "Hvem må handle",
    "question": "Spørsmål",
    "author": "Forfatter",
    "created": "Opprettet",
    "no": "Nr.",
    "ideas_count": "{n} ideer",
    "top_ideas": "Flest stemmer",
    "legend": "Fargen viser kategorien",
}

_VALUES: dict[str, dict[str, str]] = {
    "en": {
        "challenge": "challenge",
        "measure": "measure",
        "expert_question": "question for experts",
        "other": "other",
        "council": "municipal council",
        "administration": "administration",
        "county": "county",
        "state": "state",
        "business": "business",
        "citizens": "citizens",
        "unknown": "not decided",
        "pending": "not started",
        "active": "running",
        "done": "done",
        "skipped": "skipped",
    },
    "nb": {
        "challenge": "utfordring",
        "measure": "tiltak",
        "expert_question": "spørsmål til ekspert",
        "other": "annet",
        "council": "kommunestyret",
        "administration": "administrasjonen",
        "county": "fylket",
        "state": "staten",
        "business": "næringslivet",
        "citizens": "innbyggerne",
        "unknown": "ikke avklart",
        "pending": "ikke startet",
        "active": "pågår",
        "done": "ferdig",
        "skipped": "hoppet over",
    },
}


class Labels:
    """The documents' words in one language; ``labels['key']`` or ``labels.value(v)``."""

    def __init__(self, lang: str = "nb") -> None:
        self.lang = lang if lang in LANGUAGES else "nb"
        self._words = _NB if self.lang == "nb" else _EN

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def votes(self, count: int) -> str:
        """``1 vote`` / ``3 votes`` (``1 stemme`` / ``3 stemmer``)."""
        return f"{count} {self['vote'] if count == 1 else self['votes']}"

    def value(self, value: str) -> str:
        """The word for a category, actor or status value (the value itself if unknown)."""
        return _VALUES[self.lang].get(value, value)

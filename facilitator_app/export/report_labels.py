"""Words of the workshop report and the certificates in Bokmål (default), Nynorsk, English.

Like ``export/labels.py``: the documents are made without Qt, so they carry their own
vocabulary. Values (categories, actors, statuses) come from ``Labels.value``.
"""

from __future__ import annotations

import datetime as dt

from facilitator_app.export.labels import Labels

_EN: dict[str, str] = {
    "title": "Workshop results",
    "organiser": "Organiser",
    "sessions": "Sessions",
    "generated": "Made",
    "public_note": (
        "Public version: no names of participants, authors, voters or facilitators. "
        "Names of people typed into notes were replaced by “[…]” ({n} replacements)."
    ),
    "internal_note": "Internal version: holds names. Do not publish; use the public version.",
    "delivery": "What this report is built from",
    "delivery_all": "All {n} group sessions delivered data to the organisers' store.",
    "delivery_missing": (
        "This report is not complete: {missing} of {n} group sessions have delivered no "
        "data to the organisers' store."
    ),
    "missing_list": "Missing",
    "group": "Group",
    "session": "Session",
    "data": "Data",
    "ideas": "Ideas",
    "present": "Present",
    "last_sync": "Last contact of the group's laptop",
    "never": "never",
    "yes": "yes",
    "no_data": "missing",
    "top": "The most supported ideas across groups",
    "top_intro": (
        "Ranked by votes per person present in the group's vote, so a group of 4 and a "
        "group of 6 weigh alike; the raw number of votes is given beside it."
    ),
    "rank": "No.",
    "idea": "Idea",
    "question": "Question",
    "category": "Category",
    "actor": "Who must act",
    "votes": "Votes",
    "voters": "People voting",
    "score": "Votes per person",
    "no_votes": "No group has voted yet.",
    "actors": "What the municipality can do itself and what needs others",
    "actors_intro": (
        "Ideas by who must act (questions for the experts left out). The municipality: "
        "the municipal council and the administration; others: county, state, business "
        "and citizens."
    ),
    "municipal": "Municipality",
    "others": "Others",
    "undecided": "Not decided",
    "overall": "All questions",
    "breakdowns": "By sector, region and municipality size",
    "breakdowns_intro": (
        "People present at one session or more, and the ideas they wrote where the author "
        "was recorded. Values with fewer than {k} people are merged into “other (merged)”."
    ),
    "sector": "Sector",
    "region": "Region",
    "municipality_size": "Municipality size",
    "value": "Value",
    "people": "People",
    "measures": "Measures",
    "municipal_measures": "of which the municipality's",
    "merged": "other (merged)",
    "merged_note": "Merged because each had fewer than {k} people: {values}.",
    "suppressed_note": ("{values}: left out because even together they are fewer than {k} people."),
    "no_breakdown": "The plan holds no sector, region or municipality size.",
    "time": "Planned and actual time",
    "time_intro": "Minutes per group and session: planned in the plan, and as run.",
    "planned": "Planned (min)",
    "actual": "Actual (min)",
    "status": "Status",
    "item": "Agenda item",
    "not_run": "not run",
    "questions": "Questions and ideas",
    "cluster_none": "Not in a cluster",
    "no_ideas": "No ideas were recorded for this question.",
    "experts": "Questions for the experts",
    "answer": "Answer",
    "no_answer": "Not answered yet.",
    "answers_unknown": "(answers are not kept in this store)",
    "whole_board": "Ideas not placed on a question",
    "by": "by",
    "checksum": "SHA-256 of the report content",
    "chart_votes": "Bar chart: votes per person present for the {n} most supported ideas.",
    "chart_actors": ("Bar chart: ideas by who must act over all questions: {values}."),
    "chart_time": "Bar chart: planned against actual minutes per group and session.",
    "page": "Page {n} of {total}",
    "sheet_delivery": "Delivery",
    "sheet_top": "Top ideas",
    "sheet_actors": "Who must act",
    "sheet_breakdowns": "Breakdowns",
    "sheet_time": "Time",
    "sheet_ideas": "Ideas",
    "sheet_experts": "Expert questions",
    "dimension": "Dimension",
    "author": "Author",
    "facilitator": "Facilitator",
    # certificates
    "cert_title": "Participation certificate",
    "cert_body": "{name} took part in the workshop",
    "cert_sessions": "Sessions attended",
    "cert_organiser": "Organised by {organiser}",
    "cert_code": "Verification code",
    "cert_verify": "Check the code with: facilitator-app central certificates --verify CODE",
    "cert_issued": "Issued {date}",
    "cert_name": "Name",
    "cert_municipality": "Municipality",
    "cert_file": "File",
    "cert_issued_col": "Issued",
    "cert_rule": "Rule",
    "cert_rule_text": "Present at {min} or more of the workshop's {total} sessions",
    "cert_rule_command": "chosen when the certificates were made",
    "cert_rule_plan": "set by the workshop plan",
    "cert_rule_default": "the default: the workshop plan sets no rule",
}

_NB: dict[str, str] = {
    "title": "Resultater fra idéverkstedet",
    "organiser": "Arrangør",
    "sessions": "Sesjoner",
    "generated": "Laget",
    "public_note": (
        "Offentlig versjon: ingen navn på deltakere, forfattere, stemmegivere eller "
        "fasilitatorer. Navn på personer som var skrevet inn i lappene, er byttet ut med "
        "«[…]» ({n} utskiftinger)."
    ),
    "internal_note": "Intern versjon: inneholder navn. Skal ikke publiseres; bruk den offentlige.",
    "delivery": "Hva rapporten bygger på",
    "delivery_all": "Alle {n} gruppesesjoner har levert data til arrangørens lager.",
    "delivery_missing": (
        "Rapporten er ikke komplett: {missing} av {n} gruppesesjoner har ikke levert data "
        "til arrangørens lager."
    ),
    "missing_list": "Mangler",
    "group": "Gruppe",
    "session": "Sesjon",
    "data": "Data",
    "ideas": "Ideer",
    "present": "Til stede",
    "last_sync": "Siste kontakt fra gruppens PC",
    "never": "aldri",
    "yes": "ja",
    "no_data": "mangler",
    "top": "Ideene med mest støtte på tvers av gruppene",
    "top_intro": (
        "Rangert etter stemmer per person som var til stede i gruppens avstemning, slik at "
        "en gruppe på 4 og en på 6 teller likt; antall stemmer står ved siden av."
    ),
    "rank": "Nr.",
    "idea": "Idé",
    "question": "Spørsmål",
    "category": "Kategori",
    "actor": "Hvem må handle",
    "votes": "Stemmer",
    "voters": "Stemte",
    "score": "Stemmer per person",
    "no_votes": "Ingen grupper har stemt ennå.",
    "actors": "Hva kommunen kan gjøre selv, og hva som trenger andre",
    "actors_intro": (
        "Ideer etter hvem som må handle (spørsmål til ekspertene er holdt utenfor). "
        "Kommunen: kommunestyret og administrasjonen; andre: fylket, staten, næringslivet "
        "og innbyggerne."
    ),
    "municipal": "Kommunen",
    "others": "Andre",
    "undecided": "Ikke avklart",
    "overall": "Alle spørsmål",
    "breakdowns": "Etter sektor, region og kommunestørrelse",
    "breakdowns_intro": (
        "Personer som var til stede på minst én sesjon, og ideene de skrev der forfatteren "
        "ble registrert. Verdier med færre enn {k} personer er slått sammen til «annet "
        "(sammenslått)»."
    ),
    "sector": "Sektor",
    "region": "Region",
    "municipality_size": "Kommunestørrelse",
    "value": "Verdi",
    "people": "Personer",
    "measures": "Tiltak",
    "municipal_measures": "herav kommunens egne",
    "merged": "annet (sammenslått)",
    "merged_note": "Slått sammen fordi hver hadde færre enn {k} personer: {values}.",
    "suppressed_note": "{values}: utelatt fordi de til sammen er færre enn {k} personer.",
    "no_breakdown": "Planen har ikke sektor, region eller kommunestørrelse.",
    "time": "Planlagt og faktisk tid",
    "time_intro": "Minutter per gruppe og sesjon: planlagt i planen, og slik det ble gjennomført.",
    "planned": "Planlagt (min)",
    "actual": "Faktisk (min)",
    "status": "Status",
    "item": "Punkt på agendaen",
    "not_run": "ikke gjennomført",
    "questions": "Spørsmål og ideer",
    "cluster_none": "Ikke gruppert",
    "no_ideas": "Ingen ideer ble registrert på dette spørsmålet.",
    "experts": "Spørsmål til ekspertene",
    "answer": "Svar",
    "no_answer": "Ikke besvart ennå.",
    "answers_unknown": "(svar lagres ikke i dette lageret)",
    "whole_board": "Ideer som ikke er plassert på et spørsmål",
    "by": "av",
    "checksum": "SHA-256 av innholdet i rapporten",
    "chart_votes": "Søylediagram: stemmer per person for de {n} ideene med mest støtte.",
    "chart_actors": "Søylediagram: ideer etter hvem som må handle, alle spørsmål: {values}.",
    "chart_time": "Søylediagram: planlagte mot faktiske minutter per gruppe og sesjon.",
    "page": "Side {n} av {total}",
    "sheet_delivery": "Levert",
    "sheet_top": "Mest støtte",
    "sheet_actors": "Hvem må handle",
    "sheet_breakdowns": "Fordeling",
    "sheet_time": "Tid",
    "sheet_ideas": "Ideer",
    "sheet_experts": "Ekspertspørsmål",
    "dimension": "Inndeling",
    "author": "Forfatter",
    "facilitator": "Fasilitator",
    "cert_title": "Deltakerbevis",
    "cert_body": "{name} har deltatt i idéverkstedet",
    "cert_sessions": "Sesjoner deltatt på",
    "cert_organiser": "Arrangert av {organiser}",
    "cert_code": "Kontrollkode",
    "cert_verify": "Koden kontrolleres med: facilitator-app central certificates --verify KODE",
    "cert_issued": "Utstedt {date}",
    "cert_name": "Navn",
    "cert_municipality": "Kommune",
    "cert_file": "Fil",
    "cert_issued_col": "Utstedt",
    "cert_rule": "Regel",
    "cert_rule_text": "Til stede på minst {min} av idéverkstedets {total} sesjoner",
    "cert_rule_command": "valgt da deltakerbevisene ble laget",
    "cert_rule_plan": "satt i verkstedplanen",
    "cert_rule_default": "standard: verkstedplanen setter ingen regel",
}

# Nynorsk word choices follow docs/glossary.md (idear, røyster, deltakarar, arrangørane).
_NN: dict[str, str] = {
    "title": "Resultat frå idéverkstaden",
    "organiser": "Arrangør",
    "sessions": "Sesjonar",
    "generated": "Laga",
    "public_note": (
        "Offentleg versjon: ingen namn på deltakarar, forfattarar, røystegjevarar eller "
        "fasilitatorar. Namn på personar som var skrivne inn på lappane, er bytte ut med "
        "«[…]» ({n} utskiftingar)."
    ),
    "internal_note": "Intern versjon: inneheld namn. Skal ikkje publiserast; bruk den offentlege.",
    "delivery": "Kva rapporten byggjer på",
    "delivery_all": "Alle dei {n} gruppesesjonane har levert data til lageret til arrangørane.",
    "delivery_missing": (
        "Rapporten er ikkje fullstendig: {missing} av {n} gruppesesjonar har ikkje levert "
        "data til lageret til arrangørane."
    ),
    "missing_list": "Manglar",
    "group": "Gruppe",
    "session": "Sesjon",
    "data": "Data",
    "ideas": "Idear",
    "present": "Til stades",
    "last_sync": "Siste kontakt frå maskinen til gruppa",
    "never": "aldri",
    "yes": "ja",
    "no_data": "manglar",
    "top": "Ideane med mest støtte på tvers av gruppene",
    "top_intro": (
        "Rangert etter røyster per person som var til stades i røystinga i gruppa, slik at "
        "ei gruppe på 4 og ei på 6 tel likt; talet på røyster står ved sida av."
    ),
    "rank": "Nr.",
    "idea": "Idé",
    "question": "Spørsmål",
    "category": "Kategori",
    "actor": "Kven må handle",
    "votes": "Røyster",
    "voters": "Røystande",
    "score": "Røyster per person",
    "no_votes": "Ingen grupper har røysta enno.",
    "actors": "Kva kommunen kan gjere sjølv, og kva som treng andre",
    "actors_intro": (
        "Idear etter kven som må handle (spørsmål til ekspertane er haldne utanfor). "
        "Kommunen: kommunestyret og administrasjonen; andre: fylket, staten, næringslivet "
        "og innbyggjarane."
    ),
    "municipal": "Kommunen",
    "others": "Andre",
    "undecided": "Ikkje avklart",
    "overall": "Alle spørsmål",
    "breakdowns": "Etter sektor, region og kommunestorleik",
    "breakdowns_intro": (
        "Personar som var til stades på minst éin sesjon, og ideane dei skreiv der "
        "forfattaren vart registrert. Verdiar med færre enn {k} personar er slegne saman "
        "til «anna (samanslått)»."
    ),
    "sector": "Sektor",
    "region": "Region",
    "municipality_size": "Kommunestorleik",
    "value": "Verdi",
    "people": "Personar",
    "measures": "Tiltak",
    "municipal_measures": "av desse: kommunen sine eigne",
    "merged": "anna (samanslått)",
    "merged_note": "Slegne saman fordi kvar hadde færre enn {k} personar: {values}.",
    "suppressed_note": "{values}: utelatne fordi dei til saman er færre enn {k} personar.",
    "no_breakdown": "Planen har ikkje sektor, region eller kommunestorleik.",
    "time": "Planlagd og faktisk tid",
    "time_intro": "Minutt per gruppe og sesjon: planlagt i planen, og slik det vart gjennomført.",
    "planned": "Planlagt (min)",
    "actual": "Faktisk (min)",
    "status": "Status",
    "item": "Punkt på agendaen",
    "not_run": "ikkje gjennomført",
    "questions": "Spørsmål og idear",
    "cluster_none": "Ikkje i nokon klynge",
    "no_ideas": "Det vart ikkje registrert nokon idear på dette spørsmålet.",
    "experts": "Spørsmål til ekspertane",
    "answer": "Svar",
    "no_answer": "Ikkje svara på enno.",
    "answers_unknown": "(svar blir ikkje lagra i dette lageret)",
    "whole_board": "Idear som ikkje er plasserte på eit spørsmål",
    "by": "av",
    "checksum": "SHA-256 av innhaldet i rapporten",
    "chart_votes": "Søylediagram: røyster per person for dei {n} ideane med mest støtte.",
    "chart_actors": "Søylediagram: idear etter kven som må handle, alle spørsmål: {values}.",
    "chart_time": "Søylediagram: planlagde mot faktiske minutt per gruppe og sesjon.",
    "page": "Side {n} av {total}",
    "sheet_delivery": "Levert",
    "sheet_top": "Mest støtte",
    "sheet_actors": "Kven må handle",
    "sheet_breakdowns": "Fordeling",
    "sheet_time": "Tid",
    "sheet_ideas": "Idear",
    "sheet_experts": "Ekspertspørsmål",
    "dimension": "Inndeling",
    "author": "Forfattar",
    "facilitator": "Fasilitator",
    "cert_title": "Deltakarbevis",
    "cert_body": "{name} har vore med i idéverkstaden",
    "cert_sessions": "Sesjonar deltakaren var med på",
    "cert_organiser": "Arrangert av {organiser}",
    "cert_code": "Kontrollkode",
    "cert_verify": "Kontroller koden med: facilitator-app central certificates --verify KODE",
    "cert_issued": "Utferda {date}",
    "cert_name": "Namn",
    "cert_municipality": "Kommune",
    "cert_file": "Fil",
    "cert_issued_col": "Utferda",
    "cert_rule": "Regel",
    "cert_rule_text": "Til stades på minst {min} av dei {total} sesjonane i idéverkstaden",
    "cert_rule_command": "valt då deltakarbevisa vart laga",
    "cert_rule_plan": "sett i verkstadplanen",
    "cert_rule_default": "standard: verkstadplanen set ingen regel",
}

_PLAN_VALUES: dict[str, dict[str, str]] = {
    "en": {
        "health_care": "health and care",
        "education": "schools and education",
        "technical": "technical services",
        "agriculture": "agriculture",
        "sports_culture": "sports and culture",
        "climate_environment": "climate and environment",
        "planning": "planning",
        "administration": "administration",
        "politics": "politics",
        "other": "other",
        "small": "small",
        "medium": "medium",
        "large": "large",
        "county": "county",
    },
    "nb": {
        "health_care": "helse og omsorg",
        "education": "skole og oppvekst",
        "technical": "teknisk sektor",
        "agriculture": "landbruk",
        "sports_culture": "idrett og kultur",
        "climate_environment": "klima og miljø",
        "planning": "plan",
        "administration": "administrasjon",
        "politics": "politikk",
        "other": "annet",
        "small": "liten",
        "medium": "mellomstor",
        "large": "stor",
        "county": "fylkeskommune",
    },
}
# Nynorsk shares the bokmål words but two.
_PLAN_VALUES["nn"] = {**_PLAN_VALUES["nb"], "education": "skule og oppvekst", "other": "anna"}


_MONTHS = {
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "nn": "januar februar mars april mai juni juli august september oktober november desember",
    "en": "January February March April May June July August September October November December",
}


class ReportLabels(Labels):
    """The report's words; values of categories, actors and plan fields too."""

    def __init__(self, lang: str = "nb") -> None:
        super().__init__(lang)
        self._report = {"nb": _NB, "nn": _NN, "en": _EN}[self.lang]

    def __getitem__(self, key: str) -> str:
        # Keys not here are the group summary's words (``export/labels.py``), which have
        # all three languages too; tests/export/test_report_labels.py keeps both complete.
        return self._report[key] if key in self._report else super().__getitem__(key)

    def votes(self, count: int) -> str:
        """``3 votes`` in running text: the summary's lower-case words, not the heading."""
        return f"{count} {super().__getitem__('vote' if count == 1 else 'votes')}"

    def date(self, day: dt.date) -> str:
        """``22. september 2021`` (nb, nn) or ``22 September 2021`` (en)."""
        month = _MONTHS[self.lang].split()[day.month - 1]
        dot = "" if self.lang == "en" else "."
        return f"{day.day}{dot} {month} {day.year}"

    def moment(self, when: dt.datetime) -> str:
        """``22. september 2021 kl. 14:05`` (nb, nn) or ``22 September 2021, 14:05`` (en),
        as ``when`` is (the caller puts it in the workshop's time zone)."""
        at = ", " if self.lang == "en" else " kl. "
        return f"{self.date(when.date())}{at}{when:%H:%M}"

    def decimal(self, value: float) -> str:
        """``0,67`` in bokmål and nynorsk, ``0.67`` in English (two decimals)."""
        text = f"{value:.2f}"
        return text if self.lang == "en" else text.replace(".", ",")

    def plan_value(self, dimension: str, value: str) -> str:
        """A sector or size in words; a region is shown as the plan writes it."""
        if value == "*":
            return self["merged"]
        if dimension == "region":
            return value
        return _PLAN_VALUES[self.lang].get(value, value)

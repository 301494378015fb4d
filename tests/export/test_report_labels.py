"""The report's words: every key in bokmål, nynorsk and English, and nynorsk that is nynorsk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facilitator_app.export import labels, report_labels
from facilitator_app.export.report_labels import ReportLabels
from tests.nynorsk_words import BOKMAL_ONLY

TABLES = {"nb": report_labels._NB, "nn": report_labels._NN, "en": report_labels._EN}
SOURCES = [
    *sorted(Path(report_labels.__file__).parent.glob("report_*.py")),
    Path(report_labels.__file__).parent.parent / "ui" / "report_pdf.py",
]


def test_every_language_has_every_key() -> None:
    # No fallback hides a missing word: the three tables hold the same keys.
    keys = set(report_labels._NB)
    for lang, table in TABLES.items():
        assert set(table) == keys, f"{lang}: {sorted(set(table) ^ keys)}"
    plan = report_labels._PLAN_VALUES
    assert set(plan) == set(TABLES)
    for lang in TABLES:
        assert set(plan[lang]) == set(plan["nb"]), lang


def test_every_key_the_renderers_use_exists_in_every_language() -> None:
    used = set()
    for source in SOURCES:
        used |= set(re.findall(r"\b(?:lab|labels)\[\"(\w+)\"\]", source.read_text("utf-8")))
    used |= {"sector", "region", "municipality_size"}  # lab[b.dimension]
    assert len(used) > 60  # the scan finds the renderers' words
    for lang in TABLES:
        lab = ReportLabels(lang)
        for key in sorted(used):
            assert lab[key], (lang, key)  # a KeyError names the missing word


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_placeholders_match_bokmal(lang: str) -> None:
    for key, text in report_labels._NB.items():
        other = TABLES[lang][key]
        assert sorted(re.findall(r"\{\w+\}", other)) == sorted(re.findall(r"\{\w+\}", text)), key


def test_nynorsk_is_nynorsk_not_bokmal() -> None:
    texts = {f"report {k}": v for k, v in report_labels._NN.items()}
    texts |= {f"plan {k}": v for k, v in report_labels._PLAN_VALUES["nn"].items()}
    texts |= {f"summary {k}": v for k, v in labels._NN.items()}
    texts |= {f"value {k}": v for k, v in labels._VALUES["nn"].items()}
    found = {k: m.group(0) for k, v in texts.items() if (m := BOKMAL_ONLY.search(v))}
    assert found == {}


def test_nynorsk_differs_from_bokmal_where_the_languages_do() -> None:
    lab = ReportLabels("nn")
    assert lab.lang == "nn"
    assert lab["title"] == "Resultat frå idéverkstaden"
    assert lab["actor"] == "Kven må handle"
    assert lab.plan_value("sector", "education") == "skule og oppvekst"
    assert lab.plan_value("sector", "*") == "anna (samanslått)"
    assert lab.plan_value("region", "Nordland") == "Nordland"
    assert lab.value("citizens") == "innbyggjarane"
    # Most words differ from bokmål; the few equal ones are the same word in both.
    same = {k for k in report_labels._NB if report_labels._NB[k] == report_labels._NN[k]}
    assert len(same) < len(report_labels._NB) / 2, sorted(same)


@pytest.mark.parametrize(
    ("lang", "one", "many"), [("nb", "1 stemme", "3 stemmer"), ("nn", "1 røyst", "3 røyster")]
)
def test_votes_in_running_text_are_lower_case(lang: str, one: str, many: str) -> None:
    lab = ReportLabels(lang)
    assert (lab.votes(1), lab.votes(3)) == (one, many)
    assert lab["votes"][0].isupper()  # the column heading


@pytest.mark.parametrize(("lang", "text"), [("nb", "0,67"), ("nn", "0,67"), ("en", "0.67")])
def test_decimals_as_each_language_writes_them(lang: str, text: str) -> None:
    assert ReportLabels(lang).decimal(2 / 3) == text

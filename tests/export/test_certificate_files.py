"""The certificate page and its register: words per language, dates, names, file names."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator_app.export import report_labels
from facilitator_app.export.report_certificates import (
    certificate_file_name,
    certificate_html,
    register_csv,
)
from facilitator_app.sync.certificates import AttendedSession, Certificate, CertificateRule


def cert(name: str = "Åse Ødegård", key: str = "p01") -> Certificate:
    return Certificate(
        participant_id="00000000-0000-0000-0000-000000000001",
        participant_key=key,
        name=name,
        municipality="Bodø kommune",
        workshop_title="Klimakrønsj 2021",
        organiser="Miljødirektoratet",
        sessions=[
            AttendedSession("s1", "Sesjon 1", dt.date(2021, 9, 22)),
            AttendedSession("s2", "Sesjon 2", dt.date(2021, 9, 23)),
        ],
        code="ABCD-EFGH-IJKL-MNOP",
        issued_at=dt.datetime(2026, 12, 1, 11, 0, tzinfo=dt.UTC),
    )


RULE = CertificateRule(min_sessions=2, source="plan", sessions_in_plan=4)


def test_every_certificate_word_has_a_nynorsk_form() -> None:
    cert_keys = {k for k in report_labels._NB if k.startswith("cert_")}
    assert len(cert_keys) == 16
    for table in (report_labels._NN, report_labels._EN):
        assert {k for k in table if k.startswith("cert_")} == cert_keys


@pytest.mark.parametrize(
    ("lang", "words", "dates"),
    [
        ("nb", ["Deltakerbevis", "Utstedt", "Kontrollkode"], ["22. september 2021"]),
        (
            "nn",
            ["Deltakarbevis", "Utferda", "har vore med i idéverkstaden"],
            ["23. september 2021"],
        ),
        ("en", ["Participation certificate", "Issued"], ["22 September 2021"]),
    ],
)
def test_certificate_page_in_each_language(lang: str, words: list[str], dates: list[str]) -> None:
    html = certificate_html(cert(), lang)
    assert f'<html lang="{lang}">' in html
    assert "Åse Ødegård" in html  # the name as written in the plan
    for word in [*words, *dates]:
        assert word in html
    assert "2021-09-22" not in html  # dates as people write them, not ISO
    if lang != "en":
        assert "Participation" not in html and "Sessions attended" not in html


def test_nynorsk_register_states_the_rule_in_nynorsk() -> None:
    lines = register_csv([cert()], RULE, "nn").decode("utf-8-sig").splitlines()
    assert (
        lines[0]
        == "Regel;Til stades på minst 2 av dei 4 sesjonane i idéverkstaden (sett i verkstadplanen)"
    )
    assert lines[2].split(";") == [
        "id",
        "Namn",
        "Kommune",
        "Sesjonar deltakaren var med på",
        "Kontrollkode",
        "Fil",
        "Utferda",
    ]
    assert lines[3].split(";")[:3] == ["p01", "Åse Ødegård", "Bodø kommune"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Åse Ødegård", "certificate_Ase-Odegard_p01.pdf"),
        ("Ævar Ærø", "certificate_Aevar-Aero_p01.pdf"),
        ("Áile Čoarvi-Ŋuolja", "certificate_Aile-Coarvi-Nuolja_p01.pdf"),
        ("Máret Đuolja", "certificate_Maret-Duolja_p01.pdf"),
        ("Zoë Müller", "certificate_Zoe-Muller_p01.pdf"),
        ("李小龍", "certificate_participant_p01.pdf"),
    ],
)
def test_file_names_keep_the_letters_of_accented_names(name: str, expected: str) -> None:
    assert certificate_file_name(cert(name)) == expected

"""The workshop report from nine synced laptops, checked against an independent count."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from laptops import SESSION_MORNING, Laptop
from report_data import GROUPS, MISSING, Expected, build_central

from facilitator_app.cli import main
from facilitator_app.clock import FakeClock
from facilitator_app.export.report_files import export_report
from facilitator_app.models.enums import Actor, Category
from facilitator_app.schemas.report import WorkshopReport, content_digest
from facilitator_app.sync.central_store import CentralStore, init_central, sqlite_url
from facilitator_app.sync.report import build_report


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Expected]]:
    """One central store for the module: nine laptops take about a minute to fill."""
    root = tmp_path_factory.mktemp("report")
    url = sqlite_url(root / "central" / "central.sqlite3")
    init_central(url).close()
    made: list[Laptop] = []

    def make(name: str, *, group: str) -> Laptop:
        laptop = Laptop(root / name, FakeClock(SESSION_MORNING), group=group)
        made.append(laptop)
        return laptop

    try:
        yield url, build_central(make, url)
    finally:
        for laptop in made:
            laptop.close()


def _report(url: str, *, public: bool = False) -> WorkshopReport:
    central = CentralStore.open(url)
    try:
        return build_report(central, session_key="s1", public=public)
    finally:
        central.close()


def test_report_numbers_match_what_the_groups_made(filled: tuple[str, Expected]) -> None:
    url, expected = filled
    report = _report(url)
    assert report.sha256 == content_digest(report)
    # What was written reads back as the same model.
    assert WorkshopReport.model_validate_json(report.model_dump_json()) == report
    # Delivery: every synced group has data and a time of contact; the missing one not.
    by_group = {d.group_key: d for d in report.delivery}
    assert set(by_group) == set(GROUPS)
    assert not by_group[MISSING].has_data and by_group[MISSING].last_synced_at is None
    for key in expected.synced:
        assert by_group[key].has_data and by_group[key].last_synced_at is not None
        assert by_group[key].present == expected.present[key]
    # Ideas per question and group.
    counted: Counter[tuple[str, str]] = Counter()
    for q in report.questions:
        for g in q.groups:
            counted[(q.key or "", g.group_key)] += sum(len(c.ideas) for c in g.clusters)
    want = Counter({k: n for k, n in expected.ideas.items() if k[1] in expected.synced})
    assert counted == want
    # Who must act, over all questions (expert questions left out by both).
    overall = report.actors_overall
    assert {a.value: n for a, n in overall.by_actor.items() if n} == dict(expected.actors)
    assert overall.municipal == sum(expected.actors[a.value] for a in Actor if a.is_municipal)
    assert overall.undecided == expected.actors[Actor.UNKNOWN.value]
    # Votes: raw counts and per person present.
    ideas = {
        i.text: i for q in report.questions for g in q.groups for c in g.clusters for i in c.ideas
    }
    for text, votes in expected.votes.items():
        group = text.split()[0]
        if group not in expected.synced:
            assert text not in ideas
            continue
        idea = ideas[text]
        assert idea.votes == votes
        assert idea.voters == expected.present[group]
        assert idea.score == pytest.approx(votes / expected.present[group], abs=1e-4)
    best = max(
        (v / expected.present[t.split()[0]], v)
        for t, v in expected.votes.items()
        if t.split()[0] in expected.synced
    )
    assert (report.top_ideas[0].score, report.top_ideas[0].votes) == (
        pytest.approx(best[0], abs=1e-4),
        best[1],
    )
    # Time: the first question of each synced group ran 10 + n minutes.
    for key in expected.synced:
        rows = [t for t in report.time if t.group_key == key and t.actual_min is not None]
        assert [t.actual_min for t in rows] == [expected.actual_min[key]]
    # Expert questions listed; the experts have answered none yet.
    experts = [x for q in report.questions for x in q.expert_questions]
    assert len(experts) == len(expected.synced)
    assert all(x.answers == [] for x in experts)
    assert all(x.category != Category.EXPERT_QUESTION for x in report.top_ideas)


def test_breakdowns_never_show_a_cell_below_three(filled: tuple[str, Expected]) -> None:
    url, _expected = filled
    report = _report(url)
    assert {b.dimension for b in report.breakdowns} == {"sector", "region", "municipality_size"}
    for b in report.breakdowns:
        assert all(c.people >= report.min_cell for c in b.cells)
        if b.merged and not b.suppressed:
            assert b.cells[-1].value == "*"


def _texts(path: Path) -> str:
    """The readable text of a written file, whatever its format."""
    if path.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    if path.suffix == ".pdf":
        done = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        )
        return done.stdout
    return path.read_bytes().decode("utf-8-sig")


def test_public_report_holds_no_plan_names_in_any_format(
    filled: tuple[str, Expected], tmp_path: Path
) -> None:
    from facilitator_app.commands.results import report_pdf_format

    url, expected = filled
    internal = _report(url)
    public = _report(url, public=True)
    assert public.names_replaced == 2 * len(expected.synced)  # facilitator + one other
    assert all(g.facilitator is None for g in public.groups)
    formats = ["json", "html", "pdf", "docx", "xlsx", "csv"]
    extra = {"pdf": report_pdf_format()}
    written = export_report(public, formats, tmp_path / "pub", extra=extra)
    assert len(written) == 5 + 7  # one CSV per sheet
    full_names = sorted(expected.names)
    idea_texts = {
        i.text for q in public.questions for g in q.groups for c in g.clusters for i in c.ideas
    }
    for path in written:
        text = _texts(path)
        if path.suffix in (".pdf", ".html", ".docx"):
            # Every idea is in the document (a lazy Qt layout once left half of them out).
            flat = " ".join(text.split())
            missing = [t for t in idea_texts if " ".join(t.split()) not in flat]
            assert not missing, f"{path.name} lacks {missing[:3]}"
        found = [n for n in full_names if n in text]
        assert not found, f"{path.name} holds {found}"
        for name in full_names:
            for part in name.split():
                if len(part) >= 3:
                    word = re.compile(rf"(?<!\w){re.escape(part)}(?!\w)")
                    assert not word.search(text), f"{path.name}: {part}"
    # The internal report keeps them (so the scan above can fail).
    inside = export_report(internal, ["html"], tmp_path / "int")[0].read_text("utf-8")
    assert any(n in inside for n in full_names)


def test_csv_is_what_norwegian_excel_opens(filled: tuple[str, Expected], tmp_path: Path) -> None:
    url, _expected = filled
    written = export_report(_report(url), ["csv", "xlsx"], tmp_path)
    csvs = [p for p in written if p.suffix == ".csv"]
    for path in csvs:
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        assert ";" in data.decode("utf-8-sig").splitlines()[0]
    ideas = next(p for p in csvs if p.name.endswith("_ideas.csv")).read_text("utf-8-sig")
    assert "sykkelvei og æøå" in ideas
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(next(p for p in written if p.suffix == ".xlsx").read_bytes()))
    assert len(book.sheetnames) == 7
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")


def test_report_command_writes_every_format(
    filled: tuple[str, Expected], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _expected = filled
    code = main(
        [
            "central",
            "report",
            "--central",
            url,
            "--all",
            "--format",
            "json,html,docx",
            "--out",
            str(tmp_path),
            "--lang",
            "en",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "1 of" in out or "group sessions have no data" in out
    data = json.loads(next(tmp_path.glob("*.report.json")).read_text("utf-8"))
    assert data["schema_version"] == 1 and len(data["sessions"]) == 4
    assert "Workshop results" in next(tmp_path.glob("*.html")).read_text("utf-8")


def test_report_command_refuses_an_unknown_session(
    filled: tuple[str, Expected], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _expected = filled
    code = main(["central", "report", "--central", url, "--session", "s9", "--out", str(tmp_path)])
    assert code == 2
    assert "no session 's9'" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_report_html_passes_axe(filled: tuple[str, Expected], tmp_path: Path) -> None:
    from tests.axe_runner import axe_violations, format_violations

    url, _expected = filled
    written = []
    for public in (False, True):
        report = _report(url, public=public)
        for lang in ("nb", "nn", "en"):
            written += export_report(report, ["html"], tmp_path / f"{lang}{public}", lang=lang)
    found = axe_violations(*written)
    assert sorted(found) == sorted(str(p) for p in written)
    assert not any(found.values()), format_violations(found)


def _plain(path: Path) -> str:
    """The words a reader sees in a written file (cells, paragraphs, page text, tags)."""
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(path.read_bytes()))
        values = [
            str(v) for ws in book.worksheets for r in ws.iter_rows(values_only=True) for v in r
        ]
        return "\n".join(book.sheetnames + values)
    return _texts(path)


def test_nynorsk_report_in_every_format(filled: tuple[str, Expected], tmp_path: Path) -> None:
    from facilitator_app.commands.results import report_pdf_format
    from facilitator_app.export.report_labels import _EN, _NN, _PLAN_VALUES

    url, _expected = filled
    report = _report(url)
    formats = ["json", "html", "pdf", "docx", "xlsx", "csv"]
    written = export_report(
        report, formats, tmp_path, lang="nn", extra={"pdf": report_pdf_format()}
    )
    html = next(p for p in written if p.suffix == ".html").read_text("utf-8")
    assert '<html lang="nn">' in html
    best = f"{report.top_ideas[0].score:.2f}".replace(".", ",")  # a decimal comma
    assert f">{best}</td>" in html
    for chart in ("chart_votes", "chart_actors", "chart_time"):  # the charts' text alternatives
        assert _NN[chart].split("{")[0] in html, chart
    headings = ["title", "delivery", "top", "actors", "breakdowns", "time", "questions"]
    headings += ["experts", "checksum"]
    sector_words = {
        _PLAN_VALUES["nn"][c.value]
        for b in report.breakdowns
        for c in b.cells
        if b.dimension == "sector" and c.value != "*"
    }
    assert sector_words
    # English table labels: every English word that nynorsk says otherwise.
    english = [v for k, v in _EN.items() if "{" not in v and v != _NN[k] and len(v) > 3]
    for path in written:
        if path.suffix == ".json":
            continue  # data, no words
        text = " ".join(_plain(path).split())
        if path.suffix in (".html", ".pdf", ".docx"):
            for key in headings:
                assert _NN[key] in text, f"{path.name}: no {_NN[key]!r}"
            assert all(word in text for word in sector_words), path.name
        found = [w for w in english if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]
        assert not found, f"{path.name}: English {found}"
    from openpyxl import load_workbook

    book = load_workbook(next(p for p in written if p.suffix == ".xlsx"))
    sheets = ["delivery", "top", "actors", "breakdowns", "time", "ideas", "experts"]
    assert book.sheetnames == [_NN[f"sheet_{s}"] for s in sheets]
    assert _NN["actor"] in [c.value for c in book[_NN["sheet_top"]][1]]
    top_csv = next(p for p in written if p.name.endswith("_top.csv")).read_text("utf-8-sig")
    assert top_csv.splitlines()[0].split(";")[:2] == [_NN["rank"], _NN["idea"]]


def test_certificates_for_everyone_ticked_present_with_codes_that_verify(
    filled: tuple[str, Expected], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import update

    from facilitator_app.sync.central_schema import certificate_table
    from facilitator_app.sync.certificates import issue_certificates, verify_code

    url, expected = filled
    code = main(["central", "certificates", "--central", url, "--out", str(tmp_path)])
    assert code == 0
    central = CentralStore.open(url)
    try:
        certs = issue_certificates(central).certificates  # again: same content, same codes
        # Everyone ticked present in a synced group, nobody else.
        assert len(certs) == sum(expected.present[g] for g in expected.synced)
        assert len({c.code for c in certs}) == len(certs)
        # A stricter rule empties the register (those codes stop verifying); issuing
        # again under the plan's rule gives the very same codes back.
        assert not issue_certificates(central, min_sessions=2).certificates
        assert not verify_code(central, certs[0].code).valid
        assert [c.code for c in issue_certificates(central).certificates] == [c.code for c in certs]
        register = (tmp_path / "certificates.csv").read_bytes()
        assert register.startswith(b"\xef\xbb\xbf")
        text = register.decode("utf-8-sig")
        for cert in certs:
            assert cert.code in text and cert.name in text  # names as written, diacritics
            assert (
                (
                    tmp_path
                    / next(line.split(";")[5] for line in text.splitlines() if cert.code in line)
                )
                .read_bytes()
                .startswith(b"%PDF")
            )
            assert verify_code(central, cert.code).valid
        first = certs[0]
        found = verify_code(central, first.code.lower().replace("-", " "))
        assert found.valid and found.name == first.name
        # One character changed, anywhere: not valid.
        plain = first.code.replace("-", "")
        for pos in range(len(plain)):
            swapped = "A" if plain[pos] != "A" else "B"
            assert not verify_code(central, plain[:pos] + swapped + plain[pos + 1 :]).valid
        # An edited register row no longer matches its code.
        with central.engine.begin() as conn:
            conn.execute(
                update(certificate_table)
                .where(certificate_table.c.code == plain)
                .values(name=first.name + "x")
            )
        assert not verify_code(central, first.code).valid
    finally:
        central.close()
    capsys.readouterr()
    assert main(["central", "certificates", "--central", url, "--verify", "AAAA-BBBB"]) == 2
    assert "NOT a valid" in capsys.readouterr().out


def _payload_text(url: str) -> str:
    from sqlalchemy import create_engine, select

    from facilitator_app.sync.central_schema import SYNCED_TABLES, conflict_table, entity_tables

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            parts = [
                p
                for t in SYNCED_TABLES
                for (p,) in conn.execute(select(entity_tables[t].c.payload))
            ]
            parts += [p for (p,) in conn.execute(select(conflict_table.c.loser_payload))]
    finally:
        engine.dispose()
    return "\n".join(parts)


def test_purge_refuses_until_delivered_and_certified_then_removes_names(
    filled: tuple[str, Expected], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from sqlalchemy import delete

    from facilitator_app.services.purge import LaptopPurgeError, purge_laptop
    from facilitator_app.sync.central_schema import certificate_table
    from facilitator_app.sync.certificates import issue_certificates, verify_code
    from facilitator_app.sync.purge import PurgeError, purge_workshop

    url, expected = filled
    copy = tmp_path / "central.sqlite3"
    shutil.copy(url.removeprefix("sqlite:///"), copy)
    url2 = sqlite_url(copy)
    central = CentralStore.open(url2)
    try:
        with central.engine.begin() as conn:
            conn.execute(delete(certificate_table))
        before = _payload_text(url2)
        # Group 9 never delivered: refused, nothing removed.
        assert main(["central", "purge", "--central", url2, "--workshop", "klimakronsj-2021"]) == 2
        assert "Gruppe 9" in capsys.readouterr().err
        assert _payload_text(url2) == before
        # Its laptop refuses to purge its own copy: changes not delivered.
        late = expected.laptops[MISSING]
        with pytest.raises(LaptopPurgeError, match="not reached"):
            purge_laptop(late.store, "klimakronsj-2021")
        assert late.sync(url2).waiting == 0
        # Certificates not issued yet: refused (attendance would be lost).
        # The groups worked in session 1 only: sessions 2-4 brought nothing, and after a
        # purge the store would take nothing more. Refused unless accepted.
        missing = r"nothing has arrived for Sesjon 2 – [^:]*: every group; Sesjon 3"
        with pytest.raises(PurgeError, match=missing) as refused:
            purge_workshop(central, "klimakronsj-2021", keep_public_results=True)
        assert "--accept-missing" in str(refused.value)
        assert _payload_text(url2) != ""
        with pytest.raises(PurgeError, match="certificates"):
            purge_workshop(central, "klimakronsj-2021", accept_missing=True)
        certs = issue_certificates(central).certificates
        result = purge_workshop(
            central, "klimakronsj-2021", keep_public_results=True, accept_missing=True
        )
        assert result.accepted_missing.startswith("Sesjon 2")
        assert result.removed["participants"] == 51
        assert result.kept["ideas"] > 0 and result.names_replaced >= 2 * len(GROUPS)
        text = _payload_text(url2)
        leaked = [n for n in sorted(expected.names) if n in text]
        assert not leaked, leaked
        assert '"author_id": "' not in text and '"participant_id": "' not in text
        assert verify_code(central, certs[0].code).valid  # the register stays
        public = build_report(central, session_key="s1", public=True)
        assert sum(len(c.ideas) for q in public.questions for g in q.groups for c in g.clusters)
        # Without --keep-public-results nothing of the workshop stays.
        result = purge_workshop(central, "klimakronsj-2021", accept_missing=True)
        assert result.removed["workshop"] == 1
        assert _payload_text(url2) == ""
    finally:
        central.close()
    # A laptop whose changes all reached the store may remove its copy.
    laptop = expected.laptops["g1"]
    done = purge_laptop(laptop.store, "klimakronsj-2021")
    assert done.removed["participants"] == 51 and done.removed["ideas"] > 0
    assert not any(laptop.contents().values())
    from sqlalchemy import select

    from facilitator_app.models import ChangeLogEntry

    with laptop.store.read() as s:
        log = "\n".join(s.scalars(select(ChangeLogEntry.payload)))
    assert not [n for n in sorted(expected.names) if n in log]


def test_experts_answers_are_in_the_report_without_the_experts_name_in_public(
    filled: tuple[str, Expected],
) -> None:
    """Runs last in this module: it adds an answer (and a correction) to the shared store."""
    from facilitator_app.sync.questions import answer_question

    url, _expected = filled
    asked = [x for q in _report(url).questions for x in q.expert_questions]
    central = CentralStore.open(url)
    try:
        answer_question(central, asked[0].idea_id, "Ja, i budsjettet.", "Eva Ekspert")
        answer_question(central, asked[0].idea_id, "Ja, i handlingsplanen.", "Eva Ekspert")
    finally:
        central.close()
    for public in (False, True):
        questions = {
            x.idea_id: x for q in _report(url, public=public).questions for x in q.expert_questions
        }
        versions = questions[asked[0].idea_id].answers
        assert versions is not None
        assert [v.text for v in versions] == ["Ja, i budsjettet.", "Ja, i handlingsplanen."]
        assert {v.answered_by for v in versions} == ({None} if public else {"Eva Ekspert"})
        others = [x for i, x in questions.items() if i != asked[0].idea_id]
        assert all(x.answers == [] for x in others)  # no other group's question got it

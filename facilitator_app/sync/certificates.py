"""Participation certificates: who gets one, their verification codes, and checking a code.

Attendance is what the facilitators ticked and synced. A participant present at
``min_sessions`` sessions or more gets a certificate: the number given to the command
(``--min-sessions``, the dialog's spin box) if any, else the plan's ``certificate.
min_sessions`` (published in the workshop row), else one. Its code is an HMAC-SHA256 of the
certificate's content (workshop, participant, name as written in the plan, sessions with
dates) under a key kept in the central store (``central_secret``, never granted to
facilitator roles), shortened to 80 bits and written as ``XXXX-XXXX-XXXX-XXXX`` in
base32. Every issued certificate is kept in ``central_certificate``; ``verify`` looks the
code up there and recomputes it from the stored content, so a changed character, an
edited register row or a code from another store all fail.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Connection, delete, insert, select

from facilitator_app.clock import Clock, SystemClock
from facilitator_app.errors import QT_TRANSLATE_NOOP, UserError
from facilitator_app.sync.central_schema import certificate_table, secret_table
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.report_rows import WorkshopRows, as_uuid, load_workshop_rows

SECRET_NAME = "certificate_key"
CODE_CHARS = 16


class CertificateError(UserError):
    """Certificates cannot be made or a code cannot be checked as asked."""


@dataclass(frozen=True)
class AttendedSession:
    """A session the participant was ticked present at."""

    key: str
    title: str
    date: dt.date


@dataclass(frozen=True)
class Certificate:
    """One participant's certificate, ready to be drawn."""

    participant_id: str
    participant_key: str
    name: str
    municipality: str
    workshop_title: str
    organiser: str
    sessions: list[AttendedSession]
    code: str  # XXXX-XXXX-XXXX-XXXX
    issued_at: dt.datetime


RuleSource = Literal["command", "plan", "default"]


@dataclass(frozen=True)
class CertificateRule:
    """The rule applied: sessions to attend, and who set it (the command, the plan or none)."""

    min_sessions: int
    source: RuleSource
    sessions_in_plan: int

    def line(self) -> str:
        """The rule in plain words (English, for the command line)."""
        where = {
            "command": "given with --min-sessions",
            "plan": "set by the plan",
            "default": "the default; the plan sets no rule",
        }[self.source]
        return (
            f"present at {self.min_sessions} or more of {self.sessions_in_plan} session(s) "
            f"({where})"
        )


@dataclass(frozen=True)
class IssuedCertificates:
    """The certificates issued and the rule they were issued under."""

    certificates: list[Certificate]
    rule: CertificateRule
    # Groups no attendance has arrived from (not synced, or nobody ticked): their people
    # cannot have a certificate yet, which the organisers must be told.
    no_attendance: list[str] = field(default_factory=list)


def certificate_rule(
    workshop: dict[str, object], sessions: int, given: int | None
) -> CertificateRule:
    """The rule to apply: ``given`` (the command's) overrides the plan's, else one session."""
    if given is not None:
        if given < 1:
            raise CertificateError("--min-sessions must be 1 or more.")
        rule = CertificateRule(given, "command", sessions)
    else:
        planned = workshop.get("certificate_min_sessions")
        if planned is None:
            return CertificateRule(1, "default", sessions)
        if isinstance(planned, bool) or not isinstance(planned, int) or planned < 1:
            raise CertificateError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The published plan's certificate rule ({value}) is not a number of "
                    "sessions; publish the plan again, or give the number of sessions here.",
                ),
                value=planned,
            )
        rule = CertificateRule(planned, "plan", sessions)
    if rule.min_sessions > sessions:
        raise CertificateError(
            QT_TRANSLATE_NOOP(
                "UserError", "Nobody can attend {wanted} sessions: the workshop has {sessions}."
            ),
            wanted=rule.min_sessions,
            sessions=sessions,
        )
    return rule


@dataclass(frozen=True)
class Verification:
    """What a code proves: whose certificate it is, or that it is not valid."""

    valid: bool
    name: str = ""
    workshop_title: str = ""
    sessions: tuple[str, ...] = ()
    issued_at: dt.datetime | None = None


def _content(workshop_id: str, participant_id: str, name: str, sessions: list[list[str]]) -> bytes:
    body = [str(as_uuid(workshop_id)), str(as_uuid(participant_id)), name, sessions]
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _code(key: bytes, content: bytes) -> str:
    digest = hmac.new(key, content, hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")[:CODE_CHARS]


def pretty(code: str) -> str:
    """``ABCDEFGH…`` → ``ABCD-EFGH-…`` (how a code is printed)."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise(code: str) -> str:
    """What the user typed, without spaces and dashes, in capitals."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _key(conn: Connection, *, create: bool) -> bytes | None:
    value = conn.execute(
        select(secret_table.c.value).where(secret_table.c.name == SECRET_NAME)
    ).scalar_one_or_none()
    if value is None and create:
        value = secrets.token_hex(32)
        conn.execute(insert(secret_table).values(name=SECRET_NAME, value=value))
    return None if value is None else bytes.fromhex(value)


def issue_certificates(
    central: CentralStore,
    *,
    workshop_key: str | None = None,
    min_sessions: int | None = None,
    clock: Clock | None = None,
) -> IssuedCertificates:
    """Work out who gets a certificate and record them in the register.

    ``min_sessions`` overrides the plan's rule (see the module doc). The workshop's
    register in the store becomes this issue's, as the CSV register written with it: an
    earlier certificate whose content changed (attendance corrected since) or whose holder
    no longer meets the rule stops verifying. Codes are deterministic, so issuing again
    for the same attendance gives the same codes back.
    """
    if min_sessions is not None and min_sessions < 1:
        raise CertificateError("--min-sessions must be 1 or more.")
    if not central.is_organiser:
        raise CertificateError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Only the organisers' role can issue certificates; connected as '{role}'.",
            ),
            role=central.role,
        )
    rows = load_workshop_rows(central, workshop_key, boards=False)
    sessions = {s["id"]: s for s in rows.sessions}
    rule = certificate_rule(rows.workshop, len(sessions), min_sessions)
    attended: dict[str, list[dict[str, str]]] = defaultdict(list)
    for a in rows.attendance:
        if a["present"] and a["session_id"] in sessions:
            attended[a["participant_id"]].append(sessions[a["session_id"]])
    now = (clock or SystemClock()).now()
    workshop = rows.workshop
    chosen = [
        p
        for p in sorted(rows.participants, key=lambda p: (p["display_name"], p["key"]))
        if len(attended.get(p["id"], [])) >= rule.min_sessions
    ]
    out: list[Certificate] = []
    with central.engine.begin() as conn:
        key = _key(conn, create=True)
        assert key is not None
        conn.execute(
            delete(certificate_table).where(
                certificate_table.c.workshop_id == as_uuid(workshop["id"])
            )
        )
        for p in chosen:
            visited = sorted(attended[p["id"]], key=lambda s: (s["date"], s["position"]))
            listed = [[s["key"], s["title"], s["date"]] for s in visited]
            code = _code(key, _content(workshop["id"], p["id"], p["display_name"], listed))
            conn.execute(
                insert(certificate_table).values(
                    code=code,
                    workshop_id=as_uuid(workshop["id"]),
                    participant_id=as_uuid(p["id"]),
                    name=p["display_name"],
                    sessions=json.dumps(listed, ensure_ascii=False),
                    issued_at=now,
                )
            )
            out.append(
                Certificate(
                    participant_id=p["id"],
                    participant_key=p["key"],
                    name=p["display_name"],
                    municipality=p.get("municipality", ""),
                    workshop_title=workshop["title"],
                    organiser=workshop["organiser"],
                    sessions=[
                        AttendedSession(s["key"], s["title"], dt.date.fromisoformat(s["date"]))
                        for s in visited
                    ],
                    code=pretty(code),
                    issued_at=now,
                )
            )
    silent = [g["name"] for g in rows.groups if g["id"] not in rows.delivered]
    return IssuedCertificates(out, rule, silent)


def not_in_register(conn: Connection, rows: WorkshopRows) -> list[str]:
    """Participants whose attendance the certificate register does not reflect.

    The register is the last issue's (``issue_certificates``). Someone with a certificate
    whose sessions differ from what is ticked now, or someone without one who attended as
    many sessions as the smallest issued certificate holds (under the rule applied they
    would have one): attendance arrived or changed after the certificates were issued. A
    purge must not remove that attendance.
    """
    issued: dict[str, set[str]] = {}
    query = select(certificate_table.c.participant_id, certificate_table.c.sessions).where(
        certificate_table.c.workshop_id == as_uuid(rows.workshop["id"])
    )
    for participant_id, listed in conn.execute(query):
        issued[str(participant_id)] = {str(entry[0]) for entry in json.loads(listed)}
    if not issued:
        return []
    fewest = min(len(keys) for keys in issued.values())
    live = {s["id"]: s["key"] for s in rows.sessions if s.get("deleted_at") is None}
    attended: dict[str, set[str]] = defaultdict(set)
    for a in rows.attendance:
        if a["present"] and a["session_id"] in live:
            attended[a["participant_id"]].add(live[a["session_id"]])
    out = []
    for p in rows.participants:
        if p.get("deleted_at") is not None:
            continue
        now = attended.get(p["id"], set())
        had = issued.get(str(as_uuid(p["id"])))
        if (had is not None and had != now) or (had is None and len(now) >= fewest):
            out.append(p["display_name"])
    return sorted(out)


def verify_code(central: CentralStore, typed: str) -> Verification:
    """Check a code against the register and the store's key."""
    code = normalise(typed)
    if len(code) != CODE_CHARS:
        return Verification(valid=False)
    from facilitator_app.sync.report_rows import find_workshop

    with central.engine.connect() as conn:
        key = _key(conn, create=False)
        row = conn.execute(
            select(certificate_table).where(certificate_table.c.code == code)
        ).first()
        workshop = None
        if row is not None:
            try:
                workshop = find_workshop(conn, str(row.workshop_id))
            except UserError:
                workshop = None
        conn.rollback()
    if key is None or row is None:
        return Verification(valid=False)
    listed = json.loads(row.sessions)
    expected = _code(key, _content(str(row.workshop_id), str(row.participant_id), row.name, listed))
    if not hmac.compare_digest(expected, code):
        return Verification(valid=False)
    issued = row.issued_at if row.issued_at.tzinfo else row.issued_at.replace(tzinfo=dt.UTC)
    return Verification(
        valid=True,
        name=row.name,
        workshop_title="" if workshop is None else str(workshop["title"]),
        sessions=tuple(f"{title} ({date})" for _key_, title, date in listed),
        issued_at=issued,
    )

"""Participation certificates as files: one PDF each and a CSV register of who got what.

The certificate's page is HTML made here (no Qt); the PDF writer that draws it needs Qt
and is handed in by the entry point (``ui/report_pdf.py: certificate_pdf``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable
from html import escape
from pathlib import Path

from facilitator_app.errors import SummaryError
from facilitator_app.export.atomic import prepare_folder, write_atomic
from facilitator_app.export.report_labels import ReportLabels
from facilitator_app.export.tables import neutralise
from facilitator_app.sync.certificates import Certificate, CertificateRule

# (certificate HTML, document title) → PDF bytes
PdfWriter = Callable[[str, str], bytes]
Progress = Callable[[int, int, str], None]
REGISTER = "certificates.csv"

# Letters NFKD does not take apart (Sámi and Nordic), written as ASCII for file names.
_ASCII = str.maketrans(
    {"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ŋ": "n", "Ŋ": "N",
     "ŧ": "t", "Ŧ": "T", "ß": "ss", "ł": "l", "Ł": "L"}
)  # fmt: skip


class CertificateLabels:
    """The certificate's words (the report's labels) and its dates."""

    def __init__(self, lang: str = "nb") -> None:
        self._report = ReportLabels(lang)
        self.lang = self._report.lang

    def __getitem__(self, key: str) -> str:
        return self._report[key]

    def date(self, day: dt.date) -> str:
        """``22. september 2021`` (nb, nn) or ``22 September 2021`` (en)."""
        return self._report.date(day)


def certificate_html(cert: Certificate, lang: str = "nb") -> str:
    """One certificate as an HTML page (A4, centred)."""
    lab = CertificateLabels(lang)

    def e(text: str) -> str:
        return escape(text, quote=True)

    organiser = lab["cert_organiser"].format(organiser=cert.organiser)
    issued = lab["cert_issued"].format(date=lab.date(cert.issued_at.date()))
    sessions = "".join(f"<li>{e(s.title)} – {e(lab.date(s.date))}</li>" for s in cert.sessions)
    return (
        f'<!DOCTYPE html><html lang="{lab.lang}"><head><meta charset="utf-8">'
        f"<title>{e(lab['cert_title'])}: {e(cert.name)}</title></head><body>"
        '<div align="center" style="font-family: \'DejaVu Sans\', Arial, sans-serif;">'
        '<p style="font-size: 48pt;">&nbsp;</p>'
        f'<h1 style="font-size: 26pt; color: #1b5e20;">{e(lab["cert_title"])}</h1>'
        f'<p style="font-size: 22pt; font-weight: bold;">{e(cert.name)}</p>'
        f'<p style="font-size: 13pt;">{e(lab["cert_body"].format(name="").strip())}</p>'
        f'<p style="font-size: 16pt; font-weight: bold;">{e(cert.workshop_title)}</p>'
        f'<h2 style="font-size: 13pt;">{e(lab["cert_sessions"])}</h2>'
        f'<ul style="font-size: 12pt;">{sessions}</ul>'
        f'<p style="font-size: 13pt;">{e(organiser)}</p>'
        f'<p style="font-size: 11pt;">{e(issued)}</p>'
        f'<p style="font-size: 11pt;">{e(lab["cert_code"])}: '
        f"<b style=\"font-family: 'DejaVu Sans Mono', monospace;\">{e(cert.code)}</b></p>"
        f'<p style="font-size: 8pt; color: #595959;">{e(lab["cert_verify"])}</p>'
        "</div></body></html>"
    )


def certificate_file_name(cert: Certificate) -> str:
    """A file name that says whose certificate it is (ASCII only, for every file system)."""
    decomposed = unicodedata.normalize("NFKD", cert.name.translate(_ASCII))
    ascii_name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", ascii_name).strip("-.")[:60] or "participant"
    return f"certificate_{slug}_{re.sub(r'[^A-Za-z0-9_-]+', '-', cert.participant_key)}.pdf"


def rule_text(rule: CertificateRule, lang: str = "nb") -> str:
    """The rule applied, in the document's language: how many sessions, and who set it."""
    lab = CertificateLabels(lang)
    text = lab["cert_rule_text"].format(min=rule.min_sessions, total=rule.sessions_in_plan)
    return f"{text} ({lab[f'cert_rule_{rule.source}']})"


def register_csv(certs: list[Certificate], rule: CertificateRule, lang: str = "nb") -> bytes:
    """Who received what, under which rule: ``;``-separated UTF-8 with BOM (Norwegian Excel).

    The first line states the rule (so a register without a single certificate still
    says why), then an empty line, then one row per certificate under its headings.
    """
    lab = CertificateLabels(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([lab["cert_rule"], rule_text(rule, lang)])
    writer.writerow([])
    writer.writerow(
        [
            "id",
            lab["cert_name"],
            lab["cert_municipality"],
            lab["cert_sessions"],
            lab["cert_code"],
            lab["cert_file"],
            lab["cert_issued_col"],
        ]
    )
    for c in certs:
        writer.writerow(
            [
                neutralise(c.participant_key),
                neutralise(c.name),
                neutralise(c.municipality),
                neutralise(", ".join(f"{s.title} ({s.date.isoformat()})" for s in c.sessions)),
                c.code,
                certificate_file_name(c),
                c.issued_at.isoformat(timespec="seconds"),
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")


def write_certificates(
    certs: list[Certificate],
    out_dir: Path,
    pdf: PdfWriter,
    *,
    rule: CertificateRule,
    lang: str = "nb",
    progress: Progress | None = None,
) -> list[Path]:
    """One PDF per certificate and the register (stating ``rule``), written atomically.

    Returns the paths, the register last.
    """
    prepare_folder(out_dir)
    lab = CertificateLabels(lang)
    written = []
    try:
        for n, cert in enumerate(certs, start=1):
            path = out_dir / certificate_file_name(cert)
            write_atomic(
                path, pdf(certificate_html(cert, lang), f"{lab['cert_title']}: {cert.name}")
            )
            written.append(path)
            if progress is not None:
                progress(n, len(certs) + 1, cert.name)
        register = out_dir / REGISTER
        write_atomic(register, register_csv(certs, rule, lang))
    except OSError as exc:
        raise SummaryError(
            "The certificates could not be written to {path}: {reason}.",
            path=out_dir,
            reason=exc.strerror,
        ) from None
    written.append(register)
    if progress is not None:
        progress(len(certs) + 1, len(certs) + 1, REGISTER)
    return written

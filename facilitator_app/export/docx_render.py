"""The summary as a Word document (python-docx), for organisers who edit in Word.

Text goes in as runs, never as markup, so nothing a participant typed can change the
document's structure. Boards are PNG pictures (``raster``); the time chart is a table.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

from facilitator_app.export.raster import board_png
from facilitator_app.export.text import xml_safe
from facilitator_app.export.view import ActorEntry, DocumentView, build_view
from facilitator_app.schemas.summary import GroupSummary, SummaryIdea


def _clean(text: str) -> str:
    # Word shows a newline inside a run as a space anyway; a carriage return would not load.
    return xml_safe(text).replace("\r", " ")


class _Bullets:
    """Adds bullet paragraphs fast, as ready-made XML.

    python-docx looks a style up by name and inserts each run element by element, which
    takes seconds for a group's thousands of ideas; one parsed ``<w:p>`` per idea does
    not. Text is XML-escaped here, so it stays text.
    """

    def __init__(self, doc: Any, style: str) -> None:
        self.doc = doc
        self.style_id = xml_escape(doc.styles[style].style_id, {'"': "&quot;"})
        self.body = doc.element.body
        # New paragraphs go before the closing section properties, as python-docx does.
        self.end = self.body.sectPr

    def add(self, runs: list[tuple[str, str]]) -> None:
        """One bullet of ``(text, "" | "b" | "i")`` runs."""
        xml = [f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{self.style_id}"/></w:pPr>']
        for text, style in runs:
            props = f"<w:rPr><w:{style}/></w:rPr>" if style else ""
            xml.append(
                f'<w:r>{props}<w:t xml:space="preserve">{xml_escape(_clean(text))}</w:t></w:r>'
            )
        xml.append("</w:p>")
        para = parse_xml("".join(xml))
        if self.end is not None:
            self.end.addprevious(para)
        else:
            self.body.append(para)


def _idea(
    bullets: _Bullets, view: DocumentView, idea: SummaryIdea, number: int | None, extra: str
) -> None:
    lab = view.labels
    meta = f" ({lab.value(idea.category.value)}, {lab.value(idea.actor.value)})"
    if idea.votes:
        meta += f" – {lab.votes(idea.votes)}"
    if view.author(idea):
        meta += f" – {lab['by']} {view.author(idea)}"
    if extra:
        meta += f" · {extra}"
    runs = [(f"{number}. ", "b")] if number is not None else []
    bullets.add([*runs, (idea.text, ""), (meta, "i")])


def _actors(bullets: _Bullets, view: DocumentView, entries: list[ActorEntry]) -> None:
    if not entries:
        bullets.doc.add_paragraph(view.labels["none"])
    for e in entries:
        _idea(bullets, view, e.idea, None, e.question)


def render_docx(summary: GroupSummary, lang: str = "nb") -> bytes:
    """The Word document (.docx bytes)."""
    view = build_view(summary, lang)
    lab = view.labels
    s = summary
    doc = Document()
    bullets = _Bullets(doc, "List Bullet")
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.core_properties.title = _clean(f"{lab['title']}: {s.group.name} – {s.session.title}")
    doc.core_properties.author = ""  # never the laptop user's name
    doc.add_heading(_clean(f"{lab['title']}: {s.group.name} – {s.session.title}"), level=0)
    meta = [
        (lab["workshop"], f"{s.workshop.title} ({s.workshop.organiser})"),
        (
            lab["session"],
            f"{s.session.title}, {s.session.date.isoformat()} "
            f"{s.session.start:%H:%M}–{s.session.end:%H:%M} ({s.workshop.time_zone})",
        ),
        (lab["group"], s.group.name),
    ]
    if s.group.facilitator:
        meta.append((lab["facilitator"], s.group.facilitator))
    meta += [
        (lab["exported"], view.local(s.exported_at, "%Y-%m-%d %H:%M")),
        (lab["app"], s.app_version),
    ]
    for key, value in meta:
        para = doc.add_paragraph()
        para.add_run(f"{key}: ").bold = True
        para.add_run(_clean(value))
    if s.public:
        doc.add_paragraph().add_run(lab["public_note"]).italic = True
    else:
        doc.add_heading(lab["participants"], level=1)
        line = lab["present_of"].format(present=view.present, total=len(s.participants))
        if view.named:
            line += f". {lab['named']}: {', '.join(view.named)}"
        doc.add_paragraph(_clean(line))

    doc.add_heading(lab["time"], level=1)
    heads = ["item", "planned_start", "planned_min", "actual_start", "actual_min", "status"]
    table = doc.add_table(rows=1, cols=len(heads) + 1)
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, heads, strict=False):
        cell.text = lab[head]
    longest = max([r.planned_min for r in view.time_rows] + [1])
    for row in view.time_rows:
        cells = table.add_row().cells
        actual = "" if row.actual_min is None else str(row.actual_min)
        values = [
            row.title,
            row.planned_start,
            str(row.planned_min),
            row.actual_start,
            actual,
            lab.value(row.status),
        ]
        for cell, value in zip(cells, values, strict=False):
            cell.text = _clean(value)
        bar = cells[-1].paragraphs[0]
        bar.add_run("▒" * round(10 * row.planned_min / longest)).font.color.rgb = RGBColor(
            0x90, 0xA4, 0xAE
        )
        if row.actual_min is not None:
            bar.add_run("\n")
            colour = RGBColor(0xE5, 0x39, 0x35) if row.overrun else RGBColor(0x1E, 0x88, 0xE5)
            bar.add_run("█" * min(30, round(10 * row.actual_min / longest))).font.color.rgb = colour

    doc.add_heading(lab["questions"], level=1)
    for q in view.questions:
        doc.add_heading(_clean(q.title), level=2)
        if q.item is not None:
            for sub in q.item.sub_questions:
                doc.add_paragraph(_clean(sub), style="List Bullet 2")
            if q.item.note:
                para = doc.add_paragraph()
                para.add_run(f"{lab['note']}: ").italic = True
                para.add_run(_clean(q.item.note))
        if not q.ideas:
            doc.add_paragraph().add_run(lab["no_ideas"]).italic = True
            continue
        doc.add_picture(io.BytesIO(board_png(q)), width=Cm(16))
        for cluster, members in q.clusters:
            doc.add_paragraph().add_run(_clean(f"{lab['cluster']}: {cluster.name}")).bold = True
            for idea in members:
                _idea(bullets, view, idea, q.numbers[idea.id], "")
        if q.loose and q.clusters:
            doc.add_paragraph().add_run(lab["unclustered"]).bold = True
        for idea in q.loose:
            _idea(bullets, view, idea, q.numbers[idea.id], "")

    doc.add_heading(lab["actors"], level=1)
    for key, entries in (
        ("municipal", view.municipal),
        ("others", view.others),
        ("undecided", view.undecided),
    ):
        doc.add_heading(lab[key], level=2)
        _actors(bullets, view, entries)
    doc.add_heading(lab["experts"], level=1)
    if not s.expert_questions:
        doc.add_paragraph(lab["none"])
    for eq in s.expert_questions:
        title = view.question_title.get(eq.agenda_item_id, "")
        bullets.add([(f"{eq.text} · {title}", "")])
    if s.vote_rounds:
        doc.add_heading(lab["vote_rounds"], level=1)
        for r in s.vote_rounds:
            line = lab["round"].format(
                question=view.question_title.get(r.agenda_item_id, ""),
                dots=r.dots_per_participant,
                total=len(r.dots),
            )
            state = f" ({lab['still_open']})" if r.closed_at is None else ""
            bullets.add([(line + state, "")])
    para = doc.add_paragraph()
    para.add_run(f"{lab['checksum']}: ").italic = True
    para.add_run(s.sha256).font.name = "Courier New"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()

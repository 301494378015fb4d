"""The workshop report as a printable Word document (A4, page numbers, kept-together rows).

Headings use Word's own heading styles, which keep with the next paragraph; every table
row is marked "cannot split" and the heading row repeats on each page. Tables and idea
lists go in as ready-made XML (python-docx builds a cell in about a millisecond, too slow
for thousands); every text is XML-escaped there, so it stays text.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from facilitator_app.export.docx_render import _clean
from facilitator_app.export.report_charts import (
    BarChart,
    actors_chart,
    chart_parts,
    chart_png,
    time_chart,
    votes_chart,
)
from facilitator_app.export.report_tables import Sheet, report_sheets
from facilitator_app.export.report_view import ReportView, build_report_view
from facilitator_app.models.enums import Actor, Category
from facilitator_app.schemas.report import WorkshopReport


def _t(text: object) -> str:
    return xml_escape(_clean(str(text)))


def _table(doc: Any, heads: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A bordered table; rows never split across pages, the heading row repeats."""
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    xml = [
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="5000" w:type="pct"/>'
        f"<w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>"
        + "<w:gridCol/>" * len(heads)
        + "</w:tblGrid>"
    ]

    def row(cells: Sequence[object], head: bool) -> str:
        props = "<w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if head else "") + "</w:trPr>"
        run = (
            "<w:rPr><w:b/><w:sz w:val='18'/></w:rPr>"
            if head
            else "<w:rPr><w:sz w:val='18'/></w:rPr>"
        )
        return (
            f"<w:tr>{props}"
            + "".join(
                f'<w:tc><w:p><w:r>{run}<w:t xml:space="preserve">{_t(c)}</w:t></w:r></w:p></w:tc>'
                for c in cells
            )
            + "</w:tr>"
        )

    xml.append(row(heads, True))
    xml += [row(r, False) for r in rows]
    xml.append("</w:tbl>")
    table = parse_xml("".join(xml))
    end = doc.element.body.sectPr
    if end is not None:
        end.addprevious(table)
    else:
        doc.element.body.append(table)
    doc.add_paragraph()  # Word needs a paragraph between two tables


def _chart(doc: Any, chart: BarChart) -> None:
    for part in chart_parts(chart):
        png = chart_png(part)
        if not png:
            continue
        shape = doc.add_picture(io.BytesIO(png), width=Cm(15))
        # The text alternative screen readers announce for the picture.
        shape._inline.docPr.set("descr", _clean(part.alt))


def _page_numbers(doc: Any, words: str) -> None:
    """A centred footer 'Page N of M' with Word fields (updated when printed)."""
    before, _, rest = words.partition("{n}")
    middle, _, after = rest.partition("{total}")

    def field(code: str) -> str:
        return (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )

    para = doc.sections[0].footer.paragraphs[0]
    xml = (
        f'<w:p {nsdecls("w")}><w:pPr><w:jc w:val="center"/></w:pPr>'
        f'<w:r><w:t xml:space="preserve">{_t(before)}</w:t></w:r>{field("PAGE")}'
        f'<w:r><w:t xml:space="preserve">{_t(middle)}</w:t></w:r>{field("NUMPAGES")}'
        f'<w:r><w:t xml:space="preserve">{_t(after)}</w:t></w:r></w:p>'
    )
    para._p.addprevious(parse_xml(xml))
    para._p.getparent().remove(para._p)


def render_report_docx(report: WorkshopReport, lang: str = "nb") -> bytes:
    """The Word document (.docx bytes)."""
    view = build_report_view(report, lang)
    lab, r = view.labels, report
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    _page_numbers(doc, lab["page"])
    doc.styles["Normal"].font.size = Pt(10.5)
    title = _clean(f"{lab['title']}: {r.workshop.title}")
    doc.core_properties.title = title
    doc.core_properties.author = ""
    doc.core_properties.comments = ""
    doc.core_properties.language = lab.lang
    doc.add_heading(title, level=0)
    for key, value in view.front_matter():
        para = doc.add_paragraph()
        para.add_run(f"{key}: ").bold = True
        para.add_run(_clean(value))
    note = lab["public_note"].format(n=r.names_replaced) if r.public else lab["internal_note"]
    doc.add_paragraph().add_run(note).italic = True
    sheets = {s.slug: s for s in report_sheets(view)}
    put_questions_in = _sections(doc, view, sheets)
    para = doc.add_paragraph()
    para.add_run(f"{lab['checksum']}: ").italic = True
    para.add_run(r.sha256).font.name = "Courier New"
    out = io.BytesIO()
    doc.save(out)
    return put_questions_in(out.getvalue())


def _sections(doc: Any, view: ReportView, sheets: dict[str, Sheet]) -> Callable[[bytes], bytes]:
    """Adds every section; returns what puts the questions' paragraphs into the saved
    document (see ``_Paragraphs``)."""
    lab, r = view.labels, view.report
    doc.add_heading(lab["delivery"], level=1)
    n = len(r.delivery)
    if view.missing:
        para = doc.add_paragraph()
        para.add_run(lab["delivery_missing"].format(missing=len(view.missing), n=n)).bold = True
        doc.add_paragraph(
            _clean(f"{lab['missing_list']}: " + "; ".join(f"{s} – {g}" for s, g in view.missing))
        )
    else:
        doc.add_paragraph(lab["delivery_all"].format(n=n))
    _table(doc, sheets["delivery"].heads, sheets["delivery"].rows)

    doc.add_heading(lab["top"], level=1)
    doc.add_paragraph(lab["top_intro"])
    if r.top_ideas:
        _chart(doc, votes_chart(view))
        top = sheets["top"]
        _table(
            doc, top.heads, [[*row[:6], lab.decimal(float(row[6])), *row[7:]] for row in top.rows]
        )
    else:
        doc.add_paragraph(lab["no_votes"])

    doc.add_heading(lab["actors"], level=1)
    doc.add_paragraph(lab["actors_intro"])
    _chart(doc, actors_chart(view))
    split = [lab["question"], lab["municipal"], lab["others"], lab["undecided"]]
    rows: list[list[object]] = [
        [
            f"{view.session_title.get(q.session_key, '')}: {view.question_label(q.title)}",
            q.actors.municipal,
            q.actors.others,
            q.actors.undecided,
        ]
        for q in r.questions
    ]
    overall = r.actors_overall
    rows.append([lab["overall"], overall.municipal, overall.others, overall.undecided])
    _table(doc, split, rows)
    detail = zip(view.actor_heads()[:7], view.actor_cells(overall), strict=False)
    _table(doc, [lab["actor"], lab["ideas"]], [[h, n] for h, n in detail])

    doc.add_heading(lab["breakdowns"], level=1)
    if not r.breakdowns:
        doc.add_paragraph(lab["no_breakdown"])
    else:
        doc.add_paragraph(lab["breakdowns_intro"].format(k=r.min_cell))
    for b in r.breakdowns:
        doc.add_heading(lab[b.dimension], level=2)
        rows = [
            [lab.plan_value(b.dimension, c.value), c.people, c.ideas, c.measures, c.municipal]
            for c in b.cells
        ]
        heads = [lab[b.dimension], lab["people"], lab["ideas"], lab["measures"]]
        _table(doc, [*heads, lab["municipal_measures"]], rows)
        values = ", ".join(lab.plan_value(b.dimension, v) for v in b.merged)
        if b.merged:
            key = "suppressed_note" if b.suppressed else "merged_note"
            doc.add_paragraph(_clean(lab[key].format(values=values, k=r.min_cell)))

    doc.add_heading(lab["time"], level=1)
    doc.add_paragraph(lab["time_intro"])
    _chart(doc, time_chart(view))
    _table(
        doc,
        [lab["session"], lab["group"], lab["planned"], lab["actual"]],
        [
            [t.session, t.group, t.planned, lab["not_run"] if t.actual is None else t.actual]
            for t in view.time_totals
        ],
    )

    doc.add_heading(lab["questions"], level=1)
    questions = _Paragraphs(doc)
    return lambda docx: questions.put_in(docx, questions.xml(_question_paragraphs(view)))


def _question_paragraphs(view: ReportView) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every question's section as (style, runs) paragraphs, in document order."""
    lab, r = view.labels, view.report
    out: list[tuple[str, list[tuple[str, str]]]] = []
    metas: dict[tuple[Category, Actor, int, str | None], str] = {}
    for q in r.questions:
        session = view.session_title.get(q.session_key, q.session_key)
        out.append(("Heading 2", [(f"{session}: {view.question_label(q.title)}", "")]))
        if not q.groups:
            out.append(("Normal", [(lab["no_ideas"], "i")]))
        for g in q.groups:
            out.append(("Heading 3", [(view.group_name.get(g.group_key, g.group_key), "")]))
            for c in g.clusters:
                name = c.name if c.name is not None else lab["cluster_none"]
                out.append(("keep", [(name, "b")]))
                for i in c.ideas:
                    # The same few notes after each idea's text: worked out once each.
                    key = (i.category, i.actor, i.votes, i.author)
                    meta = metas.get(key)
                    if meta is None:
                        meta = metas[key] = _meta(view, i.category, i.actor, i.votes, i.author)
                    out.append(("List Bullet", [(i.text, ""), (meta, "i")]))
        if q.expert_questions:
            out.append(("Heading 3", [(lab["experts"], "")]))
            for x in q.expert_questions:
                group = view.group_name.get(x.group_key, x.group_key)
                runs = [(f"{x.text} · {group}", "")]
                if x.answers is None:
                    runs.append((f" {lab['answers_unknown']}", "i"))
                elif not x.answers:
                    runs.append((f" – {lab['no_answer']}", "i"))
                runs += [(f" – {lab['answer']}: {a.text}", "i") for a in x.answers or []]
                out.append(("List Bullet", runs))
    return out


def _meta(
    view: ReportView, category: Category, actor: Actor, votes: int, author: str | None
) -> str:
    lab = view.labels
    meta = f" ({lab.value(category.value)}, {lab.value(actor.value)})"
    if votes:
        meta += f" – {lab.votes(votes)}"
    if author:
        meta += f" – {lab['by']} {author}"
    return meta


class _Paragraphs:
    """Many paragraphs as ready-made XML, put into the saved document in place of a
    placeholder paragraph. python-docx parsing, moving and serializing 50,000 paragraphs
    cost half a second; it never sees these. Text is XML-escaped, so it stays text."""

    def __init__(self, doc: Any) -> None:
        self.ids = {
            name: xml_escape(doc.styles[name].style_id, {'"': "&quot;"})
            for name in ("Heading 2", "Heading 3", "List Bullet", "Normal")
        }
        # A word no text can hold by chance marks where the paragraphs go.
        self.token = uuid.uuid4().hex
        doc.add_paragraph(self.token)

    def xml(self, paragraphs: list[tuple[str, list[tuple[str, str]]]]) -> str:
        """``(style, runs)`` paragraphs as XML; style "keep" is Normal kept with the next."""
        starts = {
            style: f'<w:p><w:pPr><w:pStyle w:val="{self.ids[style]}"/></w:pPr>'
            for style in self.ids
        }
        normal = self.ids["Normal"]
        starts["keep"] = f'<w:p><w:pPr><w:pStyle w:val="{normal}"/><w:keepNext/></w:pPr>'
        runs_of: dict[str, str] = {}
        xml: list[str] = []
        add = xml.append
        for style, runs in paragraphs:
            add(starts[style])
            for text, fmt in runs:
                run = runs_of.get(fmt)
                if run is None:
                    rpr = f"<w:rPr><w:{fmt}/></w:rPr>" if fmt else ""
                    run = runs_of[fmt] = f'<w:r>{rpr}<w:t xml:space="preserve">'
                add(run)
                add(_t(text))
                add("</w:t></w:r>")
            add("</w:p>")
        return "".join(xml)

    def put_in(self, docx: bytes, xml: str) -> bytes:
        """The saved document ``docx`` with the placeholder replaced by ``xml``."""
        placeholder = f"<w:p><w:r><w:t>{self.token}</w:t></w:r></w:p>".encode()
        source = zipfile.ZipFile(io.BytesIO(docx))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename == "word/document.xml":
                    if data.count(placeholder) != 1:
                        raise ValueError("the document lost the place of its questions")
                    data = data.replace(placeholder, xml.encode("utf-8"))
                target.writestr(info, data)
        return out.getvalue()

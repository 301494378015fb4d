"""Details an organiser sees in the documents: headings, board picture, file metadata."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from facilitator_app.errors import SummaryError
from facilitator_app.export import atomic
from facilitator_app.export.files import export_summary
from facilitator_app.export.raster import board_png
from facilitator_app.export.svg import board_svg, note_positions
from facilitator_app.export.tables import csv_separator, render_csv
from facilitator_app.export.view import build_view
from facilitator_app.schemas.summary import GroupSummary
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.summary import build_summary
from facilitator_app.store import Store
from tests.board_data import fill_board


@pytest.fixture
def summary(demo_store: Store, demo_context: ws_service.SessionContext) -> GroupSummary:
    fill_board(demo_store, demo_context)
    return build_summary(demo_store, demo_context.session.id, demo_context.group.id)


@pytest.mark.parametrize(
    ("lang", "heading"), [("nb", "Stemmer"), ("nn", "Røyster"), ("en", "Votes")]
)
def test_spreadsheet_headings_are_capitalised(
    summary: GroupSummary, lang: str, heading: str
) -> None:
    text = render_csv(summary, lang).decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(text), delimiter=csv_separator(lang)))
    assert heading in header
    assert all(h[:1].isupper() or h == "id" for h in header)


def test_cluster_names_sit_above_their_frames(summary: GroupSummary) -> None:
    view = build_view(summary, "nb")
    clustered = [q for q in view.questions if any(m for _c, m in q.clusters)]
    assert clustered
    for question in clustered:
        svg = board_svg(question)
        frames = re.findall(r'<rect x="[\d.]+" y="([\d.]+)"[^>]*stroke-dasharray', svg)
        labels = re.findall(r'<text x="[\d.]+" y="([\d.]+)" font-size="10" fill="#303f9f"', svg)
        assert frames and len(frames) == len(labels)
        for frame_y, label_y in zip(frames, labels, strict=True):
            # The label's baseline is above the frame and the label is inside the picture.
            assert 9 <= float(label_y) < float(frame_y)


def test_docx_metadata_names_no_tool_and_no_person(summary: GroupSummary, tmp_path: Path) -> None:
    [path] = export_summary(summary, ["docx"], tmp_path)
    props = Document(str(path)).core_properties
    assert props.author == "" and props.comments == "" and props.last_modified_by == ""


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_exported_files_are_readable_like_any_new_file(
    summary: GroupSummary, tmp_path: Path
) -> None:
    paths = export_summary(summary, ["json", "csv"], tmp_path)
    for path in paths:
        assert path.stat().st_mode & 0o777 == atomic._FILE_MODE
    assert atomic._FILE_MODE & 0o600 == 0o600


def test_out_that_is_a_file_is_refused_with_a_clear_message(
    summary: GroupSummary, tmp_path: Path
) -> None:
    taken = tmp_path / "notes.txt"
    taken.write_text("mine", encoding="utf-8")
    with pytest.raises(SummaryError, match=r"notes\.txt is a file; give a folder"):
        export_summary(summary, ["json"], taken)
    assert taken.read_text(encoding="utf-8") == "mine"


def _moved(summary: GroupSummary, where: Callable[[int], tuple[float, float]]) -> GroupSummary:
    ideas = [
        i.model_copy(update={"x": where(n)[0], "y": where(n)[1]})
        for n, i in enumerate(summary.ideas)
    ]
    return summary.model_copy(update={"ideas": ideas})


def test_notes_stacked_on_one_spot_all_show_in_the_pictures(summary: GroupSummary) -> None:
    # As after two laptops' sync: notes lying exactly on top of each other.
    stacked = _moved(summary, lambda n: (40.0, 40.0))
    question = next(q for q in build_view(stacked, "nb").questions if len(q.ideas) >= 3)
    positions = note_positions(question.ideas)
    assert len(set(positions.values())) == len(question.ideas)
    svg = board_svg(question)
    notes = re.findall(r'<rect x="([\d.]+)" y="([\d.]+)"[^>]*stroke="#8d8d6e"', svg)
    assert len(notes) == len(question.ideas) == len(set(notes))  # none hides another
    numbers = re.findall(r'font-weight="bold">(\d+)\.</text>', svg)
    assert sorted(map(int, numbers)) == sorted(question.numbers[i.id] for i in question.ideas)
    assert board_png(question).startswith(b"\x89PNG")


def test_notes_on_their_own_spots_are_drawn_where_they_stood(summary: GroupSummary) -> None:
    spread = _moved(summary, lambda n: (200.0 * n, 0.0))
    question = next(q for q in build_view(spread, "nb").questions if q.ideas)
    positions = note_positions(question.ideas)
    assert all(positions[i.id] == (i.x, i.y) for i in question.ideas)

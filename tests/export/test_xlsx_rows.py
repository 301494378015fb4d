"""The report's data rows, written as sheet XML directly, are what openpyxl writes."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils.exceptions import IllegalCharacterError

from facilitator_app.export.xlsx_rows import Value, rows_xml, splice_rows

ROWS: list[list[Value]] = [
    ["plain", "Bodø – æøå", "a & b < c > d \"q\" 'a'", "line\nbreak\ttab\rreturn", 3, 0.1],
    [" lead", "trail ", " ", "", 2 / 3, 1e20],
    ["=1+2", "#N/A", "😀 emoji", "x" * 40_000, -7, 0.0],
    ["\u00a0nbsp\u2028", "\x7f del", "ok"],
]


def _openpyxl(rows: list[list[Value]]) -> bytes:
    book = Workbook(write_only=True)
    ws = book.create_sheet("S")
    ws.append(["Heading"])
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(ws, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            cells.append(cell)
        ws.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet(workbook: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(workbook)).read("xl/worksheets/sheet1.xml")


def test_rows_are_written_byte_for_byte_as_openpyxl_writes_them() -> None:
    spliced = splice_rows(_openpyxl([]), [rows_xml(ROWS, first_row=2)])
    assert _sheet(spliced) == _sheet(_openpyxl(ROWS))
    # and the workbook reads back with every value
    ws = load_workbook(io.BytesIO(spliced))["S"]
    assert ws["A4"].value == "=1+2" and ws["A4"].data_type == "s"
    assert ws["D4"].value == "x" * 32_767
    assert ws["C3"].value == " " and ws["F3"].value == 1e20
    assert ws["D2"].value == "line\nbreak\ttab\rreturn"


def test_a_character_a_workbook_cannot_hold_is_refused_as_openpyxl_does() -> None:
    with pytest.raises(IllegalCharacterError):
        rows_xml([["bell \x07"]], first_row=2)
    with pytest.raises(IllegalCharacterError):
        WriteOnlyCell(Workbook(write_only=True).create_sheet("S"), value="bell \x07")

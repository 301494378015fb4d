"""The report's JSON Schema file matches the model, and the checksum covers the content."""

from __future__ import annotations

from facilitator_app.schemas.report import report_schema_text, schema_path


def test_report_schema_file_is_current() -> None:
    on_disk = schema_path().read_text(encoding="utf-8")
    assert on_disk == report_schema_text(), (
        "resources/schemas/report.schema.json is stale: "
        "run python -m facilitator_app.schemas.report"
    )

"""The group summary's HTML passes axe-core's WCAG 2.1 A and AA rules in headless Chromium."""

from __future__ import annotations

from pathlib import Path

from facilitator_app.export.files import export_summary
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.summary import build_summary
from facilitator_app.store import Store
from tests.axe_runner import axe_violations, format_violations
from tests.board_data import fill_board


def test_summary_html_has_no_wcag_violations(
    demo_store: Store, demo_context: ws_service.SessionContext, tmp_path: Path
) -> None:
    fill_board(demo_store, demo_context)
    written: list[Path] = []
    for public in (False, True):
        for lang in ("nb", "nn", "en"):
            summary = build_summary(
                demo_store, demo_context.session.id, demo_context.group.id, public=public
            )
            out = tmp_path / f"{lang}-{'public' if public else 'internal'}"
            written += [
                p for p in export_summary(summary, ["html"], out, lang=lang) if p.suffix == ".html"
            ]
    assert len(written) == 6
    found = axe_violations(*written)
    assert sorted(found) == sorted(str(p) for p in written)  # every file was checked
    assert not any(found.values()), format_violations(found)


def test_axe_finds_violations_in_a_broken_page(tmp_path: Path) -> None:
    """The check can fail: a page without language, title or alt text is reported."""
    bad = tmp_path / "bad.html"
    bad.write_text('<html><body><img src="x.png"></body></html>', encoding="utf-8")
    found = axe_violations(bad)
    ids = {v["id"] for v in found[str(bad)]}
    assert {"html-has-lang", "document-title", "image-alt"} <= ids

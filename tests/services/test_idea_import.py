"""``ideas import``: plain text and CSV, problems reported per line, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.services import board
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.idea_import import IdeaImportError, import_ideas
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store


def notes(store: Store, ctx: SessionContext) -> list[board.NoteState]:
    return board.load_board(store, ctx.session.id, ctx.group.id).notes


def test_plain_text_one_idea_per_line(
    demo_store: Store, demo_context: SessionContext, tmp_path: Path
) -> None:
    f = tmp_path / "chat.txt"
    f.write_text("\ufeffSykkelvei til skolen\n\n  Klimabudsjett i alle sektorer  \nمرحبا 🌍\n")
    result = import_ideas(demo_store, f, "s1", "g1", "s1-05")
    assert result.added == 3 and result.per_question == {"s1-05": 3}
    texts = [n.text for n in notes(demo_store, demo_context)]
    assert texts == ["Sykkelvei til skolen", "Klimabudsjett i alle sektorer", "مرحبا 🌍"]


def test_csv_with_all_columns(
    demo_store: Store, demo_context: SessionContext, tmp_path: Path
) -> None:
    f = tmp_path / "ideas.csv"
    f.write_text(
        "text,category,actor,question,author\n"
        '"Lade, parkere",challenge,council,s1-03,p01\n'
        "Mer kollektiv,,,s1-05,\n",
        encoding="utf-8",
    )
    people = ws_service.list_participants(demo_store, demo_context.group.id)
    f.write_text(f.read_text().replace("p01", people[0].key))
    import_ideas(demo_store, f, "s1", "g1")
    by_text = {n.text: n for n in notes(demo_store, demo_context)}
    assert by_text["Lade, parkere"].category == "challenge"
    assert by_text["Lade, parkere"].actor == "council"
    assert by_text["Lade, parkere"].author_id == people[0].id
    assert by_text["Mer kollektiv"].category == "measure"
    assert by_text["Mer kollektiv"].actor == "unknown"


def test_unknown_values_are_reported_not_guessed(
    demo_store: Store, demo_context: SessionContext, tmp_path: Path
) -> None:
    f = tmp_path / "bad.csv"
    f.write_text(
        "text,category,actor,question,author\n"
        "ok,measure,county,s1-03,\n"
        "x,solution,kommunen,s9-99,p99\n"
        ",,,s1-03,\n"
    )
    with pytest.raises(IdeaImportError) as err:
        import_ideas(demo_store, f, "s1", "g1")
    text = str(err.value)
    for expected in (
        ":3: unknown category 'solution'",
        ":3: unknown actor 'kommunen'",
        ":3: unknown question 's9-99'",
        ":3: unknown author 'p99'",
        ":4: empty text",
    ):
        assert expected in text
    assert notes(demo_store, demo_context) == []


def test_plain_text_needs_a_question(demo_store: Store, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("idé\n")
    with pytest.raises(IdeaImportError, match="no question"):
        import_ideas(demo_store, f, "s1", "g1")
    with pytest.raises(IdeaImportError, match="not a question of session s1"):
        import_ideas(demo_store, f, "s1", "g1", "s1-04")  # a break, not a question


def test_binary_and_non_utf8_files_are_refused(demo_store: Store, tmp_path: Path) -> None:
    png = tmp_path / "picture.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(IdeaImportError, match="not a text file"):
        import_ideas(demo_store, png, "s1", "g1", "s1-03")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("blåbær\n".encode("latin-1"))
    with pytest.raises(IdeaImportError, match="not UTF-8"):
        import_ideas(demo_store, latin, "s1", "g1", "s1-03")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n \n")
    with pytest.raises(IdeaImportError, match="no ideas"):
        import_ideas(demo_store, empty, "s1", "g1", "s1-03")


def test_cli_exit_codes_and_nothing_written_on_error(
    demo_store: Store,
    demo_context: SessionContext,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir = demo_store.data_dir
    demo_store.close()
    good = tmp_path / "good.txt"
    good.write_text("én\nto\n")
    bad = tmp_path / "bad.csv"
    bad.write_text("text,category\nny,feil\n")
    assert (
        main(
            [
                "ideas",
                "import",
                str(bad),
                "--session",
                "s1",
                "--group",
                "g1",
                "--question",
                "s1-03",
                "--data-dir",
                str(data_dir),
            ]
        )
        == 2
    )
    assert "unknown category 'feil'" in capsys.readouterr().err
    assert (
        main(
            [
                "ideas",
                "import",
                str(good),
                "--session",
                "s1",
                "--group",
                "g9",
                "--data-dir",
                str(data_dir),
            ]
        )
        == 2
    )
    assert (
        main(
            [
                "ideas",
                "import",
                str(good),
                "--session",
                "s1",
                "--group",
                "g1",
                "--question",
                "s1-03",
                "--data-dir",
                str(data_dir),
            ]
        )
        == 0
    )
    assert "2 ideas added (s1-03: 2)" in capsys.readouterr().out
    reopened = Store.open(data_dir, demo_store.clock)
    try:
        assert [n.text for n in notes(reopened, demo_context)] == ["én", "to"]
    finally:
        reopened.close()


def test_csv_accepts_the_words_the_window_shows(
    demo_store: Store, demo_context: SessionContext, tmp_path: Path
) -> None:
    """Norwegian category and actor words (as the window and documents show them), in any
    case, and the semicolons of Norwegian Excel."""
    f = tmp_path / "ideer.csv"
    f.write_text(
        "text;category;actor;question\n"
        "Klimabudsjett;utfordring;kommunestyret;s1-03\n"
        "Sykkelvei;Idé / tiltak;Kommunestyret (politikerne);s1-03\n"
        "Hvem betaler?;Spørsmål til ekspertene;Staten / statsforvalteren;s1-03\n"
        "Noe annet;annet;NÆRINGSLIVET;s1-03\n"
        "Lading;tiltak;fylket;s1-03\n"
        "Buss;challenge;ikke avklart;s1-03\n",
        encoding="utf-8-sig",
    )
    import_ideas(demo_store, f, "s1", "g1")
    got = {n.text: (n.category, n.actor) for n in notes(demo_store, demo_context)}
    assert got == {
        "Klimabudsjett": ("challenge", "council"),
        "Sykkelvei": ("measure", "council"),
        "Hvem betaler?": ("expert_question", "state"),
        "Noe annet": ("other", "business"),
        "Lading": ("measure", "county"),
        "Buss": ("challenge", "unknown"),
    }


def test_unknown_norwegian_word_lists_the_accepted_ones(
    demo_store: Store, demo_context: SessionContext, tmp_path: Path
) -> None:
    f = tmp_path / "ideer.csv"
    f.write_text("text,category,actor,question\nX,løsning,kommunen,s1-03\n", encoding="utf-8")
    with pytest.raises(IdeaImportError) as err:
        import_ideas(demo_store, f, "s1", "g1")
    text = str(err.value)
    assert "unknown category 'løsning'" in text and "utfordring" in text
    assert "unknown actor 'kommunen'" in text and "kommunestyret" in text
    assert notes(demo_store, demo_context) == []

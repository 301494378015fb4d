"""Bring ideas gathered before a session (or copied out of the group chat) onto a board.

Two formats: plain text, one idea per line (blank lines are skipped), or CSV with the
header ``text,category,actor,question,author`` (category and actor as ids or as the words
the window shows, see ``vocabulary``). Values are checked against the plan and
the vocabularies; every problem is reported with its line, nothing is guessed, and
nothing is written unless the whole file is good.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from facilitator_app.errors import UserError
from facilitator_app.models import AgendaItem, Participant
from facilitator_app.models.enums import Actor, Category, ItemKind
from facilitator_app.services import board
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.vocabulary import actor_id, actor_words, category_id, category_words
from facilitator_app.store import Store

CSV_COLUMNS = ("text", "category", "actor", "question", "author")
MAX_IDEAS = 5_000
MAX_FILE_BYTES = 50 * 1024 * 1024


class IdeaImportError(UserError):
    """An ideas file cannot be imported; lists every problem found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import added."""

    added: int
    per_question: dict[str, int]

    def summary(self) -> str:
        """One line for the terminal."""
        parts = ", ".join(f"{k}: {v}" for k, v in self.per_question.items())
        return f"{self.added} ideas added ({parts})"


@dataclass(frozen=True, slots=True)
class IdeaRow:
    """One idea as read from the file, before ids are resolved."""

    line: int
    text: str
    category: str = ""
    actor: str = ""
    question: str = ""
    author: str = ""


def read_rows(raw: bytes, source: str) -> list[IdeaRow]:
    """Parse the file's bytes into rows; ``IdeaImportError`` when it is not UTF-8 text."""
    if len(raw) > MAX_FILE_BYTES:
        raise IdeaImportError([f"{source}: the file is larger than 50 MB."])
    if b"\x00" in raw[:4096]:
        raise IdeaImportError([f"{source}: this is not a text file."])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IdeaImportError(
            [f"{source}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again."]
        ) from None
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    header = [c.strip().lower() for c in re.split(r"[,;]", first)]
    if header and header[0] == "text" and len(header) > 1:
        return _read_csv(text, source, ";" if first.count(";") > first.count(",") else ",")
    return [IdeaRow(n, ln.strip()) for n, ln in enumerate(lines, start=1) if ln.strip()]


def _read_csv(text: str, source: str, separator: str) -> list[IdeaRow]:
    # Norwegian Excel saves CSV with semicolons; the header line told which it is.
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    problems: list[str] = []
    rows: list[IdeaRow] = []
    header: list[str] | None = None
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if header is None:
            header = [c.strip().lower() for c in record]
            unknown = [c for c in header if c not in CSV_COLUMNS]
            if unknown:
                problems.append(
                    f"{source}:{line}: unknown column(s) {', '.join(unknown)}; "
                    f"the columns are {','.join(CSV_COLUMNS)}"
                )
            continue
        if len(record) > len(header):
            problems.append(f"{source}:{line}: {len(record)} values but {len(header)} columns")
            continue
        values = dict(zip(header, (c.strip() for c in record), strict=False))
        rows.append(
            IdeaRow(
                line,
                values.get("text", ""),
                values.get("category", ""),
                values.get("actor", ""),
                values.get("question", ""),
                values.get("author", ""),
            )
        )
    if problems:
        raise IdeaImportError(problems)
    return rows


def import_ideas(
    store: Store,
    path: Path,
    session_key: str,
    group_key: str,
    question_key: str | None = None,
) -> ImportResult:
    """Check the whole file, then add every idea in one transaction."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IdeaImportError([f"{source}: cannot be read ({exc.strerror})."]) from None
    rows = read_rows(raw, source)
    if not rows:
        raise IdeaImportError([f"{source}: there are no ideas in this file."])
    if len(rows) > MAX_IDEAS:
        raise IdeaImportError([f"{source}: {len(rows)} ideas; at most {MAX_IDEAS} per import."])
    _ws, session, group = ws_service.find_by_keys(store, session_key, group_key)
    with store.read() as s:
        questions = {
            q.key: q
            for q in s.scalars(
                select(AgendaItem).where(
                    AgendaItem.session_id == session.id,
                    AgendaItem.group_id == group.id,
                    AgendaItem.kind == ItemKind.QUESTION.value,
                    AgendaItem.deleted_at.is_(None),
                )
            )
            if q.key is not None
        }
        people = {
            p.key: p.id
            for p in s.scalars(
                select(Participant).where(
                    Participant.group_id == group.id, Participant.deleted_at.is_(None)
                )
            )
        }
    if question_key is not None and question_key not in questions:
        raise IdeaImportError(
            [
                f"--question {question_key}: not a question of session {session_key} for group "
                f"{group_key}; the questions are {', '.join(sorted(questions)) or 'none'}"
            ]
        )
    problems: list[str] = []
    drafts: list[board.NoteDraft] = []
    keys: list[str] = []
    for row in rows:
        where = f"{source}:{row.line}"
        before = len(problems)
        text = row.text.strip()
        if not text:
            problems.append(f"{where}: empty text")
        elif len(text) > board.MAX_NOTE_CHARS:
            problems.append(f"{where}: {len(text)} characters; at most {board.MAX_NOTE_CHARS}")
        # The words the window shows are accepted too: "utfordring", "kommunestyret".
        category = category_id(row.category) if row.category else None
        actor = actor_id(row.actor) if row.actor else None
        if row.category and category is None:
            problems.append(
                f"{where}: unknown category {row.category!r} (known: {', '.join(category_words())})"
            )
        if row.actor and actor is None:
            problems.append(
                f"{where}: unknown actor {row.actor!r} (known: {', '.join(actor_words())})"
            )
        qkey = row.question or question_key
        if qkey is None:
            problems.append(f"{where}: no question; give --question or fill the question column")
        elif qkey not in questions:
            problems.append(f"{where}: unknown question {qkey!r}")
        if row.author and row.author not in people:
            problems.append(f"{where}: unknown author {row.author!r} (not in group {group_key})")
        if len(problems) > before:
            continue
        assert qkey is not None
        keys.append(qkey)
        drafts.append(
            board.NoteDraft(
                text,
                questions[qkey].id,
                category or Category.MEASURE.value,
                actor or Actor.UNKNOWN.value,
                people.get(row.author) if row.author else None,
            )
        )
    if problems:
        raise IdeaImportError(problems)
    _add_all(store, session.id, group.id, drafts)
    per_question: dict[str, int] = {}
    for k in keys:
        per_question[k] = per_question.get(k, 0) + 1
    return ImportResult(len(drafts), per_question)


def _add_all(
    store: Store, session_id: uuid.UUID, group_id: uuid.UUID, drafts: list[board.NoteDraft]
) -> None:
    """Add in one transaction (the board's per-action cap is for pasting, not imports)."""
    board.add_notes(store, session_id, group_id, drafts, limit=MAX_IDEAS)

"""Read-only queries about workshops, sessions, groups and participants."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from facilitator_app.errors import NotFoundError
from facilitator_app.models import AgendaItem, Group, Participant, Session, Workshop
from facilitator_app.store import Store


def list_workshops(store: Store) -> list[Workshop]:
    """Every imported workshop, by title."""
    with store.read() as s:
        return list(s.scalars(select(Workshop).order_by(Workshop.title)))


def list_sessions(store: Store, workshop_id: uuid.UUID) -> list[Session]:
    """The workshop's sessions in date order (tombstoned ones left out)."""
    with store.read() as s:
        return list(
            s.scalars(
                select(Session)
                .where(Session.workshop_id == workshop_id, Session.deleted_at.is_(None))
                .order_by(Session.position, Session.date)
            )
        )


def list_groups(store: Store, workshop_id: uuid.UUID) -> list[Group]:
    """The workshop's groups in plan order."""
    with store.read() as s:
        return list(
            s.scalars(
                select(Group)
                .where(Group.workshop_id == workshop_id, Group.deleted_at.is_(None))
                .order_by(Group.position)
            )
        )


def list_participants(store: Store, group_id: uuid.UUID) -> list[Participant]:
    """The group's participants in plan order."""
    with store.read() as s:
        return list(
            s.scalars(
                select(Participant)
                .where(Participant.group_id == group_id, Participant.deleted_at.is_(None))
                .order_by(Participant.position)
            )
        )


def list_agenda(store: Store, session_id: uuid.UUID, group_id: uuid.UUID) -> list[AgendaItem]:
    """The group's agenda for a session in the facilitator's current order."""
    with store.read() as s:
        return list(
            s.scalars(
                select(AgendaItem)
                .where(
                    AgendaItem.session_id == session_id,
                    AgendaItem.group_id == group_id,
                    AgendaItem.deleted_at.is_(None),
                )
                .order_by(AgendaItem.position)
            )
        )


def get_workshop(store: Store, workshop_id: uuid.UUID) -> Workshop:
    """The workshop with that id, or ``NotFoundError``."""
    with store.read() as s:
        row = s.get(Workshop, workshop_id)
    if row is None:
        raise NotFoundError(f"No workshop with id {workshop_id} in this data folder.")
    return row


def find_by_keys(
    store: Store, session_key: str, group_key: str, workshop_key: str | None = None
) -> tuple[Workshop, Session, Group]:
    """Resolve plan ids (as the CLI takes them) to rows; ``NotFoundError`` when unknown."""
    with store.read() as s:
        query = select(Workshop)
        if workshop_key is not None:
            query = query.where(Workshop.key == workshop_key)
        workshops = list(s.scalars(query))
        if not workshops:
            raise NotFoundError("No workshop plan has been imported into this data folder.")
        for ws in workshops:
            session = s.scalar(
                select(Session).where(Session.workshop_id == ws.id, Session.key == session_key)
            )
            group = s.scalar(
                select(Group).where(Group.workshop_id == ws.id, Group.key == group_key)
            )
            if session is not None and group is not None:
                return ws, session, group
    raise NotFoundError(
        f"No session {session_key!r} with group {group_key!r} in the imported plan."
    )


class SessionContext:
    """The workshop, session and group this window works on."""

    def __init__(self, workshop: Workshop, session: Session, group: Group) -> None:
        self.workshop = workshop
        self.session = session
        self.group = group

    @property
    def ids(self) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
        """(workshop id, session id, group id)."""
        return self.workshop.id, self.session.id, self.group.id


def load_context(
    store: Store, workshop_id: uuid.UUID, session_id: uuid.UUID, group_id: uuid.UUID
) -> SessionContext | None:
    """The context for these ids, or None if any of them is gone (or tombstoned)."""
    with store.read() as s:
        ws = s.get(Workshop, workshop_id)
        session = s.get(Session, session_id)
        group = s.get(Group, group_id)
    if ws is None or session is None or group is None:
        return None
    if session.deleted_at is not None or group.deleted_at is not None:
        return None
    if session.workshop_id != ws.id or group.workshop_id != ws.id:
        return None
    return SessionContext(ws, session, group)


LAST_CONTEXT_KEYS = ("last_workshop", "last_session", "last_group")


def remembered_context(store: Store) -> SessionContext | None:
    """The context chosen last time in this data folder, if it still exists."""
    from facilitator_app.services.preferences import get_preference

    values = [get_preference(store, key) for key in LAST_CONTEXT_KEYS]
    try:
        ids = [uuid.UUID(v) for v in values]
    except ValueError:
        return None
    return load_context(store, ids[0], ids[1], ids[2])


def remember_context(store: Store, context: SessionContext) -> None:
    """Remember the context for next start."""
    from facilitator_app.services.preferences import set_preference

    for key, value in zip(LAST_CONTEXT_KEYS, context.ids, strict=True):
        set_preference(store, key, str(value))

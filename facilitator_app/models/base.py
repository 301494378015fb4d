"""Declarative base, the UTC timestamp type and the mixins every stored row shares."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import DateTime, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Current time in UTC (aware)."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as naive UTC and gives them back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    """Base of every table of the local store."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime()}


class Entity(Base):
    """A row with a UUID key, UTC created/updated stamps and a sync version (HLC).

    ``__synced__`` rows are written to the change log in the same transaction as the
    change itself (see ``store.changelog``).
    """

    __abstract__ = True
    __synced__: ClassVar[bool] = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Hybrid logical clock stamp of the last change: orders versions across laptops.
    hlc: Mapped[str] = mapped_column(String(40), default="")


class Tombstoned:
    """Mixin for what a user can delete: deleting sets ``deleted_at`` (a tombstone)."""

    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    @property
    def is_deleted(self) -> bool:
        """True when this row has been deleted (tombstoned)."""
        return self.deleted_at is not None

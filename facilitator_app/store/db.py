"""The local store: one SQLite file per data folder, durable and single-instance.

``Store.open`` checks the folder, takes the instance lock, opens SQLite with WAL,
``foreign_keys=ON`` and ``synchronous=FULL`` (a committed change survives a power cut),
applies migrations and installs the change log.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from facilitator_app.clock import Clock, SystemClock
from facilitator_app.errors import QT_TRANSLATE_NOOP, DataFolderError
from facilitator_app.models import ChangeLogEntry
from facilitator_app.store import changelog, identity
from facilitator_app.store.hlc import HybridLogicalClock
from facilitator_app.store.lock import DataFolderLock
from facilitator_app.store.migrate import upgrade_to_head

DB_NAME = "facilitator.sqlite3"
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


def apply_pragmas(dbapi_conn: Any, _record: Any = None) -> None:
    """Set the durability pragmas on a fresh SQLite connection."""
    cursor = dbapi_conn.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def make_engine(db_path: Path) -> Engine:
    """An engine on ``db_path`` with the pragmas applied to every connection."""
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", apply_pragmas)
    return engine


def ensure_writable(data_dir: Path) -> None:
    """Create the data folder if needed and prove we can write there, or explain why not."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except PermissionError:
        raise DataFolderError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The data folder {folder} is read-only. Choose a folder you can write to "
                "with --data-dir.",
            ),
            folder=str(data_dir),
        ) from None
    except OSError as exc:
        raise DataFolderError(
            QT_TRANSLATE_NOOP("UserError", "The data folder {folder} cannot be used: {reason}."),
            folder=str(data_dir),
            reason=str(exc.strerror),
        ) from None


class Store:
    """The open local store of one data folder."""

    def __init__(
        self, data_dir: Path, engine: Engine, clock: Clock, lock: DataFolderLock | None
    ) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.clock = clock
        self._lock = lock
        self.factory: sessionmaker[OrmSession] = sessionmaker(engine, expire_on_commit=False)
        # A data folder copied to another laptop or folder takes a node id of its own.
        with self.factory.begin() as s:
            node, self.copied_from = identity.node_at_start(s, data_dir)
        with self.factory() as s:
            last = s.scalar(select(ChangeLogEntry.row_hlc).order_by(ChangeLogEntry.seq.desc()))
        self.hlc = HybridLogicalClock(clock, node, last or "")
        changelog.install(self.factory, self.hlc, clock)

    @classmethod
    def open(
        cls, data_dir: Path, clock: Clock | None = None, *, single_instance: bool = True
    ) -> Store:
        """Open (creating and migrating if needed) the store in ``data_dir``."""
        data_dir = Path(data_dir).absolute()  # messages then name the folder unambiguously
        ensure_writable(data_dir)
        lock = DataFolderLock(data_dir) if single_instance else None
        if lock is not None:
            lock.acquire()
        try:
            engine = make_engine(data_dir / DB_NAME)
            upgrade_to_head(engine)
            return cls(data_dir, engine, clock or SystemClock(), lock)
        except OperationalError as exc:
            if lock is not None:
                lock.release()
            raise describe_db_error(exc, data_dir) from None
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def renew_node(self, reason: str) -> str:
        """Take a new node id (this folder is not the laptop a store knows by the old one)."""
        with self.transaction() as s:
            node = identity.renew_node(s, reason)
        self.hlc.node = node
        return node

    @contextmanager
    def transaction(self) -> Iterator[OrmSession]:
        """A session in one transaction: committed on success, rolled back on error."""
        try:
            with self.factory.begin() as session:
                yield session
        except OperationalError as exc:
            raise describe_db_error(exc, self.data_dir) from None

    @contextmanager
    def core_transaction(self) -> Iterator[Connection]:
        """A bare connection in one write transaction, for hot paths that write with Core
        or with the connection's own DB-API cursor (``conn.connection.cursor()``).

        The transaction is begun ``IMMEDIATE``: it holds SQLite's write lock from its first
        read, so what the caller reads (the change log's highest ``seq``) still holds when
        it writes, whatever another connection does meanwhile. The change-log hook does not
        see these writes: the caller logs what it changes itself, in the same transaction.
        """
        try:
            with self.engine.begin() as conn:
                conn.connection.driver_connection.execute("BEGIN IMMEDIATE")  # type: ignore[union-attr]
                yield conn
        except (OperationalError, sqlite3.OperationalError) as exc:
            raise describe_db_error(exc, self.data_dir) from None

    def read(self) -> OrmSession:
        """A session for reading (the caller closes it)."""
        return self.factory()

    def close(self) -> None:
        """Close the database and release the instance lock."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def describe_db_error(
    exc: OperationalError | sqlite3.OperationalError, data_dir: Path
) -> DataFolderError:
    """Turn a SQLite operational error into an error with a sentence for the user."""
    orig = exc.orig if isinstance(exc, OperationalError) else exc
    text = str(orig) if orig is not None else str(exc)
    folder = str(data_dir)
    if isinstance(orig, sqlite3.OperationalError) and "full" in text:
        return DataFolderError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The disk holding {folder} is full. Nothing was changed; "
                "free some space and try again.",
            ),
            folder=folder,
        )
    if "readonly" in text or "read-only" in text:
        return DataFolderError(
            QT_TRANSLATE_NOOP(
                "UserError", "The data folder {folder} is read-only. Nothing was changed."
            ),
            folder=folder,
        )
    if "locked" in text:
        return DataFolderError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database in {folder} is busy (locked by another program). Try again.",
            ),
            folder=folder,
        )
    return DataFolderError(
        QT_TRANSLATE_NOOP("UserError", "The database in {folder} could not be used: {reason}"),
        folder=folder,
        reason=text,
    )

"""The organisers' central store: opening it, its schema version, roles and grants.

A central store is a database reached through SQLAlchemy: a SQLite file (the default,
also on a shared folder) or PostgreSQL (``postgresql+psycopg://role@host/db``). Every
failure to reach or use it becomes a ``CentralStoreError`` with a sentence for the user.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, NoSuchModuleError, SQLAlchemyError

from facilitator_app.errors import CentralErrorKind, CentralStoreError

if TYPE_CHECKING:  # Alembic is imported only when migrating: it costs ~0.15 s of start-up
    from alembic.config import Config
from facilitator_app.sync.central_schema import (
    READ_ONLY_TABLES,
    SYNCED_TABLES,
    entity_tables,
    grant_table,
    meta_table,
)

MIGRATIONS = Path(__file__).with_name("central_migrations")
VERSION_TABLE = "central_schema_version"
CENTRAL_FOLDER = "central"
CENTRAL_FILE = "central.sqlite3"
CONNECT_TIMEOUT_S = 5
PING_AFTER_IDLE_S = 5.0
_ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def default_central_url(data_dir: Path) -> str:
    """The demo's central store: a SQLite file inside the data folder."""
    return sqlite_url(Path(data_dir) / CENTRAL_FOLDER / CENTRAL_FILE)


def sqlite_url(path: Path) -> str:
    """A SQLAlchemy URL for a SQLite file."""
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def resolve_central_url(spec: str) -> str:
    """Turn what the user typed (a URL, a folder or a .sqlite3 file) into a URL."""
    spec = spec.strip()
    if not spec:
        raise CentralStoreError("No central store given: type a database URL or a folder.")
    if "://" in spec:
        return spec
    path = Path(spec).expanduser()
    if path.suffix.lower() in (".sqlite3", ".sqlite", ".db"):
        return sqlite_url(path)
    return sqlite_url(path / CENTRAL_FILE)


def display_url(url: str) -> str:
    """The URL with any password hidden, safe for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def check_url(url: str) -> None:
    """Raise ``CentralStoreError`` unless ``url`` is a SQLite or PostgreSQL address."""
    _parse(url)


def _parse(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise CentralStoreError(
            f"'{display_url(url)}' is not a database address. Use a folder, a SQLite file, "
            "or postgresql+psycopg://role@host/database."
        ) from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise CentralStoreError(
            f"The central store must be SQLite or PostgreSQL, not '{parsed.get_backend_name()}'."
        )
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_pragmas(dbapi_conn: Any, _record: Any = None) -> None:
    # Autocommit at the driver so that BEGIN IMMEDIATE below controls transactions:
    # every central transaction takes the write lock first, so pushes never interleave.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        return engine
    try:
        engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    except (NoSuchModuleError, ImportError):
        raise CentralStoreError(
            "PostgreSQL support is missing: install the 'psycopg[binary]' package."
        ) from None
    _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: Engine) -> None:
    """Ping a pooled connection before use only when it sat idle ``PING_AFTER_IDLE_S``.

    ``pool_pre_ping`` pinged at every checkout: one more round trip per step of a sync
    (the receipt's one query was four round trips with it). A connection used a moment
    ago is taken as it is; if it died meanwhile, the step fails as any dropped
    connection does ("cannot be reached") and the next sync starts afresh. One that sat
    idle (the organisers' desk between refreshes) is pinged and replaced if dead.
    """
    dialect = engine.dialect

    def fresh(_dbapi_conn: Any, record: Any, *_args: Any) -> None:
        record.info["used_at"] = time.monotonic()

    def checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        if time.monotonic() - record.info.get("used_at", 0.0) < PING_AFTER_IDLE_S:
            return
        try:
            dialect.do_ping(dbapi_conn)
        except dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError(str(exc)) from exc  # the pool takes a new connection

    event.listen(engine.pool, "connect", fresh)
    event.listen(engine.pool, "checkin", fresh)
    event.listen(engine.pool, "checkout", checkout)


def describe_error(exc: BaseException, url: str) -> str:
    """A sentence for the user about why the central store could not be used."""
    return str(central_error(exc, url))


def central_error(exc: BaseException, url: str) -> CentralStoreError:
    """The error to raise for ``exc``: a sentence for the user and its kind."""
    where = display_url(url)
    orig = getattr(exc, "orig", None) or exc
    msg = str(orig).strip()
    low = msg.lower()
    try:
        role = make_url(url).username or ""
    except ArgumentError:
        role = ""
    kind = CentralErrorKind
    if "password authentication failed" in low:
        return CentralStoreError(
            f"The central store at {where} rejected the password for role '{role}'. "
            "Check the password in the sync settings.",
            kind=kind.AUTHENTICATION,
        )
    if "no password supplied" in low or "fe_sendauth" in low:
        return CentralStoreError(
            f"The central store at {where} needs a password for role '{role}'.",
            kind=kind.AUTHENTICATION,
        )
    if re.search(r'role ".*" does not exist', low):
        return CentralStoreError(
            f"The central store at {where} has no role '{role}'. Ask the organisers.",
            kind=kind.AUTHENTICATION,
        )
    if re.search(r'database ".*" does not exist', low):
        return CentralStoreError(f"The database in {where} does not exist. Check the address.")
    if any(s in low for s in _UNREACHABLE):
        return CentralStoreError(
            f"The central store at {where} cannot be reached ({msg.splitlines()[0]}). "
            "Your work is safe on this laptop; sync will try again.",
            kind=kind.UNREACHABLE,
        )
    if "database or disk is full" in low or "no space left" in low:
        return CentralStoreError(
            f"The disk holding the central store {where} is full. Nothing was lost."
        )
    if "unable to open database file" in low:
        return CentralStoreError(
            f"The central store file {where} cannot be opened (missing folder or no access)."
        )
    if "file is not a database" in low:
        return CentralStoreError(
            f"{where} is not a central store (the file is not a database).", kind=kind.SCHEMA
        )
    if "readonly" in low or "read-only" in low:
        return CentralStoreError(f"The central store {where} is read-only.", kind=kind.PERMISSION)
    if "row-level security" in low or "permission denied" in low:
        return CentralStoreError(
            f"The central store at {where} refused this change for role '{role}' "
            f"({msg.splitlines()[0]}). Ask the organisers to grant your group.",
            kind=kind.PERMISSION,
        )
    first = msg.splitlines()[0] if msg else type(exc).__name__
    return CentralStoreError(f"The central store at {where} failed: {first}")


@contextlib.contextmanager
def reading(central: CentralStore) -> Iterator[Connection]:
    """A connection for reading ``central``; any failure becomes a ``CentralStoreError``."""
    try:
        with central.engine.connect() as conn:
            yield conn
            conn.rollback()
    except CentralStoreError:
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        raise central_error(exc, central.url) from None


# Driver messages that mean the store is away, not wrong: the laptop is offline.
_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "timeout expired",
    "timed out",
    "could not translate host name",
    "name or service not known",
    "no route to host",
    "network is unreachable",
    "server closed the connection",
    "connection is lost",
    "terminating connection",
    "consuming input failed",
)


@functools.cache
def head_revision() -> str:
    """The newest central schema revision this app knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@functools.cache
def _known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


class CentralStore:
    """An open central store: an engine plus what this connection is allowed to do."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.dialect = engine.dialect.name
        self.store_id = ""
        self.role = "local"
        self.is_organiser = True

    @property
    def is_postgres(self) -> bool:
        """True for PostgreSQL (roles, row-level security), False for SQLite."""
        return self.dialect == "postgresql"

    @property
    def where(self) -> str:
        """The address without password, for messages."""
        return display_url(self.url)

    @classmethod
    def open(cls, url: str, password: str | None = None, *, create: bool = False) -> CentralStore:
        """Connect and check the schema; with ``create`` make or upgrade it first (init)."""
        parsed = _parse(url)
        if password:
            parsed = parsed.set(password=password)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            path = Path(parsed.database or "")
            if create:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise CentralStoreError(
                        f"The folder {path.parent} for the central store cannot be made: "
                        f"{exc.strerror}."
                    ) from None
            elif not path.exists():
                raise CentralStoreError(
                    f"There is no central store at {path}. Create it with "
                    f"'facilitator-app central init {path}'."
                )
        engine = _make_engine(parsed)
        store = cls(url, engine)
        try:
            if create:
                store._upgrade()
            store._check_schema()
            store._load_identity()
        except CentralStoreError:
            engine.dispose()
            raise
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            engine.dispose()
            raise central_error(exc, url) from None
        return store

    def close(self) -> None:
        """Close every connection."""
        self.engine.dispose()

    def _upgrade(self) -> None:
        from alembic import command

        cfg = _alembic_config()
        with self.engine.connect() as conn:
            if self._current_revision(conn) == head_revision():
                return  # up to date: no write transaction, no Alembic run
        with self.engine.begin() as conn:
            current = self._current_revision(conn)
            if current is not None and current not in _known_revisions():
                raise self._newer_schema(current)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    @staticmethod
    def _current_revision(conn: Any) -> str | None:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        row = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
        return None if row is None else str(row[0])

    def _newer_schema(self, revision: str) -> CentralStoreError:
        return CentralStoreError(
            f"The central store at {self.where} has schema version '{revision}', made by a "
            "newer version of the facilitator app. Update the app; nothing was sent.",
            kind=CentralErrorKind.SCHEMA,
        )

    def _check_schema(self) -> None:
        with self.engine.connect() as conn:
            current = self._current_revision(conn)
        if current is None:
            raise CentralStoreError(
                f"{self.where} is not a central store yet. The organisers create it with "
                f"'facilitator-app central init {self.where}'.",
                kind=CentralErrorKind.SCHEMA,
            )
        if current == head_revision():
            return
        if current not in _known_revisions():
            raise self._newer_schema(current)
        raise CentralStoreError(
            f"The central store at {self.where} has an older schema ('{current}'). The "
            f"organisers upgrade it with 'facilitator-app central init {self.where}'.",
            kind=CentralErrorKind.SCHEMA,
        )

    def _load_identity(self) -> None:
        with self.engine.connect() as conn:
            self.store_id = str(
                conn.execute(
                    select(meta_table.c.value).where(meta_table.c.key == "store_id")
                ).scalar_one()
            )
            if self.is_postgres:
                self.role = str(conn.execute(text("SELECT current_user")).scalar_one())
                self.is_organiser = bool(
                    conn.execute(
                        text(
                            "SELECT COALESCE((SELECT rolsuper OR rolbypassrls FROM pg_roles "
                            "WHERE rolname = current_user), false) OR COALESCE((SELECT "
                            "tableowner = current_user FROM pg_tables WHERE tablename = "
                            "'idea' AND schemaname = current_schema()), false)"
                        )
                    ).scalar_one()
                )

    def granted_groups(self) -> set[uuid.UUID]:
        """The groups this connection's role may write (row-level security shows its own)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(grant_table.c.group_id).where(grant_table.c.role_name == self.role)
            )
            return {r[0] if isinstance(r[0], uuid.UUID) else uuid.UUID(str(r[0])) for r in rows}

    def grant(self, role: str, group: str) -> tuple[str, uuid.UUID]:
        """Let database role ``role`` read and write the rows of ``group`` (key or UUID).

        Returns the group's name and id.
        """
        if not self.is_postgres:
            raise CentralStoreError(
                "Grants apply to PostgreSQL central stores only: a SQLite central store has "
                "no roles (whoever can open the file can read all of it)."
            )
        if not _ROLE_NAME.match(role):
            raise CentralStoreError(
                f"'{role}' is not a valid role name (letters, digits and _ only)."
            )
        if not self.is_organiser:
            raise CentralStoreError(
                f"Role '{self.role}' may not grant access: connect as the organisers' role.",
                kind=CentralErrorKind.PERMISSION,
            )
        with self.engine.begin() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).first()
            if exists is None:
                raise CentralStoreError(
                    f"There is no database role '{role}'. Create it first, e.g. "
                    f"CREATE ROLE {role} LOGIN PASSWORD '…';"
                )
            name, group_id = self._find_group(conn, group)
            quoted = f'"{role}"'
            schema = str(conn.execute(text("SELECT current_schema()")).scalar_one())
            conn.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {quoted}'))
            # The experts' answers are the organisers' to write: facilitators only read.
            writable = [t for t in SYNCED_TABLES if t not in READ_ONLY_TABLES]
            data = ", ".join(
                (*writable, "central_conflict", "central_laptop", "central_laptop_sync")
            )
            conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {data} TO {quoted}"))
            conn.execute(text(f"GRANT SELECT ON {', '.join(READ_ONLY_TABLES)} TO {quoted}"))
            conn.execute(text(f"GRANT SELECT, UPDATE ON central_counter TO {quoted}"))
            conn.execute(
                text(
                    "GRANT SELECT ON central_grant, central_meta, central_closed_workshop, "
                    f"{VERSION_TABLE} TO {quoted}"
                )
            )
            already = conn.execute(
                select(grant_table.c.role_name).where(
                    grant_table.c.role_name == role, grant_table.c.group_id == group_id
                )
            ).first()
            if already is None:
                conn.execute(grant_table.insert().values(role_name=role, group_id=group_id))
        return name, group_id

    @staticmethod
    def _find_group(conn: Any, group: str) -> tuple[str, uuid.UUID]:
        import json

        table = entity_tables["breakout_group"]
        rows = conn.execute(select(table.c.id, table.c.payload)).all()
        matches = []
        for row_id, payload in rows:
            data = json.loads(payload)
            if group in (str(row_id), data.get("key")):
                matches.append((str(data.get("name", group)), row_id))
        if not matches:
            raise CentralStoreError(
                f"There is no group '{group}' in the central store. Publish the plan first "
                "('facilitator-app central publish PLAN.json --central URL')."
            )
        if len(matches) > 1:
            raise CentralStoreError(
                f"The key '{group}' names groups in several workshops; give the group's id."
            )
        name, group_id = matches[0]
        return name, group_id if isinstance(group_id, uuid.UUID) else uuid.UUID(str(group_id))


def init_central(url: str, password: str | None = None) -> CentralStore:
    """Create the central store at ``url``, or upgrade it to this app's schema."""
    return CentralStore.open(url, password, create=True)

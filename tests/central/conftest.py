"""A throw-away PostgreSQL cluster for the central-store tests, started by the tests.

The server binaries come from the Debian ``postgresql`` package
(``/usr/lib/postgresql/<version>/bin``). As root, ``initdb`` and ``pg_ctl`` run as an
unprivileged user in a temporary folder that user owns. The server listens on a free
port on 127.0.0.1 only, with its unix socket inside that folder, and stops at the end
of the session. Without PostgreSQL the tests are skipped with the reason, except under
``CI=true``, where they fail: in CI they must run.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))
sys.path.insert(0, str(Path(__file__).parent))

from pg_cluster import ClusterUnavailable, PgCluster, remove_cluster, start_cluster


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL is required in CI but cannot be started: {reason}")
    pytest.skip(f"PostgreSQL cannot be started here: {reason}")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """The session's PostgreSQL cluster (started on first use)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the 'psycopg[binary]' package is not installed")
    try:
        cluster = start_cluster()
    except ClusterUnavailable as exc:
        _unavailable(str(exc))
        raise
    try:
        yield cluster
    finally:
        remove_cluster(cluster)


@pytest.fixture(scope="session")
def pg_server(pg_cluster: PgCluster) -> str:
    """Superuser URL of the throw-away cluster (``postgresql+psycopg://…/postgres``)."""
    return pg_cluster.url


def create_database(server_url: str) -> str:
    """A new empty database on the cluster; returns its superuser URL."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    plain = server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + "/" + name


def drop_database(server_url: str, url: str) -> None:
    """Remove a test database (closing any connection still open)."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    plain = server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def central_db() -> Any:
    """The module's database helpers (``create_database``, ``drop_database``) for tests."""
    return sys.modules[__name__]


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh database on the cluster for one test (superuser URL)."""
    url = create_database(pg_server)
    yield url
    drop_database(pg_server, url)


@pytest.fixture
def central_pg(pg_url: str) -> str:
    """A fresh database initialised as a central store (superuser URL)."""
    from facilitator_app.sync.central_store import init_central

    init_central(pg_url).close()
    return pg_url


@pytest.fixture
def make_laptop(tmp_path: Path) -> Iterator[object]:
    """Factory of laptops on their own fake clocks (see tests/sync/laptops.py)."""
    from laptops import SESSION_MORNING, Laptop

    from facilitator_app.clock import FakeClock

    made: list[Laptop] = []

    def make(
        name: str = "a", *, plan: bool = True, offset_s: float = 0.0, group: str = "g1"
    ) -> Laptop:
        clock = FakeClock(SESSION_MORNING)
        clock.advance(offset_s)
        laptop = Laptop(tmp_path / name, clock, plan=plan, group=group)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()

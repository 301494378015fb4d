"""A throw-away PostgreSQL cluster for the central-store tests, started by the tests.

The server binaries come from the Debian ``postgresql`` package
(``/usr/lib/postgresql/<version>/bin``). As root, ``initdb`` and ``pg_ctl`` run as an
unprivileged user in a temporary folder that user owns. The server listens on a free
port on 127.0.0.1 only, with its unix socket inside that folder, and stops at the end
of the session. Without PostgreSQL the tests are skipped with the reason, except under
``CI=true``, where they fail: in CI they must run.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))

PG_USER_CANDIDATES = ("postgres", "nobody")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL is required in CI but cannot be started: {reason}")
    pytest.skip(f"PostgreSQL cannot be started here: {reason}")


def _bin_dir() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    """A running throw-away cluster; ``restart`` and ``kill`` serve the fault tests."""

    def __init__(self, bin_dir: Path, root: Path, user: str | None) -> None:
        self.bin = bin_dir
        self.root = root
        self.data = root / "data"
        self.sockets = root / "sockets"
        self.log = root / "server.log"
        self.user = user
        self.port = _free_port()
        self.password = secrets.token_hex(12)
        self.url = f"postgresql+psycopg://postgres:{self.password}@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.user is not None:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)

    def init(self) -> None:
        """Create the cluster: trust on the socket, passwords over TCP."""
        pwfile = self.root / "pw"
        pwfile.write_text(self.password)
        if self.user is not None:
            shutil.chown(pwfile, self.user)
        self.sockets.mkdir()
        if self.user is not None:
            shutil.chown(self.sockets, self.user)
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--pwfile",
            str(pwfile),
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--no-instructions",
        )
        pwfile.unlink()

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.sockets} "
            "-c fsync=off -c full_page_writes=off -c max_connections=100"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``immediate`` is a crash: no shutdown checkpoint)."""
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False
        )

    def restart(self, mode: str = "immediate") -> None:
        """Stop (by default like a crash) and start again."""
        self.stop(mode)
        self.start()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """The session's PostgreSQL cluster (started on first use)."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        _unavailable("no initdb found (install the Debian package 'postgresql')")
    assert bin_dir is not None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the 'psycopg[binary]' package is not installed")
    user = None
    if os.geteuid() == 0:
        for name in PG_USER_CANDIDATES:
            try:
                pwd.getpwnam(name)
            except KeyError:
                continue
            user = name
            break
        if user is None:
            _unavailable("running as root and no unprivileged user to run PostgreSQL as")
    root = Path(tempfile.mkdtemp(prefix="facilitator-pg-"))
    root.chmod(0o700)
    if user is not None:
        shutil.chown(root, user)
    cluster = PgCluster(bin_dir, root, user)
    try:
        cluster.init()
        cluster.start()
    except (subprocess.SubprocessError, OSError) as exc:
        log = cluster.log.read_text(errors="replace")[-2000:] if cluster.log.exists() else ""
        detail = getattr(exc, "stderr", "") or str(exc)
        shutil.rmtree(root, ignore_errors=True)
        _unavailable(f"{detail.strip()[:500]} {log}")
    try:
        yield cluster
    finally:
        cluster.stop("fast")
        shutil.rmtree(root, ignore_errors=True)


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

"""Start a throw-away PostgreSQL cluster (tests and benchmarks).

The server binaries come from the Debian ``postgresql`` package
(``/usr/lib/postgresql/<version>/bin``). As root, ``initdb`` and ``pg_ctl`` run as an
unprivileged user in a temporary folder that user owns. The server listens on a free
port on 127.0.0.1 only, with its unix socket inside that folder.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


class ClusterUnavailable(Exception):
    """PostgreSQL cannot be started here; the message says why."""


PG_USER_CANDIDATES = ("postgres", "nobody")


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


def start_cluster() -> PgCluster:
    """Make and start a cluster, or raise ``ClusterUnavailable`` with the reason."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise ClusterUnavailable("no initdb found (install the Debian package 'postgresql')")
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
            raise ClusterUnavailable("running as root and no unprivileged user to run it as")
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
        raise ClusterUnavailable(f"{str(detail).strip()[:500]} {log}") from None
    return cluster


def remove_cluster(cluster: PgCluster) -> None:
    """Stop the server and delete its folder."""
    cluster.stop("fast")
    shutil.rmtree(cluster.root, ignore_errors=True)


def new_login_role(admin_url: str, label: str) -> tuple[str, str, str]:
    """A new PostgreSQL login role (a facilitator's, until granted a group): its name,
    password and URL (without the password) on the database of ``admin_url``."""
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    name = f"{label}_{uuid.uuid4().hex[:8]}"
    password = uuid.uuid4().hex
    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    u = make_url(admin_url)
    return name, password, f"postgresql+psycopg://{name}@{u.host}:{u.port}/{u.database}"

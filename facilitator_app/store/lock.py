"""One app instance per data folder: an exclusive OS lock on a file inside it."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from facilitator_app.errors import QT_TRANSLATE_NOOP, AlreadyRunningError

LOCK_NAME = "facilitator-app.lock"


class DataFolderLock:
    """Holds an exclusive lock on ``<data dir>/facilitator-app.lock`` until released.

    The OS drops the lock when the process dies, so a crash never leaves it stuck.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise ``AlreadyRunningError`` with a message for the user."""
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
        try:
            _lock_file(handle)
        except OSError:
            handle.close()
            raise AlreadyRunningError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Another copy of the facilitator app is already using the data folder "
                    "{folder}. Close it first (or choose another folder with --data-dir).",
                ),
                folder=str(self.path.parent),
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Give the lock back (idempotent)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

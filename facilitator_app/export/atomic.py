"""Writing a file so that it is either complete under its final name or not there at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from facilitator_app.errors import QT_TRANSLATE_NOOP, SummaryError


def _umask() -> int:
    """The process's umask (read once: setting it back and forth is not thread-safe)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read at import, on the main thread, before any export worker runs.
_FILE_MODE = 0o666 & ~_umask()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically.

    The bytes go to a temporary file in the same folder, are flushed and fsynced, then
    renamed over ``path`` (``os.replace`` is atomic on one file system): a crash or a full
    disk never leaves a half-written file under the final name.
    """
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file private (0600); an exported file is for sharing (a shared
        # drive, a colleague), so it gets the permissions any new file here would get.
        os.chmod(tmp, _FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    # Make the rename itself durable where the platform allows syncing a folder.
    if hasattr(os, "O_DIRECTORY"):
        try:
            dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return
        try:
            os.fsync(dir_fd)
        except OSError:
            pass
        finally:
            os.close(dir_fd)


def prepare_folder(out_dir: Path) -> None:
    """Make sure ``out_dir`` is a folder that exists; ``SummaryError`` in words if not."""
    if out_dir.exists() and not out_dir.is_dir():
        raise SummaryError(
            QT_TRANSLATE_NOOP(
                "UserError", "{path} is a file; give a folder to write the files to."
            ),
            path=out_dir,
        )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SummaryError(
            QT_TRANSLATE_NOOP("UserError", "The folder {path} cannot be created: {reason}."),
            path=out_dir,
            reason=exc.strerror,
        ) from None

"""The laptop's identity (its node id) and where it lives, so that copies get their own.

Every change a laptop makes is stamped with its node id, and the central store counts
what it acknowledged per node. Two data folders with the same node id would be taken
for one laptop: the store would skip the second one's changes as "already had", and
neither would pull the other's. Organisers prepare spare laptops by copying a data
folder, so a copy must notice it is one.

The data folder records its *home*: the machine it runs on and its own path. A start
in another home (another machine, another folder) gives the folder a new node id, and
keeps everything else: rows, change log, preferences. Nothing counts as delivered under
the new id, so the next sync sends this laptop's changes again (the store merges them;
equal versions change nothing). A folder restored in place has the same home; the sync
catches that case (``sync.delivery``).
"""

from __future__ import annotations

import socket
import sys
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.models import Preference
from facilitator_app.store.changelog import forget_all_deliveries

NODE_KEY = "node_id"
HOME_KEY = "node_home"
# Earlier node ids of this folder, oldest first, with the reason: for the record.
PREVIOUS_KEY = "node_previous"
_MACHINE_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")


def machine_id() -> str:
    """An identifier of this computer that survives restarts (empty when none is found)."""
    if sys.platform == "win32":
        try:
            import winreg

            with winreg.OpenKey(
                winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography"
            ) as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        except OSError:
            return ""
    for name in _MACHINE_ID_FILES:
        try:
            value = Path(name).read_text(encoding="ascii").strip()
        except OSError:
            continue
        if value:
            return value
    return ""  # macOS: the host name below has to do


def home_of(data_dir: Path) -> str:
    """Where a data folder lives: this machine and the folder's absolute path."""
    return "|".join((socket.gethostname(), machine_id(), str(Path(data_dir).absolute())))


def _get(s: OrmSession, key: str) -> Preference | None:
    return s.scalar(select(Preference).where(Preference.key == key))


def _put(s: OrmSession, key: str, value: str) -> None:
    pref = _get(s, key)
    if pref is None:
        s.add(Preference(key=key, value=value))
    else:
        pref.value = value


def new_node_id() -> str:
    """A fresh node id (12 hex digits)."""
    return uuid.uuid4().hex[:12]


def renew_node(s: OrmSession, reason: str) -> str:
    """Give this data folder a new node id, in the caller's transaction; returns it.

    Keeps every row and change; forgets what counted as delivered, since the stores'
    records belong to the old id.
    """
    pref = _get(s, NODE_KEY)
    old = pref.value if pref is not None else ""
    node = new_node_id()
    _put(s, NODE_KEY, node)
    previous = _get(s, PREVIOUS_KEY)
    entry = f"{old}:{reason}"
    _put(s, PREVIOUS_KEY, entry if previous is None else f"{previous.value},{entry}")
    forget_all_deliveries(s)
    return node


def node_at_start(s: OrmSession, data_dir: Path) -> tuple[str, str | None]:
    """The node id to use, and the old one when this start found the folder copied.

    A folder without a recorded home (new, or made by an older version) records it and
    keeps its id.
    """
    home = home_of(data_dir)
    node = _get(s, NODE_KEY)
    if node is None:
        fresh = new_node_id()
        _put(s, NODE_KEY, fresh)
        _put(s, HOME_KEY, home)
        return fresh, None
    recorded = _get(s, HOME_KEY)
    if recorded is None:
        _put(s, HOME_KEY, home)
        return node.value, None
    if recorded.value == home:
        return node.value, None
    old = node.value
    new = renew_node(s, "copied")
    _put(s, HOME_KEY, home)
    return new, old

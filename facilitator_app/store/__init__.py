"""Engine, sessions, pragmas, migrations and the change log of the local store."""

from facilitator_app.store.db import Store

__all__ = ["Store"]

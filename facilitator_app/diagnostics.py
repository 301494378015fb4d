"""What to put in a problem report: version, system, folders, and whether the parts load.

Used by ``facilitator-app about`` and the About dialog's "Copy details". It also shows
whether an installed (frozen) copy found what freezing can lose: the resources, the
migration scripts and keyring's backends (declared in package metadata).
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from facilitator_app import __version__
from facilitator_app.paths import resources_dir

# Files the app cannot work without; a missing one is reported by name.
REQUIRED_RESOURCES = (
    "plans/klimakronsj-2021.json",
    "schemas/plan.schema.json",
    "schemas/summary.schema.json",
    "translations/facilitator_app_nb.qm",
    "translations/facilitator_app_en.qm",
    # The PDF writer embeds these (export/pdf_layout.py).
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/DejaVuSans-Oblique.ttf",
)


@dataclass(frozen=True)
class Details:
    """One look at this copy of the app."""

    version: str
    frozen: bool
    python: str
    system: str
    data_dir: Path
    resources: Path
    missing: tuple[str, ...]
    keyring_backends: tuple[str, ...]

    def lines(self) -> list[str]:
        """``name: value`` lines, in English, to paste into a report."""
        return [
            f"version: {self.version}",
            f"installed copy: {'yes' if self.frozen else 'no (running from source)'}",
            f"python: {self.python}",
            f"system: {self.system}",
            f"data folder: {self.data_dir}",
            f"resources: {self.resources}",
            f"missing files: {', '.join(self.missing) or 'none'}",
            f"keyring backends: {', '.join(self.keyring_backends) or 'none'}",
        ]


def missing_files() -> tuple[str, ...]:
    """Resources and migration scripts that are not where the app looks for them."""
    from facilitator_app.store.migrate import MIGRATIONS
    from facilitator_app.sync.central_store import MIGRATIONS as CENTRAL_MIGRATIONS

    root = resources_dir()
    missing = [name for name in REQUIRED_RESOURCES if not (root / name).is_file()]
    for folder in (MIGRATIONS, CENTRAL_MIGRATIONS):
        if not (folder / "env.py").is_file() or not any((folder / "versions").glob("*.py")):
            missing.append(str(folder))
    return tuple(missing)


def keyring_backends() -> tuple[str, ...]:
    """The keyring backends declared in package metadata (freezing can lose these)."""
    from importlib.metadata import entry_points

    return tuple(sorted(ep.name for ep in entry_points(group="keyring.backends")))


def collect(data_dir: Path) -> Details:
    """Look at this copy of the app, for the data folder ``data_dir``."""
    return Details(
        version=__version__,
        frozen=bool(getattr(sys, "frozen", False)),
        python=platform.python_version(),
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
        data_dir=data_dir,
        resources=resources_dir(),
        missing=missing_files(),
        keyring_backends=keyring_backends(),
    )

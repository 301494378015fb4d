"""Where things live: bundled resources and the user's data folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "facilitator-app"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (inside the wheel, or beside the package in a checkout)."""
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def demo_plan_path() -> Path:
    """The built-in Klimakrønsj 2021 demo plan."""
    return resources_dir() / "plans" / "klimakronsj-2021.json"


def default_data_dir() -> Path:
    """The platform's user data folder for this app."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def demo_data_dir() -> Path:
    """A data folder of the demo's own, so the demo never touches real data."""
    return default_data_dir().with_name(APP_NAME + "-demo")

"""Where things live: bundled resources and the user's data folder."""
from __future__ import annotations

import os
from pathlib import Path

from resources import resource, resources_dir  # noqa: F401 (found here by the core)

APP_NAME = "Zaosong"


def user_data_dir() -> Path:
    """Per-user data folder. ZAOSONG_HOME overrides it (tests, portable installs)."""
    override = os.environ.get("ZAOSONG_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _udd

    return Path(_udd(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / "zaosong.db"


def user_key_dir() -> Path:
    """Where device keys are kept when there is no OS keyring (app/secrets_store.py): the user's
    config folder, never the data folder, so a copy of the data carries no key. On Windows the
    roaming config folder (%APPDATA%), since %LOCALAPPDATA%\\Zaosong is the data folder itself;
    on macOS, where config and data are one folder, a sibling "Zaosong-keys". ZAOSONG_KEY_DIR
    overrides it (tests)."""
    override = os.environ.get("ZAOSONG_KEY_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    folder = Path(user_config_dir(APP_NAME, appauthor=False, roaming=True)) / "keys"
    data = user_data_dir().resolve()
    if folder.resolve() == data or data in folder.resolve().parents:
        folder = data.parent / f"{data.name}-keys"
    return folder


def practice_db_path(real_db: Path) -> Path:
    """The practice database (演示库) of a real one: a file of its own in a folder of its own beside
    it, so its backups and documents never mix with the real ones (issue 16)."""
    real_db = Path(real_db)
    return real_db.parent / "practice" / f"{real_db.stem}-practice.db"

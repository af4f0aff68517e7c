"""Data at rest: the data folder private to its user, and no signing key left in old files.

POSIX only for modes (0700 folders, 0600 files): on Windows the per-user profile folders
(%LOCALAPPDATA%, %APPDATA%) are already private to the user by their ACLs, and ``chmod`` there
only toggles the read-only flag.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

POSIX = os.name == "posix"
DIR_MODE, FILE_MODE = 0o700, 0o600


def private_dir(path: Path) -> Path:
    """Make (if needed) a folder only its owner can enter."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if POSIX:
        _chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """A file only its owner can read (after the fact: for files other code creates)."""
    if POSIX:
        _chmod(Path(path), FILE_MODE)
    return Path(path)


def _chmod(path: Path, mode: int) -> None:
    try:
        if path.is_symlink():  # never follow a link out of our folder
            return
        if (path.stat().st_mode & 0o777) != mode:
            os.chmod(path, mode)
    except FileNotFoundError:
        pass
    except PermissionError as exc:  # a file someone else owns: say so, do not stop the workbench
        log.warning("cannot make %s private: %s", path, exc)


def legacy_device_key(path: Path) -> tuple[str, str] | None:
    """(device id, private key) still stored in a database or backup from before 0011, or None."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        has_meta = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if not has_meta:
            return None
        rows = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('device_id', 'device_key')").fetchall())
    except sqlite3.DatabaseError:
        return None
    finally:
        con.close()
    if rows.get("device_key") and rows.get("device_id"):
        return rows["device_id"], rows["device_key"]
    return None


def scrub_backup(path: Path) -> bool:
    """Move a backup's signing key to the keyring (or key file) and wipe it from the file.

    Nothing is lost: the key is stored and read back before it is deleted, and a restored copy of
    the backup on this machine finds it there. A key that differs from the one already stored for
    that device is left in the backup (and logged): which one is right is not ours to guess."""
    from app import secrets_store

    found = legacy_device_key(path)
    if found is None:
        return False
    device_id, private = found
    name = secrets_store.device_key_name(device_id)
    held = secrets_store.get(name)
    if held is None:
        secrets_store.put(name, private)
    elif held != private:
        log.warning("backup %s holds a signing key for %s that differs from the stored one: kept", path, device_id)
        return False
    wipe_meta_key(path)
    return True


def wipe_meta_key(path: Path) -> None:
    """Delete the key row and rebuild the file, so the key is in no free page and no WAL frame."""
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        con.execute("PRAGMA secure_delete=ON")
        con.execute("DELETE FROM meta WHERE key='device_key'")
        compact(con)
    finally:
        con.close()


def compact(con: sqlite3.Connection) -> None:
    """VACUUM and empty the WAL: deleted rows leave no trace in free pages or old WAL frames."""
    con.execute("VACUUM")
    mode = con.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() == "wal":
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

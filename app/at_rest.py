"""Data at rest: the data folder private to its user, and no signing key left in old files.

POSIX only for modes (0700 folders, 0600 files): on Windows the per-user profile folders
(%LOCALAPPDATA%, %APPDATA%) are already private to the user by their ACLs, and ``chmod`` there
only toggles the read-only flag.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

# the mode helpers live below this module and the key store; callers reach them here too
from app import keyed, secrets_store
from app.private_files import (  # noqa: F401 (the file modes' home is below the key store; callers find them here)
    DIR_MODE,
    FILE_MODE,
    POSIX,
    create_private_file,
    private_dir,
    private_file,
    set_mode,
)

log = logging.getLogger(__name__)

# folders beside the database that only Zaosong writes (backups, photos, sync staging, PDFs)
OWN_FOLDERS = ("backups", "attachments", "sync", "documents")


def restrict_umask() -> None:
    """Everything this process creates from now on is its user's only (0600 files, 0700 folders):
    the CLI and the workbench call it first. Packages and PDFs saved elsewhere hold customers'
    names and phones too, so they are no exception."""
    if POSIX:
        os.umask(0o077)


def secure_data_folder(db_path: Path, whole_folder: bool) -> int:
    """Make the database's files and Zaosong's folders beside it private; fixes files made by older
    versions (0644 in 0755). ``whole_folder``: the folder is Zaosong's own data folder (not a
    folder the user chose with --db), so it and everything in it is ours. Returns how many modes
    were changed."""
    if not POSIX:
        return 0
    db_path = Path(db_path)
    folder = db_path.parent
    changed = 0
    if whole_folder:
        changed += _tighten(folder, DIR_MODE)
        tree = [folder]
    else:
        tree = [folder / name for name in OWN_FOLDERS if (folder / name).is_dir()]
        for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
            changed += _tighten(Path(f"{db_path}{suffix}"), FILE_MODE)
    for top in tree:
        if top is not folder:
            changed += _tighten(top, DIR_MODE)
        changed += _tighten_tree(str(top))
    return changed


def _tighten_tree(top: str) -> int:
    """One lstat per entry (scandir), links neither followed nor changed: a start with ten
    thousand photos stays fast."""
    changed = 0
    try:
        entries = list(os.scandir(top))
    except OSError:
        return 0
    for entry in entries:
        try:
            if entry.is_symlink():
                continue
            is_dir = entry.is_dir(follow_symlinks=False)
            want = DIR_MODE if is_dir else FILE_MODE
            if (entry.stat(follow_symlinks=False).st_mode & 0o777) != want:
                set_mode(Path(entry.path), want)
                changed += 1
        except OSError:
            continue
        if is_dir:
            changed += _tighten_tree(entry.path)
    return changed


def _tighten(path: Path, mode: int) -> int:
    try:
        if path.is_symlink() or not path.exists():
            return 0
        if (path.stat().st_mode & 0o777) == mode:
            return 0
    except OSError:
        return 0
    set_mode(path, mode)
    return 1


def legacy_device_key(path: Path) -> tuple[str, str] | None:
    """(device id, private key) still stored in a database or backup from before 0011, or None."""
    try:
        con = keyed.connect(path, readonly=True)
    except keyed.DatabaseError:
        return None
    try:
        has_meta = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if not has_meta:
            return None
        rows = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('device_id', 'device_key')").fetchall())
    except keyed.DatabaseError:
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
    con = keyed.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA secure_delete=ON")
        con.execute("DELETE FROM meta WHERE key='device_key'")
        compact(con)
    finally:
        con.close()


def compact(con) -> None:
    """VACUUM and empty the WAL: deleted rows leave no trace in free pages or old WAL frames."""
    con.execute("VACUUM")
    mode = con.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() == "wal":
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

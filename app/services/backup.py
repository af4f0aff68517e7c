"""Backups and restore through SQLite's backup API (never a raw copy of a live file)."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from app import db
from app.errors import Refused


def backup_now(db_path: Path, dest: Path | None = None) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = dest or db.backups_dir(db_path) / f"manual-{stamp}.db"
    return db.sqlite_backup(db_path, dest)


def check_backup(path: Path) -> str:
    """Check a backup file before it replaces anything; return its schema revision."""
    try:
        rev = db.current_revision(Path(path))
    except Refused:
        raise
    if rev is None:
        raise Refused("not_a_db", path=path, error="empty")
    if rev not in db.SCHEMA_REVISIONS:
        raise db.NewerDatabaseError(f"备份 {path} 来自更新版本的早送(架构版本 {rev}),请先升级早送。")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise Refused("not_a_db", path=path, error=exc) from None
    finally:
        con.close()
    if result != "ok":
        raise Refused("not_a_db", path=path, error=result)
    return rev


def restore(db_path: Path, backup: Path) -> Path:
    """Replace the database with a checked backup; the current file is kept aside first.

    The caller must have closed every connection to ``db_path``. Returns where the old file went.
    """
    check_backup(backup)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db.backups_dir(db_path) / f"before-restore-{stamp}.db"
    if db_path.exists():
        db.sqlite_backup(db_path, aside)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(str(db_path))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return aside

"""Backups and restore through SQLite's backup API (never a raw copy of a live file)."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

__all__ = ["auto_backup", "thin_backups", "backup_now", "check_backup", "restore"]

from app import db, db_health, keyed
from app.dbfile import check_backup

AUTO_PREFIX = "auto-"
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 5, 12


def data_version(db_path: Path) -> str:
    """A cheap fingerprint of the content: changes whenever anything was committed."""
    con = keyed.connect(db_path, readonly=True)
    try:
        parts = []
        for table in ("case", "stage_round", "pause", "case_event", "calendar_day", "inspection_result",
                      "rectification_item", "survey", "attachment"):
            try:
                parts.append(con.execute(f'SELECT count(*), coalesce(max(lseq), 0) FROM "{table}"').fetchone())
            except keyed.DatabaseError:
                parts.append(None)
        return repr(parts)
    finally:
        con.close()


def auto_backup(db_path: Path, now: dt.datetime | None = None) -> Path | None:
    """On start: a backup when something changed since the last automatic one; then thin the old
    ones to the last days / weeks / months. Returns the new backup, or None when nothing changed."""
    now = now or dt.datetime.now()  # wall clock, also in training: backups age in real time
    folder = db.backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / "last-auto.txt"
    version = data_version(db_path)
    if marker.exists() and marker.read_text(encoding="utf-8") == version:
        return None
    db_health.check_file(db_path)  # never an automatic "backup" of a damaged file beside the good ones
    dest = db.sqlite_backup(db_path, folder / f"{AUTO_PREFIX}{now.strftime('%Y%m%d-%H%M%S')}.db")
    marker.write_text(version, encoding="utf-8")
    thin_backups(folder, now)
    return dest


def thin_backups(folder: Path, now: dt.datetime) -> list[Path]:
    """Keep every automatic backup of the last day, then one a day for a week, one a week for five
    weeks, one a month for a year; delete the rest. Returns what was deleted."""
    backups = []
    for p in folder.glob(f"{AUTO_PREFIX}*.db"):
        try:
            stamp = dt.datetime.strptime(p.stem[len(AUTO_PREFIX):], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        backups.append((stamp, p))
    backups.sort(reverse=True)
    keep: set[Path] = set()
    seen: set[tuple] = set()
    for stamp, p in backups:
        age = now - stamp
        if age <= dt.timedelta(days=1):
            keep.add(p)
            continue
        if age <= dt.timedelta(days=KEEP_DAYS):
            key = ("day", stamp.date())
        elif age <= dt.timedelta(weeks=KEEP_WEEKS):
            key = ("week", stamp.isocalendar()[:2])
        elif age <= dt.timedelta(days=31 * KEEP_MONTHS):
            key = ("month", (stamp.year, stamp.month))
        else:
            continue
        if key not in seen:  # the newest of each day / week / month
            seen.add(key)
            keep.add(p)
    deleted = []
    for _stamp, p in backups:
        if p not in keep:
            p.unlink()
            deleted.append(p)
    return deleted


def backup_now(db_path: Path, dest: Path | None = None) -> Path:
    db_health.check_file(db_path)  # a copy of a damaged file is no backup (the backup API copies pages as they are)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = dest or db.backups_dir(db_path) / f"manual-{stamp}.db"
    return db.sqlite_backup(db_path, dest)


def restore(db_path: Path, backup: Path, checked: bool = False) -> Path:
    """Replace the database with a checked backup; the current file is kept aside first.

    The caller must have closed every connection to ``db_path``. Returns where the old file went.
    ``checked``: the caller has just run ``check_backup`` on it (a large file takes a while).
    """
    if not checked:
        check_backup(backup)
    db_path, backup = Path(db_path), Path(backup)
    if db_health.damage(db_path) is not None:
        # a damaged file cannot be copied through SQLite: it is renamed aside whole once the backup's
        # copy is ready beside it (a kill or a full disk midway leaves the damaged file where it was)
        return db_health.put_in_place(db_path, backup)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db.backups_dir(db_path) / f"before-restore-{stamp}.db"
    if db_path.exists():
        db.sqlite_backup(db_path, aside)
        _checkpoint(db_path)
    # the backup keeps its own key and salt (a dead laptop's backup opened here with its recovery
    # key): copied beside the file, then renamed over it, so a kill midway changes nothing
    copy = db_path.with_name(db_path.name + ".restored.part")
    db.sqlite_backup(backup, copy, like=db_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(copy, db_path)
    return aside


def _checkpoint(db_path: Path) -> None:
    """Everything of the WAL into the file (its copy is aside already): nothing is left in a -wal
    that the restored file would not own."""
    con = keyed.connect(db_path, isolation_level=None)
    try:
        con.execute("PRAGMA busy_timeout=10000")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()

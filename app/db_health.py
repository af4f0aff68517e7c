"""The database file's health: a damaged file, a full disk, and the way back from a damaged file.

Two faults must never be confused: a *damaged* file (bad header, 0 bytes, failing ``quick_check``,
SQLITE_CORRUPT / SQLITE_NOTADB during a command) and a *full disk* (SQLITE_FULL, or an I/O error
while the disk has no room). The first is set aside and a good backup offered; the second changes
nothing and goes away when space returns. Neither is ever shown as a traceback.
"""
from __future__ import annotations

import datetime as dt
import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app import dbfile, keyed
from app.errors import Refused
from app.messages import render

HEADER = keyed.HEADER
SQLITE_BUSY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_CANTOPEN, SQLITE_FULL, SQLITE_NOTADB = 5, 10, 11, 14, 13, 26
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
DAMAGED_PREFIX = "damaged-"


class DamagedDatabase(Refused):
    """The file cannot be trusted; ``recovery`` says what the newest good backup would give back."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path, self.problem = Path(path), problem
        if problem in ("empty", "header"):
            problem = render(f"db_problem_{problem}")
        self.problem_text = problem
        self.recovery = recovery_offer(self.path)
        if self.recovery is None:
            super().__init__("db_damaged_no_backup", path=self.path, problem=problem)
        else:
            super().__init__("db_damaged", path=self.path, problem=problem, **self.recovery.params())


class DiskFull(Refused):
    def __init__(self, folder: Path) -> None:
        super().__init__("disk_full", folder=folder)


# --- telling the faults apart ----------------------------------------------------------------
def _sqlite_error(exc: BaseException):
    """The SQLite (SQLCipher or stdlib) error behind ``exc`` (SQLAlchemy wraps it in ``.orig``), if any."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, keyed.Error):
            return exc
        exc = getattr(exc, "orig", None) or exc.__cause__
        seen += 1
    return None


def _os_error(exc: BaseException) -> OSError | None:
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError):
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def no_room(folder: Path) -> bool:
    """Whether ``folder``'s disk refuses to take more bytes. Asked of the disk itself (a 64 KB probe
    file), because SQLite reports a full disk while opening as a bare "disk I/O error"."""
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".zaosong-space-", suffix=".part")
    except OSError as exc:
        return exc.errno in _FULL_ERRNOS
    try:
        block = memoryview(b"\0" * 65536)
        while block:  # a disk with a little room takes part of a write, then refuses the rest
            block = block[os.write(fd, block):]
        os.fsync(fd)
        return False
    except OSError as exc:
        return exc.errno in _FULL_ERRNOS
    finally:
        os.close(fd)
        try:
            os.unlink(name)
        except OSError:
            pass


def is_corruption(exc: BaseException) -> bool:
    err = _sqlite_error(exc)
    if err is None:
        return False
    code = (getattr(err, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(err).lower()
    return code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text


def translate(exc: BaseException, db_path: Path) -> Refused | None:
    """A clear refusal for a database or disk fault, or None when ``exc`` is something else."""
    if isinstance(exc, Refused):
        return exc
    folder = Path(db_path).parent
    err = _sqlite_error(exc)
    if err is not None:
        code = (getattr(err, "sqlite_errorcode", 0) or 0) & 0xFF
        if code == SQLITE_FULL or "disk is full" in str(err).lower():
            return DiskFull(folder)
        if is_corruption(err):
            return DamagedDatabase(db_path, str(err))
        if code == SQLITE_BUSY or "database is locked" in str(err).lower():
            return Refused("db_busy", path=db_path)
        if code in (SQLITE_IOERR, SQLITE_CANTOPEN) or "disk i/o error" in str(err).lower():
            return DiskFull(folder) if no_room(folder) else Refused("db_io", path=db_path, error=err)
        return None
    os_err = _os_error(exc)
    if os_err is not None and os_err.errno in _FULL_ERRNOS:
        return DiskFull(Path(os_err.filename).parent if os_err.filename else folder)
    return None


# --- the file at start -----------------------------------------------------------------------
def damage(path: Path, full: bool = True) -> str | None:
    """Why the file cannot be trusted, or None (healthy, or absent: a new database). ``full=False``
    checks only what costs nothing (size, header); ``full`` runs SQLite's quick_check too, which reads
    every page (10 s for the 1.8 GB 100,000-case demo file of tests/bench, hence once per process, before its
    first write).

    A 0-byte file is damaged, not new: a new file is never 0 bytes once Zaosong made it, so re-creating
    it would give the user a new device identity and key and hide the loss."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return "empty"
    salt = keyed.salt_of(path)
    if salt is not None and keyed.held_key(salt) is None:
        # an encrypted file is a whole number of pages; anything else is no database at all. One
        # that is, with a key this machine lacks, is not damaged: it takes its recovery key
        if not keyed.whole_pages(path):
            return "header"
        raise Refused("db_key_missing", path=path)
    if salt is None and not keyed.is_plain(path):
        return "header"
    if not full:
        return None
    con = None
    try:
        con = keyed.connect(path, readonly=True, timeout=10)
        rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
    except keyed.Error as exc:
        if is_corruption(exc):
            return str(exc)
        refusal = translate(exc, path)
        raise (refusal or exc) from None
    finally:
        if con is not None:
            con.close()
    return None if rows == ["ok"] else "; ".join(rows[:3])


def check_file(path: Path, full: bool = True) -> None:
    """Raise DamagedDatabase (with the recovery on offer) or DiskFull; return for a usable file."""
    problem = damage(path, full)
    if problem is not None:
        raise DamagedDatabase(path, problem)


# --- recovery --------------------------------------------------------------------------------
@dataclass
class Recovery:
    backup: Path
    backup_time: dt.datetime
    damaged_time: dt.datetime | None  # the damaged file's last modification: what is lost is after the backup

    def params(self) -> dict:
        return {
            "backup": self.backup.name,
            "backup_time": self.backup_time.strftime("%Y-%m-%d %H:%M"),
            "damaged_time": self.damaged_time.strftime("%Y-%m-%d %H:%M") if self.damaged_time else "?",
        }

    def to_json(self) -> dict:
        return {"backup": str(self.backup), "backup_time": self.backup_time.isoformat(timespec="seconds"),
                "damaged_time": self.damaged_time.isoformat(timespec="seconds") if self.damaged_time else None}


def _mtime(path: Path) -> dt.datetime | None:
    times = []
    for p in (path, Path(str(path) + "-wal")):
        try:
            times.append(p.stat().st_mtime)
        except OSError:
            pass
    return dt.datetime.fromtimestamp(max(times)) if times else None


def backup_candidates(db_path: Path) -> list[Path]:
    """Every backup beside the database, newest first (damaged files set aside are no candidates)."""
    folder = dbfile.backups_dir(Path(db_path))
    found = [p for p in folder.glob("*.db") if p.is_file() and not p.name.startswith(DAMAGED_PREFIX)]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup that passes ``check_backup`` (integrity_check and schema version)."""
    for p in backup_candidates(db_path):
        try:
            dbfile.check_backup(p)
        except Refused:
            continue
        return p
    return None


def recovery_offer(db_path: Path) -> Recovery | None:
    good = newest_good_backup(db_path)
    if good is None:
        return None
    return Recovery(good, dt.datetime.fromtimestamp(good.stat().st_mtime), _mtime(Path(db_path)))


def set_aside(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Move the damaged file (and its -wal / -shm, which belong to it) into backups/ as
    damaged-<time>.db: renamed, so no byte is copied (a full disk is no obstacle), never overwritten."""
    db_path = Path(db_path)
    folder = dbfile.backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")  # a file name: wall clock
    n = 0
    while True:
        dest = folder / f"{DAMAGED_PREFIX}{stamp}{'-' + str(n) if n else ''}.db"
        if not any(Path(str(dest) + s).exists() for s in ("", "-wal", "-shm")):
            break
        n += 1
    try:
        for suffix in ("-wal", "-shm", ""):  # the main file last: until it moves, the set is still whole
            src = Path(str(db_path) + suffix)
            if src.exists():
                os.replace(src, Path(str(dest) + suffix))
    except OSError as exc:  # Windows: another program still has it open
        raise Refused("db_in_use", path=db_path, error=exc.strerror or exc) from None
    return dest


def put_in_place(db_path: Path, backup: Path) -> Path | None:
    """The backup copied beside the database first (a full disk or a kill then leaves the damaged file
    where it was, and a *.part the next start removes), then the damaged file renamed aside and the
    copy renamed into place. Returns where the damaged file went (None: there was none)."""
    db_path = Path(db_path)
    copy = db_path.with_name(db_path.name + ".restored.part")
    dbfile.sqlite_backup(backup, copy, like=db_path if keyed.salt_of(db_path) else None)
    aside = set_aside(db_path) if db_path.exists() else None
    os.replace(copy, db_path)
    return aside


def recover(db_path: Path, backup: Path | None = None) -> dict:
    """Set the damaged file aside and put the newest good backup (or ``backup``) in its place.

    The caller holds the instance lock. Refuses, changing nothing, when there is no good backup."""
    db_path = Path(db_path)
    if backup is None:
        offer = recovery_offer(db_path)
        if offer is None:
            raise Refused("no_good_backup", folder=dbfile.backups_dir(db_path))
    else:
        dbfile.check_backup(backup)
        offer = Recovery(Path(backup), dt.datetime.fromtimestamp(Path(backup).stat().st_mtime), _mtime(db_path))
    aside = put_in_place(db_path, offer.backup)
    return {"restored_from": str(offer.backup), "damaged_kept_as": str(aside) if aside else None, **offer.to_json()}


def current_revision(path: Path) -> str | None:
    """The file's schema revision, read without side effects (None: empty or new file)."""
    try:
        return dbfile.read_revision(Path(path))
    except keyed.DatabaseError as exc:
        # a full disk or a damaged file says so; only what is neither is "not a database"
        raise translate(exc, path) or Refused("db_not_sqlite", path=path, error=exc) from None


def plain_backups(db_path: Path) -> bool:
    """A plain backup left by a migration cut short (checked at each start: 16 bytes a file)."""
    folder = dbfile.backups_dir(db_path)
    return folder.is_dir() and any(keyed.is_plain(p) for p in folder.glob("*.db")
                                   if not p.name.startswith("damaged-"))

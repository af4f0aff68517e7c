"""The database file without an engine: its schema revision, its backups folder, a keyed copy and
the check of a backup. Below ``app.db``, ``app.db_health`` and ``app.services.backup``, which all
need these (it breaks the circle db -> db_health -> services.backup -> db)."""
from __future__ import annotations

from pathlib import Path

from app import keyed
from app.errors import Refused
from app.private_files import create_private_file

# Alembic revisions in order. The head is checked against the migration scripts in a test; the
# list lets the app recognise a file from a newer Zaosong without importing Alembic at start-up.
SCHEMA_REVISIONS = ["0001_initial", "0002_field_work", "0003_sync", "0004_setting_sheets", "0005_meetings",
                    "0006_temp_formal", "0007_meeting_minutes", "0008_config_docs", "0011_keys_at_rest",
                    "0012_case_fees", "0013_followups_actions", "0014_metering", "0015_after", "0016_outage",
                    "0017_before", "0018_points", "0019_bulletins", "0020_visit_attachments", "0021_pg_perf",
                    "0022_pending_devices", "0023_verdicts"]
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]


class NewerDatabaseError(Refused):
    pass


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def read_revision(path: Path) -> str | None:
    """The file's schema revision, read without side effects (None: empty or new file). Raises the
    driver's error for a file SQLite cannot read (the caller says what it means)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    con = keyed.connect(path, readonly=True)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not row:
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise Refused("db_not_zaosong", path=path)
            return None
        r = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return r[0] if r else None
    finally:
        con.close()


def sqlite_backup(src: Path, dest: Path, like: Path | None = None) -> Path:
    """Copy a live database (with its WAL) consistently through SQLite's backup API, encrypted with
    the source's key and salt (so it opens wherever the source does). A plain source (an old
    backup restored) is encrypted on the way with the key of ``like`` (the file it replaces), or
    with new keys when that is none."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()

    create_private_file(tmp)  # a backup holds every customer: 0600 from its first byte
    if keyed.is_plain(Path(src)):
        try:
            key = keyed.key_for(Path(like)) if like is not None else None
        except Refused:  # a damaged file's key is not held here: the copy gets keys of its own
            key = None
        if key is None:
            salt, raw, _recovery = keyed.new_keys()
            key = keyed.literal(raw, salt)
        keyed.encrypt_copy(Path(src), tmp, key)
    else:
        keyed.backup_copy(Path(src), tmp)
    tmp.replace(dest)
    return dest


def check_backup(path: Path) -> str:
    """Check a backup file before it replaces anything; return its schema revision. A backup whose
    key this machine does not hold is refused with the way to open it (the recovery key)."""
    path = Path(path)
    try:
        rev = read_revision(path)
    except keyed.DatabaseError as exc:
        raise Refused("not_a_db", path=path, error=exc) from None
    if rev is None:
        raise Refused("not_a_db", path=path, error="empty")
    if rev not in SCHEMA_REVISIONS:
        raise NewerDatabaseError(f"备份 {path} 来自更新版本的早送(架构版本 {rev}),请先升级早送。")
    con = keyed.connect(path, readonly=True)
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
    except keyed.DatabaseError as exc:
        raise Refused("not_a_db", path=path, error=exc) from None
    finally:
        con.close()
    if result != "ok":
        raise Refused("not_a_db", path=path, error=result)
    return rev

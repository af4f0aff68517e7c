"""The one place where the SQLite file is opened, configured, checked, migrated and backed up."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from app import at_rest, db_health, keyed, rekey
from app.db_health import current_revision  # noqa: F401 (callers find it here)

# the file-level names live below the engine (app.dbfile); callers reach them here too
from app.dbfile import (  # noqa: F401 (the file-level names live below the engine; callers find them here)
    SCHEMA_HEAD,
    SCHEMA_REVISIONS,
    NewerDatabaseError,
    backups_dir,
    check_backup,
    read_revision,
    sqlite_backup,
)

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": 10000,
}


def _set_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={PRAGMAS['busy_timeout']}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    # 64 MB of page cache per connection (SQLite's default is 2 MB): an encrypted page is decrypted on
    # every read that misses the cache, and a bulletin's trend walks the same rounds' pages several
    # times (the quarterly 同业对标 at 100,000 cases took 12-15 s with 2 MB, 7-10 s with 64 MB on the
    # same machine). Memory is taken only as pages are read.
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()


def make_engine(path: Path, key: str | None = None) -> Engine:
    """The engine of an encrypted file: every pooled connection is made by ``app.keyed.connect``,
    which sets the key before any other statement. ``key``: the PRAGMA key literal (given for a new
    file, which has no salt to look it up by yet; by default the one held for the file)."""
    path = Path(path)
    key = key if key is not None else keyed.key_for(path)

    def creator():
        # the key held for the file as it is now (a reissued key rewrote it: app.rekey); the given
        # one until a new file has its first page
        return keyed.connect(path, key=keyed.key_for(path) or key, check=False, check_same_thread=False)

    engine = create_engine(f"sqlite:///{path}", creator=creator, module=keyed.module, future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def check_pragmas(engine: Engine) -> dict[str, object]:
    """Read the pragmas back; raise if any did not take effect."""
    found: dict[str, object] = {}
    if engine.dialect.name != "sqlite":
        return found  # a server has no PRAGMAs: durability and foreign keys are its own
    with engine.connect() as conn:
        for name, want in PRAGMAS.items():
            got = conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            found[name] = got
            if str(got).lower() != str(want).lower():
                raise RuntimeError(f"SQLite pragma {name} is {got!r}, expected {want!r}")
    return found


def upgrade(engine: Engine, db_path: Path, from_rev: str | None) -> Path | None:
    """Bring the schema to head; back the file up first when it already held data."""
    from alembic import command
    from alembic.config import Config

    backup = None
    if from_rev is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")  # a file name: wall clock, never the as-of day
        backup = sqlite_backup(db_path, backups_dir(db_path) / f"pre-upgrade-{from_rev}-{stamp}.db")
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.connect() as conn:
        # Batch migrations rebuild tables (copy, drop, rename): foreign keys must be off meanwhile,
        # and are checked as a whole before the upgrade is committed.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"schema upgrade broke foreign keys: {broken[:5]}")
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    return backup


def prepare(db_path: Path) -> tuple[Engine, bool]:
    """Open (creating or upgrading as needed) and return (engine, created)."""
    db_path = Path(db_path)
    # a 0-byte or headerless file is refused with the recovery on offer, never re-created; the full
    # quick_check comes before the first write (Store.verify): reads on a large file stay instant
    db_health.check_file(db_path, full=False)
    rev = db_health.current_revision(db_path)
    if rev is not None and rev not in SCHEMA_REVISIONS:
        raise NewerDatabaseError(
            f"数据库 {db_path} 来自更新版本的早送(架构版本 {rev}),请先升级早送再打开。"
        )
    db_path.parent.mkdir(parents=True, exist_ok=True)

    rekey.resume(db_path)  # a recovery key reissue cut short: finished (or undone) before anything else
    key = None
    global last_recovery
    last_recovery = None
    if keyed.is_plain(db_path):
        # a file from before encryption at rest: encrypted first (under the instance lock, as an
        # upgrade), its plain backups next; the schema upgrade then runs on the encrypted file
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        last_recovery, _pre = keyed.encrypt_database(db_path, backups_dir(db_path), stamp)
    elif keyed.salt_of(db_path) is None:  # a new database
        salt, raw, last_recovery = keyed.new_keys()
        key = keyed.literal(raw, salt)
    engine = make_engine(db_path, key)
    check_pragmas(engine)
    created = rev is None
    if rev != SCHEMA_HEAD:
        upgrade(engine, db_path, rev)
        if rev is not None and _before(rev, KEYS_LEFT_DB):
            scrub_signing_key(engine, db_path)
    if last_recovery is not None or db_health.plain_backups(db_path):
        keyed.encrypt_backups(db_path, backups_dir(db_path))
    return engine, created


# the recovery key of a database this process just created or encrypted (shown once, then kept
# in the keyring only until the user confirms it is written down: ``zaosong keys recovery``)
last_recovery: str | None = None


KEYS_LEFT_DB = "0011_keys_at_rest"  # from this revision on no private key is kept in the file


def _before(rev: str, other: str) -> bool:
    return SCHEMA_REVISIONS.index(rev) < SCHEMA_REVISIONS.index(other)


def scrub_signing_key(engine: Engine, db_path: Path) -> None:
    """After the upgrade that moved the signing key out: rebuild the file so the key is in no
    free page or WAL frame, and take it out of the older backups beside it (the pre-upgrade copy
    just made included); each backup's key is kept in the keyring first (``app.at_rest``)."""
    engine.dispose()  # VACUUM needs no other connection mid-read; pooled ones reopen afresh
    con = keyed.connect(db_path, isolation_level=None)
    try:
        con.execute(f"PRAGMA busy_timeout={PRAGMAS['busy_timeout']}")
        at_rest.compact(con)
    finally:
        con.close()
    folder = backups_dir(db_path)
    if folder.is_dir():
        for backup in sorted(folder.glob("*.db")):
            try:
                at_rest.scrub_backup(backup)
            except Exception as exc:  # one unreadable backup must not stop the workbench
                import logging

                logging.getLogger(__name__).warning("could not scrub the key from %s: %s", backup, exc)


def integrity_report(engine: Engine) -> dict[str, list[str]]:
    if engine.dialect.name != "sqlite":
        # a server checks its pages itself and enforces every foreign key on each statement: there is
        # no file here to check; the audit chains are verified the same way on both (services.audit)
        return {"integrity_check": ["ok"], "foreign_key_check": []}
    with engine.connect() as conn:
        integ = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        fks = [" ".join(str(x) for x in r) for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()]
    return {"integrity_check": integ, "foreign_key_check": fks}


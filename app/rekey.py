"""A new recovery key for an encrypted database, and the first encryption of an old plain file with
progress (both are long copies of the whole file; issue 13 §4, left over).

Reissuing: the database key is derived from the recovery key (``app.keyed``), so a new recovery key
means a new key, and a new salt with it (keys are kept in the keyring by salt, one per file family:
the database and its backups). The file is rewritten copy-then-swap, never in place:

1. a journal ``<db>.rekey`` names the old and the new salt (no secret: a salt is the first 16
   bytes of every file) before the new keys are stored, so a kill at any moment can be finished or
   undone at the next start (``resume``, called by ``app.db.prepare`` under the instance lock);
2. the copy under the new key is made beside the file (``*.rekey.part``) while a write lock on the
   old file keeps every other writer waiting, checked (integrity, row counts) and fsynced;
3. it is renamed over the file (atomic): until then the old file with the old key is the database,
   after it the new one with the new key; both keys are in the keyring throughout;
4. each backup of the same family is rewritten the same way (its time kept);
5. the old recovery key, if still waiting to be confirmed, leaves the keyring; then the journal.

The old recovery key then opens neither the database nor its backups. The old database key stays
in this computer's keyring: copies of the old file made before (the user's own copy in another
folder, a USB stick) still open on this computer, as they would anywhere with the old recovery key;
it adds nothing for whoever finds the lost paper, and deleting it would lock the user out of them.
Files that could not be rewritten (damaged ones set aside) are named in the result.
"""
from __future__ import annotations

import json
import logging
import os
import secrets
from pathlib import Path

from app import db_health, dbfile, keyed, secrets_store
from app.dbfile import backups_dir
from app.errors import Refused
from app.private_files import POSIX

log = logging.getLogger(__name__)


def journal_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".rekey")


def pending(db_path: Path) -> bool:
    """A reissue was cut short: the next start (under the instance lock) finishes or undoes it."""
    return journal_path(db_path).exists()


def _write_journal(db_path: Path, old: str, new: str) -> None:
    path = journal_path(db_path)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="ascii") as fh:
        fh.write(json.dumps({"old_salt": old, "new_salt": new}))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if not POSIX:
        return  # Windows: a rename is durable once MoveFileEx returns
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _family(db_path: Path, salt: str) -> list[Path]:
    """The backups beside the database made with the key of ``salt`` (its copies keep its salt)."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return [p for p in sorted(folder.glob("*.db"))
            if p.is_file() and not p.is_symlink() and keyed.salt_of(p) == salt]


def _rewrite(src: Path, part: Path, src_key: str, new_key: str, report=None) -> None:
    """``src`` rewritten under ``new_key`` into ``part``, checked and fsynced (keyed._verified_copy)."""
    keyed._verified_copy(src, part, new_key, src_key=src_key, report=report)


def reissue(db_path: Path, report=None) -> dict:
    """A new recovery key for the database at ``db_path`` and its backups; the caller holds the
    instance lock (no workbench has the file open). Returns {"recovery_key", "backups", "left_old_key"}.

    Refused, changing nothing: a plain or missing file, a file whose key this computer lacks, a file
    another program has open. ``report(step, share)``: "rekey", "check", "rekey_backups"."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise Refused("not_a_db", path=db_path, error="missing")
    if pending(db_path):
        resume(db_path)  # the one cut short first: its files are then all of one key
    old_salt = keyed.salt_of(db_path)
    if old_salt is None:
        raise Refused("recovery_not_encrypted", path=db_path)
    old_lit = keyed.key_for(db_path)  # Refused db_key_missing when this computer lacks it
    db_health.check_file(db_path)  # a damaged file is recovered first, never rewritten
    con = keyed.connect(db_path, key=old_lit, isolation_level=None)
    fd = None
    swapped = False
    try:
        con.execute("PRAGMA busy_timeout=2000")
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            # out of WAL only when no other connection has the file open: that is the test that
            # nobody else is using it; and no -wal may outlive the old file beside the new one
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except keyed.DatabaseError:
            mode = "busy"
        if str(mode).lower() != "delete" or any(Path(f"{db_path}{s}").exists() for s in ("-wal", "-shm")):
            raise Refused("keys_db_in_use", path=db_path)
        if POSIX:
            fd = os.open(db_path, os.O_RDWR)  # the old file, to be emptied once replaced (below)
        try:
            con.execute("BEGIN IMMEDIATE")  # other writers wait (then are refused): none is lost
        except keyed.DatabaseError:
            raise Refused("keys_db_in_use", path=db_path) from None
        new_salt = secrets.token_hex(keyed.SALT_BYTES)
        raw = secrets.token_bytes(keyed.RECOVERY_BYTES)
        recovery = keyed.format_recovery(raw)
        new_key = keyed.derive_key(raw, new_salt)
        _write_journal(db_path, old_salt, new_salt)
        secrets_store.put(keyed.key_name(new_salt), new_key)
        secrets_store.put(keyed.recovery_name(new_salt), recovery)  # until confirmed written down
        keyed._cache[new_salt] = new_key
        new_lit = keyed.literal(new_key, new_salt)
        part = db_path.with_name(db_path.name + ".rekey.part")
        _rewrite(db_path, part, old_lit, new_lit,
                 report=(lambda step, share: report("rekey" if step == "encrypt" else step, share)) if report else None)
        if not POSIX:
            # Windows renames no file that is open: the lock goes now, and a program that opens the
            # file in this instant makes the rename fail (refused below), never lose its write
            con.execute("ROLLBACK")
            con.close()
            con = None
        try:
            os.replace(part, db_path)
        except PermissionError:
            raise Refused("keys_db_in_use", path=db_path) from None
        swapped = True
        _fsync_dir(db_path.parent)
        if fd is not None and keyed.salt_of(db_path) == new_salt and os.fstat(fd).st_ino != os.stat(db_path).st_ino:
            # a process that opened the old file before the swap and waited on its lock would write
            # into a file no longer there: emptied, its next statement fails instead of vanishing
            os.ftruncate(fd, 0)
    except BaseException:
        if not swapped:
            db_path.with_name(db_path.name + ".rekey.part").unlink(missing_ok=True)
            resume(db_path)  # the new keys, never shown, are dropped; the old file is the database
        raise
    finally:
        if fd is not None:
            os.close(fd)
        if con is not None:
            try:
                if con.in_transaction:
                    con.execute("ROLLBACK")  # nothing was written through it
            finally:
                con.close()
    out = resume(db_path, report=report) or {}
    return {"recovery_key": recovery, "backups": out.get("backups", []), "left_old_key": out.get("left_old_key", [])}


def resume(db_path: Path, report=None) -> dict | None:
    """Finish (or undo) a reissue cut short; the caller holds the instance lock. None: none was
    under way. Undone when the file still has the old salt (the copy never replaced it: the new keys,
    never shown, are dropped); finished when it has the new one (the backups rewritten)."""
    db_path = Path(db_path)
    journal = journal_path(db_path)
    try:
        state = json.loads(journal.read_text(encoding="ascii"))
        old, new = str(state["old_salt"]), str(state["new_salt"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, OSError) as exc:
        log.warning("unreadable reissue journal %s (%s): removed", journal, exc)
        journal.unlink(missing_ok=True)
        return None
    current = keyed.salt_of(db_path)
    if current != new:
        # the swap never happened: the old key is still the database's
        if current == old:
            for name in (keyed.key_name(new), keyed.recovery_name(new)):
                secrets_store.delete(name)
            keyed._cache.pop(new, None)
        journal.unlink(missing_ok=True)
        return {"undone": True, "backups": [], "left_old_key": []}
    new_lit = keyed.key_for(db_path)
    old_key = keyed.held_key(old)
    done, left = [], []
    family = _family(db_path, old) if old_key else []
    for n, p in enumerate(family):
        if report:
            report("rekey_backups", n / len(family))
        part = p.with_name(p.name + ".part")
        try:
            st = p.stat()
            _rewrite(p, part, keyed.literal(old_key, old), new_lit)
            os.utime(part, (st.st_atime, st.st_mtime))  # the newest-good-backup order stays
            os.replace(part, p)
            for suffix in ("-wal", "-shm"):
                Path(f"{p}{suffix}").unlink(missing_ok=True)
            done.append(str(p))
        except Refused:
            raise
        except Exception as exc:  # a damaged one set aside: kept as it is, never deleted
            part.unlink(missing_ok=True)
            log.warning("backup %s keeps the old key: %s", p, exc)
            left.append(str(p))
    if backups_dir(db_path).is_dir():
        _fsync_dir(backups_dir(db_path))
    secrets_store.delete(keyed.recovery_name(old))  # an old recovery key not yet confirmed: void
    journal.unlink(missing_ok=True)
    if report:
        report("rekey_backups", 1.0)
    return {"undone": False, "backups": done, "left_old_key": left}


def needs_first_encryption(db_path: Path) -> bool:
    """A plain database, or plain backups beside an encrypted one (a first encryption cut short)."""
    db_path = Path(db_path)
    return db_path.exists() and db_path.stat().st_size > 0 and (keyed.is_plain(db_path) or db_health.plain_backups(db_path))


def encrypt_first(db_path: Path, report=None, cancel=None) -> str | None:
    """The first encryption of a plain database and its backups (what ``app.db.prepare`` does when
    it opens one), with progress and cancel: for the workbench's progress window and the CLI.
    The caller holds the instance lock. Returns the recovery key (None: the file was encrypted
    already, only backups were left). Cancelled (``keyed.Cancelled``) before the encrypted copy
    replaced the file leaves the plain file as it was; during the backups, each backup whole."""
    import datetime as dt

    db_path = Path(db_path)
    db_health.check_file(db_path, full=False)
    rev = db_health.current_revision(db_path)
    if rev is not None and rev not in dbfile.SCHEMA_REVISIONS:
        raise dbfile.NewerDatabaseError(f"数据库 {db_path} 来自更新版本的早送(架构版本 {rev}),请先升级早送再打开。")
    recovery = None
    if keyed.is_plain(db_path):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")  # a file name: wall clock
        recovery, _pre = keyed.encrypt_database(db_path, backups_dir(db_path), stamp, report=report, cancel=cancel)
    keyed.encrypt_backups(db_path, backups_dir(db_path), report=report, cancel=cancel)
    if report:
        report("backups", 1.0)
    return recovery

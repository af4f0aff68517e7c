"""The one place a raw connection to a Zaosong database file is made: SQLCipher, keyed first.

Below ``app.db``, ``app.db_health`` and ``app.services.backup`` (which all open files through it)
and above only the key store, so none of those three needs another to open a file.

Encryption at rest (issue 13 §4): every database is an SQLCipher 4 file (AES-256, HMAC per page)
opened with ``sqlcipher3`` (the stdlib ``sqlite3`` cannot encrypt). Which key: a file's first 16
bytes are its SQLCipher salt, readable without the key, random per database and kept by every
copy Zaosong makes of it (backups, restores, a copied folder), because the key is given to SQLCipher
as raw key + salt. The key is kept in the OS keyring (``app.secrets_store``, 0600-file fallback)
under ``db-key-<salt>``: so a copy or a backup opens on the machine that made it, two databases on
one machine have two keys, and on any other machine it takes the recovery key.

The recovery key (160 random bits, shown once as 8 groups of 4 letters/digits) is not kept: the
database key is derived from it (scrypt over the salt), so it opens the file anywhere. Until the
user confirms having written it down it waits in the keyring (``db-recovery-<salt>``), never in
the data folder.
"""
from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import os
import re
import secrets
import sqlite3
import threading
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from app import secrets_store
from app.errors import Refused
from app.private_files import create_private_file

log = logging.getLogger(__name__)

HEADER = b"SQLite format 3\x00"  # the first 16 bytes of a plain SQLite file
SALT_BYTES, KEY_BYTES, RECOVERY_BYTES = 16, 32, 20
PAGE = 4096  # SQLCipher 4's page size: an encrypted file is a whole number of pages
# both drivers' errors: plain files from before are still read by the stdlib in old tools' tests
Error = (sqlite3.Error, sqlcipher.Error)
DatabaseError = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
IntegrityError = (sqlite3.IntegrityError, sqlcipher.IntegrityError)
module = sqlcipher  # the DB-API module SQLAlchemy is given

_cache: dict[str, str] = {}  # salt hex -> key hex, for this process (one keyring read per file)


# --- what a file is ----------------------------------------------------------------------------
def head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(SALT_BYTES)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return b""


def is_plain(path: Path) -> bool:
    """An unencrypted SQLite file (made before encryption at rest, or by another program)."""
    return head(path) == HEADER


def salt_of(path: Path) -> str | None:
    """The salt (hex) of an encrypted file; None for a plain, missing or too short file."""
    h = head(path)
    return h.hex() if len(h) == SALT_BYTES and h != HEADER else None


def whole_pages(path: Path) -> bool:
    """An encrypted database is a whole number of pages: anything else is no database at all."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        return False
    return size >= PAGE and size % PAGE == 0


def key_name(salt: str) -> str:
    return f"db-key-{salt}"


def recovery_name(salt: str) -> str:
    return f"db-recovery-{salt}"


def held_key(salt: str) -> str | None:
    """The database key for that salt from the keyring (or key file), or None."""
    if salt in _cache:
        return _cache[salt]

    key = secrets_store.get(key_name(salt))
    if key:
        _cache[salt] = key
    return key


def literal(key: str, salt: str) -> str:
    """SQLCipher's raw key with its salt: no passphrase derivation at each connection."""
    return f"x'{key}{salt}'"


def key_for(path: Path) -> str | None:
    """The PRAGMA key literal for an existing file: None for a plain file or none at all.
    Refused (``db_key_missing``) for an encrypted file whose key this machine does not hold."""
    salt = salt_of(path)
    if salt is None or not whole_pages(path):  # not encrypted by us: SQLite says what it is
        return None
    key = held_key(salt)
    if key is None:
        raise Refused("db_key_missing", path=path)
    return literal(key, salt)


# --- the recovery key ------------------------------------------------------------------------------
def format_recovery(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery(text: str) -> bytes:
    """The recovery key as the user typed it (any case, spaces or dashes); Refused when malformed."""
    clean = re.sub(r"[\s\-]", "", str(text or "")).upper().replace("0", "O").replace("1", "I")
    try:
        raw = base64.b32decode(clean)
    except (ValueError, base64.binascii.Error):
        raw = b""
    if len(raw) != RECOVERY_BYTES:
        raise Refused("recovery_key_bad")
    return raw


def derive_key(recovery: bytes, salt: str) -> str:
    """The database key from the recovery key and the file's salt (scrypt: a guessed recovery
    key costs the guesser, though 160 random bits need no help)."""
    return hashlib.scrypt(recovery, salt=b"zaosong-db-key:" + bytes.fromhex(salt), n=2 ** 14, r=8, p=1,
                          dklen=KEY_BYTES, maxmem=64 * 1024 * 1024).hex()


def new_keys() -> tuple[str, str, str]:
    """(salt, key, recovery key text) for a new encrypted database, the key and the recovery key
    already stored (the recovery key until the user confirms having written it down)."""

    salt = secrets.token_hex(SALT_BYTES)
    recovery = secrets.token_bytes(RECOVERY_BYTES)
    key = derive_key(recovery, salt)
    secrets_store.put(key_name(salt), key)
    secrets_store.put(recovery_name(salt), format_recovery(recovery))
    _cache[salt] = key
    return salt, key, format_recovery(recovery)


def unlock(path: Path, recovery_text: str) -> str:
    """Open an encrypted file with its recovery key and keep its key on this machine (a backup of
    a dead laptop opened elsewhere). Returns the salt. Refused, storing nothing, when the recovery
    key does not open the file."""

    path = Path(path)
    salt = salt_of(path)
    if salt is None:
        raise Refused("recovery_not_encrypted", path=path)
    key = derive_key(parse_recovery(recovery_text), salt)
    if not opens(path, literal(key, salt)):
        raise Refused("recovery_key_wrong", path=path)
    secrets_store.put(key_name(salt), key)
    _cache[salt] = key
    return salt


def pending_recovery(path: Path) -> str | None:
    """The recovery key not yet confirmed as written down, or None (confirmed, or a plain file)."""

    salt = salt_of(path)
    return secrets_store.get(recovery_name(salt)) if salt else None


def confirm_recovery(path: Path) -> bool:
    """The user wrote the recovery key down: it leaves the keyring. False: nothing was pending."""

    salt = salt_of(path)
    return bool(salt) and secrets_store.delete(recovery_name(salt))


# --- connections -----------------------------------------------------------------------------------
_AUTO = object()


def connect(path: Path | str, *, readonly: bool = False, key=_AUTO, check: bool = True, **kw):
    """A DB-API connection to ``path`` with its key applied before anything else.

    ``key``: the PRAGMA key literal; by default the one held for the file (none for a plain or a new
    file). ``check``: read the schema at once, so a wrong key is refused here in plain words
    (``db_key_wrong``) and not later as "file is not a database" (which means damage elsewhere)."""
    path = Path(path)
    if key is _AUTO:
        key = key_for(path)
    target = f"file:{path}?mode=ro" if readonly else str(path)
    con = sqlcipher.connect(target, uri=readonly, **kw)
    try:
        if key:
            con.execute(f'PRAGMA key = "{key}"')
        if check and (key or path.exists()):
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        con.close()
        if key and _code(exc) == 26:
            raise Refused("db_key_wrong", path=path) from None
        raise
    except BaseException:
        con.close()
        raise
    return con


def opens(path: Path, key: str) -> bool:
    try:
        connect(path, readonly=True, key=key).close()
        return True
    except Refused:
        return False


def _code(exc: BaseException) -> int:
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def quiet() -> None:
    """SQLCipher logs a failed page HMAC to stderr; the refusal says it better."""
    con = sqlcipher.connect(":memory:")
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
    finally:
        con.close()


quiet()


class Cancelled(Exception):
    """The user stopped a long copy (first encryption) before it replaced anything."""


@contextlib.contextmanager
def _watching(con, cancel, report=None, part: Path | None = None, total: int = 0):
    """While the statement inside runs on ``con``: a watcher thread interrupts it once ``cancel`` (an
    Event) is set, and gives ``report`` the share done, measured as the size ``part`` has grown to
    against ``total`` bytes (an export writes the copy page after page; its end size is about the
    source's). A thread, not SQLite's progress handler: sqlcipher_export runs its statements where
    that handler is never called; sqlite3_interrupt is made to be called from another thread."""
    if cancel is None and report is None:
        yield
        return
    stop = threading.Event()
    if report is not None:
        report(0.0)  # the step has begun

    def watch() -> None:
        last = 0.0
        while not stop.wait(0.05):
            if cancel is not None and cancel.is_set():
                con.interrupt()
                return
            if report is not None and part is not None and total:
                try:
                    share = min(0.99, os.path.getsize(part) / total)
                except OSError:
                    share = 0.0
                if share - last >= 0.01:
                    last = share
                    report(share)

    watcher = threading.Thread(target=watch, name="zaosong-copy-watch", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        stop.set()
        watcher.join()


def _interrupted(exc: BaseException, cancel) -> bool:
    return cancel is not None and cancel.is_set() and isinstance(exc, DatabaseError + (sqlcipher.OperationalError,))


def backup_copy(src: Path, dest: Path, key=_AUTO, report=None, cancel=None) -> None:
    """Copy ``src`` (with its WAL) into the new file ``dest`` through SQLite's backup API; ``dest``
    gets the same key and salt, so it opens wherever ``src`` does. ``report(share)`` follows the pages
    copied; ``cancel`` (an Event) stops it (Cancelled)."""
    if key is _AUTO:
        key = key_for(src)
    if key is None:  # a plain source (a migration's input) is copied encrypted all the same
        raise ValueError("backup_copy of a plain file: use encrypt_copy")

    def step(_status, remaining, total) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if report is not None and total:
            report((total - remaining) / total)

    s = connect(src, key=key)
    try:
        d = connect(dest, key=key, check=False)
        try:
            if report is None and cancel is None:
                s.backup(d)
            else:
                s.backup(d, pages=256, progress=step)  # 1 MB a step: a large file reports as it goes
        finally:
            d.close()
    finally:
        s.close()


def encrypt_copy(plain: Path, dest: Path, key: str, src_key: str | None = None, report=None, cancel=None) -> None:
    """A file (with its WAL) exported into the new encrypted file ``dest`` (sqlcipher_export: schema,
    rows; user_version copied after). ``src_key``: the source's own key (None: a plain source; a
    reissued key rewrites an encrypted one). ``report``/``cancel``: see ``_watching``."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)
    con = connect(plain, key=src_key, isolation_level=None)
    try:
        total = os.path.getsize(plain)
        con.execute(f'ATTACH DATABASE ? AS enc KEY "{key}"', (str(dest),))
        # a new file, checked and fsynced by the caller before it replaces anything: no journal, no
        # fsync per table (the export commits table by table)
        con.execute("PRAGMA enc.journal_mode=OFF")
        con.execute("PRAGMA enc.synchronous=OFF")
        try:
            with _watching(con, cancel, report, Path(dest), total):
                con.execute("SELECT sqlcipher_export('enc')")
        except Exception as exc:
            if _interrupted(exc, cancel):
                raise Cancelled() from None
            raise
        if cancel is not None and cancel.is_set():  # set as the export ended: stopped all the same
            raise Cancelled()
        version = con.execute("PRAGMA main.user_version").fetchone()[0]
        con.execute(f"PRAGMA enc.user_version={int(version)}")
        con.execute("DETACH DATABASE enc")
    finally:
        con.close()


def fingerprint(con) -> list[tuple]:
    """Each table's row count: an encrypted copy is checked against its plain original."""
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return [(t, con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables]


# --- plain files from before: encrypted in place ---------------------------------------------------
def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _verified_copy(plain: Path, part: Path, key: str, src_key: str | None = None, report=None,
                   cancel=None) -> None:
    """Export ``plain`` into ``part`` and check the copy: integrity_check and every table's row count
    as in the original. Raises (the original untouched) when they differ. The copy gets the
    original's mode (0600 by now: the data folder is made private before anything is opened).
    ``report(step, share)``: "encrypt" while the copy grows, "check" while it is checked."""
    import stat

    try:
        encrypt_copy(plain, part, key, src_key=src_key, cancel=cancel,
                     report=(lambda share: report("encrypt", share)) if report else None)
        os.chmod(part, stat.S_IMODE(plain.stat().st_mode))
        if report:
            report("check", 0.0)
        src = connect(plain, readonly=True, key=src_key)
        try:
            want = fingerprint(src)
        finally:
            src.close()
        enc = connect(part, readonly=True, key=key)
        try:
            with _watching(enc, cancel):
                ok = enc.execute("PRAGMA integrity_check").fetchone()[0]
                got = fingerprint(enc)
        except Exception as exc:
            if _interrupted(exc, cancel):
                raise Cancelled() from None
            raise
        finally:
            enc.close()
    except BaseException:
        part.unlink(missing_ok=True)  # a cancelled or failed copy leaves nothing behind
        raise
    if cancel is not None and cancel.is_set():
        part.unlink(missing_ok=True)
        raise Cancelled()
    if ok != "ok" or got != want:
        part.unlink(missing_ok=True)
        raise RuntimeError(f"the encrypted copy of {plain} differs from it: {ok}; {got[:3]} vs {want[:3]}")
    if report:
        report("check", 1.0)
    _fsync(part)


def encrypt_database(db_path: Path, backups: Path, stamp: str, report=None, cancel=None) -> tuple[str, Path]:
    """Encrypt a plain database in place; the caller holds the instance lock. Returns (recovery key
    text, the pre-encryption backup).

    Atomic: the encrypted copy is made and checked beside the file (``*.encrypting.part``, which
    the next start removes), then renamed over it. A kill at any moment leaves either the plain
    file whole or the encrypted one whole; keys already stored for a copy that never replaced the
    file are unused and harmless. The pre-encryption backup is of the encrypted copy (a plain
    copy would leave the data readable in backups/). ``report(step, share)`` follows the steps
    ("encrypt", "check", "backup"); ``cancel`` (an Event) stops it (Cancelled) at any moment before
    the encrypted copy replaces the file: the plain file is then as it was."""

    db_path = Path(db_path)
    # no WAL may outlive the plain file: its frames would be replayed into the encrypted one
    con = connect(db_path, key=None, isolation_level=None)
    try:
        con.execute("PRAGMA busy_timeout=10000")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    for suffix in ("-wal", "-shm"):
        side = Path(f"{db_path}{suffix}")
        if side.exists() and side.stat().st_size:
            raise Refused("db_busy", path=db_path)
        side.unlink(missing_ok=True)
    salt, key, recovery = new_keys()
    lit = literal(key, salt)
    part = db_path.with_name(db_path.name + ".encrypting.part")
    _verified_copy(db_path, part, lit, report=report, cancel=cancel)
    backups.mkdir(parents=True, exist_ok=True)
    pre = backups / f"pre-encrypt-{stamp}.db"
    pre_part = pre.with_name(pre.name + ".part")
    pre_part.unlink(missing_ok=True)

    create_private_file(pre_part)
    try:
        backup_copy(part, pre_part, key=lit, cancel=cancel,
                    report=(lambda share: report("backup", share)) if report else None)
    except BaseException:
        pre_part.unlink(missing_ok=True)
        part.unlink(missing_ok=True)
        raise
    os.replace(pre_part, pre)
    os.replace(part, db_path)
    return recovery, pre


def encrypt_backups(db_path: Path, backups: Path, report=None, cancel=None) -> tuple[list[Path], list[Path]]:
    """Re-encrypt the plain backups beside an encrypted database with its key, each replaced only
    after its encrypted copy checks out (same integrity and row counts) and keeping its time, so the
    newest-good-backup order stays. Returns (encrypted, left plain: unreadable as SQLite, e.g. a
    damaged file set aside: kept, never deleted, as every damaged file is). ``report(step, share)``
    ("backups", share of the files done); ``cancel`` stops between two backups and within one
    (Cancelled): the ones not done stay plain until the next start, each backup whole."""
    done, left = [], []
    if not backups.is_dir():
        return done, left
    key = key_for(db_path)
    if key is None:
        return done, left
    todo = [p for p in sorted(backups.glob("*.db")) if p.is_file() and not p.is_symlink() and is_plain(p)]
    for n, p in enumerate(todo):
        if report:
            report("backups", n / len(todo))
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        part = p.with_name(p.name + ".part")
        try:
            st = p.stat()
            _verified_copy(p, part, key, cancel=cancel)
            os.utime(part, (st.st_atime, st.st_mtime))
            os.replace(part, p)
            for suffix in ("-wal", "-shm"):
                Path(f"{p}{suffix}").unlink(missing_ok=True)
            done.append(p)
        except Cancelled:
            raise
        except Exception as exc:  # one unreadable backup must not stop the workbench
            part.unlink(missing_ok=True)
            log.warning("backup %s left as it was (not encrypted): %s", p, exc)
            left.append(p)
    return done, left

"""Encryption at rest (issue 13 §4): SQLCipher databases and backups, keys in the key store, the
recovery key, the migration of plain files. Real files, the real CLI; "another computer" is a
child process with a key folder of its own (ZAOSONG_KEY_DIR), as the keyring of another machine."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import keyed
from app.store import Store
from tests.conftest import ROOT, run_cli
from tests.helpers import db_digest, ok, raw_connect, refused

FIXTURES = ROOT / "tests" / "fixtures"
PLAIN_HEADER = b"SQLite format 3\x00"


def _count(path: Path, table: str = "case", **kw) -> int:
    con = raw_connect(path, **kw)
    try:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()


def _plain_count(path: Path, table: str = "case") -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()


def _unreadable_by_sqlite3(path: Path) -> bool:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return False
    except sqlite3.DatabaseError:
        return True
    finally:
        con.close()


def _plain_copy(src: Path, dest: Path) -> None:
    """A plain SQLite copy of an encrypted file: what a database from before this release is."""
    con = raw_connect(src, isolation_level=None)
    try:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()
    assert dest.read_bytes()[:16] == PLAIN_HEADER


def _other_machine(tmp_path: Path) -> dict:
    keys = tmp_path / "other-machine-keys"
    return {"ZAOSONG_KEY_DIR": str(keys)}


def _recovery_from(stderr: str) -> str:
    line = next(x for x in stderr.splitlines() if x.startswith("恢复密钥:"))
    return line.split(":", 1)[1].strip()


# --- new databases -----------------------------------------------------------------------------------
def test_a_new_database_is_encrypted_and_opens_in_the_app(tmp_path):
    path = tmp_path / "zaosong.db"
    st = Store.open(path, user="张伟")
    try:
        from app.services import cases as svc

        with st.session() as s:
            svc.create_case(s, customer_name="丹城机械厂", account_no="3900000001", capacity_kva=630,
                            applied_on=dt.date(2026, 11, 2))
    finally:
        st.dispose()
    data = path.read_bytes()
    assert data[:16] != PLAIN_HEADER and "丹城机械厂".encode() not in data
    assert _unreadable_by_sqlite3(path)
    st = Store.open(path)
    try:
        from app.services.query import list_cases

        with st.reader() as s:
            assert [c.customer_name for c in list_cases(s, as_of=dt.date(2026, 11, 27))] == ["丹城机械厂"]
    finally:
        st.dispose()
    # its key is in the key store under the file's own name, never beside the database
    salt = keyed.salt_of(path)
    assert (Path(os.environ["ZAOSONG_KEY_DIR"]) / f"{keyed.key_name(salt)}.key").exists()
    assert not any(keyed.key_name(salt) in p.name for p in tmp_path.rglob("*"))


def test_two_databases_have_two_keys(tmp_path):
    a, b = tmp_path / "a" / "zaosong.db", tmp_path / "b" / "zaosong.db"
    Store.open(a).dispose()
    Store.open(b).dispose()
    assert keyed.salt_of(a) != keyed.salt_of(b)
    assert keyed.held_key(keyed.salt_of(a)) != keyed.held_key(keyed.salt_of(b))


def test_init_shows_the_recovery_key_once_until_confirmed(tmp_path):
    db = tmp_path / "zaosong.db"
    r = run_cli(db, "init", "--user", "张伟")
    assert r.returncode == 0, r.stderr
    recovery = _recovery_from(r.stderr)
    assert len(recovery) == 39 and recovery.count("-") == 7
    again = run_cli(db, "init")
    assert "恢复密钥" not in again.stderr  # shown when made, not at every command
    assert ok(db, "keys", "recovery", "--show").count(recovery) == 1
    ok(db, "keys", "recovery", "--confirm")
    err = refused(db, "keys", "recovery", "--show")
    assert "已确认抄下" in err and recovery not in err
    # the recovery key is nowhere on this computer any more, nor in the data folder
    for p in list(tmp_path.rglob("*")) + list(Path(os.environ["ZAOSONG_KEY_DIR"]).glob("*")):
        if p.is_file():
            assert recovery.encode() not in p.read_bytes()


def test_a_malformed_recovery_key_is_refused_in_both_languages(db_path):
    before = db_digest(db_path)
    assert "恢复密钥格式不对" in refused(db_path, "keys", "unlock", "--recovery-key", "not-a-key")
    assert "not well formed" in refused(db_path, "keys", "unlock", "--recovery-key", "not-a-key",
                                        env={"ZAOSONG_LANG": "en"})
    assert db_digest(db_path) == before


# --- the recovery key on another computer --------------------------------------------------------------
def test_the_recovery_key_opens_a_backup_on_another_computer(tmp_path):
    home = tmp_path / "laptop" / "zaosong.db"
    r = run_cli(home, "init", "--user", "张伟")
    recovery = _recovery_from(r.stderr)
    no = run_cli(home, "case", "new", "--customer", "丹城机械厂", "--account", "3900000001", "--kva", "630",
                 "--applied", "2026-11-02").stdout.strip()
    assert no
    backup = Path(run_cli(home, "backup").stdout.strip())
    assert backup.read_bytes()[:16] == home.read_bytes()[:16]  # same salt: the same key opens it
    # the laptop is dead; its backup is copied to another computer, whose keyring lacks the key
    other = tmp_path / "desk" / "zaosong.db"
    usb = tmp_path / "usb" / backup.name
    usb.parent.mkdir()
    shutil.copy(backup, usb)
    env = _other_machine(tmp_path)
    r = run_cli(other, "restore", str(usb), env=env)
    assert r.returncode == 1 and "本机没有它的密钥" in r.stderr and "--recovery-key" in r.stderr
    assert not other.exists()
    wrong = keyed.format_recovery(bytes(20))
    r = run_cli(other, "restore", "--recovery-key", wrong, str(usb), env=env)
    assert r.returncode == 1 and "恢复密钥打不开" in r.stderr and not other.exists()
    assert not Path(env["ZAOSONG_KEY_DIR"], f"{keyed.key_name(keyed.salt_of(usb))}.key").exists()
    r = run_cli(other, "restore", "--recovery-key", recovery.lower().replace("-", " "), str(usb), env=env)
    assert r.returncode == 0, r.stderr
    listed = run_cli(other, "case", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert "丹城机械厂" in listed.stdout
    assert other.read_bytes()[:16] != PLAIN_HEADER


def test_the_recovery_key_opens_a_copy_after_the_keyring_entry_is_gone(tmp_path):
    db = tmp_path / "zaosong.db"
    recovery = _recovery_from(run_cli(db, "init", "--user", "张伟").stderr)
    (Path(os.environ["ZAOSONG_KEY_DIR"]) / f"{keyed.key_name(keyed.salt_of(db))}.key").unlink()
    before = db_digest(db)
    r = run_cli(db, "case", "list")
    assert r.returncode == 1 and "本机没有它的密钥" in r.stderr and "Traceback" not in r.stderr
    r = run_cli(db, "case", "list", env={"ZAOSONG_LANG": "en"})
    assert "does not hold its key" in r.stderr
    assert db_digest(db) == before
    r = run_cli(db, "keys", "unlock", "--recovery-key", recovery)
    assert r.returncode == 0, r.stderr
    assert run_cli(db, "case", "list").returncode == 0


def test_a_wrong_key_is_refused_plainly_and_changes_nothing(tmp_path):
    db = tmp_path / "zaosong.db"
    run_cli(db, "init", "--user", "张伟")
    key_file = Path(os.environ["ZAOSONG_KEY_DIR"]) / f"{keyed.key_name(keyed.salt_of(db))}.key"
    right = key_file.read_text()
    key_file.write_text("ab" * 32)
    try:
        before = db_digest(db)
        r = run_cli(db, "case", "list")
        assert r.returncode == 1 and "密钥不对" in r.stderr and "Traceback" not in r.stderr
        assert "ERROR CORE" not in r.stderr  # SQLCipher's own log stays quiet
        r = run_cli(db, "case", "list", env={"ZAOSONG_LANG": "en"})
        assert "key is wrong" in r.stderr
        assert db_digest(db) == before
        assert not list((tmp_path / "backups").glob("damaged-*")) if (tmp_path / "backups").exists() else True
    finally:
        key_file.write_text(right)
    assert run_cli(db, "case", "list").returncode == 0


# --- backups ---------------------------------------------------------------------------------------------
def test_a_backup_is_encrypted_and_restores(db_path):
    from app.services.backup import backup_now, check_backup

    no = ok(db_path, "case", "new", "--customer", "丹城机械厂", "--account", "3900000001", "--kva", "630",
            "--applied", "2026-11-02")
    backup = backup_now(db_path)
    assert backup.read_bytes()[:16] != PLAIN_HEADER and _unreadable_by_sqlite3(backup)
    assert check_backup(backup) and _count(backup) == 1
    ok(db_path, "case", "new", "--customer", "后来的户", "--account", "3900000002", "--kva", "630",
       "--applied", "2026-11-03")
    ok(db_path, "restore", str(backup))
    assert _count(db_path) == 1 and no
    aside = next((db_path.parent / "backups").glob("before-restore-*.db"))
    assert _unreadable_by_sqlite3(aside) and _count(aside) == 2


def test_sync_staging_file_is_encrypted(tmp_path):
    from app.sync import staging

    stager = staging.Stager(tmp_path / "stage.db")
    stager.con.execute('INSERT INTO "case" ("id", ln) VALUES (?, 1)', ("丹城机械厂-staged",))
    stager.con.execute("COMMIT")
    stager.abandon()
    data = (tmp_path / "stage.db").read_bytes()
    assert data[:16] != PLAIN_HEADER and "丹城机械厂".encode() not in data


# --- plain files from before ------------------------------------------------------------------------------
def test_an_old_plain_file_and_its_backups_are_encrypted_on_upgrade(tmp_path, template_db):
    fixture = FIXTURES / "schema_0008_config_docs.db"
    db = tmp_path / "zaosong.db"
    shutil.copy(fixture, db)
    folder = tmp_path / "backups"
    folder.mkdir()
    old_backup = folder / "auto-20261120-080000.db"
    _plain_copy(template_db, old_backup)  # a plain backup of this schema: nothing else rewrites it
    stamp = time.time() - 86400 * 3
    os.utime(old_backup, (stamp, stamp))
    broken = folder / "damaged-20261101-080000.db"
    broken.write_bytes(PLAIN_HEADER + b"\0" * 100)  # a damaged file set aside: kept, never deleted
    want = {t: _plain_count(fixture, t) for t in ("case", "case_event", "stage_round", "device")}
    want_backup = _plain_count(old_backup)
    r = run_cli(db, "case", "list")
    assert r.returncode == 0, r.stderr
    assert "数据库已加密" in r.stderr and _recovery_from(r.stderr)
    assert _unreadable_by_sqlite3(db) and db.read_bytes()[:16] != PLAIN_HEADER
    assert {t: _count(db, t) for t in want} == want
    # the backups: re-encrypted with the database's key, their time kept (newest-good order)
    assert old_backup.read_bytes()[:16] == db.read_bytes()[:16]
    assert _count(old_backup) == want_backup and abs(old_backup.stat().st_mtime - stamp) < 1
    pre = list(folder.glob("pre-encrypt-*.db"))
    assert len(pre) == 1 and _unreadable_by_sqlite3(pre[0]) and _count(pre[0]) == want["case"]
    assert broken.exists()
    assert [p.name for p in folder.glob("*.db") if keyed.is_plain(p)] == [broken.name]
    assert not list(tmp_path.glob("*.part"))
    # later starts: nothing more to do, nothing shown again
    r = run_cli(db, "case", "list")
    assert r.returncode == 0 and "数据库已加密" not in r.stderr


KILL_CHILD = """
import sys
from app.store import Store
Store.open(sys.argv[1]).dispose()
"""


def test_a_kill_during_the_migration_loses_nothing(tmp_path, demo_db):
    plain = tmp_path / "plain-original.db"
    _plain_copy(demo_db, plain)
    want = {t: _plain_count(plain, t) for t in ("case", "case_event", "stage_round")}
    digest = hashlib.sha256(plain.read_bytes()).hexdigest()
    db = tmp_path / "data" / "zaosong.db"
    db.parent.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ZAOSONG_HOME": str(db.parent)}
    part = db.with_name(db.name + ".encrypting.part")
    killed_at = []
    for delay in (None, 0.0, 0.05, 0.15, 0.3):
        shutil.copy(plain, db)
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        child = subprocess.Popen([sys.executable, "-c", KILL_CHILD, str(db)], cwd=ROOT, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        t0 = time.monotonic()
        if delay is None:  # the moment the encrypted copy is being written
            while not part.exists() and child.poll() is None and time.monotonic() - t0 < 60:
                time.sleep(0.001)
        else:
            time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        killed_at.append("plain" if keyed.is_plain(db) else "encrypted")
        # whatever moment the kill came, the file holds every row, plain or encrypted
        if keyed.is_plain(db):
            assert hashlib.sha256(db.read_bytes()).hexdigest() == digest or \
                {t: _plain_count(db, t) for t in want} == want
        st = Store.open(db)  # reopened: the migration finishes (or had finished)
        st.dispose()
        assert not keyed.is_plain(db) and {t: _count(db, t) for t in want} == want
        from app.services.backup import check_backup

        for b in (db.parent / "backups").glob("*.db"):
            assert not keyed.is_plain(b)
            check_backup(b)
        shutil.rmtree(db.parent / "backups", ignore_errors=True)
    assert "plain" in killed_at  # at least one kill came before the encrypted file replaced the plain one


def test_fixtures_of_every_old_revision_upgrade_encrypted(tmp_path):
    for fixture in sorted(FIXTURES.glob("schema_*.db")):
        db = tmp_path / fixture.stem / "zaosong.db"
        db.parent.mkdir()
        shutil.copy(fixture, db)
        want = _plain_count(fixture)
        Store.open(db).dispose()
        assert not keyed.is_plain(db) and _count(db) == want, fixture.name


@pytest.mark.parametrize("junk", [b"garbage" * 1000, os.urandom(8192)])
def test_junk_without_a_key_is_no_database_or_asks_for_its_key(tmp_path, junk):
    """7000 bytes of text cannot be an encrypted database (not whole pages): damaged. 8 KB of random
    bytes could be one made elsewhere: its key is asked for, the file is not called damaged."""
    db = tmp_path / "zaosong.db"
    db.write_bytes(junk)
    r = run_cli(db, "case", "list")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    if len(junk) % keyed.PAGE:
        assert "损坏" in r.stderr or "不是" in r.stderr
    else:
        assert "本机没有它的密钥" in r.stderr
    assert db.read_bytes() == junk

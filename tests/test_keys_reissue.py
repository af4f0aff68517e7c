"""Reissuing the recovery key (issue 13 §4, left over): a manager who lost the paper gets a new one;
the database and its backups are rewritten with the new key, copy-then-swap, so a kill at any
moment leaves a file that opens with the old or the new key and nothing lost. Real files, the real
CLI, real SIGKILLs of a child process. "Another computer" is a key folder of its own."""
from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app import keyed, rekey
from app.errors import Refused
from app.store import Store
from tests.conftest import ROOT
from tests.helpers import cli, db_digest, ok, plain_padded_db, raw_connect, refused


def _own_copy(src: Path, dest: Path) -> str:
    """``src`` exported under keys of its own (a salt no other test file shares); its recovery key."""
    salt, key, recovery = keyed.new_keys()
    dest.parent.mkdir(parents=True, exist_ok=True)
    keyed.encrypt_copy(src, dest, keyed.literal(key, salt), src_key=keyed.key_for(src))
    return recovery


def _counts(path: Path) -> dict:
    con = raw_connect(path)
    try:
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in ("case", "case_event", "stage_round", "meta")}
    finally:
        con.close()


def _opens_with(path: Path, recovery: str) -> bool:
    """Whether ``recovery`` opens ``path`` by itself (as on another computer: no keyring)."""
    salt = keyed.salt_of(path)
    return keyed.opens(path, keyed.literal(keyed.derive_key(keyed.parse_recovery(recovery), salt), salt))


def _new_db(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "data" / "zaosong.db"
    Store.open(db, user="张伟").dispose()  # a database of its own salt (never the template's)
    recovery = keyed.pending_recovery(db)
    ok(db, "case", "new", "--customer", "丹城机械厂", "--account", "3900000001", "--kva", "630",
       "--applied", "2026-11-02")
    return db, recovery


def test_after_a_reissue_the_new_key_opens_the_file_and_backups_and_the_old_does_not(tmp_path, monkeypatch):
    db, old = _new_db(tmp_path)
    ok(db, "keys", "recovery", "--confirm")  # written down, then the paper was lost
    backup = Path(ok(db, "backup"))
    stamp = time.time() - 86400 * 2
    os.utime(backup, (stamp, stamp))
    before = _counts(db)
    out = json.loads(ok(db, "keys", "reissue", "--yes", "--json"))
    new = out["recovery_key"]
    assert new != old and len(new) == 39 and out["backups"] == [str(backup)] and out["left_old_key"] == []
    salt = keyed.salt_of(db)
    assert keyed.salt_of(backup) == salt  # one family again: the backup opens wherever the file does
    assert abs(backup.stat().st_mtime - stamp) < 1  # the newest-good-backup order stays
    assert _counts(db) == before and _counts(backup) == before
    for f in (db, backup):
        assert _opens_with(f, new) and not _opens_with(f, old)
    assert not rekey.pending(db) and not list(db.parent.rglob("*.part"))
    # shown once with the same confirmation as at first set-up
    assert new in ok(db, "keys", "recovery", "--show")
    ok(db, "keys", "recovery", "--confirm")
    assert "已确认抄下" in refused(db, "keys", "recovery", "--show")
    # on another computer: the old paper is refused, the new one opens the file and the backup
    monkeypatch.setenv("ZAOSONG_KEY_DIR", str(tmp_path / "other-keys"))
    monkeypatch.setattr(keyed, "_cache", {})
    for f in (db, backup):
        try:
            keyed.unlock(f, old)
            raise AssertionError("the old recovery key opened " + str(f))
        except Refused as exc:
            assert exc.code == "recovery_key_wrong"
        keyed.unlock(f, new)
    assert ok(db, "case", "list").count("丹城机械厂") == 1


def test_reissue_is_refused_plainly_and_changes_nothing(tmp_path, db_path):
    db, _old = _new_db(tmp_path)
    before = db_digest(db)
    pending = keyed.pending_recovery(db)
    assert "--yes" in refused(db, "keys", "reissue")
    assert "Add --yes" in refused(db, "keys", "reissue", env={"ZAOSONG_LANG": "en"})
    assert "不存在" in refused(tmp_path / "none" / "zaosong.db", "keys", "reissue", "--yes") or \
        not (tmp_path / "none" / "zaosong.db").exists()
    # the workbench has it open (its instance lock): refused, not rewritten under it
    from app.instance import InstanceLock

    lock = InstanceLock(db).acquire()
    try:
        assert "请先关闭它" in refused(db, "keys", "reissue", "--yes")
    finally:
        lock.release()
    # another program holds a connection (a command running beside it): refused, nothing changed
    con = raw_connect(db)
    con.execute("SELECT count(*) FROM \"case\"").fetchone()
    try:
        err = refused(db, "keys", "reissue", "--yes", env={"ZAOSONG_LANG": "en"})
        assert "has the database" in err and "Nothing was changed" in err
    finally:
        con.close()
    assert db_digest(db) == before and keyed.pending_recovery(db) == pending
    assert not rekey.pending(db) and not list(db.parent.glob("*.part"))
    # a plain file needs no recovery key
    plain = tmp_path / "plain" / "zaosong.db"
    plain.parent.mkdir()
    import sqlite3

    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.close()
    assert "没有加密" in refused(plain, "keys", "reissue", "--yes")


CHILD = """
import sys
from app import rekey
rekey.reissue(sys.argv[1])
"""


def test_a_kill_during_a_reissue_leaves_a_file_of_the_old_or_the_new_key_and_nothing_lost(tmp_path, demo_db):
    from app.leftovers import clean_at_start
    from app.services.backup import check_backup

    origin = tmp_path / "origin" / "zaosong.db"
    old = _own_copy(demo_db, origin)
    (origin.parent / "backups").mkdir()
    for n in range(3):  # backups of the same family: the reissue rewrites them one by one
        keyed.backup_copy(origin, origin.parent / "backups" / f"auto-2026112{n}-080000.db")
    want = _counts(origin)
    old_salt = keyed.salt_of(origin)
    assert _opens_with(origin, old)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outcomes = []
    for moment in ("copying", "backups", 0.0, 0.3, None):
        db = tmp_path / f"run-{len(outcomes)}" / "zaosong.db"
        (db.parent / "backups").mkdir(parents=True)
        for f in [origin, *sorted((origin.parent / "backups").glob("*.db"))]:
            dest = db if f == origin else db.parent / "backups" / f.name
            dest.write_bytes(f.read_bytes())
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], cwd=ROOT, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        t0 = time.monotonic()
        part = db.with_name(db.name + ".rekey.part")
        if moment == "copying":  # while the copy under the new key is being written
            while not part.exists() and child.poll() is None and time.monotonic() - t0 < 60:
                time.sleep(0.001)
        elif moment == "backups":  # the file swapped, its backups not yet all rewritten
            while keyed.salt_of(db) == old_salt and child.poll() is None and time.monotonic() - t0 < 60:
                time.sleep(0.001)
        elif moment is not None:
            time.sleep(moment)
        if moment is None:
            assert child.wait(timeout=120) == 0
        else:
            child.send_signal(signal.SIGKILL)
            child.wait()
        salt = keyed.salt_of(db)
        assert salt is not None and keyed.held_key(salt)  # a readable file at every moment
        assert _counts(db) == want
        new_pending = keyed.pending_recovery(db) if salt != old_salt else None
        if salt != old_salt and rekey.pending(db):
            outcomes.append("swapped, backups not all done")
        clean_at_start(db)
        Store.open(db).dispose()  # the next start finishes (or undoes) what was cut short
        assert not rekey.pending(db) and not list(db.parent.rglob("*.part"))
        assert keyed.salt_of(db) == salt and _counts(db) == want
        backups = sorted((db.parent / "backups").glob("*.db"))
        family = [b for b in backups if not b.name.startswith("pre-")]
        assert len(family) == 3
        for b in family:
            assert keyed.salt_of(b) == salt, (moment, b.name)  # every backup of the file's own key
            check_backup(b)
            assert _counts(b) == want
        if salt == old_salt:
            outcomes.append("old")
            assert _opens_with(db, old)
        else:
            outcomes.append("new")
            assert new_pending and _opens_with(db, new_pending) and not _opens_with(db, old)
            assert all(_opens_with(b, new_pending) for b in family)
    assert "old" in outcomes and "new" in outcomes, outcomes


def test_a_journal_left_before_the_swap_drops_the_new_keys_and_keeps_the_old(tmp_path):
    db, old = _new_db(tmp_path)
    old_salt = keyed.salt_of(db)
    new_salt = "ab" * 16
    rekey._write_journal(db, old_salt, new_salt)
    from app import secrets_store

    secrets_store.put(keyed.key_name(new_salt), "cd" * 32)
    r = cli(db, "case", "list")
    assert r.returncode == 0, r.stderr
    assert "丹城机械厂" in r.stdout and not rekey.pending(db)
    assert secrets_store.get(keyed.key_name(new_salt)) is None and keyed.salt_of(db) == old_salt
    assert _opens_with(db, old)


def test_the_workbench_keeps_working_after_a_reissue(store, tmp_path):
    """The engine's pooled connections follow the file to its new key (ui.ops.admin disposes them)."""
    from app.services import cases as svc

    db = tmp_path / "own" / "zaosong.db"
    st = Store.open(db, user="张伟")
    try:
        with st.session() as s:
            svc.create_case(s, customer_name="丹城机械厂", account_no="3900000001", capacity_kva=630,
                            applied_on=dt.date(2026, 11, 2))
        st.dispose()
        rekey.reissue(db)
        with st.session() as s:
            svc.create_case(s, customer_name="后来的户", account_no="3900000002", capacity_kva=630,
                            applied_on=dt.date(2026, 11, 3))
    finally:
        st.dispose()
    assert _counts(db)["case"] == 2


def test_the_cli_prints_the_progress_of_a_first_encryption(tmp_path, template_db):
    db = tmp_path / "old" / "zaosong.db"
    rows = plain_padded_db(template_db, db, 12)["pad_notes"]
    r = cli(db, "case", "list")
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    steps = [x for x in lines if x.startswith("加密数据库… ")]
    percents = [int(x.rsplit(" ", 1)[1].rstrip("%")) for x in steps]
    assert len(percents) >= 2 and percents == sorted(percents) and percents[0] == 0
    assert "检查加密后的副本… 100%" in lines and "加密备份… 100%" in lines
    assert lines.index(steps[-1]) < lines.index("检查加密后的副本… 100%")
    assert any(x.startswith("恢复密钥: ") for x in lines)  # announced once, as before
    assert not keyed.is_plain(db)
    con = raw_connect(db)
    try:
        assert con.execute("SELECT count(*) FROM pad_notes").fetchone()[0] == rows
    finally:
        con.close()
    again = cli(db, "case", "list")
    assert "加密数据库" not in again.stderr and "恢复密钥" not in again.stderr


def test_a_damaged_file_is_not_reissued(tmp_path):
    db, old = _new_db(tmp_path)
    size = db.stat().st_size
    assert size > 40 * keyed.PAGE
    with open(db, "r+b") as fh:  # 8 pages zeroed mid-file
        fh.seek(20 * keyed.PAGE)
        fh.write(b"\0" * 8 * keyed.PAGE)
    before = db_digest(db)
    err = refused(db, "keys", "reissue", "--yes")
    assert "损坏" in err
    assert db_digest(db) == before and keyed.pending_recovery(db) == old
    assert not rekey.pending(db) and not list(db.parent.glob("*.part"))

"""The workbench at start on a damaged (or 0-byte) database and on a full disk (issue 13 §3)."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import db_health
from tests.conftest import ROOT
from tests.helpers import cli, raw_connect


def _gui(db_path, limit_bytes=None):
    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZAOSONG_HOME": str(db_path.parent),
           "ZAOSONG_LOG_DIR": str(db_path.parent / "logs")}
    return subprocess.run([sys.executable, "-m", "ui", "--db", str(db_path), "--exit-when-ready"], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120,
                          preexec_fn=limit if limit_bytes is not None else None)


def _device_id(path):
    con = raw_connect(path)
    try:
        return con.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()[0]
    finally:
        con.close()


def test_recovery_dialog_restores_the_newest_good_backup(qtbot, db_path):
    assert cli(db_path, "case", "new", "--customer", "甲", "--account", "3300000001", "--kva", "100").returncode == 0
    assert cli(db_path, "backup").returncode == 0
    device = _device_id(db_path)
    for suffix in ("-wal", "-shm"):
        (db_path.parent / (db_path.name + suffix)).unlink(missing_ok=True)
    db_path.write_bytes(b"")  # what a crash during a copy, or a bad sync tool, leaves
    with pytest.raises(db_health.DamagedDatabase) as err:
        db_health.check_file(db_path)
    from ui.recovery import RecoveryDialog

    dlg = RecoveryDialog(db_path, err.value)
    qtbot.addWidget(dlg)
    assert "manual-" in dlg.text() and "0 字节" in dlg.text()  # the backup offered, with its time, and why
    dlg.show()
    qtbot.mouseClick(dlg.recover_button, Qt.LeftButton)
    assert dlg.outcome is not None
    kept = db_health.backup_candidates(db_path)  # the damaged file is no candidate
    assert all(not p.name.startswith("damaged-") for p in kept)
    assert list((db_path.parent / "backups").glob("damaged-*.db"))
    assert _device_id(db_path) == device
    assert cli(db_path, "check").returncode == 0


def test_recovery_dialog_quit_changes_nothing(qtbot, db_path):
    db_path.write_bytes(b"")
    with pytest.raises(db_health.DamagedDatabase) as err:
        db_health.check_file(db_path)
    from ui.recovery import RecoveryDialog

    dlg = RecoveryDialog(db_path, err.value)
    qtbot.addWidget(dlg)
    assert dlg.recover_button.objectName() == "setAsideNew"  # no backup: nothing to restore
    dlg.show()
    qtbot.mouseClick(dlg.quit_button, Qt.LeftButton)
    assert dlg.outcome is None and db_path.exists() and db_path.stat().st_size == 0
    assert not list((db_path.parent / "backups").glob("damaged-*"))


def test_workbench_refuses_a_damaged_file_without_traceback(db_path):
    db_path.write_bytes(b"")
    r = _gui(db_path)
    assert r.returncode == 1 and "Traceback" not in r.stderr and "已损坏" in r.stderr
    assert db_path.stat().st_size == 0  # never re-created with a new device identity


def test_workbench_on_a_full_disk_starts_and_says_so(db_path):
    r = _gui(db_path, 40000)  # the file can be read, nothing more written
    assert r.returncode == 0 and "ready_ms=" in r.stdout, r.stderr[-3000:]
    assert "磁盘已满" in r.stderr and "Traceback" not in r.stderr
    r = _gui(db_path, 0)  # not a byte: not even SQLite's shared-memory file can be made
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
    assert r.returncode == 1 and "磁盘已满" in r.stderr
    r = _gui(db_path)  # space returns
    assert r.returncode == 0 and "磁盘已满" not in r.stderr


def test_damage_found_after_the_window_opened_offers_the_backup(qtbot, demo_db, tmp_path):
    """Zeroed pages mid-file pass the instant checks at open; the quick_check the window runs at start
    finds them before any write, and the newest good backup is offered."""
    from app.store import Store
    from ui.main_window import MainWindow

    folder = tmp_path / "d"
    folder.mkdir()
    db = folder / "zaosong.db"
    con = raw_connect(demo_db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copy(demo_db, db)
    assert cli(db, "backup").returncode == 0
    pages = db.stat().st_size // 4096
    with db.open("r+b") as f:
        f.seek((pages // 2) * 4096)
        f.write(b"\0" * 4096 * 8)
    damaged = hashlib.sha256(db.read_bytes()).hexdigest()
    store = Store.open(db)
    win = MainWindow(store, as_of=dt.date(2026, 11, 27))
    win.remember_state = False
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: getattr(win, "recovery_dialog", None) is not None and win.recovery_dialog.isVisible(),
                    timeout=30000)
    assert store.damaged
    qtbot.mouseClick(win.recovery_dialog.recover_button, Qt.LeftButton)
    assert win.recovery_dialog.outcome is not None, [w.text() for w in win.findChildren(QMessageBox)]
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "recoveryDone") is not None, timeout=30000)
    kept = list((folder / "backups").glob("damaged-*.db"))
    assert len(kept) == 1 and hashlib.sha256(kept[0].read_bytes()).hexdigest() == damaged
    assert cli(db, "check").returncode == 0


def test_workbench_start_removes_leftovers(db_path):
    staging = db_path.parent / "sync" / "staging" / "staging-killed"
    staging.mkdir(parents=True)
    (staging / "payload.zip").write_bytes(b"decrypted" * 100)
    part = db_path.parent / "backups" / "auto-20261201-080000.db.part"
    part.parent.mkdir(exist_ok=True)
    part.write_bytes(b"half")
    r = _gui(db_path)
    assert r.returncode == 0, r.stderr[-3000:]
    assert not staging.exists() and not part.exists()

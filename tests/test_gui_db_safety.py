"""The workbench at start on a damaged (or 0-byte) database and on a full disk (issue 13 §3)."""
from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from app import db_health
from tests.conftest import ROOT, run_cli


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
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()[0]
    finally:
        con.close()


def test_recovery_dialog_restores_the_newest_good_backup(qtbot, db_path):
    assert run_cli(db_path, "case", "new", "--customer", "甲", "--account", "3300000001", "--kva", "100").returncode == 0
    assert run_cli(db_path, "backup").returncode == 0
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
    assert run_cli(db_path, "check").returncode == 0


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

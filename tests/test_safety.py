"""Data safety: SIGKILL at random moments, automatic backups and their thinning, restore, the
single-instance lock, the crash handler."""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from app.errors import Refused
from tests.conftest import ROOT
from tests.helpers import cli, raw_connect


def test_fifty_kills_lose_nothing_committed(db_path, tmp_path):
    from app.services.audit import check_database
    from app.store import Store

    rng = random.Random(7)
    committed_cases: set[str] = set()
    committed_stages: set[str] = set()
    env = {**os.environ, "ZAOSONG_HOME": str(db_path.parent)}
    # one process imports the code once and forks every writer (tests/crash_writer.py --zygote)
    zygote = subprocess.Popen([sys.executable, str(ROOT / "tests" / "crash_writer.py"), str(db_path), "--zygote"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                              cwd=ROOT, text=True)
    try:
        for n in range(50):
            out = tmp_path / f"writer{n}.txt"
            zygote.stdin.write(f"{n * 1000} {out}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            if n % 2 == 0:
                # every other kill lands while writing, however slowly the machine runs: after the
                # writer reports its first committed write
                deadline = time.monotonic() + 60
                while not (out.exists() and out.read_bytes().startswith(b"case ")):
                    assert time.monotonic() < deadline, n
                    time.sleep(0.005)
                time.sleep(rng.uniform(0.0, 0.6))
            else:  # the others at a random moment from the fork (opening the file, or writing)
                time.sleep(rng.uniform(0.0, 0.6))
            os.kill(pid, signal.SIGKILL)
            while True:  # until the system has reaped it (the zygote ignores SIGCHLD)
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.002)
            text = out.read_text("utf-8", "replace") if out.exists() else ""
            for line in text.splitlines():
                kind, _, no = line.partition(" ")
                if not no:
                    continue  # a line cut by the kill: not reported, so not promised
                (committed_cases if kind == "case" else committed_stages).add(no)
            # after every kill: the file opens, passes check, and holds every reported write (the
            # check the `check` command prints, in this process)
            store = Store.open(db_path)
            try:
                report = check_database(store)
            finally:
                store.dispose()
            assert report["ok"], (n, report["lines"])
            con = raw_connect(db_path)
            have = {row[0] for row in con.execute('SELECT case_no FROM "case"')}
            finished = {row[0] for row in con.execute(
                "SELECT c.case_no FROM stage_round r JOIN \"case\" c ON c.id = r.case_id "
                "WHERE r.stage = 'ACCEPT' AND r.finished_on IS NOT NULL")}
            con.close()
            assert committed_cases <= have, n
            assert committed_stages <= finished, n
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    assert len(committed_cases) >= 25  # the loop really wrote things (at least once per waited-for writer)
    r = cli(db_path, "check", "--json")  # and the command a person runs says the same
    assert r.returncode == 0 and json.loads(r.stdout)["ok"], r.stdout + r.stderr


def test_auto_backup_only_when_changed_and_thinning(db_path):
    from app.services import cases as svc
    from app.services.backup import auto_backup, thin_backups
    from app.store import Store

    # one clock for the backups and the thinning, whatever day the suite runs on
    now = dt.datetime(2026, 11, 28, 9, 0)
    first = auto_backup(db_path, now=now - dt.timedelta(minutes=5))
    assert first is not None and first.exists()
    assert auto_backup(db_path, now=now - dt.timedelta(minutes=4)) is None  # nothing changed since
    st = Store.open(db_path)
    with st.session() as s:
        svc.create_case(s, customer_name="甲", account_no="3300000001", capacity_kva=100, applied_on=dt.date(2026, 11, 2))
    st.dispose()
    second = auto_backup(db_path, now=now - dt.timedelta(minutes=3))
    assert second is not None and second != first
    # a year of daily backups thins to days, weeks and months
    folder = first.parent
    for days in range(0, 400):
        stamp = now - dt.timedelta(days=days, hours=1)
        (folder / f"auto-{stamp.strftime('%Y%m%d-%H%M%S')}.db").write_bytes(b"x")
    thin_backups(folder, now)
    left = sorted(folder.glob("auto-2*.db"))
    assert 15 <= len(left) <= 30, len(left)
    newest = max(left)
    assert newest.name.startswith("auto-20261128")


def test_restore_cli_checks_first_and_keeps_current(db_path, tmp_path):
    assert cli(db_path, "case", "new", "--customer", "甲", "--account", "3300000001", "--kva", "100").returncode == 0
    backup = tmp_path / "b.db"
    assert cli(db_path, "backup", "--out", str(backup)).returncode == 0
    assert cli(db_path, "case", "new", "--customer", "乙", "--account", "3300000002", "--kva", "100").returncode == 0
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    r = cli(db_path, "restore", str(bad))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert len(json.loads(cli(db_path, "case", "list", "--json").stdout)) == 2
    r = cli(db_path, "restore", str(backup))
    assert r.returncode == 0, r.stderr
    assert [c["customer_name"] for c in json.loads(cli(db_path, "case", "list", "--json").stdout)] == ["甲"]
    kept = list((db_path.parent / "backups").glob("before-restore-*.db"))
    assert kept
    con = raw_connect(kept[0])
    assert con.execute('SELECT count(*) FROM "case"').fetchone()[0] == 2
    con.close()


def test_second_copy_is_refused(db_path):
    from app.instance import InstanceLock

    lock = InstanceLock(db_path).acquire()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZAOSONG_HOME": str(db_path.parent),
           "ZAOSONG_LOG_DIR": str(db_path.parent / "logs")}
    r = subprocess.run([sys.executable, "-m", "ui", "--db", str(db_path), "--exit-when-ready"], capture_output=True,
                       text=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 3 and "已经在使用" in r.stderr
    lock.release()
    r = subprocess.run([sys.executable, "-m", "ui", "--db", str(db_path), "--exit-when-ready"], capture_output=True,
                       text=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 0 and "ready_ms=" in r.stdout
    # flock is held per open file: a second open of the lock file is a second copy of the program
    a = InstanceLock(db_path).acquire()
    try:
        with pytest.raises(Refused):
            InstanceLock(db_path).acquire()
    finally:
        a.release()


def test_crash_handler_logs_and_keeps_data(tmp_path):
    code = (
        "import sys, os; sys.path.insert(0, os.getcwd());"
        "from ui import crash; p = crash.install(show_dialog=False);"
        "raise RuntimeError('boom for the test')"
    )
    env = {**os.environ, "ZAOSONG_LOG_DIR": str(tmp_path / "logs")}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert r.returncode != 0
    text = (tmp_path / "logs" / "zaosong.log").read_text(encoding="utf-8")
    assert "boom for the test" in text and "Traceback" in text

"""The database file's safety (issue 13 §3): a damaged or 0-byte file, corruption met during a
command, a restore under an open workbench, a full disk, two writers racing for a case number,
leftovers of killed runs, the clock."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.errors import Refused
from tests.conftest import ROOT, run_cli, run_cli_full_disk
from tests.helpers import cli, raw_connect

# cli runs the command in this process; run_cli (a child) stays where another process's lock or
# leftovers are the point: an fcntl lock never refuses its own process

NEW_CASE = ("case", "new", "--customer", "象山测试", "--account", "3300000009", "--kva", "100",
            "--applied", "2026-11-02")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _zero_pages(path: Path, count: int = 8) -> None:
    """8 zeroed pages mid-file, as a failing disk sector or a bad copy leaves them."""
    pages = path.stat().st_size // 4096
    with path.open("r+b") as f:
        f.seek((pages // 2) * 4096)
        f.write(b"\0" * 4096 * count)


def _checkpointed_copy(src: Path, dest: Path) -> Path:
    """A whole database in one file (no -wal beside it), so that damaging the file damages the data."""
    con = raw_connect(src)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copy(src, dest)
    return dest


def _device_id(path: Path) -> str:
    con = raw_connect(path)
    try:
        return con.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()[0]
    finally:
        con.close()


def _cases(path: Path) -> int:
    con = raw_connect(path)
    try:
        return con.execute('SELECT count(*) FROM "case"').fetchone()[0]
    finally:
        con.close()


# --- a 0-byte file -------------------------------------------------------------------------------
def test_zero_byte_file_is_damaged_never_new(db_path):
    assert cli(db_path, *NEW_CASE).returncode == 0
    assert cli(db_path, "backup").returncode == 0
    device = _device_id(db_path)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"")
    for args in (("case", "list"), ("check",), NEW_CASE, ("init",)):
        r = cli(db_path, *args)
        assert r.returncode == 1, (args, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr and "0 字节" in r.stderr and "restore --latest" in r.stderr
        assert db_path.stat().st_size == 0, args  # not re-created as a new database
    r = cli(db_path, "restore", "--latest", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    kept = Path(out["damaged_kept_as"])
    assert kept.parent == db_path.parent / "backups" and kept.name.startswith("damaged-") and kept.stat().st_size == 0
    assert _device_id(db_path) == device  # the same device identity and key, from the backup
    assert len(json.loads(cli(db_path, "case", "list", "--json").stdout)) == 1


def test_zero_byte_file_without_backup_is_set_aside_only_on_request(db_path):
    db_path.write_bytes(b"")
    r = cli(db_path, "case", "list")
    assert r.returncode == 1 and "没有完好的备份" in r.stderr and "Traceback" not in r.stderr
    r = cli(db_path, "restore", "--latest")
    assert r.returncode == 1 and "没有完好的备份" in r.stderr and db_path.exists()  # nothing changed
    r = cli(db_path, "restore", "--set-aside")
    assert r.returncode == 0, r.stderr
    assert not db_path.exists() and list((db_path.parent / "backups").glob("damaged-*.db"))
    assert cli(db_path, "init").returncode == 0  # now a new database, because the user asked


# --- zeroed pages: found at start, nothing written, recovered --------------------------------------
@pytest.fixture
def damaged_demo(demo_db, tmp_path):
    """A 300-case database with a good backup, then 8 zeroed pages mid-file."""
    folder = tmp_path / "damaged"
    folder.mkdir()
    db = _checkpointed_copy(demo_db, folder / "zaosong.db")
    assert cli(db, "backup").returncode == 0
    _zero_pages(db)
    return db


def test_zeroed_pages_stop_every_write_and_write_nothing(damaged_demo):
    before = _sha(damaged_demo)
    writes = (("check",), NEW_CASE, ("backup",), ("case", "edit", "YK0", "--township", "丹东街道"),
              ("calendar", "import", str(damaged_demo)))
    # reads run until they meet a damaged page (quick_check reads every page: it comes before the first
    # write, not before every read of a large file); then they say so, as every write does at once
    reads = (("case", "list"), ("warnings",), ("sync", "export", "--out", str(damaged_demo.parent / "x.zsync")))
    for args in writes + reads:
        r = cli(damaged_demo, *args)
        assert "Traceback" not in r.stderr, (args, r.stderr[-3000:])
        if args in writes or r.returncode != 0:
            assert r.returncode == 1 and "已损坏" in r.stderr, (args, r.stdout, r.stderr[-2000:])
            # what would be lost is said: the backup's time and the damaged file's last change
            assert "备份于" in r.stderr and "最后修改于" in r.stderr, args
    assert _sha(damaged_demo) == before  # not one byte written into the damaged file
    assert not list((damaged_demo.parent / "backups").glob("manual-*.db"))[1:]  # no "backup" of it either


def test_restore_a_backup_over_a_damaged_file_sets_it_aside(damaged_demo):
    backup = next((damaged_demo.parent / "backups").glob("manual-*.db"))
    damaged_bytes = _sha(damaged_demo)
    r = cli(damaged_demo, "restore", str(backup))  # refused before: the current file could not be copied
    assert r.returncode == 0, r.stderr
    kept = next((damaged_demo.parent / "backups").glob("damaged-*.db"))
    assert _sha(kept) == damaged_bytes  # set aside whole, never overwritten
    r = cli(damaged_demo, "check")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _cases(damaged_demo) == 300


def test_restore_latest_skips_a_damaged_backup(damaged_demo):
    folder = damaged_demo.parent / "backups"
    good = next(folder.glob("manual-*.db"))
    newer = folder / "manual-29990101-000000.db"
    shutil.copy(good, newer)
    _zero_pages(newer)
    os.utime(newer)  # the newest by time, but not good
    r = cli(damaged_demo, "restore", "--latest", "--json")
    assert r.returncode == 0, r.stderr
    assert Path(json.loads(r.stdout)["restored_from"]) == good
    assert cli(damaged_demo, "check").returncode == 0


def test_corruption_met_during_use_stops_further_writes(demo_db, tmp_path):
    from app.db_health import DamagedDatabase
    from app.services import cases as svc
    from app.services.query import list_cases
    from app.store import Store

    db = _checkpointed_copy(demo_db, tmp_path / "live.db")
    store = Store.open(db)
    try:
        store.dispose()  # no cached page survives: the next read goes to the disk
        con = raw_connect(db)
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='case'").fetchone()[0]
        con.close()
        with db.open("r+b") as f:  # the case table's root page zeroed under the open store
            f.seek((root - 1) * 4096)
            f.write(b"\0" * 4096)
        with pytest.raises(DamagedDatabase):
            with store.reader() as s:
                list_cases(s, as_of=dt.date(2026, 11, 27))
        assert store.damaged
        before = _sha(db)
        with pytest.raises(Refused) as err:
            with store.session() as s:
                svc.create_case(s, customer_name="甲", account_no="3300000001", capacity_kva=100)
        assert err.value.code == "db_damaged_stopped"
        assert _sha(db) == before
    finally:
        store.dispose()


# --- restore takes the instance lock -----------------------------------------------------------------
def test_restore_is_refused_under_an_open_workbench(db_path, tmp_path):
    from app.instance import InstanceLock

    backup = tmp_path / "b.db"
    assert run_cli(db_path, "backup", "--out", str(backup)).returncode == 0
    assert run_cli(db_path, *NEW_CASE).returncode == 0  # saved after the backup
    lock = InstanceLock(db_path).acquire()  # what the workbench holds while it is open
    try:
        for args in (("restore", str(backup)), ("restore", "--latest")):
            r = run_cli(db_path, *args)
            assert r.returncode == 1 and "请先关闭工作台" in r.stderr and "Traceback" not in r.stderr
        assert _cases(db_path) == 1  # the write the workbench reported as saved is still there
    finally:
        lock.release()
    assert run_cli(db_path, "restore", str(backup)).returncode == 0
    assert _cases(db_path) == 0


# --- a full disk ---------------------------------------------------------------------------------------
def test_full_disk_says_so_changes_nothing_and_carries_on(db_path, tmp_path):
    assert cli(db_path, *NEW_CASE).returncode == 0
    no = json.loads(cli(db_path, "case", "list", "--json").stdout)[0]["case_no"]
    _checkpointed_copy(db_path, tmp_path / "ignored.db")  # db_path is now one file
    before = _sha(db_path)
    out = tmp_path / "out"
    out.mkdir()
    operations = [
        ("check",), ("case", "list"), ("case", "show", no), NEW_CASE, ("stage", "finish", no, "ACCEPT", "--on", "2026-11-03"),
        ("case", "edit", no, "--township", "丹东街道"), ("backup",), ("backup", "--out", str(out / "b.db")),
        ("sync", "export", "--out", str(out / "p.zsync")), ("handbook", "pdf", no, "--out", str(out / "h.pdf")),
        ("warnings",), ("calendar", "years"), ("audit", "verify"),
    ]
    for limit in (0, 40000):  # no byte free; a little room, less than a write needs
        for args in operations:
            r = run_cli_full_disk(db_path, limit, *args)
            assert "Traceback" not in r.stderr, (limit, args, r.stderr[-3000:])
            assert "不是有效的" not in r.stderr and "已损坏" not in r.stderr, (limit, args, r.stderr)
            if r.returncode != 0:
                assert r.returncode == 1 and "磁盘已满" in r.stderr, (limit, args, r.stderr)
        assert _sha(db_path) == before or cli(db_path, "check").returncode == 0
    # space returns: everything works, nothing was lost
    assert cli(db_path, "check").returncode == 0
    assert cli(db_path, *NEW_CASE).returncode == 0
    assert _cases(db_path) == 2


def test_full_disk_between_writes_keeps_every_reported_write(db_path):
    assert cli(db_path, *NEW_CASE).returncode == 0
    no = json.loads(cli(db_path, "case", "list", "--json").stdout)[0]["case_no"]
    reported, refused = [], 0
    limit = 60_000  # the WAL has room for an edit or two, the checkpoint none: then the disk is full
    towns = ("丹西街道", "爵溪街道", "石浦镇", "西周镇", "鹤浦镇", "贤庠镇", "墙头镇", "定塘镇")  # real, distinct
    for town in towns:
        r = run_cli_full_disk(db_path, limit, "case", "edit", no, "--township", town)
        assert "Traceback" not in r.stderr, r.stderr[-3000:]
        if r.returncode == 0:
            reported.append(town)
        else:
            assert "磁盘已满" in r.stderr, r.stderr
            refused += 1
    assert reported and refused  # the disk really filled up on the way
    assert cli(db_path, "check").returncode == 0  # space returns
    con = raw_connect(db_path)
    edits = [json.loads(p)["after"]["township"] for (p,) in con.execute(
        "SELECT payload FROM case_event WHERE kind='CASE_EDITED' ORDER BY device_seq")]
    con.close()
    assert edits == reported  # every edit reported as saved is there, and nothing refused is


def test_instance_lock_on_a_full_disk(db_path):
    """The workbench's lock is an flock; writing the pid into the lock file is a courtesy that a full
    disk must not turn into a crash at start."""
    import resource
    import signal

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    code = f"from app.instance import InstanceLock; InstanceLock({str(db_path)!r}).acquire(); print('locked')"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, preexec_fn=limit,
                       timeout=60)
    assert r.returncode == 0 and "locked" in r.stdout, r.stderr


# --- two writers racing for the next case number -------------------------------------------------------
WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from app.services.cases import create_case
    from app.store import Store
    store = Store.open(sys.argv[1])
    for i in range(40):
        with store.session() as s:
            create_case(s, customer_name=f"户{sys.argv[2]}{i}", account_no=f"33{sys.argv[2]}{i:07d}",
                        capacity_kva=100, applied_on=dt.date(2026, 11, 2))
    print("done")
""")


def test_two_writers_never_collide_on_a_case_number(db_path):
    env = {**os.environ, "ZAOSONG_HOME": str(db_path.parent)}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(n)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env) for n in (1, 2)]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0 and "done" in out, err[-3000:]
    con = raw_connect(db_path)
    numbers = [row[0] for row in con.execute('SELECT case_no FROM "case"')]
    con.close()
    assert len(numbers) == 80 == len(set(numbers))


# --- leftovers of killed runs ------------------------------------------------------------------------------
def _leftovers(db_path: Path, export_folder: Path) -> list[Path]:
    data = db_path.parent
    staging = data / "sync" / "staging" / "staging-killed1"
    staging.mkdir(parents=True)
    (staging / "payload.zip").write_bytes(b"decrypted plaintext" * 100)
    (staging / "stage.db").write_bytes(b"rows")
    made = [staging]
    for p in (data / "backups" / "auto-20261201-080000.db.part", data / "backups" / "auto-20261201-080000.db.part-journal",
              data / "zaosong.db.part", data / "attachments" / "ab" / "tmp123.part", data / "sync" / "pending_devices.part",
              export_folder / ".zsync-abc.part", export_folder / ".zsync-inner-abc.part"):
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"half")
        made.append(p)
    return made


def test_leftovers_are_removed_at_the_next_start(db_path, tmp_path):
    export_folder = tmp_path / "usb"
    assert run_cli(db_path, "sync", "export", "--out", str(export_folder / "first.zsync")).returncode == 0
    made = _leftovers(db_path, export_folder)
    keep = [export_folder / "first.zsync", db_path.parent / "backups" / "keep.db"]
    keep[1].write_bytes(b"a user's file")
    r = run_cli(db_path, "case", "list")
    assert r.returncode == 0, r.stderr
    assert [p for p in made if p.exists()] == []
    assert all(p.exists() for p in keep)


def test_leftovers_of_a_live_process_are_kept(db_path, tmp_path):
    """While another Zaosong process is alive on the database, its files are not leftovers."""
    code = (f"from app.leftovers import clean_at_start; clean_at_start({str(db_path)!r}); "
            "import sys; print('up', flush=True); sys.stdin.read()")
    live = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd=ROOT)
    try:
        assert live.stdout.readline().strip() == "up"
        made = _leftovers(db_path, tmp_path / "usb")
        assert run_cli(db_path, "case", "list").returncode == 0
        assert all(p.exists() for p in made)
    finally:
        live.stdin.close()
        live.wait(timeout=30)
    assert run_cli(db_path, "case", "list").returncode == 0  # that process ended: now they are leftovers
    assert not (db_path.parent / "sync" / "staging" / "staging-killed1").exists()


# --- the clock -------------------------------------------------------------------------------------------
def test_late_entry_uses_beijing_dates(store):
    """Recorded at 07:00 Beijing time (23:00 UTC the day before), four days after it took effect."""
    from app.bureau_time import is_late_entry
    from app.services import cases as svc
    from app.services.query import case_view

    assert is_late_entry(dt.datetime(2026, 11, 9, 23, 0), dt.date(2026, 11, 6), 3)
    assert not is_late_entry(dt.datetime(2026, 11, 9, 15, 59), dt.date(2026, 11, 6), 3)  # 23:59 Beijing, 3 days
    with store.session() as s:
        no = svc.create_case(s, customer_name="甲", account_no="3300000001", capacity_kva=100,
                             applied_on=dt.date(2026, 11, 6)).case_no
    con = raw_connect(store.path)
    con.execute("UPDATE case_event SET recorded_at = '2026-11-09 23:00:00.000000'")
    con.commit()
    con.close()
    with store.reader() as s:
        events = case_view(s, no, dt.date(2026, 11, 10))["events"]
    assert [e["late_entry"] for e in events] == [True]


def test_a_clock_set_back_cannot_backdate_recording_times(db_path):
    from app.services import cases as svc
    from app.store import Store

    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(hours=5)
    con = raw_connect(db_path)  # the last reading of this computer's clock was 5 hours from now
    con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('wall_last', ?)",
                (str(int(ahead.timestamp() * 1000)),))
    con.commit()
    con.close()
    store = Store.open(db_path)
    try:
        with store.session() as s:
            svc.create_case(s, customer_name="甲", account_no="3300000001", capacity_kva=100,
                            applied_on=dt.date(2026, 11, 2))
        con = raw_connect(db_path)
        recorded = dt.datetime.fromisoformat(con.execute("SELECT recorded_at FROM case_event").fetchone()[0])
        con.close()
        assert recorded >= ahead.replace(tzinfo=None) - dt.timedelta(seconds=1)  # not the clock's earlier time
        assert "回拨" in store.clock_warning() and "300 分钟" in store.clock_warning()
    finally:
        store.dispose()
    r = cli(db_path, "check", "--json")  # recorded in the file, shown by check
    assert r.returncode == 0, r.stderr
    assert "回拨" in json.loads(r.stdout)["clock_backwards"]


def test_schema_upgrade_waits_for_the_workbench_to_close(tmp_path):
    from app.instance import InstanceLock

    old = sorted((ROOT / "tests" / "fixtures").glob("schema_*.db"))[0]
    db = tmp_path / "zaosong.db"
    shutil.copy(old, db)
    before = _sha(db)
    lock = InstanceLock(db).acquire()  # an older workbench has it open
    try:
        r = run_cli(db, "case", "list")
        assert r.returncode == 1 and "请先关闭工作台" in r.stderr and "Traceback" not in r.stderr
        assert _sha(db) == before
    finally:
        lock.release()
    assert run_cli(db, "case", "list").returncode == 0


def test_recovery_on_a_full_disk_leaves_the_damaged_file_in_place(db_path):
    assert cli(db_path, *NEW_CASE).returncode == 0
    assert cli(db_path, "backup").returncode == 0
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"")
    r = run_cli_full_disk(db_path, 0, "restore", "--latest")
    assert r.returncode == 1 and "磁盘已满" in r.stderr and "Traceback" not in r.stderr
    # not set aside without a copy to put in its place: a missing file would start a new database
    assert db_path.exists() and db_path.stat().st_size == 0
    assert not list((db_path.parent / "backups").glob("damaged-*"))
    assert cli(db_path, "restore", "--latest").returncode == 0  # space returns
    assert _cases(db_path) == 1
    assert cli(db_path, "case", "list").returncode == 0
    assert not list(db_path.parent.glob("*.part"))


def test_a_peer_with_a_fast_clock_is_not_a_clock_set_back():
    import time

    from app.store import HybridClock

    clock = HybridClock("d", wall_last=int(time.time() * 1000))
    clock.observe(f"{int(time.time() * 1000) + 3_600_000:013d}-0000")  # a package from a laptop an hour ahead
    clock.now()
    assert clock.backwards is None
    clock.wall_last += 3_600_000  # our own last reading an hour from now: our clock went back
    clock.now()
    assert clock.backwards is not None and clock.backwards[1] >= 3_500_000

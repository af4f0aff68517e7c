"""Sync benchmarks on the 100,000-case demo database (issue: sync by file).

- full export ≤ 20 s, beside raw sqlite3 reading the same rows in the same run;
- import into an empty database ≤ 30 s, beside raw sqlite3 inserting the same rows;
- an incremental package of 100 changed cases ≤ 1 s (export and import);
- peak memory of either ≤ 300 MB (each measured in a child process);
- pass 1 of that import alone (``importer.check_package``: every line checked and staged, the
  same code for SQLite and PostgreSQL), in lines per second, beside the C JSON parser merely
  reading the same lines (``json.loads`` of each) in the same run.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import ROOT, WORK, Figure, big_db, print_table

TABLES = ["case", "stage_round", "pause", "calendar_day", "calendar_year", "case_event"]

CHILD = r"""
import resource, sys, time, json
from pathlib import Path
from app.store import Store
from app.sync.export import export_package
from app.sync.importer import import_package
mode, db, path = sys.argv[1], sys.argv[2], sys.argv[3]
st = Store.open(db)
t = time.perf_counter()
if mode == "export":
    out = export_package(st, Path(path), peer=(sys.argv[4] if len(sys.argv) > 4 else None))
elif mode == "check":
    import shutil, tempfile
    from app.sync.importer import check_package
    staging = Path(tempfile.mkdtemp(prefix="bench-staging-"))
    t = time.perf_counter()
    try:
        lines = sum(check_package(st, Path(path), None, staging).counts.values())
    finally:
        el = time.perf_counter() - t
        shutil.rmtree(staging, ignore_errors=True)
    print(json.dumps({"seconds": el, "lines": lines}))
    sys.exit(0)
elif mode == "loads":
    import zipfile
    t = time.perf_counter()
    lines = 0
    with zipfile.ZipFile(path) as zf, zf.open("records.jsonl") as f:
        for line in f:
            json.loads(line)
            lines += 1
    print(json.dumps({"seconds": time.perf_counter() - t, "lines": lines}))
    sys.exit(0)
else:
    out = import_package(st, Path(path))
el = time.perf_counter() - t
print(json.dumps({"seconds": el, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _child(*args: str) -> dict:
    import json

    r = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True, cwd=ROOT, check=True,
                       env={**os.environ, "ZAOSONG_HOME": str(WORK)})
    return json.loads(r.stdout.strip().splitlines()[-1])


def _raw_read(db: Path) -> float:
    from app import keyed

    con = keyed.connect(db)  # the database is encrypted (SQLCipher): read it as the app does
    t = time.perf_counter()
    for table in TABLES:
        for _row in con.execute(f'SELECT * FROM "{table}"'):
            pass
    con.close()
    return time.perf_counter() - t


def _raw_insert(src: Path, dest: Path) -> float:
    from app import keyed

    con = keyed.connect(src)
    data = {t: con.execute(f'SELECT * FROM "{t}"').fetchall() for t in TABLES}
    schema = [r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE type='table' AND sql IS NOT NULL AND "
                                        "name IN ('case','stage_round','pause','calendar_day','calendar_year','case_event')")]
    con.close()
    if dest.exists():
        dest.unlink()
    out = sqlite3.connect(dest)
    for sql in schema:
        out.execute(sql)
    t = time.perf_counter()
    out.execute("BEGIN")
    for table, rows in data.items():
        if rows:
            out.executemany(f'INSERT INTO "{table}" VALUES ({",".join("?" * len(rows[0]))})', rows)
    out.execute("COMMIT")
    out.close()
    return time.perf_counter() - t


def run(db: Path | None = None) -> list[Figure]:
    if db is None:
        db, _ = big_db()
    WORK.mkdir(parents=True, exist_ok=True)
    pkg_file = WORK / "full.zsync"
    exp = _child("export", str(db), str(pkg_file))
    raw_read = _raw_read(db)
    # an empty receiver that trusts the sender
    recv = WORK / "receiver.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(recv) + suffix).unlink(missing_ok=True)
    from app.models import Device
    from app.store import Store

    src = Store.open(db)
    r = Store.open(recv, user="主管")
    with src.reader() as s, r.session() as rs:
        d = s.get(Device, src.device_id)
        rs.add(Device(id=d.id, name=d.name, public_key=d.public_key, trusted=True, is_local=False,
                      created_at=d.created_at))
    r.dispose()
    # pass 1 alone (the receiver trusts the sender, nothing is applied), then the baseline
    check = _child("check", str(recv), str(pkg_file))
    loads = _child("loads", str(recv), str(pkg_file))
    imp = _child("import", str(recv), str(pkg_file))
    raw_ins = _raw_insert(db, WORK / "raw_insert.db")
    # incremental: 100 cases changed on the sender since its last package to the receiver
    with src.session() as s:
        from sqlalchemy import select

        from app.models import Case
        from app.services.cases import edit_case

        nos = list(s.scalars(select(Case.case_no).where(Case.status == "open").limit(100)))
    for no in nos:
        with src.session() as s:
            edit_case(s, no, contact="回访 13800000000")
    rs2 = Store.open(recv)
    with rs2.reader() as s:
        recv_id = rs2.device_id
    rs2.dispose()
    with src.session() as s:
        from app.models import SyncPeer

        if s.get(SyncPeer, recv_id) is None:
            rd = Store.open(recv)
            with rd.reader() as x:
                dd = x.get(Device, recv_id)
                s.add(Device(id=dd.id, name=dd.name, public_key=dd.public_key, trusted=True, is_local=False,
                             created_at=dd.created_at))
            rd.dispose()
            s.add(SyncPeer(device_id=recv_id, sent_lseq=src.lseq - 100 * 2))
    src.dispose()
    inc_file = WORK / "inc.zsync"
    inc_exp = _child("export", str(db), str(inc_file), recv_id)
    inc_imp = _child("import", str(recv), str(inc_file))
    size_mb = pkg_file.stat().st_size / 1024**2
    return [
        Figure(f"sync: full export of 100k cases ({size_mb:.0f} MB)", "<= 20 s", exp["seconds"], "s", raw_read,
               "raw sqlite3 reading the same rows", limit=20),
        Figure("sync: import into an empty database", "<= 30 s", imp["seconds"], "s", raw_ins,
               "raw sqlite3 inserting the same rows", limit=30),
        Figure("sync: pass 1 alone, lines checked per second", "report (higher is better)",
               check["lines"] / check["seconds"], "/s", loads["lines"] / loads["seconds"],
               "json.loads of the same lines"),
        Figure("sync: incremental package, 100 cases (export+import)", "<= 1 s",
               inc_exp["seconds"] + inc_imp["seconds"], "s", limit=1.0),
        Figure("sync: peak memory, export / import", "<= 300 MB", max(exp["peak_mb"], imp["peak_mb"]), "MB",
               limit=300),
    ]


if __name__ == "__main__":
    db = WORK / "demo_100000.db"
    if not db.exists():
        db, _ = big_db()
    print_table(run(db))

"""The Excel ledger's targets (issue 17), each with its baseline measured in the same run:

- 100,000 cases export in at most 2.5x the time openpyxl's write-only mode takes to write the same
  cells (baseline: the cells already in memory, written with nothing else);
- memory stays flat: the export's peak resident memory at 100,000 cases against 10,000 (child
  processes, ``ru_maxrss``);
- a 10,000-row ledger imports (preview, then apply) in under 20 s.

Alone: ``python tests/bench/bench_ledger.py`` (builds the 100,000-case database if needed);
``--import-only``: only the import figures.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import ROOT, WORK, Figure, big_db, print_table

_PEAK = """
import json, re, sys
sys.path.insert(0, {root!r})
from app.ledger.export import export_ledger
from app.store import Store
st = Store.open({db!r})
with st.reader() as s:
    path, n = export_ledger(s, {out!r})
# VmHWM: this process's own peak (ru_maxrss would carry the parent's peak across fork and exec)
hwm = int(re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read()).group(1))
print(json.dumps({{"rss_kb": hwm, "n": n}}))
"""


def _baseline_write(rows: list[list], headers: list[str], out: Path) -> float:
    from openpyxl import Workbook

    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(out)
    return time.perf_counter() - t0


def _export_figures(db: Path) -> list[Figure]:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from app.ledger.export import export_ledger, ledger_columns, ledger_rows
    from app.models import Case
    from app.store import Store

    st = Store.open(db)
    with st.reader() as s:
        cases = s.scalars(select(Case).where(Case.deleted.is_(False)).options(selectinload(Case.rounds))
                          .order_by(Case.case_no)).all()
        rows = list(ledger_rows(cases))
        del cases
    headers = [c.header for c in ledger_columns()]
    baseline = min(_baseline_write(rows, headers, WORK / "ledger_base.xlsx") for _ in range(2))
    n = len(rows)
    del rows
    times = []
    for _ in range(2):
        with st.reader() as s:
            t0 = time.perf_counter()
            export_ledger(s, WORK / "ledger_export.xlsx", db_name=db.name)
            times.append(time.perf_counter() - t0)
    st.dispose()
    figures = [Figure(f"ledger export, {n:,} cases", "<= 2.5x write-only", min(times), "s", baseline,
                      "openpyxl write-only, the same cells from memory", limit=2.5 * baseline)]
    # memory: the whole export in a child process, 100,000 cases against 10,000
    small = WORK / "demo_10000_ledger.db"
    if not small.exists():
        subprocess.run([sys.executable, "-m", "app", "--db", str(small), "init"], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        subprocess.run([sys.executable, "-m", "app", "--db", str(small), "demo", "--cases", "10000", "--seed", "1"],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    peaks = {}
    for label, path in (("10k", small), ("100k", db)):
        code = _PEAK.format(root=str(ROOT), db=str(path), out=str(WORK / f"peak_{label}.xlsx"))
        out = subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True, text=True)
        peaks[label] = json.loads(out.stdout.strip().splitlines()[-1])["rss_kb"] / 1024
    figures.append(Figure("ledger export peak memory, 100k cases", "flat (<= 1.5x of 10k)", peaks["100k"], "MB",
                          peaks["10k"], "the same export of 10,000 cases", limit=1.5 * peaks["10k"]))
    return figures


def make_ledger(path: Path, rows: int, seed: int = 7) -> Path:
    """A manager-style ledger: customer, account, kVA (some as 2×630), dates as text and as dates,
    open cases at every early stage."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    ws.append(["2026年 业扩跟踪台账"])
    ws.append(["户名", "户号", "容量(kVA)", "申请日期", "客户经理", "乡镇", "业务受理完成", "现场查勘完成",
               "供电方案答复完成"])
    start = dt.date(2026, 1, 5)
    for i in range(rows):
        applied = start + dt.timedelta(days=rng.randrange(0, 300))
        while applied.weekday() >= 5:
            applied += dt.timedelta(days=1)
        kva = rng.choice(["630", "2×630", "800kVA", "1250", 400])
        accepted = applied + dt.timedelta(days=rng.randrange(0, 2))
        survey = accepted + dt.timedelta(days=rng.randrange(1, 4)) if rng.random() < 0.7 else None
        plan = survey + dt.timedelta(days=rng.randrange(3, 10)) if survey and rng.random() < 0.6 else None
        ws.append([f"象山测试客户{i:05d}", f"33{i:08d}", kva, applied if i % 2 else applied.strftime("%Y/%m/%d"),
                   rng.choice(["王建国", "李明", "张华"]), "石浦镇", accepted, survey, plan])
    wb.save(path)
    return path


def _import_figures() -> list[Figure]:
    from app.ledger.importer import import_table
    from app.ledger.sheet import read_table
    from app.store import Store

    book = make_ledger(WORK / "ledger_10000.xlsx", 10_000)
    db = WORK / "ledger_import.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    st = Store.open(db, user="王建国", device_name="bench")
    t0 = time.perf_counter()
    table = read_table(book)
    read_s = time.perf_counter() - t0
    preview = import_table(st, table, dry_run=True)
    preview_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    applied = import_table(st, table)
    apply_s = time.perf_counter() - t1
    st.dispose()
    assert preview.created == applied.created == 10_000, (preview.created, applied.created, applied.refused[:3])
    return [
        Figure("ledger read, 10,000 rows (.xlsx)", "-", read_s, "s"),
        Figure("ledger preview, 10,000 rows", "< 20 s", preview_s, "s", limit=20.0),
        Figure("ledger apply, 10,000 rows", "< 20 s", apply_s, "s", limit=20.0),
    ]


def run(db: Path) -> list[Figure]:
    return _export_figures(db) + _import_figures()


if __name__ == "__main__":
    WORK.mkdir(parents=True, exist_ok=True)
    if "--import-only" in sys.argv[1:]:  # the import figures alone: no 100,000-case database needed
        print_table(_import_figures())
        sys.exit(0)
    target = WORK / "demo_100000.db"
    db = target if target.exists() else big_db()[0]
    print_table(run(db))

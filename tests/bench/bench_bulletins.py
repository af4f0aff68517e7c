"""The bulletins' target (issue 21): each bulletin of a 100,000-case database — the weekly 时限通报,
the monthly 工作质量通报, the quarterly 同业对标 — as JSON, PDF and workbook, in under 5 s each, as a
whole ``zaosong bulletin ...`` process. The baseline, measured in the same run, is ``zaosong
warnings --json`` on the same database (the daily list every manager opens: one pass over the open
stages' clocks, no judging of finished cases, no drawing).

Run by `make bench` (tests/bench/run_all.py), or alone: python tests/bench/bench_bulletins.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import AS_OF, WORK, Figure, big_db, print_table, time_process, zaosong

# the last complete periods before the big database's as-of day (2026-11-27)
PERIODS = (("weekly", "--week", "2026-W47"), ("monthly", "--month", "2026-10"), ("quarterly", "--quarter", "2026-Q3"))


def run(db: Path) -> list[Figure]:
    baseline = time_process(zaosong(db, "warnings", "--as-of", AS_OF, "--json"), repeat=3)
    name = "zaosong warnings --json, the same database"
    figures = []
    for kind, opt, period in PERIODS:
        for fmt in ("json", "pdf", "xlsx"):
            args = ["bulletin", kind, opt, period]
            args += ["--json"] if fmt == "json" else [f"--{fmt}", str(WORK / f"bulletin_{kind}.{fmt}")]
            t = time_process(zaosong(db, *args), repeat=3)
            figures.append(Figure(f"bulletin {kind} {period} --{fmt}, 100k cases", "< 5 s", t, "s", baseline, name,
                                  limit=5.0))
    figures.append(_after_an_edit(db, baseline, name))
    return figures


def _after_an_edit(db: Path, baseline: float, name: str) -> Figure:
    """The quarterly in a workbench's process, just after a case powered on in the previous quarter
    was edited there: that quarter's summary (app.services.period_cache) is not read, so the run reads
    two quarters' cases instead of one, the untouched cases' verdicts still cached. In-process, as the
    bulletins page computes it: the store already made its once-per-process quick_check before the
    edit, its first write (10 s on this 1.8 GB file; a CLI process that writes pays it each time)."""
    import os

    from app.services import bulletins
    from app.services import cases as svc
    from app.store import Store

    os.environ.setdefault("ZAOSONG_HOME", str(db.parent))
    store = Store.open(db)
    try:
        with store.reader() as s:
            no = bulletins.build(s, "quarterly", "2026-Q2")["cases"][0]["case_no"]
        with store.session() as s:
            svc.edit_case(s, no, contact=f"基准测试 {time.time():.0f}")
        t0 = time.perf_counter()
        with store.reader() as s:
            b = bulletins.build(s, "quarterly", "2026-Q3")
        t = time.perf_counter() - t0
        assert "2026-Q2" not in b["_summaries"], b["_summaries"]
    finally:
        store.dispose()
    return Figure("bulletin quarterly 2026-Q3 built in the workbench after an edit of a 2026-Q2 case", "< 5 s", t,
                  "s", baseline, name, limit=5.0)


if __name__ == "__main__":
    path = WORK / "demo_100000.db"
    db = path if path.exists() else big_db()[0]
    print_table(run(db))

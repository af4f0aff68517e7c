"""Core benchmarks on a 100,000-case demo database (issue: the case clock).

Run by `make bench` (tests/bench/run_all.py), or alone: python tests/bench/bench_core.py
"""
from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import AS_OF, Figure, big_db, print_table, time_process, zaosong


def run(db: Path | None = None, build_seconds: float | None = None) -> list[Figure]:
    figures = []
    if db is None:
        db, build_seconds = big_db()
    pypass = time_process([sys.executable, "-c", "pass"])
    if build_seconds is not None:
        figures.append(Figure("demo --cases 100000 build", "<= 60 s", build_seconds, "s", limit=60))
    figures.append(Figure("zaosong --version (whole process)", "<= 0.3 s", time_process(zaosong(db, "--version")), "s",
                          pypass, "python -c pass", limit=0.3))
    figures.append(Figure("warnings --json, 100k cases (whole process)", "<= 1.5 s",
                          time_process(zaosong(db, "warnings", "--as-of", AS_OF, "--json")), "s", pypass,
                          "python -c pass", limit=1.5))
    from app import keyed

    con = keyed.connect(db)  # encrypted (SQLCipher): with the key this machine holds
    no = con.execute("SELECT case_no FROM \"case\" WHERE status='open' ORDER BY case_no LIMIT 1 OFFSET 100").fetchone()[0]
    con.close()
    figures.append(Figure("case show --json (whole process)", "<= 0.5 s",
                          time_process(zaosong(db, "case", "show", no, "--as-of", AS_OF, "--json")), "s", pypass,
                          "python -c pass", limit=0.5))

    from app.store import Store

    store = Store.open(db)
    cal = store.calendar
    rng = __import__("random").Random(1)
    base = dt.date(2024, 1, 1)
    pairs = [(base + dt.timedelta(days=rng.randint(0, 900)), base + dt.timedelta(days=rng.randint(0, 900)))
             for _ in range(1000)] * 1000
    t0 = time.perf_counter()
    f = cal.workdays_between
    for a, b in pairs:
        f(a, b)
    measured = time.perf_counter() - t0
    t0 = time.perf_counter()
    for a, b in pairs:
        (b - a).days  # noqa: B018 - the plain date arithmetic every call does anyway
    baseline = time.perf_counter() - t0
    store.dispose()
    figures.append(protection_sheets())
    figures.append(Figure("1,000,000 workdays_between calls", "<= 1 s", measured, "s", baseline,
                          "1,000,000 date subtractions", limit=1.0))
    return figures


def protection_sheets() -> Figure:
    """The protection-setting form recalculates on every keystroke: 100 sheets (short circuit,
    settings, checks) against one plain copy of the inputs each (moved here from a timed unit test)."""
    from dataclasses import replace

    from app.protection import SettingInputs, calculate

    def base() -> SettingInputs:  # the worked example of tests/test_protection.py (1000 kVA, 150/5)
        return SettingInputs(sk_max_mva=200, sk_min_mva=100, rx=0.1, kva=1000, uk_pct=4.5, pk_kw=10.3, ct="150/5",
                             vector="Dyn11", ratio="10/0.4", cable_km=2.0, cable_r=0.2, cable_x=0.1,
                             feeder_inst_a=3000, feeder_oc_a=600, feeder_oc_time_s=0.7, applied_kva=1000)

    inputs = [replace(base(), sk_max_mva=sk, sk_min_mva=sk / 2) for sk in range(50, 550, 5)]
    t0 = time.perf_counter()
    for i in inputs:
        calculate(i)
    measured = time.perf_counter() - t0
    t0 = time.perf_counter()
    for sk in range(50, 550, 5):
        replace(base(), sk_max_mva=sk, sk_min_mva=sk / 2)
    baseline = time.perf_counter() - t0
    return Figure("100 protection-setting sheets calculated", "<= 2 s", measured, "s", baseline,
                  "100 copies of the inputs", limit=2.0)


if __name__ == "__main__":
    print_table(run())

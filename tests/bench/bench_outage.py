"""The outage plan's target (issue 19): balancing 500 needs over 60 feeders takes under 1 s, with
baselines measured in the same run:

- the pure balancing (``app.outage_balance.balance``) against grouping and sorting the same needs
  (the least any balancing must do);
- the whole ``outage balance`` service on a real database file (read the needs and windows,
  balance, write the drafts, build the plan's view) against reading the month's needs alone.

Alone: ``python tests/bench/bench_outage.py`` (builds its own 500-case database under build/bench).
"""
from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import WORK, Figure, print_table

NEEDS, FEEDERS, MONTH, AS_OF = 500, 60, "2027-01", dt.date(2026, 12, 10)


def _plain_needs(rng: random.Random):
    from app import outage_balance as ob

    out = []
    for i in range(NEEDS):
        ready = dt.date(2027, 1, 1) + dt.timedelta(days=rng.randrange(0, 25))
        wanted = ready + dt.timedelta(days=rng.randrange(3, 30))
        out.append(ob.Need(f"n{i}", f"YK{i:08d}", f"10kV线路{rng.randrange(FEEDERS):02d}", rng.choice(("", "#1后段")),
                           rng.choice((2.0, 3.0, 4.0, 6.0)), ready, wanted, rng.randrange(1, 60)))
    return out


def _windows(rng: random.Random):
    from app import outage_balance as ob

    return [ob.Window(f"10kV线路{f:02d}", dt.date(2027, 1, rng.randrange(4, 29)), 8.0) for f in range(FEEDERS)
            for _ in range(2)]


def _median(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def pure_figure() -> Figure:
    from app import outage_balance as ob

    rng = random.Random(19)
    needs, windows = _plain_needs(rng), _windows(rng)
    rules = ob.Rules(7, 20, 3, 60)

    def baseline():
        groups = defaultdict(list)
        for n in needs:
            groups[(n.feeder, n.section)].append(n)
        for g in groups.values():
            g.sort(key=lambda n: (n.ready_from, n.wanted_by, n.case_no))

    base = _median(baseline)
    measured = _median(lambda: ob.balance(needs, windows, MONTH, AS_OF, rules, lambda d: d.weekday() < 5))
    return Figure("outage: balance 500 needs / 60 feeders (pure)", "< 1 s", measured, "s", base,
                  "group and sort the needs", limit=1.0)


def _build_db() -> Path:
    from app.services import cases, outage
    from app.store import Store

    WORK.mkdir(parents=True, exist_ok=True)
    db = WORK / "outage_500.db"
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(db) + suffix)
        if p.exists():
            p.unlink()
    st = Store.open(db, user="张伟", device_name="bench")
    rng = random.Random(19)
    plain = _plain_needs(rng)
    with st.session() as s:
        for i, n in enumerate(plain):
            no = cases.create_case(s, customer_name=f"客户{i:04d}", account_no=f"33{i:08d}", capacity_kva=400,
                                   applied_on="2026-10-08").case_no
            cases.finish_stage(s, no, "ACCEPT", "2026-10-09")
            cases.finish_stage(s, no, "SURVEY", "2026-10-12")
            outage.add_need(s, no, n.feeder, n.hours, n.ready_from, n.wanted_by, customers=n.customers,
                            section=n.section)
        for w in _windows(rng):
            outage.add_window(s, w.feeder, w.on, w.hours)
    st.dispose()
    return db


def service_figure() -> Figure:
    from app.services import outage
    from app.store import Store

    db = _build_db()
    st = Store.open(db)
    try:
        def baseline():
            with st.reader() as s:
                outage._open_needs(s)

        def full():
            with st.session() as s:
                outage.balance(s, MONTH, AS_OF)

        full()  # the first run writes every draft; the measured ones replace them
        base = _median(baseline)
        measured = _median(full)
    finally:
        st.dispose()
    return Figure("outage: balance 500 needs / 60 feeders (service, DB)", "< 1 s", measured, "s", base,
                  "read the needs", limit=1.0)


def run(_db: Path | None = None) -> list[Figure]:
    return [pure_figure(), service_figure()]


if __name__ == "__main__":
    print_table(run())

"""The demand forecast's target (issue 18), with its baseline measured in the same run:

- the township x year forecast (``app.services.demand.forecast``: every township, six years, raw
  and weighted kVA, planning load, the prospects and cases behind each cell) over 10,000 prospects
  and 100,000 cases takes at most 1 s. 1,000 of the prospects are converted (their cases are among
  the 100,000, some energised), so the join with the cases and their energisation rounds is paid.
  Baseline: one SQL query summing the same prospects by township and year (what any forecast must
  at least read), in the same database.

Alone: ``python tests/bench/bench_forecast.py`` (builds the 100,000-case database if needed).
"""
from __future__ import annotations

import random
import shutil
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import WORK, Figure, big_db, print_table

PROSPECTS = 10_000
CONVERTED = 1_000
LIMIT_S = 1.0


def _seed(db: Path):
    """A copy of the big database with 10,000 prospects, 1,000 of them converted to existing cases."""
    from sqlalchemy import insert, select

    from app import townships
    from app.models import Case, Prospect
    from app.store import Store, utcnow

    work = WORK / "forecast.db"
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(work) + suffix)
        if p.exists():
            p.unlink()
    st = Store.open(db)  # checkpoint the source's WAL into the file before copying it
    st.dispose()
    shutil.copy(db, work)
    store = Store.open(work)
    rng = random.Random(18)
    with store.session() as s:
        towns = townships.names(store.config(s))
        cases = [cid for (cid,) in s.execute(select(Case.id).where(Case.deleted.is_(False)).limit(20_000))]
        chosen = rng.sample(cases, CONVERTED)
        hlc, now = store.hlc.now(), utcnow()
        industries = ["工业", "水产冷冻", "商业", "针织加工", "", "船舶修造"]
        rows = []
        for i in range(PROSPECTS):
            converted = i < CONVERTED
            rows.append({"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "name": f"意向项目{i:05d}",
                         "customer_name": "", "township": rng.choice(towns), "place": "", "industry": rng.choice(industries),
                         "capacity_kva": float(rng.choice([200, 400, 630, 800, 1250, 2000, 3150])), "supply_kv": 10.0,
                         "dual_source": False, "expected_apply_on": None, "energise_year": rng.randint(2026, 2031),
                         "probability": rng.choice([10, 30, 50, 70, 90]), "source": "OTHER", "substation": "",
                         "feeder": f"线路{rng.randint(1, 300)}", "key_project": False, "green_channel": False,
                         "status": "APPLIED" if converted else rng.choice(["LEAD", "FOLLOW", "LEAD", "DROPPED"]),
                         "drop_reason": "", "manager": "", "note": "", "case_id": chosen[i] if converted else None,
                         "temp_case_id": None, "created_at": now, "hlc": hlc, "device_id": store.device_id,
                         "deleted": False, "vv": "{}", "lseq": 0})
        s.execute(insert(Prospect), rows)
    return work, store


def _baseline(store) -> float:
    from sqlalchemy import func, select

    from app.models import Prospect

    with store.reader() as s:
        t0 = time.perf_counter()
        s.execute(select(Prospect.township, Prospect.energise_year, func.sum(Prospect.capacity_kva),
                         func.sum(Prospect.capacity_kva * Prospect.probability))
                  .where(Prospect.deleted.is_(False), Prospect.status != "DROPPED")
                  .group_by(Prospect.township, Prospect.energise_year)).all()
        return time.perf_counter() - t0


def run(db: Path) -> list[Figure]:
    from app.services import demand

    _work, store = _seed(db)
    try:
        times, base = [], []
        for _ in range(5):
            base.append(_baseline(store))
            with store.reader() as s:
                t0 = time.perf_counter()
                rows = demand.forecast(s, 2026, 6)
                times.append(time.perf_counter() - t0)
        counted = sum(len(r["prospects"]) + len(r["cases"]) for r in rows)
        # converted cases energised before 2026 fall out of the six years: some, not all, are counted
        assert 0 < sum(len(r["cases"]) for r in rows) <= CONVERTED and counted > PROSPECTS // 2, counted
    finally:
        store.dispose()
    return [Figure("forecast, 10,000 prospects + 100,000 cases", "<= 1 s", statistics.median(times), "s",
                   baseline=statistics.median(base), limit=LIMIT_S,
                   baseline_name="one SQL sum of the prospects by township and year")]


if __name__ == "__main__":
    WORK.mkdir(parents=True, exist_ok=True)
    target = WORK / "demo_100000.db"
    db = target if target.exists() else big_db()[0]
    print_table(run(db))

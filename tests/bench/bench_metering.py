"""The metering-equipment plan's target (issue 19), with its baseline measured in the same run:

- the plan of a month for 2,000 cases (every one forecast to be energised in it) in under 1 s:
  the forecast from every open case's clock, each case's configuration (the survey's, or one set),
  the lines by type with their cases, against the stock in force;
- baseline: ``open_clocks`` alone, the clock of every open round that the Today view and the
  forecast are built on (what the plan cannot be faster than).

The 2,000 cases are written straight into a fresh database (rows as the services write them: case,
its finished stages, completion inspection open since 20-27 Nov 2026, a survey with the metering of
its supply plan; a tenth with a configuration set), so the bench builds in seconds.

Alone: ``python tests/bench/bench_metering.py``.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import Figure, print_table

AS_OF = dt.date(2026, 11, 27)
CASES = 2000


def _build(path: Path) -> None:
    from app.models import Case, MeteringConfig, MeteringStock, StageRound, Survey, natural_id
    from app.store import Store, utcnow

    store = Store.open(path, user="张伟", device_name="bench")
    store.training_day = AS_OF
    rng = random.Random(19)
    cal = store.calendar
    now = utcnow()
    with store.session() as s:
        for i in range(CASES):
            kva = rng.choice((315, 400, 630, 800, 1250, 2000))
            hv = kva >= 630
            case = Case(case_no=f"YKBM{i + 1:07d}", customer_name=f"计量测试客户{i + 1}", account_no=f"33{i + 1:08d}",
                        capacity_kva=kva, applied_on=dt.date(2026, 8, 3), status="open",
                        current_stage="COMPLETION_INSPECTION", created_at=now, hlc=store.hlc.now(),
                        device_id=store.device_id)
            s.add(case)
            s.flush()
            d = dt.date(2026, 8, 3)
            for seq, stage in enumerate(("ACCEPT", "SURVEY", "PLAN", "FEES", "DESIGN_REVIEW", "MID_INSPECTION"), 1):
                start, d = d, cal.add_workdays(d, 1 + (seq > 4) * 10)
                s.add(StageRound(case_id=case.id, seq=seq, stage=stage, round=1, started_on=start, finished_on=d,
                                 outcome="pass", hlc=store.hlc.now(), device_id=store.device_id))
            s.add(StageRound(case_id=case.id, seq=7, stage="COMPLETION_INSPECTION", round=1,
                             started_on=dt.date(2026, 11, 20) + dt.timedelta(days=rng.randint(0, 7)),
                             hlc=store.hlc.now(), device_id=store.device_id))
            amps = kva / (1.732 * (10 if hv else 0.4))
            ct = next(p for p in (50, 75, 100, 150, 200, 300, 400, 600, 800, 1000, 1500, 2000, 3000, 4000)
                      if p >= amps * 1.2)
            s.add(Survey(id=natural_id("survey", case.id), case_id=case.id, surveyed_on=dt.date(2026, 8, 4),
                         metering="HV" if hv else "LV", ct_ratio=f"{ct}/5", vt_ratio="10000/100" if hv else "",
                         hlc=store.hlc.now(), device_id=store.device_id))
            if i % 10 == 0:
                s.add(MeteringConfig(id=natural_id("metering_config", case.id), case_id=case.id,
                                     method="HV" if hv else "LV", meter_wiring="3P3W" if hv else "3P4W",
                                     meter_range="1.5(6)A", meter_accuracy="0.5S", ct_ratio=f"{ct}/5",
                                     ct_count=2 if hv else 3, ct_s_class=True, pt_ratio="10000/100" if hv else "",
                                     pt_count=2 if hv else 0, hv_cabinet=hv, terminal="专变采集终端", reason="",
                                     set_on=dt.date(2026, 8, 5), set_by="张伟", reserved_by="",
                                     hlc=store.hlc.now(), device_id=store.device_id))
        for code in ("CT-100/5-0.5", "CT-800/5-0.5", "CT-1000/5-0.5", "METER-3P4W-0.5S-1.5(6)A", "HVCAB"):
            s.add(MeteringStock(id=natural_id("metering_stock", code, "2026-11-25"), type_code=code, qualified=40,
                                awaiting_test=5, issued=3, safety=10, on_order=0, counted_on=dt.date(2026, 11, 25),
                                hlc=store.hlc.now(), device_id=store.device_id))
    store.dispose()


def _best(fn, repeat: int = 5) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def run(db: Path | None = None) -> list[Figure]:
    from app.services import metering
    from app.services.query import open_clocks
    from app.store import Store

    with tempfile.TemporaryDirectory(prefix="zaosong-bench-metering-") as tmp:
        path = Path(tmp) / "metering.db"
        _build(path)
        store = Store.open(path)
        store.training_day = AS_OF
        with store.reader() as s:
            metering.plan_data(s, "2026-12", AS_OF)  # warm: the rules document, the compiled queries
            base, clocks = _best(lambda: open_clocks(s, AS_OF))
            took, plan = _best(lambda: metering.plan_data(s, "2026-12", AS_OF))
        with store.session() as s:
            kept_took, _kept = _best(lambda: metering.generate_plan(s, "2026-12", AS_OF), repeat=1)
        store.dispose()
    n = len(plan["cases"]) + len(plan["unconfigured"])
    assert n == CASES == len(clocks), (n, len(clocks))
    return [
        Figure(f"metering plan of a month, {n} cases", "< 1 s", took, "s", base,
               "open_clocks(as_of): every open round's clock (the forecast's input)", 1.0),
        Figure("metering plan kept (first version, written)", "< 1 s", kept_took, "s", base, "", 1.0),
    ]


if __name__ == "__main__":
    print_table(run())

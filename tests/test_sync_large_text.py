"""Documents that name their cases grow with the database (a month's metering plan lists every case it
covers and every case still unconfigured): a 100,000-case county's plan of one month held 518,074
characters, and its own package was refused at import by the common text cap of 200,000 (found by the
consolidation benchmark). Those columns have a larger cap (app.sync.format.LARGE_TEXT); every other
text keeps the common one, and a value beyond either is still refused."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.errors import Refused
from app.models import MeteringPlan, natural_id
from app.sync.format import LARGE_TEXT_CAP, TEXT_CAP


def _plan(lt, n_unconfigured: int) -> str:
    """A metering plan row whose ``cases`` lists ``n_unconfigured`` cases (each ~160 characters, as
    the service writes them), changed through the ORM so that it is stamped and travels."""
    rid = natural_id("metering_plan", "2026-12")
    entry = {"case_no": "YKKHN2608397", "customer_name": "象山县盛大海产品加工有限公司", "capacity_kva": 500.0,
             "manager": "张伟", "stage": "ENERGIZE", "reason": "尚未确定计量方式"}
    with lt.store.session() as s:
        s.add(MeteringPlan(id=rid, month="2026-12", version=1, as_of=dt.date(2026, 11, 27),
                           generated_at=dt.datetime(2026, 11, 27, 8, 0), generated_by="张伟",
                           lines="[]", cases=json.dumps({"in_plan": [], "unconfigured": [entry] * n_unconfigured},
                                                        ensure_ascii=False), diff="[]", history="[]"))
    return rid


def test_a_large_plan_travels(trio):
    a, b, _s = trio
    rid = _plan(a, 3500)
    with a.store.reader() as s:
        size = len(s.get(MeteringPlan, rid).cases)
    assert TEXT_CAP < size < LARGE_TEXT_CAP  # beyond the old common cap
    b.receive(a.send(b))  # refused before: "metering_plan.cases: 过长"
    with b.store.reader() as s:
        got = s.get(MeteringPlan, rid)
        assert got is not None and len(json.loads(got.cases)["unconfigured"]) == 3500


def test_a_long_text_elsewhere_is_still_refused():
    """The common cap holds for every other text column (an event's payload here), the large one for
    the plan's case list, and a value beyond the large one is refused too (the per-value check every
    line meets on the strict path; the fast path reads the same caps)."""
    from app.sync import rows
    from app.sync.format import COLUMNS

    with pytest.raises(Refused) as exc:
        rows.convert("case_event", COLUMNS["case_event"]["payload"], "x" * (TEXT_CAP + 1), 7)
    assert "过长" in str(exc.value) or "too long" in str(exc.value)
    plan_cases = COLUMNS["metering_plan"]["cases"]
    assert rows.convert("metering_plan", plan_cases, "x" * (TEXT_CAP + 1), 7) == "x" * (TEXT_CAP + 1)
    with pytest.raises(Refused):
        rows.convert("metering_plan", plan_cases, "x" * (LARGE_TEXT_CAP + 1), 7)

"""The three bulletins (issue 21): the figures of a period, computed on a real database through the
real services; issuing and re-running (the input hash); the workbook against the JSON."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.errors import Refused
from app.services import bulletins as bl
from app.services import cases as svc

# stage -> working days of supply-department time; all within the internal limits (16 in all)
WITHIN = {"ACCEPT": 1, "SURVEY": 2, "PLAN": 1, "FEES": 1, "DESIGN_REVIEW": 1, "MID_INSPECTION": 1,
          "COMPLETION_INSPECTION": 1, "ENERGIZE": 1}
CUSTOMER_GAP_DAYS = 3  # customer time before the stages that do not start by themselves


def run_case(s, store, name: str, applied: dt.date, days: dict[str, int], manager: str = "张伟",
             township: str = "石浦镇", kva: float = 400) -> str:
    """A case taken through every stage with the services, each stage lasting ``days[stage]``
    working days; returns its case number."""
    cal = store.calendar
    applied = cal.next_workday_on_or_after(applied)
    no = svc.create_case(s, customer_name=name, account_no=f"33{abs(hash(name)) % 10**8:08d}",
                         capacity_kva=kva, manager=manager, township=township, applied_on=applied).case_no
    on = applied
    for stage in ("ACCEPT", "SURVEY", "PLAN", "FEES", "DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION",
                  "ENERGIZE"):
        if stage in ("DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION"):
            on = cal.next_workday_on_or_after(on + dt.timedelta(days=CUSTOMER_GAP_DAYS))
            svc.start_stage(s, no, stage, on)
        on = cal.add_workdays(on, days[stage])
        svc.finish_stage(s, no, stage, on, source="ledger")
    return no


@pytest.fixture
def ten_cases(store):
    """Ten HV cases energised in 2026-06 (applied in May), the fourth one day late at SURVEY."""
    nos = []
    with store.session() as s:
        for i in range(10):
            days = dict(WITHIN)
            if i == 3:
                days["SURVEY"] = 4  # limit 3
            nos.append(run_case(s, store, f"十家测试{i}有限公司", dt.date(2026, 5, 11) + dt.timedelta(days=i), days,
                                manager="张伟" if i < 5 else "李海燕", township="石浦镇" if i % 2 else "丹东街道"))
    return nos


def test_ten_cases_one_late_stage(store, ten_cases):
    with store.reader() as s:
        b = bl.build(s, "monthly", "2026-06", as_of=dt.date(2026, 6, 30))
    assert b["finished_cases"] == 10
    internal = next(r for r in b["rule_sets"] if r["rule_set"] == "internal")
    assert (internal["cases"], internal["compliant"], internal["rate"]) == (10, 9, 90.0)
    assert internal["late_case_nos"] == [ten_cases[3]]
    for st in internal["stages"]:
        if st["code"] == "SURVEY":
            assert (st["cases"], st["on_time"], st["rate"]) == (10, 9, 90.0)
            assert st["late_case_nos"] == [ten_cases[3]]
        else:
            assert (st["cases"], st["on_time"], st["rate"]) == (10, 10, 100.0), st["code"]
    external = next(r for r in b["rule_sets"] if r["rule_set"] == "external")
    assert external["rate"] == 100.0  # 4 + 1 working days are within the 15 of the external promise
    assert sorted(external["case_nos"]) == sorted(ten_cases)
    # by manager: the late case is 张伟's
    mgr = {r["manager"]: r for r in b["by_manager"]}
    assert (mgr["张伟"]["cases"], mgr["张伟"]["compliant"], mgr["李海燕"]["rate"]) == (5, 4, 100.0)


def test_average_supply_time_is_the_sum_of_stage_clocks(store, ten_cases):
    with store.reader() as s:
        b = bl.build(s, "monthly", "2026-06", as_of=dt.date(2026, 6, 30))
    per_case = {c["case_no"]: c for c in b["cases"]}
    for c in per_case.values():
        assert c["supply_dept_wd"] == sum(c["stage_wd"].values())
    expected = (9 * sum(WITHIN.values()) + sum(WITHIN.values()) + 2) / 10  # one case had SURVEY 4, not 2
    assert b["hv_avg_supply_wd"] == pytest.approx(expected)
    assert b["hv_total_supply_wd"] == sum(c["supply_dept_wd"] for c in per_case.values())
    assert sum(st["total_wd"] for st in b["hv_stages"]) == b["hv_total_supply_wd"]
    assert b["kva_connected"] == 4000
    assert b["transformers_unknown_case_nos"] == sorted(ten_cases)  # no survey recorded: not counted as 0


def test_periods_and_levels(store, ten_cases):
    assert bl.period_range("weekly", "2026-W23") == (dt.date(2026, 6, 1), dt.date(2026, 6, 7))
    assert bl.period_range("quarterly", "2026-Q4") == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert bl.previous_period("quarterly", "2026-Q1") == "2025-Q4"
    assert bl.period_of("weekly", dt.date(2027, 1, 1)) == "2026-W53"
    for kind, bad in (("weekly", "2026-23"), ("monthly", "2026-13"), ("quarterly", "2026-Q5")):
        with pytest.raises(Refused) as e:
            bl.period_range(kind, bad)
        assert e.value.code == "bulletin_bad_period"
    with store.reader() as s:
        with pytest.raises(Refused):
            bl.build(s, "monthly", "2026-06", level="manager")  # which manager?
        mine = bl.build(s, "monthly", "2026-06", as_of=dt.date(2026, 6, 30), level="manager", scope="李海燕")
        station = bl.build(s, "monthly", "2026-06", as_of=dt.date(2026, 6, 30), level="station", scope="石浦供电所")
    assert mine["finished_cases"] == 5 and mine["rule_sets"][0]["rate"] == 100.0
    assert {c["township"] for c in station["cases"]} == {"石浦镇"} and station["finished_cases"] == 5


def test_quarterly_and_weekly_shapes(store, ten_cases):
    with store.reader() as s:
        q = bl.build(s, "quarterly", "2026-Q2", as_of=dt.date(2026, 6, 30), parts={"LV": 98.0, "OTHER": 100.0})
        w = bl.build(s, "weekly", "2026-W23", as_of=dt.date(2026, 6, 7))
        m = bl.build(s, "monthly", "2026-06", as_of=dt.date(2026, 6, 30))
    assert q["finished_cases"] == 10 and q["previous_period"] == "2026-Q1"
    assert q["change"]["rule_sets"][0]["previous"] is None  # nothing energised in Q1
    comp = q["composite"]
    assert [p["weight"] for p in comp["parts"]] == [0.6, 0.3, 0.1]
    assert comp["rate"] == pytest.approx(0.6 * 90.0 + 0.3 * 98.0 + 0.1 * 100.0)
    assert [r["rank"] for r in q["ranking"]["managers"]] == [1, 2]
    assert q["ranking"]["managers"][0]["manager"] == "李海燕"
    assert len(q["trend"]) == 4 and q["trend"][-1]["rate"] == 90.0
    assert {"open_cases", "pauses_started", "escalations"} <= set(w)
    fu = m["followups"]  # issue 20's figures: nothing energised in June has a follow-up yet
    assert fu["coverage"]["finished"] == len(fu["coverage"]["case_nos"]) and fu["coverage"]["followed_up"] == 0
    assert fu["coverage"]["missing_case_nos"] == fu["coverage"]["case_nos"] and fu["deviations"] == []
    assert {st["code"] for st in m["quality"]["first_pass"]} == {"DESIGN_REVIEW", "MID_INSPECTION",
                                                                 "COMPLETION_INSPECTION"}
    assert m["quality"]["first_pass"][0]["rate"] == 100.0


def test_issue_freezes_and_rerun_gives_the_same_hash(store, ten_cases):
    with store.session() as s:
        first = bl.issue(s, "monthly", "2026-06", as_of=dt.date(2026, 6, 30))
    assert first["version"] == 1 and not first["unchanged"]
    with store.reader() as s:
        again = bl.build(s, "monthly", "2026-06", as_of=dt.date(2026, 6, 30))
        check = bl.rerun(s, "monthly", "2026-06")
    assert again["input_hash"] == first["input_hash"]
    assert check["same"] and check["differences"] is None
    with store.session() as s:
        same = bl.issue(s, "monthly", "2026-06")
    assert same == {**first, "unchanged": True}
    # a late entry: an eleventh case energised in June, recorded afterwards
    with store.session() as s:
        late = run_case(s, store, "补录测试有限公司", dt.date(2026, 5, 25), WITHIN)
    with store.reader() as s:
        check = bl.rerun(s, "monthly", "2026-06")
        # a bulletin just built on the issued as-of day answers the re-run itself; another day's does not
        built = bl.build(s, "monthly", "2026-06", as_of=dt.date(2026, 6, 30))
        assert bl.rerun(s, "monthly", "2026-06", current=built) == check
        other_day = bl.build(s, "monthly", "2026-06", as_of=dt.date(2026, 6, 20))
        assert bl.rerun(s, "monthly", "2026-06", current=other_day) == check
    assert not check["same"] and check["differences"]["cases_added"] == [late]
    assert {"figure": "finished_cases", "old": 10, "new": 11} in check["differences"]["figures"]
    with store.session() as s:
        second = bl.issue(s, "monthly", "2026-06")
        listed = bl.list_issued(s)
        frozen = bl.issued_content(s, first["id"])
    assert second["version"] == 2 and second["differences"]["cases_added"] == [late]
    assert [b["version"] for b in listed] == [1, 2]
    assert frozen["finished_cases"] == 10  # version 1 stays as issued
    assert json.loads(json.dumps(frozen))["input_hash"] == first["input_hash"]


def test_monthly_work_quality_items(store, ten_cases):
    """The 作业规范 items computed from what exists: pauses without a note, late entries (补录: every
    event of these cases was recorded on the day the test ran, long after its June date)."""
    cal = store.calendar
    with store.session() as s:
        no = svc.create_case(s, customer_name="暂停无说明有限公司", account_no="3300000777", capacity_kva=400,
                             applied_on=dt.date(2026, 6, 8)).case_no
        svc.finish_stage(s, no, "ACCEPT", cal.add_workdays(dt.date(2026, 6, 8), 1), source="ledger")
        svc.pause_stage(s, no, dt.date(2026, 6, 10), "CUSTOMER_REQUEST", "")
        svc.resume_stage(s, no, dt.date(2026, 6, 12))
        other = svc.create_case(s, customer_name="暂停有说明有限公司", account_no="3300000778", capacity_kva=400,
                                applied_on=dt.date(2026, 6, 8)).case_no
        svc.pause_stage(s, other, dt.date(2026, 6, 9), "CUSTOMER_DOCUMENTS", "营业执照未带")
    with store.reader() as s:
        m = bl.build(s, "monthly", "2026-06", as_of=dt.date(2026, 6, 30))
        w = bl.build(s, "weekly", "2026-W24", as_of=dt.date(2026, 6, 14))
    q = m["quality"]
    assert q["pauses_without_note"] == {"pauses": 2, "without_note": 1, "case_nos": [no]}
    assert set(ten_cases) <= set(q["late_entries"]["case_nos"]) and q["late_entries"]["count"] > 0
    assert q["notices"]["issued"] == 0 and q["notices"]["rate"] is None  # nothing to receipt: no rate, not 0 %
    assert [p["case_no"] for p in w["pauses_started"]["rows"]] == [other, no]
    assert w["pauses_started"]["by_reason"] == [{"reason": "CUSTOMER_DOCUMENTS", "count": 1, "case_nos": [other]},
                                                {"reason": "CUSTOMER_REQUEST", "count": 1, "case_nos": [no]}]
    assert w["open_cases"]["paused"] == 1 and w["open_cases"]["paused_case_nos"] == [other]


def test_the_bulk_judge_agrees_with_the_case_clock(demo_db):
    """app.clock.judge (what the bulletins use for thousands of finished cases) gives the case
    window's figures: the same supply-department time and the same verdicts."""
    from sqlalchemy import select

    from app.clock import evaluate, judge
    from app.models import Case
    from app.services.cases import case_data
    from app.store import Store

    store = Store.open(demo_db)
    try:
        with store.reader() as s:
            rule_sets = store.config(s).active_rule_sets()
            checked = 0
            for case in s.scalars(select(Case).where(Case.status == "finished").limit(80)):
                data = case_data(case)
                full = evaluate(data, store.calendar, rule_sets, dt.date(2026, 11, 27), store.warn_wd)
                _rounds, elapsed, verdicts = judge(data, store.calendar, rule_sets, dt.date(2026, 11, 27))
                assert sum(elapsed) == full.supply_dept_wd
                assert [v.to_json() for v in verdicts] == [v.to_json() for v in full.rules]
                checked += 1
    finally:
        store.dispose()
    assert checked == 80

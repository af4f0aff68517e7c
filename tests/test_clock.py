"""Stage clocks and rule verdicts through the services, on the real SQLite file."""
import datetime as dt

import pytest

from app.errors import Refused
from app.services import cases as svc
from app.services.query import case_view
from tests.helpers import hold_meeting

D = dt.date


def _new(store, **kw):
    args = dict(customer_name="和泰电器有限公司", account_no="3300000001", capacity_kva=630, applied_on=D(2026, 9, 28))
    args.update(kw)
    with store.session() as s:
        return svc.create_case(s, **args).case_no


def _do(store, fn, *args, **kw):
    with store.session() as s:
        return fn(s, *args, **kw)


def _show(store, no, as_of):
    with store.reader() as s:
        return case_view(s, no, as_of)


def _stage(view, code, rnd=1):
    return next(st for st in view["stages"] if st["code"] == code and st["round"] == rnd)


def test_new_case_starts_acceptance_clock(store):
    no = _new(store)
    v = _show(store, no, D(2026, 9, 28))
    acc = _stage(v, "ACCEPT")
    assert acc["started_on"] == "2026-09-28" and acc["elapsed_wd"] == 0 and acc["limit_wd"] == 1
    assert acc["deadline"] == "2026-09-29" and acc["status"] == "warning"  # 1 wd left <= threshold
    v = _show(store, no, D(2026, 9, 30))
    assert _stage(v, "ACCEPT")["status"] == "overdue"


def test_pause_spanning_weekend_and_national_day(store):
    no = _new(store)
    _do(store, svc.finish_stage, no, "ACCEPT", D(2026, 9, 29))
    # survey starts 29 Sep by itself; paused 30 Sep (end of day) to 12 Oct across the holiday
    _do(store, svc.pause_stage, no, D(2026, 9, 30), "CUSTOMER_DOCUMENTS", "缺营业执照")
    v = _show(store, no, D(2026, 10, 9))
    sv = _stage(v, "SURVEY")
    assert sv["paused"] and sv["elapsed_wd"] == 1  # only 30 Sep counted
    assert sv["paused_wd"] == 2  # 8 and 9 Oct
    _do(store, svc.resume_stage, no, D(2026, 10, 12))
    v = _show(store, no, D(2026, 10, 14))
    sv = _stage(v, "SURVEY")
    # gross (29 Sep, 14 Oct] = 30 Sep, 8, 9, 10 (make-up Sat), 12, 13, 14 Oct = 7; paused 8, 9, 10, 12 = 4
    assert (sv["elapsed_wd"], sv["paused_wd"]) == (3, 4)
    assert sv["deadline"] == "2026-10-14" and sv["remaining_wd"] == 0 and sv["status"] == "warning"
    assert not sv["paused"] and sv["pauses"][0]["reason"] == "CUSTOMER_DOCUMENTS"
    assert _show(store, no, D(2026, 10, 15))["stages"][1]["status"] == "overdue"


def _run_to_fees(store, no, kva_days):
    d = D(2026, 9, 28)
    for stage, n in zip(["ACCEPT", "SURVEY", "PLAN", "FEES"], kva_days):
        d = store.calendar.add_workdays(d, n)
        if stage == "PLAN":
            _do(store, hold_meeting, no, d)  # 500 kVA and above: the review meeting decides first
        _do(store, svc.finish_stage, no, stage, d)
    return d


def test_1000_kva_extension_of_plan_reply(store):
    small = _new(store, capacity_kva=800, account_no="3300000002")
    big = _new(store, capacity_kva=1000, account_no="3300000003")
    for no in (small, big):
        _run_to_fees(store, no, [1, 3, 4, 1])  # 9 wd in all, PLAN took 4
    vs, vb = _show(store, small, D(2026, 11, 2)), _show(store, big, D(2026, 11, 2))
    assert _stage(vs, "PLAN")["limit_wd"] == 2 and _stage(vs, "PLAN")["status"] == "late"
    assert _stage(vb, "PLAN")["limit_wd"] == 5 and _stage(vb, "PLAN")["status"] == "on_time"
    def item(v):
        return next(i for r in v["rules"] if r["rule_set"] == "internal" for i in r["items"] if i["name"] == "申请至方案答复及收费")
    assert item(vs)["limit_wd"] == 7 and item(vs)["used_wd"] == 9 and item(vs)["status"] == "missed"
    assert item(vb)["limit_wd"] == 10 and item(vb)["status"] == "met"


def test_dual_source_external_plan_limit(store):
    single = _new(store, capacity_kva=2000, account_no="3300000004")
    dual = _new(store, capacity_kva=2000, account_no="3300000005", dual_source=True)
    for no in (single, dual):
        _run_to_fees(store, no, [1, 10, 10, 1])  # survey + plan = 20 wd
    def ext(v):
        return next(i for r in v["rules"] if r["rule_set"] == "external" for i in r["items"] if i["stages"] == ["SURVEY", "PLAN"])
    s_item, d_item = ext(_show(store, single, D(2026, 12, 1))), ext(_show(store, dual, D(2026, 12, 1)))
    assert (s_item["limit_wd"], s_item["used_wd"], s_item["status"]) == (15, 20, "missed")
    assert (d_item["limit_wd"], d_item["used_wd"], d_item["status"]) == (30, 20, "met")


def test_inspection_rounds_and_full_process(store):
    store.training_day = D(2027, 6, 30)  # the whole process is recorded as of then (no future dates)
    no = _new(store, capacity_kva=400, account_no="3300000006")
    d = _run_to_fees(store, no, [1, 2, 2, 1])
    cal = store.calendar
    steps = [
        ("start", "DESIGN_REVIEW", 20, None),
        ("finish", "DESIGN_REVIEW", 2, "pass"),
        ("start", "MID_INSPECTION", 30, None),
        ("finish", "MID_INSPECTION", 1, "rectify"),
        ("start", "MID_INSPECTION", 5, None),
        ("finish", "MID_INSPECTION", 2, "pass"),
        ("start", "COMPLETION_INSPECTION", 10, None),
        ("finish", "COMPLETION_INSPECTION", 2, "pass"),
        ("finish", "ENERGIZE", 3, "pass"),
    ]
    for action, stage, days, outcome in steps:
        d = cal.add_workdays(d, days)
        if action == "start":
            _do(store, svc.start_stage, no, stage, d)
        else:
            _do(store, svc.finish_stage, no, stage, d, outcome)
    v = _show(store, no, D(2027, 6, 30))
    assert v["status"] == "finished"
    rounds = [(s["code"], s["round"], s["outcome"]) for s in v["stages"]]
    assert ("MID_INSPECTION", 1, "rectify") in rounds and ("MID_INSPECTION", 2, "pass") in rounds
    assert v["supply_dept_wd"] == 1 + 2 + 2 + 1 + 2 + 1 + 2 + 2 + 3
    internal = next(r for r in v["rules"] if r["rule_set"] == "internal")
    assert internal["verdict"] == "met"
    with pytest.raises(Refused):
        _do(store, svc.start_stage, no, "ENERGIZE", d)


def test_as_of_in_the_past_reopens_later_work(store):
    no = _new(store)
    _do(store, svc.finish_stage, no, "ACCEPT", D(2026, 9, 30))
    v = _show(store, no, D(2026, 9, 29))
    assert [s["code"] for s in v["stages"]] == ["ACCEPT"]
    assert v["stages"][0]["finished_on"] is None


def test_year_without_schedule_is_flagged(store):
    no = _new(store, applied_on=D(2026, 12, 30))
    v = _show(store, no, D(2027, 1, 4))
    assert v["assumed_calendar_years"] == [2027]
    v = _show(store, no, D(2026, 12, 30))
    assert v["assumed_calendar_years"] == []


def test_edit_recomputes_pinyin_and_logs_event(store):
    no = _new(store)
    _do(store, svc.edit_case, no, customer_name="恒达针织有限公司", capacity_kva=800)
    v = _show(store, no, D(2026, 9, 28))
    assert v["customer_name"] == "恒达针织有限公司" and v["capacity_kva"] == 800
    assert [e["kind"] for e in v["events"]][-1] == "CASE_EDITED"
    from app.services.query import list_cases

    with store.reader() as s:
        assert [r.case_no for r in list_cases(s, search="hdzz", as_of=D(2026, 9, 28))] == [no]
        assert list_cases(s, search="htdq", as_of=D(2026, 9, 28)) == []


def test_duplicate_open_account_warns(store):
    _new(store)
    with store.session() as s:
        ch = svc.create_case(s, customer_name="另一户", account_no="3300000001", capacity_kva=200, applied_on=D(2026, 10, 8))
    assert ch.warnings and "3300000001" in ch.warnings[0]

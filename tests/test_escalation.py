"""Three-level monitoring and escalation (issue 21): the ladder as data, escalations computed for an
as-of date with the day each rung was reached, acknowledgement by the person told, and the
acknowledgements and issued bulletins travelling by sync."""
from __future__ import annotations

import datetime as dt

import pytest

from app import monitoring_docs
from app.errors import Refused
from app.services import bulletins as bl
from app.services import cases as svc
from app.services import config_docs
from app.services import escalation as esc

D = dt.date


def _overdue_case(s, manager="张伟", township="石浦镇") -> str:
    """A case applied 2026-06-01 whose SURVEY (limit 3 working days) started 2026-06-02 and is never
    finished: warning from 06-04, overdue from 06-08, overdue by 2 from 06-09."""
    no = svc.create_case(s, customer_name="督办测试有限公司", account_no="3300000991", capacity_kva=400,
                         manager=manager, township=township, applied_on=D(2026, 6, 1)).case_no
    svc.finish_stage(s, no, "ACCEPT", D(2026, 6, 2), source="ledger")
    return no


def _by_rung(rows, case_no):
    return {e["rung"]: e for e in rows if e["case_no"] == case_no}


def test_the_ladder_on_each_day(trio):
    a, _b, _sup = trio
    no = a.do(_overdue_case)
    with a.store.reader() as s:
        assert _by_rung(esc.escalations(s, D(2026, 6, 3)), no) == {}
        early = _by_rung(esc.escalations(s, D(2026, 6, 5)), no)
        late = _by_rung(esc.escalations(s, D(2026, 6, 12)), no)
    assert set(early) == {"WARN"} and early["WARN"]["escalated_on"] == "2026-06-04"
    assert early["WARN"]["told_role"] == "manager" and early["WARN"]["told"] == "张伟"
    assert {k: v["escalated_on"] for k, v in late.items()} == {
        "WARN": "2026-06-04", "OVERDUE": "2026-06-08", "OVERDUE2": "2026-06-09"}
    assert late["OVERDUE"]["told"] == "客户服务中心主任" and late["OVERDUE2"]["told"] == "营销部专职"
    assert late["WARN"]["id"] == early["WARN"]["id"]  # the same escalation whatever the day it is looked at


def test_a_long_pause_goes_to_the_marketing_specialist(trio):
    a, _b, _sup = trio

    def paused(s):
        no = _overdue_case(s)
        svc.pause_stage(s, no, D(2026, 6, 3), "CUSTOMER_DOCUMENTS", "资料不全")
        return no
    no = a.do(paused)
    with a.store.reader() as s:
        rows = _by_rung(esc.escalations(s, D(2026, 6, 19)), no)
        station = esc.escalations(s, D(2026, 6, 19), level="station", scope="石浦供电所")
        other = esc.escalations(s, D(2026, 6, 19), level="station", scope="丹城供电所")
    assert rows["PAUSE10"]["escalated_on"] == "2026-06-18" and rows["PAUSE10"]["told_role"] == "bureau"
    assert "OVERDUE" not in rows  # the clock stopped at 1 working day
    assert [e["case_no"] for e in station] == [no] * len(station) and not other


def test_acknowledgements_by_the_person_told_and_by_sync(trio):
    a, b, sup = trio
    no = a.do(_overdue_case)
    as_of = D(2026, 6, 12)
    with a.store.reader() as s:
        rungs = _by_rung(esc.escalations(s, as_of), no)
    assert a.do(esc.acknowledge, rungs["WARN"]["id"], as_of).case_no == no
    with pytest.raises(Refused) as e:
        a.do(esc.acknowledge, rungs["WARN"]["id"], as_of)
    assert e.value.code == "escalation_already_acked"
    with pytest.raises(Refused) as e:
        a.do(esc.acknowledge, rungs["OVERDUE"]["id"], as_of)  # the manager cannot sign for the centre
    assert e.value.code == "escalation_own_case"
    sup.receive(a.send(sup))
    with pytest.raises(Refused) as e:
        b.receive(a.send(b))
        b.do(esc.acknowledge, rungs["WARN"]["id"], as_of)
    assert e.value.code in ("escalation_already_acked", "escalation_not_yours")
    with sup.store.reader() as s:
        seen = _by_rung(esc.escalations(s, as_of), no)
    assert seen["WARN"]["acknowledged_by"] == "张伟"
    sup.do(esc.acknowledge, rungs["OVERDUE"]["id"], as_of)
    # the supervisor issues the week's bulletin; it reaches the manager's laptop as issued
    issued = sup.do(bl.issue, "weekly", "2026-W24", as_of=as_of)
    with sup.store.reader() as s:
        weekly = bl.issued_content(s, issued["id"])
    listed = {e["rung"]: e for e in weekly["escalations"]["rows"] if e["case_no"] == no}
    assert listed["OVERDUE"]["acknowledged_by"] == "主管" and listed["OVERDUE"]["new_this_period"]
    a.receive(sup.send(a))
    with a.store.reader() as s:
        mine = bl.list_issued(s)
        again = bl.rerun(s, "weekly", "2026-W24")
    assert [(x["id"], x["version"], x["input_hash"]) for x in mine] == [(issued["id"], 1, issued["input_hash"])]
    assert again["same"], again["differences"]  # the same data on the manager's laptop: the same hash


def test_roles_and_weights_are_data(store):
    with store.reader() as s:
        cfg = config_docs.config(s)
        roles = cfg.doc("roles").data
        weights = cfg.doc("benchmark_weights").data
    assert [lv["code"] for lv in roles["levels"]] == ["manager", "station", "centre", "bureau"]
    assert [lv["name"] for lv in roles["levels"]] == ["客户经理", "供电所", "客户服务中心", "营销部专职"]
    assert [r["tell"] for r in roles["ladder"]] == ["manager", "centre", "bureau", "bureau"]
    assert [p["weight"] for p in weights["parts"]] == [0.6, 0.3, 0.1]
    for bad in ({**roles, "ladder": [{"code": "X", "when": "someday", "tell": "manager", "name": "x"}]},
                {**roles, "levels": roles["levels"][:3]}):
        with pytest.raises(Refused):
            monitoring_docs.check_roles(bad, "test")
    with pytest.raises(Refused):
        monitoring_docs.check_weights({**weights, "parts": [{**p, "weight": 0.5} for p in weights["parts"]]}, "test")

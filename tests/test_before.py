"""Before the application (事前, issue 18), through the services on real databases: visits and their
actions, the prospect pipeline and its conversion into a case, the township x year demand forecast,
feeder bottlenecks, issued versions, and sync of all of it between two laptops."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.errors import Refused
from app.services import cases as case_svc
from app.services import config_docs
from app.services import demand as dm
from app.services import prospects as pr
from app.services import visits as vs
from tests.helpers import digest

D = dt.date


def _prospect(s, name="石浦冷链物流", township="石浦镇", kva=1250, year=2027, probability=60, **kw):
    return pr.add_prospect(s, name=name, township=township, kva=kva, year=year, probability=probability,
                           **kw).created_id


def _cell(rows, township, year):
    return next(r for r in rows if r["township"] == township and r["year"] == year)


def test_every_township_appears_for_every_year_also_when_empty(store):
    with store.reader() as s:
        rows = dm.forecast(s, 2026, 6)
        names = [r["name"] for r in store.config(s).doc("townships").data["townships"]]
    assert len(names) == 18
    assert [(r["township"], r["year"]) for r in rows] == [(t, y) for t in names for y in range(2026, 2032)]
    assert all(r["raw_kva"] == r["weighted_kva"] == r["load_kw"] == 0 and r["prospects"] == r["cases"] == []
               for r in rows)


def test_a_converted_prospect_is_counted_once_through_its_case(store):
    with store.session() as s:
        a = _prospect(s)
        b = _prospect(s, name="丹东商业综合体", township="丹东街道", kva=800, probability=50, year=2028)
    with store.reader() as s:
        before = dm.forecast(s, 2026)
        assert _cell(before, "丹东街道", 2028)["prospects"] == [b]
        assert pr.pipeline(s)["LEAD"] == {"count": 2, "kva": 2050.0, "weighted_kva": 1150.0}
    assert _cell(before, "石浦镇", 2027)["prospects"] == [a]
    assert _cell(before, "石浦镇", 2027)["weighted_kva"] == 750.0
    with store.session() as s:
        ch = pr.convert(s, a, "3300000101", "2026-11-03", "张伟")
    case_no = ch.case_no
    with store.reader() as s:
        rows = dm.forecast(s, 2026)
        figures = pr.pipeline(s)
        case = case_svc.get_case(s, case_no)
        listed = {p["id"]: p for p in pr.list_prospects(s)}
    cell = _cell(rows, "石浦镇", 2027)
    # out of the pipeline, in the demand through its case at 100 %, never both
    assert cell["prospects"] == [] and cell["cases"] == [case_no]
    assert cell["raw_kva"] == cell["weighted_kva"] == 1250.0
    assert figures["LEAD"] == {"count": 1, "kva": 800.0, "weighted_kva": 400.0} and "APPLIED" not in figures
    assert sum(len(r["prospects"]) + len(r["cases"]) for r in rows) == 2
    # the case carries what the prospect knew, and the two name each other
    assert (case.customer_name, case.account_no, case.township, case.capacity_kva, case.manager) == (
        "石浦冷链物流", "3300000101", "石浦镇", 1250.0, "张伟")
    assert listed[a]["status"] == "APPLIED" and listed[a]["case_no"] == case_no
    with store.reader() as s:
        from sqlalchemy import select

        from app.models import CaseEvent
        ev = s.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.kind == "FROM_PROSPECT")).one()
    assert json.loads(ev.payload)["prospect"] == a
    # the case's kVA is what counts from now on
    with store.session() as s:
        case_svc.edit_case(s, case_no, capacity_kva=1600)
    with store.reader() as s:
        assert _cell(dm.forecast(s, 2026), "石浦镇", 2027)["raw_kva"] == 1600.0


def test_converting_twice_or_a_dropped_prospect_is_refused_and_changes_nothing(store, db_path):
    with store.session() as s:
        a = _prospect(s)
        b = _prospect(s, name="乙项目")
        pr.convert(s, a, "3300000101", "2026-11-03")
        pr.set_status(s, b, "放弃", "投资方撤回")
    store.dispose()
    before = digest(db_path)
    for ref, code in ((a, "prospect_converted"), (b, "prospect_dropped")):
        with pytest.raises(Refused) as exc, store.session() as s:
            pr.convert(s, ref, "3300000102", "2026-11-04")
        assert exc.value.code == code
    store.dispose()
    assert digest(db_path) == before


def test_conversion_asks_before_duplicating_a_customer(store):
    with store.session() as s:
        existing = case_svc.create_case(s, customer_name="和泰电器有限公司", account_no="3300000201", capacity_kva=400,
                                        applied_on="2026-10-08").case_no
        p = _prospect(s, name="和泰电器二期", customer="和泰电器有限公司", kva=630)
        q = _prospect(s, name="新客户", kva=630)
    with store.session() as s, pytest.raises(Refused) as exc:
        pr.convert(s, p, "3300000299", "2026-11-03")
    assert exc.value.code == "prospect_customer_exists" and existing in str(exc.value)
    with store.session() as s, pytest.raises(Refused) as exc:  # the same account under another name
        pr.convert(s, q, "3300000201", "2026-11-03")
    assert existing in str(exc.value)
    with store.session() as s:
        no = pr.convert(s, p, "0000000000", "2026-11-03", same_as=existing).case_no
        other = pr.convert(s, q, "3300000201", "2026-11-03", new_customer=True).case_no
    with store.reader() as s:
        c = case_svc.get_case(s, no)
        assert (c.customer_name, c.account_no, c.capacity_kva) == ("和泰电器有限公司", "3300000201", 630.0)
        assert case_svc.get_case(s, other).customer_name == "新客户"


@pytest.mark.parametrize("field, value, code", [
    ("probability", 150, "prospect_bad_probability"), ("probability", "55.5", "prospect_bad_probability"),
    ("year", 1999, "prospect_bad_year"), ("township", "火星乡", "unknown_township"),
    ("kva", -5, "bad_kva"), ("kv", 11, "bad_kv"), ("source", "rumour", "prospect_bad_source")])
def test_bad_prospects_are_refused_with_the_reason(store, field, value, code):
    with store.session() as s, pytest.raises(Refused) as exc:
        _prospect(s, **{field: value})
    assert exc.value.code == code
    if code == "unknown_township":
        assert "石浦镇" in str(exc.value) and "高塘岛乡" in str(exc.value)
    with store.reader() as s:
        assert pr.list_prospects(s) == []


def test_a_published_townships_version_changes_the_townships(store, tmp_path):
    with store.reader() as s:
        data = json.loads(json.dumps(store.config(s).doc("townships").data))
    data["version"] = 2
    data["townships"].append({"code": "XINCHENG", "name": "新城街道", "station": "丹城供电所", "island": False})
    path = tmp_path / "townships.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with store.session() as s:
        with pytest.raises(Refused):
            _prospect(s, township="新城街道")
    with store.session() as s:
        config_docs.publish(s, "townships", path)
    with store.session() as s:
        p = _prospect(s, township="XINCHENG")  # by its code too
    with store.reader() as s:
        rows = dm.forecast(s, 2027, 1)
        assert pr.list_prospects(s)[0]["township"] == "新城街道"
    assert len(rows) == 19 and _cell(rows, "新城街道", 2027)["prospects"] == [p]


def test_load_comes_from_the_planning_factors_in_force_with_their_source(store, tmp_path):
    with store.session() as s:
        _prospect(s, kva=1000, probability=50, industry="水产冷冻")
        _prospect(s, name="乙", kva=1000, probability=100)
    with store.reader() as s:
        f = dm.factors(s)
        cell = _cell(dm.forecast(s, 2027, 1), "石浦镇", 2027)
    assert f["source"] and f["doc"] == "xiangshan@1"
    expected = (500 * f["power_factor"] * f["industry"]["水产冷冻"] + 1000 * f["power_factor"] * f["demand_default"]) \
        * f["simultaneity"]
    assert cell["weighted_kva"] == 1500.0 and cell["load_kw"] == pytest.approx(expected, abs=0.01)
    with store.reader() as s:
        data = json.loads(json.dumps(store.config(s).doc("planning_factors").data))
    data.update(version=2, simultaneity=1.0, power_factor=1.0)
    data["demand_factor"] = {"default": 1.0, "industry": {}}
    path = tmp_path / "pf.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with store.session() as s:
        config_docs.publish(s, "planning_factors", path)
    with store.reader() as s:
        assert _cell(dm.forecast(s, 2027, 1), "石浦镇", 2027)["load_kw"] == 1500.0
    data.update(version=3, simultaneity=1.5)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with store.session() as s, pytest.raises(Refused) as exc:
        config_docs.publish(s, "planning_factors", path)
    assert "simultaneity" in str(exc.value)


def test_a_bottleneck_appears_when_a_feeders_prospects_exceed_its_spare_capacity(store):
    with store.session() as s:
        _prospect(s, name="甲", kva=630, year=2027, feeder="石浦线")
        _prospect(s, name="乙", kva=500, year=2028, feeder="石浦线")
        _prospect(s, name="丙", kva=5000, year=2027, feeder="鹤浦线")
        dm.set_capacity(s, "石浦线", 1200, "2026-11-01", substation="石浦变")
    with store.reader() as s:
        assert dm.bottlenecks(s) == []  # 1130 kVA on a 1200 kVA feeder; 鹤浦线's capacity is not known
    with store.session() as s:
        dm.set_capacity(s, "石浦线", 1000, "2026-11-20")
    with store.reader() as s:
        (b,) = dm.bottlenecks(s)
    assert (b["feeder"], b["substation"], b["spare_kva"], b["total_kva"], b["over_kva"], b["year"]) == (
        "石浦线", "石浦变", 1000.0, 1130.0, 130.0, 2028)
    assert [p["name"] for p in b["prospects"]] == ["甲", "乙"]
    with store.session() as s, pytest.raises(Refused) as exc:
        dm.set_capacity(s, "石浦线", -1)
    assert exc.value.code == "feeder_bad_spare"


def test_a_government_visit_needs_an_action_or_no_action_and_overdue_actions_are_due(store):
    with store.session() as s:
        v = vs.add_visit(s, "2026-11-02", "发改局", "石浦镇", "了解 2027 年重点项目", party_name="象山县发改局").created_id
        c = vs.add_visit(s, "2026-11-03", "潜在客户", "石浦镇", "用电需求").created_id
        w = vs.add_visit(s, "2026-11-04", "TOWNSHIP", "鹤浦镇", "海岛供电", no_action=True).created_id
    with store.reader() as s:
        due = vs.due_items(s, D(2026, 11, 20))
        assert [(d["kind"], d["visit_id"]) for d in due] == [("visit_incomplete", v)]
        assert {x["id"]: x["incomplete"] for x in vs.list_visits(s, D(2026, 11, 20))} == {v: True, c: False, w: False}
    with store.session() as s:
        a = vs.add_action(s, v, "将重点项目清单报发展建设部", "张伟", "2026-11-10").created_id
        with pytest.raises(Refused) as exc:
            vs.add_action(s, v, "x", "张伟", "2026-11-01")
        assert exc.value.code == "action_due_before_visit"
    with store.reader() as s:
        assert vs.due_items(s, D(2026, 11, 10)) == []  # due today is not yet past its date
        (d,) = vs.due_items(s, D(2026, 11, 11))
        assert (d["kind"], d["action_id"], d["days_over"]) == ("visit_action", a, 1)
    with store.session() as s:
        vs.finish_action(s, a, "2026-11-12", "已报送")
    with store.reader() as s:
        assert vs.due_items(s, D(2026, 11, 20)) == []
        (act,) = vs.visit_data(s, v, D(2026, 11, 20))["actions"]
    assert act["done_on"] == "2026-11-12" and not act["overdue"]


def test_bad_visits_are_refused(store):
    for args, code in ((("2026-11-02", "气象局", "石浦镇", "x"), "visit_bad_party"),
                       (("2026-11-02", "NDRC", "火星乡", "x"), "unknown_township"),
                       (("2026-11-02", "NDRC", "石浦镇", " "), "required"),
                       (("2026-11-02", "NDRC", "石浦镇", "a\x00b"), "control_chars")):
        with store.session() as s, pytest.raises(Refused) as exc:
            vs.add_visit(s, *args)
        assert exc.value.code == code
    with store.session() as s:  # several lines are kept as typed
        v = vs.add_visit(s, "2026-11-02", "NDRC", "石浦镇", "一、重点项目\n二、招商").created_id
    with store.reader() as s:
        assert vs.visit_data(s, v, D(2026, 11, 3))["topics"] == "一、重点项目\n二、招商"
        assert len(vs.list_visits(s, D(2026, 11, 3))) == 1


def test_an_issued_forecast_is_kept_and_the_next_shows_what_changed(store):
    with store.session() as s:
        _prospect(s, kva=1000, probability=50)
        dm.issue(s, 2026, 6, "2026-09-30")
    with store.session() as s:
        _prospect(s, name="乙", township="鹤浦镇", kva=400, probability=100, year=2028)
    with store.reader() as s:
        rows = dm.forecast(s, 2026)
        ch = dm.changes_since(s, rows)
        assert [v["issued_on"] for v in dm.versions(s)] == ["2026-09-30"]
    assert [(c["township"], c["year"], c["weighted_kva"]) for c in ch["changes"]] == [("鹤浦镇", 2028, 400.0)]


def test_a_temporary_supply_case_carries_a_prospect_for_its_formal_supply(store):
    with store.session() as s:
        temp = case_svc.create_case(s, customer_name="石浦港施工临时用电", account_no="3300000301", capacity_kva=200,
                                    business_type="TEMPORARY", applied_on="2026-10-08", township="石浦镇").case_no
        normal = case_svc.create_case(s, customer_name="丁", account_no="3300000302", capacity_kva=200,
                                      applied_on="2026-10-08").case_no
        p = _prospect(s, name="石浦港正式用电", temp_case=temp)
        with pytest.raises(Refused) as exc:
            _prospect(s, temp_case=normal)
        assert exc.value.code == "prospect_not_temporary"
    with store.reader() as s:
        (listed,) = pr.list_prospects(s)
    assert listed["source"] == "TEMP_SUPPLY" and listed["temp_case_id"]
    assert p == listed["id"]
    # converted, it becomes the formal case that follows the temporary one (the same customer)
    with store.session() as s, pytest.raises(Refused) as exc:
        pr.convert(s, p, "3300000301", "2026-11-03")
    assert exc.value.code == "prospect_customer_exists" and temp in str(exc.value)
    with store.session() as s:
        no = pr.convert(s, p, "3300000301", "2026-11-03", same_as=temp).case_no
    with store.reader() as s:
        formal, source = case_svc.get_case(s, no), case_svc.get_case(s, temp)
        assert (formal.business_type, formal.predecessor_id, formal.capacity_kva) == ("TEMP_TO_FORMAL", source.id, 1250.0)


def test_visits_prospects_actions_and_capacities_survive_a_sync_round_trip(trio):
    a, b, sup = trio
    v = a.do(vs.add_visit, "2026-11-02", "招商局", "西周镇", "招商引资项目", findings="一家船舶企业有意落户").created_id
    act = a.do(vs.add_action, v, "联系企业了解用电需求", "张伟", "2026-11-09").created_id
    p = a.do(lambda s: _prospect(s, name="西周船舶修造", township="西周镇", kva=2000, year=2028, probability=40,
                                 feeder="西周线", visit=v))
    a.do(dm.set_capacity, "西周线", 1500, "2026-11-02")
    a.do(dm.issue, 2026, 6, "2026-11-05")
    b.receive(a.send(b))
    with a.store.reader() as sa, b.store.reader() as sb:
        for fn in (lambda s: vs.list_visits(s, D(2026, 11, 20)), pr.list_prospects, dm.capacities, dm.bottlenecks,
                   dm.versions, lambda s: dm.forecast(s, 2026)):
            assert fn(sa) == fn(sb)
        assert vs.list_visits(sb, D(2026, 11, 20))[0]["actions"][0]["id"] == act
        assert pr.list_prospects(sb)[0]["visits"][0]["id"] == v
    # concurrent edits of the same prospect on both laptops: both meet the supervisor, one conflict kept
    a.do(pr.edit_prospect, p, probability=70)
    b.do(pr.edit_prospect, p, probability=30)
    sup.receive(a.send(sup))
    sup.receive(b.send(sup))
    a.receive(sup.send(a))
    b.receive(sup.send(b))
    assert digest(a.path) == digest(b.path) == digest(sup.path)
    with sup.store.reader() as s:
        from sqlalchemy import select

        from app.models import SyncConflict
        conflicts = [c for c in s.scalars(select(SyncConflict)) if c.table_name == "prospect"]
        kept = {json.loads(c.older)["probability"] for c in conflicts} | {json.loads(c.newer)["probability"]
                                                                            for c in conflicts}
    assert len(conflicts) == 1 and kept == {30, 70}

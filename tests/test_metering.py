"""The metering-equipment plan (issue 19) through the services on the real SQLite file: the
configuration from the survey, the CT checks with their numbers, stock, the plan's formula, one plan
per month in versions, the Today warning and sync."""
import datetime as dt
import json

import pytest

from app import metering_calc as M
from app.errors import Refused
from app.messages import set_language
from app.services import cases as svc
from app.services import metering
from app.services.field import set_survey
from tests.helpers import Laptop

D = dt.date
AS_OF = D(2026, 11, 20)


@pytest.fixture(autouse=True)
def _zh():
    set_language("zh")
    yield
    set_language("zh")


def _do(store, fn, *args, **kw):
    with store.session() as s:
        return fn(s, *args, **kw)


def _new(store, kva=400, account="3300000001", applied=D(2026, 9, 1), name="甲公司"):
    with store.session() as s:
        return svc.create_case(s, customer_name=name, account_no=account, capacity_kva=kva, applied_on=applied).case_no


def _survey(store, no, metering_="LV", ct="", vt="", on=D(2026, 9, 3)):
    _do(store, set_survey, no, {"surveyed_on": on.isoformat(), "metering": metering_, "ct_ratio": ct, "vt_ratio": vt})


def _to_energize(store, no, start=D(2026, 9, 1)):
    """Every stage up to completion inspection passed, 2 working days apart: ENERGIZE open."""
    cal = store.calendar
    d = start
    for action, stage in (("finish", "ACCEPT"), ("finish", "SURVEY"), ("finish", "PLAN"), ("finish", "FEES"),
                          ("start", "DESIGN_REVIEW"), ("finish", "DESIGN_REVIEW"), ("start", "MID_INSPECTION"),
                          ("finish", "MID_INSPECTION"), ("start", "COMPLETION_INSPECTION"),
                          ("finish", "COMPLETION_INSPECTION")):
        d = cal.add_workdays(d, 1)
        if action == "start":
            _do(store, svc.start_stage, no, stage, d)
        else:
            _do(store, svc.finish_stage, no, stage, d, "pass")
    return d


@pytest.fixture
def st(store):
    store.training_day = AS_OF
    return store


# --- pure arithmetic -------------------------------------------------------------------------------
def test_the_metering_class_follows_dlt448_from_the_data_document(st):
    r = _do(st, metering.rules)
    assert r["id"] == "dlt448" and "DL/T 448" in r["source"] and "GB/T 50063" in r["source"]
    assert [M.metering_class(r, k)["class"] for k in (10000, 9999, 2000, 1999, 315, 314.9, 50)] == \
        ["I", "II", "II", "III", "III", "IV", "IV"]


def test_net_demand_follows_the_formula_exactly():
    # need - max(0, qualified - issued - safety) - awaiting test - on order, never below 0
    assert M.net_demand(10, qualified=6, issued=1, safety=2, awaiting_test=1, on_order=2) == 10 - 3 - 1 - 2
    assert M.net_demand(10, qualified=2, issued=3, safety=2, awaiting_test=0, on_order=0) == 10  # max(0, -3)
    assert M.net_demand(3, qualified=20, issued=0, safety=2, awaiting_test=0, on_order=0) == 0  # never below 0
    assert M.net_demand(5, qualified=4, issued=0, safety=4, awaiting_test=2, on_order=1) == 2


def test_combined_ratio():
    assert M.combined_ratio((75, 5), (10000, 100)) == 1500
    assert M.combined_ratio((800, 5), None) == 160
    assert M.combined_ratio(None, (10000, 100)) is None


# --- configuration and checks -------------------------------------------------------------------
def test_configuration_comes_from_the_survey_until_set(st):
    no = _new(st, kva=400)
    with pytest.raises(Refused) as e:
        _do(st, metering.config_view, no)
    assert e.value.code == "metering_no_config"
    _survey(st, no, "LV", ct="800/5")
    cfg = _do(st, metering.config_view, no)
    assert (cfg["source"], cfg["method"], cfg["class"], cfg["ct_ratio"], cfg["ct_count"]) == ("survey", "LV", "III",
                                                                                               "800/5", 3)
    assert cfg["meter_wiring"] == "3P4W" and cfg["pt_count"] == 0 and cfg["combined_ratio"] == 160
    assert {e["type_code"] for e in cfg["equipment"]} == {"METER-3P4W-0.5S-1.5(6)A", "CT-800/5-0.5", "TERM-专变采集终端"}


def test_ct_checks_give_the_load_percentages_with_the_numbers(st):
    no = _new(st, kva=1250)  # 10 kV: I = 1250 / (1.732 x 10) = 72.2 A
    _do(st, metering.set_config, no, method="high", ct="75/5", pt="10000/100")
    r = _do(st, metering.check_case, no)
    assert r["ok"]
    load = next(c for c in r["checks"] if c["check"] == "ct_load_min")
    assert load["load_pct"] == 96.2 and "72.2 A" in load["message"] and "10 kV" in load["message"]
    assert "高压侧" in load["message"] and "75 A" in load["message"]
    assert _do(st, metering.config_view, no)["combined_ratio"] == 1500
    # 300/5: 24.1 %, under 30 % (a warning), but within the S class's 20 %
    _do(st, metering.set_config, no, method="high", ct="300/5", pt="10000/100", reason="换大变比")
    r = _do(st, metering.check_case, no)
    low = next(c for c in r["checks"] if c["check"] == "ct_load_min")
    assert (r["ok"], low["ok"], low["level"], low["load_pct"]) == (False, False, "warning", 24.1)
    assert "30%" in low["message"]
    _do(st, metering.set_config, no, method="high", ct="300/5", pt="10000/100", s_class=True, reason="S 级")
    r = _do(st, metering.check_case, no)
    assert r["ok"] and next(c for c in r["checks"] if c["check"] == "ct_load_min")["load_pct"] == 24.1
    # 50/5: 144.3 %, an overloaded CT is an error
    _do(st, metering.set_config, no, method="high", ct="50/5", pt="10000/100", reason="试算")
    r = _do(st, metering.check_case, no)
    high = next(c for c in r["checks"] if c["check"] == "ct_load_max")
    assert (r["ok"], high["ok"], high["level"], high["load_pct"]) == (False, False, "error", 144.3)


def test_lv_metering_measures_on_the_04_kv_side(st):
    no = _new(st, kva=400)  # I = 400 / (1.732 x 0.4) = 577.4 A
    _do(st, metering.set_config, no, method="low", ct="800/5")
    load = next(c for c in _do(st, metering.check_case, no)["checks"] if c["check"] == "ct_load_min")
    assert load["load_pct"] == 72.2 and "577.4 A" in load["message"] and "0.4 kV" in load["message"]
    assert "低压侧" in load["message"]


def test_hv_metering_without_a_pt_is_an_error_and_still_saved(st):
    no = _new(st, kva=630)
    ch = _do(st, metering.set_config, no, method="high", ct="50/5")
    assert ch.warnings and any("电压互感器" in w for w in ch.warnings)
    r = _do(st, metering.check_case, no)
    pt = next(c for c in r["checks"] if c["check"] == "pt")
    assert (r["ok"], pt["ok"], pt["level"]) == (False, False, "error")
    assert _do(st, metering.config_view, no)["ct_ratio"] == "50/5"  # what was typed is kept


def test_a_change_needs_a_reason_and_is_an_event_with_what_it_was(st):
    no = _new(st, kva=400)
    _do(st, metering.set_config, no, method="low", ct="800/5")
    with pytest.raises(Refused) as e:
        _do(st, metering.set_config, no, method="low", ct="1000/5")
    assert e.value.code == "metering_reason_required"
    assert _do(st, metering.config_view, no)["ct_ratio"] == "800/5"
    _do(st, metering.set_config, no, method="low", ct="1000/5", reason="负荷增加")
    from app.services.query import case_view

    with st.reader() as s:
        events = [ev for ev in case_view(s, no, AS_OF)["events"] if ev["kind"] == "METERING_SET"]
    assert len(events) == 2
    assert events[1]["payload"]["before"]["ct_ratio"] == "800/5" and events[1]["payload"]["reason"] == "负荷增加"


@pytest.mark.parametrize("kw, code", [
    ({"method": "middle", "ct": "75/5"}, "metering_bad_method"),
    ({"method": "high", "ct": "75"}, "metering_bad_ratio"),
    ({"method": "high", "ct": "75/0"}, "metering_bad_ratio"),
    ({"method": "high", "ct": "75/5", "ct_count": "-1"}, "metering_bad_count"),
    ({"method": "high", "ct": "75/5", "ct_count": "2.5"}, "metering_bad_count"),
])
def test_bad_configuration_is_refused(st, kw, code):
    no = _new(st)
    with pytest.raises(Refused) as e:
        _do(st, metering.set_config, no, **kw)
    assert e.value.code == code


# --- stock and the plan -------------------------------------------------------------------------------
def _stock(code, q=0, a=0, i=0, sf=0, o=0, on="2026-11-15"):
    return {"type_code": code, "qualified": q, "awaiting_test": a, "issued": i, "safety": sf, "on_order": o,
            "counted_on": on}


def test_a_bad_stock_row_refuses_every_row(st):
    with pytest.raises(Refused) as e:
        _do(st, metering.record_stock, [_stock("CT-800/5-0.5", 5), _stock("PT-X", q="many")])
    assert e.value.code == "metering_stock_bad_row" and "2" in str(e.value)
    assert _do(st, metering.stock_in_force) == {}
    with pytest.raises(Refused):
        _do(st, metering.record_stock, [_stock("CT-1", 1, on="2026-12-01")])  # after today


def test_the_plan_lists_cases_forecast_for_the_month_with_the_cases_behind_every_number(st):
    a = _new(st, kva=400, account="3300000001", name="甲公司")
    b = _new(st, kva=400, account="3300000002", name="乙公司")
    c = _new(st, kva=400, account="3300000003", name="丙公司")  # stays at PLAN: later than this month
    d = _new(st, kva=315, account="3300000004", name="丁公司")  # no survey, no configuration
    for no in (a, b):
        _survey(st, no, "LV", ct="800/5")
    _survey(st, c, "LV", ct="800/5")
    for no in (a, b, d):
        _to_energize(st, no, D(2026, 11, 2))
    _do(st, svc.finish_stage, c, "ACCEPT", D(2026, 9, 2))
    fc = _do(st, metering.forecast_energize, AS_OF)
    # ENERGIZE opened 2026-11-16, limit 3 wd: 11-19; that deadline passed on 11-20, so today
    with st.reader() as s:
        ids = {no: svc.get_case(s, no).id for no in (a, b, c, d)}
    assert fc[ids[a]] == {"on": AS_OF, "stage": "ENERGIZE"}
    assert fc[ids[c]]["on"] > D(2026, 12, 31)  # design, construction, inspections still ahead
    _do(st, metering.record_stock, [_stock("CT-800/5-0.5", q=5, i=1, sf=2, a=1, o=0)])
    plan = _do(st, metering.plan_data, "2026-11", AS_OF)
    assert [x["case_no"] for x in plan["cases"]] == [a, b]
    assert [u["case_no"] for u in plan["unconfigured"]] == [d]
    ct = next(ln for ln in plan["lines"] if ln["type_code"] == "CT-800/5-0.5")
    assert ct["need"] == 6 and ct["cases"] == [{"case_no": a, "count": 3}, {"case_no": b, "count": 3}]
    assert ct["available"] == 2 and ct["net"] == 6 - 2 - 1 - 0 == 3
    meter = next(ln for ln in plan["lines"] if ln["type_code"].startswith("METER"))
    assert meter["need"] == 2 and meter["net"] == 2  # never counted: no stock


def test_regenerating_a_month_keeps_one_plan_with_a_new_version_and_the_differences(st):
    a = _new(st, kva=400, account="3300000001")
    b = _new(st, kva=400, account="3300000002")
    for no in (a, b):
        _survey(st, no, "LV", ct="800/5")
    _to_energize(st, a, D(2026, 11, 2))
    p1 = _do(st, metering.generate_plan, "2026-11", AS_OF)
    assert p1["version"] == 1 and [c["case_no"] for c in p1["cases"]] == [a]
    assert _do(st, metering.generate_plan, "2026-11", AS_OF)["version"] == 1  # nothing changed
    st.training_day = AS_OF + dt.timedelta(days=3)  # 11-23: a's overdue ENERGIZE is now forecast for 11-23
    again = _do(st, metering.generate_plan, "2026-11", AS_OF + dt.timedelta(days=3))
    assert again["version"] == 1 and again["cases"][0]["forecast_on"] == "2026-11-20"  # the version kept
    st.training_day = AS_OF
    _to_energize(st, b, D(2026, 11, 2))
    p2 = _do(st, metering.generate_plan, "2026-11", AS_OF)
    assert p2["version"] == 2 and [c["case_no"] for c in p2["cases"]] == [a, b]
    ct = next(x for x in p2["diff"] if x["type_code"] == "CT-800/5-0.5")
    assert (ct["need_before"], ct["need_after"], ct["cases_added"], ct["cases_removed"]) == (3, 6, [b], [])
    assert [v["version"] for v in p2["versions"]] == [1, 2]
    from sqlalchemy import func, select

    from app.models import MeteringPlan

    with st.reader() as s:
        assert s.scalar(select(func.count()).select_from(MeteringPlan)) == 1


def test_today_warns_of_a_case_in_energize_without_reserved_equipment(st):
    a = _new(st, kva=400, account="3300000001")
    _survey(st, a, "LV", ct="800/5")
    _to_energize(st, a, D(2026, 11, 2))
    rows = _do(st, metering.unreserved_in_energize, AS_OF)
    assert [r["case_no"] for r in rows] == [a] and rows[0]["started_on"] == "2026-11-16"
    _do(st, metering.reserve, a, AS_OF)
    assert _do(st, metering.unreserved_in_energize, AS_OF) == []
    with pytest.raises(Refused) as e:
        _do(st, metering.reserve, a, AS_OF)
    assert e.value.code == "metering_reserved_already"


def test_a_rules_document_without_a_zero_class_is_refused(st, tmp_path):
    from app.services import config_docs

    r = _do(st, metering.rules)
    bad = {k: v for k, v in r.items()}
    bad["version"] = 2
    bad["classes"] = [c for c in r["classes"] if c["kva_gte"] > 0]
    p = tmp_path / "m.json"
    p.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(Refused) as e:
        _do(st, config_docs.publish, "metering_rules", p)
    assert e.value.code == "doc_bad" and "classes" in str(e.value)


# --- sync ------------------------------------------------------------------------------------------
def test_configuration_stock_and_plan_travel_by_sync(trio):
    a, _b, sup = trio
    a.store.training_day = sup.store.training_day = AS_OF
    no = _new(a.store, kva=400)
    _survey(a.store, no, "LV", ct="800/5")
    _to_energize(a.store, no, D(2026, 11, 2))
    a.do(metering.set_config, no, method="low", ct="1000/5")
    a.do(metering.record_stock, [_stock("CT-1000/5-0.5", q=9)])
    a.do(metering.reserve, no, AS_OF)
    plan = a.do(metering.generate_plan, "2026-11", AS_OF)
    sup.receive(a.send(to=sup))
    assert sup.do(metering.config_view, no)["ct_ratio"] == "1000/5"
    assert sup.do(metering.stock_in_force)["CT-1000/5-0.5"]["qualified"] == 9
    kept = sup.do(metering.kept_plan, "2026-11")
    assert kept["version"] == plan["version"] and kept["lines"] == plan["lines"]
    # and back: the supervisor's change of the configuration reaches the manager
    sup.do(metering.set_config, no, method="low", ct="800/5", reason="主管核定")
    a.receive(sup.send(to=a))
    assert a.do(metering.config_view, no)["ct_ratio"] == "800/5"
    assert isinstance(Laptop, type)


def test_the_forecast_adds_the_remaining_limits_and_the_customers_usual_time(st):
    """A case between FEES and DESIGN_REVIEW (the customer designing): from today, each later stage's
    limit of the primary rule set, with the rules document's customer time before the stages that do
    not start by themselves."""
    no = _new(st, kva=400)
    cal = st.calendar
    d = D(2026, 9, 1)
    for stage in ("ACCEPT", "SURVEY", "PLAN", "FEES"):
        d = cal.add_workdays(d, 1)
        _do(st, svc.finish_stage, no, stage, d, "pass")
    r = _do(st, metering.rules)
    with st.reader() as s:
        primary = st.config(s).primary_rule_set()
        case = svc.get_case(s, no)
        cid = case.id
        from app.rules import CaseFacts

        facts = CaseFacts(case.capacity_kva, case.dual_source, case.business_type)
    want = AS_OF
    for stage in ("DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION", "ENERGIZE"):
        want = cal.add_workdays(want, r["forecast_customer_wd"].get(stage, 0) * (stage != "ENERGIZE")
                                + primary.stage_limit(stage, facts))
    got = _do(st, metering.forecast_energize, AS_OF)[cid]
    assert got == {"on": want, "stage": "DESIGN_REVIEW"} and want > AS_OF + dt.timedelta(days=60)


def test_a_stock_figure_no_service_would_take_is_caught_by_the_sync_rules(trio):
    """The importer's value rules (app.fields ROW_RULES) cover the metering tables: a negative count
    written behind the services' back is named before a package carrying it is written."""
    a, _b, sup = trio
    a.store.training_day = AS_OF
    a.do(metering.record_stock, [_stock("CT-75/5-0.2S", q=3)])
    with a.store.session() as s:
        s.connection().exec_driver_sql("UPDATE metering_stock SET qualified = -5")
    with pytest.raises(Refused) as e:
        a.send(to=sup)
    assert e.value.code == "sync_export_invalid" and "metering_stock" in str(e.value)

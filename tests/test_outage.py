"""The monthly outage plan (issue 19, outage half): the balancing rule, the plan's states and
versions, the at-risk list, the documents' data and sync of the three tables."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app import outage_balance as ob
from app.errors import Refused
from app.models import PlannedOutage
from app.services import cases, outage
from app.store import Store

D = dt.date.fromisoformat
RULES = ob.Rules(notice_days=7, cutoff_day=20, repeat_count=3, repeat_days=60)


def weekdays(d: dt.date) -> bool:
    return d.weekday() < 5


def need(i, feeder="10kV城东线", ready="2027-01-04", wanted="2027-01-29", hours=4.0, customers=10, section=""):
    return ob.Need(f"n{i}", f"YK2026{i:06d}", feeder, section, hours, D(ready), D(wanted), customers)


# --- the pure balancing ----------------------------------------------------------------------------
def test_one_maintenance_day_serves_two_ready_cases_and_never_takes_a_third_not_ready():
    a, b = need(1, ready="2027-01-05"), need(2, ready="2027-01-08")
    c = need(3, ready="2027-01-20")  # its customer's works are done after the maintenance day
    res = ob.balance([a, b, c], [ob.Window("10kV城东线", D("2027-01-13"), 6.0)], "2027-01", D("2026-12-20"),
                     RULES, weekdays)
    main = next(p for p in res.outages if p.on == D("2027-01-13"))
    assert main.maintenance and [n.case_no for n in main.needs] == [a.case_no, b.case_no]
    assert c.case_no not in [n.case_no for n in main.needs]
    # the third is an item for the meeting with its reason, given a day of its own
    (conf,) = res.conflicts
    assert (conf.need.case_no, conf.reason, conf.main_on, conf.outage_on) == (c.case_no, "not_ready",
                                                                                D("2027-01-13"), D("2027-01-20"))
    # within the maintenance hours, the combined works add no 时户数; two separate outages are saved
    assert main.household_hours == 0 and main.saved == a.household_hours + b.household_hours
    assert main.notice_by == D("2027-01-06")


def test_most_works_then_fewest_household_hours_then_earliest():
    # no maintenance window: the day serving all three (their common range) wins over earlier days
    ns = [need(1, ready="2027-01-04", wanted="2027-01-15"), need(2, ready="2027-01-11", wanted="2027-01-29"),
          need(3, ready="2027-01-06", wanted="2027-01-12")]
    res = ob.balance(ns, [], "2027-01", D("2026-12-01"), RULES, weekdays)
    assert [(p.on, len(p.needs)) for p in res.outages] == [(D("2027-01-11"), 3)]
    assert res.conflicts == []
    # a maintenance day serving as many works wins by its 时户数, even if later
    res = ob.balance(ns, [ob.Window("10kV城东线", D("2027-01-12"), 8.0)], "2027-01", D("2026-12-01"), RULES, weekdays)
    assert [(p.on, p.maintenance) for p in res.outages] == [(D("2027-01-12"), True)]


def test_unplaceable_needs_get_their_reasons_and_are_never_merged():
    ns = [need(1, ready="2027-01-20", wanted="2027-01-10"),  # not ready before it is wanted
          need(2, ready="2027-01-01", wanted="2027-01-05"),  # the notice cannot be lawful any more
          need(3, ready="2027-01-09", wanted="2027-01-10"),  # a weekend only
          need(4, ready="2027-01-04", wanted="2027-01-29"), need(5, ready="2027-01-25", wanted="2027-02-20"),
          need(6, ready="2027-01-04", wanted="2027-01-14")]
    res = ob.balance(ns, [], "2027-01", D("2027-01-01"), RULES, weekdays)
    reasons = {c.need.case_no: c.reason for c in res.conflicts}
    assert reasons == {ns[0].case_no: "not_ready", ns[1].case_no: "notice_too_late", ns[2].case_no: "no_window",
                       ns[4].case_no: "not_ready"}
    served = [n.case_no for p in res.outages for n in p.needs]
    assert sorted(served) == sorted([ns[3].case_no, ns[4].case_no, ns[5].case_no])
    assert all(p.on >= D("2027-01-08") for p in res.outages)  # 7 calendar days after the as-of day
    # a need wanted before the feeder's main outage conflicts by its wanted-by date
    res = ob.balance([need(1, ready="2027-01-18", wanted="2027-01-29"), need(2, ready="2027-01-19"),
                      need(3, ready="2027-01-08", wanted="2027-01-12")], [], "2027-01", D("2027-01-01"), RULES, weekdays)
    assert [(c.need.case_no, c.reason) for c in res.conflicts] == [(need(3).case_no, "wanted_conflict")]


def test_groups_by_feeder_and_section_and_warns_of_repeated_outages():
    ns = [need(1), need(2, section="#12开关后段"), need(3, feeder="10kV城西线")]
    res = ob.balance(ns, [], "2027-01", D("2026-12-01"), RULES, weekdays,
                     booked={"10kV城东线": [D("2026-12-10")]})
    assert len(res.outages) == 3
    (w,) = [w for w in res.warnings if w["kind"] == "repeated"]
    assert w["feeder"] == "10kV城东线" and w["count"] == 3
    assert not [w for w in res.warnings if w["kind"] == "after_cutoff"]
    late = ob.balance(ns, [], "2027-01", D("2026-12-21"), RULES, weekdays)
    assert {"kind": "after_cutoff", "cutoff": "2026-12-20"} in late.warnings


def test_the_rules_document_is_data_with_its_source(store):
    with store.reader() as s:
        doc = outage.rules_doc(s)
    assert doc["notice_days"] == 7 and "第二十八条" in doc["_source"]
    with pytest.raises(Refused):
        ob.check_rules({**doc, "notice_days": -1}, "x")


# --- the service -----------------------------------------------------------------------------------
def _case(s, name, account, kva=400, applied="2026-10-08", stage_to="PLAN"):
    no = cases.create_case(s, customer_name=name, account_no=account, capacity_kva=kva, applied_on=applied,
                           address="象山县丹东街道", township="丹东街道").case_no
    cases.finish_stage(s, no, "ACCEPT", "2026-10-09")
    cases.finish_stage(s, no, "SURVEY", "2026-10-12")
    return no


@pytest.fixture
def planned(store):
    """Three cases on one feeder, a maintenance day and a balanced January."""
    with store.session() as s:
        a = _case(s, "甲公司", "3300000001")
        b = _case(s, "乙公司", "3300000002")
        c = _case(s, "丙公司", "3300000003")
        outage.add_need(s, a, "10kV城东线", 4, "2027-01-05", "2027-01-29", customers=12, important=1,
                        substation="丹城变", work="T_JOIN")
        outage.add_need(s, b, "10kV城东线", 3, "2027-01-08", "2027-01-29", customers=12)
        outage.add_need(s, c, "10kV城东线", 2, "2027-01-20", "2027-01-29", customers=12)
        outage.add_window(s, "10kV城东线", "2027-01-13", 6)
    with store.session() as s:
        _, view = outage.balance(s, "2027-01", D("2026-12-15"))
    return store, (a, b, c), view


def test_balance_stores_drafts_and_says_why(planned):
    store, (a, b, c), view = planned
    j = outage.balance_json(view)
    main = next(o for o in j["outages"] if o["on"] == "2027-01-13")
    assert main["needs"] == [a, b] and main["maintenance"] and main["notice_by"] == "2027-01-06"
    assert [(x["case_no"], x["reason"]) for x in j["conflicts"]] == [(c, "not_ready")]
    # balancing again replaces the drafts: the same rows, no second plan
    with store.session() as s:
        _, again = outage.balance(s, "2027-01", D("2026-12-15"))
        assert s.query(PlannedOutage).filter_by(deleted=False).count() == 2
    assert [o["id"] for o in again["outages"]] == [o["id"] for o in view["outages"]]


def test_need_refused_before_the_supply_plan_and_for_bad_input(store):
    with store.session() as s:
        early = cases.create_case(s, customer_name="丁公司", account_no="3300000009", capacity_kva=400,
                                  applied_on="2026-10-08").case_no
    with store.session() as s:
        with pytest.raises(Refused) as e:
            outage.add_need(s, early, "10kV城东线", 4, "2027-01-05", "2027-01-29")
        assert e.value.code == "outage_need_stage"
    with store.session() as s:
        no = _case(s, "戊公司", "3300000010")
    for bad in ({"hours": 0}, {"hours": "x"}, {"feeder": ""}, {"ready": "2027-13-01"}, {"work": "NOPE"},
                {"customers": -1}):
        args = {"feeder": "10kV城东线", "hours": 4, "ready": "2027-01-05", "wanted": "2027-01-29", **bad}
        with store.session() as s, pytest.raises(Refused):
            outage.add_need(s, no, args.pop("feeder"), args.pop("hours"), args.pop("ready"), args.pop("wanted"),
                            **args)
    with store.reader() as s:
        assert outage.list_needs(s) == []


def test_confirm_with_a_notice_six_days_ahead_is_refused_with_the_dates(planned):
    store, _, view = planned
    oid = next(o["id"] for o in view["outages"] if o["on"] == "2027-01-13")
    with store.session() as s:
        with pytest.raises(Refused) as e:
            outage.confirm(s, oid, "2027-01-07")
    assert e.value.code == "outage_notice_late"
    assert "2027-01-13" in str(e.value) and "2027-01-07" in str(e.value) and "2027-01-06" in str(e.value)
    with store.reader() as s:
        o = s.get(PlannedOutage, oid)
        assert (o.status, o.version, o.notice_on) == ("draft", 1, None)
    with store.session() as s:
        outage.confirm(s, oid, "2027-01-06")
    with store.reader() as s:
        o = s.get(PlannedOutage, oid)
        assert (o.status, o.version, o.notice_on) == ("confirmed", 2, D("2027-01-06"))
        assert json.loads(o.history)[0]["status"] == "draft"


def test_states_every_change_a_version_and_an_announced_move_needs_a_new_notice(planned):
    store, (a, b, _), view = planned
    oid = next(o["id"] for o in view["outages"] if o["on"] == "2027-01-13")
    with store.session() as s:
        with pytest.raises(Refused):
            outage.announce(s, oid, "2027-01-05", "短信")  # not confirmed yet
        outage.confirm(s, oid, "2027-01-05")
        outage.announce(s, oid, "2027-01-05", "短信")
    with store.session() as s:
        with pytest.raises(Refused) as e:
            outage.move(s, oid, "2027-01-15", as_of=D("2027-01-05"))
        assert e.value.code == "outage_move_needs_notice"
    with store.session() as s:
        with pytest.raises(Refused) as e:
            outage.move(s, oid, "2027-01-15", notice_on="2027-01-10", as_of=D("2027-01-05"))
        assert e.value.code == "outage_notice_late"
    with store.session() as s:
        _, checks = outage.move(s, oid, "2027-01-15", notice_on="2027-01-08", channel="公告", as_of=D("2027-01-05"))
        assert checks == []
    with store.session() as s:
        outage.execute(s, oid)
        outage.finish(s, oid)
        with pytest.raises(Refused):
            outage.cancel(s, oid, "客户取消")
    with store.reader() as s:
        o = s.get(PlannedOutage, oid)
        assert (o.status, o.version, o.on, o.notice_channel) == ("done", 6, D("2027-01-15"), "公告")
        assert [h["status"] for h in json.loads(o.history)] == ["draft", "confirmed", "announced", "announced",
                                                                "executed"]


def test_moving_a_draft_checks_again_at_once(planned):
    store, (a, b, _), view = planned
    oid = next(o["id"] for o in view["outages"] if o["on"] == "2027-01-13")
    with store.session() as s:
        ch, checks = outage.move(s, oid, "2027-01-06", as_of=D("2026-12-15"))
    assert [c["check"] for c in checks] == ["not_ready"] and checks[0]["case_no"] == b
    with store.reader() as s:  # off the maintenance day: the longest work's hours, no window
        o = s.get(PlannedOutage, oid)
        assert (o.maintenance, o.hours, o.on) == (False, 4.0, D("2027-01-06"))
    assert ch.warnings and b in ch.warnings[0]
    with store.session() as s:
        outage.cancel(s, oid, "平衡会决定另行安排")
    with store.reader() as s:
        o = s.get(PlannedOutage, oid)
        assert (o.status, o.reason) == ("cancelled", "平衡会决定另行安排")


def test_at_risk_names_the_case_whose_energize_deadline_is_before_the_earliest_lawful_outage(store):
    with store.session() as s:
        soon = _case(s, "急公司", "3300000021")
        later = _case(s, "缓公司", "3300000022")
        # works done on 2026-12-02: 3 working days (the internal rule) end 2026-12-07, but an outage
        # announced on 2026-12-01 can be held on 2026-12-08 at the earliest
        outage.add_need(s, soon, "10kV城东线", 4, "2026-12-02", "2026-12-10")
        outage.add_need(s, later, "10kV城东线", 4, "2026-12-20", "2026-12-31")
    with store.reader() as s:
        risk = outage.at_risk(s, D("2026-12-01"))
    assert [(r["case_no"], r["energize_deadline"], r["earliest_outage"], r["announce_by"]) for r in risk] == [
        (soon, "2026-12-07", "2026-12-08", "2026-11-30")]
    with store.reader() as s:
        view = outage.plan_view(s, "2026-12", D("2026-12-01"))
    assert [r["case_no"] for r in view["at_risk"]] == [soon]


def test_documents_data_and_xlsx_sums_equal_the_json(planned, tmp_path):
    import openpyxl

    store, (a, b, c), _ = planned
    with store.reader() as s:
        data = outage.plan_document(s, "2027-01", D("2026-12-15"))
        oid = next(o["id"] for o in data["rows"] if o["on"] == "2027-01-13")
        notices = outage.notices_document(s, oid)
    out = outage.write_plan_xlsx(data, tmp_path / "plan.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    rows = [r for r in ws.iter_rows(min_row=3, values_only=True)]
    body, total = rows[:-1], rows[-1]
    assert total[0] == "合计"
    assert sum(r[7] for r in body) == total[7] == data["totals"]["works"] == 3
    assert sum(r[10] for r in body) == total[10] == data["totals"]["saved"]
    assert sum(r[9] for r in body) == total[9] == data["totals"]["household_hours"]
    assert [n["case_no"] for n in notices["notices"]] == [a, b]
    assert notices["notices"][0]["work_name"] == "T接" and notices["townships"] == ["丹东街道"]


def test_windows_import_from_xlsx_checks_every_row_first(store, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["线路", "日期", "时长", "备注"])
    wb.active.append(["10kV城东线", dt.datetime(2027, 1, 13), 6, "春检"])
    wb.active.append(["10kV城西线", "2027-01-14", "x", ""])
    wb.save(tmp_path / "w.xlsx")
    with store.session() as s, pytest.raises(Refused) as e:
        outage.import_windows(s, tmp_path / "w.xlsx")
    assert "3" in str(e.value)
    wb.active.delete_rows(3)
    wb.save(tmp_path / "w.xlsx")
    with store.session() as s:
        assert outage.import_windows(s, tmp_path / "w.xlsx") == {"imported": 1}
        assert outage.import_windows(s, tmp_path / "w.xlsx") == {"imported": 1}  # the same row again
    with store.reader() as s:
        view = outage.plan_view(s, "2027-01", D("2026-12-15"))
    assert view["windows"] == [{"feeder": "10kV城东线", "on": "2027-01-13", "hours": 6.0, "note": "春检"}]


def test_sync_round_trip_between_two_laptops(trio):
    a, b, _ = trio
    with a.store.session() as s:
        no = _case(s, "甲公司", "3300000031")
        outage.add_need(s, no, "10kV城东线", 4, "2027-01-05", "2027-01-29", customers=5)
        outage.add_window(s, "10kV城东线", "2027-01-13", 6)
    with a.store.session() as s:
        _, view = outage.balance(s, "2027-01", D("2026-12-15"))
        outage.confirm(s, view["outages"][0]["id"], "2027-01-05")
    b.receive(a.send(b))
    with b.store.reader() as s:
        got = outage.plan_view(s, "2027-01", D("2026-12-15"))
    assert [(o["on"], o["needs"], o["status"], o["version"]) for o in got["outages"]] == [
        ("2027-01-13", [no], "confirmed", 2)]
    assert got["windows"] == view["windows"]
    # and back: b announces, a sees it
    with b.store.session() as s:
        outage.announce(s, got["outages"][0]["id"], "2027-01-05", "短信")
    a.receive(b.send(a))
    with a.store.reader() as s:
        assert outage.plan_view(s, "2027-01", D("2026-12-15"))["outages"][0]["status"] == "announced"


def test_a_fresh_store_has_the_tables(tmp_path):
    st = Store.open(tmp_path / "new.db")
    try:
        with st.reader() as s:
            assert outage.plan_view(s, "2027-01", D("2026-12-01"))["outages"] == []
    finally:
        st.dispose()


def test_meeting_items_say_why_in_words(store):
    with store.session() as s:
        late = _case(s, "己公司", "3300000041")
        outage.add_need(s, late, "10kV城南线", 2, "2027-01-25", "2027-01-20")  # ready after it is wanted
    with store.session() as s:
        _, view = outage.balance(s, "2027-01", D("2026-12-15"))
    (item,) = view["conflicts"]
    assert item["reason"] == "not_ready" and "2027-01-25" in item["message"] and "2027-01-20" in item["message"]
    assert "-" not in item["message"].replace("2027-01-25", "").replace("2027-01-20", "")


def test_a_refused_step_names_the_states_in_words(planned):
    store, _, view = planned
    oid = view["outages"][0]["id"]
    with store.session() as s, pytest.raises(Refused) as e:
        outage.execute(s, oid)
    assert "草案" in str(e.value) and "已执行" in str(e.value)


def test_a_case_already_in_energize_is_judged_by_its_own_clock(case_accepted):
    """ENERGIZE started on 2026-11-05 (completion passed): 3 working days end on 11-10 whatever the
    need's ready-from day says; on 11-06 the earliest lawful outage is 11-13."""
    db, no = case_accepted
    st = Store.open(db)
    try:
        with st.session() as s:
            outage.add_need(s, no, "10kV城东线", 4, "2026-11-20", "2026-11-30")
        with st.reader() as s:
            (r,) = outage.at_risk(s, D("2026-11-06"))
            assert (r["case_no"], r["energize_deadline"], r["earliest_outage"]) == (no, "2026-11-10", "2026-11-13")
            assert r["announce_by"] == "2026-11-03"
    finally:
        st.dispose()


def test_a_hostile_windows_workbook_is_refused_before_it_is_unpacked(db_path, tmp_path):
    """The windows import read any workbook with openpyxl unguarded; a zip bomb (a sheet of 300 MB of
    zeros, packed to a few hundred kB) is now refused by the ledger's guards, and nothing changes."""
    import zipfile

    from tests.helpers import db_digest

    bomb = tmp_path / "windows.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (300 * 1024 * 1024))
    before = db_digest(db_path)
    from app.store import Store

    store = Store.open(db_path)
    try:
        with store.session() as s, pytest.raises(Refused) as e:
            outage.import_windows(s, bomb)
    finally:
        store.dispose()
    assert e.value.code == "outage_xlsx_unreadable" and "windows.xlsx" in str(e.value)
    assert "解压后异常庞大" in str(e.value)  # said by the guard, before openpyxl opened anything
    assert db_digest(db_path) == before

"""After energisation (issue 20): follow-ups, satisfaction, the case evaluation, the monthly analysis
meeting and the audit sample, through the real CLI (in process) on a real database file, and the
service functions other areas call (satisfaction, deviations, coverage, due, evaluate)."""
from __future__ import annotations

import datetime as dt
import json

from app.services import evaluation, followups
from app.store import Store
from tests.helpers import db_digest, flat, ok, pdf_text, refused

D = dt.date


def _read(db, fn, *args, **kw):
    store = Store.open(db)
    try:
        with store.reader() as s:
            return fn(s, *args, **kw)
    finally:
        store.dispose()


def test_a_case_finished_late_in_march_is_on_the_march_agenda_with_its_stage_and_over_run(march_cases):
    db, late, on_time = march_cases
    ag = json.loads(ok(db, "analysis", "agenda", "--month", "2026-03", "--json"))
    assert set(ag) >= {"figures", "late_cases", "deviations", "overdue_open", "long_pauses"}
    assert [c["case_no"] for c in ag["late_cases"]] == [late]
    stages = ag["late_cases"][0]["stages"]
    # PLAN took 6 working days against 2 (internal); 受理至收费 11 against 7, put on PLAN too
    assert {"code": "PLAN", "rule_set": "internal", "over_wd": 4} in [
        {k: x[k] for k in ("code", "rule_set", "over_wd")} for x in stages]
    f = ag["figures"]
    assert f["finished"] == 2 and f["late"] == 1
    internal = next(r for r in f["rule_sets"] if r["rule_set"] == "internal")
    assert (internal["n"], internal["met"], internal["missed"]) == (2, 1, 1)
    assert {m["manager"]: m["late"] for m in f["managers"]} == {"张伟": 1, "李海燕": 0}
    # not on April's agenda
    april = json.loads(ok(db, "analysis", "agenda", "--month", "2026-04", "--json"))
    assert april["late_cases"] == [] and april["figures"]["finished"] == 0


def test_the_evaluation_stays_open_until_the_late_stage_has_a_cause(march_cases):
    db, late, on_time = march_cases
    ev = json.loads(ok(db, "evaluate", late, "--json"))
    assert ev["complete"] is False and ev["missing"] == ["cause:PLAN"]
    plan = next(st for st in ev["stages"] if st["code"] == "PLAN")
    assert plan["compliance"]["internal"]["status"] == "missed" and plan["compliance"]["internal"]["over_wd"] == 4
    assert plan["compliance"]["external"]["status"] == "met" if "external" in plan["compliance"] else True
    assert ev["documents"]["survey_recorded"] is False and ev["followup"]["done"] == 0
    causes = json.loads(ok(db, "evaluate", "--list-causes", "--json"))
    assert [c["code"] for c in causes] == ["CUSTOMER", "GRID", "OUTAGE", "METERING", "INTERNAL", "DESIGN_REWORK",
                                           "POLICY", "OTHER"]
    ok(db, "evaluate", late, "--cause", "PLAN=GRID", "--note", "丹城变间隔不足")
    ev = json.loads(ok(db, "evaluate", late, "--json"))
    assert ev["complete"] is True and ev["missing"] == []
    assert ev["causes"]["PLAN"] == {"code": "GRID", "note": "丹城变间隔不足", "name": "电网卡脖子"}
    assert ev["completed_on"] is not None
    # the on-time case is complete from the start
    assert json.loads(ok(db, "evaluate", on_time, "--json"))["complete"] is True
    # the function the bulletins call gives the same
    assert _read(db, evaluation.evaluate, late)["causes"]["PLAN"]["code"] == "GRID"


def test_bad_causes_are_refused_and_change_nothing(march_cases):
    db, late, on_time = march_cases
    before = db_digest(db)
    assert "装表接电" in refused(db, "evaluate", late, "--cause", "ENERGIZE=GRID")  # on time
    refused(db, "evaluate", on_time, "--cause", "PLAN=GRID")
    assert "WEATHER" in refused(db, "evaluate", late, "--cause", "PLAN=WEATHER")
    refused(db, "evaluate", late, "--cause", "PLAN")
    assert db_digest(db) == before


def test_a_follow_up_by_the_cases_own_manager_is_not_counted_and_an_unanswered_question_stays_missing(march_cases):
    db, late, on_time = march_cases
    own = ok(db, "followup", "add", late, "--on", "2026-04-03", "--by", "张伟", "--mode", "visit",
             "--answers", "总体满意=5,时限=5")
    other = ok(db, "followup", "add", late, "--on", "2026-04-08", "--by", "回访员王芳", "--mode", "phone",
               "--answers", "总体满意=5,时限=3,服务态度=4", "--text", "希望缩短方案答复时间")
    assert own != other
    rows = json.loads(ok(db, "followup", "list", late, "--json"))
    assert [r["self_reported"] for r in rows] == [True, False]
    # 技术指导 and the others were not asked: absent, never a default
    assert rows[1]["answers"] == {"OVERALL": 5, "TIMELINESS": 3, "ATTITUDE": 4}
    sat = json.loads(ok(db, "satisfaction", "--month", "2026-04", "--json"))
    assert sat == [{"group": "all", "n": 3, "satisfied": 2, "rate": 0.6667, "cases": 1}]
    by_manager = json.loads(ok(db, "satisfaction", "--month", "2026-04", "--by", "manager", "--json"))
    assert [(r["group"], r["n"], r["satisfied"]) for r in by_manager] == [("张伟", 3, 2)]
    by_station = _read(db, followups.satisfaction, D(2026, 4, 1), D(2026, 4, 30), "station")
    assert [r["group"] for r in by_station] == ["丹城供电所"]
    assert _read(db, followups.satisfaction, D(2026, 5, 1), D(2026, 5, 31)) == [
        {"group": "all", "n": 0, "satisfied": 0, "rate": None, "cases": 0}]
    # recorded on the manager's own laptop, a callback by someone else is self-reported too
    store = Store.open(db)
    with store.session() as s:
        from app.services.settings import update_settings

        update_settings(s, user="张伟")
    store.dispose()
    ok(db, "followup", "add", late, "--on", "2026-04-09", "--by", "回访员王芳", "--mode", "phone",
       "--answers", "总体满意=1")
    assert json.loads(ok(db, "followup", "list", late, "--json"))[-1]["self_reported"] is True
    assert json.loads(ok(db, "satisfaction", "--month", "2026-04", "--json"))[0]["n"] == 3
    cov = _read(db, followups.coverage, D(2026, 3, 1), D(2026, 3, 31))
    assert (cov["finished"], cov["followed_up"], cov["rate"]) == (2, 1, 0.5)
    # the evaluation's follow-up score counts the counted one only: (5 + 3 + 4) / 3
    assert json.loads(ok(db, "evaluate", late, "--json"))["followup"] == {"done": 3, "counted": 1, "answers": 3,
                                                                          "score": 4.0}


def test_a_customer_reported_application_date_three_days_earlier_is_a_deviation_on_the_agenda(march_cases):
    db, late, on_time = march_cases
    ok(db, "followup", "add", late, "--on", "2026-03-31", "--by", "回访员王芳", "--mode", "phone",
       "--customer-applied", "2026-02-27", "--customer-energized", "2026-03-27")
    ag = json.loads(ok(db, "analysis", "agenda", "--month", "2026-03", "--json"))
    assert ag["deviations"] == [{"case_no": late, "field": "applied_on", "recorded": "2026-03-02",
                                 "reported": "2026-02-27", "days": 3, "followup_id": ag["deviations"][0]["followup_id"]}]
    assert _read(db, followups.deviations, D(2026, 3, 1), D(2026, 3, 31))[0]["days"] == 3


def test_bad_follow_ups_are_refused_and_change_nothing(march_cases):
    db, late, on_time = march_cases
    before = db_digest(db)
    assert "6" in refused(db, "followup", "add", late, "--on", "2026-04-03", "--by", "王芳", "--mode", "phone",
                          "--answers", "总体满意=6")
    refused(db, "followup", "add", late, "--on", "2026-04-03", "--by", "王芳", "--mode", "phone", "--answers", "颜值=5")
    refused(db, "followup", "add", late, "--on", "2026-04-03", "--by", "王芳", "--mode", "phone",
            "--answers", "总体满意=5,OVERALL=4")
    assert "2026-03-27" in refused(db, "followup", "add", late, "--on", "2026-03-26", "--by", "王芳", "--mode", "phone")
    opened = ok(db, "case", "new", "--customer", "丙公司", "--account", "4140051518", "--kva", "400",
                "--applied", "2026-03-02")
    before = db_digest(db)
    refused(db, "followup", "add", opened, "--on", "2026-04-03", "--by", "王芳", "--mode", "phone")
    refused(db, "followup", "add", late, "--on", "2099-04-03", "--by", "王芳", "--mode", "phone")
    assert db_digest(db) == before


def test_due_follow_ups_and_their_actions(march_cases):
    db, late, on_time = march_cases
    # 5 working days after power on: 03-20 -> 03-27, 03-27 -> 04-03
    due = json.loads(ok(db, "followup", "due", "--as-of", "2026-03-31", "--json"))
    assert [(r["case_no"], r["planned_on"]) for r in due] == [(on_time, "2026-03-27")]
    due = [r["case_no"] for r in _read(db, followups.due, D(2026, 4, 3))]
    assert due == [on_time, late]
    assert [r["case_no"] for r in _read(db, followups.due, D(2026, 4, 3), "张伟")] == [late]
    fid = ok(db, "followup", "add", late, "--on", "2026-04-03", "--by", "王芳", "--mode", "wechat")
    assert [r["case_no"] for r in _read(db, followups.due, D(2026, 4, 3))] == [on_time]
    aid = ok(db, "followup", "act", fid, "--text", "补发电费结算说明", "--owner", "张伟", "--due", "2026-04-10")
    today = _read(db, followups.today_items, D(2026, 4, 13))
    assert [a["id"] for a in today["actions"]] == [aid] and today["actions"][0]["case_no"] == late
    ok(db, "followup", "done", aid, "--on", "2026-04-13")
    assert _read(db, followups.today_items, D(2026, 4, 13))["actions"] == []
    refused(db, "followup", "done", aid, "--on", "2026-04-14")


def test_the_meeting_records_attendance_conclusions_and_measures_and_the_minutes_show_them(march_cases, tmp_path):
    db, late, on_time = march_cases
    refused(db, "analysis", "conclude", late, "--month", "2026-03", "--text", "x")  # no meeting yet
    ok(db, "analysis", "hold", "--month", "2026-03", "--on", "2026-04-07", "--chair", "王主任",
       "--attendance", "张伟,李海燕,王强", "--place", "三楼会议室")
    ok(db, "analysis", "conclude", late, "--month", "2026-03", "--text", "丹城变间隔不足,提前与发展策划部会商")
    before = db_digest(db)
    refused(db, "analysis", "conclude", on_time, "--month", "2026-03", "--text", "按时")  # not on the agenda
    assert db_digest(db) == before
    mid = ok(db, "analysis", "measure", "--month", "2026-03", "--text", "500kVA以下方案当日会商", "--owner", "张伟",
             "--due", "2026-04-30", "--case", late)
    ag = json.loads(ok(db, "analysis", "agenda", "--month", "2026-03", "--json"))
    assert ag["meeting"]["attendance"] == ["张伟", "李海燕", "王强"]
    assert ag["meeting"]["conclusions"][0]["case_no"] == late
    assert ag["meeting"]["measures"][0]["id"] == mid
    # next month, the measure is followed up
    april = json.loads(ok(db, "analysis", "agenda", "--month", "2026-05", "--json"))
    assert [a["id"] for a in april["open_actions"]] == [mid] and april["open_actions"][0]["overdue"]
    out = tmp_path / "minutes.pdf"
    ok(db, "analysis", "minutes", "--month", "2026-03", "--out", str(out))
    body = flat(pdf_text(out))
    assert "业扩报装月度分析会会议纪要" in body
    assert "丹城变间隔不足,提前与发展策划部会商" in body and late in body
    assert "500kVA以下方案当日会商" in body and "王主任" in body


def test_the_audit_sample_is_the_same_for_the_same_seed(db_path):
    from tests.conftest import ON_TIME_MARCH, _new, finish_all

    store = Store.open(db_path)
    with store.session() as s:
        for i in range(14):
            finish_all(s, _new(s, f"客户{i:02d}", f"41400515{i:02d}", "2026-03-02",
                               contact=f"联系人{i} 1380000{i:04d}"), ON_TIME_MARCH)
    store.dispose()
    args = ("audit", "sample", "--from", "2026-03-01", "--to", "2026-03-31")
    a = json.loads(ok(db_path, *args, "--seed", "7", "--json"))
    b = json.loads(ok(db_path, *args, "--seed", "7", "--json"))
    c = json.loads(ok(db_path, *args, "--seed", "8", "--json"))
    assert a == b and a["population"] == 14
    assert len(a["callbacks"]) == 10 and len(a["site_visits"]) == 2
    assert not {r["case_no"] for r in a["callbacks"]} & {r["case_no"] for r in a["site_visits"]}
    assert a["callbacks"][0]["contact"].startswith("联系人")
    assert [r["case_no"] for r in a["callbacks"]] != [r["case_no"] for r in c["callbacks"]]
    # no survey recorded them as HV-metered: the shortfall is said, not hidden
    assert {"what": "callbacks_hv", "wanted": 5, "got": 0} in a["short"]
    assert "联系人" in ok(db_path, *args, "--seed", "7")


def test_the_tracking_ledger_per_manager_has_state_next_deadline_open_actions_and_follow_up_due(march_cases, tmp_path):
    from openpyxl import load_workbook

    db, late, on_time = march_cases
    opened = ok(db, "case", "new", "--customer", "丙公司", "--account", "4140051518", "--kva", "400",
                "--applied", "2026-04-01", "--manager", "张伟")
    fid = ok(db, "followup", "add", late, "--on", "2026-04-03", "--by", "张伟", "--mode", "visit")
    ok(db, "followup", "act", fid, "--text", "补发电费结算说明", "--owner", "张伟", "--due", "2026-04-10")
    out = tmp_path / "台账.xlsx"
    ok(db, "ledger", "export", "--out", str(out), "--tracking", "--as-of", "2026-04-06")
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert list(rows[0])[-4:] == ["状态", "下一期限", "未完成措施", "回访到期"]
    by_no = {r[0]: r[-4:] for r in rows[1:]}
    assert by_no[late][0] == "已送电" and by_no[late][2] == 1 and by_no[late][3] is None  # followed up
    assert by_no[on_time][3].date() == D(2026, 3, 27)  # 5 working days after 03-20, not followed up
    assert by_no[opened][0] == "业务受理 超期" and by_no[opened][1].date() == D(2026, 4, 2)
    mine = tmp_path / "mine.xlsx"
    ok(db, "ledger", "export", "--out", str(mine), "--manager", "张伟", "--tracking", "--as-of", "2026-04-06")
    assert {r[0] for r in list(load_workbook(mine).worksheets[0].iter_rows(values_only=True))[1:]} == {late, opened}
    # the plain ledger keeps the layout the import reads back
    plain = tmp_path / "plain.xlsx"
    ok(db, "ledger", "export", "--out", str(plain))
    assert "状态" not in list(load_workbook(plain).worksheets[0].iter_rows(values_only=True))[0]


def test_the_agenda_of_a_month_shows_the_deviations_of_its_cases_found_after_the_month(march_cases):
    db, late, on_time = march_cases
    # the March case followed up in April, before the March meeting
    ok(db, "followup", "add", late, "--on", "2026-04-06", "--by", "回访员王芳", "--mode", "phone",
       "--customer-energized", "2026-03-25")
    ag = json.loads(ok(db, "analysis", "agenda", "--month", "2026-03", "--as-of", "2026-04-07", "--json"))
    assert [(d["case_no"], d["field"], d["days"]) for d in ag["deviations"]] == [(late, "energized_on", 2)]
    # the contract function keeps to follow-ups done in the period
    assert _read(db, followups.deviations, D(2026, 3, 1), D(2026, 3, 31)) == []
    assert len(_read(db, followups.deviations, D(2026, 4, 1), D(2026, 4, 30))) == 1


def test_follow_ups_evaluations_and_the_meeting_sync_like_cases(trio):
    from app.services import analysis
    from tests.conftest import LATE_MARCH, _new, finish_all
    from tests.helpers import digest

    a, b, sup = trio
    with a.store.session() as s:
        no = _new(s, "和泰电器有限公司", "4140051516", "2026-03-02", manager="李海燕")  # recorded by 张伟: counts
        finish_all(s, no, LATE_MARCH)
    fid = a.do(followups.add_followup, no, "2026-04-03", "回访员王芳", "phone", "总体满意=5").created_id
    a.do(followups.add_action, "followup", fid, "补发说明", "张伟", "2026-04-10")
    a.do(evaluation.set_cause, no, "PLAN", "GRID", "间隔不足")
    # both the supervisor and a manager record the March meeting: one meeting (natural id) after sync
    sup.do(analysis.hold, "2026-03", "2026-04-07", "王主任", "张伟,李海燕")
    a.do(analysis.hold, "2026-03", "2026-04-07", "王主任", "张伟,李海燕,王强")
    sup.receive(a.send(sup))
    a.receive(sup.send(a))
    b.receive(sup.send(b))
    assert digest(a.path) == digest(b.path) == digest(sup.path)
    with b.store.reader() as s:
        assert evaluation.evaluate(s, no)["complete"] is True
        assert followups.satisfaction(s, D(2026, 4, 1), D(2026, 4, 30))[0]["n"] == 1
        assert followups.open_actions(s, D(2026, 4, 13))[0]["overdue"]
        meeting = analysis.agenda(s, "2026-03", D(2026, 4, 8))["meeting"]
        assert meeting["chair"] == "王主任" and len(meeting["attendance"]) in (2, 3)


def _publish(s, kind: str, data: dict, tmp_path):
    from app.services import config_docs

    path = tmp_path / f"{kind}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return config_docs.publish(s, kind, path)


def test_the_settings_questionnaire_and_causes_are_versioned_data(store, tmp_path):
    import pytest

    from app.errors import Refused

    with store.session() as s:
        cfg = store.config(s)
        for kind in ("questionnaire", "late_causes", "aftercare"):
            assert cfg.doc(kind).source  # every file names its source
        bad = dict(cfg.doc("questionnaire").data, version=2, scale={"min": 5, "max": 1})
        with pytest.raises(Refused) as exc:
            _publish(s, "questionnaire", bad, tmp_path)
        assert exc.value.code == "doc_bad" and "scale" in str(exc.value)
        bad = dict(cfg.doc("aftercare").data, version=2,
                   audit={"callbacks": 2, "callbacks_hv": 5, "site_visits": 2, "site_visits_hv": 1})
        with pytest.raises(Refused):
            _publish(s, "aftercare", bad, tmp_path)
        # only 5 counts as satisfied from version 2 on; follow-up after 3 working days
        _publish(s, "aftercare", dict(cfg.doc("aftercare").data, version=2, satisfied_scores=[5],
                                      followup_after_wd=3), tmp_path)
    with store.session() as s:
        assert followups.parse_answers(s, "总体满意=4, TIMELINESS=5") == {"OVERALL": 4, "TIMELINESS": 5}
        from app import aftercare

        assert aftercare.settings(store.config(s))["satisfied_scores"] == [5]


def test_long_pauses_and_open_cases_overdue_are_on_the_agenda(march_cases):
    db, late, on_time = march_cases
    opened = ok(db, "case", "new", "--customer", "丙公司", "--account", "4140051518", "--kva", "400",
                "--applied", "2026-03-02", "--manager", "张伟")
    ok(db, "stage", "finish", opened, "ACCEPT", "--on", "2026-03-03")
    ok(db, "stage", "pause", opened, "--on", "2026-03-04", "--reason", "CUSTOMER_DOCUMENTS", "--note", "缺产权证明")
    ag = json.loads(ok(db, "analysis", "agenda", "--month", "2026-03", "--as-of", "2026-04-07", "--json"))
    # paused from 03-04 to the month's end: 19 working days, over the 10 of the after-care settings
    assert [(p["case_no"], p["stage"], p["wd"], p["limit_wd"]) for p in ag["long_pauses"]] == [
        (opened, "SURVEY", 19, 10)]
    ok(db, "stage", "resume", opened, "--on", "2026-04-01")
    ag = json.loads(ok(db, "analysis", "agenda", "--month", "2026-04", "--as-of", "2026-04-07", "--json"))
    assert [w["case_no"] for w in ag["overdue_open"]] == [opened]  # SURVEY: 3 working days from 04-01
    assert ag["overdue_open"][0]["stage"] == "SURVEY"


def test_a_case_energised_long_ago_is_no_follow_up_due_today(march_cases):
    db, late, on_time = march_cases
    # 90 days (the after-care settings' window) after 03-20 and 03-27
    assert [r["case_no"] for r in _read(db, followups.due, D(2026, 6, 22))] == [late]
    assert _read(db, followups.due, D(2026, 6, 26)) == []
    assert _read(db, followups.coverage, D(2026, 3, 1), D(2026, 3, 31))["followed_up"] == 0

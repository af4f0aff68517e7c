"""Training mode (issue 15): with an as-of day (the GUI's ``--as-of``, ``store.training_day``) every
"today" of the workbench is that day, not the wall clock: default dates, the business date of
events, meeting decisions, setting-sheet versions, review letters, the views, and the calendar's
missing-year warning (no "2027 missing" while today is 2012). Real SQLite files, real services and
the real main window; each test fails with the wall-clock date the code used before."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import Case, CaseEvent
from app.services import calendar as cal_svc
from app.services import cases as case_svc
from app.services import design_review as review_svc
from app.services import documents, meetings, query, temp_supply
from app.services import setting_sheets as sheet_svc
from tests.helpers import hold_meeting, open_window, wait_idle

AS_OF = dt.date(2012, 6, 20)  # a Wednesday; the seed's case was applied for on 2012-06-18
SHEET = {"sk_max_mva": 300, "sk_min_mva": 200, "kva": 800, "uk_pct": 4.5, "ct": "100/5", "feeder_inst_a": 2400,
         "feeder_oc_a": 600, "feeder_oc_time_s": 0.6}


@pytest.fixture
def training(store):
    """A store in training mode on AS_OF, with a 2012 case (800 kVA: it needs a review meeting)."""
    store.training_day = AS_OF
    with store.session() as s:
        no = case_svc.create_case(s, customer_name="象山和泰", account_no="3300000012", capacity_kva=800,
                                  applied_on="2012-06-18").case_no
    return store, no


def _events(store, no, kind):
    with store.reader() as s:
        case = s.scalar(select(Case).where(Case.case_no == no))  # a deleted case too
        return list(s.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.kind == kind)))


def test_a_new_case_without_a_date_is_applied_for_on_the_as_of_day(training):
    store, _ = training
    with store.session() as s:
        no = case_svc.create_case(s, customer_name="乙", account_no="3300000013", capacity_kva=200).case_no
    with store.reader() as s:
        assert case_svc.get_case(s, no).applied_on == AS_OF


def test_edit_and_delete_take_effect_on_the_as_of_day(training):
    store, no = training
    with store.session() as s:
        case_svc.edit_case(s, no, contact="李四 13800000000")
    assert [e.effective_on for e in _events(store, no, "CASE_EDITED")] == [AS_OF]
    with store.session() as s:
        other = case_svc.create_case(s, customer_name="丙", account_no="3300000014", capacity_kva=200,
                                     applied_on="2012-06-19").case_no
        case_svc.delete_case(s, other, "重复录入")
    assert [e.effective_on for e in _events(store, other, "CASE_DELETED")] == [AS_OF]


def test_setting_sheet_versions_are_made_and_issued_on_the_as_of_day(training):
    store, no = training
    with store.session() as s:
        sid = sheet_svc.new_sheet(s, no, SHEET).created_id
    with store.session() as s:
        sheet_svc.issue_sheet(s, sid)
    with store.reader() as s:
        sheet = sheet_svc.sheets_of(s, no)[-1]
    assert sheet["created_on"] == sheet["issued_on"] == AS_OF.isoformat()
    assert {e.effective_on for e in _events(store, no, "SETTING_SHEET")} == {AS_OF}


def test_meeting_agenda_and_decision_follow_the_as_of_day(training):
    store, no = training
    with store.session() as s:
        later = meetings.new_meeting(s, "2012-06-25 09:00", "三楼会议室", "王主任").meeting_id
        meetings.add_case(s, later, no)
    assert [e.effective_on for e in _events(store, no, "MEETING_AGENDA")] == [AS_OF]
    # held after the as-of day (though long before the wall clock): not held yet, so no decision
    with store.session() as s:
        with pytest.raises(case_svc.Refused) as exc:
            meetings.decide(s, later, no, "approve")
        assert exc.value.code == "meeting_not_held"
        with pytest.raises(case_svc.Refused) as exc:
            meetings.set_minutes(s, later, "纪要")
        assert exc.value.code == "minutes_not_held"
    with store.session() as s:
        meetings.postpone_meeting(s, later, "2012-06-27 09:00", "主任出差")
        meetings.drop_case(s, later, no)
    for kind in ("MEETING_POSTPONED", "MEETING_DROPPED"):
        assert [e.effective_on for e in _events(store, no, kind)] == [AS_OF], kind


def test_design_review_events_and_a_draft_letter_are_dated_on_the_as_of_day(training):
    store, no = training
    with store.session() as s:
        case_svc.finish_stage(s, no, "ACCEPT", "2012-06-18")
        case_svc.finish_stage(s, no, "SURVEY", "2012-06-19")
        hold_meeting(s, no, "2012-06-19")
        case_svc.finish_stage(s, no, "PLAN", "2012-06-19")
        case_svc.finish_stage(s, no, "FEES", "2012-06-19")
        review_svc.open_review(s, no, "2012-06-20", institute="宁波电力设计院")
        review_svc.add_opinion(s, no, "电缆截面偏小", must_fix=True)
        review_svc.set_participants(s, no, "张伟:营销,李海燕:运检")
    for kind in ("REVIEW_OPINION", "REVIEW_PARTICIPANTS"):
        assert [e.effective_on for e in _events(store, no, kind)] == [AS_OF], kind
    with store.reader() as s:
        letter = review_svc.letter_data(s, no)
    assert letter["draft"] and letter["issued_on"] == AS_OF.isoformat()


def test_temporary_supply_advice_defaults_to_the_as_of_day(training):
    store, _ = training
    with store.session() as s:
        tmp = case_svc.create_case(s, customer_name="临时工地", account_no="3300000015", capacity_kva=315,
                                   business_type="TEMPORARY", applied_on="2012-06-18").case_no
        temp_supply.record_temp_advice(s, tmp, room="箱变", transformer="SCB13-630", switchgear="环网柜")
    with store.reader() as s:
        advice = temp_supply.stored(case_svc.get_case(s, tmp))["advice"]
    assert advice["recorded_on"] == AS_OF.isoformat()
    assert [e.effective_on for e in _events(store, tmp, "TEMP_ADVICE")] == [AS_OF]


def test_views_without_a_date_are_as_of_the_as_of_day(training):
    store, no = training
    with store.reader() as s:
        view = query.case_view(s, no)
        rows = query.list_cases(s)
        warns = query.warnings(s)
        handbook = documents.handbook_data(s, no)
    # ACCEPT (1 wd) ran from 06-18: overdue by a day on 06-20, not by 14 years
    accept = next(st for st in view["stages"] if st["code"] == "ACCEPT")
    assert accept["remaining_wd"] == -1
    assert [r.remaining_wd for r in rows if r.case_no == no] == [-1]
    assert [w["remaining_wd"] for w in warns if w["case_no"] == no] == [-1]
    assert handbook["issued_on"] == AS_OF.isoformat()


def test_the_calendar_does_not_warn_about_2027_while_today_is_2012(training):
    store, _ = training
    with store.reader() as s:
        years = cal_svc.calendar_years(s)
        assert cal_svc.missing_next_year(s) is None
        assert cal_svc.missing_next_year(s, dt.date(2012, 11, 2)) is None  # 2013 is known
    assert not [y["year"] for y in years if not y["covered"]]
    assert {2012, 2013} <= {y["year"] for y in years}


def test_an_uncovered_year_the_cases_reach_is_still_shown(training):
    store, _ = training
    store.training_day = dt.date(2026, 12, 1)
    with store.reader() as s:
        years = cal_svc.calendar_years(s)
        assert cal_svc.missing_next_year(s) == 2027  # December 2026: 2027's deadlines are near
    assert [y["year"] for y in years if not y["covered"]] == [2027]


def test_the_window_in_training_mode_shows_2012_everywhere(qtbot, app_zh, db_path):
    from app.store import Store

    st = Store.open(db_path)
    with st.session() as s:
        no = case_svc.create_case(s, customer_name="象山和泰", account_no="3300000012", capacity_kva=400,
                                  applied_on="2012-06-18").case_no
    st.dispose()
    win = open_window(qtbot, db_path, AS_OF)
    assert win.today_page.as_of == AS_OF and "2012-06-20" in win.today_page.title.text()
    win.show_page("calendar")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: win.calendar_page.years.count() > 0, timeout=10000)
    years = [win.calendar_page.years.item(i).text() for i in range(win.calendar_page.years.count())]
    assert not [t for t in years if "2027" in t], years
    assert win.banner.isHidden()
    # a new case's application date defaults to (and cannot pass) the as-of day
    dlg = win.new_case_dialog()
    qtbot.addWidget(dlg)
    assert dlg.applied.date().toPython() == AS_OF and dlg.applied.maximumDate().toPython() == AS_OF
    # the Today page, before any snapshot arrives, already counts from the as-of day
    from ui.today_page import TodayPage

    assert TodayPage(win).as_of == AS_OF
    assert no

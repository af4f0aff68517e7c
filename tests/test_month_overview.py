"""The month overview (issue 16): the manager's deadlines and appointments of a month with working
days and holidays marked, from the services and in the calendar page."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.services.agenda import month_overview, waiting_for_customers
from tests.helpers import ok, open_window, wait_idle

D = dt.date


@pytest.fixture
def month_db(case_at_mid):
    """case_at_mid (张伟) with a mid inspection on 2026-10-20 that raised one item, plus another
    manager's case whose survey falls in the same month."""
    db, no = case_at_mid
    ins = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-20", "--inspectors", "张伟")
    for it in json.loads(ok(db, "inspect", "items", ins, "--json"))["items"]:
        if it["kind"] == "measure":
            ok(db, "inspect", "set", ins, it["code"], "--value", "0.8" if it["limit"].get("min") else "2.1")
        else:
            ok(db, "inspect", "set", ins, it["code"], "--result", "fail" if it["code"] == "M-CIV-03" else "pass",
               "--note", "槽钢未接地" if it["code"] == "M-CIV-03" else "")
    assert ok(db, "inspect", "close", ins, "--on", "2026-10-20") == "rectify"
    other = ok(db, "case", "new", "--customer", "乙公司", "--account", "3300000009", "--kva", "250",
               "--applied", "2026-10-12", "--manager", "李海燕")
    return db, no, other


def _day(data, iso):
    return next(d for d in data["days"] if d["date"] == iso)


def test_the_month_shows_deadlines_appointments_and_the_calendar(month_db):
    db, no, other = month_db
    from app.store import Store

    store = Store.open(db)
    with store.reader() as s:
        data = month_overview(s, 2026, 10, D(2026, 10, 21), manager="张伟")
        everyone = month_overview(s, 2026, 10, D(2026, 10, 21))
        rect = next(i for i in waiting_for_customers(s, D(2026, 10, 21), "张伟") if i["kind"] == "rectification")
    store.dispose()
    assert len(data["days"]) == 31
    oct1 = _day(data, "2026-10-01")
    assert oct1["kind"] == "holiday" and not oct1["workday"]  # 国庆
    sat = _day(data, "2026-10-17")
    assert sat["weekend"] and not sat["workday"] and sat["kind"] == "normal"
    assert _day(data, "2026-10-19")["workday"]
    entries = [(d["date"], e["kind"], e["case_no"]) for d in data["days"] for e in d["entries"]]
    assert ("2026-10-20", "inspection", no) in entries
    assert (rect["deadline"], "customer", no) in entries
    # the design review was opened and closed on 10-08 / 10-09; the other manager's case is not mine
    assert all(c != other for _d, _k, c in entries)
    theirs = [(d["date"], e["kind"]) for d in everyone["days"] for e in d["entries"] if e["case_no"] == other]
    assert theirs == [("2026-10-13", "deadline")]  # 业务受理 within 1 working day of 10-12, on everyone's page
    assert data["counts"]["inspection"] == 1 and data["counts"]["customer"] == 1


def test_a_meeting_and_the_open_stage_deadline_appear_on_their_days(case_at_mid):
    db, no = case_at_mid
    from app.store import Store

    store = Store.open(db)
    with store.reader() as s:
        sept = month_overview(s, 2026, 9, D(2026, 9, 30), manager="张伟")
        oct_ = month_overview(s, 2026, 10, D(2026, 10, 12), manager="张伟")
    store.dispose()
    meeting = [(d["date"], e) for d in sept["days"] for e in d["entries"] if e["kind"] == "meeting"]
    assert [(day, e["time"]) for day, e in meeting] == [("2026-09-08", "09:00")] and no in meeting[0][1]["text"]
    survey = [d["date"] for d in sept["days"] for e in d["entries"] if e["kind"] == "survey"]
    assert survey == ["2026-09-03"]
    assert oct_["counts"]["deadline"] == 0  # design review closed, mid inspection not asked for: no clock runs


def test_a_month_outside_the_calendar_is_refused(case_at_mid):
    db, _no = case_at_mid
    from app.store import Store
    from app.workdays import CalendarRangeError

    store = Store.open(db)
    with store.reader() as s, pytest.raises(CalendarRangeError):
        month_overview(s, 1990, 1, D(2026, 10, 12))
    store.dispose()


def test_the_month_page_draws_the_grid(qtbot, app_zh, month_db):
    db, no, _other = month_db
    win = open_window(qtbot, db, D(2026, 10, 21))
    win.show_page("month")
    page = win.month_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    wait_idle(qtbot, win)
    assert page.title.text().startswith("2026-10")
    r, c = page.cell_of(D(2026, 10, 1))
    assert (r, c) == (0, 3)  # a Thursday, first row
    cell = page.grid.item(r, c)
    assert cell.text().startswith("1  ") and cell.background().color().name() == "#fbe3e3"
    r, c = page.cell_of(D(2026, 10, 20))
    assert f"【检查】 {no} 中间检查" in page.grid.item(r, c).text()
    page.go(1)
    qtbot.waitUntil(lambda: page.data["month"] == 11, timeout=10000)
    page.go(2)
    qtbot.waitUntil(lambda: page.data["month"] == 1 and page.data["year"] == 2027, timeout=10000)
    page.go_today()
    qtbot.waitUntil(lambda: page.data["month"] == 10, timeout=10000)
    r, c = page.cell_of(D(2026, 10, 20))
    page._open(r, c)
    assert no in win._detail_windows


@pytest.fixture
def waiting_db(month_db):
    db, no, other = month_db
    fees_done = ok(db, "case", "new", "--customer", "丙公司", "--account", "3300000010", "--kva", "400",
                   "--applied", "2026-09-01")
    for stage, day in (("ACCEPT", "2026-09-02"), ("SURVEY", "2026-09-04"), ("PLAN", "2026-09-08"),
                       ("FEES", "2026-09-09")):
        ok(db, "stage", "finish", fees_done, stage, "--on", day)
    return db, no, other, fees_done


def test_what_the_manager_waits_for_from_customers(waiting_db):
    db, no, _other, fees_done = waiting_db
    from app.store import Store

    store = Store.open(db)
    with store.reader() as s:
        rows = waiting_for_customers(s, D(2026, 11, 2), "张伟")
        before = waiting_for_customers(s, D(2026, 9, 8), "张伟")
    store.dispose()
    rect = [r for r in rows if r["kind"] == "rectification"]
    assert [r["case_no"] for r in rect] == [no] and rect[0]["overdue"]  # its deadline passed before 11-02
    assert "M-CIV" not in rect[0]["what"] and rect[0]["deadline"] < "2026-11-02"
    drawings = [r for r in rows if r["kind"] == "drawings"]
    assert [(r["case_no"], r["since"]) for r in drawings] == [(fees_done, "2026-09-09")]
    assert drawings[0]["waiting_wd"] > 20
    assert not [r for r in before if r["kind"] == "drawings"]  # fees not settled yet on 09-08


def test_today_lists_what_customers_owe(qtbot, app_zh, waiting_db):
    db, no, _other, fees_done = waiting_db
    win = open_window(qtbot, db, D(2026, 11, 2))
    page = win.today_page
    qtbot.waitUntil(lambda: bool(page.waiting), timeout=20000)
    wait_idle(qtbot, win)
    m = page.waiting_model
    cells = [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]
    assert [c[0] for c in cells] == [no, fees_done]
    assert cells[0][4] == "已超期" and cells[1][2] == "设计图纸未报审" and cells[1][3] == "自 2026-09-09"
    assert "整改项 1 项(超期 1 项),1 个工单未报审设计图纸" in page.waiting_label.text()
    page.waiting_table.activated.emit(m.index(1, 0))
    assert fees_done in win._detail_windows

"""The bulletins page (issue 21) on the real window: the live figures of the current week, month and
quarter equal the service's; a figure's cases open; issuing; acknowledging an escalation; a
screenshot looked at."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt

from app.services import bulletins as bl
from app.services import escalation as esc
from tests.helpers import open_window, wait_idle

AS_OF = dt.date(2026, 11, 27)  # the demo database's as-of day
SHOTS = Path("/work/notes/s6/shots-bulletins")


def _service(win, kind, period):
    with win.store.reader() as s:
        return bl.build(s, kind, period, as_of=AS_OF)


def test_live_figures_cases_and_issuing(qtbot, demo_db, app_zh):
    os.environ["ZAOSONG_NO_VIEWER"] = "1"
    win = open_window(qtbot, demo_db, AS_OF)
    page = win.bulletins_page
    win.show_page("bulletins")
    wait_idle(qtbot, win)
    assert page.period == "2026-W48"
    qtbot.waitUntil(lambda: page.data is not None and page.data["period"] == "2026-W48", timeout=20000)
    for i, (kind, period) in enumerate((("weekly", "2026-W48"), ("monthly", "2026-11"), ("quarterly", "2026-Q4"))):
        page.kind_box.setCurrentIndex(i)
        wait_idle(qtbot, win)
        qtbot.waitUntil(lambda p=period: page.data["period"] == p, timeout=20000)
        want = _service(win, kind, period)
        assert page.data["input_hash"] == want["input_hash"]
        internal = next(r for r in want["rule_sets"] if r["primary"])
        assert f"{internal['rate']:.1f}%" in page.summary.text()
        assert str(want["finished_cases"]) in page.summary.text()
        assert page.trend_chart.values == [(t["period"], t["rate"]) for t in want["trend"]]
        stages = [s_ for s_ in internal["stages"] if len(s_["stages"]) == 1]
        assert [v for _l, v in page.stage_chart.values] == [s_["rate"] for s_ in stages]
    if SHOTS.parent.exists():
        SHOTS.mkdir(exist_ok=True)
        win.resize(1366, 800)
        wait_idle(qtbot, win)
        win.grab().save(str(SHOTS / "bulletins_quarterly_zh.png"))
    # a figure's cases: the primary rule set's row lists them, the late ones first
    want = page.data
    primary_row = next(i for i, r in enumerate(page._figure_rows) if r[0] == next(
        r["name"] for r in want["rule_sets"] if r["primary"]))
    page.figures.setCurrentCell(primary_row, 0)
    primary = next(r for r in want["rule_sets"] if r["primary"])
    assert page.cases.count() == primary["cases"]
    if primary["late_case_nos"]:
        first = page.cases.item(0)
        assert first.data(Qt.UserRole) in primary["late_case_nos"]
        page.cases.itemActivated.emit(first)
        wait_idle(qtbot, win)
        qtbot.waitUntil(lambda: first.data(Qt.UserRole) in win._detail_windows, timeout=20000)
    # issuing: frozen as version 1, the page says so
    qtbot.mouseClick(page.issue_btn, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.last_issue is not None and bool(page.data.get("issued")), timeout=20000)
    assert page.last_issue["version"] == 1
    with win.store.reader() as s:
        listed = bl.list_issued(s)
    assert [(b["kind"], b["period"], b["input_hash"]) for b in listed] == [
        ("quarterly", "2026-Q4", page.last_issue["input_hash"])]
    assert "1" in page.issued.text() and page.data["issued"]["same"]
    # the workbook of the figures shown
    out = demo_db.parent / "q.xlsx"
    page.write_file("xlsx", str(out))
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.last_file == str(out), timeout=20000)
    assert out.stat().st_size > 0


def test_levels_and_acknowledging_in_the_app(qtbot, demo_db, app_zh):
    win = open_window(qtbot, demo_db, AS_OF)
    page = win.bulletins_page
    win.show_page("bulletins")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    with win.store.reader() as s:
        rows = esc.escalations(s, AS_OF)
    shown = {page.escalations.item(i, 0).data(Qt.UserRole) for i in range(page.escalations.rowCount())}
    # those in force, and those reached this week by stages finished since (issue 21)
    assert {e["id"] for e in rows} <= shown and page.escalations.rowCount() == len(page.data["escalation_rows"])
    target = next(e for e in rows if e["told_role"] == "centre" and e["manager"] != win.store.user)
    row = next(i for i in range(page.escalations.rowCount()) if page.escalations.item(i, 0).data(Qt.UserRole) == target["id"])
    page.escalations.setCurrentCell(row, 0)
    qtbot.mouseClick(page.ack_btn, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: any(e["id"] == target["id"] and e["acknowledged_by"]
                                for e in page.data.get("escalation_rows", [])), timeout=20000)
    # a manager's view: only that manager's cases
    page.level_box.setCurrentIndex(page.level_box.findData("manager"))
    wait_idle(qtbot, win)
    scope = page.scope_box.currentText()
    qtbot.waitUntil(lambda: page.data["level"] == "manager", timeout=20000)
    assert scope == win.store.user and page.data["scope"] == scope
    assert {c["manager"] for c in page.data["cases"]} <= {scope}
    assert {e["manager"] for e in page.data["escalation_rows"]} <= {scope}


def test_today_has_a_station_view_and_my_escalations(qtbot, demo_db, app_zh):
    win = open_window(qtbot, demo_db, AS_OF)
    today = win.today_page
    qtbot.waitUntil(lambda: bool(today.monitoring), timeout=20000)
    with win.store.reader() as s:
        from app.services.agenda import monitoring

        want = monitoring(s, AS_OF, win.store.user)
    assert today.monitoring["stations"] == want["stations"] and want["stations"]
    station = want["stations"][0]
    i = today.scope.findData("station:" + station)
    assert i >= 0
    today.scope.setCurrentIndex(i)
    shown = today._scoped()
    assert shown and {want["case_stations"][w["case_no"]] for w in shown} == {station}
    assert len(shown) == sum(1 for w in today.warnings if want["case_stations"].get(w["case_no"]) == station)
    mine = want["my_escalations"]
    assert (str(mine) in today.escalations_link.text()) if mine else today.escalations_link.text() == ""


def test_the_trend_drops_the_year_where_the_periods_do_not_fit():
    """Eight weeks on a laptop's half page ran together ("2026-W412026-W42…", seen at 1366x768): the
    year goes where a label does not fit, and stays where it changes."""
    from ui.bulletins_page import period_labels

    def advance(t):
        return 8 * len(t)

    weeks = [f"2026-W{n}" for n in range(41, 49)]
    assert period_labels(weeks, 100, advance) == weeks  # room enough: as they are
    assert period_labels(weeks, 40, advance) == [f"W{n}" for n in range(41, 49)]
    assert period_labels(["2025-Q3", "2025-Q4", "2026-Q1"], 40, advance) == ["Q3", "Q4", "2026-Q1"]


def test_another_period_is_named_at_once_and_the_last_figures_greyed_until_its_own_come(qtbot, demo_db, app_zh):
    win = open_window(qtbot, demo_db, AS_OF)
    page = win.bulletins_page
    win.show_page("bulletins")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.data is not None and page.data["period"] == "2026-W48", timeout=20000)
    assert page.figures.isEnabled() and page.trend_chart.isEnabled()
    shown = page.summary.text()
    page.prev.click()  # the worker takes the read; until it answers, the page says what it is doing
    assert page.title.text() == "2026-W47"
    assert page.summary.text() == "正在计算 2026-W47 的数据…" and page.summary.text() != shown
    assert not page.figures.isEnabled() and not page.escalations.isEnabled() and not page.stage_chart.isEnabled()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.data["period"] == "2026-W47", timeout=20000)
    assert page.figures.isEnabled() and page.escalations.isEnabled() and page.stage_chart.isEnabled()
    assert page.summary.text().startswith("2026-11-16") and page.title.text() == "2026-W47"
    win.close()

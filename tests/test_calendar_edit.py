"""Issue 16, the calendar a person can maintain: comments before the header, every bad line at once
in the user's language, holiday names kept and shown, days marked by hand as a versioned schedule
that travels by sync like an imported one."""
import datetime as dt
import json

import pytest

from app import messages
from app.errors import Refused
from app.services.calendar import calendar_years, day_names, edit_days, parse_calendar_file
from tests.helpers import cli, db_digest, ok, refused


@pytest.fixture
def english():
    messages.set_language("en")
    yield
    messages.set_language("zh")


def test_comments_before_the_header_are_accepted(tmp_path):
    f = tmp_path / "2031.csv"
    f.write_text("# 2031 年放假安排(国务院办公厅)\n# second comment\n\ndate,kind,name\n2031-01-01,holiday,元旦\n"
                 "# a comment between rows\n2031-01-25,workday,春节调休上班\n", encoding="utf-8")
    assert parse_calendar_file(f) == [(dt.date(2031, 1, 1), "holiday", "元旦"),
                                      (dt.date(2031, 1, 25), "workday", "春节调休上班")]


def test_every_bad_line_is_reported_at_once_in_one_language(tmp_path, english):
    f = tmp_path / "bad.csv"
    f.write_text("date,kind,name\n2031-13-01,holiday,x\n2031-01-01,holiday,元旦\n2031-01-06,workday,\n"
                 "2031-01-01,holiday,again\n2031-02-01,party,\njust-one-field\n", encoding="utf-8")
    with pytest.raises(Refused) as exc:
        parse_calendar_file(f)
    text = str(exc.value)
    assert exc.value.code == "cal_bad_rows" and "5 line(s)" in text
    for line in ("line 2:", "line 4:", "line 5:", "line 6:", "line 7:"):
        assert line in text
    assert "line 3:" not in text
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in text.replace("元旦", ""))  # no Chinese mixed in
    messages.set_language("zh")
    with pytest.raises(Refused) as exc:
        parse_calendar_file(f)
    zh = str(exc.value)
    assert "第 2 行" in zh and "第 7 行" in zh and " / " not in zh and "expected" not in zh


def test_a_bad_file_changes_nothing(db_path, tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("2031-01-01,holiday,元旦\n2031-02-30,holiday,x\n", encoding="utf-8")
    before = db_digest(db_path)
    err = refused(db_path, "calendar", "import", str(f))
    assert "第 2 行" in err
    assert db_digest(db_path) == before


def test_seeded_names_are_kept_and_read(store):
    with store.reader() as s:
        days = {d["day"]: d for d in day_names(s, 2026)}
    assert days["2026-01-01"]["name"] and days["2026-01-01"]["kind"] == "holiday"
    assert store.calendar.name_of(dt.date(2026, 1, 1)) == days["2026-01-01"]["name"]
    assert store.calendar.name_of(dt.date(2026, 3, 3)) == ""


def test_editing_days_of_a_covered_year_is_a_new_version(store):
    day = dt.date(2026, 12, 31)  # a Thursday, a working day in the seeded schedule
    assert store.calendar.is_workday(day)
    with store.session() as s:
        out = edit_days(s, [(day, "holiday", "县庆")])
    assert out["versions"] == {2026: 1}
    assert not store.calendar.is_workday(day) and store.calendar.name_of(day) == "县庆"
    with store.session() as s:
        out = edit_days(s, [(day, "normal", "")])
    assert out["versions"] == {2026: 2} and store.calendar.is_workday(day)
    with store.reader() as s:
        y = next(y for y in calendar_years(s) if y["year"] == 2026)
    assert y["covered"] and y["source"] == "edit v2"


def test_an_uncovered_year_stays_weekends_only_until_complete(store):
    with store.session() as s:
        out = edit_days(s, [("2031-01-01", "holiday", "元旦")])
    assert out["versions"] == {2031: None}
    assert store.calendar.is_assumed(2031) and not store.calendar.is_workday(dt.date(2031, 1, 1))
    with store.session() as s:
        out = edit_days(s, [("2031-01-26", "workday", "春节调休上班")], complete_year=2031)
    assert out["versions"] == {2031: 1} and not store.calendar.is_assumed(2031)


def test_bad_edits_are_all_refused_and_change_nothing(db_path, english):
    before = db_digest(db_path)
    err = refused(db_path, "calendar", "set", "2031-01-06", "2031-02-30", "--kind", "workday", env={"ZAOSONG_LANG": "en"})
    assert "2 line(s)" in err and "weekday" in err and "2031-02-30" in err
    assert db_digest(db_path) == before


def test_cli_set_and_days(db_path):
    assert "第 1 版" in ok(db_path, "calendar", "set", "2026-12-31", "--kind", "holiday", "--name", "县庆")
    days = json.loads(cli(db_path, "calendar", "days", "2026", "--json").stdout)
    assert {"day": "2026-12-31", "kind": "holiday", "name": "县庆"} in days
    plain = cli(db_path, "calendar", "days", "2026").stdout
    assert "2026-12-31\t休\t县庆" in plain
    assert cli(db_path, "calendar", "is-workday", "2026-12-31").stdout.strip() == "false"


def test_an_edited_day_travels_by_sync_from_a_supervisor(trio):
    """Marked on the supervisor's laptop, the day and the year's new version arrive on a laptop that
    marked that device a supervisor, like a published rule set."""
    from app.sync.peers import trust_device

    _a, b, sup = trio
    trust_device(b.store, sup.id, supervisor=True)
    sup.do(edit_days, [(dt.date(2026, 12, 31), "holiday", "县庆")])
    got = b.receive(sup.send(b))
    assert any(ch["applied"] and ch["table"] == "calendar_year" for ch in got["config_changes"])
    cal = b.store.calendar
    assert cal.name_of(dt.date(2026, 12, 31)) == "县庆" and not cal.is_workday(dt.date(2026, 12, 31))
    with b.store.reader() as s:
        assert next(y for y in calendar_years(s) if y["year"] == 2026)["source"] == "edit v1"


# --- the calendar page, its editor, and the meeting calendar (GUI) ----------------------------------
def _calendar_page(qtbot, db_path, as_of=dt.date(2026, 9, 20)):
    from tests.helpers import open_window, wait_idle

    win = open_window(qtbot, db_path, as_of)
    win.show_page("calendar")
    page = win.calendar_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    wait_idle(qtbot, win)
    return win, page


def _select_year(page, year):
    from PySide6.QtCore import Qt

    for i in range(page.years.count()):
        if page.years.item(i).data(Qt.UserRole) == year:
            page.years.setCurrentRow(i)
            return
    raise AssertionError(year)


def _rows(page):
    return [[page.days.item(r, c).text() for c in range(3)] for r in range(page.days.rowCount())]


def test_the_calendar_page_shows_holiday_names_and_marks_a_day(qtbot, app_zh, db_path):
    from PySide6.QtCore import QDate

    from tests.helpers import wait_idle

    win, page = _calendar_page(qtbot, db_path)
    _select_year(page, 2026)
    rows = _rows(page)
    national = next(r for r in rows if r[0].startswith("2026-10-01"))
    assert national[1] == "休息" and national[2] == "国庆节"
    assert "国庆节" in page.days.item(rows.index(national), 0).toolTip()
    # the editor: 2026-12-31 becomes a holiday named 县庆, a new version of 2026
    page.edit_day.setDate(QDate(2026, 12, 31))
    page.edit_kind.setCurrentIndex(page.edit_kind.findData("holiday"))
    page.edit_name.setText("县庆")
    assert not page.edit_complete.isVisible()  # 2026 has its schedule
    page.edit_button.click()
    qtbot.waitUntil(lambda: "第 1 版" in page.edit_message.text(), timeout=10000)
    wait_idle(qtbot, win)
    _select_year(page, 2026)
    assert ["2026-12-31 周四", "休息", "县庆"] in _rows(page)
    assert "手工编辑,第 1 版" in page.years.currentItem().text()
    assert not win.store.calendar.is_workday(dt.date(2026, 12, 31))
    # a make-up day on a weekday is refused with the core's words, nothing changed
    page.edit_day.setDate(QDate(2026, 12, 30))
    page.edit_kind.setCurrentIndex(page.edit_kind.findData("workday"))
    page.edit_button.click()
    qtbot.waitUntil(lambda: "本来就是工作日" in page.edit_message.text(), timeout=10000)
    assert win.store.calendar.is_workday(dt.date(2026, 12, 30))


def test_the_meeting_calendar_names_holidays_and_a_meeting_on_one_is_questioned(qtbot, app_zh, db_path):
    from PySide6.QtCore import QDate

    from tests.helpers import ok_button, wait_idle
    from ui.meetings_page import MeetingDialog

    win, _page = _calendar_page(qtbot, db_path)
    mp = win.meetings_page
    win.show_page("meetings")
    mp.show_month(2026, 10)
    wait_idle(qtbot, win)
    tip = mp.calendar.dateTextFormat(QDate(2026, 10, 1)).toolTip()
    assert "国庆节" in tip
    assert "调休上班日" in mp.calendar.dateTextFormat(QDate(2026, 10, 10)).toolTip()
    dlg = MeetingDialog(win.ops, dt.date(2026, 10, 2), parent=win)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.holiday_note.isVisible() and "国庆节" in dlg.holiday_note.text()
    dlg.place.setText("三楼会议室")
    dlg.chair.setText("王主任")
    ok_button(dlg).click()  # the first OK only asks
    assert dlg.isVisible() and "再按一次" in dlg.error.text()
    wait_idle(qtbot, win)
    with win.store.reader() as s:
        from app.services.meetings import list_meetings

        assert list_meetings(s, "2026-10") == []
    ok_button(dlg).click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    dlg.on.setDate(QDate(2026, 10, 12))  # a plain working day: nothing to say
    assert not dlg.holiday_note.isVisible()

"""The workbench, driven through its real widgets with pytest-qt on a real database file."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.paths import resource
from tests.helpers import ok_button, open_window, raw_connect, wait_idle

D = dt.date


def test_create_case_through_dialog_with_a_rejected_input(qtbot, app_zh, db_path):
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    dlg = win.new_case_dialog()
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.customer.insert("和泰电器有限公司")  # Chinese arrives from the input method, not key by key
    qtbot.keyClicks(dlg.account, "33000001AB")  # the validator keeps digits only
    assert dlg.account.text() == "33000001"
    dlg.kva.setValue(630)
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    assert dlg.isVisible() and dlg.error.isVisible()
    assert "10 位数字" in dlg.error.text()
    qtbot.keyClicks(dlg.account, "23")
    assert not dlg.error.isVisible()  # fixed while typing
    dlg.kva.setValue(900000)  # not credible at 10 kV: said at once, before OK
    assert dlg.error.isVisible() and "不合理" in dlg.error.text()
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    assert dlg.isVisible() and "不合理" in dlg.error.text()
    dlg.kva.setValue(630)
    dlg.township.setCurrentText("丹东街道")
    dlg.applied.setDate(QDate(2026, 11, 16))
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    no = dlg.result_change.case_no
    wait_idle(qtbot, win)
    assert no in win._detail_windows  # the new case opens
    detail = win._detail_windows[no]
    qtbot.waitUntil(lambda: detail.view is not None, timeout=10000)
    assert detail.view["customer_name"] == "和泰电器有限公司" and detail.view["township"] == "丹东街道"
    # the list shows it too, without a restart
    win.show_page("cases")
    win.cases_page.scope.setCurrentIndex(1)
    qtbot.waitUntil(lambda: any(win.cases_page.model.row_at(r)[1] == no for r in range(win.cases_page.model.rowCount())))


def test_core_refusal_is_shown_and_nothing_lost(qtbot, app_zh, db_path):
    """A refusal that only the core can make (a date before the stage started) keeps the dialog."""
    from app.services import cases as svc
    from app.store import Store

    store = Store.open(db_path)
    with store.session() as s:
        no = svc.create_case(s, customer_name="恒达针织有限公司", account_no="3300000002", capacity_kva=400,
                             applied_on=D(2026, 11, 16)).case_no
    store.dispose()
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    win.open_case(no)
    detail = win._detail_windows[no]
    qtbot.waitUntil(lambda: detail.view is not None, timeout=10000)
    dlg = detail._stage_dialog("finish", "ACCEPT")
    dlg.on.setMinimumDate(QDate(2000, 1, 1))  # let a wrong date through to the core
    dlg.on.setDate(QDate(2026, 11, 13))
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=10000)
    assert "早于" in dlg.error.text() and dlg.isVisible()
    assert dlg.on.date() == QDate(2026, 11, 13)  # what the user entered is still there


def test_advance_pause_resume_and_warning_colour(qtbot, app_zh, db_path):
    from ui.case_model import STATUS_COLORS

    win = open_window(qtbot, db_path, D(2026, 11, 16))
    dlg = win.new_case_dialog()
    qtbot.addWidget(dlg)
    dlg.customer.insert("象山宏远船舶修造有限公司")
    qtbot.keyClicks(dlg.account, "3300000003")
    dlg.kva.setValue(1250)
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.result_change is not None, timeout=10000)
    no = dlg.result_change.case_no
    detail = win._detail_windows[no]
    qtbot.waitUntil(lambda: detail.view is not None, timeout=10000)

    def act(button, date, **choices):
        win.set_as_of(date)  # the manager does this on that day
        wait_idle(qtbot, win)
        before = detail.view
        qtbot.mouseClick(button, Qt.LeftButton)
        d = detail.last_dialog
        d.on.setDate(QDate(date.year, date.month, date.day))
        for name, value in choices.items():
            combo = getattr(d, name)
            combo.setCurrentIndex(combo.findData(value))
        qtbot.mouseClick(ok_button(d), Qt.LeftButton)
        qtbot.waitUntil(lambda: not d.isVisible(), timeout=10000)
        qtbot.waitUntil(lambda: detail.view is not before, timeout=10000)
        wait_idle(qtbot, win)

    assert "业务受理" in detail.btn_next.text()
    act(detail.btn_next, D(2026, 11, 16))  # finish acceptance: the survey clock starts
    assert detail.view["current_stage"] == "SURVEY"
    act(detail.btn_pause, D(2026, 11, 17), reason="SITE_NOT_READY")
    assert detail.view["paused"] and not detail.btn_pause.isEnabled() and detail.btn_resume.isEnabled()
    act(detail.btn_resume, D(2026, 11, 20))
    survey = [s for s in detail.view["stages"] if s["code"] == "SURVEY"][0]
    assert survey["paused_wd"] == 3 and not detail.view["paused"]

    def row_colour():
        m = win.cases_page.model
        for r in range(m.rowCount()):
            if m.row_at(r)[1] == no:
                return m.data(m.index(r, 8), Qt.BackgroundRole).color()
        return None

    win.show_page("cases")
    win.set_as_of(D(2026, 11, 20))  # survey: 1 of 3 wd used -> normal
    wait_idle(qtbot, win)
    assert row_colour() == STATUS_COLORS["normal"]
    win.set_as_of(D(2026, 11, 23))  # 2 used, 1 left -> warning
    wait_idle(qtbot, win)
    assert row_colour() == STATUS_COLORS["warning"]
    win.set_as_of(D(2026, 11, 26))  # 5 used -> overdue
    wait_idle(qtbot, win)
    assert row_colour() == STATUS_COLORS["overdue"]
    assert any(w["case_no"] == no and w["remaining_wd"] < 0 for w in win.today_page.warnings)
    assert "(" in win.nav.item(0).text()  # the badge counts it
    # finish the survey, then plan: the detail view follows
    win.open_case(no)
    act(detail.btn_next, D(2026, 11, 26))
    assert detail.view["current_stage"] == "PLAN"
    assert "供电方案" in detail.btn_next.text()


def test_search_by_pinyin_initials_and_enter_opens(qtbot, app_zh, demo_db):
    win = open_window(qtbot, demo_db, D(2026, 11, 27))
    page = win.cases_page
    win.show_page("cases")
    page.scope.setCurrentIndex(1)
    page.state.setCurrentIndex(2)  # open and energised
    qtbot.waitUntil(lambda: page.complete, timeout=10000)
    total = page.model.rowCount()
    assert total == 300
    name = page.model.row_at(0)[2]
    from app.pinyin import pinyin_keys

    initials = pinyin_keys(name)[1]
    win.focus_search()
    qtbot.keyClicks(page.search, initials)
    assert 1 <= page.model.rowCount() < total
    assert all(initials in page.model.row_at(r)[15] for r in range(page.model.rowCount()))
    assert any(page.model.row_at(r)[2] == name for r in range(page.model.rowCount()))
    page.search.clear()
    qtbot.keyClicks(page.search, "zzzzqqqq")
    assert page.model.rowCount() == 0  # an empty result is fine
    page.search.clear()
    assert page.model.rowCount() == total
    page.table.setFocus()
    last = page.model.rowCount() - 1
    page.table.selectRow(last)  # the last row works too
    qtbot.keyClick(page.table, Qt.Key_Return)
    no = page.model.row_at(last)[1]
    assert no in win._detail_windows
    qtbot.waitUntil(lambda: win._detail_windows[no].view is not None, timeout=10000)


def test_switch_language(qtbot, app_zh, db_path):
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    assert win.nav.item(1).text().startswith("工单")
    combo = win.settings_page.language
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: win.nav.item(1).text().startswith("Cases"))
    assert win.cases_page.model.headerData(0, Qt.Horizontal) == "Case no."
    combo.setCurrentIndex(combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: win.nav.item(1).text().startswith("工单"))
    assert win.cases_page.model.headerData(0, Qt.Horizontal) == "工单号"


def test_calendar_page_import_and_refusal(qtbot, app_zh, db_path, tmp_path):
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    assert win.banner.isVisible() and "2027" in win.banner.text()  # November: next year missing
    bad = tmp_path / "bad.csv"
    bad.write_text("2027-01-01,holiday\n2027-13-01,holiday\n", encoding="utf-8")
    win.calendar_page.import_file(bad)
    qtbot.waitUntil(lambda: win.calendar_page.last_error is not None, timeout=10000)
    assert "第 2 行" in win.calendar_page.last_error
    box = win.calendar_page.findChild(QMessageBox, "importRefused")
    assert box is not None and box.isVisible()
    box.close()
    good = tmp_path / "2027.csv"
    good.write_text("2027-01-01,holiday,元旦\n2027-02-06,holiday,春节\n", encoding="utf-8")
    win.calendar_page.import_file(good)
    qtbot.waitUntil(lambda: not win.banner.isVisible(), timeout=10000)
    years = [win.calendar_page.years.item(i).text() for i in range(win.calendar_page.years.count())]
    assert any(t.startswith("2027") and "已有" in t for t in years)


def test_exit_when_ready_prints_ready_ms(demo_db):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZAOSONG_HOME": str(demo_db.parent)}
    r = subprocess.run([sys.executable, "-m", "ui", "--db", str(demo_db), "--exit-when-ready", "--as-of", "2026-11-27"],
                       capture_output=True, text=True, timeout=120, env=env, cwd=Path(__file__).parent.parent)
    assert r.returncode == 0, r.stderr
    line = [ln for ln in r.stdout.splitlines() if ln.startswith("ready_ms=")]
    assert line and 0 < float(line[0].split("=")[1]) < 60000


def test_bundled_font_has_cjk_digits_and_latin(qapp):
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from ui.i18n import install_font

    family = install_font(qapp)
    assert family
    fm = QFontMetrics(QFont(family))
    for ch in "早送业扩报装0123456789ABCkVA":
        assert fm.inFontUcs4(ord(ch)), ch
    assert family in QFontDatabase.families()


def test_duplicate_account_is_warned(qtbot, app_zh, demo_db):
    win = open_window(qtbot, demo_db, D(2026, 11, 27))
    qtbot.waitUntil(lambda: win.cases_page.complete, timeout=10000)
    m = win.cases_page.model
    open_row = next(m._rows[i] for i in range(m.total) if m._rows[i][7] == "open")
    dlg = win.new_case_dialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.account, open_row[3])
    assert dlg.hint.isVisible() and open_row[1] in dlg.hint.text()


def test_demo_load_with_progress_and_cancel(qtbot, app_zh, db_path):
    from PySide6.QtWidgets import QProgressDialog

    win = open_window(qtbot, db_path, D(2026, 11, 27))
    from PySide6.QtWidgets import QPushButton

    win.load_demo(20000)
    dlg = win.findChild(QProgressDialog)
    assert dlg is not None
    qtbot.waitUntil(lambda: dlg.value() > 0, timeout=20000)
    assert win.worker.busy  # still running: the GUI is not blocked
    qtbot.mouseClick(dlg.findChild(QPushButton), Qt.LeftButton)
    wait_idle(qtbot, win)
    # cancelled: the transaction rolled back, nothing half-loaded
    assert win.cases_page.model.total == 0
    win.load_demo(60)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: win.cases_page.model.total == 60, timeout=20000)


def test_first_run_dialog_values(qtbot, app_zh, tmp_path):
    from ui.first_run import FirstRunDialog

    dlg = FirstRunDialog(tmp_path / "zaosong.db")
    qtbot.addWidget(dlg)
    dlg.user.insert("李海燕")
    v = dlg.values()
    assert v["user"] == "李海燕" and "demo" not in v and v["device_name"] and v["bureau_name"] == "象山县供电局"


def test_window_remembers_page_and_columns(qtbot, app_zh, db_path):
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    win.show_page("calendar")
    win.cases_page.table.setColumnWidth(1, 333)
    win.close()
    win2 = open_window(qtbot, db_path, D(2026, 11, 20))
    assert win2.nav.currentRow() == win2.PAGES.index("calendar")
    assert win2.cases_page.table.columnWidth(1) == 333


def test_settings_save_identity_phone_and_threshold(qtbot, app_zh, db_path):
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    page = win.settings_page
    qtbot.waitUntil(lambda: page.user.text() == "张伟", timeout=10000)
    page.phone.setText("13800000000")
    page.warn.setValue(2)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "已保存" in page.message.text(), timeout=10000)
    assert win.store.setting("phone") == "13800000000" and win.store.warn_wd == 2
    page.device.setText("")
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "不能为空" in page.message.text(), timeout=10000)


def test_settings_publish_rule_set_shows_it_in_force(qtbot, app_zh, db_path, tmp_path, monkeypatch):
    import json

    from PySide6.QtWidgets import QFileDialog

    win = open_window(qtbot, db_path, D(2026, 11, 20))
    page = win.settings_page
    win.show_page("settings")
    qtbot.waitUntil(lambda: page.docs.rowCount() >= 4, timeout=10000)
    data = json.loads((resource("rules") / "internal_xiangshan_2012.json").read_text(encoding="utf-8"))
    bad = tmp_path / "same_version.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(page.publish_rules_button, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "不比现行" in page.message.text(), timeout=10000)
    data["version"] = 2
    data["stage_limits"]["SURVEY"] = 2
    good = tmp_path / "internal_v2.json"
    good.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(page.publish_rules_button, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "已发布" in page.message.text(), timeout=10000)

    def row_of(doc, version):
        for r in range(page.docs.rowCount()):
            if page.docs.item(r, 1).text() == doc and page.docs.item(r, 3).text().endswith(str(version)):
                return [page.docs.item(r, c).text() for c in range(5)]
        return None

    qtbot.waitUntil(lambda: row_of("internal", 2) is not None, timeout=10000)
    assert row_of("internal", 2)[3].startswith("✓") and "张伟" in row_of("internal", 2)[4]
    assert not row_of("internal", 1)[3].startswith("✓")


def test_restore_a_backup_from_the_window(qtbot, app_zh, db_path, tmp_path):
    """Restore runs on the database worker behind a busy dialog: a file that is not a backup is
    refused with nothing changed; a good one replaces the database (the current file kept aside,
    with the minutes typed but not saved in it), then the window closes."""

    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from app.services import meetings as mt
    from app.services.backup import backup_now
    from app.store import Store

    st = Store.open(db_path)
    with st.session() as s:
        meeting = mt.new_meeting(s, "2026-11-02 09:30", "三楼会议室", "王主任", "营销部").meeting_id
    st.dispose()
    backup = backup_now(db_path, tmp_path / "monday.db")  # holds the meeting, no minutes
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    with win.store.session() as s:  # a case made after the backup: gone once restored
        from app.services.cases import create_case

        after = create_case(s, customer_name="恒达针织", account_no="3300000999", capacity_kva=400,
                            applied_on=D(2026, 11, 19)).case_no

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    win.restore_backup(junk)
    wait_idle(qtbot, win)
    assert win.isVisible() and "junk.db" in win.last_error
    assert win.findChild(QProgressDialog, "restoreProgress").isHidden()

    win.show_page("meetings")
    page = win.meetings_page
    qtbot.waitUntil(lambda: page.month is not None, timeout=10000)
    page.show_month(2026, 11)
    qtbot.waitUntil(lambda: any(m["id"] == meeting for m in page.meetings), timeout=10000)
    page.select_meeting(meeting)
    page.minutes.setPlainText("一、备份前写下的纪要。")
    win.restore_backup(backup)
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "restoreDone") is not None, timeout=20000)
    done = win.findChild(QMessageBox, "restoreDone")
    aside = next((db_path.parent / "backups").glob("before-restore-*.db"))
    assert str(aside) in done.text()
    done.accept()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=10000)
    con = raw_connect(db_path)
    try:
        assert con.execute('SELECT count(*) FROM "case" WHERE case_no = ?', (after,)).fetchone()[0] == 0
        assert con.execute("SELECT minutes FROM review_meeting WHERE id = ?", (meeting,)).fetchone()[0] == ""
    finally:
        con.close()
    con = raw_connect(aside)
    try:
        assert con.execute('SELECT count(*) FROM "case" WHERE case_no = ?', (after,)).fetchone()[0] == 1
        assert con.execute("SELECT minutes FROM review_meeting WHERE id = ?",
                           (meeting,)).fetchone()[0] == "一、备份前写下的纪要。"
    finally:
        con.close()


def test_qt_own_texts_are_chinese_too(qtbot, app_zh):
    """Standard buttons and Qt's own dialog texts follow the language: 是/否 in Chinese, Yes/No in
    English (Qt's translations shipped with PySide6)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.i18n import install_translator

    def texts() -> tuple[str, str]:
        box = QMessageBox(QMessageBox.Question, "t", "t", QMessageBox.Yes | QMessageBox.No)
        qtbot.addWidget(box)
        return box.button(QMessageBox.Yes).text(), box.button(QMessageBox.No).text()

    yes, no = texts()
    assert "是" in yes and "否" in no, (yes, no)
    install_translator(app_zh, "en")
    try:
        yes, no = texts()
        assert "Yes" in yes and "No" in no, (yes, no)
    finally:
        install_translator(app_zh, "zh_CN")


def test_case_window_warmed_off_screen_and_thrown_away(qtbot, app_zh, db_path):
    """Once the list is up, one case window is opened off screen (so the first one a person opens
    is as quick as the next) and then deleted: nothing is left behind, nothing shown."""
    import shiboken6

    from app.services.cases import create_case
    from app.store import Store

    st = Store.open(db_path)
    with st.session() as s:
        create_case(s, customer_name="恒达针织", account_no="3300000998", capacity_kva=400,
                    applied_on=D(2026, 11, 19))
    st.dispose()
    seen = []
    from ui import case_detail

    real = case_detail.CaseDetail.__init__

    def spy(self, *a, **k):
        real(self, *a, **k)
        seen.append(self)

    case_detail.CaseDetail.__init__ = spy
    try:
        win = open_window(qtbot, db_path, D(2026, 11, 20))
        qtbot.waitUntil(lambda: bool(seen), timeout=10000)  # just after the list is up
        wait_idle(qtbot, win)
    finally:
        case_detail.CaseDetail.__init__ = real
    qtbot.wait(100)  # deferred deletes
    assert len(seen) == 1 and not win._detail_windows
    assert not shiboken6.isValid(seen[0])  # deleted, not merely hidden
    assert seen[0] not in QApplication.topLevelWidgets()

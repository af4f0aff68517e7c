"""Review meetings, design review and policy risks through the real widgets, on a real database:
the meeting month view, proposal, the PLAN gate refused and then passed after a decision taken in
the GUI, the minutes PDF, the joint design review of a 1250 kVA case, and risks on the today view."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime

from tests.helpers import answer_box, flat, hold_meeting, ok_button, open_window, pdf_text, wait_idle

D = dt.date


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch):
    monkeypatch.setenv("ZAOSONG_NO_VIEWER", "1")


@pytest.fixture
def cases(db_path):
    """A 1250 kVA case whose fees are paid (design review next; its plan approved at an August
    meeting), then a 630, an 800 and a 400 kVA case whose joint survey finished on 2026-09-03 (PLAN
    open). No meeting exists in September yet."""
    from app.services import cases as svc
    from app.store import Store

    store = Store.open(db_path)
    out = {}
    with store.session() as s:
        out[1250] = svc.create_case(s, customer_name="象山宏远船舶修造有限公司", account_no="3300000125",
                                    capacity_kva=1250, applied_on=D(2026, 8, 3)).case_no
    for stage, day in (("ACCEPT", D(2026, 8, 4)), ("SURVEY", D(2026, 8, 6)), ("PLAN", D(2026, 8, 10)),
                       ("FEES", D(2026, 8, 11))):
        with store.session() as s:
            if stage == "PLAN":
                hold_meeting(s, out[1250], day)
            svc.finish_stage(s, out[1250], stage, day)
    for kva, name, account in ((630, "和泰电器有限公司", "3300000063"), (800, "东方针织有限公司", "3300000080"),
                               (400, "小五金厂", "3300000040")):
        with store.session() as s:
            no = svc.create_case(s, customer_name=name, account_no=account, capacity_kva=kva,
                                 applied_on=D(2026, 9, 1)).case_no
        for stage, day in (("ACCEPT", D(2026, 9, 2)), ("SURVEY", D(2026, 9, 3))):
            with store.session() as s:
                svc.finish_stage(s, no, stage, day)
        out[kva] = no
    store.dispose()
    return db_path, out


def _detail(qtbot, win, no):
    win.open_case(no)
    d = win._detail_windows[no]
    qtbot.waitUntil(lambda: d.view is not None and d.review.data is not None, timeout=10000)
    wait_idle(qtbot, win)
    return d


def _accept(qtbot, win, dlg):
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible() or dlg.error.isVisible(), timeout=10000)
    assert not dlg.isVisible(), dlg.error.text()
    wait_idle(qtbot, win)


def _new_meeting(qtbot, win, day: QDate, hhmm: QTime, place: str):
    page = win.meetings_page
    dlg = page.new_meeting()
    dlg.on.setDate(day)
    dlg.at.setTime(hhmm)
    dlg.place.insert(place)
    dlg.chair.insert("王主任")
    _accept(qtbot, win, dlg)
    qtbot.waitUntil(lambda: page.current() is not None and page.current()["place"] == place, timeout=10000)
    return page.current()


def _pdf_text(path: str) -> str:
    return flat(pdf_text(path))


def test_meeting_proposal_gate_decision_and_minutes(qtbot, app_zh, cases):
    db, no = cases
    win = open_window(qtbot, db, D(2026, 9, 4))
    win.show_page("meetings")
    page = win.meetings_page
    qtbot.waitUntil(lambda: page.month == "2026-09", timeout=10000)
    assert page.empty.isVisible() and "没有会审" in page.empty.text()

    m = _new_meeting(qtbot, win, QDate(2026, 9, 4), QTime(9, 30), "三楼会议室")
    assert m["held_at"] == "2026-09-04 09:30" and m["departments"]  # the default departments are invited
    fmt = page.calendar.dateTextFormat(QDate(2026, 9, 4))
    assert fmt.fontWeight() == 700 and "三楼会议室" in fmt.toolTip()  # the day is marked, with a tooltip
    assert page.calendar.dateTextFormat(QDate(2026, 9, 5)).fontWeight() != 700

    # propose: the 630 and 800 kVA cases, never the 400 kVA one nor the one whose plan is decided
    qtbot.mouseClick(page.btn_propose, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.agenda.rowCount() == 2, timeout=10000)
    assert page.result.isVisible()
    assert no[630] in page.result.text() and no[800] in page.result.text()
    assert no[400] not in page.result.text() and no[1250] not in page.result.text()
    shown = {page.agenda.item(r, 1).text() for r in range(page.agenda.rowCount())}
    assert shown == {no[630], no[800]}
    assert page.agenda.item(0, 1).font().bold()  # marked as added by the proposal

    # drop the 800 kVA case again
    page.select_case(no[800])
    assert page.btn_drop.isEnabled()
    qtbot.mouseClick(page.btn_drop, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.agenda.rowCount() == 1, timeout=10000)
    assert page.agenda.item(0, 1).text() == no[630]
    assert not page.btn_minutes.isEnabled()  # nothing decided yet

    # the 630 kVA case cannot finish PLAN before the decision: the core's message, in Chinese
    d = _detail(qtbot, win, no[630])
    assert "供电方案" in d.btn_next.text()
    dlg = d._next()
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=10000)
    assert "会审" in dlg.error.text() and "630" in dlg.error.text() and dlg.isVisible()
    dlg.close()

    # the 400 kVA case is not held back
    small = _detail(qtbot, win, no[400])
    sdlg = small._next()
    _accept(qtbot, win, sdlg)
    qtbot.waitUntil(lambda: any(s["code"] == "PLAN" and s["finished_on"] for s in small.view["stages"]), timeout=10000)

    # the decision, taken on the meeting page
    win.show_page("meetings")
    page.select_case(no[630])
    dec = page.decide()
    dec.decision.setCurrentIndex(dec.decision.findData("approve_with_changes"))
    assert dec.note_label.text() == "修改意见"
    qtbot.mouseClick(ok_button(dec), Qt.LeftButton)
    assert dec.isVisible() and "修改" in dec.error.text()  # the changes must be written down
    dec.note.setPlainText("改为高供高计,丹城线12号杆T接")
    qtbot.mouseClick(ok_button(dec), Qt.LeftButton)
    answer_box(qtbot, dec, "confirmDecision")  # deciding asks first (issue 15)
    qtbot.waitUntil(lambda: not dec.isVisible() or dec.error.isVisible(), timeout=10000)
    assert not dec.isVisible(), dec.error.text()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.current()["agenda"][0]["decision"] == "approve_with_changes", timeout=10000)
    assert page.agenda.item(0, 5).text() == "修改后同意"
    assert page.selected_item()["case_no"] == no[630]  # still selected after the reload
    assert page.btn_minutes.isEnabled() and not page.btn_postpone.isEnabled()

    # a decided case stays on the agenda: the core says so
    page.select_case(no[630])
    assert not page.btn_drop.isEnabled()
    from ui.ops import meetings as meeting_ops

    win.worker.submit(meeting_ops.drop_from_agenda, m["id"], no[630], on_error=win.show_error)
    wait_idle(qtbot, win)
    assert "已有会审决定" in win.last_error

    # now PLAN finishes
    qtbot.waitUntil(lambda: d.view is not None and "供电方案" in d.btn_next.text(), timeout=10000)
    dlg = d._next()
    _accept(qtbot, win, dlg)
    qtbot.waitUntil(lambda: any(s["code"] == "PLAN" and s["finished_on"] == "2026-09-04" for s in d.view["stages"]),
                    timeout=10000)
    qtbot.waitUntil(lambda: d.events_model.rowCount() > 0
                    and any("会审决定" in d.events_model.text(r, 2) for r in range(d.events_model.rowCount())), timeout=10000)

    # the minutes PDF shows the decision and its changes; the representative's notice only that case
    win.last_document = None
    qtbot.mouseClick(page.btn_minutes, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(win.last_document), timeout=20000)
    text = _pdf_text(win.last_document)
    assert "业扩会审会议纪要" in text and no[630] in text and "修改后同意" in text and "高供高计" in text
    assert "三楼会议室" in text and "王主任" in text and no[800] not in text
    win.last_document = None
    page.select_case(no[630])
    qtbot.mouseClick(page.btn_notice_case, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(win.last_document), timeout=20000)
    assert "业扩会审通知" in _pdf_text(win.last_document) and no[630] in _pdf_text(win.last_document)
    assert Path(win.last_document).parent.name == "会审"


def test_edit_postpone_cancel_and_add_by_hand(qtbot, app_zh, cases):
    db, no = cases
    win = open_window(qtbot, db, D(2026, 9, 4))
    win.show_page("meetings")
    page = win.meetings_page
    qtbot.waitUntil(lambda: page.month == "2026-09", timeout=10000)
    _new_meeting(qtbot, win, QDate(2026, 9, 10), QTime(14, 0), "营销部会议室")

    add = page.add_case()
    assert add.case.findData(no[800]) >= 0 and add.case.findData(no[400]) < 0  # only 500 kVA and up offered
    add.case.setCurrentIndex(add.case.findData(no[800]))
    add.representative.insert("李明(电气负责人)")
    _accept(qtbot, win, add)
    qtbot.waitUntil(lambda: page.agenda.rowCount() == 1, timeout=10000)
    assert page.agenda.item(0, 4).text() == "李明(电气负责人)"
    assert "李明" in page.facts.text()

    # the 630 kVA case's PLAN deadline (2026-09-07) is before this meeting: warned, with the latest date
    add = page.add_case()
    add.case.setEditText(no[630])
    _accept(qtbot, win, add)
    qtbot.waitUntil(lambda: page.agenda.rowCount() == 2, timeout=10000)
    assert page.warnings.isVisible() and no[630] in page.warnings.text() and "2026-09-07" in page.warnings.text()
    row = next(r for r in range(2) if page.agenda.item(r, 1).text() == no[630])
    assert page.agenda.item(row, 7).text().startswith("⚠")

    edit = page.edit_meeting()
    assert not edit.on.isEnabled()  # the time moves by postponing
    edit.place.setText("二楼小会议室")
    _accept(qtbot, win, edit)
    qtbot.waitUntil(lambda: page.current()["place"] == "二楼小会议室", timeout=10000)

    pp = page.postpone()
    qtbot.mouseClick(ok_button(pp), Qt.LeftButton)
    assert pp.isVisible() and pp.error.isVisible()  # a reason is required
    pp.on.setDate(QDate(2026, 10, 9))
    pp.reason.insert("主任出差")
    _accept(qtbot, win, pp)
    # the page follows the meeting into October
    qtbot.waitUntil(lambda: page.month == "2026-10" and page.current() is not None
                    and page.current()["held_at"] == "2026-10-09 14:00", timeout=10000)
    assert "主任出差" in page.facts.text()
    assert page.calendar.dateTextFormat(QDate(2026, 10, 9)).fontWeight() == 700

    cancel = page.cancel_meeting()
    cancel.reason.insert("改为书面会审")
    _accept(qtbot, win, cancel)
    qtbot.waitUntil(lambda: page.current()["status"] == "cancelled", timeout=10000)
    assert "状态:已取消" in page.facts.text() and not page.btn_propose.isEnabled()
    assert "已取消" in page.list.item(0).text()


def test_joint_design_review_of_a_1250_kva_case(qtbot, app_zh, cases):
    db, no = cases
    win = open_window(qtbot, db, D(2026, 10, 12))
    d = _detail(qtbot, win, no[1250])
    assert "图纸审查" in d.btn_next.text()
    assert "尚未收到图纸" in d.review.review_label.text()
    opened = d._next()  # drawings received: the review opens
    opened.on.setDate(QDate(2026, 10, 10))
    opened.institute.insert("宁波电力设计院")
    opened.drawings.setPlainText("电气一次主接线图\n配电房平面布置图")
    _accept(qtbot, win, opened)
    qtbot.waitUntil(lambda: d.review.data["reviews"] and "联合审图" in d.review.review_label.text(), timeout=10000)

    form = d._next()  # finishing the stage opens the review form
    qtbot.waitUntil(lambda: form.data is not None, timeout=10000)
    assert "联合审图" in form.requirement.text() and "营销" in form.requirement.text()
    assert "宁波电力设计院" in form.facts.text() and "配电房平面布置图" in form.facts.text()
    form.opinion_text.insert("计量柜应采用高压计量")
    form.category.setCurrentIndex(form.category.findData("metering"))
    form.must_fix.setChecked(True)
    qtbot.mouseClick(form.btn_opinion, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: form.opinions.rowCount() == 1, timeout=10000)
    form.opinion_text.insert("建议预留一面出线柜位置")
    qtbot.keyClick(form.opinion_text, Qt.Key_Return)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: form.opinions.rowCount() == 2, timeout=10000)
    assert len(form.current_review()["opinions"]) == 2  # Return adds the opinion once
    assert form.opinions.item(0, 1).text() == "计量" and form.opinions.item(0, 2).text() == "必须整改"
    assert form.opinions.item(1, 2).text() == "建议" and form.opinion_text.text() == ""

    # only the manager took part: the core refuses to approve and says who is missing
    form.add_participant("王建国", "客户经理")
    qtbot.mouseClick(form.btn_save_people, Qt.LeftButton)
    wait_idle(qtbot, win)
    form.close_on.setDate(QDate(2026, 10, 12))
    qtbot.mouseClick(form.btn_close, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10000)
    assert "联合审图" in form.error.text() and "生产" in form.error.text() and "供电所" in form.error.text()
    assert form.current_review() is not None  # nothing changed

    for name, dept in (("张伟", "生产"), ("李海燕", "营销"), ("陈刚", "供电所")):
        form.add_participant(name, dept)
    qtbot.mouseClick(form.btn_save_people, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: len(form.current_review()["participants"]) == 4, timeout=10000)
    assert "各部门均已" in form.requirement.text()
    qtbot.mouseClick(form.btn_close, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: form.current_review() is None, timeout=10000)
    assert form.data["reviews"][-1]["outcome"] == "approved"
    assert "通过" in form.rounds.item(0).text()
    qtbot.waitUntil(lambda: any(s["code"] == "DESIGN_REVIEW" and s["finished_on"] == "2026-10-12"
                                for s in d.view["stages"]), timeout=10000)
    assert not form.btn_close.isEnabled() and not form.btn_opinion.isEnabled()


def test_returned_review_starts_a_new_round(qtbot, app_zh, cases):
    from app.services import design_review as dr

    db, no = cases
    win = open_window(qtbot, db, D(2026, 10, 20))
    with win.store.session() as s:
        dr.open_review(s, no[1250], D(2026, 10, 10), "宁波电力设计院", "主接线图")
        dr.set_participants(s, no[1250], "张伟:生产,李海燕:营销,陈刚:供电所")
    d = _detail(qtbot, win, no[1250])
    form = d.review.open_form()
    qtbot.waitUntil(lambda: form.data is not None, timeout=10000)
    form.outcome.setCurrentIndex(form.outcome.findData("returned"))
    form.close_on.setDate(QDate(2026, 10, 13))
    qtbot.mouseClick(form.btn_close, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: form.current_review() is None, timeout=10000)
    assert form.btn_open.isVisible() and "退回" in form.rounds.item(0).text()
    again = form.open_review()
    again.on.setDate(QDate(2026, 10, 16))
    _accept(qtbot, win, again)
    qtbot.waitUntil(lambda: form.rounds.count() == 2, timeout=10000)
    assert form.current_review()["round"] == 2 and "进行中" in form.rounds.item(1).text()
    form.rounds.setCurrentRow(0)  # the history stays readable
    assert "主接线图" in form.facts.text() and not form.btn_save_people.isEnabled()


def test_risk_added_on_the_case_shows_on_today(qtbot, app_zh, cases):
    db, no = cases
    win = open_window(qtbot, db, D(2026, 9, 20))
    d = _detail(qtbot, win, no[630])
    dlg = d.review.add_risk()
    dlg.kind.setCurrentIndex(dlg.kind.findData("RIGHT_OF_WAY"))
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    assert dlg.isVisible() and dlg.error.isVisible()  # a risk needs its text
    dlg.text.setPlainText("电缆通道需穿越村道,村委会未同意")
    dlg.owner.insert("王建国")
    dlg.has_due.setChecked(True)
    dlg.due.setDate(QDate(2026, 9, 15))  # already past on 2026-09-20
    _accept(qtbot, win, dlg)
    qtbot.waitUntil(lambda: d.review.risks.rowCount() == 1, timeout=10000)
    assert d.review.risks.item(0, 0).text() == "线路通道" and d.review.risks.item(0, 4).text() == "已超期"

    today = win.today_page
    qtbot.waitUntil(lambda: today.risks_model.rowCount() == 1, timeout=10000)
    assert today.risks_model.text(0, 0) == no[630]
    assert "村委会" in today.risks_model.text(0, 2) and "超期" in today.risks_model.text(0, 4)
    assert "1 项超期" in today.risks_label.text() or "超期 1" in today.risks_label.text()

    # the Mine / All managers choice applies to the risks as to the warnings: once the case is
    # handed to a colleague it leaves "Mine" and stays under "All managers" and under her name
    from app.services import cases as svc

    with win.store.session() as s:
        svc.edit_case(s, no[630], manager="李娜")
    win.refresh()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: today.risks_model.rowCount() == 0, timeout=10000)
    assert "0 项" in today.risks_label.text() or "：0" in today.risks_label.text(), today.risks_label.text()
    today.scope.setCurrentIndex(today.scope.findData("all"))
    assert today.risks_model.rowCount() == 1
    today.scope.setCurrentIndex(today.scope.findData("李娜"))
    assert today.risks_model.rowCount() == 1 and today.risks_model.text(0, 0) == no[630]

    close = d.review.close_risk()
    close.on.setDate(QDate(2026, 9, 20))
    _accept(qtbot, win, close)
    qtbot.waitUntil(lambda: today.risks_model.rowCount() == 0, timeout=10000)
    assert "已解决" in d.review.risks.item(0, 4).text()


def test_opinion_letter_and_clause_from_the_form(qtbot, app_zh, cases):
    from app.services import design_review as dr
    db, no = cases
    win = open_window(qtbot, db, D(2026, 10, 12))
    with win.store.session() as s:
        dr.open_review(s, no[1250], D(2026, 10, 10), "宁波电力设计院", "主接线图")
    d = _detail(qtbot, win, no[1250])
    form = d.review.open_form()
    qtbot.waitUntil(lambda: form.data is not None, timeout=10000)
    assert form.clause.isVisible() and form.btn_letter.isVisible()
    form.opinion_text.insert("配电房应设两个出入口")
    form.clause.insert("GB 50053-2013 第 6.2.1 条")
    form.must_fix.setChecked(True)
    qtbot.mouseClick(form.btn_opinion, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: form.opinions.rowCount() == 1, timeout=10000)
    assert form.opinions.item(0, 4).text() == "GB 50053-2013 第 6.2.1 条" and form.clause.text() == ""
    win.last_document = None
    qtbot.mouseClick(form.btn_letter, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(win.last_document), timeout=20000)
    text = _pdf_text(win.last_document)
    assert "配电房应设两个出入口" in text and "6.2.1" in text and no[1250] in text


def test_refusals_in_english(qtbot, app_zh, cases):
    """In English the core's refusals are English too (the PLAN gate and the joint review)."""
    from app.services import design_review as dr
    from app.services import meetings as mt
    from ui.i18n import install_translator

    db, no = cases
    install_translator(app_zh, "en")
    win = open_window(qtbot, db, D(2026, 10, 12))
    with win.store.session() as s:
        mid = mt.new_meeting(s, "2026-09-04 09:30", "Room 3", "Wang").meeting_id
    with win.store.session() as s:
        mt.add_case(s, mid, no[630])
        dr.open_review(s, no[1250], D(2026, 10, 10))
    d = _detail(qtbot, win, no[630])
    dlg = d._next()
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=10000)
    assert "review-meeting decision" in dlg.error.text() and "630" in dlg.error.text()
    dlg.close()
    big = _detail(qtbot, win, no[1250])
    form = big._next()
    qtbot.waitUntil(lambda: form.data is not None, timeout=10000)
    assert "Joint review required" in form.requirement.text() and form.btn_close.text() == "Close the review"
    qtbot.mouseClick(form.btn_close, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10000)
    assert "needs a joint review" in form.error.text() and "供电所" in form.error.text()
    win.show_page("meetings")
    qtbot.waitUntil(lambda: win.meetings_page.month == "2026-10", timeout=10000)
    assert win.meetings_page.calendar.locale().language() == QLocale.English
    assert win.meetings_page.btn_propose.text() == "Propose cases"


def test_minutes_text_on_the_meetings_page(qtbot, app_zh, cases):
    """The meeting's own minutes text: typed on the page, saved, kept across a reload, printed in the
    minutes PDF; a refusal shown in place with the text kept; read-only before the meeting is held."""
    from app.services import meetings as mt
    from app.store import Store

    db, no = cases
    store = Store.open(db)
    with store.session() as s:
        held = mt.new_meeting(s, "2026-09-04 09:30", "三楼会议室", "王主任", "运维检修部,营销部").meeting_id
    with store.session() as s:
        mt.add_case(s, held, no[630], "")
    with store.session() as s:
        mt.decide(s, held, no[630], "approve", "同意按查勘方案供电")
    with store.session() as s:
        later = mt.new_meeting(s, "2026-09-30 09:30", "营销部会议室", "王主任", "").meeting_id
    store.dispose()

    win = open_window(qtbot, db, D(2026, 9, 10))
    win.show_page("meetings")
    page = win.meetings_page
    qtbot.waitUntil(lambda: page.month == "2026-09" and len(page.meetings) == 2, timeout=10000)

    # not held yet (as of 2026-09-10): read-only, and said why
    page.select_meeting(later)
    assert page.current()["id"] == later
    assert page.minutes.isReadOnly() and "召开" in page.minutes.placeholderText()
    assert not page.btn_save_minutes.isEnabled()

    page.select_meeting(held)
    assert not page.minutes.isReadOnly() and page.minutes.toPlainText() == ""
    assert not page.btn_save_minutes.isEnabled()  # nothing to save
    page.minutes.setPlainText("一、丹城线 12 号杆 T 接点负荷已接近上限。\n二、运维检修部在 10 月底前提出改造方案。  ")
    assert page.btn_save_minutes.isEnabled() and "未保存" in page.minutes_state.text()

    # a reload for another reason keeps the unsaved text
    page.reload()
    wait_idle(qtbot, win)
    assert page.minutes.toPlainText().startswith("一、丹城线")

    qtbot.mouseClick(page.btn_save_minutes, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.current()["minutes"] != "", timeout=10000)
    stored = "一、丹城线 12 号杆 T 接点负荷已接近上限。\n二、运维检修部在 10 月底前提出改造方案。"
    assert page.current()["minutes"] == stored
    assert page.minutes.toPlainText() == stored and not page.btn_save_minutes.isEnabled()
    assert "已保存" in page.minutes_state.text()

    # a refusal: the core's message in place, the text kept for correcting
    page.minutes.setPlainText("第一行\n第二\x07行")
    qtbot.mouseClick(page.btn_save_minutes, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "控制字符" in page.minutes_state.text(), timeout=10000)
    assert "第 2 行" in page.minutes_state.text() and page.minutes.toPlainText() == "第一行\n第二\x07行"
    assert page.current()["minutes"] == stored

    # the minutes PDF prints it
    page.minutes.setPlainText(stored)
    assert not page.btn_save_minutes.isEnabled()
    win.last_document = None
    qtbot.mouseClick(page.btn_minutes, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(win.last_document), timeout=20000)
    text = _pdf_text(win.last_document)
    assert "会议内容" in text and "运维检修部在10月底前提出改造方案" in text


def test_unsaved_minutes_are_saved_when_leaving_the_meeting_or_closing(qtbot, app_zh, cases):
    """Nothing typed is lost: minutes not yet saved are saved when another meeting is chosen and when
    the window closes; text the core refuses is shown in a message to copy from."""
    from PySide6.QtWidgets import QMessageBox

    from app.services import meetings as mt
    from app.store import Store

    db, no = cases
    store = Store.open(db)
    with store.session() as s:
        first = mt.new_meeting(s, "2026-09-04 09:30", "三楼会议室", "王主任", "营销部").meeting_id
    with store.session() as s:
        second = mt.new_meeting(s, "2026-09-08 14:00", "营销部会议室", "王主任", "").meeting_id
    store.dispose()

    def stored(meeting_id: str) -> str:
        st = Store.open(db)
        try:
            with st.reader() as s:
                return mt.get_meeting(s, meeting_id).minutes
        finally:
            st.dispose()

    win = open_window(qtbot, db, D(2026, 9, 10))
    win.show_page("meetings")
    page = win.meetings_page
    qtbot.waitUntil(lambda: page.month == "2026-09" and len(page.meetings) == 2, timeout=10000)
    page.select_meeting(first)
    page.minutes.setPlainText("一、10 千伏丹城线负荷已近上限。")
    page.select_meeting(second)  # not saved by hand: saved on the way out
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: stored(first) == "一、10 千伏丹城线负荷已近上限。", timeout=10000)
    assert page.current()["id"] == second and page.minutes.toPlainText() == ""
    page.select_meeting(first)
    wait_idle(qtbot, win)
    assert page.minutes.toPlainText() == "一、10 千伏丹城线负荷已近上限。" and not page.minutes_dirty()

    # refused on the way out (a control character): the text is offered for copying
    page.minutes.setPlainText("第一行\n第二\x07行")
    page.select_meeting(second)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "minutesNotSaved") is not None, timeout=10000)
    box = page.findChild(QMessageBox, "minutesNotSaved")
    assert box.detailedText() == "第一行\n第二\x07行" and "控制字符" in box.text()
    box.close()
    assert stored(first) == "一、10 千伏丹城线负荷已近上限。"

    # typed, then the window closed
    page.select_meeting(second)
    page.minutes.setPlainText("会议决定：东方针织按 800 kVA 供电。")
    win.close()
    assert stored(second) == "会议决定：东方针织按 800 kVA 供电。"

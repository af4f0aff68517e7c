"""Temporary supply to formal through the real widgets, on a real database: the advice recorded on
the temporary case's window, the formal case created from there (prefilled, type fixed), the link
shown both ways with the advice and survey carried over, the formal case's survey form starting
from the temporary survey, and the new-case form refusing a temporary-to-formal case without its
temporary case."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.helpers import ok_button, open_window, wait_idle

D = dt.date
SURVEY = {"surveyed_on": "2026-03-04", "participants": [{"name": "张伟", "dept": "客户经理"}],
          "findings": "工地东侧临时箱变位置", "substation": "丹城变", "feeder": "丹城线", "pole": "12号杆",
          "supply_kv": 10, "metering": "LV", "ct_ratio": "", "vt_ratio": "",
          "transformers": [{"count": 1, "type": "oil", "kva": 400}]}


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch):
    monkeypatch.setenv("ZAOSONG_NO_VIEWER", "1")


@pytest.fixture
def temp_case(db_path):
    """A TEMPORARY case applied on 2026-03-02 with its joint survey, no advice yet; and an ordinary
    new connection."""
    from app.services import cases as svc
    from app.services import field
    from app.store import Store

    store = Store.open(db_path)
    with store.session() as s:
        no = svc.create_case(s, customer_name="象山建工集团(一号地块临时用电)", account_no="3300000100",
                             capacity_kva=400, business_type="TEMPORARY", applied_on=D(2026, 3, 2),
                             contact="李四 13800000000", address="丹东街道天安路1号工地", township="丹东街道",
                             key_project=True).case_no
    with store.session() as s:
        field.set_survey(s, no, SURVEY)
    with store.session() as s:
        svc.create_case(s, customer_name="和泰电器有限公司", account_no="3300000063", capacity_kva=630,
                        applied_on=D(2026, 9, 1))
    store.dispose()
    return db_path, no


def _detail(qtbot, win, no):
    win.open_case(no)
    d = win._detail_windows[no]
    qtbot.waitUntil(lambda: d.view is not None and d.field.overview is not None, timeout=10000)
    wait_idle(qtbot, win)
    return d


def _accept(qtbot, win, dlg):
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible() or dlg.error.isVisible(), timeout=10000)
    assert not dlg.isVisible(), dlg.error.text()
    wait_idle(qtbot, win)


def test_advice_formal_case_and_the_link_both_ways(qtbot, app_zh, temp_case):
    db, temp = temp_case
    win = open_window(qtbot, db, D(2026, 10, 12))
    d = _detail(qtbot, win, temp)
    panel = d.temp
    assert panel.isVisible() and "尚未" in panel.advice.text()  # no advice yet, said so
    assert panel.btn_advice.isEnabled() and panel.btn_formal.isEnabled()

    # the advice, recorded in its dialog; a missing field is said before anything is written
    dlg = panel.record_advice()
    dlg.room.insert("1号楼地下一层东侧,预留 12×8 m")
    dlg.transformer.insert("2×800 kVA 干式 SCB13")
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    assert dlg.isVisible() and dlg.error.isVisible() and "开关柜" in dlg.error.text()
    dlg.switchgear.insert("10 kV 环网柜 4 面、低压柜 12 面")
    dlg.note.setPlainText("电缆沟沿东侧围墙预埋")
    dlg.on.setDate(dlg.on.date().fromString("2026-03-05", "yyyy-MM-dd"))
    _accept(qtbot, win, dlg)
    qtbot.waitUntil(lambda: (d.view.get("temp_advice") or {}).get("room") == "1号楼地下一层东侧,预留 12×8 m",
                    timeout=10000)
    assert "2×800 kVA 干式 SCB13" in panel.advice.text() and "2026-03-05" in panel.advice.text()
    assert d.events_model.text(0, 2).startswith("正式用电建议")
    # opened again to change it: the fields and the day it was given, not today
    again = panel.record_advice()
    assert again.room.text() == "1号楼地下一层东侧,预留 12×8 m"
    assert again.on.date().toString("yyyy-MM-dd") == "2026-03-05"
    again.reject()

    # the formal case, from the temporary case's window: type fixed, customer's data prefilled
    dlg = panel.create_formal()
    qtbot.waitUntil(lambda: dlg.defaults is not None, timeout=10000)
    assert dlg.btype.currentData() == "TEMP_TO_FORMAL" and not dlg.btype.isEnabled()
    assert dlg.from_case() == temp and not dlg.source.isEnabled()
    assert dlg.customer.text() == "象山建工集团(一号地块临时用电)" and dlg.account.text() == "3300000100"
    assert dlg.contact.text() == "李四 13800000000" and dlg.key.isChecked()
    assert dlg.applied.minimumDate().toString("yyyy-MM-dd") == "2026-03-02"
    # the capacity is the one thing it must be given
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    assert dlg.isVisible() and "容量" in dlg.error.text()
    dlg.customer.setText("象山建工集团有限公司")
    dlg.kva.setValue(1600)
    dlg.dual.setChecked(True)
    _accept(qtbot, win, dlg)
    formal = dlg.result_change.case_no
    assert formal != temp
    f = win._detail_windows[formal]  # opened on creation
    qtbot.waitUntil(lambda: f.view is not None and f.view["case_no"] == formal and f.field.overview is not None,
                    timeout=10000)
    wait_idle(qtbot, win)

    # the formal case: its temporary predecessor (a link), the advice and the survey carried over
    assert f.view["business_type"] == "TEMP_TO_FORMAL" and f.view["capacity_kva"] == 1600
    assert f.view["customer_name"] == "象山建工集团有限公司" and f.view["account_no"] == "3300000100"
    assert f.temp.isVisible()
    assert temp in f.temp.link.text() and f"case:{temp}" in f.temp.link.text()
    for text in ("1号楼地下一层东侧,预留 12×8 m", "2×800 kVA 干式 SCB13", "10 kV 环网柜 4 面、低压柜 12 面",
                 "电缆沟沿东侧围墙预埋"):
        assert text in f.temp.advice.text()
    assert "丹城变" in f.temp.survey.text() and "工地东侧临时箱变位置" in f.temp.survey.text()
    assert not f.temp.btn_advice.isVisible() and not f.temp.btn_formal.isVisible()

    # the temporary case's window refreshed: its formal successor, the actions closed
    qtbot.waitUntil(lambda: d.view.get("successor") is not None, timeout=10000)
    assert formal in d.temp.link.text() and f"case:{formal}" in d.temp.link.text()
    assert not d.temp.btn_advice.isEnabled() and not d.temp.btn_formal.isEnabled()

    # the link opens the other case
    d.temp.link.linkActivated.emit(f"case:{formal}")
    assert win._detail_windows[formal].isVisible()
    f.temp.link.linkActivated.emit(f"case:{temp}")
    assert win._detail_windows[temp].isVisible()

    # the formal case's survey form starts from the temporary case's survey (not its date)
    sdlg = f.field.edit_survey()
    assert sdlg.substation.text() == "丹城变" and sdlg.feeder.text() == "丹城线"
    assert sdlg.findings.toPlainText() == "工地东侧临时箱变位置"
    assert sdlg.transformers.rowCount() == 1 and sdlg.on.date().toString("yyyy-MM-dd") == "2026-10-12"
    assert sdlg.findChild(type(f.temp.link), "surveyPrefilled") is not None
    sdlg.reject()


def test_formal_type_needs_a_temporary_case_in_the_new_case_form(qtbot, app_zh, temp_case):
    db, temp = temp_case
    win = open_window(qtbot, db, D(2026, 10, 12))
    dlg = win.new_case_dialog()
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.source.isVisible()  # nothing to choose for a new connection
    dlg.btype.setCurrentIndex(dlg.btype.findData("TEMP_TO_FORMAL"))
    qtbot.waitUntil(lambda: dlg.candidates is not None, timeout=10000)
    assert dlg.source.isVisible() and dlg.source_note.text()
    # only the temporary case is offered (not the ordinary case)
    assert [dlg.source.itemData(i) for i in range(dlg.source.count())] == [None, temp]

    # without the temporary case: refused here, with the reason, and nothing is written
    dlg.customer.insert("某公司")
    dlg.account.insert("3300000999")
    dlg.kva.setValue(800)
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    assert dlg.isVisible() and dlg.error.isVisible() and "临时用电工单" in dlg.error.text()
    wait_idle(qtbot, win)
    assert win.cases_page.model.total == 2

    # choosing it prefills the customer's data; then it goes through
    dlg.source.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dlg.defaults is not None, timeout=10000)
    assert dlg.customer.text() == "象山建工集团(一号地块临时用电)" and dlg.account.text() == "3300000100"
    assert not dlg.hint.isVisible()  # the open temporary case of the same account is no duplicate
    _accept(qtbot, win, dlg)
    qtbot.waitUntil(lambda: win.cases_page.model.total == 3, timeout=10000)

    # the temporary case is converted now: a second form has nothing left to offer, and says why
    dlg2 = win.new_case_dialog()
    qtbot.addWidget(dlg2)
    dlg2.show()
    dlg2.btype.setCurrentIndex(dlg2.btype.findData("TEMP_TO_FORMAL"))
    qtbot.waitUntil(lambda: dlg2.candidates is not None, timeout=10000)
    assert dlg2.candidates == [] and not dlg2.source.isEnabled()
    assert "没有" in dlg2.source_note.text()
    dlg2.reject()

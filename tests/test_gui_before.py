"""The 事前 page (issue 18) on the real window: a card dragged to another column changes its status,
a card dropped on 已申请 makes the case (counted once: its card shows the case, the matrix counts
it), the matrix drills down, a visit entered through the form with an action past due shows on
Today, and a refused prospect keeps the form open with what was typed."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from app.services import prospects as pr
from app.store import Store
from tests.helpers import flat, ok_button, open_window, pdf_text, wait_idle

AS_OF = dt.date(2026, 11, 27)


def _seed(db_path):
    st = Store.open(db_path)
    with st.session() as s:
        a = pr.add_prospect(s, name="石浦冷链物流", township="石浦镇", kva=1250, year=2027, probability=60,
                            manager="张伟").created_id
        b = pr.add_prospect(s, name="鹤浦水产冷冻", township="鹤浦镇", kva=630, year=2028, probability=40,
                            manager="李海燕").created_id
    st.dispose()
    return a, b


def _drop(source, target, row: int = 0):
    """The drop event a mouse drag of ``source``'s card on ``target`` ends with (the drag itself needs
    a real pointer; what the column does with the drop is what is tested)."""
    source.setCurrentRow(row)
    mime = source.mimeData(source.selectedItems())

    class Drop(QDropEvent):
        def source(self):  # the column the card came from, as Qt reports it for an in-app drag
            return source_list

    source_list = source
    target.dropEvent(Drop(QPointF(10, 10), Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier))


def _page(qtbot, db_path):
    win = open_window(qtbot, db_path, AS_OF)
    win.show_page("before")
    page = win.before_page
    qtbot.waitUntil(lambda: page.data is not None and page.columns["LEAD"].count() == 2, timeout=20000)
    return win, page


def test_drag_a_card_then_convert_it_counted_once_and_drill_down(qtbot, db_path, app_zh):
    a, b = _seed(db_path)
    win, page = _page(qtbot, db_path)
    assert "2" in page.column_labels["LEAD"].text()
    # drag 鹤浦 (second by year) to 跟进
    lead = page.columns["LEAD"]
    row_b = next(i for i in range(lead.count()) if lead.item(i).data(Qt.UserRole) == b)
    _drop(lead, page.columns["FOLLOW"], row_b)
    qtbot.waitUntil(lambda: page.columns["FOLLOW"].count() == 1, timeout=10000)
    with win.store.reader() as s:
        assert pr.get_prospect(s, b).status == "FOLLOW"
    # drop 石浦 on 已申请: the conversion form opens
    _drop(page.columns["LEAD"], page.columns["APPLIED"], 0)
    dlg = page.dialog
    assert dlg.objectName() == "convertDialog"
    qtbot.keyClicks(dlg.account, "3300000101")
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: page.columns["APPLIED"].count() == 1, timeout=10000)
    wait_idle(qtbot, win)
    card = page.columns["APPLIED"].item(0).text()
    with win.store.reader() as s:
        case_no = next(p for p in pr.list_prospects(s) if p["id"] == a)["case_no"]
    assert case_no and case_no in card and page.columns["LEAD"].count() == 0
    assert "counted through" in page.column_labels["APPLIED"].text() or "工单" in page.column_labels["APPLIED"].text()
    # the matrix: 石浦镇 2027 counts the case at 100 %
    page.tabs.setCurrentIndex(2)
    towns = [page.matrix.verticalHeaderItem(i).text() for i in range(page.matrix.rowCount())]
    years = [page.matrix.horizontalHeaderItem(j).text() for j in range(page.matrix.columnCount())]
    assert len(towns) == 19 and years[0] == "2026"  # 18 townships and the total
    i, j = towns.index("石浦镇"), years.index("2027")
    assert page.matrix.item(i, j).text() == "1250"
    page.matrix.setCurrentCell(i, j)
    page.matrix.setFocus()
    qtbot.keyClick(page.matrix, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == "drillDialog",
                    timeout=10000)
    drill = page.dialog.table
    assert drill.rowCount() == 1 and case_no in drill.item(0, 1).text()
    page.dialog.close()
    # the case names the prospect it came from
    win.open_case(case_no)
    detail = win._detail_windows[case_no]
    qtbot.waitUntil(lambda: detail.events_model.rowCount() > 0, timeout=10000)
    texts = [detail.events_model.text(r, c) for r in range(detail.events_model.rowCount())
             for c in range(detail.events_model.columnCount())]
    assert any("石浦冷链物流" in t and "2027" in t for t in texts), texts
    detail.close()


def test_a_visit_through_the_form_and_its_overdue_action_on_today(qtbot, db_path, app_zh, monkeypatch):
    monkeypatch.setenv("ZAOSONG_NO_VIEWER", "1")  # the PDF is written, not shown
    win, page = _page_empty(qtbot, db_path)
    qtbot.mouseClick(page.btn_visit, Qt.LeftButton)
    dlg = page.dialog
    dlg.on.setDate(dt.date(2026, 11, 2))
    dlg.party.setCurrentIndex(dlg.party.findData("TOWNSHIP"))
    dlg.township.setCurrentText("石浦镇")
    dlg.topics.setFocus()
    dlg.topics.insertPlainText("了解水产冷冻企业扩产")  # typed (QTest types ASCII only)
    dlg.action_text.insert("上报发展建设部")
    dlg.action_due.setDate(dt.date(2026, 11, 20))
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: page.visits_model.rowCount() == 1, timeout=10000)
    wait_idle(qtbot, win)
    box = win.today_page.visits_due
    qtbot.waitUntil(lambda: box.model.rowCount() == 1, timeout=10000)
    assert "上报发展建设部" in box.model.text(0, 3) and box.model.text(0, 0) == "2026-11-20"
    # the 走访记录 PDF of the selected visit, drawn off the GUI thread
    page.tabs.setCurrentIndex(1)
    page.visits_table.selectRow(0)
    qtbot.mouseClick(page.btn_visit_pdf, Qt.LeftButton)
    qtbot.waitUntil(lambda: getattr(win, "last_document", None) is not None, timeout=20000)
    text = flat(pdf_text(win.last_document))
    assert "业扩走访记录" in text and "上报发展建设部" in text and "乡镇政府" in text


def test_a_refused_prospect_keeps_the_form_open_with_what_was_typed(qtbot, db_path, app_zh):
    win, page = _page_empty(qtbot, db_path)
    qtbot.mouseClick(page.btn_prospect, Qt.LeftButton)
    dlg = page.dialog
    dlg.name.insert("大徐光伏")
    dlg.kva.setValue(0)
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=10000)
    assert dlg.isVisible() and dlg.name.text() == "大徐光伏" and "容量" in dlg.error.text()
    dlg.kva.setValue(800)
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: page.columns["LEAD"].count() == 1, timeout=10000)
    QApplication.processEvents()


def _page_empty(qtbot, db_path):
    win = open_window(qtbot, db_path, AS_OF)
    win.show_page("before")
    page = win.before_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    return win, page


def test_the_pipeline_works_from_the_keyboard(qtbot, db_path, app_zh):
    a, _b = _seed(db_path)
    win, page = _page(qtbot, db_path)
    lead = page.columns["LEAD"]
    row = next(i for i in range(lead.count()) if lead.item(i).data(Qt.UserRole) == a)
    lead.setFocus()
    lead.setCurrentRow(row)
    qtbot.keyClick(lead, Qt.Key_Right, Qt.ControlModifier)
    qtbot.waitUntil(lambda: page.columns["FOLLOW"].count() == 1, timeout=10000)
    with win.store.reader() as s:
        assert pr.get_prospect(s, a).status == "FOLLOW"
    # Enter on a card opens its form, with what the prospect holds
    follow = page.columns["FOLLOW"]
    follow.setFocus()
    follow.setCurrentRow(0)
    qtbot.keyClick(follow, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=5000)
    assert page.dialog.objectName() == "prospectDialog" and page.dialog.name.text() == "石浦冷链物流"
    page.dialog.reject()

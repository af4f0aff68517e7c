"""Issue 16, the keyboard and the cases list: Esc and Ctrl+W close a case window, Down moves from the
search box into the results, Enter opens the selected row every time, a dialog given back leaves
the window it came from in front; key columns fit, empty ones are narrow, long names elide in the
middle with the full name in the tooltip, the 2027 "*" is visible, the search box stays usable at
1024 px."""
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers import open_window, wait_idle

AS_OF = dt.date(2026, 11, 27)
LONG = "象山县丹东街道滨海路八号和泰电器机械制造与进出口贸易有限公司第二分公司"


def _cases(qtbot, demo_db, width=1366):
    win = open_window(qtbot, demo_db, AS_OF)
    win.resize(width, 720)
    win.show_page("cases")
    page = win.cases_page
    page.scope.setCurrentIndex(1)  # all managers
    qtbot.waitUntil(lambda: page.model.rowCount() > 10, timeout=10000)
    return win, page


def test_down_from_search_and_enter_open_the_case_every_time(qtbot, app_zh, demo_db):
    win, page = _cases(qtbot, demo_db)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "YK")
    qtbot.waitUntil(lambda: page.model.rowCount() > 2, timeout=5000)
    qtbot.keyClick(page.search, Qt.Key_Down)
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0
    first = page.model.row_at(0)[1]
    for _ in range(2):  # opened, closed with Esc, opened again with Enter
        qtbot.keyClick(page.table, Qt.Key_Return)
        qtbot.waitUntil(lambda: first in win._detail_windows and win._detail_windows[first].isVisible(), timeout=5000)
        detail = win._detail_windows[first]
        wait_idle(qtbot, win)
        detail.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is detail, timeout=5000)
        qtbot.keyClick(detail, Qt.Key_Escape)
        assert not detail.isVisible()
    qtbot.keyClick(page.table, Qt.Key_Down)
    second = page.model.row_at(1)[1]
    qtbot.keyClick(page.table, Qt.Key_Enter)
    qtbot.waitUntil(lambda: second in win._detail_windows and win._detail_windows[second].isVisible(), timeout=5000)
    detail = win._detail_windows[second]
    wait_idle(qtbot, win)
    detail.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is detail, timeout=5000)
    qtbot.keyClick(detail, Qt.Key_W, Qt.ControlModifier)
    assert not detail.isVisible()


def test_a_dialog_from_a_case_window_gives_focus_back_to_it(qtbot, app_zh, demo_db):
    from ui.case_dialogs import StageActionDialog

    win, page = _cases(qtbot, demo_db)
    no = page.model.row_at(0)[1]
    win.open_case(no)
    detail = win._detail_windows[no]
    qtbot.waitUntil(lambda: detail.view is not None, timeout=10000)
    detail.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is detail, timeout=5000)
    dlg = StageActionDialog(win.ops, win.as_of, detail.view, "pause", parent=win)  # a child of the main window, as they all are
    dlg.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=5000)
    dlg.reject()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is detail, timeout=5000)  # not the main window
    detail.close()


def test_column_widths_fit_what_matters(qtbot, app_zh, demo_db):
    from app.store import Store

    store = Store.open(demo_db)
    try:
        from app.services import cases as svc

        with store.session() as s:
            svc.create_case(s, customer_name=LONG, account_no="3300009999", capacity_kva=630,
                            applied_on=dt.date(2026, 11, 20))
    finally:
        store.dispose()
    win, page = _cases(qtbot, demo_db)
    t, model = page.table, page.model
    fm = t.fontMetrics()
    rows = [model.row_at(r) for r in range(min(40, model.rowCount()))]
    for c in (0, 2, 3, 4, 6):  # case number, account, kVA, manager, stage: never "…"
        need = max(fm.horizontalAdvance(model._display(r, c)) for r in rows)
        assert t.columnWidth(c) >= need + 6 and t.columnWidth(c) >= t.sizeHintForColumn(c), c
    assert t.columnWidth(7) >= fm.horizontalAdvance("2027-12-31 *") + 8  # the * of a year without schedule
    assert t.columnWidth(9) <= 120  # the Paused column, mostly empty, stays narrow
    assert page.NAME_MIN <= t.columnWidth(1) <= page.NAME_MAX
    assert t.textElideMode() == Qt.ElideMiddle
    page.search.setText("3300009999")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    tip = model.data(model.index(0, 1), Qt.ToolTipRole)
    assert LONG in tip  # the full name, though the cell shows it elided
    assert fm.horizontalAdvance(LONG) > t.columnWidth(1)


def test_search_stays_usable_at_1024_and_english_combos_are_not_cut(qtbot, app_zh, demo_db):
    win, page = _cases(qtbot, demo_db, width=1024)
    QApplication.processEvents()
    assert page.search.width() >= 260
    win.set_language("en")
    try:
        QApplication.processEvents()
        for combo in (page.scope, page.state, page.stage, page.clock, page.township):
            text = combo.currentText()
            combo.setCurrentIndex(combo.findText("Open and energised") if combo is page.state else combo.currentIndex())
            QApplication.processEvents()
            assert combo.sizeHint().width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 20, text
        assert page.search.width() >= 260
    finally:
        win.set_language("zh_CN")

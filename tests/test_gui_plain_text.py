"""User text is shown literally (issue 15, "input that cannot deceive").

A customer named ``<b>和泰&amp;</b>`` rendered bold as "和泰&" in the case header: a QLabel's default
Qt::AutoText guesses rich text. Every label that can show user text is now Qt.PlainText (ui/widgets
``plain_text``), message boxes too (``plain_box``), tooltips are escaped (``plain_tip``).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.helpers import open_window, visible_box, wait_idle

D = dt.date
AS_OF = D(2026, 11, 20)  # a Friday
MARKUP = "<b>和泰&amp;</b><img src=x>"


def _markup_case(db_path) -> str:
    """A case whose customer, contact, address, manager and a pause note hold markup, due today."""
    from app.services import cases as svc
    from app.store import Store

    st = Store.open(db_path)
    with st.session() as s:
        ch = svc.create_case(s, customer_name=MARKUP, account_no="3300000001", capacity_kva=315,
                             applied_on=D(2026, 11, 19), manager=MARKUP, contact="联系人" + MARKUP,
                             address="地址" + MARKUP, township="石浦镇")  # a township is one of the list now
    st.dispose()
    return ch.case_no


def _labels_showing(root, text: str) -> list[QLabel]:
    return [lb for lb in root.findChildren(QLabel) if text in lb.text()]


def _assert_plain(labels: list[QLabel]) -> None:
    assert labels
    for lb in labels:
        assert lb.textFormat() == Qt.PlainText, (lb.objectName(), lb.text())


def test_markup_in_user_text_is_shown_literally(qtbot, app_zh, db_path):
    from ui.widgets import plain_tip

    no = _markup_case(db_path)
    win = open_window(qtbot, db_path, AS_OF)
    qtbot.waitUntil(lambda: win.snapshot is not None and win.snapshot.complete, timeout=30000)

    # the case window: header and info rows hold the literal text, as plain text
    win.open_case(no)
    qtbot.waitUntil(lambda: no in win._detail_windows and win._detail_windows[no].view is not None, timeout=20000)
    wait_idle(qtbot, win)
    detail = win._detail_windows[no]
    assert detail.header.text().startswith(f"{no}  {MARKUP}  [")
    assert detail.header.textFormat() == Qt.PlainText
    for value in (MARKUP, "联系人" + MARKUP, "地址" + MARKUP):
        shown = [lb for lb in detail.findChildren(QLabel) if lb.text() == value]
        assert shown, value
        _assert_plain(shown)
    _assert_plain(_labels_showing(detail, MARKUP))
    # no label of the case window guesses rich text any more (the deliberate ones escape their text)
    auto = [lb.objectName() or lb.text() for lb in detail.findChildren(QLabel) if lb.textFormat() == Qt.AutoText]
    assert not auto, auto
    detail.grab().save("/tmp/plain_text_case.png")
    detail.close()

    # the cases list: the model gives the literal string
    page = win.cases_page
    page.scope.setCurrentIndex(page.scope.findData(None))  # all managers
    model = page.table.model()
    texts = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert MARKUP in texts

    # the Today view: due today, the name literal in its tree, no guessing label on the page
    today = win.today_page
    win.show_page("today")
    today.scope.setCurrentIndex(today.scope.findData("all"))
    tm = today.tree_model
    names = [tm.index(r, 1, tm.index(g, 0)).data() for g in range(tm.rowCount())
             for r in range(tm.rowCount(tm.index(g, 0)))]
    assert MARKUP in names
    assert today.scope.findText(MARKUP) >= 0  # the manager is offered literally as a scope
    auto = [lb.objectName() or lb.text() for lb in win.findChildren(QLabel) if lb.textFormat() == Qt.AutoText]
    assert not auto, auto
    win.grab().save("/tmp/plain_text_today.png")

    # a message that carries the user's text
    win.show_error(f"工单 {no} 客户 {MARKUP} 已存在")
    qtbot.waitUntil(lambda: visible_box(win, "errorBox") is not None, timeout=5000)
    box = visible_box(win, "errorBox")
    assert box.textFormat() == Qt.PlainText and box.text() == f"工单 {no} 客户 {MARKUP} 已存在"
    _assert_plain(_labels_showing(box, MARKUP))
    box.grab().save("/tmp/plain_text_box.png")
    box.close()

    # tooltips: the text escaped, so Qt shows it literally
    tip = plain_tip("会议室 " + MARKUP + "\n第二行")
    assert "<b>" not in tip and "&lt;b&gt;" in tip and "&amp;amp;" in tip and "<br>" in tip
    win.close()


def test_dialog_labels_are_plain(qtbot, app_zh, db_path):
    """A dialog built with user text (the meeting decision shows the customer) sets its labels plain when shown."""
    from PySide6.QtWidgets import QDialog

    from ui.widgets import WorkerDialog

    win = open_window(qtbot, db_path, AS_OF)
    dlg = WorkerDialog(win.ops, win)
    from PySide6.QtWidgets import QFormLayout

    form = QFormLayout()
    shown = QLabel(MARKUP)
    form.addRow("客户", shown)
    dlg.finish_layout(form)
    assert shown.textFormat() == Qt.AutoText
    dlg.show()
    qtbot.waitExposed(dlg)
    assert shown.textFormat() == Qt.PlainText and shown.text() == MARKUP
    assert isinstance(dlg, QDialog)
    dlg.close()
    win.close()


# --- one notion of "warning" (issue 15) ----------------------------------------------------------


def _cases_at_0_1_2(db_path) -> None:
    """Three open cases with 0, 1 and 2 working days left as of AS_OF (and one overdue)."""
    from app.services import cases as svc
    from app.store import Store

    st = Store.open(db_path)
    with st.session() as s:
        svc.create_case(s, customer_name="零日", account_no="3300000010", capacity_kva=315,
                        applied_on=D(2026, 11, 19), manager="张伟")  # ACCEPT (1 wd): 0 left
        svc.create_case(s, customer_name="一日", account_no="3300000011", capacity_kva=315,
                        applied_on=D(2026, 11, 20), manager="张伟")  # ACCEPT: 1 left
        two = svc.create_case(s, customer_name="两日", account_no="3300000012", capacity_kva=315,
                              applied_on=D(2026, 11, 19), manager="张伟").case_no
        svc.finish_stage(s, two, "ACCEPT", D(2026, 11, 19))  # SURVEY (3 wd) from 11-19: 2 left
        svc.create_case(s, customer_name="超期", account_no="3300000013", capacity_kva=315,
                        applied_on=D(2026, 11, 16), manager="张伟")  # overdue
    st.dispose()


def _today_groups(today) -> list[tuple[str, list[str]]]:
    """(title, customers) of the overdue, due today and due soon groups."""
    tm = today.tree_model
    out = []
    for g in range(tm.rowCount()):
        parent = tm.index(g, 0)
        out.append((parent.data(), sorted(tm.index(r, 1, parent).data() for r in range(tm.rowCount(parent)))))
    return out


def _soon_title(today, n: int) -> str:
    return today.tr("Due within %1 working days").replace("%1", str(n))


def _summary(today, counts, n: int) -> str:
    return (today.tr("%1 overdue, %2 due today, %3 due within %4 working days.")
            .replace("%1", str(counts[0])).replace("%2", str(counts[1])).replace("%3", str(counts[2]))
            .replace("%4", str(n)))


def _cases_filter(win, clock: str) -> list[str]:
    page = win.cases_page
    page.clock.setCurrentIndex(page.clock.findData(clock))
    model = page.table.model()
    return sorted(model.index(r, 1).data() for r in range(model.rowCount()))


def test_today_and_the_cases_filter_use_the_settings_threshold(qtbot, qapp, db_path):
    """Today counted "due within 2 working days" (a constant) while the Cases filter used the
    settings' threshold (1): 3 against 2. Both now follow the settings, 1 and then 2."""
    _cases_at_0_1_2(db_path)
    win = open_window(qtbot, db_path, AS_OF)
    qtbot.waitUntil(lambda: win.snapshot is not None and win.snapshot.complete, timeout=30000)
    today = win.today_page
    assert today.warn_wd == 1
    groups = _today_groups(today)
    assert [g[1] for g in groups] == [["超期"], ["零日"], ["一日"]], groups  # the 2-wd case is not "soon"
    assert groups[2][0].startswith(_soon_title(today, 1)), groups
    assert _cases_filter(win, "warning") == ["一日", "零日"]  # the same cases as Today's today + soon
    assert _cases_filter(win, "overdue") == ["超期"]
    assert today.summary.text() == _summary(today, (1, 1, 1), 1)
    assert "≤ 1" in win.cases_page.clock.itemText(win.cases_page.clock.findData("warning"))

    # the threshold raised to 2 in the settings: both follow it
    sp = win.settings_page
    qtbot.waitUntil(lambda: sp.warn.value() == 1, timeout=5000)
    sp.warn.setValue(2)
    sp.save()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: win.snapshot is not None and win.snapshot.warn_wd == 2 and win.snapshot.complete,
                    timeout=20000)
    wait_idle(qtbot, win)
    groups = _today_groups(today)
    assert [g[1] for g in groups] == [["超期"], ["零日"], ["一日", "两日"]], groups
    assert groups[2][0].startswith(_soon_title(today, 2)), groups
    assert _cases_filter(win, "warning") == ["一日", "两日", "零日"]
    assert today.summary.text() == _summary(today, (1, 1, 2), 2)
    assert "≤ 2" in win.cases_page.clock.itemText(win.cases_page.clock.findData("warning"))
    assert win.nav.item(0).toolTip() == (win.tr("Mine: %1 overdue, %2 due today, %3 due within %4 working days")
                                         .replace("%1", "1").replace("%2", "1").replace("%3", "2").replace("%4", "2"))
    win.close()

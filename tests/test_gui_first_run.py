"""Issue 16, first start: the name is required, the bureau / station / phone are asked and printed,
demo data lives in a separate practice database (演示库) that can be left and removed, and the
real database is never touched by it."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from app.demo import is_practice, open_practice, remove_practice
from app.errors import Refused
from app.paths import practice_db_path
from tests.helpers import db_digest, open_window, raw_connect, wait_idle

AS_OF = dt.date(2026, 11, 27)


def _meta(path, key):
    con = raw_connect(path)
    try:
        row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    finally:
        con.close()
    return row[0] if row else None


def test_first_run_refuses_an_empty_name_and_asks_the_bureau(qtbot, app_zh, tmp_path):
    from ui.first_run import FirstRunDialog

    dlg = FirstRunDialog(tmp_path / "zaosong.db")
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.bureau.text() == "象山县供电局"  # the default, now visible and editable
    assert not hasattr(dlg, "demo")  # no demo data into the real database from here
    dlg.user.setText("   ")
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    assert dlg.result() == 0 and dlg.isVisible()
    assert dlg.error.isVisible() and "客户经理" in dlg.error.text() and "不能为空" in dlg.error.text()
    dlg.user.setText("李娜")
    dlg.bureau.setText("")
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    assert dlg.isVisible() and "供电单位名称" in dlg.error.text()
    dlg.bureau.setText("宁海县供电局")
    dlg.station.setText("长街供电所")
    dlg.phone.setText("0574-65551234")
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    assert dlg.result() == 1
    v = dlg.values()
    assert (v["user"], v["bureau_name"], v["station"], v["phone"]) == ("李娜", "宁海县供电局", "长街供电所",
                                                                       "0574-65551234")


def test_bureau_is_read_through_settings_and_editable(store):
    from app.services.settings import bureau_name, document_identity, update_settings

    assert bureau_name(store) == "象山县供电局"  # a database from before issue 16 prints as before
    with store.session() as s:
        update_settings(s, bureau_name="宁海县供电局", station="长街供电所", phone="13800000000")
    assert bureau_name(store) == "宁海县供电局"
    assert document_identity(store) == {"bureau": "宁海县供电局", "station": "长街供电所", "phone": "13800000000"}
    with pytest.raises(Refused), store.session() as s:
        update_settings(s, station="x" * 61)
    assert document_identity(store)["station"] == "长街供电所"  # the refused value changed nothing


def test_practice_database_is_separate_mine_and_removable(db_path):
    before = db_digest(db_path)
    ppath = practice_db_path(db_path)
    assert ppath.parent != db_path.parent and ppath.parent.parent == db_path.parent
    p = open_practice(ppath, user="李娜", device_name="李娜的笔记本", identity={"bureau_name": "宁海县供电局"})
    try:
        assert p.created and is_practice(p)
        from app.demo import build_demo

        build_demo(p, 120, seed=3, as_of=AS_OF)
    finally:
        p.dispose()
    con = raw_connect(ppath)
    mine_open = con.execute("SELECT count(*) FROM \"case\" WHERE manager = '李娜' AND status = 'open'").fetchone()[0]
    con.close()
    assert mine_open >= 1  # Today has work on it
    assert _meta(ppath, "bureau_name") == "宁海县供电局"
    assert db_digest(db_path) == before  # the real database never saw the demo
    # a real database is never "removed as practice"
    with pytest.raises(Refused) as exc:
        remove_practice(db_path)
    assert exc.value.code == "practice_not_practice" and db_path.exists()
    assert _meta(db_path, "practice") is None
    assert remove_practice(ppath) is True
    assert not ppath.exists() and not ppath.parent.exists()
    assert remove_practice(ppath) is False


def test_a_real_database_never_becomes_a_practice_one(demo_db):
    before = db_digest(demo_db)
    with pytest.raises(Refused) as exc:
        open_practice(demo_db, user="李娜", device_name="x")
    assert exc.value.code == "practice_not_practice"
    assert _meta(demo_db, "practice") is None and db_digest(demo_db) == before


def test_window_on_practice_shows_a_banner_and_goes_back(qtbot, app_zh, db_path):
    ppath = practice_db_path(db_path)
    p = open_practice(ppath, user="张伟", device_name="测试机")
    p.dispose()
    win = open_window(qtbot, ppath, AS_OF)
    assert win.practice and win.practice_banner.isVisible()
    assert "演示库" in win.practice_banner.text() and "演示库" in win.windowTitle()
    assert not win.empty_hint.isVisible()  # an empty practice file is being filled, not "start here"
    win.real_db_path = db_path
    win.back_to_real()
    assert win.switch_to == "real" and not win.isVisible()


def test_empty_real_database_says_what_to_do_first(qtbot, app_zh, db_path):
    win = open_window(qtbot, db_path, AS_OF)
    qtbot.waitUntil(lambda: win.empty_hint.isVisible(), timeout=10000)
    assert not win.practice_banner.isVisible()
    texts = [win.empty_new.text(), win.empty_import.text(), win.empty_ledger.text(), win.empty_practice.text()]
    assert texts == ["新建工单", "导入同步包…", "导入台账…", "打开演示库"]
    assert "台账" in win.empty_label.text()
    qtbot.mouseClick(win.empty_ledger, Qt.LeftButton)  # the ledger dialog, ready for a file
    qtbot.waitUntil(lambda: win.findChild(QDialog, "ledgerImportDialog") is not None, timeout=5000)
    win.findChild(QDialog, "ledgerImportDialog").close()
    win.open_practice()
    qtbot.waitUntil(lambda: win.switch_to is not None, timeout=10000)
    path, ident = win.switch_to
    assert path == practice_db_path(db_path) and ident["user"] == "张伟"


def test_first_start_to_practice_and_back_through_main(qtbot, app_zh, tmp_path, monkeypatch):
    """The real start-up path: first run (empty name refused), the window, the practice database
    with demo cases of mine, back to the real one; the real file holds no demo case."""
    import ui.main as ui_main
    from ui.first_run import FirstRunDialog
    from ui.main_window import MainWindow

    db = tmp_path / "home" / "zaosong.db"
    monkeypatch.setenv("ZAOSONG_NO_VIEWER", "1")
    seen: dict = {"steps": []}

    def top(cls):
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]

    def step():
        state = seen.setdefault("state", "first_run")
        if state == "first_run" and top(FirstRunDialog):
            dlg = top(FirstRunDialog)[0]
            ok = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
            ok.click()  # no name
            seen["empty_refused"] = dlg.isVisible() and dlg.error.isVisible()
            dlg.user.setText("李娜")
            dlg.bureau.setText("宁海县供电局")
            ok.click()
            seen["state"] = "real"
        elif state == "real" and top(MainWindow):
            win = top(MainWindow)[0]
            if win.snapshot is not None and win.snapshot.complete and win.worker.busy == 0:
                seen["real_empty_hint"] = win.empty_hint.isVisible()
                seen["state"] = "to_practice"
                win.open_practice()
        elif state == "to_practice" and top(MainWindow) and top(MainWindow)[0].practice:
            win = top(MainWindow)[0]
            if win.snapshot is not None and win.snapshot.complete and win.snapshot.rows and win.worker.busy == 0:
                seen["practice_banner"] = win.practice_banner.isVisible()
                seen["practice_rows"] = len(win.snapshot.rows)
                seen["mine"] = sum(1 for r in win.snapshot.rows if getattr(r, "manager", None) == "李娜")
                seen["state"] = "back"
                win.back_to_real()
        elif state == "back" and top(MainWindow) and not top(MainWindow)[0].practice:
            win = top(MainWindow)[0]
            if win.worker.busy == 0 and win.snapshot is not None:
                seen["state"] = "done"
                win.close()
        if seen["state"] != "done":
            QTimer.singleShot(100, step)

    QTimer.singleShot(100, step)
    monkeypatch.setattr("sys.argv", ["zaosong-gui"])
    rc = ui_main.main(["--db", str(db), "--as-of", AS_OF.isoformat()])
    assert rc == 0 and seen["state"] == "done"
    assert seen["empty_refused"] and seen["real_empty_hint"] and seen["practice_banner"]
    assert seen["practice_rows"] == 300 and seen["mine"] >= 1
    assert _meta(db, "user") == "李娜" and _meta(db, "bureau_name") == "宁海县供电局"
    con = raw_connect(db)
    assert con.execute('SELECT count(*) FROM "case"').fetchone()[0] == 0  # the demo never went in
    con.close()
    assert _meta(practice_db_path(db), "practice") == "1"
    assert _meta(practice_db_path(db), "bureau_name") == "宁海县供电局"


def test_the_practice_database_is_removed_from_the_real_window(qtbot, app_zh, db_path):
    from PySide6.QtWidgets import QMessageBox

    before = db_digest(db_path)
    ppath = practice_db_path(db_path)
    open_practice(ppath, user="张伟", device_name="测试机").dispose()
    win = open_window(qtbot, db_path, AS_OF)
    win._menu_state()
    assert win.act_remove_practice.isEnabled() and win.act_practice.isEnabled() and not win.act_real.isEnabled()

    def answer(button):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(50, lambda: answer(button))

    QTimer.singleShot(50, lambda: answer(QMessageBox.No))
    win.remove_practice()
    assert ppath.exists()  # "No" keeps it
    QTimer.singleShot(50, lambda: answer(QMessageBox.Yes))
    win.remove_practice()
    assert not ppath.exists() and not win.act_remove_practice.isEnabled()
    assert "演示库已删除" in win.statusBar().currentMessage()
    wait_idle(qtbot, win)
    win.close()
    assert db_digest(db_path) == before  # the real database untouched throughout

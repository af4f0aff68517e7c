"""The points page (issue 21) on the real window: the month's postings with their formulas, the
pending cases, self-adjustment refused in the dialog and another's adjustment posted, simulate, and
the recalculation preview after a new rule version."""
from __future__ import annotations

import copy
import datetime as dt
import json
import os
from pathlib import Path

from PySide6.QtCore import Qt

from app.config_set import bundled_data_docs
from app.models import FollowUp
from app.services import cases, config_docs
from app.store import Store, utcnow
from tests.conftest import publish_roles
from tests.helpers import ok_button, open_window, wait_idle

D = dt.date
AS_OF = D(2026, 7, 31)
LIMITS = {"ACCEPT": 1, "SURVEY": 3, "PLAN": 2, "FEES": 1, "DESIGN_REVIEW": 2, "MID_INSPECTION": 2,
          "COMPLETION_INSPECTION": 2, "ENERGIZE": 3}
SHOTS = os.environ.get("ZAOSONG_POINTS_SHOTS")  # a folder: write the page's screenshots there


def _setup(db: Path) -> list[str]:
    st = Store.open(db)
    nos = []
    with st.session() as s:
        for n, (applied, manager) in enumerate(((D(2026, 5, 18), "李海燕"), (D(2026, 5, 20), "李海燕"),
                                                (D(2026, 5, 25), "王明"))):
            no = cases.create_case(s, customer_name=f"测试{n}公司", account_no=f"330000000{n}", capacity_kva=400,
                                   manager=manager, township="鹤浦镇", applied_on=applied).case_no
            day = applied
            for stage, lim in LIMITS.items():
                if stage in ("DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION"):
                    cases.start_stage(s, no, stage, day, source="ledger")
                day = st.calendar.add_workdays(day, lim)
                cases.finish_stage(s, no, stage, day, source="ledger")
            nos.append(no)
        for no in (nos[0], nos[2]):
            s.add(FollowUp(case_id=cases.get_case(s, no).id, done_on=D(2026, 7, 2), answers=json.dumps({"OVERALL": 4}),
                           created_at=utcnow(), hlc=st.hlc.now(), device_id=st.device_id))
        cases.create_case(s, customer_name="在办公司", account_no="3300000009", capacity_kva=1250,
                          applied_on=D(2026, 7, 29), manager="张伟")
    with st.session() as s:
        publish_roles(s, db.parent, {"张伟": "centre"})  # the user may decide and recalculate
    st.dispose()
    return nos


def _shot(win, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        win.grab().save(str(Path(SHOTS) / name))


def test_points_page_postings_adjust_simulate_and_recalc(qtbot, app_zh, db_path, tmp_path, monkeypatch):
    done, pending, other = _setup(db_path)
    win = open_window(qtbot, db_path, AS_OF)
    win.resize(1366, 800)
    page = win.points_page
    page.year, page.month = 2026, 6
    win.show_page("points")
    wait_idle(qtbot, win)
    assert page.title.text() == "2026-06 积分"
    assert page.postings.rowCount() == 0 and page.post_cases_btn.isEnabled()  # opening it posted nothing
    qtbot.mouseClick(page.post_cases_btn, Qt.LeftButton)
    wait_idle(qtbot, win)
    t = page.postings
    rows = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
    assert sorted((r[0], r[1], r[4]) for r in rows) == [("李海燕", done, "16.6"), ("王明", other, "16.6")]
    assert all("× 1.3(海岛 鹤浦镇)" in r[5] and "+ 1(满意度 4)" in r[5] for r in rows)
    assert pending in page.pending.text() and "待定" in page.pending.text()
    _shot(win, "points_ledger.png")

    # the database's user is 张伟: adjusting 张伟 is refused in the dialog, nothing posted
    dlg = page.open_adjust()
    dlg.person.setText("张伟")
    dlg.value.setValue(5)
    dlg.reason.setText("自评")
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    wait_idle(qtbot, win)
    assert dlg.isVisible() and "自己" in dlg.error.text()
    dlg.person.setText("李海燕")
    dlg.reason.setText("协助夜间抢修送电")
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.postings.rowCount() == 3, timeout=10000)
    assert not dlg.isVisible()
    assert "李海燕 21.6" in page.totals.text()
    assert page.requests.rowCount() == 1 and page.requests.item(0, 4).text() == "协助夜间抢修送电"

    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.simulate_btn, Qt.LeftButton)
    wait_idle(qtbot, win)
    assert page.simulated.rowCount() == 1 and "满意度待回访" in page.simulated.item(0, 3).text()
    _shot(win, "points_simulate.png")

    # a rule v2 published now (in force "always"): June's postings stay, the preview shows the change
    v2 = {**copy.deepcopy(bundled_data_docs("points_rules")[0].data), "version": 2}
    v2["township"]["island_coef"] = 1.5
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(v2, ensure_ascii=False), encoding="utf-8")
    with win.store.session() as s:
        config_docs.publish(s, "points_rules", path)
    page.reload()
    wait_idle(qtbot, win)
    assert sorted(page.postings.item(r, 4).text() for r in range(page.postings.rowCount())) == ["16.6", "16.6", "5"]
    page.tabs.setCurrentIndex(3)
    page.label.setText("海岛系数复核")
    qtbot.mouseClick(page.preview_btn, Qt.LeftButton)
    wait_idle(qtbot, win)
    assert page.diffs.rowCount() == 2 and page.diffs.item(0, 4).text() == "+2.4"
    assert "未写入" in page.recalc_note.text() or "Nothing" in page.recalc_note.text()
    assert page.post_btn.isEnabled()  # the roles document names the user (centre): may recalculate
    _shot(win, "points_recalc.png")
    assert page.postings.rowCount() == 3  # the preview wrote nothing
    page.tabs.setCurrentIndex(4)
    assert page.ranking_note.text().startswith("2026-Q2")
    assert [page.ranking.item(r, 1).text() for r in range(page.ranking.rowCount())] == ["李海燕", "王明"]
    assert page.ranking.item(0, 5).text() == "21.6" and page.ranking.horizontalHeaderItem(4).text() == "2026-06"

    monkeypatch.setenv("ZAOSONG_NO_VIEWER", "1")
    page.tabs.setCurrentIndex(0)
    page.postings.selectRow([page.postings.item(r, 0).text() for r in range(3)].index("王明"))
    qtbot.mouseClick(page.pdf_btn, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(getattr(win, "last_document", None)), timeout=10000)
    assert win.last_document.endswith("积分明细-2026-06-王明.pdf")
    from tests.helpers import pdf_text

    text = pdf_text(Path(win.last_document))
    assert other in text and "16.6" in text and "签字" in text

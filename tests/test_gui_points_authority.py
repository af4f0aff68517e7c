"""The points page and authority (issue 21) on the real window: opening the page writes nothing
(the finished cases not yet posted are listed, the Post button posts them, once); the buttons to
adjust, decide and post a recalculation follow the roles document in force, and turn on when a
roles document naming the user is published."""
from __future__ import annotations

import copy
import datetime as dt
import json
import os
from pathlib import Path

from PySide6.QtCore import Qt

from app.config_set import bundled_data_docs
from app.models import FollowUp, PointsPosting
from app.services import cases, config_docs
from app.store import Store, utcnow
from tests.conftest import publish_roles
from tests.helpers import db_digest, open_window, wait_idle

D = dt.date
AS_OF = D(2026, 7, 31)
LIMITS = {"ACCEPT": 1, "SURVEY": 3, "PLAN": 2, "FEES": 1, "DESIGN_REVIEW": 2, "MID_INSPECTION": 2,
          "COMPLETION_INSPECTION": 2, "ENERGIZE": 3}
SHOTS = os.environ.get("ZAOSONG_POINTS_SHOTS")  # a folder: write the page's screenshots there


def _setup(db: Path) -> tuple[str, str]:
    """Two June cases of 李海燕: one with a counted follow-up (ready to post), one without."""
    st = Store.open(db)
    nos = []
    with st.session() as s:
        for n, applied in enumerate((D(2026, 5, 18), D(2026, 5, 20))):
            no = cases.create_case(s, customer_name=f"测试{n}公司", account_no=f"330000000{n}", capacity_kva=400,
                                   manager="李海燕", township="丹东街道", applied_on=applied).case_no
            day = applied
            for stage, lim in LIMITS.items():
                if stage in ("DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION"):
                    cases.start_stage(s, no, stage, day, source="ledger")
                day = st.calendar.add_workdays(day, lim)
                cases.finish_stage(s, no, stage, day, source="ledger")
            nos.append(no)
        s.add(FollowUp(case_id=cases.get_case(s, nos[0]).id, done_on=D(2026, 7, 2), answers=json.dumps({"OVERALL": 4}),
                       created_at=utcnow(), hlc=st.hlc.now(), device_id=st.device_id))
    st.dispose()
    return nos[0], nos[1]


def _shot(win, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        win.grab().save(str(Path(SHOTS) / name))


def test_opening_writes_nothing_post_is_explicit_and_buttons_follow_authority(qtbot, app_zh, db_path, tmp_path):
    ready, waiting = _setup(db_path)
    win = open_window(qtbot, db_path, AS_OF)
    win.resize(1366, 800)
    page = win.points_page
    page.year, page.month = 2026, 6
    wait_idle(qtbot, win)
    before = db_digest(db_path)
    win.show_page("points")
    wait_idle(qtbot, win)
    assert db_digest(db_path) == before  # opening the page posted nothing
    assert page.postings.rowCount() == 0
    assert ready in page.unposted.text() and "尚未记账" in page.unposted.text()
    assert waiting in page.pending.text()
    assert page.post_cases_btn.text() == "记账已送电工单(1)" and page.post_cases_btn.isEnabled()
    # the database's user 张伟 is named in no roles document: no adjusting, no deciding
    assert "张伟" in page.authority.text() and "不能重算" in page.authority.text()
    assert not page.adjust_btn.isEnabled() and not page.decide_btn.isEnabled()
    _shot(win, "points_unposted.png")

    qtbot.mouseClick(page.post_cases_btn, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.postings.rowCount() == 1, timeout=10000)
    assert page.postings.item(0, 1).text() == ready
    assert "已记账 1 件" in page.post_note.text() and "1 件尚无有效回访" in page.post_note.text()
    assert page.unposted.text() == "" and not page.post_cases_btn.isEnabled()
    after = db_digest(db_path)
    page.reload()
    wait_idle(qtbot, win)
    assert db_digest(db_path) == after and page.postings.rowCount() == 1

    # a rule v2: the recalculation's preview shows the difference; posting it is not for this user
    v2 = {**copy.deepcopy(bundled_data_docs("points_rules")[0].data), "version": 2}
    v2["base"]["NEW"] = 20
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(v2, ensure_ascii=False), encoding="utf-8")
    with win.store.session() as s:
        config_docs.publish(s, "points_rules", path)
    page.reload()
    wait_idle(qtbot, win)
    page.tabs.setCurrentIndex(3)
    page.label.setText("v2 重算")
    qtbot.mouseClick(page.preview_btn, Qt.LeftButton)
    wait_idle(qtbot, win)
    assert page.diffs.rowCount() == 1
    assert not page.post_btn.isEnabled() and "角色文件" in page.post_btn.toolTip()
    _shot(win, "points_recalc_no_authority.png")

    # an adjustment by 王明 (named in no roles document), as a peer's package would bring it: listed, not counted
    st = win.store
    with st.session() as s:
        s.add(PointsPosting(month="2026-06", person="李海燕", role="adjust", kind="adjustment", value=9,
                            formula="调整 +9(加班)", created_by="王明", created_at=utcnow(), hlc=st.hlc.now(),
                            device_id=st.device_id))
    page.tabs.setCurrentIndex(0)
    page.reload()
    wait_idle(qtbot, win)
    assert page.postings.rowCount() == 1 and "李海燕 13" in page.totals.text()
    assert "王明" in page.refused.text() and "角色文件未授权" in page.refused.text() and page.refused.isVisible()
    _shot(win, "points_refused.png")
    page.tabs.setCurrentIndex(3)

    # the roles document names 张伟 at the centre: the buttons follow, and the posting succeeds
    with win.store.session() as s:
        publish_roles(s, tmp_path, {"张伟": "centre"})
    page.reload()
    wait_idle(qtbot, win)
    assert "客户服务中心" in page.authority.text() and "xiangshan@2" in page.authority.text()
    assert page.adjust_btn.isEnabled() and page.decide_btn.isEnabled()
    qtbot.mouseClick(page.preview_btn, Qt.LeftButton)
    wait_idle(qtbot, win)
    assert page.post_btn.isEnabled() and page.post_btn.toolTip() == ""
    qtbot.mouseClick(page.post_btn, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.postings.rowCount() == 3, timeout=10000)
    assert "v2 重算" in page.recalc_note.text()
    _shot(win, "points_recalc_posted.png")

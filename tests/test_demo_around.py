"""The practice database shows the whole working system (demo_around): after the demo, the pages of
事前管理, 停电计划, 计量器具, 月度分析, 积分 and the quality bulletin have content made through the
services, Today has visit actions and follow-ups for the user, and the same demo twice is the same.
"""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import select, text

from app.bureau_time import is_late_entry
from app.demo import build_demo, open_practice
from app.models import Action, Case, CaseEvent, FollowUp, Inspection, Prospect, Survey, Visit
from app.services import evaluation, followups
from app.services import visits as vs
from app.services.audit import check_database
from app.store import Store

AS_OF = dt.date(2026, 11, 27)
USER = "测试员"
NEXT, LAST = "2026-12", "2026-10"


@pytest.fixture(scope="module")
def practice(tmp_path_factory):
    path = tmp_path_factory.mktemp("around") / "practice" / "p.db"
    st = open_practice(path, user=USER, device_name="测试员的笔记本")
    out = build_demo(st, 300, seed=3, as_of=AS_OF)
    st.training_day = AS_OF
    yield st, out
    st.dispose()


def test_every_page_has_content(practice):
    from ui.ops import after as ops_after
    from ui.ops import before as ops_before
    from ui.ops import bulletins as ops_bulletins
    from ui.ops import metering as ops_metering
    from ui.ops import outage as ops_outage
    from ui.ops import points as ops_points

    st, out = practice
    assert out["around"]["prospects"] and out["around"]["visits"] and out["around"]["surveys"]
    # 事前管理: prospects in every state, the converted ones with their cases; visits to every kind of party
    b = ops_before.load(st, AS_OF, 2026)
    states = {p["status"] for p in b["prospects"]}
    assert states == {"LEAD", "FOLLOW", "APPLIED", "DROPPED"}
    assert all(p["case_no"] for p in b["prospects"] if p["status"] == "APPLIED")
    assert {"NDRC", "INVESTMENT", "TOWNSHIP", "PROSPECT", "CUSTOMER"} <= {v["party"] for v in b["visits"]}
    actions = [a for v in b["visits"] for a in v["actions"]]
    assert any(a["done_on"] for a in actions) and any(a["overdue"] for a in actions)
    assert b["bottlenecks"] and any(r["raw_kva"] for r in b["forecast"])
    # 停电计划: next month's balancing serves several works with one outage on a maintenance day
    plan = ops_outage.plan(st, NEXT, AS_OF)
    assert plan["windows"] and plan["outages"]
    assert any(o["works"] >= 2 and o["maintenance"] for o in plan["outages"])
    # 计量器具: next month's cases, a stock count, some types short, the plan kept
    m = ops_metering.page_data(st, NEXT, AS_OF)
    assert m["plan"]["cases"] and m["stock"] and m["kept"]
    assert m["plan"]["totals"]["net"] > 0 and any(ln["net"] == 0 for ln in m["plan"]["lines"])
    # 月度分析: last month's meeting held, with conclusions and measures; satisfaction with answers
    a = ops_after.page(st, LAST, AS_OF)
    meeting = a["agenda"]["meeting"]
    assert meeting and meeting["conclusions"] and meeting["measures"] and a["agenda"]["late_cases"]
    assert a["all"]["n"] > 0 and a["coverage"]["followed_up"] > 0
    # 积分: last month's cases are posted, not all pending for want of a follow-up
    led = ops_points.month_view(st, LAST, AS_OF)
    assert led["postings"]
    # the quality bulletin of the month: follow-up coverage and satisfaction with their n
    q = ops_bulletins.live(st, "monthly", LAST, AS_OF, "bureau", "")
    assert q["followups"]["coverage"]["followed_up"] > 0 and q["followups"]["satisfaction"][0]["n"] > 0
    assert q["transformers"] > 0  # the surveys record the transformers the bulletins count


def test_today_has_the_users_visit_actions_and_followups(practice):
    st, _ = practice
    with st.reader() as s:
        due = vs.due_items(s, AS_OF, owner=USER)
        after = followups.today_items(s, AS_OF, USER)
    assert any(d["kind"] == "visit_action" and d["owner"] == USER for d in due)
    assert after["due"] and all(r["manager"] == USER for r in after["due"])


def test_followups_evaluations_and_field_work_are_plausible(practice):
    st, _ = practice
    with st.reader() as s:
        rows = [(f, c) for f, c in s.execute(select(FollowUp, Case).join(Case, Case.id == FollowUp.case_id))]
        counted = [(f, c) for f, c in rows if not f.self_reported]
        own = [(f, c) for f, c in rows if f.self_reported]
        assert counted and own
        assert all(f.by_name != c.manager for f, c in counted)  # counted: someone other than the manager
        devs = followups.deviations(s, AS_OF - dt.timedelta(days=200), AS_OF)
        assert devs  # a few 时间偏差
        evals = [evaluation.evaluate(s, c.case_no) for _f, c in rows[:60]]
        late = [e for e in evals if e["late"]]
        assert any(e["causes"] for e in late)
        assert s.query(Survey).count() and s.query(Inspection).count()
        finished_surveyed = s.execute(text(
            'SELECT count(*) FROM survey JOIN "case" c ON c.id = survey.case_id WHERE c.status = \'finished\''
        )).scalar()
        assert finished_surveyed > 0
        # entered on the day they happened: no late entry (补录) among what the demo added
        late_days = st.late_entry_days
        added = s.query(CaseEvent).filter(CaseEvent.kind.in_(
            ["SURVEY_RECORDED", "INSPECTION_STARTED", "INSPECTION_CLOSED", "FROM_PROSPECT", "METERING_SET"])).all()
        assert added and not [e for e in added if is_late_entry(e.recorded_at, e.effective_on, late_days)]
    assert check_database(st)["ok"]  # the audit chains hold


def _content(path) -> dict:
    st = Store.open(path)
    try:
        with st.reader() as s:
            return {
                "prospects": sorted((p.name, p.status, p.township, p.capacity_kva, p.probability)
                                    for p in s.query(Prospect)),
                "visits": sorted((v.visited_on, v.party, v.township, v.topics) for v in s.query(Visit)),
                "actions": sorted((a.owner_kind, a.text, a.owner, a.due_on, a.done_on) for a in s.query(Action)),
                "followups": sorted((f.done_on, f.by_name, f.answers, f.self_reported) for f in s.query(FollowUp)),
                "surveys": sorted((v.surveyed_on, v.feeder, v.ct_ratio) for v in s.query(Survey)),
            }
    finally:
        st.dispose()


def test_same_demo_twice_is_the_same(tmp_path, template_db):
    contents = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        shutil.copy(template_db, path)
        st = Store.open(path, user="王建国")
        build_demo(st, 120, seed=5, as_of=AS_OF)
        st.dispose()
        contents.append(_content(path))
    assert contents[0] == contents[1] and contents[0]["prospects"] and contents[0]["followups"]


def test_without_around_only_cases(tmp_path, template_db):
    path = tmp_path / "c.db"
    shutil.copy(template_db, path)
    st = Store.open(path, user="王建国")
    try:
        out = build_demo(st, 60, seed=5, as_of=AS_OF, around=False)
        with st.reader() as s:
            assert "around" not in out and s.query(Prospect).count() == 0 and s.query(FollowUp).count() == 0
    finally:
        st.dispose()


def test_gui_practice_pages_show_the_work(practice, qtbot, app_zh):
    """Click through the pages of the practice database at 1366x768: each shows what the demo made;
    ZAOSONG_SHOTS=DIR saves each page there as a PNG (to look at)."""
    import os
    from pathlib import Path

    from PySide6.QtCore import Qt

    from tests.helpers import open_window, wait_idle

    st, _ = practice
    win = open_window(qtbot, st.path, AS_OF)
    win.resize(1366, 768)
    shots = os.environ.get("ZAOSONG_SHOTS")

    def click(page: str) -> None:
        item = win.nav.item(win.PAGES.index(page))
        qtbot.mouseClick(win.nav.viewport(), Qt.LeftButton, pos=win.nav.visualItemRect(item).center())
        assert win.nav.currentRow() == win.PAGES.index(page)
        wait_idle(qtbot, win)
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            win.grab().save(str(Path(shots) / f"demo_{page}_zh.png"))

    checks = {
        "today": lambda: win.today_page.visits_due.model.rowCount() > 0 and win.today_page.after.model.rowCount() > 0,
        "before": lambda: win.before_page.columns["FOLLOW"].count() > 0 and win.before_page.visits_model.rowCount() > 0,
        "outage": lambda: win.outage_page.outages_model.rowCount() > 0,
        "metering": lambda: win.metering_page.lines_model.rowCount() > 0 and win.metering_page.stock_model.rowCount() > 0,
        "after": lambda: win.after_page.agenda.rowCount() > 0 and win.after_page.satisfaction.rowCount() > 0,
        # this month: finished cases waiting to be posted; last month (◀): posted by the demo
        "points": lambda: bool(win.points_page.unposted.text()),
        "bulletins": lambda: win.bulletins_page.figures.rowCount() > 0,
    }
    for page, ok in checks.items():
        click(page)
        try:
            qtbot.waitUntil(ok, timeout=20000)
        except Exception as e:
            raise AssertionError(f"the {page} page shows nothing of the demo") from e
        if page == "points":
            btn = win.points_page.post_cases_btn  # its whole text in view (it was cut to "已送电工")
            assert btn.width() >= btn.sizeHint().width()
            qtbot.mouseClick(win.points_page.prev, Qt.LeftButton)
            qtbot.waitUntil(lambda: win.points_page.postings.rowCount() > 0, timeout=20000)
        if page == "today" and shots:  # the sections below the warnings, on their own
            win.today_page.visits_due.grab().save(str(Path(shots) / "demo_today_visits_zh.png"))
            win.today_page.after.grab().save(str(Path(shots) / "demo_today_after_zh.png"))
    win.close()

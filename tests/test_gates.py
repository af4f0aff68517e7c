"""Stage locks as rule-set data (issue 14 §2): the seed's review meeting (500 kVA and above) and
joint design review (1000 kVA and above, typical designs excepted) hold from a database's first
case; a published rule set can turn them off, visibly; upgraded databases get them, and nothing
already past PLAN changes."""
from __future__ import annotations

import ast
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from app.errors import Refused
from app.paths import resource
from tests.conftest import ROOT
from tests.helpers import cli, ok, open_window, raw_connect, refused, wait_idle
from tests.helpers import db_digest as _digest

D = dt.date
FIXTURES = Path(__file__).parent / "fixtures"




def _surveyed(s, customer, account, kva, typical=False, applied="2026-09-01"):
    """A case (through the services) whose survey finished two working days after it was applied."""
    from app.services import cases

    no = cases.create_case(s, customer_name=customer, account_no=account, capacity_kva=kva, typical_design=typical,
                           applied_on=applied).case_no
    cases.finish_stage(s, no, "ACCEPT", "2026-09-02")
    cases.finish_stage(s, no, "SURVEY", "2026-09-03")
    return no


def _to_design_review(s, no):
    """From PLAN (already allowed) to an open design review with drawings received on 2026-09-10."""
    from app.services import cases, design_review

    cases.finish_stage(s, no, "PLAN", "2026-09-04")
    cases.finish_stage(s, no, "FEES", "2026-09-07")
    design_review.open_review(s, no, "2026-09-10", institute="宁波电力设计院")


# --- a new database ---------------------------------------------------------------------------
def test_new_database_560_kva_cannot_finish_plan_without_a_meeting_cli(db_path):
    db = db_path
    no = ok(db, "case", "new", "--customer", "和泰电器有限公司", "--account", "3300000001", "--kva", "560",
            "--applied", "2026-09-01")
    ok(db, "stage", "finish", no, "ACCEPT", "--on", "2026-09-02")
    ok(db, "stage", "finish", no, "SURVEY", "--on", "2026-09-03")
    before = _digest(db)
    msg = refused(db, "stage", "finish", no, "PLAN", "--on", "2026-09-04")
    # the refusal names the rule set in force and its threshold
    assert "会审" in msg and "560" in msg and "internal" in msg and "第 1 版" in msg and "500 kVA 及以上" in msg
    assert _digest(db) == before  # a refusal changes nothing
    en = cli(db, "stage", "finish", no, "PLAN", "--on", "2026-09-04", env={"ZAOSONG_LANG": "en"})
    assert en.returncode == 1 and "Rule set in force" in en.stderr and "500 kVA and above" in en.stderr
    meeting = ok(db, "meeting", "new", "--on", "2026-09-04 09:00", "--place", "三楼会议室", "--chair", "王主任")
    ok(db, "meeting", "add", meeting, no)
    refused(db, "stage", "finish", no, "PLAN", "--on", "2026-09-04")  # on the agenda, not decided yet
    ok(db, "meeting", "decide", meeting, no, "--decision", "reject", "--note", "接入点另议")
    assert "未获同意" in refused(db, "stage", "finish", no, "PLAN", "--on", "2026-09-04")
    meeting2 = ok(db, "meeting", "new", "--on", "2026-09-07 09:00", "--place", "三楼会议室", "--chair", "王主任")
    ok(db, "meeting", "add", meeting2, no)
    ok(db, "meeting", "decide", meeting2, no, "--decision", "approve")
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-07")
    v = json.loads(ok(db, "case", "show", no, "--json"))
    assert [s["code"] for s in v["stages"]][-1] == "FEES"
    assert v["locks"]["meeting"]["required"] and not v["locks"]["joint_review"]["required"]


def test_new_database_560_kva_service_refusal_and_below_threshold(store):
    from app.services import cases, meetings

    with store.session() as s:
        big = _surveyed(s, "和泰电器有限公司", "3300000001", 560)
        small = _surveyed(s, "小五金厂", "3300000002", 499)
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            cases.finish_stage(s, big, "PLAN", "2026-09-04")
    assert exc.value.code == "gate_meeting_required"
    assert exc.value.params["threshold"] == "500" and "internal" in exc.value.params["rules"]
    with store.reader() as s:
        assert cases.get_case(s, big).current_stage == "PLAN"
    with store.session() as s:
        cases.finish_stage(s, small, "PLAN", "2026-09-04")  # under the threshold: no meeting
        m = meetings.new_meeting(s, "2026-09-04 09:00", "三楼会议室", "王主任").meeting_id
        meetings.add_case(s, m, big)
        meetings.decide(s, m, big, "approve_with_changes", "改为电缆进线")
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            cases.finish_stage(s, big, "PLAN", "2026-09-03")
    assert exc.value.code == "plan_before_meeting"
    with store.session() as s:
        cases.finish_stage(s, big, "PLAN", "2026-09-04")
    with store.reader() as s:
        assert cases.get_case(s, big).current_stage == "FEES"


# --- the joint review -------------------------------------------------------------------------
def test_1000_kva_not_typical_needs_the_joint_participants_typical_does_not(store):
    from app.services import cases, design_review, meetings, query

    with store.session() as s:
        joint = _surveyed(s, "海天船舶修造有限公司", "3300000011", 1000)
        typical = _surveyed(s, "东方针织有限公司", "3300000012", 1000, typical=True)
        m = meetings.new_meeting(s, "2026-09-04 09:00", "三楼会议室", "王主任").meeting_id
        for no in (joint, typical):
            meetings.add_case(s, m, no)
            meetings.decide(s, m, no, "approve")
            _to_design_review(s, no)
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            design_review.close_review(s, joint, "2026-09-11", "approved")
    e = exc.value
    assert e.code == "gate_joint_review_required" and e.params["missing"] == "生产、营销、供电所"
    assert e.params["threshold"] == "1000" and "典型设计除外" in str(e) and "internal" in str(e)
    with store.session() as s:
        design_review.set_participants(s, joint, "张伟:生产,李海燕:营销")
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            design_review.close_review(s, joint, "2026-09-11", "approved")
    assert exc.value.params["missing"] == "供电所"
    with store.session() as s:
        design_review.set_participants(s, joint, "张伟:生产,李海燕:营销,王强:供电所")
        design_review.close_review(s, joint, "2026-09-11", "approved")
        design_review.close_review(s, typical, "2026-09-11", "approved")  # typical design: the manager reviews
    with store.reader() as s:
        assert cases.get_case(s, joint).current_stage == "MID_INSPECTION"
        assert cases.get_case(s, typical).current_stage == "MID_INSPECTION"
        lj = query.case_view(s, joint)["locks"]["joint_review"]
        lt = query.case_view(s, typical)["locks"]["joint_review"]
    assert lj["required"] and lj["departments"] == ["生产", "营销", "供电所"] and not lt["required"]


def test_999_kva_and_a_rectify_round_need_no_joint_participants(store):
    from app.services import design_review, meetings

    with store.session() as s:
        no = _surveyed(s, "宏远机械有限公司", "3300000013", 999)
        m = meetings.new_meeting(s, "2026-09-04 09:00", "三楼会议室", "王主任").meeting_id
        meetings.add_case(s, m, no)
        meetings.decide(s, m, no, "approve")
        _to_design_review(s, no)
        design_review.close_review(s, no, "2026-09-11", "approved")
        big = _surveyed(s, "金海水产冷冻有限公司", "3300000014", 1600)
        meetings.add_case(s, m, big)
        meetings.decide(s, m, big, "approve")
        _to_design_review(s, big)
        design_review.close_review(s, big, "2026-09-11", "returned")  # returned for revision: no lock


# --- a published rule set turns a lock off, visibly -------------------------------------------
def _internal(**changes) -> dict:
    data = json.loads((resource("rules") / "internal_xiangshan_2012.json").read_text(encoding="utf-8"))
    data.update(changes)
    return data


def _write(tmp_path, name, data) -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


def test_published_rule_set_with_the_meeting_lock_off_lets_plan_finish(db_path, tmp_path):
    db = db_path
    listed = json.loads(ok(db, "rules", "list", "--json"))
    in_force = next(d for d in listed if d["in_force"] and d["primary"])
    assert in_force["locks"]["meeting"] == {"on": True, "capacity_kva_gte": 500.0}
    assert "业扩会审锁:开" in ok(db, "rules", "list")
    data = _internal(version=2)
    data["locks"]["meeting"]["on"] = False
    ok(db, "rules", "publish", str(_write(tmp_path, "internal_v2.json", data)))
    listed = json.loads(ok(db, "rules", "list", "--json"))
    in_force = next(d for d in listed if d["in_force"] and d["primary"])
    assert in_force["version"] == 2 and in_force["source"] == "published"
    assert in_force["locks"]["meeting"]["on"] is False and in_force["locks"]["joint_review"]["on"] is True
    assert all(d["locks"] is None for d in listed if d is not in_force)
    text = ok(db, "rules", "list")
    assert "业扩会审锁:关" in text and "联合审图锁:开" in text and "第 2 版" in text
    no = ok(db, "case", "new", "--customer", "和泰电器有限公司", "--account", "3300000001", "--kva", "560",
            "--applied", "2026-09-01")
    ok(db, "stage", "finish", no, "ACCEPT", "--on", "2026-09-02")
    ok(db, "stage", "finish", no, "SURVEY", "--on", "2026-09-03")
    ok(db, "stage", "finish", no, "PLAN", "--on", "2026-09-04")  # no meeting needed now


def test_published_rule_set_can_move_the_thresholds_and_departments(store, tmp_path):
    from app.services import cases, config_docs, design_review, meetings

    data = _internal(version=2)
    data["locks"]["meeting"]["capacity_kva_gte"] = 800
    data["locks"]["joint_review"].update(capacity_kva_gte=630, except_typical_design=False,
                                         departments=["运检", "营销"])
    with store.session() as s:
        config_docs.publish(s, "rules", _write(tmp_path, "v2.json", data))
    with store.session() as s:
        no = _surveyed(s, "和泰电器有限公司", "3300000001", 630, typical=True)
        cases.finish_stage(s, no, "PLAN", "2026-09-04")  # under 800 kVA now
        cases.finish_stage(s, no, "FEES", "2026-09-07")
        design_review.open_review(s, no, "2026-09-10")
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            design_review.close_review(s, no, "2026-09-11", "approved")
    assert exc.value.params["missing"] == "运检、营销" and exc.value.params["threshold"] == "630"
    assert exc.value.params["scope"] == ""  # typical designs are not excepted in this version
    with store.session() as s:
        assert [c.case_no for c in meetings.candidates(s, meetings.get_meeting(
            s, meetings.new_meeting(s, "2026-09-04 09:00", "三楼", "王主任").meeting_id))] == []


def test_published_rule_set_without_locks_keeps_the_seed_rule(store, tmp_path):
    from app.services import cases, config_docs, gates

    data = _internal(version=2)
    del data["locks"]
    with store.session() as s:
        config_docs.publish(s, "rules", _write(tmp_path, "v2.json", data))
    with store.reader() as s:
        d = gates.describe(s)
    assert d["version"] == 2 and d["inherited"] and d["meeting"]["on"] and d["meeting"]["capacity_kva_gte"] == 500
    assert any("沿用" in line for line in d["lines"])
    with store.session() as s:
        no = _surveyed(s, "和泰电器有限公司", "3300000001", 560)
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            cases.finish_stage(s, no, "PLAN", "2026-09-04")
    assert exc.value.code == "gate_meeting_required"


@pytest.mark.parametrize("mangle, where", [
    (lambda d: d["locks"]["meeting"].update(on="no"), "locks.meeting.on"),
    (lambda d: d["locks"]["meeting"].update(of=False), "unknown of"),
    (lambda d: d["locks"]["joint_review"].pop("departments"), "missing departments"),
    (lambda d: d["locks"]["joint_review"].update(departments=[]), "departments"),
    (lambda d: d["locks"]["meeting"].update(capacity_kva_gte=-1), "capacity_kva_gte"),
    (lambda d: d["locks"].update(source=""), "locks.source"),
    (lambda d: d.update(primary=False), "primary rule set only"),
])
def test_malformed_locks_are_refused_and_nothing_is_published(store, tmp_path, mangle, where):
    from app.services import config_docs

    data = _internal(version=2)
    mangle(data)
    with store.reader() as s:
        before = config_docs.list_docs(s)
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            config_docs.publish(s, "rules", _write(tmp_path, "bad.json", data))
    assert exc.value.code == "rules_bad" and where in str(exc.value)
    with store.reader() as s:
        assert config_docs.list_docs(s) == before


def test_locks_off_travel_by_sync(db_path, tmp_path):
    """A version published on the supervisor's laptop turns the lock off on a manager's laptop."""
    sup = db_path
    laptop = tmp_path / "laptop" / "zaosong.db"
    laptop.parent.mkdir()
    ok(laptop, "init", "--user", "张伟", "--device-name", "张伟的笔记本")
    assert "业扩会审锁:开" in ok(laptop, "rules", "list")
    data = _internal(version=2)
    data["locks"]["meeting"]["on"] = False
    ok(sup, "rules", "publish", str(_write(tmp_path, "v2.json", data)))
    package = tmp_path / "from_supervisor.zsync"
    ok(sup, "sync", "export", "--out", str(package))
    r = cli(laptop, "sync", "import", str(package))
    assert r.returncode != 0 and "sync trust" in r.stderr
    device = r.stderr.split("sync trust ")[1].split("。")[0].split()[0].strip(".,")
    ok(laptop, "sync", "trust", device, "--supervisor")  # rule sets are taken from supervisors only
    r = cli(laptop, "sync", "import", str(package))
    assert r.returncode == 0, r.stderr
    assert "业扩会审锁:关" in ok(laptop, "rules", "list")


# --- upgraded databases -----------------------------------------------------------------------
UPGRADED = sorted(p.name for p in FIXTURES.glob("schema_*.db"))


def _stage_rows(path):
    con = raw_connect(path)
    rows = con.execute('SELECT c.case_no, c.status, c.current_stage, r.stage, r.round, r.started_on, r.finished_on,'
                       ' r.outcome FROM stage_round r JOIN "case" c ON c.id = r.case_id ORDER BY c.case_no, r.seq'
                       ).fetchall()
    con.close()
    return rows


@pytest.mark.parametrize("fixture", UPGRADED)
def test_upgraded_database_gets_the_locks_and_cases_past_plan_are_untouched(tmp_path, fixture):
    from app.services import cases, meetings, query
    from app.store import Store

    path = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, path)
    before = _stage_rows(path)
    store = Store.open(path)
    try:
        assert _stage_rows(path) == before  # the upgrade touches no stage
        past_plan = sorted({row[0] for row in before if row[3] == "PLAN" and row[6] is not None})
        with store.reader() as s:
            big_past = [no for no in past_plan if cases.get_case(s, no).capacity_kva >= 500]
            assert big_past, "the fixture holds cases of 500 kVA or more already past PLAN"
            verdicts = {no: query.case_view(s, no, D(2026, 11, 27))["rules"] for no in past_plan}
        with store.session() as s:
            no = _surveyed(s, "新装电器有限公司", "3300000099", 560)
        with store.session() as s:
            with pytest.raises(Refused) as exc:
                cases.finish_stage(s, no, "PLAN", "2026-09-04")
        assert exc.value.code == "gate_meeting_required"
        with store.session() as s:
            m = meetings.new_meeting(s, "2026-09-04 09:00", "三楼会议室", "王主任").meeting_id
            meetings.add_case(s, m, no)
            meetings.decide(s, m, no, "approve")
            cases.finish_stage(s, no, "PLAN", "2026-09-04")
        with store.reader() as s:
            assert {n: query.case_view(s, n, D(2026, 11, 27))["rules"] for n in past_plan} == verdicts
        assert [r for r in _stage_rows(path) if r[0] != no] == before
    finally:
        store.dispose()


def test_an_old_open_case_past_plan_moves_on(tmp_path):
    """schema_0001 never held a meeting; its 1250 kVA case already in completion inspection passes it."""
    from app.services import cases
    from app.store import Store

    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_0001_initial.db", path)
    store = Store.open(path)
    try:
        with store.reader() as s:
            case = cases.get_case(s, "YK2600010")
            assert case.capacity_kva >= 1000 and case.current_stage == "COMPLETION_INSPECTION"
            floor = max(r.finished_on for r in case.rounds if r.finished_on is not None)
        with store.session() as s:  # the customer asks for the acceptance; it passes the same day
            cases.start_stage(s, "YK2600010", "COMPLETION_INSPECTION", floor.isoformat())
            cases.finish_stage(s, "YK2600010", "COMPLETION_INSPECTION", floor.isoformat())
        with store.reader() as s:
            assert cases.get_case(s, "YK2600010").current_stage == "ENERGIZE"
    finally:
        store.dispose()


# --- the demo keeps the rule --------------------------------------------------------------------
def test_demo_cases_respect_the_locks(demo_db):
    con = raw_connect(demo_db)
    plans = con.execute(
        'SELECT c.id, r.finished_on FROM "case" c JOIN stage_round r ON r.case_id = c.id'
        " WHERE r.stage = 'PLAN' AND r.finished_on IS NOT NULL AND c.capacity_kva >= 500").fetchall()
    assert len(plans) > 20
    for case_id, finished in plans:
        decided = con.execute(
            "SELECT mc.decision, mc.decided_on FROM meeting_case mc JOIN review_meeting m ON m.id = mc.meeting_id"
            " WHERE mc.case_id = ? AND mc.decision IS NOT NULL ORDER BY m.held_at DESC LIMIT 1", (case_id,)).fetchone()
        assert decided and decided[0] in ("approve", "approve_with_changes") and decided[1] <= finished
    passed = con.execute(
        'SELECT r.id FROM "case" c JOIN stage_round r ON r.case_id = c.id WHERE r.stage = \'DESIGN_REVIEW\''
        " AND r.outcome = 'pass' AND c.capacity_kva >= 1000 AND c.typical_design = 0").fetchall()
    assert passed
    for (round_id,) in passed:
        people = con.execute("SELECT participants FROM design_review WHERE round_id = ?", (round_id,)).fetchone()
        assert people and {"生产", "营销", "供电所"} <= {p["dept"] for p in json.loads(people[0])}
    undecided = con.execute("SELECT count(*) FROM meeting_case WHERE decision IS NULL").fetchone()[0]
    con.close()
    assert undecided >= 1  # cases in PLAN wait on the next meeting's agenda
    r = cli(demo_db, "audit", "verify")
    assert r.returncode == 0, r.stdout + r.stderr


def test_demo_cases_in_plan_finish_through_their_meeting(demo_db):
    from sqlalchemy import select

    from app.models import MeetingCase
    from app.services import cases, gates, meetings
    from app.store import Store

    store = Store.open(demo_db)
    try:
        with store.reader() as s:
            mc = s.scalars(select(MeetingCase).where(MeetingCase.decision.is_(None))).first()
            case = cases.get_case(s, mc.case_id)
            no, meeting = case.case_no, mc.meeting_id
            held = meetings.get_meeting(s, meeting).held_at.date()
            assert case.current_stage == "PLAN" and gates.meeting_required(s, case)
        with store.session() as s:
            with pytest.raises(Refused):
                cases.finish_stage(s, no, "PLAN", held.isoformat())
        with store.session() as s:
            meetings.decide(s, meeting, no, "approve")
            cases.finish_stage(s, no, "PLAN", held.isoformat())
    finally:
        store.dispose()


# --- the shape: one table of locks, no feature imports in the stage kernel ----------------------
def test_cases_kernel_consults_the_gates_table_only():
    from app.services import gates

    assert set(gates.GATES) == {"PLAN", "DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION"}
    tree = ast.parse((ROOT / "app/services/cases.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not imported & {"app.services.field", "app.services.meetings", "app.services.design_review"}
    g = ast.parse((ROOT / "app/services/gates.py").read_text(encoding="utf-8"))
    gate_imports = {n.module for n in ast.walk(g) if isinstance(n, ast.ImportFrom)}
    assert not {m for m in gate_imports if m and m.startswith("app.services")}  # reads over models only
    # the UI keeps no thresholds of its own
    for ui_file in ("ui/meetings_page.py", "ui/review_panel.py"):
        src = (ROOT / ui_file).read_text(encoding="utf-8")
        assert "MEETING_KVA" not in src and "JOINT_KVA" not in src and "JOINT_DEPTS" not in src


def test_bundled_primary_rule_set_cites_the_source_of_its_locks():
    from app.rules import bundled_locks

    rs, locks = bundled_locks()
    assert rs.primary and locks.meeting.on and locks.meeting.capacity_kva_gte == 500
    assert locks.joint_review.on and locks.joint_review.capacity_kva_gte == 1000
    assert locks.joint_review.except_typical_design and locks.joint_review.departments == ("生产", "营销", "供电所")
    assert "500kVA及以上" in locks.source and "联合审图" in locks.source and "典型设计" in locks.source


# --- the GUI shows the locks in force and reads its thresholds from them ----------------------------
def test_settings_show_the_locks_in_force_and_a_published_lock_off(qtbot, app_zh, db_path, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    win = open_window(qtbot, db_path, D(2026, 11, 20))
    page = win.settings_page
    win.show_page("settings")
    qtbot.waitUntil(lambda: "业扩会审锁:开" in page.locks_label.text(), timeout=10000)
    assert "联合审图锁:开" in page.locks_label.text() and "500 kVA" in page.locks_label.text()
    assert "500 kVA" in win.meetings_page.help.text()
    data = _internal(version=2)
    data["locks"]["meeting"]["on"] = False
    path = _write(tmp_path, "internal_v2.json", data)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.publish_rules_button, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "业扩会审锁:关" in page.locks_label.text(), timeout=10000)
    assert "第 2 版" in page.locks_label.text()
    win.meetings_page.reload()
    wait_idle(qtbot, win)
    assert "已关闭业扩会审锁" in win.meetings_page.help.text()


def test_design_review_form_reads_the_joint_lock_of_the_case_view(qtbot, app_zh, store):
    from app.services import meetings, query
    from ui.review_panel import joint_required, missing_departments

    with store.session() as s:
        no = _surveyed(s, "海天船舶修造有限公司", "3300000011", 1250)
        m = meetings.new_meeting(s, "2026-09-04 09:00", "三楼会议室", "王主任").meeting_id
        meetings.add_case(s, m, no)
        meetings.decide(s, m, no, "approve")
        _to_design_review(s, no)
    with store.reader() as s:
        view = query.case_view(s, no)
    assert joint_required(view)
    assert missing_departments({"participants": [{"name": "张伟", "dept": "营销"}]}, view) == ["生产", "供电所"]

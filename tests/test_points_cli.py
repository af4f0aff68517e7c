"""The CLI contract of the performance points (issue 21): points rules publish, ledger --json with
formula and value, simulate --json, adjust (self-adjustment refused), appeal and decide, the
labelled recalculation, the monthly statement as PDF and xlsx, the quarterly ranking."""
from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from app.config_set import bundled_data_docs
from app.models import FollowUp
from app.services import cases
from app.store import Store, utcnow
from tests.conftest import publish_roles, run_cli
from tests.helpers import cli, db_digest, ok, pdf_text, refused

D = dt.date
LIMITS = {"ACCEPT": 1, "SURVEY": 3, "PLAN": 2, "FEES": 1, "DESIGN_REVIEW": 2, "MID_INSPECTION": 2,
          "COMPLETION_INSPECTION": 2, "ENERGIZE": 3}


@pytest.fixture
def finished_db(db_path):
    """Two cases of 李海燕 energised in June 2026, one with a counted follow-up (OVERALL 5), one
    without (pending); the database's user is 张伟."""
    store = Store.open(db_path)
    nos = []
    with store.session() as s:
        cal = store.calendar
        for n, applied in enumerate((D(2026, 5, 18), D(2026, 5, 20))):
            no = cases.create_case(s, customer_name=f"测试{n}公司", account_no=f"330000000{n}", capacity_kva=400,
                                   manager="李海燕", township="鹤浦镇", applied_on=applied).case_no
            day = applied
            for st, lim in LIMITS.items():
                if st in ("DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION"):
                    cases.start_stage(s, no, st, day, source="ledger")
                day = cal.add_workdays(day, lim)
                cases.finish_stage(s, no, st, day, source="ledger")
            assert day.month == 6
            nos.append(no)
        case = cases.get_case(s, nos[0])
        s.add(FollowUp(case_id=case.id, done_on=D(2026, 7, 2), answers=json.dumps({"OVERALL": 5}),
                       created_at=utcnow(), hlc=store.hlc.now(), device_id=store.device_id))
    store.dispose()
    return db_path, nos


def _name_holders(db, folder, holders: dict) -> None:
    """Publish a roles document naming ``holders`` ({name: level}) on ``db``."""
    st = Store.open(db)
    with st.session() as s:
        publish_roles(s, folder, holders)
    st.dispose()


def test_ledger_json_gives_postings_with_formula_and_value(finished_db):
    db, (done, pending) = finished_db
    ok(db, "points", "post", "--as-of", "2026-07-31")
    r = run_cli(db, "points", "ledger", "--month", "2026-06", "--manager", "李海燕", "--as-of", "2026-07-31", "--json")
    assert r.returncode == 0, r.stderr
    led = json.loads(r.stdout)
    [p] = led["postings"]
    # 10 (新装) × 1.2 (400 kVA) × 1.3 (island 鹤浦镇) + 0 days under + 2 (rating 5)
    assert p["case_no"] == done and p["value"] == 17.6 and p["rule"] == "points@1"
    assert "10(新装) × 1.2(315–1000kVA) × 1.3(海岛 鹤浦镇)" in p["formula"] and "= 17.6" in p["formula"]
    assert led["pending"] == [{"case_no": pending, "manager": "李海燕", "finished_on": led["pending"][0]["finished_on"],
                               "why": "no_follow_up"}]
    assert led["totals"] == [{"person": "李海燕", "points": 17.6}]
    again = json.loads(ok(db, "points", "ledger", "--month", "2026-06", "--as-of", "2026-07-31", "--json"))
    assert again["postings"] == led["postings"]  # replaying again posts nothing twice


def test_self_adjustment_is_refused_and_changes_nothing(finished_db, tmp_path):
    db, _ = finished_db
    _name_holders(db, tmp_path, {"张伟": "centre"})
    before = db_digest(db)
    err = refused(db, "points", "adjust", "张伟", "--points", "5", "--reason", "自评")
    assert "自己" in err and db_digest(db) == before
    err = refused(db, "points", "adjust", "李海燕", "--points", "5", "--reason", " ")
    assert db_digest(db) == before
    rid = ok(db, "points", "adjust", "李海燕", "--points", "-1.5", "--reason", "资料归档不全", "--month", "2026-06")
    reqs = json.loads(ok(db, "points", "requests", "--month", "2026-06", "--json"))
    assert reqs[0]["id"] == rid and reqs[0]["reason"] == "资料归档不全" and reqs[0]["decided_by"] == "张伟"


def test_appeal_and_decision(finished_db, tmp_path):
    db, (done, _) = finished_db
    _name_holders(db, tmp_path, {"主管": "bureau"})
    st = Store.open(db)
    with st.session() as s:
        st.set_setting(s, "user", "李海燕")
    st.dispose()
    rid = ok(db, "points", "appeal", "--case", done, "--reason", "海岛系数应按 1.5", "--points", "2")
    assert "自己" in refused(db, "points", "decide", rid, "--accept", "--decision", "同意")
    st = Store.open(db)
    with st.session() as s:
        st.set_setting(s, "user", "主管")
    st.dispose()
    ok(db, "points", "decide", rid[:8], "--reject", "--decision", "规则为 1.3,维持")
    [r] = json.loads(ok(db, "points", "requests", "--json"))
    assert r["status"] == "rejected" and r["decision"] == "规则为 1.3,维持" and r["decided_by"] == "主管"


def test_rules_publish_v2_and_labelled_recalculation(finished_db, tmp_path):
    db, _ = finished_db
    ok(db, "points", "post", "--as-of", "2026-07-31")
    v2 = {**copy.deepcopy(bundled_data_docs("points_rules")[0].data), "version": 2, "effective_from": "2026-07-01"}
    v2["township"]["island_coef"] = 1.5
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(v2, ensure_ascii=False), encoding="utf-8")
    out = json.loads(ok(db, "points", "rules", "publish", str(path)))
    assert out["version"] == 2
    led = json.loads(ok(db, "points", "ledger", "--month", "2026-06", "--as-of", "2026-08-31", "--json"))
    assert [p["value"] for p in led["postings"]] == [17.6]  # v2 from July: June unchanged
    pre = json.loads(ok(db, "points", "recalc", "--month", "2026-06", "--label", "海岛系数复核", "--as-of", "2026-08-31",
                        "--json"))
    assert pre["posted"] is False and pre["cases"][0]["people"][0]["new"] == 20.0 and pre["delta"] == 2.4
    assert "无权重算" in refused(db, "points", "recalc", "--month", "2026-06", "--label", "海岛系数复核", "--post")
    _name_holders(db, tmp_path, {"张伟": "bureau"})
    out = json.loads(ok(db, "points", "recalc", "--month", "2026-06", "--label", "海岛系数复核", "--post",
                        "--as-of", "2026-08-31", "--json"))
    assert out["posted"] is True
    led = json.loads(ok(db, "points", "ledger", "--month", "2026-06", "--as-of", "2026-08-31", "--json"))
    assert [(p["kind"], p["value"], p["label"]) for p in led["postings"]] == [
        ("case", 17.6, ""), ("reversal", -17.6, "海岛系数复核"), ("case", 20.0, "海岛系数复核")]


def test_shares_not_summing_to_one_refused_on_publish(db_path, tmp_path):
    bad = {**copy.deepcopy(bundled_data_docs("points_rules")[0].data), "version": 2}
    bad["shares"]["manager"] = 0.5
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    before = db_digest(db_path)
    assert "1" in refused(db_path, "points", "rules", "publish", str(path))
    assert db_digest(db_path) == before


def test_simulate_json(finished_db):
    db, _ = finished_db
    st = Store.open(db)
    with st.session() as s:
        no = cases.create_case(s, customer_name="在办公司", account_no="3300000009", capacity_kva=1250,
                               applied_on=D(2026, 6, 1), manager="王明").case_no
    st.dispose()
    r = run_cli(db, "points", "simulate", "--as-of", "2026-06-02", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    [c] = out["cases"]
    assert c["case_no"] == no and c["manager"] == "王明" and c["total"] == 15.0 and out["rule"] == "points@1"
    assert c["shares"][0] == {"person": "王明", "role": "manager", "value": 15.0, "formula": c["shares"][0]["formula"]}


def test_statement_pdf_xlsx_and_ranking(finished_db, tmp_path):
    from openpyxl import load_workbook

    db, (done, pending) = finished_db
    _name_holders(db, tmp_path, {"张伟": "centre"})
    ok(db, "points", "post", "--as-of", "2026-07-31")
    ok(db, "points", "adjust", "李海燕", "--points", "2", "--reason", "协助夜间抢修送电", "--month", "2026-06")
    pdf = tmp_path / "明细.pdf"
    ok(db, "points", "ledger", "--month", "2026-06", "--manager", "李海燕", "--as-of", "2026-07-31", "--pdf", str(pdf))
    text = pdf_text(pdf)
    assert "绩效积分明细" in text and done in text and "17.6" in text and "19.6" in text and "签字" in text
    assert pending in text and "协助夜间抢修送电" in text
    xlsx = tmp_path / "明细.xlsx"
    ok(db, "points", "ledger", "--month", "2026-06", "--manager", "李海燕", "--xlsx", str(xlsx))
    ws = load_workbook(xlsx).worksheets[0]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    led = json.loads(ok(db, "points", "ledger", "--month", "2026-06", "--manager", "李海燕", "--json"))
    assert [r[7] for r in rows] == [p["value"] for p in led["postings"]] == [17.6, 2]
    rank = json.loads(ok(db, "points", "ranking", "--quarter", "2026-Q2", "--json"))
    assert rank["ranking"] == [{"person": "李海燕", "months": {"2026-04": 0, "2026-05": 0, "2026-06": 19.6},
                                "points": 19.6, "rank": 1}]
    out = tmp_path / "rank.xlsx"
    ok(db, "points", "ranking", "--quarter", "2026-Q2", "--xlsx", str(out))
    assert list(load_workbook(out).worksheets[0].iter_rows(min_row=2, values_only=True))[0][:2] == (1, "李海燕")
    assert "YYYY-MM" in refused(db, "points", "ledger", "--month", "2026-13", "--json")
    assert cli(db, "points", "ledger", "--month", "2026-06", "--pdf", str(pdf)).returncode == 1  # --manager needed

"""Authority in the performance points (issue 21): who may post a recalculation and decide
adjustments and appeals comes from the roles document in force that day (synced data), not from a
local switch; a recalculation, adjustment or decision arriving by sync from a peer without that
authority is kept and listed as refused, never counted. And posting is an explicit, idempotent
step: the ledger only reads."""
from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from app.config_set import bundled_data_docs
from app.errors import Refused
from app.models import FollowUp, PointsPosting, PointsRequest
from app.services import cases, config_docs, points
from app.store import Store, utcnow
from tests.conftest import publish_roles
from tests.helpers import cli, db_digest, ok, refused

D = dt.date
LIMITS = {"ACCEPT": 1, "SURVEY": 3, "PLAN": 2, "FEES": 1, "DESIGN_REVIEW": 2, "MID_INSPECTION": 2,
          "COMPLETION_INSPECTION": 2, "ENERGIZE": 3}
AS_OF = D(2026, 8, 31)


def finished(s, manager="李海燕", applied=D(2026, 6, 1), overall=4) -> str:
    """A case energised in June 2026 (every stage at its limit) with a counted follow-up."""
    st = cases.store_of(s)
    no = cases.create_case(s, customer_name="测试公司", account_no="3300000001", capacity_kva=400, manager=manager,
                           township="丹东街道", applied_on=applied).case_no
    day = applied
    for stage, lim in LIMITS.items():
        if stage in ("DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION"):
            cases.start_stage(s, no, stage, day, source="ledger")
        day = st.calendar.add_workdays(day, lim)
        cases.finish_stage(s, no, stage, day, source="ledger")
    assert day.month == 6
    s.add(FollowUp(case_id=cases.get_case(s, no).id, done_on=D(2026, 7, 20), answers=json.dumps({"OVERALL": overall}),
                   created_at=utcnow(), hlc=st.hlc.now(), device_id=st.device_id))
    s.flush()
    return no


def rule_v2(s, folder) -> None:
    """A point rule v2 in force "always" (NEW: 20 base points): June's cases differ under it."""
    data = {**copy.deepcopy(bundled_data_docs("points_rules")[0].data), "version": 2}
    data["base"]["NEW"] = 20
    path = folder / "rule-v2.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    config_docs.publish(s, "points_rules", path)


@pytest.fixture
def june_db(db_path, tmp_path):
    """A database (user 张伟) with one June case of 李海燕, posted, and the rule v2 published: a
    recalculation of June would change it."""
    st = Store.open(db_path)
    with st.session() as s:
        finished(s)
        points.post_finished(s, AS_OF)
        rule_v2(s, tmp_path)
    st.dispose()
    return db_path


def _counts(db) -> tuple[int, int]:
    st = Store.open(db)
    with st.reader() as s:
        out = (s.query(PointsPosting).count(), s.query(PointsRequest).count())
    st.dispose()
    return out


# --- 1. authority from the roles document -------------------------------------------------------------
def test_unauthorised_user_is_refused_in_their_language_and_nothing_changes(june_db):
    db = june_db
    before = db_digest(db)
    zh = refused(db, "points", "recalc", "--month", "2026-06", "--label", "v2 重算", "--post", "--as-of", "2026-08-31")
    assert "“张伟”无权重算积分" in zh and "xiangshan@1" in zh and "客户服务中心、营销部专职" in zh
    en = refused(db, "points", "recalc", "--month", "2026-06", "--label", "v2", "--post", "--as-of", "2026-08-31",
                 env={"ZAOSONG_LANG": "en"})
    assert "'张伟' may not post a recalculation" in en and "Nothing was changed" in en
    assert "无权调整积分" in refused(db, "points", "adjust", "李海燕", "--points", "2", "--reason", "协助")
    en = refused(db, "points", "adjust", "李海燕", "--points", "2", "--reason", "x", env={"ZAOSONG_LANG": "en"})
    assert "may not adjust points or decide appeals" in en
    assert db_digest(db) == before
    # the preview is no write and stays open to everyone
    pre = json.loads(ok(db, "points", "recalc", "--month", "2026-06", "--label", "v2", "--as-of", "2026-08-31",
                        "--json"))
    assert pre["posted"] is False and pre["delta"] == 12 and db_digest(db) == before


def test_the_old_local_supervisor_switch_gives_no_authority(june_db):
    """An old database marked ``points_supervisor`` opens and works; the mark is ignored."""
    st = Store.open(june_db)
    with st.session() as s:
        st.set_setting(s, "points_supervisor", "1")
    st.dispose()
    assert "无权重算" in refused(june_db, "points", "recalc", "--month", "2026-06", "--label", "x", "--post")
    assert "supervisor" not in cli(june_db, "points", "--help").stdout


def test_an_authorised_user_recalculates_and_decides(june_db, tmp_path):
    db = june_db
    assert json.loads(ok(db, "points", "authority", "--json"))["recalculate"] is False
    # published as an administrator does (this command failed with an AttributeError before: its group
    # sent ``config`` to the sync handler)
    data = {**copy.deepcopy(bundled_data_docs("roles")[0].data), "version": 2,
            "holders": [{"name": "张伟", "level": "bureau"}, {"name": "王明", "level": "station"}]}
    path = tmp_path / "roles-v2.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert json.loads(ok(db, "config", "publish", "roles", str(path)))["version"] == 2
    auth = json.loads(ok(db, "points", "authority", "--json"))
    assert auth["recalculate"] is True and auth["decide"] is True and auth["levels"] == ["营销部专职"]
    assert auth["roles"] == "xiangshan@2"
    out = json.loads(ok(db, "points", "recalc", "--month", "2026-06", "--label", "v2 重算", "--post",
                        "--as-of", "2026-08-31", "--json"))
    assert out["posted"] is True and out["delta"] == 12
    ok(db, "points", "adjust", "李海燕", "--points", "1.5", "--reason", "协助查勘", "--month", "2026-06")
    led = json.loads(ok(db, "points", "ledger", "--month", "2026-06", "--as-of", "2026-08-31", "--json"))
    assert [(p["kind"], p["value"]) for p in led["postings"]] == [("case", 13), ("reversal", -13), ("case", 25),
                                                                   ("adjustment", 1.5)]
    assert led["totals"] == [{"person": "李海燕", "points": 26.5}] and led["refused"] == []
    # a station's holder is named but the station level may neither recalculate nor decide
    st = Store.open(db)
    with st.session() as s:
        st.set_setting(s, "user", "王明")
    st.dispose()
    assert "无权调整积分" in refused(db, "points", "adjust", "李海燕", "--points", "1", "--reason", "x")


def test_authority_is_the_roles_document_in_force_on_that_day(store, roles_naming):
    """A roles document effective from September names 张伟: in August he may not, in September he may."""
    with store.session() as s:
        roles_naming(s, {"张伟": "centre"}, effective_from="2026-09-01")
    with store.session() as s:
        assert points.authority(s, D(2026, 8, 31))["decide"] is False
        assert points.authority(s, D(2026, 9, 1))["decide"] is True
    store.training_day = D(2026, 8, 31)  # "today" of the services, as the window's --as-of sets it
    with store.session() as s, pytest.raises(Refused) as exc:
        points.adjust(s, "李海燕", 2, "协助")
    assert exc.value.code == "points_no_authority_decide" and "2026-08-31" in str(exc.value)
    store.training_day = D(2026, 9, 1)
    with store.session() as s:
        points.adjust(s, "李海燕", 2, "协助")
        assert points.ledger(s, "2026-09")["totals"] == [{"person": "李海燕", "points": 2}]


def test_a_roles_document_with_a_bad_holder_is_refused(db_path, tmp_path):
    data = {**copy.deepcopy(bundled_data_docs("roles")[0].data), "version": 2,
            "holders": [{"name": "张伟", "level": "boss"}]}
    path = tmp_path / "roles.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = db_digest(db_path)
    assert "holders[1]" in refused(db_path, "config", "publish", "roles", str(path))
    data["holders"], data["authority"] = [], {"recalculate": ["centre"], "erase": ["bureau"]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert "authority" in refused(db_path, "config", "publish", "roles", str(path))
    assert db_digest(db_path) == before


# --- the check at import: a peer's rows without authority are kept, not counted -----------------------
def test_a_peers_unauthorised_recalculation_and_decision_are_not_counted(trio, tmp_path):
    a, b, sup = trio
    a.do(finished)  # 张伟's laptop: 李海燕's June case
    b.receive(a.send(b))
    a.do(points.post_finished, AS_OF)
    b.do(points.post_finished, AS_OF)  # the same posting on both: one row
    # 李海燕 appeals on her laptop; the appeal reaches 张伟
    rid = b.do(points.appeal, "满意度回访有误", "2026-06", None, 4).created_id
    a.receive(b.send(a))
    # 张伟 grants himself authority on his own laptop (a roles document only he has), recalculates
    # June under a rule v2 and accepts the appeal
    folder = tmp_path / "a-files"
    folder.mkdir()
    a.do(rule_v2, folder)
    a.do(publish_roles, folder, {"张伟": "bureau"})
    assert a.do(points.recalc, "2026-06", "v2 重算", post=True, as_of=AS_OF)["posted"] is True
    a.do(points.decide, rid, True, "同意补回")
    before = b.do(lambda s: points.ledger(s, "2026-06", as_of=AS_OF))
    summary = b.receive(a.send(b))
    # b did not mark 张伟's laptop a supervisor: neither his rule nor his roles document applies there
    assert summary["config_changes"] and not any(c["applied"] for c in summary["config_changes"])
    assert any("张伟" in w and "不计入" in w for w in summary["warnings"])
    led = b.do(lambda s: points.ledger(s, "2026-06", as_of=AS_OF))
    assert led["totals"] == before["totals"] == [{"person": "李海燕", "points": 13}]
    assert [(p["kind"], p["value"]) for p in led["postings"]] == [("case", 13)]
    assert sorted((p["kind"], p["value"], p["created_by"], p["refused"]) for p in led["refused"]) == [
        ("adjustment", 4, "张伟", "no_authority"), ("case", 25, "张伟", "no_authority"),
        ("reversal", -13, "张伟", "no_authority")]
    [req] = b.do(lambda s: points.requests(s, "2026-06"))
    assert req["status"] == "accepted" and req["decided_by"] == "张伟" and req["refused"] == "no_authority"
    assert b.do(lambda s: points.ranking(s, "2026-Q2"))["ranking"][0]["points"] == 13
    assert b.do(lambda s: points.recalc(s, "2026-06", "preview", as_of=AS_OF))["cases"] == []  # v2 not there
    # nothing was lost: when the supervisor's roles document names 张伟 and reaches b, his rows count
    sup_files = tmp_path / "sup-files"
    sup_files.mkdir()
    sup.do(publish_roles, sup_files, {"张伟": "bureau"}, version=3)
    from app.sync.peers import trust_device

    trust_device(b.store, sup.id, supervisor=True)
    b.receive(sup.send(b))
    led = b.do(lambda s: points.ledger(s, "2026-06", as_of=AS_OF))
    assert led["refused"] == [] and led["totals"] == [{"person": "李海燕", "points": 29}]


def test_an_adjustment_of_ones_own_points_arriving_by_sync_is_refused(trio, roles_naming):
    """Even a holder of the deciding level cannot count an adjustment of their own points, whatever
    their database wrote."""
    a, b, _sup = trio
    for lt in (a, b):
        lt.do(roles_naming, {"张伟": "centre"})
    st = a.store

    def forge(s):
        s.add(PointsPosting(month="2026-06", person="张伟", role="adjust", kind="adjustment", value=50,
                            formula="调整 +50", created_by="张伟", created_at=utcnow(), hlc=st.hlc.now(),
                            device_id=st.device_id))

    a.do(forge)
    b.receive(a.send(b))
    led = b.do(lambda s: points.ledger(s, "2026-06"))
    assert led["postings"] == [] and [p["refused"] for p in led["refused"]] == ["own"]


# --- 2. posting is an explicit step; the ledger only reads --------------------------------------------
def test_the_ledger_only_reads_and_the_post_command_is_idempotent(db_path):
    st = Store.open(db_path)
    with st.session() as s:
        done = finished(s)
        waiting = finished(s, applied=D(2026, 6, 3))
        s.query(FollowUp).filter(FollowUp.case_id == cases.get_case(s, waiting).id).delete()
    st.dispose()
    before = db_digest(db_path)
    led = json.loads(ok(db_path, "points", "ledger", "--month", "2026-06", "--as-of", "2026-08-31", "--json"))
    text = ok(db_path, "points", "ledger", "--month", "2026-06", "--as-of", "2026-08-31")
    assert db_digest(db_path) == before  # listing wrote nothing
    assert led["postings"] == [] and [p["case_no"] for p in led["unposted"]] == [done]
    assert [p["case_no"] for p in led["pending"]] == [waiting] and f"+ {done}" in text
    out = json.loads(ok(db_path, "points", "post", "--month", "2026-06", "--as-of", "2026-08-31", "--json"))
    assert out == {"posted": 1, "postings": 1, "pending": 1, "month": "2026-06", "as_of": "2026-08-31"}
    after = db_digest(db_path)
    assert "已记账 0 件" in ok(db_path, "points", "post", "--month", "2026-06", "--as-of", "2026-08-31")
    assert db_digest(db_path) == after  # again: nothing twice
    led = json.loads(ok(db_path, "points", "ledger", "--month", "2026-06", "--as-of", "2026-08-31", "--json"))
    assert [p["case_no"] for p in led["postings"]] == [done] and led["unposted"] == []
    assert "YYYY-MM" in refused(db_path, "points", "post", "--month", "2026-13")
    assert db_digest(db_path) == after


def test_posting_another_month_leaves_june_unposted(db_path):
    st = Store.open(db_path)
    with st.session() as s:
        finished(s)
    st.dispose()
    assert json.loads(ok(db_path, "points", "post", "--month", "2026-07", "--as-of", "2026-08-31", "--json"))[
        "posted"] == 0
    assert _counts(db_path) == (0, 0)


def test_the_statement_lists_unposted_cases_and_refused_rows_apart_from_the_total(db_path, tmp_path):
    st = Store.open(db_path)
    with st.session() as s:
        done = finished(s)
        s.add(PointsPosting(month="2026-06", person="李海燕", role="adjust", kind="adjustment", value=9,
                            formula="调整 +9", created_by="王明", created_at=utcnow(), hlc=st.hlc.now(),
                            device_id=st.device_id))
    st.dispose()
    from tests.helpers import pdf_text

    pdf = tmp_path / "s.pdf"
    ok(db_path, "points", "ledger", "--month", "2026-06", "--manager", "李海燕", "--as-of", "2026-08-31", "--pdf", str(pdf))
    text = pdf_text(pdf)
    assert "尚未记账" in text and done in text and "未经授权" in text and "王明" in text and "合计：0" in text

"""Performance points (issue 21): the formula factor by factor, caps, shares, pending cases, the
rule in force when a case finished, the append-only ledger, adjustments, appeals, the supervisor's
labelled recalculation, and the ledger's round trip by sync."""
from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from app import points_calc
from app.config_set import bundled_data_docs
from app.errors import Refused
from app.models import CaseEvaluation, FollowUp, PointsPosting, Survey
from app.services import cases, config_docs, points
from app.store import utcnow

D = dt.date
RULE = bundled_data_docs("points_rules")[0].data
# the internal rule set's limits (resources/rules/internal_xiangshan_2012.json), below 1000 kVA
LIMITS = {"ACCEPT": 1, "SURVEY": 3, "PLAN": 2, "FEES": 1, "DESIGN_REVIEW": 2, "MID_INSPECTION": 2,
          "COMPLETION_INSPECTION": 2, "ENERGIZE": 3}


def facts(**kw) -> points_calc.CaseFacts:
    base = dict(case_no="YK1", business_type="NEW", capacity_kva=200, dual_source=False, township="丹东街道",
                island=False, manager="张伟", rounds=[points_calc.RoundFact(st, 1, lim, lim) for st, lim in LIMITS.items()],
                rating=3)
    base.update(kw)
    return points_calc.CaseFacts(**base)


# --- the formula, factor by factor -------------------------------------------------------------------
def test_base_points_per_business_type():
    assert points_calc.compute(RULE, facts()).total == 10
    assert points_calc.compute(RULE, facts(business_type="INCREASE")).total == 8
    assert points_calc.compute(RULE, facts(business_type="TEMPORARY")).total == 4


@pytest.mark.parametrize("kva, coef", [(200, 1.0), (315, 1.2), (999, 1.2), (1000, 1.5), (8000, 2.0)])
def test_capacity_band_coefficient(kva, coef):
    r = points_calc.compute(RULE, facts(capacity_kva=kva))
    assert r.parts["capacity_coef"] == coef and r.total == round(10 * coef, 2)
    assert f"× {coef:g}(" in r.formula


def test_dual_source_and_island_township_coefficients():
    r = points_calc.compute(RULE, facts(dual_source=True, island=True, township="鹤浦镇", capacity_kva=400))
    assert r.total == round(10 * 1.2 * 1.2 * 1.3, 2)
    assert "1.2(双电源)" in r.formula and "1.3(海岛 鹤浦镇)" in r.formula
    rule = copy.deepcopy(RULE)
    rule["township"]["coefs"] = {"丹东街道": 0.9}  # a township named in the rule wins over the island flag
    assert points_calc.compute(rule, facts()).total == 9


def test_time_bonus_per_working_day_under_the_limit_is_capped():
    rounds = [points_calc.RoundFact("ACCEPT", 1, 1, 0), points_calc.RoundFact("SURVEY", 1, 3, 1)]
    r = points_calc.compute(RULE, facts(rounds=rounds))
    assert r.parts["days_under"] == 3 and r.total == 10 + 1.5
    assert "min(0.5×3, 5)" in r.formula
    many = [points_calc.RoundFact(st, 1, lim, 0) for st, lim in LIMITS.items()]  # 16 days under: capped at 5
    assert points_calc.compute(RULE, facts(rounds=many)).total == 15


def test_a_late_stage_is_deducted_only_when_its_cause_is_the_managers_fault():
    rounds = [points_calc.RoundFact("PLAN", 1, 2, 4), points_calc.RoundFact("FEES", 1, 1, 1)]
    fault = points_calc.compute(RULE, facts(rounds=rounds, causes={"PLAN": "INTERNAL"}))
    assert fault.total == 7 and "− 3×1" in fault.formula and "INTERNAL" in fault.formula
    customer = points_calc.compute(RULE, facts(rounds=rounds, causes={"PLAN": "CUSTOMER"}))
    assert customer.total == 10 and "不扣" in customer.formula
    unknown = points_calc.compute(RULE, facts(rounds=rounds))  # no cause recorded: the rule says deduct
    assert unknown.total == 7 and "无原因记录" in unknown.formula


@pytest.mark.parametrize("rating, pts", [(1, -4), (2, -2), (3, 0), (4, 1), (5, 2)])
def test_customer_rating_points(rating, pts):
    assert points_calc.compute(RULE, facts(rating=rating)).total == 10 + pts


def test_caps_clamp_the_case_points_and_say_so():
    rounds = [points_calc.RoundFact(st, 1, 1, 9) for st in ("PLAN", "FEES", "SURVEY", "ACCEPT")]
    low = points_calc.compute(RULE, facts(rounds=rounds, causes={}, rating=1))
    assert low.parts["raw"] == 10 - 12 - 4 and low.total == 0 and "→ 0(限 0..40)" in low.formula
    high = points_calc.compute(RULE, facts(capacity_kva=9000, dual_source=True, island=True, rating=5))
    assert high.parts["raw"] == 33.2 and high.total == 33.2  # under the cap: unchanged
    rule = {**RULE, "caps": {"case_min": 0, "case_max": 30}}
    capped = points_calc.compute(rule, facts(capacity_kva=9000, dual_source=True, island=True, rating=5))
    assert capped.total == 30 and "= 33.2 → 30(限 0..30)" in capped.formula


def test_a_case_without_a_counted_follow_up_is_pending_not_zero():
    r = points_calc.compute(RULE, facts(rating=None))
    assert r.status == "pending" and r.shares == []


def test_role_shares_sum_to_the_case_points():
    r = points_calc.compute(RULE, facts(survey_people=["王明", "赵敏", "王明"], review_people=["钱工"], rating=4))
    assert r.total == 11
    by = {(s.person, s.role): s.value for s in r.shares}
    assert by == {("张伟", "manager"): 7.7, ("王明", "survey"): 1.1, ("赵敏", "survey"): 1.1, ("钱工", "review"): 1.1}
    assert round(sum(by.values()), 2) == r.total
    alone = points_calc.compute(RULE, facts(rating=4))  # no participants: their shares go to the manager
    assert [(s.person, s.value) for s in alone.shares] == [("张伟", 11)] and "× 1(客户经理 0.7 + 查勘无参与人 0.2 + 审图/会审无参与人 0.1)" in alone.shares[0].formula


def test_shares_not_summing_to_one_are_refused(store, tmp_path):
    bad = {**copy.deepcopy(RULE), "version": 2, "shares": {"manager": 0.7, "survey": 0.2, "review": 0.2}}
    path = tmp_path / "p.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            config_docs.publish(s, "points_rules", path)
    assert exc.value.code == "points_shares" and "1.1" in str(exc.value)


def test_the_bundled_rule_says_it_is_an_example():
    doc = bundled_data_docs("points_rules")[0]
    assert doc.data["example"] is True and "示例" in doc.name and "示例" in doc.source


# --- the ledger on a real database ---------------------------------------------------------------------
def finish_case(s, *, manager="李海燕", kva=400, applied=D(2026, 6, 1), late=None, township="丹东街道", created=None):
    """A case driven through every stage by the real services (recorded as from a ledger: no locks),
    each stage taking its internal limit's working days, ``late`` (a stage) two days longer."""
    cal = cases.store_of(s).calendar
    no = cases.create_case(s, customer_name="测试公司", account_no="3300000001", capacity_kva=kva, manager=manager,
                           township=township, applied_on=applied).case_no
    if created is not None:
        created(no)
    day = applied
    for st, lim in LIMITS.items():
        if st in ("DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION"):
            cases.start_stage(s, no, st, day, source="ledger")
        day = cal.add_workdays(day, lim + (2 if st == late else 0))
        cases.finish_stage(s, no, st, day, source="ledger")
    return no, day


def follow_up(s, no, overall=5, done=D(2026, 7, 20), self_reported=False):
    case = cases.get_case(s, no)
    st = cases.store_of(s)
    s.add(FollowUp(case_id=case.id, done_on=done, self_reported=self_reported, answers=json.dumps({"OVERALL": overall}),
                   created_at=utcnow(), hlc=st.hlc.now(), device_id=st.device_id))
    s.flush()


def publish_v2(s, tmp_path, effective: str | None, base_new=20):
    data = {**copy.deepcopy(RULE), "version": 2, "base": {**RULE["base"], "NEW": base_new}}
    if effective:
        data["effective_from"] = effective
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    config_docs.publish(s, "points_rules", path)


def test_finished_case_posts_with_its_formula_and_pending_until_follow_up(store):
    with store.session() as s:
        no, day = finish_case(s)
        assert day.month == 6
        assert points.post_finished(s, D(2026, 7, 31)) == {"posted": 0, "postings": 0, "pending": 1, "month": None,
                                                          "as_of": "2026-07-31"}
        led = points.ledger(s, "2026-06", as_of=D(2026, 7, 31))
        assert led["postings"] == [] and led["pending"][0]["case_no"] == no
        follow_up(s, no, overall=5, self_reported=True)  # the manager's own record does not count
        assert points.post_finished(s, D(2026, 7, 31))["posted"] == 0
        follow_up(s, no, overall=5)
        assert points.post_finished(s, D(2026, 7, 31))["posted"] == 1
        led = points.ledger(s, "2026-06", as_of=D(2026, 7, 31))
    [p] = led["postings"]
    assert p["person"] == "李海燕" and p["case_no"] == no and p["rule"] == "points@1"
    assert p["value"] == 12 * 1 + 0 + 2  # 10 × 1.2 (400 kVA) + no day under + rating 5
    assert "10(新装) × 1.2(315–1000kVA)" in p["formula"] and "+ 2(满意度 5)" in p["formula"]
    assert led["pending"] == []


def test_late_stage_with_the_managers_fault_from_the_case_evaluation(store):
    with store.session() as s:
        no, _ = finish_case(s, late="PLAN")
        case = cases.get_case(s, no)
        st = cases.store_of(s)
        s.add(CaseEvaluation(case_id=case.id, causes=json.dumps({"PLAN": {"code": "INTERNAL", "note": "流转慢"}}),
                             created_at=utcnow(), hlc=st.hlc.now(), device_id=st.device_id))
        s.add(Survey(case_id=case.id, surveyed_on=D(2026, 6, 3), participants=json.dumps(
            [{"name": "王明", "dept": "运检"}]), hlc=st.hlc.now(), device_id=st.device_id))
        follow_up(s, no, overall=3)
        points.post_finished(s, D(2026, 7, 31))
        led = points.ledger(s, "2026-06")
    vals = {(p["person"], p["role"]): p["value"] for p in led["postings"]}
    assert vals == {("李海燕", "manager"): 7.2, ("王明", "survey"): 1.8}  # 12 − 3 = 9, 0.2 to the survey
    assert "计划" not in led["postings"][0]["formula"] and "INTERNAL" in led["postings"][0]["formula"]


def test_rule_v2_effective_next_month_leaves_this_months_postings_unchanged(store, tmp_path):
    with store.session() as s:
        no, day = finish_case(s)
        follow_up(s, no, overall=4)
        points.post_finished(s, D(2026, 7, 31))
        before = points.ledger(s, "2026-06")["postings"]
    with store.session() as s:
        publish_v2(s, tmp_path, effective="2026-07-01")
    with store.session() as s:
        no2, day2 = finish_case(s, applied=D(2026, 6, 15))
        follow_up(s, no2, overall=4)
        points.post_finished(s, D(2026, 8, 31))
        assert points.ledger(s, "2026-06")["postings"] == before
        july = points.ledger(s, "2026-07")["postings"]
        assert day2.month == 7 and [p["rule"] for p in july] == ["points@2"] and july[0]["value"] == 20 * 1.2 + 1


def test_a_new_rule_never_changes_a_posting_without_a_recalculation(store, tmp_path, roles_naming):
    with store.session() as s:
        no, _ = finish_case(s)
        follow_up(s, no, overall=4)
        points.post_finished(s, D(2026, 7, 31))
    with store.session() as s:
        publish_v2(s, tmp_path, effective=None)  # in force "always": still no posting changes
    with store.session() as s:
        points.post_finished(s, D(2026, 8, 31))
        assert [p["value"] for p in points.ledger(s, "2026-06")["postings"]] == [13]
        preview = points.recalc(s, "2026-06", "2026-08 规则 v2 重算", as_of=D(2026, 8, 31))
        assert preview["posted"] is False and preview["cases"][0]["people"][0] == {
            "person": "李海燕", "role": "manager", "old": 13, "new": 25, "delta": 12}
        assert len(points.ledger(s, "2026-06")["postings"]) == 1  # the preview wrote nothing
        with pytest.raises(Refused) as exc:
            points.recalc(s, "2026-06", "x", post=True, as_of=D(2026, 8, 31))
        assert exc.value.code == "points_no_authority_recalculate"
    with store.session() as s:
        roles_naming(s, {"张伟": "bureau"})  # the roles document names the user: now they may
    with store.session() as s:
        out = points.recalc(s, "2026-06", "2026-08 规则 v2 重算", post=True, as_of=D(2026, 8, 31))
        assert out["posted"] and out["delta"] == 12
        led = points.ledger(s, "2026-06")
        assert [(p["kind"], p["value"]) for p in led["postings"]] == [("case", 13), ("reversal", -13), ("case", 25)]
        assert led["totals"] == [{"person": "李海燕", "points": 25}]
        assert points.recalc(s, "2026-06", "again", as_of=D(2026, 8, 31))["cases"] == []  # nothing left to change
        with pytest.raises(Refused) as exc:
            points.recalc(s, "2026-06", "2026-08 规则 v2 重算", post=True, as_of=D(2026, 8, 31))
        assert exc.value.code == "points_label_used"


def test_self_adjustment_is_refused_and_changes_nothing(store, roles_naming):
    with store.session() as s:
        roles_naming(s, {"张伟": "centre"})
    with store.session() as s:
        assert cases.store_of(s).user == "张伟"
        with pytest.raises(Refused) as exc:
            points.adjust(s, "张伟", 5, "加班")
        assert exc.value.code == "points_self"
        assert s.query(PointsPosting).count() == 0
        points.adjust(s, "李海燕", -2, "资料归档不全", month="2026-06")
        led = points.ledger(s, "2026-06")
        req = points.requests(s, "2026-06")[0]
    assert led["postings"][0]["value"] == -2 and led["postings"][0]["kind"] == "adjustment"
    assert req["reason"] == "资料归档不全" and req["status"] == "accepted" and req["decided_by"] == "张伟"


@pytest.mark.parametrize("bad", [0, 5000, float("nan"), True])
def test_adjustment_points_must_be_sensible(store, bad):
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            points.adjust(s, "李海燕", bad, "原因")
    assert exc.value.code == "points_bad_points"


def test_an_appeal_is_decided_by_someone_else_with_a_decision(store, roles_naming):
    with store.session() as s:
        roles_naming(s, {"张伟": "centre", "主管": "bureau"})
    with store.session() as s:
        no, _ = finish_case(s, manager="张伟")
        rid = points.appeal(s, "送电环节超时是客户原因", case_ref=no, points=3).created_id
        with pytest.raises(Refused) as exc:  # the appellant (张伟) cannot decide on it
            points.decide(s, rid, True, "同意")
        assert exc.value.code == "points_self"
        cases.store_of(s).set_setting(s, "user", "主管")
    store.reload_identity()
    with store.session() as s:
        assert cases.store_of(s).user == "主管"
        points.decide(s, rid[:8], True, "核实为客户原因,同意补回")
        req = points.requests(s)[0]
        led = points.ledger(s, req["month"])
        with pytest.raises(Refused) as exc:
            points.decide(s, rid, False, "再次裁决")
        assert exc.value.code == "points_not_pending"
    assert req["status"] == "accepted" and req["decision"].startswith("核实") and req["case_no"] == no
    assert [(p["person"], p["value"], p["kind"]) for p in led["postings"]] == [("张伟", 3, "adjustment")]


def test_simulate_shows_what_open_cases_would_earn_today(store):
    with store.session() as s:
        no = cases.create_case(s, customer_name="乙公司", account_no="3300000002", capacity_kva=1250,
                               applied_on=D(2026, 6, 1)).case_no
        cases.finish_stage(s, no, "ACCEPT", D(2026, 6, 1))
        out = points.simulate(s, as_of=D(2026, 6, 2))
    [c] = [c for c in out["cases"] if c["case_no"] == no]
    # 10 × 1.5 (1250 kVA) + 0.5 × (ACCEPT 1 day under + SURVEY 2 of 3 left) = 16.5, rating left out
    assert c["status"] == "posted" and c["total"] == 16.5 and "满意度待回访" in c["formula"]


def test_quarterly_ranking(store, roles_naming):
    with store.session() as s:
        st = cases.store_of(s)
        st.set_setting(s, "user", "主管")
        roles_naming(s, {"主管": "centre"})
    store.reload_identity()
    with store.session() as s:
        points.adjust(s, "李海燕", 5, "a", month="2026-04")
        points.adjust(s, "张伟", 3, "b", month="2026-05")
        points.adjust(s, "张伟", 4, "c", month="2026-06")
        points.adjust(s, "王明", 9, "d", month="2026-07")
        r = points.ranking(s, "2026-Q2")
    assert [(x["person"], x["points"], x["rank"]) for x in r["ranking"]] == [("张伟", 7, 1), ("李海燕", 5, 2)]
    with store.session() as s, pytest.raises(Refused):
        points.ranking(s, "2026-Q5")


def test_the_ledger_travels_by_sync(trio, roles_naming):
    a, b, sup = trio
    for lt in (a, b):  # the same roles document on both (one row: its id is its kind, id and version)
        lt.do(roles_naming, {"张伟": "centre"})
    a.do(points.adjust, "李海燕", 2.5, "协助查勘", month="2026-06")
    b.receive(a.send(b))
    rows = b.do(lambda s: points.ledger(s, "2026-06")["postings"])
    reqs = b.do(lambda s: points.requests(s, "2026-06"))
    assert [(r["person"], r["value"], r["created_by"]) for r in rows] == [("李海燕", 2.5, "张伟")]
    assert reqs[0]["reason"] == "协助查勘"


def test_review_participants_share_from_design_review_and_meeting(store):
    from app.models import DesignReview, StageRound
    from app.services import meetings

    with store.session() as s:
        m = meetings.new_meeting(s, "2026-05-28 09:00", "三楼会议室", "王主任").meeting_id

        def on_agenda(no):
            meetings.add_case(s, m, no)
            meetings.decide(s, m, no, "approve")

        no, _ = finish_case(s, kva=630, created=on_agenda)
        case = cases.get_case(s, no)
        st = cases.store_of(s)
        rnd = s.query(StageRound).filter_by(case_id=case.id, stage="DESIGN_REVIEW").one()
        s.add(DesignReview(case_id=case.id, round_id=rnd.id, opened_on=rnd.started_on, participants=json.dumps(
            [{"name": "钱工", "dept": "生产"}, {"name": "王主任", "dept": "营销"}]), hlc=st.hlc.now(), device_id=st.device_id))
        follow_up(s, no, overall=3)
        points.post_finished(s, D(2026, 7, 31))
        led = points.ledger(s, "2026-06")
    vals = {(p["person"], p["role"]): p["value"] for p in led["postings"]}
    # 12 points: 0.7 + 0.2 (no survey) to the manager, 0.1 to the two reviewers (the chair once)
    assert vals == {("李海燕", "manager"): 10.8, ("钱工", "review"): 0.6, ("王主任", "review"): 0.6}
    assert "12 × 0.1(审图/会审) ÷ 2 人 = 0.6" in [p["formula"] for p in led["postings"] if p["person"] == "钱工"][0]


def test_two_laptops_deriving_the_same_posting_meet_as_one_row(trio):
    a, b, sup = trio

    def make(s):
        no, _ = finish_case(s, manager="李海燕")
        follow_up(s, no, overall=5)
        return no

    a.do(make)
    b.receive(a.send(b))
    a.do(points.post_finished, D(2026, 7, 31))
    b.do(points.post_finished, D(2026, 7, 31))
    b.receive(a.send(b))
    a.receive(b.send(a))
    for lt in (a, b):
        rows = lt.do(lambda s: points.ledger(s, "2026-06")["postings"])
        assert [(r["person"], r["value"]) for r in rows] == [("李海燕", 14)]


def test_replaying_the_ledger_costs_a_few_queries_not_some_per_case(store):
    """post_finished recomputed the posted set once per finished case and loaded each case's rounds,
    pauses, follow-ups and participants one by one (140 s for 2,708 cases with nothing new to post)."""
    from sqlalchemy import event

    with store.session() as s:
        for n in range(6):
            no, _ = finish_case(s, applied=D(2026, 6, 1) + dt.timedelta(days=n))
            follow_up(s, no, overall=4)
    statements = []

    def count(*_a):
        statements.append(1)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        with store.session() as s:
            assert points.post_finished(s, D(2026, 8, 31))["posted"] == 6
        first = len(statements)
        statements.clear()
        with store.session() as s:
            assert points.post_finished(s, D(2026, 8, 31))["posted"] == 0
        again = len(statements)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert first < 40 and again < 10, (first, again)

"""The bulletins' verdict cache (issue 21, bulletin speed): the cached path gives the figures of the
uncached one, on a warm cache and after every kind of change a finished case's verdict can meet
(a correction replayed, a new rule-set version, a calendar import, a sync import); a row that does
not match its case is never read. And the weekly bulletin lists the escalations reached in the week
by stages that finished before its end."""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select, text

from app.models import VerdictCache
from app.paths import resource
from app.services import bulletins as bl
from app.services import cases as svc
from tests.helpers import ok

D = dt.date
PERIODS = (("monthly", "2026-10"), ("quarterly", "2026-Q3"))


def _build(store, kind, period, cache):
    with store.reader() as s:
        return bl.public(bl.build(s, kind, period, as_of=D(2026, 11, 27), cache=cache))


def _same_both_ways(db) -> dict:
    """Each bulletin uncached, then cached twice (filling, then reading): all equal."""
    from app.store import Store

    store = Store.open(db)
    try:
        out = {}
        for kind, period in PERIODS:
            plain = _build(store, kind, period, False)
            assert _build(store, kind, period, True) == plain
            assert _build(store, kind, period, True) == plain
            out[kind] = plain
        with store.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(VerdictCache)).scalar() > 0
            # the rows of an earlier calendar are dropped; rule-set combinations kept up to the bound
            from app.services.verdict_cache import KEEP_CONTEXTS

            assert conn.execute(select(func.count(func.distinct(VerdictCache.judged)))).scalar() <= KEEP_CONTEXTS
        return out
    finally:
        store.dispose()


def _trend(b):
    return [(t["period"], t["cases"], t["rate"], t["hv_avg_supply_wd"]) for t in b["trend"]]


def test_the_rows_are_read_and_a_row_not_matching_its_case_is_not(demo_db):
    from app.store import Store

    before = _same_both_ways(demo_db)
    store = Store.open(demo_db)
    try:
        # every row says "missed": the cached trend shows it, so the cached path does read the rows
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE verdict_cache SET value = replace(value, '\"met\"', '\"missed\"')"))
        liar = _build(store, "monthly", "2026-10", True)
        assert [t["rate"] for t in liar["trend"]] != [t["rate"] for t in before["monthly"]["trend"]]
        # the same lying rows under keys of other inputs (a stale row): never read
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE verdict_cache SET key = 'x' || substr(key, 2)"))
        assert _build(store, "monthly", "2026-10", True) == before["monthly"]
        assert _build(store, "quarterly", "2026-Q3", True) == before["quarterly"]
    finally:
        store.dispose()


def _a_met_case(b: dict, month: str) -> dict:
    return next(c for c in b["cases"] if c["energized_on"].startswith(month) and c["energized_on"] <= f"{month}-15"
                and set(c["verdicts"].values()) == {"met"})


def test_after_a_correction_replayed(demo_db):
    before = _same_both_ways(demo_db)
    july = json.loads(ok(demo_db, "bulletin", "monthly", "--month", "2026-07", "--json"))
    case = _a_met_case(july, "2026-07")
    late = (D.fromisoformat(case["energized_on"]) + dt.timedelta(days=12)).isoformat()  # ENERGIZE's limit: 3 wd
    ok(demo_db, "case", "correct", case["case_no"], "--stage", "ENERGIZE", "--finished", late, "--reason",
       "ENTRY_ERROR")
    after = _same_both_ways(demo_db)
    assert _trend(after["monthly"]) != _trend(before["monthly"])  # the cached path saw the correction


def test_after_a_new_rule_set_version(demo_db, tmp_path):
    before = _same_both_ways(demo_db)
    doc = json.loads(resource("rules", "internal_xiangshan_2012.json").read_text(encoding="utf-8"))
    doc["version"] = 2
    for it in doc["items"]:
        if it["stages"] == ["SURVEY"]:
            it["limit"] = 1
    path = tmp_path / "internal_v2.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    ok(demo_db, "rules", "publish", str(path))
    after = _same_both_ways(demo_db)
    assert _trend(after["monthly"]) != _trend(before["monthly"])


def test_after_a_calendar_import(demo_db, tmp_path):
    before = _same_both_ways(demo_db)
    f = tmp_path / "holidays.csv"
    f.write_text("".join(f"2026-07-{d:02d},holiday,测试假期\n" for d in range(6, 11)), encoding="utf-8")
    ok(demo_db, "calendar", "import", str(f))
    after = _same_both_ways(demo_db)
    assert _trend(after["monthly"]) != _trend(before["monthly"])


def _finish_all(s, name: str, applied: D) -> str:
    cal = s.info["store"].calendar
    no = svc.create_case(s, customer_name=name, account_no=f"33{abs(hash(name)) % 10**8:08d}", capacity_kva=400,
                         manager="张伟", township="石浦镇", applied_on=cal.next_workday_on_or_after(applied)).case_no
    on = cal.next_workday_on_or_after(applied)
    for stage in ("ACCEPT", "SURVEY", "PLAN", "FEES", "DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION",
                  "ENERGIZE"):
        if stage in ("DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION"):
            svc.start_stage(s, no, stage, on)
        on = cal.add_workdays(on, 1)
        svc.finish_stage(s, no, stage, on, source="ledger")
    return no


def test_after_a_sync_import(trio):
    from app.services import corrections

    a, _b, sup = trio
    nos = a.do(lambda s: [_finish_all(s, f"同步缓存{i}有限公司", D(2026, 7, 1) + dt.timedelta(days=i))
                          for i in range(4)])
    sup.receive(a.send(sup))
    first = _same_both_ways(sup.path)
    assert sum(t["cases"] for t in first["monthly"]["trend"]) == 4

    def late_energize(s):  # the manager corrects one case: power on 3 more working days later (limit 3)
        r = next(r for r in svc.get_case(s, nos[0]).rounds if r.stage == "ENERGIZE")
        corrections.correct_stage(s, nos[0], "ENERGIZE", finished_on=s.info["store"].calendar.add_workdays(
            r.finished_on, 3), reason="ENTRY_ERROR")
    a.do(late_energize)
    sup.receive(a.send(sup))
    after = _same_both_ways(sup.path)
    assert sum(t["cases"] for t in after["monthly"]["trend"]) == 4
    assert _trend(after["monthly"]) != _trend(first["monthly"])


def _surveyed(s, finish_survey_on: D) -> str:
    """SURVEY (limit 3 wd) started 2026-06-02: in warning from 06-04 (the manager is told)."""
    no = svc.create_case(s, customer_name="周内督办有限公司", account_no="3300000881", capacity_kva=400,
                         manager="张伟", township="石浦镇", applied_on=D(2026, 6, 1)).case_no
    svc.finish_stage(s, no, "ACCEPT", D(2026, 6, 2), source="ledger")
    svc.finish_stage(s, no, "SURVEY", finish_survey_on, source="ledger")
    return no


def test_an_escalation_reached_and_finished_within_the_week_is_listed(store):
    with store.session() as s:
        no = _surveyed(s, D(2026, 6, 5))  # warned on 06-04, finished on 06-05: both in 2026-W23
    with store.reader() as s:
        week = bl.build(s, "weekly", "2026-W23", as_of=D(2026, 6, 7))
        nxt = bl.build(s, "weekly", "2026-W24", as_of=D(2026, 6, 14))
    rows = [e for e in week["escalations"]["rows"] if e["case_no"] == no]
    # ACCEPT (limit 1 wd) is in warning from its first day, as the live list says of an open one
    assert [(e["rung"], e["escalated_on"], e["stage"], e["stage_finished_on"], e["told"]) for e in rows] == [
        ("WARN", "2026-06-04", "SURVEY", "2026-06-05", "张伟"), ("WARN", "2026-06-01", "ACCEPT", "2026-06-02", "张伟")]
    assert all(e["new_this_period"] for e in rows) and week["escalations"]["new"] == 2
    assert not [e for e in nxt["escalations"]["rows"] if e["case_no"] == no and e["stage"] in ("ACCEPT", "SURVEY")]
    # the manager told acknowledges it in the week, though the stage finished
    from app.services import escalation as esc

    with store.session() as s:
        esc.acknowledge(s, rows[0]["id"], D(2026, 6, 7))
    with store.reader() as s:
        again = bl.build(s, "weekly", "2026-W23", as_of=D(2026, 6, 7))
    assert next(e for e in again["escalations"]["rows"] if e["id"] == rows[0]["id"])["acknowledged_by"] == "张伟"


def test_a_stage_finished_on_the_day_it_would_have_escalated_never_escalated(store):
    with store.session() as s:
        no = _surveyed(s, D(2026, 6, 4))  # finished at the end of the day it would have reached the warning
    with store.reader() as s:
        week = bl.build(s, "weekly", "2026-W23", as_of=D(2026, 6, 7))
    assert not [e for e in week["escalations"]["rows"] if e["case_no"] == no and e["stage"] == "SURVEY"]


def test_a_monthly_after_a_quarterly_finds_its_rows(demo_db):
    """A run that writes used to drop every row of a judging context it did not use itself (taken for
    stale); a context is now two halves, calendar and code, then rule sets: rows of an older calendar
    or code are dropped, other rule-set combinations on this calendar kept (up to KEEP_CONTEXTS), so
    bulletins judged under different sets do not empty each other's rows. (On this demo the monthly
    and quarterly happen to share their contexts: the guard is the stale-base half below.)"""
    from app.store import Store

    store = Store.open(demo_db)
    try:
        def contexts() -> set[str]:
            with store.engine.connect() as conn:
                return {j for (j,) in conn.execute(select(VerdictCache.judged).distinct())}

        _build(store, "monthly", "2026-10", True)
        monthly = contexts()
        _build(store, "quarterly", "2026-Q3", True)
        assert monthly <= contexts() and len(contexts()) >= 2
        quarterly = contexts()
        # one of the monthly's rows gone (as after a correction): the next monthly writes, and keeps
        # the quarterly's rows beside its own
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM verdict_cache WHERE rowid = (SELECT min(rowid) FROM verdict_cache "
                              "WHERE judged = :j)"), {"j": next(iter(monthly))})
        _build(store, "monthly", "2026-10", True)
        assert quarterly <= contexts()
        # a row of an older calendar (another base) is dropped at the next write
        stale = "0" * 32 + next(iter(monthly))[32:]
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE verdict_cache SET judged = :s WHERE judged = :j"),
                         {"s": stale, "j": next(iter(monthly))})
        _build(store, "monthly", "2026-10", True)
        assert stale not in contexts() and monthly <= contexts()
    finally:
        store.dispose()

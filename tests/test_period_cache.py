"""The summaries of earlier periods (app.services.period_cache, issue 21 bulletin speed): a bulletin's
trend and the quarterly's comparison answered from them give the figures computed from the cases; a
case of such a period edited, or a case energised into it after the fact, has the period read again;
an edit of an open case does not."""
from __future__ import annotations

import datetime as dt

from app.services import bulletins as bl
from app.services import cases as svc
from app.services import corrections
from tests.helpers import ok
from tests.test_bulletin_speed import _finish_all

D = dt.date
AS_OF = D(2026, 11, 27)
RUNS = (("weekly", "2026-W47", None, None), ("monthly", "2026-10", None, None), ("quarterly", "2026-Q3", None, None),
        ("monthly", "2026-10", "manager", "张伟"))


def _build(store, kind, period, cache=True, level=None, scope=None):
    with store.reader() as s:
        b = bl.build(s, kind, period, as_of=AS_OF, level=level, scope=scope, cache=cache)
    return bl.public(b), b["_summaries"]


def _earlier(kind, period):
    periods = [period]
    for _ in range(bl.TREND_PERIODS[kind] - 1):
        periods.insert(0, bl.previous_period(kind, periods[0]))
    return periods[:-1]


def test_earlier_periods_are_answered_from_their_summaries_with_the_figures_of_their_cases(demo_db):
    from app.store import Store

    store = Store.open(demo_db)
    try:
        for kind, period, level, scope in RUNS:
            plain, used = _build(store, kind, period, False, level, scope)
            assert used == []  # no cache: every period from its cases
            first, used = _build(store, kind, period, True, level, scope)
            assert first == plain
            second, used = _build(store, kind, period, True, level, scope)
            assert second == plain, (kind, period, level)
            # every earlier period of the demo had ended and closed by the as-of day
            assert used == _earlier(kind, period), (kind, period, level, used)
            assert sum(t["cases"] for t in plain["trend"][:-1]) > 0
    finally:
        store.dispose()


def _warm(store, kind, period, summarised) -> dict:
    """The bulletin computed twice (its summaries written, then read): the first, and a check that
    ``summarised`` was answered from its summary the second time."""
    before, _ = _build(store, kind, period)
    _again, used = _build(store, kind, period)
    assert summarised in used, used
    return before


def _july_case(store) -> dict:
    july, _used = _build(store, "monthly", "2026-07", False)
    return next(c for c in july["cases"] if c["energized_on"] <= "2026-07-15"
                and set(c["verdicts"].values()) == {"met"})


def test_a_case_of_an_earlier_period_edited_has_that_period_read_again(demo_db):
    from app.store import Store

    store = Store.open(demo_db)
    try:
        before = _warm(store, "monthly", "2026-10", "2026-07")
        case = _july_case(store)
    finally:
        store.dispose()
    late = (D.fromisoformat(case["energized_on"]) + dt.timedelta(days=12)).isoformat()  # ENERGIZE's limit: 3 wd
    ok(demo_db, "case", "correct", case["case_no"], "--stage", "ENERGIZE", "--finished", late, "--reason",
       "ENTRY_ERROR")
    store = Store.open(demo_db)
    try:
        after, used = _build(store, "monthly", "2026-10")
        assert "2026-07" not in used and used == ["2026-05", "2026-06"]  # the months before it still answered
        plain, _ = _build(store, "monthly", "2026-10", False)
        assert after == plain
        july = {t["period"]: t for t in after["trend"]}["2026-07"]
        assert july["rate"] < {t["period"]: t for t in before["trend"]}["2026-07"]["rate"]
        _again, used = _build(store, "monthly", "2026-10")
        assert used == _earlier("monthly", "2026-10")  # written again with the new figures
    finally:
        store.dispose()


def test_a_case_energised_into_an_earlier_period_after_the_fact_is_counted(demo_db):
    from app.store import Store

    store = Store.open(demo_db)
    try:
        before = _warm(store, "quarterly", "2026-Q3", "2026-Q2")
        # a ledger entry of a case applied and powered on in May, typed in today: in no summary's list
        with store.session() as s:
            _finish_all(s, "补录五月送电有限公司", D(2026, 5, 6))
        after, used = _build(store, "quarterly", "2026-Q3")
        assert "2026-Q2" not in used and used == ["2025-Q4", "2026-Q1"]
        trend_before = {t["period"]: t for t in before["trend"]}
        trend_after = {t["period"]: t for t in after["trend"]}
        assert trend_after["2026-Q2"]["cases"] == trend_before["2026-Q2"]["cases"] + 1
        assert after == _build(store, "quarterly", "2026-Q3", False)[0]
        assert after["change"] != before["change"]  # the previous quarter's figures are Q2's new ones
    finally:
        store.dispose()


def test_an_edit_of_an_open_case_keeps_the_summaries(demo_db):
    from app.store import Store

    store = Store.open(demo_db)
    try:
        _build(store, "monthly", "2026-10")
        with store.session() as s:
            no = svc.create_case(s, customer_name="在途编辑有限公司", account_no="3300000777", capacity_kva=400,
                                 manager="张伟", township="石浦镇", applied_on=D(2026, 11, 23)).case_no
            svc.finish_stage(s, no, "ACCEPT", D(2026, 11, 24))
        with store.session() as s:
            corrections.correct_stage(s, no, "ACCEPT", finished_on=D(2026, 11, 25), reason="ENTRY_ERROR")
        after, used = _build(store, "monthly", "2026-10")
        assert used == _earlier("monthly", "2026-10")
        assert after == _build(store, "monthly", "2026-10", False)[0]
    finally:
        store.dispose()


def test_a_cached_case_s_rounds_come_from_its_row_and_give_the_same_hash(demo_db):
    """The bulletin's own cases answered by the verdict cache are fingerprinted from the rounds' text
    their row keeps (not read again): the same input hash as from the rows; a row whose text was
    tampered with gives another hash, so the text is what is used."""
    from sqlalchemy import text

    from app.store import Store

    store = Store.open(demo_db)
    try:
        plain, _ = _build(store, "monthly", "2026-10", False)
        _build(store, "monthly", "2026-10")  # judged: rows written
        _build(store, "monthly", "2026-10")  # the shown cases' rows get their rounds' text
        with store.engine.connect() as conn:
            parts = [v.count("\t") for (v,) in conn.execute(text(
                "SELECT value FROM verdict_cache WHERE case_id NOT LIKE 'period:%'"))]
        assert parts.count(2) >= plain["finished_cases"] > 0
        cached, _ = _build(store, "monthly", "2026-10")
        assert cached["input_hash"] == plain["input_hash"] and cached == plain
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE verdict_cache SET value = replace(value, '\"ENERGIZE\"', '\"ENERGISE\"') "
                              "WHERE case_id NOT LIKE 'period:%'"))
        liar, _ = _build(store, "monthly", "2026-10")
        assert liar["input_hash"] != plain["input_hash"]
    finally:
        store.dispose()

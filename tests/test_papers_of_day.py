"""The papers of a day at once (issue 16): the papers a day's work produced for all of a manager's
cases — accepted, plan replied, fees recorded, completion passed, energised that day — through the
core and the real CLI, read back from the one PDF."""
from __future__ import annotations

import datetime as dt

import pytest

from app.services.papers import papers_of_day
from app.store import Store
from tests.helpers import db_digest, flat, ok, page_count, pdf_text, refused

D = dt.date


@pytest.fixture
def day_cases(case_accepted):
    """case_accepted (fees on 09-09, completion passed 11-05) energised on 11-06, and a second case of
    another manager accepted on the same day as the first (09-02)."""
    db, no = case_accepted
    ok(db, "case", "fees", no, "--item", "高可靠性供电费", "--amount", "36000", "--on", "2026-09-09")
    ok(db, "stage", "finish", no, "ENERGIZE", "--on", "2026-11-06")
    other = ok(db, "case", "new", "--customer", "乙公司", "--account", "3300000002", "--kva", "400",
               "--applied", "2026-09-01", "--manager", "李海燕")
    ok(db, "stage", "finish", other, "ACCEPT", "--on", "2026-09-02")
    return db, no, other


def _of_day(db, day, manager=None):
    store = Store.open(db)
    try:
        with store.reader() as s:
            return papers_of_day(s, day, manager)
    finally:
        store.dispose()


def test_the_papers_of_a_day_are_those_dated_that_day(day_cases):
    db, no, other = day_cases
    assert _of_day(db, D(2026, 9, 2)) == sorted([(no, "accept-receipt"), (other, "accept-receipt")])
    assert _of_day(db, D(2026, 9, 2), "李海燕") == [(other, "accept-receipt")]
    assert _of_day(db, D(2026, 9, 1)) == []  # applied on 09-01, but the receipt is of the acceptance (09-02)
    assert _of_day(db, D(2026, 9, 8)) == [(no, "plan-reply")]
    assert _of_day(db, D(2026, 9, 9)) == [(no, "fee-notice")]
    assert _of_day(db, D(2026, 11, 2)) == []  # that inspection found defects: no opinion
    assert _of_day(db, D(2026, 11, 5)) == [(no, "acceptance-opinion")]
    assert _of_day(db, D(2026, 11, 6)) == [(no, "power-on")]
    assert _of_day(db, D(2026, 11, 6), "李海燕") == []


def test_a_fee_notice_belongs_to_its_last_fees_day(day_cases):
    db, no, _ = day_cases
    ok(db, "case", "fees", no, "--item", "临时接电费", "--amount", "500", "--on", "2026-09-15")
    assert _of_day(db, D(2026, 9, 9)) == []  # the notice now carries 09-15: it is that day's paper
    assert _of_day(db, D(2026, 9, 15)) == [(no, "fee-notice")]


def test_cli_prints_a_days_papers_into_one_pdf(day_cases, tmp_path):
    db, no, other = day_cases
    out = tmp_path / "day.pdf"
    assert ok(db, "doc", "pdf", "--day", "2026-09-02", "--out", str(out)) == str(out)
    assert page_count(out) == 2
    texts = [flat(pdf_text(out, p)) for p in (1, 2)]
    assert all("受理回执" in t for t in texts)
    assert {no, other} == {n for n in (no, other) for t in texts if f"SL-{n}" in t}
    mine = tmp_path / "mine.pdf"
    ok(db, "doc", "pdf", "--day", "2026-09-02", "--manager", "李海燕", "--out", str(mine))
    assert page_count(mine) == 1 and f"SL-{other}" in flat(pdf_text(mine))


def test_cli_refuses_a_day_without_papers_and_mixed_arguments(day_cases, tmp_path):
    db, no, _ = day_cases
    before = db_digest(db)
    out = tmp_path / "none.pdf"
    assert "2026-09-03" in refused(db, "doc", "pdf", "--day", "2026-09-03", "--out", str(out))
    assert "--day" in refused(db, "doc", "pdf", no, "--day", "2026-09-02", "--out", str(out))
    assert "--day" in refused(db, "doc", "pdf", no, "--out", str(out))  # neither --kind nor --day
    assert not out.exists() and db_digest(db) == before

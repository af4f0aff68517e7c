"""The practice database gives its user work on Today (issue 16, first start): the demo cases due or
overdue on the as-of day are the user's, so the warnings of "Mine" are not empty; the demo of a real
(non-practice) database is drawn as before."""
from __future__ import annotations

import datetime as dt

from app.demo import build_demo, open_practice
from app.services import query
from app.store import Store
from tests.helpers import raw_connect

AS_OF = dt.date(2026, 9, 10)


def _cases(path):
    con = raw_connect(path)
    try:
        return con.execute('SELECT case_no, customer_name, applied_on, status, current_stage, manager FROM "case" '
                           "ORDER BY case_no").fetchall()
    finally:
        con.close()


def test_practice_user_has_warnings_on_today(tmp_path):
    p = open_practice(tmp_path / "practice" / "p.db", user="李娜", device_name="李娜的笔记本")
    try:
        build_demo(p, 120, seed=3, as_of=AS_OF)
        with p.reader() as s:
            mine = query.warnings(s, AS_OF, manager="李娜")
            everyone = query.warnings(s, AS_OF)
    finally:
        p.dispose()
    assert mine and all(w["manager"] == "李娜" for w in mine)
    assert {w["case_no"] for w in everyone} == {w["case_no"] for w in mine}  # every due case is the user's
    # the same seed in a database that is not practice: the same cases, only the managers drawn as before
    db_path = tmp_path / "real.db"
    real = Store.open(db_path, user="李娜")
    try:
        build_demo(real, 120, seed=3, as_of=AS_OF)
    finally:
        real.dispose()
    practice_rows, real_rows = _cases(tmp_path / "practice" / "p.db"), _cases(db_path)
    assert [r[1:5] for r in practice_rows] == [r[1:5] for r in real_rows]  # numbers: each its prefix
    moved = [a[0] for a, b in zip(practice_rows, real_rows, strict=True)
             if a[5] != b[5]]
    assert moved  # steered: some due case would have been another manager's
    assert set(moved) <= {w["case_no"] for w in mine}

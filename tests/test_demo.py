"""Demo data: deterministic and shaped like a real county's workload."""
import datetime as dt
import json
from pathlib import Path

from tests.helpers import cli, raw_connect

# the bundled townships (the data kind "townships", issue 18): what a demo draws from
TOWNSHIP_NAMES = {r["name"] for r in json.loads((Path(__file__).parent.parent / "resources" / "townships" / "xiangshan.json").read_text(encoding="utf-8"))["townships"]}


def _dump(path):
    con = raw_connect(path)
    cases = con.execute('SELECT case_no, customer_name, account_no, capacity_kva, manager, township FROM "case" ORDER BY case_no').fetchall()
    # by case number: the cases converted from prospects through the services (demo_around) have random ids
    rounds = con.execute('SELECT c.case_no, stage, round, started_on, finished_on, outcome FROM stage_round r'
                         ' JOIN "case" c ON c.id = r.case_id ORDER BY c.case_no, seq').fetchall()
    con.close()
    return cases, rounds


def test_same_seed_same_data(template_db, tmp_path):
    import shutil

    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    for p in (a, b, c):
        shutil.copy(template_db, p)
    for p, seed in ((a, 5), (b, 5), (c, 6)):
        r = cli(p, "demo", "--cases", "120", "--seed", str(seed), "--as-of", "2026-11-27")
        assert r.returncode == 0, r.stderr
    assert _dump(a) == _dump(b)
    assert _dump(a) != _dump(c)


def test_demo_refuses_a_non_empty_database(demo_db):
    r = cli(demo_db, "demo", "--cases", "10")
    assert r.returncode == 1 and "300" in r.stderr


def test_demo_is_realistic(demo_db):
    cases = json.loads(cli(demo_db, "case", "list", "--as-of", "2026-11-27", "--json").stdout)
    assert len(cases) == 300
    open_cases = [c for c in cases if c["status"] == "open"]
    assert 0.05 <= len(open_cases) / len(cases) <= 0.2
    statuses = {c["clock_status"] for c in open_cases}
    assert {"warning", "overdue"} <= statuses
    assert any(c["paused"] for c in open_cases) or True  # pauses are rarer; checked on rounds below
    managers = {c["manager"] for c in cases}
    assert 10 <= len(managers) <= 14
    assert {c["township"] for c in cases} <= set(TOWNSHIP_NAMES) and len({c["township"] for c in cases}) >= 15
    kva = sorted(c["capacity_kva"] for c in cases)
    assert 100 <= kva[len(kva) // 10] and kva[len(kva) * 9 // 10] <= 2000
    assert any(k in c["customer_name"] for c in cases for k in ("针织", "水产冷冻", "船舶修造", "电器"))
    con = raw_connect(demo_db)
    assert con.execute("SELECT count(*) FROM stage_round WHERE outcome='rectify'").fetchone()[0] > 10
    assert con.execute("SELECT count(*) FROM pause").fetchone()[0] > 10
    assert con.execute("SELECT count(*) FROM pause WHERE ended_on IS NULL").fetchone()[0] >= 1
    con.close()
    w = json.loads(cli(demo_db, "warnings", "--as-of", "2026-11-27", "--json").stdout)
    assert w and all(x["status"] in ("warning", "overdue") for x in w)
    assert [x["remaining_wd"] for x in w] == sorted(x["remaining_wd"] for x in w)


def test_every_demo_case_evaluates(demo_db):
    from app.services.query import case_view
    from app.store import Store

    store = Store.open(demo_db)
    con = raw_connect(demo_db)
    nos = [r[0] for r in con.execute('SELECT case_no FROM "case"')]
    con.close()
    verdicts = set()
    with store.reader() as s:
        for no in nos:
            v = case_view(s, no, dt.date(2026, 11, 27))
            verdicts.update(r["verdict"] for r in v["rules"])
            assert v["supply_dept_wd"] >= 0
    assert verdicts == {"met", "missed", "pending"}
    store.dispose()


def test_the_person_asking_for_demo_data_gets_cases(template_db, tmp_path):
    import shutil

    from app.demo import build_demo
    from app.store import Store

    p = tmp_path / "mine.db"
    shutil.copy(template_db, p)
    st = Store.open(p)
    with st.session() as s:
        from app.services.settings import update_settings

        update_settings(s, user="新来的经理")
    build_demo(st, 200, seed=2, as_of=dt.date(2026, 11, 27))
    st.dispose()
    rows = json.loads(cli(p, "case", "list", "--manager", "新来的经理", "--json").stdout)
    assert len(rows) >= 5

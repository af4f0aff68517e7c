"""``demo --xiangshan-2012`` (issue 21): the seed as a test. The quarterly bulletins of 2012-Q1..Q3,
computed by the same code as every other bulletin, show the seed's figures."""
from __future__ import annotations

import json

import pytest

from tests.helpers import ok, pdf_text, refused


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory, template_db):
    import shutil

    db = tmp_path_factory.mktemp("xs2012") / "zaosong.db"
    shutil.copy(template_db, db)
    out = json.loads(ok(db, "demo", "--xiangshan-2012", "--json"))
    assert (out["transformers"], out["kva"]) == (206, 72000.0)
    return db


def test_quarterly_bulletins_show_the_seed_figures(seed_db):
    kva = transformers = cases = 0
    total_wd = hv = 0
    for q in (1, 2, 3):
        b = json.loads(ok(seed_db, "bulletin", "quarterly", "--quarter", f"2012-Q{q}", "--json"))
        assert b["finished_cases"] > 0
        for rs in b["rule_sets"]:  # every stage of every case within its limit, under every rule set
            assert rs["rate"] == 100.0, (q, rs["rule_set"], rs["late_case_nos"])
            assert all(st["rate"] in (100.0, None) for st in rs["stages"])
        assert b["hv_avg_supply_wd"] == pytest.approx(9, abs=0.05)
        assert not b["transformers_unknown_case_nos"]
        kva += b["kva_connected"]
        transformers += b["transformers"]
        cases += b["finished_cases"]
        total_wd += b["hv_total_supply_wd"]
        hv += b["hv_cases"]
    assert (kva, transformers) == (72000, 206)
    assert total_wd / hv == pytest.approx(9, abs=0.05)
    # the months and weeks of the year agree with the quarters (one code path)
    months = [json.loads(ok(seed_db, "bulletin", "monthly", "--month", f"2012-{m:02d}", "--json")) for m in range(1, 10)]
    assert sum(m["finished_cases"] for m in months) == cases
    assert sum(m["kva_connected"] for m in months) == 72000


def test_the_hetai_case(seed_db):
    q3 = json.loads(ok(seed_db, "bulletin", "quarterly", "--quarter", "2012-Q3", "--json"))
    hetai = [c for c in q3["cases"] if "和泰电器" in c["customer_name"]]
    assert len(hetai) == 1
    c = hetai[0]
    assert (c["capacity_kva"], c["applied_on"], c["energized_on"], c["transformers"]) == (630, "2012-06-18",
                                                                                          "2012-07-02", 1)
    shown = json.loads(ok(seed_db, "case", "show", c["case_no"], "--json"))
    assert all(st["status"] == "on_time" for st in shown["stages"])


def test_the_pdf_of_the_first_quarter(seed_db, tmp_path):
    """2012-Q1's trend reaches back into 2011, when nothing was energised: periods without a rate
    (a regression: the trend chart's labels failed on them)."""
    out = tmp_path / "q1.pdf"
    ok(seed_db, "bulletin", "quarterly", "--quarter", "2012-Q1", "--pdf", str(out))
    text = pdf_text(out)
    assert "2012-Q1" in text and "100.0%" in text and "2011-Q2" in text


def test_demo_needs_an_empty_database_and_a_choice(seed_db, db_path):
    refused(seed_db, "demo", "--xiangshan-2012")  # not empty
    refused(db_path, "demo")  # neither --cases nor --xiangshan-2012

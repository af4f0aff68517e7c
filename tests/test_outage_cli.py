"""The outage commands of the CLI contract (issue 19): need, window, balance --json, confirm, plan
--pdf/--xlsx, and the documents."""
from __future__ import annotations

import json

import openpyxl

from tests.helpers import cli, db_digest, ok, page_count, pdf_text, refused


def _case(db, name, account):
    no = ok(db, "case", "new", "--customer", name, "--account", account, "--kva", "400", "--applied", "2026-10-08",
            "--address", "象山县丹东街道滨海路8号")
    ok(db, "stage", "finish", no, "ACCEPT", "--on", "2026-10-09")
    ok(db, "stage", "finish", no, "SURVEY", "--on", "2026-10-12")
    return no


def _setup(db):
    a, b, c = _case(db, "甲公司", "3300000001"), _case(db, "乙公司", "3300000002"), _case(db, "丙公司", "3300000003")
    ok(db, "outage", "need", a, "--feeder", "10kV城东线", "--hours", "4", "--ready", "2027-01-05", "--wanted",
       "2027-01-29", "--customers", "12", "--important", "--substation", "丹城变", "--work", "T_JOIN")
    ok(db, "outage", "need", b, "--feeder", "10kV城东线", "--hours", "3", "--ready", "2027-01-08", "--wanted",
       "2027-01-29", "--customers", "12")
    ok(db, "outage", "need", c, "--feeder", "10kV城东线", "--hours", "2", "--ready", "2027-01-20", "--wanted",
       "2027-01-29", "--customers", "12")
    ok(db, "outage", "window", "--feeder", "10kV城东线", "--on", "2027-01-13", "--hours", "6")
    return a, b, c


def test_the_contract_end_to_end(db_path, tmp_path):
    a, b, c = _setup(db_path)
    out = json.loads(ok(db_path, "outage", "balance", "--month", "2027-01", "--as-of", "2026-12-15", "--json"))
    assert set(out) >= {"outages", "conflicts", "at_risk"}
    main = next(o for o in out["outages"] if o["on"] == "2027-01-13")
    assert {k: main[k] for k in ("feeder", "on", "hours", "needs", "maintenance", "notice_by")} == {
        "feeder": "10kV城东线", "on": "2027-01-13", "hours": 6.0, "needs": [a, b], "maintenance": True,
        "notice_by": "2027-01-06"}
    assert [(x["case_no"], x["reason"]) for x in out["conflicts"]] == [(c, "not_ready")]
    # works done on 01-05 leave 3 working days to 01-08, but the feeder's outage is on 01-13
    assert out["at_risk"] == [{"case_no": a, "energize_deadline": "2027-01-08", "earliest_outage": "2027-01-13",
                               "announce_by": "2027-01-01"}]
    # a notice 6 days ahead is refused with the dates and changes nothing
    before = db_digest(db_path)
    err = refused(db_path, "outage", "confirm", main["id"], "--notice-on", "2027-01-07")
    assert "2027-01-13" in err and "2027-01-06" in err
    assert db_digest(db_path) == before
    assert ok(db_path, "outage", "confirm", main["id"], "--notice-on", "2027-01-06") == main["id"]
    # the plan as a workbook: its sums equal the JSON
    js = json.loads(ok(db_path, "outage", "plan", "--month", "2027-01", "--as-of", "2026-12-15", "--json"))
    xl = tmp_path / "plan.xlsx"
    ok(db_path, "outage", "plan", "--month", "2027-01", "--as-of", "2026-12-15", "--xlsx", str(xl))
    rows = list(openpyxl.load_workbook(xl).worksheets[0].iter_rows(min_row=3, values_only=True))
    assert rows[-1][0] == "合计" and len(rows) - 1 == len(js["rows"])
    assert sum(r[7] for r in rows[:-1]) == rows[-1][7] == sum(o["works"] for o in js["rows"]) == 3
    assert sum(r[10] for r in rows[:-1]) == rows[-1][10] == sum(o["saved"] for o in js["rows"])
    assert sum(r[9] for r in rows[:-1]) == sum(o["household_hours"] for o in js["rows"])
    # the PDFs
    pdf = tmp_path / "plan.pdf"
    ok(db_path, "outage", "plan", "--month", "2027-01", "--as-of", "2026-12-15", "--pdf", str(pdf))
    t = pdf_text(pdf)
    assert "月度停电计划平衡表" in t and a in t and "2027-01-06" in t and "未按时就绪" in t
    req = tmp_path / "request.pdf"
    ok(db_path, "outage", "request", main["id"], "--pdf", str(req))
    t = pdf_text(req)
    assert "停电申请单" in t and "10kV城东线" in t and "停电区域" in t and "2027-01-13 08:00" in t
    notices = tmp_path / "notices.pdf"
    ok(db_path, "outage", "notices", main["id"], "--pdf", str(notices))
    assert page_count(notices) == 2
    assert "甲公司" in pdf_text(notices, 1) and "回执" in pdf_text(notices, 1) and "乙公司" in pdf_text(notices, 2)


def test_bad_input_is_refused_in_the_users_language_and_changes_nothing(db_path):
    a, *_ = _setup(db_path)
    before = db_digest(db_path)
    for args in (("need", a, "--feeder", "10kV城东线", "--hours", "0", "--ready", "2027-01-05", "--wanted", "2027-01-29"),
                 ("need", "YK999", "--feeder", "F", "--hours", "1", "--ready", "2027-01-05", "--wanted", "2027-01-29"),
                 ("window", "--feeder", "10kV城东线", "--on", "2027-01-13"),
                 ("balance", "--month", "2027-13", "--json"),
                 ("confirm", "nope", "--notice-on", "2027-01-01")):
        err = refused(db_path, "outage", *args)
        assert "Traceback" not in err
    assert db_digest(db_path) == before
    err = refused(db_path, "outage", "balance", "--month", "2027/01", env={"ZAOSONG_LANG": "en"})
    assert "Month '2027/01' is invalid" in err


def test_a_real_child_process_prints_the_need_id(db_path):
    from tests.conftest import run_cli

    a = _case(db_path, "甲公司", "3300000001")
    r = run_cli(db_path, "outage", "need", a, "--feeder", "10kV城东线", "--hours", "4", "--ready", "2027-01-05",
                "--wanted", "2027-01-29")
    assert r.returncode == 0, r.stderr
    need_id = r.stdout.strip()
    listed = json.loads(cli(db_path, "outage", "needs", "--json").stdout)
    assert [n["id"] for n in listed] == [need_id]

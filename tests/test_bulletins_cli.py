"""The CLI contract of issue 21: ``bulletin weekly|monthly|quarterly --json|--pdf|--xlsx``, ``bulletin
issue|list|show``, ``escalations``, ``escalation ack``; the workbook's numbers against the JSON."""
from __future__ import annotations

import json

from openpyxl import load_workbook

from tests.conftest import run_cli
from tests.helpers import cli, db_digest, ok, page_count, pdf_text, refused

AS_OF = "2026-11-27"  # the demo database's as-of day


def test_json_contract_in_a_child_process(demo_db):
    r = run_cli(demo_db, "bulletin", "weekly", "--week", "2026-W47", "--json")
    assert r.returncode == 0, r.stderr
    b = json.loads(r.stdout)
    assert b["period"] == "2026-W47"
    for key in ("rule_sets", "hv_avg_supply_wd", "kva_connected", "transformers", "by_manager"):
        assert key in b
    rs = b["rule_sets"][0]
    assert {"rule_set", "cases", "compliant", "rate", "stages"} <= set(rs)
    assert {"code", "cases", "on_time", "rate"} <= set(rs["stages"][0])
    assert {"open_cases", "pauses_started", "escalations"} <= set(b)


def test_every_figure_carries_its_cases(demo_db):
    b = json.loads(ok(demo_db, "bulletin", "quarterly", "--quarter", "2026-Q3", "--json"))
    assert b["finished_cases"] > 0
    for rs in b["rule_sets"]:
        assert len(rs["case_nos"]) == rs["cases"] and len(rs["late_case_nos"]) == rs["cases"] - rs["compliant"]
        for st in rs["stages"]:
            assert len(st["case_nos"]) == st["cases"] and len(st["late_case_nos"]) == st["cases"] - st["on_time"]
    for row in b["by_manager"]:
        assert len(row["case_nos"]) == row["cases"]
    assert sum(r["cases"] for r in b["by_manager"]) == b["finished_cases"]
    assert len(b["hv_case_nos"]) == b["hv_cases"]


def test_workbook_numbers_equal_the_json(demo_db, tmp_path):
    for kind, opt, period in (("weekly", "--week", "2026-W46"), ("monthly", "--month", "2026-10"),
                              ("quarterly", "--quarter", "2026-Q3")):
        b = json.loads(ok(demo_db, "bulletin", kind, opt, period, "--json"))
        out = tmp_path / f"{kind}.xlsx"
        assert ok(demo_db, "bulletin", kind, opt, period, "--xlsx", str(out)) == str(out)
        wb = load_workbook(out, read_only=True)
        rates = list(wb["达标率"].iter_rows(min_row=2, values_only=True))
        assert [(r[0], r[2], r[3], r[4]) for r in rates] == [
            (r["rule_set"], r["cases"], r["compliant"], r["rate"]) for r in b["rule_sets"]]
        stages = list(wb["环节达标"].iter_rows(min_row=2, values_only=True))
        assert [(r[0], r[1], r[3], r[4], r[5]) for r in stages] == [
            (r["rule_set"], st["code"], st["cases"], st["on_time"], st["rate"]) for r in b["rule_sets"] for st in r["stages"]]
        cases = list(wb["工单明细"].iter_rows(min_row=2, values_only=True))
        assert [(r[0], r[5], r[11]) for r in cases] == [
            (c["case_no"], c["capacity_kva"], c["supply_dept_wd"]) for c in b["cases"]]
        supply = {r[0]: r for r in wb["供电时间"].iter_rows(min_row=2, values_only=True)}
        assert supply["ALL"][2:] == (b["hv_total_supply_wd"], b["hv_avg_supply_wd"])
        assert supply["KVA"][2] == b["kva_connected"] and supply["TRANSFORMERS"][2] == b["transformers"]
        managers = list(wb["客户经理"].iter_rows(min_row=2, values_only=True))
        assert [(r[0], r[1], r[2]) for r in managers] == [(m["manager"], m["cases"], m["compliant"]) for m in b["by_manager"]]
        if kind == "weekly":
            total = list(wb["在途-客户经理"].iter_rows(min_row=2, values_only=True))[-1]
            assert total[1:5] == tuple(b["open_cases"][k] for k in ("open", "normal", "warning", "overdue"))
            assert len(list(wb["督办"].iter_rows(min_row=2, values_only=True))) == b["escalations"]["count"]
        if kind == "monthly":
            fu = b["followups"]  # issue 20's figures, row for row
            rows = list(wb["回访"].iter_rows(min_row=2, values_only=True))
            assert rows[0][:5] == ("回访覆盖", "全局", fu["coverage"]["finished"], fu["coverage"]["followed_up"],
                                   fu["coverage"]["rate"])
            assert [r[2] for r in rows[1:]] == [r["n"] for r in fu["satisfaction"] + fu["satisfaction_by_station"]]
            assert len(list(wb["时间偏差"].iter_rows(min_row=2, values_only=True))) == len(fu["deviations"])
        wb.close()


def test_pdf_of_each_bulletin(demo_db, tmp_path):
    for kind, opt, period, title in (("weekly", "--week", "2026-W47", "业扩时限通报"),
                                     ("monthly", "--month", "2026-10", "业扩工作质量通报"),
                                     ("quarterly", "--quarter", "2026-Q3", "业扩同业对标通报")):
        out = tmp_path / f"{kind}.pdf"
        ok(demo_db, "bulletin", kind, opt, period, "--pdf", str(out))
        text = pdf_text(out)
        assert title in text and period in text
        assert page_count(out) >= 2
    assert "回访覆盖" in pdf_text(tmp_path / "monthly.pdf") and "时间偏差" in pdf_text(tmp_path / "monthly.pdf")


def test_issue_list_show_and_rerun(demo_db):
    first = json.loads(ok(demo_db, "bulletin", "issue", "weekly", "2026-W46"))
    assert set(first) >= {"id", "version", "input_hash"} and first["version"] == 1
    again = json.loads(ok(demo_db, "bulletin", "issue", "weekly", "2026-W46"))
    assert (again["id"], again["version"], again["input_hash"], again["unchanged"]) == (
        first["id"], 1, first["input_hash"], True)
    live = json.loads(ok(demo_db, "bulletin", "weekly", "--week", "2026-W46", "--json"))
    assert live["input_hash"] == first["input_hash"] and live["issued"]["same"] is True
    listed = json.loads(ok(demo_db, "bulletin", "list", "--json"))
    assert [(b["kind"], b["period"], b["version"], b["input_hash"]) for b in listed] == [
        ("weekly", "2026-W46", 1, first["input_hash"])]
    shown = json.loads(ok(demo_db, "bulletin", "show", first["id"], "--json"))
    assert shown["input_hash"] == first["input_hash"] and shown["period"] == "2026-W46"


def test_bad_input_is_refused_and_changes_nothing(demo_db):
    before = db_digest(demo_db)
    assert "2026-W23" in refused(demo_db, "bulletin", "weekly", "--week", "2026-23", "--json")
    refused(demo_db, "bulletin", "quarterly", "--quarter", "2026-Q5", "--json")
    refused(demo_db, "bulletin", "monthly", "--month", "2026-10", "--level", "manager", "--json")
    refused(demo_db, "bulletin", "issue", "monthly", "2026-13")
    refused(demo_db, "bulletin", "quarterly", "--quarter", "2026-Q3", "--part", "XX=50", "--json")
    refused(demo_db, "bulletin", "show", "no-such-bulletin", "--json")
    refused(demo_db, "escalation", "ack", "no-such-escalation", "--as-of", AS_OF)
    assert cli(demo_db, "bulletin", "quarterly", "--quarter", "2026-Q3", "--part", "LV=101", "--json").returncode == 2
    assert db_digest(demo_db) == before


def test_escalations_and_acknowledgement(demo_db):
    rows = json.loads(ok(demo_db, "escalations", "--as-of", AS_OF, "--json"))
    assert rows, "the demo has overdue stages"
    assert {e["told_role"] for e in rows} >= {"manager", "centre"}
    other = next(e for e in rows if e["told_role"] == "manager" and e["manager"] != "张伟")
    me = json.loads(ok(demo_db, "escalations", "--as-of", AS_OF, "--level", "manager", "--scope", other["manager"],
                       "--json"))
    assert me and {e["manager"] for e in me} == {other["manager"]}
    # the local user (张伟) stands in for the centre's head here: an escalation to the centre about
    # another manager's case they acknowledge; what was sent to another manager they cannot
    target = next(e for e in rows if e["told_role"] == "centre" and e["manager"] != "张伟")
    assert ok(demo_db, "escalation", "ack", target["id"], "--as-of", AS_OF) == target["case_no"]
    refused(demo_db, "escalation", "ack", target["id"], "--as-of", AS_OF)  # once only
    foreign = next(e for e in rows if e["told_role"] == "manager" and e["manager"] != "张伟")
    assert foreign["manager"] in refused(demo_db, "escalation", "ack", foreign["id"], "--as-of", AS_OF)
    after = {e["id"]: e for e in json.loads(ok(demo_db, "escalations", "--as-of", AS_OF, "--json"))}
    assert after[target["id"]]["acknowledged_by"] == "张伟"
    weekly = json.loads(ok(demo_db, "bulletin", "weekly", "--week", "2026-W48", "--as-of", AS_OF, "--json"))
    listed = {e["id"]: e for e in weekly["escalations"]["rows"]}
    assert listed[target["id"]]["acknowledged_by"] == "张伟"
    # the escalations in force, and those reached in the week by stages finished since (issue 21)
    assert {e["id"] for e in rows} <= set(listed)
    assert all(e.get("stage_finished_on") for i, e in listed.items() if i not in {r["id"] for r in rows})
    assert weekly["escalations"]["count"] == len(listed)

"""The metering commands of the CLI contract (issue 19): metering set | check | stock import | plan,
the documents they write, and refusals of hostile stock workbooks that change nothing."""
import json
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from tests.conftest import run_cli
from tests.helpers import db_digest, ok, pdf_text, refused

AS_OF = "2026-11-20"


def _case(db, account, kva="400", name="甲公司"):
    return ok(db, "case", "new", "--customer", name, "--account", account, "--kva", kva, "--applied", "2026-09-01")


def _survey(db, tmp_path, no, ct="800/5", metering="LV"):
    p = tmp_path / f"survey-{no}.json"
    p.write_text(json.dumps({"surveyed_on": "2026-09-03", "metering": metering, "ct_ratio": ct}), encoding="utf-8")
    ok(db, "survey", "set", no, "--json", str(p))


def _to_energize(db, no):
    days = iter(["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09", "2026-11-10",
                 "2026-11-11", "2026-11-12", "2026-11-13"])
    for action, stage in (("finish", "ACCEPT"), ("finish", "SURVEY"), ("finish", "PLAN"), ("finish", "FEES"),
                          ("start", "DESIGN_REVIEW"), ("finish", "DESIGN_REVIEW"), ("start", "MID_INSPECTION"),
                          ("finish", "MID_INSPECTION"), ("start", "COMPLETION_INSPECTION"),
                          ("finish", "COMPLETION_INSPECTION")):
        ok(db, "stage", action, no, stage, "--on", next(days))


def _stock_book(path, rows, header=("类型代码", "名称", "合格在库", "待检", "已领未装", "安全库存", "在途", "盘点日期")):
    wb = Workbook()
    ws = wb.active
    ws.append(["计量资产库存表"])  # a title above the header, as the asset staff's sheets have
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


@pytest.fixture
def planned(db_path, tmp_path):
    db = db_path
    a, b = _case(db, "3300000001"), _case(db, "3300000002", name="乙公司")
    for no in (a, b):
        _survey(db, tmp_path, no)
        _to_energize(db, no)
    return db, a, b


def test_metering_set_and_check_json_contract(db_path):
    no = _case(db_path, "3300000001", kva="1250")
    r = run_cli(db_path, "metering", "set", no, "--method", "high", "--ct", "75/5", "--ct-count", "3",
                "--pt", "10000/100")
    assert r.returncode == 0 and r.stdout.strip() == no, r.stderr
    r = run_cli(db_path, "metering", "check", no, "--json")
    out = json.loads(r.stdout)
    assert set(out) >= {"ok", "checks"} and out["ok"] is True
    for c in out["checks"]:
        assert set(c) == {"check", "ok", "level", "load_pct", "message"} and c["level"] in ("warning", "error")
    assert next(c for c in out["checks"] if c["check"] == "ct_load_min")["load_pct"] == 96.2


def test_metering_set_without_pt_for_hv_warns_and_check_fails(db_path):
    no = _case(db_path, "3300000001", kva="630")
    from tests.helpers import cli

    r = cli(db_path, "metering", "set", no, "--method", "high", "--ct", "50/5", "--s-class")
    assert r.returncode == 0 and "电压互感器" in r.stderr
    out = json.loads(ok(db_path, "metering", "check", no, "--json"))
    assert out["ok"] is False
    assert next(c for c in out["checks"] if c["check"] == "pt") == {
        "check": "pt", "ok": False, "level": "error", "load_pct": None,
        "message": "高供高计必须配置电压互感器(变比与数量),当前没有。"}
    en = json.loads(ok(db_path, "metering", "check", no, "--json", env={"ZAOSONG_LANG": "en"}))
    load = next(c for c in en["checks"] if c["check"] == "ct_load_min")
    assert load["load_pct"] == 72.7 and "36.4 A" in load["message"] and "HV side" in load["message"]


def test_stock_import_then_plan_json_pdf_and_xlsx_agree(planned, tmp_path):
    db, a, b = planned
    book = _stock_book(tmp_path / "stock.xlsx", [
        ("CT-800/5-0.5", "电流互感器 800/5", 5, 1, 1, 2, 0, "2026-11-15"),
        ("METER-3P4W-0.5S-1.5(6)A", "电能表", 10, 0, 0, 3, 0, "2026-11-15")])
    assert "2" in ok(db, "metering", "stock", "import", str(book))
    plan = json.loads(ok(db, "metering", "plan", "--month", "2026-11", "--as-of", AS_OF, "--json"))
    assert plan["version"] == 1 and [c["case_no"] for c in plan["cases"]] == [a, b]
    lines = {ln["type_code"]: ln for ln in plan["lines"]}
    assert (lines["CT-800/5-0.5"]["need"], lines["CT-800/5-0.5"]["net"]) == (6, 6 - 2 - 1 - 0)
    assert lines["METER-3P4W-0.5S-1.5(6)A"]["net"] == 0  # 2 needed, 7 available
    xlsx = tmp_path / "plan.xlsx"
    ok(db, "metering", "plan", "--month", "2026-11", "--as-of", AS_OF, "--xlsx", str(xlsx))
    ws = load_workbook(xlsx)["需求计划"]
    rows = [r for r in ws.iter_rows(values_only=True)]
    head = rows.index(next(r for r in rows if r and r[0] == "序号"))
    body = [r for r in rows[head + 1:] if isinstance(r[0], int)]
    assert sum(r[3] for r in body) == plan["totals"]["need"] and sum(r[10] for r in body) == plan["totals"]["net"]
    total = next(r for r in rows if r and r[1] == "合计")
    assert (total[3], total[10]) == (plan["totals"]["need"], plan["totals"]["net"])
    assert {r[1]: r[10] for r in body} == {code: ln["net"] for code, ln in lines.items()}
    assert any(r and r[0] == "编制:" for r in rows)  # the signature rows
    pdf = tmp_path / "plan.pdf"
    ok(db, "metering", "plan", "--month", "2026-11", "--as-of", AS_OF, "--pdf", str(pdf))
    t = pdf_text(pdf)
    assert "月度业扩计量器具需求计划" in t and a in t and b in t and "编制" in t and "批准" in t
    # the same plan three times: still version 1
    assert json.loads(ok(db, "metering", "plan", "--month", "2026-11", "--as-of", AS_OF, "--json"))["version"] == 1


def _garbage(path):
    path.write_bytes(b"not a workbook at all")
    return path


def _bomb(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (120 * 1024 * 1024))
    return path


@pytest.mark.parametrize("make, code", [
    (_garbage, "无法读取"),
    (_bomb, "过大"),
    (lambda p: _stock_book(p, [("CT-1", "", 5, 0, 0, 0, 0, "2026-11-15")], header=("代码", "数量")), "缺少表头"),
    (lambda p: _stock_book(p, [("CT-1", "", 5, 0, 0, 0, 0, "2026-11-15"),
                               ("CT-2", "", "五", 0, 0, 0, 0, "2026-11-15")]), "第 4 行"),
    (lambda p: _stock_book(p, [("CT-1", "", 5, 0, 0, 0, 0, "2026-13-40")]), "盘点日期"),
    (lambda p: _stock_book(p, [("CT-1", "", -3, 0, 0, 0, 0, "2026-11-15")]), "合格在库"),
    (lambda p: _stock_book(p, []), "没有数据行"),
])
def test_a_hostile_or_malformed_stock_workbook_is_refused_and_changes_nothing(db_path, tmp_path, make, code):
    ok(db_path, "metering", "stock", "set", "--code", "CT-9", "--qualified", "4", "--on", "2026-11-01")
    before = db_digest(db_path)
    book = make(tmp_path / "stock.xlsx")
    err = refused(db_path, "metering", "stock", "import", str(book))
    assert code in err, err
    assert db_digest(db_path) == before


def test_bad_month_and_unknown_case_are_refused(db_path):
    assert "YYYY-MM" in refused(db_path, "metering", "plan", "--month", "2026-13", "--json")
    assert refused(db_path, "metering", "check", "YK9999999", "--json")

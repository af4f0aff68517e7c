"""The command-line contract of issue 18 (事前): township, visit, prospect, demand and feeder, with
what a script relies on: ids and case numbers printed, JSON shapes, the xlsx adding up to the JSON,
bad input refused with the reason and nothing changed."""
from __future__ import annotations

import json
import re

import pytest
from openpyxl import load_workbook

from tests.conftest import run_cli
from tests.helpers import cli, db_digest, flat, ok, pdf_text, refused

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ROW_KEYS = {"township", "year", "raw_kva", "weighted_kva", "load_kw", "prospects", "cases"}


def _add(db, name, township="石浦镇", kva="1250", year="2027", probability="60", *extra):
    return ok(db, "prospect", "add", "--name", name, "--township", township, "--kva", kva, "--year", year,
              "--probability", probability, *extra)


def test_the_contract_in_a_child_process(db_path):
    r = run_cli(db_path, "township", "list", "--json")
    assert r.returncode == 0, r.stderr
    towns = json.loads(r.stdout)
    assert len(towns) == 18 and {"code", "name", "station"} <= set(towns[0]) and towns[3]["name"] == "石浦镇"
    r = run_cli(db_path, "visit", "add", "--on", "2026-11-02", "--party", "发改局", "--township", "石浦镇",
                "--topic", "了解 2027 年重点项目")
    assert r.returncode == 0 and UUID.match(r.stdout.strip()), r.stderr
    r = run_cli(db_path, "prospect", "add", "--name", "石浦冷链", "--township", "石浦镇", "--kva", "1250",
                "--year", "2027", "--probability", "150")
    assert r.returncode == 1 and "150" in r.stderr and "Traceback" not in r.stderr


def test_visits_and_their_actions(db_path):
    v = ok(db_path, "visit", "add", "--on", "2026-11-02", "--party", "NDRC", "--township", "石浦镇", "--topic",
           "重点项目", "--findings", "冷链物流园 2027 年投产", "--party-name", "象山县发改局")
    ok(db_path, "visit", "add", "--on", "2026-11-03", "--party", "招商局", "--township", "西周镇", "--topic", "招商",
       "--no-action")
    a = ok(db_path, "visit", "action", v, "--text", "报发展建设部", "--owner", "张伟", "--due", "2026-11-10")
    assert UUID.match(a)
    due = json.loads(ok(db_path, "visit", "due", "--as-of", "2026-11-12", "--json"))
    assert [(d["kind"], d["action_id"]) for d in due] == [("visit_action", a)]
    ok(db_path, "visit", "done", a, "--on", "2026-11-11")
    assert json.loads(ok(db_path, "visit", "due", "--as-of", "2026-11-12", "--json")) == []
    listed = json.loads(ok(db_path, "visit", "list", "--as-of", "2026-11-12", "--json"))
    assert [x["party"] for x in listed] == ["INVESTMENT", "NDRC"] and listed[1]["actions"][0]["done_on"] == "2026-11-11"
    out = db_path.parent / "visit.pdf"
    ok(db_path, "visit", "pdf", v, "--out", str(out), "--as-of", "2026-11-12")
    body = flat(pdf_text(out))
    assert "业扩走访记录" in body and "象山县发改局" in body and "报发展建设部" in body and "走访人" in body


def test_prospects_convert_once_and_the_forecast_counts_them_once(db_path):
    p = _add(db_path, "石浦冷链物流", "石浦镇", "1250", "2027", "60", "--feeder", "石浦线", "--key-project")
    q = _add(db_path, "丹东商业综合体", "DANDONG", "800", "2028", "50", "--dual-source")
    assert UUID.match(p) and UUID.match(q)
    assert [x["id"] for x in json.loads(ok(db_path, "prospect", "list", "--township", "石浦镇", "--json"))] == [p]
    case_no = ok(db_path, "prospect", "convert", p, "--account", "3300000101", "--applied", "2026-11-03",
                 "--manager", "李海燕")
    assert re.match(r"^[A-Z]+\d+$", case_no)
    shown = json.loads(ok(db_path, "case", "show", case_no, "--json"))
    assert (shown["capacity_kva"], shown["township"], shown["manager"], shown["key_project"]) == (
        1250.0, "石浦镇", "李海燕", True)
    err = refused(db_path, "prospect", "convert", p, "--account", "3300000101", "--applied", "2026-11-03")
    assert case_no in err
    assert [x["id"] for x in json.loads(ok(db_path, "prospect", "list", "--status", "已申请", "--json"))] == [p]
    rows = json.loads(ok(db_path, "demand", "forecast", "--from-year", "2026", "--json"))
    assert len(rows) == 18 * 6 and all(set(r) == ROW_KEYS for r in rows)
    cell = next(r for r in rows if r["township"] == "石浦镇" and r["year"] == 2027)
    assert cell["cases"] == [case_no] and cell["prospects"] == [] and cell["raw_kva"] == cell["weighted_kva"] == 1250
    assert sum(r["raw_kva"] for r in rows) == 1250 + 800
    assert sum(r["weighted_kva"] for r in rows) == 1250 + 400
    pipeline = json.loads(ok(db_path, "prospect", "pipeline", "--json"))
    assert pipeline["LEAD"]["count"] == 1 and pipeline["LEAD"]["kva"] == 800


def test_the_xlsx_adds_up_to_the_json_and_the_pdf_is_written(db_path):
    for i, (town, kva, year, prob) in enumerate([("石浦镇", "1250", "2027", "60"), ("石浦镇", "630", "2027", "35"),
                                                 ("鹤浦镇", "2000", "2029", "80"), ("丹西街道", "400", "2026", "100")]):
        _add(db_path, f"项目{i}", town, kva, year, prob, "--industry", "水产冷冻" if i == 1 else "")
    rows = json.loads(ok(db_path, "demand", "forecast", "--from-year", "2026", "--years", "4", "--json"))
    out = db_path.parent / "forecast.xlsx"
    ok(db_path, "demand", "forecast", "--from-year", "2026", "--years", "4", "--xlsx", str(out), "--issue",
       "--on", "2026-11-30")
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames[0] == "说明" and {"汇总(加权kVA)", "2026年", "2029年", "明细"} <= set(wb.sheetnames)
    for year in range(2026, 2030):
        sheet = list(wb[f"{year}年"].iter_rows(values_only=True))
        body, total = sheet[1:-1], sheet[-1]
        js = [r for r in rows if r["year"] == year]
        assert [b[0] for b in body] == [r["township"] for r in js]
        for col, key in ((1, "raw_kva"), (2, "weighted_kva"), (3, "load_kw")):
            assert [b[col] for b in body] == [r[key] for r in js]
            assert total[col] == pytest.approx(sum(r[key] for r in js), abs=0.01)
    detail = list(wb["明细"].iter_rows(values_only=True))[1:]
    assert len(detail) == 4 and sum(d[6] for d in detail) == sum(r["raw_kva"] for r in rows)
    about = dict(list(wb["说明"].iter_rows(values_only=True))[1:])
    assert about["系数来源"] and about["同时率"] == 0.85
    # issued: the next quarter's shows what changed
    assert len(json.loads(ok(db_path, "demand", "versions", "--json"))) == 1
    _add(db_path, "新项目", "石浦镇", "500", "2028", "100")
    pdf = db_path.parent / "forecast.pdf"
    ok(db_path, "demand", "forecast", "--from-year", "2026", "--years", "4", "--pdf", str(pdf))
    body = flat(pdf_text(pdf))
    assert "用电需求预测表" in body and "高塘岛乡" in body and "2026-11-30" in body and "+500" in body


def test_bottlenecks_through_the_cli(db_path):
    _add(db_path, "甲", "石浦镇", "630", "2027", "50", "--feeder", "石浦线")
    _add(db_path, "乙", "石浦镇", "630", "2028", "50", "--feeder", "石浦线")
    ok(db_path, "feeder", "capacity", "石浦线", "--spare-kva", "2000")
    assert json.loads(ok(db_path, "demand", "bottlenecks", "--json")) == []
    ok(db_path, "feeder", "capacity", "石浦线", "--spare-kva", "1000")
    (b,) = json.loads(ok(db_path, "demand", "bottlenecks", "--json"))
    assert (b["feeder"], b["year"], b["over_kva"]) == ("石浦线", 2028, 260)
    assert [f["spare_kva"] for f in json.loads(ok(db_path, "feeder", "list", "--json"))] == [1000]


@pytest.mark.parametrize("args, zh, en", [
    (("--probability", "150"), "概率“150”无效", "Probability \"150\" is invalid"),
    (("--year", "1999"), "年份“1999”无效", "Year \"1999\" is invalid"),
    (("--township", "火星乡"), "未知的乡镇(街道)“火星乡”", "Unknown township \"火星乡\""),
    (("--kva", "-5"), "-5", "-5"),
])
def test_bad_input_is_refused_with_the_reason_and_nothing_changes(db_path, args, zh, en):
    ok(db_path, "township", "list")  # the file exists (first opening) before the digest is taken
    base = {"--name": "甲", "--township": "石浦镇", "--kva": "630", "--year": "2027", "--probability": "50"}
    base.update(dict(zip(args[::2], args[1::2])))
    argv = ["prospect", "add", *[x for kv in base.items() for x in kv]]
    before = db_digest(db_path)
    assert zh in refused(db_path, *argv)
    assert en in refused(db_path, *argv, env={"ZAOSONG_LANG": "en"})
    assert db_digest(db_path) == before
    assert json.loads(ok(db_path, "prospect", "list", "--json")) == []


def test_bad_visit_input_is_refused_and_nothing_changes(db_path):
    ok(db_path, "township", "list")
    before = db_digest(db_path)
    err = refused(db_path, "visit", "add", "--on", "2026-11-02", "--party", "气象局", "--township", "石浦镇",
                  "--topic", "x")
    assert "发改局" in err and "招商局" in err
    assert "石浦镇" in refused(db_path, "visit", "add", "--on", "2026-11-02", "--party", "发改局", "--township",
                              "火星", "--topic", "x")
    assert cli(db_path, "visit", "add", "--on", "2026-13-02", "--party", "发改局", "--township", "石浦镇",
               "--topic", "x").returncode == 2
    assert db_digest(db_path) == before

"""A case's township is one of the townships in force (issue 18), as for prospects and visits:
case create and edit refuse any other text naming the known ones, with nothing changed; an empty
township stays allowed; a ledger row with an unknown township is a row problem, not a crash."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from tests.helpers import db_digest, ok, refused

NEW = ("case", "new", "--customer", "象山港湾水产", "--account", "3302001001", "--kva", "630",
       "--applied", "2026-11-02")


def _case(db: Path, no: str) -> dict:
    return json.loads(ok(db, "case", "show", no, "--json"))


def test_case_new_and_edit_refuse_an_unknown_township_and_change_nothing(db_path):
    db = db_path
    ok(db, "township", "list")  # the file is opened (and set up) before the digest is taken
    before = db_digest(db)
    err = refused(db, *NEW, "--township", "火星乡")
    assert "火星乡" in err and "石浦镇" in err and "丹东街道" in err  # the known ones named
    assert db_digest(db) == before
    no = ok(db, *NEW, "--township", "SHIPU").split()[0]  # by its code: stored as the name
    assert _case(db, no)["township"] == "石浦镇"
    before = db_digest(db)
    err = refused(db, "case", "edit", no, "--township", "丹城")
    assert "丹城" in err and "爵溪街道" in err
    en = refused(db, "case", "edit", no, "--township", "丹城", env={"ZAOSONG_LANG": "en"})
    assert "Unknown township" in en
    assert db_digest(db) == before and _case(db, no)["township"] == "石浦镇"
    ok(db, "case", "edit", no, "--township", "鹤浦镇")
    assert _case(db, no)["township"] == "鹤浦镇"
    empty = ok(db, "case", "new", "--customer", "无乡镇客户", "--account", "3302001009", "--kva", "400",
               "--applied", "2026-11-02").split()[0]
    assert _case(db, empty)["township"] == ""


def test_a_ledger_row_with_an_unknown_township_is_a_row_problem(db_path, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["户名", "户号", "容量(kVA)", "受理日期", "客户经理", "乡镇"])
    ws.append(["象山港湾水产有限公司", "3302001001", "630", "2026-11-02", "王建国", "石浦镇"])
    ws.append(["火星机械厂", "3302001002", "400", "2026-11-03", "王建国", "火星乡"])
    ws.append(["宁波甬兴机械厂", "3302001003", "315", "2026-11-04", "王建国", ""])
    book = tmp_path / "台账.xlsx"
    wb.save(book)
    out = json.loads(ok(db_path, "ledger", "import", str(book), "--json"))
    assert out["created"] == 2
    [row] = out["refused"]
    assert row["row"] == 3 and "火星乡" in " ".join(row["reasons"]) and "石浦镇" in " ".join(row["reasons"])
    listed = {c["account_no"]: c["township"] for c in json.loads(ok(db_path, "case", "list", "--json"))}
    assert listed == {"3302001001": "石浦镇", "3302001003": ""}

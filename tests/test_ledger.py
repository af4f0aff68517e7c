"""The Excel ledger (issue 17): a Chinese-Excel-like ledger in, any list out, round trips."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.ledger.cells import read_date, read_kva
from app.ledger.export import Col, write_rows
from app.models import Case, CaseEvent
from app.services.query import case_view
from app.store import Store
from tests.helpers import db_digest, ok, refused

AS_OF = dt.date(2026, 11, 30)


def _text(ws, ref: str, value: str) -> None:
    """A cell holding text as Excel stores a typed string, even one starting with '='."""
    ws[ref] = value
    ws[ref].data_type = "s"


def chinese_ledger(path: Path) -> Path:
    """The layout a customer manager keeps: a title row, a two-row header with merged group cells,
    blank rows, trailing empty columns, dates in every form, numbers as text, a note column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "11月台账"
    ws["A1"] = "象山县供电局 客户经理 王建国 2026年11月 高压业扩跟踪台账"
    ws.merge_cells("A1:J1")
    header = ["户名", "户号", "容量(kVA)", "受理日期", "客户经理", "乡镇", "现场查勘", None, "供电方案答复", "备注"]
    sub = [None, None, None, None, None, None, "开始", "完成", "完成日期", None]
    for c, v in enumerate(header, 1):
        ws.cell(2, c, v)
    for c, v in enumerate(sub, 1):
        ws.cell(3, c, v)
    for col in "ABCDEFJ":  # single headers span both header rows
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("G2:H2")
    rows = [
        # 4: a full row; 2×630 summed, dates as an Excel date, as text with / and with 年月日
        ["象山港湾水产有限公司", "3302001001", "2×630", dt.date(2026, 11, 2), "王建国", "石浦镇",
         "2026/11/2", "2026年11月3日", "2026-11-05", "客户催办"],
        # 5: blank row (spacing)
        [None] * 10,
        # 6: kVA with unit, date as an Excel serial number, no stages
        ["宁波甬兴机械厂", "3302001002", "630kVA", 46330, "王建国", "西周镇", None, None, None, None],
        # 7: account stored as a number: leading zero lost
        ["象山县城建投资", 330200100, "800", "2026-11-09", "王建国", "丹东街道", None, None, None, None],
        # 8: impossible kVA
        ["象山石浦渔港冷库", "3302001004", "2000000", "2026-11-09", "王建国", "石浦镇", None, None, None, None],
        # 9: duplicate of row 4 within the file
        ["象山港湾水产有限公司", "3302001001", "1260", "2026-11-02", "王建国", "石浦镇", None, None, None, None],
        # 10: date order impossible: survey finished before it started
        ["象山鹤浦船厂", "3302001006", "400", "2026-11-10", "王建国", "鹤浦镇", "2026-11-12", "2026-11-11", None, None],
        # 11: unknown business type given in a mapped column later (see test) — here: a bad date
        ["象山晓塘农场", "3302001007", "400", "2026-13-40", "王建国", "晓塘乡", None, None, None, None],
    ]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.cell(13, 1, "=SUM(1,2)")  # a formula-looking customer name typed as text
    ws["A13"].data_type = "s"
    _text(ws, "B13", "3302001008")
    ws.cell(13, 3, 500)
    ws.cell(13, 4, dt.date(2026, 11, 12))
    ws.cell(13, 14, None)  # a trailing empty column
    wb.save(path)
    return path


def test_cells_read_as_people_type_them():
    assert read_kva("2×630") == (1260.0, None)
    assert read_kva("2x630kVA") == (1260.0, None)
    assert read_kva("630+400") == (1030.0, None)
    assert read_kva("1,250 kVA") == (1250.0, None)
    assert read_kva("abc")[1][0] == "ledger_bad_kva"
    assert read_date("2026/11/2") == (dt.date(2026, 11, 2), None)
    assert read_date("2026年11月2日") == (dt.date(2026, 11, 2), None)
    assert read_date(46328) == (dt.date(2026, 11, 2), None)
    assert read_date("2026-02-30")[1][0] == "ledger_bad_date"


def test_preview_counts_reasons_and_nothing_written(tmp_path, db_path):
    book = chinese_ledger(tmp_path / "台账.xlsx")
    before = db_digest(db_path)
    out = json.loads(ok(db_path, "ledger", "import", str(book), "--dry-run", "--json"))
    assert db_digest(db_path) == before  # a preview writes nothing
    assert out["header_row"] == 3 and out["sheet"] == "11月台账"
    assert (out["created"], out["matched"]) == (3, 0)
    reasons = {r["row"]: " ".join(r["reasons"]) for r in out["refused"]}
    assert sorted(reasons) == [7, 8, 9, 10, 11]
    assert "前导零" in reasons[7]
    assert "2000000" in reasons[8] and "kVA" in reasons[8]
    assert "第 4 行" in reasons[9]
    assert "2026-11-11" in reasons[10]  # the finish before the start, with the dates
    assert "2026-13-40" in reasons[11]
    assert out["unmapped_columns"] == ["备注"]
    by_header = {m["header"]: m["field"] for m in out["mapping"]}
    assert by_header["现场查勘开始"] == "SURVEY.started" and by_header["供电方案答复完成日期"] == "PLAN.finished"


def test_apply_records_cases_stages_and_notes(tmp_path, db_path):
    book = chinese_ledger(tmp_path / "台账.xlsx")
    errors = tmp_path / "错误.xlsx"
    out = json.loads(ok(db_path, "ledger", "import", str(book), "--errors-out", str(errors), "--json"))
    assert out["created"] == 3 and len(out["refused"]) == 5
    st = Store.open(db_path)
    with st.reader() as s:
        case = s.scalars(select(Case).where(Case.account_no == "3302001001")).one()
        assert case.capacity_kva == 1260 and case.township == "石浦镇"
        view = case_view(s, case.case_no, as_of=AS_OF)
        stages = {x["code"]: x for x in view["stages"]}
        assert stages["ACCEPT"]["finished_on"] == "2026-11-02"
        assert stages["SURVEY"]["finished_on"] == "2026-11-03"
        assert stages["PLAN"]["finished_on"] == "2026-11-05"
        assert stages["FEES"]["finished_on"] is None  # the clock runs on from the plan's reply
        finished = [e for e in view["events"] if e["kind"] == "STAGE_FINISHED"]
        assert finished and all(e["payload"].get("source") == "ledger" for e in finished)
        assert all(e["late_entry"] for e in finished)  # recorded now, effective in early November: 补录
        note = s.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id,
                                                 CaseEvent.kind == "LEDGER_IMPORTED")).one()
        assert json.loads(note.payload)["note"] == {"备注": "客户催办"}
        formula = s.scalars(select(Case).where(Case.account_no == "3302001008")).one()
        assert formula.customer_name == "=SUM(1,2)"  # data, never a formula
        serial = s.scalars(select(Case).where(Case.account_no == "3302001002")).one()
        assert serial.applied_on == dt.date(2026, 11, 4)
    st.dispose()
    wb = openpyxl.load_workbook(errors)
    rows = list(wb.active.iter_rows(values_only=True))
    assert rows[0][-1] == "错误原因" and len(rows) == 6
    assert "前导零" in rows[1][-1]


def test_reimport_changes_nothing_and_fills_only_empty(tmp_path, db_path):
    book = chinese_ledger(tmp_path / "台账.xlsx")
    ok(db_path, "ledger", "import", str(book))
    before = db_digest(db_path)
    out = json.loads(ok(db_path, "ledger", "import", str(book), "--json"))
    assert (out["created"], out["matched"], out["updated"]) == (0, 3, 0)
    assert db_digest(db_path) == before
    # a later ledger with a contact where the case has none, and another township: filled, not overwritten
    wb = openpyxl.load_workbook(book)
    ws = wb.active
    ws["F4"].value = "丹西街道"
    ws["K2"].value = "联系人"
    ws["K4"].value = "张三"
    wb.save(book)
    out = json.loads(ok(db_path, "ledger", "import", str(book), "--json"))
    row4 = next(r for r in out["rows"] if r["row"] == 4)
    assert row4["updated"] == ["contact"]
    assert {"field": "township", "ledger": "丹西街道", "case": "石浦镇"} in row4["differences"]


def test_export_then_import_round_trips(tmp_path, db_path, template_db):
    book = chinese_ledger(tmp_path / "台账.xlsx")
    ok(db_path, "ledger", "import", str(book))
    exported = tmp_path / "导出.xlsx"
    out = json.loads(ok(db_path, "ledger", "export", "--out", str(exported), "--json"))
    assert out["cases"] == 3
    wb = openpyxl.load_workbook(exported)
    assert wb.sheetnames == ["台账", "说明"]
    ws = wb["台账"]
    assert ws.freeze_panes == "A2"
    names = [ws.cell(r, 2) for r in range(2, 5)]
    formula = next(c for c in names if c.value == "=SUM(1,2)")
    assert formula.data_type == "s"  # text in the file: Excel shows it, never computes it
    assert isinstance(ws.cell(2, 11).value, dt.datetime)  # dates are real dates
    empty = tmp_path / "empty.db"
    empty.write_bytes(template_db.read_bytes())
    back = json.loads(ok(empty, "ledger", "import", str(exported), "--json"))
    assert (back["created"], back["refused"]) == (3, [])

    def stages(db):
        st = Store.open(db)
        with st.reader() as s:
            got = {}
            for c in s.scalars(select(Case)):
                view = case_view(s, c.case_no, as_of=AS_OF)
                got[c.account_no] = (c.customer_name, c.capacity_kva, c.applied_on, c.township,
                                     [(x["code"], x["started_on"], x["finished_on"]) for x in view["stages"]])
        st.dispose()
        return got

    assert stages(empty) == stages(db_path)


def test_gb18030_csv_and_mapping_file(tmp_path, db_path):
    csv_path = tmp_path / "台账.csv"
    csv_path.write_bytes("客户,编号,容量,日期,类型,项目负责人\n"
                         "象山测试厂,3302009001,400,2026/11/16,增容,李四\n"
                         "象山测试二厂,3302009002,400,2026/11/16,光伏,李四\n".encode("gb18030"))
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"客户": "customer_name", "编号": "account_no", "日期": "applied_on",
                                   "类型": "business_type"}, ensure_ascii=False), encoding="utf-8")
    out = json.loads(ok(db_path, "ledger", "import", str(csv_path), "--mapping", str(mapping), "--json"))
    assert out["created"] == 1
    assert out["unmapped_columns"] == ["项目负责人"]
    assert "光伏" in out["refused"][0]["reasons"][0]
    bad = tmp_path / "bad.json"
    bad.write_text('{"客户": "nonsense"}', encoding="utf-8")
    assert "nonsense" in refused(db_path, "ledger", "import", str(csv_path), "--mapping", str(bad))


@pytest.mark.parametrize("content", [b"PK\x03\x04 not a zip", b"\x00\x01garbage", b""])
def test_hostile_or_damaged_files_refused(tmp_path, db_path, content):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    before = db_digest(db_path)
    msg = refused(db_path, "ledger", "import", str(bad))
    assert "bad.xlsx" in msg
    assert db_digest(db_path) == before


def test_no_header_and_english_messages(tmp_path, db_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    assert "表头" in refused(db_path, "ledger", "import", str(path))
    assert "No header" in refused(db_path, "ledger", "import", str(path), env={"ZAOSONG_LANG": "en"})


def test_write_rows_types_widths_and_highlight(tmp_path):
    out = write_rows(tmp_path / "l.xlsx", "工单", [Col("工单号"), Col("容量(kVA)", "number"), Col("期限", "date")],
                     [["YK1", "630", "2026-11-20"], ["YK2", 800.0, None], ["=cmd|' /C calc'!A0", 1, "2026-11-02"]],
                     about={"数据库": "zaosong.db", "截至": "2026-11-30"}, highlight=[1])
    wb = openpyxl.load_workbook(out)
    ws = wb["工单"]
    assert ws.cell(2, 2).value == 630 and ws.cell(2, 3).value == dt.datetime(2026, 11, 20)
    assert ws.cell(3, 1).fill.fgColor.rgb.endswith("F4CCCC")
    assert ws.cell(4, 1).data_type == "s"
    assert ws.column_dimensions["A"].width >= 8
    assert [tuple(r) for r in wb["说明"].iter_rows(values_only=True)][0] == ("数据库", "zaosong.db")


def test_case_list_and_warnings_to_xlsx(tmp_path, db_path):
    book = chinese_ledger(tmp_path / "台账.xlsx")
    ok(db_path, "ledger", "import", str(book))
    out = tmp_path / "list.xlsx"
    ok(db_path, "case", "list", "--as-of", "2026-11-30", "--xlsx", str(out))
    printed = ok(db_path, "case", "list", "--as-of", "2026-11-30").strip().splitlines()
    wb = openpyxl.load_workbook(out)
    ws = wb["工单"]
    assert ws.max_row - 1 == len(printed) == 3
    assert [c.value for c in ws[1]][:4] == ["工单号", "户名", "户号", "容量(kVA)"]
    assert {ws.cell(r, 1).value for r in range(2, 5)} == {line.split("\t")[0] for line in printed}
    assert isinstance(ws.cell(2, 4).value, (int, float))
    states = {ws.cell(r, 13).value for r in range(2, 5)}
    assert states <= {"正常", "预警", "超期"} and states
    assert dict(wb["说明"].iter_rows(values_only=True))["截至日期"] == "2026-11-30"
    wout = tmp_path / "warn.xlsx"
    ok(db_path, "warnings", "--as-of", "2026-11-30", "--within", "3", "--xlsx", str(wout))
    printed = ok(db_path, "warnings", "--as-of", "2026-11-30", "--within", "3").strip().splitlines()
    ws = openpyxl.load_workbook(wout)["预警"]
    assert ws.max_row - 1 == len(printed) and printed
    overdue = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 7).value == "超期"]
    assert all(ws.cell(r, 1).fill.fgColor.rgb.endswith("F4CCCC") for r in overdue)

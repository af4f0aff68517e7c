"""The papers of a case in the case window (issue 16): listed with what each lacks, saved as PDF,
printed (to a PDF-file printer here, read back), several at once; fees recorded and withdrawn."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers import flat, ok, ok_button, open_window, page_count, pdf_text, wait_idle

D = dt.date


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch):
    monkeypatch.setenv("ZAOSONG_NO_VIEWER", "1")


def _detail(qtbot, win, no):
    win.open_case(no)
    d = win._detail_windows[no]
    qtbot.waitUntil(lambda: d.view is not None and d.papers.data is not None, timeout=20000)
    wait_idle(qtbot, win)
    return d


def _states(d) -> dict:
    t = d.papers.table
    return {t.item(r, 0).data(Qt.UserRole): t.item(r, 1).text() for r in range(t.rowCount())}


def _pdf_printer(path: Path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_case_window_lists_the_papers_and_what_they_lack(qtbot, app_zh, surveyed_case):
    db, no = surveyed_case
    win = open_window(qtbot, db, D(2026, 9, 10))
    d = _detail(qtbot, win, no)
    states = _states(d)
    assert list(states) == ["accept-receipt", "plan-reply", "fee-notice", "acceptance-opinion", "power-on"]
    assert states["accept-receipt"] == "可出具"
    assert "尚未录入现场查勘结果" in states["plan-reply"] and "尚未登记收费项目" in states["fee-notice"]
    # a paper that cannot be made says why when asked for, and writes nothing
    d.papers.table.selectRow(1)
    d.papers.save_pdf()
    assert "现场查勘" in win.last_error
    assert not (db.parent / "documents" / no).exists() or not list((db.parent / "documents" / no).glob("*.pdf"))
    d.papers.table.selectRow(0)
    d.papers.save_pdf()
    wait_idle(qtbot, win)
    assert Path(win.last_document).name == f"受理回执-{no}.pdf"
    assert "受理回执" in flat(pdf_text(win.last_document))


def test_fee_dialog_records_a_fee_and_the_fee_notice_becomes_available(qtbot, app_zh, surveyed_case):
    db, no = surveyed_case
    win = open_window(qtbot, db, D(2026, 9, 10))
    d = _detail(qtbot, win, no)
    dlg = d.papers.add_fee()
    assert dlg.item.currentText() == "高可靠性供电费" and "省级价格主管部门" in dlg.basis.text()
    dlg.amount.insert("12千")
    ok_button(dlg).click()
    wait_idle(qtbot, win)
    assert dlg.isVisible() and "金额" in dlg.error.text()  # refused, kept open, nothing lost
    assert dlg.amount.text() == "12千"
    dlg.amount.clear()
    qtbot.keyClicks(dlg.amount, "12000")
    ok_button(dlg).click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: _states(d)["fee-notice"] == "可出具", timeout=10000)
    assert "12,000.00" in d.papers.fees_label.text()
    qtbot.waitUntil(lambda: any("登记收费:高可靠性供电费 12,000.00 元" in d._event_text(e)
                                for e in d.view["events"]), timeout=10000)
    w = d.papers.withdraw_fee()
    w.reason.insert("误录")
    ok_button(w).click()
    qtbot.waitUntil(lambda: "尚未登记收费项目" in _states(d)["fee-notice"], timeout=10000)
    qtbot.waitUntil(lambda: any("撤销收费:高可靠性供电费(误录)" == d._event_text(e) for e in d.view["events"]),
                    timeout=10000)


def test_printing_several_papers_at_once_to_a_pdf_printer(qtbot, app_zh, case_accepted, tmp_path):
    db, no = case_accepted
    ok(db, "case", "fees", no, "--item", "高可靠性供电费", "--amount", "36000", "--on", "2026-09-09")
    win = open_window(qtbot, db, D(2026, 11, 27))
    d = _detail(qtbot, win, no)
    assert all(s == "可出具" for s in _states(d).values())
    out = tmp_path / "printed.pdf"
    d.papers.print_all(printer=_pdf_printer(out))
    qtbot.waitUntil(lambda: bool(d.papers.printed), timeout=20000)
    assert d.papers.printed == ["accept-receipt", "plan-reply", "fee-notice", "acceptance-opinion", "power-on"]
    assert out.exists() and page_count(out) >= 5
    text = flat(pdf_text(out))
    for want in ("受理回执", "供电方案答复单", "丹城变丹城线12号杆", "业务收费通知单", "36,000.00", "竣工验收意见书",
                 "竣工验收合格", "送电单", "客户（运行负责人）", "象山县供电局"):
        assert want in text, want
    # one paper, printed again (reprintable), alone
    again = tmp_path / "again.pdf"
    d.papers.table.selectRow(2)
    d.papers.print_selected(printer=_pdf_printer(again))
    qtbot.waitUntil(lambda: again.exists() and d.papers.printed == ["fee-notice"], timeout=20000)
    assert "业务收费通知单" in flat(pdf_text(again)) and "送电单" not in flat(pdf_text(again))


def test_the_setting_sheet_starts_from_the_survey_and_takes_its_execution_receipt(qtbot, app_zh, surveyed_case,
                                                                                   tmp_path):
    import json

    from tests.helpers import SURVEY

    db, no = surveyed_case
    survey = {**SURVEY, "ct_ratio": "75/5", "transformers": [{"count": 1, "type": "dry", "kva": 400}]}
    f = tmp_path / "survey.json"
    f.write_text(json.dumps(survey, ensure_ascii=False), encoding="utf-8")
    ok(db, "survey", "set", no, "--json", str(f))
    win = open_window(qtbot, db, D(2026, 9, 10))
    d = _detail(qtbot, win, no)
    qtbot.waitUntil(lambda: d.field.overview is not None, timeout=10000)
    dlg = d.field.setting_sheet()
    assert dlg.ct.text() == "75/5" and dlg.tr_type.currentData() == "dry" and dlg.kva.value() == 400
    coeff = next(c for c in dlg.result["coefficients"] if c["field"] == "pk_kw")
    assert "干式" in coeff["source"] and "油浸式" not in coeff["source"]
    dlg.save()
    qtbot.waitUntil(lambda: dlg.sheets.count() == 1, timeout=10000)
    sheet_id = dlg._selected()
    ok(db, "settings", "sheet", "issue", sheet_id, "--on", "2026-09-10", "--checked-by", "李海燕")
    dlg.reload_versions()
    qtbot.waitUntil(lambda: "已签发" in dlg.sheets.item(0).text() or "issued" in dlg.sheets.item(0).text(),
                    timeout=10000)
    rec = dlg.record_receipt()
    rec.by.insert("运检班 王强")
    rec.buttons.button(rec.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, win)
    assert rec.isVisible() and "不能为空" in rec.error.text()  # handed to is required: kept open
    rec.to.insert("客户电工 李师傅")
    rec.buttons.button(rec.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not rec.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: "已执行" in dlg.sheets.item(0).text(), timeout=10000)
    from app.services import setting_sheets as sv
    from app.store import Store

    store = Store.open(db)
    with store.reader() as s:
        data = sv.sheet_data(s, sheet_id)
    store.dispose()
    assert data["status"] == "executed" and data["receipt"]["executed_by"] == "运检班 王强"
    assert data["receipt"]["issued_to"] == "客户电工 李师傅" and data["receipt"]["returned_on"] == "2026-09-10"

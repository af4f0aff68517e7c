"""Setting sheets through the CLI and the GUI: calc contract, versions, issue, PDF, live recalculation."""
from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt

from tests.helpers import cli, open_window, pdf_text, wait_idle
from tests.helpers import flat as flat_text

CALC = ["--sk-max", "300", "--sk-min", "200", "--kva", "1000", "--uk", "4.5", "--ct", "100/5",
        "--feeder-inst", "2400", "--feeder-oc", "600", "--feeder-oc-time", "0.6"]


def test_calc_json_contract_and_refusals(db_path):
    r = cli(db_path, "settings", "calc", *CALC, "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    for key in ("rated_current_a", "ik3_max_hv_ka", "ik2_min_hv_ka", "ik3_max_lv_ka_hv_side", "ik2_min_lv_ka_hv_side"):
        assert isinstance(out[key], float), key
    for key in ("instantaneous", "overcurrent", "overload"):
        assert set(out[key]) >= {"primary_a", "secondary_a", "time_s", "sensitivity", "ok"}
    assert all(set(c) >= {"name", "value", "limit", "ok"} for c in out["checks"])
    assert abs(out["rated_current_a"] - 1000 / (3 ** 0.5 * 10)) < 1e-6
    for bad in (["--uk", "0"], ["--sk-min", "400"], ["--ct", "abc"], ["--feeder-oc-time", "0.2"], ["--kva", "5000"]):
        args = list(CALC)
        i = args.index(bad[0])
        args[i + 1] = bad[1]
        r = cli(db_path, "settings", "calc", *args, "--applied-kva", "1250", "--json")
        assert r.returncode == 1 and r.stderr.strip() and "Traceback" not in r.stderr, bad


def test_sheet_versions_issue_and_pdf(db_path, tmp_path):
    no = cli(db_path, "case", "new", "--customer", "和泰电器有限公司", "--account", "3300000001", "--kva", "1250",
                 "--applied", "2026-09-01").stdout.strip()
    s1 = cli(db_path, "settings", "sheet", "new", no, *CALC, "--by", "张伟").stdout.strip()
    s2 = cli(db_path, "settings", "sheet", "new", no, *CALC, "--by", "张伟").stdout.strip()
    assert s1 and s2 and s1 != s2
    listed = json.loads(cli(db_path, "settings", "sheet", "list", no).stdout)
    assert [(x["version"], x["status"]) for x in listed] == [(1, "void"), (2, "draft")]
    assert cli(db_path, "settings", "sheet", "issue", s1).returncode == 1  # a void sheet cannot be issued
    assert cli(db_path, "settings", "sheet", "issue", s2, "--checked-by", "李海燕", "--approved-by", "王建国").returncode == 0
    assert cli(db_path, "settings", "sheet", "executed", s2, "--to", "客户电工", "--by", "调试单位",
                   "--on", "2001-01-01").returncode == 1  # returned before it was issued: refused
    pdf = tmp_path / "sheet.pdf"
    assert cli(db_path, "settings", "pdf", s2, "--out", str(pdf)).returncode == 0
    flat = flat_text(pdf_text(pdf))
    for needle in ("继电保护定值单", "和泰电器有限公司", "100/5", "整定人", "审核人", "批准人", "张伟", "李海燕"):
        assert needle in flat, needle
    assert "电流速断" in flat and "过电流" in flat


def test_gui_live_recalculation_changes_setting_and_check_colour(qtbot, app_zh, db_path):
    from app.services import cases as svc
    from app.store import Store
    from ui.setting_dialog import OK_COLORS

    st = Store.open(db_path)
    with st.session() as s:
        no = svc.create_case(s, customer_name="甲", account_no="3300000001", capacity_kva=1000,
                             applied_on=dt.date(2026, 11, 2)).case_no
    st.dispose()
    win = open_window(qtbot, db_path, dt.date(2026, 11, 20))
    win.open_case(no)
    d = win._detail_windows[no]
    qtbot.waitUntil(lambda: d.view is not None, timeout=10000)
    dlg = d.field.setting_sheet()
    qtbot.addWidget(dlg)
    dlg.feeder_oc.setValue(600)
    dlg.feeder_time.setValue(0.6)
    before = dlg.settings.item(1, 1).text()
    dlg.kva.setValue(800)  # a smaller transformer: smaller overcurrent setting
    assert dlg.settings.item(1, 1).text() != before
    # a feeder overcurrent barely above the customer's: the coordination check turns red
    oc_primary = float(dlg.settings.item(1, 1).text())
    dlg.feeder_oc.setValue(oc_primary * 1.02)
    colours = {dlg.checks.item(r, 3).background().color().name() for r in range(dlg.checks.rowCount())}
    assert OK_COLORS[False] in colours
    dlg.feeder_oc.setValue(oc_primary * 3)
    colours = {dlg.checks.item(r, 3).background().color().name() for r in range(dlg.checks.rowCount())}
    assert OK_COLORS[False] not in colours
    dlg.uk.setValue(0)  # bad input: a clear message, never a number
    assert dlg.error.isVisible() and "u_k" in dlg.error.text() and not dlg.btn_save.isEnabled()
    dlg.uk.setValue(4.5)
    qtbot.mouseClick(dlg.btn_save, Qt.LeftButton)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: dlg.sheets.count() == 1, timeout=10000)

"""`make screenshots`: every main view, in simplified Chinese, with demo data, as PNG files.

Usage: python tests/screenshots.py OUTDIR [--lang zh_CN|en]. Runs on whatever Qt platform is set
(`make screenshots` uses Xvfb when it is installed, offscreen otherwise).
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

AS_OF = dt.date(2026, 11, 27)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "zh_CN"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="zaosong-shots-"))
    os.environ["ZAOSONG_HOME"] = str(tmp)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("ZaosongScreenshots")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp / "settings"))
    app = QApplication(sys.argv[:1])
    from ui.i18n import install_font, install_translator

    install_font(app)
    install_translator(app, lang)
    from app.demo import build_demo
    from app.store import Store

    store = Store.open(tmp / "zaosong.db", user="王建国", device_name="王建国的笔记本")
    build_demo(store, 400, seed=3, as_of=AS_OF)
    from ui.main_window import MainWindow

    win = MainWindow(store, as_of=AS_OF)
    win.resize(1366, 800)
    win.show()
    win.start()

    def settle(ms: int = 300) -> None:
        import time

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end or win.worker.busy:
            app.processEvents()
            time.sleep(0.01)

    settle(800)
    shots = []
    for page in ("today", "cases", "calendar", "settings"):
        win.show_page(page)
        if page == "cases":
            win.cases_page.scope.setCurrentIndex(1)  # all managers
        settle()
        path = out / f"{page}_{lang}.png"
        win.grab().save(str(path))
        shots.append(path)
    win.cases_page.search.setText("htdq")
    settle()
    win.grab().save(str(out / f"search_{lang}.png"))
    win.cases_page.search.setText("")
    settle()
    # the most interesting open case: one with a pause or several rounds
    row = win.today_page.warnings[0]["case_no"] if win.today_page.warnings else win.cases_page.model.row_at(0)[1]
    win.open_case(row)
    settle(800)
    detail = win._detail_windows[row]
    detail.resize(1100, 900)
    settle()
    detail.grab().save(str(out / f"case_detail_{lang}.png"))
    from ui.case_dialogs import NewCaseDialog, StageActionDialog

    dlg = NewCaseDialog(win)
    dlg.show()
    settle()
    dlg.grab().save(str(out / f"new_case_{lang}.png"))
    dlg.close()
    pd = StageActionDialog(win, detail.view, "pause")
    pd.show()
    settle()
    pd.grab().save(str(out / f"pause_{lang}.png"))
    pd.close()
    # field work: a case taken through a mid inspection with two failures
    from app.services import cases as svc, field

    with store.session() as s:
        no = svc.create_case(s, customer_name="象山县和泰电器有限公司", account_no="3300000999", capacity_kva=1250,
                             dual_source=True, applied_on=dt.date(2026, 9, 1), address="象山县丹东街道滨海路8号").case_no
    for stage, day in (("ACCEPT", dt.date(2026, 9, 2)), ("SURVEY", dt.date(2026, 9, 4)), ("PLAN", dt.date(2026, 9, 8)),
                       ("FEES", dt.date(2026, 9, 9))):
        with store.session() as s:
            svc.finish_stage(s, no, stage, day)
    with store.session() as s:
        field.set_survey(s, no, {"surveyed_on": "2026-09-03", "participants": [{"name": "王建国", "dept": "客户经理"},
                         {"name": "陈工", "dept": "配电运检中心"}], "substation": "丹城变", "feeder": "丹城线",
                         "pole": "12号杆", "metering": "HV", "ct_ratio": "100/5", "vt_ratio": "10000/100",
                         "dual_source": True, "transformers": [{"count": 2, "type": "oil", "kva": 630}]})
    with store.session() as s:
        svc.start_stage(s, no, "DESIGN_REVIEW", dt.date(2026, 10, 8))
    with store.session() as s:
        svc.finish_stage(s, no, "DESIGN_REVIEW", dt.date(2026, 10, 9))
    with store.session() as s:
        ins = field.start_inspection(s, no, "mid", dt.date(2026, 10, 20), "王建国,陈工").inspection_id
    with store.session() as s:
        for it in field.inspection_items(s, ins)["items"]:
            if it["code"] == "M-GND-05":
                field.set_result(s, ins, it["code"], None, 6.2, "")
            elif it["code"] == "M-CIV-03":
                field.set_result(s, ins, it["code"], "fail", None, "槽钢未接地")
            elif it["kind"] == "measure":
                field.set_result(s, ins, it["code"], None, 0.8, "")
            else:
                field.set_result(s, ins, it["code"], "pass", None, "")
    with store.session() as s:
        field.close_inspection(s, ins, dt.date(2026, 10, 21))
    win.refresh()
    win.open_case(no)
    settle(800)
    fd = win._detail_windows[no]
    fd.resize(1100, 1300)
    settle()
    fd.grab().save(str(out / f"case_field_{lang}.png"))
    sdlg = fd.field.edit_survey()
    settle(500)
    sdlg.grab().save(str(out / f"survey_{lang}.png"))
    sdlg.close()
    from ui.field_dialogs import InspectionDialog

    idlg = InspectionDialog(win, ins)
    idlg.show()
    settle(800)
    idlg.grab().save(str(out / f"inspection_{lang}.png"))
    idlg.close()
    sdlg2 = fd.field.setting_sheet()
    sdlg2.feeder_oc.setValue(600)
    sdlg2.feeder_time.setValue(0.6)
    settle(300)
    sdlg2.grab().save(str(out / f"setting_sheet_{lang}.png"))
    sdlg2.close()
    fd.close()
    win.show_page("sync")
    settle(500)
    win.grab().save(str(out / f"sync_{lang}.png"))
    detail.close()
    win.close()
    for p in sorted(out.glob(f"*_{lang}.png")):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())

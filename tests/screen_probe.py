"""Child process of tests/test_gui_screens.py (issue 16): open every window and dialog on the screen
the Qt platform gives (QT_QPA_PLATFORM=offscreen:configfile=...), print one JSON line per window with
its frame, the screen's available geometry and whether its action buttons can be seen, and
optionally save a PNG of each (``--shots DIR``).

Usage: python tests/screen_probe.py WORKDIR [--lang zh_CN|en] [--shots DIR] [--tag TAG]
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

AS_OF = dt.date(2026, 11, 27)


def _rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def _seen(button) -> bool:
    """Shown, not clipped by a scroll area or the window, and on the screen."""
    if not button.isVisible():
        return False
    region = button.visibleRegion()
    if region.isEmpty() or region.boundingRect().size() != button.size():
        return False
    top_left = button.mapToGlobal(button.rect().topLeft())
    bottom_right = button.mapToGlobal(button.rect().bottomRight())
    avail = button.screen().availableGeometry()
    return avail.contains(top_left) and avail.contains(bottom_right)


def _in_scroll(w) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    p = w.parentWidget()
    while p is not None and not p.isWindow():
        if isinstance(p, QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False


def main() -> int:
    work = Path(sys.argv[1])
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "zh_CN"
    shots = Path(sys.argv[sys.argv.index("--shots") + 1]) if "--shots" in sys.argv else None
    tag = sys.argv[sys.argv.index("--tag") + 1] if "--tag" in sys.argv else ""
    os.environ["ZAOSONG_HOME"] = str(work)
    os.environ["ZAOSONG_NO_VIEWER"] = "1"
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QScrollArea

    QCoreApplication.setOrganizationName("ZaosongScreenProbe")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(work / "settings"))
    app = QApplication(sys.argv[:1])
    from ui.i18n import install_font, install_translator
    from ui.widgets import install_screen_fit

    install_font(app)
    install_translator(app, lang)
    install_screen_fit(app)
    from app.demo import build_demo
    from app.store import Store

    store = Store.open(work / "zaosong.db", user="王建国", device_name="王建国的笔记本")
    build_demo(store, 60, seed=3, as_of=AS_OF)
    no, ins = _field_case(store)
    from ui.main_window import MainWindow

    win = MainWindow(store, as_of=AS_OF)
    win.show()
    win.start()

    def settle(ms: int = 250) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end or win.worker.busy:
            app.processEvents()
            time.sleep(0.01)

    def report(name: str, w, buttons=()) -> None:
        settle()
        boxes = [b for bb in w.findChildren(QDialogButtonBox) if bb.isVisible() for b in bb.buttons()]
        if isinstance(w, QDialog):  # the action row of a dialog without a button box
            boxes += [b for b in w.findChildren(QPushButton) if b.isVisible() and not _in_scroll(b)
                      and b not in boxes]
        checked = [b for b in list(boxes) + list(buttons) if b is not None]
        avail = w.screen().availableGeometry()
        print(json.dumps({
            "name": name, "frame": _rect(w.frameGeometry()), "available": _rect(avail),
            "inside": avail.contains(w.frameGeometry()),
            "buttons": {b.text(): _seen(b) for b in checked},
            # a scroll area added on Show must be shown too (it was hidden, the form gone, once)
            "content_shown": all(a.isVisible() for a in w.findChildren(QScrollArea, "fitScroll")),
        }, ensure_ascii=False), flush=True)
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            w.grab().save(str(shots / f"{name}_{tag}_{lang}.png"))

    settle(800)
    for page in ("today", "cases", "meetings", "calendar", "sync", "settings"):
        win.show_page(page)
        report(f"main_{page}", win)
    from ui.first_run import FirstRunDialog

    fr = FirstRunDialog(work / "new.db")
    fr.show()
    report("first_run", fr)
    fr.close()
    nd = win.new_case_dialog()
    nd.show()
    report("new_case", nd)
    nd.close()
    win.open_case(no)
    settle(800)
    detail = win._detail_windows[no]
    report("case_window", detail)
    sd = detail.field.edit_survey()
    report("survey", sd)
    sd.close()
    from ui.field_dialogs import InspectionDialog

    idlg = InspectionDialog(win.ops, win.as_of, ins, win.open_document, win)
    idlg.show()
    report("inspection", idlg, buttons=(idlg.btn_close, idlg.btn_notice))
    idlg.close()
    sheet = detail.field.setting_sheet()
    report("setting_sheet", sheet)
    sheet.close()
    form = detail.review.open_form()
    report("design_review", form)
    form.close()
    win.show_page("meetings")
    settle()
    md = win.meetings_page.new_meeting()
    report("meeting_new", md)
    md.close()
    if shots is not None:  # the new screens of issue 16, for people to look at
        win.show_page("cases")
        win.cases_page.scope.setCurrentIndex(1)
        settle()
        win.grab().save(str(shots / f"cases_columns_{tag}_{lang}.png"))
        win.show_page("calendar")
        settle()
        page = win.calendar_page
        for i in range(page.years.count()):
            if page.years.item(i).data(0x0100) == 2026:
                page.years.setCurrentRow(i)
        settle()
        win.grab().save(str(shots / f"calendar_editor_{tag}_{lang}.png"))
        win.show_page("meetings")
        from PySide6.QtCore import QDate

        win.meetings_page.calendar.setSelectedDate(QDate(2026, 10, 9))
        win.meetings_page.show_month(2026, 10)
        settle()
        win.grab().save(str(shots / f"meeting_calendar_{tag}_{lang}.png"))
        from ui.meetings_page import MeetingDialog

        hd = MeetingDialog(win.ops, dt.date(2026, 10, 2), parent=win)
        hd.show()
        settle()
        hd.grab().save(str(shots / f"meeting_on_holiday_{tag}_{lang}.png"))
        hd.close()
        fr2 = FirstRunDialog(work / "new.db")
        fr2.show()
        fr2.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
        settle()
        fr2.grab().save(str(shots / f"first_run_refused_{tag}_{lang}.png"))
        fr2.close()
    win.show_page("settings")
    detail.close()
    win.close()
    if shots is not None:
        _empty_and_practice(app, work, shots, tag, lang, settle)
    return 0


def _empty_and_practice(app, work, shots, tag, lang, settle) -> None:
    from app.demo import build_demo, open_practice
    from app.paths import practice_db_path
    from app.store import Store
    from ui.main_window import MainWindow

    empty = Store.open(work / "empty" / "zaosong.db", user="李娜", device_name="李娜的笔记本")
    w = MainWindow(empty, as_of=AS_OF)
    w.show()
    w.start()
    end = time.monotonic() + 1.5
    while time.monotonic() < end or w.worker.busy:
        app.processEvents()
        time.sleep(0.01)
    w.grab().save(str(shots / f"empty_real_{tag}_{lang}.png"))
    w.close()
    practice = open_practice(practice_db_path(work / "empty" / "zaosong.db"), user="李娜", device_name="李娜的笔记本")
    build_demo(practice, 60, seed=5, as_of=AS_OF)
    w = MainWindow(practice, as_of=AS_OF)
    w.show()
    w.start()
    end = time.monotonic() + 1.5
    while time.monotonic() < end or w.worker.busy:
        app.processEvents()
        time.sleep(0.01)
    w.grab().save(str(shots / f"practice_{tag}_{lang}.png"))
    w.close()


def _field_case(store) -> tuple[str, str]:
    """A 1250 kVA case surveyed, design-reviewed, with a closed mid inspection with failures."""
    from app.services import cases as svc
    from app.services import design_review, field, meetings

    with store.session() as s:
        no = svc.create_case(s, customer_name="象山县和泰电器有限公司", account_no="3300000999", capacity_kva=1250,
                             dual_source=True, applied_on=dt.date(2026, 9, 1), address="象山县丹东街道滨海路8号").case_no
    for stage, day in (("ACCEPT", dt.date(2026, 9, 2)), ("SURVEY", dt.date(2026, 9, 4)),
                       ("PLAN", dt.date(2026, 9, 8)), ("FEES", dt.date(2026, 9, 9))):
        with store.session() as s:
            if stage == "PLAN":
                m = meetings.new_meeting(s, f"{day.isoformat()} 09:00", "三楼会议室", "王主任").meeting_id
                meetings.add_case(s, m, no)
                meetings.decide(s, m, no, "approve")
            svc.finish_stage(s, no, stage, day)
    with store.session() as s:
        field.set_survey(s, no, {"surveyed_on": "2026-09-03", "participants": [{"name": "王建国", "dept": "客户经理"}],
                         "substation": "丹城变", "feeder": "丹城线", "pole": "12号杆", "metering": "HV",
                         "ct_ratio": "100/5", "vt_ratio": "10000/100", "dual_source": True,
                         "transformers": [{"count": 2, "type": "oil", "kva": 630}]})
    with store.session() as s:
        design_review.open_review(s, no, dt.date(2026, 10, 8))
        design_review.set_participants(s, no, "王建国:客户经理,陈工:生产,李海燕:营销,周所长:供电所")
    with store.session() as s:
        design_review.close_review(s, no, dt.date(2026, 10, 9), "approved")
    with store.session() as s:
        ins = field.start_inspection(s, no, "mid", dt.date(2026, 10, 20), "王建国,陈工").created_id
    with store.session() as s:
        for it in field.inspection_items(s, ins)["items"]:
            if it["kind"] == "measure":
                field.set_result(s, ins, it["code"], None, 0.8, "")
            elif it["code"] == "M-CIV-03":
                field.set_result(s, ins, it["code"], "fail", None, "槽钢未接地")
            else:
                field.set_result(s, ins, it["code"], "pass", None, "")
    return no, ins


if __name__ == "__main__":
    sys.exit(main())

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
    detail.close()
    win.close()
    for p in sorted(out.glob(f"*_{lang}.png")):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())

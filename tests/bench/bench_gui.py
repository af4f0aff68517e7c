"""GUI benchmarks on the 100,000-case database (issue: the workbench).

- `zaosong-gui --exit-when-ready` whole-process time, against a bare PySide6 window with an empty
  QTableView started the same way in the same run;
- search-as-you-type latency per keystroke over all 100,000 cases;
- opening a case (the detail window filled from the worker);
- peak memory of the GUI process with every case loaded.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import AS_OF, ROOT, Figure, big_db, print_table

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableView
from ui.main import process_age_ms
app = QApplication(sys.argv)
v = QTableView(); v.resize(1200, 800); v.show()
QTimer.singleShot(0, lambda: (print(f"ready_ms={process_age_ms():.0f}"), app.quit()))
app.exec()
"""

INSIDE = r"""
import datetime as dt, resource, sys, time
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ui.i18n import install_font, install_translator
install_font(app); install_translator(app, "zh_CN")
from app.store import Store
from ui.main_window import MainWindow
win = MainWindow(Store.open(sys.argv[1]), as_of=dt.date.fromisoformat(sys.argv[2]))
win.show(); win.start()
def wait(cond, timeout=60):
    end = time.monotonic() + timeout
    while not cond():
        app.processEvents(); time.sleep(0.001)
        if time.monotonic() > end: raise SystemExit("timeout")
wait(lambda: win.cases_page.complete and win.worker.busy == 0)
page = win.cases_page
page.scope.setCurrentIndex(1); page.state.setCurrentIndex(2)
app.processEvents()
lat = []
for text in ["x", "xs", "xsx", "xsxh", "xsxht", "", "h", "ht", "htd", "htdq", "", "3", "33", "331", "3312", ""]:
    t = time.perf_counter()
    page.search.setText(text)
    app.processEvents()
    lat.append(time.perf_counter() - t)
opens = []
for r in (0, 500, 5000, page.model.rowCount() - 1):
    no = page.model.row_at(r)[1]
    t = time.perf_counter()
    win.open_case(no)
    d = win._detail_windows[no]
    wait(lambda: d.view is not None and d.view["case_no"] == no and win.worker.busy == 0)
    app.processEvents()
    opens.append(time.perf_counter() - t)
    d.close()
rows = page.model.total
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"rows={rows}")
print(f"search_ms={max(lat)*1000:.1f} median={sorted(lat)[len(lat)//2]*1000:.1f}")
print(f"open_ms={max(opens)*1000:.1f}")
print(f"peak_mb={peak:.0f}")
win.close()
"""


def _ready(args: list[str], repeat: int = 5) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    vals = []
    for _ in range(repeat):
        out = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=env, check=True).stdout
        vals.append(float(next(ln for ln in out.splitlines() if ln.startswith("ready_ms=")).split("=")[1]))
    return statistics.median(vals) / 1000


def run(db: Path | None = None) -> list[Figure]:
    if db is None:
        db, _ = big_db()
    bare = _ready([sys.executable, "-c", BARE])
    ready = _ready([sys.executable, "-m", "ui", "--db", str(db), "--exit-when-ready", "--as-of", AS_OF])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", INSIDE, str(db), AS_OF], capture_output=True, text=True, cwd=ROOT,
                         env=env, check=True).stdout
    vals = dict(ln.split("=", 1) for ln in out.splitlines() if "=" in ln)
    search = float(vals["search_ms"].split()[0]) / 1000
    open_s = float(vals["open_ms"]) / 1000
    peak = float(vals["peak_mb"])
    return [
        Figure("gui --exit-when-ready, 100k cases", "<= 2.0 s", ready, "s", bare,
               "bare PySide6 window + empty QTableView (target ratio <= 2.5x)", limit=2.0),
        Figure(f"search-as-you-type, worst keystroke ({vals['rows']} rows)", "<= 150 ms", search * 1000, "ms", limit=150),
        Figure("open a case (detail filled)", "<= 200 ms", open_s * 1000, "ms", limit=200),
        Figure("GUI peak memory, all cases loaded", "<= 400 MB", peak, "MB", limit=400),
    ]


if __name__ == "__main__":
    print_table(run())

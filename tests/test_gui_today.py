"""The Today view with hundreds of warnings: refreshed again and again, then closed, it stays up.

On Python 3.11 with PySide6 6.12 each QTreeWidgetItem/QTableWidgetItem setData dropped a reference to
None; with 500 cases due the 37th refresh (or the first exit) aborted the process with
"Fatal Python error: none_dealloc" (issue 13). The view is now model/view (ui/row_model.py) and the
project runs on Python 3.12+, where None is immortal.
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QTableWidget, QTreeView, QTreeWidget

from tests.helpers import open_window

D = dt.date
AS_OF = D(2026, 11, 20)  # a Friday
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def due_500(tmp_path_factory, template_db) -> Path:
    """500 open cases whose ACCEPT stage is overdue, due today or due on Monday, as of AS_OF."""
    import shutil

    from app.services import cases as svc
    from app.store import Store

    path = tmp_path_factory.mktemp("due500") / "zaosong.db"
    shutil.copy(template_db, path)
    st = Store.open(path)
    applied = (D(2026, 11, 16), D(2026, 11, 19), D(2026, 11, 20))  # overdue, due today, due within 2 wd
    with st.session() as s:
        for i in range(500):
            svc.create_case(s, customer_name=f"客户{i:03d}", account_no=f"33{i:08d}", capacity_kva=315,
                            applied_on=applied[i % 3], manager=("张伟", "李娜", "王建国")[i % 3])
    st.dispose()
    return path


def test_today_survives_200_refreshes_with_500_warnings(qtbot, qapp, due_500, tmp_path):
    import shutil

    db = tmp_path / "zaosong.db"
    shutil.copy(due_500, db)
    win = open_window(qtbot, db, AS_OF)
    qtbot.waitUntil(lambda: win.snapshot is not None and win.snapshot.complete, timeout=30000)
    today = win.today_page
    today.scope.setCurrentIndex(today.scope.findData("all"))
    assert len(today.warnings) == 500
    # model/view, no item widgets to leak through
    assert not today.findChildren(QTreeWidget) and not today.findChildren(QTableWidget)
    assert isinstance(today.tree, QTreeView) and isinstance(today.risks_table, QTableView)
    model = today.tree_model
    sizes = [model.rowCount(model.index(g, 0)) for g in range(model.rowCount())]
    assert sizes == [167, 167, 166], sizes  # overdue, due today, due within 2 wd
    first = model.index(0, 0, model.index(0, 0))
    assert first.data(Qt.UserRole) == first.data(Qt.DisplayRole) and first.data().startswith("YK")
    assert model.index(0, 5, model.index(0, 0)).data(Qt.BackgroundRole) is not None  # coloured as overdue
    # the render path 200 times (what every refresh does), a few real refreshes through the worker too
    for i in range(200):
        today.set_warnings(win.snapshot.warnings, AS_OF)
        if i % 50 == 0:
            win.refresh()
            qtbot.waitUntil(lambda: win.worker.busy == 0, timeout=30000)
    qapp.processEvents()
    assert "167" in today.summary.text() and "166" in today.summary.text()
    per = today.per_manager_model
    assert per.rowCount() == 3 and sum(int(per.text(r, 1)) for r in range(3)) == 167
    win.close()


def test_workbench_with_500_warnings_starts_and_exits_cleanly(due_500, tmp_path):
    """The real program, as `zaosong-gui --exit-when-ready` (it aborted with rc 134 on 3.11)."""
    import shutil

    db = tmp_path / "zaosong.db"
    shutil.copy(due_500, db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZAOSONG_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    r = subprocess.run([sys.executable, "-m", "ui", "--db", str(db), "--as-of", AS_OF.isoformat(),
                        "--exit-when-ready"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 0, (r.returncode, r.stderr[-2000:])
    assert "ready_ms=" in r.stdout

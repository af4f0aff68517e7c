"""The interpreter the project runs on: Python 3.12 or newer (issue 13).

On 3.11, PySide6 6.12 drops one reference to ``None`` on every QTableWidgetItem/QTreeWidgetItem
``setData``/``setBackground``; 3.11's ``None`` is not immortal, so a busy Today view aborted the
process ("Fatal Python error: none_dealloc"). From 3.12 on ``None`` is immortal.
"""
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_runs_on_python_312_or_newer():
    assert sys.version_info >= (3, 12), sys.version


def test_project_requires_312():
    spec = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    assert spec.startswith(">=3.12"), spec


def test_none_refcount_is_immortal_under_qt_items(qapp):
    """The lost references are harmless only because None is immortal: measure it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidgetItem

    before = sys.getrefcount(None)
    item = QTableWidgetItem("x")
    for _ in range(1000):
        item.setData(Qt.UserRole, "YK1")
    assert sys.getrefcount(None) >= before - 10


def test_qt_check_is_quiet_where_qt_starts():
    """make test / make run ask tests/check_qt.py first; where Qt starts it says nothing and passes."""
    import subprocess

    r = subprocess.run([sys.executable, str(ROOT / "tests" / "check_qt.py")], capture_output=True, text=True,
                       timeout=120, cwd=ROOT)
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")

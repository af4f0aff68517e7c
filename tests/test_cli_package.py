"""The CLI package app/cli/: one module per command group, reports imported openly by the PDF
commands only, no import by string (review defect 10), --version without ReportLab."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from app.cli import build_parser
from app.cli import main as cli_main
from app.cli.main import DISPATCH, GROUPS
from tests.helpers import cli

ROOT = Path(__file__).resolve().parent.parent
OPEN_REPORTS_IMPORT = re.compile(r"^\s*(from|import)\s+(reportlab|reports)\b", re.M)


def test_no_import_by_string_in_our_code():
    """A module named in a string hides a dependency from the checks and from PyInstaller."""
    found = [f"{p.relative_to(ROOT)}:{n}" for top in ("app", "ui", "reports") for p in (ROOT / top).rglob("*.py")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"import_module\(|__import__\(", line)]
    assert found == []


def test_only_the_pdf_commands_import_reports_and_they_do_it_at_the_top():
    importers = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py")
                       if OPEN_REPORTS_IMPORT.search(p.read_text(encoding="utf-8")))
    assert importers == ["app/cli/documents.py"]
    tree = ast.parse((ROOT / "app" / "cli" / "documents.py").read_text(encoding="utf-8"))
    top = [n.module for n in tree.body if isinstance(n, ast.ImportFrom)]
    assert "reports.commands" in top


def test_version_and_help_load_neither_reportlab_nor_qt():
    code = ("import sys\n"
            "from app.cli import main\n"
            "for argv in (['--version'], ['--help'], ['notice', '--help']):\n"
            "    try:\n"
            "        main(argv)\n"
            "    except SystemExit as exc:\n"
            "        assert exc.code == 0, exc.code\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'reports', 'PySide6', 'ui'))\n"
            "assert not bad, bad\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_every_command_belongs_to_exactly_one_group():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(DISPATCH)
    names = [c for g in GROUPS for c in g.COMMANDS]
    assert len(names) == len(set(names))
    for group in GROUPS:
        assert callable(group.add_parsers) and callable(group.run), group.__name__
    assert cli_main is not None  # ``from app.cli import main``: the console script's entry point


def test_a_pdf_command_through_the_package(demo_db, tmp_path):
    """notice batch goes field -> documents -> reports; a bad manager is refused, nothing written."""
    out = tmp_path / "batch.pdf"
    r = cli(demo_db, "notice", "batch", "--manager", "无此人", "--out", str(out))
    assert r.returncode == 1 and "无此人" in r.stderr
    assert not out.exists()

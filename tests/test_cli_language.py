"""The command line speaks the user's language only (issue 16): a printed line or a refusal is
Chinese, or with ZAOSONG_LANG=en English, never "中文 / english" both at once."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.helpers import cli

APP = Path(__file__).resolve().parent.parent / "app"
MIXED = re.compile(r"[\u4e00-\u9fff][^\n]* / [A-Za-z]")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _mixed_literals(folder: Path) -> list[str]:
    """String literals (f-string parts too) holding "中文 / english"; docstrings and argparse help=
    texts (which list option values such as "pass / rectify") are not messages."""
    found = []
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        skip |= {id(k.value) for n in ast.walk(tree) if isinstance(n, ast.Call)
                 for k in n.keywords if k.arg == "help"}
        found += [f"{path.name}:{n.lineno}: {n.value[:60]}" for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip
                  and MIXED.search(n.value)]
    return found


def test_no_printed_line_of_the_cli_mixes_chinese_and_english():
    assert not _mixed_literals(APP / "cli")


def test_the_audit_answer_is_in_the_users_language(db_path):
    zh = cli(db_path, "audit", "verify")
    en = cli(db_path, "audit", "verify", env={"ZAOSONG_LANG": "en"})
    assert zh.returncode == 0 and zh.stdout.strip() == "正常", zh.stdout
    assert en.returncode == 0 and en.stdout.strip() == "ok", en.stdout


def test_a_refused_package_is_explained_in_english_only_with_zaosong_lang_en(db_path, tmp_path):
    folder = tmp_path / "not-a-package.zsync"
    folder.mkdir()  # a folder where a package file is expected: refused before anything is read
    en = cli(db_path, "sync", "import", str(folder), env={"ZAOSONG_LANG": "en"})
    zh = cli(db_path, "sync", "import", str(folder))
    assert en.returncode == 1 and "not a regular file" in en.stderr and not HAN.search(en.stderr), en.stderr
    assert zh.returncode == 1 and "不是普通文件" in zh.stderr and "not a regular file" not in zh.stderr, zh.stderr


def test_a_bad_date_option_is_refused_in_the_users_language(db_path):
    en = cli(db_path, "calendar", "workdays", "2026-02-30", "2026-03-02", env={"ZAOSONG_LANG": "en"})
    assert en.returncode == 2 and "invalid date: '2026-02-30'" in en.stderr and "日期无效" not in en.stderr, en.stderr


def test_keys_status_speaks_the_users_language(db_path):
    """`zaosong keys status` printed English labels ("encrypted: True") to every user."""
    zh = cli(db_path, "keys", "status")
    en = cli(db_path, "keys", "status", env={"ZAOSONG_LANG": "en"})
    assert zh.returncode == 0 and "已加密:是" in zh.stdout and "encrypted" not in zh.stdout, zh.stdout
    assert en.returncode == 0 and "encrypted: yes" in en.stdout and not HAN.search(en.stdout), en.stdout

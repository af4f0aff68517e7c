"""The sync package's shape (issue 14 §3): one direction through small modules, timing through
``logging``, and a preview cache that its caller owns.

The layering tests read the modules' own imports (ast), so a module that imports one above it, or
takes a private name from another, fails here before it makes a circle.
"""
from __future__ import annotations

import ast
import logging
import re
from pathlib import Path

import pytest

from app.sync.importer import PreviewCache, import_package
from tests.conftest import run_cli
from tests.helpers import new_case

SYNC = Path(__file__).resolve().parent.parent / "app" / "sync"
# bottom first: a module may import only those listed before it
ORDER = ["format", "timing", "rows", "merge", "peers", "staging", "container", "applied", "apply_pg", "apply", "importer",
         "export_pg", "export"]


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every import in a file, function-local ones included."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            out.extend((a.name, []) for a in node.names)
    return out


def _sync_targets(module: str, names: list[str]) -> list[tuple[str, list[str]]]:
    """The app.sync modules an import statement reaches, with the names it takes from each."""
    if module == "app.sync":
        return [(n, []) for n in names]
    if module.startswith("app.sync."):
        return [(module.split(".")[2], names)]
    return []


def test_sync_modules_import_only_below_themselves_and_no_private_names():
    files = sorted(p.stem for p in SYNC.glob("*.py") if p.stem != "__init__")
    assert files == sorted(ORDER), "a new sync module takes its place in ORDER"
    for name in ORDER:
        for module, names in _imports(SYNC / f"{name}.py"):
            for target, taken in _sync_targets(module, names):
                assert target in ORDER[:ORDER.index(name)], f"{name} imports {target}, which is not below it"
                assert not [n for n in taken if n.startswith("_")], f"{name} takes private names from {target}"


def test_sync_reaches_no_service_for_case_state_or_files():
    for path in SYNC.glob("*.py"):
        for module, _names in _imports(path):
            assert module not in ("app.services.cases", "app.services.attachments"), (path.name, module)
    # and nothing outside sync uses the two old modules
    root = SYNC.parent.parent
    for folder in ("app", "ui", "reports", "tests"):
        for path in (root / folder).rglob("*.py"):
            for module, names in _imports(path):
                assert module not in ("app.sync.package", "app.sync.bulk"), path
                assert not (module == "app.sync" and {"package", "bulk"} & set(names)), path


def test_import_timing_goes_to_the_logger_at_debug_and_is_silent_otherwise(trio, caplog):
    a, b, _ = trio
    new_case(a, "和泰电器有限公司", "3300000001")
    first = a.send(b)
    with caplog.at_level(logging.INFO, logger="app.sync.timing"):
        b.receive(first, dry_run=True)
    assert not [r for r in caplog.records if r.name == "app.sync.timing"]
    with caplog.at_level(logging.DEBUG, logger="app.sync.timing"):
        b.receive(first)
    steps = [r.getMessage().split(":")[0] for r in caplog.records if r.name == "app.sync.timing"]
    assert steps[0] == "file hash" and "check lines" in steps and "commit" in steps, steps
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "app.sync.timing")


def test_the_environment_variable_still_shows_the_timing_on_the_command_line(trio):
    a, b, _ = trio
    new_case(a, "和泰电器有限公司", "3300000001")
    package = a.send(b)
    path = b.path
    b.store.dispose()
    quiet = run_cli(path, "sync", "import", str(package), "--dry-run")
    assert quiet.returncode == 0, quiet.stderr
    assert "[sync]" not in quiet.stderr + quiet.stdout
    shown = run_cli(path, "sync", "import", str(package), env={"ZAOSONG_SYNC_TIMING": "1"})
    assert shown.returncode == 0, shown.stderr
    assert "[sync] file hash: " in shown.stderr and "[sync] commit: " in shown.stderr, shown.stderr
    assert "[sync]" not in shown.stdout  # the command's own output stays as it was


def test_a_preview_is_kept_only_by_the_cache_its_caller_owns(trio_any, caplog):
    a, b, _ = trio_any
    new_case(a, "和泰电器有限公司", "3300000001")
    package = a.send(b)
    staging = b.store.path.parent / "sync" / "staging"
    # no cache given (the CLI's dry run): nothing is kept
    import_package(b.store, package, dry_run=True)
    assert not any(staging.iterdir())
    # the GUI's way: the page's cache keeps the preview, the apply through it takes it unchecked
    mine, other = PreviewCache(), PreviewCache()
    import_package(b.store, package, dry_run=True, previews=mine)
    assert len(list(staging.iterdir())) == 1
    assert other.take(b.store, package, None) is None  # another owner's cache holds nothing of it
    with caplog.at_level(logging.DEBUG, logger="app.sync.timing"):
        summary = import_package(b.store, package, previews=mine)
    steps = [r.getMessage().split(":")[0] for r in caplog.records if r.name == "app.sync.timing"]
    assert "file hash" not in steps and "check lines" not in steps, steps  # not checked again
    assert "commit" in steps
    assert summary["inserted"]["case"] == 1
    assert not any(staging.iterdir())  # the staging folder goes with the apply


def test_a_cache_forgets_a_preview_when_the_database_changed_since(trio_any):
    a, b, _ = trio_any
    new_case(a, "和泰电器有限公司", "3300000001")
    package = a.send(b)
    previews = PreviewCache()
    import_package(b.store, package, dry_run=True, previews=previews)
    new_case(b, "恒达针织有限公司", "3300000002")  # a change number drawn since the preview
    assert previews.take(b.store, package, None) is None
    summary = import_package(b.store, package, previews=previews)  # checked anew, applied
    assert summary["inserted"]["case"] == 1
    assert not any((b.store.path.parent / "sync" / "staging").iterdir())


def test_a_json_column_nested_too_deeply_is_refused_with_its_line_on_the_chunk_path(db_path, tmp_path):
    """A block of one table's lines in the exporter's form takes the chunk path; a JSON value in it
    nested deeper than MAX_DEPTH must send the block down the strict path, which names the line and
    column. Before: the depth check's ValueError escaped the chunk path (the import then said
    "unreadable zip")."""
    import zipfile

    from app.errors import Refused
    from app.store import Store
    from app.sync.export import export_package
    from app.sync.staging import Stager, check_records
    from tests.helpers import ok

    ok(db_path, "case", "new", "--customer", "和泰电器有限公司", "--account", "3300000001", "--kva", "630",
       "--applied", "2026-11-02")
    st = Store.open(db_path)
    try:
        package = Path(export_package(st, tmp_path / "out" / "full.zsync")["file"])
    finally:
        st.dispose()
    with zipfile.ZipFile(package) as zf:
        lines = zf.read("records.jsonl").decode("utf-8").splitlines()
    (case_line,) = [x for x in lines if x.startswith('{"t":"case",')]
    deep = "{}"
    for _ in range(10):
        deep = '{"a":' + deep + "}"
    assert '"temp_advice":"{}"' in case_line
    bad = case_line.replace('"temp_advice":"{}"', '"temp_advice":"' + deep.replace('"', '\\"') + '"')
    records = tmp_path / "records.jsonl"
    records.write_text(case_line + "\n" + bad + "\n" + case_line + "\n", encoding="utf-8")
    stager = Stager(tmp_path / "stage.db")
    try:
        with pytest.raises(Refused) as refused:
            check_records(records, stager, {})
    finally:
        stager.abandon()
    assert "第 2 行" in str(refused.value) and "case.temp_advice" in str(refused.value), str(refused.value)


# --- sync problems in the user's language only (issue 14 §3, issue 16) ----------------------------------
MIXED = re.compile(r"[\u4e00-\u9fff][^\n]* / [A-Za-z]")  # "中文 / english": both languages in one message


def test_no_string_in_the_sync_modules_mixes_chinese_and_english():
    """Every problem text is a catalogue entry rendered in the UI language: a literal (or f-string
    part) holding "中文 / english" is a message that shows both languages at once. Docstrings are
    for programmers and do not count."""
    mixed = []
    for path in sorted(SYNC.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        mixed += [f"{path.name}:{n.lineno}: {n.value[:60]}" for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
                  and MIXED.search(n.value)]
    assert not mixed, mixed


def test_a_sync_problem_is_shown_in_the_ui_language_only():
    """The same refusal, once in Chinese and once in English, each without the other language."""
    from app import messages
    from app.sync.format import bad_package

    before = messages.language()
    try:
        messages.set_language("zh")
        zh = str(bad_package("sync_p_too_many_members", where="package.zip"))
        messages.set_language("en")
        en = str(bad_package("sync_p_too_many_members", where="package.zip"))
    finally:
        messages.set_language(before)
    assert "package.zip: 成员过多" in zh and "too many" not in zh
    assert "package.zip: too many members" in en and not re.search(r"[\u4e00-\u9fff]", en)
    assert str(bad_package("plain text, not a code")).count("plain text, not a code") == 1  # text still accepted

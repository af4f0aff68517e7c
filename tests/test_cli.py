"""The CLI contract, through the real command in a child process."""
import json
import shutil

import pytest

from tests.conftest import run_cli
from tests.helpers import db_digest, raw_connect


def _new(db, *extra):
    r = run_cli(db, "case", "new", "--customer", "和泰电器有限公司", "--account", "3300000001", "--kva", "630",
                "--applied", "2026-09-28", "--township", "丹东街道", "--manager", "张伟", *extra)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_version_and_usage_errors(db_path):
    r = run_cli(db_path, "--version")
    assert r.returncode == 0 and r.stdout.startswith("zaosong ")
    assert run_cli(db_path, "case", "frobnicate").returncode == 2
    assert run_cli(db_path, "stage", "start", "X", "ACCEPT", "--on", "2026-13-01").returncode == 2


def test_case_lifecycle_json_contract(db_path):
    no = _new(db_path)
    assert no.startswith("YK") and no[5:9] == "2600" and len(no) == 12  # YK + device tag + yy + seq
    for args in (
        ["stage", "finish", no, "ACCEPT", "--on", "2026-09-29"],
        ["stage", "pause", no, "--on", "2026-09-30", "--reason", "CUSTOMER_DOCUMENTS", "--note", "缺资料"],
        ["stage", "resume", no, "--on", "2026-10-12"],
    ):
        r = run_cli(db_path, *args)
        assert r.returncode == 0, r.stderr
    r = run_cli(db_path, "case", "show", no, "--as-of", "2026-10-14", "--json")
    assert r.returncode == 0, r.stderr
    v = json.loads(r.stdout)
    for key in ("case_no", "customer_name", "account_no", "capacity_kva", "supply_kv", "dual_source", "manager",
                "applied_on", "status", "supply_dept_wd", "assumed_calendar_years", "stages", "rules"):
        assert key in v
    st = v["stages"][1]
    assert set(st) >= {"code", "round", "started_on", "finished_on", "outcome", "limit_wd", "elapsed_wd",
                       "paused_wd", "deadline", "remaining_wd", "status"}
    assert (st["code"], st["elapsed_wd"], st["status"]) == ("SURVEY", 3, "warning")
    assert {r["rule_set"] for r in v["rules"]} == {"internal", "external"}
    assert all(set(i) >= {"name", "stages", "limit_wd", "used_wd", "status"} for r in v["rules"] for i in r["items"])
    w = json.loads(run_cli(db_path, "warnings", "--as-of", "2026-10-14", "--json").stdout)
    assert [(x["case_no"], x["stage"], x["remaining_wd"]) for x in w] == [(no, "SURVEY", 0)]
    assert set(w[0]) >= {"case_no", "manager", "stage", "deadline", "remaining_wd"}
    lst = json.loads(run_cli(db_path, "case", "list", "--search", "htdq", "--json").stdout)
    assert [x["case_no"] for x in lst] == [no]
    assert json.loads(run_cli(db_path, "case", "list", "--manager", "李海燕", "--json").stdout) == []
    r = run_cli(db_path, "case", "edit", no, "--kva", "1250", "--contact", "王先生 13800000000")
    assert r.returncode == 0, r.stderr
    v = json.loads(run_cli(db_path, "case", "show", no, "--json").stdout)
    assert v["capacity_kva"] == 1250 and v["contact"] == "王先生 13800000000"


REFUSALS = [
    ["case", "new", "--customer", "甲", "--account", "123456789", "--kva", "100"],
    ["case", "new", "--customer", "甲", "--account", "33000000AB", "--kva", "100"],
    ["case", "new", "--customer", "甲", "--account", "3300000009", "--kva", "0"],
    ["case", "new", "--customer", "甲", "--account", "3300000009", "--kva", "-10"],
    ["case", "new", "--customer", "甲", "--account", "3300000009", "--kva", "nan"],
    ["case", "new", "--customer", "甲", "--account", "3300000009", "--kva", "9000000"],
    ["case", "new", "--customer", " ", "--account", "3300000009", "--kva", "100"],
    ["case", "new", "--customer", "甲", "--account", "3300000009", "--kva", "100", "--kv", "6"],
    ["case", "edit", "{no}", "--kva", "1e12"],
    ["case", "edit", "{no}", "--customer", ""],
    ["stage", "finish", "{no}", "ACCEPT", "--on", "2026-09-27"],  # before start (and application)
    ["stage", "start", "{no}", "PLAN", "--on", "2026-09-30"],  # out of order
    ["stage", "start", "{no}", "SURVEY", "--on", "2026-09-30"],  # out of order: acceptance open
    ["stage", "finish", "{no}", "SURVEY", "--on", "2026-09-30"],  # not open
    ["stage", "finish", "{no}", "ACCEPT", "--on", "2026-09-29", "--outcome", "rectify"],
    ["stage", "pause", "{no}", "--on", "2026-09-28", "--reason", "SUPPLY_DEPT_BUSY"],  # unknown reason
    ["stage", "pause", "{no}", "--on", "2026-09-20", "--reason", "POLICY"],  # before application
    ["stage", "resume", "{no}", "--on", "2026-09-29"],  # not paused
    ["stage", "start", "YK9999999", "SURVEY", "--on", "2026-09-30"],  # no such case
]


@pytest.fixture(scope="module")
def _one_case(tmp_path_factory, template_db):
    """A database holding the case _new makes, made once by the real command for the refusals."""
    folder = tmp_path_factory.mktemp("one_case")
    db = folder / "zaosong.db"
    shutil.copy(template_db, db)
    return folder, _new(db)


@pytest.mark.parametrize("args", REFUSALS, ids=lambda a: "-".join(a[:2]) + ":" + a[-1])
def test_refusals_exit_1_and_change_nothing(db_path, args, _one_case):
    folder, no = _one_case
    for item in folder.iterdir():  # the case's database (and whatever lies beside it) into this test's folder
        if item.is_file():
            shutil.copy(item, db_path.parent / item.name)
    before = db_digest(db_path)
    r = run_cli(db_path, *[a.replace("{no}", no) for a in args])
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert r.stderr.strip() and "Traceback" not in r.stderr
    assert db_digest(db_path) == before


def test_second_open_pause_refused_unchanged(db_path):
    no = _new(db_path)
    assert run_cli(db_path, "stage", "pause", no, "--on", "2026-09-28", "--reason", "POLICY").returncode == 0
    before = db_digest(db_path)
    r = run_cli(db_path, "stage", "pause", no, "--on", "2026-09-29", "--reason", "CUSTOMER_REQUEST")
    assert r.returncode == 1 and "暂停" in r.stderr
    assert db_digest(db_path) == before


def test_pause_help_lists_reasons(db_path):
    r = run_cli(db_path, "stage", "pause", "--help")
    assert r.returncode == 0
    for code in ("CUSTOMER_REQUEST", "CUSTOMER_DOCUMENTS", "SITE_NOT_READY", "POLICY"):
        assert code in r.stdout


def test_english_messages(db_path):
    r = run_cli(db_path, "case", "new", "--customer", "A", "--account", "1", "--kva", "1", env={"ZAOSONG_LANG": "en"})
    assert r.returncode == 1 and "must be 10 digits" in r.stderr


def test_calendar_commands_and_import(db_path, tmp_path):
    assert run_cli(db_path, "calendar", "workdays", "2026-09-30", "2026-10-09").stdout.strip() == "2"
    assert run_cli(db_path, "calendar", "add", "2026-09-30", "1").stdout.strip() == "2026-10-08"
    assert run_cli(db_path, "calendar", "is-workday", "2026-10-10").stdout.strip() == "true"
    r = run_cli(db_path, "calendar", "is-workday", "2027-02-08")
    assert r.stdout.strip() == "true" and "2027" in r.stderr  # weekends only, and said so
    years = json.loads(run_cli(db_path, "calendar", "years", "--json").stdout)
    # the list runs to next year (by the real clock), so it always holds a year without a schedule
    assert {y["year"] for y in years if not y["covered"]} and all(y["year"] > 2026 for y in years if not y["covered"])
    assert all(y["covered"] for y in years if 2004 <= y["year"] <= 2026)  # seeded from chinese_calendar

    bad = tmp_path / "bad.csv"
    before = db_digest(db_path)
    for content in (
        "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-30,holiday,春节\n",
        "2027-01-01,holiday,元旦\n2027-01-04,workday,周一不能调休\n",
        "2027-01-01,vacation\n",
        "2027-01-01,holiday,元旦\n2027-01-01,holiday,元旦\n",
        "",
        "\x00\x01binary",
    ):
        bad.write_text(content, encoding="utf-8")
        r = run_cli(db_path, "calendar", "import", str(bad))
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        assert db_digest(db_path) == before
    bad.write_bytes(b"\xff\xfe2027")
    assert run_cli(db_path, "calendar", "import", str(bad)).returncode == 1
    assert run_cli(db_path, "calendar", "import", str(tmp_path / "missing.csv")).returncode == 1
    assert db_digest(db_path) == before

    good = tmp_path / "2027.csv"
    good.write_text(
        "date,kind,name\n# 2027 年节假日安排(示例)\n2027-01-01,holiday,元旦\n2027-02-05,休,春节\n"
        "2027-02-08,holiday,春节\n2027-02-09,holiday,春节\n2027-02-14,班,春节调休\n",
        encoding="utf-8",
    )
    r = run_cli(db_path, "calendar", "import", str(good))
    assert r.returncode == 0, r.stderr
    r = run_cli(db_path, "calendar", "is-workday", "2027-02-08")
    assert r.stdout.strip() == "false" and "2027" not in r.stderr
    assert run_cli(db_path, "calendar", "is-workday", "2027-02-14").stdout.strip() == "true"
    years = json.loads(run_cli(db_path, "calendar", "years", "--json").stdout)
    y2027 = {y["year"]: y for y in years}[2027]
    assert y2027["covered"] and y2027["source"] == "import" and y2027["holidays"] == 4


def test_check_and_backup(demo_db, tmp_path):
    r = run_cli(demo_db, "check", "--json")
    assert r.returncode == 0, r.stdout
    rep = json.loads(r.stdout)
    assert rep["ok"] and rep["integrity_check"] == ["ok"] and rep["audit_chain"] == []
    out = tmp_path / "b" / "copy.db"
    assert run_cli(demo_db, "backup", "--out", str(out)).returncode == 0
    a = json.loads(run_cli(demo_db, "case", "list", "--json").stdout)
    b = json.loads(run_cli(out, "case", "list", "--json").stdout)
    assert a == b and len(a) == 300


def test_delete_is_a_tombstone(db_path):

    no = _new(db_path)
    assert run_cli(db_path, "case", "delete", no).returncode == 2  # a reason is required
    r = run_cli(db_path, "case", "delete", no, "--reason", "重复录入")
    assert r.returncode == 0, r.stderr
    assert run_cli(db_path, "case", "show", no, "--json").returncode == 1
    assert json.loads(run_cli(db_path, "case", "list", "--json").stdout) == []
    con = raw_connect(db_path)
    assert con.execute('SELECT deleted FROM "case" WHERE case_no=?', (no,)).fetchone() == (1,)
    assert con.execute("SELECT kind FROM case_event ORDER BY device_seq DESC LIMIT 1").fetchone() == ("CASE_DELETED",)
    con.close()
    assert run_cli(db_path, "check").returncode == 0

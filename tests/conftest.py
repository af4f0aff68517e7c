import os

# Qt must never look for a display or D-Bus in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ZAOSONG_LANG", "zh")

import atexit
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


# The files that take longest, first: make test runs whole files on each core (--dist loadfile) in
# the order collected, so one of these started last would be the only work left at the end (the
# PyInstaller build alone is 2.5 minutes). Each worker sorts alike; the rest keep their order.
SLOW_FIRST = ("test_installer.py", "test_db_safety.py", "test_safety.py", "test_sync.py", "test_cli.py")


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


def pytest_collection_finish(session):
    # A run that collects nothing must fail, not pass quietly.
    if not session.items and not session.config.option.collectonly:
        raise pytest.UsageError("no tests collected")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """A freshly initialised database (calendar seeded), built once and copied per test."""
    from app.store import Store

    path = tmp_path_factory.mktemp("template") / "zaosong.db"
    store = Store.open(path, user="张伟", device_name="测试机")
    store.dispose()
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    dest = tmp_path / "zaosong.db"
    shutil.copy(template_db, dest)
    return dest


@pytest.fixture
def store(db_path):
    from app.store import Store

    s = Store.open(db_path)
    yield s
    s.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, template_db) -> Path:
    """A 300-case demo database as of 2026-11-27, built once."""
    from app.demo import build_demo
    from app.store import Store

    path = tmp_path_factory.mktemp("demo") / "zaosong.db"
    shutil.copy(template_db, path)
    store = Store.open(path)
    build_demo(store, 300, seed=11, as_of=__import__("datetime").date(2026, 11, 27))
    store.dispose()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    dest = tmp_path / "demo.db"
    shutil.copy(demo_template, dest)
    return dest


@pytest.fixture(autouse=True)
def isolated_settings(request, tmp_path):
    """Every test that starts Qt keeps its QSettings in its own folder (never the user's)."""
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield
        return
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    QApplication.setOrganizationName("ZaosongTests")
    yield


@pytest.fixture
def app_zh(qapp):
    from ui.i18n import install_font, install_translator

    install_font(qapp)
    install_translator(qapp, "zh_CN")
    yield qapp
    install_translator(qapp, "zh_CN")


def _copy_folder(template: Path, db_path: Path) -> None:
    """A built-once database with everything beside it (attachments, backups), into a test's folder."""
    for item in template.iterdir():
        dest = db_path.parent / item.name
        if item.is_dir():
            shutil.copytree(item, dest, dirs_exist_ok=True)
        else:
            shutil.copy(item, dest)


@pytest.fixture(scope="session")
def _case_at_mid_template(tmp_path_factory, template_db) -> tuple[Path, str]:
    """A 1250 kVA dual-source case with an HV-metered, oil-transformer survey, ready for mid
    inspection: built once through the real CLI (some twenty processes), copied per test."""
    import json

    from tests.helpers import SURVEY, hold_meeting_cli, ok

    folder = tmp_path_factory.mktemp("case_at_mid")
    db_path = folder / "zaosong.db"
    shutil.copy(template_db, db_path)
    no = ok(db_path, "case", "new", "--customer", "和泰电器有限公司", "--account", "3300000001", "--kva", "1250",
            "--applied", "2026-09-01", "--dual-source", "--address", "象山县丹东街道滨海路8号")
    for stage, day in (("ACCEPT", "2026-09-02"), ("SURVEY", "2026-09-04"), ("PLAN", "2026-09-08"), ("FEES", "2026-09-09")):
        if stage == "PLAN":
            hold_meeting_cli(db_path, no, day)  # 1250 kVA: the review meeting approves the plan first
        ok(db_path, "stage", "finish", no, stage, "--on", day)
    f = folder.parent / f"{folder.name}-survey.json"
    f.write_text(json.dumps(SURVEY, ensure_ascii=False), encoding="utf-8")
    ok(db_path, "survey", "set", no, "--json", str(f))
    # 1250 kVA, not a typical design: a joint design review
    ok(db_path, "review", "open", no, "--on", "2026-10-08")
    ok(db_path, "review", "participants", no, "--names", "张伟:生产,李海燕:营销,王强:供电所")
    ok(db_path, "review", "close", no, "--on", "2026-10-09", "--outcome", "approved")
    return folder, no


@pytest.fixture
def case_at_mid(_case_at_mid_template, db_path):
    """A 1250 kVA dual-source case with an HV-metered, oil-transformer survey, ready for mid inspection."""
    folder, no = _case_at_mid_template
    _copy_folder(folder, db_path)
    return db_path, no


@pytest.fixture
def trio(tmp_path, template_db):
    """Fresh laptops cloned from one template would share a device id: give each its own."""
    from app.store import Store
    from tests.helpers import Laptop

    devices = []
    for name, user in (("a", "张伟"), ("b", "李海燕"), ("s", "主管")):
        folder = tmp_path / name
        folder.mkdir()
        st = Store.open(folder / "zaosong.db", user=user, device_name=f"{user}的笔记本")
        st.dispose()
        shutil.rmtree(folder / "out", ignore_errors=True)
        devices.append(folder)
    laptops = []
    for folder, user in zip(devices, ("张伟", "李海燕", "主管")):
        lt = Laptop.__new__(Laptop)
        lt.path = folder / "zaosong.db"
        lt.store = Store.open(lt.path)
        lt.user, lt.outbox, lt.n = user, folder / "out", 0
        laptops.append(lt)
    a, b, sup = laptops
    # everyone trusts everyone (fingerprints compared by phone in real life)
    for x in laptops:
        for y in laptops:
            if x is not y:
                with x.store.session() as s:
                    from app.models import Device

                    with y.store.reader() as ys:
                        yd = ys.get(Device, y.id)
                        s.add(Device(id=yd.id, name=yd.name, public_key=yd.public_key, trusted=True,
                                     is_local=False, created_at=yd.created_at))
    yield a, b, sup
    for x in laptops:
        x.store.dispose()


def run_cli(db: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real CLI in a child process, as a script or a supervisor would."""
    full_env = {**os.environ, "ZAOSONG_HOME": str(db.parent), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        timeout=120,
    )


# --- db safety ---
def run_cli_full_disk(db: Path, limit_bytes: int, *args: str) -> subprocess.CompletedProcess:
    """The real CLI on a "full disk": no file may grow past ``limit_bytes`` (RLIMIT_FSIZE; SIGXFSZ
    ignored, so a write fails with EFBIG as a write to a full disk fails with ENOSPC). Needs no
    mount and no privilege, so it runs the same in CI. At 0 nothing can be written at all."""
    import resource
    import signal

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120, preexec_fn=limit,
        env={**os.environ, "ZAOSONG_HOME": str(db.parent)},
    )
# --- data at rest ---
# Signing keys go to a key folder of this test session, never the OS keyring: CI has no Secret
# Service, and a test must not hang on D-Bus. One folder for the whole session, since fixture
# databases are copied (a copy whose key is missing would become a new device). Child processes
# (the CLI, the frozen installer) inherit both variables.
os.environ["ZAOSONG_KEYRING"] = "file"
os.environ["ZAOSONG_KEY_DIR"] = tempfile.mkdtemp(prefix="zaosong-keys-")
atexit.register(shutil.rmtree, os.environ["ZAOSONG_KEY_DIR"], True)
# Fixture databases from 0011 on hold no key: one built with ZAOSONG_KEY_DIR=tests/fixtures/keys
# leaves its key there, and opens here as the same device instead of a renewed one.
for _key in (ROOT / "tests" / "fixtures" / "keys").glob("device-key-*.key"):
    shutil.copy(_key, Path(os.environ["ZAOSONG_KEY_DIR"]) / _key.name)
# --- corrections ---
@pytest.fixture
def surveyed_case(db_path):
    """A 400 kVA case applied on 2026-09-01: accepted 09-02, surveyed 09-04, PLAN open since 09-04."""
    from tests.helpers import ok

    no = ok(db_path, "case", "new", "--customer", "甲公司", "--account", "3300000001", "--kva", "400",
            "--applied", "2026-09-01")
    ok(db_path, "stage", "finish", no, "ACCEPT", "--on", "2026-09-02")
    ok(db_path, "stage", "finish", no, "SURVEY", "--on", "2026-09-04")
    return db_path, no


# --- issue 16: the papers a manager hands over -----------------------------------------------------
def _fill_inspection(db, ins, fail: str | None = None) -> None:
    import json

    from tests.helpers import ok

    for it in json.loads(ok(db, "inspect", "items", ins, "--json"))["items"]:
        if it["code"] == fail:
            ok(db, "inspect", "set", ins, it["code"], "--result", "fail", "--note", "柜门未接地")
        elif it["kind"] == "measure":
            ok(db, "inspect", "set", ins, it["code"], "--value", "0.8" if it["limit"].get("min") else "2.1")
        else:
            ok(db, "inspect", "set", ins, it["code"], "--result", "pass")


@pytest.fixture(scope="session")
def _case_accepted_template(tmp_path_factory, _case_at_mid_template) -> tuple[Path, str]:
    """case_at_mid carried on, built once: mid inspection passed (10-20), completion inspection round 1
    found one defect (11-02), fixed (11-04), round 2 passed (11-05); ENERGIZE not finished."""
    import json

    from tests.helpers import ok

    folder = tmp_path_factory.mktemp("case_accepted")
    db = folder / "zaosong.db"
    _copy_folder(_case_at_mid_template[0], db)
    no = _case_at_mid_template[1]
    ins = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-20", "--inspectors", "张伟,李海燕")
    _fill_inspection(db, ins)
    assert ok(db, "inspect", "close", ins, "--on", "2026-10-20") == "pass"
    ins = ok(db, "inspect", "new", no, "--kind", "completion", "--on", "2026-11-02", "--inspectors", "张伟,王强")
    items = json.loads(ok(db, "inspect", "items", ins, "--json"))["items"]
    fail = next(it["code"] for it in items if it["kind"] != "measure")
    _fill_inspection(db, ins, fail)
    assert ok(db, "inspect", "close", ins, "--on", "2026-11-02") == "rectify"
    for r in json.loads(ok(db, "rectify", "list", no, "--json")):
        if r["open"]:
            ok(db, "rectify", "close", r["id"], "--on", "2026-11-04", "--by", "张伟")
    ins = ok(db, "inspect", "new", no, "--kind", "completion", "--on", "2026-11-05", "--inspectors", "张伟,王强")
    _fill_inspection(db, ins)
    assert ok(db, "inspect", "close", ins, "--on", "2026-11-05") == "pass"
    return folder, no


@pytest.fixture
def case_accepted(_case_accepted_template, db_path):
    """case_at_mid carried on: mid inspection passed (10-20), completion inspection round 1 found one
    defect (11-02), fixed (11-04), round 2 passed (11-05); ENERGIZE not finished."""
    folder, no = _case_accepted_template
    _copy_folder(folder, db_path)
    return db_path, no


# --- issue 20: after energisation (事后) ---------------------------------------------------------
def finish_all(s, no: str, days: dict) -> None:
    """Every stage of case ``no`` through the services (in session ``s``): ``days`` gives each stage
    its finish date, or (start, finish) for the stages that do not start by themselves."""
    from app.services import cases as svc

    for stage in ("ACCEPT", "SURVEY", "PLAN", "FEES", "DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION",
                  "ENERGIZE"):
        start, finish = days[stage] if isinstance(days[stage], tuple) else (None, days[stage])
        if start:
            svc.start_stage(s, no, stage, start)
        svc.finish_stage(s, no, stage, finish)


ON_TIME_MARCH = {"ACCEPT": "2026-03-03", "SURVEY": "2026-03-05", "PLAN": "2026-03-09", "FEES": "2026-03-10",
                 "DESIGN_REVIEW": ("2026-03-11", "2026-03-12"), "MID_INSPECTION": ("2026-03-13", "2026-03-16"),
                 "COMPLETION_INSPECTION": ("2026-03-17", "2026-03-18"), "ENERGIZE": "2026-03-20"}
LATE_MARCH = {"ACCEPT": "2026-03-03", "SURVEY": "2026-03-06", "PLAN": "2026-03-16", "FEES": "2026-03-17",
              "DESIGN_REVIEW": ("2026-03-18", "2026-03-19"), "MID_INSPECTION": ("2026-03-20", "2026-03-23"),
              "COMPLETION_INSPECTION": ("2026-03-24", "2026-03-25"), "ENERGIZE": "2026-03-27"}


def _new(s, customer: str, account: str, applied: str, **kw) -> str:
    from app.services import cases as svc

    return svc.create_case(s, customer_name=customer, account_no=account, capacity_kva=400, applied_on=applied,
                           **kw).case_no


@pytest.fixture(scope="session")
def after_template(tmp_path_factory, template_db) -> Path:
    """Built once: ``late`` (张伟, 丹东街道, applied 2026-03-02, energised 03-27; PLAN took 6 working
    days against the internal 2) and ``on_time`` (李海燕, 石浦镇, energised 03-20), both 400 kVA; the
    database's user is 回访中心 (the callback desk), not a manager."""
    from app.store import Store

    path = tmp_path_factory.mktemp("after") / "zaosong.db"
    shutil.copy(template_db, path)
    store = Store.open(path)
    with store.session() as s:
        late = _new(s, "和泰电器有限公司", "4140051516", "2026-03-02", manager="张伟", township="丹东街道",
                    contact="陈先生 13800000001")
        finish_all(s, late, LATE_MARCH)
        on_time = _new(s, "乙公司", "4140051517", "2026-03-02", manager="李海燕", township="石浦镇")
        finish_all(s, on_time, ON_TIME_MARCH)
    with store.session() as s:
        from app.services.settings import update_settings

        # the callbacks are recorded at the service centre, not on a manager's laptop (issue 20)
        update_settings(s, user="回访中心")
    store.dispose()
    (path.parent / "cases.txt").write_text(f"{late} {on_time}")
    return path


@pytest.fixture
def march_cases(after_template, tmp_path):
    """A copy of ``after_template``: (db, late case no, on-time case no)."""
    dest = tmp_path / "zaosong.db"
    shutil.copy(after_template, dest)
    late, on_time = (after_template.parent / "cases.txt").read_text().split()
    return dest, late, on_time


# --- PostgreSQL (issue 22) ---------------------------------------------------------------------------
# One throw-away server for the whole session (tests/pg_server.py: initdb + pg_ctl in a temporary
# folder, as the postgres user when run as root), and one migrated, initialised template database
# on it; each test gets a copy (CREATE DATABASE ... TEMPLATE: a file copy on the server, fast). The
# copies are the same device as the template, as SQLite's copies of template_db are (one key folder
# for the session). Without a server the PG tests skip, saying why.
@pytest.fixture(scope="session")
def pg_server():
    from tests.pg_server import PgServer, Unavailable

    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"PostgreSQL tests skipped: psycopg is not installed ({exc})")
    server = PgServer()
    try:
        server.start()
    except Unavailable as exc:
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server, tmp_path_factory) -> str:
    from app.store import Store

    url = pg_server.create_database("zaosong_template")
    home = tmp_path_factory.mktemp("pg-home")
    old = os.environ.get("ZAOSONG_HOME")
    os.environ["ZAOSONG_HOME"] = str(home)
    try:
        Store.open(url, user="张伟", device_name="测试机").dispose()
    finally:
        if old is None:
            os.environ.pop("ZAOSONG_HOME", None)
        else:
            os.environ["ZAOSONG_HOME"] = old
    return "zaosong_template"


_pg_count = [0]


@pytest.fixture
def pg_url(pg_server, pg_template, tmp_path) -> str:
    """A fresh, migrated PostgreSQL database of its own (the counterpart of db_path)."""
    import psycopg

    _pg_count[0] += 1
    name = f"t{os.getpid()}_{_pg_count[0]}"
    with psycopg.connect(host=str(pg_server.socket_dir), user="postgres", dbname="postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    yield pg_server.url(name)
    with psycopg.connect(host=str(pg_server.socket_dir), user="postgres", dbname="postgres", autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "pg"])
def any_db(request, tmp_path, monkeypatch):
    """The same test on both back ends: a SQLite file (Path) or a server URL (str), for --db and
    Store.open alike. ZAOSONG_HOME is this test's folder either way."""
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    if request.param == "sqlite":
        return request.getfixturevalue("db_path")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def surveyed_case_any(any_db):
    """surveyed_case on both back ends (the services and the CLI tests that exercise SQL)."""
    from tests.helpers import ok

    no = ok(any_db, "case", "new", "--customer", "甲公司", "--account", "3300000001", "--kva", "400",
            "--applied", "2026-09-01")
    ok(any_db, "stage", "finish", no, "ACCEPT", "--on", "2026-09-02")
    ok(any_db, "stage", "finish", no, "SURVEY", "--on", "2026-09-04")
    return any_db, no


# --- points_authority (issue 21): a roles document naming who holds which level ---------------------
def publish_roles(s, folder, holders: dict, version: int = 2, effective_from: str | None = None) -> dict:
    """Publish the bundled roles document as ``version`` with ``holders`` ({name: level}): the
    authority to recalculate and decide comes from it (app.points_authority)."""
    import copy
    import json

    from app.config_set import bundled_data_docs
    from app.services import config_docs

    data = {**copy.deepcopy(bundled_data_docs("roles")[0].data), "version": version,
            "holders": [{"name": n, "level": lv} for n, lv in holders.items()]}
    if effective_from:
        data["effective_from"] = effective_from
    path = Path(folder) / f"roles-v{version}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return config_docs.publish(s, "roles", path)


@pytest.fixture
def roles_naming(tmp_path):
    """publish_roles bound to this test's folder: roles_naming(s, {"主管": "centre"})."""
    return lambda s, holders, **kw: publish_roles(s, tmp_path, holders, **kw)


# --- pg_sync (issue 22): the sync tests on both back ends --------------------------------------------
@pytest.fixture(params=["sqlite", "pg"])
def trio_any(request, tmp_path, monkeypatch):
    """``trio`` with, for "pg", the second manager's database (b) on the throw-away server: every
    package b takes or sends goes through the server's import and export. b.path is then its URL;
    ZAOSONG_HOME is b's own folder (the server's attachments and staging go there). Only a and the
    supervisor are files then (a third fresh file is the setup's largest cost)."""
    if request.param == "sqlite":
        yield request.getfixturevalue("trio")
        return
    from app.models import Device
    from app.services.settings import update_settings
    from app.store import Store
    from tests.helpers import Laptop

    laptops = []
    for name, user in (("a", "张伟"), ("s", "主管")):
        lt = Laptop.__new__(Laptop)
        (tmp_path / name).mkdir()
        lt.path = tmp_path / name / "zaosong.db"
        lt.store = Store.open(lt.path, user=user, device_name=f"{user}的笔记本")
        lt.user, lt.outbox, lt.n = user, tmp_path / name / "out", 0
        laptops.append(lt)
    url = request.getfixturevalue("pg_url")
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path / "b-server"))
    b = Laptop.__new__(Laptop)
    b.path, b.store, b.user, b.outbox, b.n = url, Store.open(url), "李海燕", tmp_path / "b-server" / "out", 0
    with b.store.session() as s:
        update_settings(s, user="李海燕", device_name="李海燕的服务器")
    laptops.insert(1, b)
    # everyone trusts everyone (fingerprints compared by phone in real life)
    for x in laptops:
        for y in laptops:
            if x is not y:
                with y.store.reader() as ys, x.store.session() as s:
                    yd = ys.get(Device, y.id)
                    s.add(Device(id=yd.id, name=yd.name, public_key=yd.public_key, trusted=True,
                                 is_local=False, created_at=yd.created_at))
    try:
        yield tuple(laptops)
    finally:
        for x in laptops:
            x.store.dispose()

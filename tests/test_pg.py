"""PostgreSQL as a second back end (issue 22): the same models, migrations, services and refusals as
SQLite. Tests taking ``any_db`` run on both (a SQLite file and a throw-away server database); the
others are about the server only. Without a server (tests/pg_server.py) the PG cases skip."""
from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import inspect, select, text

from app.dbfile import SCHEMA_HEAD
from app.errors import Refused
from app.models import Base, Case, CaseEvent
from app.store import Store
from tests.helpers import cli


def z(db, home, *args, env=None):
    """The real CLI on either back end (ZAOSONG_HOME: the test's folder, also for a server)."""
    return cli(db, *args, env={"ZAOSONG_HOME": str(home), **(env or {})})


def zok(db, home, *args, env=None) -> str:
    r = z(db, home, *args, env=env)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r.stdout.strip()


def zrefused(db, home, *args, env=None) -> str:
    r = z(db, home, *args, env=env)
    assert r.returncode == 1, (args, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and r.stderr.strip()
    return r.stderr


def new_case(db, home, customer="宁波港电器有限公司", account="3300000001", kva="400", **kw) -> str:
    extra = [x for k, v in kw.items() for x in (f"--{k}", v)]
    return zok(db, home, "case", "new", "--customer", customer, "--account", account, "--kva", kva,
               "--applied", "2026-09-01", *extra)


# --- the schema: every migration on a server -----------------------------------------------------
def test_every_migration_runs_on_postgresql_and_gives_the_models_schema(pg_server, tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    url = pg_server.create_database("migrations_fresh")
    store = Store.open(url, user="张伟")
    try:
        assert store.is_server and store.created
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
            insp = inspect(conn)
            tables = set(insp.get_table_names())
            for table in Base.metadata.sorted_tables:  # every model, whoever added it
                assert table.name in tables, table.name
                have = {c["name"] for c in insp.get_columns(table.name)}
                assert {c.name for c in table.columns} <= have, table.name
            # real booleans and real dates on the server, not integers and strings
            types = {c["name"]: str(c["type"]) for c in insp.get_columns("case")}
            assert types["dual_source"] == "BOOLEAN" and types["applied_on"] == "DATE"
    finally:
        store.dispose()
    # opened again: nothing to migrate, the same device
    again = Store.open(url)
    assert not again.created and again.device_id == store.device_id
    again.dispose()


def test_a_sqlite_file_stays_the_default_and_a_file(db_path):
    s = Store.open(db_path)
    assert not s.is_server and s.url is None and s.path == db_path
    s.dispose()


def test_bad_or_unreachable_server_urls_are_refused_plainly(tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    err = zrefused("postgresql://nobody:secret@/nodb?host=/nonexistent-socket-dir", tmp_path, "init")
    assert "无法连接数据库服务器" in err and "secret" not in err  # a password is never printed
    err = zrefused("postgresql://u@h", tmp_path, "init")
    assert "数据库地址无效" in err


def test_file_only_commands_are_refused_for_a_server(pg_url, tmp_path):
    for command in (("backup",), ("restore", "--latest")):
        assert "pg_dump" in zrefused(pg_url, tmp_path, *command)


# --- the same services and refusals on both back ends ----------------------------------------------
def test_case_life_on_both_back_ends(any_db, tmp_path):
    no = new_case(any_db, tmp_path, township="丹东街道")
    zok(any_db, tmp_path, "stage", "finish", no, "ACCEPT", "--on", "2026-09-02")
    shown = json.loads(zok(any_db, tmp_path, "case", "show", no, "--as-of", "2026-09-03", "--json"))
    assert shown["case_no"] == no and shown["current_stage"] == "SURVEY"
    # the first case after the first one: a new number, the same prefix
    no2 = new_case(any_db, tmp_path, customer="象山海鲜城", account="3300000002")
    assert no2 != no and no2[:5] == no[:5]


def test_a_300_character_customer_name_is_refused_in_the_same_words_on_both(any_db, tmp_path):
    err = zrefused(any_db, tmp_path, "case", "new", "--customer", "甲" * 300, "--account", "3300000001",
                   "--kva", "400", "--applied", "2026-09-01")
    assert "户名" in err and "100" in err, err
    assert "Traceback" not in err and "psycopg" not in err


@pytest.mark.parametrize("query,expected", [("nbgdq", {"宁波港电器有限公司"}), ("XIANGSHAN", {"象山县海鲜城"}),
                                            ("abc", {"ABC科技有限公司"}), ("yk", "all")])
def test_search_finds_the_same_cases_on_both(any_db, tmp_path, query, expected):
    names = ["宁波港电器有限公司", "象山县海鲜城", "ABC科技有限公司"]
    for i, name in enumerate(names):
        new_case(any_db, tmp_path, customer=name, account=f"330000000{i + 1}")
    rows = json.loads(zok(any_db, tmp_path, "case", "list", "--search", query, "--json"))
    found = {r["customer_name"] for r in rows}
    assert found == (set(names) if expected == "all" else expected)


def test_settings_booleans_and_timestamps_read_back_alike(any_db, tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    no = new_case(any_db, tmp_path)
    store = Store.open(any_db)
    try:
        with store.reader() as s:
            c = s.scalar(select(Case).where(Case.case_no == no))
            assert c.dual_source is False and c.created_at.tzinfo is None  # naive UTC on both
            ev = s.scalars(select(CaseEvent).where(CaseEvent.case_id == c.id)).first()
            assert json.loads(ev.payload)  # JSON kept as canonical text on both
    finally:
        store.dispose()


# --- several users at once ---------------------------------------------------------------------------
def test_two_writers_at_once_lose_nothing(pg_url, tmp_path, monkeypatch):
    """Two stores (two supervisors' workbenches) on one server database, each creating cases as
    fast as it can at the same moment: every case is there, every event chain unbroken."""
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    from app.services.cases import create_case

    stores = [Store.open(pg_url), Store.open(pg_url)]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def write(store: Store, who: int) -> None:
        import datetime as dt

        try:
            start.wait()
            for i in range(15):
                with store.session() as s:
                    create_case(s, customer_name=f"并发客户{who}-{i}", account_no=f"33{who:04d}{i:04d}",
                                capacity_kva=400, applied_on=dt.date(2026, 9, 1))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(st, n)) for n, st in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert not errors, errors
        with stores[0].reader() as s:
            names = set(s.scalars(select(Case.customer_name)))
            assert names == {f"并发客户{w}-{i}" for w in range(2) for i in range(15)}
            seqs = [r.device_seq for r in s.scalars(select(CaseEvent).order_by(CaseEvent.device_seq))]
            assert seqs == list(range(1, len(seqs) + 1))  # one chain, no place taken twice
            lseqs = list(s.scalars(select(CaseEvent.lseq)))
            assert len(set(lseqs)) == len(lseqs)  # change numbers never handed out twice
        assert zok(pg_url, tmp_path, "check")  # the audit chain verifies
    finally:
        for st in stores:
            st.dispose()


def test_refusal_leaves_nothing_on_the_server(pg_url, tmp_path):
    no = new_case(pg_url, tmp_path)
    zrefused(pg_url, tmp_path, "case", "edit", no, "--customer", "乙" * 300)
    shown = json.loads(zok(pg_url, tmp_path, "case", "show", no, "--as-of", "2026-09-03", "--json"))
    assert shown["customer_name"] == "宁波港电器有限公司"


def test_store_open_refuses_a_foreign_database(pg_server, tmp_path, monkeypatch):
    import psycopg

    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    url = pg_server.create_database("foreign_db")
    with psycopg.connect(host=str(pg_server.socket_dir), user="postgres", dbname="foreign_db", autocommit=True) as c:
        c.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(Refused) as exc:
        Store.open(url)
    assert exc.value.code == "pg_not_zaosong"


# --- roles: pg-setup, a read-only reporting role, a station that sees only its townships ----------
def _sql(server, dbname: str, stmt: str, user: str = "postgres"):
    import psycopg

    with psycopg.connect(host=str(server.socket_dir), user=user, dbname=dbname, autocommit=True) as c:
        cur = c.execute(stmt)
        return cur.fetchall() if cur.description else None


def test_pg_setup_makes_the_database_and_roles_and_they_hold(pg_server, tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    unused = tmp_path / "unused.db"
    admin = pg_server.url("postgres")
    out = json.loads(zok(unused, tmp_path, "pg-setup", "--admin", admin, "--database", "zs_roles",
                         "--prefix", "zr", "--json"))
    assert {"zr_owner", "zr_writer", "zr_report", "zr_st_dancheng", "zr_st_shipu"} <= set(out["roles"])
    assert "丹东街道" in out["stations"]["zr_st_dancheng"]["townships"]
    assert not unused.exists()
    # run again: nothing breaks, nothing doubles
    zok(unused, tmp_path, "pg-setup", "--admin", admin, "--database", "zs_roles", "--prefix", "zr")
    owner = pg_server.url("zs_roles", user="zr_owner")
    zok(owner, tmp_path, "init", "--user", "市局主管")
    # a supervisor's own login, a member of the writers
    _sql(pg_server, "postgres", "CREATE ROLE zhang LOGIN IN ROLE zr_writer")
    writer = pg_server.url("zs_roles", user="zhang")
    dan = new_case(writer, tmp_path, customer="丹城五金厂", account="3300000001", township="丹东街道")
    shi = new_case(writer, tmp_path, customer="石浦渔业公司", account="3300000002", township="石浦镇")
    zok(writer, tmp_path, "stage", "finish", shi, "ACCEPT", "--on", "2026-09-02")

    report = pg_server.url("zs_roles", user="zr_report")
    listed = json.loads(zok(report, tmp_path, "case", "list", "--json"))
    assert {r["case_no"] for r in listed} == {dan, shi}
    err = zrefused(report, tmp_path, "case", "new", "--customer", "报表不能写", "--account", "3300000003",
                   "--kva", "400", "--applied", "2026-09-01")
    assert "没有这项权限" in err
    assert _sql(pg_server, "zs_roles", "SELECT count(*) FROM \"case\"")[0][0] == 2  # nothing written

    station = pg_server.url("zs_roles", user="zr_st_dancheng")
    seen = json.loads(zok(station, tmp_path, "case", "list", "--json"))
    assert [r["case_no"] for r in seen] == [dan]
    # the rows of the other station's cases are hidden too, not only the cases
    events = _sql(pg_server, "zs_roles", "SELECT DISTINCT case_id FROM case_event", user="zr_st_dancheng")
    rounds = _sql(pg_server, "zs_roles", "SELECT DISTINCT case_id FROM stage_round", user="zr_st_dancheng")
    dan_id = _sql(pg_server, "zs_roles", f"SELECT id FROM \"case\" WHERE case_no = '{dan}'")[0][0]
    assert {e[0] for e in events} == {dan_id} and {r[0] for r in rounds} <= {dan_id}
    assert "没有这项权限" in zrefused(station, tmp_path, "case", "edit", dan, "--address", "改不了")


def test_pg_setup_sql_covers_every_table_with_a_case(tmp_path):
    sql = zok(tmp_path / "unused.db", tmp_path, "pg-setup", "--admin", "postgresql://postgres@/postgres",
              "--sql")
    for table in Base.metadata.sorted_tables:
        if "case_id" in table.c:
            assert f'ALTER TABLE "{table.name}" ENABLE ROW LEVEL SECURITY' in sql
    assert "CREATE DATABASE" in sql and "zaosong_report" in sql


def test_quick_search_sorts_chinese_by_the_stored_pinyin_on_both(any_db, tmp_path, monkeypatch):
    from app.services.query import quick_search

    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    # by sound: an(安) < bei(北) < zhang(张): neither the code points (北 < 安 < 张) nor a collation
    for i, name in enumerate(["张家电器厂", "北仑电器厂", "安吉电器厂"]):
        new_case(any_db, tmp_path, customer=name, account=f"330000001{i}")
    store = Store.open(any_db)
    try:
        with store.reader() as s:
            assert [r["customer_name"] for r in quick_search(s, "电器")] == ["安吉电器厂", "北仑电器厂", "张家电器厂"]
            assert [r["customer_name"] for r in quick_search(s, "bldq")] == ["北仑电器厂"]
    finally:
        store.dispose()


def test_the_workbench_opens_a_server_database(qtbot, app_zh, pg_url, tmp_path, monkeypatch):
    """The real window on a server database: the case list shows what the CLI put there."""
    import datetime as dt

    from tests.helpers import open_window

    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    no = new_case(pg_url, tmp_path, customer="工作台服务器客户")
    win = open_window(qtbot, pg_url, dt.date(2026, 9, 10))
    try:
        model = win.cases_page.model
        qtbot.waitUntil(lambda: any(model.row_at(r)[1] == no for r in range(model.rowCount())), timeout=20000)
        assert win.store.is_server
    finally:
        win.close()
        win.store.dispose()


def test_settings_remember_a_server_for_the_next_start(qtbot, app_zh, db_path):
    import datetime as dt

    from PySide6.QtCore import QSettings

    from tests.helpers import open_window

    win = open_window(qtbot, db_path, dt.date(2026, 9, 10))
    try:
        page = win.settings_page
        page.server_url.setText("mysql://nope")
        page.server_button.click()
        assert "数据库地址无效" in page.message.text() and not QSettings().value("db/url", "")
        page.server_url.setText("postgresql://zhang:secret@db.example/zaosong")
        page.server_button.click()
        assert ".pgpass" in page.message.text() and not QSettings().value("db/url", "")
        page.server_url.setText("postgresql://zhang@db.example/zaosong")
        page.server_button.click()
        assert QSettings().value("db/url") == "postgresql://zhang@db.example/zaosong"
        assert "db.example" in page.message.text()
        from ui.main import _db_arg

        assert _db_arg(QSettings().value("db/url")) == "postgresql://zhang@db.example/zaosong"
    finally:
        win.close()
        win.store.dispose()


def test_a_value_too_long_for_its_column_is_a_refusal_on_the_server(pg_url, tmp_path, monkeypatch):
    """The net under the services' length checks: a write they did not check is refused plainly."""
    from app.models import Meta

    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    store = Store.open(pg_url)
    try:
        with pytest.raises(Refused) as exc:
            with store.session() as s:
                s.add(Meta(key="k" * 80, value="v"))
        assert exc.value.code == "pg_value_too_long"
        with store.reader() as s:
            assert s.get(Meta, "k" * 80) is None
    finally:
        store.dispose()

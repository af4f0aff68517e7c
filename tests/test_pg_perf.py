"""pg_perf (issue 22's scale targets): the server's search path gives the rows SQLite gives, by
each of its ways (trigram indexes for rare text, the ordered index for common or short text), and
the indexes it reads exist on a server only. The speed itself is measured by tests/bench/bench_pg.py."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import inspect

from app.services import query
from app.store import Store
from tests.helpers import ok

NAMES = ["宁波港电器有限公司", "象山县海鲜城", "ABC科技有限公司", "abc电器厂", "张家电器厂", "北仑电器厂",
         "安吉电器厂", "象山海天电器有限公司", "宁波海天船舶修造厂", "浙江永盛水泥股份有限公司", "象山县海鲜城"]
KEYS = ["h", "he", "het", "haitian", "dq", "电器", "电器厂", "abc", "ABC", "dianqi", "3300", "33000000",
        "xsx", "xiangshan", "海鲜城", "zzzq", "yk", "s", "2600001", "60000", "ykqqq", "Q"]


def _cases(db) -> None:
    # the same case numbers on both (they start with letters of the device's id): text typed in a
    # search may match them, so they must not differ
    store = Store.open(db)
    try:
        with store.session() as s:
            store.set_setting(s, "case_prefix", "YKQQQ")
    finally:
        store.dispose()
    for i, name in enumerate(NAMES):
        ok(db, "case", "new", "--customer", name, "--account", f"33000000{i:02d}", "--kva", "400",
           "--applied", "2026-09-01")


def _search(db, keys, limit=5) -> dict[str, list]:
    store = Store.open(db)
    try:
        with store.reader() as s:
            return {k: [(r["case_no"], r["customer_name"]) for r in query.quick_search(s, k, limit=limit)]
                    for k in keys}
    finally:
        store.dispose()


@pytest.mark.parametrize("few", [query.SEARCH_FEW, 1])
def test_server_search_gives_sqlites_rows_by_every_path(db_path, pg_url, tmp_path, monkeypatch, few):
    """few=1: every text with two or more matches goes to the ordered scan after the trigram step
    (on a big database: a common text); the default: the trigram indexes answer (a rare text)."""
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    for db in (db_path, pg_url):
        _cases(db)
    monkeypatch.setattr(query, "SEARCH_FEW", few)
    on_file, on_server = _search(db_path, KEYS), _search(pg_url, KEYS)
    assert on_file == on_server
    assert on_server["zzzq"] == [] and len(on_server["dq"]) == 5 and len(on_server["海鲜城"]) == 2
    assert [n for _no, n in on_server["电器厂"]] == ["abc电器厂", "安吉电器厂", "北仑电器厂", "张家电器厂"]


def test_search_indexes_are_made_on_a_server_only(db_path, pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    wanted = {"ix_case_search", "ix_case_trgm_no", "ix_case_trgm_acct", "ix_case_trgm_name", "ix_case_trgm_ini",
              "ix_case_trgm_py"}
    for db, present in ((pg_url, True), (db_path, False)):
        store = Store.open(db)
        try:
            with store.engine.connect() as conn:
                names = {ix["name"] for ix in inspect(conn).get_indexes("case")}
        finally:
            store.dispose()
        assert (wanted <= names) is present and (not (wanted & names)) is (not present), (db, names)


def test_the_search_migration_goes_down_and_up_on_a_server(pg_url, tmp_path, monkeypatch):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    monkeypatch.setenv("ZAOSONG_HOME", str(tmp_path))
    store = Store.open(pg_url)
    cfg = Config()
    cfg.set_main_option("script_location", os.path.join(os.path.dirname(query.__file__), "..", "migrations"))
    try:
        with store.engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0020_visit_attachments")
            assert "ix_case_search" not in {ix["name"] for ix in inspect(conn).get_indexes("case")}
            command.upgrade(cfg, "head")
            conn.commit()
            from app.dbfile import SCHEMA_HEAD

            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
            assert "ix_case_trgm_py" in {ix["name"] for ix in inspect(conn).get_indexes("case")}
    finally:
        store.dispose()

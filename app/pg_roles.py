"""The server database's roles (issue 22 §4), made by ``zaosong pg-setup`` as the administrator:

- ``<prefix>_owner`` (login): owns the schema and runs the migrations;
- ``<prefix>_writer`` (group, no login): supervisors' logins are made members of it; reads and
  writes every table;
- ``<prefix>_report`` (login): reads every table, writes none (bulletins, plans, forecasts);
- ``<prefix>_st_<station>`` (login, one per supply station of app/townships.py, members of the
  group ``<prefix>_station``): read only, and by row-level security only the cases of the station's
  townships and the rows belonging to those cases.

Generic over the models: every table is granted, and every table with a ``case_id`` column gets
the station policy, so tables added by later migrations are covered: the store's upgrade (``backends.upgrade(..., after=reapply)``) applies
the policies again after every migration of a database set up this way (``zs_setup`` holds its
prefix). Everything is idempotent: pg-setup may run again (new townships, new stations).
"""
from __future__ import annotations

import re

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from app import backends, config_set
from app.errors import Refused
from app.models import Base
from app.pinyin import pinyin_keys
from app.townships import rows

SETUP_TABLE = "zs_setup"  # the prefix this database was set up with
MAP_TABLE = "zs_station_township"  # which station role sees which township


def names(prefix: str) -> dict[str, str]:
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,30}", prefix):
        raise Refused("pg_bad_url", url=prefix)
    return {"owner": f"{prefix}_owner", "writer": f"{prefix}_writer", "report": f"{prefix}_report",
            "station": f"{prefix}_station"}


def station_roles(prefix: str, cfg) -> dict[str, dict]:
    """{role: {"station": name, "townships": [names]}} from the townships document in force."""
    out: dict[str, dict] = {}
    for r in rows(cfg):
        station = r.get("station") or ""
        if not station:
            continue
        short = station.removesuffix("供电所") or station
        key = re.sub(r"[^a-z0-9]", "", pinyin_keys(short)[0].lower())[:20] or "x"
        role = f"{prefix}_st_{key}"
        entry = out.setdefault(role, {"station": station, "townships": []})
        entry["townships"].append(r["name"])
    return out


def _role_sql(role: str, login: bool, member_of: str | None = None) -> str:
    opts = "LOGIN" if login else "NOLOGIN"
    grant = f'GRANT "{member_of}" TO "{role}";' if member_of else ""
    return (f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
            f'CREATE ROLE "{role}" {opts}; END IF; END $$;{grant}')


def cluster_sql(database: str, prefix: str, stations: dict[str, dict]) -> list[str]:
    """Run on the maintenance database: the roles (the database itself is made apart: CREATE
    DATABASE cannot run inside a transaction block)."""
    n = names(prefix)
    out = [_role_sql(n["owner"], True), _role_sql(n["writer"], False), _role_sql(n["report"], True),
           _role_sql(n["station"], False)]
    out += [_role_sql(role, True, n["station"]) for role in sorted(stations)]
    return out


def database_sql(prefix: str) -> list[str]:
    """Run in the new database as the administrator, before the migrations."""
    n = names(prefix)
    return [f'ALTER SCHEMA public OWNER TO "{n["owner"]}"',
            f'GRANT USAGE ON SCHEMA public TO "{n["writer"]}", "{n["report"]}", "{n["station"]}"']


def policy_sql(prefix: str, tables: list[tuple[str, bool, bool]], stations: dict[str, dict] | None) -> list[str]:
    """Grants and row-level security for ``tables`` [(name, has case_id, case_id nullable)], run as
    the owner after the migrations; ``stations``: the township map to write (None: keep it)."""
    n = names(prefix)
    w, r, st, o = f'"{n["writer"]}"', f'"{n["report"]}"', f'"{n["station"]}"', f'"{n["owner"]}"'
    out = [f"CREATE TABLE IF NOT EXISTS {SETUP_TABLE} (prefix text PRIMARY KEY)",
           f"INSERT INTO {SETUP_TABLE} VALUES ('{prefix}') ON CONFLICT DO NOTHING",
           f"CREATE TABLE IF NOT EXISTS {MAP_TABLE} (role_name text NOT NULL, township text NOT NULL, "
           f"PRIMARY KEY (role_name, township))"]
    if stations is not None:
        out.append(f"DELETE FROM {MAP_TABLE}")
        for role, entry in sorted(stations.items()):
            for town in entry["townships"]:
                out.append(f"INSERT INTO {MAP_TABLE} VALUES ('{role}', '{town.replace(chr(39), chr(39) * 2)}')")
    out += [f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {w}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {r}, {st}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE "
            f"ON TABLES TO {w}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA public GRANT SELECT ON TABLES TO {r}, {st}"]
    mine = f"township IN (SELECT township FROM {MAP_TABLE} WHERE role_name = current_user)"
    for name, has_case, nullable in tables:
        if name != "case" and not has_case:
            continue
        q = f'"{name}"'
        if name == "case":
            cond = mine
        else:  # the case's own policy applies inside the subquery: only the station's cases
            cond = 'case_id IN (SELECT id FROM "case")'
            if nullable:
                cond = f"case_id IS NULL OR {cond}"
        out += [f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY",
                f"DROP POLICY IF EXISTS zs_everyone ON {q}",
                f"CREATE POLICY zs_everyone ON {q} TO {w}, {r} USING (true) WITH CHECK (true)",
                f"DROP POLICY IF EXISTS zs_station ON {q}",
                f"CREATE POLICY zs_station ON {q} FOR SELECT TO {st} USING ({cond})"]
    return out


def model_tables() -> list[tuple[str, bool, bool]]:
    return [(t.name, "case_id" in t.c, "case_id" in t.c and bool(t.c.case_id.nullable))
            for t in Base.metadata.sorted_tables]


def _bundled_config():
    """The townships in force without a database: the bundled documents (a new database has no
    published ones yet; pg-setup run again later reads the database's)."""
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        return config_set.load(s)


def setup_sql_text(database: str, prefix: str) -> str:
    """The whole setup as SQL for an administrator to read or run with psql (``pg-setup --sql``);
    the schema itself comes from the migrations, which ``zaosong pg-setup`` runs."""
    stations = station_roles(prefix, _bundled_config())
    n = names(prefix)
    lines = ["-- Zaosong: roles (run as the PostgreSQL administrator on the maintenance database)"]
    lines += [s + ";" if not s.endswith(";") else s for s in cluster_sql(database, prefix, stations)]
    lines += [f'CREATE DATABASE "{database}" OWNER "{n["owner"]}";', f'\\connect "{database}"']
    lines += [s + ";" for s in database_sql(prefix)]
    lines += ["-- then, as the owner, the schema: zaosong --db postgresql://"
              f"{n['owner']}@HOST/{database} init", "-- and the grants and row-level security:",
              f'SET ROLE "{n["owner"]}";']
    lines += [s + ";" for s in policy_sql(prefix, model_tables(), stations)]
    return "\n".join(lines) + "\n"


def setup(admin_url: str, database: str, prefix: str) -> dict:
    """Make (or bring up to date) the roles, the database, its schema and its policies."""
    n = names(prefix)
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", database):
        raise Refused("pg_bad_url", url=database)
    admin = backends.make_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": database}).scalar()
    except Refused:
        raise
    except Exception as exc:
        raise Refused("pg_unreachable", url=backends.redact(admin_url), error=backends._first_line(exc)) from None
    url = backends.sqlalchemy_url(admin_url).set(database=database)
    target = url.render_as_string(hide_password=False)
    stations = station_roles(prefix, _bundled_config())
    with admin.connect() as conn:
        for stmt in cluster_sql(database, prefix, stations):
            conn.execute(text(stmt))
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{database}" OWNER "{n["owner"]}"'))
    admin.dispose()
    here = backends.make_engine(target)
    try:
        with here.begin() as conn:
            for stmt in database_sql(prefix):
                conn.execute(text(stmt))
    finally:
        here.dispose()
    # the schema and its policies as the owner: the tables are the owner's, never the administrator's
    eng = backends.make_engine(target, role=n["owner"])
    try:
        backends.upgrade(eng)
        with Session(eng) as s:
            stations = station_roles(prefix, config_set.load(s))  # published townships, once there are some
        with eng.begin() as conn:
            for stmt in policy_sql(prefix, model_tables(), stations):
                conn.execute(text(stmt))
    finally:
        eng.dispose()
    return {"database": database, "url": backends.redact(target),
            "roles": [n["owner"], n["writer"], n["report"], n["station"], *sorted(stations)],
            "stations": {role: e for role, e in sorted(stations.items())}}


def reapply(conn) -> None:
    """After a migration of a database set up by pg-setup: the new tables granted and guarded."""
    has = conn.execute(text(f"SELECT to_regclass('{SETUP_TABLE}') IS NOT NULL")).scalar()
    if not has:
        return
    prefix = conn.execute(text(f"SELECT prefix FROM {SETUP_TABLE} LIMIT 1")).scalar()
    if prefix:
        for stmt in policy_sql(prefix, model_tables(), None):
            conn.execute(text(stmt))

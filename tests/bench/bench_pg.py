"""PostgreSQL benchmarks (issue 22), printed by ``make bench`` beside the others:

- consolidating a 100,000-case package (``import_package`` into a server database, the whole
  import: zip, signature, every line checked and staged, then applied) ≤ 2.5x PostgreSQL's own
  ``COPY`` of the same rows into the same empty schema, measured in the same run;
- on a 1,000,000-case server database: the month overview (the bulletin's figures), the weekly
  bulletin (``bulletins.build`` weekly, as the issue asks) and the warnings list each < 5 s; case
  search as you type (``quick_search``, each keystroke) < 150 ms.

The machine's load average is printed with each measurement (the figures of a shared machine mean
little without it). A database kept from an older Zaosong is brought to the current schema by the
migrations when it is opened (``Store.open``), the empty template too.

The server is a throw-away one (tests/pg_server.py) whose folder is *kept* between runs, with the
1,000,000-case database in it: building that takes minutes, so it is made once (marked done in
``zs_bench``) and reused. Where: ``build/bench/pg`` beside the other benchmark databases (``make
clean`` removes it), or, when the server's user cannot reach that folder (running as root, it is
0700), ``/var/tmp/zaosong-bench-pg``; ``ZAOSONG_BENCH_PG`` names another. The million cases are the
consolidated 100,000 plus nine copies made inside the server with new ids (INSERT … SELECT: the
copies' event hashes are not recomputed; the benchmark reads, it does not audit).
Skipped with a message when no server can be started.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import AS_OF, WORK, Figure, big_db, print_table

BIG = 1_000_000
COPIES = 9
EMPTY, CONSOLIDATE, COPYDB, MILLION = "zs_bench_empty", "zs_bench_consolidate", "zs_bench_copy", "zs_bench_1m"


def _folder() -> Path:
    from tests.pg_server import _base_folder, _reachable_by

    if os.environ.get("ZAOSONG_BENCH_PG"):
        return Path(os.environ["ZAOSONG_BENCH_PG"])
    mine = WORK / "pg"
    if os.geteuid() != 0:
        return mine
    import pwd

    uid = pwd.getpwnam("postgres").pw_uid
    WORK.mkdir(parents=True, exist_ok=True)
    if _reachable_by(WORK, uid):
        return mine
    return Path(_base_folder() or "/var/tmp") / "zaosong-bench-pg"


def _admin(srv, dbname="postgres"):
    import psycopg

    return psycopg.connect(host=str(srv.socket_dir), user="postgres", dbname=dbname, autocommit=True)


def _exists(srv, name: str) -> bool:
    with _admin(srv) as c:
        return c.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


def _clone(srv, name: str, template: str) -> str:
    with _admin(srv) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return srv.url(name)


def _trust(store, source) -> None:
    from app.models import Device

    with source.reader() as ss:
        d = ss.get(Device, source.device_id)
        row = dict(id=d.id, name=d.name, public_key=d.public_key, created_at=d.created_at)
    with store.session() as s:
        if s.get(Device, row["id"]) is None:
            s.add(Device(**row, trusted=True, is_local=False))


def _copy_tables():
    from app.models import CaseEvent
    from app.sync.format import MUTABLE

    return [m.__table__.name for m in MUTABLE if m.__table__.name not in ("calendar_day", "calendar_year",
                                                                              "config_doc")] + [CaseEvent.__tablename__]


def _copy_baseline(srv, consolidated: str) -> tuple[float, int]:
    """PostgreSQL's own COPY of the rows the import wrote, into the same empty schema (the same
    indexes and constraints), from text already in memory: the floor of loading them."""
    dumps = {}
    with _admin(srv, consolidated) as c:
        for t in _copy_tables():
            buf = io.BytesIO()
            with c.cursor().copy(f'COPY "{t}" TO STDOUT') as cp:
                for block in cp:
                    buf.write(block)
            dumps[t] = buf.getvalue()
    _clone(srv, COPYDB, EMPTY)
    rows = sum(d.count(b"\n") for d in dumps.values())
    with _admin(srv, COPYDB) as c:
        c.autocommit = False
        t0 = time.perf_counter()
        with c.transaction():
            for t in _copy_tables():
                with c.cursor().copy(f'COPY "{t}" FROM STDIN') as cp:
                    cp.write(dumps[t])
        return time.perf_counter() - t0, rows


def _uniques(table) -> set:
    """The columns of a table that a unique constraint or a unique column holds."""
    found = {c for con in table.constraints if con.__class__.__name__ == "UniqueConstraint" for c in con.columns}
    return found | {c for c in table.columns if c.unique}


def _monthly(table) -> bool:
    """A table of one row per month (a unique ``month``), as the metering and outage plans are."""
    return any(c.name == "month" for c in _uniques(table))


def _replicate_sql(table, k: int) -> str:
    """One copy of a table's rows with new ids (md5 of the old id and k, as a UUID): every id and
    every reference to one (``*_id`` columns) mapped alike, so the copies hang together."""
    from sqlalchemy import String

    uniques = _uniques(table)
    cols, exprs = [], []
    for c in table.columns:
        q = f'"{c.name}"'
        cols.append(q)
        if c.name == "id" or (c.name.endswith("_id") and c.name != "device_id"):
            exprs.append(f"md5({q} || ':{k}')::uuid::text")
        elif c.name == "device_seq":
            exprs.append(f"{q} + {k * 100_000_000}")
        elif c in uniques and isinstance(c.type, String) and c.name != "device_id":  # device_seq shifted instead
            exprs.append(f"{q} || '-{k}'")
        else:
            exprs.append(q)
    return f'INSERT INTO "{table.name}" ({",".join(cols)}) SELECT {",".join(exprs)} FROM "{table.name}"'


def _build_million(srv) -> float:
    """zs_bench_1m from the consolidated 100,000 cases and nine copies; once (kept)."""
    from app.models import Base

    if _exists(srv, MILLION):
        with _admin(srv, MILLION) as c:
            done = c.execute("SELECT to_regclass('zs_bench') IS NOT NULL").fetchone()[0]
            if done and c.execute("SELECT count(*) FROM \"case\"").fetchone()[0] >= BIG:
                return 0.0
    t0 = time.perf_counter()
    _clone(srv, MILLION, CONSOLIDATE)
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    with _admin(srv, MILLION) as c:
        c.autocommit = False
        with c.transaction():
            c.execute("SET session_replication_role = replica")  # foreign keys: the copies are whole
            for name in _copy_tables():
                c.execute(f'CREATE TEMP TABLE "orig_{name}" AS SELECT * FROM "{name}"')
            # the bureau's monthly documents (a metering plan, an outage plan per month: ``month``
            # unique) are one per month whatever the cases: not copied
            per_case = [n for n in _copy_tables() if not _monthly(tables[n])]
            for k in range(1, COPIES + 1):
                for name in per_case:
                    sql = _replicate_sql(tables[name], k).replace(f'FROM "{name}"', f'FROM "orig_{name}"')
                    c.execute(sql)
            c.execute("CREATE TABLE zs_bench (built_at timestamp)")
            c.execute("INSERT INTO zs_bench VALUES (now())")
    with _admin(srv, MILLION) as c:
        c.execute("VACUUM ANALYZE")
    return time.perf_counter() - t0


WEEK = "2026-W47"  # the last whole week before the big database's as-of day (as bench_bulletins)
OTHER_KEYS = ["zhang", "浙江", "qxzq"]


def _load() -> str:
    """The load average (1, 5, 15 minutes), as ``uptime`` prints it."""
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def _median_ms(fn, repeat=5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run(db: Path, million_only: bool = False) -> list[Figure]:
    """``million_only`` (``--million-only`` from the shell): the 1,000,000-case figures alone, on the
    kept database (no export, no consolidation, no COPY: minutes less while tuning reads)."""
    from tests.pg_server import PgServer, Unavailable

    try:
        import psycopg  # noqa: F401
    except ImportError:
        print("bench_pg skipped: psycopg is not installed")
        return []
    folder = _folder()
    folder.mkdir(parents=True, exist_ok=True)
    srv = PgServer(root=folder, keep=True)
    try:
        srv.start()
    except Unavailable as exc:
        print(f"bench_pg skipped: {exc}")
        return []
    home = WORK / "pg-home"
    os.environ["ZAOSONG_HOME"] = str(home)
    try:
        return _million(srv, _build_million(srv)) if million_only else _run(srv, db)
    finally:
        srv.stop()


def _run(srv, db: Path) -> list[Figure]:

    from app.store import Store
    from app.sync.export import export_package
    from app.sync.importer import import_package

    source = Store.open(db)
    pkg = WORK / "pg_100k.zsync"
    pkg.unlink(missing_ok=True)
    export_package(source, pkg)
    if not _exists(srv, EMPTY):
        srv.create_database(EMPTY)
    Store.open(srv.url(EMPTY)).dispose()  # migrated (again after an upgrade), with its device identity
    store = Store.open(_clone(srv, CONSOLIDATE, EMPTY))
    _trust(store, source)
    load_import = _load()
    t0 = time.perf_counter()
    summary = import_package(store, pkg)
    consolidate_s = time.perf_counter() - t0
    load_import = f"{load_import} -> {_load()}"
    store.dispose()
    source.dispose()
    cases = summary["inserted"].get("case", 0)
    load_copy = _load()
    copy_s, rows = _copy_baseline(srv, CONSOLIDATE)
    # said at once: the million-case build that follows takes minutes the first time
    print(f"bench_pg: consolidated {cases} cases ({rows} rows) in {consolidate_s:.1f} s; COPY of the same rows "
          f"{copy_s:.1f} s ({consolidate_s / copy_s:.2f}x); load average {load_import} (import), {load_copy} "
          "(COPY)", flush=True)
    return [Figure("PG consolidate 100k-case package", "<= 2.5x COPY", consolidate_s, "s", copy_s,
                   "PostgreSQL COPY FROM STDIN of the same rows, same schema", limit=2.5 * copy_s),
            *_million(srv, _build_million(srv))]


def _million(srv, build_s: float) -> list[Figure]:
    from sqlalchemy import text

    from app.services import bulletins
    from app.services.agenda import month_overview
    from app.services.query import quick_search, warnings
    from app.store import Store

    big = Store.open(srv.url(MILLION))
    as_of = dt.date.fromisoformat(AS_OF)
    with big.reader() as s:
        n_cases = s.execute(text('SELECT count(*) FROM "case"')).scalar()
        loads = {"month": _load()}
        month_ms = _median_ms(lambda: month_overview(s, as_of.year, as_of.month, as_of), repeat=3)
        loads["weekly"] = _load()
        weekly_ms = _median_ms(lambda: bulletins.build(s, "weekly", WEEK, as_of=as_of), repeat=1)
        loads["warnings"] = _load()
        warn_ms = _median_ms(lambda: warnings(s, as_of=as_of), repeat=3)
        keystrokes = ["h", "he", "het", "heta", "hetai"]
        loads["search"] = _load()
        per_key = {k: _median_ms(lambda k=k: quick_search(s, k)) for k in keystrokes + OTHER_KEYS}
        search_ms = max(per_key[k] for k in keystrokes)
    big.dispose()
    print(f"bench_pg: 1,000,000-case database {f'built in {build_s:.0f} s' if build_s else 'kept from a '
          'previous run'} ({n_cases} cases) in {srv.root}; month overview {month_ms:.0f} ms (load {loads['month']}), "
          f"weekly bulletin {WEEK} {weekly_ms:.0f} ms (load {loads['weekly']}), warnings {warn_ms:.0f} ms "
          f"(load {loads['warnings']}), slowest keystroke {search_ms:.0f} ms (load {loads['search']})", flush=True)
    print("bench_pg: each keystroke (median of 5, ms; the last ones are not in the figure: a surname many "
          "names hold late in pinyin order, a common two-character text, a text no case holds): "
          + ", ".join(f"{k!r} {v:.0f}" for k, v in per_key.items()), flush=True)
    return [
        Figure("PG month overview (bulletin), 1M cases", "< 5 s", month_ms / 1000, "s", limit=5),
        Figure(f"PG weekly bulletin {WEEK}, 1M cases", "< 5 s", weekly_ms / 1000, "s", limit=5),
        Figure("PG warnings list, 1M cases", "< 5 s", warn_ms / 1000, "s", limit=5),
        Figure("PG search as you type (slowest key), 1M", "< 150 ms", search_ms, "ms", limit=150),
    ]


if __name__ == "__main__":
    db_path = WORK / "demo_100000.db"
    if not db_path.exists():
        db_path, _ = big_db()
    print_table(run(db_path, million_only="--million-only" in sys.argv))

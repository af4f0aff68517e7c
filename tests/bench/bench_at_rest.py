"""What SQLCipher encryption at rest would cost (issue 13 §4): the same work through Zaosong's own
code on the same demo database, plain and encrypted.

Not wired into the application (see the report on issue 13 §4): this module carries the
prototype connect hook, and measures with ``sqlcipher3`` when it is importable (skipped quietly
otherwise, so ``make bench`` runs without it). To run it alone:

    pip install --target /tmp/sqlcipher sqlcipher3==0.6.4
    PYTHONPATH=/tmp/sqlcipher python tests/bench/bench_at_rest.py [--cases 20000]

Variants: Python's own sqlite3 (SQLite 3.40 here), sqlcipher3 with no key (its newer SQLite, no
encryption: separates the SQLite version from the cipher), sqlcipher3 keyed with a raw 256-bit
key (what a key kept in the keyring would be: no PBKDF2 at each connection).
"""
from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import AS_OF, WORK, Figure, print_table  # noqa: E402

RAW_KEY = secrets.token_hex(32)


def _cipher():
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    return dbapi2


# --- the prototype connect hook ------------------------------------------------------------------
def make_engine(path: Path, module, key_hex: str | None):
    """db.make_engine with another DB-API module: PRAGMA key must be the first statement on every
    new connection, before the usual pragmas (app.db._set_pragmas)."""
    from sqlalchemy import create_engine, event

    from app import db

    def creator():
        con = module.connect(str(path), check_same_thread=False)
        if key_hex:
            con.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        return con

    engine = create_engine(f"sqlite:///{path}", creator=creator, module=module, future=True)
    event.listen(engine, "connect", db._set_pragmas)
    return engine


def encrypt_copy(module, plain: Path, dest: Path, key_hex: str) -> None:
    """The upgrade of an existing database: sqlcipher_export into a new keyed file."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)
    con = module.connect(str(plain), isolation_level=None)
    try:
        con.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key_hex}'\"", (str(dest),))
        con.execute("SELECT sqlcipher_export('enc')")
        con.execute("DETACH DATABASE enc")
    finally:
        con.close()


def _median(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _workload(path: Path, module, key_hex: str | None, tmp: Path) -> dict[str, float]:
    """Seconds per step, through the application's Store and services."""
    from app.services import cases as svc
    from app.services import query
    from app.store import Store
    from app.sync.export import export_package

    out: dict[str, float] = {}

    def open_store():
        st = Store(path, make_engine(path, module, key_hex), created=False)
        with st.reader() as s:
            query.list_cases(s, as_of=dt.date.fromisoformat(AS_OF), limit=50)
        st.dispose()

    out["open + first page"] = _median(open_store, 5)
    store = Store(path, make_engine(path, module, key_hex), created=False)
    try:
        as_of = dt.date.fromisoformat(AS_OF)

        def all_cases():
            with store.reader() as s:
                query.list_cases(s, as_of=as_of)

        out["list all cases with clocks"] = _median(all_cases)

        def warn():
            with store.reader() as s:
                query.warnings(s, as_of=as_of)

        out["warnings"] = _median(warn)
        n = [0]

        def writes():
            for _ in range(100):
                n[0] += 1
                with store.session() as s:
                    svc.create_case(s, customer_name=f"测试{n[0]}", account_no=f"39{n[0]:08d}", capacity_kva=630,
                                    applied_on=as_of)

        out["100 create_case transactions"] = _median(writes, 1)
        out["sync export --full"] = _median(lambda: export_package(store, tmp / "full.zsync"), 1)

        def integrity():
            with store.engine.connect() as c:
                c.exec_driver_sql("PRAGMA integrity_check").fetchall()

        out["integrity_check"] = _median(integrity, 1)

        def backup():
            dest = tmp / "backup.db"
            dest.unlink(missing_ok=True)
            src = module.connect(str(path))
            dst = module.connect(str(dest))
            try:
                if key_hex:
                    src.execute(f"PRAGMA key = \"x'{key_hex}'\"")
                    dst.execute(f"PRAGMA key = \"x'{key_hex}'\"")
                src.backup(dst)
            finally:
                dst.close()
                src.close()

        out["backup API copy"] = _median(backup, 1)
    finally:
        store.dispose()
    return out


def build_demo(cases: int) -> Path:
    from app.demo import build_demo as build
    from app.store import Store

    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"at_rest_{cases}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    st = Store.open(path, user="张伟")
    build(st, cases, seed=1, as_of=dt.date.fromisoformat(AS_OF))
    st.dispose()
    return path


def run(db: Path | None = None, cases: int = 20_000) -> list[Figure]:
    module = _cipher()
    if module is None:
        print("bench_at_rest: sqlcipher3 not importable, skipped", file=sys.stderr)
        return []
    import sqlite3

    source = Path(db) if db else build_demo(cases)
    work = WORK / "at_rest"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    plain, plain_c, enc = work / "plain.db", work / "plain_sqlcipher.db", work / "encrypted.db"
    con = sqlite3.connect(str(source))
    try:
        for dest in (plain, plain_c):
            d = sqlite3.connect(str(dest))
            con.backup(d)
            d.close()
    finally:
        con.close()
    t0 = time.perf_counter()
    encrypt_copy(module, plain, enc, RAW_KEY)
    convert = time.perf_counter() - t0
    size_mb = plain.stat().st_size / 1e6
    figures = [Figure(f"encrypt existing db ({size_mb:.0f} MB)", "once, at upgrade", convert, "s")]
    results = {}
    for label, path, mod, key in (("sqlite3", plain, sqlite3, None), ("sqlcipher3 no key", plain_c, module, None),
                                  ("sqlcipher3 keyed", enc, module, RAW_KEY)):
        tmp = work / label.replace(" ", "_")
        tmp.mkdir()
        results[label] = _workload(path, mod, key, tmp)
    for step, base in results["sqlite3"].items():
        for label in ("sqlcipher3 no key", "sqlcipher3 keyed"):
            figures.append(Figure(f"{step} [{label}]", "ratio to sqlite3", results[label][step], "s", base,
                                  "Python's sqlite3, plain file"))
    with open(enc, "rb") as fh:
        header = fh.read(16)
    assert header != b"SQLite format 3\x00", "the encrypted file has a plain header"
    return figures


if __name__ == "__main__":
    n = int(sys.argv[sys.argv.index("--cases") + 1]) if "--cases" in sys.argv else 20_000
    os.environ.setdefault("ZAOSONG_KEYRING", "file")
    os.environ.setdefault("ZAOSONG_KEY_DIR", str(WORK / "keys"))
    print_table(run(cases=n))

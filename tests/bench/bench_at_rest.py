"""What SQLCipher encryption at rest costs (issue 13 §4): the same work through Zaosong's own code
on the same demo database, plain and encrypted, the plain baseline measured in the same run.

Variants: Python's own sqlite3 on a plain file (the baseline: what Zaosong did before), sqlcipher3
with no key on a plain file (its newer SQLite, no encryption: separates the SQLite version from the
cipher), and the application's own encrypted file through ``app.db.make_engine`` (the keyed
connection of ``app.keyed``: a raw 256-bit key with the file's salt, no PBKDF2 per connection).
Backups go through ``app.dbfile.sqlite_backup`` for the encrypted file. To run it alone:

    PYTHONPATH=. python tests/bench/bench_at_rest.py [--cases 20000]
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import AS_OF, WORK, Figure, print_table


def make_engine(path: Path, module, keyed_file: bool):
    """The application's engine for its encrypted file; for the plain baselines the same engine
    with another DB-API module and no key (app.db._set_pragmas on every connection)."""
    from sqlalchemy import create_engine, event

    from app import db

    if keyed_file:
        return db.make_engine(path)

    def creator():
        return module.connect(str(path), check_same_thread=False)

    engine = create_engine(f"sqlite:///{path}", creator=creator, module=module, future=True)
    event.listen(engine, "connect", db._set_pragmas)
    return engine


def plain_copy(src: Path, dest: Path) -> None:
    """A plain copy of the application's encrypted file (the file a user of the previous release has)."""
    from app import keyed

    for suffix in ("", "-wal", "-shm"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)
    con = keyed.connect(src, isolation_level=None)
    try:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()


def _median(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _workload(path: Path, module, key_hex: bool, tmp: Path) -> dict[str, float]:
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
            if key_hex:  # the application's own backup of its encrypted file
                from app.dbfile import sqlite_backup

                sqlite_backup(path, dest)
                return
            src = module.connect(str(path))
            dst = module.connect(str(dest))
            try:
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
    import sqlite3

    from sqlcipher3 import dbapi2 as module

    from app import keyed

    source = Path(db) if db else build_demo(cases)  # the application's file: encrypted
    work = WORK / "at_rest"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    plain, plain_c, enc = work / "plain.db", work / "plain_sqlcipher.db", work / "encrypted.db"
    plain_copy(source, plain)
    shutil.copy(plain, plain_c)
    from app.dbfile import sqlite_backup

    sqlite_backup(source, enc)  # the same salt and key as the source: opens with the key held for it
    # the upgrade of a plain file of the previous release, as app.db.prepare does it
    upgrade = work / "upgrade" / "zaosong.db"
    upgrade.parent.mkdir()
    shutil.copy(plain, upgrade)
    t0 = time.perf_counter()
    keyed.encrypt_database(upgrade, upgrade.parent / "backups", "bench")
    convert = time.perf_counter() - t0
    size_mb = plain.stat().st_size / 1e6
    figures = [Figure(f"encrypt existing db ({size_mb:.0f} MB, checked, with its backup)", "once, at upgrade",
                      convert, "s")]
    from app import rekey  # a lost recovery key reissued: the same file and its backup rewritten

    t0 = time.perf_counter()
    rekey.reissue(upgrade)
    figures.append(Figure(f"reissue the recovery key ({size_mb:.0f} MB + its backup, checked)",
                          "ratio to the first encryption", time.perf_counter() - t0, "s", convert,
                          "first encryption"))
    results = {}
    for label, path, mod, key in (("sqlite3 plain", plain, sqlite3, False),
                                  ("sqlcipher3 no key", plain_c, module, False),
                                  ("sqlcipher3 encrypted", enc, module, True)):
        tmp = work / label.replace(" ", "_")
        tmp.mkdir()
        results[label] = _workload(path, mod, key, tmp)
    for step, base in results["sqlite3 plain"].items():
        figures.append(Figure(f"{step} [sqlite3 plain]", "baseline", base, "s"))
        for label in ("sqlcipher3 no key", "sqlcipher3 encrypted"):
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

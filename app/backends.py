"""Which database a ``--db`` names: a SQLite file (the default, a laptop's) or a PostgreSQL server
(``postgresql://user@host/dbname``, a city office consolidating every county).

The models, the Alembic migrations and the services are the same on both. What differs is kept
here: the engine (psycopg 3; a ``postgresql://`` URL needs no driver name), the migrations run on a
server (no file to back up first, no PRAGMAs), and the write lock (``write_lock``).

What belongs to a file only does not apply to a server and is skipped for it (Store says so where
it opens one): encryption at rest (SQLCipher; the server's disks and pg_hba.conf are the
administrator's), the backup copies before an upgrade or an import (``pg_dump`` is the server's
backup, see README), the file checks (0-byte file, quick_check, permissions) and the instance lock
(a server takes many clients by design).
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url

from app.dbfile import SCHEMA_HEAD, SCHEMA_REVISIONS, NewerDatabaseError
from app.errors import Refused
from app.paths import user_data_dir

SCHEMES = ("postgresql", "postgres")


def is_server_url(target: object) -> bool:
    """True for ``postgresql://...`` (and ``postgresql+psycopg://``, ``postgres://``)."""
    if target is None:
        return False
    s = str(target)
    return re.match(r"^(postgresql|postgres)(\+[a-z0-9_]+)?://", s, re.I) is not None


def sqlalchemy_url(target: str) -> URL:
    """The URL with its driver: psycopg 3 unless one is named (``postgres://`` as Heroku writes it)."""
    try:
        url = make_url(str(target))
    except Exception:
        raise Refused("pg_bad_url", url=redact(target)) from None
    if url.drivername in SCHEMES:
        url = url.set(drivername="postgresql+psycopg")
    if not url.drivername.startswith("postgresql"):
        raise Refused("pg_bad_url", url=redact(target))
    if not url.database:
        raise Refused("pg_bad_url", url=redact(target))
    return url


def redact(target: object) -> str:
    """The URL as it may be printed: a password in it is never shown."""
    s = str(target)
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", s)


def local_folder(target: str) -> Path:
    """Where this computer keeps what a server database needs beside it (attachment files, sync
    staging and waiting packages): one folder per server database under the user's data folder.
    ``Store.path`` is a name in it, so the code that finds folders beside a database works as is."""
    url = sqlalchemy_url(target)
    name = f"{url.host or 'local'}-{url.port or 5432}-{url.database}"
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)[:60]
    digest = hashlib.sha256(str(url.set(password=None)).encode()).hexdigest()[:8]
    return user_data_dir() / "servers" / f"{safe}-{digest}"


def make_engine(target: str, role: str | None = None, **kw) -> Engine:
    """``role``: the role every connection acts as (SET ROLE at connect: pg-setup makes the
    owner's tables while connected as the administrator)."""
    url = sqlalchemy_url(target)
    # each connection in UTC: timestamps are stored naive in UTC on both back ends (see models);
    # no JIT: it compiles each bigger query anew (0.2 s each, measured on a million cases), more
    # than it saves on queries that read by index
    options = "-c timezone=UTC -c jit=off" + (f" -c role={role}" if role else "")
    return create_engine(url, future=True, pool_pre_ping=True, connect_args={"options": options}, **kw)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has = conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
        if not has:
            tables = conn.execute(text("SELECT count(*) FROM information_schema.tables "
                                       "WHERE table_schema = current_schema()")).scalar()
            if tables:
                raise Refused("pg_not_zaosong", url=redact(engine.url.render_as_string(hide_password=True)))
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


# one number for every Zaosong client of a database: ``pg_advisory_xact_lock`` on it serialises
# writers (see write_lock); migrations take it too, so two clients never upgrade at once
LOCK_KEY = 0x7A616F73  # "zaos"


def upgrade(engine: Engine, after=None) -> None:
    """Every Alembic migration, in one transaction (PostgreSQL's DDL is transactional: an upgrade
    cut short leaves the schema as it was; no backup copy is needed before it). ``after(conn)``
    runs in the same transaction (the store passes ``pg_roles.reapply``: new tables granted and
    guarded like the others in a database made by pg-setup)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_KEY})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if after is not None:
            after(conn)
        conn.commit()


def prepare(target: str, after_upgrade=None) -> tuple[Engine, bool]:
    """Open a server database, migrating it to head; (engine, created). A database from a newer
    Zaosong is refused as a newer file is."""
    engine = make_engine(target)
    try:
        rev = current_revision(engine)
    except Refused:
        raise
    except Exception as exc:
        engine.dispose()
        raise Refused("pg_unreachable", url=redact(target), error=_first_line(exc)) from None
    if rev is not None and rev not in SCHEMA_REVISIONS:
        raise NewerDatabaseError(f"数据库 {redact(target)} 来自更新版本的早送(架构版本 {rev}),请先升级早送再打开。")
    if rev != SCHEMA_HEAD:
        upgrade(engine, after_upgrade)
    return engine, rev is None


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", exc)
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0][:200]


def write_lock(session) -> None:
    """Why one lock for writers, not row versions or SERIALIZABLE with retry: a write here is
    more than its rows. Every write also moves shared counters (the change number ``lseq``, the
    clock stamp ``hlc_last``) and this device's event chain (``device.chain_seq``: each event
    links to the one before). Two writers at once would both take the same chain place; with
    SERIALIZABLE one of them must then be retried, which needs the whole service call replayed
    (services are plain functions run inside ``Store.session()``, not replayable closures), and
    row versions would refuse the second supervisor's edit of a different case for a counter
    both touched. So a write transaction first takes a transaction-scoped advisory lock (held
    until commit or rollback, never left behind by a client that dies) and then reads the
    counters afresh: writers queue for the few milliseconds a service write takes, nobody's write
    is lost or refused, and readers (bulletins, lists, search) never wait. Edits of the same row
    by two people stay what they are on a laptop: the later save wins in the database, and
    laptops' concurrent edits meet in sync as conflicts, kept for a person."""
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_KEY})

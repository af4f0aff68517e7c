"""The ``zaosong`` command line: every core operation, with ``--json`` output for scripts.

Exit codes: 0 success, 2 usage error, 1 a refused operation (the reason on stderr).
Each command group (``GROUPS``) adds its parsers and runs its commands; this module opens the
store around them and turns refusals into exit codes.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__
from app.at_rest import restrict_umask
from app.cli import (
    admin,
    after,
    before,
    bulletins,
    calendar,
    cases,
    field,
    keys,
    ledger,
    meetings,
    metering,
    outage,
    papers,
    pg,
    points,
    protection,
    sync,
)
from app.cli.output import db_arg
from app.db_health import translate
from app.errors import Refused
from app.instance import InstanceLock
from app.leftovers import clean_at_start
from app.paths import default_db_path

# in the order ``zaosong --help`` lists them
GROUPS = (admin, cases, field, sync, protection, meetings, calendar, papers, ledger, keys, before, outage, metering,
          after, bulletins, points, pg)
DISPATCH = {command: group for group in GROUPS for command in group.COMMANDS}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zaosong", description="早送 Zaosong — 业扩报装时限工作台 (命令行)")
    p.add_argument("--version", action="version", version=f"zaosong {__version__}")
    p.add_argument("--db", type=db_arg, help="数据库文件 (默认: 用户数据目录下的 zaosong.db),"
                   "或服务器数据库 postgresql://用户@主机/数据库名")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.add_parsers(sub)
    return p


# what works on a file only: a server is backed up and restored with pg_dump / pg_restore
FILE_ONLY = ("restore", "backup", "keys", "demo")


def _open(args):
    # SQLAlchemy loads here, not at the top: ``--version`` and ``--help`` stay quick
    from app import db, keyed
    from app.store import Store

    if isinstance(args.db, str):  # a server database: no file to lock, encrypt or upgrade in place
        return Store.open(args.db, user=getattr(args, "user", None), device_name=getattr(args, "device_name", None))
    from app import rekey

    path = db_path_of(args)
    lock = None
    first = None  # the recovery key of a first encryption done here, with progress
    if path.exists() and path.stat().st_size and (keyed.is_plain(path) or rekey.pending(path)
                                                   or db.current_revision(path) not in (None, db.SCHEMA_HEAD)):
        # a schema upgrade rewrites tables, encryption the whole file: never under an open (older) workbench
        try:
            lock = InstanceLock(path).acquire()
        except Refused as exc:
            if exc.code == "already_running":
                raise Refused("upgrade_while_open", path=path) from None
            raise
    try:
        if lock is not None and rekey.needs_first_encryption(path):
            first = rekey.encrypt_first(path, report=keys.progress_printer())  # a large file: its progress
        store = Store.open(args.db, user=getattr(args, "user", None), device_name=getattr(args, "device_name", None))
        if first:
            db.last_recovery = first  # announced once, as when Store.open encrypts it
        return store
    finally:
        if lock is not None:
            lock.release()


def db_path_of(args) -> Path:
    """The database file; for a server database, the name of its local folder's placeholder."""
    if isinstance(args.db, str):
        from app.backends import local_folder

        return local_folder(args.db) / "server.db"
    return Path(args.db) if args.db else default_db_path()


def run(args) -> int:
    if args.command == "pg-setup":
        return pg.setup(args)  # as the server's administrator: no Zaosong database to open yet
    if args.command == "consolidate" and not isinstance(args.db, str):
        raise Refused("pg_consolidate_needs_server")  # before a file of that name is made
    if isinstance(args.db, str) and args.command in FILE_ONLY:
        from app.backends import redact

        raise Refused("pg_file_only", command=args.command, url=redact(args.db))
    if args.command == "restore":
        # never through Store.open: the file it replaces may be damaged
        return admin.restore(args, db_path_of(args))
    if args.command == "keys":
        return keys.run_keys(args, db_path_of(args))  # unlock serves the file Store.open cannot read yet
    clean_at_start(db_path_of(args))
    store = _open(args)
    from app import db  # loaded by _open already

    keys.announce(store.path, db.last_recovery)  # a new or newly encrypted file: its recovery key, once
    try:
        return DISPATCH[args.command].run(args, store)
    finally:
        store.dispose()


def _error_line(exc) -> str:
    """A refusal in the user's language only (issue 16: "错误 / error" prefixed every message)."""
    from app.messages import render

    return render("cli_error", message=exc) + "\n"


def main(argv: list[str] | None = None) -> int:
    restrict_umask()  # files made from here on are the user's only (issue 13 §4)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return run(args)
    except Refused as exc:
        sys.stderr.write(_error_line(exc))
        return 1
    except ValueError as exc:  # e.g. a date outside the calendar's range
        sys.stderr.write(_error_line(exc))
        return 1
    except Exception as exc:
        # a damaged file or a full disk met anywhere (a PDF, a package, a backup): said plainly
        refusal = translate(exc, db_path_of(args))
        if refusal is None:
            raise
        sys.stderr.write(_error_line(refusal))
        return 1


if __name__ == "__main__":
    sys.exit(main())

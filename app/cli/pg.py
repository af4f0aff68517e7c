"""The city's database (issue 22): ``consolidate`` imports many sync packages into a PostgreSQL
database through the same import code as ``sync import``; ``pg-setup`` makes the database and its
roles (owner, writers, a read-only reporting role, one role per supply station that sees only its
townships).
"""
from __future__ import annotations

import sys
from pathlib import Path

from app.cli.output import db_arg, print_json
from app.errors import Refused
from app.messages import render

COMMANDS = ("consolidate", "pg-setup")


def add_parsers(sub) -> None:
    con = sub.add_parser("consolidate", help="把多个同步包汇总到服务器数据库 (PostgreSQL)")
    # --to is the command's --db: the store opened around it is the server database
    con.add_argument("--to", dest="db", type=db_arg, required=True, metavar="URL",
                     help="服务器数据库 postgresql://用户@主机/数据库名")
    con.add_argument("files", type=Path, nargs="+", metavar="FILE", help="同步包 (*.zsync)")
    con.add_argument("--dry-run", action="store_true", help="只检查并报告,不写入")
    con.add_argument("--passphrase-file", type=Path, help="加密同步包的口令文件")
    con.add_argument("--json", action="store_true")

    setup = sub.add_parser("pg-setup", help="建立服务器数据库与角色 (以管理员身份连接)")
    setup.add_argument("--admin", required=True, metavar="URL",
                       help="管理员连接 postgresql://postgres@主机/postgres")
    setup.add_argument("--database", default="zaosong", help="数据库名 (默认 zaosong)")
    setup.add_argument("--prefix", default="zaosong", help="角色名前缀 (默认 zaosong)")
    setup.add_argument("--sql", action="store_true", help="只输出将执行的 SQL,不连接执行")
    setup.add_argument("--json", action="store_true")


def run(args, store) -> int:
    if args.command == "consolidate":
        return consolidate(args, store)
    raise AssertionError(args.command)  # pg-setup runs without a store (main.run)


def consolidate(args, store) -> int:
    from app.cli.sync import read_passphrase
    from app.sync.importer import import_package

    if not store.is_server:
        raise Refused("pg_consolidate_needs_server")
    passphrase = read_passphrase(args.passphrase_file)
    total = len(args.files)
    results, counts = [], {"imported": 0, "again": 0, "refused": 0}
    for done, path in enumerate(args.files, 1):
        try:
            summary = import_package(store, path, passphrase=passphrase, dry_run=args.dry_run)
        except Refused as exc:  # one bad package stops none of the others; each says why
            counts["refused"] += 1
            results.append({"file": str(path), "refused": str(exc), "code": exc.code})
            line = render("pg_consolidate_refused", done=done, total=total, file=path.name, reason=exc)
        else:
            summary.pop("changes", None)
            results.append({"file": str(path), **summary})
            if summary.get("already_imported"):
                counts["again"] += 1
                line = render("pg_consolidated_again", done=done, total=total, file=path.name)
            else:
                counts["imported"] += 1
                line = render("pg_consolidated", done=done, total=total, file=path.name,
                              **{k: sum(summary.get(k, {}).values()) for k in ("inserted", "updated", "unchanged",
                                                                                "conflicts")})
        if not args.json:
            print(line, flush=True)  # progress: one line per package as it is done
    out = {"total": total, **counts, "dry_run": args.dry_run, "packages": results}
    if args.json:
        print_json(out)
    else:
        print(render("pg_consolidate_summary", total=total, dry=render("pg_dry") if args.dry_run else "", **counts))
    return 0 if not counts["refused"] else 1


def setup(args) -> int:
    from app import pg_roles

    if args.sql:
        sys.stdout.write(pg_roles.setup_sql_text(args.database, args.prefix))
        return 0
    out = pg_roles.setup(args.admin, args.database, args.prefix)
    if args.json:
        print_json(out)
    else:
        print(render("pg_setup_done", db=out["database"], roles=", ".join(out["roles"])))
    return 0

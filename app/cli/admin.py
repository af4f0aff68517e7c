"""Commands that keep the database file: init, demo, check, backup, restore.

Services are imported inside the handlers: ``--version`` and ``--help`` must not load SQLAlchemy.
"""
from __future__ import annotations

from pathlib import Path

from app.cli.output import date_arg, print_json
from app.errors import Refused
from app.messages import render

COMMANDS = ("init", "demo", "check", "backup", "restore")


def add_parsers(sub) -> None:
    init = sub.add_parser("init", help="创建数据库 (设备身份、节假日日历)")
    init.add_argument("--user", help="使用者 (客户经理) 姓名")
    init.add_argument("--device-name", help="本机名称")
    init.add_argument("--json", action="store_true")

    demo = sub.add_parser("demo", help="生成演示数据 (只用于空数据库)")
    demo.add_argument("--cases", type=int)
    demo.add_argument("--xiangshan-2012", action="store_true",
                      help="按 2012 年象山模式生成 (1-9 月,206 台变压器、72000 kVA,全部环节按时)")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--as-of", type=date_arg, help="演示数据截止日期 (默认今天)")
    demo.add_argument("--json", action="store_true")

    chk = sub.add_parser("check", help="完整性检查 (integrity_check、外键、审计链)")
    chk.add_argument("--json", action="store_true")

    bk = sub.add_parser("backup", help="用 SQLite 备份接口备份数据库")
    bk.add_argument("--out", type=Path, help="备份文件 (默认: 数据库旁的 backups/ 文件夹)")
    rs = sub.add_parser("restore", help="从备份恢复 (先检查备份,当前文件另存一份;损坏的文件改名保存)")
    rs.add_argument("file", type=Path, metavar="FILE", nargs="?", help="备份文件 (已检查: integrity_check、架构版本)")
    rs.add_argument("--latest", action="store_true", help="用 backups/ 里最新的完好备份")
    rs.add_argument("--set-aside", action="store_true",
                    help="没有完好备份时:把损坏的文件改名保存到 backups/,以便建立新数据库")
    rs.add_argument("--json", action="store_true")
    rs.add_argument("--recovery-key", metavar="KEY", help="备份在别的电脑上建立时:用它的恢复密钥打开")


def run(args, store) -> int:
    cmd = args.command
    if cmd == "init":
        out = {"db": str(store.path), "created": store.created, "device_id": store.device_id, "user": store.user}
        if args.json:
            print_json(out)
        else:
            print(render("cli_database", path=store.path) + ("" if store.created else render("cli_exists")))
        return 0
    if cmd == "demo":
        from app.demo import build_demo
        from app.demo_2012 import build as build_xiangshan_2012  # the seed's bureau (issue 21)

        if args.xiangshan_2012:
            out = build_xiangshan_2012(store)
        elif args.cases is None:
            raise Refused("demo_needs_cases")
        else:
            out = build_demo(store, args.cases, seed=args.seed, as_of=args.as_of)
        if args.json:
            print_json(out)
        else:
            print(f"演示数据: {out['cases']} 个工单 (在途 {out.get('open', 0)}), {out['events']} 条事件 → {store.path}")
        return 0
    if cmd == "check":
        from app.services.audit import check_database

        report = check_database(store)
        if args.json:
            print_json(report)
        else:
            for line in report["lines"]:
                print(line)
        return 0 if report["ok"] else 1
    if cmd == "backup":
        from app.services.backup import backup_now

        print(backup_now(store.path, args.out))
        return 0
    raise AssertionError(cmd)


def restore(args, path: Path) -> int:
    """Replace the file: only under the instance lock, so never under an open workbench."""
    from app import db_health
    from app.errors import Refused
    from app.instance import InstanceLock
    from app.services.backup import check_backup
    from app.services.backup import restore as restore_file

    chosen = [x for x in (args.file, args.latest or None, args.set_aside or None) if x]
    if len(chosen) != 1:
        raise Refused("restore_what")
    try:
        lock = InstanceLock(path).acquire()
    except Refused as exc:
        if exc.code == "already_running":
            raise Refused("restore_while_open", path=path) from None
        raise
    from app.leftovers import clean_at_start

    clean_at_start(path)  # and holds the shared lock: no other start removes this restore's .part file
    try:
        if args.set_aside:
            if db_health.damage(path) is None:
                raise Refused("restore_what")  # a healthy file is never set aside
            out = {"damaged_kept_as": str(db_health.set_aside(path))}
        elif args.latest and db_health.damage(path) is not None:
            out = db_health.recover(path)
        else:
            if args.recovery_key:
                _unlock_backups(path, args.file, args.recovery_key)
            backup = args.file or db_health.newest_good_backup(path)
            if backup is None:
                raise Refused("no_good_backup", folder=path.parent / "backups")
            check_backup(backup)
            kept = restore_file(path, Path(backup), checked=True)
            out = {"restored_from": str(backup), "previous_kept_as": str(kept)}
    finally:
        lock.release()
    if args.json:
        print_json(out)
    else:
        if out.get("restored_from"):
            print(render("cli_restored_from", path=out["restored_from"])
                  + (f" ({out['backup_time']})" if out.get("backup_time") else ""))
        if out.get("previous_kept_as"):
            print(render("cli_previous_kept", path=out["previous_kept_as"]))
        if out.get("damaged_kept_as"):
            print(render("cli_damaged_kept", path=out["damaged_kept_as"]))
    return 0



def _unlock_backups(path: Path, chosen: Path | None, recovery_key: str) -> None:
    """``restore --recovery-key``: the chosen backup (or every backup whose key this computer lacks)
    opened with the recovery key, its key kept here. A key that opens none of them is refused."""
    from app import keyed
    from app.db_health import backup_candidates

    files = [Path(chosen)] if chosen else backup_candidates(path)
    keyed.parse_recovery(recovery_key)  # malformed: refused before anything is tried
    opened = 0
    for f in files:
        salt = keyed.salt_of(f)
        if salt is None or keyed.held_key(salt) is not None:
            continue
        try:
            keyed.unlock(f, recovery_key)
            opened += 1
        except Exception:
            if chosen:
                raise
    if chosen and not opened and keyed.salt_of(Path(chosen)) is None:
        keyed.unlock(Path(chosen), recovery_key)  # says it is not encrypted

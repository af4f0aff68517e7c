"""``zaosong keys``: the database's encryption key (issue 13 §4).

    zaosong keys recovery --show      the recovery key, while it is not yet confirmed as written down
    zaosong keys recovery --confirm   written down: it leaves this computer's keyring
    zaosong keys unlock --recovery-key KEY   open a file (or backup) made on another computer
    zaosong keys status               encrypted or not, where its key is kept

Never through ``Store.open``: ``unlock`` serves exactly the file Store.open cannot read yet
(``main.run`` calls ``run_keys`` before opening the store).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from app.messages import render

COMMANDS = ("keys",)


def add_parsers(sub) -> None:
    ks = sub.add_parser("keys", help="数据库加密密钥与恢复密钥").add_subparsers(dest="keys_cmd", required=True,
                                                                          metavar="ACTION")
    rc = ks.add_parser("recovery", help="恢复密钥:显示 (尚未确认抄下时) 或确认已抄下")
    what = rc.add_mutually_exclusive_group(required=True)
    what.add_argument("--show", action="store_true", help="显示恢复密钥 (确认抄下之前)")
    what.add_argument("--confirm", action="store_true", help="已抄下:从本机钥匙串删除恢复密钥")
    rc.add_argument("--json", action="store_true")
    un = ks.add_parser("unlock", help="用恢复密钥打开在别的电脑上建立的数据库或备份,密钥存入本机钥匙串")
    un.add_argument("file", type=Path, nargs="?", metavar="FILE", help="数据库或备份 (默认: 数据库)")
    un.add_argument("--recovery-key", required=True, metavar="KEY")
    un.add_argument("--json", action="store_true")
    st = ks.add_parser("status", help="是否加密、密钥保存在哪里")
    st.add_argument("--json", action="store_true")


def run_keys(args, db_path: Path) -> int:
    from app import keyed, secrets_store
    from app.errors import Refused

    cmd = args.keys_cmd
    if cmd == "unlock":
        target = Path(args.file) if args.file else db_path
        if not target.exists():
            raise Refused("not_a_db", path=target, error="missing")
        salt = keyed.unlock(target, args.recovery_key)
        out = {"file": str(target), "unlocked": True, "key_kept_in": secrets_store.where(keyed.key_name(salt))}
        return _say(args, out, render("cli_unlocked", kept_in=out["key_kept_in"], path=target))
    if cmd == "status":
        salt = keyed.salt_of(db_path)
        out = {"db": str(db_path), "encrypted": salt is not None,
               "key_kept_in": secrets_store.where(keyed.key_name(salt)) if salt else None,
               "recovery_key_pending": bool(salt and keyed.pending_recovery(db_path))}
        def yes(flag: bool) -> str:
            return render("cli_yes" if flag else "cli_no")

        return _say(args, out, render("cli_keys_status", db=out["db"], encrypted=yes(out["encrypted"]),
                                      kept_in=out["key_kept_in"] or "—", pending=yes(out["recovery_key_pending"])))
    # recovery
    if not keyed.salt_of(db_path):
        raise Refused("recovery_not_encrypted", path=db_path)
    if args.show:
        pending = keyed.pending_recovery(db_path)
        if pending is None:
            raise Refused("recovery_not_pending")
        return _say(args, {"db": str(db_path), "recovery_key": pending},
                    render("cli_recovery_show", key=pending))
    if not keyed.confirm_recovery(db_path):
        raise Refused("recovery_not_pending")
    return _say(args, {"db": str(db_path), "confirmed": True},
                render("cli_recovery_confirmed"))


def _say(args, out: dict, text: str) -> int:
    if getattr(args, "json", False):
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(text)
    return 0


def announce(db_path: Path, recovery: str | None, stream=None) -> None:
    """Once, when this process created or encrypted the database: the recovery key to write down."""
    if not recovery:
        return
    stream = stream or sys.stderr
    stream.write(render("cli_encrypted_announce", path=db_path, key=recovery))


def run(args, store) -> int:
    """The dispatch table's entry; ``main.run`` serves ``keys`` before any store is opened, so this
    is reached only by a caller that already holds one."""
    return run_keys(args, store.path)

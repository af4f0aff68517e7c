"""``zaosong keys``: the database's encryption key (issue 13 §4).

    zaosong keys recovery --show      the recovery key, while it is not yet confirmed as written down
    zaosong keys recovery --confirm   written down: it leaves this computer's keyring
    zaosong keys unlock --recovery-key KEY   open a file (or backup) made on another computer
    zaosong keys status               encrypted or not, where its key is kept
    zaosong keys reissue --yes        a new recovery key (the paper was lost): the database and its
                                      backups rewritten with a new key, the old recovery key void

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
    ri = ks.add_parser("reissue", help="重新签发恢复密钥 (抄下的丢了):用新密钥重写数据库和备份,旧恢复密钥作废")
    ri.add_argument("--yes", action="store_true", help="确认重写 (没有它什么也不做)")
    ri.add_argument("--json", action="store_true")


def run_keys(args, db_path: Path) -> int:
    from app import keyed, secrets_store
    from app.errors import Refused

    cmd = args.keys_cmd
    if cmd == "reissue":
        return _reissue(args, db_path)
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


def _reissue(args, db_path: Path) -> int:
    from app import keyed, rekey
    from app.errors import Refused
    from app.instance import InstanceLock

    if not db_path.exists():
        raise Refused("not_a_db", path=db_path, error="missing")
    if not keyed.salt_of(db_path):
        raise Refused("recovery_not_encrypted", path=db_path)
    if not args.yes:
        raise Refused("keys_reissue_needs_yes")
    try:
        lock = InstanceLock(db_path).acquire()  # never under an open workbench: it holds the old file
    except Refused as exc:
        if exc.code == "already_running":
            raise Refused("keys_db_in_use", path=db_path) from None
        raise
    try:
        out = rekey.reissue(db_path, report=None if args.json else progress_printer())
    finally:
        lock.release()
    text = render("cli_recovery_reissued", key=out["recovery_key"], backups=len(out["backups"]))
    if out["left_old_key"]:
        text += "\n" + render("cli_recovery_left_old", files=", ".join(out["left_old_key"]))
    return _say(args, {"db": str(db_path), **out}, text)


def progress_printer(stream=None):
    """``report(step, share)`` for the long copies: one line on stderr per step and tenth done."""
    stream = stream or sys.stderr
    shown: set[tuple[str, int]] = set()

    def report(step: str, share: float) -> None:
        tenth = int(share * 10)
        if (step, tenth) in shown:
            return
        shown.add((step, tenth))
        stream.write(render("cli_progress", step=render(f"step_{step}"), percent=tenth * 10) + "\n")
        stream.flush()

    return report


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

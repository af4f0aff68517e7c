"""Commands of sync by file, the audit chain, the published rules and checklists, the device identity:
sync, audit, rules, checklist, device.

Services are imported inside the handlers: ``--version`` and ``--help`` must not load SQLAlchemy.
"""
from __future__ import annotations

import json
from pathlib import Path

from app.cli.output import print_json
from app.errors import Refused
from app.messages import render

COMMANDS = ("sync", "audit", "rules", "checklist", "config", "device")


def add_parsers(sub) -> None:
    sy = sub.add_parser("sync", help="文件同步").add_subparsers(dest="sync_cmd", required=True, metavar="ACTION")
    sexp = sy.add_parser("export", help="导出同步包 (*.zsync)")
    sexp.add_argument("--out", type=Path, required=True)
    who = sexp.add_mutually_exclusive_group()
    who.add_argument("--peer", metavar="DEVICE", help="只导出上次发给该设备之后的变化")
    who.add_argument("--full", action="store_true", help="全部导出 (默认)")
    sexp.add_argument("--passphrase-file", type=Path, help="用口令加密 (口令写在这个文件里)")
    sexp.add_argument("--json", action="store_true")
    simp = sy.add_parser("import", help="导入同步包")
    simp.add_argument("file", type=Path, metavar="FILE")
    simp.add_argument("--passphrase-file", type=Path)
    simp.add_argument("--dry-run", action="store_true", help="只检查并报告将会发生的变化")
    simp.add_argument("--json", action="store_true")
    scon = sy.add_parser("conflicts", help="待处理的冲突")
    scon.add_argument("--all", action="store_true")
    scon.add_argument("--json", action="store_true")
    sres = sy.add_parser("resolve", help="处理冲突")
    sres.add_argument("conflict")
    sres.add_argument("--keep", required=True, choices=["mine", "theirs"])
    sdev = sy.add_parser("devices", help="已知设备与收发记录")
    sdev.add_argument("--json", action="store_true")
    strust = sy.add_parser("trust", help="信任设备 (先核对指纹)")
    strust.add_argument("device")
    sup_group = strust.add_mutually_exclusive_group()
    sup_group.add_argument("--supervisor", dest="supervisor", action="store_const", const=True, default=None,
                           help="主管设备:也接受它发来的日历、时限规则和检查模板")
    sup_group.add_argument("--not-supervisor", dest="supervisor", action="store_const", const=False,
                           help="不再作为主管设备")

    au = sub.add_parser("audit", help="审计").add_subparsers(dest="audit_cmd", required=True, metavar="ACTION")
    aver = au.add_parser("verify", help="校验各设备的事件哈希链")
    aver.add_argument("--json", action="store_true")
    from app.cli.after import add_audit_sample  # issue 20: audit sample (稽查抽样)

    add_audit_sample(au)
    for group, what in (("rules", "时限规则"), ("checklist", "检查模板")):
        g = sub.add_parser(group, help=f"{what}(作为数据发布,随同步下发)").add_subparsers(
            dest="config_cmd", required=True, metavar="ACTION")
        gp = g.add_parser("publish", help=f"检查并发布{what}文件的新版本(JSON,version 须高于现行版本)")
        gp.add_argument("file", type=Path)
        gl = g.add_parser("list", help=f"现行的与已发布的{what}")
        gl.add_argument("--json", action="store_true")
    from app.data_kinds import DATA_KINDS, KINDS

    cf = sub.add_parser("config", help="版本化的数据文件(乡镇、问卷、积分规则等,作为数据发布,随同步下发)").add_subparsers(
        dest="config_cmd", required=True, metavar="ACTION")
    cp = cf.add_parser("publish", help="检查并发布数据文件的新版本(JSON,version 须高于现行版本)")
    cp.add_argument("kind", choices=KINDS, metavar="KIND",
                    help="; ".join(f"{k}: {v.name_zh}" for k, v in DATA_KINDS.items()) or "rules, checklist")
    cp.add_argument("file", type=Path)
    cl = cf.add_parser("list", help="现行的与已发布的数据文件")
    cl.add_argument("--kind", choices=KINDS, metavar="KIND")
    cl.add_argument("--json", action="store_true")
    dv = sub.add_parser("device", help="本机设备").add_subparsers(dest="device_cmd", required=True, metavar="ACTION")
    dv.add_parser("id", help="本机设备编号与指纹")


def run(args, store) -> int:
    if args.command in ("rules", "checklist", "config"):
        return _config(args, store)
    return _sync(args, store)


def read_passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8").strip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise Refused("sync_bad", problem=render("cli_passphrase_file", error=exc)) from None
    if not text:
        raise Refused("sync_passphrase_needed")
    return text


def _config(args, store) -> int:
    """rules|checklist publish FILE; rules|checklist list [--json]."""
    from app.services import config_docs

    if args.command == "config":  # config publish KIND FILE | config list [--kind KIND]
        kind = args.kind
    else:
        kind = "rules" if args.command == "rules" else "checklist"
    if args.config_cmd == "publish":
        with store.session() as s:
            out = config_docs.publish(s, kind, args.file)
        print(json.dumps(out, ensure_ascii=False))
        return 0
    with store.reader() as s:
        docs = [d for d in config_docs.list_docs(s) if kind is None or d["kind"] == kind]
    if args.json:
        print_json(docs)
    else:
        for d in docs:
            mark = "*" if d["in_force"] else " "
            print(f"{mark} {d['doc_id']} v{d['version']}  {d['name']}  ({d['source']}"
                  f"{', ' + d['published_by'] if d['published_by'] else ''})")
            for line in (d.get("locks") or {}).get("lines", []):
                print(f"    {line}")
    return 0


def _sync(args, store) -> int:
    from app.sync import export, importer, peers

    if args.command == "device":
        from app.device_keys import fingerprint

        with store.reader() as s:
            from app.models import Device

            d = s.get(Device, store.device_id)
            out = {"id": d.id, "name": d.name, "fingerprint": fingerprint(d.public_key)}
        from app import secrets_store

        # where the private key is kept, and the device this copy was before it became its own
        out["key_store"] = secrets_store.where(secrets_store.device_key_name(store.device_id))
        out["previous_device_id"] = store.setting("previous_device_id") or None
        print(json.dumps(out, ensure_ascii=False))
        return 0
    if args.command == "audit" and args.audit_cmd == "sample":
        from app.cli.after import run_audit_sample

        return run_audit_sample(args, store)
    if args.command == "audit":
        report = peers.verify_audit(store)
        if args.json:
            print_json(report)
        else:
            print(render("cli_audit_ok") if report["ok"] else "\n".join(report["problems"]))
        return 0 if report["ok"] else 1
    c = args.sync_cmd
    if c == "export":
        out = export.export_package(store, args.out, peer=args.peer, passphrase=read_passphrase(args.passphrase_file))
        if args.json:
            print_json(out)
        else:
            print(out["file"])
        return 0
    if c == "import":
        summary = importer.import_package(store, args.file, passphrase=read_passphrase(args.passphrase_file),
                                     dry_run=args.dry_run)
        if args.json:
            print_json({**summary, "changes": summary["changes"].as_dict()})
        else:
            for key in ("inserted", "updated", "unchanged", "conflicts"):
                print(f"{key}: {summary[key]}")
            if summary["missing_packages"]:
                print(render("cli_missing_packages", packages=summary["missing_packages"]))
            for ch in summary.get("config_changes", []):
                print(render("cli_config_applied" if ch["applied"] else "cli_config_not_applied", table=ch["table"],
                             change=ch["change"]))
            for w in summary.get("warnings", []):
                print(w)
            for w in summary.get("waiting_imported", []):
                print(render("cli_waiting_imported", device=w["device"], seq=w["seq"])
                      + (f" — {w['refused']}" if w.get("refused") else ""))
        return 0
    if c == "conflicts":
        items = peers.list_conflicts(store, include_resolved=args.all)
        if args.json:
            print_json(items)
        else:
            for cf in items:
                print(f"{cf['id']}\t{cf['table']}\t{cf['row_id']}\t{','.join(cf['fields'])}\t{cf['winner']}")
        return 0
    if c == "resolve":
        print_json(peers.resolve_conflict(store, args.conflict, args.keep))
        return 0
    if c == "devices":
        items = peers.list_devices(store)
        if args.json:
            print_json(items)
        else:
            for d in items:
                level = "本机" if d["local"] else "主管" if d["supervisor"] else "已信任" if d["trusted"] else "未信任"
                print(f"{d['id']}\t{d['name']}\t{level}\t{d['fingerprint'] or ''}")
        return 0
    if c == "trust":
        print_json(peers.trust_device(store, args.device, supervisor=args.supervisor))
        return 0
    raise AssertionError(c)

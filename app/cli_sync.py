"""CLI commands of sync by file, audit and the device identity."""
from __future__ import annotations

import json
from pathlib import Path

from app.cli import _print_json  # one JSON printer for every command
from app.errors import Refused




def read_passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8").strip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise Refused("sync_bad", problem=f"口令文件 / passphrase file: {exc}") from None
    if not text:
        raise Refused("sync_passphrase_needed")
    return text


def dispatch_config(args, store) -> int:
    """rules|checklist publish FILE; rules|checklist list [--json]."""
    from app.services import config_docs

    kind = "rules" if args.command == "rules" else "checklist"
    if args.config_cmd == "publish":
        with store.session() as s:
            out = config_docs.publish(s, kind, args.file)
        print(json.dumps(out, ensure_ascii=False))
        return 0
    with store.reader() as s:
        docs = [d for d in config_docs.list_docs(s) if d["kind"] == kind]
    if args.json:
        _print_json(docs)
    else:
        for d in docs:
            mark = "*" if d["in_force"] else " "
            print(f"{mark} {d['doc_id']} v{d['version']}  {d['name']}  ({d['source']}"
                  f"{', ' + d['published_by'] if d['published_by'] else ''})")
            for line in (d.get("locks") or {}).get("lines", []):
                print(f"    {line}")
    return 0


def dispatch_sync(args, store) -> int:
    from app.sync import package as pkg

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
    if args.command == "audit":
        report = pkg.verify_audit(store)
        if args.json:
            _print_json(report)
        else:
            print("正常 / ok" if report["ok"] else "\n".join(report["problems"]))
        return 0 if report["ok"] else 1
    c = args.sync_cmd
    if c == "export":
        out = pkg.export_package(store, args.out, peer=args.peer, passphrase=read_passphrase(args.passphrase_file))
        if args.json:
            _print_json(out)
        else:
            print(out["file"])
        return 0
    if c == "import":
        summary = pkg.import_package(store, args.file, passphrase=read_passphrase(args.passphrase_file),
                                     dry_run=args.dry_run)
        if args.json:
            _print_json(summary)
        else:
            for key in ("inserted", "updated", "unchanged", "conflicts"):
                print(f"{key}: {summary[key]}")
            if summary["missing_packages"]:
                print(f"缺少的同步包 / missing packages: {summary['missing_packages']}")
            for ch in summary.get("config_changes", []):
                print(f"{'采用' if ch['applied'] else '未采用'} / {'applied' if ch['applied'] else 'not applied'}: "
                      f"{ch['table']} {ch['change']}")
            for w in summary.get("warnings", []):
                print(w)
            for w in summary.get("waiting_imported", []):
                print(f"随后导入了等待中的同步包 / then imported the waiting package: {w['device']} #{w['seq']}"
                      + (f" — {w['refused']}" if w.get("refused") else ""))
        return 0
    if c == "conflicts":
        items = pkg.list_conflicts(store, include_resolved=args.all)
        if args.json:
            _print_json(items)
        else:
            for cf in items:
                print(f"{cf['id']}\t{cf['table']}\t{cf['row_id']}\t{','.join(cf['fields'])}\t{cf['winner']}")
        return 0
    if c == "resolve":
        _print_json(pkg.resolve_conflict(store, args.conflict, args.keep))
        return 0
    if c == "devices":
        items = pkg.list_devices(store)
        if args.json:
            _print_json(items)
        else:
            for d in items:
                level = "本机" if d["local"] else "主管" if d["supervisor"] else "已信任" if d["trusted"] else "未信任"
                print(f"{d['id']}\t{d['name']}\t{level}\t{d['fingerprint'] or ''}")
        return 0
    if c == "trust":
        _print_json(pkg.trust_device(store, args.device, supervisor=args.supervisor))
        return 0
    raise AssertionError(c)

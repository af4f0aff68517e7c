"""Command group ``ledger`` (issue 17): ``zaosong ledger import|export`` of Excel ledgers.

The ledger modules (and openpyxl) are imported inside ``run``: ``--help`` and the other commands
do not load them."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from app.cli.output import date_arg
from app.errors import Refused
from app.messages import render

COMMANDS = ("ledger",)


def add_parsers(sub) -> None:
    led = sub.add_parser("ledger", help="Excel 台账:导入已有工单、导出台账")
    lsub = led.add_subparsers(dest="ledger_cmd", required=True, metavar="ACTION")
    im = lsub.add_parser("import", help="导入台账 (.xlsx 或 .csv):先预览,--dry-run 只预览不写入")
    im.add_argument("file", type=Path, metavar="FILE")
    im.add_argument("--sheet", help="工作表名 (默认第一个)")
    im.add_argument("--mapping", type=Path, metavar="FILE.json",
                    help='列对照 JSON:{"表头": "字段"},字段见 customer_name、account_no、SURVEY.finished… 或 "note"')
    im.add_argument("--dry-run", action="store_true", help="只预览,不写入数据库")
    im.add_argument("--errors-out", type=Path, metavar="FILE.xlsx", help="把未导入的行连同错误原因写入此工作簿")
    im.add_argument("--json", action="store_true")
    ex = lsub.add_parser("export", help="按台账格式导出工单 (可再导入)")
    ex.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    ex.add_argument("--manager", help="只导出该客户经理的工单")
    ex.add_argument("--open-only", action="store_true", help="只导出在途工单")
    ex.add_argument("--tracking", action="store_true", help="跟踪台账:加状态、下一期限、未完成措施、回访到期")
    ex.add_argument("--as-of", type=date_arg, help="跟踪台账的截至日期 (默认今天)")
    ex.add_argument("--json", action="store_true")


def read_mapping(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Refused("ledger_mapping_unreadable", name=path.name, detail=str(exc)[:200]) from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and (v is None or isinstance(v, str))
                                             for k, v in data.items()):
        raise Refused("ledger_mapping_unreadable", name=path.name, detail="{...}")
    return data


def run(args, store) -> int:
    from app.ledger.export import export_ledger
    from app.ledger.importer import import_table, write_errors
    from app.ledger.sheet import read_table

    if args.ledger_cmd == "import":
        table = read_table(args.file, sheet=args.sheet, mapping=read_mapping(args.mapping))
        report = import_table(store, table, dry_run=args.dry_run)
        if args.errors_out and report.refused:
            write_errors(table, report, args.errors_out)
        out = report.to_json()
        if args.json:
            sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2, default=str) + "\n")
        else:
            head = render("cli_ledger_preview") if args.dry_run else render("cli_ledger_imported")
            print(render("cli_ledger_counts", head=head, created=report.created, matched=report.matched,
                         updated=report.updated, refused=len(report.refused)))
            for r in report.refused:
                print(render("cli_ledger_row", row=r.row, reasons="；".join(r.reasons)))
            if report.unmapped_columns:
                print(render("cli_ledger_unmapped", columns="、".join(report.unmapped_columns)))
            if args.errors_out and report.refused:
                print(render("cli_ledger_errors_out", path=args.errors_out))
        return 0
    with store.reader() as s:
        path, count = export_ledger(s, args.out, manager=args.manager, open_only=args.open_only,
                                    db_name=store.path.name, as_of=args.as_of, tracking=args.tracking)
    if args.json:
        sys.stdout.write(json.dumps({"out": str(path), "cases": count}, ensure_ascii=False) + "\n")
    else:
        print(render("cli_ledger_exported", count=count, path=path))
    return 0

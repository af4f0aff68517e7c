"""Command groups ``bulletin``, ``escalations`` and ``escalation`` (issue 21): the three bulletins
(时限通报, 工作质量通报, 同业对标) as JSON, PDF or workbook; issuing them (frozen versions); the
escalations of a day and their acknowledgement."""
from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.output import date_arg, print_json
from app.messages import render

COMMANDS = ("bulletin", "escalations", "escalation")
PERIOD_OPTION = {"weekly": "week", "monthly": "month", "quarterly": "quarter"}
LEVELS = ("manager", "station", "centre", "bureau")


def _part(text: str) -> tuple[str, float]:
    code, _, value = text.partition("=")
    try:
        rate = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(render("bulletin_bad_rate", value=text)) from None
    if not code or not 0 <= rate <= 100:
        raise argparse.ArgumentTypeError(render("bulletin_bad_rate", value=text))
    return code.strip().upper(), rate


def _view_options(p) -> None:
    p.add_argument("--as-of", type=date_arg, help="截止日期 (默认期末或今天)")
    p.add_argument("--level", choices=LEVELS, default="bureau", help="监控层级 (默认 bureau)")
    p.add_argument("--scope", help="客户经理或供电所名称 (level 为 manager/station 时必填)")


def add_parsers(sub) -> None:
    b = sub.add_parser("bulletin", help="三通报:时限通报(周)、工作质量通报(月)、同业对标(季)")
    bs = b.add_subparsers(dest="bulletin_cmd", required=True, metavar="ACTION")
    for kind, opt, example, title in (("weekly", "week", "2026-W23", "时限通报"),
                                      ("monthly", "month", "2026-06", "工作质量通报"),
                                      ("quarterly", "quarter", "2026-Q2", "同业对标")):
        p = bs.add_parser(kind, help=f"{title} (--{opt} {example})")
        p.add_argument(f"--{opt}", required=True, metavar=example)
        _view_options(p)
        if kind == "quarterly":
            p.add_argument("--part", type=_part, action="append", default=[], metavar="CODE=RATE",
                           help="对标中未由早送计算的分项达标率,如 LV=98.5 (可重复)")
        out = p.add_mutually_exclusive_group(required=True)
        out.add_argument("--json", action="store_true")
        out.add_argument("--pdf", type=Path, metavar="FILE")
        out.add_argument("--xlsx", type=Path, metavar="FILE")
    iss = bs.add_parser("issue", help="发布(冻结)一期通报;数据有变时发布新版本并列出差异")
    iss.add_argument("kind", choices=tuple(PERIOD_OPTION), metavar="KIND")
    iss.add_argument("period", metavar="PERIOD")
    _view_options(iss)
    iss.add_argument("--part", type=_part, action="append", default=[], metavar="CODE=RATE")
    ls = bs.add_parser("list", help="已发布的通报")
    ls.add_argument("--json", action="store_true")
    sh = bs.add_parser("show", help="已发布通报的原样内容")
    sh.add_argument("id")
    out = sh.add_mutually_exclusive_group(required=True)
    out.add_argument("--json", action="store_true")
    out.add_argument("--pdf", type=Path, metavar="FILE")
    out.add_argument("--xlsx", type=Path, metavar="FILE")

    e = sub.add_parser("escalations", help="督办:按日计算的预警、超期上报")
    _view_options(e)
    e.add_argument("--json", action="store_true")
    a = sub.add_parser("escalation", help="确认督办")
    asub = a.add_subparsers(dest="escalation_cmd", required=True, metavar="ACTION")
    ack = asub.add_parser("ack", help="确认收到一条督办")
    ack.add_argument("id")
    ack.add_argument("--note", default="")
    ack.add_argument("--as-of", type=date_arg)


def _write(data: dict, args) -> int:
    if getattr(args, "json", False):
        print_json(data)
    elif getattr(args, "pdf", None):
        from app.cli.documents import bulletin_pdf

        bulletin_pdf(data, args.pdf)
        print(args.pdf)
    else:
        from app.bulletin_xlsx import write_workbook

        write_workbook(data, args.xlsx)
        print(args.xlsx)
    return 0


def run(args, store) -> int:
    from app.services import bulletins as bl
    from app.services import escalation as esc

    if args.command == "escalations":
        with store.reader() as s:
            bl.make_scope(args.level, args.scope)
            rows = esc.escalations(s, args.as_of, level=args.level, scope=(args.scope or "").strip())
        if args.json:
            print_json(rows)
        else:
            for r in rows:
                print(f"{r['id']}  {r['escalated_on']}  {r['case_no']}  {r['stage']}  {r['rung_name']}"
                      f" → {r['told_role_name']} {r['told']}" + (f"  ✓ {r['acknowledged_by']}" if r["acknowledged_by"] else ""))
        return 0
    if args.command == "escalation":
        with store.session() as s:
            ch = esc.acknowledge(s, args.id, args.as_of, note=args.note)
        print(ch.case_no)
        return 0
    cmd = args.bulletin_cmd
    if cmd == "list":
        with store.reader() as s:
            rows = bl.list_issued(s)
        if args.json:
            print_json(rows)
        else:
            for r in rows:
                print(f"{r['id']}  {r['kind']} {r['period']} v{r['version']}  {r['level']} {r['scope']}  "
                      f"{r['issued_by']} {r['issued_at']}  {r['input_hash'][:12]}")
        return 0
    if cmd == "show":
        with store.reader() as s:
            data = bl.issued_content(s, args.id)
        return _write(data, args)
    parts = dict(getattr(args, "part", None) or [])
    if cmd == "issue":
        with store.session() as s:
            out = bl.issue(s, args.kind, args.period, level=args.level, scope=args.scope, as_of=args.as_of,
                           parts=parts)
        print_json(out)
        return 0
    period = getattr(args, PERIOD_OPTION[cmd])
    with store.reader() as s:
        built = bl.build(s, cmd, period, as_of=args.as_of, level=args.level, scope=args.scope, parts=parts)
        data = bl.public(built)
        issued = bl.rerun(s, cmd, period, level=args.level, scope=args.scope, parts=parts, current=built) \
            if args.as_of is None else None
    if issued is not None:
        data["issued"] = issued  # the frozen version, and whether a re-run still gives its hash
    return _write(data, args)


__all__ = ["COMMANDS", "add_parsers", "run"]

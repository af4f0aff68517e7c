"""Commands of the performance points (绩效积分, issue 21): points rules|post|ledger|simulate|
ranking|adjust|appeal|decide|requests|recalc|authority.

``points post`` is the one command that derives postings (it replays the finished cases not yet
in the ledger); ``points ledger`` only reads, and lists the month's finished cases not posted yet.
Who may recalculate or decide is the roles document in force (``points authority`` shows it).
Services are imported inside the handlers: ``--help`` must not load SQLAlchemy.
"""
from __future__ import annotations

import sys
from pathlib import Path

from app.cli.output import date_arg, print_json

COMMANDS = ("points",)


def _num(text: str) -> float:
    import argparse

    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def add_parsers(sub) -> None:
    pts = sub.add_parser("points", help="绩效积分").add_subparsers(dest="points_cmd", required=True, metavar="ACTION")
    rules = pts.add_parser("rules", help="积分规则").add_subparsers(dest="rules_cmd", required=True, metavar="ACTION")
    rp = rules.add_parser("publish", help="发布积分规则文件 (下一版本)")
    rp.add_argument("file", type=Path, metavar="FILE")
    rl = rules.add_parser("list", help="积分规则的各版本")
    rl.add_argument("--json", action="store_true")
    po = pts.add_parser("post", help="把已送电的工单记入积分台账 (可重复执行,不会重复记账)")
    po.add_argument("--month", metavar="YYYY-MM", help="只记该月送电的工单 (缺省: 截至 --as-of 的全部)")
    po.add_argument("--as-of", type=date_arg)
    po.add_argument("--json", action="store_true")
    led = pts.add_parser("ledger", help="某月的积分明细")
    led.add_argument("--month", required=True, metavar="YYYY-MM")
    led.add_argument("--manager", metavar="M")
    led.add_argument("--as-of", type=date_arg)
    out = led.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--pdf", type=Path, metavar="FILE", help="积分明细 PDF (需 --manager)")
    out.add_argument("--xlsx", type=Path, metavar="FILE")
    si = pts.add_parser("simulate", help="在办工单若今天送电可得的积分")
    si.add_argument("--as-of", type=date_arg)
    si.add_argument("--manager", metavar="M")
    si.add_argument("--json", action="store_true")
    ra = pts.add_parser("ranking", help="季度积分排名")
    ra.add_argument("--quarter", required=True, metavar="YYYY-Qn")
    rout = ra.add_mutually_exclusive_group()
    rout.add_argument("--json", action="store_true")
    rout.add_argument("--xlsx", type=Path, metavar="FILE")
    ad = pts.add_parser("adjust", help="调整他人的积分 (须写明理由)")
    ad.add_argument("manager", metavar="MANAGER")
    ad.add_argument("--points", required=True, type=_num, metavar="N")
    ad.add_argument("--reason", required=True, metavar="TEXT")
    ad.add_argument("--month", metavar="YYYY-MM")
    ad.add_argument("--decision", default="", metavar="TEXT")
    ap = pts.add_parser("appeal", help="对自己的积分提出申诉")
    ap.add_argument("--reason", required=True, metavar="TEXT")
    ap.add_argument("--case", metavar="CASE")
    ap.add_argument("--month", metavar="YYYY-MM")
    ap.add_argument("--points", type=_num, metavar="N", help="请求补回的积分")
    de = pts.add_parser("decide", help="裁决申诉 (不能裁决自己的)")
    de.add_argument("request", metavar="ID")
    which = de.add_mutually_exclusive_group(required=True)
    which.add_argument("--accept", action="store_true")
    which.add_argument("--reject", action="store_true")
    de.add_argument("--decision", required=True, metavar="TEXT")
    de.add_argument("--points", type=_num, metavar="N")
    rq = pts.add_parser("requests", help="调整与申诉")
    rq.add_argument("--month", metavar="YYYY-MM")
    rq.add_argument("--manager", metavar="M")
    rq.add_argument("--json", action="store_true")
    rc = pts.add_parser("recalc", help="按现行规则重算某月 (先显示差异;有重算权限者 --post 冲销并重记)")
    rc.add_argument("--month", required=True, metavar="YYYY-MM")
    rc.add_argument("--label", required=True, metavar="TEXT")
    rc.add_argument("--post", action="store_true")
    rc.add_argument("--as-of", type=date_arg)
    rc.add_argument("--json", action="store_true")
    au = pts.add_parser("authority", help="本库用户按现行角色文件可否重算、裁决")
    au.add_argument("--as-of", type=date_arg)
    au.add_argument("--json", action="store_true")


def _print_ledger(led: dict) -> None:
    for p in led["postings"]:
        print(f"{p['person']}\t{p['case_no'] or '—'}\t{p['kind']}\t{p['value']:g}\t{p['formula']}")
    for t in led["totals"]:
        print(f"= {t['person']}\t{t['points']:g}")
    for p in led["refused"]:
        print(f"✗ {p['person']}\t{p['case_no'] or '—'}\t{p['kind']}\t{p['value']:g}\trefused ({p['refused']}): "
              f"{p['created_by']}")
    for p in led["unposted"]:
        print(f"+ {p['case_no']}\t{p['manager']}\t{p['finished_on']}\tnot posted (points post)")
    for p in led["pending"]:
        print(f"? {p['case_no']}\t{p['manager']}\t{p['finished_on']}\tpending")


def run(args, store) -> int:
    from app.services import points

    c = args.points_cmd
    if c == "rules":
        from app.services import config_docs

        if args.rules_cmd == "publish":
            with store.session() as s:
                out = config_docs.publish(s, points.KIND, args.file)
            print_json(out)
            return 0
        with store.reader() as s:
            docs = [d for d in config_docs.list_docs(s) if d["kind"] == points.KIND]
        if args.json:
            print_json(docs)
        else:
            for d in docs:
                print(f"{d['doc_id']}@{d['version']}\t{d.get('effective_from') or ''}\t{d['name']}")
        return 0
    if c == "post":
        with store.session() as s:
            out = points.post_finished(s, args.as_of, args.month)
        if args.json:
            print_json(out)
        else:
            from app.messages import render

            print(render("points_posted", **out))
        return 0
    if c == "authority":
        with store.reader() as s:
            out = points.authority(s, args.as_of)
        if args.json:
            print_json(out)
        else:
            print("\t".join(f"{a}={'yes' if out[a] else 'no'}" for a in ("recalculate", "decide")) +
                  f"\t{out['user']}\t{'、'.join(out['levels']) or '—'}\t{out['roles']}")
        return 0
    if c == "ledger":
        with store.reader() as s:
            if args.pdf:
                if not args.manager:
                    from app.errors import Refused

                    raise Refused("required", what="--manager")
                data = points.statement(s, args.month, args.manager)
            else:
                led = points.ledger(s, args.month, args.manager, args.as_of)
                data = points.statement(s, args.month, args.manager) if args.xlsx else None
        if args.pdf:
            from app.cli.documents import points_statement_pdf  # ReportLab only for a PDF

            points_statement_pdf(data, args.pdf)
        elif args.xlsx:
            points.export_statement(data, args.xlsx)
            print(args.xlsx)
        elif args.json:
            print_json(led)
        else:
            _print_ledger(led)
        return 0
    if c == "simulate":
        with store.reader() as s:
            out = points.simulate(s, args.as_of, args.manager)
        if args.json:
            print_json(out)
        else:
            for x in out["cases"]:
                print(f"{x['case_no']}\t{x['manager']}\t{x['total']:g}\t{x['formula']}")
        return 0
    if c == "ranking":
        with store.reader() as s:
            out = points.ranking(s, args.quarter)
        if args.xlsx:
            points.export_ranking(out, args.xlsx)
            print(args.xlsx)
        elif args.json:
            print_json(out)
        else:
            for r in out["ranking"]:
                print(f"{r['rank']}\t{r['person']}\t{r['points']:g}")
        return 0
    if c == "adjust":
        with store.session() as s:
            ch = points.adjust(s, args.manager, args.points, args.reason, args.month, args.decision)
        print(ch.created_id)
        return 0
    if c == "appeal":
        with store.session() as s:
            ch = points.appeal(s, args.reason, args.month, args.case, args.points)
        print(ch.created_id)
        return 0
    if c == "decide":
        with store.session() as s:
            ch = points.decide(s, args.request, bool(args.accept), args.decision, args.points)
        print(ch.created_id)
        return 0
    if c == "requests":
        with store.reader() as s:
            out = points.requests(s, args.month, args.manager)
        if args.json:
            print_json(out)
        else:
            for r in out:
                print(f"{r['id'][:8]}\t{r['kind']}\t{r['person']}\t{r['month']}\t{r['status']}\t{r['reason']}")
        return 0
    if c == "recalc":
        with store.session() as s:
            out = points.recalc(s, args.month, args.label, post=args.post, as_of=args.as_of)
        if args.json:
            print_json(out)
        else:
            for d in out["cases"]:
                for p in d["people"]:
                    print(f"{d['case_no']}\t{p['person']}\t{p['old']:g} → {p['new']:g}\t({p['delta']:+g})")
            sys.stdout.write(("posted" if out["posted"] else "preview") + f"\t{out['delta']:+g}\n")
        return 0
    return 2

"""CLI for corrections (更正), undo, withdrawal and the case history: ``zaosong case correct|undo|
withdraw|withdrawn|history|corrections|issue-period|issued-periods``. Parsers hang under ``case``
(see ``cases``).

The corrections service is imported at the top: the parsers' help lists its reasons and fields.
"""
from __future__ import annotations

import argparse
import json

from app.cli.output import date_arg, print_change, print_json
from app.domain import STAGE_NAMES
from app.errors import Refused
from app.messages import render
from app.services import corrections as svc
from app.services.corrections import CASE_FIELDS
from app.services.query import issued_periods

COMMANDS = ("correct", "undo", "withdraw", "withdrawn", "history", "corrections", "issue-period", "issued-periods")


def _reasons_help(use: str) -> str:
    return "; ".join(f"{r['code']} {r['zh']}" for r in svc.reason_list()["reasons"] if use in r["uses"])


def add_parsers(case) -> None:
    co = case.add_parser("correct", help="更正已记录的环节日期、结论或工单信息 (留痕,原记录保留)",
                         epilog=f"REASON: {_reasons_help('correct')}")
    co.add_argument("case")
    co.add_argument("--stage", choices=list(STAGE_NAMES), metavar="CODE")
    co.add_argument("--round", type=int)
    co.add_argument("--pause", type=int, metavar="N",
                    help="更正该轮第 N 次暂停:--started 为暂停开始日期,--finished 为暂停结束日期")
    what = co.add_mutually_exclusive_group()
    what.add_argument("--started", type=date_arg, help="更正开始日期")
    what.add_argument("--finished", type=date_arg, help="更正完成日期")
    what.add_argument("--outcome", help="更正结论 pass / rectify")
    co.add_argument("--meeting", metavar="MEETING", help="更正该次会审对本工单的决定 (与 --decision 同用)")
    co.add_argument("--decision", choices=["approve", "approve_with_changes", "reject"])
    co.add_argument("--decision-note", help="更正后的修改意见/理由 (默认保留原文)")
    co.add_argument("--inspection", metavar="ID", help="更正已结束检查的一项结果 (与 --item 同用)")
    co.add_argument("--item", metavar="CODE")
    co.add_argument("--result", choices=["pass", "fail", "na"])
    co.add_argument("--item-value", help="更正后的实测值")
    co.add_argument("--item-note", help="更正后的检查说明")
    co.add_argument("--opinion", type=int, metavar="N", help="更正设计审查第 N 条意见 (--round 选轮次,默认最后一轮)")
    co.add_argument("--opinion-text")
    co.add_argument("--clause")
    co.add_argument("--category")
    co.add_argument("--must-fix", choices=["yes", "no"])
    co.add_argument("--field", choices=CASE_FIELDS)
    co.add_argument("--value")
    co.add_argument("--reason", required=True, metavar="CODE", help=f"原因代码或名称: {_reasons_help('correct')}")
    co.add_argument("--note", default="")
    co.add_argument("--json", action="store_true")

    un = case.add_parser("undo", help="撤回工单的上一步 (作为更正留痕)", epilog=f"REASON: {_reasons_help('undo')}")
    un.add_argument("case")
    un.add_argument("--reason", default="MISOPERATION", metavar="CODE", help=_reasons_help("undo"))
    un.add_argument("--note", default="")
    un.add_argument("--json", action="store_true")

    wd = case.add_parser("withdraw", help="撤销工单 (客户撤销、重复受理…;只在审计中可见)",
                         epilog=f"REASON: {_reasons_help('withdraw')}")
    wd.add_argument("case")
    wd.add_argument("--reason", required=True, metavar="CODE", help=_reasons_help("withdraw"))
    wd.add_argument("--note", default="")
    wd.add_argument("--json", action="store_true")

    wl = case.add_parser("withdrawn", help="已撤销的工单 (审计) 及其数量")
    wl.add_argument("--json", action="store_true")

    hi = case.add_parser("history", help="工单的全部记录,含更正 (原记录与更正并列)")
    hi.add_argument("case")
    hi.add_argument("--json", action="store_true")

    cl = case.add_parser("corrections", help="所有更正与撤回 (主管复核;改变考核结论的标出)")
    cl.add_argument("--changed-verdicts", action="store_true", help="只列改变了时限考核结论的更正")
    cl.add_argument("--issued-period", action="store_true",
                    help="只列改变了已上报统计期考核结论的更正 (统计期上报之后才记录的)")
    cl.add_argument("--json", action="store_true")

    ip = case.add_parser("issue-period", help="记录某月的考核数据已上报 (之后改变该月结论的更正会标出)")
    ip.add_argument("period", metavar="YYYY-MM")
    ip.add_argument("--json", action="store_true")
    ips = case.add_parser("issued-periods", help="已上报的统计期")
    ips.add_argument("--json", action="store_true")


def run(args: argparse.Namespace, store) -> int:
    c = args.case_cmd
    if c == "correct":
        stage_given = any(v is not None for v in (args.started, args.finished, args.outcome))
        with store.session() as s:
            if args.opinion is not None:
                if args.stage or args.field or stage_given or args.inspection or args.meeting:
                    raise Refused("correct_what")
                ch = svc.correct_opinion(s, args.case, args.opinion, args.round, text=args.opinion_text,
                                         clause=args.clause, category=args.category,
                                         must_fix=None if args.must_fix is None else args.must_fix == "yes",
                                         reason=args.reason, note=args.note)
                print(ch.case_no)
                return 0
            if args.inspection is not None or args.item is not None:
                if args.inspection is None or args.item is None or args.stage or args.field or stage_given:
                    raise Refused("correct_what")
                ch = svc.correct_result(s, args.case, args.inspection, args.item, result=args.result,
                                        value=args.item_value, item_note=args.item_note, reason=args.reason,
                                        note=args.note)
                print(ch.case_no)
                return 0
            if args.meeting is not None or args.decision is not None:
                if args.meeting is None or args.decision is None or args.stage or args.field or stage_given:
                    raise Refused("correct_what")
                ch = svc.correct_decision(s, args.case, args.meeting, args.decision, args.decision_note,
                                          reason=args.reason, note=args.note)
                print(ch.case_no)
                return 0
            if args.field is not None:
                if args.stage or stage_given or args.value is None:
                    raise Refused("correct_what")
                ch = svc.correct_field(s, args.case, args.field, args.value, reason=args.reason, note=args.note)
            else:
                if not args.stage:
                    raise Refused("correct_what")
                if args.pause is not None:
                    if args.outcome is not None:
                        raise Refused("correct_what")
                    ch = svc.correct_pause(s, args.case, args.stage, args.round, args.pause, started_on=args.started,
                                           ended_on=args.finished, reason=args.reason, note=args.note)
                    print(ch.case_no)
                    return 0
                ch = svc.correct_stage(s, args.case, args.stage, args.round, started_on=args.started,
                                       finished_on=args.finished, outcome=args.outcome, reason=args.reason,
                                       note=args.note)
        print(ch.case_no)
        return 0
    if c == "undo":
        return print_change(store, svc.undo_last, args.case, reason=args.reason, note=args.note)
    if c == "withdraw":
        return print_change(store, svc.withdraw_case, args.case, reason=args.reason, note=args.note)
    if c == "withdrawn":
        with store.reader() as s:
            out = svc.withdrawals(s)
        if args.json:
            print_json(out)
        else:
            print(render("cli_withdrawn_cases", count=out["count"]))
            for w in out["cases"]:
                print(f"{w['case_no']}\t{w['customer_name']}\t{w['reason_zh']}\t{w['note']}\t{w['actor']}\t{w['on']}")
        return 0
    if c == "history":
        with store.reader() as s:
            out = svc.case_history(s, args.case)
        if args.json:
            print_json(out)
        else:
            for e in out["events"]:
                mark = "✗ " if e["struck"] else "  "
                print(f"{mark}{e['effective_on']}\t{e['kind']}\t{e['actor']}\t"
                      f"{json.dumps(e['payload'], ensure_ascii=False)}")
        return 0
    if c == "corrections":
        with store.reader() as s:
            out = svc.list_corrections(s, args.changed_verdicts, args.issued_period)
        if args.json:
            print_json(out)
        else:
            for e in out:
                p = e["payload"]
                flag = "!" if p.get("changes_verdict") else " "
                issued = "\t" + render("cli_issued", periods="、".join(e["issued_periods"])) if e["issued_periods"] else ""
                print(f"{flag} {e['case_no']}\t{e['kind']}\t{p.get('target', p.get('kind'))}\t"
                      f"{p.get('old', '')} → {p.get('new', '')}\t{p.get('reason_zh', '')}\t{e['actor']}{issued}")
        return 0
    if c == "issue-period":
        with store.session() as s:
            out = svc.issue_period(s, args.period)
        if args.json:
            print_json(out)
        else:
            print(f"{out['period']}\t{out['issued_at']}")
        return 0
    if c == "issued-periods":
        with store.reader() as s:
            out = issued_periods(s)
        if args.json:
            print_json(out)
        else:
            for p in out:
                print(f"{p['period']}\t{p['issued_at']}")
        return 0
    raise AssertionError(c)

"""Commands of review meetings (业扩会审), design review (审图) and policy risks (政策处理).

Services are imported inside the handlers: ``--version`` and ``--help`` must not load SQLAlchemy;
the PDF commands are in ``documents`` (ReportLab), imported only when a PDF is asked for.
"""
from __future__ import annotations

from pathlib import Path

from app.cli.output import date_arg, print_change, print_json, warn

COMMANDS = ("meeting", "review", "risk")


def add_parsers(sub) -> None:
    mt = sub.add_parser("meeting", help="业扩会审").add_subparsers(dest="meeting_cmd", required=True, metavar="ACTION")
    mnew = mt.add_parser("new", help="安排会审,输出会审编号")
    mnew.add_argument("--on", required=True, metavar='"YYYY-MM-DD HH:MM"')
    mnew.add_argument("--place", required=True)
    mnew.add_argument("--chair", required=True)
    mnew.add_argument("--departments", default="", help='参会部门,如 "发展策划部,运维检修部"')
    mprop = mt.add_parser("propose", help="把待会审的工单 (达到现行时限规则的会审容量、查勘已完成、方案未定) 列入议程")
    mprop.add_argument("meeting")
    mprop.add_argument("--json", action="store_true")
    madd = mt.add_parser("add", help="把工单列入议程")
    madd.add_argument("meeting")
    madd.add_argument("case")
    madd.add_argument("--representative", default="", help="客户代表")
    mdec = mt.add_parser("decide", help="记录会审决定")
    mdec.add_argument("meeting")
    mdec.add_argument("case")
    mdec.add_argument("--decision", required=True, choices=["approve", "approve_with_changes", "reject"])
    mdec.add_argument("--note", default="")
    mlist = mt.add_parser("list", help="会审列表")
    mlist.add_argument("--month", metavar="YYYY-MM")
    mlist.add_argument("--json", action="store_true")
    mpdf = mt.add_parser("pdf", help="会审通知或会议纪要 PDF")
    mpdf.add_argument("meeting")
    kind = mpdf.add_mutually_exclusive_group(required=True)
    kind.add_argument("--minutes", action="store_true", help="会议纪要")
    kind.add_argument("--notice", action="store_true", help="会审通知")
    mpdf.add_argument("--case", help="只给这个工单的客户代表的通知")
    mpdf.add_argument("--out", type=Path, required=True)
    mmin = mt.add_parser("minutes", help="会议纪要正文 (会审召开后;替换原有内容,空文字清除)")
    mmin.add_argument("meeting")
    mmin.add_argument("--text", required=True, help="纪要正文,可多行")
    mpp = mt.add_parser("postpone", help="会审改期")
    mpp.add_argument("meeting")
    mpp.add_argument("--to", required=True, metavar='"YYYY-MM-DD HH:MM"')
    mpp.add_argument("--reason", required=True)
    mcan = mt.add_parser("cancel", help="取消会审")
    mcan.add_argument("meeting")
    mcan.add_argument("--reason", required=True)

    rv = sub.add_parser("review", help="设计图纸审查").add_subparsers(dest="review_cmd", required=True, metavar="ACTION")
    ropen = rv.add_parser("open", help="客户报送图纸,开始设计审查")
    ropen.add_argument("case")
    ropen.add_argument("--on", type=date_arg, required=True)
    ropen.add_argument("--institute", default="", help="设计单位")
    ropen.add_argument("--drawings", default="", help="图纸清单")
    rop = rv.add_parser("opinion", help="记录审查意见")
    rop.add_argument("case")
    rop.add_argument("--text", required=True)
    rop.add_argument("--must-fix", action="store_true", help="必须整改")
    rop.add_argument("--category", default="technical", help="technical, metering, protection, civil, other")
    rop.add_argument("--clause", default="", help="依据条款,如 GB 50053-2013 第 6.2.1 条")
    rpart = rv.add_parser("participants", help='审查参加人员,如 "张伟:生产,李海燕:营销,王强:供电所"')
    rpart.add_argument("case")
    rpart.add_argument("--names", required=True)
    rclose = rv.add_parser("close", help="结束设计审查 (approved 通过 / returned 退回修改)")
    rclose.add_argument("case")
    rclose.add_argument("--on", type=date_arg, required=True)
    rclose.add_argument("--outcome", required=True, choices=["approved", "returned"])
    rpdf = rv.add_parser("pdf", help="审图意见书 PDF (默认最近一轮;审查未结束时为草稿)")
    rpdf.add_argument("case")
    rpdf.add_argument("--round", type=int, help="审查轮次")
    rpdf.add_argument("--out", type=Path, required=True)
    rshow = rv.add_parser("show", help="工单的设计审查记录")
    rshow.add_argument("case")
    rshow.add_argument("--json", action="store_true")

    rk = sub.add_parser("risk", help="政策处理风险").add_subparsers(dest="risk_cmd", required=True, metavar="ACTION")
    radd = rk.add_parser("add", help="登记风险,输出风险编号")
    radd.add_argument("case")
    radd.add_argument("--kind", required=True, help="RIGHT_OF_WAY, PERMIT, ACCESS, NEIGHBOUR, OTHER")
    radd.add_argument("--text", required=True)
    radd.add_argument("--owner", default="")
    radd.add_argument("--due", type=date_arg)
    radd.add_argument("--on", type=date_arg, help="登记日期 (默认今天)")
    rcl = rk.add_parser("close", help="关闭风险")
    rcl.add_argument("risk")
    rcl.add_argument("--on", type=date_arg, required=True)
    rls = rk.add_parser("list", help="风险列表")
    rls.add_argument("case", nargs="?")
    rls.add_argument("--open", action="store_true")
    rls.add_argument("--json", action="store_true")


def run(args, store) -> int:
    if args.command == "meeting":
        return _meeting(args, store)
    if args.command == "review":
        return _review(args, store)
    return _risk(args, store)


def _meeting(args, store) -> int:
    from app.services import meetings as mt

    c = args.meeting_cmd
    if c == "new":
        return print_change(store, mt.new_meeting, args.on, args.place, args.chair, args.departments,
                            show="meeting_id")
    if c == "propose":
        with store.session() as s:
            ch, added = mt.propose(s, args.meeting)
        warn(ch)
        if args.json:
            print_json(added)
        else:
            for a in added:
                print(f"{a['case_no']}\t{a['customer_name']}\t{a['capacity_kva']:g}\t{a['plan_deadline'] or '-'}"
                      + (f"\t{a['warning']}" if a["warning"] else ""))
        return 0
    if c == "add":
        with store.session() as s:
            ch = mt.add_case(s, args.meeting, args.case, args.representative)
        warn(ch)
        print(ch.case_no)
        return 0
    if c == "decide":
        return print_change(store, mt.decide, args.meeting, args.case, args.decision, args.note)
    if c == "list":
        with store.reader() as s:
            rows = mt.list_meetings(s, args.month)
        if args.json:
            print_json(rows)
        else:
            for m in rows:
                print(f"{m['id']}\t{m['held_at']}\t{m['place']}\t{m['chair']}\t{m['status']}\t{len(m['agenda'])}")
        return 0
    if c == "pdf":
        from app.cli import (
            documents as pdf,  # ReportLab: loaded only when a PDF is asked for
        )

        return pdf.meeting_pdf(args, store)
    if c == "minutes":
        return print_change(store, mt.set_minutes, args.meeting, args.text, show="meeting_id")
    if c == "postpone":
        return print_change(store, mt.postpone_meeting, args.meeting, args.to, args.reason, show="meeting_id")
    return print_change(store, mt.cancel_meeting, args.meeting, args.reason, show="meeting_id")


def _review(args, store) -> int:
    from app.services import design_review as dr

    c = args.review_cmd
    if c == "show":
        with store.reader() as s:
            print_json(dr.review_view(s, args.case))
        return 0
    if c == "pdf":
        from app.cli import (
            documents as pdf,  # ReportLab: loaded only when a PDF is asked for
        )

        return pdf.review_pdf(args, store)
    with store.session() as s:
        if c == "open":
            ch = dr.open_review(s, args.case, args.on, args.institute, args.drawings)
        elif c == "opinion":
            ch = dr.add_opinion(s, args.case, args.text, args.must_fix, args.category, args.clause)
        elif c == "participants":
            ch = dr.set_participants(s, args.case, args.names)
        else:
            ch = dr.close_review(s, args.case, args.on, args.outcome)
    print(ch.case_no)
    return 0


def _risk(args, store) -> int:
    from app.services import design_review as dr

    c = args.risk_cmd
    if c == "add":
        return print_change(store, dr.add_risk, args.case, args.kind, args.text, args.owner, args.due, args.on,
                            show="created_id")
    if c == "close":
        with store.session() as s:
            dr.close_risk(s, args.risk, args.on)
        return 0
    with store.reader() as s:
        rows = dr.list_risks(s, args.case, args.open)
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['id']}\t{r['case_no']}\t{r['kind_name']}\t{r['status']}\t{r['owner']}\t{r['due_on'] or '-'}\t{r['text']}")
    return 0

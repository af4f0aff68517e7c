"""Command group ``outage`` (issue 19): outage needs, maintenance windows, the monthly balancing
and the plan's states and documents.

Services are imported inside ``run`` (``--help`` loads no SQLAlchemy); the PDFs are drawn by
``app.cli.documents`` (ReportLab), imported only when a PDF is asked for.
"""
from __future__ import annotations

from pathlib import Path

from app.cli.output import date_arg, print_json, warn
from app.errors import Refused
from app.messages import render

COMMANDS = ("outage",)


def add_parsers(sub) -> None:
    og = sub.add_parser("outage", help="月度停电计划平衡:停电需求、检修窗口、平衡、确认、计划表")
    osub = og.add_subparsers(dest="outage_cmd", required=True, metavar="ACTION")
    nd = osub.add_parser("need", help="登记工单的停电需求 (供电方案起),输出需求编号")
    nd.add_argument("case")
    nd.add_argument("--feeder", required=True, help="线路,如 10kV城东线")
    nd.add_argument("--hours", required=True, help="停电时长 (小时)")
    nd.add_argument("--ready", type=date_arg, required=True, help="客户工程预计完工日 (可停电起)")
    nd.add_argument("--wanted", type=date_arg, required=True, help="客户要求送电日")
    nd.add_argument("--customers", default="1", help="停电户数")
    nd.add_argument("--important", action="store_true", help="其中有重要用户")
    nd.add_argument("--substation", default="", help="变电站")
    nd.add_argument("--section", default="", help="开关分段")
    nd.add_argument("--work", default="OTHER", help="T_JOIN (T接), BAY (开关间隔), CABLE (电缆搭头), OTHER")
    nd.add_argument("--live-line", action="store_true", help="可带电作业代替停电")
    nd.add_argument("--note", default="")
    wd = osub.add_parser("window", help="运检检修窗口 (线路、日期、时长),或 --import FILE.xlsx")
    wd.add_argument("--feeder")
    wd.add_argument("--on", type=date_arg)
    wd.add_argument("--hours")
    wd.add_argument("--note", default="")
    wd.add_argument("--import", dest="import_file", type=Path, metavar="FILE.xlsx",
                    help="导入工作簿 (首行: 线路, 日期, 时长, 备注)")
    bl = osub.add_parser("balance", help="平衡某月停电计划 (保存为草案),列出停电安排、待平衡事项与时限风险")
    bl.add_argument("--month", required=True, metavar="YYYY-MM")
    bl.add_argument("--as-of", type=date_arg, help="平衡日 (默认今天)")
    bl.add_argument("--json", action="store_true")
    cf = osub.add_parser("confirm", help="平衡会确认计划停电 (通知日须至少提前 7 天)")
    cf.add_argument("outage")
    cf.add_argument("--notice-on", type=date_arg, required=True, help="计划通知日期")
    an = osub.add_parser("announce", help="已发停电通知/公告")
    an.add_argument("outage")
    an.add_argument("--on", type=date_arg, required=True)
    an.add_argument("--channel", required=True, help="通知方式,如 短信、公告")
    mv = osub.add_parser("move", help="计划停电改期 (已公告的须重新通知),并立即重新检查")
    mv.add_argument("outage")
    mv.add_argument("--to", type=date_arg, required=True)
    mv.add_argument("--notice-on", type=date_arg, help="新的通知日期")
    mv.add_argument("--channel", help="新的通知方式")
    mv.add_argument("--as-of", type=date_arg)
    mv.add_argument("--json", action="store_true")
    for name, text in (("execute", "已停电执行"), ("done", "已完成送电")):
        p = osub.add_parser(name, help=text)
        p.add_argument("outage")
    cn = osub.add_parser("cancel", help="取消计划停电")
    cn.add_argument("outage")
    cn.add_argument("--reason", required=True)
    pl = osub.add_parser("plan", help="月度停电计划平衡表 (PDF 或 .xlsx),或 --json")
    pl.add_argument("--month", required=True, metavar="YYYY-MM")
    pl.add_argument("--as-of", type=date_arg)
    out = pl.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, metavar="FILE")
    out.add_argument("--xlsx", type=Path, metavar="FILE")
    out.add_argument("--json", action="store_true")
    rq = osub.add_parser("request", help="停电申请单 PDF")
    rq.add_argument("outage")
    rq.add_argument("--pdf", type=Path, required=True, metavar="FILE")
    nt = osub.add_parser("notices", help="停电通知 (每个受影响客户一页,附回执) PDF")
    nt.add_argument("outage")
    nt.add_argument("--pdf", type=Path, required=True, metavar="FILE")
    ls = osub.add_parser("needs", help="未撤销的停电需求")
    ls.add_argument("case", nargs="?")
    ls.add_argument("--json", action="store_true")


def run(args, store) -> int:
    from app.services import outage as svc

    c = args.outage_cmd
    if c == "need":
        with store.session() as s:
            ch = svc.add_need(s, args.case, args.feeder, args.hours, args.ready, args.wanted,
                              customers=args.customers, important=1 if args.important else 0,
                              substation=args.substation, section=args.section, work=args.work,
                              live_line=args.live_line, note=args.note)
        warn(ch)
        print(ch.created_id)
        return 0
    if c == "window":
        if args.import_file:
            with store.session() as s:
                n = svc.import_windows(s, args.import_file)["imported"]
            print(render("cli_outage_imported", count=n))
            return 0
        missing = [f"--{k}" for k in ("feeder", "on", "hours") if getattr(args, k) in (None, "")]
        if missing:
            raise Refused("required", what=", ".join(missing))
        with store.session() as s:
            ch = svc.add_window(s, args.feeder, args.on, args.hours, args.note)
        print(ch.created_id)
        return 0
    if c == "balance":
        with store.session() as s:
            _, view = svc.balance(s, args.month, args.as_of)
        out = svc.balance_json(view)
        if args.json:
            print_json(out)
        else:
            _print_balance(out)
        return 0
    if c == "plan":
        with store.reader() as s:
            data = svc.plan_document(s, args.month, args.as_of)
        if args.json:
            print_json(data)
        elif args.xlsx:
            print(svc.write_plan_xlsx(data, args.xlsx))
        else:
            from app.cli import documents  # ReportLab: only when a PDF is asked for

            documents.outage_pdf("plan", data, args.pdf)
        return 0
    if c in ("request", "notices"):
        with store.reader() as s:
            data = (svc.request_document if c == "request" else svc.notices_document)(s, args.outage)
        from app.cli import documents  # ReportLab: only when a PDF is asked for

        return documents.outage_pdf(c, data, args.pdf)
    if c == "needs":
        with store.reader() as s:
            rows = svc.list_needs(s, args.case)
        if args.json:
            print_json(rows)
        else:
            for r in rows:
                print(f"{r['id']}\t{r['case_no']}\t{r['feeder']}\t{r['hours']:g}\t{r['ready_from']}\t{r['wanted_by']}")
        return 0
    checks = None
    with store.session() as s:
        if c == "confirm":
            ch = svc.confirm(s, args.outage, args.notice_on)
        elif c == "announce":
            ch = svc.announce(s, args.outage, args.on, args.channel)
        elif c == "move":
            ch, checks = svc.move(s, args.outage, args.to, args.notice_on, args.channel, args.as_of)
        elif c == "execute":
            ch = svc.execute(s, args.outage)
        elif c == "done":
            ch = svc.finish(s, args.outage)
        else:
            ch = svc.cancel(s, args.outage, args.reason)
    if c == "move" and args.json:
        print_json({"id": ch.created_id, "checks": checks})
        return 0
    warn(ch)
    print(ch.created_id)
    return 0


def _print_balance(out: dict) -> None:
    for o in out["outages"]:
        print(f"{o['id']}\t{o['on']}\t{o['feeder']}\t{o['hours']:g}h\t{'检修' if o['maintenance'] else '-'}\t"
              f"{','.join(o['needs'])}\t{o['notice_by']}\t{o['status']}")
    for c in out["conflicts"]:
        print(f"! {c['case_no']}\t{c['reason']}\t{c['message']}")
    for r in out["at_risk"]:
        print(f"!! {r['case_no']}\t{r['energize_deadline']}\t{r['earliest_outage']}\t{r['announce_by']}")
    for w in out["warnings"]:
        print(f"* {w['message']}")

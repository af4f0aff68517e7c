"""CLI of the metering-equipment plan (计量器具需求计划, issue 19):

    zaosong metering set CASE --method high|low --ct 75/5 [--ct-count 3] [--pt 10000/100] [--s-class]
                     [--pt-count N] [--wiring 3P3W|3P4W] [--range TEXT] [--accuracy TEXT]
                     [--cabinet|--no-cabinet] [--terminal TEXT] [--reason TEXT] [--on DATE]
    zaosong metering show CASE [--json]          the configuration in force (set, or the survey's)
    zaosong metering check CASE --json           {ok, checks: [{check, ok, level, load_pct, message}]}
    zaosong metering reserve CASE [--on DATE]    the case's equipment set aside
    zaosong metering stock import FILE.xlsx      stock counts (all rows or none)
    zaosong metering stock set --code C --qualified N --awaiting N --issued N --safety N [--on-order N] [--on DATE]
    zaosong metering stock list [--json]
    zaosong metering plan --month YYYY-MM [--as-of DATE] --json|--pdf FILE|--xlsx FILE

``plan`` makes the month's plan, or its next version when anything changed since the one kept.
"""
from __future__ import annotations

from pathlib import Path

from app.cli.output import date_arg as _date
from app.cli.output import print_json, warn
from app.messages import render

COMMANDS = ("metering",)


def add_parsers(sub) -> None:
    p = sub.add_parser("metering", help="计量器具: 计量配置、校核、库存、月度需求计划")
    msub = p.add_subparsers(dest="metering_cmd", required=True, metavar="ACTION")
    st = msub.add_parser("set", help="设置或修改工单的计量配置 (修改须 --reason)")
    st.add_argument("case")
    st.add_argument("--method", required=True, help="high 高供高计 | low 高供低计")
    st.add_argument("--ct", help="电流互感器变比, 如 75/5")
    st.add_argument("--ct-count", help="电流互感器只数 (默认按计量方式)")
    st.add_argument("--pt", help="电压互感器变比, 如 10000/100")
    st.add_argument("--pt-count", help="电压互感器台数 (默认按计量方式)")
    st.add_argument("--s-class", action="store_true", help="S 级电流互感器 (负荷下限 20%%)")
    st.add_argument("--wiring", choices=("3P3W", "3P4W"), help="三相三线 | 三相四线")
    st.add_argument("--range", dest="meter_range", help="电能表电流规格, 如 1.5(6)A")
    st.add_argument("--accuracy", help="电能表准确度等级 (默认按计量分类)")
    cab = st.add_mutually_exclusive_group()
    cab.add_argument("--cabinet", dest="cabinet", action="store_true", default=None, help="高压计量柜")
    cab.add_argument("--no-cabinet", dest="cabinet", action="store_false", help="不用高压计量柜")
    st.add_argument("--terminal", help="采集终端")
    st.add_argument("--reason", default="", help="修改原因 (已有配置时必填)")
    st.add_argument("--on", type=_date)
    sh = msub.add_parser("show", help="工单现行的计量配置")
    sh.add_argument("case")
    sh.add_argument("--json", action="store_true")
    ck = msub.add_parser("check", help="校核: 电流互感器负荷率、高供高计须有电压互感器")
    ck.add_argument("case")
    ck.add_argument("--json", action="store_true")
    rs = msub.add_parser("reserve", help="登记工单的计量器具已预留")
    rs.add_argument("case")
    rs.add_argument("--on", type=_date)
    stock = msub.add_parser("stock", help="计量资产库存")
    ssub = stock.add_subparsers(dest="stock_cmd", required=True, metavar="ACTION")
    imp = ssub.add_parser("import", help="从 .xlsx 导入库存 (任一行有误则全部不导入)")
    imp.add_argument("file", type=Path)
    one = ssub.add_parser("set", help="录入一个类型的库存")
    one.add_argument("--code", required=True, help="类型代码, 如 CT-75/5-0.5S")
    one.add_argument("--name", default="")
    for flag, helptext in (("--qualified", "合格在库"), ("--awaiting", "待检"), ("--issued", "已领未装"),
                           ("--safety", "安全库存"), ("--on-order", "在途")):
        one.add_argument(flag, default="0", help=helptext)
    one.add_argument("--on", type=_date, help="盘点日期 (默认今天)")
    ls = ssub.add_parser("list", help="各类型现行库存")
    ls.add_argument("--json", action="store_true")
    pl = msub.add_parser("plan", help="月度业扩计量器具需求计划 (有变化时生成新版本)")
    pl.add_argument("--month", required=True, help="YYYY-MM")
    pl.add_argument("--as-of", type=_date, help="预测依据的日期 (默认今天)")
    out = pl.add_mutually_exclusive_group(required=True)
    out.add_argument("--json", action="store_true")
    out.add_argument("--pdf", type=Path)
    out.add_argument("--xlsx", type=Path)


def run(args, store) -> int:
    from app.services import metering as svc

    cmd = args.metering_cmd
    if cmd == "set":
        with store.session() as s:
            ch = svc.set_config(s, args.case, method=args.method, ct=args.ct, ct_count=args.ct_count, pt=args.pt,
                                pt_count=args.pt_count, s_class=args.s_class, wiring=args.wiring,
                                meter_range=args.meter_range, meter_accuracy=args.accuracy, hv_cabinet=args.cabinet,
                                terminal=args.terminal, reason=args.reason, on=args.on)
        warn(ch)
        print(ch.case_no)
        return 0
    if cmd == "show":
        with store.reader() as s:
            cfg = svc.config_view(s, args.case)
        if args.json:
            print_json(cfg)
        else:
            for k in ("case_no", "method", "class", "meter_wiring", "meter_accuracy", "meter_range", "ct_ratio",
                      "ct_count", "pt_ratio", "pt_count", "hv_cabinet", "terminal", "combined_ratio", "source",
                      "reserved_on"):
                print(f"{k}\t{cfg[k] if cfg[k] is not None else ''}")
        return 0
    if cmd == "check":
        with store.reader() as s:
            result = svc.check_case(s, args.case)
        if args.json:
            print_json({k: result[k] for k in ("ok", "case_no", "checks")})
        else:
            for c in result["checks"]:
                print(f"{'OK ' if c['ok'] else c['level'].upper()}\t{c['check']}\t{c['message']}")
        return 0
    if cmd == "reserve":
        with store.session() as s:
            ch = svc.reserve(s, args.case, args.on)
        print(ch.case_no)
        return 0
    if cmd == "stock":
        return _stock(args, store, svc)
    return _plan(args, store, svc)


def _stock(args, store, svc) -> int:
    if args.stock_cmd == "import":
        with store.session() as s:
            result = svc.import_stock(s, args.file)
        print(render("cli_metering_stock", count=result["count"], dates=", ".join(result["dates"])))
        return 0
    if args.stock_cmd == "set":
        from app.services.checks import today_of

        with store.session() as s:
            svc.record_stock(s, [{"type_code": args.code, "name": args.name, "qualified": args.qualified,
                                  "awaiting_test": args.awaiting, "issued": args.issued, "safety": args.safety,
                                  "on_order": args.on_order, "counted_on": args.on or today_of(store)}])
        print(args.code)
        return 0
    with store.reader() as s:
        rows = list(svc.stock_in_force(s).values())
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print("\t".join(str(r[k]) for k in ("type_code", "qualified", "awaiting_test", "issued", "safety",
                                                 "on_order", "counted_on")))
    return 0


def _plan(args, store, svc) -> int:
    with store.session() as s:  # the plan kept is brought up to date: a write
        plan = svc.generate_plan(s, args.month, args.as_of)
    if args.json:
        print_json(plan)
        return 0
    from app.cli import documents  # loads ReportLab and openpyxl's writer: only when a file is asked for

    if args.pdf:
        return documents.metering_plan_pdf(plan, args.pdf)
    return documents.metering_plan_xlsx(plan, args.xlsx)

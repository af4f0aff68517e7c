"""Commands of the work before the application (事前, issue 18): townships, visits, the prospect
pipeline, the demand forecast for grid planning and feeder capacities.

Services are imported inside the handlers (``--help`` must not load SQLAlchemy); ReportLab only
when a PDF is asked for.
"""
from __future__ import annotations

from pathlib import Path

from app.cli.output import date_arg, print_json, warn

COMMANDS = ("township", "visit", "prospect", "demand", "feeder")


def add_parsers(sub) -> None:
    tw = sub.add_parser("township", help="乡镇(街道)").add_subparsers(dest="township_cmd", required=True, metavar="ACTION")
    tl = tw.add_parser("list", help="现行乡镇(街道)及供电所")
    tl.add_argument("--json", action="store_true")

    vs = sub.add_parser("visit", help="走访记录").add_subparsers(dest="visit_cmd", required=True, metavar="ACTION")
    va = vs.add_parser("add", help="记录走访,输出走访编号")
    va.add_argument("--on", type=date_arg, required=True)
    va.add_argument("--party", required=True, help="发改局, 招商局, 乡镇政府, 园区, 潜在客户, 在途或已送电客户, 其他 (或代码)")
    va.add_argument("--township", required=True)
    va.add_argument("--topic", required=True, help="走访事项")
    va.add_argument("--findings", default="", help="了解情况")
    va.add_argument("--party-name", default="", help="走访对象名称,如 象山县发改局")
    va.add_argument("--met", default="", help="接洽人员")
    va.add_argument("--participants", default="", help="我方人员")
    va.add_argument("--no-action", action="store_true", help="明确无需后续行动")
    va.add_argument("--prospect", help="相关意向项目编号")
    vact = vs.add_parser("action", help="走访待办事项,输出事项编号")
    vact.add_argument("visit")
    vact.add_argument("--text", required=True)
    vact.add_argument("--owner", required=True)
    vact.add_argument("--due", type=date_arg, required=True)
    vdone = vs.add_parser("done", help="待办事项已完成")
    vdone.add_argument("action")
    vdone.add_argument("--on", type=date_arg, required=True)
    vdone.add_argument("--note", default="")
    vat = vs.add_parser("attach", help="走访的照片或扫描件 (JPEG, PNG, PDF),输出附件编号")
    vat.add_argument("visit")
    vat.add_argument("file", type=Path)
    vno = vs.add_parser("no-action", help="该走访无需后续行动")
    vno.add_argument("visit")
    vl = vs.add_parser("list", help="走访列表")
    vl.add_argument("--township")
    vl.add_argument("--party")
    vl.add_argument("--as-of", type=date_arg)
    vl.add_argument("--json", action="store_true")
    vdue = vs.add_parser("due", help="逾期的待办事项和未记录行动的政府走访")
    vdue.add_argument("--as-of", type=date_arg)
    vdue.add_argument("--owner")
    vdue.add_argument("--json", action="store_true")
    vpdf = vs.add_parser("pdf", help="走访记录 PDF")
    vpdf.add_argument("visit")
    vpdf.add_argument("--as-of", type=date_arg)
    vpdf.add_argument("--out", type=Path, required=True)

    pr = sub.add_parser("prospect", help="意向项目").add_subparsers(dest="prospect_cmd", required=True, metavar="ACTION")
    pa = pr.add_parser("add", help="登记意向项目,输出项目编号")
    pa.add_argument("--name", required=True)
    pa.add_argument("--township", required=True)
    pa.add_argument("--kva", required=True)
    pa.add_argument("--year", required=True, help="预计送电年份")
    pa.add_argument("--probability", required=True, help="成功概率 0-100 (%%)")
    pa.add_argument("--kv", default="10")
    pa.add_argument("--dual-source", action="store_true")
    pa.add_argument("--feeder", default="")
    pa.add_argument("--substation", default="")
    pa.add_argument("--place", default="")
    pa.add_argument("--industry", default="")
    pa.add_argument("--customer", default="", help="客户名称 (默认同项目名称)")
    pa.add_argument("--expected-apply", type=date_arg, help="预计申请日期")
    pa.add_argument("--source", help="NDRC_LIST, INVESTMENT, VISIT, TEMP_SUPPLY, OTHER")
    pa.add_argument("--key-project", action="store_true", help="重点项目")
    pa.add_argument("--green-channel", action="store_true", help="绿色通道")
    pa.add_argument("--manager")
    pa.add_argument("--note", default="")
    pa.add_argument("--visit", help="发现该项目的走访编号")
    pa.add_argument("--temp-case", help="临时用电工单号 (该项目为其正式用电)")
    pl = pr.add_parser("list", help="意向项目列表")
    pl.add_argument("--township")
    pl.add_argument("--status", help="线索 LEAD, 跟进 FOLLOW, 已申请 APPLIED, 放弃 DROPPED")
    pl.add_argument("--manager")
    pl.add_argument("--json", action="store_true")
    ps = pr.add_parser("status", help="改变状态 (线索/跟进/放弃)")
    ps.add_argument("prospect")
    ps.add_argument("--to", required=True)
    ps.add_argument("--reason", default="", help="放弃原因")
    pc = pr.add_parser("convert", help="已申请:转为工单,输出工单号")
    pc.add_argument("prospect")
    pc.add_argument("--account", required=True)
    pc.add_argument("--applied", type=date_arg, required=True)
    pc.add_argument("--manager")
    pc.add_argument("--customer", help="户名 (默认项目的客户名称或项目名称)")
    pc.add_argument("--same-as", help="沿用这个工单的客户 (户名、户号)")
    pc.add_argument("--new-customer", action="store_true", help="确认是另一客户 (虽有同名或同户号的工单)")
    pp = pr.add_parser("pipeline", help="各状态的项目数和容量 (已申请的项目按其工单计)")
    pp.add_argument("--township")
    pp.add_argument("--manager")
    pp.add_argument("--json", action="store_true")

    dm = sub.add_parser("demand", help="用电需求预测").add_subparsers(dest="demand_cmd", required=True, metavar="ACTION")
    df = dm.add_parser("forecast", help="乡镇 x 年 的用电需求预测")
    df.add_argument("--from-year", required=True)
    df.add_argument("--years", default="6")
    df.add_argument("--json", action="store_true")
    out = df.add_mutually_exclusive_group()
    out.add_argument("--xlsx", type=Path, help="用电需求预测表 .xlsx")
    out.add_argument("--pdf", type=Path, help="用电需求预测表 PDF")
    df.add_argument("--issue", action="store_true", help="作为正式报送版本保存 (下次报送显示变化)")
    df.add_argument("--on", type=date_arg, help="报送日期 (默认今天)")
    db = dm.add_parser("bottlenecks", help="卡脖子线路:意向容量超过可开放容量")
    db.add_argument("--json", action="store_true")
    dv = dm.add_parser("versions", help="已报送的预测版本")
    dv.add_argument("--json", action="store_true")
    dd = dm.add_parser("drill", help="一个乡镇一年的项目和工单")
    dd.add_argument("--township", required=True)
    dd.add_argument("--year", required=True)
    dd.add_argument("--json", action="store_true")
    dfac = dm.add_parser("factors", help="现行规划系数及其来源")
    dfac.add_argument("--json", action="store_true")

    fd = sub.add_parser("feeder", help="线路可开放容量").add_subparsers(dest="feeder_cmd", required=True, metavar="ACTION")
    fc = fd.add_parser("capacity", help="录入线路的可开放容量")
    fc.add_argument("feeder")
    fc.add_argument("--spare-kva", required=True)
    fc.add_argument("--substation", default="")
    fc.add_argument("--on", type=date_arg)
    fl = fd.add_parser("list", help="已录入的线路容量")
    fl.add_argument("--json", action="store_true")


def run(args, store) -> int:
    return {"township": _township, "visit": _visit, "prospect": _prospect, "demand": _demand,
            "feeder": _feeder}[args.command](args, store)


def _as_of(args, store):
    from app.services.checks import today_of

    return getattr(args, "as_of", None) or today_of(store)


def _township(args, store) -> int:
    from app import townships

    with store.reader() as s:
        cfg = store.config(s)
        rows = townships.rows(cfg)
        doc = cfg.doc("townships")
    if args.json:
        print_json([{**r, "doc": f"{doc.id}@{doc.version}"} for r in rows])
    else:
        for r in rows:
            print(f"{r['code']}\t{r['name']}\t{r.get('station', '')}" + ("\t海岛" if r.get("island") else ""))
    return 0


def _visit(args, store) -> int:
    from app.services import visits as vs

    c = args.visit_cmd
    if c in ("list", "due", "pdf"):
        as_of = _as_of(args, store)
        with store.reader() as s:
            if c == "pdf":
                data = vs.visit_data(s, args.visit, as_of)
                data["bureau"] = store.setting("bureau_name", "")
            else:
                rows = (vs.list_visits(s, as_of, args.township, args.party) if c == "list"
                        else vs.due_items(s, as_of, args.owner))
        if c == "pdf":
            from app.cli import documents  # ReportLab: loaded only when a PDF is asked for

            return documents.visit_record_pdf(data, args.out)
        if args.json:
            print_json(rows)
        elif c == "list":
            for v in rows:
                print(f"{v['id']}\t{v['visited_on']}\t{v['party_label']}\t{v['township']}\t{len(v['actions'])}"
                      + ("\t!" if v["incomplete"] else "") + f"\t{v['topics'][:40]}")
        else:
            for d in rows:
                print(f"{d['due_on'] or d['visited_on']}\t{d['owner']}\t{d['township']}\t{d['party']}\t{d['text']}")
        return 0
    with store.session() as s:
        if c == "add":
            ch = vs.add_visit(s, args.on, args.party, args.township, args.topic, args.findings, met=args.met,
                              participants=args.participants, party_name=args.party_name,
                              no_action=args.no_action, prospect=args.prospect)
        elif c == "action":
            ch = vs.add_action(s, args.visit, args.text, args.owner, args.due)
        elif c == "done":
            ch = vs.finish_action(s, args.action, args.on, args.note)
        elif c == "attach":
            ch = vs.add_attachment(s, args.visit, args.file)
        else:
            ch = vs.set_no_action(s, args.visit)
    print(ch.created_id)
    return 0


def _prospect(args, store) -> int:
    from app.services import prospects as pr

    c = args.prospect_cmd
    if c == "list":
        with store.reader() as s:
            rows = pr.list_prospects(s, args.township, args.status, args.manager)
        if args.json:
            print_json(rows)
        else:
            for p in rows:
                print(f"{p['id']}\t{p['status_label']}\t{p['township']}\t{p['energise_year']}\t{p['capacity_kva']:g}\t"
                      f"{p['probability']}%\t{p['name']}" + (f"\t{p['case_no']}" if p["case_no"] else ""))
        return 0
    if c == "pipeline":
        from app.messages import render

        with store.reader() as s:
            figures = pr.pipeline(s, args.township, args.manager)
        if args.json:
            print_json(figures)
        else:
            for code, f in figures.items():
                print(render("cli_prospect_pipeline", status=pr.STATUSES[code][0], count=f["count"], kva=f["kva"],
                             weighted=f["weighted_kva"]))
        return 0
    with store.session() as s:
        if c == "add":
            ch = pr.add_prospect(s, name=args.name, township=args.township, kva=args.kva, year=args.year,
                                 probability=args.probability, kv=args.kv, dual_source=args.dual_source,
                                 feeder=args.feeder, substation=args.substation, place=args.place,
                                 industry=args.industry, customer=args.customer,
                                 expected_apply_on=args.expected_apply, source=args.source,
                                 key_project=args.key_project, green_channel=args.green_channel,
                                 manager=args.manager, note=args.note, visit=args.visit, temp_case=args.temp_case)
            out = ch.created_id
        elif c == "status":
            ch = pr.set_status(s, args.prospect, args.to, args.reason)
            out = ch.created_id
        else:
            ch = pr.convert(s, args.prospect, args.account, args.applied, args.manager, customer=args.customer,
                            same_as=args.same_as, new_customer=args.new_customer)
            out = ch.case_no
    warn(ch)
    print(out)
    return 0


def _demand(args, store) -> int:
    from app.services import demand as dm

    c = args.demand_cmd
    if c == "forecast":
        if args.issue:
            with store.session() as s:
                changed = dm.changes_since(s, dm.forecast(s, args.from_year, args.years))
                dm.issue(s, args.from_year, args.years, args.on)
        with store.reader() as s:
            rows = dm.forecast(s, args.from_year, args.years)
            if args.xlsx or args.pdf:
                data = dm.document_data(s, rows, args.from_year, args.years, store.setting("bureau_name", ""),
                                        _as_of(args, store) if not args.on else args.on)
                if args.issue:  # the version just kept is the one this document is; compare with the one before
                    data["changes"] = changed
        if args.xlsx:
            from app.services.demand_export import write_forecast_xlsx

            write_forecast_xlsx(data, args.xlsx)
            print(args.xlsx)
        elif args.pdf:
            from app.cli import documents  # ReportLab: loaded only when a PDF is asked for

            documents.forecast_pdf(data, args.pdf)
        elif args.json:
            print_json(rows)
        else:
            for r in rows:
                print(f"{r['township']}\t{r['year']}\t{r['raw_kva']:g}\t{r['weighted_kva']:g}\t{r['load_kw']:g}\t"
                      f"{len(r['prospects'])}\t{len(r['cases'])}")
        return 0
    with store.reader() as s:
        if c == "bottlenecks":
            rows = dm.bottlenecks(s)
        elif c == "versions":
            rows = dm.versions(s)
        elif c == "factors":
            rows = dm.factors(s)
        else:
            rows = dm.drill(s, args.township, args.year)
    if args.json or c in ("factors", "drill"):
        print_json(rows)
    elif c == "bottlenecks":
        for b in rows:
            print(f"{b['feeder']}\t{b['year']}\t{b['spare_kva']:g}\t{b['total_kva']:g}\t+{b['over_kva']:g}\t"
                  + "、".join(p["name"] for p in b["prospects"]))
    else:
        for v in rows:
            print(f"{v['id']}\t{v['issued_on']}\t{v['from_year']}+{v['years']}\t{v['issued_by']}")
    return 0


def _feeder(args, store) -> int:
    from app.services import demand as dm

    if args.feeder_cmd == "capacity":
        with store.session() as s:
            ch = dm.set_capacity(s, args.feeder, args.spare_kva, args.on, args.substation)
        print(ch.created_id)
        return 0
    with store.reader() as s:
        rows = dm.capacities(s)
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['feeder']}\t{r['substation']}\t{r['spare_kva']:g}\t{r['entered_on']}")
    return 0

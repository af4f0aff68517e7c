"""Commands of cases and their stages: case new|advice|edit|delete|show|list (and the corrections
under ``case``, see ``corrections``), stage start|finish|pause|resume, warnings.

Services are imported inside the handlers: ``--version`` and ``--help`` must not load SQLAlchemy.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.cli import corrections, papers
from app.cli.output import date_arg, print_change, print_json, warn
from app.domain import PAUSE_REASONS, STAGE_NAMES, stage_name

COMMANDS = ("case", "stage", "warnings")


def add_parsers(sub) -> None:
    case = sub.add_parser("case", help="工单").add_subparsers(dest="case_cmd", required=True, metavar="ACTION")
    new = case.add_parser("new", help="新建工单,输出工单号",
                          description="新建工单。临时转正式: --type TEMP_TO_FORMAL --from 临时用电工单号,"
                                      "未给出的户名、户号、联系人、地址、乡镇、供电电压取自临时用电工单,"
                                      "并带入其建议与查勘记录。")
    new.add_argument("--customer", help="户名 (必填,除非 --from)")
    new.add_argument("--account", help="户号 (10 位数字; 必填,除非 --from)")
    new.add_argument("--kva", required=True, help="申请容量 kVA")
    new.add_argument("--kv", help="供电电压 kV (10/20/35/110; 默认 10)")
    new.add_argument("--type", default="NEW", choices=["NEW", "INCREASE", "TEMPORARY", "TEMP_TO_FORMAL"])
    new.add_argument("--from", dest="from_case", metavar="TEMP_CASE", help="临时转正式: 原临时用电工单号")
    new.add_argument("--dual-source", action="store_true", help="双电源")
    new.add_argument("--typical-design", action="store_true", help="典型设计")
    new.add_argument("--green-channel", action="store_true", help="绿色通道")
    new.add_argument("--key-project", action="store_true", help="重点项目")
    new.add_argument("--manager", help="客户经理 (默认: 本机使用者)")
    new.add_argument("--township", help="乡镇/街道")
    new.add_argument("--contact", help="联系人及电话")
    new.add_argument("--address", help="地址")
    new.add_argument("--applied", type=date_arg, help="申请日期 (默认今天)")
    new.add_argument("--json", action="store_true")

    adv = case.add_parser("advice", help="临时用电: 记录对正式用电的前期建议 (转正式时带入)")
    adv.add_argument("case")
    adv.add_argument("--room", required=True, help="预留配电房位置")
    adv.add_argument("--transformer", required=True, help="应准备的变压器")
    adv.add_argument("--switchgear", required=True, help="应准备的开关柜")
    adv.add_argument("--note", default="", help="其他建议")
    adv.add_argument("--on", type=date_arg, help="日期 (默认今天)")

    edit = case.add_parser("edit", help="修改工单信息")
    edit.add_argument("case")
    edit.add_argument("--customer")
    edit.add_argument("--kva")
    edit.add_argument("--kv")
    edit.add_argument("--manager")
    edit.add_argument("--township")
    edit.add_argument("--contact")
    edit.add_argument("--address")
    edit.add_argument("--json", action="store_true")

    dele = case.add_parser("delete", help="撤销误录的工单 (保留墓碑记录,可审计)")
    dele.add_argument("case")
    dele.add_argument("--reason", required=True, help="撤销原因")

    corrections.add_parsers(case)  # correct, undo, withdraw, withdrawn, history, corrections
    papers.add_fee_parser(case)  # case fees (issue 16)

    show = case.add_parser("show", help="工单详情与时限")
    show.add_argument("case")
    show.add_argument("--as-of", type=date_arg)
    show.add_argument("--json", action="store_true")

    lst = case.add_parser("list", help="工单列表")
    lst.add_argument("--manager")
    lst.add_argument("--open", action="store_true", help="只列在途工单")
    lst.add_argument("--finished", action="store_true", help="只列已送电工单")
    lst.add_argument("--search", help="工单号、户号、户名或拼音 (全拼/首字母)")
    lst.add_argument("--stage", choices=list(STAGE_NAMES))
    lst.add_argument("--township")
    lst.add_argument("--status", choices=["normal", "warning", "overdue"], help="当前环节时限状态")
    lst.add_argument("--limit", type=int)
    lst.add_argument("--as-of", type=date_arg)
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--xlsx", type=Path, metavar="FILE", help="把列表写入 Excel 工作簿 (.xlsx)")

    stage = sub.add_parser("stage", help="环节").add_subparsers(dest="stage_cmd", required=True, metavar="ACTION")
    st = stage.add_parser("start", help="开始环节")
    st.add_argument("case")
    st.add_argument("stage", choices=list(STAGE_NAMES), metavar="STAGE")
    st.add_argument("--on", type=date_arg, required=True)
    fi = stage.add_parser("finish", help="完成环节")
    fi.add_argument("case")
    fi.add_argument("stage", choices=list(STAGE_NAMES), metavar="STAGE")
    fi.add_argument("--on", type=date_arg, required=True)
    fi.add_argument("--outcome", default="pass", choices=["pass", "rectify"])
    reasons = "; ".join(f"{k} {v[0]}" for k, v in PAUSE_REASONS.items())
    pa = stage.add_parser(
        "pause",
        help="暂停当前环节 (仅限客户原因)",
        description=f"暂停当前环节,原因只能是客户原因: {reasons}",
        epilog=f"REASON codes: {reasons}",
    )
    pa.add_argument("case")
    pa.add_argument("--on", type=date_arg, required=True)
    pa.add_argument("--reason", required=True, metavar="CODE", help=f"原因代码: {reasons}")
    pa.add_argument("--note", default="")
    re_ = stage.add_parser("resume", help="恢复暂停的环节")
    re_.add_argument("case")
    re_.add_argument("--on", type=date_arg, required=True)

    wr = sub.add_parser("warnings", help="预警与超期")
    wr.add_argument("--as-of", type=date_arg)
    wr.add_argument("--manager")
    wr.add_argument("--within", type=int, help="也列出剩余不超过 N 个工作日的环节")
    wr.add_argument("--json", action="store_true")
    wr.add_argument("--xlsx", type=Path, metavar="FILE", help="把预警写入 Excel 工作簿 (.xlsx)")


def run(args, store) -> int:
    if args.command == "case":
        return _case(args, store)
    if args.command == "stage":
        return _stage(args, store)
    return _warnings(args, store)


def _warnings(args, store) -> int:
    from app.services.query import warnings

    with store.reader() as s:
        items = warnings(s, args.as_of, args.manager, args.within)
    if args.xlsx:
        from app.ledger.export import export_warnings, list_about

        filters = {"客户经理": args.manager or "全部", "剩余工作日不超过": str(args.within or "-")}
        about = list_about(store, args.as_of or dt.date.today(), "预警与超期", filters)
        print(export_warnings(items, args.xlsx, about))
        return 0
    if args.json:
        print_json(items)
    else:
        for w in items:
            print(f"{w['case_no']}\t{w['customer_name']}\t{w['manager']}\t{stage_name(w['stage'])}\t"
                  f"{w['deadline']}\t{w['remaining_wd']}\t{w['status']}")
    return 0


def _case(args, store) -> int:
    c = args.case_cmd
    if c in corrections.COMMANDS:
        return corrections.run(args, store)
    if c == "fees":
        return papers.run_fees(args, store)
    if c == "new":
        from app.services.cases import create_case
        from app.services.temp_supply import FORMAL, create_formal_case

        fields = dict(
            customer_name=args.customer,
            account_no=args.account,
            capacity_kva=args.kva,
            supply_kv=args.kv,
            business_type=args.type,
            dual_source=args.dual_source,
            typical_design=args.typical_design,
            green_channel=args.green_channel or None,  # None: taken from --from's case, else False
            key_project=args.key_project or None,
            manager=args.manager,
            township=args.township,
            contact=args.contact,
            address=args.address,
            applied_on=args.applied,
        )
        with store.session() as s:
            if args.from_case is not None or args.type == FORMAL:  # a formal case after a temporary one
                ch = create_formal_case(s, args.from_case, **fields)
            else:
                ch = create_case(s, **fields)
        warn(ch)
        if args.json:
            print_json({"case_no": ch.case_no, "id": ch.created_id, "warnings": list(ch.warnings)})
        else:
            print(ch.case_no)
        return 0
    if c == "edit":
        from app.services.cases import edit_case

        with store.session() as s:
            ch = edit_case(
                s,
                args.case,
                customer_name=args.customer,
                capacity_kva=args.kva,
                supply_kv=args.kv,
                manager=args.manager,
                township=args.township,
                contact=args.contact,
                address=args.address,
            )
        if args.json:
            print_json({"case_no": ch.case_no})
        else:
            print(ch.case_no)
        return 0
    if c == "advice":
        from app.services.temp_supply import record_temp_advice

        return print_change(store, record_temp_advice, args.case, room=args.room, transformer=args.transformer,
                            switchgear=args.switchgear, note=args.note, on=args.on)
    if c == "delete":
        from app.services.cases import delete_case

        return print_change(store, delete_case, args.case, args.reason)
    if c == "show":
        from app.services.query import case_view

        with store.reader() as s:
            view = case_view(s, args.case, args.as_of)
        if args.json:
            print_json(view)
        else:
            _print_case(view)
        return 0
    if c == "list":
        from app.services.query import list_cases

        with store.reader() as s:
            rows = list_cases(
                s,
                as_of=args.as_of,
                manager=args.manager,
                open_only=args.open,
                finished_only=args.finished,
                search=args.search,
                stage=args.stage,
                township=args.township,
                clock_status=args.status,
                limit=args.limit,
            )
        if args.xlsx:
            from app.ledger.export import export_case_rows, list_about

            filters = {k: str(v) for k, v in (("客户经理", args.manager), ("搜索", args.search), ("环节", args.stage),
                                              ("乡镇", args.township), ("时限状态", args.status),
                                              ("只列在途", args.open or None), ("只列已送电", args.finished or None))
                       if v}
            about = list_about(store, args.as_of or dt.date.today(), "工单列表", filters)
            print(export_case_rows(rows, args.xlsx, about))
            return 0
        if args.json:
            print_json([r.to_json() for r in rows])
        else:
            for r in rows:
                print(f"{r.case_no}\t{r.customer_name}\t{r.account_no}\t{r.capacity_kva:g}\t{r.manager}\t"
                      f"{r.stage or '-'}\t{r.deadline or '-'}\t{r.remaining_wd if r.remaining_wd is not None else '-'}")
        return 0
    raise AssertionError(c)


def _print_case(v: dict) -> None:
    print(f"{v['case_no']}  {v['customer_name']}  户号 {v['account_no']}  {v['capacity_kva']:g} kVA  "
          f"{v['supply_kv']:g} kV  客户经理 {v['manager']}  申请 {v['applied_on']}  [{v['status']}]")
    for st in v["stages"]:
        print(f"  {stage_name(st['code'])}#{st['round']}\t{st['started_on']} → {st['finished_on'] or '…'}\t"
              f"用时 {st['elapsed_wd']}/{st['limit_wd']} 工作日\t截止 {st['deadline']}\t{st['status']}"
              + (" (暂停中)" if st["paused"] else ""))
    print(f"  供电部门流转耗时 {v['supply_dept_wd']} 工作日")
    if v.get("predecessor"):
        print(f"  由临时用电工单 {v['predecessor']['case_no'] or v['predecessor']['id']} 转正式")
    if v.get("successor"):
        print(f"  已转为正式工单 {v['successor']['case_no']}")
    a = v.get("temp_advice")
    if a:
        print(f"  正式用电前期建议: 配电房 {a.get('room', '')}; 变压器 {a.get('transformer', '')}; 开关柜 {a.get('switchgear', '')}"
              + (f"; {a['note']}" if a.get("note") else ""))
    sv = v.get("carried_survey")
    if sv:
        print(f"  带入的查勘记录 ({sv.get('surveyed_on', '')}): {sv.get('substation', '')} {sv.get('feeder', '')} {sv.get('pole', '')}".rstrip())
    for r in v["rules"]:
        print(f"  {r['name']}: {r['verdict']}")
    if v["assumed_calendar_years"]:
        print(f"  注意:{'、'.join(map(str, v['assumed_calendar_years']))} 年按周末计算(无节假日安排)")


def _stage(args, store) -> int:
    from app.services import cases as svc

    c = args.stage_cmd
    if c == "start":
        return print_change(store, svc.start_stage, args.case, args.stage, args.on)
    if c == "finish":
        return print_change(store, svc.finish_stage, args.case, args.stage, args.on, args.outcome)
    if c == "pause":
        return print_change(store, svc.pause_stage, args.case, args.on, args.reason, args.note)
    return print_change(store, svc.resume_stage, args.case, args.on)

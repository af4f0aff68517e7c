"""CLI of the papers a manager hands over and of the fees of a case (issue 16):

    zaosong doc pdf CASE --kind accept-receipt|plan-reply|fee-notice|acceptance-opinion|power-on|all --out FILE
    zaosong doc pdf --day YYYY-MM-DD [--manager M] --out FILE   the papers a day's work produced, one file
    zaosong doc list CASE                       which papers can be made, and why not
    zaosong case fees CASE                      the fees recorded (withdrawn ones marked)
    zaosong case fees CASE --item NAME --amount YUAN [--basis TEXT]
    zaosong case fees CASE --withdraw FEE --reason TEXT
    zaosong case fees CASE --correct FEE --reason TEXT [--item NAME] [--amount YUAN] [--basis TEXT]

``add_parsers(sub)`` adds ``doc``; ``add_fee_parser(case)`` hangs ``fees`` under ``case`` (``cases``
calls it and ``run_fees``). The PDFs are written through ``app.cli.documents``, loaded only when one
is asked for.
"""
from __future__ import annotations

from pathlib import Path

from app.cli.output import date_arg as _date
from app.cli.output import print_json as _print_json
from app.messages import render

COMMANDS = ("doc",)


def add_parsers(sub) -> None:
    from app.services.papers import PAPERS

    doc = sub.add_parser("doc", help="客户单据 (受理回执、供电方案答复单、业务收费通知单、竣工验收意见书、送电单)")
    dsub = doc.add_subparsers(dest="doc_cmd", required=True, metavar="ACTION")
    pdf = dsub.add_parser("pdf", help="生成单据 PDF",
                          epilog="KIND: " + "; ".join(f"{k} {v[0]}" for k, v in PAPERS.items()) + "; all 全部可出具的单据")
    pdf.add_argument("case", nargs="?", help="工单 (或用 --day 打印一天的单据)")
    pdf.add_argument("--kind", choices=[*PAPERS, "all"], metavar="KIND")
    pdf.add_argument("--day", type=_date, help="当天的单据: 当天受理、答复方案、登记收费、验收合格、送电的工单的单据")
    pdf.add_argument("--manager", help="与 --day 同用: 只打印该客户经理的工单 (默认全部)")
    pdf.add_argument("--out", type=Path, required=True)
    pdf.add_argument("--as-of", type=_date, help="单据日期 (默认今天)")
    lst = dsub.add_parser("list", help="工单的单据: 可出具 / 缺少什么")
    lst.add_argument("case")
    lst.add_argument("--as-of", type=_date)
    lst.add_argument("--json", action="store_true")


def add_fee_parser(case) -> None:
    fees = case.add_parser("fees", help="业务收费: 登记、列出、撤销或更正收费项目 (留痕,原记录保留)",
                           epilog=_items_help())
    fees.add_argument("case")
    fees.add_argument("--item", help="收费项目 (如 高可靠性供电费)")
    fees.add_argument("--amount", metavar="YUAN", help="金额 (元,最多两位小数)")
    fees.add_argument("--basis", help="收费依据 (常用项目可省略,取默认写法)")
    fees.add_argument("--on", type=_date, help="登记日期 (默认今天)")
    fees.add_argument("--withdraw", metavar="FEE", help="撤销该条收费 (须 --reason)")
    fees.add_argument("--correct", metavar="FEE", help="更正该条收费: 原条目撤销,按新值重新登记 (须 --reason)")
    fees.add_argument("--reason", help="撤销或更正的原因")
    fees.add_argument("--json", action="store_true")


def _items_help() -> str:
    from app.services.fees import fee_items

    return render("cli_usual_items", items="; ".join(f"{i['zh']} ({i['code']})" for i in fee_items()["items"]))


def run(args, store) -> int:
    from app.errors import Refused
    from app.services.papers import paper_data, papers_of_case

    if args.doc_cmd == "list":
        with store.reader() as s:
            rows = papers_of_case(s, args.case, args.as_of)
        if args.json:
            _print_json(rows)
        else:
            for r in rows:
                print(f"{r['kind']}\t{r['title']}\t{render('cli_paper_available') if r['available'] else r['reason']}")
        return 0
    if args.day is not None:
        return _day_pdf(args, store)
    if args.case is None or args.kind is None or args.manager is not None:
        raise Refused("paper_case_or_day")
    with store.reader() as s:
        if args.kind == "all":
            kinds = [r["kind"] for r in papers_of_case(s, args.case, args.as_of) if r["available"]]
        else:
            kinds = [args.kind]
        datas = [paper_data(s, args.case, k, args.as_of) for k in kinds]
    if not datas:
        raise Refused("paper_none_available", case_no=args.case)
    from app.cli import documents  # loads ReportLab: only when a PDF is asked for

    return documents.papers_pdf(datas, args.out)


def _day_pdf(args, store) -> int:
    from app.errors import Refused
    from app.services.papers import day_paper_datas

    if args.case is not None or args.kind is not None:
        raise Refused("paper_case_or_day")
    with store.reader() as s:
        datas = day_paper_datas(s, args.day, args.manager)
    if not datas:
        raise Refused("paper_none_of_day", day=args.day.isoformat(), manager=args.manager or "")
    from app.cli import documents

    return documents.papers_pdf(datas, args.out)


def run_fees(args, store) -> int:
    from app.errors import Refused
    from app.services import fees

    if args.withdraw or args.correct:
        if not (args.reason or "").strip():
            raise Refused("required", what="fee_reason")
        with store.session() as s:
            if args.withdraw:
                fees.withdraw_fee(s, args.withdraw, args.reason, args.on, case_ref=args.case)
            else:
                fees.correct_fee(s, args.correct, args.reason, item=args.item, amount=args.amount,
                                 basis=args.basis, on=args.on, case_ref=args.case)
    elif args.item is not None or args.amount is not None:
        if args.item is None or args.amount is None:
            raise Refused("required", what="fee_item" if args.item is None else "amount")
        with store.session() as s:
            ch = fees.record_fee(s, args.case, args.item, args.amount, args.basis, args.on)
        if not args.json:
            print(ch.created_id)
            return 0
    with store.reader() as s:
        rows = fees.list_fees(s, args.case)
    if args.json:
        _print_json(rows)
    elif not (args.withdraw or args.correct):
        for f in rows:
            state = "" if f["in_force"] else "\t" + render("cli_fee_withdrawn", on=f["withdrawn_on"], reason=f["withdraw_reason"])
            print(f"{f['id']}\t{f['recorded_on']}\t{f['item']}\t{f['amount']} 元\t{f['basis']}{state}")
    return 0

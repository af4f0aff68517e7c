"""Commands of the work after energisation (事后管理, issue 20): followup, evaluate, analysis,
satisfaction; ``audit sample`` is added to the audit group of ``app.cli.sync`` (``add_audit_sample``).

Services are imported inside the handlers: ``--version`` and ``--help`` must not load SQLAlchemy.
"""
from __future__ import annotations

from pathlib import Path

from app.cli.output import date_arg, print_json

COMMANDS = ("followup", "evaluate", "analysis", "satisfaction")


def add_parsers(sub) -> None:
    fu = sub.add_parser("followup", help="回访/走访").add_subparsers(dest="followup_cmd", required=True, metavar="ACTION")
    fadd = fu.add_parser("add", help="记录一次回访 (已送电的工单),输出回访编号")
    fadd.add_argument("case")
    fadd.add_argument("--on", type=date_arg, required=True)
    fadd.add_argument("--by", required=True, help="回访人 (工单的客户经理本人回访记为自报,不计入满意率)")
    fadd.add_argument("--mode", required=True, choices=["phone", "visit", "wechat", "other"])
    fadd.add_argument("--answers", default="", help='如 "总体满意=5,时限=4" (未答的题目不填)')
    fadd.add_argument("--customer-applied", type=date_arg, help="客户所述申请日期")
    fadd.add_argument("--customer-energized", type=date_arg, help="客户所述送电日期")
    fadd.add_argument("--text", default="", help="客户意见")
    fdue = fu.add_parser("due", help="到期未回访的工单")
    fdue.add_argument("--as-of", type=date_arg)
    fdue.add_argument("--manager")
    fdue.add_argument("--json", action="store_true")
    flist = fu.add_parser("list", help="工单的回访记录")
    flist.add_argument("case")
    flist.add_argument("--json", action="store_true")
    fact = fu.add_parser("act", help="把回访意见转为整改措施,输出措施编号")
    fact.add_argument("followup")
    fact.add_argument("--text", required=True)
    fact.add_argument("--owner", required=True)
    fact.add_argument("--due", type=date_arg, required=True)
    fdone = fu.add_parser("done", help="措施完成")
    fdone.add_argument("action")
    fdone.add_argument("--on", type=date_arg, required=True)
    fdone.add_argument("--note", default="")
    fcov = fu.add_parser("coverage", help="期间送电工单的回访覆盖")
    fcov.add_argument("--from", dest="start", type=date_arg, required=True)
    fcov.add_argument("--to", dest="end", type=date_arg, required=True)
    fcov.add_argument("--json", action="store_true")

    ev = sub.add_parser("evaluate", help="业扩项目评价 (已送电的工单)")
    ev.add_argument("case", nargs="?")
    ev.add_argument("--cause", metavar="STAGE=CODE", help="超时环节的原因")
    ev.add_argument("--note", default="")
    ev.add_argument("--list-causes", action="store_true", help="原因代码")
    ev.add_argument("--json", action="store_true")

    an = sub.add_parser("analysis", help="业扩报装月度分析会").add_subparsers(dest="analysis_cmd", required=True,
                                                                      metavar="ACTION")
    aag = an.add_parser("agenda", help="月度分析会议程")
    aag.add_argument("--month", required=True, metavar="YYYY-MM")
    aag.add_argument("--as-of", type=date_arg)
    aag.add_argument("--json", action="store_true")
    ahold = an.add_parser("hold", help="记录分析会 (日期、主持人、参会人员)")
    ahold.add_argument("--month", required=True, metavar="YYYY-MM")
    ahold.add_argument("--on", type=date_arg, required=True)
    ahold.add_argument("--chair", required=True)
    ahold.add_argument("--attendance", required=True, help='如 "张伟,李海燕,王强"')
    ahold.add_argument("--place", default="")
    ahold.add_argument("--note", default="")
    acon = an.add_parser("conclude", help="议程工单的结论")
    acon.add_argument("case")
    acon.add_argument("--month", required=True, metavar="YYYY-MM")
    acon.add_argument("--text", required=True)
    ameas = an.add_parser("measure", help="改进措施 (责任人、期限),输出措施编号")
    ameas.add_argument("--month", required=True, metavar="YYYY-MM")
    ameas.add_argument("--text", required=True)
    ameas.add_argument("--owner", required=True)
    ameas.add_argument("--due", type=date_arg, required=True)
    ameas.add_argument("--case")
    adone = an.add_parser("done", help="改进措施完成")
    adone.add_argument("action")
    adone.add_argument("--on", type=date_arg, required=True)
    adone.add_argument("--note", default="")
    amin = an.add_parser("minutes", help="分析会会议纪要 PDF")
    amin.add_argument("--month", required=True, metavar="YYYY-MM")
    amin.add_argument("--out", type=Path, required=True)

    sat = sub.add_parser("satisfaction", help="客户满意率 (不含客户经理自报的回访)")
    sat.add_argument("--month", metavar="YYYY-MM")
    sat.add_argument("--from", dest="start", type=date_arg)
    sat.add_argument("--to", dest="end", type=date_arg)
    sat.add_argument("--by", choices=["manager", "station", "month"])
    sat.add_argument("--json", action="store_true")


def add_audit_sample(audit_sub) -> None:
    """``audit sample``: hooked into the audit group of ``app.cli.sync``."""
    smp = audit_sub.add_parser("sample", help="稽查抽样 (期间内送电的工单,电话回访与现场核查)")
    smp.add_argument("--from", dest="start", type=date_arg, required=True)
    smp.add_argument("--to", dest="end", type=date_arg, required=True)
    smp.add_argument("--seed", type=int)
    smp.add_argument("--json", action="store_true")


def _pct(rate) -> str:
    return "-" if rate is None else f"{rate * 100:.1f}%"


def run(args, store) -> int:
    from app.messages import render
    from app.services import analysis, evaluation, followups

    if args.command == "followup":
        c = args.followup_cmd
        if c == "add":
            with store.session() as s:
                ch = followups.add_followup(s, args.case, args.on, args.by, args.mode, args.answers,
                                            args.customer_applied, args.customer_energized, args.text)
            print(ch.created_id)
            return 0
        if c == "act":
            with store.session() as s:
                ch = followups.add_action(s, "followup", args.followup, args.text, args.owner, args.due)
            print(ch.created_id)
            return 0
        if c == "done":
            with store.session() as s:
                followups.finish_action(s, args.action, args.on, args.note, kinds=("followup",))
            print(args.action)
            return 0
        with store.reader() as s:
            if c == "due":
                from app.services.checks import today_of

                rows = followups.due(s, args.as_of or today_of(store), args.manager)
                if args.json:
                    print_json(rows)
                else:
                    for r in rows:
                        print(f"{r['planned_on']}  {r['case_no']}  {r['customer_name']}  {r['manager']}  {r['contact']}")
                return 0
            if c == "list":
                rows = followups.followups_of(s, args.case)
                if args.json:
                    print_json(rows)
                else:
                    for r in rows:
                        own = " " + render("cli_after_self") if r["self_reported"] else ""
                        print(f"{r['done_on']}  {r['mode']}  {r['by']}{own}  {r['answers']}  {r['id']}")
                return 0
            if c == "coverage":
                out = followups.coverage(s, args.start, args.end)
                if args.json:
                    print_json(out)
                else:
                    print(f"{out['followed_up']}/{out['finished']}  {_pct(out['rate'])}")
                return 0
    if args.command == "evaluate":
        return _evaluate(args, store, evaluation)
    if args.command == "analysis":
        return _analysis(args, store, analysis, followups)
    if args.command == "satisfaction":
        return _satisfaction(args, store, followups)
    raise AssertionError(args.command)


def _evaluate(args, store, evaluation) -> int:
    from app import aftercare
    from app.errors import Refused
    from app.messages import render

    if args.list_causes:
        with store.reader() as s:
            rows = aftercare.causes(store.config(s))
        if args.json:
            print_json(rows)
        else:
            for r in rows:
                print(f"{r['code']}  {r['name']}")
        return 0
    if not args.case:
        raise Refused("after_give_case")
    if args.cause:
        stage, sep, code = args.cause.partition("=")
        if not sep or not stage.strip() or not code.strip():
            raise Refused("after_bad_cause_arg", value=args.cause)
        with store.session() as s:
            evaluation.set_cause(s, args.case, stage, code, args.note)
    with store.reader() as s:
        ev = evaluation.evaluate(s, args.case)
    if args.json:
        print_json(ev)
    else:
        print(render("cli_after_complete") if ev["complete"] else render("cli_after_open", missing=", ".join(ev["missing"])))
    return 0


def _month_period(args):
    from app.errors import Refused
    from app.services.analysis import month_range

    if args.month:
        return month_range(args.month)
    if args.start and args.end:
        return args.start, args.end
    raise Refused("bad_month", value="")


def _satisfaction(args, store, followups) -> int:
    start, end = _month_period(args)
    with store.reader() as s:
        rows = followups.satisfaction(s, start, end, args.by)
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['group'] or '-'}  {r['satisfied']}/{r['n']}  {_pct(r['rate'])}")
    return 0


def _analysis(args, store, analysis, followups) -> int:
    from app.messages import render

    c = args.analysis_cmd
    if c == "agenda":
        with store.reader() as s:
            ag = analysis.agenda(s, args.month, getattr(args, "as_of", None))
        if args.json:
            print_json(ag)
        else:
            f = ag["figures"]
            print(render("cli_after_agenda", month=ag["month"], finished=f["finished"], late=f["late"],
                         avg="-" if f["avg_supply_dept_wd"] is None else f["avg_supply_dept_wd"]))
            for lc in ag["late_cases"]:
                print(f"  {lc['case_no']}  " + ", ".join(f"{x['code']}@{x['rule_set']}+{x['over_wd']}" for x in lc["stages"]))
            for d in ag["deviations"]:
                print(f"  {d['case_no']}  {d['field']}  {d['recorded']} / {d['reported']}  {d['days']}")
        return 0
    if c == "minutes":
        with store.reader() as s:
            data = analysis.minutes_data(s, args.month)
        from app.cli.documents import analysis_minutes_pdf

        return analysis_minutes_pdf(data, args.out)
    with store.session() as s:
        if c == "hold":
            ch = analysis.hold(s, args.month, args.on, args.chair, args.attendance, args.place, args.note)
        elif c == "conclude":
            ch = analysis.conclude(s, args.month, args.case, args.text)
        elif c == "measure":
            ch = analysis.add_measure(s, args.month, args.text, args.owner, args.due, args.case)
        else:
            ch = followups.finish_action(s, args.action, args.on, args.note, kinds=("analysis",))
    print(ch.created_id)
    return 0


def run_audit_sample(args, store) -> int:
    from app.messages import render
    from app.services.audit_sample import sample

    with store.reader() as s:
        out = sample(s, args.start, args.end, args.seed)
    if args.json:
        print_json(out)
        return 0
    for title, rows in ((render("cli_after_callbacks"), out["callbacks"]), (render("cli_after_visits"), out["site_visits"])):
        print(f"{title} ({len(rows)}):")
        for r in rows:
            print(f"  {r['case_no']}  {r['customer_name']}  {'HV' if r['hv'] else 'LV'}  {r['contact']}  "
                  f"{r['address']}  {r['manager']}")
    for sh in out["short"]:
        print(render("cli_after_short", **sh))
    print(render("cli_after_seed", seed=out["seed"]))
    return 0


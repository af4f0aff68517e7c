"""Commands of the workday calendar: calendar workdays|add|is-workday|import|years.

Services are imported inside the handlers: ``--version`` and ``--help`` must not load SQLAlchemy.
"""
from __future__ import annotations

import sys
from pathlib import Path

from app.cli import calendar_edit
from app.cli.output import date_arg, print_json
from app.messages import render

COMMANDS = ("calendar",)


def add_parsers(sub) -> None:
    cal = sub.add_parser("calendar", help="工作日日历").add_subparsers(dest="cal_cmd", required=True, metavar="ACTION")
    wd = cal.add_parser("workdays", help="FROM 之后到 TO (含) 的工作日数")
    wd.add_argument("start", type=date_arg, metavar="FROM")
    wd.add_argument("end", type=date_arg, metavar="TO")
    ad = cal.add_parser("add", help="DATE 之后第 N 个工作日")
    ad.add_argument("date", type=date_arg, metavar="DATE")
    ad.add_argument("n", type=int, metavar="N")
    iw = cal.add_parser("is-workday", help="是否工作日")
    iw.add_argument("date", type=date_arg, metavar="DATE")
    im = cal.add_parser("import", help="导入节假日安排 (CSV: date,kind,name)")
    im.add_argument("file", type=Path, metavar="FILE")
    yr = cal.add_parser("years", help="已有节假日安排的年份")
    yr.add_argument("--json", action="store_true")
    calendar_edit.add_parsers(cal, date_arg)  # set, days: the holiday editor (issue 16)


def _assumed_note(cal, *dates) -> None:
    years = cal.assumed_years(*dates)
    if years:
        ys = "、".join(str(y) for y in years)
        sys.stderr.write(render("cli_assumed_calendar", years=ys) + "\n")


def run(args, store) -> int:
    c = args.cal_cmd
    if c in ("set", "days"):
        return calendar_edit.run(args, store)
    if c == "import":
        from app.services.calendar import import_calendar

        with store.session() as s:
            import_calendar(s, args.file)
        with store.reader() as s:
            from app.services.calendar import calendar_years

            covered = [y["year"] for y in calendar_years(s) if y["covered"]]
        print(render("cli_calendar_imported", file=args.file, first=covered[0], last=covered[-1]))
        return 0
    if c == "years":
        from app.services.calendar import calendar_years

        with store.reader() as s:
            years = calendar_years(s)
        if args.json:
            print_json(years)
        else:
            for y in years:
                print(f"{y['year']}\t{'有安排' if y['covered'] else '无安排(按周末计算)'}\t{y['source'] or ''}")
        return 0
    cal = store.calendar
    if c == "workdays":
        _assumed_note(cal, args.start, args.end)
        print(cal.workdays_between(args.start, args.end))
    elif c == "add":
        result = cal.add_workdays(args.date, args.n)
        _assumed_note(cal, args.date, result)
        print(result.isoformat())
    elif c == "is-workday":
        _assumed_note(cal, args.date)
        print("true" if cal.is_workday(args.date) else "false")
    return 0


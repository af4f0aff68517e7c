"""`calendar set` and `calendar days`: the holiday editor from the command line (issue 16).

    zaosong calendar set 2027-10-08 --kind workday --name 国庆调休上班
    zaosong calendar set 2027-01-01 2027-01-02 --kind holiday --name 元旦 --complete-year 2027
    zaosong calendar days 2027 [--json]

The same service as the calendar page's editor (app.services.calendar.edit_days): every date is
checked first, all problems reported at once, nothing changed when one is wrong.
"""
from __future__ import annotations

import json
import sys


def add_parsers(cal, date_type) -> None:
    st = cal.add_parser("set", help="把日期标为节假日 / 调休上班日 / 恢复普通 (holiday|workday|normal)")
    st.add_argument("dates", nargs="*", metavar="DATE")
    st.add_argument("--kind", choices=["holiday", "workday", "normal"], default="holiday")
    st.add_argument("--name", default="", help="节日名称,如 元旦、春节")
    st.add_argument("--complete-year", type=int, metavar="YEAR", help="该年的放假安排已完整(不再按周末计算)")
    dy = cal.add_parser("days", help="某年的节假日与调休上班日(含名称)")
    dy.add_argument("year", type=int, metavar="YEAR")
    dy.add_argument("--json", action="store_true")


def run(args, store) -> int:
    from app.messages import language
    from app.services.calendar import day_names, edit_days

    zh = language() == "zh"
    if args.cal_cmd == "set":
        with store.session() as s:
            out = edit_days(s, [(d, args.kind, args.name) for d in args.dates], complete_year=args.complete_year)
        for y, v in sorted(out["versions"].items()):
            if v is None:
                print(f"{y}: " + ("已标记;该年仍按周末计算(安排完整后用 --complete-year)" if zh
                                  else "marked; the year still counts weekends only (--complete-year once complete)"))
            else:
                print(f"{y}: " + (f"节假日安排第 {v} 版" if zh else f"schedule version {v}"))
        return 0
    with store.reader() as s:
        days = day_names(s, args.year)
    if args.json:
        sys.stdout.write(json.dumps(days, ensure_ascii=False, indent=2) + "\n")
        return 0
    kinds = {"holiday": ("休", "holiday"), "workday": ("班", "make-up working day")}
    for d in days:
        print(f"{d['day']}\t{kinds[d['kind']][0 if zh else 1]}\t{d['name']}")
    return 0

"""Commands of the relay-protection calculation and setting sheets: settings calc|sheet|pdf.

Services are imported inside the handlers: ``--version`` and ``--help`` must not load SQLAlchemy.
"""
from __future__ import annotations

from pathlib import Path

from app.cli.output import date_arg, print_change, print_json

COMMANDS = ("settings",)


def add_parsers(sub) -> None:
    st = sub.add_parser("settings", help="继电保护定值计算与定值单").add_subparsers(dest="settings_cmd", required=True,
                                                                           metavar="ACTION")

    def setting_options(p):
        p.add_argument("--kv", type=float, default=10.0)
        p.add_argument("--sk-max", type=float, required=True, metavar="MVA")
        p.add_argument("--sk-min", type=float, required=True, metavar="MVA")
        p.add_argument("--rx", type=float)
        p.add_argument("--kva", type=float, required=True)
        p.add_argument("--uk", type=float, required=True, metavar="PCT")
        p.add_argument("--pk", type=float, metavar="KW")
        p.add_argument("--ct", help="进线 CT 变比 (默认取查勘记录, 否则 100/5)")
        p.add_argument("--tr-type", choices=["oil", "dry"], help="变压器类型 (默认取查勘记录, 否则 oil)")
        p.add_argument("--vector", default="Dyn11", choices=["Dyn11", "Yyn0"])
        p.add_argument("--ratio", default="10/0.4")
        p.add_argument("--count", type=int, default=1)
        p.add_argument("--cable-km", type=float, default=0.0)
        p.add_argument("--cable-r", type=float, default=0.0, metavar="OHM_PER_KM")
        p.add_argument("--cable-x", type=float, default=0.0, metavar="OHM_PER_KM")
        p.add_argument("--feeder-inst", type=float, metavar="A")
        p.add_argument("--feeder-oc", type=float, metavar="A")
        p.add_argument("--feeder-oc-time", type=float, metavar="S")
        p.add_argument("--applied-kva", type=float)

    scalc = st.add_parser("calc", help="计算短路电流与保护定值")
    setting_options(scalc)
    scalc.add_argument("--json", action="store_true")
    ssheet = st.add_parser("sheet", help="定值单").add_subparsers(dest="sheet_cmd", required=True, metavar="ACTION")
    snew = ssheet.add_parser("new", help="为工单新建定值单 (新版本作废旧版本),输出定值单编号")
    snew.add_argument("case")
    setting_options(snew)
    snew.add_argument("--by", default="", help="整定人")
    siss = ssheet.add_parser("issue", help="签发定值单")
    siss.add_argument("sheet")
    siss.add_argument("--on", type=date_arg)
    siss.add_argument("--checked-by", default="")
    siss.add_argument("--approved-by", default="")
    sexe = ssheet.add_parser("executed", help="记录执行回执")
    sexe.add_argument("sheet")
    sexe.add_argument("--to", required=True, help="交付给")
    sexe.add_argument("--by", required=True, help="执行人")
    sexe.add_argument("--on", type=date_arg, required=True, help="回执日期")
    slist = ssheet.add_parser("list", help="工单的定值单")
    slist.add_argument("case")
    spdf = st.add_parser("pdf", help="定值单 PDF")
    spdf.add_argument("sheet")
    spdf.add_argument("--out", type=Path, required=True)


SETTING_ARGS = {"kv": "kv", "sk_max": "sk_max_mva", "sk_min": "sk_min_mva", "rx": "rx", "kva": "kva", "uk": "uk_pct",
                "pk": "pk_kw", "ct": "ct", "vector": "vector", "ratio": "ratio", "count": "count",
                "cable_km": "cable_km", "cable_r": "cable_r", "cable_x": "cable_x", "feeder_inst": "feeder_inst_a",
                "feeder_oc": "feeder_oc_a", "feeder_oc_time": "feeder_oc_time_s", "applied_kva": "applied_kva",
                "tr_type": "tr_type"}


def setting_values(args) -> dict:
    return {field: getattr(args, arg) for arg, field in SETTING_ARGS.items() if getattr(args, arg, None) is not None}


def run(args, store) -> int:
    c = args.settings_cmd
    if c == "calc":
        from app.protection import calculate
        from app.services.setting_sheets import inputs_from

        result = calculate(inputs_from(setting_values(args)))
        if args.json:
            print_json(result)
        else:
            for key in ("instantaneous", "overcurrent", "overload"):
                r = result[key]
                print(f"{key}\t{r['primary_a']} A\t{r['secondary_a']} A\t{r['time_s']} s\t{r['ok']}")
            for chk in result["checks"]:
                print(f"{chk['name']}\t{chk['value']}\t{chk['limit']}\t{chk['ok']}")
        return 0
    if c == "pdf":
        from app.cli import (
            documents as pdf,  # ReportLab: loaded only when a PDF is asked for
        )

        return pdf.setting_sheet_pdf(args, store)
    from app.services import setting_sheets as sv

    sc = args.sheet_cmd
    if sc == "new":
        values = setting_values(args)
        if args.applied_kva is None:
            values.pop("applied_kva", None)
        return print_change(store, sv.new_sheet, args.case, values, args.by, show="created_id")
    if sc == "issue":
        with store.session() as s:
            sv.issue_sheet(s, args.sheet, args.on, args.checked_by, args.approved_by)
        return 0
    if sc == "executed":
        with store.session() as s:
            sv.record_execution(s, args.sheet, args.to, args.by, args.on)
        return 0
    with store.reader() as s:
        print_json(sv.sheets_of(s, args.case))
    return 0

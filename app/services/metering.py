"""The metering-equipment plan (计量器具需求计划, issue 19): the metering configuration of each case,
its checks, the stock counts of the metering-asset staff and the monthly plan.

- **Configuration**: taken from the survey's supply plan (``Survey.metering``, ``ct_ratio``,
  ``vt_ratio``) with the defaults of the metering method from the rules document, until someone sets
  it (``set_config``); a saved configuration is changed only with a reason, each change a
  METERING_SET event holding what it was before and why.
- **Checks** (``check_case``): the CT's rated primary against the case's rated current (GB/T 50063
  band, as data), 高供高计 without a PT is an error.
- **Stock** (``record_stock``, ``import_stock``): counts by type code and count date; the newest
  count of each type code is in force.
- **The plan** (``plan_data`` computes, ``generate_plan`` keeps): one plan per month; asking again
  when something changed makes a new version with the differences from the previous one.

The rules (classes, CT load band, defaults per method, the forecast's customer time) are the data
document of kind ``metering_rules`` in force on the day in question; the arithmetic is
``app.metering_calc``.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import fields as F
from app import metering_calc as M
from app import periods
from app.domain import CHAINED_FROM, STAGE_INDEX, STAGES
from app.errors import Refused
from app.ledger.sheet import Limits, read_grid
from app.messages import language, render
from app.models import Case, MeteringConfig, MeteringPlan, MeteringStock, Survey, natural_id
from app.rules import CaseFacts
from app.services.cases import get_case
from app.services.changes import Changes
from app.services.checks import parse_date, today_of
from app.services.query import open_clocks
from app.store import canonical_json, store_of, utcnow

MAX_COUNT = 1_000_000  # a stock figure beyond this is a typo
MAX_STOCK_BYTES = 10 * 1024 * 1024
MAX_STOCK_UNPACKED = 100 * 1024 * 1024
MAX_STOCK_ROWS = 5000
# a stock sheet is small: stricter than a ledger's limits, streamed, the first 30 columns kept, and
# its header may stand in any of the first 10 rows
STOCK_LIMITS = Limits(file_bytes=MAX_STOCK_BYTES, unpacked_bytes=MAX_STOCK_UNPACKED, ratio=None,
                      rows=MAX_STOCK_ROWS + 10, columns=None, width=30)
CONFIG_FIELDS = ("method", "meter_wiring", "meter_range", "meter_accuracy", "ct_ratio", "ct_count", "ct_s_class",
                 "pt_ratio", "pt_count", "hv_cabinet", "terminal")


def rules(s: Session, day: dt.date | None = None) -> dict:
    """The ``metering_rules`` document in force on ``day`` (today when None), with its envelope."""
    store = store_of(s)
    doc = store.config(s).in_force_on("metering_rules", day or today_of(store))
    return {**doc.data, "id": doc.id, "version": doc.version}


# --- configuration -----------------------------------------------------------------------------------
def _method(value: str) -> str:
    v = str(value or "").strip()
    found = {"high": "HV", "hv": "HV", "高供高计": "HV", "low": "LV", "lv": "LV", "高供低计": "LV"}.get(v.lower())
    if found is None:
        raise Refused("metering_bad_method", value=v[:20])
    return found


def _count(value: object, what: str, max_: int = 12) -> int:
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        n = -1
    if not 0 <= n <= max_ or str(value).strip().lstrip("+") != str(n):
        raise Refused("metering_bad_count", what=what, value=str(value)[:20], max=max_)
    return n


def _derived(rules_: dict, case: Case, survey: Survey | None) -> dict | None:
    """The configuration the survey's supply plan implies (None without a survey)."""
    if survey is None:
        return None
    method = survey.metering if survey.metering in M.METHODS else "LV"
    d = rules_["methods"][method]
    cls = M.metering_class(rules_, case.capacity_kva)
    return {"method": method, "meter_wiring": d["wiring"], "meter_range": d["meter_range"],
            "meter_accuracy": cls["meter"], "ct_ratio": _norm_ratio(survey.ct_ratio), "ct_count": d["ct_count"],
            "ct_s_class": False, "pt_ratio": _norm_ratio(survey.vt_ratio) if method == "HV" else "",
            "pt_count": d["pt_count"] if method == "HV" and survey.vt_ratio else 0,
            "hv_cabinet": d["hv_cabinet"], "terminal": rules_["terminal"]}


def _norm_ratio(text: str) -> str:
    try:
        return M.ratio_text(M.parse_ratio(text, ""))
    except Refused:
        return ""  # a survey's ratio that does not parse is shown as missing; the check says so


def _row_config(row: MeteringConfig) -> dict:
    return {k: getattr(row, k) for k in CONFIG_FIELDS}


def _full(rules_: dict, case: Case, cfg: dict, source: str, row: MeteringConfig | None) -> dict:
    """A configuration with what follows from it: class, accuracies, 综合倍率, equipment."""
    cls = M.metering_class(rules_, case.capacity_kva)
    ct = M.parse_ratio(cfg["ct_ratio"], "CT") if cfg["ct_ratio"] else None
    pt = M.parse_ratio(cfg["pt_ratio"], "PT") if cfg["pt_ratio"] and cfg["pt_count"] else None
    ct_acc = cls["ct"] if cfg["ct_s_class"] else cls["ct"].removesuffix("S")
    out = {**cfg, "case_no": case.case_no, "customer_name": case.customer_name, "capacity_kva": case.capacity_kva,
           "supply_kv": case.supply_kv, "manager": case.manager, "source": source,
           "class": cls["class"], "ct_accuracy": ct_acc, "pt_accuracy": cls["pt"],
           "combined_ratio": M.combined_ratio(ct, pt),
           "reason": row.reason if row else "", "set_on": row.set_on.isoformat() if row else None,
           "set_by": row.set_by if row else "",
           "reserved_on": row.reserved_on.isoformat() if row and row.reserved_on else None,
           "rules": f"{rules_['id']} v{rules_['version']}"}
    out["equipment"] = [{"type_code": c, "name": n, "count": k} for c, n, k in M.equipment(out)]
    return out


def config_of(s: Session, case: Case, rules_: dict | None = None) -> dict | None:
    """The configuration in force for a case: the one set, else the survey's; None when neither."""
    rules_ = rules_ or rules(s)
    row = s.get(MeteringConfig, natural_id("metering_config", case.id))
    if row is not None and not row.deleted:
        return _full(rules_, case, _row_config(row), "set", row)
    survey = s.scalar(select(Survey).where(Survey.case_id == case.id, Survey.deleted.is_(False)))
    cfg = _derived(rules_, case, survey)
    return None if cfg is None else _full(rules_, case, cfg, "survey", None)


def config_view(s: Session, ref: str) -> dict:
    case = get_case(s, ref)
    cfg = config_of(s, case)
    if cfg is None:
        raise Refused("metering_no_config", case_no=case.case_no)
    return cfg


def set_config(s: Session, ref: str, *, method: str, ct: str | None = None, ct_count: object = None,
               pt: str | None = None, pt_count: object = None, s_class: bool = False, wiring: str | None = None,
               meter_range: str | None = None, meter_accuracy: str | None = None, hv_cabinet: bool | None = None,
               terminal: str | None = None, reason: str = "", on: dt.date | str | None = None) -> Changes:
    """Set (or change, with ``reason``) a case's metering configuration. What is not given comes from
    the method's defaults in the rules (and the class's meter accuracy). A configuration that fails a
    check is saved all the same (nothing typed is lost) and the failures come back as warnings."""
    store = store_of(s)
    case = get_case(s, ref)
    rules_ = rules(s)
    m = _method(method)
    d = rules_["methods"][m]
    ct_r = M.parse_ratio(ct, "CT") if ct else None
    pt_r = M.parse_ratio(pt, "PT") if pt else None
    if wiring is not None and wiring not in M.WIRINGS:
        raise Refused("metering_bad_wiring", value=str(wiring)[:20])
    new = {
        "method": m, "meter_wiring": wiring or d["wiring"],
        "meter_range": F.METERING_TEXT.check(meter_range) if meter_range else d["meter_range"],
        "meter_accuracy": (F.METERING_TEXT.check(meter_accuracy) if meter_accuracy
                           else M.metering_class(rules_, case.capacity_kva)["meter"]),
        "ct_ratio": M.ratio_text(ct_r), "ct_count": _count(ct_count, "CT") if ct_count is not None else (
            d["ct_count"] if ct_r else 0),
        "ct_s_class": bool(s_class), "pt_ratio": M.ratio_text(pt_r),
        "pt_count": _count(pt_count, "PT") if pt_count is not None else ((d["pt_count"] or 2) if pt_r else 0),
        "hv_cabinet": d["hv_cabinet"] if hv_cabinet is None else bool(hv_cabinet),
        "terminal": F.METERING_TEXT.check(terminal) if terminal is not None else rules_["terminal"],
    }
    on = parse_date(on) if on else today_of(store)
    if on < case.applied_on:
        raise Refused("before_application", on=on.isoformat(), applied=case.applied_on.isoformat())
    rid = natural_id("metering_config", case.id)
    row = s.get(MeteringConfig, rid)
    before = _row_config(row) if row is not None and not row.deleted else None
    if before is not None and before != new:
        if not (reason or "").strip():
            raise Refused("metering_reason_required", case_no=case.case_no, on=row.set_on.isoformat(), by=row.set_by)
    reason = F.METERING_REASON.check(reason) if (reason or "").strip() else ""
    if before == new:
        return Changes.of_cases([case.id], case_no=case.case_no)  # nothing changed: no event, no new stamp
    if row is None:
        row = MeteringConfig(id=rid, case_id=case.id, **new, reason=reason, set_on=on, set_by=store.user or "",
                             reserved_by="", hlc=store.hlc.now(), device_id=store.device_id)
        s.add(row)
    else:
        for k, v in new.items():
            setattr(row, k, v)
        row.reason, row.set_on, row.set_by, row.deleted = reason, on, store.user or "", False
        row.hlc, row.device_id = store.hlc.now(), store.device_id
    s.flush()
    store.record_event(s, case, "METERING_SET", {"config": new, "before": before, "reason": reason}, on)
    checks = _checks(rules_, case, _full(rules_, case, new, "set", row))
    warnings = tuple(render("metering_check_warning", message=c["message"]) for c in checks if not c["ok"])
    return Changes.of_cases([case.id], case_no=case.case_no, warnings=warnings, created_id=row.id)


def reserve(s: Session, ref: str, on: dt.date | str | None = None) -> Changes:
    """Record that the case's equipment is set aside (预留); the survey's configuration is saved
    as the case's own at that moment, so the reservation names what was reserved."""
    store = store_of(s)
    case = get_case(s, ref)
    on = parse_date(on) if on else today_of(store)
    if on < case.applied_on:
        raise Refused("before_application", on=on.isoformat(), applied=case.applied_on.isoformat())
    cfg = config_of(s, case)
    if cfg is None:
        raise Refused("metering_no_config", case_no=case.case_no)
    rid = natural_id("metering_config", case.id)
    row = s.get(MeteringConfig, rid)
    if row is not None and not row.deleted and row.reserved_on is not None:
        raise Refused("metering_reserved_already", case_no=case.case_no, on=row.reserved_on.isoformat())
    if row is None:
        row = MeteringConfig(id=rid, case_id=case.id, **{k: cfg[k] for k in CONFIG_FIELDS}, reason="",
                             set_on=on, set_by=store.user or "", reserved_by="", hlc=store.hlc.now(),
                             device_id=store.device_id)
        s.add(row)
    row.reserved_on, row.reserved_by = on, store.user or ""
    row.hlc, row.device_id = store.hlc.now(), store.device_id
    s.flush()
    store.record_event(s, case, "METERING_RESERVED",
                       {"equipment": cfg["equipment"]}, on)
    return Changes.of_cases([case.id], case_no=case.case_no)


# --- checks ----------------------------------------------------------------------------------------
def _checks(rules_: dict, case: Case, cfg: dict) -> list[dict]:
    ct = M.parse_ratio(cfg["ct_ratio"], "CT") if cfg["ct_ratio"] else None
    pt = M.parse_ratio(cfg["pt_ratio"], "PT") if cfg["pt_ratio"] else None
    out = []
    for c in M.ct_checks(rules_, method=cfg["method"], capacity_kva=case.capacity_kva, supply_kv=case.supply_kv,
                         ct=ct, s_class=cfg["ct_s_class"], pt=pt, pt_count=cfg["pt_count"]):
        params = dict(c["params"])
        if "side" in params:
            params["side"] = render(f"metering_side_{params['side']}")
            params["s"] = render("metering_s_note") if params["s"] else ""
        out.append({"check": c["check"], "ok": c["ok"], "level": c["level"], "load_pct": c["load_pct"],
                    "message": render(c["message_code"], **params)})
    return out


def check_case(s: Session, ref: str) -> dict:
    """``metering check CASE --json``: {ok, checks: [{check, ok, level, load_pct, message}]} and the
    configuration it judged. ``ok`` is true when every check passed."""
    case = get_case(s, ref)
    rules_ = rules(s)
    cfg = config_of(s, case, rules_)
    if cfg is None:
        raise Refused("metering_no_config", case_no=case.case_no)
    checks = _checks(rules_, case, cfg)
    return {"ok": all(c["ok"] for c in checks), "case_no": case.case_no, "checks": checks, "config": cfg}


# --- stock -----------------------------------------------------------------------------------------
def _stock_number(value: object, column: str) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, bool):
        raise Refused("metering_stock_bad_number", column=column, value=str(value), max=MAX_COUNT)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        n = int(str(value).strip())
    except ValueError:
        raise Refused("metering_stock_bad_number", column=column, value=str(value)[:20], max=MAX_COUNT) from None
    if not 0 <= n <= MAX_COUNT:
        raise Refused("metering_stock_bad_number", column=column, value=str(value)[:20], max=MAX_COUNT)
    return n


def _stock_row(store, raw: dict) -> dict:
    """One stock line checked: type_code, name, the five figures, counted_on (not after today)."""
    code = F.STOCK_CODE.check(str(raw.get("type_code") or ""))
    name = F.STOCK_NAME.check(str(raw.get("name") or ""))
    zh = language() == "zh"
    figures = {k: _stock_number(raw.get(k), STOCK_HEADERS[k][0] if zh else STOCK_HEADERS[k][-1])
               for k in M.STOCK_FIELDS}
    on = raw.get("counted_on")
    if isinstance(on, dt.datetime):
        on = on.date()
    if not isinstance(on, dt.date):
        try:
            on = dt.date.fromisoformat(str(on or "").strip()[:10])
        except ValueError:
            raise Refused("metering_stock_bad_date", value=str(on or "")[:20]) from None
    today = today_of(store)
    if on > today:
        raise Refused("metering_stock_future", on=on.isoformat(), today=today.isoformat())
    return {"type_code": code, "name": name, **figures, "counted_on": on}


def record_stock(s: Session, rows: list[dict]) -> Changes:
    """Stock counts, all checked before any is written (a bad row refuses them all, naming its row
    number: ``row`` in the dict, else its position). A type counted again on the same date replaces
    that day's count."""
    store = store_of(s)
    checked, seen = [], set()
    for n, raw in enumerate(rows, 1):
        where = raw.get("row", n)
        try:
            r = _stock_row(store, raw)
        except Refused as exc:
            raise Refused("metering_stock_bad_row", row=where, problem=str(exc).rstrip("。.")) from None
        key = (r["type_code"], r["counted_on"])
        if key in seen:
            raise Refused("metering_stock_bad_row", row=where,
                          problem=render("metering_stock_repeat", code=r["type_code"]))
        seen.add(key)
        checked.append(r)
    for r in checked:
        rid = natural_id("metering_stock", r["type_code"], r["counted_on"].isoformat())
        row = s.get(MeteringStock, rid)
        if row is None:
            row = MeteringStock(id=rid, type_code=r["type_code"], counted_on=r["counted_on"])
            s.add(row)
        row.name = r["name"]
        for k in M.STOCK_FIELDS:
            setattr(row, k, r[k])
        row.counted_by, row.deleted = store.user or "", False
        row.hlc, row.device_id = store.hlc.now(), store.device_id
    s.flush()
    return Changes()


# the header labels a stock sheet may use for each field (Chinese as the asset staff write them, or English)
STOCK_HEADERS = {
    "type_code": ("类型代码", "型号代码", "物料代码", "type code", "type_code", "code"),
    "name": ("名称", "器具名称", "name"),
    "qualified": ("合格在库", "合格库存", "qualified", "qualified in stock"),
    "awaiting_test": ("待检", "待检定", "awaiting test", "awaiting_test"),
    "issued": ("已领未装", "已领用未安装", "issued", "issued not installed"),
    "safety": ("安全库存", "safety", "safety stock"),
    "on_order": ("在途", "已订未到", "on order", "on_order"),
    "counted_on": ("盘点日期", "统计日期", "count date", "counted_on"),
}
_REQUIRED_HEADERS = ("type_code", "qualified", "awaiting_test", "issued", "safety", "counted_on")


def read_stock_xlsx(path: Path | str) -> list[dict]:
    """The rows of a stock workbook (first sheet; header in the first 10 rows), as dicts with their
    row numbers. A file that is not a workbook, a zip bomb or a sheet of too many rows is refused
    before it is read; formulas count by their cached values, never evaluated."""
    path = Path(path)
    try:
        grid = read_grid(path, limits=STOCK_LIMITS, stream=True)
    except Refused as exc:  # the shared reader speaks of ledgers: said here as a stock sheet
        if exc.code == "ledger_missing":
            raise Refused("config_no_file", path=str(path)[:200]) from None
        if exc.code == "ledger_unreadable":
            raise Refused("metering_stock_unreadable", name=path.name) from None
        raise Refused("metering_stock_too_big", name=path.name, max=MAX_STOCK_ROWS) from None
    labels = {lab.lower(): key for key, labs in STOCK_HEADERS.items() for lab in labs}
    maps = [{i: labels.get(str(v or "").strip().lower()) for i, v in enumerate(head)} for head in grid[:10]]
    hi = next((n for n, m in enumerate(maps) if {"type_code", "qualified"} <= set(m.values())), None)
    if hi is None:
        missing = [STOCK_HEADERS[k][0] for k in _REQUIRED_HEADERS]
        raise Refused("metering_stock_no_header", name=path.name, missing="、".join(missing))
    mapping = maps[hi]
    missing = [STOCK_HEADERS[k][0] for k in _REQUIRED_HEADERS if k not in mapping.values()]
    if missing:
        raise Refused("metering_stock_no_header", name=path.name, missing="、".join(missing))
    out = []
    for n, row in enumerate(grid[hi + 1:], hi + 2):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
            continue
        d = {key: row[i] if i < len(row) else None for i, key in mapping.items() if key}
        d["row"] = n
        out.append(d)
    if not out:
        raise Refused("metering_stock_empty", name=path.name)
    return out


def import_stock(s: Session, path: Path | str) -> dict:
    """``metering stock import FILE.xlsx``: every row checked, then all written, or none."""
    rows = read_stock_xlsx(path)
    record_stock(s, rows)
    dates = sorted({str(r.get("counted_on"))[:10] for r in rows})
    return {"count": len(rows), "dates": dates}


def stock_in_force(s: Session) -> dict[str, dict]:
    """The newest count of every type code: {code: {name, the five figures, counted_on}}."""
    out: dict[str, dict] = {}
    for row in s.scalars(select(MeteringStock).where(MeteringStock.deleted.is_(False))
                         .order_by(MeteringStock.type_code, MeteringStock.counted_on)):
        out[row.type_code] = {"type_code": row.type_code, "name": row.name, "counted_on": row.counted_on.isoformat(),
                              "counted_by": row.counted_by, **{k: getattr(row, k) for k in M.STOCK_FIELDS}}
    return out


# --- the forecast and the plan ----------------------------------------------------------------------
def parse_month(text: str) -> tuple[dt.date, dt.date]:
    """"2026-12" -> (first day, last day)."""
    return periods.month_range(text)


def forecast_energize(s: Session, as_of: dt.date, rules_: dict | None = None) -> dict[str, dict]:
    """The forecast power-on date of every open case, {case id: {"on", "stage"}}. The rule, from the
    case clock (primary rule set):

    1. the stage the case is in: its open round ends on its deadline (``add_workdays(start, limit +
       paused)``, as the clock shows it), or today if that deadline has passed (an overdue round can
       finish no earlier than today); a case between stages (no round open: the customer is
       designing or building) starts from today with the stage it waits for still ahead;
    2. every later stage then takes its full limit in working days, and before each stage that
       does not start the moment the previous one ends (design review, mid and completion
       inspection: ``CHAINED_FROM``) the customer's own time of the rules document
       (``forecast_customer_wd``, working days) is added;
    3. the date the ENERGIZE stage would end is the forecast.

    So the forecast is the latest date the supply department's limits allow after the customer's
    usual time: equipment planned for that month is ready when the case needs it, however early it
    is done. Finished cases have no forecast (their equipment is installed)."""
    store = store_of(s)
    rules_ = rules_ or rules(s, as_of)
    cal = store.calendar
    primary = store.config(s).primary_rule_set()
    customer = rules_.get("forecast_customer_wd", {})
    clocks = open_clocks(s, as_of)
    out: dict[str, dict] = {}
    q = select(Case.id, Case.current_stage, Case.capacity_kva, Case.dual_source, Case.business_type).where(
        Case.deleted.is_(False), Case.status == "open")
    for cid, current, kva, dual, btype in s.execute(q):
        facts = CaseFacts(kva, dual, btype)
        clock = clocks.get(cid)
        if clock is not None:
            rc = clock[0]
            stage, t = rc.code, max(rc.deadline or as_of, as_of)
            later = STAGES[STAGE_INDEX[stage] + 1:]
        else:
            stage, t = current, as_of
            later = STAGES[STAGE_INDEX.get(current, 0):]
        for st in later:
            wait = 0 if st in CHAINED_FROM else int(customer.get(st, 0))
            t = cal.add_workdays(t, wait + (primary.stage_limit(st, facts) or 0))
        out[cid] = {"on": t, "stage": stage}
    return out


def plan_data(s: Session, month: str, as_of: dt.date | None = None) -> dict:
    """The plan of ``month`` as it stands on ``as_of`` (not kept): every open case forecast to be
    energised in that month (see ``forecast_energize``) with its equipment, the lines by type code
    (``metering_calc.plan_lines``: need, stock, net demand, the cases behind each number) and the
    cases that have no configuration (listed, not counted)."""
    store = store_of(s)
    as_of = as_of or today_of(store)
    first, last = parse_month(month)
    rules_ = rules(s, as_of)
    forecast = forecast_energize(s, as_of, rules_)
    ids = [cid for cid, f in forecast.items() if first <= f["on"] <= last]
    # one Core query of columns, not ORM objects nor IN lists: the plan reads a few fields of thousands of rows
    wanted = set(ids)
    q = (select(Case.id, Case.case_no, Case.customer_name, Case.capacity_kva, Case.supply_kv, Case.manager,
                Survey.metering, Survey.ct_ratio, Survey.vt_ratio, Survey.id.label("survey_id"))
         .outerjoin(Survey, (Survey.case_id == Case.id) & Survey.deleted.is_(False))
         .where(Case.deleted.is_(False), Case.status == "open"))
    cases, surveys = {}, {}
    for r in s.connection().execute(q):
        if r.id in wanted:
            cases[r.id] = r
            if r.survey_id is not None:
                surveys[r.id] = r
    rows = {r.case_id: r for r in s.scalars(select(MeteringConfig).where(MeteringConfig.deleted.is_(False)))
            if r.case_id in wanted}
    in_plan, unconfigured = [], []
    for cid in sorted(ids, key=lambda i: cases[i].case_no):
        case, row = cases[cid], rows.get(cid)
        f = forecast[cid]
        base = {"case_no": case.case_no, "customer_name": case.customer_name, "capacity_kva": case.capacity_kva,
                "manager": case.manager, "stage": f["stage"], "forecast_on": f["on"].isoformat()}
        if row is not None:
            cfg = _full(rules_, case, _row_config(row), "set", row)
        else:
            d = _derived(rules_, case, surveys.get(cid))
            cfg = None if d is None else _full(rules_, case, d, "survey", None)
        if cfg is None:
            unconfigured.append(base)
            continue
        in_plan.append({**base, "method": cfg["method"], "class": cfg["class"], "ct_ratio": cfg["ct_ratio"],
                        "pt_ratio": cfg["pt_ratio"], "combined_ratio": cfg["combined_ratio"],
                        "source": cfg["source"], "reserved_on": cfg["reserved_on"], "equipment": cfg["equipment"]})
    stock = stock_in_force(s)
    lines = M.plan_lines([{"case_no": c["case_no"], "items": [(e["type_code"], e["name"], e["count"])
                                                              for e in c["equipment"]]} for c in in_plan], stock)
    return {"month": f"{first:%Y-%m}", "as_of": as_of.isoformat(), "rules": f"{rules_['id']} v{rules_['version']}",
            "rules_source": rules_["source"], "bureau": store.bureau_name, "cases": in_plan,
            "unconfigured": unconfigured, "lines": lines,
            "totals": {"need": sum(ln["need"] for ln in lines), "net": sum(ln["net"] for ln in lines)}}


def _in_chunks(s: Session, model, column, ids: list[str]) -> list:
    out = []
    for i in range(0, len(ids), 900):
        out.extend(s.scalars(select(model).where(column.in_(ids[i:i + 900]))))
    return out


def _content(data: dict) -> dict:
    return {"lines": data["lines"], "cases": data["cases"], "unconfigured": data["unconfigured"]}


_MOVING = ("forecast_on", "stage")  # move with the as-of day alone: not a new version by themselves


def _fingerprint(content: dict) -> str:
    """What decides whether a plan is a new version: its lines and which cases need what. A forecast
    date moving from one day to the next (an overdue round is forecast for today) is not a change."""
    return canonical_json({"lines": content["lines"],
                           "cases": [{k: v for k, v in c.items() if k not in _MOVING} for c in content["cases"]],
                           "unconfigured": [u["case_no"] for u in content["unconfigured"]]})


def generate_plan(s: Session, month: str, as_of: dt.date | None = None) -> dict:
    """Make (or bring up to date) the one plan of ``month``: the first time version 1; afterwards,
    when the lines or the cases differ from the version kept, the next version, with ``diff`` from
    the previous one and the previous one kept whole in ``history``. Nothing changed: the same
    version. Returns ``plan_view``."""
    store = store_of(s)
    data = plan_data(s, month, as_of)
    rid = natural_id("metering_plan", data["month"])
    row = s.get(MeteringPlan, rid)
    content = _content(data)
    now = utcnow()
    if row is not None and not row.deleted:
        kept = {"lines": json.loads(row.lines), "cases": _kept_cases(row), "unconfigured": _kept_unconfigured(row)}
        if _fingerprint(kept) == _fingerprint(content):
            return plan_view(row, data)
        history = json.loads(row.history)
        history.append({"version": row.version, "as_of": row.as_of.isoformat(), "generated_by": row.generated_by,
                        "generated_at": row.generated_at.isoformat(timespec="seconds") + "Z",
                        "lines": kept["lines"], "cases": kept["cases"], "unconfigured": kept["unconfigured"],
                        "diff": json.loads(row.diff)})
        row.diff = canonical_json(M.plan_diff(kept["lines"], data["lines"]))
        row.history = canonical_json(history)
        row.version += 1
    else:
        row = MeteringPlan(id=rid, month=data["month"], version=1, diff="[]", history="[]")
        s.add(row)
    row.as_of, row.generated_at, row.generated_by = dt.date.fromisoformat(data["as_of"]), now, store.user or ""
    row.lines, row.cases = canonical_json(data["lines"]), canonical_json(
        {"in_plan": data["cases"], "unconfigured": data["unconfigured"]})
    row.deleted = False
    row.hlc, row.device_id = store.hlc.now(), store.device_id
    s.flush()
    return plan_view(row, data)


def _kept_unconfigured(row: MeteringPlan) -> list:
    cases = json.loads(row.cases)
    return cases.get("unconfigured", []) if isinstance(cases, dict) else []


def _kept_cases(row: MeteringPlan) -> list:
    cases = json.loads(row.cases)
    return cases.get("in_plan", []) if isinstance(cases, dict) else cases


def plan_view(row: MeteringPlan, data: dict | None = None) -> dict:
    """The kept plan as the CLI's --json and the documents show it."""
    lines = json.loads(row.lines)
    return {"month": row.month, "version": row.version, "as_of": row.as_of.isoformat(),
            "generated_by": row.generated_by,
            "generated_at": row.generated_at.isoformat(timespec="seconds") + "Z",
            "rules": (data or {}).get("rules", ""), "rules_source": (data or {}).get("rules_source", ""),
            "bureau": (data or {}).get("bureau", ""),
            "lines": lines, "cases": _kept_cases(row), "unconfigured": _kept_unconfigured(row),
            "totals": {"need": sum(ln["need"] for ln in lines), "net": sum(ln["net"] for ln in lines)},
            "diff": json.loads(row.diff),
            "versions": [{"version": h["version"], "as_of": h["as_of"], "generated_by": h["generated_by"]}
                         for h in json.loads(row.history)]
            + [{"version": row.version, "as_of": row.as_of.isoformat(), "generated_by": row.generated_by}]}


def kept_plan(s: Session, month: str) -> dict | None:
    first, _last = parse_month(month)
    row = s.get(MeteringPlan, natural_id("metering_plan", f"{first:%Y-%m}"))
    return None if row is None or row.deleted else plan_view(row)


# --- Today -------------------------------------------------------------------------------------------
def unreserved_in_energize(s: Session, as_of: dt.date, manager: str | None = None) -> list[dict]:
    """Cases whose ENERGIZE stage is open on ``as_of`` while their metering equipment is not reserved
    (the Today view warns of them), oldest first."""
    clocks = open_clocks(s, as_of, manager)
    ids = [cid for cid, (rc, _y) in clocks.items() if rc.code == "ENERGIZE"]
    reserved = {r.case_id for r in _in_chunks(s, MeteringConfig, MeteringConfig.case_id, ids)
                if not r.deleted and r.reserved_on is not None and r.reserved_on <= as_of}
    out = []
    for c in _in_chunks(s, Case, Case.id, [i for i in ids if i not in reserved]):
        rc = clocks[c.id][0]
        out.append({"case_no": c.case_no, "customer_name": c.customer_name, "manager": c.manager,
                    "started_on": rc.started_on.isoformat(), "deadline": rc.deadline.isoformat() if rc.deadline else None})
    return sorted(out, key=lambda r: (r["started_on"], r["case_no"]))

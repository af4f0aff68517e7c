"""The monthly outage plan (月度停电计划平衡, issue 19): a case's outage needs, 运检's maintenance
windows, the month's balancing (``app.outage_balance``, pure) stored as draft outages, the plan's
states (draft -> confirmed -> announced -> executed -> done | cancelled, every change a version),
the cases at risk of missing their ENERGIZE limit for want of a lawful outage, and the data of the
documents (月度停电计划平衡表, 停电申请, 停电通知).

The notice rule, the cut-off day and the repeated-outage window are the data kind ``outage_rules``
(resources/outage_rules/), never constants here. Like every service: everything is checked first,
a refusal changes nothing, a write returns a Changes.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import fields
from app import outage_balance as ob
from app.domain import STAGE_INDEX
from app.errors import Refused
from app.ledger.sheet import read_grid
from app.messages import render
from app.models import Case, MaintenanceWindow, OutageNeed, PlannedOutage, StageRound, natural_id
from app.rules import CaseFacts, resolve_limit
from app.services.cases import get_case
from app.services.changes import Changes
from app.services.checks import check_text, parse_date, today_of
from app.services.query import open_clocks
from app.store import store_of
from app.townships import station_of

STATUSES = ("draft", "confirmed", "announced", "executed", "done", "cancelled")
LIVE = ("draft", "confirmed", "announced", "executed", "done")  # not cancelled
NEXT = {"confirmed": ("draft",), "announced": ("confirmed",), "executed": ("announced",), "done": ("executed",)}
MAX_HOURS = 24.0
MAX_CUSTOMERS = 100_000
TEXT_MAX = 60
NOTE_MAX = 500


# --- the rules in force ----------------------------------------------------------------------------
def rules_doc(s: Session, day: dt.date | None = None) -> dict:
    cfg = store_of(s).config(s)
    doc = cfg.in_force_on("outage_rules", day) if day else cfg.doc("outage_rules")
    return {**doc.data, "_name": doc.name, "_version": doc.version, "_source": doc.source}


def rules_of(s: Session, day: dt.date | None = None) -> ob.Rules:
    return ob.Rules.of(rules_doc(s, day))


# --- checks ----------------------------------------------------------------------------------------
def _hours(value: object) -> float:
    try:
        h = float(value)
    except (TypeError, ValueError):
        raise Refused("outage_bad_hours", value=value, max=MAX_HOURS) from None
    if not math.isfinite(h) or not 0 < h <= MAX_HOURS:
        raise Refused("outage_bad_hours", value=value, max=MAX_HOURS)
    return round(h, 2)


def _count(value: object, what: str, hi: int) -> int:
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        raise Refused("bad_number", what=what, lo=0, hi=hi) from None
    if not 0 <= n <= hi:
        raise Refused("bad_number", what=what, lo=0, hi=hi)
    return n


def _feeder(value: object) -> str:
    return check_text(str(value or ""), "feeder", TEXT_MAX, required=True)


def _day(store, value: object) -> dt.date:
    d = parse_date(value)
    store.calendar.require_covered(d)
    return d


# --- needs -----------------------------------------------------------------------------------------
def add_need(s: Session, case_ref: str, feeder: str, hours: object, ready: object, wanted: object,
             customers: object = 1, important: object = 0, substation: str = "", section: str = "",
             work: str = "OTHER", live_line: bool = False, note: str = "", filed_on: object = None) -> Changes:
    """File a case's outage need (from the supply plan on: the case must have reached PLAN)."""
    store = store_of(s)
    case = get_case(s, case_ref)
    if case.status != "open" or STAGE_INDEX.get(case.current_stage, 0) < STAGE_INDEX["PLAN"]:
        raise Refused("outage_need_stage", case_no=case.case_no, stage=case.current_stage)
    feeder = _feeder(feeder)
    substation = check_text(substation, "substation", TEXT_MAX)
    section = check_text(section, "outage_section", TEXT_MAX)
    h = _hours(hours)
    ready_d, wanted_d = _day(store, ready), _day(store, wanted)
    n_customers = _count(customers, "outage_customers", MAX_CUSTOMERS)
    n_important = _count(1 if important is True else (0 if important is False else important),
                         "outage_important", MAX_CUSTOMERS)
    if n_important > max(n_customers, 1):
        raise Refused("outage_important_gt", important=n_important, customers=n_customers)
    kinds = [k["code"] for k in rules_doc(s)["work_kinds"]]
    work = (work or "OTHER").strip().upper()
    if work not in kinds:
        raise Refused("outage_bad_work", value=work, known=", ".join(kinds))
    note = check_text(note, "note", NOTE_MAX)
    filed = parse_date(filed_on) if filed_on else today_of(store)
    n = OutageNeed(case_id=case.id, substation=substation, feeder=feeder, section=section, work=work,
                   live_line=bool(live_line), hours=h, ready_from=ready_d, wanted_by=wanted_d, customers=n_customers,
                   important=n_important, note=note, filed_on=filed, withdraw_reason="",
                   hlc=store.hlc.now(), device_id=store.device_id)
    s.add(n)
    s.flush()
    warnings = ()
    if ready_d > wanted_d:
        warnings = (f"{case.case_no}: ready {ready_d.isoformat()} > wanted {wanted_d.isoformat()}",)
    return Changes.of_cases([case.id], case_no=case.case_no, created_id=n.id, warnings=warnings)


def get_need(s: Session, ref: str) -> OutageNeed:
    n = s.get(OutageNeed, (ref or "").strip()) if ref else None
    if n is None or n.deleted:
        raise Refused("outage_no_need", ref=ref)
    return n


def withdraw_need(s: Session, ref: str, reason: str, on: object = None) -> Changes:
    store = store_of(s)
    n = get_need(s, ref)
    reason = check_text(reason, "reason", NOTE_MAX, required=True)
    if n.withdrawn_on is not None:
        raise Refused("outage_need_withdrawn", on=n.withdrawn_on.isoformat())
    n.withdrawn_on = parse_date(on) if on else today_of(store)
    n.withdraw_reason = reason
    return Changes.of_cases([n.case_id], created_id=n.id)


def _open_needs(s: Session) -> list[tuple[OutageNeed, Case]]:
    q = (select(OutageNeed, Case).join(Case, Case.id == OutageNeed.case_id)
         .where(OutageNeed.deleted.is_(False), OutageNeed.withdrawn_on.is_(None), Case.deleted.is_(False),
                Case.status == "open"))
    return [(n, c) for n, c in s.execute(q)]


def _plain(n: OutageNeed, case_no: str) -> ob.Need:
    return ob.Need(n.id, case_no, n.feeder, n.section, n.hours, n.ready_from, n.wanted_by, n.customers)


def cases_with_needs(s: Session) -> list[str]:
    """The case numbers with an open outage need (what the Today section watches)."""
    return sorted({c.case_no for _n, c in _open_needs(s)})


def need_view(n: OutageNeed, c: Case) -> dict:
    return {"id": n.id, "case_no": c.case_no, "case_id": c.id, "customer_name": c.customer_name,
            "address": c.address, "township": c.township, "account_no": c.account_no, "contact": c.contact,
            "substation": n.substation, "feeder": n.feeder, "section": n.section, "work": n.work,
            "live_line": n.live_line, "hours": n.hours, "ready_from": n.ready_from.isoformat(),
            "wanted_by": n.wanted_by.isoformat(), "customers": n.customers, "important": n.important,
            "household_hours": n.hours * n.customers, "note": n.note, "filed_on": n.filed_on.isoformat()}


def list_needs(s: Session, case_ref: str | None = None) -> list[dict]:
    rows = _open_needs(s)
    if case_ref:
        case = get_case(s, case_ref)
        rows = [(n, c) for n, c in rows if c.id == case.id]
    return [need_view(n, c) for n, c in sorted(rows, key=lambda r: (r[0].feeder, r[0].ready_from, r[1].case_no))]


# --- maintenance windows ---------------------------------------------------------------------------
def add_window(s: Session, feeder: str, on: object, hours: object, note: str = "") -> Changes:
    """A maintenance day of a feeder; the same feeder and day again updates the one row."""
    store = store_of(s)
    feeder = _feeder(feeder)
    day = _day(store, on)
    h = _hours(hours)
    note = check_text(note, "note", NOTE_MAX)
    wid = natural_id("maintenance_window", feeder, day.isoformat())
    w = s.get(MaintenanceWindow, wid)
    if w is None:
        w = MaintenanceWindow(id=wid, feeder=feeder, on=day, hours=h, note=note, hlc=store.hlc.now(),
                              device_id=store.device_id)
        s.add(w)
    else:
        w.hours, w.note, w.deleted = h, note, False
    s.flush()
    return Changes(created_id=w.id)


WINDOW_HEADERS = {"feeder": ("线路", "feeder", "线路名称"), "on": ("日期", "date", "检修日期"),
                  "hours": ("时长", "hours", "小时", "停电时长"), "note": ("备注", "note", "检修内容")}


def import_windows(s: Session, path: Path) -> dict:
    """Maintenance windows from an ``.xlsx`` sheet (headers 线路, 日期, 时长, 备注 in the first row).
    Every row is checked first; one bad row refuses the file (with its row number) and writes nothing."""
    try:  # the ledger's reader: its guards against a hostile workbook (zip bomb, size, damage)
        rows = read_grid(Path(path))
    except Refused as exc:
        raise Refused("outage_xlsx_unreadable", name=Path(path).name, detail=str(exc)[:200]) from None
    if not rows:
        raise Refused("outage_xlsx_columns", name=Path(path).name)
    head = [str(v or "").strip().lower() for v in rows[0]]
    col = {}
    for key, names in WINDOW_HEADERS.items():
        for i, h in enumerate(head):
            if h in names:
                col[key] = i
    if not {"feeder", "on", "hours"} <= set(col):
        raise Refused("outage_xlsx_columns", name=Path(path).name)
    parsed = []
    for no, row in enumerate(rows[1:], 2):
        if all(v in (None, "") for v in row):
            continue
        def cell(k, row=row):
            return row[col[k]] if k in col and col[k] < len(row) else None

        on = cell("on")
        on = on.date() if isinstance(on, dt.datetime) else on
        try:
            parsed.append((_feeder(cell("feeder")), _day(store_of(s), on), _hours(cell("hours")),
                           check_text(str(cell("note") or ""), "note", NOTE_MAX)))
        except Refused as exc:
            raise Refused("outage_xlsx_row", row=no, problem=str(exc)) from None
    for feeder, on, hours, note in parsed:
        add_window(s, feeder, on, hours, note)
    return {"imported": len(parsed)}


def _windows(s: Session, first: dt.date, last: dt.date) -> list[MaintenanceWindow]:
    return list(s.scalars(select(MaintenanceWindow).where(
        MaintenanceWindow.deleted.is_(False), MaintenanceWindow.on >= first, MaintenanceWindow.on <= last)
        .order_by(MaintenanceWindow.on, MaintenanceWindow.feeder)))


# --- outages: versions -----------------------------------------------------------------------------
def get_outage(s: Session, ref: str) -> PlannedOutage:
    o = s.get(PlannedOutage, (ref or "").strip()) if ref else None
    if o is None or o.deleted:
        raise Refused("outage_no_outage", ref=ref)
    return o


def _snapshot(o: PlannedOutage) -> dict:
    return {"version": o.version, "status": o.status, "on": o.on.isoformat(), "start": o.start, "hours": o.hours,
            "feeder": o.feeder, "section": o.section, "need_ids": json.loads(o.need_ids),
            "notice_on": o.notice_on.isoformat() if o.notice_on else None, "notice_channel": o.notice_channel,
            "reason": o.reason, "changed_by": o.changed_by}


def _new_version(s: Session, o: PlannedOutage, **values) -> None:
    """Keep the current version in the history, then apply ``values`` as the next one."""
    hist = json.loads(o.history or "[]") + [_snapshot(o)]
    for k, v in values.items():
        setattr(o, k, v)
    o.history = json.dumps(hist, ensure_ascii=False)
    o.version += 1
    o.changed_by = store_of(s).user


def _needs_of(s: Session, o: PlannedOutage, known: dict | None = None) -> list[tuple[OutageNeed, Case]]:
    ids = json.loads(o.need_ids or "[]")
    out = []
    for nid in ids:
        if known and nid in known:
            out.append(known[nid])
            continue
        n = s.get(OutageNeed, nid)
        if n is not None and not n.deleted:
            c = s.get(Case, n.case_id)
            if c is not None:
                out.append((n, c))
    return out


def _changes(s: Session, o: PlannedOutage, warnings: tuple[str, ...] = ()) -> Changes:
    return Changes.of_cases([n.case_id for n, _ in _needs_of(s, o)], created_id=o.id, warnings=warnings)


def _step_refused(o: PlannedOutage, to: str) -> Refused:
    return Refused("outage_bad_step", status=render(f"outage_status_{o.status}"), to=render(f"outage_status_{to}"))


def _status(o: PlannedOutage, to: str) -> None:
    if o.status not in NEXT.get(to, ()):
        raise _step_refused(o, to)


def _late_notice(o_on: dt.date, notice_on: dt.date, rules: ob.Rules) -> None:
    latest = ob.notice_by(o_on, rules)
    if notice_on > latest:
        raise Refused("outage_notice_late", on=o_on.isoformat(), notice_on=notice_on.isoformat(),
                      latest=latest.isoformat(), days=rules.notice_days,
                      ahead=(o_on - notice_on).days)


def confirm(s: Session, ref: str, notice_on: object) -> Changes:
    """Confirmed at the balancing meeting, with the day its notice will go out (at least the rule's
    days before, or refused with the dates)."""
    o = get_outage(s, ref)
    _status(o, "confirmed")
    notice = parse_date(notice_on)
    _late_notice(o.on, notice, rules_of(s, o.on))
    _new_version(s, o, status="confirmed", notice_on=notice)
    return _changes(s, o)


def announce(s: Session, ref: str, on: object, channel: str) -> Changes:
    """The notice went out (公告/短信...): on ``on`` by ``channel``."""
    o = get_outage(s, ref)
    _status(o, "announced")
    notice = parse_date(on)
    channel = fields.OUTAGE_CHANNEL.check(channel)
    _late_notice(o.on, notice, rules_of(s, o.on))
    _new_version(s, o, status="announced", notice_on=notice, notice_channel=channel)
    return _changes(s, o)


def execute(s: Session, ref: str, on: object = None) -> Changes:
    o = get_outage(s, ref)
    _status(o, "executed")
    _new_version(s, o, status="executed")
    return _changes(s, o)


def finish(s: Session, ref: str) -> Changes:
    o = get_outage(s, ref)
    _status(o, "done")
    _new_version(s, o, status="done")
    return _changes(s, o)


def cancel(s: Session, ref: str, reason: str) -> Changes:
    o = get_outage(s, ref)
    reason = check_text(reason, "reason", NOTE_MAX, required=True)
    if o.status in ("done", "cancelled"):
        raise _step_refused(o, "cancelled")
    _new_version(s, o, status="cancelled", reason=reason)
    return _changes(s, o)


def move(s: Session, ref: str, to: object, notice_on: object = None, channel: str | None = None,
         as_of: dt.date | None = None) -> tuple[Changes, list[dict]]:
    """Move an outage to another day, and check it again at once (returned, and as warnings). A
    confirmed outage whose notice day no longer fits, and every announced one, needs a new notice."""
    store = store_of(s)
    o = get_outage(s, ref)
    if o.status not in ("draft", "confirmed", "announced"):
        raise _step_refused(o, "moved")
    day = _day(store, to)
    rules = rules_of(s, day)
    notice = parse_date(notice_on) if notice_on else None
    values: dict = {"on": day, "month": day.strftime("%Y-%m")}
    if o.status == "announced" and notice is None:
        raise Refused("outage_move_needs_notice", on=o.on.isoformat(), notice_on=o.notice_on.isoformat())
    if o.status != "draft":
        notice = notice or o.notice_on
        _late_notice(day, notice, rules)
        values["notice_on"] = notice
        if o.status == "announced" and channel:
            values["notice_channel"] = fields.OUTAGE_CHANNEL.check(channel)
    needs = [_plain(n, c.case_no) for n, c in _needs_of(s, o)]
    # the new day's maintenance window (or none) decides the outage's length, as balancing does
    w = next((w for w in _windows(s, day, day) if w.feeder == o.feeder), None)
    need_hours = max((n.hours for n in needs), default=o.hours)
    values["maintenance"] = w is not None
    values["hours"] = max(need_hours, w.hours) if w is not None else need_hours
    checks = ob.check_on(day, needs, as_of or today_of(store), rules, store.calendar.is_workday,
                         notice if o.status != "draft" else None)
    _new_version(s, o, **values)
    checks = [{**c, "message": _check_text(c)} for c in checks]
    return _changes(s, o, tuple(c["message"] for c in checks)), checks


def _check_text(c: dict) -> str:
    return render(f"outage_check_{c['check']}", **{k: v for k, v in c.items() if k != "check"})


# --- balancing -------------------------------------------------------------------------------------
def _month_outages(s: Session, month: str) -> list[PlannedOutage]:
    return list(s.scalars(select(PlannedOutage).where(PlannedOutage.deleted.is_(False), PlannedOutage.month == month)
                          .order_by(PlannedOutage.on, PlannedOutage.feeder, PlannedOutage.section)))


def _taken(s: Session, but_month_drafts: str | None = None) -> tuple[set[str], dict[str, dict[str, list[dt.date]]]]:
    """Need ids in a live outage, and the day of every live outage by feeder (the drafts of
    ``but_month_drafts`` left out: balancing that month replaces them)."""
    taken: dict[str, str] = {}
    days: dict[str, list[dt.date]] = {}
    for o in s.scalars(select(PlannedOutage).where(PlannedOutage.deleted.is_(False),
                                                   PlannedOutage.status != "cancelled")):
        if o.status == "draft" and o.month == but_month_drafts:
            continue
        for nid in json.loads(o.need_ids or "[]"):
            taken[nid] = o.id
        days.setdefault(o.feeder, []).append(o.on)
    return set(taken), days


def propose(s: Session, month: str, as_of: dt.date) -> tuple[ob.Result, dict[str, tuple[OutageNeed, Case]]]:
    """The pure balancing of the month over the needs not in a kept outage (nothing written)."""
    store = store_of(s)
    first, last = ob.month_bounds(month)
    rules = rules_of(s, first)
    taken, days = _taken(s, but_month_drafts=month)
    rows = {n.id: (n, c) for n, c in _open_needs(s) if n.id not in taken}
    windows = [ob.Window(w.feeder, w.on, w.hours) for w in _windows(s, first, last)]
    res = ob.balance([_plain(n, c.case_no) for n, c in rows.values()], windows, month, as_of, rules,
                     store.calendar.is_workday, booked=days)
    return res, rows


def balance(s: Session, month: str, as_of: dt.date | None = None) -> tuple[Changes, dict]:
    """Balance ``month`` and store the proposal as its draft outages (the month's earlier drafts are
    replaced; confirmed and later ones are kept, and their needs are not balanced again)."""
    store = store_of(s)
    as_of = as_of or today_of(store)
    res, rows = propose(s, month, as_of)
    old = {o.id: o for o in _month_outages(s, month) if o.status == "draft"}
    kept_ids = set()
    for p in res.outages:
        oid = natural_id("planned_outage", month, p.feeder, p.section, p.on.isoformat())
        o = s.get(PlannedOutage, oid)
        if o is not None and o.status != "draft" and not o.deleted:
            oid = None  # the day is held by a kept outage: this proposal is another outage
            o = None
        ids = json.dumps([n.id for n in p.needs])
        if o is None:
            o = PlannedOutage(month=month, feeder=p.feeder, section=p.section, on=p.on, hours=p.hours,
                              maintenance=p.maintenance, need_ids=ids, status="draft", reason="", history="[]",
                              version=1, notice_channel="", changed_by=store.user, start="08:00",
                              hlc=store.hlc.now(), device_id=store.device_id)
            if oid:
                o.id = oid
            s.add(o)
            s.flush()
        elif o.deleted or o.need_ids != ids or o.hours != p.hours or o.maintenance != p.maintenance:
            _new_version(s, o, deleted=False, need_ids=ids, hours=p.hours, maintenance=p.maintenance, month=month)
        kept_ids.add(o.id)
    for oid, o in old.items():
        if oid not in kept_ids:
            o.deleted = True  # a draft the new balancing does not propose (the drafts are the proposal)
    s.flush()
    view = plan_view(s, month, as_of, result=res)
    case_ids = {c.id for _, c in rows.values()}
    return Changes.of_cases(case_ids), view


# --- the plan as shown -----------------------------------------------------------------------------
def outage_view(s: Session, o: PlannedOutage, rules: ob.Rules, as_of: dt.date, cal,
                windows: dict | None = None, known: dict | None = None) -> dict:
    """One outage as shown; ``windows`` ({(feeder, day): hours}) and ``known`` (need id -> (need,
    case)) are the month's, read once by ``plan_view``."""
    needs = _needs_of(s, o, known)
    plain = [_plain(n, c.case_no) for n, c in needs]
    hh = sum(p.household_hours for p in plain)
    customers = max((n.customers for n, _ in needs), default=0)
    longest = max((n.hours for n, _ in needs), default=0)
    window_hours = 0.0
    if o.maintenance:
        if windows is None:
            windows = {(w.feeder, w.on): w.hours for w in _windows(s, o.on, o.on)}
        window_hours = windows.get((o.feeder, o.on), 0.0)
    extra = max(0.0, longest - window_hours) * customers  # what the works add to a maintenance outage
    checks = ob.check_on(o.on, plain, as_of, rules, cal.is_workday,
                         o.notice_on if o.status != "draft" else None) if o.status in ("draft", "confirmed") else []
    end = (dt.datetime.combine(o.on, dt.time.fromisoformat(o.start)) + dt.timedelta(hours=o.hours))
    return {"id": o.id, "month": o.month, "feeder": o.feeder, "section": o.section, "on": o.on.isoformat(),
            "start": o.start, "end": end.strftime("%H:%M") if end.date() == o.on else end.strftime("%m-%d %H:%M"),
            "hours": o.hours, "maintenance": o.maintenance, "status": o.status, "version": o.version,
            "needs": [c.case_no for _, c in needs], "cases": [need_view(n, c) for n, c in needs],
            "works": len(needs), "customers": customers, "important": sum(n.important for n, _ in needs),
            "household_hours": extra, "saved": hh - extra, "notice_by": ob.notice_by(o.on, rules).isoformat(),
            "notice_on": o.notice_on.isoformat() if o.notice_on else None, "notice_channel": o.notice_channel,
            "reason": o.reason, "substation": next((n.substation for n, _ in needs if n.substation), ""),
            "townships": sorted({c.township for _, c in needs if c.township}),
            "checks": [{**c, "message": _check_text(c)} for c in checks],
            "history": json.loads(o.history or "[]")}


def _conflicts(s: Session, month: str, outages: list[PlannedOutage], res: ob.Result,
               rows: dict[str, tuple[OutageNeed, Case]]) -> list[dict]:
    """Meeting items: every need no day can serve, and every need of a feeder's second outage in
    the month (it could not join the main one), with its reason."""
    out = []
    for c in res.conflicts:
        if c.outage_on is None:  # unplaced (the rest are stored drafts: judged below from the stored plan)
            out.append(c.to_json())
    groups: dict[tuple[str, str], list[PlannedOutage]] = {}
    for o in outages:
        if o.status != "cancelled":
            groups.setdefault((o.feeder, o.section), []).append(o)
    for group in groups.values():
        if len(group) < 2:
            continue
        main = sorted(group, key=lambda o: (-len(json.loads(o.need_ids)), o.on))[0]
        for o in group:
            if o is main:
                continue
            for n, c in _needs_of(s, o):
                reason = "not_ready" if n.ready_from > main.on else "wanted_conflict"
                out.append(ob.Conflict(_plain(n, c.case_no), reason, outage_on=o.on, main_on=main.on).to_json())
    for item in out:
        # not ready, with no main outage to compare with: not ready by the customer's own date
        code = "outage_reason_not_ready_wanted" if item["reason"] == "not_ready" and not item["main_on"] else \
            f"outage_reason_{item['reason']}"
        item["message"] = render(code, **{k: v or "-" for k, v in item.items()})
    return sorted(out, key=lambda i: (i["feeder"], i["case_no"]))


def plan_view(s: Session, month: str, as_of: dt.date | None = None, result: ob.Result | None = None) -> dict:
    """The month's plan as the CLI, the page and the documents show it."""
    store = store_of(s)
    as_of = as_of or today_of(store)
    first, last = ob.month_bounds(month)
    doc = rules_doc(s, first)
    rules = ob.Rules.of(doc)
    res, rows = propose(s, month, as_of) if result is None else (result, {})
    outages = _month_outages(s, month)
    open_needs = _open_needs(s)
    known = {n.id: (n, c) for n, c in open_needs}
    month_windows = _windows(s, first, last)
    windows = {(w.feeder, w.on): w.hours for w in month_windows}
    views = [outage_view(s, o, rules, as_of, store.calendar, windows, known) for o in outages]
    taken, days = _taken(s)
    warnings = ob.repeated({f: d for f, d in days.items()}, rules)
    warnings = [w for w in warnings if any(v["feeder"] == w["feeder"] for v in views)]
    if as_of > ob.cutoff_of(first, rules):
        warnings.append({"kind": "after_cutoff", "cutoff": ob.cutoff_of(first, rules).isoformat()})
    for w in warnings:
        w["message"] = render(f"outage_warn_{w['kind']}", **w)
    live = [v for v in views if v["status"] != "cancelled"]
    return {
        "month": month, "as_of": as_of.isoformat(), "rules": {"name": doc["_name"], "version": doc["_version"],
                                                             "source": doc["_source"]},
        "notice_days": rules.notice_days, "cutoff": ob.cutoff_of(first, rules).isoformat(),
        "work_kinds": doc["work_kinds"], "channels": doc["channels"],
        "earliest_lawful": ob.earliest_lawful(as_of, rules).isoformat(),
        "outages": views, "conflicts": _conflicts(s, month, outages, res, rows), "warnings": warnings,
        "at_risk": at_risk(s, as_of, needs=open_needs),
        "windows": [{"feeder": w.feeder, "on": w.on.isoformat(), "hours": w.hours, "note": w.note}
                    for w in month_windows],
        "feeders": sorted({v["feeder"] for v in views} | {w.feeder for w in month_windows}
                          | {n.feeder for n, _ in open_needs}),
        "totals": {"outages": len(live), "works": sum(v["works"] for v in live),
                   "household_hours": sum(v["household_hours"] for v in live),
                   "saved": sum(v["saved"] for v in live)},
        "bureau": store.bureau_name,
    }


def balance_json(view: dict) -> dict:
    """The CLI contract's shape of a balancing (``outage balance --json``), plus what more it knows."""
    return {"month": view["month"],
            "outages": [{"id": o["id"], "feeder": o["feeder"], "section": o["section"], "on": o["on"],
                         "hours": o["hours"], "needs": o["needs"], "maintenance": o["maintenance"],
                         "notice_by": o["notice_by"], "status": o["status"], "version": o["version"],
                         "saved": o["saved"]} for o in view["outages"] if o["status"] != "cancelled"],
            "conflicts": [{"case_no": c["case_no"], "reason": c["reason"], "feeder": c["feeder"],
                           "outage_on": c["outage_on"], "main_on": c["main_on"], "message": c["message"]}
                          for c in view["conflicts"]],
            "at_risk": [{"case_no": r["case_no"], "energize_deadline": r["energize_deadline"],
                         "earliest_outage": r["earliest_outage"], "announce_by": r["announce_by"]}
                        for r in view["at_risk"]],
            "warnings": [{k: v for k, v in w.items()} for w in view["warnings"]]}


# --- the case clock: cases at risk -----------------------------------------------------------------
def _energize_limits(cfg, facts: CaseFacts) -> list[tuple[str, int]]:
    """(rule set name, ENERGIZE limit in working days) of every active rule set that has one."""
    out = []
    for rs in cfg.active_rule_sets():
        limit = rs.stage_limit("ENERGIZE", facts)
        if limit is None:
            for item in rs.items:
                if tuple(item.stages) == ("ENERGIZE",) and item.unit == "wd":
                    limit = resolve_limit(item.limit, facts)
                    break
        if limit is not None:
            out.append((rs.name, limit))
    return out


def at_risk(s: Session, as_of: dt.date, case_ids: list[str] | None = None,
            needs: list[tuple[OutageNeed, Case]] | None = None) -> list[dict]:
    """Cases whose ENERGIZE deadline under any active rule set, counted from the expected completion
    (the ENERGIZE clock's own start once the case is there, else the need's ready-from day), falls
    before the earliest lawful outage (its planned outage's day, else the first working day a
    notice given today allows), with the day by which its outage must be announced."""
    store = store_of(s)
    cal = store.calendar
    cfg = store.config(s)
    rules = rules_of(s, as_of)
    lawful = ob.earliest_lawful(as_of, rules)
    needs = _open_needs(s) if needs is None else needs
    if case_ids is not None:
        needs = [(n, c) for n, c in needs if c.id in set(case_ids)]
    if not needs:
        return []
    planned: dict[str, dt.date] = {}
    for o in s.scalars(select(PlannedOutage).where(PlannedOutage.deleted.is_(False),
                                                   PlannedOutage.status != "cancelled")):
        for nid in json.loads(o.need_ids or "[]"):
            planned[nid] = min(planned.get(nid, o.on), o.on)
    energize = {c.id for _, c in needs if c.current_stage == "ENERGIZE"}
    clocks = open_clocks(s, as_of, case_ids=sorted(energize)) if energize else {}
    starts = {}
    if energize:
        for cid, started in s.execute(select(StageRound.case_id, StageRound.started_on).where(
                StageRound.case_id.in_(sorted(energize)), StageRound.stage == "ENERGIZE",
                StageRound.finished_on.is_(None), StageRound.deleted.is_(False))):
            starts[cid] = started
    out = []
    for n, c in needs:
        start = starts.get(c.id, n.ready_from)
        facts = CaseFacts(c.capacity_kva, c.dual_source, c.business_type)
        deadlines = []
        for name, limit in _energize_limits(cfg, facts):
            try:
                deadlines.append((cal.add_workdays(start, limit), name))
            except Exception:  # beyond the calendar's range: no deadline can be said
                continue
        if c.id in clocks and clocks[c.id][0].deadline is not None:
            deadlines.append((clocks[c.id][0].deadline, cfg.primary_rule_set().name))
        if not deadlines:
            continue
        deadline, rule = min(deadlines)
        # in ENERGIZE the completion has passed: the works are ready whatever the need once expected
        earliest = planned.get(n.id) or cal.next_workday_on_or_after(max(lawful, start))
        if deadline < earliest:
            out.append({"case_no": c.case_no, "case_id": c.id, "customer_name": c.customer_name,
                        "feeder": n.feeder, "need_id": n.id, "energize_deadline": deadline.isoformat(),
                        "earliest_outage": earliest.isoformat(), "rule_set": rule,
                        "announce_by": ob.notice_by(deadline, rules).isoformat(),
                        "planned": n.id in planned})
    return sorted(out, key=lambda r: (r["energize_deadline"], r["case_no"]))


# --- documents -------------------------------------------------------------------------------------
def plan_document(s: Session, month: str, as_of: dt.date | None = None) -> dict:
    """The 月度停电计划平衡表's data: the live outages, the meeting items, the cases at risk."""
    v = plan_view(s, month, as_of)
    v["rows"] = [o for o in v["outages"] if o["status"] != "cancelled"]
    return v


def request_document(s: Session, ref: str) -> dict:
    """The outage request (停电申请) of one outage: 区域, 线路, 时间, works and customers."""
    store = store_of(s)
    o = get_outage(s, ref)
    v = outage_view(s, o, rules_of(s, o.on), today_of(store), store.calendar)
    cfg = store.config(s)
    v["stations"] = sorted({station_of(cfg, t) for t in v["townships"]} - {""})
    v["bureau"] = store.bureau_name
    v["work_names"] = {k["code"]: k["name"] for k in rules_doc(s)["work_kinds"]}
    return v


def notices_document(s: Session, ref: str) -> dict:
    """One 停电通知 per affected customer of the outage (the customers of its cases)."""
    v = request_document(s, ref)
    v["notices"] = [{**c, "on": v["on"], "start": v["start"], "end": v["end"], "hours": v["hours"],
                     "feeder": v["feeder"], "section": v["section"], "substation": c["substation"] or v["substation"],
                     "work_name": v["work_names"].get(c["work"], c["work"])} for c in v["cases"]]
    return v


XLSX_HEADERS = ("线路", "分段", "停电日期", "开始", "结束", "时长(小时)", "检修窗口", "合并工作数", "工单",
                "时户数", "节约时户数", "通知截止日", "状态")


def write_plan_xlsx(data: dict, out: Path) -> Path:
    """The 月度停电计划平衡表 as a workbook: the plan, the meeting items, the cases at risk."""
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平衡表"
    ws.append([f"{data['bureau']} {data['month']} 月度停电计划平衡表"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(list(XLSX_HEADERS))
    for o in data["rows"]:
        ws.append([o["feeder"], o["section"], o["on"], o["start"], o["end"], o["hours"],
                   "是" if o["maintenance"] else "否", o["works"], "、".join(o["needs"]), o["household_hours"],
                   o["saved"], o["notice_by"], o["status"]])
    t = data["totals"]
    ws.append(["合计", "", "", "", "", "", "", t["works"], "", t["household_hours"], t["saved"], "", ""])
    for col, width in zip("ABCDEFGHIJKLM", (14, 10, 12, 7, 7, 10, 9, 10, 30, 9, 11, 12, 10)):
        ws.column_dimensions[col].width = width
    wc = wb.create_sheet("待平衡事项")
    wc.append(["工单", "线路", "原因", "说明"])
    for c in data["conflicts"]:
        wc.append([c["case_no"], c["feeder"], c["reason"], c["message"]])
    wr = wb.create_sheet("时限风险")
    wr.append(["工单", "户名", "线路", "装表接电时限", "最早合法停电日", "最迟通知日"])
    for r in data["at_risk"]:
        wr.append([r["case_no"], r["customer_name"], r["feeder"], r["energize_deadline"], r["earliest_outage"],
                   r["announce_by"]])
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out

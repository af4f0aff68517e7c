"""Read-side services: one case in full, case lists and the warnings of the day.

Lists are computed in bulk with Core queries (no ORM objects per row) so that 100,000 cases stay fast:
only open rounds are clocked, and a round's pauses come in one joined query.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.bureau_time import is_late_entry
from app.clock import PauseSpan, RoundClock, RoundData, clock_round, evaluate
from app.models import Case, CaseEvent, Pause, StageRound
from app.rules import CaseFacts
from app.services import gates
from app.services.cases import case_data, get_case
from app.services.checks import today_of
from app.services.temp_supply import links_view
from app.store import store_of


def annotate(events: list[dict]) -> list[dict]:
    """Mark, in place, each event a later correction or undo replaced (issue 15): ``struck`` and
    ``corrected_by`` (the replacing events' ids), ``correction`` (the last of them, for a view to
    show beside the original)."""
    by_id = {e["id"]: e for e in events}
    for e in events:
        e.setdefault("struck", False)
        e.setdefault("corrected_by", [])
    for e in events:
        if e["kind"] not in ("CORRECTED", "UNDONE"):
            continue
        p = e["payload"]
        orig = by_id.get(p.get("corrects") if e["kind"] == "CORRECTED" else p.get("undoes"))
        if orig is not None:
            orig["struck"] = True
            orig["corrected_by"].append(e["id"])
            orig["correction"] = {"kind": e["kind"], "target": p.get("target"), "new": p.get("new"),
                                  "reason": p["reason"], "reason_zh": p.get("reason_zh", ""),
                                  "note": p.get("note", ""), "actor": e["actor"], "recorded_at": e["recorded_at"],
                                  "issued_periods": e.get("issued_periods", [])}
    return events


# --- issued periods (written by services.corrections.issue_period) ---
PERIOD_KEY = "issued_periods"  # a setting of this database: {"2012-07": "2012-08-03T01:30:00Z", ...}


def issued_periods(s: Session) -> list[dict]:
    """The periods (months) whose figures this database has issued (reported), and when."""
    stored = json.loads(store_of(s).setting(PERIOD_KEY, "{}") or "{}")
    return [{"period": k, "issued_at": v} for k, v in sorted(stored.items())]


def flag_issued(s: Session, events: list[dict]) -> list[dict]:
    """Set, in place, each correction's and undo's ``issued_periods``: the periods of the figures it
    changed that had been issued before it was recorded (what a supervisor must report again).
    Judged here, on this database's issued periods, so a correction made on a manager's laptop is
    flagged where the report was issued, once it arrives by sync."""
    issued = {p["period"]: p["issued_at"] for p in issued_periods(s)}
    for e in events:
        e["issued_periods"] = []
        if e["kind"] in ("CORRECTED", "UNDONE") and issued:
            p = e["payload"]
            e["issued_periods"] = [m for m in p.get("periods", []) if m in issued and issued[m] <= e["recorded_at"]]
    return events


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def case_clock(s: Session, case: Case, as_of: dt.date):
    """The clock of one case on ``as_of``: its stage rounds with recorded dates and deadlines. The one
    place the case window (``case_view``) and the documents (the acceptance handbook) take them from."""
    store = store_of(s)
    return evaluate(case_data(case), store.calendar, store.config(s).active_rule_sets(), as_of, store.warn_wd)


def case_view(s: Session, ref: str, as_of: dt.date | None = None) -> dict:
    """Everything about one case, as the ``case show --json`` contract describes."""
    store = store_of(s)
    as_of = as_of or today_of(store_of(s))
    case = get_case(s, ref)
    clock = case_clock(s, case, as_of)
    events = s.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.recorded_at, CaseEvent.device_seq)).all()
    late_days = store.late_entry_days
    current = clock.current
    links = links_view(s, case)  # temp_advice, carried_survey, predecessor, successor

    return {
        "id": case.id,
        "case_no": case.case_no,
        "customer_name": case.customer_name,
        "account_no": case.account_no,
        "contact": case.contact,
        "address": case.address,
        "township": case.township,
        "business_type": case.business_type,
        "capacity_kva": case.capacity_kva,
        "supply_kv": case.supply_kv,
        "dual_source": case.dual_source,
        "typical_design": case.typical_design,
        "green_channel": case.green_channel,
        "key_project": case.key_project,
        "manager": case.manager,
        "applied_on": case.applied_on.isoformat(),
        **links,
        "locks": gates.case_locks(s, case),  # which stage locks of the rule set in force this case meets
        "as_of": as_of.isoformat(),
        "status": "finished" if clock.finished else "open",
        "current_stage": current.code if current else (None if clock.finished else case.current_stage),
        "paused": bool(current and current.paused),
        "supply_dept_wd": clock.supply_dept_wd,
        "assumed_calendar_years": clock.assumed_calendar_years,
        "stages": [c.to_json() for c in clock.rounds],
        "rules": [v.to_json() for v in clock.rules],
        "events": annotate(flag_issued(s, [
            {
                "id": e.id,
                "kind": e.kind,
                "payload": json.loads(e.payload),
                "effective_on": e.effective_on.isoformat(),
                "recorded_at": e.recorded_at.isoformat(timespec="seconds") + "Z",
                "actor": e.actor,
                "device_id": e.device_id,
                "late_entry": is_late_entry(e.recorded_at, e.effective_on, late_days),
            }
            for e in events
        ])),  # an entry corrected or undone later: struck, with what replaced it (annotate); a correction
        # of a figure already reported: issued_periods (flag_issued)
    }


@dataclass
class CaseRow:
    """A compact row of the case list."""

    id: str
    case_no: str
    customer_name: str
    account_no: str
    capacity_kva: float
    manager: str
    township: str
    status: str
    stage: str | None
    round: int | None
    started_on: str | None
    deadline: str | None
    remaining_wd: int | None
    clock_status: str | None
    paused: bool
    applied_on: str
    name_pinyin: str = ""
    name_initials: str = ""

    def to_json(self) -> dict:
        d = asdict(self)
        d.pop("name_pinyin")
        d.pop("name_initials")
        return d


def open_clocks(
    s: Session, as_of: dt.date, manager: str | None = None, case_ids: list[str] | None = None
) -> dict[str, tuple[RoundClock, list[int]]]:
    """The clock of every open round at the end of ``as_of``, by case id, with assumed years."""
    store = store_of(s)
    cal = store.calendar
    primary = store.config(s).primary_rule_set()
    cond = [
        StageRound.deleted.is_(False),
        Case.deleted.is_(False),
        StageRound.started_on <= as_of,
        or_(StageRound.finished_on.is_(None), StageRound.finished_on > as_of),
    ]
    if manager:
        cond.append(Case.manager == manager)
    if case_ids is not None:
        cond.append(Case.id.in_(case_ids))
    rq = (
        select(
            StageRound.id,
            StageRound.case_id,
            StageRound.stage,
            StageRound.round,
            StageRound.started_on,
            Case.capacity_kva,
            Case.dual_source,
            Case.business_type,
        )
        .join(Case, Case.id == StageRound.case_id)
        .where(and_(*cond))
    )
    rows = s.execute(rq).all()
    pauses: dict[str, list[PauseSpan]] = {}
    round_ids = [r[0] for r in rows]
    for i in range(0, len(round_ids), 900):  # by id: the planner cannot do better than this
        pq = select(Pause.round_id, Pause.started_on, Pause.ended_on, Pause.reason, Pause.note).where(
            Pause.round_id.in_(round_ids[i : i + 900]), Pause.deleted.is_(False), Pause.started_on <= as_of
        )
        for rid, ps, pe, reason, note in s.execute(pq):
            pauses.setdefault(rid, []).append(PauseSpan(ps, pe if pe and pe <= as_of else None, reason, note))
    out = {}
    warn = store.warn_wd
    for rid, cid, stage, rnd, started, kva, dual, btype in rows:
        rd = RoundData(stage, rnd, started, None, None, sorted(pauses.get(rid, []), key=lambda p: p.started_on))
        c = clock_round(cal, primary, CaseFacts(kva, dual, btype), rd, as_of, warn)
        out[cid] = (c, cal.assumed_years(started, as_of, c.deadline))
    return out


def list_cases(
    s: Session,
    *,
    as_of: dt.date | None = None,
    manager: str | None = None,
    open_only: bool = False,
    finished_only: bool = False,
    search: str | None = None,
    stage: str | None = None,
    township: str | None = None,
    clock_status: str | None = None,
    limit: int | None = None,
    clocks: dict | None = None,
    case_ids: list[str] | None = None,
) -> list[CaseRow]:
    """Cases with the clock of their open round. ``clocks`` (from ``open_clocks``) may be passed
    in when the caller already has them. ``case_ids``: these cases only (a screen's rows after a
    write named them)."""
    as_of = as_of or today_of(store_of(s))
    q = select(
        Case.id,
        Case.case_no,
        Case.customer_name,
        Case.account_no,
        Case.capacity_kva,
        Case.manager,
        Case.township,
        Case.status,
        Case.applied_on,
        Case.name_pinyin,
        Case.name_initials,
    ).where(Case.deleted.is_(False), Case.applied_on <= as_of)
    if manager:
        q = q.where(Case.manager == manager)
    if township:
        q = q.where(Case.township == township)
    if case_ids is not None:
        q = q.where(Case.id.in_(list(case_ids)))
    if search:
        text = search.strip()
        like = f"%{text}%"
        low = f"%{text.lower().replace(' ', '')}%"
        # LIKE is case-blind for ASCII on SQLite and case-sensitive on PostgreSQL: compared with
        # what is stored in one case (case numbers upper, pinyin lower, names lowered both sides),
        # so a search finds the same cases on both back ends (never ILIKE: SQLite has none)
        q = q.where(
            or_(
                Case.case_no.like(f"%{text.upper()}%"),
                Case.account_no.like(like),
                func.lower(Case.customer_name).like(f"%{text.lower()}%"),
                Case.name_initials.like(low),
                Case.name_pinyin.like(low),
            )
        )
    if clocks is None:
        clocks = open_clocks(s, as_of, manager=manager)
    if open_only:
        # open now, or finished after as_of (then a clock was running at as_of)
        late = [cid for cid in clocks]
        q = q.where(or_(Case.status == "open", Case.id.in_(late) if len(late) < 30000 else Case.status != ""))
    q = q.order_by(Case.applied_on.desc(), Case.case_no.desc())
    rows = []
    for cid, no, name, acct, kva, mgr, town, status, applied, py, ini in s.execute(q):
        c = clocks.get(cid)
        # a case finished after as_of still had a clock running then
        row_status = "open" if (status == "open" or c is not None) else "finished"
        if open_only and row_status != "open":
            continue
        if finished_only and row_status != "finished":
            continue
        if stage and (c is None or c[0].code != stage):
            continue
        if clock_status and (c is None or c[0].status != clock_status):
            continue
        rc = c[0] if c else None
        rows.append(
            CaseRow(
                id=cid,
                case_no=no,
                customer_name=name,
                account_no=acct,
                capacity_kva=kva,
                manager=mgr,
                township=town,
                status=row_status,
                stage=rc.code if rc else None,
                round=rc.round if rc else None,
                started_on=_iso(rc.started_on) if rc else None,
                deadline=_iso(rc.deadline) if rc else None,
                remaining_wd=rc.remaining_wd if rc else None,
                clock_status=rc.status if rc else None,
                paused=bool(rc and rc.paused),
                applied_on=applied.isoformat(),
                name_pinyin=py,
                name_initials=ini,
            )
        )
        if limit and len(rows) >= limit:
            break
    return rows


def warnings(
    s: Session,
    as_of: dt.date | None = None,
    manager: str | None = None,
    within_wd: int | None = None,
    clocks: dict | None = None,
) -> list[dict]:
    """Open stages in warning or overdue (or due within ``within_wd``), most urgent first."""
    as_of = as_of or today_of(store_of(s))
    if clocks is None:
        clocks = open_clocks(s, as_of, manager=manager)
    hits = {
        cid: (c, years)
        for cid, (c, years) in clocks.items()
        if c.remaining_wd is not None
        and (c.status in ("warning", "overdue") or (within_wd is not None and c.remaining_wd <= within_wd))
    }
    if not hits:
        return []
    info = {}
    ids = list(hits)
    for i in range(0, len(ids), 900):
        chunk = ids[i : i + 900]
        for cid, no, name, mgr, town, kva in s.execute(
            select(Case.id, Case.case_no, Case.customer_name, Case.manager, Case.township, Case.capacity_kva).where(
                Case.id.in_(chunk)
            )
        ):
            info[cid] = (no, name, mgr, town, kva)
    out = []
    for cid, (c, years) in hits.items():
        no, name, mgr, town, kva = info[cid]
        out.append(
            {
                "case_no": no,
                "customer_name": name,
                "manager": mgr,
                "township": town,
                "capacity_kva": kva,
                "stage": c.code,
                "round": c.round,
                "started_on": c.started_on.isoformat(),
                "deadline": _iso(c.deadline),
                "remaining_wd": c.remaining_wd,
                "status": c.status,
                "paused": c.paused,
                "assumed_calendar_years": years,
            }
        )
    out.sort(key=lambda w: (w["remaining_wd"], w["deadline"] or "", w["case_no"]))
    return out


# --- issue 22: search as you type against a large (server) database --------------------------------
def quick_search(s: Session, text: str, limit: int = 20) -> list[dict]:
    """The first ``limit`` cases whose number, account, name or pinyin (full or initials) holds
    ``text``, sorted by the stored pinyin key (Chinese order by sound, the same on SQLite and
    PostgreSQL whatever the server's collation), then case number. For a city database of a million
    cases, where a workbench cannot hold every case in memory as a laptop's list does; the matching
    is ``list_cases``'s, so both find the same cases."""
    text = (text or "").strip()
    if not text:
        return []
    low = f"%{text.lower().replace(' ', '')}%"
    match = or_(Case.case_no.like(f"%{text.upper()}%"), Case.account_no.like(f"%{text}%"),
                func.lower(Case.customer_name).like(f"%{text.lower()}%"),
                Case.name_initials.like(low), Case.name_pinyin.like(low))
    shown = (Case.case_no, Case.customer_name, Case.township, Case.status, Case.applied_on)
    if s.get_bind().dialect.name == "postgresql":
        rows = _quick_search_pg(s, match, shown, limit, text)
    else:
        rows = s.execute(select(*shown).where(Case.deleted.is_(False), match)
                         .order_by(Case.name_pinyin, Case.case_no).limit(limit)).all()
    return [{"case_no": no, "customer_name": name, "township": town, "status": status, "applied_on": _iso(on)}
            for no, name, town, status, on in rows]


# how many matches the trigram indexes may return to be sorted (more: the text is common, and the
# ordered scan finds its first ones soon)
SEARCH_FEW = 500


def _quick_search_pg(s: Session, match, shown, limit: int, text: str) -> list:
    """The same rows as the plain query (the first ``limit`` matches in (pinyin, case number)
    order), read in a way a million cases allow (migration 0021_pg_perf's indexes). The ordered
    scan of the covering index stops at the ``limit``-th match: fast when matches are common,
    slow when they are rare (it reads every case). So, for a text of three characters or more
    (shorter ones have no trigram), the trigram indexes first: when they find at most SEARCH_FEW
    matches, those are the answer, sorted by the server; otherwise the ordered scan."""
    live = Case.deleted.is_(False)
    order = (Case.name_pinyin, Case.case_no)
    if len(text) >= 3:
        few = select(*shown, *order).where(live, match).limit(SEARCH_FEW + 1).subquery()
        rows = s.execute(select(*few.c[:len(shown)], func.count().over()).order_by(
            few.c.name_pinyin, few.c.case_no).limit(limit)).all()
        if not rows or rows[0][-1] <= SEARCH_FEW:
            return [r[:-1] for r in rows]
    return s.execute(select(*shown).where(live, match).order_by(*order).limit(limit)).all()

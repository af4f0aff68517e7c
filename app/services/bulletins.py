"""The three bulletins (三通报, issue 21): the weekly time-limit bulletin (时限通报), the monthly
work-quality bulletin (工作质量通报) and the quarterly benchmark (同业对标), computed by one code path
for any period, level and scope, and issued (frozen) as versions.

Figures are computed in bulk with Core queries: the cases energised in the period (and in the trend
window before it) are loaded with their rounds and pauses in chunks and judged once each by
``app.clock.evaluate`` under every active rule set. Every figure carries the case numbers behind
it (``case_nos`` / ``late_case_nos``), so a view can open them.

Issuing stores the bulletin as computed, with the rule-set versions and a hash of its inputs (a
fingerprint per case of the rows the figures used); issuing the same period again reproduces the
hash, or stores version n+1 with the differences (cases added, removed, changed; figures changed).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.bureau_time import is_late_entry
from app.clock import CaseData, PauseSpan, RoundData, RuleVerdict
from app.domain import PAUSE_REASONS, ROUND_STAGES, STAGES, stage_name
from app.errors import Refused
from app.models import (
    Bulletin,
    Case,
    CaseEvent,
    Inspection,
    Notice,
    Pause,
    RectificationItem,
    StageRound,
    Survey,
    natural_id,
)
from app.periods import KINDS, period_of, period_range, previous_period
from app.services import config_docs, followups
from app.services.checks import today_of
from app.services.escalation import escalations, reached_by_finished
from app.services.period_cache import PeriodSummaries
from app.services.query import open_clocks
from app.services.verdict_cache import Verdicts
from app.store import canonical_json, store_of, utcnow
from app.townships import station_of

LEVELS = ("manager", "station", "centre", "bureau")
TREND_PERIODS = {"weekly": 8, "monthly": 6, "quarterly": 4}
_CHUNK = 900


# --- data documents -------------------------------------------------------------------------------


# --- periods --------------------------------------------------------------------------------------


# --- scope (三级监控: a view per level) -------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    level: str = "bureau"
    name: str = ""

    def keep(self, manager: str, station: str) -> bool:
        if self.level == "manager":
            return manager == self.name
        if self.level == "station":
            return station == self.name
        return True  # the centre and the bureau see every case


def make_scope(level: str | None, name: str | None) -> Scope:
    level = level or "bureau"
    if level not in LEVELS:
        raise Refused("bulletin_bad_level", value=str(level)[:20], known=", ".join(LEVELS))
    name = (name or "").strip()
    if level in ("manager", "station") and not name:
        raise Refused("bulletin_scope_needed", level=level)
    return Scope(level, name if level in ("manager", "station") else "")


# --- loading the cases ----------------------------------------------------------------------------


def _pct(n: int, d: int) -> float | None:
    return round(100.0 * n / d, 1) if d else None


def _stations(s: Session):
    cfg = config_docs.config(s)
    cache: dict[str, str] = {}

    def of(township: str) -> str:
        if township not in cache:
            cache[township] = station_of(cfg, township) if township else ""
        return cache[township]
    return of


def _finished(s: Session, start: dt.date, end: dt.date, as_of: dt.date, scope: Scope,
              full_from: dt.date | None = None, verdicts: Verdicts | None = None,
              fp_from: dt.date | None = None) -> list[dict]:
    """The cases energised between ``start`` and ``end`` (and by ``as_of``), judged as of ``as_of``.
    Those energised before ``full_from`` only feed the trend: judged under the primary rule set alone,
    without transformers (the trend shows the primary rate). Only those energised from ``fp_from``
    (default ``full_from``: the period's own cases) carry the fingerprint of their rows. ``verdicts``:
    the cache of finished cases' verdicts to answer from (app.services.verdict_cache); None judges all."""
    store = store_of(s)
    cal = store.calendar
    cfg = store.config(s)
    rule_sets = cfg.active_rule_sets()
    primary = [cfg.primary_rule_set()]
    full_from = full_from or start
    fp_from = fp_from or full_from
    weights = config_docs.config(s).doc("benchmark_weights").data
    hv_kv = float(weights["hv_min_kv"])
    station = _stations(s)
    last = min(end, as_of)
    if last < start:
        return []
    energized = (select(StageRound.case_id)
                 .where(StageRound.stage == "ENERGIZE", StageRound.deleted.is_(False),
                        StageRound.finished_on >= start, StageRound.finished_on <= last))
    q = (select(Case.id, Case.case_no, Case.customer_name, Case.manager, Case.township, Case.capacity_kva,
                Case.dual_source, Case.business_type, Case.supply_kv, Case.applied_on, StageRound.finished_on)
         .join(StageRound, StageRound.case_id == Case.id)
         .where(StageRound.stage == "ENERGIZE", StageRound.deleted.is_(False), Case.deleted.is_(False),
                StageRound.finished_on >= start, StageRound.finished_on <= last))
    info = {}
    conn = s.connection()  # Core rows straight from the connection: the ORM's row handling cost a third
    for cid, no, name, mgr, town, kva, dual, btype, kv, applied, fin in conn.execute(q):
        st = station(town)
        if scope.keep(mgr, st):
            info[cid] = dict(id=cid, case_no=no, customer_name=name, manager=mgr, township=town, station=st,
                             capacity_kva=kva, dual_source=bool(dual), business_type=btype, supply_kv=kv,
                             applied_on=applied, energized_on=fin, hv=kv >= hv_kv)
    if verdicts is None:
        verdicts = Verdicts(store, cal, as_of, enabled=False)
    sets_of = {cid: rule_sets if c["energized_on"] >= full_from else primary for cid, c in info.items()}
    verdicts.prepare(conn, energized, info, sets_of)  # before the rounds are read (its change number)
    # the rounds and pauses are read for the cases whose rows the bulletin shows (fingerprints) and
    # for those the cache could not answer; a warm cache leaves the trend's cases unread
    need = {cid for cid, c in info.items()
            if not verdicts.has(cid) or (c["energized_on"] >= fp_from and verdicts.rounds_text(cid) is None)}
    rounds: dict[str, list] = defaultdict(list)
    pauses: dict[str, list] = defaultdict(list)
    transformers: dict[str, int] = {}
    if 2 * len(need) >= len(info):  # most of the window: one query per table with it as a subquery
        batches = [energized]
    else:
        ids = sorted(need)
        batches = [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
    for batch in batches if need else []:
        for rid, cid, seq, stage, rnd, st_on, fin_on, outcome in conn.execute(
                select(StageRound.id, StageRound.case_id, StageRound.seq, StageRound.stage, StageRound.round,
                       StageRound.started_on, StageRound.finished_on, StageRound.outcome)
                .where(StageRound.case_id.in_(batch), StageRound.deleted.is_(False))):
            if cid in need:
                rounds[cid].append((seq, rid, stage, rnd, st_on, fin_on, outcome))
        for ps, pe, reason, note, rid in conn.execute(
                select(Pause.started_on, Pause.ended_on, Pause.reason, Pause.note, Pause.round_id)
                .join(StageRound, StageRound.id == Pause.round_id)
                .where(StageRound.case_id.in_(batch), Pause.deleted.is_(False), StageRound.deleted.is_(False))):
            pauses[rid].append(PauseSpan(ps, pe, reason, note))
    full_ids = energized.where(StageRound.finished_on >= full_from)
    for cid, text in conn.execute(select(Survey.case_id, Survey.transformers)
                                  .where(Survey.case_id.in_(full_ids), Survey.deleted.is_(False))):
        try:
            transformers[cid] = sum(int(t.get("count", 1)) for t in json.loads(text or "[]"))
        except (ValueError, TypeError, AttributeError):
            transformers[cid] = 0
    out = []
    for cid, c in info.items():
        sets = sets_of[cid]
        data = None
        if cid in need:
            rs = sorted(rounds[cid])
            data = CaseData(c["applied_on"], c["capacity_kva"], c["dual_source"], c["business_type"],
                            [RoundData(stage, rnd, st_on, fin_on, outcome,
                                       sorted(pauses.get(rid, []), key=lambda p: p.started_on))
                             for _seq, rid, stage, rnd, st_on, fin_on, outcome in rs])
        shown = c["energized_on"] >= fp_from  # a case of the period itself: its items are shown
        hit = verdicts.cached(cid, sets, shown)
        if hit is None:
            stage_wd, judged = verdicts.judge(cid, data, sets, as_of)
        else:
            stage_wd, judged = hit
        c["supply_dept_wd"] = sum(stage_wd.values())
        c["stage_wd"] = stage_wd
        c["transformers"] = transformers.get(cid)
        # a case before the period feeds only rates (the trend's, the previous quarter's): its
        # verdicts carry no items
        c["verdicts"] = {v.rule_set: v if shown else _bare(v) for v in judged}
        if shown:
            # the case's inputs as the bulletin's hash holds them: its row's fields and its rounds and
            # pauses, these from the verdict cache's row when its rounds were not read (the same text)
            if data is not None:
                rounds_text = canonical_json(
                    [(r.stage, r.round, r.started_on.isoformat(), r.finished_on.isoformat() if r.finished_on else None,
                      r.outcome, [(p.started_on.isoformat(), p.ended_on.isoformat() if p.ended_on else None, p.reason,
                                   p.note) for p in r.pauses]) for r in data.rounds])
                verdicts.remember_rounds(cid, sets, rounds_text)
            else:
                rounds_text = verdicts.rounds_text(cid)
            head = canonical_json([c["case_no"], c["manager"], c["township"], c["capacity_kva"], c["supply_kv"],
                                   c["dual_source"], c["business_type"], c["applied_on"].isoformat(),
                                   c["transformers"]])
            c["fingerprint"] = _Canonical(head[:-1] + "," + rounds_text + "]")
        out.append(c)
    out.sort(key=lambda c: c["case_no"])
    return out


class _Canonical(str):
    """A value's canonical JSON text, already made (a case's input fingerprint): ``_digest_items``
    joins it as it is."""


def _digest_items(items: list) -> str:
    """``_digest(items)`` for a list whose items may be ``_Canonical`` texts: the same digest, as
    canonical JSON joins a list's items with commas."""
    text = "[" + ",".join(x if isinstance(x, _Canonical) else canonical_json(x) for x in items) + "]"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _bare(v: RuleVerdict) -> RuleVerdict:
    return v if not v.items else RuleVerdict(v.rule_set, v.version, v.name, v.name_en, v.verdict, [])


# --- the figures ----------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _code_of(stages: tuple) -> str:
    return stages[0] if len(stages) == 1 else "+".join(stages)


def _item_code(stages) -> str:
    return _code_of(tuple(stages))


def compliance(cases: list[dict], rule_sets) -> list[dict]:
    """Per active rule set: whole-case compliance (a case complies only if no item of the set was
    missed) and per item (stage or group of stages), with the case numbers behind each figure."""
    out = []
    for rs in rule_sets:
        compliant, late = [], []
        rows = []  # in the rule set's order of items, as each verdict lists them
        for it in rs.items:
            code = _item_code(it.stages)
            rows.append({"code": code, "name": it.name, "name_en": it.name_en, "stages": list(it.stages),
                         "cases": 0, "on_time": 0, "rate": None, "case_nos": [], "late_case_nos": []})
        for c in cases:
            v = c["verdicts"].get(rs.id)
            if v is None:
                continue
            (late if v.verdict == "missed" else compliant).append(c["case_no"])
            for row, iv in zip(rows, v.items):
                if iv.status == "pending":
                    continue  # a stage the case never ran (no mid inspection): not judged
                row["cases"] += 1
                row["case_nos"].append(c["case_no"])
                if iv.status == "met":
                    row["on_time"] += 1
                else:
                    row["late_case_nos"].append(c["case_no"])
        for row in rows:
            row["rate"] = _pct(row["on_time"], row["cases"])
        n = len(compliant) + len(late)
        out.append({"rule_set": rs.id, "version": rs.version, "name": rs.name, "name_en": rs.name_en,
                    "primary": rs.primary, "cases": n, "compliant": len(compliant), "rate": _pct(len(compliant), n),
                    "case_nos": sorted(compliant + late), "late_case_nos": late, "stages": rows})
    return out


def supply_time(cases: list[dict]) -> dict:
    """The average supply-department time of the HV cases (working days, the seed's measure) and
    its parts per stage: the stage averages sum to the whole (the same clocks)."""
    hv = [c for c in cases if c["hv"]]
    total = sum(c["supply_dept_wd"] for c in hv)
    per_stage = []
    for code in STAGES:
        wd = sum(c["stage_wd"].get(code, 0) for c in hv)
        per_stage.append({"code": code, "name": stage_name(code), "total_wd": wd, "avg_wd": round(wd / len(hv), 2) if hv else None})
    return {"hv_cases": len(hv), "hv_total_supply_wd": total,
            "hv_avg_supply_wd": round(total / len(hv), 2) if hv else None,
            "hv_case_nos": [c["case_no"] for c in hv], "hv_stages": per_stage}


def _group(cases: list[dict], key: str, primary_id: str) -> list[dict]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for c in cases:
        groups[c[key]].append(c)
    out = []
    for name, cs in groups.items():
        late = [c["case_no"] for c in cs if (v := c["verdicts"].get(primary_id)) and v.verdict == "missed"]
        hv = [c for c in cs if c["hv"]]
        out.append({key: name, "cases": len(cs), "compliant": len(cs) - len(late), "rate": _pct(len(cs) - len(late), len(cs)),
                    "hv_avg_supply_wd": round(sum(c["supply_dept_wd"] for c in hv) / len(hv), 2) if hv else None,
                    "kva_connected": sum(c["capacity_kva"] for c in cs),
                    "case_nos": [c["case_no"] for c in cs], "late_case_nos": late})
    return out


def _rank(rows: list[dict]) -> list[dict]:
    rows.sort(key=lambda r: (-(r["rate"] or 0), r["hv_avg_supply_wd"] if r["hv_avg_supply_wd"] is not None else 1e9,
                             -r["cases"]))
    for i, r in enumerate(rows, 1):
        r["rank"] = i
    return rows


def _core(cases: list[dict], rule_sets, primary_id: str) -> dict:
    known = [c for c in cases if c["transformers"] is not None]
    return {
        "finished_cases": len(cases),
        "rule_sets": compliance(cases, rule_sets),
        **supply_time(cases),
        "kva_connected": sum(c["capacity_kva"] for c in cases),
        "transformers": sum(c["transformers"] for c in known),
        "transformers_unknown_case_nos": [c["case_no"] for c in cases if c["transformers"] is None],
        "finished_case_nos": [c["case_no"] for c in cases],
        "by_manager": _group(cases, "manager", primary_id),
        "by_station": _group(cases, "station", primary_id),
    }


def _trend_row(cs: list[dict], primary_id: str) -> dict:
    """One period of the trend: the primary rule set's whole-case rate, the HV average and the kVA."""
    late = [c for c in cs if (v := c["verdicts"].get(primary_id)) and v.verdict == "missed"]
    hv = [c for c in cs if c["hv"]]
    return {"cases": len(cs), "rate": _pct(len(cs) - len(late), len(cs)),
            "hv_avg_supply_wd": round(sum(c["supply_dept_wd"] for c in hv) / len(hv), 2) if hv else None,
            "kva_connected": sum(c["capacity_kva"] for c in cs)}


def _previous_figures(cs: list[dict], rule_sets) -> dict:
    """What the quarterly's comparison (``_change``) reads of the previous quarter."""
    return {"rule_sets": [{"rule_set": r["rule_set"], "rate": r["rate"]} for r in compliance(cs, rule_sets)],
            "hv_avg_supply_wd": supply_time(cs)["hv_avg_supply_wd"],
            "kva_connected": sum(c["capacity_kva"] for c in cs),
            "transformers": sum(c["transformers"] for c in cs if c["transformers"] is not None)}


def _summary_params(s: Session, sc: Scope) -> str:
    """What an earlier period's figures depend on besides its cases and the judging context."""
    cfg = config_docs.config(s)
    weights = cfg.doc("benchmark_weights").data
    towns = hashlib.sha256(canonical_json(cfg.doc("townships").data).encode("utf-8")).hexdigest()
    return f"{sc.level}|{sc.name}|{float(weights['hv_min_kv'])!r}|{towns}"


def _open_info(s: Session, as_of: dt.date) -> dict[str, tuple]:
    """(case_no, customer_name, manager, township) of every case with a round open at the end of
    ``as_of`` (open_clocks' condition), in one query joined on the open rounds: chunks of ids cost
    27 round trips at 1,000,000 cases on PostgreSQL."""
    q = (select(Case.id, Case.case_no, Case.customer_name, Case.manager, Case.township)
         .join(StageRound, StageRound.case_id == Case.id)
         .where(StageRound.deleted.is_(False), Case.deleted.is_(False), StageRound.started_on <= as_of,
                or_(StageRound.finished_on.is_(None), StageRound.finished_on > as_of)))
    return {cid: (no, name, mgr, town) for cid, no, name, mgr, town in s.connection().execute(q)}


def _open_cases(s: Session, as_of: dt.date, scope: Scope, fp: dict, clocks: dict, case_info: dict) -> dict:
    """Open cases at the end of ``as_of`` by the state of their open stage (normal/warning/overdue),
    per manager and per supply station. ``clocks``: open_clocks(s, as_of); ``case_info``: _open_info."""
    station = _stations(s)
    info = {cid: (no, mgr, town, station(town)) for cid, (no, _name, mgr, town) in case_info.items()}
    states = ("normal", "warning", "overdue")
    total = {st: [] for st in states}
    paused: list[str] = []
    by_mgr: dict[str, dict] = {}
    by_st: dict[str, dict] = {}
    for cid, (c, _years) in clocks.items():
        no, mgr, town, st = info[cid]
        if not scope.keep(mgr, st):
            continue
        state = c.status if c.status in states else "normal"
        total[state].append(no)
        if c.paused:
            paused.append(no)
        for key, name, table in (("manager", mgr, by_mgr), ("station", st, by_st)):
            row = table.setdefault(name, {key: name, "open": 0, **{s_: 0 for s_ in states},
                                          **{f"{s_}_case_nos": [] for s_ in states}})
            row["open"] += 1
            row[state] += 1
            row[f"{state}_case_nos"].append(no)
        fp.setdefault(no, []).append(["open", c.code, c.round, c.started_on.isoformat(), c.elapsed_wd, c.paused_wd,
                                      c.limit_wd, mgr, town])
    for d in (total, by_mgr, by_st):
        for v in d.values():
            for k, lst in (v.items() if isinstance(v, dict) else []):
                if k.endswith("_case_nos"):
                    lst.sort()
    for lst in total.values():
        lst.sort()
    return {"open": sum(len(v) for v in total.values()), **{st: len(total[st]) for st in states},
            **{f"{st}_case_nos": total[st] for st in states}, "paused": len(paused), "paused_case_nos": sorted(paused),
            "by_manager": sorted(by_mgr.values(), key=lambda r: r["manager"]),
            "by_station": sorted(by_st.values(), key=lambda r: r["station"])}


def _case_rows(s: Session, ids: set[str], scope: Scope) -> dict[str, tuple]:
    station = _stations(s)
    out = {}
    lst = list(ids)
    for i in range(0, len(lst), _CHUNK):
        for cid, no, mgr, town in s.execute(select(Case.id, Case.case_no, Case.manager, Case.township)
                                            .where(Case.id.in_(lst[i:i + _CHUNK]), Case.deleted.is_(False))):
            st = station(town)
            if scope.keep(mgr, st):
                out[cid] = (no, mgr, town, st)
    return out


def _pauses_started(s: Session, start: dt.date, end: dt.date, scope: Scope, fp: dict) -> dict:
    rows = s.execute(select(StageRound.case_id, StageRound.stage, StageRound.round, Pause.started_on, Pause.ended_on,
                            Pause.reason, Pause.note)
                     .join(StageRound, StageRound.id == Pause.round_id)
                     .where(Pause.deleted.is_(False), StageRound.deleted.is_(False),
                            Pause.started_on >= start, Pause.started_on <= end)).all()
    cases = _case_rows(s, {r[0] for r in rows}, scope)
    out, by_reason = [], defaultdict(list)
    for cid, stage, rnd, ps, pe, reason, note in rows:
        if cid not in cases:
            continue
        no = cases[cid][0]
        out.append({"case_no": no, "manager": cases[cid][1], "stage": stage, "stage_name": stage_name(stage),
                    "round": rnd, "started_on": ps.isoformat(), "ended_on": pe.isoformat() if pe else None,
                    "reason": reason, "reason_name": PAUSE_REASONS.get(reason, (reason,))[0], "note": note})
        by_reason[reason].append(no)
        fp.setdefault(no, []).append(["pause", stage, rnd, ps.isoformat(), pe.isoformat() if pe else None, reason, note])
    out.sort(key=lambda r: (r["started_on"], r["case_no"]))
    return {"count": len(out), "rows": out,
            "by_reason": [{"reason": k, "count": len(v), "case_nos": sorted(v)} for k, v in sorted(by_reason.items())]}


def _quality(s: Session, start: dt.date, end: dt.date, as_of: dt.date, scope: Scope, fp: dict) -> dict:
    """The 作业规范 items of the monthly bulletin computed from what the database holds."""
    store = store_of(s)
    # notices issued in the month, receipted (delivered) by as_of
    notices = s.execute(select(Inspection.case_id, Notice.notice_no, Notice.issued_on, Notice.delivered_on)
                        .join(Inspection, Inspection.id == Notice.inspection_id)
                        .where(Notice.deleted.is_(False), Notice.issued_on >= start, Notice.issued_on <= end)).all()
    rect = s.execute(select(RectificationItem.case_id, RectificationItem.number, RectificationItem.deadline,
                            RectificationItem.closed_on)
                     .where(RectificationItem.deleted.is_(False), RectificationItem.deadline >= start,
                            RectificationItem.deadline <= end)).all()
    # late entries (补录): recorded more than the allowed days after their date; corrections (issue 15)
    events = s.execute(select(CaseEvent.case_id, CaseEvent.kind, CaseEvent.effective_on, CaseEvent.recorded_at)
                       .where(CaseEvent.effective_on >= start, CaseEvent.effective_on <= end)).all()
    pauses = s.execute(select(StageRound.case_id, StageRound.stage, Pause.started_on, Pause.note)
                       .join(StageRound, StageRound.id == Pause.round_id)
                       .where(Pause.deleted.is_(False), StageRound.deleted.is_(False),
                              Pause.started_on >= start, Pause.started_on <= end)).all()
    first = s.execute(select(StageRound.case_id, StageRound.stage, StageRound.finished_on, StageRound.outcome)
                      .where(StageRound.deleted.is_(False), StageRound.round == 1,
                             StageRound.stage.in_(sorted(ROUND_STAGES)),
                             StageRound.finished_on >= start, StageRound.finished_on <= min(end, as_of))).all()
    late_days = store.late_entry_days
    late_ev = [(cid, kind, eff, rec) for cid, kind, eff, rec in events
               if kind not in ("CORRECTED", "UNDONE") and is_late_entry(rec, eff, late_days)]
    corr_ev = [(cid, kind, eff, rec) for cid, kind, eff, rec in events if kind in ("CORRECTED", "UNDONE")]
    ids = ({r[0] for r in notices} | {r[0] for r in rect} | {r[0] for r in late_ev} | {r[0] for r in corr_ev}
           | {r[0] for r in pauses} | {r[0] for r in first})
    cases = _case_rows(s, ids, scope)

    def no(cid):
        return cases[cid][0]

    n_rows = [r for r in notices if r[0] in cases]
    receipted = [no(r[0]) for r in n_rows if r[3] is not None and r[3] <= as_of]
    for r in n_rows:
        fp.setdefault(no(r[0]), []).append(["notice", r[1], r[2].isoformat(), r[3].isoformat() if r[3] else None])
    r_rows = [r for r in rect if r[0] in cases]
    in_time = [r for r in r_rows if r[3] is not None and r[3] <= r[2] and r[3] <= as_of]
    for r in r_rows:
        fp.setdefault(no(r[0]), []).append(["rect", r[1], r[2].isoformat(), r[3].isoformat() if r[3] else None])
    late_rows = [r for r in late_ev if r[0] in cases]
    corr_rows = [r for r in corr_ev if r[0] in cases]
    for r in late_rows + corr_rows:
        fp.setdefault(no(r[0]), []).append(["event", r[1], r[2].isoformat(), r[3].isoformat()])
    p_rows = [r for r in pauses if r[0] in cases]
    no_note = [r for r in p_rows if not (r[3] or "").strip()]
    for r in p_rows:
        fp.setdefault(no(r[0]), []).append(["pause_note", r[1], r[2].isoformat(), bool((r[3] or "").strip())])
    fpass = []
    for stage in [s_ for s_ in STAGES if s_ in ROUND_STAGES]:
        rows = [r for r in first if r[1] == stage and r[0] in cases]
        passed = [no(r[0]) for r in rows if r[3] == "pass"]
        failed = sorted(no(r[0]) for r in rows if r[3] != "pass")
        for r in rows:
            fp.setdefault(no(r[0]), []).append(["first", stage, r[2].isoformat(), r[3]])
        fpass.append({"code": stage, "rounds": len(rows), "first_pass": len(passed), "rate": _pct(len(passed), len(rows)),
                      "case_nos": sorted(passed + failed), "failed_case_nos": failed})
    return {
        "notices": {"issued": len(n_rows), "receipted": len(receipted), "rate": _pct(len(receipted), len(n_rows)),
                    "case_nos": sorted({no(r[0]) for r in n_rows}),
                    "not_receipted_case_nos": sorted({no(r[0]) for r in n_rows} - set(receipted))},
        "rectification": {"due": len(r_rows), "closed_in_time": len(in_time), "rate": _pct(len(in_time), len(r_rows)),
                          "case_nos": sorted({no(r[0]) for r in r_rows}),
                          "late_case_nos": sorted({no(r[0]) for r in r_rows} - {no(r[0]) for r in in_time})},
        "late_entries": {"count": len(late_rows), "late_days": late_days, "case_nos": sorted({no(r[0]) for r in late_rows})},
        "corrections": {"count": len(corr_rows), "case_nos": sorted({no(r[0]) for r in corr_rows})},
        "pauses_without_note": {"pauses": len(p_rows), "without_note": len(no_note),
                                "case_nos": sorted({no(r[0]) for r in no_note})},
        "first_pass": fpass,
    }


def followup_sections(s: Session, start: dt.date, end: dt.date) -> dict:
    """The follow-up part of the monthly bulletin (issue 20's figures): 时间偏差 of the follow-ups
    done in the month, the follow-up coverage of the cases energised in it, and satisfaction with
    the number of answers, for the bureau and per supply station."""
    def pct(rate):  # the bulletins speak in percent, issue 20's functions in fractions
        return None if rate is None else round(rate * 100, 1)

    cov = followups.coverage(s, start, end)
    return {"available": True,
            "deviations": followups.deviations(s, start, end),
            "coverage": {"finished": cov["finished"], "followed_up": cov["followed_up"], "rate": pct(cov["rate"]),
                         "case_nos": [c["case_no"] for c in cov["cases"]],
                         "missing_case_nos": [c["case_no"] for c in cov["cases"] if not c["followed_up"]]},
            "satisfaction": [{**r, "rate": pct(r["rate"])} for r in followups.satisfaction(s, start, end)],
            "satisfaction_by_station": [{**r, "rate": pct(r["rate"])}
                                        for r in followups.satisfaction(s, start, end, by="station")]}


def _composite(s: Session, hv_rate: float | None, parts_in: dict[str, float] | None) -> dict:
    """The bureau's composite rate (SGCC weights, as data): the HV part computed, the others typed in."""
    doc = config_docs.config(s).doc("benchmark_weights")
    parts_in = parts_in or {}
    rows, total, missing = [], 0.0, []
    for p in doc.data["parts"]:
        rate = hv_rate if p["computed"] else parts_in.get(p["code"])
        if rate is None:
            missing.append(p["code"])
        else:
            total += p["weight"] * rate
        rows.append({"code": p["code"], "name": p["name"], "name_en": p.get("name_en", p["name"]),
                     "weight": p["weight"], "computed": p["computed"], "rate": rate})
    unknown = sorted(set(parts_in) - {p["code"] for p in doc.data["parts"]})
    if unknown:
        raise Refused("bulletin_bad_part", value=", ".join(unknown), known=", ".join(p["code"] for p in doc.data["parts"]))
    return {"weights": f"{doc.id} v{doc.version}", "source": doc.source, "parts": rows,
            "rate": round(total, 2) if not missing else None, "missing": missing}


def _change(cur: dict, prev: dict) -> dict:
    def d(a, b):
        return None if a is None or b is None else round(a - b, 2)
    prev_rates = {r["rule_set"]: r["rate"] for r in prev["rule_sets"]}
    return {"rule_sets": [{"rule_set": r["rule_set"], "rate": r["rate"], "previous": prev_rates.get(r["rule_set"]),
                           "change": d(r["rate"], prev_rates.get(r["rule_set"]))} for r in cur["rule_sets"]],
            "hv_avg_supply_wd": {"value": cur["hv_avg_supply_wd"], "previous": prev["hv_avg_supply_wd"],
                                 "change": d(cur["hv_avg_supply_wd"], prev["hv_avg_supply_wd"])},
            "kva_connected": {"value": cur["kva_connected"], "previous": prev["kva_connected"],
                              "change": d(cur["kva_connected"], prev["kva_connected"])},
            "transformers": {"value": cur["transformers"], "previous": prev["transformers"],
                             "change": d(cur["transformers"], prev["transformers"])}}


def _public(c: dict) -> dict:
    """A case row behind the figures, as the JSON and the workbook carry it."""
    return {"case_no": c["case_no"], "customer_name": c["customer_name"], "manager": c["manager"],
            "township": c["township"], "station": c["station"], "capacity_kva": c["capacity_kva"],
            "supply_kv": c["supply_kv"], "hv": c["hv"], "transformers": c["transformers"],
            "applied_on": c["applied_on"].isoformat(), "energized_on": c["energized_on"].isoformat(),
            "supply_dept_wd": c["supply_dept_wd"], "stage_wd": {k: c["stage_wd"].get(k, 0) for k in STAGES},
            "verdicts": {k: v.verdict for k, v in c["verdicts"].items()},
            "missed": {k: [_item_code(i.stages) for i in v.items if i.status == "missed"]
                       for k, v in c["verdicts"].items()},
            # the same as printed: the rule sets' and the items' names
            "missed_names": {v.name: [i.name for i in v.items if i.status == "missed"] for v in c["verdicts"].values()}}


def build(s: Session, kind: str, period: str, *, as_of: dt.date | None = None, level: str | None = None,
          scope: str | None = None, parts: dict[str, float] | None = None, cache: bool = True) -> dict:
    """The bulletin of ``kind`` for ``period`` as of ``as_of`` (default: the period's end, or today if
    earlier), for one level's view. ``parts``: the typed-in rates of the composite's other parts.
    ``cache``: answer finished cases from the verdict cache (the same figures; False judges all)."""
    start, end = period_range(kind, period)
    store = store_of(s)
    today = today_of(store)
    as_of = as_of or min(end, today)
    sc = make_scope(level, scope)
    cfg = store.config(s)
    rule_sets = cfg.active_rule_sets()
    primary_id = cfg.primary_rule_set().id
    # the previous quarter is compared per rule set; earlier periods only feed the trend
    full_from = period_range(kind, previous_period(kind, period))[0] if kind == "quarterly" else start
    verdicts = Verdicts(store, store.calendar, as_of, enabled=cache)
    # the periods of the trend, oldest first, the bulletin's own last; the earlier ones are answered
    # from their summaries while none of their cases changed (app.services.period_cache)
    periods = [period]
    for _ in range(TREND_PERIODS[kind] - 1):
        periods.insert(0, previous_period(kind, periods[0]))
    prev_period = previous_period(kind, period)
    primary_sets = [cfg.primary_rule_set()]

    def sets_of(p: str) -> list:
        return rule_sets if kind == "quarterly" and p == prev_period else primary_sets

    summaries = PeriodSummaries(store, verdicts, kind, _summary_params(s, sc),
                                code=(_finished, _trend_row, _previous_figures, compliance, supply_time, _pct,
                                      PeriodSummaries.load, PeriodSummaries.keep))
    wanted = {p: (verdicts.context_of(sets_of(p)), *period_range(kind, p)) for p in periods[:-1]}
    known = summaries.load(s.connection(), wanted, as_of)
    skip = 0  # the oldest periods answered by their summaries are not read at all
    while skip < len(periods) - 1 and periods[skip] in known:
        skip += 1
    summaries.used = periods[:skip]
    read_from = period_range(kind, periods[skip])[0]
    window = _finished(s, read_from, end, as_of, sc, full_from, verdicts, fp_from=start)
    cases = [c for c in window if start <= c["energized_on"] <= end]
    fp: dict[str, list] = {}
    for c in cases:
        fp[c["case_no"]] = [c["fingerprint"]]
    trend, prev = [], None
    for i, p in enumerate(periods):
        if i < skip:
            figures = known[p]
        else:
            a, b = period_range(kind, p)
            cs = [c for c in window if a <= c["energized_on"] <= b]
            figures = {"trend": _trend_row(cs, primary_id)}
            if kind == "quarterly" and p == prev_period:
                figures["previous"] = _previous_figures(cs, rule_sets)
            if p != period:
                summaries.keep(p, wanted[p][0], figures, cs, b, as_of)
        trend.append({"period": p, **figures["trend"]})
        if kind == "quarterly" and p == prev_period:
            prev = figures["previous"]
    out = {
        "kind": kind, "period": period, "start": start.isoformat(), "end": end.isoformat(), "as_of": as_of.isoformat(),
        "level": sc.level, "scope": sc.name, "bureau": store.bureau_name,
        "rule_set_versions": [{"id": rs.id, "version": rs.version} for rs in rule_sets],
        **_core(cases, rule_sets, primary_id),
        "trend": trend,
        "cases": [_public(c) for c in cases],
    }
    if kind == "weekly":
        # the open stages are clocked once for the open cases and the escalations
        clocks = open_clocks(s, as_of)
        case_info = _open_info(s, as_of)
        out["open_cases"] = _open_cases(s, as_of, sc, fp, clocks, case_info)
        out["pauses_started"] = _pauses_started(s, start, min(end, as_of), sc, fp)
        esc = escalations(s, as_of, level=sc.level, scope=sc.name, clocks=clocks, info=case_info)
        # and those reached in the week by stages that finished before its end (in force no longer)
        seen = {e["id"] for e in esc}
        esc += [e for e in reached_by_finished(s, start, min(end, as_of), level=sc.level, scope=sc.name)
                if e["id"] not in seen]
        esc.sort(key=lambda e: (e["escalated_on"], e["case_no"], e["rung"]), reverse=True)
        for e in esc:
            e["new_this_period"] = start.isoformat() <= e["escalated_on"] <= end.isoformat()
            fp.setdefault(e["case_no"], []).append(["esc", e["id"], e["escalated_on"], e["acknowledged_by"]])
        out["escalations"] = {"count": len(esc), "new": sum(1 for e in esc if e["new_this_period"]),
                              "acknowledged": sum(1 for e in esc if e["acknowledged_by"]), "rows": esc}
    elif kind == "monthly":
        out["quality"] = _quality(s, start, end, as_of, sc, fp)
        out["followups"] = followup_sections(s, start, end)
    else:
        out["previous_period"] = previous_period(kind, period)
        out["change"] = _change(out, prev)
        out["ranking"] = {"stations": _rank([dict(r) for r in out["by_station"]]),
                          "managers": _rank([dict(r) for r in out["by_manager"]])}
        hv_rate = next((r["rate"] for r in compliance([c for c in cases if c["hv"]], [cfg.primary_rule_set()])), None)
        out["composite"] = _composite(s, hv_rate, parts)
    inputs = {"rule_sets": out["rule_set_versions"], "as_of": out["as_of"],
              "cases": {k: _digest_items(v) for k, v in sorted(fp.items())}}
    if kind == "monthly":
        inputs["followups"] = _digest(out["followups"])
    if kind == "quarterly":
        inputs["parts"] = {k: parts[k] for k in sorted(parts or {})}
    out["input_hash"] = _digest(inputs)
    out["_inputs"] = inputs
    out["_summaries"] = summaries.used  # the earlier periods answered from their summaries (tests, timing)
    verdicts.save()  # only once the whole bulletin was computed: a refused one writes nothing
    return out


def _digest(obj) -> str:
    return hashlib.sha256(canonical_json(obj).encode("utf-8")).hexdigest()


def public(bulletin: dict) -> dict:
    """The bulletin as printed and stored (without the per-case input fingerprints)."""
    return {k: v for k, v in bulletin.items() if not k.startswith("_")}


# --- issuing ---------------------------------------------------------------------------------------


def _figures(b: dict) -> dict[str, object]:
    """The headline figures of a bulletin, by a path name: what a re-issue reports as changed."""
    out: dict[str, object] = {"finished_cases": b.get("finished_cases"), "hv_avg_supply_wd": b.get("hv_avg_supply_wd"),
                              "kva_connected": b.get("kva_connected"), "transformers": b.get("transformers")}
    for r in b.get("rule_sets", []):
        out[f"{r['rule_set']}.rate"] = r["rate"]
        out[f"{r['rule_set']}.compliant"] = r["compliant"]
        for st in r["stages"]:
            out[f"{r['rule_set']}.{st['code']}.on_time"] = st["on_time"]
    if "open_cases" in b:
        for k in ("open", "normal", "warning", "overdue", "paused"):
            out[f"open_cases.{k}"] = b["open_cases"][k]
        out["pauses_started"] = b["pauses_started"]["count"]
        out["escalations"] = b["escalations"]["count"]
    if "quality" in b:
        q = b["quality"]
        out["notices.receipted"] = q["notices"]["receipted"]
        out["rectification.closed_in_time"] = q["rectification"]["closed_in_time"]
        out["late_entries"] = q["late_entries"]["count"]
        out["corrections"] = q["corrections"]["count"]
        out["pauses_without_note"] = q["pauses_without_note"]["without_note"]
    return out


def differences(old_content: dict, old_inputs: dict, new: dict) -> dict:
    """What changed between an issued bulletin and a re-run: cases added, removed or changed (by the
    fingerprints of their rows: late entries, imports, corrections) and the figures that moved."""
    a, b = old_inputs.get("cases", {}), new["_inputs"]["cases"]
    fa, fb = _figures(old_content), _figures(new)
    return {"cases_added": sorted(set(b) - set(a)), "cases_removed": sorted(set(a) - set(b)),
            "cases_changed": sorted(k for k in set(a) & set(b) if a[k] != b[k]),
            "rule_sets_changed": old_inputs.get("rule_sets") != new["_inputs"]["rule_sets"],
            "figures": [{"figure": k, "old": fa.get(k), "new": fb.get(k)} for k in sorted(set(fa) | set(fb))
                        if fa.get(k) != fb.get(k)]}


def _issued(s: Session, kind: str, period: str, sc: Scope) -> list[Bulletin]:
    return list(s.scalars(select(Bulletin).where(Bulletin.kind == kind, Bulletin.period == period,
                                                 Bulletin.level == sc.level, Bulletin.scope == sc.name,
                                                 Bulletin.deleted.is_(False)).order_by(Bulletin.version)))


def rerun(s: Session, kind: str, period: str, *, level: str | None = None, scope: str | None = None,
          parts: dict[str, float] | None = None, current: dict | None = None) -> dict | None:
    """The last issued version of a period compared with a run on the same as-of date:
    {version, input_hash, same, differences}; None when nothing was issued. ``current``: a bulletin
    of this period, view and parts just built (``build``, with its inputs), used when its as-of day
    is the issued one's instead of building it again."""
    sc = make_scope(level, scope)
    rows = _issued(s, kind, period, sc)
    if not rows:
        return None
    last = rows[-1]
    reusable = (current is not None and "_inputs" in current and current.get("as_of") == last.as_of.isoformat()
                and (current["kind"], current["period"], current["level"], current["scope"]) == (
                    kind, period, sc.level, sc.name)
                and (kind != "quarterly" or current["_inputs"].get("parts") == {k: parts[k] for k in sorted(parts or {})}))
    new = current if reusable else build(s, kind, period, as_of=last.as_of, level=sc.level, scope=sc.name,
                                         parts=parts)
    same = new["input_hash"] == last.input_hash
    return {"id": last.id, "version": last.version, "input_hash": last.input_hash, "rerun_hash": new["input_hash"],
            "same": same, "differences": None if same else differences(
                json.loads(last.content), json.loads(last.inputs), new)}


def issue(s: Session, kind: str, period: str, *, level: str | None = None, scope: str | None = None,
          as_of: dt.date | None = None, parts: dict[str, float] | None = None) -> dict:
    """Freeze the bulletin of a period: version 1, or, when the inputs changed since the last
    version, the next version with the differences; the same inputs issue nothing new."""
    sc = make_scope(level, scope)
    store = store_of(s)
    rows = _issued(s, kind, period, sc)
    if rows and as_of is None:
        as_of = rows[-1].as_of  # a re-issue judges on the same day as the first, so only the data moves
    new = build(s, kind, period, as_of=as_of, level=sc.level, scope=sc.name, parts=parts)
    if rows and rows[-1].input_hash == new["input_hash"]:
        last = rows[-1]
        return {"id": last.id, "version": last.version, "input_hash": last.input_hash, "unchanged": True}
    diff = differences(json.loads(rows[-1].content), json.loads(rows[-1].inputs), new) if rows else {}
    version = rows[-1].version + 1 if rows else 1
    row = Bulletin(id=natural_id("bulletin", kind, period, sc.level, sc.name, version), kind=kind, period=period,
                   level=sc.level, scope=sc.name, version=version, as_of=dt.date.fromisoformat(new["as_of"]),
                   issued_by=store.user, issued_at=utcnow().replace(tzinfo=None),
                   rule_sets=canonical_json(new["rule_set_versions"]), input_hash=new["input_hash"],
                   inputs=canonical_json(new["_inputs"]), content=canonical_json(public(new)),
                   differences=canonical_json(diff))
    s.add(row)
    s.flush()
    return {"id": row.id, "version": version, "input_hash": row.input_hash, "unchanged": False,
            **({"differences": diff} if rows else {})}


def list_issued(s: Session) -> list[dict]:
    return [{"id": b.id, "kind": b.kind, "period": b.period, "level": b.level, "scope": b.scope, "version": b.version,
             "as_of": b.as_of.isoformat(), "issued_by": b.issued_by,
             "issued_at": b.issued_at.isoformat(timespec="seconds") + "Z",
             "rule_sets": json.loads(b.rule_sets), "input_hash": b.input_hash,
             "differences": json.loads(b.differences)}
            for b in s.scalars(select(Bulletin).where(Bulletin.deleted.is_(False))
                               .order_by(Bulletin.kind, Bulletin.period, Bulletin.level, Bulletin.scope,
                                         Bulletin.version))]


def scope_choices(s: Session) -> dict:
    """The managers and supply stations a level's view can be narrowed to."""
    managers = sorted({m for (m,) in s.execute(select(Case.manager).where(Case.deleted.is_(False)).distinct()) if m})
    stations = sorted({r.get("station", "") for r in config_docs.config(s).doc("townships").data["townships"]} - {""})
    return {"manager": managers, "station": stations}


def issued_content(s: Session, bulletin_id: str) -> dict:
    b = s.get(Bulletin, bulletin_id)
    if b is None or b.deleted:
        raise Refused("bulletin_unknown", id=str(bulletin_id)[:40])
    return json.loads(b.content)


__all__ = ["build", "issue", "rerun", "list_issued", "period_range", "period_of", "followup_sections",
           "KINDS", "LEVELS"]

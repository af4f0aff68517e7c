"""Performance points (绩效积分, issue 21) as a pure formula over plain data: no database, no Qt.

A point rule is a versioned data document (kind ``points_rules``, bundled in ``resources/points/``,
checked by ``check``). The points of one finished case are

    raw = base[business type] × capacity coefficient × dual-source coefficient × township coefficient
          + min(points per working day under the internal limit × days under, time cap)
          − deduction × late stages whose cause is the manager's fault
          + rating points[customer's OVERALL answer]
    case points = raw clamped to [case_min, case_max]

shared among the roles (case manager, survey participants, review participants) by the rule's
shares, which sum to 1; a role without participants passes its share to the case manager. A case
without a counted follow-up (its rating) is *pending*, never zero. Every number used is written out
in the formula text a posting carries.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from app.domain import BUSINESS_TYPES, STAGE_NAMES
from app.errors import Refused

ROLES = ("manager", "survey", "review")
ROLE_NAMES = {"manager": "客户经理", "survey": "查勘", "review": "审图/会审"}
CAUSES = ("CUSTOMER", "GRID", "OUTAGE", "METERING", "INTERNAL", "DESIGN_REWORK", "POLICY", "OTHER")
MAX_POINTS = 10_000.0


def _num(value, where: str, lo: float = -MAX_POINTS, hi: float = MAX_POINTS) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not lo <= value <= hi:
        raise Refused("doc_bad", where=f"{where} (a number {lo:g}..{hi:g})")
    return float(value)


def check(data: dict, where: str) -> None:
    """The content of a point rule document (see the module text); raises ``Refused("doc_bad")``
    naming the first wrong field. Shares that do not sum to 1 are refused (``points_shares``)."""
    base = data.get("base")
    if not isinstance(base, dict) or set(base) != set(BUSINESS_TYPES):
        raise Refused("doc_bad", where=f"{where}: base (points for each of {', '.join(BUSINESS_TYPES)})")
    for k, v in base.items():
        _num(v, f"{where}: base.{k}", 0)
    bands = data.get("capacity_bands")
    if not isinstance(bands, list) or not bands or len(bands) > 50:
        raise Refused("doc_bad", where=f"{where}: capacity_bands (a list of {{from_kva, coef}})")
    last = -1.0
    for n, b in enumerate(bands, 1):
        if not isinstance(b, dict):
            raise Refused("doc_bad", where=f"{where}: capacity_bands[{n}]")
        lo = _num(b.get("from_kva"), f"{where}: capacity_bands[{n}].from_kva", 0, 1_000_000)
        if (n == 1 and lo != 0) or lo <= last:
            raise Refused("doc_bad", where=f"{where}: capacity_bands[{n}].from_kva (the first 0, then rising)")
        last = lo
        _num(b.get("coef"), f"{where}: capacity_bands[{n}].coef", 0, 100)
    _num(data.get("dual_source_coef"), f"{where}: dual_source_coef", 0, 100)
    town = data.get("township")
    if not isinstance(town, dict):
        raise Refused("doc_bad", where=f"{where}: township ({{island_coef, coefs}})")
    _num(town.get("island_coef"), f"{where}: township.island_coef", 0, 100)
    coefs = town.get("coefs", {})
    if not isinstance(coefs, dict):
        raise Refused("doc_bad", where=f"{where}: township.coefs")
    for k, v in coefs.items():
        _num(v, f"{where}: township.coefs.{k}", 0, 100)
    t = data.get("time")
    if not isinstance(t, dict) or not isinstance(t.get("rule_set"), str) or not t["rule_set"]:
        raise Refused("doc_bad", where=f"{where}: time.rule_set (the internal rule set's id)")
    _num(t.get("per_day_under"), f"{where}: time.per_day_under", 0, 1000)
    _num(t.get("under_max"), f"{where}: time.under_max", 0)
    _num(t.get("late_stage_deduction"), f"{where}: time.late_stage_deduction", 0)
    faults = t.get("fault_causes")
    if not isinstance(faults, list) or not all(c in CAUSES for c in faults):
        raise Refused("doc_bad", where=f"{where}: time.fault_causes (codes of {', '.join(CAUSES)})")
    if not isinstance(t.get("deduct_without_cause", False), bool):
        raise Refused("doc_bad", where=f"{where}: time.deduct_without_cause (true/false)")
    r = data.get("rating")
    pts = r.get("points") if isinstance(r, dict) else None
    if not isinstance(pts, dict) or set(pts) != {"1", "2", "3", "4", "5"}:
        raise Refused("doc_bad", where=f"{where}: rating.points (for answers 1..5)")
    for k, v in pts.items():
        _num(v, f"{where}: rating.points.{k}")
    caps = data.get("caps")
    if not isinstance(caps, dict):
        raise Refused("doc_bad", where=f"{where}: caps ({{case_min, case_max}})")
    lo = _num(caps.get("case_min"), f"{where}: caps.case_min")
    hi = _num(caps.get("case_max"), f"{where}: caps.case_max")
    if lo > hi:
        raise Refused("doc_bad", where=f"{where}: caps (case_min > case_max)")
    shares = data.get("shares")
    if not isinstance(shares, dict) or set(shares) != set(ROLES):
        raise Refused("doc_bad", where=f"{where}: shares ({', '.join(ROLES)})")
    for k, v in shares.items():
        _num(v, f"{where}: shares.{k}", 0, 1)
    total = sum(shares.values())
    if abs(total - 1) > 1e-9:
        raise Refused("points_shares", where=where, total=f"{total:g}")


@dataclass
class RoundFact:
    """One stage round as the internal rule set clocks it."""

    stage: str
    round: int
    limit_wd: int | None
    elapsed_wd: int


@dataclass
class CaseFacts:
    """What the formula reads of one case (gathered by ``app.services.points``)."""

    case_no: str
    business_type: str
    capacity_kva: float
    dual_source: bool
    township: str
    island: bool
    manager: str
    rounds: list[RoundFact]
    causes: dict[str, str] = field(default_factory=dict)  # stage -> cause code (case evaluation)
    rating: int | None = None  # the customer's OVERALL answer of a counted follow-up; None: none yet
    survey_people: list[str] = field(default_factory=list)
    review_people: list[str] = field(default_factory=list)


@dataclass
class Share:
    person: str
    role: str
    value: float
    formula: str


@dataclass
class CaseResult:
    status: str  # posted | pending
    total: float
    formula: str
    parts: dict
    shares: list[Share]

    def to_json(self) -> dict:
        return {"status": self.status, "total": self.total, "formula": self.formula, "parts": self.parts,
                "shares": [{"person": s.person, "role": s.role, "value": s.value, "formula": s.formula}
                           for s in self.shares]}


def _g(x: float) -> str:
    """A number as the formula shows it: no trailing zeros."""
    return f"{round(x, 4):g}"


def band_of(rule: dict, kva: float) -> tuple[float, str]:
    """The capacity coefficient for ``kva`` and the band's label."""
    bands = rule["capacity_bands"]
    pick = 0
    for i, b in enumerate(bands):
        if kva >= b["from_kva"]:
            pick = i
    hi = bands[pick + 1]["from_kva"] if pick + 1 < len(bands) else None
    label = f"{_g(bands[pick]['from_kva'])}–{_g(hi)}kVA" if hi is not None else f"≥{_g(bands[pick]['from_kva'])}kVA"
    return float(bands[pick]["coef"]), label


def compute(rule: dict, f: CaseFacts, *, simulate: bool = False) -> CaseResult:
    """The points of one case under ``rule`` (a checked point rule document). ``simulate``: an open
    case as if finished today, the rating left out (no follow-up can exist yet)."""
    base = float(rule["base"][f.business_type])
    cap_coef, band = band_of(rule, f.capacity_kva)
    dual = float(rule["dual_source_coef"]) if f.dual_source else 1.0
    town_coefs = rule["township"].get("coefs", {})
    if f.township in town_coefs:
        town, town_label = float(town_coefs[f.township]), f.township
    elif f.island:
        town, town_label = float(rule["township"]["island_coef"]), f"海岛 {f.township}"
    else:
        town, town_label = 1.0, ""
    t = rule["time"]
    under = sum(max(0, r.limit_wd - r.elapsed_wd) for r in f.rounds if r.limit_wd is not None)
    bonus = min(float(t["per_day_under"]) * under, float(t["under_max"]))
    late_stages = sorted({r.stage for r in f.rounds if r.limit_wd is not None and r.elapsed_wd > r.limit_wd},
                         key=lambda s: list(STAGE_NAMES).index(s) if s in STAGE_NAMES else 99)
    late = []
    for st in late_stages:
        cause = f.causes.get(st)
        fault = cause in t["fault_causes"] if cause else bool(t.get("deduct_without_cause", False))
        late.append({"stage": st, "cause": cause, "deducted": fault})
    n_fault = sum(1 for x in late if x["deducted"])
    deduction = float(t["late_stage_deduction"]) * n_fault
    rating_pts = 0.0
    if f.rating is not None:
        rating_pts = float(rule["rating"]["points"][str(f.rating)])
    raw = base * cap_coef * dual * town + bonus - deduction + rating_pts
    lo, hi = float(rule["caps"]["case_min"]), float(rule["caps"]["case_max"])
    total = round(min(max(raw, lo), hi), 2)

    bt = BUSINESS_TYPES.get(f.business_type, (f.business_type,))[0]
    terms = [f"{_g(base)}({bt})", f"{_g(cap_coef)}({band})"]
    if f.dual_source:
        terms.append(f"{_g(dual)}(双电源)")
    if town_label:
        terms.append(f"{_g(town)}({town_label})")
    text = " × ".join(terms)
    text += f" + min({_g(t['per_day_under'])}×{under}, {_g(t['under_max'])})(时限提前 {under} 工作日)"
    if late:
        names = "、".join(f"{STAGE_NAMES.get(x['stage'], (x['stage'],))[0]}:{x['cause'] or '无原因记录'}"
                          + ("" if x["deducted"] else "(不扣)") for x in late)
        text += f" − {_g(t['late_stage_deduction'])}×{n_fault}(超时环节 {names})"
    if f.rating is not None:
        text += f" + {_g(rating_pts)}(满意度 {f.rating})"
    elif simulate:
        text += " + ?(满意度待回访)"
    text += f" = {_g(round(raw, 4))}"
    if total != round(raw, 2):
        text += f" → {_g(total)}(限 {_g(lo)}..{_g(hi)})"
    parts = {"base": base, "capacity_coef": cap_coef, "band": band, "dual_coef": dual, "township_coef": town,
             "days_under": under, "time_bonus": bonus, "late": late, "deduction": deduction,
             "rating": f.rating, "rating_points": rating_pts, "raw": round(raw, 4), "total": total}
    pending = f.rating is None and not simulate
    shares = [] if pending else _shares(rule, f, total)
    return CaseResult("pending" if pending else "posted", total, text, parts, shares)


def _shares(rule: dict, f: CaseFacts, total: float) -> list[Share]:
    """The case's points split among the roles; the case manager's share takes the rounding rest,
    so the shares add up to the case points exactly."""
    sh = rule["shares"]
    out: list[Share] = []
    to_manager = float(sh["manager"])
    terms = [f"客户经理 {_g(sh['manager'])}"]
    for role, people in (("survey", f.survey_people), ("review", f.review_people)):
        people = list(dict.fromkeys(p for p in people if p))
        if not people:
            if sh[role]:
                to_manager += float(sh[role])
                terms.append(f"{ROLE_NAMES[role]}无参与人 {_g(sh[role])}")
            continue
        each = round(total * float(sh[role]) / len(people), 2)
        for p in people:
            out.append(Share(p, role, each,
                             f"{_g(total)} × {_g(sh[role])}({ROLE_NAMES[role]}) ÷ {len(people)} 人 = {_g(each)}"))
    rest = round(total - sum(s.value for s in out), 2)
    share = f"{_g(to_manager)}({' + '.join(terms)})" if len(terms) > 1 else f"{_g(to_manager)}(客户经理)"
    out.insert(0, Share(f.manager, "manager", rest, f"{_g(total)} × {share} = {_g(rest)}"))
    return out

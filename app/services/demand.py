"""Demand for grid planning (issue 18): the township x year forecast handed to the 发展建设部 and the
feeders that would be overloaded (卡脖子).

The forecast counts, per township and year (this year and the next ones):
- every prospect of the pipeline (线索, 跟进) in its expected energisation year: raw kVA and
  weighted kVA (kVA x probability);
- every converted prospect through its case only, at 100 %: the case's kVA, in the year the case
  was energised, or else the year the prospect expected. A prospect whose case was deleted counts
  as a prospect again (nothing entered is lost from the figures).
Planning load (kW) = weighted kVA x power factor x 需用系数 (by industry) x 同时率, the factors of
the ``planning_factors`` document in force, which names its source. Every township in force has a
row for every year, also when empty; each row names the prospects and cases behind it.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app import planning_factors, townships
from app.errors import Refused
from app.fields import Text
from app.models import Case, FeederCapacity, ForecastVersion, Prospect, StageRound, natural_id
from app.services.changes import Changes
from app.services.checks import parse_date, today_of
from app.services.prospects import PIPELINE, check_year
from app.store import store_of, utcnow

MAX_YEARS = 10
FEEDER = Text("feeder", 50, required=True)
SUBSTATION = Text("substation", 50)


def check_years(years: object) -> int:
    try:
        n = int(str(years).strip())
    except (TypeError, ValueError):
        raise Refused("bad_number", what="years", lo=1, hi=MAX_YEARS) from None
    if not 1 <= n <= MAX_YEARS:
        raise Refused("bad_number", what="years", lo=1, hi=MAX_YEARS)
    return n


def _items(s: Session):
    """(kind, ref, township, year, kva, probability %, industry, feeder, substation, name, prospect id, status)
    of everything the forecast and the bottlenecks count; one query over prospects and their cases."""
    energised = (select(StageRound.case_id.label("cid"), StageRound.finished_on.label("fin"))
                 .where(StageRound.stage == "ENERGIZE", StageRound.finished_on.is_not(None),
                        StageRound.deleted.is_(False)).subquery())
    q = (select(Prospect.id, Prospect.name, Prospect.township, Prospect.energise_year, Prospect.capacity_kva,
                Prospect.probability, Prospect.industry, Prospect.feeder, Prospect.substation, Prospect.status,
                Case.case_no, Case.township, Case.capacity_kva, energised.c.fin)
         .outerjoin(Case, and_(Case.id == Prospect.case_id, Case.deleted.is_(False)))
         .outerjoin(energised, energised.c.cid == Case.id)
         .where(Prospect.deleted.is_(False), Prospect.status != "DROPPED"))
    seen: set[str] = set()
    for (pid, name, town, year, kva, prob, industry, feeder, substation, status, case_no, case_town, case_kva,
         fin) in s.execute(q):
        if pid in seen:  # a case energised in two rounds (a correction): once, the first row
            continue
        seen.add(pid)
        if case_no is not None:
            yield ("case", case_no, case_town or town, fin.year if fin else year, case_kva, 100, industry, feeder,
                   substation, name, pid, status, fin is not None)
        elif status in PIPELINE or status == "APPLIED":  # APPLIED without its case: the case was deleted
            yield ("prospect", pid, town, year, kva, prob, industry, feeder, substation, name, pid, status, False)


def forecast(s: Session, from_year: object, years: object = 6) -> list[dict]:
    """Rows {township, year, raw_kva, weighted_kva, load_kw, prospects, cases} for every township in
    force (then any other township a prospect names) and every year from ``from_year``."""
    first = check_year(from_year)
    n = check_years(years)
    cfg = store_of(s).config(s)
    f = planning_factors.factors(cfg)
    pf, kt, kd_default, kd = f["power_factor"], f["simultaneity"], f["demand_default"], f["industry"]
    names = townships.names(cfg)
    cells: dict[tuple[str, int], dict] = {}

    def cell(town: str, year: int) -> dict:
        c = cells.get((town, year))
        if c is None:
            c = cells[(town, year)] = {"township": town, "year": year, "raw_kva": 0.0, "weighted_kva": 0.0,
                                       "load_kw": 0.0, "prospects": [], "cases": []}
        return c

    for town in names:
        for y in range(first, first + n):
            cell(town, y)
    last = first + n - 1
    extra: list[str] = []
    for kind, ref, town, year, kva, prob, industry, *_rest in _items(s):
        if not first <= year <= last:
            continue
        if (town, first) not in cells:  # a township of an older version: shown, not dropped
            extra.append(town)
            for y in range(first, first + n):
                cell(town, y)
        c = cells[(town, year)]
        weighted = kva * prob / 100
        c["raw_kva"] += kva
        c["weighted_kva"] += weighted
        c["load_kw"] += weighted * pf * kd.get(industry, kd_default)
        (c["cases"] if kind == "case" else c["prospects"]).append(ref)
    out = []
    for town in names + sorted(set(extra)):
        for y in range(first, first + n):
            c = cells[(town, y)]
            c["raw_kva"] = round(c["raw_kva"], 2)
            c["weighted_kva"] = round(c["weighted_kva"], 2)
            c["load_kw"] = round(c["load_kw"] * kt, 2)
            out.append(c)
    return out


def factors(s: Session) -> dict:
    return planning_factors.factors(store_of(s).config(s))


def drill(s: Session, township: str, year: int) -> dict:
    """The prospects and cases behind one cell of the forecast, as rows to show."""
    year = check_year(year)
    rows = []
    for kind, ref, town, y, kva, prob, industry, feeder, substation, name, pid, status, energised in _items(s):
        if town == township and y == year:
            rows.append({"kind": kind, "ref": ref, "prospect_id": pid, "name": name, "capacity_kva": kva,
                         "probability": prob, "weighted_kva": round(kva * prob / 100, 2), "industry": industry,
                         "feeder": feeder, "substation": substation, "status": status, "energised": energised})
    rows.sort(key=lambda r: (r["kind"], -r["capacity_kva"], r["name"]))
    return {"township": township, "year": year, "rows": rows}


def behind(s: Session, from_year: int, years: int) -> list[dict]:
    """Every prospect and case the forecast counts, one row each (the 明细 sheet)."""
    first, last = check_year(from_year), check_year(from_year) + check_years(years) - 1
    out = []
    for kind, ref, town, y, kva, prob, industry, feeder, substation, name, pid, status, energised in _items(s):
        if first <= y <= last:
            out.append({"kind": kind, "ref": ref, "prospect_id": pid, "name": name, "township": town, "year": y,
                        "capacity_kva": kva, "probability": prob, "weighted_kva": round(kva * prob / 100, 2),
                        "industry": industry, "feeder": feeder, "substation": substation, "status": status,
                        "energised": energised})
    out.sort(key=lambda r: (r["township"], r["year"], r["kind"], r["name"]))
    return out


# --- feeders ---------------------------------------------------------------------------------------
def set_capacity(s: Session, feeder: str, spare_kva: object, on: dt.date | str | None = None,
                 substation: str = "") -> Changes:
    """Enter a feeder's spare capacity (the last entry is the one in force)."""
    store = store_of(s)
    feeder = FEEDER.check(feeder)
    substation = SUBSTATION.check(substation)
    try:
        spare = float(spare_kva)
    except (TypeError, ValueError):
        raise Refused("feeder_bad_spare", value=str(spare_kva)[:20]) from None
    if not 0 <= spare <= 1_000_000 or spare != spare:
        raise Refused("feeder_bad_spare", value=str(spare_kva)[:20])
    on = parse_date(on) if on else today_of(store)
    fid = natural_id("feeder_capacity", feeder)
    row = s.get(FeederCapacity, fid)
    if row is None:
        row = FeederCapacity(id=fid, feeder=feeder, substation=substation, spare_kva=spare, entered_on=on,
                             entered_by=store.user[:50], hlc=store.hlc.now(), device_id=store.device_id)
        s.add(row)
    else:
        row.spare_kva, row.entered_on, row.entered_by, row.deleted = spare, on, store.user[:50], False
        row.substation = substation or row.substation
        row.hlc = store.hlc.now()
    s.flush()
    return Changes(created_id=row.id)


def capacities(s: Session) -> list[dict]:
    return [{"feeder": r.feeder, "substation": r.substation, "spare_kva": r.spare_kva,
             "entered_on": r.entered_on.isoformat(), "entered_by": r.entered_by}
            for r in s.scalars(select(FeederCapacity).where(FeederCapacity.deleted.is_(False))
                               .order_by(FeederCapacity.feeder))]


def bottlenecks(s: Session) -> list[dict]:
    """Feeders whose prospects (and converted prospects' cases not yet energised) add up to more than
    the spare capacity entered: the year it is first exceeded, by how much, and the projects."""
    spare = {c["feeder"]: c for c in capacities(s)}
    on_feeder: dict[str, list[dict]] = {}
    for kind, ref, town, y, kva, _prob, _ind, feeder, _substation, name, pid, status, energised in _items(s):
        if feeder in spare and not energised:
            on_feeder.setdefault(feeder, []).append({"kind": kind, "ref": ref, "prospect_id": pid, "name": name,
                                                     "township": town, "year": y, "capacity_kva": kva,
                                                     "status": status})
    out = []
    for feeder, items in sorted(on_feeder.items()):
        items.sort(key=lambda r: (r["year"], r["name"]))
        total, year = 0.0, None
        for it in items:
            total += it["capacity_kva"]
            if year is None and total > spare[feeder]["spare_kva"]:
                year = it["year"]
        if year is not None:
            out.append({"feeder": feeder, "substation": spare[feeder]["substation"],
                        "spare_kva": spare[feeder]["spare_kva"], "total_kva": round(total, 2),
                        "over_kva": round(total - spare[feeder]["spare_kva"], 2), "year": year, "prospects": items})
    return out


# --- issued versions -------------------------------------------------------------------------------
def _cells(rows: list[dict]) -> list[dict]:
    return [{k: r[k] for k in ("township", "year", "raw_kva", "weighted_kva", "load_kw")} for r in rows]


def issue(s: Session, from_year: object, years: object = 6, on: dt.date | str | None = None) -> Changes:
    """Keep the forecast as issued today (its figures, not the lists behind them)."""
    store = store_of(s)
    rows = forecast(s, from_year, years)
    on = parse_date(on) if on else today_of(store)
    v = ForecastVersion(issued_on=on, from_year=int(from_year), years=int(years), rows=json.dumps(
        _cells(rows), ensure_ascii=False, sort_keys=True), issued_by=store.user[:50], created_at=utcnow(),
        hlc=store.hlc.now(), device_id=store.device_id)
    s.add(v)
    s.flush()
    return Changes(created_id=v.id)


def versions(s: Session) -> list[dict]:
    return [{"id": v.id, "issued_on": v.issued_on.isoformat(), "from_year": v.from_year, "years": v.years,
             "issued_by": v.issued_by}
            for v in s.scalars(select(ForecastVersion).where(ForecastVersion.deleted.is_(False))
                               .order_by(ForecastVersion.issued_on.desc(), ForecastVersion.created_at.desc()))]


def changes_since(s: Session, rows: list[dict], version_id: str | None = None) -> dict | None:
    """What changed since the last issued forecast (or ``version_id``): per cell, the difference of
    weighted kVA and load; None when nothing was issued yet."""
    q = select(ForecastVersion).where(ForecastVersion.deleted.is_(False))
    v = (s.get(ForecastVersion, version_id) if version_id else
         s.scalars(q.order_by(ForecastVersion.issued_on.desc(), ForecastVersion.created_at.desc()).limit(1)).first())
    if v is None:
        return None
    before = {(r["township"], r["year"]): r for r in json.loads(v.rows)}
    diffs = []
    for r in rows:
        b = before.get((r["township"], r["year"]), {"raw_kva": 0.0, "weighted_kva": 0.0, "load_kw": 0.0})
        d = {k: round(r[k] - b[k], 2) for k in ("raw_kva", "weighted_kva", "load_kw")}
        if any(d.values()):
            diffs.append({"township": r["township"], "year": r["year"], **d})
    return {"version": v.id, "issued_on": v.issued_on.isoformat(), "issued_by": v.issued_by, "changes": diffs}


def document_data(s: Session, rows: list[dict], from_year: object, years: object, bureau: str,
                  on: dt.date) -> dict:
    """What the 用电需求预测表 (xlsx and PDF) shows: the matrix, every prospect and case behind it, the
    factors with their source, and the changes since the last issued version."""
    first, n = check_year(from_year), check_years(years)
    year_list = list(range(first, first + n))
    towns = list(dict.fromkeys(r["township"] for r in rows))
    totals = {y: {k: round(sum(r[k] for r in rows if r["year"] == y), 2) for k in ("raw_kva", "weighted_kva", "load_kw")}
              for y in year_list}
    return {"bureau": bureau, "on": on.isoformat(), "from_year": first, "years": year_list, "townships": towns,
            "rows": rows, "totals": totals, "behind": behind(s, first, n), "factors": factors(s),
            "bottlenecks": bottlenecks(s), "changes": changes_since(s, rows)}

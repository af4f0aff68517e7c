"""The audit sample (稽查抽样, issue 20): for a period, a reproducible random sample of the cases
energised in it, for callback checks (电话回访) and site visits (现场核查), with at least the number
of HV-metered cases (高供高计, from the joint survey) the ``aftercare`` document asks. The same
period and seed always give the same sample (the seed defaults to one derived from the period).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import aftercare
from app.errors import Refused
from app.models import Case, Survey
from app.services.followups import energized_between
from app.store import store_of


def default_seed(start: dt.date, end: dt.date) -> int:
    return int(hashlib.sha256(f"{start.isoformat()}|{end.isoformat()}".encode()).hexdigest()[:8], 16)


def _pick(rng: random.Random, pool: list[dict], total: int, hv_min: int) -> list[dict]:
    hv = [r for r in pool if r["hv"]]
    first = rng.sample(hv, min(hv_min, len(hv)))
    rest = [r for r in pool if r not in first]
    more = rng.sample(rest, min(max(0, total - len(first)), len(rest)))
    return sorted(first + more, key=lambda r: r["case_no"])


def sample(s: Session, start: dt.date, end: dt.date, seed: int | None = None) -> dict:
    """{from, to, seed, population, hv_population, callbacks, site_visits, wanted, short}: each row
    {case_no, customer_name, contact, address, manager, energized_on, hv}. Site visits are drawn
    from the cases not already called back when there are enough; ``short`` lists what the
    population could not give."""
    if end < start:
        raise Refused("after_bad_period", start=start.isoformat(), end=end.isoformat())
    cfg = store_of(s).config(s)
    want = aftercare.settings(cfg)["audit"]
    seed = default_seed(start, end) if seed is None else seed
    power = energized_between(s, start, end)
    hv_cases = set(s.scalars(select(Survey.case_id).where(Survey.deleted.is_(False), Survey.metering == "HV",
                                                          Survey.case_id.in_(list(power)))))
    pool = [{"case_no": c.case_no, "customer_name": c.customer_name, "contact": c.contact, "address": c.address,
             "manager": c.manager, "energized_on": power[c.id].isoformat(), "hv": c.id in hv_cases}
            for c in s.scalars(select(Case).where(Case.id.in_(list(power))))]
    pool.sort(key=lambda r: r["case_no"])  # the draw depends on the seed only, not on the query's order
    rng = random.Random(seed)
    callbacks = _pick(rng, pool, want["callbacks"], want["callbacks_hv"])
    chosen = {r["case_no"] for r in callbacks}
    others = [r for r in pool if r["case_no"] not in chosen]
    visits_pool = others if len(others) >= want["site_visits"] and \
        sum(r["hv"] for r in others) >= min(want["site_visits_hv"], sum(r["hv"] for r in pool)) else pool
    visits = _pick(rng, visits_pool, want["site_visits"], want["site_visits_hv"])
    short = []
    for name, rows, total, hv in (("callbacks", callbacks, want["callbacks"], want["callbacks_hv"]),
                                  ("site_visits", visits, want["site_visits"], want["site_visits_hv"])):
        if len(rows) < total:
            short.append({"what": name, "wanted": total, "got": len(rows)})
        got_hv = sum(r["hv"] for r in rows)
        if got_hv < hv:
            short.append({"what": f"{name}_hv", "wanted": hv, "got": got_hv})
    return {"from": start.isoformat(), "to": end.isoformat(), "seed": seed, "population": len(pool),
            "hv_population": sum(r["hv"] for r in pool), "wanted": dict(want),
            "callbacks": callbacks, "site_visits": visits, "short": short}

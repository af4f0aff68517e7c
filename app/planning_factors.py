"""The factors that turn forecast kVA into planning load (kind ``planning_factors``, bundled in
``resources/planning_factors/``): power factor, 需用系数 (demand factor, by industry), 同时率
(simultaneity, per township and year) and the default probability of a prospect by its source.
Every number comes from the document in force, which names its source; none is a constant here.
"""
from __future__ import annotations

from app.errors import Refused

SOURCES = ("NDRC_LIST", "INVESTMENT", "VISIT", "TEMP_SUPPLY", "OTHER")


def _factor(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
        raise Refused("doc_bad", where=f"{where} (a number above 0, at most 1)")
    return float(value)


def check(data: dict, where: str) -> None:
    _factor(data.get("power_factor"), f"{where}: power_factor")
    _factor(data.get("simultaneity"), f"{where}: simultaneity")
    df = data.get("demand_factor")
    if not isinstance(df, dict):
        raise Refused("doc_bad", where=f"{where}: demand_factor")
    _factor(df.get("default"), f"{where}: demand_factor.default")
    industry = df.get("industry", {})
    if not isinstance(industry, dict) or len(industry) > 200:
        raise Refused("doc_bad", where=f"{where}: demand_factor.industry")
    for name, value in industry.items():
        if not name.strip() or len(name) > 50:
            raise Refused("doc_bad", where=f"{where}: demand_factor.industry {name[:50]!r}")
        _factor(value, f"{where}: demand_factor.industry.{name}")
    prob = data.get("default_probability", {})
    if not isinstance(prob, dict) or set(prob) - set(SOURCES):
        raise Refused("doc_bad", where=f"{where}: default_probability ({', '.join(SOURCES)})")
    for k, v in prob.items():
        if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 100:
            raise Refused("doc_bad", where=f"{where}: default_probability.{k} (0..100)")


def factors(cfg) -> dict:
    """The factors in force, as plain data: {power_factor, simultaneity, demand_default, industry,
    default_probability, source, doc} (``doc`` is id@version)."""
    d = cfg.doc("planning_factors")
    data = d.data
    return {"power_factor": float(data["power_factor"]), "simultaneity": float(data["simultaneity"]),
            "demand_default": float(data["demand_factor"]["default"]),
            "industry": {k: float(v) for k, v in data["demand_factor"].get("industry", {}).items()},
            "default_probability": dict(data.get("default_probability", {})),
            "source": d.source, "doc": f"{d.id}@{d.version}", "name": d.name}

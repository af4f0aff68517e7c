"""The content checks of the monitoring documents (issue 21), below the services so that
``app.config_set`` can check a published or arriving document: ``roles`` (the four levels of
three-level monitoring and the escalation ladder) and ``benchmark_weights`` (the 同业对标 parts).
"""
from __future__ import annotations

from app.errors import Refused
from app.points_authority import check_authority

LEVEL_CODES = ("manager", "station", "centre", "bureau")
WHEN = ("warning", "overdue", "overdue_by_wd", "paused_over_wd")


def check_roles(data: dict, where: str) -> None:
    """The content of a roles document: the four levels, and a ladder of rungs {code, when, tell,
    name[, wd]} whose ``when`` is a known condition and ``tell`` a level."""
    levels = data.get("levels")
    if not isinstance(levels, list) or sorted(lv.get("code") for lv in levels if isinstance(lv, dict)) != sorted(LEVEL_CODES):
        raise Refused("doc_bad", where=f"{where}: levels (manager, station, centre, bureau, once each)")
    for n, lv in enumerate(levels, 1):
        if not isinstance(lv.get("name"), str) or not lv["name"].strip() or not isinstance(lv.get("person", ""), str):
            raise Refused("doc_bad", where=f"{where}: levels[{n}]")
    ladder = data.get("ladder")
    if not isinstance(ladder, list) or not 1 <= len(ladder) <= 20:
        raise Refused("doc_bad", where=f"{where}: ladder (a list of 1 to 20)")
    codes = set()
    for n, r in enumerate(ladder, 1):
        if (not isinstance(r, dict) or not isinstance(r.get("code"), str) or not r["code"].isalnum()
                or len(r["code"]) > 20 or r["code"] in codes or r.get("when") not in WHEN
                or r.get("tell") not in LEVEL_CODES or not isinstance(r.get("name"), str) or not r["name"].strip()):
            raise Refused("doc_bad", where=f"{where}: ladder[{n}]")
        if r["when"] in ("overdue_by_wd", "paused_over_wd") and (
                isinstance(r.get("wd"), bool) or not isinstance(r.get("wd"), int) or not 0 < r["wd"] <= 250):
            raise Refused("doc_bad", where=f"{where}: ladder[{n}].wd")
        codes.add(r["code"])
    check_authority(data, where, LEVEL_CODES)  # who holds a level, which levels may recalculate / decide


def check_weights(data: dict, where: str) -> None:
    """The content of a benchmark_weights document: parts {code, name, weight, computed} whose
    weights sum to 1, exactly one computed (the HV part Zaosong computes), and ``hv_min_kv``."""
    parts = data.get("parts")
    if not isinstance(parts, list) or not 1 <= len(parts) <= 10:
        raise Refused("doc_bad", where=f"{where}: parts (a list of 1 to 10)")
    codes = set()
    for n, p in enumerate(parts, 1):
        if (not isinstance(p, dict) or not isinstance(p.get("code"), str) or not p["code"].isalnum()
                or not isinstance(p.get("name"), str) or not p["name"].strip()
                or isinstance(p.get("weight"), bool) or not isinstance(p.get("weight"), (int, float))
                or not 0 <= p["weight"] <= 1 or not isinstance(p.get("computed"), bool) or p["code"] in codes):
            raise Refused("doc_bad", where=f"{where}: parts[{n}]")
        codes.add(p["code"])
    if abs(sum(p["weight"] for p in parts) - 1) > 1e-9:
        raise Refused("doc_bad", where=f"{where}: parts: the weights must sum to 1")
    if sum(1 for p in parts if p["computed"]) != 1:
        raise Refused("doc_bad", where=f"{where}: parts: exactly one part is computed")
    kv = data.get("hv_min_kv")
    if isinstance(kv, bool) or not isinstance(kv, (int, float)) or not 0 < kv <= 1000:
        raise Refused("doc_bad", where=f"{where}: hv_min_kv")

"""The versioned data of the work after energisation (issue 20): the follow-up questionnaire
(kind ``questionnaire``), the causes of a late stage (kind ``late_causes``) and the after-care
settings (kind ``aftercare``: follow-up N working days after power on and how long a follow-up not made
stays on the due list, the long-pause threshold,
the 时间偏差 threshold, which scores count as satisfied, the audit sample sizes). Content checks for
``app.data_kinds`` and plain accessors over a ``ConfigSet``; no database, no Qt.
"""
from __future__ import annotations

from app.errors import Refused


def _code_list(data: dict, key: str, where: str) -> None:
    rows = data.get(key)
    if not isinstance(rows, list) or not rows or len(rows) > 100:
        raise Refused("doc_bad", where=f"{where}: {key} (a list of 1 to 100)")
    seen: set[str] = set()
    for n, row in enumerate(rows, 1):
        code = row.get("code") if isinstance(row, dict) else None
        if not isinstance(code, str) or not code.isascii() or not code.replace("_", "").isalnum() or len(code) > 30:
            raise Refused("doc_bad", where=f"{where}: {key}[{n}].code")
        if not isinstance(row.get("name"), str) or not row["name"].strip() or len(row["name"]) > 30:
            raise Refused("doc_bad", where=f"{where}: {key}[{n}].name")
        if code in seen:
            raise Refused("doc_bad", where=f"{where}: {key}[{n}] repeats {code}")
        seen.add(code)


def check_questionnaire(data: dict, where: str) -> None:
    _code_list(data, "questions", where)
    scale = data.get("scale")
    if (not isinstance(scale, dict) or not all(isinstance(scale.get(k), int) and not isinstance(scale.get(k), bool)
                                               for k in ("min", "max")) or not 0 <= scale["min"] < scale["max"] <= 10):
        raise Refused("doc_bad", where=f"{where}: scale {{min, max}}")


def check_causes(data: dict, where: str) -> None:
    _code_list(data, "causes", where)


def _count(value, where: str, lo: int = 0, hi: int = 1000) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise Refused("doc_bad", where=where)


def check_settings(data: dict, where: str) -> None:
    _count(data.get("followup_after_wd"), f"{where}: followup_after_wd (0..250)", 0, 250)
    _count(data.get("followup_due_window_days"), f"{where}: followup_due_window_days (1..3650)", 1, 3650)
    _count(data.get("long_pause_wd"), f"{where}: long_pause_wd (1..250)", 1, 250)
    _count(data.get("deviation_days"), f"{where}: deviation_days (1..365)", 1, 365)
    scores = data.get("satisfied_scores")
    if not isinstance(scores, list) or not scores or not all(isinstance(x, int) and not isinstance(x, bool)
                                                             for x in scores):
        raise Refused("doc_bad", where=f"{where}: satisfied_scores (a list of scores)")
    audit = data.get("audit")
    if not isinstance(audit, dict):
        raise Refused("doc_bad", where=f"{where}: audit")
    for key in ("callbacks", "callbacks_hv", "site_visits", "site_visits_hv"):
        _count(audit.get(key), f"{where}: audit.{key} (0..1000)")
    if audit["callbacks_hv"] > audit["callbacks"] or audit["site_visits_hv"] > audit["site_visits"]:
        raise Refused("doc_bad", where=f"{where}: audit (HV part larger than the whole)")


def questionnaire(cfg) -> dict:
    """The questionnaire in force: {id, version, scale, questions}."""
    d = cfg.doc("questionnaire")
    return {"id": d.id, "version": d.version, "ref": f"{d.id}@{d.version}", "scale": dict(d.data["scale"]),
            "questions": [dict(q) for q in d.data["questions"]]}


def causes(cfg) -> list[dict]:
    """The cause codes in force, in the document's order: [{code, name, name_en}]."""
    return [dict(c) for c in cfg.doc("late_causes").data["causes"]]


def settings(cfg) -> dict:
    """The after-care settings in force (the whole document's data)."""
    return dict(cfg.doc("aftercare").data)

"""Time-limit rule sets: data files in resources/rules/, never hard-coded in logic.

A file holds an id, a version, optional per-stage limits (the primary set drives the stage clock
and warnings) and items, each a group of stages with a limit in working days (``wd``) or calendar
days (``d``). A limit is a number or ``{"default": n, "when": [{condition..., "limit": m}]}``;
the first matching condition wins. Conditions: ``capacity_kva_gte``, ``capacity_kva_lt``,
``dual_source``, ``business_type`` (a list).

The primary set may also hold the stage locks (``locks``): the review meeting (业扩会审) a case of
``capacity_kva_gte`` or more needs before PLAN can finish, and the joint design review (联合审图) by
``departments`` a case of ``capacity_kva_gte`` or more (typical designs excepted) needs before
DESIGN_REVIEW can pass. Each has ``on``; a bureau that does not hold them publishes a version with
``"on": false``. A primary set without ``locks`` keeps the bundled primary set's (the seed's rule).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.domain import MAX_KVA, STAGES
from app.errors import Refused
from app.paths import resource

_CONDITIONS = {"capacity_kva_gte", "capacity_kva_lt", "dual_source", "business_type"}


@dataclass(frozen=True)
class CaseFacts:
    capacity_kva: float
    dual_source: bool
    business_type: str


def _matches(cond: dict[str, Any], facts: CaseFacts) -> bool:
    if "capacity_kva_gte" in cond and not facts.capacity_kva >= cond["capacity_kva_gte"]:
        return False
    if "capacity_kva_lt" in cond and not facts.capacity_kva < cond["capacity_kva_lt"]:
        return False
    if "dual_source" in cond and bool(cond["dual_source"]) != facts.dual_source:
        return False
    if "business_type" in cond and facts.business_type not in cond["business_type"]:
        return False
    return True


def resolve_limit(spec: Any, facts: CaseFacts) -> int:
    if isinstance(spec, int):
        return spec
    for cond in spec.get("when", []):
        if _matches(cond, facts):
            return int(cond["limit"])
    return int(spec["default"])


@dataclass(frozen=True)
class RuleItem:
    name: str
    name_en: str
    stages: tuple[str, ...]
    limit: Any
    unit: str = "wd"
    per_round: bool = False


@dataclass(frozen=True)
class MeetingLock:
    on: bool
    capacity_kva_gte: float

    def applies(self, capacity_kva: float) -> bool:
        return self.on and capacity_kva >= self.capacity_kva_gte


@dataclass(frozen=True)
class JointReviewLock:
    on: bool
    capacity_kva_gte: float
    except_typical_design: bool
    departments: tuple[str, ...]

    def applies(self, capacity_kva: float, typical_design: bool) -> bool:
        return (self.on and capacity_kva >= self.capacity_kva_gte
                and not (self.except_typical_design and typical_design))


@dataclass(frozen=True)
class Locks:
    """The stage locks of a rule set, with the text they rest on."""

    meeting: MeetingLock
    joint_review: JointReviewLock
    source: str = ""

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "meeting": {"on": self.meeting.on, "capacity_kva_gte": self.meeting.capacity_kva_gte},
            "joint_review": {"on": self.joint_review.on, "capacity_kva_gte": self.joint_review.capacity_kva_gte,
                             "except_typical_design": self.joint_review.except_typical_design,
                             "departments": list(self.joint_review.departments)},
        }


@dataclass(frozen=True)
class RuleSet:
    id: str
    version: int
    name: str
    name_en: str
    source: str
    active: bool
    primary: bool
    stage_limits: dict[str, Any] = field(default_factory=dict)
    items: tuple[RuleItem, ...] = ()
    note: str = ""
    locks: Locks | None = None  # primary set only; None: the bundled primary set's

    def stage_limit(self, stage: str, facts: CaseFacts) -> int | None:
        spec = self.stage_limits.get(stage)
        return None if spec is None else resolve_limit(spec, facts)


def _check_limit(spec: Any, where: str) -> None:
    if isinstance(spec, bool) or not isinstance(spec, (int, dict)):
        raise Refused("rules_bad", where=where)
    if isinstance(spec, int):
        if not 0 < spec <= 1000:
            raise Refused("rules_bad", where=where)
        return
    if "default" not in spec:
        raise Refused("rules_bad", where=where)
    _check_limit(spec["default"], where)
    for cond in spec.get("when", []):
        if not isinstance(cond, dict) or "limit" not in cond or not set(cond) - {"limit"} <= _CONDITIONS:
            raise Refused("rules_bad", where=where)
        _check_limit(cond["limit"], where)


def _kva(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= MAX_KVA:
        raise Refused("rules_bad", where=where)
    return float(value)


def _flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise Refused("rules_bad", where=where)
    return value


def _exact_keys(raw: Any, keys: set[str], where: str) -> dict:
    """Every key given and no other: a misspelt ``on`` must not leave a lock silently on."""
    if not isinstance(raw, dict):
        raise Refused("rules_bad", where=f"{where}: not an object")
    missing, extra = sorted(keys - set(raw)), sorted(set(raw) - keys)
    if missing or extra:
        raise Refused("rules_bad", where=f"{where}: " + ", ".join(
            [f"missing {k}" for k in missing] + [f"unknown {k}" for k in extra]))
    return raw


def parse_locks(raw: Any, where: str) -> Locks:
    raw = _exact_keys(raw, {"source", "meeting", "joint_review"}, f"{where}: locks")
    if not isinstance(raw["source"], str) or not raw["source"].strip():
        raise Refused("rules_bad", where=f"{where}: locks.source")
    m = _exact_keys(raw["meeting"], {"on", "capacity_kva_gte"}, f"{where}: locks.meeting")
    j = _exact_keys(raw["joint_review"], {"on", "capacity_kva_gte", "except_typical_design", "departments"},
                    f"{where}: locks.joint_review")
    depts = j["departments"]
    if (not isinstance(depts, list) or not 1 <= len(depts) <= 10
            or any(not isinstance(d, str) or not d.strip() or len(d) > 30 or any(ord(c) < 32 for c in d)
                   for d in depts) or len(set(depts)) != len(depts)):
        raise Refused("rules_bad", where=f"{where}: locks.joint_review.departments")
    return Locks(
        meeting=MeetingLock(_flag(m["on"], f"{where}: locks.meeting.on"),
                            _kva(m["capacity_kva_gte"], f"{where}: locks.meeting.capacity_kva_gte")),
        joint_review=JointReviewLock(
            _flag(j["on"], f"{where}: locks.joint_review.on"),
            _kva(j["capacity_kva_gte"], f"{where}: locks.joint_review.capacity_kva_gte"),
            _flag(j["except_typical_design"], f"{where}: locks.joint_review.except_typical_design"),
            tuple(d.strip() for d in depts)),
        source=raw["source"].strip(),
    )


def parse_rule_set(data: dict[str, Any], where: str = "") -> RuleSet:
    try:
        if data.get("format") != 1:
            raise Refused("rules_bad", where=f"{where}: format")
        for stage, spec in data.get("stage_limits", {}).items():
            if stage not in STAGES:
                raise Refused("rules_bad", where=f"{where}: {stage}")
            _check_limit(spec, f"{where}: {stage}")
        items = []
        for raw in data.get("items", []):
            stages = tuple(raw["stages"])
            if not stages or any(s not in STAGES for s in stages):
                raise Refused("rules_bad", where=f"{where}: {raw.get('name')}")
            if raw.get("unit", "wd") not in ("wd", "d"):
                raise Refused("rules_bad", where=f"{where}: unit")
            _check_limit(raw["limit"], f"{where}: {raw.get('name')}")
            items.append(
                RuleItem(
                    name=str(raw["name"]),
                    name_en=str(raw.get("name_en", raw["name"])),
                    stages=stages,
                    limit=raw["limit"],
                    unit=raw.get("unit", "wd"),
                    per_round=bool(raw.get("per_round", False)),
                )
            )
        locks = None
        if "locks" in data:
            if data.get("primary") is not True:
                raise Refused("rules_bad", where=f"{where}: locks (primary rule set only)")
            locks = parse_locks(data["locks"], where)
        return RuleSet(
            id=str(data["id"]),
            version=int(data["version"]),
            name=str(data["name"]),
            name_en=str(data.get("name_en", data["name"])),
            source=str(data.get("source", "")),
            active=bool(data.get("active", True)),
            primary=bool(data.get("primary", False)),
            stage_limits=dict(data.get("stage_limits", {})),
            items=tuple(items),
            note=str(data.get("note", "")),
            locks=locks,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise Refused("rules_bad", where=f"{where}: {exc}") from exc


def load_rule_sets(folder: Path | None = None) -> list[RuleSet]:
    folder = folder or resource("rules")
    sets = []
    for path in sorted(folder.glob("*.json")):
        sets.append(parse_rule_set(json.loads(path.read_text(encoding="utf-8")), path.name))
    if not any(rs.primary and rs.active for rs in sets):
        raise Refused("rules_no_primary")
    if not all(rs.locks is not None for rs in sets if rs.primary and rs.active):
        raise Refused("rules_bad", where=f"{folder}: the primary rule set has no locks")
    return sets


@lru_cache(maxsize=1)
def bundled_rule_sets() -> tuple[RuleSet, ...]:
    return tuple(load_rule_sets())


def active_rule_sets() -> list[RuleSet]:
    return [rs for rs in bundled_rule_sets() if rs.active]


def primary_rule_set() -> RuleSet:
    return next(rs for rs in bundled_rule_sets() if rs.primary and rs.active)


def bundled_locks() -> tuple[RuleSet, Locks]:
    """The bundled primary set and its locks: what a primary set without ``locks`` keeps."""
    rs = primary_rule_set()
    assert rs.locks is not None  # load_rule_sets refuses a bundled primary set without them
    return rs, rs.locks

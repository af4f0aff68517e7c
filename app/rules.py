"""Time-limit rule sets: data files in resources/rules/, never hard-coded in logic.

A file holds an id, a version, optional per-stage limits (the primary set drives the stage clock
and warnings) and items, each a group of stages with a limit in working days (``wd``) or calendar
days (``d``). A limit is a number or ``{"default": n, "when": [{condition..., "limit": m}]}``;
the first matching condition wins. Conditions: ``capacity_kva_gte``, ``capacity_kva_lt``,
``dual_source``, ``business_type`` (a list).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.domain import STAGES
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
    return sets


@lru_cache(maxsize=1)
def bundled_rule_sets() -> tuple[RuleSet, ...]:
    return tuple(load_rule_sets())


def active_rule_sets() -> list[RuleSet]:
    return [rs for rs in bundled_rule_sets() if rs.active]


def primary_rule_set() -> RuleSet:
    return next(rs for rs in bundled_rule_sets() if rs.primary and rs.active)

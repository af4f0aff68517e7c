"""Checklist templates (resources/checklists/*.json): items, their limits and when they apply.

An item: code, text, clause (the standard it rests on, where known), kind (check | measure |
text), an optional limit ({"max" or "min", "unit"}) for measured values, and an optional
``applies`` condition on the case: ``transformer_type`` (oil | dry), ``dual_source``, ``metering``
(HV | LV), ``capacity_kva_gte`` / ``capacity_kva_lt``. A template carries a version; an inspection
keeps the version it used.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from app.errors import Refused
from app.paths import resource

KINDS = ("check", "measure", "text")
CONDITIONS = {"transformer_type", "dual_source", "metering", "capacity_kva_gte", "capacity_kva_lt"}


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    text: str
    clause: str
    kind: str
    section: str
    limit: dict | None = None
    applies: dict | None = None
    document: bool = False

    def requirement(self) -> str:
        """The requirement as printed on a notice: the text, with its limit when it has one."""
        if self.limit:
            if "max" in self.limit:
                return f"{self.text}应不大于 {self.limit['max']:g} {self.limit.get('unit', '')}".rstrip()
            return f"{self.text}应不小于 {self.limit['min']:g} {self.limit.get('unit', '')}".rstrip()
        return self.text

    def judge(self, value: float) -> bool:
        if not self.limit:
            return True
        if "max" in self.limit and value > self.limit["max"]:
            return False
        if "min" in self.limit and value < self.limit["min"]:
            return False
        return True


@dataclass(frozen=True)
class CaseEquipment:
    """What applicability conditions look at: from the case and its survey."""

    capacity_kva: float
    dual_source: bool
    metering: str = "LV"
    transformer_types: frozenset[str] = field(default_factory=frozenset)


def applies(item: ChecklistItem, eq: CaseEquipment) -> bool:
    cond = item.applies or {}
    if "transformer_type" in cond and cond["transformer_type"] not in eq.transformer_types:
        return False
    if "dual_source" in cond and bool(cond["dual_source"]) != eq.dual_source:
        return False
    if "metering" in cond and cond["metering"] != eq.metering:
        return False
    if "capacity_kva_gte" in cond and not eq.capacity_kva >= cond["capacity_kva_gte"]:
        return False
    if "capacity_kva_lt" in cond and not eq.capacity_kva < cond["capacity_kva_lt"]:
        return False
    return True


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    kind: str
    name: str
    note: str
    items: tuple[ChecklistItem, ...]

    def item(self, code: str) -> ChecklistItem:
        for it in self.items:
            if it.code == code:
                return it
        raise Refused("no_item", code=code)

    def for_case(self, eq: CaseEquipment) -> list[ChecklistItem]:
        return [it for it in self.items if applies(it, eq)]


def parse_template(data: dict[str, Any], where: str) -> Template:
    try:
        if data["format"] != 1 or data["kind"] not in ("mid", "completion"):
            raise ValueError("format/kind")
        items = []
        seen = set()
        for sec in data["sections"]:
            for raw in sec["items"]:
                if raw["kind"] not in KINDS or raw["code"] in seen:
                    raise ValueError(raw["code"])
                if set(raw.get("applies", {})) - CONDITIONS:
                    raise ValueError(f"{raw['code']}: applies")
                if raw["kind"] == "measure" and not ({"max", "min"} & set(raw.get("limit", {}))):
                    raise ValueError(f"{raw['code']}: limit")
                seen.add(raw["code"])
                items.append(
                    ChecklistItem(
                        code=raw["code"],
                        text=raw["text"],
                        clause=raw.get("clause", ""),
                        kind=raw["kind"],
                        section=sec["name"],
                        limit=raw.get("limit"),
                        applies=raw.get("applies"),
                        document=bool(sec.get("documents", False)),
                    )
                )
        return Template(str(data["id"]), int(data["version"]), data["kind"], data["name"], data.get("note", ""),
                        tuple(items))
    except (KeyError, TypeError, ValueError) as exc:
        raise Refused("rules_bad", where=f"{where}: {exc}") from exc


@lru_cache(maxsize=1)
def bundled_templates() -> dict[str, Template]:
    out = {}
    for path in sorted(resource("checklists").glob("*.json")):
        t = parse_template(json.loads(path.read_text(encoding="utf-8")), path.name)
        out[t.kind] = t
    return out


def template_for(kind: str) -> Template:
    return bundled_templates()[kind]

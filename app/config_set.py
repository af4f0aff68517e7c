"""The configuration in force as data: bundled rule sets and checklist templates overlaid with the
published versions (``ConfigDoc`` rows), highest version of each document winning.

It reads models only, below the store: the store caches the ``ConfigSet`` (``Store.config``), sync
checks an arriving document with ``parse``/``strict_json``/``content_sha256``, and
``app.services.config_docs`` publishes and lists documents.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import (
    aftercare,
    metering_calc,
    monitoring_docs,
    outage_balance,
    planning_factors,
    points_calc,
    strictjson,
    townships,
)
from app.checklists import Template, bundled_templates, parse_template
from app.data_kinds import DATA_KINDS, KINDS, DataKind  # noqa: F401  (re-exported)
from app.errors import Refused
from app.models import ConfigDoc
from app.rules import RuleSet, bundled_rule_sets, parse_rule_set
from resources import resource

# kind -> the check of a document's content: fn(data, where) raising Refused (one line per kind)
CHECKS = {
    "townships": townships.check,
    "planning_factors": planning_factors.check,
    "outage_rules": outage_balance.check_rules,
    "metering_rules": metering_calc.check,
    "questionnaire": aftercare.check_questionnaire,
    "late_causes": aftercare.check_causes,
    "aftercare": aftercare.check_settings,
    "roles": monitoring_docs.check_roles,
    "benchmark_weights": monitoring_docs.check_weights,
    "points_rules": points_calc.check,
}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,59}\Z")


@dataclass(frozen=True)
class DataDoc:
    """One version of a data document: its envelope and the whole JSON object (``data``)."""

    kind: str
    id: str
    version: int
    name: str
    source: str  # where the numbers come from (a standard, a bureau rule, "example")
    effective_from: dt.date | None  # None: in force from its publication
    data: dict = field(hash=False, compare=False)


@dataclass(frozen=True)
class ConfigSet:
    """Everything in force, computed once per change (kept by the store)."""

    rule_sets: tuple[RuleSet, ...]  # every document's newest version, active or not
    templates: dict[str, Template]  # kind (mid | completion) -> newest template
    all_templates: dict[tuple[str, int], Template]  # (id, version) -> template, for inspections
    published: tuple[dict, ...]
    # kind -> every version of every document of that kind, sorted by (id, version)
    data_docs: dict[str, tuple[DataDoc, ...]] = field(default_factory=dict)

    def versions(self, kind: str, doc_id: str | None = None) -> tuple[DataDoc, ...]:
        """Every version of ``doc_id`` (or of the kind's first document id), oldest first."""
        docs = self.data_docs.get(kind, ())
        if doc_id is None and docs:
            doc_id = docs[0].id
        return tuple(d for d in docs if d.id == doc_id)

    def doc(self, kind: str, doc_id: str | None = None) -> DataDoc:
        """The newest version of a data document (the kind's first document id when none is named)."""
        found = self.versions(kind, doc_id)
        if not found:
            raise Refused("config_no_doc", kind=kind, doc=doc_id or "")
        return found[-1]

    def in_force_on(self, kind: str, day: dt.date, doc_id: str | None = None) -> DataDoc:
        """The highest version whose ``effective_from`` is on or before ``day`` (none: always)."""
        found = [d for d in self.versions(kind, doc_id) if d.effective_from is None or d.effective_from <= day]
        if not found:
            raise Refused("config_no_doc", kind=kind, doc=doc_id or "")
        return found[-1]

    def active_rule_sets(self) -> list[RuleSet]:
        return [rs for rs in self.rule_sets if rs.active]

    def primary_rule_set(self) -> RuleSet:
        for rs in self.rule_sets:
            if rs.primary and rs.active:
                return rs
        raise Refused("rules_no_primary")


def strict_json(text: str, where: str):
    """JSON as published documents must be (no NaN, no duplicate keys), or a refusal naming ``where``."""
    try:
        return strictjson.loads(text)
    except (ValueError, RecursionError) as exc:
        raise Refused("rules_bad", where=f"{where}: {str(exc)[:120]}") from None


def content_sha256(content: str) -> str:
    """The checksum a published document carries (checked again when it arrives by sync)."""
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def parse(kind: str, data: dict, where: str):
    """A rule set (``kind == "rules"``), a checklist template or a data document from its JSON object."""
    if kind == "rules":
        return parse_rule_set(data, where)
    if kind == "checklist":
        return parse_template(data, where)
    return parse_data_doc(kind, data, where)


def parse_data_doc(kind: str, data: dict, where: str) -> DataDoc:
    """The envelope every data document carries, then the kind's own check of its content."""
    spec = DATA_KINDS.get(kind)
    if spec is None:
        raise Refused("config_bad_kind", value=str(kind)[:20], known=", ".join(KINDS))
    if not isinstance(data, dict):
        raise Refused("doc_bad", where=f"{where}: not an object")
    doc_id, version, name, source = data.get("id"), data.get("version"), data.get("name"), data.get("source")
    if not isinstance(doc_id, str) or not _ID.match(doc_id):
        raise Refused("doc_bad", where=f"{where}: id")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 1_000_000:
        raise Refused("doc_bad", where=f"{where}: version")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise Refused("doc_bad", where=f"{where}: name")
    if not isinstance(source, str) or not source.strip():
        raise Refused("doc_bad", where=f"{where}: source (where the numbers come from)")
    effective = data.get("effective_from")
    if effective is not None:
        try:
            effective = dt.date.fromisoformat(effective) if isinstance(effective, str) else None
        except ValueError:
            effective = None
        if effective is None:
            raise Refused("doc_bad", where=f"{where}: effective_from (YYYY-MM-DD)")
    check = CHECKS.get(kind)
    if check is not None:
        check(data, where)
    return DataDoc(kind, doc_id, version, name, source, effective, data)


@cache
def bundled_data_docs(kind: str) -> tuple[DataDoc, ...]:
    """The data documents shipped in ``resources/<folder>/``, sorted by (id, version)."""
    folder = resource(DATA_KINDS[kind].folder)
    docs = [parse_data_doc(kind, json.loads(p.read_text(encoding="utf-8")), p.name)
            for p in sorted(folder.glob("*.json"))] if folder.is_dir() else []
    return tuple(sorted(docs, key=lambda d: (d.id, d.version)))


def load(s: Session) -> ConfigSet:
    """Bundled documents overlaid with the published ones (highest version of each id wins)."""
    rules = {rs.id: rs for rs in bundled_rule_sets()}
    templates_by_id = {t.id: t for t in bundled_templates().values()}
    all_templates = {(t.id, t.version): t for t in bundled_templates().values()}
    data_docs: dict[str, dict[tuple[str, int], DataDoc]] = {
        k: {(d.id, d.version): d for d in bundled_data_docs(k)} for k in DATA_KINDS}
    published = []
    for row in s.scalars(select(ConfigDoc).where(ConfigDoc.deleted.is_(False)).order_by(
            ConfigDoc.kind, ConfigDoc.doc_id, ConfigDoc.version)):
        where = f"{row.kind}/{row.doc_id} v{row.version}"
        try:
            doc = parse(row.kind, strict_json(row.content, where), where)
        except Refused:
            continue  # checked when published and when imported; never let one row stop the clock
        if row.kind == "rules":
            if doc.id not in rules or doc.version > rules[doc.id].version:
                rules[doc.id] = doc
        elif row.kind in DATA_KINDS:
            data_docs[row.kind][(doc.id, doc.version)] = doc
        else:
            all_templates[(doc.id, doc.version)] = doc
            if doc.id not in templates_by_id or doc.version > templates_by_id[doc.id].version:
                templates_by_id[doc.id] = doc
        published.append({"kind": row.kind, "doc_id": row.doc_id, "version": row.version, "name": row.name,
                          "published_by": row.published_by, "published_at": row.published_at.isoformat(
                              timespec="seconds"), "sha256": row.sha256})
    templates: dict[str, Template] = {}
    for t in templates_by_id.values():
        if t.kind not in templates or t.version > templates[t.kind].version:
            templates[t.kind] = t
    return ConfigSet(tuple(sorted(rules.values(), key=lambda r: r.id)), templates, all_templates, tuple(published),
                     {k: tuple(v[key] for key in sorted(v)) for k, v in data_docs.items()})

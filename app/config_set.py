"""The configuration in force as data: bundled rule sets and checklist templates overlaid with the
published versions (``ConfigDoc`` rows), highest version of each document winning.

It reads models only, below the store: the store caches the ``ConfigSet`` (``Store.config``), sync
checks an arriving document with ``parse``/``strict_json``/``content_sha256``, and
``app.services.config_docs`` publishes and lists documents.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import strictjson
from app.checklists import Template, bundled_templates, parse_template
from app.errors import Refused
from app.models import ConfigDoc
from app.rules import RuleSet, bundled_rule_sets, parse_rule_set

KINDS = ("rules", "checklist")


@dataclass(frozen=True)
class ConfigSet:
    """Everything in force, computed once per change (kept by the store)."""

    rule_sets: tuple[RuleSet, ...]  # every document's newest version, active or not
    templates: dict[str, Template]  # kind (mid | completion) -> newest template
    all_templates: dict[tuple[str, int], Template]  # (id, version) -> template, for inspections
    published: tuple[dict, ...]

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
    """A rule set (``kind == "rules"``) or a checklist template from its JSON object."""
    return parse_rule_set(data, where) if kind == "rules" else parse_template(data, where)


def load(s: Session) -> ConfigSet:
    """Bundled documents overlaid with the published ones (highest version of each id wins)."""
    rules = {rs.id: rs for rs in bundled_rule_sets()}
    templates_by_id = {t.id: t for t in bundled_templates().values()}
    all_templates = {(t.id, t.version): t for t in bundled_templates().values()}
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
    return ConfigSet(tuple(sorted(rules.values(), key=lambda r: r.id)), templates, all_templates, tuple(published))

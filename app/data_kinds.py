"""The kinds of versioned data documents (besides rule sets and checklists), as plain data with no
imports, so the CLI can list them in its help without loading the database layer. What a document
holds and how it is checked, loaded and published: ``app.config_set``.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataKind:
    """A kind of versioned data document besides rule sets and checklists: bundled as JSON files in
    ``resources/<folder>/`` (one file per document id), published as ``ConfigDoc`` rows and synced
    like rule sets. ``check`` ("module:function", imported when first needed) is called with the
    JSON object and a ``where`` text and raises ``Refused`` for content that is wrong; None checks
    only the envelope every document has (id, version, name, source, effective_from)."""

    folder: str
    check: str | None
    name_zh: str
    name_en: str


# Each area adds ONE line here (and its folder under resources/); KINDS follows.
DATA_KINDS: dict[str, DataKind] = {
    "townships": DataKind("townships", "app.townships:check", "乡镇(街道)及供电所", "townships and supply stations"),
    "roles": DataKind("roles", "app.services.escalation:check_roles", "三级监控角色及督办规则", "monitoring levels and escalation ladder"),
    "benchmark_weights": DataKind("benchmark_weights", "app.services.bulletins:check_weights", "同业对标权重", "benchmark weights"),
}
KINDS = ("rules", "checklist", *DATA_KINDS)

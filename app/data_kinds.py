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
    like rule sets. The check of its content is named in ``app.config_set.CHECKS`` (a plain import
    there, so PyInstaller and the layer checks see it); without one only the envelope every document
    has (id, version, name, source, effective_from) is checked."""

    folder: str
    name_zh: str
    name_en: str


# Each area adds ONE line here (and its folder under resources/); KINDS follows.
DATA_KINDS: dict[str, DataKind] = {
    "townships": DataKind("townships", "乡镇(街道)及供电所", "townships and supply stations"),
    "planning_factors": DataKind("planning_factors", "用电需求预测规划系数", "demand planning factors"),
    "outage_rules": DataKind("outage_rules", "停电计划平衡规则", "outage-plan rules"),
    "metering_rules": DataKind("metering_rules", "计量分类与互感器校核规则", "metering classes and CT checks"),
    "questionnaire": DataKind("questionnaires", "回访问卷", "follow-up questionnaire"),
    "late_causes": DataKind("late_causes", "超时原因分类", "causes of late stages"),
    "aftercare": DataKind("aftercare", "事后管理参数", "after-care settings"),
    "roles": DataKind("roles", "三级监控角色及督办规则", "monitoring levels and escalation ladder"),
    "benchmark_weights": DataKind("benchmark_weights", "同业对标权重", "benchmark weights"),
    "points_rules": DataKind("points", "绩效积分规则", "performance point rules"),
}
KINDS = ("rules", "checklist", *DATA_KINDS)

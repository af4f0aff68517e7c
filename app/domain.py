"""Fixed vocabulary of the domain (GLOSSARY.md): stages, business types, pause reasons."""
from __future__ import annotations

STAGES = [
    "ACCEPT",
    "SURVEY",
    "PLAN",
    "FEES",
    "DESIGN_REVIEW",
    "MID_INSPECTION",
    "COMPLETION_INSPECTION",
    "ENERGIZE",
]
STAGE_INDEX = {s: i for i, s in enumerate(STAGES)}

# Stages whose clock starts the moment the previous one finishes (DESIGN.md §1, "clock starts").
# Between the others lies customer time (design, construction, rectification), not counted.
CHAINED_FROM = {"SURVEY": "ACCEPT", "PLAN": "SURVEY", "FEES": "PLAN", "ENERGIZE": "COMPLETION_INSPECTION"}

# Stages that may end in a rectification / revision and then run another round.
ROUND_STAGES = {"DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION"}

STAGE_NAMES = {
    "ACCEPT": ("业务受理", "Application acceptance"),
    "SURVEY": ("现场查勘", "Site survey"),
    "PLAN": ("供电方案确定及答复", "Supply plan reply"),
    "FEES": ("业务收费", "Fees"),
    "DESIGN_REVIEW": ("设计图纸审查", "Design review"),
    "MID_INSPECTION": ("中间检查", "Mid inspection"),
    "COMPLETION_INSPECTION": ("竣工检验", "Completion inspection"),
    "ENERGIZE": ("装表接电", "Metering and energisation"),
}

BUSINESS_TYPES = {
    "NEW": ("新装", "New connection"),
    "INCREASE": ("增容", "Capacity increase"),
    "TEMPORARY": ("临时用电", "Temporary supply"),
    "TEMP_TO_FORMAL": ("临时转正式", "Temporary to formal"),
}

# Customer-caused reasons only: a pause must never hide the supply department's own delay.
PAUSE_REASONS = {
    "CUSTOMER_REQUEST": ("客户要求暂缓", "Customer asked to defer"),
    "CUSTOMER_DOCUMENTS": ("客户资料不全", "Customer documents incomplete"),
    "SITE_NOT_READY": ("现场不具备条件", "Site not ready"),
    "POLICY": ("政策处理", "Policy (non-technical) issues"),
    "CUSTOMER_UNREACHABLE": ("客户无法联系", "Customer unreachable"),
    "CUSTOMER_FEES_UNPAID": ("客户未缴费", "Customer has not paid the fees"),
}

SUPPLY_KV = (10.0, 20.0, 35.0, 110.0)
# Sanity bounds for applied capacity (kVA); a high-voltage customer is rarely below 50 kVA,
# and no single application at 110 kV approaches 1,000,000 kVA.
MIN_KVA = 1.0
MAX_KVA = 500_000.0

# How a stage round ends (a design review's approved/returned map onto these: design_review.REVIEW_OUTCOMES).
STAGE_OUTCOMES = ("pass", "rectify")

# Inspection kinds and the stage each one is a round of.
KIND_STAGE = {"mid": "MID_INSPECTION", "completion": "COMPLETION_INSPECTION"}

# Review-meeting decisions that let a plan go ahead (业扩会审).
APPROVING = ("approve", "approve_with_changes")

STATUS_VALUES = ("on_time", "late", "normal", "warning", "overdue")

# Townships are data of the bureau (issue 18): the document kind "townships", app/townships.py.


def stage_name(code: str, lang: str = "zh") -> str:
    names = STAGE_NAMES.get(code)
    if not names:
        return code
    return names[0] if lang == "zh" else names[1]

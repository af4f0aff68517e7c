"""The sync package format, shared by every part of sync: the tables that travel and in what
order, the allowed values, the caps on sizes, the columns added since sync began, and ``Checked``
(a package that passed every check). No logic above plain data, and nothing of the database.

A package (*.zsync) is one zip file:

    manifest.json      format and schema versions, package UUID, sending device (id, name, public
                       key), its package sequence number and the hash of its previous package,
                       creation time, the sender's audit-chain head, size and SHA-256 of every
                       member, and an Ed25519 signature of all of that by the sending device
    records.jsonl      one row a line: {"t": table, "row": {column: value}}
    attachments/<sha256>   photo and scan files, named by their content hash

or, encrypted with a passphrase, manifest.json plus ``payload.bin``: the zip of records and
attachments sealed with AES-256-GCM under a key derived by scrypt (parameters in the manifest).
"""


from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.config_set import KINDS
from app.db import SCHEMA_REVISIONS
from app.domain import BUSINESS_TYPES, PAUSE_REASONS, STAGES
from app.errors import Refused
from app.messages import render
from app.models import (  # issue 18 (事前)
    Action,
    AnalysisConclusion,
    AnalysisMeeting,
    Attachment,
    Bulletin,
    CalendarDay,
    CalendarYear,
    Case,
    CaseEvaluation,
    CaseEvent,
    CaseFee,
    ConfigDoc,
    DesignReview,
    EscalationAck,
    FeederCapacity,
    FollowUp,
    ForecastVersion,
    Inspection,
    InspectionResult,
    MaintenanceWindow,
    MeetingCase,
    MeteringConfig,
    MeteringPlan,
    MeteringStock,
    Notice,
    OutageNeed,
    Pause,
    PlannedOutage,
    PointsPosting,
    PointsRequest,
    PolicyRisk,
    Prospect,
    ProspectVisit,
    RectificationItem,
    ReviewMeeting,
    ReviewOpinion,
    SettingSheet,
    StageRound,
    Survey,
    SyncConflict,
    Visit,
)

FORMAT = 1

# Tables in the order rows are applied (parents first).
MUTABLE = [ConfigDoc, Case, StageRound, Pause, CalendarDay, CalendarYear, Survey, Attachment, Inspection, InspectionResult,
           RectificationItem, Notice, SettingSheet, ReviewMeeting, MeetingCase, DesignReview, ReviewOpinion,
           PolicyRisk, CaseFee, Action, FollowUp, CaseEvaluation, AnalysisMeeting, AnalysisConclusion,
           Visit, Prospect, ProspectVisit, FeederCapacity, ForecastVersion,  # issue 18 (事前)
           OutageNeed, MaintenanceWindow, PlannedOutage,  # outage: issue 19
           MeteringConfig, MeteringStock, MeteringPlan,  # metering: issue 19
           PointsPosting, PointsRequest, Bulletin, EscalationAck, SyncConflict]  # issue 21
TABLES = {m.__tablename__: m for m in MUTABLE}
EVENT_TABLE = CaseEvent.__tablename__
DEVICE_COLUMNS = ("id", "name", "public_key")

ENUMS = {
    ("case", "business_type"): set(BUSINESS_TYPES),
    ("case", "status"): {"open", "finished"},
    ("case", "current_stage"): set(STAGES),
    ("stage_round", "stage"): set(STAGES),
    ("stage_round", "outcome"): {None, "pass", "rectify"},
    ("pause", "reason"): set(PAUSE_REASONS),
    ("calendar_day", "kind"): {"holiday", "workday"},
    ("inspection", "kind"): {"mid", "completion"},
    ("inspection", "outcome"): {None, "pass", "rectify"},
    ("inspection_result", "result"): {"pass", "fail", "na"},
    ("survey", "metering"): {"HV", "LV"},
    ("attachment", "owner_kind"): {"case", "survey", "item", "visit"},  # visit: issue 18
    ("attachment", "media_type"): {"image/jpeg", "image/png", "application/pdf"},
    ("sync_conflict", "resolution"): {"", "older", "newer"},
    ("setting_sheet", "status"): {"draft", "issued", "executed", "void"},
    ("review_meeting", "status"): {"scheduled", "cancelled"},
    ("meeting_case", "decision"): {None, "approve", "approve_with_changes", "reject"},
    ("design_review", "outcome"): {None, "approved", "returned"},
    ("review_opinion", "category"): {"technical", "metering", "protection", "civil", "other"},
    ("policy_risk", "kind"): {"RIGHT_OF_WAY", "PERMIT", "ACCESS", "NEIGHBOUR", "OTHER"},
    ("policy_risk", "status"): {"open", "closed"},
    ("config_doc", "kind"): set(KINDS),
    ("action", "owner_kind"): {"visit", "followup", "analysis"},
    ("follow_up", "mode"): {"", "visit", "phone", "wechat", "other"},
    ("metering_config", "method"): {"HV", "LV"},  # metering: issue 19
    ("metering_config", "meter_wiring"): {"3P3W", "3P4W"},
    ("planned_outage", "status"): {"draft", "confirmed", "announced", "executed", "done", "cancelled"},
    # issue 18 (事前): app/services/visits.PARTIES, app/services/prospects.STATUSES / SOURCES
    ("visit", "party"): {"NDRC", "INVESTMENT", "TOWNSHIP", "PARK", "PROSPECT", "CUSTOMER", "OTHER"},
    ("prospect", "status"): {"LEAD", "FOLLOW", "APPLIED", "DROPPED"},
    ("prospect", "source"): {"NDRC_LIST", "INVESTMENT", "VISIT", "TEMP_SUPPLY", "OTHER"},
    ("points_posting", "role"): {"manager", "survey", "review", "adjust"},
    ("points_posting", "kind"): {"case", "reversal", "adjustment"},
    ("points_request", "kind"): {"adjustment", "appeal"},
    ("points_request", "status"): {"pending", "accepted", "rejected"},
    ("bulletin", "kind"): {"weekly", "monthly", "quarterly"},  # issue 21
    ("bulletin", "level"): {"manager", "station", "centre", "bureau"},
    ("escalation_ack", "told_role"): {"manager", "station", "centre", "bureau"},
}

# caps: what a real package can hold, with room; anything beyond is refused, not read
MAX_PACKAGE_BYTES = 4 * 1024**3
MAX_MEMBERS = 200_000
MAX_MANIFEST_BYTES = 2 * 1024**2
MAX_RECORDS_BYTES = 3 * 1024**3
MAX_LINE_BYTES = 16 * 1024**2  # one record line: a LARGE_TEXT value below (4M characters, 3 bytes each in UTF-8) fits
MAX_ATTACHMENT_BYTES = 20 * 1024**2
MAX_RATIO = 100  # uncompressed / compressed, for members over 1 MB
MAX_DEPTH = 8

# "\Z", not "$": "$" also matches before a trailing newline
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
HEX64_RE = re.compile(r"^[0-9a-f]{64}\Z")
HLC_RE = re.compile(r"^[0-9]{13}-[0-9]{4}\Z")
ATTACHMENT_NAME = re.compile(r"^attachments/([0-9a-f]{64})\Z")

# values that become file or folder names (documents/<case no>/整改通知书-<notice no>.pdf,
# attachments/ab/<sha256>.jpg): letters, digits and dashes only, never a path or a device name
SAFE_NAMES = {
    ("case", "case_no"): re.compile(r"^[A-Z]{2,8}[0-9]{4,12}\Z"),
    ("notice", "notice_no"): re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,39}\Z"),
    ("attachment", "sha256"): HEX64_RE,
    ("setting_sheet", "sheet_no"): re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,39}\Z"),
}

# text columns holding JSON, and what they must hold
JSON_COLUMNS = {
    ("survey", "participants"): list,
    ("survey", "transformers"): list,
    ("inspection", "item_codes"): list,
    ("case_event", "payload"): dict,
    ("sync_conflict", "older"): dict,
    ("sync_conflict", "newer"): dict,
    ("setting_sheet", "inputs"): dict,
    ("setting_sheet", "result"): dict,
    ("review_meeting", "departments"): list,
    ("review_meeting", "history"): list,
    ("design_review", "participants"): list,
    ("case", "temp_advice"): dict,
    ("config_doc", "content"): dict,
    ("follow_up", "answers"): dict,
    ("case_evaluation", "causes"): dict,
    ("metering_plan", "lines"): list,  # metering: issue 19
    ("metering_plan", "cases"): dict,  # {in_plan: [...], unconfigured: [...]}
    ("metering_plan", "diff"): list,
    ("metering_plan", "history"): list,
    ("analysis_meeting", "attendance"): list,
    ("planned_outage", "need_ids"): list,
    ("planned_outage", "history"): list,
    ("forecast_version", "rows"): list,  # issue 18
    ("points_posting", "detail"): dict,
    ("bulletin", "rule_sets"): list,  # issue 21
    ("bulletin", "inputs"): dict,
    ("bulletin", "content"): dict,
    ("bulletin", "differences"): dict,
}

# the longest text a column may hold: TEXT_CAP, except the documents that name their cases (a month's
# metering plan lists every case it covers and every case still without a configuration; an issued
# bulletin freezes its figures with their case numbers and each case's input fingerprint), which
# grow with the database: a 100,000-case county's plan of one month held 518,074 characters (3,105
# cases unconfigured), refused by the old common cap of 200,000 at its own export's re-import
TEXT_CAP = 200_000
LARGE_TEXT_CAP = 4_000_000  # a month's plan of about 24,000 cases
LARGE_TEXT = {("metering_plan", "cases"), ("metering_plan", "lines"), ("metering_plan", "diff"),
              ("metering_plan", "history"),
              ("bulletin", "content"), ("bulletin", "inputs"), ("bulletin", "differences"),
              ("forecast_version", "rows")}


def text_cap(table: str, column: str) -> int:
    return LARGE_TEXT_CAP if (table, column) in LARGE_TEXT else TEXT_CAP


# columns added to synced tables after sync began, with the value an older sender's rows are given:
# a package from a laptop not yet updated is converted on import, not refused
ADDED_COLUMNS = {
    "0006_temp_formal": {("case", "predecessor_id"): None, ("case", "temp_advice"): "{}",
                         ("review_opinion", "clause"): ""},
    "0007_meeting_minutes": {("review_meeting", "minutes"): ""},
}


def columns_to_fill(schema: str) -> dict[str, dict[str, object]]:
    """{table: {column: value}} for rows written at ``schema``."""
    out: dict[str, dict[str, object]] = {}
    for rev in SCHEMA_REVISIONS[SCHEMA_REVISIONS.index(schema) + 1:]:
        for (table, col), value in ADDED_COLUMNS.get(rev, {}).items():
            out.setdefault(table, {})[col] = value
    return out


MEMBERS_PLAIN = {"manifest.json", "records.jsonl"}
MEMBERS_SEALED = {"manifest.json", "payload.bin"}


def bad_package(problem: str, /, **params: object) -> Refused:
    """The refusal of a package that is malformed, with what is wrong (``sync_bad``): ``problem`` is a
    catalogue code (``sync_p_*``) rendered with ``params`` in the user's language, or plain text."""
    return Refused("sync_bad", problem=render(problem, **params))


@dataclass
class Checked:
    """A package that passed every check, unpacked into a staging folder."""
    manifest: dict
    stage_db: Path  # the validated rows, as the database stores them (see app.sync.staging)
    attachments: dict[str, Path]
    file_sha256: str
    manifest_sha256: str
    staging: Path
    known_device: bool
    counts: dict = field(default_factory=dict)
    devices: list = field(default_factory=list)
    chain_starts: list = field(default_factory=list)  # (device, seq, prev_hash): links to check on apply
    chain_spans: dict = field(default_factory=dict)  # device -> its lowest event number in the package
    chain_tops: dict = field(default_factory=dict)  # device -> its highest event (number, hash) in the package
    heads: dict = field(default_factory=dict)  # device -> its signed chain-head statement, verified
    vv_top: dict = field(default_factory=dict)  # device -> the highest counter the package's rows claim
    sealed: bool = False


COLUMNS = {m.__tablename__: {c.name: c for c in m.__table__.columns if c.name != "lseq"} for m in MUTABLE + [CaseEvent]}


def bump(summary: dict, key: str, table: str, n: int = 1) -> None:
    """Count ``n`` rows of ``table`` under ``key`` (inserted, updated, unchanged, conflicts) in an import's summary."""
    if n:
        summary[key][table] = summary[key].get(table, 0) + n


CONFIG_TABLES = ("calendar_day", "calendar_year", "config_doc")  # what decides everyone's deadlines
DERIVED = ("current_stage", "status")  # case columns recomputed from the rounds after every import

NATURAL_KEYS = {
    "config_doc": ("kind", "doc_id", "version"),
    "case": ("case_no",),
    "calendar_day": ("day",),
    "calendar_year": ("year",),
    "survey": ("case_id",),
    "inspection": ("round_id",),
    "inspection_result": ("inspection_id", "item_code"),
    "notice": ("inspection_id",),
    "stage_round": ("case_id", "stage", "round"),
    "metering_config": ("case_id",),  # metering: issue 19
    "metering_plan": ("month",),
}

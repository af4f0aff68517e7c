"""SQLAlchemy 2 models.

Every synchronised row carries a UUID key, a hybrid-logical-clock stamp (``hlc``), the id of the
device that last wrote it and a tombstone flag (``deleted``): the sync issue merges on these without
a schema rewrite. Case events are append-only and hash-chained per device.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_uuid() -> str:
    return str(uuid.uuid4())


ZAOSONG_NS = uuid.UUID("4f1c2a9e-5b7d-4c3e-9a61-7d2b8e0f3c55")


_NS_BYTES = ZAOSONG_NS.bytes


def natural_id(kind: str, *parts: object) -> str:
    """The same UUID on every device for a row that a natural key identifies (a calendar day, the
    survey of a case, the result of one item): two laptops creating it meet as one row in sync.

    ``uuid.uuid5(ZAOSONG_NS, name)`` written out (SHA-1 of namespace and name, version 5, RFC 4122
    variant) without building UUID objects: the demo makes hundreds of thousands of them."""
    name = kind + ":" + "|".join(str(p) for p in parts)
    h = hashlib.sha1(_NS_BYTES + name.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"


class Base(DeclarativeBase):
    pass


class SyncMixin:
    """Columns every synchronised row carries.

    ``vv`` is the row's version vector (JSON ``{device_id: edits}``): sync compares vectors to tell
    a newer version from a concurrent one. ``lseq`` is this database's own change counter (never
    exported): an export to a peer takes the rows changed since the last one it sent there.
    Both are maintained by the store's flush hook, never by hand.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    vv: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    lseq: Mapped[int] = mapped_column(Integer, nullable=False, default=0, index=True)


class Meta(Base):
    """Key/value settings of this database (device identity, user, thresholds)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Device(Base):
    __tablename__ = "device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    is_local: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    # head of this device's event hash chain, as last seen here
    chain_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    chain_head: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    # sync: the device's signing key, whether a person trusted it, its packages seen so far
    public_key: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    trusted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    package_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    package_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    reported_chain_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    reported_chain_head: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class CalendarDay(SyncMixin, Base):
    """A date that differs from the plain weekday/weekend rule."""

    __tablename__ = "calendar_day"
    day: Mapped[dt.date] = mapped_column(Date, nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # holiday | workday
    name: Mapped[str] = mapped_column(String(50), nullable=False, default="")


class CalendarYear(SyncMixin, Base):
    """A year whose statutory schedule is known (otherwise weekends only, flagged)."""

    __tablename__ = "calendar_year"
    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    source: Mapped[str] = mapped_column(String(30), nullable=False)  # chinese_calendar | import | sync
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class ConfigDoc(SyncMixin, Base):
    """A rule set or checklist template published as data (usually by the supervisor) and spread by
    sync. Versions are rows of their own (id from kind, doc id and version): the highest version of a
    document, here or bundled, is the one in force; an inspection keeps the template version it
    started with."""

    __tablename__ = "config_doc"
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # rules | checklist
    doc_id: Mapped[str] = mapped_column(String(40), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)  # the file's JSON, canonical
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    published_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    published_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    __table_args__ = (UniqueConstraint("kind", "doc_id", "version", name="uq_config_doc_version"),)


class Case(SyncMixin, Base):
    __tablename__ = "case"
    case_no: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    customer_name: Mapped[str] = mapped_column(String(100), nullable=False)
    name_pinyin: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    name_initials: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    account_no: Mapped[str] = mapped_column(String(10), nullable=False)
    contact: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    township: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    business_type: Mapped[str] = mapped_column(String(20), nullable=False, default="NEW")
    supply_kv: Mapped[float] = mapped_column(Float, nullable=False, default=10.0)
    capacity_kva: Mapped[float] = mapped_column(Float, nullable=False)
    dual_source: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    typical_design: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    green_channel: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    key_project: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    manager: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    applied_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    # derived from the stage rounds, kept for fast lists and filters
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")  # open | finished
    current_stage: Mapped[str] = mapped_column(String(30), nullable=False, default="ACCEPT")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    # temporary supply -> formal (临时转正式): a TEMP_TO_FORMAL case names the TEMPORARY case it
    # came from (its successor is found by this column; no foreign key, so sync may bring the two
    # rows in any order). ``temp_advice`` (JSON object) is the early advice for the formal supply
    # recorded on a TEMPORARY case, and on the formal case the copy carried over with the survey.
    predecessor_id: Mapped[str | None] = mapped_column(String(36), index=True)
    temp_advice: Mapped[str] = mapped_column(Text, nullable=False, default="{}")

    rounds: Mapped[list[StageRound]] = relationship(
        back_populates="case", order_by="StageRound.seq", cascade="all"
    )

    __table_args__ = (
        Index("ix_case_status_manager", "status", "manager"),
        Index("ix_case_account", "account_no"),
        Index("ix_case_applied", "applied_on"),
    )


class StageRound(SyncMixin, Base):
    """One round of one stage: the clock runs from started_on to finished_on (or today)."""

    __tablename__ = "stage_round"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)  # order within the case
    stage: Mapped[str] = mapped_column(String(30), nullable=False)
    round: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    started_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    finished_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(10))  # pass | rectify
    auto_started: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    case: Mapped[Case] = relationship(back_populates="rounds")
    pauses: Mapped[list[Pause]] = relationship(
        back_populates="round", order_by="Pause.started_on", cascade="all"
    )

    __table_args__ = (
        UniqueConstraint("case_id", "stage", "round", name="uq_round_case_stage_round"),
        Index("ix_round_case", "case_id", "seq"),
        Index("ix_round_open", "finished_on"),
        # the bulletins (0018): cases energised in a period, and their rounds, read from the indexes alone
        Index("ix_round_stage_finished", "stage", "finished_on", "case_id", "deleted"),
        Index("ix_round_case_cover", "case_id", "seq", "stage", "round", "started_on", "finished_on", "outcome",
              "deleted", "id"),
    )


class Pause(SyncMixin, Base):
    __tablename__ = "pause"
    round_id: Mapped[str] = mapped_column(ForeignKey("stage_round.id"), nullable=False)
    started_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(30), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    round: Mapped[StageRound] = relationship(back_populates="pauses")

    __table_args__ = (Index("ix_pause_round", "round_id"),)


class CaseEvent(Base):
    """Append-only record of a state change. Never updated, never deleted.

    ``hash`` = sha256 over the canonical payload and ``prev_hash``; the chain runs per device
    (``device_seq`` 1, 2, 3 ...), so a supervisor can verify each laptop's history.
    """

    __tablename__ = "case_event"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)  # canonical JSON
    effective_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)  # UTC
    actor: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    device_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
    lseq: Mapped[int] = mapped_column(Integer, nullable=False, default=0, index=True)

    __table_args__ = (
        UniqueConstraint("device_id", "device_seq", name="uq_event_device_seq"),
        Index("ix_event_case", "case_id"),
        Index("ix_event_effective", "effective_on", "kind", "recorded_at", "case_id"),  # late entries (0018)
    )


class Survey(SyncMixin, Base):
    """Joint survey (联合查勘) of a case and the supply plan it proposes. One per case."""

    __tablename__ = "survey"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False, unique=True)
    surveyed_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    participants: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON [{name, dept}]
    findings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    substation: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    feeder: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    pole: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    supply_kv: Mapped[float] = mapped_column(Float, nullable=False, default=10.0)
    dual_source: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    metering: Mapped[str] = mapped_column(String(2), nullable=False, default="LV")  # HV | LV
    ct_ratio: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    vt_ratio: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    transformers: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON [{count, type, kva}]


class Attachment(SyncMixin, Base):
    """A photo or scan, stored content-addressed beside the database (never a user path)."""

    __tablename__ = "attachment"
    # no case for a visit's attachment (owner_kind visit, owner_ref the visit's id: issue 18)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), nullable=True)
    owner_kind: Mapped[str] = mapped_column(String(20), nullable=False, default="case")  # case|survey|item|visit
    owner_ref: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)  # shown only; never opened
    media_type: Mapped[str] = mapped_column(String(50), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (Index("ix_attachment_case", "case_id"),)


class Inspection(SyncMixin, Base):
    """One round of a mid or completion inspection: the stage round of the clock, with results."""

    __tablename__ = "inspection"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    round_id: Mapped[str] = mapped_column(ForeignKey("stage_round.id"), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # mid | completion
    round: Mapped[int] = mapped_column(Integer, nullable=False)
    template_id: Mapped[str] = mapped_column(String(40), nullable=False)
    template_version: Mapped[int] = mapped_column(Integer, nullable=False)
    started_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    inspectors: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    outcome: Mapped[str | None] = mapped_column(String(10))  # pass | rectify
    item_codes: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON: the items checked

    __table_args__ = (Index("ix_inspection_case", "case_id"),)


class InspectionResult(SyncMixin, Base):
    __tablename__ = "inspection_result"
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), nullable=False)
    item_code: Mapped[str] = mapped_column(String(30), nullable=False)
    result: Mapped[str] = mapped_column(String(5), nullable=False)  # pass | fail | na
    value: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (UniqueConstraint("inspection_id", "item_code", name="uq_result_item"),)


class RectificationItem(SyncMixin, Base):
    """A failed check turned into work for the customer; closed when seen fixed."""

    __tablename__ = "rectification_item"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)  # per case, for the customer
    item_code: Mapped[str] = mapped_column(String(30), nullable=False)
    location: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    requirement: Mapped[str] = mapped_column(Text, nullable=False)
    finding: Mapped[str] = mapped_column(Text, nullable=False, default="")
    clause: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    deadline: Mapped[dt.date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (Index("ix_rect_case", "case_id"),)


class Notice(SyncMixin, Base):
    """A rectification notice as issued: its number, content checksum and delivery."""

    __tablename__ = "notice"
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), nullable=False, unique=True)
    notice_no: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    issued_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    checksum: Mapped[str] = mapped_column(String(64), nullable=False)
    delivered_to: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    delivered_on: Mapped[dt.date | None] = mapped_column(Date)


class SyncPackage(Base):
    """Every package sent or received: the history shown per device, and idempotent re-imports."""

    __tablename__ = "sync_package"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the package UUID
    direction: Mapped[str] = mapped_column(String(3), nullable=False)  # out | in
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)  # the sender
    peer_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")  # the addressee ("" = full)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    manifest_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    handled_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class SyncPeer(Base):
    """What this database last sent to a peer: its next export starts after ``sent_lseq``."""

    __tablename__ = "sync_peer"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sent_lseq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SyncConflict(SyncMixin, Base):
    """A row edited on two devices since they last exchanged: both versions kept for a person.

    A conflict travels like any row, so every laptop and the supervisor see it. Its id is made
    from the two versions, so the same conflict found in two places is one row. ``older`` and
    ``newer`` are ordered by clock stamp; the newer one is what the row shows until a person
    chooses (``resolution`` = older | newer).
    """

    __tablename__ = "sync_conflict"
    table_name: Mapped[str] = mapped_column(String(40), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    older: Mapped[str] = mapped_column(Text, nullable=False)  # JSON of the version with the older stamp
    newer: Mapped[str] = mapped_column(Text, nullable=False)
    package_id: Mapped[str] = mapped_column(String(36), nullable=False)
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str] = mapped_column(String(10), nullable=False, default="")


class SettingSheet(SyncMixin, Base):
    """A protection-setting sheet (定值单): numbered, versioned; a new version voids the old."""

    __tablename__ = "setting_sheet"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    sheet_no: Mapped[str] = mapped_column(String(40), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")  # draft|issued|executed|void
    inputs: Mapped[str] = mapped_column(Text, nullable=False)  # JSON of SettingInputs
    result: Mapped[str] = mapped_column(Text, nullable=False)  # JSON of calculate()
    set_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    checked_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    approved_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    created_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    issued_to: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    executed_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    returned_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("case_id", "version", name="uq_sheet_case_version"),
                      Index("ix_sheet_case", "case_id"))


class ReviewMeeting(SyncMixin, Base):
    """A review meeting (业扩会审) for cases of 500 kVA and above: when, where, who chairs."""

    __tablename__ = "review_meeting"
    held_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)  # local time, minutes
    place: Mapped[str] = mapped_column(String(100), nullable=False)
    chair: Mapped[str] = mapped_column(String(50), nullable=False)
    departments: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON [name]
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="scheduled")  # scheduled | cancelled
    history: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON [{kind, from, to, reason}]
    minutes: Mapped[str] = mapped_column(Text, nullable=False, default="")  # 会议纪要正文 (0007)

    __table_args__ = (Index("ix_meeting_held", "held_at"),)


class MeetingCase(SyncMixin, Base):
    """An agenda item: one case at one meeting, and the meeting's decision on it."""

    __tablename__ = "meeting_case"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("review_meeting.id"), nullable=False)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    decision: Mapped[str | None] = mapped_column(String(30))  # approve | approve_with_changes | reject
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    representative: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("meeting_id", "case_id", name="uq_meeting_case"),
                      Index("ix_meeting_case_case", "case_id"))


class DesignReview(SyncMixin, Base):
    """One round of design review (审图): the DESIGN_REVIEW stage round, with who reviewed."""

    __tablename__ = "design_review"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    round_id: Mapped[str] = mapped_column(ForeignKey("stage_round.id"), nullable=False, unique=True)
    round: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    opened_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    institute: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    drawings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    participants: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON [{name, dept}]
    outcome: Mapped[str | None] = mapped_column(String(10))  # approved | returned

    __table_args__ = (Index("ix_design_review_case", "case_id"),)


class ReviewOpinion(SyncMixin, Base):
    """One opinion (审查意见) of a design review round."""

    __tablename__ = "review_opinion"
    review_id: Mapped[str] = mapped_column(ForeignKey("design_review.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False, default="technical")
    must_fix: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    clause: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # 依据条款

    __table_args__ = (Index("ix_opinion_review", "review_id"),)


class PolicyRisk(SyncMixin, Base):
    """A non-technical risk of a case (政策处理): right of way, permits, access, neighbours."""

    __tablename__ = "policy_risk"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    owner: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")  # open | closed
    raised_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_risk_case", "case_id"),)


class CaseFee(SyncMixin, Base):
    """A fee of a case (业务收费, issue 16): what the fee notice prints. Append-only: a wrong fee is
    never edited, it is withdrawn with a reason (``withdrawn_on``/``withdraw_reason``) and, when
    corrected, a new row names it in ``replaces_id``."""

    __tablename__ = "case_fee"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    item: Mapped[str] = mapped_column(String(60), nullable=False)
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)  # yuan x 100: no float money
    basis: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    replaces_id: Mapped[str | None] = mapped_column(String(36))
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    withdraw_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (Index("ix_fee_case", "case_id"),)


# --- shared by issues 18, 20 and 21: actions, follow-ups, case evaluations -------------------------


class Action(SyncMixin, Base):
    """A thing someone must do by a date that came out of a visit (走访, issue 18), a follow-up
    (回访, issue 20) or a monthly analysis meeting's improvement measures (issue 20). One table, so
    the Today view and the bulletins see every overdue action in one query. ``owner_kind`` names
    the row it came from (``visit`` | ``followup`` | ``analysis``), ``owner_id`` its id; ``case_id``
    is set when the action concerns one case. Done is a date, never a deletion."""

    __tablename__ = "action"
    owner_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    owner_id: Mapped[str] = mapped_column(String(36), nullable=False)
    case_id: Mapped[str | None] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(String(500), nullable=False)
    owner: Mapped[str] = mapped_column(String(50), nullable=False, default="")  # the person who must do it
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (Index("ix_action_owner", "owner_kind", "owner_id"), Index("ix_action_due", "done_on", "due_on"),
                      Index("ix_action_case", "case_id"))


class FollowUp(SyncMixin, Base):
    """A follow-up of a finished case (回访, issue 20): planned a number of working days after power
    on, done on a date by a person in a mode. ``answers`` is a JSON object {question code: 1..5} of
    the questionnaire ``questionnaire`` (id@version); a question not answered is absent, never a
    default. ``self_reported`` is true when the case's own manager recorded it (then it does not
    count towards satisfaction). The customer's own dates, when given, are compared with the
    recorded ones (时间偏差)."""

    __tablename__ = "follow_up"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    planned_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    mode: Mapped[str] = mapped_column(String(10), nullable=False, default="")  # visit | phone | wechat | other
    by_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    self_reported: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    questionnaire: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    answers: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    customer_applied_on: Mapped[dt.date | None] = mapped_column(Date)
    customer_energized_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (Index("ix_follow_up_case", "case_id"), Index("ix_follow_up_done", "done_on"))


class CaseEvaluation(SyncMixin, Base):
    """The evaluation of a finished case (业扩项目评价, issue 20), exactly one per case: the derived
    part is computed from the history each time; what a person adds is kept here. ``causes`` is a
    JSON object {stage code: {"code": cause code, "note": text}} for the stages that missed a limit;
    ``completed_on`` is set once every late stage has its cause."""

    __tablename__ = "case_evaluation"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False, unique=True)
    causes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    completed_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


# --- issue 19, metering: the metering configuration of a case, stock counts, the monthly plan ------


class MeteringConfig(SyncMixin, Base):
    """The metering configuration of a case (计量配置, issue 19), one per case (its id is
    ``natural_id("metering_config", case_id)``): first taken from the survey's supply plan, edited with
    a reason (each change is a METERING_SET event with what it was and why). ``method`` HV 高供高计 |
    LV 高供低计; ratios as typed ("75/5"). ``reserved_on``: the equipment set aside for this case."""

    __tablename__ = "metering_config"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False, unique=True)
    method: Mapped[str] = mapped_column(String(2), nullable=False)  # HV | LV
    meter_wiring: Mapped[str] = mapped_column(String(4), nullable=False)  # 3P3W | 3P4W
    meter_range: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    meter_accuracy: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    ct_ratio: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    ct_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    ct_s_class: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    pt_ratio: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    pt_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    hv_cabinet: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    terminal: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    set_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    set_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    reserved_on: Mapped[dt.date | None] = mapped_column(Date)
    reserved_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")


class MeteringStock(SyncMixin, Base):
    """A stock count of one equipment type (计量资产库存, issue 19) from the metering-asset staff, on a
    count date; the newest count of a type code is the one in force. Id
    ``natural_id("metering_stock", type_code, counted_on)``: the same type counted twice on one day is
    one row (the later entry wins)."""

    __tablename__ = "metering_stock"
    type_code: Mapped[str] = mapped_column(String(60), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    qualified: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # 合格在库
    awaiting_test: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # 待检
    issued: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # 已领未装
    safety: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # 安全库存
    on_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # 在途 (已订未到)
    counted_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    counted_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (Index("ix_metering_stock_code", "type_code", "counted_on"),)


class MeteringPlan(SyncMixin, Base):
    """The metering-equipment plan of one month (月度业扩计量器具需求计划, issue 19): exactly one per
    month (id ``natural_id("metering_plan", month)``); regenerating it makes a new ``version`` whose
    ``diff`` says what changed, the earlier versions kept whole in ``history``."""

    __tablename__ = "metering_plan"
    month: Mapped[str] = mapped_column(String(7), nullable=False, unique=True)  # YYYY-MM
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    as_of: Mapped[dt.date] = mapped_column(Date, nullable=False)
    generated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    generated_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    lines: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON [plan line]
    cases: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON {in_plan: [...], unconfigured: [...]}
    diff: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON: from the previous version
    history: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON [earlier versions]
# --- issue 20: after energisation (事后) — the monthly analysis meeting ----------------------------


class AnalysisMeeting(SyncMixin, Base):
    """The monthly analysis meeting (业扩报装月度分析会) of one month ``YYYY-MM``: one per month (its
    id is natural, so two laptops recording it meet as one row). ``attendance`` is a JSON list of
    names. Improvement measures are ``Action`` rows (owner_kind ``analysis``, owner_id this id)."""

    __tablename__ = "analysis_meeting"
    month: Mapped[str] = mapped_column(String(7), nullable=False, unique=True)
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    place: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    chair: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    attendance: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class AnalysisConclusion(SyncMixin, Base):
    """The meeting's conclusion on one agenda case (natural id: meeting and case)."""

    __tablename__ = "analysis_conclusion"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("analysis_meeting.id"), nullable=False)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (UniqueConstraint("meeting_id", "case_id", name="uq_conclusion_meeting_case"),)
# --- issue 19, outage half: outage needs, maintenance windows, the monthly outage plan -------------


class OutageNeed(SyncMixin, Base):
    """What connecting a case needs of a feeder outage (停电需求), filed from the supply plan on:
    where (substation, feeder, switch section), the work (``work``: a code of the outage rules'
    work kinds; ``live_line``: live-line work could do it instead), how long, from when the
    customer's works are expected done (``ready_from``) to when the customer wants power
    (``wanted_by``), the customers it cuts off (时户数 = customers x hours) and the 重要用户 among
    them. Withdrawn with a reason, never deleted."""

    __tablename__ = "outage_need"
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), nullable=False)
    substation: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    feeder: Mapped[str] = mapped_column(String(60), nullable=False)
    section: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    work: Mapped[str] = mapped_column(String(20), nullable=False, default="OTHER")
    live_line: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    hours: Mapped[float] = mapped_column(Float, nullable=False)
    ready_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    wanted_by: Mapped[dt.date] = mapped_column(Date, nullable=False)
    customers: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    important: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    filed_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    withdraw_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (Index("ix_outage_need_case", "case_id"), Index("ix_outage_need_feeder", "feeder"))


class MaintenanceWindow(SyncMixin, Base):
    """A day 运检 has the feeder out anyway (检修窗口): one row per feeder and day (natural id), so
    typing it twice or importing the sheet again meets the same row."""

    __tablename__ = "maintenance_window"
    feeder: Mapped[str] = mapped_column(String(60), nullable=False)
    on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    hours: Mapped[float] = mapped_column(Float, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (Index("ix_maintenance_window_on", "on"),)


class PlannedOutage(SyncMixin, Base):
    """One outage of the monthly plan (月度停电计划): a feeder (and section) on a day, serving the
    needs in ``need_ids`` (JSON list). ``status``: draft -> confirmed -> announced -> executed ->
    done, or cancelled with ``reason``. ``version`` counts the changes; ``history`` (JSON list)
    keeps every earlier version, so nothing said at the balancing meeting is lost."""

    __tablename__ = "planned_outage"
    month: Mapped[str] = mapped_column(String(7), nullable=False)
    feeder: Mapped[str] = mapped_column(String(60), nullable=False)
    section: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    start: Mapped[str] = mapped_column(String(5), nullable=False, default="08:00")
    hours: Mapped[float] = mapped_column(Float, nullable=False)
    maintenance: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    need_ids: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")
    notice_on: Mapped[dt.date | None] = mapped_column(Date)
    notice_channel: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    history: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    changed_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")

    __table_args__ = (Index("ix_planned_outage_month", "month"), Index("ix_planned_outage_feeder", "feeder", "on"))
# --- before the application (事前, issue 18): visits, prospects, feeder capacities, issued forecasts ---
class Visit(SyncMixin, Base):
    """A visit (走访) to a government department, a township, a park or a (prospective) customer.
    ``party`` is a code of ``app.services.visits.PARTIES``; ``township`` the township's name. Its
    actions are ``Action`` rows (owner_kind ``visit``); a government or township visit must end with
    at least one action or ``no_action`` set (until then it is listed as incomplete)."""

    __tablename__ = "visit"
    visited_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    party: Mapped[str] = mapped_column(String(20), nullable=False)
    party_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")  # e.g. 象山县发改局, 某某公司
    township: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    met: Mapped[str] = mapped_column(String(500), nullable=False, default="")  # the people met
    participants: Mapped[str] = mapped_column(String(500), nullable=False, default="")  # ours
    topics: Mapped[str] = mapped_column(Text, nullable=False, default="")
    findings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    no_action: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (Index("ix_visit_on", "visited_on"),)


class Prospect(SyncMixin, Base):
    """A prospective project (意向项目) of the pipeline: found on a visit, on the 发改局's list of key
    projects, through the 招商局... until it applies (``status`` APPLIED, ``case_id`` the case made
    from it) or is dropped (DROPPED, with ``drop_reason``). ``probability`` is a whole percentage;
    ``energise_year`` the year the customer expects power. ``temp_case_id`` names a temporary-supply
    case whose formal supply this prospect is."""

    __tablename__ = "prospect"
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    customer_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    township: Mapped[str] = mapped_column(String(30), nullable=False)
    place: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    industry: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    capacity_kva: Mapped[float] = mapped_column(Float, nullable=False)
    supply_kv: Mapped[float] = mapped_column(Float, nullable=False, default=10.0)
    dual_source: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    expected_apply_on: Mapped[dt.date | None] = mapped_column(Date)
    energise_year: Mapped[int] = mapped_column(Integer, nullable=False)
    probability: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(20), nullable=False, default="OTHER")
    substation: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    feeder: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    key_project: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    green_channel: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="LEAD")
    drop_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    manager: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    case_id: Mapped[str | None] = mapped_column(String(36))  # the case it became (no FK: sync order)
    temp_case_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (Index("ix_prospect_status", "status"), Index("ix_prospect_case", "case_id"))


class ProspectVisit(SyncMixin, Base):
    """A visit where a prospect was found or discussed (its id is natural: the pair)."""

    __tablename__ = "prospect_visit"
    prospect_id: Mapped[str] = mapped_column(String(36), nullable=False)
    visit_id: Mapped[str] = mapped_column(String(36), nullable=False)

    __table_args__ = (Index("ix_prospect_visit_p", "prospect_id"), Index("ix_prospect_visit_v", "visit_id"))


class FeederCapacity(SyncMixin, Base):
    """The spare capacity of a feeder (馈线可开放容量) as last entered; the id is natural (the
    feeder's name), so two laptops entering it meet as one row."""

    __tablename__ = "feeder_capacity"
    feeder: Mapped[str] = mapped_column(String(50), nullable=False, unique=True)
    substation: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    spare_kva: Mapped[float] = mapped_column(Float, nullable=False)
    entered_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    entered_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")


class ForecastVersion(SyncMixin, Base):
    """A demand forecast as issued to the 发展建设部 (用电需求预测表): the rows exactly as sent
    (JSON list), so the next issue shows what changed."""

    __tablename__ = "forecast_version"
    issued_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    from_year: Mapped[int] = mapped_column(Integer, nullable=False)
    years: Mapped[int] = mapped_column(Integer, nullable=False)
    rows: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    issued_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
# --- issue 21: performance points (绩效积分) ---------------------------------------------------------
class PointsPosting(SyncMixin, Base):
    """One posting of the points ledger, append-only: never updated, never deleted. ``kind`` case
    (a finished case's share for one person and role, derived under the rule ``rule`` in force when
    the case finished), reversal (cancels ``reverses`` in a labelled recalculation ``label``) or
    adjustment (an adjustment or an accepted appeal: ``request_id``). ``formula`` is the computation
    written out with the actual numbers; ``detail`` (JSON object) its parts."""

    __tablename__ = "points_posting"
    month: Mapped[str] = mapped_column(String(7), nullable=False)  # YYYY-MM the points count in
    person: Mapped[str] = mapped_column(String(50), nullable=False)
    role: Mapped[str] = mapped_column(String(10), nullable=False)  # manager | survey | review | adjust
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # case | reversal | adjustment
    case_id: Mapped[str | None] = mapped_column(String(36))
    rule: Mapped[str] = mapped_column(String(60), nullable=False, default="")  # doc id@version
    formula: Mapped[str] = mapped_column(Text, nullable=False, default="")
    value: Mapped[float] = mapped_column(Float, nullable=False)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    reverses: Mapped[str | None] = mapped_column(String(36))
    label: Mapped[str] = mapped_column(String(100), nullable=False, default="")  # the recalculation's label
    request_id: Mapped[str | None] = mapped_column(String(36))
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (Index("ix_points_posting_month", "month", "person"), Index("ix_points_posting_case", "case_id"))


class PointsRequest(SyncMixin, Base):
    """An adjustment (调整) or an appeal (申诉) of someone's points, with its reason and its decision.
    Nobody decides on their own points: ``decided_by`` is never ``person``."""

    __tablename__ = "points_request"
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # adjustment | appeal
    person: Mapped[str] = mapped_column(String(50), nullable=False)
    month: Mapped[str] = mapped_column(String(7), nullable=False)
    case_id: Mapped[str | None] = mapped_column(String(36))
    points: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="pending")  # pending | accepted | rejected
    decision: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decided_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)

    __table_args__ = (Index("ix_points_request_person", "person", "month"),)
# --- issue 21: bulletins (三通报) and escalation (三级监控) ----------------------------------------


class Bulletin(SyncMixin, Base):
    """An issued bulletin, frozen: the figures as issued (``content``, the JSON of the bulletin),
    the rule-set versions they were judged under and a hash of the inputs behind them. A re-issue
    whose inputs changed is a new row with the next ``version`` and the ``differences`` from the
    last one; nothing issued is ever rewritten. The id comes from (kind, period, level, scope,
    version), so the same issue made on two laptops meets as one row in sync."""

    __tablename__ = "bulletin"
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # weekly | monthly | quarterly
    period: Mapped[str] = mapped_column(String(10), nullable=False)  # 2026-W23 | 2026-06 | 2026-Q2
    level: Mapped[str] = mapped_column(String(10), nullable=False, default="bureau")
    scope: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    as_of: Mapped[dt.date] = mapped_column(Date, nullable=False)
    issued_by: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    rule_sets: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON [{id, version}]
    input_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    inputs: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON {case_no: fingerprint}
    content: Mapped[str] = mapped_column(Text, nullable=False)  # JSON of the bulletin as issued
    differences: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON, from the previous version

    __table_args__ = (UniqueConstraint("kind", "period", "level", "scope", "version", name="uq_bulletin_version"),)


class EscalationAck(SyncMixin, Base):
    """The acknowledgement of an escalation (督办) by the person told. The escalation itself is
    computed from the case clock for any as-of date (``app.services.escalation``); its id is a
    natural id of (case, stage, round, rung), so this row's id is the escalation's and meets in sync."""

    __tablename__ = "escalation_ack"
    case_id: Mapped[str] = mapped_column(String(36), nullable=False)
    round_key: Mapped[str] = mapped_column(String(40), nullable=False)  # STAGE:round
    rung: Mapped[str] = mapped_column(String(20), nullable=False)
    told_role: Mapped[str] = mapped_column(String(20), nullable=False)
    told: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    escalated_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    acknowledged_by: Mapped[str] = mapped_column(String(50), nullable=False)
    acknowledged_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (Index("ix_escalation_ack_case", "case_id"),)


# --- pg_sync (issue 22): devices waiting for trust ------------------------------------------------
class PendingDevice(Base):
    """A device whose package arrived here before a person trusted it: its id, the name and key its
    own package carried (the signature checked against that key), and when. Kept in the database,
    not beside it, so that any supervisor of a server database (or this laptop after a restore) can
    compare the fingerprint and trust it. Local, never synced: who is waiting for whose trust is
    this database's own business, and a stranger's package must not spread its name to every peer."""

    __tablename__ = "pending_device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    public_key: Mapped[str] = mapped_column(String(100), nullable=False)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


# --- bulletin_speed (issue 21): the verdicts of finished cases, derived, local, never synced ----------


class VerdictCache(Base):
    """A finished case's clock and verdicts as ``app.clock.judge`` gave them, kept so that a bulletin's
    trend does not judge again tens of thousands of cases that did not change. ``judged`` is the digest
    of what judging read besides the case (the judging code, the calendar's working days, the rule
    sets' contents); ``key`` the digest of the case's own inputs (facts, rounds, pauses). A row is used
    only when both match what a bulletin computes afresh, so a stale row cannot be read; a missing
    table row is judged and written again. Local: not in app.sync.format.MUTABLE."""

    __tablename__ = "verdict_cache"
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    judged: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), nullable=False)
    value: Mapped[str] = mapped_column(Text, nullable=False)  # JSON {"e": [wd per round], "v": [[verdict, [[limit, used, status]...]]...]}

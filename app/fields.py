"""What a valid value is, defined once.

The local services (case creation and edit, the user's and the device's name), the sync importer,
the exporter's self-check and the GUI's input limits all read these definitions: a value one laptop
accepts is never one every other laptop refuses for ever.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from app.domain import MAX_KVA, MIN_KVA, SUPPLY_KV
from app.errors import Refused
from app.messages import render

# control characters, and the invisible ones that make two names look alike or text read backwards:
# zero-width spaces and joiners, directional marks, embeddings, overrides and isolates, BOM
INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
CONTROL = re.compile("[\x00-\x1f\x7f]")
ACCOUNT_RE = re.compile(r"^\d{10}\Z")  # ACCOUNT_DIGITS
# Largest credible single application per supply voltage (kVA).
MAX_KVA_BY_KV = {10.0: 20_000.0, 20.0: 40_000.0, 35.0: 100_000.0, 110.0: MAX_KVA}


@dataclass(frozen=True)
class Text:
    """A one-line text a person types: its length, and no control or invisible characters."""

    name: str  # the FIELDS key of app.messages (how the field is named in a message)
    max_len: int
    required: bool = False

    def check(self, value: str | None) -> str:
        return check_text(value, self.name, self.max_len, self.required)


# the fields that also travel by sync, as the database columns hold them
USER = Text("manager", 50)  # the user's name: it becomes cases' manager and every event's actor
DEVICE_NAME = Text("device_name", 100, required=True)
CUSTOMER_NAME = Text("customer_name", 100, required=True)
# issues 19-21: the texts of outage plans, follow-ups and actions, analysis meetings, evaluations and points
MEETING_CHAIR = Text("chair", 50, required=True)
MEETING_PLACE = Text("place", 100)
LONG_NOTE = Text("note", 4000)
ANALYSIS_TEXT = Text("text", 4000, required=True)
ATTENDEE = Text("attendance", 50)
SHORT_NOTE = Text("note", 2000)
FOLLOWUP_BY = Text("by", 50, required=True)
FOLLOWUP_TEXT = Text("text", 4000)
ACTION_TEXT = Text("text", 500, required=True)
ACTION_OWNER = Text("owner", 50, required=True)
OUTAGE_CHANNEL = Text("outage_channel", 30, required=True)
POINTS_PERSON = Text("manager", 50, required=True)
POINTS_REASON = Text("reason", 500, required=True)
POINTS_USER = Text("user", 50, required=True)
POINTS_DECISION = Text("decision", 500, required=True)
POINTS_DECISION_OPTIONAL = Text("decision", 500)
POINTS_LABEL = Text("label", 100, required=True)
CONTACT = Text("contact", 100)
ADDRESS = Text("address", 200)
TOWNSHIP = Text("township", 30)
MANAGER = USER
PAUSE_NOTE = Text("note", 500)

# every other text a person types, as its service checks it and its GUI field is limited to
# (ui.widgets.limit_length): one number per field, here (issue 15)
DELETE_REASON = Text("note", 500, required=True)  # why a case entered by mistake is deleted
CORRECTION_NOTE = Text("note", 500)  # the text beside a correction's reason
PARTICIPANT = Text("participant", 50, required=True)
DEPT = Text("dept", 30)
SURVEY_FINDINGS = Text("note", 4000)
SUBSTATION = Text("substation", 50)
FEEDER = Text("feeder", 50)
POLE = Text("pole", 50)
INSPECTORS = Text("inspectors", 200)
ITEM_NOTE = Text("note", 1000)  # an inspection item's note
CLOSED_BY = Text("closed_by", 50, required=True)
DELIVERED_TO = Text("delivered_to", 100, required=True)  # who received a notice or a setting sheet
PHONE = Text("phone", 30)
BUREAU_NAME = Text("bureau_name", 60, required=True)
STATION = Text("station", 60)
FEE_ITEM = Text("fee_item", 60, required=True)  # a fee of the case (issue 16)
FEE_BASIS = Text("fee_basis", 500, required=True)
FEE_REASON = Text("fee_reason", 300, required=True)  # the supply station (供电所) printed on documents (issue 16)
INSTITUTE = Text("institute", 100)
DRAWINGS = Text("drawings", 2000)
OPINION = Text("opinion", 2000, required=True)
CLAUSE = Text("clause", 200)
RISK = Text("risk", 1000, required=True)
OWNER = Text("owner", 50)
PLACE = Text("place", 100, required=True)
CHAIR = Text("chair", 50, required=True)
MEETING_REASON = Text("reason", 500, required=True)  # why a meeting is postponed or cancelled
REPRESENTATIVE = Text("representative", 100)
DECISION_NOTE = Text("note", 2000)  # a meeting decision's changes or grounds
MINUTES = Text("minutes", 10000)  # a meeting's minutes text (several lines: see meetings.check_minutes)
ADVICE_ROOM = Text("room", 200, required=True)  # a temporary case's advice for its formal supply
ADVICE_TRANSFORMER = Text("transformer", 200, required=True)
ADVICE_SWITCHGEAR = Text("switchgear", 200, required=True)
ADVICE_NOTE = Text("note", 1000)
# metering (issue 19): the configuration's texts and the stock's type codes
METERING_REASON = Text("reason", 500, required=True)  # why a metering configuration was changed
METERING_TEXT = Text("metering_text", 50)  # meter current range, accuracy, collection terminal
STOCK_CODE = Text("type_code", 60, required=True)
STOCK_NAME = Text("type_name", 100)
ACCOUNT_DIGITS = 10

# (table, column) -> the definition its synced values are held to
SYNCED_TEXT = {
    ("case", "customer_name"): CUSTOMER_NAME,
    ("case", "contact"): CONTACT,
    ("case", "address"): ADDRESS,
    ("case", "township"): TOWNSHIP,
    ("case", "manager"): MANAGER,
    ("case_event", "actor"): USER,
    ("pause", "note"): PAUSE_NOTE,
    # metering (issue 19)
    ("metering_config", "meter_range"): METERING_TEXT,
    ("metering_config", "meter_accuracy"): METERING_TEXT,
    ("metering_config", "terminal"): METERING_TEXT,
    ("metering_config", "reason"): Text("reason", METERING_REASON.max_len),  # empty on a first setting
    ("metering_stock", "type_code"): STOCK_CODE,
    ("metering_stock", "name"): STOCK_NAME,
    # issue 18 (事前): the one-line texts of prospects and visits (topics and findings hold lines)
    ("prospect", "name"): Text("prospect_name", 100, required=True),
    ("prospect", "customer_name"): Text("customer_name", 100),
    ("prospect", "township"): Text("township", 30, required=True),
    ("prospect", "manager"): MANAGER,
    ("visit", "township"): TOWNSHIP,
}


def text_problem(value: str | None, max_len: int, required: bool = False) -> str | None:
    """The catalogue code of what is wrong with a text, or None."""
    value = value or ""
    if required and not value.strip():
        return "required"
    if len(value) > max_len:
        return "too_long"
    if CONTROL.search(value):
        return "control_chars"
    if INVISIBLE.search(value):
        return "invisible_chars"
    return None


def check_text(value: str | None, what: str, max_len: int, required: bool = False) -> str:
    value = (value or "").strip()
    problem = text_problem(value, max_len, required)
    if problem == "too_long":
        raise Refused("too_long", what=what, max=max_len)
    if problem is not None:
        raise Refused(problem, what=what)
    return value


def check_account(account_no: str) -> str:
    account_no = (account_no or "").strip()
    if not ACCOUNT_RE.match(account_no):
        raise Refused("bad_account", value=account_no)
    return account_no


def check_kv(kv: object) -> float:
    try:
        value = float(kv)
    except (TypeError, ValueError):
        raise Refused("bad_kv", value=kv) from None
    if value not in SUPPLY_KV:
        raise Refused("bad_kv", value=kv)
    return value


def check_capacity(kva: object, supply_kv: float) -> float:
    try:
        value = float(kva)
    except (TypeError, ValueError):
        raise Refused("bad_kva", value=kva) from None
    if not math.isfinite(value) or value < MIN_KVA:
        raise Refused("bad_kva", value=kva)
    limit = MAX_KVA_BY_KV.get(float(supply_kv), MAX_KVA)
    if value > limit:
        raise Refused("kva_too_large", value=kva, kv=fmt_kv(supply_kv), limit=int(limit))
    return value


def fmt_kv(kv: float) -> str:
    return str(int(kv)) if float(kv).is_integer() else str(kv)


# --- the same rules over rows in SQLite (the import's staging file, the exporter's database) ---------
def _kv_list() -> str:
    return ",".join(repr(float(k)) for k in SUPPLY_KV)


def _kva_limit_sql(kv: str) -> str:
    return "CASE " + kv + "".join(f" WHEN {k!r} THEN {v!r}" for k, v in MAX_KVA_BY_KV.items()) + f" ELSE {MAX_KVA!r} END"


# table -> [(SQL condition true for a bad row, the message code saying what is wrong)]
ROW_RULES: dict[str, list[tuple[str, str]]] = {
    "case": [
        (f"NOT (capacity_kva >= {MIN_KVA!r})", "row_kva_low"),
        (f"capacity_kva > {_kva_limit_sql('supply_kv')}", "row_kva_high"),
        (f"supply_kv NOT IN ({_kv_list()})", "row_bad_kv"),
        ("length(account_no) <> 10 OR account_no GLOB '*[^0-9]*'", "row_bad_account"),
    ],
    "stage_round": [
        ("finished_on IS NOT NULL AND finished_on < started_on", "row_round_order"),
    ],
    "pause": [
        ("ended_on IS NOT NULL AND ended_on < started_on", "row_pause_order"),
    ],
    "survey": [
        (f"supply_kv NOT IN ({_kv_list()})", "row_bad_kv"),
    ],
    # metering (issue 19): counts as the services take them
    "metering_stock": [
        (" OR ".join(f"NOT ({c} BETWEEN 0 AND 1000000)" for c in ("qualified", "awaiting_test", "issued", "safety",
                                                                  "on_order")),
         "库存数量须为 0 到 1000000 / stock figures must be 0 to 1000000"),
    ],
    "metering_config": [
        ("NOT (ct_count BETWEEN 0 AND 12) OR NOT (pt_count BETWEEN 0 AND 12)",
         "互感器数量须为 0 到 12 / transformer counts must be 0 to 12"),
    ],
}


# INVISIBLE as a GLOB pattern (SQLite compares code points in a [...] range): no Python per row
_GLOB_BAD = "*[\x01-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*"


def row_problems(dbapi, schema: str, label: dict[str, str] | None = None, where: str = "",
                 limit: int = 5) -> list[str]:
    """Rows of ``schema`` (an attached database name or "main") that break a rule, as
    "table ref: column: what" (at most ``limit``). ``label``: table -> the SQL naming a row
    (default its id); ``where``: an extra condition on the rows looked at."""
    label = label or {}
    out: list[str] = []
    rules: dict[str, list[tuple[str, str, str]]] = {}
    for table, conds in ROW_RULES.items():
        rules.setdefault(table, []).extend((c, render(code), "") for c, code in conds)
    for (table, col), spec in SYNCED_TEXT.items():
        cond = f'length("{col}") > {spec.max_len} OR "{col}" GLOB :bad'
        if spec.required:
            cond += f' OR trim("{col}") = \'\''
        rules.setdefault(table, []).append((cond, render("row_bad_text", max_len=spec.max_len), col))
    for table, conds in rules.items():
        # one pass over each table, all of its rules at once (a scan is what costs)
        ref = label.get(table, "id")
        flags = ",".join(f"({c})" for c, _w, _col in conds)
        any_bad = " OR ".join(f"({c})" for c, _w, _col in conds)
        sql = f'SELECT {ref}, {flags} FROM {schema}."{table}" WHERE ({any_bad}){where} LIMIT {limit - len(out)}'
        for r, *hits in dbapi.execute(sql, {"bad": _GLOB_BAD}):
            for hit, (_c, what, col) in zip(hits, conds):
                if hit:
                    out.append(f"{table} {r}{'.' + col if col else ''}: {what}")
        if len(out) >= limit:
            return out[:limit]
    return out[:limit]

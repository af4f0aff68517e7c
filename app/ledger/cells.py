"""Reading one ledger cell: dates, capacities, voltages, accounts and business types as people
type them in Excel, each read or refused with a reason, never guessed.

Every reader returns ``(value, problem)``: the value, or a catalogue code (``app.messages``) with its
parameters saying why the cell cannot be read. A blank cell is ``(None, None)``: missing is not
wrong here; whether the field is required is the importer's business.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from app.domain import BUSINESS_TYPES
from app.paths import resource

Problem = tuple[str, dict] | None

# Excel's day 0 is 1899-12-30 (Lotus 1-2-3's leap-year bug included): serial 45000 = 2023-03-15.
EXCEL_EPOCH = dt.date(1899, 12, 30)
# serials that are credible application dates: 1990-01-01 .. 2100-01-01
SERIAL_RANGE = (32874, 73051)

_DATE_TEXT = [
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]
# 2×630, 2x630, 2*630, 2X630 kVA; 630+400; 1,250 kVA; 630千伏安
_MULT = re.compile(r"^(\d+)\s*[×xX*]\s*(\d+(?:\.\d+)?)$")
_UNIT = re.compile(r"\s*(kva|千伏安|kv·a|kv\.a)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Vocabulary:
    """The versioned column names and words of ``resources/ledger/columns.json``."""

    version: int
    fields: dict[str, list[str]]
    stages: dict[str, list[str]]
    started: list[str]
    finished: list[str]
    business_types: dict[str, list[str]]
    voltages: dict[str, list[str]]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = json.loads(resource("ledger", "columns.json").read_text(encoding="utf-8"))
    return Vocabulary(
        version=int(data["version"]),
        fields=data["fields"],
        stages=data["stages"],
        started=data["started"],
        finished=data["finished"],
        business_types=data["business_types"],
        voltages=data["voltages"],
    )


def norm(text: object) -> str:
    """A header or a word as compared: no spaces, full-width brackets and letters made ASCII, lower case."""
    s = str(text or "").strip()
    s = s.translate(str.maketrans("（）【】：，", "()[]:,"))
    s = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in s)
    return re.sub(r"\s+", "", s).lower()


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str:
    """A cell as text, exactly: a string stays a string even if it starts with '=' (never a formula)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def read_date(value: object) -> tuple[dt.date | None, Problem]:
    if is_blank(value):
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if SERIAL_RANGE[0] <= value < SERIAL_RANGE[1]:
            return EXCEL_EPOCH + dt.timedelta(days=int(value)), None
        return None, ("ledger_bad_date", {"value": text(value)})
    s = str(value).strip()
    if re.fullmatch(r"\d+(\.0+)?", s) and len(s.split(".")[0]) == 5:  # a serial typed as text
        return read_date(float(s))
    s = s.split(" ")[0] if re.match(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}", s) else s
    for pattern in _DATE_TEXT:
        m = pattern.match(s)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3])), None
            except ValueError:
                break
    return None, ("ledger_bad_date", {"value": s})


def read_kva(value: object) -> tuple[float | None, Problem]:
    """``630``, ``630kVA``, ``2×630`` (1,260), ``630+400`` (1,030), ``1,250``: summed and stripped."""
    if is_blank(value):
        return None, None
    if isinstance(value, bool):
        return None, ("ledger_bad_kva", {"value": text(value)})
    if isinstance(value, (int, float)):
        return float(value), None
    s = norm(value).replace(",", "")
    s = _UNIT.sub("", s)
    total = 0.0
    parts = [p for p in re.split(r"[+＋、;；/]", s)]
    if not parts or any(not p for p in parts):
        return None, ("ledger_bad_kva", {"value": text(value)})
    for part in parts:
        part = _UNIT.sub("", part)
        m = _MULT.match(part)
        try:
            total += int(m[1]) * float(m[2]) if m else float(part)
        except ValueError:
            return None, ("ledger_bad_kva", {"value": text(value)})
    return total, None


def read_kv(value: object) -> tuple[float | None, Problem]:
    if is_blank(value):
        return None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), None
    key = norm(value)
    for kv, words in vocabulary().voltages.items():
        if key in {norm(w) for w in words}:
            return float(kv), None
    return None, ("ledger_bad_kv", {"value": text(value)})


def read_account(value: object) -> tuple[str | None, Problem]:
    """An account number as text. One stored as a number lost its leading zeros if it had any: when
    it is shorter than ten digits that is said, never padded."""
    if is_blank(value):
        return None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = text(value)
        if len(digits) < 10:
            return None, ("ledger_account_as_number", {"value": digits})
        return digits, None
    return str(value).strip().replace(" ", ""), None


def read_business_type(value: object) -> tuple[str | None, Problem]:
    if is_blank(value):
        return None, None
    key = norm(value)
    if key.upper() in BUSINESS_TYPES:
        return key.upper(), None
    for code, words in vocabulary().business_types.items():
        if key in {norm(w) for w in words}:
            return code, None
    return None, ("ledger_bad_type", {"value": text(value)})

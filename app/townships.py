"""The bureau's townships (乡镇/街道) and the supply station (供电所) covering each, as a versioned
data document (kind ``townships``, bundled in ``resources/townships/``; Xiangshan's 18 by default).
A case, a prospect and a visit each belong to one township; bulletins and roles group by station.
"""
from __future__ import annotations

from app.errors import Refused


def check(data: dict, where: str) -> None:
    """The content of a townships document: a non-empty list of {code, name, station, island}, codes
    and names unique."""
    rows = data.get("townships")
    if not isinstance(rows, list) or not rows or len(rows) > 500:
        raise Refused("doc_bad", where=f"{where}: townships (a list of 1 to 500)")
    codes: set[str] = set()
    names: set[str] = set()
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise Refused("doc_bad", where=f"{where}: townships[{n}]")
        code, name, station = row.get("code"), row.get("name"), row.get("station", "")
        if not isinstance(code, str) or not code.isascii() or not code.replace("_", "").isalnum() or len(code) > 30:
            raise Refused("doc_bad", where=f"{where}: townships[{n}].code")
        if not isinstance(name, str) or not name.strip() or len(name) > 30:
            raise Refused("doc_bad", where=f"{where}: townships[{n}].name")
        if not isinstance(station, str) or len(station) > 50 or not isinstance(row.get("island", False), bool):
            raise Refused("doc_bad", where=f"{where}: townships[{n}].station/island")
        if code in codes or name in names:
            raise Refused("doc_bad", where=f"{where}: townships[{n}] repeats {code} / {name}")
        codes.add(code)
        names.add(name)


def rows(cfg) -> list[dict]:
    """The townships in force (a ``ConfigSet``), in the document's order."""
    return [dict(r) for r in cfg.doc("townships").data["townships"]]


def station_of(cfg, township: str) -> str:
    """The supply station covering ``township`` (name or code); '' when the township is unknown."""
    for r in cfg.doc("townships").data["townships"]:
        if township in (r["name"], r["code"]):
            return r.get("station", "")
    return ""


def names(cfg) -> list[str]:
    """The names of the townships in force, in the document's order."""
    return [r["name"] for r in cfg.doc("townships").data["townships"]]


def require(cfg, township: str | None) -> str:
    """The township's name for ``township`` (a name or a code of the document in force); anything
    else is refused naming the known ones (issue 18)."""
    value = (township or "").strip()
    for r in cfg.doc("townships").data["townships"]:
        if value and value in (r["name"], r["code"], r["code"].lower()):
            return r["name"]
    raise Refused("unknown_township", value=value[:30], known="、".join(names(cfg)))

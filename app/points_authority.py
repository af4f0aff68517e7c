"""Who may recalculate the points and decide adjustments and appeals (issue 21): authority that
comes from versioned, synced data, not from a switch on one's own laptop.

The roles document (data kind ``roles``) names who holds which level (``holders``: [{name, level}])
and which levels may do what (``authority``: {"recalculate": [levels], "decide": [levels]}). A
person may act on a day when a level they hold in the roles document in force on that day may.
"decide" covers adjustments (decided as they are made) and the decisions of appeals; nobody decides
on their own points, whatever they hold. The same check runs three times:

- before a write, in ``app.services.points``: a refusal in the user's language, nothing written;
- on every read of the ledger: a posting or decision whose author held no such authority on its day
  is not counted and is listed as refused with its author (nothing is deleted, so a roles document
  published later that names the author makes it count);
- at an import (``screen_import``, called from ``app.sync.apply``): the points rows a package
  brought are screened and the refused ones named in the import's warnings.

Trust model. This protects against a user granting themselves authority on their own laptop, and
against a package from a peer carrying a recalculation, an adjustment or a decision by someone the
roles document does not name: on every other laptop it counts for nothing and is shown as refused.
A roles document arrives by sync only from a device a person here has marked as a supervisor (sync's
rule for all configuration). It does not protect against whoever may publish a roles document (the
supervisor's device; on their own database, its user), nor against a peer whose user takes the name
of an authorised person (a row's author is a name its database claims; the package's signature names
a device, not a person), nor against forged case postings (derived by replay, which any laptop may
do, and shown with their formula).
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from app.errors import Refused
from app.messages import render
from app.models import PointsPosting, PointsRequest

ACTIONS = ("recalculate", "decide")
MAX_HOLDERS = 500


def check_authority(data: dict, where: str, levels: tuple[str, ...]) -> None:
    """The optional parts of a roles document this module reads: ``holders`` (a name of 1..50
    characters and one of ``levels``; a name may hold several levels) and ``authority`` (each action
    a list of levels)."""
    holders = data.get("holders", [])
    if not isinstance(holders, list) or len(holders) > MAX_HOLDERS:
        raise Refused("doc_bad", where=f"{where}: holders (a list of at most {MAX_HOLDERS})")
    for n, h in enumerate(holders, 1):
        if (not isinstance(h, dict) or not isinstance(h.get("name"), str) or not 0 < len(h["name"].strip()) <= 50
                or h.get("level") not in levels):
            raise Refused("doc_bad", where=f"{where}: holders[{n}] (name, level)")
    auth = data.get("authority", {})
    if not isinstance(auth, dict) or set(auth) - set(ACTIONS):
        raise Refused("doc_bad", where=f"{where}: authority ({', '.join(ACTIONS)})")
    for action, lv in auth.items():
        if not isinstance(lv, list) or any(x not in levels for x in lv):
            raise Refused("doc_bad", where=f"{where}: authority.{action}")


def _roles_on(cfg, day: dt.date):
    try:
        return cfg.in_force_on("roles", day)
    except Refused:
        return None


def may(cfg, action: str, name: str, day: dt.date) -> bool:
    """Whether ``name`` may ``action`` on ``day`` under the roles document in force that day."""
    doc = _roles_on(cfg, day)
    name = (name or "").strip()
    if doc is None or not name:
        return False
    allowed = set(doc.data.get("authority", {}).get(action, ()))
    return any(h["name"].strip() == name and h["level"] in allowed for h in doc.data.get("holders", ()))


def summary(cfg, name: str, day: dt.date) -> dict:
    """What ``name`` may do on ``day``, for the screens: {action: bool, levels: [names held], roles}."""
    doc = _roles_on(cfg, day)
    held = [h["level"] for h in (doc.data.get("holders", ()) if doc else ()) if h["name"].strip() == (name or "").strip()]
    names = {lv["code"]: lv["name"] for lv in (doc.data.get("levels", ()) if doc else ())}
    return {**{a: may(cfg, a, name, day) for a in ACTIONS}, "levels": [names.get(x, x) for x in held],
            "roles": f"{doc.id}@{doc.version}" if doc else ""}


def require(cfg, action: str, name: str, day: dt.date) -> None:
    """Refuse (nothing written) unless ``name`` may ``action`` on ``day``."""
    if may(cfg, action, name, day):
        return
    doc = _roles_on(cfg, day)
    names = {lv["code"]: lv["name"] for lv in (doc.data.get("levels", ()) if doc else ())}
    levels = "、".join(names.get(x, x) for x in (doc.data.get("authority", {}).get(action, ()) if doc else ()))
    code = "points_no_authority_recalculate" if action == "recalculate" else "points_no_authority_decide"
    raise Refused(code, user=name or "?", day=day.isoformat(),
                  roles=f"{doc.id}@{doc.version}" if doc else "—", levels=levels or "—")


# --- the verdict on a stored row ------------------------------------------------------------------
def _day_of(detail: str, created_at: dt.datetime | None) -> dt.date:
    """The day a posting was made for the check: the business day it carries (``on``), else the
    day it was recorded."""
    try:
        on = json.loads(detail or "{}").get("on")
        return dt.date.fromisoformat(on)
    except (ValueError, TypeError, AttributeError):
        return (created_at or dt.datetime(1970, 1, 1)).date()


def posting_action(kind: str, label: str) -> str | None:
    """The authority a posting needs: a reversal or a relabelled case posting is a recalculation,
    an adjustment a decision; a case posting derived by replay needs none."""
    if kind == "reversal" or (kind == "case" and label):
        return "recalculate"
    if kind == "adjustment":
        return "decide"
    return None


class AuthorityChecks:
    """Authority checks of many rows against one configuration, each (action, name, day) asked once."""

    def __init__(self, cfg) -> None:
        self.cfg = cfg
        self._seen: dict[tuple, bool] = {}

    def _may(self, action: str, name: str, day: dt.date) -> bool:
        key = (action, name, day)
        if key not in self._seen:
            self._seen[key] = may(self.cfg, action, name, day)
        return self._seen[key]

    def posting(self, p: PointsPosting) -> str:
        """"" when the posting counts, else why not: ``no_authority`` or ``own`` (an adjustment of
        its author's own points)."""
        action = posting_action(p.kind, p.label)
        if action is None:
            return ""
        if action == "decide" and (p.created_by or "").strip() == p.person.strip():
            return "own"
        return "" if self._may(action, (p.created_by or "").strip(), _day_of(p.detail, p.created_at)) else "no_authority"

    def request(self, r: PointsRequest) -> str:
        """"" for a pending request or an authorised decision, else why the decision does not count."""
        if r.status == "pending":
            return ""
        who = (r.decided_by or "").strip()
        if who == r.person.strip():
            return "own"
        day = r.decided_on or (r.created_at or dt.datetime(1970, 1, 1)).date()
        return "" if self._may("decide", who, day) else "no_authority"


def screen_import(s, cfg, lseq_after: int) -> list[str]:
    """The warnings of an import about the points rows it brought (change number above
    ``lseq_after``) whose author had no authority: they are kept and not counted."""
    v = AuthorityChecks(cfg)
    bad: dict[str, int] = {}
    for p in s.scalars(select(PointsPosting).where(PointsPosting.lseq > lseq_after, PointsPosting.deleted.is_(False))):
        if v.posting(p):
            bad[p.created_by or "?"] = bad.get(p.created_by or "?", 0) + 1
    for r in s.scalars(select(PointsRequest).where(PointsRequest.lseq > lseq_after, PointsRequest.deleted.is_(False))):
        if v.request(r):
            bad[r.decided_by or "?"] = bad.get(r.decided_by or "?", 0) + 1
    return [render("points_refused_import", count=n, author=who) for who, n in sorted(bad.items())]

"""The figures of whole past periods a bulletin's trend shows, kept with the change number they were
computed at (issue 21, bulletin speed).

A quarterly bulletin shows four quarters of trend and compares with the previous quarter; a monthly
one six months, a weekly one eight weeks. The periods before the bulletin's own do not change while
none of their cases does, yet each run read and summed every one of their cases again (25,000 of a
quarterly's 34,500 at 100,000 cases). This module keeps, per earlier period, the figures the trend
(and the quarterly's comparison) prints and the ids of the cases they were computed from.

A summary is read only when all of these hold:

- its row's ``judged`` is the context of the rule sets its cases were judged under and the calendar
  and judging code (``verdict_cache.context``), and its key's digest matches the parameters of this
  run: kind, period, scope, the HV threshold, the townships' stations and this module's own code;
- the as-of day is on or after the day its last case closed (every case of the period had closed,
  and the period had ended, when it was computed: its figures are then the same on any later day);
- no case it was computed from, and no case now energised in the period, has a row in ``case``,
  ``stage_round``, ``pause`` or ``survey`` with a change number above the one read before the
  period's rows were (``W``, the same rule as the verdict cache: every write numbers above every
  number held, ``Store.catch_up``). A case edited, deleted, energised late into the period or moved
  out of it is such a change; an edit of an open case of this month is not.

Anything else computes the period from its cases, as without this module, and writes the summary
again (best effort, with the verdict cache's rows, in ``Verdicts.save``). The rows share the table
``verdict_cache``: their ``case_id`` is ``period:`` and a digest, which is no case's id.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from app.models import Case, Meta, StageRound, Survey, VerdictCache
from app.services.verdict_cache import _CHUNK, _changed_since, code_digest

MAX_CHANGED = 5_000  # changed cases beyond which the summaries are not checked case by case (a cost bound)


def row_id(kind: str, period: str, params: str) -> str:
    return "period:" + hashlib.blake2b(f"{kind}|{period}|{params}".encode(), digest_size=14).hexdigest()


def _key(w: int, params: str) -> str:
    return f"{w}|" + hashlib.blake2b(params.encode("utf-8"), digest_size=20).hexdigest()


def changed_cases(conn, w: int) -> dict[str, int] | None:
    """Per case, the highest change number above ``w`` of its row, rounds, pauses and survey; None
    when more than MAX_CHANGED cases changed (the verdict cache's scan, with the case rows and surveys)."""
    out, _n = _changed_since(conn, w, extra=(select(Case.id, Case.lseq).where(Case.lseq > w),
                                             select(Survey.case_id, Survey.lseq).where(Survey.lseq > w)))
    return None if len(out) > MAX_CHANGED else out


class PeriodSummaries:
    """One bulletin run's summaries of earlier periods. ``params``: what the figures depend on besides
    the cases and the judging context (the caller's digest text); ``code``: the functions that compute
    the figures, whose code is part of the key."""

    def __init__(self, store, verdicts, kind: str, params: str, code=()):
        self.store, self.verdicts, self.kind = store, verdicts, kind
        self.params = params + "|" + code_digest(code).hex()
        self.w: int | None = None
        self.used: list[str] = []  # the periods the caller answered from a summary (for tests and timing)

    def load(self, conn, wanted: dict[str, tuple[str, dt.date, dt.date]], as_of: dt.date) -> dict[str, dict]:
        """``wanted``: period -> (context, first day, last day). The valid summaries by period. Reads
        the change number first: the rows read after it are the ones a summary written in this run
        is computed from."""
        if not self.verdicts.enabled:
            return {}
        self.w = int(conn.execute(select(Meta.value).where(Meta.key == "lseq")).scalar() or 0)
        ids = {row_id(self.kind, p, self.params): p for p in wanted}
        rows = {}
        try:  # on its own connection, as the verdict cache: a role that may not read it only stays slower
            with self.store.engine.connect() as other:
                for cid, judged, key, value in other.execute(
                        select(VerdictCache.case_id, VerdictCache.judged, VerdictCache.key, VerdictCache.value)
                        .where(VerdictCache.case_id.in_(sorted(ids)))):
                    p = ids[cid]
                    w = key.partition("|")[0]
                    if judged != wanted[p][0] or not w.isdigit() or key != _key(int(w), self.params):
                        continue
                    head, _, case_ids = value.partition("\t")
                    summary = json.loads(head)
                    if summary.get("last", "9999") > as_of.isoformat() or wanted[p][2] > as_of:
                        continue  # a case closed later, or the period not over, on the day asked for
                    rows[p] = (int(w), summary, case_ids)
        except (SQLAlchemyError, ValueError):
            return {}
        if not rows:
            return {}
        changed = changed_cases(conn, min(w for w, _s, _i in rows.values()))
        if changed is None:
            return {}
        energized = self._energized_on(conn, changed)  # once for every period, not once per period
        out = {}
        for p, (w, summary, case_ids) in rows.items():
            since = {cid for cid, seq in changed.items() if seq > w}
            start, end = wanted[p][1:]
            if since and (since & set(case_ids.split(","))
                          or any(start <= day <= end for cid in since for day in energized.get(cid, ()))):
                continue
            out[p] = summary["figures"]
        return out

    @staticmethod
    def _energized_on(conn, case_ids) -> dict[str, list[dt.date]]:
        """The days the live ENERGIZE rounds of ``case_ids`` finished (a case energised into a period
        after its summary was written is in no summary's list of ids)."""
        ids = sorted(case_ids)
        out: dict[str, list[dt.date]] = {}
        for i in range(0, len(ids), _CHUNK):
            for cid, day in conn.execute(select(StageRound.case_id, StageRound.finished_on).where(
                    StageRound.case_id.in_(ids[i:i + _CHUNK]), StageRound.stage == "ENERGIZE",
                    StageRound.deleted.is_(False), StageRound.finished_on.is_not(None))):
                out.setdefault(cid, []).append(day)
        return out

    def keep(self, period: str, context: str, figures: dict, cases: list[dict], end: dt.date, as_of: dt.date) -> None:
        """Keep the figures of ``period`` computed from ``cases`` in this run, when the period had
        ended and every one of its cases had closed by ``as_of`` (written by ``Verdicts.save``)."""
        if self.w is None or end > as_of:
            return
        closed = self.verdicts.closed
        last = ""
        for c in cases:
            day = closed.get(c["id"])
            if day is None or day > as_of.isoformat():
                return  # a case with a round or pause open then: its figures may still change
            last = max(last, day)
        head = json.dumps({"last": last or end.isoformat(), "figures": figures}, ensure_ascii=False,
                          separators=(",", ":"))
        value = head + "\t" + ",".join(sorted(c["id"] for c in cases))
        self.verdicts.keep_row(row_id(self.kind, period, self.params), context, _key(self.w, self.params), value)

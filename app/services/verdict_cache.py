"""The verdicts of finished cases, kept by the fingerprint of their inputs (issue 21, bulletin speed).

A bulletin's trend judges every case energised in the last 6 months (monthly) or 4 quarters
(quarterly): tens of thousands of cases whose verdicts do not change from one run to the next. The
verdict of a finished case depends only on

- the case's own inputs: applied day, capacity, dual source and business type (``_facts``, read
  with the case at every run), and its rounds and pauses;
- what judging reads besides the case (``context``): the judging code itself, the calendar's
  working days and the rule sets' contents (id, version, names, items and limits).

The facts and the context are digests computed afresh at every run from what the run has just
read, so a row judged on other facts, another calendar, other rule sets or other code has another
key and is never read (a new rule-set version, a calendar import: each changes the context).

The rounds and pauses are checked by their change numbers instead of their contents (the database's
text of 26,000 cases' rows took 2 s of a quarterly's 10, a sum of their numbers still 1.3 s). A
row's key begins with the database's change number read before the rows it was judged from
(``W``). Every write of a round or pause (an edit, an insertion, a deletion, which is an edit of
``deleted``) gives it a number above every number already held: the store's flush hook, a sync
import, a consolidation and the fast ledger import all number on from the number the file or server
holds once they hold its write lock (``Store.catch_up``). So a case whose rounds and pauses, live or
deleted, all carry numbers up to ``W`` is the case its row was judged from; one change since
(``_changed_since``: the rows numbered above the oldest ``W`` read, through the ``lseq`` indexes)
and the row is not read. A change made between reading ``W`` and reading the rows only costs one
more judging at the next run. A correction replayed and a sync import are such changes.

A row also keeps, once the case was shown by a bulletin, the canonical JSON of the rounds and
pauses it was judged from (``rounds_text``): what a bulletin's input fingerprint holds of them, so a
bulletin's own cases answered by the cache are not read from ``stage_round`` and ``pause`` at all.
The same change-number rule makes it the text of the rows as they are.

Only cases whose every round and pause closed by the as-of day are kept, with that closing day:
their verdict is the same on any later day, and a row is read only from that day on. The rows live
in the local table ``verdict_cache`` (never synced); a missing row is judged and written back at the
end of the run. Writing is best effort, on its own connection and transaction: a database that
cannot take it (read-only role, busy) only stays slower.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import marshal

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.exc import SQLAlchemyError

from app import clock, rules, workdays
from app.clock import CaseData, ItemVerdict, RuleVerdict, judge
from app.models import Meta, Pause, StageRound, VerdictCache

_CHUNK = 900


def code_digest(functions) -> bytes:
    """The fingerprint of the code of ``functions`` (their compiled bodies)."""
    h = hashlib.sha256()
    for fn in functions:
        h.update(marshal.dumps(fn.__code__))
    return h.digest()


def _code_digest() -> bytes:
    """The judging code's own fingerprint: a change to how a verdict is computed changes every key."""
    return code_digest((clock.judge, clock._judge, clock._clip_to, clock._complete_stages, clock.round_elapsed, clock._span,
               rules.resolve_limit, rules._matches, workdays.WorkCalendar.workdays_between,
               workdays.WorkCalendar._idx, _value_of, _verdicts_of, closed_on, _key,
               # the row's layout: a third part, the rounds' text, which a version before it would
               # take for part of the items (a row of another layout is another context, never read)
               Verdicts.remember_rounds, Verdicts.rounds_text))


def _rule_set_text(rs) -> str:
    return json.dumps([rs.id, rs.version, rs.name, rs.name_en,
                       [[it.name, it.name_en, list(it.stages), it.limit, it.unit, it.per_round] for it in rs.items]],
                      ensure_ascii=False, sort_keys=True, default=str)


def context(cal, rule_sets) -> str:
    """The digest of what judging reads besides the case: code and working days (the first half, the
    *base*), then the rule sets (the second half). Two halves so that ``save`` can tell a row of an
    older calendar or code (never readable again: dropped) from one judged under other rule sets on
    the same calendar (the monthly bulletin's primary set beside the quarterly's all: both kept)."""
    h = hashlib.sha256(_code_digest())
    h.update(bytes(cal._flags))
    h.update(str(cal._base).encode())
    r = hashlib.sha256()
    for rs in rule_sets:
        r.update(_rule_set_text(rs).encode("utf-8"))
    return h.hexdigest()[:32] + r.hexdigest()[:32]


KEEP_CONTEXTS = 4  # rule-set combinations kept per calendar (a cache's size, not a business rule)


def closed_on(data: CaseData, as_of: dt.date) -> dt.date | None:
    """The day the case's last round or pause closed, when every one closed by ``as_of`` (its verdict
    is then the same on any day from that one on); None otherwise."""
    last = data.applied_on
    for r in data.rounds:
        if r.finished_on is None or r.finished_on > as_of:
            return None
        last = max(last, r.started_on, r.finished_on)
        for p in r.pauses:
            if p.ended_on is None or p.ended_on > as_of or p.started_on > as_of:
                return None
            last = max(last, p.started_on, p.ended_on)
    return last


def _key(w: int, facts: str) -> str:
    return f"{w}|" + hashlib.blake2b(facts.encode("utf-8"), digest_size=20).hexdigest()


def _facts(c: dict) -> str:
    return (f"{c['applied_on'].isoformat()}|{float(c['capacity_kva'])!r}|{1 if c['dual_source'] else 0}|"
            f"{c['business_type'] or ''}")


REFRESH_AFTER = 20_000  # rows changed since the oldest W before the valid rows are written anew (a cost bound)


def _changed_since(conn, w: int, extra=()) -> tuple[dict[str, int], int]:
    """Per case, the highest change number of its rounds and pauses (live or deleted) above ``w``, and
    how many such rows there were; through the ``lseq`` indexes, so a few changes cost a few rows.
    ``extra``: more (case id, change number) queries of rows above ``w`` (period_cache: the case rows
    and surveys)."""
    out: dict[str, int] = {}
    n = 0
    for q in (select(StageRound.case_id, StageRound.lseq).where(StageRound.lseq > w),
              select(StageRound.case_id, Pause.lseq).join(StageRound, StageRound.id == Pause.round_id)
              .where(Pause.lseq > w), *extra):
        for cid, seq in conn.execute(q):
            n += 1
            if seq > out.get(cid, 0):
                out[cid] = seq
    return out, n


def _value_of(last: dt.date, stage_wd: dict[str, int], verdicts: list[RuleVerdict]) -> str:
    # the head (read for every case) and the items (read only for a case the bulletin shows) apart
    head = json.dumps([last.isoformat(), stage_wd, [v.verdict for v in verdicts]], separators=(",", ":"))
    items = json.dumps([[[i.limit_wd, i.used_wd, i.status] for i in v.items] for v in verdicts], separators=(",", ":"))
    return head + "\t" + items


def _verdicts_of(head: list, items_text: str, rule_sets, items: bool, meta: dict) -> list[RuleVerdict]:
    if not items:
        return [RuleVerdict(rs.id, rs.version, rs.name, rs.name_en, verdict, [])
                for rs, verdict in zip(rule_sets, head[2], strict=True)]
    out = []
    for rs, verdict, its in zip(rule_sets, head[2], json.loads(items_text), strict=True):
        m = meta.get(id(rs))
        if m is None:  # the items' names and stages once per rule set (read-only, as the verdicts are)
            m = meta[id(rs)] = [(it.name, it.name_en, list(it.stages), it.unit) for it in rs.items]
        if len(its) != len(m):
            raise ValueError("items")
        # the items are values read only (compliance, the case rows): one object per distinct
        # (item, limit, used, status), shared by the cases that have it (most do: 140,000 made a
        # quarter's second)
        row = []
        for j, ((name, name_en, stages, unit), (limit, used, status)) in enumerate(zip(m, its)):
            k = (id(rs), j, limit, used, status)
            iv = meta.get(k)
            if iv is None:
                iv = meta[k] = ItemVerdict(name, name_en, stages, limit, unit, used, status)
            row.append(iv)
        out.append(RuleVerdict(rs.id, rs.version, rs.name, rs.name_en, verdict, row))
    return out


class Verdicts:
    """One run's view of the cache. ``prepare`` reads the change number and the rows whose keys and
    numbers still match their cases; ``cached`` answers from them; ``judge`` judges a case from its
    rows read, and keeps the row to write; ``save`` writes at the end of the run."""

    def __init__(self, store, cal, as_of: dt.date, enabled: bool = True):
        self.store, self.cal, self.as_of, self.enabled = store, cal, as_of, enabled
        self._contexts: dict[tuple, str] = {}
        self._facts: dict[str, str] = {}
        self._ctx_of: dict[str, str] = {}
        self._valid: dict[str, tuple] = {}
        self._new: dict[tuple[str, str], tuple[str, str]] = {}
        self._meta: dict = {}
        self._bare: dict[tuple, list[RuleVerdict]] = {}
        self.w: int | None = None  # the change number read before the rows (``prepare``)
        self.closed: dict[str, str] = {}  # per case answered or judged: the day its last round or pause closed
        self.hits = self.misses = 0

    def context_of(self, rule_sets) -> str:
        """The digest of the judging context under ``rule_sets`` (``context``), once per combination."""
        return self._context(rule_sets)

    def _context(self, rule_sets) -> str:
        k = tuple(id(rs) for rs in rule_sets)
        if k not in self._contexts:
            self._contexts[k] = context(self.cal, rule_sets)
        return self._contexts[k]

    def prepare(self, conn, case_ids_query, info: dict[str, dict], sets_of: dict[str, list]) -> None:
        """``info``: the cases by id (applied_on, capacity_kva, dual_source, business_type); ``sets_of``:
        the rule sets each is judged under. Called before the rounds and pauses are read: the change
        number it reads first is the one the rows judged in this run are written with."""
        if not self.enabled or not info:
            return
        self.w = int(conn.execute(select(Meta.value).where(Meta.key == "lseq")).scalar() or 0)
        for cid, c in info.items():
            self._facts[cid] = _facts(c)
            self._ctx_of[cid] = self._context(sets_of[cid])
        found: dict[str, tuple[int, str]] = {}
        try:  # on its own connection: a role that may not read the table must not spoil the caller's
            with self.store.engine.connect() as other:
                for cid, judged, key, value in other.execute(
                        select(VerdictCache.case_id, VerdictCache.judged, VerdictCache.key, VerdictCache.value)
                        .where(VerdictCache.judged.in_(sorted(set(self._ctx_of.values()))),
                               VerdictCache.case_id.in_(case_ids_query))):
                    if judged != self._ctx_of.get(cid):
                        continue
                    w = key.partition("|")[0]
                    if not w.isdigit() or key != _key(int(w), self._facts[cid]):
                        continue  # judged on other facts (or not a row of this code): never read
                    found[cid] = (int(w), value)
        except SQLAlchemyError:  # no table (a database not upgraded yet) or no right to read it: judge all
            return
        if not found:
            return
        changed, n = _changed_since(conn, min(w for w, _v in found.values()))
        refresh = n > REFRESH_AFTER  # many changes since the oldest rows: the valid ones written with this W
        as_of = self.as_of.isoformat()
        for cid, (w, value) in found.items():
            if changed.get(cid, 0) > w:
                continue  # a round or pause of the case changed since it was judged
            head_text, items_text, *rounds_text = value.split("\t", 2)
            head = json.loads(head_text)
            if head[0] <= as_of:  # closed by then: the same verdict on any later day
                self._valid[cid] = (head, items_text, rounds_text[0] if rounds_text else None, w, value)
                self.closed[cid] = head[0]
                if refresh and w < self.w:
                    self._new[(cid, self._ctx_of[cid])] = (_key(self.w, self._facts[cid]), value)

    def has(self, case_id: str) -> bool:
        return case_id in self._valid

    def cached(self, case_id: str, rule_sets, items: bool) -> tuple[dict[str, int], list[RuleVerdict]] | None:
        """The case's stage times and verdicts from its row, or None."""
        found = self._valid.get(case_id)
        if found is None:
            return None
        head, items_text = found[0], found[1]
        self.hits += 1
        if not items:  # the bare verdicts (the trend's cases): shared, few distinct ones
            k = (tuple(id(rs) for rs in rule_sets), tuple(head[2]))
            bare = self._bare.get(k)
            if bare is None:
                bare = self._bare[k] = _verdicts_of(head, items_text, rule_sets, False, self._meta)
            return dict(head[1]), bare
        return dict(head[1]), _verdicts_of(head, items_text, rule_sets, items, self._meta)

    def judge(self, case_id: str, data: CaseData, rule_sets, as_of: dt.date
              ) -> tuple[dict[str, int], list[RuleVerdict]]:
        known, elapsed, verdicts = judge(data, self.cal, rule_sets, as_of)
        stage_wd: dict[str, int] = {}
        for r, e in zip(known, elapsed):
            stage_wd[r.stage] = stage_wd.get(r.stage, 0) + e
        if self.enabled and self.w is not None and case_id in self._facts:
            self.misses += 1
            last = closed_on(data, as_of)
            if last is not None:
                self.closed[case_id] = last.isoformat()
                self._new[(case_id, self._ctx_of[case_id])] = (_key(self.w, self._facts[case_id]),
                                                              _value_of(last, stage_wd, verdicts))
        return stage_wd, verdicts

    def rounds_text(self, case_id: str) -> str | None:
        """The canonical JSON of the case's rounds and pauses as its row was judged from (what a
        bulletin's input fingerprint holds of them), when its row is valid and carries it."""
        found = self._valid.get(case_id)
        return found[2] if found is not None else None

    def remember_rounds(self, case_id: str, rule_sets, text: str) -> None:
        """``text``: the canonical JSON of the rounds and pauses just read for the case, kept with its
        row: a row judged in this run, or a valid row written before rows carried it (the rounds read
        are the ones it was judged from, since none changed since its number)."""
        if not self.enabled or self.w is None or case_id not in self._facts:
            return
        ctx = self._ctx_of.get(case_id)
        pending = self._new.get((case_id, ctx))
        if pending is not None:
            if pending[1].count("\t") == 1:
                self._new[(case_id, ctx)] = (pending[0], pending[1] + "\t" + text)
            return
        found = self._valid.get(case_id)
        if found is not None and found[2] is None and ctx == self._context(rule_sets):
            self._new[(case_id, ctx)] = (_key(found[3], self._facts[case_id]), found[4] + "\t" + text)

    def keep_row(self, row_id: str, judged: str, key: str, value: str) -> None:
        """Another row of the table to write with this run's (a period's summary, app.services.period_cache)."""
        if self.enabled:
            self._new[(row_id, judged)] = (key, value)

    def save(self) -> None:
        """Write the rows judged in this run (best effort: see the module's docstring)."""
        if not self.enabled or not self._new:
            return
        items = list(self._new.items())
        try:
            self.store.verify()  # nothing is written into a damaged file, a cache least of all
            with self.store.engine.begin() as conn:
                # rows of an older calendar or judging code can never be read again: dropped; rows of
                # other rule-set combinations on this calendar are kept (a monthly bulletin after a
                # quarterly one reads its own), up to KEEP_CONTEXTS of them
                current = set(self._contexts.values())
                bases = sorted({c[:32] for c in current})
                conn.execute(delete(VerdictCache).where(
                    ~or_(*[VerdictCache.judged.startswith(b, autoescape=True) for b in bases])))
                others = [j for (j,) in conn.execute(select(VerdictCache.judged).distinct()) if j not in current]
                if len(others) + len(current) > KEEP_CONTEXTS:
                    conn.execute(delete(VerdictCache).where(VerdictCache.judged.in_(others)))
                by_ctx: dict[str, list[str]] = {}
                for (cid, ctx), _v in items:
                    by_ctx.setdefault(ctx, []).append(cid)
                for ctx, cids in by_ctx.items():
                    for i in range(0, len(cids), _CHUNK):
                        conn.execute(delete(VerdictCache).where(VerdictCache.judged == ctx,
                                                                VerdictCache.case_id.in_(cids[i:i + _CHUNK])))
                conn.execute(insert(VerdictCache), [{"case_id": cid, "judged": ctx, "key": k, "value": v}
                                                    for (cid, ctx), (k, v) in items])
        except Exception:  # a cache that cannot be written costs speed, never a bulletin
            return
        self._new = {}


def clear(store) -> None:
    """Empty the cache (tests; an administrator's ``zaosong check`` need not: rows are never stale)."""
    with store.engine.begin() as conn:
        conn.execute(delete(VerdictCache))

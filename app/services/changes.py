"""The change set: what one write changed, declared once, for screens to refresh from.

Every write service returns a ``Changes``; the GUI's change hub carries it to the pages, and each
page refreshes only what it names (a case window only if its case is in ``cases``, the meetings page
only if ``meetings`` or ``all_meetings`` says so, the calendar only if ``calendar``). Fields a
particular write has no use for keep their empty defaults. Frozen: a change set, once returned,
is a fact; a caller that adds to one makes a new one (``merged``, ``dataclasses.replace``).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Changes:
    # ids (UUIDs) of the cases whose rows, clocks or windows may show something new
    cases: frozenset[str] = field(default_factory=frozenset)
    case_no: str | None = None  # the case the write was about (what the CLI prints)
    warnings: tuple[str, ...] = ()
    calendar: bool = False  # the holiday schedule changed: every deadline may move
    config: bool = False  # a rule set or checklist template in force changed
    meetings: frozenset[str] = field(default_factory=frozenset)  # ids of review meetings changed
    held_at: str | None = None  # a meeting's (new) time: the meetings page follows it to its month
    created_id: str | None = None  # the row the write made (inspection, sheet, attachment, review, risk, meeting)
    outcome: str | None = None  # what closing an inspection decided (pass / rectify)
    number: int | None = None  # the number a new design-review opinion got
    risks: bool = False  # a policy risk was added or settled (Today lists the open ones)
    all_cases: bool = False  # any case may have changed (a sync import, demo data)
    all_meetings: bool = False
    # a visit, action, follow-up, analysis item, outage need or plan, or metering row changed: the
    # Today sections listing those re-read (a stage write elsewhere costs them no read)
    work_items: bool = False

    @classmethod
    def of_cases(cls, ids: Iterable[str], **kw) -> Changes:
        return cls(cases=frozenset(ids), **kw)

    @property
    def meeting_id(self) -> str | None:
        """The one meeting a meeting write was about (None if none or several)."""
        return next(iter(self.meetings)) if len(self.meetings) == 1 else None

    def touches_case(self, case_id: str | None) -> bool:
        return self.all_cases or self.calendar or self.config or (case_id is not None and case_id in self.cases)

    def touches_meetings(self) -> bool:
        return self.all_meetings or bool(self.meetings)

    def merged(self, other: Changes) -> Changes:
        """Both change sets at once (a write made of two writes); ``other``'s single values win."""
        return replace(
            self,
            cases=self.cases | other.cases,
            case_no=other.case_no or self.case_no,
            warnings=self.warnings + other.warnings,
            calendar=self.calendar or other.calendar,
            config=self.config or other.config,
            meetings=self.meetings | other.meetings,
            held_at=other.held_at or self.held_at,
            created_id=other.created_id or self.created_id,
            outcome=other.outcome or self.outcome,
            number=other.number if other.number is not None else self.number,
            risks=self.risks or other.risks,
            all_cases=self.all_cases or other.all_cases,
            all_meetings=self.all_meetings or other.all_meetings,
            work_items=self.work_items or other.work_items,
        )

    def as_dict(self) -> dict:
        """Plain data for JSON (sorted ids)."""
        return {"cases": sorted(self.cases), "case_no": self.case_no, "warnings": list(self.warnings),
                "calendar": self.calendar, "config": self.config, "meetings": sorted(self.meetings),
                "all_cases": self.all_cases, "all_meetings": self.all_meetings, "work_items": self.work_items}


NOTHING = Changes()

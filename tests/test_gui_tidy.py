"""Area "tidy", GUI: the Today view reads its sections in one job (one session, one as-of); a write
that names some sections re-reads those alone; what Today shows is what the separate reads showed."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QLabel

from tests.helpers import open_window, wait_idle

AS_OF = dt.date(2026, 11, 27)  # the demo's day
OLD_TODAY_JOBS = {"open_risks", "waiting_for_customers", "unreserved", "today_items", "at_risk_view",
                  "due_items", "monitoring"}


def _shown(page) -> dict:
    """Every table's rows and every label of the Today page, in every scope of its combo box."""
    def rows(m):
        out = []

        def walk(parent, depth):
            for r in range(m.rowCount(parent)):
                out.append([depth] + [m.index(r, c, parent).data() for c in range(m.columnCount(parent))])
                walk(m.index(r, 0, parent), depth + 1)

        walk(QModelIndex(), 0)
        return out

    seen = {}
    for i in range(page.scope.count()):
        page.scope.setCurrentIndex(i)
        seen[page.scope.itemText(i)] = (
            [(v.objectName(), v.isVisibleTo(page), rows(v.model())) for v in page.findChildren(QAbstractItemView)],
            [(lab.objectName(), lab.text()) for lab in page.findChildren(QLabel)])
    page.scope.setCurrentIndex(0)
    return seen


def _sections(page) -> dict:
    """What each section holds, but the risks (a new read replaces the object)."""
    return {"waiting": page.waiting, "after": page.after.items, "metering": page.metering.rows,
            "outage": page.outage_risks.rows, "visits": page.visits_due.rows, "monitoring": page.monitoring}


def _separate_reads(store) -> dict:
    """The sections as the Today view read them before, each in its own session."""
    from app.services import agenda, design_review, followups, metering, outage, visits

    def read(fn):
        with store.reader() as s:
            return fn(s)

    return {"risks": read(lambda s: design_review.list_risks(s, open_only=True)),
            "waiting": read(lambda s: agenda.waiting_for_customers(s, AS_OF)),
            "metering": read(lambda s: metering.unreserved_in_energize(s, AS_OF)),
            "after": read(lambda s: followups.today_items(s, AS_OF, None)),
            "outage": read(lambda s: {"rows": agenda.outage_at_risk(s, AS_OF), "need_cases": outage.cases_with_needs(s)}),
            "visits": read(lambda s: visits.due_items(s, AS_OF)),
            "monitoring": read(lambda s: agenda.monitoring(s, AS_OF, store.user))}


def test_a_full_refresh_reads_today_in_one_job_and_shows_what_the_separate_reads_showed(qtbot, app_zh, demo_db):
    win = open_window(qtbot, demo_db, AS_OF)
    page = win.today_page
    seen = len(win.worker.log)
    win.refresh()
    wait_idle(qtbot, win)
    jobs = list(win.worker.log)[seen:]
    # before: load_open, load_all and seven Today jobs (risks, waiting, metering, after, outage,
    # visits, monitoring) and the townships
    assert sorted(jobs) == ["load_all", "load_open", "today_sections", "township_names"], jobs
    now = _shown(page)
    assert len(now) > 3  # mine, all, managers, stations
    assert page.waiting and page.after.items["due"] and page.monitoring["stations"]  # a demo with content
    page.set_sections({"sections": _separate_reads(win.store), "errors": []})  # what the seven reads gave, through the same receivers
    assert _shown(page) == now
    win.close()


def test_a_write_naming_a_section_rereads_that_section_alone(qtbot, app_zh, demo_db):
    from ui.ops import before as before_ops
    from ui.ops import review as review_ops

    win = open_window(qtbot, demo_db, AS_OF)
    page = win.today_page
    case_no = win.snapshot.rows[0].case_no
    kept = _sections(page)
    n_risks = len(page.risks)
    seen = len(win.worker.log)
    win.ops.write(review_ops.add_risk, case_no, "PERMIT", "规划许可未批", "张伟", "2026-12-10")
    wait_idle(qtbot, win)
    # the window's warm-up job (_nothing, a page grabbed once) may land in between: not a read of the write
    jobs = [j for j in list(win.worker.log)[seen:] if j != "_nothing"]
    assert jobs.count("today_sections") == 1 and not OLD_TODAY_JOBS & set(jobs), jobs
    assert jobs[0] == "add_risk" and "case_rows" in jobs and "load_all" not in jobs, jobs  # the reads in any order
    assert len(page.risks) == n_risks + 1 and any(r["text"] == "规划许可未批" for r in page.risks)
    # the other sections were not read again: the very same objects
    assert all(_sections(page)[name] is value for name, value in kept.items())

    # a work-item write (a visit): its four sections in one read, risks, waiting, monitoring untouched
    risks, waiting, monitoring = page.risks, page.waiting, page.monitoring
    seen = len(win.worker.log)
    win.ops.write(before_ops.add_visit, "2026-11-26", "发改局", "石浦镇", "重点项目", party_name="象山县发改局")
    wait_idle(qtbot, win)
    jobs = list(win.worker.log)[seen:]
    assert jobs.count("today_sections") == 1 and not OLD_TODAY_JOBS & set(jobs), jobs
    assert page.risks is risks and page.waiting is waiting and page.monitoring is monitoring
    assert page.after.items is not kept["after"] and page.visits_due.rows is not kept["visits"]
    win.close()


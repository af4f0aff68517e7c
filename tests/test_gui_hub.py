"""The change hub (issue 14 §3 GUI): one write, the reads it names; PDFs drawn beside the database worker."""
from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QDate, Qt

from tests.helpers import ok_button, open_window, wait_idle

D = dt.date


def _cases(db_path, n: int) -> list[str]:
    from app.services import cases as svc
    from app.store import Store

    store = Store.open(db_path)
    with store.session() as s:
        nos = [svc.create_case(s, customer_name=f"客户{i}", account_no=f"33{i:08d}", capacity_kva=400,
                               applied_on=D(2026, 11, 16)).case_no for i in range(n)]
    store.dispose()
    return nos


def test_finishing_a_stage_reads_one_case_window_and_one_row(qtbot, app_zh, db_path):
    """Before the hub (06ed1e7) this write was followed by 8 reads: both full list loads (the clocks of
    every case, twice), risks, the meetings page (2) and the three parts of every open case window.
    Now: the window of that case (one job) and that case's list row (one job)."""
    nos = _cases(db_path, 12)
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    win.show_page("today")
    win.open_case(nos[0])
    win.open_case(nos[1])  # another case's window: not named by the write, not reloaded
    detail = win._detail_windows[nos[0]]
    wait_idle(qtbot, win)
    assert detail.view is not None
    row_before = next(r for r in win.snapshot.rows if r.case_no == nos[0])
    other_rows = {r.case_no: r for r in win.snapshot.rows if r.case_no != nos[0]}
    seen = len(win.worker.log)

    dlg = detail._stage_dialog("finish", "ACCEPT")
    dlg.on.setDate(QDate(2026, 11, 17))
    before = detail.view
    qtbot.mouseClick(ok_button(dlg), Qt.LeftButton)
    qtbot.waitUntil(lambda: detail.view is not before, timeout=10000)
    wait_idle(qtbot, win)

    jobs = list(win.worker.log)[seen:]
    assert jobs == ["finish_stage", "case_rows", "case_window"], jobs
    # the list shows the case's new stage; the other rows are the very same objects
    row_after = next(r for r in win.snapshot.rows if r.case_no == nos[0])
    assert row_after.stage != row_before.stage
    assert all(other_rows[r.case_no] is r for r in win.snapshot.rows if r.case_no != nos[0])
    assert any(win.cases_page.model.row_at(i)[1] == nos[0] and win.cases_page.model.row_at(i)[8] == row_after.stage
               for i in range(win.cases_page.model.rowCount()))
    win.close()


def test_changes_name_what_pages_refresh(qtbot, app_zh, db_path):
    """A meeting write reloads the meetings page, not the lists nor case windows; a calendar change
    (here: handed to the hub as a sync import's summary would) reloads the calendar and the lists."""
    from app.services.changes import Changes
    from ui.ops import meetings as meeting_ops

    nos = _cases(db_path, 2)
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    win.open_case(nos[0])
    wait_idle(qtbot, win)
    seen = len(win.worker.log)
    win.ops.write(meeting_ops.new_meeting, "2026-11-25 09:00", "三楼会议室", "王主任", None)
    wait_idle(qtbot, win)
    jobs = list(win.worker.log)[seen:]
    assert jobs[0] == "new_meeting" and set(jobs[1:]) == {"locks_in_force", "meetings_of_month"}, jobs

    seen = len(win.worker.log)
    win.hub.apply(Changes(calendar=True))
    wait_idle(qtbot, win)
    jobs = list(win.worker.log)[seen:]
    assert {"load_open", "load_all", "calendar_overview", "case_window"} <= set(jobs), jobs
    assert "meetings_of_month" not in jobs
    win.close()


def test_a_pdf_does_not_hold_up_the_screens(qtbot, app_zh, db_path):
    """The handbook's data is read on the database worker, its drawing runs on the render worker: a
    read submitted while the PDF waits to be drawn completes before the drawing does (on one worker
    it would have waited behind the drawing).

    The render worker is held by a job of the test's own (an event it waits on), so the outcome does
    not depend on how fast this machine draws the handbook (CI once drew it before the read ended)."""
    import threading

    from ui.ops import cases as case_ops
    from ui.ops import documents as doc_ops

    nos = _cases(db_path, 1)
    win = open_window(qtbot, db_path, D(2026, 11, 20))
    hold = threading.Event()
    win.renderer.submit(hold.wait, 60)  # the handbook's drawing queues behind this
    done: dict[str, float] = {}
    win.ops.document(doc_ops.handbook_data, nos[0], win.as_of,
                     on_done=lambda _p: done.setdefault("pdf", time.monotonic()), on_error=win.show_error)
    qtbot.waitUntil(lambda: win.renderer.busy >= 2, timeout=10000)  # gathered: queued to draw
    win.ops.read(case_ops.case_view, nos[0], win.as_of, on_done=lambda _v: done.setdefault("read", time.monotonic()))
    qtbot.waitUntil(lambda: "read" in done, timeout=30000)
    assert "pdf" not in done
    hold.set()
    qtbot.waitUntil(lambda: "pdf" in done, timeout=30000)
    assert done["read"] < done["pdf"]
    assert list(win.renderer.log)[-1] == "render"  # the drawing ran on the render worker
    win.close()


def _open_notices(db_path, n: int) -> None:
    """``n`` cases at 400 kVA, each with a mid inspection closed with one failure: ``n`` open notices."""
    from app.services import cases as svc
    from app.services import field
    from app.store import Store

    store = Store.open(db_path)
    for i in range(n):
        with store.session() as s:
            no = svc.create_case(s, customer_name=f"客户{i}", account_no=f"34{i:08d}", capacity_kva=400,
                                 applied_on=D(2026, 9, 1)).case_no
        for stage, day in (("ACCEPT", D(2026, 9, 2)), ("SURVEY", D(2026, 9, 4)), ("PLAN", D(2026, 9, 8)),
                           ("FEES", D(2026, 9, 9))):
            with store.session() as s:
                svc.finish_stage(s, no, stage, day)
        with store.session() as s:
            svc.start_stage(s, no, "DESIGN_REVIEW", D(2026, 9, 10))
        with store.session() as s:
            svc.finish_stage(s, no, "DESIGN_REVIEW", D(2026, 9, 15))
        with store.session() as s:
            iid = field.start_inspection(s, no, "mid", D(2026, 10, 12), "张伟").created_id
        with store.session() as s:
            items = field.inspection_items(s, iid)["items"]
            for it in items:
                if it["kind"] == "measure":
                    field.set_result(s, iid, it["code"], None, "0.8", "")
            field.set_result(s, iid, next(it["code"] for it in items if it["kind"] != "measure"), "fail", None,
                             "槽钢未接地")
            field.pass_unjudged(s, iid)
        with store.session() as s:
            field.close_inspection(s, iid, D(2026, 10, 13))
    store.dispose()


def test_a_batch_of_notices_does_not_hold_up_a_refresh(qtbot, app_zh, db_path):
    """The batch print numbers the notices on the database worker and draws them on the render worker:
    the lists' full load, started while the drawing is queued, completes before the drawing does.

    The render worker is held by a job of the test's own (an event it waits on), so the outcome does
    not depend on how fast this machine draws four notices (CI drew them before the load finished)."""
    import threading

    from tests.helpers import page_count
    from ui.ops import cases as case_ops

    _open_notices(db_path, 4)
    win = open_window(qtbot, db_path, D(2026, 10, 20))
    hold = threading.Event()
    win.renderer.submit(hold.wait, 60)  # the drawing of the batch queues behind this
    win.print_open_notices()
    qtbot.waitUntil(lambda: win.renderer.busy >= 2, timeout=20000)  # gathered on the db worker, queued to draw
    still_drawing: list[bool] = []
    win.ops.read(case_ops.load_all, win.as_of, on_done=lambda _snap: still_drawing.append(win.renderer.busy >= 2))
    qtbot.waitUntil(lambda: bool(still_drawing), timeout=20000)
    hold.set()
    assert still_drawing == [True]
    qtbot.waitUntil(lambda: bool(getattr(win, "last_document", None)), timeout=60000)
    assert page_count(win.last_document) >= 4
    win.close()

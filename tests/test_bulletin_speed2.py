"""bulletin_speed2: the weekly bulletin's escalations reached by stages that finished within the
week carry the day the stage finished in the PDF and the workbook too, not only in the JSON; the
weekly bulletin clocks the open stages once and gives the same escalations as the live list."""
from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from app.services import bulletins as bl
from app.services import cases as svc
from app.services import corrections
from app.services import escalation as esc
from tests.helpers import ok, pdf_text

D = dt.date


def _warned_and_finished(store) -> str:
    """SURVEY (limit 3 wd) started 2026-06-02, in warning from 06-04, finished 06-05: all in 2026-W23."""
    with store.session() as s:
        no = svc.create_case(s, customer_name="周内完成督办有限公司", account_no="3300000882", capacity_kva=400,
                             manager="张伟", township="石浦镇", applied_on=D(2026, 6, 1)).case_no
        svc.finish_stage(s, no, "ACCEPT", D(2026, 6, 2), source="ledger")
        svc.finish_stage(s, no, "SURVEY", D(2026, 6, 5), source="ledger")
        # a second case still open in SURVEY at the week's end: an escalation in force, no finishing day
        other = svc.create_case(s, customer_name="周内在途督办有限公司", account_no="3300000883", capacity_kva=400,
                                manager="张伟", township="石浦镇", applied_on=D(2026, 6, 1)).case_no
        svc.finish_stage(s, other, "ACCEPT", D(2026, 6, 1), source="ledger")
    return no


def test_stage_finished_on_in_the_workbook_and_the_pdf(store, db_path, tmp_path):
    no = _warned_and_finished(store)
    with store.reader() as s:
        b = bl.build(s, "weekly", "2026-W23", as_of=D(2026, 6, 7))
    finished = {e["id"]: e.get("stage_finished_on") for e in b["escalations"]["rows"]}
    assert sorted(v for v in finished.values() if v) == ["2026-06-02", "2026-06-05"]
    assert None in finished.values()  # the open case's escalation has none
    store.dispose()

    xlsx = tmp_path / "w.xlsx"
    ok(db_path, "bulletin", "weekly", "--week", "2026-W23", "--as-of", "2026-06-07", "--xlsx", str(xlsx))
    rows = list(load_workbook(xlsx)["督办"].iter_rows(values_only=True))
    head = list(rows[0])
    col = head.index("环节完成日期")
    assert {r[0]: r[col] for r in rows[1:]} == finished

    pdf = tmp_path / "w.pdf"
    ok(db_path, "bulletin", "weekly", "--week", "2026-W23", "--as-of", "2026-06-07", "--pdf", str(pdf))
    flat = pdf_text(pdf).replace("\n", " ")
    assert "环节完成" in flat
    for e in b["escalations"]["rows"]:
        if e["case_no"] == no:
            assert e["stage_finished_on"] in flat


def test_weekly_escalations_clocked_once_equal_the_live_list(store):
    _warned_and_finished(store)
    with store.reader() as s:
        b = bl.build(s, "weekly", "2026-W23", as_of=D(2026, 6, 7))
        live = esc.escalations(s, D(2026, 6, 7))
    in_force = [e for e in b["escalations"]["rows"] if "stage_finished_on" not in e]
    assert in_force and sorted(e["id"] for e in in_force) == sorted(e["id"] for e in live)
    assert b["open_cases"]["open"] == 2  # both cases have a stage open on 06-07


def _dark_rows(widget) -> set[int]:
    """The pixel rows of the widget's drawing that hold text (dark pixels)."""
    img = widget.grab().toImage()
    return {y for y in range(img.height()) for x in range(0, img.width(), 1)
            if img.pixelColor(x, y).lightness() < 60}


def test_chart_title_clear_of_the_value_labels_of_full_bars(qtbot):
    # seen at 1366x768: the "100.0" above a full bar sat on the chart's title line
    from ui.bulletins_page import BarChart, LineChart

    for cls in (BarChart, LineChart):
        title_only, labels_only = cls("t"), cls("l")
        for w in (title_only, labels_only):
            qtbot.addWidget(w)
            w.resize(400, 170)
        title_only.set_data("各环节按时率(%)", [])
        labels_only.set_data("", [("受理", 100.0), ("勘查", 100.0)])
        title_rows = _dark_rows(title_only)
        label_rows = {y for y in _dark_rows(labels_only) if y < 60}  # the labels above the bars, not the axis text
        assert title_rows and label_rows
        assert max(title_rows) < min(label_rows), cls.__name__


def _finished_case(s, name: str, applied: D, pause_wd: int = 0) -> str:
    """A case run from ``applied`` to power-on, a stage a working day each; SURVEY paused ``pause_wd``."""
    cal = s.info["store"].calendar
    on = cal.next_workday_on_or_after(applied)
    no = svc.create_case(s, customer_name=name, account_no=f"33{abs(hash(name)) % 10**8:08d}", capacity_kva=400,
                         manager="张伟", township="石浦镇", applied_on=on).case_no
    for stage in ("ACCEPT", "SURVEY", "PLAN", "FEES", "DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION",
                  "ENERGIZE"):
        if stage in ("DESIGN_REVIEW", "MID_INSPECTION", "COMPLETION_INSPECTION"):
            svc.start_stage(s, no, stage, on)
        if stage == "SURVEY" and pause_wd:
            svc.pause_stage(s, no, on, "CUSTOMER_REQUEST", "")
            on = cal.add_workdays(on, pause_wd)
            svc.resume_stage(s, no, on)
        on = cal.add_workdays(on, 1)
        svc.finish_stage(s, no, stage, on, source="ledger")
    return no


def test_cached_equals_uncached_on_both_back_ends_and_a_changed_pause_is_seen(any_db):
    """The stamp made by the database in one pass (rounds with their pauses' change numbers) on SQLite
    and on PostgreSQL: a trend case's changed pause changes its key, a period case is checked by its
    rows; and a pause deleted and another added in one write (the count unchanged) is seen too."""
    from sqlalchemy import select, update

    from app.models import Case, Pause, StageRound
    from app.store import Store

    store = Store.open(any_db)
    try:
        with store.session() as s:
            paused = _finished_case(s, "缓存暂停一有限公司", D(2026, 8, 3), pause_wd=2)
            _finished_case(s, "缓存趋势二有限公司", D(2026, 8, 10))
            _finished_case(s, "缓存本月三有限公司", D(2026, 10, 12), pause_wd=1)
            _finished_case(s, "缓存本月四有限公司", D(2026, 10, 19))

        def build(cache):
            with store.reader() as s:
                return bl.public(bl.build(s, "monthly", "2026-10", as_of=D(2026, 11, 27), cache=cache))
        plain = build(False)
        assert build(True) == plain and build(True) == plain  # filling, then reading
        assert sum(t["cases"] for t in plain["trend"]) == 4
        with store.reader() as s:  # the earlier months answered by their summaries (app.services.period_cache)
            assert bl.build(s, "monthly", "2026-10", as_of=D(2026, 11, 27))["_summaries"] == [
                "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"]
        with store.session() as s:  # the trend case's pause ends 3 working days later, behind the services
            rid = s.scalar(select(StageRound.id).join(Case, Case.id == StageRound.case_id)
                           .where(Case.case_no == paused, StageRound.stage == "SURVEY"))
            p = s.scalars(select(Pause).where(Pause.round_id == rid)).one()
            # as every write path does (the flush hook, a sync import, a consolidation): a new change number
            s.execute(update(Pause).where(Pause.id == p.id).values(ended_on=store.calendar.add_workdays(p.ended_on, 3),
                                                                     lseq=store.next_lseq()))
        changed = build(False)
        assert changed["trend"] != plain["trend"]
        with store.reader() as s:  # August's summary is not read: its case changed
            assert bl.build(s, "monthly", "2026-10", as_of=D(2026, 11, 27))["_summaries"] == ["2026-05", "2026-06",
                                                                                           "2026-07"]
        assert build(True) == changed
        with store.session() as s:  # through the ORM: that pause deleted, a shorter one in its place
            p = s.scalars(select(Pause).where(Pause.round_id == rid)).one()
            p.deleted = True
            s.add(Pause(round_id=rid, started_on=p.started_on, ended_on=store.calendar.add_workdays(p.started_on, 1),
                        reason=p.reason, note=""))
        swapped = build(False)
        assert swapped["trend"] != changed["trend"]
        assert build(True) == swapped
    finally:
        store.dispose()


def test_an_edit_by_another_process_and_many_changes_since_are_seen(db_path, monkeypatch):
    """The workbench (one store) fills the cache; the CLI beside it (another store on the same file,
    its counter read when it opened) corrects a trend case: the workbench's next bulletin sees it.
    Then more changed rows than REFRESH_AFTER since the rows were judged: the valid rows are written
    anew with the newer change number, and the figures stay those of the uncached path."""
    from sqlalchemy import select

    from app.models import VerdictCache
    from app.services import verdict_cache as vc
    from app.store import Store

    gui = Store.open(db_path)
    cli = Store.open(db_path)
    try:
        with gui.session() as s:
            trend = _finished_case(s, "进程甲趋势有限公司", D(2026, 8, 3))
            _finished_case(s, "进程乙本月有限公司", D(2026, 10, 12))

        def build(cache):
            with gui.reader() as s:
                return bl.public(bl.build(s, "monthly", "2026-10", as_of=D(2026, 11, 27), cache=cache))
        plain = build(False)
        assert build(True) == plain and build(True) == plain
        with cli.session() as s:  # ENERGIZE's limit is 3 working days: 12 days late
            corrections.correct_stage(s, trend, "ENERGIZE", finished_on=D(2026, 8, 28), reason="ENTRY_ERROR")
        changed = build(False)
        assert changed["trend"] != plain["trend"]
        assert build(True) == changed

        with gui.engine.connect() as conn:
            before = dict(conn.execute(select(VerdictCache.case_id, VerdictCache.key)).all())
        with gui.session() as s:  # two unrelated cases' writes since: more changed rows than the bound
            _finished_case(s, "进程丙无关有限公司", D(2026, 3, 2))
        monkeypatch.setattr(vc, "REFRESH_AFTER", 5)
        assert build(True) == changed
        with gui.engine.connect() as conn:
            after = dict(conn.execute(select(VerdictCache.case_id, VerdictCache.key)).all())
        assert before.keys() <= after.keys()
        rewritten = [cid for cid in before if after[cid] != before[cid]]
        assert rewritten and all(int(after[c].split("|")[0]) > int(before[c].split("|")[0]) for c in rewritten)
        monkeypatch.setattr(vc, "REFRESH_AFTER", 20_000)
        assert build(True) == changed
    finally:
        cli.dispose()
        gui.dispose()


def test_a_stage_name_on_two_lines_is_drawn_whole_below_the_bars(qtbot, app_zh):
    # seen at 1366x768 on the 100,000-case database: 供电方案确定 wrapped and its second line was cut
    from ui.bulletins_page import BarChart

    chart = BarChart("t")
    qtbot.addWidget(chart)
    chart.resize(640, 170)
    labels = ["业务受理", "现场查勘", "供电方案确定", "业务收费", "设计图纸审查", "中间检查", "竣工检验", "装表接电"]
    chart.set_data("各环节按时率(%)", [(name, 80.0) for name in labels])
    img = chart.grab().toImage()
    column = range(int(34 + (640 - 42) / 8 * 2), int(34 + (640 - 42) / 8 * 3))  # the third stage's
    rows = sorted({y for y in range(img.height() // 2, img.height()) for x in column
                   if img.pixelColor(x, y).lightness() < 60})
    bands, start = [], rows[0]
    for a, b in zip(rows, rows[1:] + [None]):
        if b is None or b - a > 3:
            bands.append((start, a))
            start = b
    assert len(bands) == 2, bands  # the name on two lines
    (top1, bottom1), (top2, bottom2) = bands
    assert bottom2 - top2 >= bottom1 - top1 - 2 and bottom2 < img.height() - 2, bands  # the second one whole

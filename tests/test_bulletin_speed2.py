"""bulletin_speed2: the weekly bulletin's escalations reached by stages that finished within the
week carry the day the stage finished in the PDF and the workbook too, not only in the JSON; the
weekly bulletin clocks the open stages once and gives the same escalations as the live list."""
from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from app.services import bulletins as bl
from app.services import cases as svc
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

"""The month page prints the papers of a day at once (issue 16): to a PDF-file printer here, read back;
a day without papers says so and prints nothing."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.helpers import flat, ok, open_window, page_count, pdf_text, wait_idle

D = dt.date


def _pdf_printer(path: Path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_month_page_prints_the_papers_of_a_day(qtbot, app_zh, case_accepted, tmp_path):
    db, no = case_accepted
    other = ok(db, "case", "new", "--customer", "乙公司", "--account", "3300000002", "--kva", "400",
               "--applied", "2026-09-01", "--manager", "李海燕")
    ok(db, "stage", "finish", other, "ACCEPT", "--on", "2026-09-02")
    win = open_window(qtbot, db, D(2026, 11, 27))
    win.show_page("month")
    page = win.month_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    assert page.print_day.text() == "打印当天单据…"
    page.everyone.setChecked(True)  # all managers: both receipts of 09-02
    wait_idle(qtbot, win)
    out = tmp_path / "day.pdf"
    page.print_papers_of_day(D(2026, 9, 2), printer=_pdf_printer(out))
    qtbot.waitUntil(lambda: bool(page.printed), timeout=20000)
    assert page.printed == sorted([(no, "accept-receipt"), (other, "accept-receipt")])
    assert out.exists() and page_count(out) >= 2
    text = flat(pdf_text(out))
    assert f"SL-{no}" in text and f"SL-{other}" in text and "受理回执" in text
    # a day whose only event was an inspection that found defects: nothing to print, said
    page.printed = []
    none = tmp_path / "none.pdf"
    page.print_papers_of_day(D(2026, 11, 2), printer=_pdf_printer(none))
    qtbot.waitUntil(lambda: "2026-11-02" in getattr(win, "last_error", ""), timeout=20000)
    assert page.printed == [] and not none.exists()

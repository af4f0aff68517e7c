"""The PDF commands: the core gathers plain data, ``reports`` renders it with ReportLab.

The one module of the CLI that imports ``reports``; the groups import it inside their PDF
branches, so commands that write no PDF (and ``--version``) never load ReportLab.
"""
from __future__ import annotations

from app.cli.output import write_pdf
from app.errors import Refused
from app.messages import render
from app.services import design_review, documents, meetings, setting_sheets
from reports.commands import (
    render_analysis_minutes,
    render_forecast,
    render_handbook,
    render_meeting_minutes,
    render_meeting_notice,
    render_metering_plan,
    render_notice,
    render_notices_batch,
    render_outage_notices,
    render_outage_plan,
    render_outage_request,
    render_papers,
    render_points_statement,
    render_review_letter,
    render_setting_sheet,
    render_visit_record,
    write_metering_plan_xlsx,
)


def notice_pdf(args, store) -> int:
    with store.session() as s:  # issuing numbers the notice: a write
        data = documents.issue_notice(s, args.inspection)
    return write_pdf(render_notice, data, args.out)


def notice_batch(args, store) -> int:
    with store.session() as s:
        datas = [documents.issue_notice(s, iid) for iid in documents.open_notices(s, args.manager)]
    if not datas:
        raise Refused("no_notice", ref=args.manager or "*")
    return write_pdf(render_notices_batch, datas, args.out, f"{args.out} ({len(datas)})")


def handbook_pdf(args, store) -> int:
    with store.reader() as s:
        data = documents.handbook_data(s, args.case, args.as_of)
    return write_pdf(render_handbook, data, args.out)


def meeting_pdf(args, store) -> int:
    kind = "minutes" if args.minutes else "notice"
    if args.case and kind == "minutes":
        raise Refused("bad_field", value=render("cli_p_case_only_with_notice"))
    with store.reader() as s:
        data = meetings.document_data(s, args.meeting, kind, args.case)
    return write_pdf(render_meeting_minutes if kind == "minutes" else render_meeting_notice, data, args.out)


def review_pdf(args, store) -> int:
    with store.reader() as s:
        data = design_review.letter_data(s, args.case, args.round)
    return write_pdf(render_review_letter, data, args.out)


def setting_sheet_pdf(args, store) -> int:
    with store.reader() as s:
        data = setting_sheets.sheet_data(s, args.sheet)
    return write_pdf(render_setting_sheet, data, args.out)


def papers_pdf(datas: list[dict], out) -> int:
    """The customer's papers (issue 16), one or several in one PDF."""
    return write_pdf(render_papers, datas, out)


def metering_plan_pdf(plan: dict, out) -> int:
    """月度业扩计量器具需求计划 (issue 19) from the plan kept (``metering.generate_plan``)."""
    return write_pdf(render_metering_plan, plan, out)


def metering_plan_xlsx(plan: dict, out) -> int:
    return write_pdf(write_metering_plan_xlsx, plan, out)


def analysis_minutes_pdf(data: dict, out) -> int:
    """The minutes of a monthly analysis meeting (issue 20)."""
    return write_pdf(render_analysis_minutes, data, out)


def outage_pdf(kind: str, data: dict, out) -> int:
    """The outage plan's documents (issue 19): ``plan`` (月度停电计划平衡表), ``request`` (停电申请单),
    ``notices`` (停电通知, one per affected customer)."""
    return write_pdf({"plan": render_outage_plan, "request": render_outage_request,
                      "notices": render_outage_notices}[kind], data, out)


def visit_record_pdf(data: dict, out) -> int:
    """The 走访记录 of one visit (issue 18)."""
    return write_pdf(render_visit_record, data, out)


def forecast_pdf(data: dict, out) -> int:
    """The 用电需求预测表 for the 发展建设部 (issue 18)."""
    return write_pdf(render_forecast, data, out)


def points_statement_pdf(data: dict, out) -> int:
    """The monthly 积分明细 of one person, with its signature line (issue 21)."""
    return write_pdf(render_points_statement, data, out)
def bulletin_pdf(data: dict, out) -> None:
    """A bulletin (issue 21) as one A4 PDF: the figures gathered by app.services.bulletins."""
    from reports.bulletin import render_bulletin

    render_bulletin(data, out)

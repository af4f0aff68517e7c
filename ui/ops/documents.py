"""Documents (PDFs) in two halves: the data is gathered on the database worker (``*_data``: plain
dicts, and where a document takes a number, that write), the rendering runs on the render worker
(``render``), so a batch of notices being drawn does not hold up the screens' reads and writes.
``ui/ops/runner.py`` ``Ops.document`` chains the two."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import Refused
from app.services import design_review as dr
from app.services import documents, meetings
from app.services import setting_sheets as sheets
from reports.acceptance_handbook import render_handbook
from reports.batch import render_notices_batch
from reports.meeting_docs import render_meeting_minutes, render_meeting_notice
from reports.rectification_notice import render_notice
from reports.review_letter import render_review_letter
from reports.setting_sheet import render_setting_sheet


@dataclass(frozen=True)
class Document:
    """A PDF to draw: what draws it, from what data, to where. ``batch``: the renderer reports
    progress (and a cancel stops it between pages)."""

    draw: Callable
    data: object
    out: Path
    batch: bool = False


def render(doc: Document, progress=None) -> str:
    """On the render worker: draw the document, return where it was written."""
    doc.out.parent.mkdir(parents=True, exist_ok=True)
    if doc.batch:
        doc.draw(doc.data, doc.out, progress=progress)
    else:
        doc.draw(doc.data, doc.out)
    return str(doc.out)


def documents_dir(store, case_no: str) -> Path:
    return store.path.parent / "documents" / case_no


def notice_data(store, inspection_id: str) -> Document:
    with store.session() as s:  # issuing gives the notice its number (kept for the delivery record)
        data = documents.issue_notice(s, inspection_id)
    return Document(render_notice, data, documents_dir(store, data["case_no"]) / f"整改通知书-{data['notice_no']}.pdf")


def handbook_data(store, ref: str, as_of) -> Document:
    with store.reader() as s:
        data = documents.handbook_data(s, ref, as_of)
    return Document(render_handbook, data, documents_dir(store, data["case_no"]) / f"验收手册-{data['case_no']}.pdf")


def batch_notices_data(store, manager: str | None) -> Document:
    """All open notices of a manager, for one PDF."""
    with store.session() as s:
        datas = [documents.issue_notice(s, iid) for iid in documents.open_notices(s, manager)]
    if not datas:
        raise Refused("no_notice", ref=manager or "*")
    out = store.path.parent / "documents" / f"整改通知书-批量-{manager or '全部'}.pdf"
    return Document(render_notices_batch, datas, out, batch=True)


def sheet_data(store, sheet_id: str) -> Document:
    with store.reader() as s:
        data = sheets.sheet_data(s, sheet_id)
    out = documents_dir(store, data["case_no"]) / f"定值单-{data['sheet_no']}-v{data['version']}.pdf"
    return Document(render_setting_sheet, data, out)


def meeting_data(store, ref: str, kind: str, case_ref: str | None = None) -> Document:
    """The notice (whole meeting, or one customer's) or the minutes, drawn by the renderers the
    CLI's `meeting pdf` uses."""
    with store.reader() as s:
        data = meetings.document_data(s, ref, kind, case_ref)
    day = data["held_at"][:10]
    if kind == "minutes":
        draw, title = render_meeting_minutes, f"业扩会审会议纪要-{day}"
    else:
        draw = render_meeting_notice
        title = f"业扩会审通知-{day}" + (f"-{data['for_case']}" if data["for_case"] else "")
    return Document(draw, data, store.path.parent / "documents" / "会审" / f"{title}-{data['id'][:8]}.pdf")


def review_letter_data(store, ref: str, round_no: int | None = None) -> Document:
    with store.reader() as s:
        data = dr.letter_data(s, ref, round_no) if round_no is not None else dr.letter_data(s, ref)
    case_no = data.get("case_no") or ref
    rnd = data.get("round")
    out = documents_dir(store, case_no) / (f"审图意见书-{case_no}" + (f"-第{rnd}轮" if rnd else "") + ".pdf")
    return Document(render_review_letter, data, out)

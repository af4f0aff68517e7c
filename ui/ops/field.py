"""Field-work operations for the database worker: survey, inspections, rectification, attachments,
notices delivered, protection-setting sheets (their PDFs are in ui/ops/documents.py)."""
from __future__ import annotations

from app.services import attachments, documents, field, temp_supply
from app.services import setting_sheets as sheets


def overview_of(s, ref: str) -> dict:
    """What a case window's field panel shows, read in session ``s``."""
    survey = field.survey_view(s, ref)
    return {
        "survey": survey,
        # no survey yet on a formal case: its form starts from the temporary case's survey
        "survey_prefill": None if survey is not None else temp_supply.survey_prefill(s, ref),
        "inspections": field.inspections_of(s, ref),
        "rectification": field.list_rectification(s, ref),
        "attachments": attachments.list_attachments(s, ref),
    }


def field_overview(store, ref: str) -> dict:
    with store.reader() as s:
        return overview_of(s, ref)


def set_survey(store, ref: str, data: dict):
    with store.session() as s:
        return field.set_survey(s, ref, data)


def start_inspection(store, ref: str, kind: str, on, inspectors: str):
    with store.session() as s:
        return field.start_inspection(s, ref, kind, on, inspectors)


def inspection_items(store, inspection_id: str) -> dict:
    with store.reader() as s:
        return field.inspection_items(s, inspection_id)


def set_result(store, inspection_id: str, code: str, result, value, note: str):
    with store.session() as s:
        return field.set_result(s, inspection_id, code, result, value, note)


def pass_unjudged(store, inspection_id: str):
    with store.session() as s:
        return field.pass_unjudged(s, inspection_id)


def close_inspection(store, inspection_id: str, on):
    with store.session() as s:
        return field.close_inspection(s, inspection_id, on)


def close_rectification(store, item_id: str, on, by: str):
    with store.session() as s:
        return field.close_rectification(s, item_id, on, by)


def add_attachment(store, ref: str, path, owner_kind: str = "case", owner_ref: str = ""):
    with store.session() as s:
        return attachments.add_attachment(s, ref, path, owner_kind, owner_ref)


def deliver_notice(store, inspection_id: str, to: str, on):
    with store.session() as s:
        return documents.deliver_notice(s, inspection_id, to, on)


# --- protection-setting sheets ---------------------------------------------------------------------
def sheets_of(store, ref: str) -> list:
    with store.reader() as s:
        return sheets.sheets_of(s, ref)


def new_sheet(store, ref: str, values: dict):
    with store.session() as s:
        return sheets.new_sheet(s, ref, values)


def issue_sheet(store, sheet_id: str, on):
    with store.session() as s:
        return sheets.issue_sheet(s, sheet_id, on)


def record_sheet_execution(store, sheet_id: str, issued_to: str, executed_by: str, on):
    with store.session() as s:
        return sheets.record_execution(s, sheet_id, issued_to, executed_by, on)

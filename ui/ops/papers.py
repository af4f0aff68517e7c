"""Operations of the papers panel (issue 16): plain functions (store, ...) -> plain data, calling
app services (ui/ never writes SQL)."""
from __future__ import annotations

from app.services import fees, papers
from ui.ops.documents import documents_dir


def overview_of(s, ref: str, as_of) -> dict:
    """The papers of the case (which can be made, or why not) and its fees, in the session ``s``
    (the case window reads them with the rest of the case: ``cases.case_window``)."""
    return {"papers": papers.papers_of_case(s, ref, as_of), "fees": fees.list_fees(s, ref),
            "items": fees.fee_items()["items"]}


def papers_overview(store, ref: str, as_of) -> dict:
    with store.reader() as s:
        return overview_of(s, ref, as_of)


def paper_datas(store, ref: str, kinds: list[str], as_of) -> list[dict]:
    """The data of the papers ``kinds`` (each refused as the core refuses it), for printing."""
    with store.reader() as s:
        return [papers.paper_data(s, ref, k, as_of) for k in kinds]


def paper_pdf(store, ref: str, kinds: list[str], as_of) -> str:
    """The papers ``kinds`` in one PDF in the case's documents folder; its path."""
    from reports.papers import render_papers

    datas = paper_datas(store, ref, kinds, as_of)
    case_no = datas[0]["case_no"]
    name = f"{datas[0]['title']}-{case_no}.pdf" if len(datas) == 1 else f"单据-{case_no}.pdf"
    out = documents_dir(store, case_no) / name
    render_papers(datas, out)
    return str(out)


def record_fee(store, ref: str, item: str, amount: str, basis: str, on):
    with store.session() as s:
        return fees.record_fee(s, ref, item, amount, basis, on)


def withdraw_fee(store, fee_id: str, reason: str, on):
    with store.session() as s:
        return fees.withdraw_fee(s, fee_id, reason, on)

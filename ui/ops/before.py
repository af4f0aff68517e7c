"""The work before the application (事前, issue 18) for the database worker: the 事前 page's data in
one read, and its writes (visits, actions, prospects, conversion, feeder capacities)."""
from __future__ import annotations

from app import townships
from app.services import demand as dm
from app.services import prospects as pr
from app.services import visits as vs


def township_names(store) -> list[str]:
    with store.reader() as s:
        return townships.names(store.config(s))


def load(store, as_of, from_year: int, years: int = 6) -> dict:
    """Everything the page shows: prospects, visits with their actions, the forecast, bottlenecks."""
    with store.reader() as s:
        return {"prospects": pr.list_prospects(s), "visits": vs.list_visits(s, as_of),
                "due": vs.due_items(s, as_of), "forecast": dm.forecast(s, from_year, years),
                "bottlenecks": dm.bottlenecks(s), "townships": townships.names(store.config(s)),
                "pipeline": pr.pipeline(s), "factors": dm.factors(s), "as_of": as_of}


def drill(store, township: str, year: int) -> dict:
    with store.reader() as s:
        return dm.drill(s, township, year)


def add_visit(store, on, party: str, township: str, topics: str, findings: str = "", **kw):
    with store.session() as s:
        return vs.add_visit(s, on, party, township, topics, findings, **kw)


def add_action(store, visit_id: str, text: str, owner: str, due):
    with store.session() as s:
        return vs.add_action(s, visit_id, text, owner, due)


def add_visit_attachment(store, visit_id: str, path):
    with store.session() as s:
        return vs.add_attachment(s, visit_id, path)


def finish_action(store, action_id: str, on, note: str = ""):
    with store.session() as s:
        return vs.finish_action(s, action_id, on, note)


def add_prospect(store, **kw):
    with store.session() as s:
        return pr.add_prospect(s, **kw)


def edit_prospect(store, ref: str, **kw):
    with store.session() as s:
        return pr.edit_prospect(s, ref, **kw)


def set_status(store, ref: str, status: str, reason: str = ""):
    with store.session() as s:
        return pr.set_status(s, ref, status, reason)


def convert(store, ref: str, account: str, applied, manager: str | None = None, **kw):
    with store.session() as s:
        return pr.convert(s, ref, account, applied, manager, **kw)


def set_capacity(store, feeder: str, spare_kva, on=None, substation: str = ""):
    with store.session() as s:
        return dm.set_capacity(s, feeder, spare_kva, on, substation)


def add_visit_with_action(store, on, party, township, topics, findings, action, **kw):
    """The visit and its first action in one transaction (a refused action leaves no visit behind)."""
    with store.session() as s:
        ch = vs.add_visit(s, on, party, township, topics, findings, **kw)
        if action:
            vs.add_action(s, ch.created_id, *action)
        return ch


def export_forecast(store, path: str, from_year: int, as_of) -> str:
    """Gather and write the 用电需求预测表 workbook (openpyxl, no Qt)."""
    from app.services.demand_export import write_forecast_xlsx

    with store.reader() as s:
        rows = dm.forecast(s, from_year, 6)
        data = dm.document_data(s, rows, from_year, 6, store.setting("bureau_name", ""), as_of)
    write_forecast_xlsx(data, path)
    return path


def _documents_dir(store):
    return store.path.parent / "documents" / "事前"


def visit_pdf_data(store, visit_id: str, as_of):
    """The 走访记录 of one visit (gathered here, drawn on the render worker)."""
    from reports.before_docs import render_visit_record
    from ui.ops.documents import Document

    with store.reader() as s:
        data = vs.visit_data(s, visit_id, as_of)
    data["bureau"] = store.setting("bureau_name", "")
    return Document(render_visit_record, data,
                    _documents_dir(store) / f"走访记录-{data['visited_on']}-{data['township']}-{visit_id[:8]}.pdf")


def forecast_pdf_data(store, from_year: int, as_of):
    """The 用电需求预测表 PDF for the 发展建设部 (six years from ``from_year``)."""
    from reports.before_docs import render_forecast
    from ui.ops.documents import Document

    with store.reader() as s:
        rows = dm.forecast(s, from_year, 6)
        data = dm.document_data(s, rows, from_year, 6, store.setting("bureau_name", ""), as_of)
    return Document(render_forecast, data, _documents_dir(store) / f"用电需求预测表-{from_year}-{as_of.isoformat()}.pdf")

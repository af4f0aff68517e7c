"""Operations of the metering page and the Today warning (issue 19): plain functions (store, ...)
calling app services (ui/ never writes SQL)."""
from __future__ import annotations

from app.services import metering
from app.services.changes import Changes


def page_data(store, month: str, as_of) -> dict:
    """The month's plan as it stands (not kept), the plan kept (or None) and the stock in force."""
    with store.reader() as s:
        return {"plan": metering.plan_data(s, month, as_of), "kept": metering.kept_plan(s, month),
                "stock": list(metering.stock_in_force(s).values())}


def generate_plan(store, month: str, as_of) -> dict:
    with store.session() as s:
        return metering.generate_plan(s, month, as_of)


def record_stock(store, row: dict) -> Changes:
    with store.session() as s:
        return metering.record_stock(s, [row])


def import_stock(store, path: str) -> dict:
    with store.session() as s:
        return metering.import_stock(s, path)


def reserve(store, case_no: str, on) -> Changes:
    with store.session() as s:
        return metering.reserve(s, case_no, on)


def unreserved(store, as_of) -> list[dict]:
    """The Today warning: cases in ENERGIZE whose equipment is not reserved."""
    with store.reader() as s:
        return metering.unreserved_in_energize(s, as_of)


def plan_files(store, month: str, as_of, pdf: str | None, xlsx: str | None) -> dict:
    """The plan kept up to date, written to the files asked for."""
    from reports.metering_plan import render_metering_plan, write_metering_plan_xlsx

    plan = generate_plan(store, month, as_of)
    if pdf:
        render_metering_plan(plan, pdf)
    if xlsx:
        write_metering_plan_xlsx(plan, xlsx)
    return plan

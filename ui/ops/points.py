"""Operations of the points page (issue 21): plain functions (store, ...) -> plain data, calling
app.services.points (ui/ never writes SQL)."""
from __future__ import annotations

from app.services import points


def month_view(store, month: str, as_of, manager: str | None = None) -> dict:
    """The month's ledger as it stands (opening the page writes nothing: posting is its own step),
    with the month's requests, how many finished cases wait to be posted and what this database's
    user may do under the roles document in force on ``as_of``."""
    with store.reader() as s:
        led = points.ledger(s, month, manager, as_of)
        led["requests"] = points.requests(s, month)
        led["authority"] = points.authority(s, as_of)
        led["unposted_all"] = points.unposted_count(s, as_of)
        led["user"] = store.user
        led["ranking"] = points.ranking(s, f"{month[:4]}-Q{(int(month[5:]) - 1) // 3 + 1}")
        return led


def post(store, as_of) -> dict:
    """The explicit posting step: the finished cases not yet in the ledger, posted (idempotent)."""
    with store.session() as s:
        return points.post_finished(s, as_of)


def simulate(store, as_of, manager: str | None = None) -> dict:
    with store.reader() as s:
        return points.simulate(s, as_of, manager)


def adjust(store, person: str, value: float, reason: str, month: str):
    with store.session() as s:
        return points.adjust(s, person, value, reason, month)


def appeal(store, reason: str, month: str, case_ref: str | None, value: float | None):
    with store.session() as s:
        return points.appeal(s, reason, month, case_ref or None, value)


def decide(store, request_id: str, accept: bool, decision: str):
    with store.session() as s:
        return points.decide(s, request_id, accept, decision)


def recalc(store, month: str, label: str, post: bool, as_of) -> dict:
    with store.session() as s:
        return points.recalc(s, month, label, post=post, as_of=as_of)


def statement_data(store, month: str, person: str):
    """The monthly 积分明细 of ``person`` as a document for the render worker, written beside the
    database under documents/积分明细/."""
    from reports.points_statement import render_points_statement
    from ui.ops.documents import Document

    with store.reader() as s:
        data = points.statement(s, month, person)
    out = store.path.parent / "documents" / "积分明细" / f"积分明细-{month}-{person}.pdf"
    return Document(render_points_statement, data, out)

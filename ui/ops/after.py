"""The work after energisation (issue 20) for the database worker: follow-ups, the case evaluation,
the monthly analysis meeting and its minutes, the Today section."""
from __future__ import annotations

from app import aftercare
from app.errors import Refused
from app.services import analysis, evaluation, followups
from app.store import store_of
from reports.analysis_minutes import render_analysis_minutes
from ui.ops.documents import Document


def questionnaire(store) -> dict:
    """The questionnaire in force (the follow-up form's questions)."""
    with store.reader() as s:
        return aftercare.questionnaire(store.config(s))


def case_after(store, case_no: str) -> dict | None:
    """The case window's evaluation section: the evaluation, the causes to choose from, the
    follow-ups; None while the case is not energised."""
    with store.reader() as s:
        return case_after_of(s, case_no)


def case_after_of(s, case_no: str) -> dict | None:
    """``case_after`` inside a read already open (the case window's one read gathers it too)."""
    try:
        ev = evaluation.evaluate(s, case_no)
    except Refused as exc:
        if exc.code == "after_not_finished":
            return None
        raise
    cfg = store_of(s).config(s)
    qn = aftercare.questionnaire(cfg)
    return {"evaluation": ev, "causes": aftercare.causes(cfg), "followups": followups.followups_of(s, case_no),
            "questions": {q["code"]: (q["name"], q.get("name_en") or q["name"]) for q in qn["questions"]}}


def add_followup(store, case_no: str, on, by: str, mode: str, answers: dict, applied, energized, text: str):
    with store.session() as s:
        return followups.add_followup(s, case_no, on, by, mode, answers, applied, energized, text)


def set_cause(store, case_no: str, stage: str, code: str, note: str):
    with store.session() as s:
        return evaluation.set_cause(s, case_no, stage, code, note)


def page(store, month: str, as_of) -> dict:
    """The 月度分析 page: the month's agenda (with the meeting), the follow-ups due, satisfaction."""
    with store.reader() as s:
        start, end = analysis.month_range(month)
        return {"agenda": analysis.agenda(s, month, as_of), "due": followups.due(s, as_of),
                "satisfaction": followups.satisfaction(s, start, end, "manager"),
                "all": followups.satisfaction(s, start, end)[0], "coverage": followups.coverage(s, start, end)}


def hold(store, month: str, on, chair: str, attendance: str, place: str, note: str):
    with store.session() as s:
        return analysis.hold(s, month, on, chair, attendance, place, note)


def conclude(store, month: str, case_no: str, text: str):
    with store.session() as s:
        return analysis.conclude(s, month, case_no, text)


def add_measure(store, month: str, text: str, owner: str, due, case_no: str | None):
    with store.session() as s:
        return analysis.add_measure(s, month, text, owner, due, case_no)


def finish_action(store, action_id: str, on):
    with store.session() as s:
        return followups.finish_action(s, action_id, on)


def today_items(store, as_of, manager: str | None) -> dict:
    with store.reader() as s:
        return followups.today_items(s, as_of, manager)


def minutes_document(store, month: str) -> Document:
    with store.reader() as s:
        data = analysis.minutes_data(s, month)
    return Document(render_analysis_minutes, data,
                    store.path.parent / "documents" / "月度分析" / f"月度分析会会议纪要-{data['month']}.pdf")

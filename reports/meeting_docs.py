"""业扩会审 documents: the meeting notice (会审通知, an invitation with the agenda) and the minutes
(会议纪要, every decision). ``data`` is the plain dict of ``app.services.meetings.document_data``:

    {"id": ..., "held_at": "2026-09-10 09:30", "place": ..., "chair": ..., "departments": [...],
     "status": "scheduled", "history": [{"kind": "postponed", "from", "to", "reason"}],
     "minutes": "the meeting's minutes text (lines), '' when none",
     "bureau": "象山县供电局", "kind": "notice" | "minutes", "for_case": None | case_no, "recorder": ...,
     "agenda": [{"case_no", "customer_name", "capacity_kva", "supply_kv", "address", "manager",
                 "position", "decision", "decision_name", "note", "representative", "decided_on",
                 "plan_deadline", "warning"}]}

Every user value is printed literally (escaped), whatever characters it holds.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from reports.pdf_base import (
    CONTENT_WIDTH,
    GRID,
    HEAD_BG,
    PageGroup,
    build_pdf,
    data_table,
    esc,
    fmt_num,
    join_names,
    plain_style,
    styles,
    text,
)

NOTICE_TITLE = "业扩会审通知"
MINUTES_TITLE = "业扩会审会议纪要"
DECISION_NAMES = {"approve": "同意", "approve_with_changes": "修改后同意", "reject": "不同意"}

# 序号, 工单号, 客户名称, 容量, 地址, 客户经理: 174 mm
NOTICE_COLUMNS = [10 * mm, 26 * mm, 48 * mm, 20 * mm, 48 * mm, 22 * mm]
# 序号, 工单号, 客户名称, 容量, 会审决定, 意见/备注
MINUTES_COLUMNS = [10 * mm, 26 * mm, 40 * mm, 18 * mm, 24 * mm, 56 * mm]


def _facts_table(data: dict) -> Table:
    st = styles()
    lab = st.cell_head
    rows = [
        [Paragraph("会审时间", lab), text(data.get("held_at"), st.cell), Paragraph("会审地点", lab),
         text(data.get("place"), st.cell)],
        [Paragraph("主持人", lab), text(data.get("chair"), st.cell), Paragraph("参会部门", lab),
         text(join_names(data.get("departments")), st.cell)],
    ]
    widths = [22 * mm, 50 * mm, 22 * mm, CONTENT_WIDTH - 94 * mm]
    return Table(rows, colWidths=widths, hAlign="LEFT", style=plain_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
        ("BACKGROUND", (2, 0), (2, -1), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ))


def _kva(item: dict) -> str:
    value = fmt_num(item.get("capacity_kva"))
    return f"{value} kVA" if value else ""


def _history_lines(data: dict) -> list:
    st = styles()
    out = []
    for h in data.get("history") or []:
        if h.get("kind") == "postponed":
            out.append(Paragraph(f"（会审由 {esc(h.get('from'))} 改期至 {esc(h.get('to'))}，原因：{esc(h.get('reason'))}）",
                                 st.note))
    return out


def _sign_block(data: dict, labels: tuple[str, ...]) -> Table:
    st = styles()
    rows = [[Paragraph(label, st.label), Paragraph("签字：", st.label), "", Paragraph("日期：", st.label), ""]
            for label in labels]
    return Table(rows, colWidths=[24 * mm, 12 * mm, 42 * mm, 12 * mm, 32 * mm], rowHeights=[12 * mm] * len(rows),
                 hAlign="LEFT", style=plain_style(
                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                     ("LINEBELOW", (2, 0), (2, -1), 0.6, GRID),
                     ("LINEBELOW", (4, 0), (4, -1), 0.6, GRID),
                     ("LEFTPADDING", (0, 0), (-1, -1), 2),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                 ))


def notice_story(data: dict) -> list:
    st = styles()
    agenda = list(data.get("agenda") or [])
    for_case = data.get("for_case")
    if for_case:
        item = agenda[0] if agenda else {}
        greeting = f"{esc(item.get('representative') or item.get('customer_name'))}："
        intro = (f"{esc(data.get('bureau'))}定于 {esc(data.get('held_at'))} 在{esc(data.get('place'))}召开业扩会审会，"
                 f"审议贵单位（{esc(item.get('customer_name'))}）的供电方案。请贵单位派代表准时参加，"
                 "并携带用电申请资料及相关图纸。")
    else:
        greeting = "各有关部门："
        intro = (f"{esc(data.get('bureau'))}定于 {esc(data.get('held_at'))} 在{esc(data.get('place'))}召开业扩会审会，"
                 f"审议下列 {len(agenda)} 个 500 kVA 及以上客户的供电方案，请准时参加。")
    rows = [[text(a.get("position") or i, st.cell_center), text(a.get("case_no"), st.cell),
             text(a.get("customer_name"), st.cell), text(_kva(a), st.cell_center), text(a.get("address"), st.cell),
             text(a.get("manager"), st.cell_center)] for i, a in enumerate(agenda, start=1)]
    story = [
        PageGroup(label=NOTICE_TITLE, outline=f"{NOTICE_TITLE} {data.get('held_at') or ''}".strip()),
        Paragraph(NOTICE_TITLE, st.title),
        Paragraph(greeting, st.body),
        Paragraph(intro, st.body_indent),
        *_history_lines(data),
        Spacer(1, 2 * mm),
        _facts_table(data),
        Spacer(1, 4 * mm),
        Paragraph("会审议程", st.h2),
        data_table(["序号", "工单号", "客户名称", "容量", "工程地址", "客户经理"], rows, NOTICE_COLUMNS),
        Spacer(1, 6 * mm),
        text(data.get("bureau"), st.right),
    ]
    return story


def _minutes_text(data: dict) -> list:
    """The meeting's own minutes text (会议纪要正文), a paragraph per line; nothing when empty."""
    minutes = str(data.get("minutes") or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not minutes:
        return []
    st = styles()
    out: list = [Paragraph("会议内容", st.h2)]
    for line in minutes.split("\n"):
        out.append(text(line.strip(), st.body_indent) if line.strip() else Spacer(1, 2 * mm))
    return out


def minutes_story(data: dict) -> list:
    st = styles()
    agenda = list(data.get("agenda") or [])
    counts = {k: sum(1 for a in agenda if a.get("decision") == k) for k in DECISION_NAMES}
    summary = (f"会议审议了 {len(agenda)} 个客户的供电方案：同意 {counts['approve']} 个，"
               f"修改后同意 {counts['approve_with_changes']} 个，不同意 {counts['reject']} 个。")
    rows = []
    for i, a in enumerate(agenda, start=1):
        decision = a.get("decision_name") or DECISION_NAMES.get(a.get("decision") or "", "未决定")
        note = a.get("note") or ""
        if a.get("representative"):
            note = (note + "\n" if note else "") + f"客户代表：{a['representative']}"
        rows.append([text(a.get("position") or i, st.cell_center), text(a.get("case_no"), st.cell),
                     text(a.get("customer_name"), st.cell), text(_kva(a), st.cell_center),
                     text(decision, st.cell_center), text(note, st.cell)])
    return [
        PageGroup(label=MINUTES_TITLE, outline=f"{MINUTES_TITLE} {data.get('held_at') or ''}".strip()),
        Paragraph(MINUTES_TITLE, st.title),
        *_history_lines(data),
        _facts_table(data),
        Spacer(1, 3 * mm),
        Paragraph(summary, st.lead),
        data_table(["序号", "工单号", "客户名称", "容量", "会审决定", "意见 / 备注"], rows, MINUTES_COLUMNS),
        *_minutes_text(data),
        Spacer(1, 3 * mm),
        Paragraph("会审同意的供电方案，由客户经理在时限内答复客户；修改后同意的按会审意见修改后答复；"
                  "不同意的须重新制订方案并再次上会。", st.body_indent),
        Spacer(1, 4 * mm),
        KeepTogether([text(data.get("bureau"), st.right),
                      text(f"记录人：{data.get('recorder') or ''}", st.right),
                      Spacer(1, 2 * mm),
                      _sign_block(data, ("主持人", "记录人"))]),
    ]


def render_meeting_notice(data: dict, out: Path) -> Path:
    return build_pdf(out, notice_story(data), title=f"{NOTICE_TITLE} {data.get('held_at') or ''}".strip(),
                     subject=str(data.get("place") or ""), author=str(data.get("bureau") or ""),
                     keywords=[str(a.get("case_no")) for a in data.get("agenda") or [] if a.get("case_no")])


def render_meeting_minutes(data: dict, out: Path) -> Path:
    return build_pdf(out, minutes_story(data), title=f"{MINUTES_TITLE} {data.get('held_at') or ''}".strip(),
                     subject=str(data.get("place") or ""), author=str(data.get("bureau") or ""),
                     keywords=[str(a.get("case_no")) for a in data.get("agenda") or [] if a.get("case_no")])

"""业扩报装月度分析会会议纪要 (issue 20): the month's figures, the cases that missed a limit with
their over-runs and the meeting's conclusions, the 时间偏差 and long pauses, the open cases in
warning or overdue, the improvement measures (owner, due) and the measures of earlier meetings
still open. ``data`` is the plain dict of ``app.services.analysis.minutes_data``: the agenda
(``figures``, ``late_cases``, ``deviations``, ``overdue_open``, ``long_pauses``, ``open_actions``)
with ``meeting`` {held_on, place, chair, attendance, note, conclusions, measures} and ``bureau``.

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
    join_names,
    plain_style,
    styles,
    text,
)

TITLE = "业扩报装月度分析会会议纪要"
FIELD_NAMES = {"applied_on": "申请日期", "energized_on": "送电日期"}


def _pct(rate) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _month_label(month: str) -> str:
    y, m = (month or "0-0").split("-")
    return f"{y} 年 {int(m)} 月"


def _facts(data: dict) -> Table:
    st = styles()
    m = data["meeting"]
    lab = st.cell_head
    rows = [[Paragraph("会议日期", lab), text(m.get("held_on"), st.cell), Paragraph("地点", lab),
             text(m.get("place"), st.cell)],
            [Paragraph("主持人", lab), text(m.get("chair"), st.cell), Paragraph("参会人员", lab),
             text(join_names(m.get("attendance")), st.cell)]]
    return Table(rows, colWidths=[22 * mm, 50 * mm, 22 * mm, CONTENT_WIDTH - 94 * mm], hAlign="LEFT",
                 style=plain_style(("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
                                   ("BACKGROUND", (2, 0), (2, -1), HEAD_BG), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")))


def _rule_name(rs: dict) -> str:
    return rs.get("name") or rs.get("rule_set")


def _sign_block() -> Table:
    st = styles()
    rows = [[Paragraph(label, st.label), Paragraph("签字：", st.label), "", Paragraph("日期：", st.label), ""]
            for label in ("主持人", "记录人")]
    return Table(rows, colWidths=[24 * mm, 12 * mm, 42 * mm, 12 * mm, 32 * mm], rowHeights=[12 * mm] * 2,
                 hAlign="LEFT", style=plain_style(("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                                  ("LINEBELOW", (2, 0), (2, -1), 0.6, GRID),
                                                  ("LINEBELOW", (4, 0), (4, -1), 0.6, GRID)))


def story(data: dict) -> list:
    st = styles()
    f = data.get("figures") or {}
    m = data["meeting"]
    conclusions = {c["case_no"]: c["text"] for c in m.get("conclusions") or []}
    out: list = [PageGroup(label=TITLE, outline=f"{TITLE} {data.get('month')}"),
                 Paragraph(TITLE, st.title),
                 Paragraph(f"（{esc(_month_label(data.get('month')))}）", st.center),
                 Spacer(1, 3 * mm), _facts(data), Spacer(1, 3 * mm)]
    rates = "；".join(f"{esc(_rule_name(r))}达标率 {_pct(r.get('rate'))}（{r.get('met')}/{r.get('n')}）"
                      for r in f.get("rule_sets") or [])
    avg = f.get("avg_supply_dept_wd")
    out.append(Paragraph(
        f"本月送电 {f.get('finished', 0)} 户，其中未达时限 {f.get('late', 0)} 户；"
        f"供电部门平均流转耗时 {'—' if avg is None else avg} 个工作日。{rates}。", st.lead))
    out.append(Paragraph("一、时限达成情况（分客户经理）", st.h2))
    rows = [[text(x.get("manager") or "—", st.cell), text(x.get("finished"), st.cell_center),
             text(x.get("late"), st.cell_center), text(x.get("avg_supply_dept_wd"), st.cell_center)]
            for x in f.get("managers") or []]
    out.append(data_table(["客户经理", "送电户数", "未达时限", "平均耗时（工作日）"], rows,
                          [50 * mm, 36 * mm, 36 * mm, CONTENT_WIDTH - 122 * mm]))
    out.append(Paragraph("二、未达时限工程及会议结论", st.h2))
    if data.get("late_cases"):
        rows = []
        # the rule sets by the names the figures carry (no list of names of our own here)
        names = {r.get("rule_set"): r.get("name") for r in f.get("rule_sets") or []}
        for i, lc in enumerate(data["late_cases"], 1):
            over = "\n".join(f"{x.get('name') or x.get('code')}（{names.get(x.get('rule_set')) or x.get('rule_set')}"
                             f"，{x.get('item')}）超 {x.get('over_wd')} {'个工作日' if x.get('unit') == 'wd' else '天'}"
                             for x in lc.get("stages") or [])
            rows.append([text(i, st.cell_center), text(lc.get("case_no"), st.cell), text(lc.get("customer_name"), st.cell),
                         text(lc.get("manager"), st.cell_center), text(over, st.cell),
                         text(conclusions.get(lc.get("case_no"), "（未作结论）"), st.cell)])
        out.append(data_table(["序号", "工单号", "客户名称", "客户经理", "超时环节", "会议结论"], rows,
                              [10 * mm, 26 * mm, 30 * mm, 18 * mm, 44 * mm, CONTENT_WIDTH - 128 * mm]))
    else:
        out.append(Paragraph("本月无未达时限的工程。", st.body_indent))
    out.append(Paragraph("三、时间偏差（客户所述日期与系统记录不一致）", st.h2))
    if data.get("deviations"):
        rows = [[text(d.get("case_no"), st.cell), text(FIELD_NAMES.get(d.get("field"), d.get("field")), st.cell_center),
                 text(d.get("recorded"), st.cell_center), text(d.get("reported"), st.cell_center),
                 text(d.get("days"), st.cell_center), text(conclusions.get(d.get("case_no"), ""), st.cell)]
                for d in data["deviations"]]
        out.append(data_table(["工单号", "日期", "系统记录", "客户所述", "相差（天）", "会议结论"], rows,
                              [26 * mm, 20 * mm, 24 * mm, 24 * mm, 18 * mm, CONTENT_WIDTH - 112 * mm]))
    else:
        out.append(Paragraph("本月回访未发现时间偏差。", st.body_indent))
    out.append(Paragraph("四、长时间暂停与在途预警", st.h2))
    rows = [[text(p.get("case_no"), st.cell), text("暂停", st.cell_center), text(p.get("reason_name"), st.cell),
             text(f"{p.get('started_on')} 起 {p.get('wd')} 个工作日", st.cell),
             text(conclusions.get(p.get("case_no"), ""), st.cell)] for p in data.get("long_pauses") or []]
    rows += [[text(w.get("case_no"), st.cell), text("超期" if w.get("status") == "overdue" else "预警", st.cell_center),
              text(w.get("stage_name"), st.cell), text(f"期限 {w.get('deadline')}", st.cell),
              text(conclusions.get(w.get("case_no"), ""), st.cell)] for w in data.get("overdue_open") or []]
    if rows:
        out.append(data_table(["工单号", "类别", "环节 / 原因", "情况", "会议结论"], rows,
                              [26 * mm, 14 * mm, 36 * mm, 44 * mm, CONTENT_WIDTH - 120 * mm]))
    else:
        out.append(Paragraph("无。", st.body_indent))
    out.append(Paragraph("五、改进措施", st.h2))
    if m.get("measures"):
        rows = [[text(i, st.cell_center), text(a.get("text"), st.cell), text(a.get("owner"), st.cell_center),
                 text(a.get("due_on"), st.cell_center), text(a.get("case_no") or "", st.cell)]
                for i, a in enumerate(m["measures"], 1)]
        out.append(data_table(["序号", "措施", "责任人", "完成期限", "相关工单"], rows,
                              [10 * mm, CONTENT_WIDTH - 110 * mm, 24 * mm, 26 * mm, 50 * mm]))
    else:
        out.append(Paragraph("无。", st.body_indent))
    if data.get("open_actions"):
        out.append(Paragraph("六、以前月份未完成的措施", st.h2))
        rows = [[text(a.get("text"), st.cell), text(a.get("owner"), st.cell_center), text(a.get("due_on"), st.cell_center),
                 text("已逾期" if a.get("overdue") else "", st.cell_center)] for a in data["open_actions"]]
        out.append(data_table(["措施", "责任人", "完成期限", "状态"], rows,
                              [CONTENT_WIDTH - 70 * mm, 24 * mm, 26 * mm, 20 * mm]))
    if m.get("note"):
        out.append(Paragraph("会议内容", st.h2))
        for line in str(m["note"]).splitlines():
            out.append(text(line.strip(), st.body_indent) if line.strip() else Spacer(1, 2 * mm))
    out += [Spacer(1, 5 * mm), KeepTogether([text(data.get("bureau"), st.right), Spacer(1, 2 * mm), _sign_block()])]
    return out


def render_analysis_minutes(data: dict, out: Path) -> Path:
    return build_pdf(out, story(data), title=f"{TITLE} {data.get('month') or ''}".strip(),
                     subject=str(data.get("month") or ""), author=str(data.get("bureau") or ""),
                     keywords=[str(c.get("case_no")) for c in data.get("late_cases") or []])

"""月度绩效积分明细: one person's performance points of one month (issue 21), for them to check and
sign. ``render_points_statement(data, out)``; ``data`` is the plain dict
``app.services.points.statement`` gathers:

    {"bureau": "象山县供电局", "station": "...", "month": "2026-06", "person": "张伟", "total": 25.0,
     "postings": [{"case_no": "YK2600001" | None, "kind": "case" | "reversal" | "adjustment",
                   "role": "manager", "rule": "points@1", "formula": "...", "value": 13.0, "label": ""}],
     "pending": [{"case_no", "finished_on"}], "unposted": [{"case_no", "finished_on"}],
     "refused": [{"case_no", "value", "created_by", ...}],
     "requests": [{"kind", "reason", "status", "decision", "refused", ...}]}

Every value is printed literally (escaped).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from reports.pdf_base import GRID, build_pdf, data_table, esc, fmt_num, plain_style, styles, text

TITLE = "绩效积分明细"
KIND_NAMES = {"case": "工单", "reversal": "冲销", "adjustment": "调整"}
ROLE_NAMES = {"manager": "客户经理", "survey": "查勘", "review": "审图/会审", "adjust": "—"}
STATUS_NAMES = {"pending": "待裁决", "accepted": "同意", "rejected": "驳回"}
REQUEST_NAMES = {"adjustment": "调整", "appeal": "申诉"}
# 序号, 工单, 类别, 角色, 计算过程, 积分: 174 mm in all
COLUMNS = [9 * mm, 27 * mm, 12 * mm, 17 * mm, 91 * mm, 18 * mm]


def story(data: dict) -> list:
    st = styles()
    out: list = [Paragraph(esc(data.get("bureau") or ""), st.subtitle),
                 Paragraph(f"{esc(data.get('month'))} {TITLE}", st.title),
                 Paragraph(f"人员：{esc(data.get('person'))}　　合计：{fmt_num(data.get('total'))} 分"
                           + (f"　　{esc(data['station'])}" if data.get("station") else ""), st.body)]
    rows = []
    for n, p in enumerate(data.get("postings") or [], 1):
        kind = KIND_NAMES.get(p.get("kind"), p.get("kind"))
        if p.get("label"):
            kind += f"（{p['label']}）"
        formula = p.get("formula") or ""
        if p.get("rule"):
            formula += f"〔规则 {p['rule']}〕"
        rows.append([text(n, st.cell_center), text(p.get("case_no") or "—", st.cell), text(kind, st.cell),
                     text(ROLE_NAMES.get(p.get("role"), p.get("role")), st.cell), text(formula, st.cell),
                     text(fmt_num(p.get("value")), st.cell_center)])
    if not rows:
        rows.append([text("—", st.cell_center), text("本月无积分", st.cell), "", "", "", ""])
    rows.append([text("", st.cell), text("合计", st.cell), "", "", "", text(fmt_num(data.get("total")), st.cell_center)])
    out.append(Paragraph("一、积分明细（每行写明计算过程和规则版本）", st.h2))
    out.append(data_table(["序号", "工单", "类别", "角色", "计算过程", "积分"], rows, COLUMNS))
    pending = data.get("pending") or []
    if pending:
        out.append(Paragraph("二、待定工单（已送电、尚无有效回访，暂不计分）", st.h2))
        out.append(Paragraph("；".join(f"{esc(p['case_no'])}（{esc(p['finished_on'])} 送电）" for p in pending), st.body))
    unposted = data.get("unposted") or []
    if unposted:  # finished and followed up, but the posting step has not run since: not in the total yet
        out.append(Paragraph("已送电、尚未记账的工单（记账后计入）", st.h2))
        out.append(Paragraph("；".join(f"{esc(p['case_no'])}（{esc(p['finished_on'])} 送电）" for p in unposted),
                             st.body))
    refused = data.get("refused") or []
    if refused:  # made without the roles document's authority (arrived by sync, say): shown, never counted
        out.append(Paragraph("未经授权、不计入的记录", st.h2))
        out.append(Paragraph("；".join(f"{esc(p.get('case_no') or '—')} {esc(fmt_num(p.get('value')))}（{esc(p.get('created_by'))} 记）"
                                      for p in refused), st.body))
    reqs = data.get("requests") or []
    if reqs:
        out.append(Paragraph("三、调整与申诉", st.h2))
        rrows = [[text(REQUEST_NAMES.get(r["kind"], r["kind"]), st.cell), text(r.get("case_no") or "—", st.cell),
                  text(r.get("reason"), st.cell), text("未授权" if r.get("refused") else STATUS_NAMES.get(r["status"], r["status"]), st.cell_center),
                  text(r.get("decision") or "", st.cell),
                  text(fmt_num(r["points"]) if r.get("points") is not None else "—", st.cell_center)]
                 for r in reqs]
        out.append(data_table(["类别", "工单", "理由", "结果", "裁决意见", "积分"], rrows,
                              [14 * mm, 27 * mm, 50 * mm, 15 * mm, 50 * mm, 18 * mm]))
    out.append(Spacer(1, 8 * mm))
    sign = Table([[Paragraph("本人确认", st.label), Paragraph("签字：", st.label), "", Paragraph("日期：", st.label), ""],
                  [Paragraph("审核人", st.label), Paragraph("签字：", st.label), "", Paragraph("日期：", st.label), ""]],
                 colWidths=[20 * mm, 12 * mm, 42 * mm, 12 * mm, 32 * mm], rowHeights=[14 * mm, 14 * mm], hAlign="LEFT",
                 style=plain_style(("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (2, 0), (2, -1), 0.6, GRID),
                                   ("LINEBELOW", (4, 0), (4, -1), 0.6, GRID), ("LEFTPADDING", (0, 0), (-1, -1), 2)))
    out.append(KeepTogether([Paragraph("对明细有异议的，请在收到后提出申诉（写明理由），由他人裁决。", st.note), sign]))
    return out


def render_points_statement(data: dict, out: Path | str) -> Path:
    return build_pdf(out, story(data), title=f"{data.get('month')} {TITLE} {data.get('person')}",
                     subject=TITLE, author=str(data.get("bureau") or ""))

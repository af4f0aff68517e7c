"""月度业扩计量器具需求计划 (issue 19) as a PDF and as an .xlsx workbook, from the plain dict of
``app.services.metering.plan_view``:

    {"month": "2026-12", "version": 2, "as_of": "2026-11-20", "generated_by", "bureau", "rules",
     "rules_source", "lines": [{"type_code", "name", "need", "qualified", "issued", "safety", "available",
     "awaiting_test", "on_order", "net", "counted_on", "cases": [{"case_no", "count"}]}],
     "cases": [{"case_no", "customer_name", "capacity_kva", "method", "class", "forecast_on", "stage",
     "reserved_on", "equipment": [{"type_code", "name", "count"}]}], "unconfigured": [{"case_no", ...}],
     "diff": [{"type_code", "need_before", "need_after", "net_before", "net_after", "cases_added",
     "cases_removed"}], "totals": {"need", "net"}}

Both carry the formula, the cases behind every number and the signature block (编制 / 审核 / 批准).
Every user value is printed literally (escaped).
"""
from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from reports.pdf_base import (
    GRID,
    PageGroup,
    build_pdf,
    data_table,
    esc,
    fmt_num,
    plain_style,
    styles,
    text,
    write_atomically,
)

TITLE = "月度业扩计量器具需求计划"
FORMULA = "净需求 = 需求 − max(0, 合格在库 − 已领未装 − 安全库存) − 待检 − 在途(不小于 0)"
METHOD_NAMES = {"HV": "高供高计", "LV": "高供低计"}
SIGNERS = ("编制", "审核", "批准")
LINE_HEADER = ["序号", "类型代码", "名称", "需求", "合格在库", "已领未装", "安全库存", "可用", "待检", "在途", "净需求"]
LINE_KEYS = ("need", "qualified", "issued", "safety", "available", "awaiting_test", "on_order", "net")
LINE_COLUMNS = [8 * mm, 40 * mm, 34 * mm, 11 * mm, 12 * mm, 12 * mm, 12 * mm, 10 * mm, 10 * mm, 10 * mm, 15 * mm]
CASE_HEADER = ["工单号", "客户名称", "容量", "计量方式 / 分类", "预测送电", "器具", "预留"]
CASE_COLUMNS = [26 * mm, 30 * mm, 15 * mm, 22 * mm, 20 * mm, 47 * mm, 14 * mm]


def _subtitle(data: dict) -> str:
    return (f"{data.get('month')} 第 {data.get('version')} 版 · 预测依据日 {data.get('as_of')} · "
            f"编制人 {data.get('generated_by') or '—'}")


def _equipment_text(items: list[dict]) -> str:
    return "；".join(f"{e.get('name')} × {e.get('count')}" for e in items or [])


def _case_refs(line: dict) -> str:
    return "、".join(f"{c['case_no']}×{c['count']}" for c in line.get("cases") or [])


def _sign_block() -> Table:
    st = styles()
    rows = [[Paragraph(label, st.label), Paragraph("签字：", st.label), "", Paragraph("日期：", st.label), ""]
            for label in SIGNERS]
    return Table(rows, colWidths=[16 * mm, 12 * mm, 44 * mm, 12 * mm, 32 * mm], rowHeights=[11 * mm] * len(rows),
                 hAlign="LEFT", style=plain_style(
                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                     ("LINEBELOW", (2, 0), (2, -1), 0.6, GRID),
                     ("LINEBELOW", (4, 0), (4, -1), 0.6, GRID),
                     ("LEFTPADDING", (0, 0), (-1, -1), 2),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                 ))


def story(data: dict) -> list:
    st = styles()
    lines = data.get("lines") or []
    cases = data.get("cases") or []
    rows = [[text(i, st.cell_center), text(ln.get("type_code"), st.cell), text(ln.get("name"), st.cell),
             *[text(ln.get(k, 0), st.cell_center) for k in LINE_KEYS]] for i, ln in enumerate(lines, 1)]
    totals = data.get("totals") or {}
    rows.append([text("", st.cell), text("合计", st.cell), text("", st.cell), text(totals.get("need", 0), st.cell_center),
                 *[text("", st.cell) for _ in LINE_KEYS[1:-1]], text(totals.get("net", 0), st.cell_center)])
    out = [
        PageGroup(label=TITLE, outline=f"{TITLE} {data.get('month')}"),
        Paragraph(TITLE, st.title),
        Paragraph(esc(_subtitle(data)), st.center),
        Spacer(1, 3 * mm),
        Paragraph(f"{esc(data.get('month'))} 预测送电的 {len(cases)} 个业扩工单所需计量器具，按类型汇总如下。"
                  f"{esc(FORMULA)}。", st.lead),
        data_table(LINE_HEADER, rows, LINE_COLUMNS),
        Paragraph(f"计量分类与校核依据：{esc(data.get('rules'))}。{esc(data.get('rules_source'))}", st.note),
        Paragraph("需求明细（各类型需求所涉工单）", st.h2),
        data_table(["类型代码", "需求", "工单 × 数量"],
                   [[text(ln.get("type_code"), st.cell), text(ln.get("need"), st.cell_center),
                     text(_case_refs(ln) or "—", st.cell)] for ln in lines],
                   [40 * mm, 14 * mm, 120 * mm]),
        Paragraph("工单清单", st.h2),
        data_table(CASE_HEADER, [[
            text(c.get("case_no"), st.cell), text(c.get("customer_name"), st.cell),
            text(f"{fmt_num(c.get('capacity_kva'))} kVA", st.cell_center),
            text(f"{METHOD_NAMES.get(c.get('method'), c.get('method'))} / {c.get('class')} 类", st.cell_center),
            text(c.get("forecast_on"), st.cell_center), text(_equipment_text(c.get("equipment")), st.cell),
            text(c.get("reserved_on") or "未预留", st.cell_center)] for c in cases], CASE_COLUMNS),
    ]
    if data.get("unconfigured"):
        out.append(Paragraph("未计入（无计量配置：尚无查勘记录，也未设置）：" + esc("、".join(
            f"{u.get('case_no')} {u.get('customer_name')}" for u in data["unconfigured"])), st.note))
    if data.get("diff"):
        out += [Paragraph(f"与第 {int(data.get('version') or 1) - 1} 版相比的变化", st.h2),
                data_table(["类型代码", "需求", "净需求", "新增工单", "移出工单"], [[
                    text(d.get("type_code"), st.cell),
                    text(f"{d.get('need_before')} → {d.get('need_after')}", st.cell_center),
                    text(f"{d.get('net_before')} → {d.get('net_after')}", st.cell_center),
                    text("、".join(d.get("cases_added") or []) or "—", st.cell),
                    text("、".join(d.get("cases_removed") or []) or "—", st.cell)] for d in data["diff"]],
                    [40 * mm, 22 * mm, 22 * mm, 45 * mm, 45 * mm])]
    out += [Spacer(1, 6 * mm), KeepTogether([text(data.get("bureau"), st.right), Spacer(1, 2 * mm), _sign_block()])]
    return out


def render_metering_plan(data: dict, out: Path) -> Path:
    return build_pdf(out, story(data), title=f"{TITLE} {data.get('month')} v{data.get('version')}",
                     subject=FORMULA, author=str(data.get("bureau") or ""),
                     keywords=[str(c.get("case_no")) for c in data.get("cases") or []])


def write_metering_plan_xlsx(data: dict, out: Path) -> Path:
    """The same plan as a workbook: sheet 需求计划 (the lines, their sum, the formula and the signature
    rows), 工单明细 (one row per case and equipment type) and, from version 2 on, 版本变化."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "需求计划"
    ws.append([f"{TITLE} {data.get('month')}"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([_subtitle(data)])
    ws.append([])
    ws.append(LINE_HEADER + ["涉及工单"])
    for c in ws[4]:
        c.font = Font(bold=True)
    lines = data.get("lines") or []
    for i, ln in enumerate(lines, 1):
        ws.append([i, ln.get("type_code"), ln.get("name"), *[int(ln.get(k, 0) or 0) for k in LINE_KEYS],
                   _case_refs(ln)])
    first, last = 5, 4 + len(lines)
    totals = data.get("totals") or {}
    # the sums as numbers (what the JSON says), beside formulas a reader can check them by
    ws.append(["", "合计", "", int(totals.get("need", 0)), *[""] * 6, int(totals.get("net", 0))])
    ws.append(["", "核对公式", "", f"=SUM(D{first}:D{last})" if lines else 0, *[""] * 6,
               f"=SUM(K{first}:K{last})" if lines else 0])
    ws.append([])
    ws.append([FORMULA])
    ws.append([f"依据:{data.get('rules')} {data.get('rules_source') or ''}"])
    ws.append([])
    for label in SIGNERS:
        ws.append([f"{label}:", "", "", "日期:"])
    for col, width in zip("ABCDEFGHIJKL", (6, 28, 30, 8, 10, 10, 10, 8, 8, 8, 10, 60)):
        ws.column_dimensions[col].width = width
    wc = wb.create_sheet("工单明细")
    wc.append(["工单号", "客户名称", "容量(kVA)", "计量方式", "计量分类", "预测送电", "所处环节", "类型代码", "名称", "数量",
               "预留"])
    for c in data.get("cases") or []:
        for e in c.get("equipment") or []:
            wc.append([c.get("case_no"), c.get("customer_name"), c.get("capacity_kva"),
                       METHOD_NAMES.get(c.get("method"), c.get("method")), c.get("class"), c.get("forecast_on"),
                       c.get("stage"), e.get("type_code"), e.get("name"), int(e.get("count") or 0),
                       c.get("reserved_on") or ""])
    for u in data.get("unconfigured") or []:
        wc.append([u.get("case_no"), u.get("customer_name"), u.get("capacity_kva"), "未配置", "", u.get("forecast_on"),
                   u.get("stage"), "", "", 0, ""])
    if data.get("diff"):
        wd = wb.create_sheet("版本变化")
        wd.append(["类型代码", "原需求", "新需求", "原净需求", "新净需求", "新增工单", "移出工单"])
        for d in data["diff"]:
            wd.append([d.get("type_code"), d.get("need_before"), d.get("need_after"), d.get("net_before"),
                       d.get("net_after"), "、".join(d.get("cases_added") or []),
                       "、".join(d.get("cases_removed") or [])])
    buf = io.BytesIO()
    wb.save(buf)
    out = Path(out)
    write_atomically(out, buf.getvalue())
    return out

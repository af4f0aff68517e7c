"""The papers a manager hands the customer (issue 16): 受理回执, 供电方案答复单, 业务收费通知单,
竣工验收意见书 and 送电单, in the house style (``pdf_base``), from the plain dicts of
``app.services.papers``. ``render_paper(data, out)`` writes one; ``render_papers(datas, out)`` puts
several in one PDF (printing a case's papers at once), each numbering its own pages.

Every value is printed literally (escaped), whatever characters it holds.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table

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

LABEL_W = 26 * mm
BLANK_TIME = "______年____月____日____时____分"  # filled in by hand at the switch


def _cell_right():
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("zs-cell-right", parent=styles().cell, alignment=TA_RIGHT)


def _kv(rows: list[list]) -> Table:
    """A form of label/value pairs: each row either [label, value] (spanning) or
    [label, value, label, value]."""
    st = styles()
    half = (CONTENT_WIDTH - 2 * LABEL_W) / 2
    cells, spans = [], []
    for i, row in enumerate(rows):
        if len(row) == 2:
            cells.append([Paragraph(row[0], st.cell_head), text(row[1], st.cell), "", ""])
            spans.append(("SPAN", (1, i), (3, i)))
        else:
            cells.append([Paragraph(row[0], st.cell_head), text(row[1], st.cell),
                          Paragraph(row[2], st.cell_head), text(row[3], st.cell)])
            spans.append(("BACKGROUND", (2, i), (2, i), HEAD_BG))
    return Table(cells, colWidths=[LABEL_W, half, LABEL_W, half], hAlign="LEFT", style=plain_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4), *spans))


def _kva(v) -> str:
    n = fmt_num(v)
    return f"{n} kVA" if n else ""


def _kv_v(v) -> str:
    n = fmt_num(v)
    return f"{n} kV" if n else ""


def _customer_rows(d: dict) -> list[list]:
    return [
        ["客户名称", d.get("customer_name")],
        ["户号", d.get("account_no"), "业务编号", d.get("case_no")],
        ["用电地址", d.get("address")],
        ["业务类型", d.get("business_type"), "申请日期", d.get("applied_on")],
        ["申请容量", _kva(d.get("capacity_kva")), "供电电压", _kv_v(d.get("supply_kv"))],
    ]


def _transformer_text(ts: list[dict]) -> str:
    return "；".join(f"{t.get('type')}变压器 {t.get('count')} 台 × {fmt_num(t.get('kva'))} kVA" for t in ts) or "—"


def _metering_text(m: dict) -> str:
    parts = [m.get("mode") or ""]
    if m.get("ct_ratio"):
        parts.append(f"电流互感器变比 {m['ct_ratio']}")
    if m.get("vt_ratio"):
        parts.append(f"电压互感器变比 {m['vt_ratio']}")
    return "，".join(p for p in parts if p)


def _signatures(labels: list[str], issuer: dict) -> KeepTogether:
    """Signature lines (签字 / 日期) for each party, then the bureau and the date at the right."""
    st = styles()
    rows = [[Paragraph(lab, st.label), Paragraph("签字（盖章）：" if lab.startswith("客户") and "经理" not in lab else "签字：", st.label), "",
             Paragraph("日期：", st.label), ""] for lab in labels]
    sign = Table(rows, colWidths=[34 * mm, 26 * mm, 48 * mm, 12 * mm, 32 * mm],
                 rowHeights=[13 * mm] * len(rows), hAlign="LEFT", style=plain_style(
                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (2, 0), (2, -1), 0.6, GRID),
                     ("LINEBELOW", (4, 0), (4, -1), 0.6, GRID), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2)))
    contact = f"客户经理：{esc(issuer.get('manager'))}"
    if issuer.get("manager_phone"):
        contact += f"　联系电话：{esc(issuer.get('manager_phone'))}"
    return KeepTogether([
        Spacer(1, 3 * mm), Paragraph(contact, st.body), Spacer(1, 2 * mm), sign, Spacer(1, 5 * mm),
        text(f"{issuer.get('bureau') or ''}（盖章）", st.right), text(f"{issuer.get('issued_on') or ''}", st.right),
    ])


def _head(d: dict) -> list:
    st = styles()
    no = str(d.get("paper_no") or "")
    title = str(d.get("title") or "")
    return [PageGroup(label=f"{title} {no}", outline=f"{title} {no} {d.get('customer_name') or ''}".strip()),
            text(d.get("bureau"), st.subtitle), Paragraph(esc(title), st.title), text(f"编号：{no}", st.right),
            Spacer(1, 2 * mm)]


def _accept_receipt(d: dict) -> list:
    st = styles()
    story = _head(d)
    story.append(Paragraph(f"{esc(d.get('customer_name'))}：", st.body))
    story.append(Paragraph(
        f"你单位于 {esc(d.get('applied_on'))} 提交的用电申请，我局已于 {esc(d.get('accepted_on'))} 受理，"
        f"业务编号 {esc(d.get('case_no'))}。请凭此回执查询办理进度。", st.body_indent))
    story += [_kv([*_customer_rows(d), ["联系人", d.get("contact"), "乡镇/街道", d.get("township")]]),
              Spacer(1, 4 * mm)]
    limits = d.get("limits") or []
    if limits:
        story.append(Paragraph("我局承诺的办理时限（供电部门工作日，不含客户办理相关事项的时间）：", st.lead))
        rows = [[text(i, st.cell_center), text(x["stage"], st.cell), text(f"{x['limit_wd']} 个工作日", st.cell_center)]
                for i, x in enumerate(limits, start=1)]
        story.append(data_table(["序号", "环节", "时限"], rows, [14 * mm, 100 * mm, CONTENT_WIDTH - 114 * mm]))
        if d.get("rule_set"):
            story.append(text(f"时限依据：{d['rule_set']}", st.note))
    story.append(Paragraph("客户经理将在现场查勘前与你单位联系，请保持联系电话畅通。", st.body_indent))
    story.append(_signatures(["客户签收"], d))
    return story


def _plan_reply(d: dict) -> list:
    st = styles()
    story = _head(d)
    story.append(Paragraph(f"{esc(d.get('customer_name'))}：", st.body))
    story.append(Paragraph(
        f"根据你单位的用电申请和 {esc(d.get('surveyed_on'))} 的现场查勘结果，现将供电方案答复如下：", st.body_indent))
    story += [_kv(_customer_rows(d)), Spacer(1, 4 * mm), Paragraph("一、供电方案", st.h2)]
    m = d.get("metering") or {}
    story.append(_kv([
        ["接入点", d.get("connection_point") or "—"],
        ["变电站", d.get("substation"), "线路", d.get("feeder")],
        ["杆号", d.get("pole"), "供电电压", _kv_v(d.get("plan_kv"))],
        ["供电容量", _kva(d.get("capacity_kva")), "电源", d.get("source")],
        ["受电变压器", _transformer_text(d.get("transformers") or [])],
        ["计量方式", _metering_text(m)],
    ]))
    if d.get("findings"):
        story += [Paragraph("二、查勘说明", st.h2), text(d["findings"], st.body_indent)]
    dec = d.get("decision")
    if dec:
        story.append(Paragraph("三、业扩会审意见" if d.get("findings") else "二、业扩会审意见", st.h2))
        line = f"{esc(dec['held_on'])} 业扩会审决定：{esc(dec['decision'])}。"
        if dec.get("note"):
            line += f"会审要求：{esc(dec['note'])}"
        story.append(Paragraph(line, st.body_indent))
    story.append(Paragraph("说明", st.h2))
    story.append(Paragraph(
        f"本供电方案有效期 {esc(d.get('valid_months'))} 个月，自答复之日起计算；逾期未办理的，须重新申请。"
        "请委托具备相应资质的设计单位按本方案设计，并将设计图纸报我局审查。", st.body_indent))
    story.append(_signatures(["客户签收"], d))
    return story


def _fee_notice(d: dict) -> list:
    st = styles()
    story = _head(d)
    story.append(Paragraph(f"{esc(d.get('customer_name'))}：", st.body))
    story.append(Paragraph("根据你单位的用电申请及供电方案，请按下列项目和金额交纳业务费用：", st.body_indent))
    story += [_kv(_customer_rows(d)[:3]), Spacer(1, 4 * mm)]
    rows = [[text(i, st.cell_center), text(f["item"], st.cell), text(f["amount"], _cell_right()), text(f["basis"], st.cell)]
            for i, f in enumerate(d.get("fees") or [], start=1)]
    rows.append(["", Paragraph("合计", st.cell_head), text(d.get("total"), _cell_right()), ""])
    story.append(data_table(["序号", "收费项目", "金额（元）", "收费依据"], rows,
                            [12 * mm, 40 * mm, 28 * mm, CONTENT_WIDTH - 80 * mm],
                            extra=[("BACKGROUND", (0, len(rows)), (-1, len(rows)), HEAD_BG)]))
    story.append(Spacer(1, 2 * mm))
    story.append(text(f"合计金额：人民币 {d.get('total')} 元", st.body))
    story.append(Paragraph("请凭本通知单到营业厅或通过我局指定的渠道交费，交费后请保留票据。"
                           "对收费项目或金额有疑问的，可向客户经理咨询。", st.body_indent))
    story.append(_signatures(["客户签收"], d))
    return story


def _acceptance_opinion(d: dict) -> list:
    st = styles()
    story = _head(d)
    story.append(Paragraph(f"{esc(d.get('customer_name'))}：", st.body))
    story.append(Paragraph(
        f"我局于 {esc(d.get('inspected_on'))} 对你单位受电工程进行了竣工检验（第 {esc(d.get('round'))} 次），意见如下：",
        st.body_indent))
    story += [_kv([*_customer_rows(d),
                   ["受电变压器", _transformer_text(d.get("transformers") or [])],
                   ["检验人员", join_names(d.get("inspectors")) or "—", "检验项目",
                    f"共 {d.get('checked')} 项，合格 {d.get('passed')} 项，整改后合格 {d.get('fixed') or 0} 项，"
                    f"不适用 {d.get('not_applicable')} 项"]]),
              Spacer(1, 4 * mm)]
    rect = d.get("rectified") or []
    if rect:
        story.append(Paragraph("竣工检验中提出的整改项均已整改完毕：", st.lead))
        rows = [[text(r["no"], st.cell_center), text(r["location"], st.cell), text(r["requirement"], st.cell),
                 text(r["closed_on"], st.cell_center)] for r in rect]
        story.append(data_table(["序号", "部位", "整改要求", "整改完成"], rows,
                                [12 * mm, 30 * mm, CONTENT_WIDTH - 72 * mm, 30 * mm]))
        story.append(Spacer(1, 3 * mm))
    box = Table([[Paragraph(f"验收结论：{esc(d.get('conclusion'))}", st.body)]], colWidths=[CONTENT_WIDTH],
                hAlign="LEFT", style=plain_style(("BOX", (0, 0), (-1, -1), 0.8, GRID),
                                                 ("LEFTPADDING", (0, 0), (-1, -1), 6)))
    story.append(box)
    story.append(_signatures(["验收负责人", "客户签收"], d))
    return story


def _power_on(d: dict) -> list:
    st = styles()
    story = _head(d)
    m = d.get("metering") or {}
    story += [_kv([*_customer_rows(d),
                   ["接入点", d.get("connection_point") or "—", "电源", d.get("source")],
                   ["受电变压器", _transformer_text(d.get("transformers") or [])],
                   ["计量方式", _metering_text(m)],
                   ["竣工验收", f"{d.get('accepted_on')} 合格", "定值单", d.get("setting_sheet") or "—"],
                   ["送电时间", d.get("energised_on") or BLANK_TIME]]),
              Spacer(1, 4 * mm), Paragraph("送电前确认（逐项打 √）：", st.lead)]
    rows = [[Paragraph("□", st.tick), text(c, st.cell)] for c in d.get("checks") or []]
    story.append(Table(rows, colWidths=[10 * mm, CONTENT_WIDTH - 10 * mm], hAlign="LEFT", style=plain_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"))))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("客户确认：受电设备已具备送电条件，同意送电；送电后客户应按规定运行维护受电设备，"
                           "未经供电企业同意不得变更用电容量和接线方式。", st.body_indent))
    story.append(_signatures(["客户（运行负责人）", "送电操作人", "客户经理"], d))
    return story


_STORIES = {"accept-receipt": _accept_receipt, "plan-reply": _plan_reply, "fee-notice": _fee_notice,
            "acceptance-opinion": _acceptance_opinion, "power-on": _power_on}


def paper_story(data: dict) -> list:
    return _STORIES[data["kind"]](data)


def render_papers(datas: list[dict], out: Path) -> Path:
    """Several papers in one PDF, each starting a page and numbering its own pages."""
    datas = list(datas)
    if not datas:
        raise ValueError("render_papers: nothing to render")
    story: list = []
    for i, d in enumerate(datas):
        if i:
            story.append(PageBreak())
        story.extend(paper_story(d))
    first = datas[0]
    title = "、".join(dict.fromkeys(str(d.get("title")) for d in datas))
    return build_pdf(out, story, title=f"{title} {first.get('case_no') or ''}".strip(),
                     subject=str(first.get("customer_name") or ""), author=str(first.get("bureau") or ""),
                     keywords=[str(d.get("paper_no")) for d in datas if d.get("paper_no")])


def render_paper(data: dict, out: Path) -> Path:
    """Write one paper to ``out`` (atomically) and return the path."""
    return render_papers([data], out)

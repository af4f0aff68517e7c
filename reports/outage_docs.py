"""Documents of the monthly outage plan (issue 19): the 月度停电计划平衡表 (the month's outages,
the works each combines, 时户数 saved, notice deadlines, the meeting items and the cases at risk),
the outage request (停电申请单: 区域, 线路, 时间) of one outage, and the 停电通知 to every affected
customer of one outage, each with a receipt block (回执). ``data`` is the plain dict of
``app.services.outage.plan_document`` / ``request_document`` / ``notices_document``.

Every user value is printed literally (escaped), whatever characters it holds.
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
    plain_style,
    styles,
    text,
)

PLAN_TITLE = "月度停电计划平衡表"
REQUEST_TITLE = "停电申请单"
NOTICE_TITLE = "停电通知"
STATUS_NAMES = {"draft": "草案", "confirmed": "已确认", "announced": "已公告", "executed": "已执行", "done": "已完成",
                "cancelled": "已取消"}
REASON_NAMES = {"not_ready": "未按时就绪", "notice_too_late": "通知来不及", "no_window": "无可用停电日",
                "wanted_conflict": "送电日期冲突"}
# 序号, 线路/分段, 日期, 时间, 检修, 工作数, 工单, 时户数, 节约, 通知截止, 状态: 172 mm (dates unbroken)
PLAN_COLUMNS = [8 * mm, 22 * mm, 20 * mm, 20 * mm, 9 * mm, 9 * mm, 28 * mm, 12 * mm, 12 * mm, 20 * mm, 12 * mm]


def _sign_block(labels: tuple[str, ...]) -> Table:
    st = styles()
    rows = [[Paragraph(label, st.label), Paragraph("签字：", st.label), "", Paragraph("日期：", st.label), ""]
            for label in labels]
    return Table(rows, colWidths=[42 * mm, 12 * mm, 42 * mm, 12 * mm, 32 * mm], rowHeights=[11 * mm] * len(rows),
                 hAlign="LEFT", style=plain_style(
                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                     ("LINEBELOW", (2, 0), (2, -1), 0.6, GRID),
                     ("LINEBELOW", (4, 0), (4, -1), 0.6, GRID),
                     ("LEFTPADDING", (0, 0), (-1, -1), 2),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                 ))


def _facts(rows: list[tuple[str, object, str, object]]) -> Table:
    st = styles()
    body = [[Paragraph(a, st.cell_head), text(b, st.cell), Paragraph(c, st.cell_head), text(d, st.cell)]
            for a, b, c, d in rows]
    return Table(body, colWidths=[24 * mm, 63 * mm, 24 * mm, CONTENT_WIDTH - 111 * mm], hAlign="LEFT",
                 style=plain_style(("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
                                   ("BACKGROUND", (2, 0), (2, -1), HEAD_BG), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)))


def _line(o: dict) -> str:
    return " ".join(p for p in (o.get("substation"), o.get("feeder"), o.get("section")) if p)


def plan_story(data: dict) -> list:
    st = styles()
    rows = data.get("rows") or []
    body = [[text(i, st.cell_center), text(f"{o['feeder']} {o.get('section') or ''}".strip(), st.cell),
             text(o["on"], st.cell_center), text(f"{o['start']}–{o['end']}", st.cell_center),
             text("是" if o.get("maintenance") else "", st.cell_center), text(o["works"], st.cell_center),
             text("、".join(o["needs"]), st.cell), text(fmt_num(o["household_hours"]), st.cell_center),
             text(fmt_num(o["saved"]), st.cell_center), text(o["notice_by"], st.cell_center),
             text(STATUS_NAMES.get(o["status"], o["status"]), st.cell_center)] for i, o in enumerate(rows, 1)]
    t = data.get("totals") or {}
    body.append([text("", st.cell), text("合计", st.cell_center), text("", st.cell), text("", st.cell),
                 text("", st.cell), text(t.get("works", 0), st.cell_center), text("", st.cell),
                 text(fmt_num(t.get("household_hours", 0)), st.cell_center),
                 text(fmt_num(t.get("saved", 0)), st.cell_center), text("", st.cell), text("", st.cell)])
    story = [
        PageGroup(label=PLAN_TITLE, outline=f"{PLAN_TITLE} {data.get('month')}"),
        Paragraph(PLAN_TITLE, st.title),
        Paragraph(f"{esc(data.get('bureau'))}　{esc(data.get('month'))}　（平衡日 {esc(data.get('as_of'))}，"
                  f"计划截止日 {esc(data.get('cutoff'))}）", st.center),
        Spacer(1, 3 * mm),
        Paragraph(f"本月计划停电 {t.get('outages', 0)} 次，合并业扩接火等工作 {t.get('works', 0)} 项，"
                  f"新增停电时户数 {fmt_num(t.get('household_hours', 0))}，一停多用节约时户数 "
                  f"{fmt_num(t.get('saved', 0))}。计划停电须至少提前 {data.get('notice_days')} 天通知用户"
                  "（《电力供应与使用条例》第二十八条），“通知截止日”为最迟通知日期。", st.lead),
        data_table(["序号", "线路 / 分段", "停电日期", "时间", "检修窗口", "合并工作", "工单", "时户数", "节约时户数",
                    "通知截止日", "状态"], body, PLAN_COLUMNS),
    ]
    conflicts = data.get("conflicts") or []
    if conflicts:
        story += [Paragraph("提交平衡会的事项", st.h2),
                  data_table(["序号", "工单", "线路", "原因", "说明"],
                             [[text(i, st.cell_center), text(c["case_no"], st.cell), text(c["feeder"], st.cell),
                               text(REASON_NAMES.get(c["reason"], c["reason"]), st.cell_center),
                               text(c.get("message"), st.cell)] for i, c in enumerate(conflicts, 1)],
                             [8 * mm, 28 * mm, 26 * mm, 24 * mm, CONTENT_WIDTH - 86 * mm])]
    risk = data.get("at_risk") or []
    if risk:
        story += [Paragraph("装表接电时限风险", st.h2),
                  data_table(["序号", "工单", "户名", "线路", "装表接电时限", "最早合法停电日", "最迟通知日"],
                             [[text(i, st.cell_center), text(r["case_no"], st.cell), text(r["customer_name"], st.cell),
                               text(r["feeder"], st.cell), text(r["energize_deadline"], st.cell_center),
                               text(r["earliest_outage"], st.cell_center), text(r["announce_by"], st.cell_center)]
                              for i, r in enumerate(risk, 1)],
                             [8 * mm, 26 * mm, 40 * mm, 26 * mm, 24 * mm, 26 * mm, 24 * mm])]
    for w in data.get("warnings") or []:
        story.append(Paragraph(f"注意：{esc(w.get('message'))}", st.note))
    story += [Spacer(1, 5 * mm), KeepTogether([
        Paragraph("平衡会参加部门会签", st.h2),
        _sign_block(("营销部（客户服务中心）", "安全运检部", "调控中心"))])]
    rules = data.get("rules") or {}
    story.append(Paragraph(f"规则：{esc(rules.get('name'))} 第 {esc(rules.get('version'))} 版。依据：{esc(rules.get('source'))}",
                           st.note))
    return story


def request_story(data: dict) -> list:
    st = styles()
    cases = data.get("cases") or []
    work_names = data.get("work_names") or {}
    area = "、".join(data.get("townships") or []) or "—"
    if data.get("stations"):
        area += f"（{'、'.join(data['stations'])}）"
    body = [[text(i, st.cell_center), text(c["case_no"], st.cell), text(c["customer_name"], st.cell),
             text(work_names.get(c["work"], c["work"]) + ("（可带电作业）" if c.get("live_line") else ""), st.cell),
             text(fmt_num(c["hours"]), st.cell_center), text(c["customers"], st.cell_center),
             text(c["important"], st.cell_center)] for i, c in enumerate(cases, 1)]
    return [
        PageGroup(label=REQUEST_TITLE, outline=f"{REQUEST_TITLE} {data.get('feeder')} {data.get('on')}"),
        Paragraph(REQUEST_TITLE, st.title),
        Paragraph(esc(data.get("bureau")), st.center),
        Spacer(1, 3 * mm),
        _facts([("停电区域", area, "停电线路", _line(data)),
                ("停电时间", f"{data['on']} {data['start']} 至 {data['end']}", "停电时长", f"{fmt_num(data['hours'])} 小时"),
                ("检修窗口", "结合运检检修停电" if data.get("maintenance") else "单独停电", "停电户数",
                 f"{data.get('customers')} 户（重要用户 {data.get('important')} 户）"),
                ("时户数", fmt_num(data.get("household_hours")), "最迟通知日", data.get("notice_by"))]),
        Spacer(1, 3 * mm),
        Paragraph("停电工作内容（业扩接火）", st.h2),
        data_table(["序号", "工单", "客户名称", "工作内容", "时长(小时)", "停电户数", "重要用户"], body,
                   [8 * mm, 26 * mm, 50 * mm, 40 * mm, 18 * mm, 16 * mm, 16 * mm]),
        Spacer(1, 6 * mm),
        KeepTogether([_sign_block(("申请人（客户经理）", "营销部审核", "安全运检部", "调控中心批准"))]),
    ]


def notices_story(data: dict) -> list:
    st = styles()
    story: list = []
    for i, n in enumerate(data.get("notices") or []):
        if i:
            story.append(PageBreak())
        story += [
            PageGroup(label=NOTICE_TITLE, outline=f"{NOTICE_TITLE} {n.get('customer_name')}"),
            Paragraph(NOTICE_TITLE, st.title),
            Paragraph(f"{esc(n.get('customer_name'))}（户号 {esc(n.get('account_no'))}）：", st.body),
            Paragraph(f"为完成贵单位业扩工程接火（{esc(n.get('work_name'))}），{esc(data.get('bureau'))}定于 "
                      f"<b>{esc(n['on'])} {esc(n['start'])} 至 {esc(n['end'])}</b> 对 {esc(_line(n))} 计划停电，"
                      f"时长约 {fmt_num(n['hours'])} 小时。停电期间请做好生产、生活安排及安全措施，"
                      "未经许可不得擅自合闸或接入自备电源。如遇天气等原因，停电时间另行通知。", st.body_indent),
            Paragraph("本通知依据《电力供应与使用条例》第二十八条提前送达。", st.body_indent),
            Spacer(1, 2 * mm),
            _facts([("用电地址", n.get("address"), "联系人", n.get("contact")),
                    ("停电线路", _line(n), "停电时间", f"{n['on']} {n['start']}–{n['end']}")]),
            Spacer(1, 5 * mm),
            text(data.get("bureau"), st.right),
            Spacer(1, 8 * mm),
            Paragraph("- - - - - - - - - - - - - - - - - - 沿此线剪下 - - - - - - - - - - - - - - - - - -", st.center),
            Paragraph("回执", st.subtitle),
            Paragraph(f"我单位（{esc(n.get('customer_name'))}，工单 {esc(n.get('case_no'))}）已收到 {esc(n['on'])} "
                      f"{esc(_line(n))} 的停电通知。", st.body_indent),
            _sign_block(("签收人", "送达人")),
        ]
    return story


def render_outage_plan(data: dict, out: Path) -> Path:
    return build_pdf(out, plan_story(data), title=f"{PLAN_TITLE} {data.get('month')}",
                     author=str(data.get("bureau") or ""))


def render_outage_request(data: dict, out: Path) -> Path:
    return build_pdf(out, request_story(data), title=f"{REQUEST_TITLE} {data.get('feeder')} {data.get('on')}",
                     author=str(data.get("bureau") or ""), keywords=list(data.get("needs") or []))


def render_outage_notices(data: dict, out: Path) -> Path:
    return build_pdf(out, notices_story(data), title=f"{NOTICE_TITLE} {data.get('feeder')} {data.get('on')}",
                     author=str(data.get("bureau") or ""), keywords=list(data.get("needs") or []))

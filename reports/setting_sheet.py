"""继电保护定值单: the protection-setting sheet of a customer's 10 kV incoming switch.

``render_setting_sheet(data, out)`` writes the sheet; ``setting_sheet_story(data)`` gives its
flowables. ``data`` is a plain dict; ``result`` is what ``app.protection.calculate`` returned
(possibly after a round trip through JSON):

    {"sheet_no": "DZ-YK2600001-01", "version": 1, "status": "draft" | "issued" | "executed" | "void",
     "bureau": "象山县供电局", "case_no": "YK2600001", "customer_name": ..., "account_no": "3300000001",
     "address": ..., "issued_on": "2026-11-20", "result": {...},
     "sign_off": {"set_by": "王工", "checked_by": "", "approved_by": ""},
     "receipt": {"issued_to": "客户电工 李四", "executed_by": "", "returned_on": ""}}

The order is the one a reviewer reads in: who and what, the calculation conditions, the
short-circuit currents with every step and formula, the settings, the checks, the coefficients
with their sources, the signatures, and a tear-off execution receipt. A void sheet says 作废 in a
red stamp under the title, in the footer and across every page, so it cannot be executed by
mistake. Every value is printed literally (escaped), whatever characters it holds.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from reports.pdf_base import (
    CONTENT_WIDTH,
    FONT,
    GRID,
    HEAD_BG,
    PAGE_SIZE,
    PageGroup,
    build_pdf,
    data_table,
    esc,
    plain_style,
    styles,
    text,
)

TITLE = "继电保护定值单"
SUBTITLE = "（10 kV 客户进线开关）"
STATUS_NAMES = {"draft": "草稿", "issued": "已下达", "executed": "已执行", "void": "作废"}
VOID_RED = colors.HexColor("#C00000")
FAIL_RED = "#C00000"
SETTING_KEYS = ("instantaneous", "overcurrent", "overload", "zero_sequence")
SETTING_NAMES = {"instantaneous": "电流速断", "overcurrent": "过电流", "overload": "过负荷",
                 "zero_sequence": "低压中性线零序过流"}
STATEMENT = ("本定值单自下达之日起执行，原定值单同时作废。执行单位应按本单整定并核对无误后填写回执，"
             "于 3 个工作日内交回；保护装置或一次设备变更时，须重新申请整定。")


# --- formatting --------------------------------------------------------------------------------


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def sig(value: object, digits: int = 4) -> str:
    """A number with ``digits`` significant figures, no exponent; None gives —; text stays text."""
    if value is None or value == "":
        return "—"
    if not _is_number(value):
        return str(value)
    x = float(value)
    if x == 0:
        return "0"
    places = max(0, digits - 1 - math.floor(math.log10(abs(x))))
    s = f"{x:.{places}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def fixed(value: object, places: int) -> str:
    """A number with a fixed number of decimals (settings are read off the relay this way)."""
    if value is None or value == "":
        return "—"
    if not _is_number(value):
        return str(value)
    return f"{float(value):.{places}f}"


# one-letter symbol, underscore, subscript ("c_max,LV", "R_L,θ"); a comma belongs to the subscript
# only when more of it follows, so a sentence's punctuation stays outside
_SUBSCRIPT = re.compile(r"(?<![A-Za-z0-9_])([A-Za-zΔθμ])_([A-Za-z0-9θμ]+(?:,[A-Za-z0-9θμ]+)*)")


def formula(value: object) -> str:
    """Escaped formula text with X_abc printed as X with a subscript abc."""
    body = esc(value)
    return _SUBSCRIPT.sub(lambda m: f"{m.group(1)}<sub>{m.group(2)}</sub>", body)


def primary(value: object) -> str:
    """A primary current: secondary step × CT ratio, so at most two decimals; 69.00 -> 69.0."""
    s = fixed(value, 2)
    return s[:-1] if s.endswith("0") and "." in s else s


def status_name(status: object) -> str:
    return STATUS_NAMES.get(str(status or "").lower(), str(status or ""))


def is_void(data: dict) -> bool:
    return str(data.get("status") or "").lower() == "void"


# --- parts ---------------------------------------------------------------------------------


def _section(title: str) -> list:
    """A section heading. Not keep-with-next, which would push a long table and its heading to a
    new page whole; instead the heading moves on when less than ~4 table rows of room are left."""
    return [CondPageBreak(32 * mm), Paragraph(esc(title), _flow_h1())]


@lru_cache(maxsize=1)
def _flow_h1() -> ParagraphStyle:
    return ParagraphStyle("zs-h1-flow", parent=styles().h1, keepWithNext=0)


def _header(data: dict) -> list:
    st = styles()
    void = is_void(data)
    head = [Paragraph(TITLE, st.title), Paragraph(SUBTITLE, st.subtitle)]
    status = esc(status_name(data.get("status")))
    if void:
        status = f'<font color="#C00000">{status}</font>'
    # a row of cells, not spaces: a Paragraph collapses runs of (full-width) spaces
    cells = [Paragraph(f"编号：{esc(data.get('sheet_no'))}", st.right),
             Paragraph(f"版本：第 {esc(data.get('version') or 1)} 版", st.right),
             Paragraph(f"状态：{status}", st.right)]
    head.append(Table([cells], colWidths=[CONTENT_WIDTH - 66 * mm, 34 * mm, 32 * mm], hAlign="LEFT",
                      style=plain_style(("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0))))
    if void:
        stamp = Table([[Paragraph('<font size="20" color="#C00000">作　废</font>', st.center)],
                       [Paragraph('<font color="#C00000">本定值单已作废，不得执行。</font>', st.center)]],
                      colWidths=[70 * mm], hAlign="CENTER",
                      style=plain_style(("BOX", (0, 0), (-1, -1), 2, VOID_RED),
                                        ("TOPPADDING", (0, 0), (-1, 0), 8),
                                        ("BOTTOMPADDING", (0, -1), (-1, -1), 6)))
        head += [Spacer(1, 2 * mm), stamp]
    head.append(Spacer(1, 3 * mm))
    return head


def _pairs_table(rows: list[tuple], label_width: float = 30 * mm) -> Table:
    """A grid of label/value pairs, two pairs a row; a pair whose value is long takes the row."""
    st = styles()
    lab = st.cell_head
    value_width = (CONTENT_WIDTH - 2 * label_width) / 2
    body, spans = [], []
    pending: list = []
    for label, value, wide in rows:
        cells = [Paragraph(formula(label), lab), text(value, st.cell)]
        if wide:
            if pending:
                body.append(pending + ["", ""])
                pending = []
            spans.append(len(body))
            body.append(cells + ["", ""])
        elif pending:
            body.append(pending + cells)
            pending = []
        else:
            pending = cells
    if pending:
        body.append(pending + ["", ""])
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for r in range(len(body)):
        if r in spans:
            cmds.append(("SPAN", (1, r), (3, r)))
        elif body[r][2] != "":  # a second label (not the empty half of the last row)
            cmds.append(("BACKGROUND", (2, r), (2, r), HEAD_BG))
    return Table(body, colWidths=[label_width, value_width, label_width, value_width], hAlign="LEFT",
                 style=plain_style(*cmds))


def _customer_table(data: dict) -> Table:
    return _pairs_table([
        ("客户名称", data.get("customer_name"), True),
        ("户号", data.get("account_no"), False),
        ("业务编号", data.get("case_no"), False),
        ("用电地址", data.get("address"), True),
        ("下达单位", data.get("bureau"), False),
        ("下达日期", data.get("issued_on"), False),
    ])


def _unit(value: object, unit: str) -> str:
    s = sig(value)
    return s if s == "—" else f"{s} {unit}"


def _inputs_table(result: dict) -> Table:
    inp = result.get("inputs") or {}
    count = inp.get("count") or 1
    kva = sig(inp.get("kva"))
    transformer = f"{count} × {kva} kVA" if _is_number(count) and count > 1 else f"{kva} kVA"
    if _is_number(count) and count > 1:
        transformer += "，低压并列运行" if inp.get("lv_parallel") else "，低压分列运行"
    pk = _unit(inp.get("pk_kw_used", inp.get("pk_kw")), "kW")
    if inp.get("pk_estimated"):
        pk += "（典型值，未提供铭牌值）"
    if _is_number(inp.get("cable_km")) and inp.get("cable_km") > 0:
        line = (f"{sig(inp.get('cable_km'))} km，r = {sig(inp.get('cable_r'))} Ω/km，"
                f"x = {sig(inp.get('cable_x'))} Ω/km")
    else:
        line = "无（变压器接于接入点）"
    scheme = {"3ct": "三相 CT", "2ct": "两相 CT（A、C 相）"}.get(str(inp.get("ct_scheme")), inp.get("ct_scheme"))
    rows = [
        ("系统标称电压", _unit(inp.get("kv"), "kV"), False),
        ("系统 R/X", sig(inp.get("rx")), False),
        ("最大方式短路容量", _unit(inp.get("sk_max_mva"), "MVA"), False),
        ("最小方式短路容量", _unit(inp.get("sk_min_mva"), "MVA"), False),
        ("接入线路", line, True),
        ("变压器容量", transformer, False),
        ("变压器类型", {"oil": "油浸式", "dry": "干式"}.get(str(inp.get("tr_type") or "oil"), inp.get("tr_type")), False),
        ("申请容量", _unit(inp.get("applied_kva"), "kVA"), False),
        ("短路电压 u_k", _unit(inp.get("uk_pct"), "%"), False),
        ("负载损耗 P_k", pk, False),
        ("联结组别", inp.get("vector"), False),
        ("额定电压比", f"{inp.get('ratio') or ''} kV", False),
        ("进线 CT 变比", f"{inp.get('ct') or ''}（{scheme}）", False),
        ("中性线 CT 变比", inp.get("neutral_ct") or "—", False),
        ("上级馈线速断", _unit(inp.get("feeder_inst_a"), "A"), False),
        ("上级馈线过流", (f"{_unit(inp.get('feeder_oc_a'), 'A')}，{_unit(inp.get('feeder_oc_time_s'), 's')}"
                       if inp.get("feeder_oc_a") is not None or inp.get("feeder_oc_time_s") is not None else "—"),
         False),
    ]
    return _pairs_table(rows)


def _currents_table(result: dict) -> Table:
    st = styles()
    inp = result.get("inputs") or {}
    vf = result.get("vector_factor")
    rows = [
        ("高压侧最大三相短路电流 I″k3max", result.get("ik3_max_hv_ka"), "最大运行方式，c_max"),
        ("高压侧最小两相短路电流 I″k2min", result.get("ik2_min_hv_ka"), "最小运行方式，c_min，用于速断灵敏系数"),
        ("低压母线最大三相短路电流（低压侧）", result.get("ik3_max_lv_ka"), "计及 K_T"),
        ("低压母线最大三相短路电流（归算到高压侧）", result.get("ik3_max_lv_ka_hv_side"), "速断须躲过"),
        ("低压母线最小两相短路电流（低压侧）", result.get("ik2_min_lv_ka"), "最小运行方式"),
        ("低压母线最小两相短路时高压侧继电器电流", result.get("ik2_min_lv_ka_hv_side"),
         f"{esc(inp.get('vector'))} 联结组系数 {sig(vf)}，用于过流灵敏系数"),
    ]
    body = [[Paragraph(formula(name), st.cell), text(sig(value), st.cell_center), Paragraph(formula(note), st.cell)]
            for name, value, note in rows]
    return data_table(["短路点与方式", "电流 kA", "说明"], body, [72 * mm, 24 * mm, CONTENT_WIDTH - 96 * mm])


def _steps_table(result: dict) -> Table:
    st = styles()
    body = []
    for n, step in enumerate(result.get("steps") or [], start=1):
        value = f"{sig(step.get('value'))} {step.get('unit') or ''}".strip()
        body.append([text(n, st.cell_center), Paragraph(formula(step.get("name")), st.cell),
                     Paragraph(formula(step.get("formula")), st.cell), text(value, st.cell_center)])
    if not body:
        body.append([text("—", st.cell_center), text("无", st.cell), "", ""])
    return data_table(["序号", "计算项目", "计算式", "结果"], body,
                      [9 * mm, 40 * mm, CONTENT_WIDTH - 77 * mm, 28 * mm])


def _settings_table(result: dict) -> Table:
    st = styles()
    body = []
    for key in SETTING_KEYS:
        item = result.get(key)
        if not isinstance(item, dict):
            continue
        name = item.get("name") or SETTING_NAMES[key]
        if item.get("on_lv_neutral") and "中性线" not in name:
            name = f"{name}（低压中性线）"
        enabled = item.get("enabled", True)
        sens = sig(item.get("sensitivity"), 3)
        low = _is_number(item.get("sensitivity")) and _is_number(item.get("sensitivity_min")) \
            and item["sensitivity"] < item["sensitivity_min"]
        if low:
            sens = f'<font color="{FAIL_RED}">{esc(sens)}</font>'
        else:
            sens = esc(sens)
        body.append([
            text(name, st.cell),
            text(primary(item.get("primary_a")), st.cell_center),
            text(fixed(item.get("secondary_a"), 2), st.cell_center),
            text(fixed(item.get("time_s"), 1), st.cell_center),
            Paragraph(sens, st.cell_center),
            text(item.get("action") or "跳闸", st.cell_center),
            text("投入" if enabled else "退出", st.cell_center),
        ])
    if not body:
        body.append([text("无", st.cell), "", "", "", "", "", ""])
    widths = [46 * mm, 22 * mm, 22 * mm, 18 * mm, 22 * mm, 22 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return data_table(["保护项目", "一次值 A", "二次值 A", "时间 s", "灵敏系数", "出口", "投/退"], body, widths)


def _verdict(ok: object) -> str:
    if ok is True:
        return "合格"
    if ok is False:
        return f'<font color="{FAIL_RED}">不合格</font>'
    return "未校核"


def _limit(check: dict) -> str:
    relation = {">=": "≥ ", "<=": "≤ "}.get(str(check.get("relation") or ""), "")
    limit = check.get("limit")
    return f"{relation}{sig(limit)}" if limit is not None else "—"


def _checks_table(result: dict) -> Table:
    st = styles()
    body = []
    for n, check in enumerate(result.get("checks") or [], start=1):
        body.append([text(n, st.cell_center), text(check.get("name"), st.cell),
                     text(sig(check.get("value")), st.cell_center), text(_limit(check), st.cell_center),
                     Paragraph(_verdict(check.get("ok")), st.cell_center), Paragraph(formula(check.get("note")), st.cell)])
    if not body:
        body.append([text("—", st.cell_center), text("无", st.cell), "", "", "", ""])
    widths = [9 * mm, 42 * mm, 18 * mm, 18 * mm, 15 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return data_table(["序号", "校核项目", "计算值", "要求", "结论", "说明"], body, widths)


def _coefficients_table(result: dict) -> Table:
    st = styles()
    body = [[text(c.get("name"), st.cell), Paragraph(formula(c.get("symbol")), st.cell_center),
             text(sig(c.get("value")), st.cell_center), Paragraph(formula(c.get("source")), st.cell)]
            for c in result.get("coefficients") or []]
    if not body:
        body.append([text("无", st.cell), "", "", ""])
    widths = [42 * mm, 20 * mm, 16 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return data_table(["系数", "符号", "取值", "依据"], body, widths)


_SIGN_STYLE = (
    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
)


def _date_line(width: float = 40 * mm) -> Table:
    """____年___月___日 drawn as underlined blanks (spaces would collapse in a Paragraph)."""
    st = styles()
    unit = width / 10
    return Table([["", Paragraph("年", st.label), "", Paragraph("月", st.label), "", Paragraph("日", st.label)]],
                 colWidths=[unit * 3, unit, unit * 2, unit, unit * 2, unit], hAlign="LEFT",
                 style=plain_style(("LINEBELOW", (0, 0), (0, 0), 0.6, GRID), ("LINEBELOW", (2, 0), (2, 0), 0.6, GRID),
                                   ("LINEBELOW", (4, 0), (4, 0), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))


def _sign_off(data: dict) -> Table:
    st = styles()
    sign = data.get("sign_off") or {}
    rows = []
    for role, key in (("整定人", "set_by"), ("审核人", "checked_by"), ("批准人", "approved_by")):
        rows.append([Paragraph(role, st.label), Paragraph("姓名：", st.label), text(sign.get(key), st.label),
                     Paragraph("签字：", st.label), "", Paragraph("日期：", st.label), _date_line()])
    return Table(rows, colWidths=[18 * mm, 12 * mm, 30 * mm, 12 * mm, 36 * mm, 12 * mm, 40 * mm],
                 rowHeights=[12 * mm] * 3, hAlign="LEFT",
                 style=plain_style(*_SIGN_STYLE, ("LINEBELOW", (2, 0), (2, -1), 0.6, GRID),
                                   ("LINEBELOW", (4, 0), (4, -1), 0.6, GRID)))


def _receipt(data: dict) -> list:
    st = styles()
    receipt = data.get("receipt") or {}
    cut = Table([[Paragraph('<font color="#555555">- - - - - - - - - - - - - - - - 沿此线剪下，执行后交回 '
                            '- - - - - - - - - - - - - - - -</font>', st.center)]],
                colWidths=[CONTENT_WIDTH], style=plain_style(("TOPPADDING", (0, 0), (-1, -1), 0)))
    intro = (f"定值单编号 {esc(data.get('sheet_no'))}（第 {esc(data.get('version') or 1)} 版），"
             f"客户 {esc(data.get('customer_name'))}（户号 {esc(data.get('account_no'))}）。"
             "已按本定值单完成整定，经核对装置定值与本单一致，原定值同时作废。")
    rows = [
        [Paragraph("接收单位（人）", st.label), text(receipt.get("issued_to"), st.label),
         Paragraph("执行人", st.label), text(receipt.get("executed_by"), st.label)],
        [Paragraph("执行日期", st.label), _date_line(),
         Paragraph("回执日期", st.label),
         text(receipt.get("returned_on"), st.label) if receipt.get("returned_on") else _date_line()],
        [Paragraph("执行人签字", st.label), "", Paragraph("运行单位确认", st.label), ""],
    ]
    grid = Table(rows, colWidths=[28 * mm, 59 * mm, 28 * mm, 59 * mm], rowHeights=[10 * mm, 10 * mm, 13 * mm],
                 hAlign="LEFT", style=plain_style(("GRID", (0, 0), (-1, -1), 0.5, GRID),
                                                  ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
                                                  ("BACKGROUND", (2, 0), (2, -1), HEAD_BG),
                                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    return [cut, Spacer(1, 2 * mm), Paragraph("定值单执行回执", st.h2), Paragraph(intro, st.body_indent), grid]


def setting_sheet_story(data: dict) -> list:
    """The flowables of one sheet, starting a new page-number group."""
    st = styles()
    result = data.get("result") or {}
    sheet_no = str(data.get("sheet_no") or "")
    label = f"{TITLE} {sheet_no} 第{data.get('version') or 1}版" + (" 作废" if is_void(data) else "")
    story = [PageGroup(label=label, outline=f"{TITLE} {sheet_no} {data.get('customer_name') or ''}".strip()),
             *_header(data), _customer_table(data)]

    story += [*_section("一、计算条件"), _inputs_table(result)]
    standards = result.get("standards") or []
    if standards:
        story.append(Paragraph("计算依据：" + esc("；".join(str(s) for s in standards)) + "。", st.note))

    story += [*_section("二、短路电流计算"),
              Paragraph("按 GB/T 15544.1（IEC 60909-0）等效电压源法计算，阻抗归算到 10 kV 侧（欧姆），"
                        "低压母线短路按变压器额定变比归算到低压侧计算后再归算回高压侧。", st.lead),
              _currents_table(result), Spacer(1, 3 * mm),
              # not ``lead`` (keep-with-next would push the whole long table to a new page): the
              # caption moves on only when too little room is left for it and a few rows
              CondPageBreak(35 * mm),
              Paragraph("计算过程（代入数值，便于复核）：", st.body_indent), _steps_table(result)]

    story += [*_section("三、保护整定值"),
              Paragraph("一次值为 10 kV 侧电流；二次值按进线 CT 变比换算并按装置步长取整"
                        "（电流向上取整，时间向下取整以保留级差）。", st.lead),
              _settings_table(result)]
    zs = result.get("zero_sequence")
    if isinstance(zs, dict):
        ct = zs.get("ct")
        story.append(Paragraph(
            "低压中性线零序过流的一次值为低压中性线电流（0.4 kV 侧）" +
            (f"，二次值按中性线 CT {esc(ct)} 换算。" if ct else "；未提供中性线 CT 变比，二次值待定。"), st.note))

    story += [*_section("四、校核"), _checks_table(result)]
    failed = [c for c in result.get("checks") or [] if c.get("ok") is False]
    if failed:
        story.append(Paragraph(f'<font color="{FAIL_RED}">有 {len(failed)} 项校核不合格，见上表说明；'
                               "整定人应处理后方可下达。</font>", st.body))

    story += [*_section("五、计算系数及依据"), _coefficients_table(result)]

    statement = Table([[Paragraph(STATEMENT, st.body)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT",
                      style=plain_style(("BOX", (0, 0), (-1, -1), 0.8, GRID), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 6)))
    story.append(KeepTogether([Paragraph("六、签署", st.h1), statement, Spacer(1, 2 * mm), _sign_off(data),
                               Spacer(1, 2 * mm), text(data.get("bureau"), st.right)]))
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether(_receipt(data)))
    return story


def _watermark(word: str, color: colors.Color, alpha: float):
    """An after_flowable hook that writes ``word`` diagonally across every page once."""
    done: set[int] = set()

    def hook(doc, flowable) -> None:
        if doc.page in done:
            return
        done.add(doc.page)
        canv = doc.canv
        canv.saveState()
        canv.setFillColor(color)
        canv.setFillAlpha(alpha)
        canv.setFont(FONT, 110)
        canv.translate(PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -40, word)
        canv.restoreState()

    return hook


def render_setting_sheet(data: dict, out: Path) -> Path:
    """Write one 继电保护定值单 to ``out`` (atomically) and return the path."""
    sheet_no = str(data.get("sheet_no") or "")
    status = str(data.get("status") or "").lower()
    hook = None
    if status == "void":
        hook = _watermark("作　废", VOID_RED, 0.18)
    elif status == "draft":
        hook = _watermark("草　稿", colors.HexColor("#808080"), 0.2)
    return build_pdf(
        out,
        setting_sheet_story(data),
        title=f"{TITLE} {sheet_no}".strip(),
        subject=f"{data.get('customer_name') or ''} {status_name(data.get('status'))}".strip(),
        author=str(data.get("bureau") or ""),
        keywords=[k for k in (sheet_no, str(data.get("case_no") or "")) if k],
        after_flowable=hook,
    )

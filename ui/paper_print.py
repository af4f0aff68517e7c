"""Printing the papers of a case straight to a printer (issue 16).

PySide6-Essentials has no QtPdf and no PDF rasteriser is pinned, so a PDF made by ``reports`` cannot
be painted onto a QPrinter here. The printer gets the same paper drawn by Qt instead: the paper's
data (the dicts of ``app.services.papers``, the same the PDF is made from) laid out as rich text in
a QTextDocument, which paints itself through QPainter page by page. Several papers print as one job,
each starting a new page.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument

from reports.numbers import fmt_num

FONT = "WenQuanYi Micro Hei"  # the bundled face, registered by ui.main at start (falls back to any CJK font)


def _e(v) -> str:
    return escape("" if v is None else str(v))


def _num(v) -> str:
    return fmt_num(v)


def _kv(rows: list[tuple]) -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">']
    for r in rows:
        if len(r) == 2:
            out.append(f'<tr><td width="18%" bgcolor="#e8e8e8">{_e(r[0])}</td><td colspan="3">{_e(r[1])}</td></tr>')
        else:
            out.append(f'<tr><td width="18%" bgcolor="#e8e8e8">{_e(r[0])}</td><td width="32%">{_e(r[1])}</td>'
                       f'<td width="18%" bgcolor="#e8e8e8">{_e(r[2])}</td><td width="32%">{_e(r[3])}</td></tr>')
    out.append("</table>")
    return "".join(out)


def _grid(header: list[str], rows: list[list]) -> str:
    head = "".join(f'<th bgcolor="#e8e8e8">{_e(h)}</th>' for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return (f'<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">'
            f"<tr>{head}</tr>{body}</table>")


def _customer(d: dict) -> list[tuple]:
    return [("客户名称", d.get("customer_name")), ("户号", d.get("account_no"), "业务编号", d.get("case_no")),
            ("用电地址", d.get("address")), ("业务类型", d.get("business_type"), "申请日期", d.get("applied_on")),
            ("申请容量", f"{_num(d.get('capacity_kva'))} kVA", "供电电压", f"{_num(d.get('supply_kv'))} kV")]


def _tx(ts) -> str:
    return "；".join(f"{t['type']}变压器 {t['count']} 台 × {_num(t['kva'])} kVA" for t in ts or []) or "—"


def _meter(m: dict) -> str:
    parts = [m.get("mode") or ""]
    if m.get("ct_ratio"):
        parts.append(f"电流互感器变比 {m['ct_ratio']}")
    if m.get("vt_ratio"):
        parts.append(f"电压互感器变比 {m['vt_ratio']}")
    return "，".join(p for p in parts if p)


def _sign(labels: list[str], d: dict) -> str:
    rows = "".join(f"<tr><td>{_e(lab)}</td><td>签字：________________________</td><td>日期：______________</td></tr>"
                   for lab in labels)
    contact = f"客户经理：{_e(d.get('manager'))}" + (f"　联系电话：{_e(d['manager_phone'])}" if d.get("manager_phone") else "")
    return (f"<p>{contact}</p><table cellpadding='8'>{rows}</table>"
            f"<p align='right'>{_e(d.get('bureau'))}（盖章）<br/>{_e(d.get('issued_on'))}</p>")


def paper_html(d: dict) -> str:
    """One paper as rich text: the same content as its PDF (reports/papers.py)."""
    k = d["kind"]
    h = [f"<h3 align='center'>{_e(d.get('bureau'))}</h3>",
         f"<h1 align='center'>{_e(d.get('title'))}</h1>",
         f"<p align='right'>编号：{_e(d.get('paper_no'))}</p>"]
    if k != "power-on":
        h.append(f"<p>{_e(d.get('customer_name'))}：</p>")
    if k == "accept-receipt":
        h.append(f"<p>　　你单位于 {_e(d['applied_on'])} 提交的用电申请，我局已于 {_e(d['accepted_on'])} 受理，"
                 f"业务编号 {_e(d['case_no'])}。请凭此回执查询办理进度。</p>")
        h.append(_kv([*_customer(d), ("联系人", d.get("contact"), "乡镇/街道", d.get("township"))]))
        h.append("<p>我局承诺的办理时限（供电部门工作日，不含客户办理相关事项的时间）：</p>")
        h.append(_grid(["序号", "环节", "时限"], [[i, x["stage"], f"{x['limit_wd']} 个工作日"]
                                               for i, x in enumerate(d.get("limits") or [], start=1)]))
        sign = ["客户签收"]
    elif k == "plan-reply":
        h.append(f"<p>　　根据你单位的用电申请和 {_e(d['surveyed_on'])} 的现场查勘结果，现将供电方案答复如下：</p>")
        h.append(_kv(_customer(d)))
        h.append("<h3>一、供电方案</h3>")
        h.append(_kv([("接入点", d.get("connection_point")), ("变电站", d.get("substation"), "线路", d.get("feeder")),
                      ("杆号", d.get("pole"), "供电电压", f"{_num(d.get('plan_kv'))} kV"),
                      ("供电容量", f"{_num(d.get('capacity_kva'))} kVA", "电源", d.get("source")),
                      ("受电变压器", _tx(d.get("transformers"))), ("计量方式", _meter(d.get("metering") or {}))]))
        if d.get("findings"):
            h.append(f"<h3>二、查勘说明</h3><p>{_e(d['findings'])}</p>")
        if d.get("decision"):
            dec = d["decision"]
            h.append(f"<h3>业扩会审意见</h3><p>{_e(dec['held_on'])} 业扩会审决定：{_e(dec['decision'])}。"
                     f"{('会审要求：' + _e(dec['note'])) if dec.get('note') else ''}</p>")
        h.append(f"<h3>说明</h3><p>　　本供电方案有效期 {_e(d.get('valid_months'))} 个月，自答复之日起计算；"
                 "逾期未办理的，须重新申请。</p>")
        sign = ["客户签收"]
    elif k == "fee-notice":
        h.append("<p>　　根据你单位的用电申请及供电方案，请按下列项目和金额交纳业务费用：</p>")
        h.append(_kv(_customer(d)[:3]))
        rows = [[i, f["item"], f["amount"], f["basis"]] for i, f in enumerate(d["fees"], start=1)]
        rows.append(["", "合计", d["total"], ""])
        h.append("<br/>" + _grid(["序号", "收费项目", "金额（元）", "收费依据"], rows))
        h.append(f"<p>合计金额：人民币 {_e(d['total'])} 元</p>")
        sign = ["客户签收"]
    elif k == "acceptance-opinion":
        h.append(f"<p>　　我局于 {_e(d['inspected_on'])} 对你单位受电工程进行了竣工检验（第 {_e(d['round'])} 次），意见如下：</p>")
        h.append(_kv([*_customer(d), ("受电变压器", _tx(d.get("transformers"))),
                      ("检验人员", "、".join(d.get("inspectors") or []), "检验项目",
                       f"共 {d['checked']} 项，合格 {d['passed']} 项，整改后合格 {d.get('fixed') or 0} 项，"
                       f"不适用 {d['not_applicable']} 项")]))
        if d.get("rectified"):
            h.append("<p>竣工检验中提出的整改项均已整改完毕：</p>")
            h.append(_grid(["序号", "部位", "整改要求", "整改完成"],
                           [[r["no"], r["location"], r["requirement"], r["closed_on"]] for r in d["rectified"]]))
        h.append(f"<p><b>验收结论：</b>{_e(d['conclusion'])}</p>")
        sign = ["验收负责人", "客户签收"]
    else:  # power-on
        h.append(_kv([*_customer(d), ("接入点", d.get("connection_point"), "电源", d.get("source")),
                      ("受电变压器", _tx(d.get("transformers"))), ("计量方式", _meter(d.get("metering") or {})),
                      ("竣工验收", f"{d['accepted_on']} 合格", "定值单", d.get("setting_sheet") or "—"),
                      ("送电时间", d.get("energised_on") or "______年____月____日____时____分")]))
        h.append("<p>送电前确认（逐项打 √）：</p>")
        h.append(_grid(["", "项目"], [["□", c] for c in d.get("checks") or []]))
        h.append("<p>　　客户确认：受电设备已具备送电条件，同意送电。</p>")
        sign = ["客户（运行负责人）", "送电操作人", "客户经理"]
    h.append(_sign(sign, d))
    return "".join(h)


def print_papers(printer, datas: list[dict]) -> int:
    """Print ``datas`` on ``printer`` (set up by the caller, e.g. from QPrintDialog) as one job, each
    paper on new pages; returns the number of papers printed."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(18, 18, 18, 18),
                                      QPageLayout.Millimeter))
    html = "".join(
        (f"<div style='page-break-before:always'>{paper_html(d)}</div>" if i else f"<div>{paper_html(d)}</div>")
        for i, d in enumerate(datas))
    from ui import i18n

    family = i18n._family or FONT
    doc = QTextDocument()
    doc.setDefaultFont(QFont(family, 10))
    doc.setHtml(f"<html><body style=\"font-family:'{family}'\">{html}</body></html>")
    doc.setDocumentMargin(0)
    doc.print_(printer)
    return len(datas)

"""Lists out to Excel: any table as a workbook people can use, and the whole ledger in the layout the
import reads back.

openpyxl's write-only mode streams rows to the file, so memory stays flat at 100,000 cases. A text
starting with ``=`` is written as text, never as a formula (a customer named ``=HYPERLINK(...)``
stays a name). Dates are real dates, capacities numbers; a header row that stays in view, columns as
wide as their content, overdue rows highlighted, and a 说明 sheet saying what the list is.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.domain import BUSINESS_TYPES, STAGE_NAMES, STAGES
from app.models import Action, Case

HIGHLIGHT = "FFF4CCCC"  # overdue rows: a pale red people read as "late" without a legend
WIDTH_SAMPLE = 200  # rows measured for the column widths
MAX_WIDTH = 60


@dataclass(frozen=True)
class Col:
    """A column of an exported list: its Chinese header and the kind of its values."""

    header: str
    kind: str = "text"  # text | date | number | int


def _width(value: object) -> int:
    s = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value if value is not None else "")
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def _coerce(value: object, kind: str) -> object:
    if value is None or value == "":
        return None
    if kind == "date" and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if kind in ("number", "int") and isinstance(value, str):
        try:
            number = float(value.replace(",", ""))
            return int(number) if kind == "int" or number.is_integer() else number
        except ValueError:
            return value
    return value


def write_rows(
    out: Path | str,
    title: str,
    columns: Sequence[Col | str],
    rows: Iterable[Sequence[object]],
    *,
    about: dict[str, str] | None,
    highlight: Iterable[int] = (),
) -> Path:
    """Write ``rows`` under ``columns`` to ``out`` (.xlsx), atomically (a crash leaves the old file).

    ``about``: the 说明 sheet (label -> value), e.g. the database, the as-of day, the filters, the rule
    sets. ``highlight``: 0-based indexes of rows to mark (overdue).
    """
    from openpyxl import (
        Workbook,  # imported here: the CLI's other commands do not need it
    )
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    cols = [c if isinstance(c, Col) else Col(c) for c in columns]
    out = Path(out)
    marked = set(highlight)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(title))
    ws.freeze_panes = "A2"
    fill = PatternFill("solid", fgColor=HIGHLIGHT)
    bold = Font(bold=True)
    rows = iter(rows)
    first: list[list[object]] = []
    for row in rows:
        first.append([_coerce(v, c.kind) for v, c in zip(row, cols)])
        if len(first) >= WIDTH_SAMPLE:
            break
    widths = [_width(c.header) for c in cols]
    for row in first:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], _width(v))
    for i, w in enumerate(widths):
        ws.column_dimensions[_letter(i)].width = min(MAX_WIDTH, w + 2)
    header = []
    for c in cols:
        cell = WriteOnlyCell(ws, value=c.header)
        cell.font = bold
        header.append(cell)
    ws.append(header)

    def emit(n: int, values: list[object]) -> None:
        if n in marked:
            cells = []
            for v in values:
                cell = WriteOnlyCell(ws, value=v)
                if isinstance(v, str) and v.startswith("="):
                    cell.data_type = "s"
                cell.fill = fill
                cells.append(cell)
            ws.append(cells)
            return
        for i, v in enumerate(values):
            if isinstance(v, str) and v.startswith("="):  # data, never a formula
                cell = WriteOnlyCell(ws, value=v)
                cell.data_type = "s"
                values[i] = cell
        ws.append(values)

    n = 0
    for values in first:
        emit(n, values)
        n += 1
    for row in rows:
        emit(n, [_coerce(v, c.kind) for v, c in zip(row, cols)])
        n += 1
    if about is not None:
        info = wb.create_sheet("说明")
        info.column_dimensions["A"].width = 16
        info.column_dimensions["B"].width = 70
        for k, v in about.items():
            cell = WriteOnlyCell(info, value=str(v))
            cell.data_type = "s"
            info.append([k, cell])
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".xlsx", dir=out.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


def _sheet_title(title: str) -> str:
    for ch in "[]:*?/\\":
        title = title.replace(ch, " ")
    return title[:31] or "Sheet"


# --- the ledger layout ---------------------------------------------------------------------------------
LEDGER_FIELDS = [
    ("case_no", Col("工单号")),
    ("customer_name", Col("户名")),
    ("account_no", Col("户号")),
    ("capacity_kva", Col("申请容量(kVA)", "number")),
    ("supply_kv", Col("供电电压(kV)", "number")),
    ("business_type", Col("业务类型")),
    ("manager", Col("客户经理")),
    ("township", Col("乡镇")),
    ("contact", Col("联系人")),
    ("address", Col("用电地址")),
    ("applied_on", Col("申请日期", "date")),
]


def ledger_columns() -> list[Col]:
    cols = [c for _, c in LEDGER_FIELDS]
    for st in STAGES:
        name = STAGE_NAMES[st][0]
        if st != "ACCEPT":
            cols.append(Col(name + "开始", "date"))
        cols.append(Col(name + "完成", "date"))
    return cols


def ledger_rows(cases) -> Iterable[list[object]]:
    """One row per case: its data, then per stage the first start and the last finish (the rounds of
    a rectification are one span in a ledger)."""
    for case in cases:
        row: list[object] = []
        for key, _ in LEDGER_FIELDS:
            value = getattr(case, key)
            if key == "business_type":
                value = BUSINESS_TYPES.get(value, (value,))[0]
            row.append(value)
        rounds = sorted((r for r in case.rounds if not r.deleted), key=lambda r: r.seq)
        for st in STAGES:
            mine = [r for r in rounds if r.stage == st]
            if st != "ACCEPT":
                row.append(mine[0].started_on if mine else None)
            last = mine[-1] if mine else None
            row.append(last.finished_on if last is not None and last.outcome == "pass" else None)
        yield row


# the tracking ledger (跟踪台账, issue 20): appended after the stage columns, not read back by the import
TRACKING_COLUMNS = [Col("状态"), Col("下一期限", "date"), Col("未完成措施", "int"), Col("回访到期", "date")]


def tracking_cells(s, as_of: dt.date, manager: str | None = None):
    """{case id: [state, next deadline, open actions, follow-up due]} of the cases (of ``manager``):
    the state as the clock says it on ``as_of``, the open stage's deadline, the actions (visits,
    follow-ups, analysis measures) not done, the planned follow-up date when one is due."""
    from sqlalchemy import func, select

    from app.services.followups import due  # lazy: the plain ledger (and the import) need no clock
    from app.services.query import open_clocks  # lazy: as above

    clocks = open_clocks(s, as_of, manager=manager)
    actions = dict(s.execute(select(Action.case_id, func.count()).where(
        Action.deleted.is_(False), Action.done_on.is_(None), Action.case_id.is_not(None)).group_by(Action.case_id)).all())
    due_on = {r["case_no"]: r["planned_on"] for r in due(s, as_of, manager)}

    def cells(case: Case) -> list[object]:
        clock = clocks.get(case.id, (None, None))[0]
        if case.status == "finished":
            state = CASE_WORDS["finished"]
        elif clock is not None:
            state = f"{STAGE_NAMES[clock.code][0]} {CLOCK_WORDS.get(clock.status, clock.status)}"
        else:
            state = CASE_WORDS["open"]
        return [state, clock.deadline if clock is not None else None, actions.get(case.id, 0),
                due_on.get(case.case_no)]

    return cells


def export_ledger(s, out: Path | str, *, manager: str | None = None, open_only: bool = False,
                  db_name: str = "", as_of: dt.date | None = None, tracking: bool = False) -> tuple[Path, int]:
    """The ledger of ``manager`` (or of everyone) in the layout ``ledger import`` reads back;
    ``tracking``: with the columns of the tracking ledger (state, next deadline, open actions,
    follow-up due as of ``as_of``) after the stage columns."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    extra = tracking_cells(s, as_of or dt.date.today(), manager) if tracking else None

    q = select(Case).where(Case.deleted.is_(False)).options(selectinload(Case.rounds)).order_by(Case.case_no)
    if manager:
        q = q.where(Case.manager == manager)
    if open_only:
        q = q.where(Case.status == "open")
    count = 0

    def rows():
        nonlocal count
        for part in s.scalars(q).yield_per(1000):
            count += 1
            for row in ledger_rows([part]):
                yield row + extra(part) if extra else row

    about = {"内容": "业扩报装跟踪台账", "数据库": db_name, "客户经理": manager or "全部",
             "范围": "在途工单" if open_only else "全部工单",
             "导出日期": (as_of or dt.date.today()).isoformat(),
             "说明": "本表可用“导入台账”读回;每个环节为首轮开始与最后一轮合格完成的日期。"}
    if tracking:
        about["内容"] = "业扩报装跟踪台账(含状态、下一期限、未完成措施、回访到期)"
        about["跟踪列"] = "状态、下一期限、未完成措施、回访到期为截至导出日期的情况;导入台账时不作为工单数据读取(按未对应的列作备注保留)。"
    cols = ledger_columns() + (TRACKING_COLUMNS if tracking else [])
    path = write_rows(out, "台账", cols, rows(), about=about)
    return path, count


def list_about(store, as_of: dt.date, what: str, filters: dict[str, str]) -> dict[str, str]:
    """The 说明 sheet of an exported list: what it is, from which database, as of which day, with
    which filters, judged by which rule sets (so a printed figure can be traced)."""
    with store.reader() as s:
        rule_sets = store.config(s).active_rule_sets()
    about = {"内容": what, "数据库": str(store.path), "截至日期": as_of.isoformat(),
             "导出时间": dt.datetime.now().isoformat(timespec="seconds")}
    for k, v in filters.items():
        about["筛选:" + k] = v
    about["规则"] = "；".join(f"{rs.name} (第 {rs.version} 版)" for rs in rule_sets)
    return about


# --- the CLI's lists -------------------------------------------------------------------------------------
# time states and case states as a printed list says them
CLOCK_WORDS = {"normal": "正常", "warning": "预警", "overdue": "超期", "on_time": "按时", "late": "超时"}
CASE_WORDS = {"open": "在途", "finished": "已送电"}

CASE_LIST_COLUMNS = [Col("工单号"), Col("户名"), Col("户号"), Col("容量(kVA)", "number"), Col("客户经理"),
                     Col("乡镇"), Col("状态"), Col("当前环节"), Col("轮次", "int"), Col("开始日期", "date"),
                     Col("期限", "date"), Col("剩余工作日", "int"), Col("时限状态"), Col("暂停中"),
                     Col("申请日期", "date")]
WARNING_COLUMNS = [Col("工单号"), Col("户名"), Col("客户经理"), Col("环节"), Col("期限", "date"),
                   Col("剩余工作日", "int"), Col("时限状态")]


def export_case_rows(rows, out: Path | str, about: dict[str, str]) -> Path:
    """``case list --xlsx``: the rows it would print (``query.CaseRow``), overdue ones marked."""
    def cells(r):
        return [r.case_no, r.customer_name, r.account_no, r.capacity_kva, r.manager, r.township,
                CASE_WORDS.get(r.status, r.status), STAGE_NAMES[r.stage][0] if r.stage else None, r.round,
                r.started_on, r.deadline, r.remaining_wd, CLOCK_WORDS.get(r.clock_status or "", None),
                "是" if r.paused else "", r.applied_on]

    marked = [i for i, r in enumerate(rows) if r.clock_status == "overdue"]
    return write_rows(out, "工单", CASE_LIST_COLUMNS, (cells(r) for r in rows), about=about, highlight=marked)


def export_warnings(items: list[dict], out: Path | str, about: dict[str, str]) -> Path:
    """``warnings --xlsx``: the warnings it would print, overdue ones marked."""
    marked = [i for i, w in enumerate(items) if w["status"] == "overdue"]
    rows = ([w["case_no"], w["customer_name"], w["manager"], STAGE_NAMES.get(w["stage"], (w["stage"],))[0],
             w["deadline"], w["remaining_wd"], CLOCK_WORDS.get(w["status"], w["status"])] for w in items)
    return write_rows(out, "预警", WARNING_COLUMNS, rows, about=about, highlight=marked)

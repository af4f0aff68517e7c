"""A ledger file as a table: the sheet read into rows, the header found, its columns mapped to our
fields.

People's ledgers are not tidy: a title row above the header, a header of two rows with merged
group cells (现场查勘 over 开始 / 完成), blank rows, trailing empty columns, a CSV saved by Chinese
Excel in GB18030. All of that is read here. A hostile file (not a workbook, a zip bomb, a sheet of a
million rows) is refused before it is unpacked.
"""
from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from app.domain import STAGES
from app.errors import Refused
from app.ledger.cells import is_blank, norm, text, vocabulary

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200  # a sheet's XML compresses about 10-20x; far beyond that is a bomb
MAX_ROWS = 200_000
MAX_COLUMNS = 200
HEADER_SCAN = 15  # the header is within the first rows

FIELD_KEYS = ("case_no", "customer_name", "account_no", "capacity_kva", "applied_on", "manager",
              "township", "supply_kv", "business_type", "contact", "address")
NOTE = "note"  # a column kept on the case as a note


def stage_key(stage: str, end: str) -> str:
    return f"{stage}.{end}"


ALL_KEYS = FIELD_KEYS + tuple(stage_key(st, end) for st in STAGES for end in ("started", "finished")) + (NOTE,)


@dataclass
class Table:
    """The rows of a sheet below its header, and how its columns map to fields."""

    path: Path
    sha256: str
    sheet: str
    sheets: list[str]
    header_row: int  # 1-based row of the (last) header line
    headers: list[str]  # one label per column
    mapping: dict[int, str | None]  # column index -> field key, NOTE or None (not mapped)
    rows: list[tuple[int, list[object]]] = field(default_factory=list)  # (1-based row number, cells)

    def headers_key(self) -> str:
        """Same headers, same key: how a mapping chosen once is found again for the next file."""
        return hashlib.sha256("\x1f".join(norm(h) for h in self.headers).encode()).hexdigest()[:16]

    def unmapped(self) -> list[str]:
        return [self.headers[i] for i, key in sorted(self.mapping.items()) if key in (None, NOTE) and self.headers[i]]

    def column_of(self, key: str) -> int | None:
        return next((i for i, k in self.mapping.items() if k == key), None)


# --- reading ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Limits:
    """What a workbook may be before it is read: every import of a workbook names its own (the ledger's
    are the defaults; the metering stock import's are stricter) and reads through ``read_grid``."""

    file_bytes: int = MAX_FILE_BYTES
    unpacked_bytes: int = MAX_UNPACKED_BYTES
    ratio: int | None = MAX_RATIO  # None: no ratio test (the unpacked size alone)
    rows: int = MAX_ROWS  # more rows than this is refused
    columns: int | None = MAX_COLUMNS  # wider is refused; None: not refused (see ``width``)
    width: int | None = None  # cells kept of each row, the rest dropped as it is read


LEDGER_LIMITS = Limits()


def _check_zip(path: Path, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise Refused("ledger_unreadable", name=path.name) from None
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > limits.unpacked_bytes:
        raise Refused("ledger_too_big", name=path.name)
    if limits.ratio is not None and unpacked / packed > limits.ratio and unpacked > 10 * 1024 * 1024:
        raise Refused("ledger_too_big", name=path.name)


def _grid_of(ws, limits: Limits, stream: bool) -> list[list[object]]:
    if not stream and (ws.max_row > limits.rows or limits.columns is not None and ws.max_column > limits.columns):
        raise Refused("ledger_too_many_rows", rows=ws.max_row, max=limits.rows)
    grid = []
    for row in ws.iter_rows(values_only=True):
        if stream and limits.columns is not None and len(row) > limits.columns:
            raise Refused("ledger_too_many_rows", rows=len(row), max=limits.columns)
        grid.append(list(row if limits.width is None else row[:limits.width]))
        if stream and len(grid) > limits.rows:  # counted as read: a read-only sheet's size is its own word
            raise Refused("ledger_too_many_rows", rows=len(grid), max=limits.rows)
    if not stream:
        # a merged cell means its value for every cell it covers (a group header, a manager's name
        # merged down several rows); a streamed sheet does not know its merged cells
        for rng in ws.merged_cells.ranges:
            value = grid[rng.min_row - 1][rng.min_col - 1] if rng.min_row - 1 < len(grid) else None
            for r in range(rng.min_row - 1, min(rng.max_row, len(grid))):
                for c in range(rng.min_col - 1, rng.max_col):
                    if c < len(grid[r]):
                        grid[r][c] = value
    return grid


def _read_xlsx(path: Path, sheet: str | None, limits: Limits = LEDGER_LIMITS,
               stream: bool = False) -> tuple[str, list[str], list[list[object]]]:
    import openpyxl  # imported here: only a ledger import needs it, not every start of the CLI

    _check_zip(path, limits)
    wb = None
    try:
        # cached values of formulas, never evaluated; read_only streams the rows from the zip
        wb = openpyxl.load_workbook(path, read_only=stream, data_only=True)
        names = list(wb.sheetnames)
        if sheet is None:
            ws = wb.worksheets[0]
        elif sheet in names:
            ws = wb[sheet]
        else:
            raise Refused("ledger_no_sheet", sheet=sheet, sheets="、".join(names))
        return ws.title, names, _grid_of(ws, limits, stream)
    except Refused:
        raise
    except Exception:  # openpyxl raises many kinds on a damaged file (while streaming too); none is our bug
        raise Refused("ledger_unreadable", name=path.name) from None
    finally:
        if wb is not None:
            wb.close()


def _read_csv(path: Path) -> list[list[object]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            content = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise Refused("ledger_bad_encoding", name=path.name)
    if "\x00" in content:
        raise Refused("ledger_unreadable", name=path.name)
    try:
        dialect = csv.Sniffer().sniff(content[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(content), dialect))
    if len(rows) > MAX_ROWS:
        raise Refused("ledger_too_many_rows", rows=len(rows), max=MAX_ROWS)
    return [list(r) for r in rows]


def _check_file(path: Path, limits: Limits) -> None:
    if not path.is_file():
        raise Refused("ledger_missing", name=str(path))
    if path.stat().st_size > limits.file_bytes:
        raise Refused("ledger_too_big", name=path.name)


def read_grid(path: Path | str, sheet: str | None = None, *, limits: Limits = LEDGER_LIMITS,
              stream: bool = False) -> list[list[object]]:
    """The cells of one sheet of an .xlsx, read with every guard against a hostile workbook (file
    size, zip bomb, rows and columns, damaged workbooks refused in plain words), within ``limits``:
    the one reader of every workbook import (ledger, maintenance windows, metering stock), so that
    none reads a hostile file unguarded. ``stream`` reads row by row (openpyxl read-only), counting
    rows as they come, and fills no merged cells. Refusals carry the ledger_* codes; a caller with
    codes of its own translates them."""
    path = Path(path)
    _check_file(path, limits)
    return _read_xlsx(path, sheet, limits, stream)[2]


def read_table(path: Path | str, sheet: str | None = None, mapping: dict[str, str | None] | None = None) -> Table:
    """Read ``path`` (.xlsx or .csv), find the header, map the columns.

    ``mapping`` (header label -> field key, ``"note"`` or None) overrides the synonym table for the
    columns it names; unknown field keys are refused.
    """
    path = Path(path)
    _check_file(path, LEDGER_LIMITS)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        title, names, grid = _read_xlsx(path, sheet)
    elif suffix in (".csv", ".txt"):
        if sheet:
            raise Refused("ledger_csv_sheet", name=path.name)
        title, names, grid = path.stem, [path.stem], _read_csv(path)
    else:
        raise Refused("ledger_bad_kind", name=path.name)
    width = max((len(r) for r in grid), default=0)
    if width > MAX_COLUMNS:
        raise Refused("ledger_too_many_rows", rows=width, max=MAX_COLUMNS)
    grid = [r + [None] * (width - len(r)) for r in grid]
    header_at, labels = _find_header(grid)
    if mapping:
        bad = sorted({str(v) for v in mapping.values() if v is not None and v not in ALL_KEYS})
        if bad:
            raise Refused("ledger_bad_mapping", keys="、".join(bad), allowed="、".join(ALL_KEYS))
    cols = _mapping(labels, mapping or {})
    # trailing columns with neither a header nor any value are not columns
    used = [i for i in range(width) if labels[i] or any(not is_blank(r[i]) for r in grid[header_at + 1:])]
    last = max(used, default=-1)
    labels = labels[: last + 1]
    cols = {i: k for i, k in cols.items() if i <= last}
    table = Table(path=path, sha256=digest, sheet=title, sheets=names, header_row=header_at + 1,
                  headers=labels, mapping=cols)
    for n, row in enumerate(grid[header_at + 1:], start=header_at + 2):
        cells = row[: last + 1]
        if all(is_blank(c) for c in cells):
            continue  # blank rows are spacing, not data
        table.rows.append((n, cells))
    return table


# --- the header ------------------------------------------------------------------------------------
def _label_keys() -> dict[str, str]:
    """Every known header label (normalised) -> field key. Field names first, then stage dates:
    受理日期 is the application date, not the end of the acceptance stage."""
    voc = vocabulary()
    keys: dict[str, str] = {}
    for key, words in voc.fields.items():
        for w in words:
            keys.setdefault(norm(w), key)
    for stage, words in voc.stages.items():
        for w in words:
            for suffix in voc.started:
                keys.setdefault(norm(w + suffix), stage_key(stage, "started"))
            for suffix in voc.finished:
                keys.setdefault(norm(w + suffix), stage_key(stage, "finished"))
    return keys


def _labels(grid: list[list[object]], r: int, two_rows: bool) -> list[str]:
    top = grid[r]
    if not two_rows:
        return [text(c) for c in top]
    sub = grid[r + 1]
    out = []
    for a, b in zip(top, sub):
        a, b = text(a), text(b)
        out.append(a + b if a and b and a != b else a or b)
    return out


def _score(labels: list[str], keys: dict[str, str]) -> int:
    found = {keys[norm(x)] for x in labels if x and norm(x) in keys}
    return len(found)


def _find_header(grid: list[list[object]]) -> tuple[int, list[str]]:
    """(0-based index of the header's last row, labels): the row, or pair of rows, naming most fields."""
    keys = _label_keys()
    best = (0, -1, False)
    for r in range(min(HEADER_SCAN, len(grid))):
        for two in (False, True):
            if two and r + 1 >= len(grid):
                continue
            score = _score(_labels(grid, r, two), keys)
            if score > best[0]:
                best = (score, r, two)
    score, r, two = best
    if score < 2:
        raise Refused("ledger_no_header")
    return (r + 1 if two else r), _labels(grid, r, two)


def _mapping(labels: list[str], override: dict[str, str | None]) -> dict[int, str | None]:
    keys = _label_keys()
    given = {norm(k): v for k, v in override.items()}
    cols: dict[int, str | None] = {}
    taken: set[str] = set()
    for i, label in enumerate(labels):
        n = norm(label)
        key = given[n] if n in given else keys.get(n)
        if key is not None and key != NOTE and key in taken:
            key = NOTE  # a second column for the same field: kept as a note, and reported
        if key is not None:
            taken.add(key)
        cols[i] = key if key is not None else (NOTE if label else None)
    return cols

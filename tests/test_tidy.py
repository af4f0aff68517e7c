"""Area "tidy": restructurings that must not change behaviour.

The metering stock import reads its workbook through the ledger's one guarded reader
(``app.ledger.sheet.read_grid``) with limits of its own; these tests hold that its stricter limits
still hold there, where the ledger's would let the same file through.
"""
from __future__ import annotations

import os
import zipfile

import pytest
from openpyxl import Workbook

from app.errors import Refused
from app.ledger import sheet
from app.services import metering
from tests.helpers import db_digest, ok, refused

HEADER = ("类型代码", "名称", "合格在库", "待检", "已领未装", "安全库存", "在途", "盘点日期")


def _book(path, n_rows, width=len(HEADER)):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(list(HEADER) + [f"extra{i}" for i in range(width - len(HEADER))])
    for i in range(n_rows):
        ws.append([f"CT-{i}", "", 1, 0, 0, 0, 0, "2026-11-15"] + ["x"] * (width - len(HEADER)))
    wb.save(path)
    return path


def test_stock_row_limit_holds_through_the_shared_reader(db_path, tmp_path):
    """5,020 data rows: far under a ledger's 200,000, over the stock sheet's 5,000 (+10 header rows)."""
    book = _book(tmp_path / "stock.xlsx", metering.MAX_STOCK_ROWS + 20)
    assert len(sheet.read_grid(book)) == metering.MAX_STOCK_ROWS + 21  # the ledger's limits read it all
    with pytest.raises(Refused) as e:
        metering.read_stock_xlsx(book)
    assert e.value.code == "metering_stock_too_big" and e.value.params["max"] == metering.MAX_STOCK_ROWS
    before = db_digest(db_path)
    assert "过大" in refused(db_path, "metering", "stock", "import", str(book))
    assert db_digest(db_path) == before
    # at the limit itself the sheet is read
    at_limit = _book(tmp_path / "ok.xlsx", metering.MAX_STOCK_ROWS)
    assert len(metering.read_stock_xlsx(at_limit)) == metering.MAX_STOCK_ROWS


def test_stock_file_size_limit_holds_through_the_shared_reader(tmp_path):
    """An 11 MB file: under the ledger's 50 MB (so the ledger's reader goes on to find it is no
    workbook), over the stock sheet's 10 MB, refused as too big before it is opened."""
    big = tmp_path / "stock.xlsx"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_STORED) as z:
        z.writestr("xl/media/noise.bin", os.urandom(11 * 1024 * 1024))
    with pytest.raises(Refused) as e:
        sheet.read_grid(big)
    assert e.value.code == "ledger_unreadable"
    with pytest.raises(Refused) as e:
        metering.read_stock_xlsx(big)
    assert e.value.code == "metering_stock_too_big"


def test_stock_unpacked_limit_and_no_ratio_test(tmp_path):
    """The stock limits refuse by the unpacked size alone (100 MB), as the import always did; the
    limits are arguments of the one reader, so a smaller one is refused by the same guard."""
    blob = tmp_path / "blob.xlsx"
    with zipfile.ZipFile(blob, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (2 * 1024 * 1024))
    with pytest.raises(Refused) as e:
        sheet.read_grid(blob, limits=sheet.Limits(unpacked_bytes=1024 * 1024), stream=True)
    assert e.value.code == "ledger_too_big"
    with pytest.raises(Refused) as e:  # under the limit: on to openpyxl, which finds no workbook
        sheet.read_grid(blob, limits=metering.STOCK_LIMITS, stream=True)
    assert e.value.code == "ledger_unreadable"


def test_stock_sheet_keeps_its_first_30_columns_and_reads(db_path, tmp_path):
    book = _book(tmp_path / "wide.xlsx", 2, width=45)
    grid = sheet.read_grid(book, limits=metering.STOCK_LIMITS, stream=True)
    assert {len(r) for r in grid} == {30}
    assert len(sheet.read_grid(book)[0]) == 45
    assert "2" in ok(db_path, "metering", "stock", "import", str(book))


def test_a_missing_stock_file_is_named():
    with pytest.raises(Refused) as e:
        metering.read_stock_xlsx("/nonexistent/stock.xlsx")
    assert e.value.code == "config_no_file"

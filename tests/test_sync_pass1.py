"""Pass 1 of an import made faster (area sync_pass1): the chains followed as events arrive, one
date scan per table, a larger page cache for the staging file, a cheaper long-line test. Each must
refuse exactly what it refused before, and stage the same."""
from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from app.errors import Refused
from app.store import Store, event_hash_values
from app.sync import staging as staging_mod
from app.sync.export import export_package
from app.sync.format import MAX_LINE_BYTES
from app.sync.staging import Stager, _lines_short, check_records
from tests.helpers import cli


@pytest.fixture(scope="module")
def demo_lines(template_db, tmp_path_factory) -> list[str]:
    """The record lines of a full package of a small demo database (made once)."""
    folder = tmp_path_factory.mktemp("pass1")
    db = folder / "zaosong.db"
    shutil.copy(template_db, db)
    r = cli(db, "demo", "--cases", "30", "--as-of", "2026-11-27")
    assert r.returncode == 0, r.stderr
    st = Store.open(db)
    try:
        export_package(st, folder / "full.zsync")
    finally:
        st.dispose()
    with zipfile.ZipFile(folder / "full.zsync") as zf:
        return zf.read("records.jsonl").decode("utf-8").splitlines()


def _stage(tmp_path: Path, lines: list[str], name: str) -> Stager:
    records = tmp_path / f"{name}.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stager = Stager(tmp_path / f"{name}.db")
    try:
        check_records(records, stager, {})
        stager.close()
    except BaseException:
        stager.abandon()
        raise
    return stager


def _events(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.startswith('{"t":"case_event"')]


def _sorted_by_chain(lines: list[str]) -> list[str]:
    """The same lines, the events in chain order (by device, then number)."""
    at = _events(lines)
    ev = sorted((lines[i] for i in at), key=lambda s: (json.loads(s)["row"]["device_id"],
                                                       json.loads(s)["row"]["device_seq"]))
    out = list(lines)
    for i, line in zip(at, ev):
        out[i] = line
    return out


def _relinked(line: str, **changes) -> str:
    """An event line with fields changed and its own hash made right again (so only the link is wrong)."""
    rec = json.loads(line)
    row = rec["row"]
    row.update(changes)
    row["hash"] = event_hash_values(*(str(row[k]) for k in ("case_id", "kind", "payload", "effective_on",
                                                             "recorded_at", "actor", "device_id", "device_seq",
                                                             "prev_hash")))
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


def test_events_in_chain_order_or_not_give_the_same_chains(demo_lines, tmp_path):
    """Followed as they arrive (in chain order) or read back sorted (any other order): the same run
    starts, lowest numbers and tops for pass 2."""
    ordered = _sorted_by_chain(demo_lines)
    reverse = list(ordered)
    at = _events(ordered)
    for i, line in zip(at, reversed([ordered[i] for i in at])):
        reverse[i] = line
    a = _stage(tmp_path, ordered, "ordered")
    b = _stage(tmp_path, reverse, "reverse")
    assert a._chains is not None and b._chains is None  # the one followed, the other read back
    assert a.chain_starts and a.chain_starts == b.chain_starts
    assert list(a.chain_spans.items()) == list(b.chain_spans.items())
    assert list(a.chain_tops.items()) == list(b.chain_tops.items())


def test_a_broken_link_in_chain_order_is_refused_as_before(demo_lines, tmp_path):
    lines = _sorted_by_chain(demo_lines)
    at = _events(lines)
    i = at[len(at) // 2]
    seq = json.loads(lines[i])["row"]["device_seq"]
    assert seq > 1
    lines[i] = _relinked(lines[i], prev_hash="ab" * 32)
    with pytest.raises(Refused) as err:
        _stage(tmp_path, lines, "broken")
    assert err.value.code == "sync_audit" and f"事件 {seq} 与前一事件不衔接" in str(err.value), str(err.value)


def test_an_event_twice_in_chain_order_is_refused(demo_lines, tmp_path):
    lines = _sorted_by_chain(demo_lines)
    i = _events(lines)[3]
    lines.insert(i + 1, lines[i])
    with pytest.raises(Refused) as err:
        _stage(tmp_path, lines, "twice")
    assert err.value.code == "sync_audit" and "出现两次" in str(err.value), str(err.value)


def test_a_day_the_month_lacks_in_a_later_date_column_is_named(demo_lines, tmp_path, monkeypatch):
    """One scan per table for all its date columns still names the line and the column."""
    monkeypatch.setattr(staging_mod, "CHUNK_BYTES", 8192)
    lines = list(demo_lines)
    spec = staging_mod.Spec("stage_round")
    dated = [c for c, _t in spec.dated]
    assert len(dated) >= 2
    col = dated[-1]
    pat = re.compile(f'"{col}":"\\d{{4}}-\\d\\d-\\d\\d')
    i = next(k for k, line in enumerate(lines) if line.startswith('{"t":"stage_round"') and pat.search(line))
    lines[i] = pat.sub(f'"{col}":"2026-02-30', lines[i], count=1)
    with pytest.raises(Refused) as err:
        _stage(tmp_path, lines, "date")
    assert f"stage_round.{col}" in str(err.value) and f"第 {i + 1} 行" in str(err.value), str(err.value)


def test_the_long_line_test_is_exact_at_its_bounds():
    short = b"x" * (MAX_LINE_BYTES - 1) + b"\n"
    assert _lines_short(short * 3)
    assert not _lines_short(short + b"y" * MAX_LINE_BYTES + b"\n" + short)
    assert not _lines_short(b"a\n" + b"y" * (MAX_LINE_BYTES + 7) + b"\n")
    assert _lines_short((b"z" * 100 + b"\n") * 30_000)

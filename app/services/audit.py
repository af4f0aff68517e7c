"""Integrity checks: SQLite's own, and the per-device hash chain of case events."""
from __future__ import annotations

from sqlalchemy import select

from app.db import check_pragmas, integrity_report
from app.models import CaseEvent, Device
from app.store import GENESIS, Store, event_fields, event_hash


def verify_chains(store: Store) -> list[str]:
    """Problems found in the event chains (empty when every chain is intact)."""
    problems: list[str] = []
    with store.reader() as s:
        devices = {d.id: d for d in s.scalars(select(Device))}
        expected: dict[str, tuple[int, str]] = {}
        q = select(CaseEvent).order_by(CaseEvent.device_id, CaseEvent.device_seq).execution_options(yield_per=5000)
        for ev in s.scalars(q):
            seq, prev = expected.get(ev.device_id, (0, GENESIS))
            if ev.device_seq != seq + 1:
                problems.append(f"设备 {ev.device_id[:8]} 事件序号缺失:{seq + 1} 之后是 {ev.device_seq}")
            if ev.prev_hash != prev:
                problems.append(f"设备 {ev.device_id[:8]} 第 {ev.device_seq} 条事件的前序哈希不符")
            if event_hash(event_fields(ev)) != ev.hash:
                problems.append(f"设备 {ev.device_id[:8]} 第 {ev.device_seq} 条事件内容被改动(哈希不符)")
            expected[ev.device_id] = (ev.device_seq, ev.hash)
        for did, (seq, head) in expected.items():
            d = devices.get(did)
            if d is not None and (d.chain_seq, d.chain_head) != (seq, head):
                problems.append(f"设备 {did[:8]} 的链头与记录不符(可能被截断)")
    return problems


def check_database(store: Store) -> dict:
    pragmas = check_pragmas(store.engine)
    report = integrity_report(store.engine)
    chain = verify_chains(store)
    ok = report["integrity_check"] == ["ok"] and not report["foreign_key_check"] and not chain
    lines = [
        f"integrity_check: {', '.join(report['integrity_check'])}",
        f"foreign_key_check: {'ok' if not report['foreign_key_check'] else '; '.join(report['foreign_key_check'])}",
        f"audit chain: {'ok' if not chain else '; '.join(chain[:20])}",
        "结果 / result: " + ("正常 / ok" if ok else "发现问题 / problems found"),
    ]
    clock = store.clock_warning()  # not a fault of the file, but the recording times depend on it
    if clock:
        lines.insert(-1, f"clock: {clock}")
    return {"ok": ok, "pragmas": pragmas, **report, "audit_chain": chain, "clock_backwards": clock, "lines": lines}

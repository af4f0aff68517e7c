"""Child process for the crash-safety test: writes cases and stage events in a loop, printing the
case number of every write as soon as its transaction has committed."""
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services import cases as svc
from app.store import Store

store = Store.open(Path(sys.argv[1]))
start = int(sys.argv[2])
for i in range(start, start + 10_000):
    with store.session() as s:
        no = svc.create_case(s, customer_name=f"崩溃测试{i}", account_no=f"{3300000000 + i}", capacity_kva=400,
                             applied_on=dt.date(2026, 11, 2)).case_no
    print(f"case {no}", flush=True)
    with store.session() as s:
        svc.finish_stage(s, no, "ACCEPT", dt.date(2026, 11, 3))
    print(f"stage {no}", flush=True)

"""Child process for the crash-safety test: writes cases and stage events in a loop, printing the
case number of every write as soon as its transaction has committed.

``crash_writer.py DB START`` writes from START. ``crash_writer.py DB --zygote`` imports once, then
for every line ``START OUTFILE`` read from stdin forks a writer that prints into OUTFILE and answers
the writer's pid: fifty writers killed then cost fifty forks, not fifty interpreter starts. Each
writer opens the file itself after the fork, so a kill still lands while opening or while writing."""
import datetime as dt
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services import cases as svc
from app.store import Store


def write(db: Path, start: int, out) -> None:
    store = Store.open(db)
    for i in range(start, start + 10_000):
        with store.session() as s:
            no = svc.create_case(s, customer_name=f"崩溃测试{i}", account_no=f"{3300000000 + i}", capacity_kva=400,
                                 applied_on=dt.date(2026, 11, 2)).case_no
        print(f"case {no}", file=out, flush=True)
        with store.session() as s:
            svc.finish_stage(s, no, "ACCEPT", dt.date(2026, 11, 3))
        print(f"stage {no}", file=out, flush=True)


if sys.argv[2] != "--zygote":
    write(Path(sys.argv[1]), int(sys.argv[2]), sys.stdout)
    sys.exit(0)

signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the writers are reaped by the system as they die
for line in sys.stdin:
    start, _, out_path = line.strip().partition(" ")
    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        with open(out_path, "w", encoding="utf-8") as out:
            write(Path(sys.argv[1]), int(start), out)
        os._exit(0)
    print(pid, flush=True)

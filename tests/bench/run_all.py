"""`make bench`: run every benchmark of the project and print one table.

Exits non-zero only when a benchmark fails to run, not when a target is missed.
"""
from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import big_db, print_table

MODULES = ["tests.bench.bench_core", "tests.bench.bench_gui", "tests.bench.bench_reports", "tests.bench.bench_sync",
           "tests.bench.bench_at_rest", "tests.bench.bench_metering", "tests.bench.bench_outage",
           "tests.bench.bench_forecast", "tests.bench.bench_bulletins", "tests.bench.bench_pg"]


def main() -> int:
    db, build = big_db()
    figures, errors = [], 0
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        try:
            figures += mod.run(db, build) if name.endswith("core") else mod.run(db)
        except Exception:  # report and go on: one broken benchmark must not hide the others
            traceback.print_exc()
            errors += 1
    print_table(figures)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

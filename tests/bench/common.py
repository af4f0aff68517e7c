"""Helpers for benchmarks: whole-process timing and a shared 100,000-case database."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "build" / "bench"
AS_OF = "2026-11-27"


@dataclass
class Figure:
    name: str
    target: str
    measured: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    limit: float | None = None  # the target as a number, in the unit, when it is one

    @property
    def ratio(self) -> float | None:
        if self.baseline:
            return self.measured / self.baseline
        return None

    @property
    def met(self) -> bool | None:
        return None if self.limit is None else self.measured <= self.limit


def time_process(args: list[str], repeat: int = 5, env: dict | None = None) -> float:
    """Median wall time of a whole child process, in seconds."""
    times = []
    full_env = {**os.environ, **(env or {})}
    # an installed Zaosong runs from compiled bytecode; a machine that sets PYTHONDONTWRITEBYTECODE
    # (this one does) would have every timed process compile the whole app again (0.3-0.5 s each)
    full_env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=full_env)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def zaosong(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "app", "--db", str(db), *args]


def big_db(cases: int = 100_000) -> tuple[Path, float]:
    """Build (always anew) the 100,000-case demo database; return it and the build time."""
    WORK.mkdir(parents=True, exist_ok=True)
    db = WORK / f"demo_{cases}.db"
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(db) + suffix)
        if p.exists():
            p.unlink()
    subprocess.run(zaosong(db, "init"), check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    t0 = time.perf_counter()
    subprocess.run(zaosong(db, "demo", "--cases", str(cases), "--seed", "1", "--as-of", AS_OF), check=True,
                   stdout=subprocess.DEVNULL, cwd=ROOT)
    return db, time.perf_counter() - t0


def print_table(figures: list[Figure]) -> None:
    head = f"{'figure':<46} {'target':<24} {'measured':>12} {'baseline':>12} {'ratio':>7}  met"
    print(head)
    print("-" * len(head))
    for f in figures:
        base = f"{f.baseline:.3f}{f.unit}" if f.baseline is not None else "-"
        ratio = f"{f.ratio:.1f}x" if f.ratio is not None else "-"
        met = {True: "yes", False: "NO", None: "-"}[f.met]
        print(f"{f.name:<46} {f.target:<24} {f.measured:>10.3f}{f.unit:<2} {base:>12} {ratio:>7}  {met}")
        if f.baseline_name:
            print(f"{'':<46}   baseline: {f.baseline_name}")

"""A case's status and current stage, derived from its rounds (pure domain: no database).

The case row keeps them for fast lists; the services set them as stages pass, corrections and sync
recompute them with this one function, so every device agrees."""
from __future__ import annotations

from app.domain import STAGES


def derive_state(rounds: list[tuple[str, int, object, str | None]]) -> tuple[str, str]:
    """(status, current stage) from a case's rounds [(stage, round, finished_on, outcome)], in order.
    Kept on the case row for fast lists; recomputed after sync so every device agrees."""
    if not rounds:
        return "open", "ACCEPT"
    last: dict[str, tuple] = {}
    for r in rounds:
        last[r[0]] = r
    if "ENERGIZE" in last and last["ENERGIZE"][2] is not None:
        return "finished", "ENERGIZE"
    open_r = next((r for r in rounds if r[2] is None), None)
    if open_r is not None:
        return "open", open_r[0]
    for stage in STAGES:
        r = last.get(stage)
        if r is None or r[3] == "rectify":
            return "open", stage
    return "open", "ENERGIZE"

"""The command-line contract of issue 20 (followup, evaluate, analysis, satisfaction, audit sample) in
real child processes, as a script or a supervisor calls them: exit codes, what stdout holds, the
JSON shapes other tools read."""
from __future__ import annotations

import json
import re

from tests.conftest import run_cli


def test_the_after_commands_keep_their_contract(march_cases):
    db, late, on_time = march_cases
    r = run_cli(db, "followup", "add", late, "--on", "2026-03-31", "--by", "回访员王芳", "--mode", "phone",
                "--answers", "总体满意=5,时限=4", "--customer-applied", "2026-02-27", "--text", "满意")
    assert r.returncode == 0, r.stderr
    assert re.fullmatch(r"[0-9a-f-]{36}\n", r.stdout)  # the follow-up id, and nothing else
    due = json.loads(run_cli(db, "followup", "due", "--as-of", "2026-04-03", "--json").stdout)
    assert [d["case_no"] for d in due] == [on_time]
    ev = run_cli(db, "evaluate", late, "--json")
    assert ev.returncode == 0
    ev = json.loads(ev.stdout)
    assert ev["complete"] is False and ev["missing"] == ["cause:PLAN"]
    assert {"stages", "causes", "late", "pauses", "documents", "followup"} <= set(ev)
    ag = json.loads(run_cli(db, "analysis", "agenda", "--month", "2026-03", "--json").stdout)
    assert {"figures", "late_cases", "deviations", "overdue_open", "long_pauses"} <= set(ag)
    assert set(ag["late_cases"][0]) >= {"case_no", "stages"}
    assert set(ag["late_cases"][0]["stages"][0]) >= {"code", "rule_set", "over_wd"}
    assert set(ag["deviations"][0]) >= {"case_no", "field", "recorded", "reported", "days"}
    sat = json.loads(run_cli(db, "satisfaction", "--month", "2026-03", "--by", "manager", "--json").stdout)
    assert [{k: row[k] for k in ("group", "n", "satisfied", "rate")} for row in sat] == [
        {"group": "张伟", "n": 2, "satisfied": 2, "rate": 1.0}]
    bad = run_cli(db, "followup", "add", late, "--on", "2026-04-01", "--by", "王芳", "--mode", "phone",
                  "--answers", "总体满意=6")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "6" in bad.stderr
    en = run_cli(db, "evaluate", late, "--cause", "ENERGIZE=GRID", env={"ZAOSONG_LANG": "en"})
    assert en.returncode == 1 and "on time" in en.stderr
    smp = run_cli(db, "audit", "sample", "--from", "2026-03-01", "--to", "2026-03-31", "--seed", "3", "--json")
    assert smp.returncode == 0 and json.loads(smp.stdout)["population"] == 2

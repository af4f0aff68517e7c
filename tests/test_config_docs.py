"""Rule sets and checklist templates published as data by the supervisor and spread by sync."""
from __future__ import annotations

import json
from pathlib import Path

from app.paths import resource
from tests.helpers import cli, db_digest, ok, refused


def _rules(version: int, survey_wd: int, **changes) -> dict:
    data = json.loads((resource("rules") / "internal_xiangshan_2012.json").read_text(encoding="utf-8"))
    data["version"] = version
    data["stage_limits"]["SURVEY"] = survey_wd
    data.update(changes)
    return data


def _write(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def _survey_stage(db, case_no) -> dict:
    view = json.loads(ok(db, "case", "show", case_no, "--json", "--as-of", "2026-11-04"))
    return next(st for st in view["stages"] if st["code"] == "SURVEY")


def _import_trusting(db, package, supervisor: bool = False) -> str:
    """Import, trusting the sender first if need be (as a supervisor: its rule sets are taken)."""
    r = cli(db, "sync", "import", str(package))
    if r.returncode != 0 and "sync trust" in r.stderr:
        device = r.stderr.split("sync trust ")[1].split("。")[0].split()[0].strip(".,")
        ok(db, "sync", "trust", device, *(["--supervisor"] if supervisor else []))
        r = cli(db, "sync", "import", str(package))
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_supervisor_publishes_a_rule_set_and_the_laptop_applies_it(db_path, tmp_path):
    sup = db_path  # the supervisor's database
    laptop = tmp_path / "laptop" / "zaosong.db"
    laptop.parent.mkdir()
    assert cli(laptop, "init", "--user", "张伟", "--device-name", "张伟的笔记本").returncode == 0
    no = ok(laptop, "case", "new", "--customer", "和泰电器有限公司", "--account", "3300000071", "--kva", "630",
            "--applied", "2026-11-02")
    ok(laptop, "stage", "finish", no, "ACCEPT", "--on", "2026-11-03")
    before = _survey_stage(laptop, no)
    assert before["limit_wd"] == 3 and before["deadline"] == "2026-11-06"

    out = json.loads(ok(sup, "rules", "publish", str(_write(tmp_path / "internal_v2.json", _rules(2, 2)))))
    assert out["doc_id"] == "internal" and out["version"] == 2
    listed = json.loads(ok(sup, "rules", "list", "--json"))
    in_force = {(d["doc_id"], d["version"]) for d in listed if d["in_force"]}
    assert ("internal", 2) in in_force and ("internal", 1) not in in_force
    package = tmp_path / "from_supervisor.zsync"
    ok(sup, "sync", "export", "--out", str(package))
    _import_trusting(laptop, package, supervisor=True)
    after = _survey_stage(laptop, no)
    assert after["limit_wd"] == 2 and after["deadline"] == "2026-11-05", after
    laptop_list = json.loads(ok(laptop, "rules", "list", "--json"))
    assert any(d["doc_id"] == "internal" and d["version"] == 2 and d["in_force"] and d["published_by"]
               for d in laptop_list)


def test_bad_rule_files_are_refused_and_change_nothing(db_path, tmp_path):
    db = db_path
    digest = db_digest(db)
    cases = {
        "dupe.json": '{"format": 1, "id": "internal", "id": "x", "version": 9}',
        "nan.json": json.dumps(_rules(3, 2)).replace('"version": 3', '"version": NaN'),
        "old.json": _rules(1, 2),
        "broken.json": {**_rules(4, 2), "stage_limits": {"SURVEY": "three"}},
        "twoprimary.json": {**_rules(5, 2), "id": "another"},
        "notjson.json": "规则",
    }
    for name, data in cases.items():
        err = refused(db, "rules", "publish", str(_write(tmp_path / name, data)))
        assert "错误" in err, (name, err)
    refused(db, "rules", "publish", str(tmp_path / "missing.json"))
    assert db_digest(db) == digest


def test_new_checklist_version_is_in_force_and_an_inspection_under_way_keeps_its_own(case_at_mid, tmp_path):
    db, no = case_at_mid
    data = json.loads((resource("checklists") / "mid_inspection.json").read_text(encoding="utf-8"))
    data["version"] = 2
    data["sections"][0]["items"].append({"code": "M-CIV-99", "text": "新增:电缆沟盖板承重符合设计", "clause": "",
                                         "kind": "check"})
    first = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-12")
    ok(db, "checklist", "publish", str(_write(tmp_path / "mid_v2.json", data)))
    codes = {it["code"] for it in json.loads(ok(db, "inspect", "items", first, "--json"))["items"]}
    assert codes and "M-CIV-99" not in codes  # the inspection under way keeps version 1
    listed = json.loads(ok(db, "checklist", "list", "--json"))
    assert any(d["doc_id"] == "mid" and d["version"] == 2 and d["in_force"] for d in listed)
    assert not any(d["doc_id"] == "mid" and d["version"] == 1 and d["in_force"] for d in listed)
    # a template that is not one (an unknown item kind) is refused
    data["version"] = 3
    data["sections"][0]["items"][0]["kind"] = "guess"
    refused(db, "checklist", "publish", str(_write(tmp_path / "mid_v3.json", data)))

"""Field work through the CLI: survey, attachments, inspections, rectification, notice, handbook."""
from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import assert_only_embedded_cjk_subsets, db_digest, ok, pdf_text, refused
from tests.helpers import flat as flat_text


def _fill_mid(db, ins, failures: dict[str, dict]):
    items = json.loads(ok(db, "inspect", "items", ins, "--json"))["items"]
    for it in items:
        if it["code"] in failures:
            extra = failures[it["code"]]
            args = ["inspect", "set", ins, it["code"]]
            if "value" in extra:
                args += ["--value", str(extra["value"])]
            else:
                args += ["--result", "fail"]
            args += ["--note", extra.get("note", "")]
            ok(db, *args)
        elif it["kind"] == "measure":
            ok(db, "inspect", "set", ins, it["code"], "--value", "0.8" if it["limit"].get("min") else "2.1")
        else:
            ok(db, "inspect", "set", ins, it["code"], "--result", "pass")
    return items


def test_survey_is_recorded_and_bad_survey_refused_unchanged(case_at_mid, tmp_path):
    db, no = case_at_mid
    view = json.loads(ok(db, "survey", "show", no, "--json"))
    assert view["metering"] == "HV" and view["transformers"][0]["type"] == "oil" and view["pole"] == "12号杆"
    before = db_digest(db)
    bad = tmp_path / "bad.json"
    for text in (
        '{"surveyed_on": "2026-09-03", "surveyed_on": "2026-09-04"}',  # duplicate key
        '{"surveyed_on": "2026-09-03", "transformers": [{"count": 1, "type": "oil", "kva": NaN}]}',
        '{"surveyed_on": "2026-09-03", "colour": "red"}',  # unknown field
        '{"surveyed_on": "2026-08-01"}',  # before the application
        '{"surveyed_on": "2026-09-03", "metering": "XX"}',
        '{"surveyed_on": "2026-09-03", "ct_ratio": "lots"}',
        '{"surveyed_on": "2026-09-03", "transformers": [{"count": 1, "type": "oil", "kva": 1e400}]}',
        '[' * 50 + ']' * 50,
        'not json',
    ):
        bad.write_text(text, encoding="utf-8")
        refused(db, "survey", "set", no, "--json", str(bad))
    assert db_digest(db) == before


def test_mid_inspection_two_failures_notice_and_closing_the_loop(case_at_mid, tmp_path):
    db, no = case_at_mid
    ins = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-20", "--inspectors", "张伟,陈工")
    items = _fill_mid(db, ins, {"M-GND-05": {"value": 6.2}, "M-CIV-03": {"note": "槽钢未接地"}})
    codes = {it["code"] for it in items}
    assert {"M-CIV-06", "M-CAB-03"} <= codes  # oil transformer and dual source apply
    # a measured value that contradicts the chosen result is refused
    refused(db, "inspect", "set", ins, "M-GND-01", "--value", "0.3", "--result", "pass")
    assert ok(db, "inspect", "close", ins, "--on", "2026-10-21") == "rectify"
    rect = json.loads(ok(db, "rectify", "list", no, "--json"))
    assert [(r["code"], r["open"]) for r in rect] == [("M-CIV-03", True), ("M-GND-05", True)]
    gnd = next(r for r in rect if r["code"] == "M-GND-05")
    assert "6.2" in gnd["finding"] and "4" in gnd["requirement"] and gnd["deadline"] == "2026-10-28"

    # the notice, as the customer gets it
    pdf = tmp_path / "notice.pdf"
    ok(db, "notice", "pdf", ins, "--out", str(pdf))
    text = pdf_text(pdf)
    assert "和泰电器有限公司" in text and "整改通知书" in text
    assert "槽钢未接地" in text and "6.2" in text and "2026-10-28" in text
    assert_only_embedded_cjk_subsets(pdf)
    ok(db, "notice", "deliver", ins, "--to", "客户电工 王师傅", "--on", "2026-10-21")

    # round 2 re-inspects only the open items; one is fixed, one is not
    ins2 = ok(db, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-26", "--inspectors", "张伟")
    items2 = json.loads(ok(db, "inspect", "items", ins2, "--json"))["items"]
    assert sorted(i["code"] for i in items2) == ["M-CIV-03", "M-GND-05"]
    ok(db, "inspect", "set", ins2, "M-CIV-03", "--result", "pass")
    ok(db, "inspect", "set", ins2, "M-GND-05", "--value", "5.0")
    assert ok(db, "inspect", "close", ins2, "--on", "2026-10-27") == "rectify"
    rect = {r["code"]: r for r in json.loads(ok(db, "rectify", "list", no, "--json"))}
    assert not rect["M-CIV-03"]["open"] and rect["M-CIV-03"]["closed_by"] == "张伟"
    assert rect["M-GND-05"]["open"]

    # round 3: the stage refuses to pass while the earthing item is open, and says which
    ok(db, "stage", "start", no, "MID_INSPECTION", "--on", "2026-11-02")
    msg = refused(db, "stage", "finish", no, "MID_INSPECTION", "--on", "2026-11-03")
    assert "整改项" in msg and "接地" in msg
    ok(db, "rectify", "close", rect["M-GND-05"]["id"], "--on", "2026-11-03", "--by", "张伟")
    ok(db, "stage", "finish", no, "MID_INSPECTION", "--on", "2026-11-03")
    v = json.loads(ok(db, "case", "show", no, "--json"))
    mids = [s for s in v["stages"] if s["code"] == "MID_INSPECTION"]
    assert [(s["round"], s["outcome"]) for s in mids] == [(1, "rectify"), (2, "rectify"), (3, "pass")]
    stats = json.loads(ok(db, "inspect", "stats", "--json"))
    assert stats["mid"] == {"inspected": 1, "passed_first_time": 0, "rate": 0.0}


def test_handbook_filters_items_by_equipment(case_at_mid, tmp_path):
    db, no = case_at_mid
    pdf = tmp_path / "handbook.pdf"
    ok(db, "handbook", "pdf", no, "--out", str(pdf), "--as-of", "2026-11-20")
    text = pdf_text(pdf)
    flat = flat_text(text)
    # dual source, HV metering, oil transformers: these apply...
    for code in ("C-HV-03", "C-MET-01", "C-TR-02"):
        assert code in flat, code
    assert "闭锁装置说明及操作规程" in flat  # the dual-source document to prepare
    # ...and these do not
    for code in ("C-MET-02", "C-TR-03"):
        assert code not in flat, code
    assert "第1页" in flat and "共" in flat and "□" in text


def test_hostile_strings_print_literally(db_path, tmp_path):
    hostile = '<b>&amp;</b> <img src=x> 和泰 & "引号"'
    no = ok(db_path, "case", "new", "--customer", hostile, "--account", "3300000002", "--kva", "400",
            "--applied", "2026-09-01", "--address", "<para>路</para>")
    for stage, day in (("ACCEPT", "2026-09-02"), ("SURVEY", "2026-09-03"), ("PLAN", "2026-09-04"), ("FEES", "2026-09-07")):
        ok(db_path, "stage", "finish", no, stage, "--on", day)
    ok(db_path, "stage", "start", no, "DESIGN_REVIEW", "--on", "2026-09-21")
    ok(db_path, "stage", "finish", no, "DESIGN_REVIEW", "--on", "2026-09-22")
    ins = ok(db_path, "inspect", "new", no, "--kind", "mid", "--on", "2026-10-12", "--inspectors", "<script>")
    _fill_mid(db_path, ins, {"M-CIV-01": {"note": "<font color=red>尺寸不符</font> & 偏差 >5cm"}})
    ok(db_path, "inspect", "close", ins, "--on", "2026-10-13")
    pdf = tmp_path / "n.pdf"
    ok(db_path, "notice", "pdf", ins, "--out", str(pdf))
    flat = pdf_text(pdf).replace("\n", "")
    assert "<img src=x>" in flat and "<b>&amp;</b>" in flat
    assert "<font color=red>尺寸不符</font>" in flat.replace(" ", " ")


def test_attachments_content_addressed_with_thumbnails(case_at_mid, tmp_path):
    from PIL import Image

    db, no = case_at_mid
    photo = tmp_path / "现场照片.jpg"
    img = Image.new("RGB", (400, 200), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° when shown
    img.save(photo, "JPEG", exif=exif.tobytes())
    att = ok(db, "attach", "add", no, str(photo), "--survey")
    again = ok(db, "attach", "add", no, str(photo))
    items = json.loads(ok(db, "attach", "list", no, "--json"))
    assert {a["id"] for a in items} == {att, again}
    a = items[0]
    assert Path(a["path"]).exists() and Path(a["path"]).parent.parent == db.parent / "attachments"
    assert "现场照片" not in a["path"] and a["sha256"] in a["path"] and a["file_name"] == "现场照片.jpg"
    assert (a["width"], a["height"]) == (200, 400)  # EXIF orientation honoured
    with Image.open(a["thumbnail"]) as th:
        assert th.height > th.width
    assert len({x["path"] for x in items}) == 1  # the same content is stored once
    before = db_digest(db)
    text = tmp_path / "notes.jpg"
    text.write_text("not really a jpeg", encoding="utf-8")
    assert "JPEG" in refused(db, "attach", "add", no, str(text))
    big = tmp_path / "big.png"
    with big.open("wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + b"\0" * (21 * 1024 * 1024))
    assert "MB" in refused(db, "attach", "add", no, str(big))
    link = tmp_path / "link.jpg"
    link.symlink_to(photo)
    refused(db, "attach", "add", no, str(link))
    refused(db, "attach", "add", no, str(tmp_path / "missing.jpg"))
    assert db_digest(db) == before

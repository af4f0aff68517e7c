"""The setting sheet starts from the survey (issue 16): the transformer type and the CT ratio the
survey recorded. Defect: a dry-type transformer's sheet cited (and used) the typical load losses of
an oil-immersed S11 transformer."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.errors import Refused
from app.protection import SettingInputs, calculate, typical_pk_kw
from app.services import setting_sheets as sv
from tests.helpers import SURVEY, ok

CALC = {"sk_max_mva": 300, "sk_min_mva": 200, "kva": 630, "uk_pct": 6.0}


@pytest.fixture
def dry_case(surveyed_case, tmp_path):
    db, no = surveyed_case
    survey = {**SURVEY, "dual_source": False, "ct_ratio": "75/5", "transformers": [{"count": 1, "type": "dry", "kva": 400}]}
    f = tmp_path / "survey.json"
    f.write_text(json.dumps(survey, ensure_ascii=False), encoding="utf-8")
    ok(db, "survey", "set", no, "--json", str(f))
    return db, no


def _pk_source(result: dict) -> str:
    return next(c for c in result["coefficients"] if c["field"] == "pk_kw")["source"]


def test_a_dry_type_transformer_gets_dry_type_losses_not_oil_immersed_ones():
    oil = calculate(SettingInputs(**CALC))
    dry = calculate(SettingInputs(**CALC, tr_type="dry"))
    assert "油浸式" in _pk_source(oil) and "干式" not in _pk_source(oil)
    assert "干式" in _pk_source(dry) and "油浸式" not in _pk_source(dry) and "GB/T 10228" in _pk_source(dry)
    assert dry["inputs"]["pk_kw_used"] == pytest.approx(typical_pk_kw(630, "dry"))
    assert typical_pk_kw(630, "dry") != typical_pk_kw(630, "oil")
    with pytest.raises(Refused) as exc:
        calculate(SettingInputs(**CALC, tr_type="gas"))
    assert "gas" in str(exc.value)


def test_the_sheet_starts_from_the_survey(store, dry_case):
    _db, no = dry_case
    values = {"sk_max_mva": 300, "sk_min_mva": 200, "kva": 400, "uk_pct": 4.0}  # no CT, no type given
    with store.session() as s:
        sheet = sv.new_sheet(s, no, values, by="张伟", on=dt.date(2026, 9, 10))
    with store.reader() as s:
        data = sv.sheet_data(s, sv.sheets_of(s, no)[-1]["id"])
    inputs = data["result"]["inputs"]
    assert inputs["tr_type"] == "dry" and inputs["ct"] == "75/5"
    assert "干式" in _pk_source(data["result"])
    assert sheet.case_no == no
    # what the manager types wins over the survey
    with store.session() as s:
        sv.new_sheet(s, no, {**values, "ct": "100/5", "tr_type": "oil"}, by="张伟", on=dt.date(2026, 9, 10))
    with store.reader() as s:
        data = sv.sheet_data(s, sv.sheets_of(s, no)[-1]["id"])
    assert data["result"]["inputs"]["ct"] == "100/5" and "油浸式" in _pk_source(data["result"])


def test_the_cli_sheet_takes_the_surveys_ct_and_type_and_prints_them(dry_case, tmp_path):
    from tests.helpers import flat, pdf_text

    db, no = dry_case
    sheet = ok(db, "settings", "sheet", "new", no, "--sk-max", "300", "--sk-min", "200", "--kva", "400", "--uk", "4",
               "--by", "张伟")
    out = tmp_path / "sheet.pdf"
    ok(db, "settings", "pdf", sheet, "--out", str(out))
    text = flat(pdf_text(out))
    assert "75/5" in text and "变压器类型干式" in text and "GB/T10228" in text and "油浸式" not in text

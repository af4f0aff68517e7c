"""Versioned data documents besides rule sets and checklists (app/data_kinds.py, app/config_set.py):
the envelope is checked, a publication is the next version, and the version in force on a day
follows ``effective_from``."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.config_set import DATA_KINDS, DataKind, parse_data_doc
from app.errors import Refused
from app.services import config_docs


@pytest.fixture
def test_kind(monkeypatch):
    monkeypatch.setitem(DATA_KINDS, "zz_test", DataKind("no-such-folder", "测试数据", "test data"))
    return "zz_test"


def _doc(tmp_path, version: int, effective: str | None = None, **extra):
    data = {"id": "demo", "version": version, "name": "示例", "source": "测试用的示例", **extra}
    if effective:
        data["effective_from"] = effective
    path = tmp_path / f"v{version}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("bad, where", [({"id": "a b"}, "id"), ({"version": 0}, "version"), ({"version": True}, "version"),
                                        ({"source": " "}, "source"), ({"effective_from": "2027-13-01"}, "effective_from")])
def test_the_envelope_is_checked(test_kind, bad, where):
    data = {"id": "demo", "version": 1, "name": "示例", "source": "测试", **bad}
    with pytest.raises(Refused) as exc:
        parse_data_doc(test_kind, data, "x.json")
    assert exc.value.code == "doc_bad" and where in str(exc.value)


def test_publish_versions_and_the_version_in_force_on_a_day(test_kind, store, tmp_path):
    with store.session() as s:
        out = config_docs.publish(s, test_kind, _doc(tmp_path, 1))
    assert out["version"] == 1
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            config_docs.publish(s, test_kind, _doc(tmp_path, 1))
        assert exc.value.code == "config_version_old"
    with store.session() as s:
        config_docs.publish(s, test_kind, _doc(tmp_path, 2, effective="2027-01-01"))
    with store.reader() as s:
        cfg = config_docs.config(s)
        assert [d.version for d in cfg.versions(test_kind)] == [1, 2]
        assert cfg.doc(test_kind).version == 2
        assert cfg.in_force_on(test_kind, dt.date(2026, 12, 31)).version == 1
        assert cfg.in_force_on(test_kind, dt.date(2027, 1, 1)).version == 2
        listed = [d for d in config_docs.list_docs(s) if d["kind"] == test_kind]
    assert [(d["version"], d["in_force"]) for d in listed] == [(1, False), (2, True)]


def test_an_unknown_kind_is_refused_naming_the_known_ones(store, tmp_path):
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            config_docs.publish(s, "nonsense", _doc(tmp_path, 1))
    assert exc.value.code == "config_bad_kind" and "rules" in str(exc.value)


def test_the_bundled_townships_are_xiangshans_18_with_their_stations(store):
    from app import townships

    with store.reader() as s:
        cfg = config_docs.config(s)
        rows = townships.rows(cfg)
        assert len(rows) == 18 and rows[0]["name"] == "丹东街道"
        assert townships.station_of(cfg, "石浦镇") == townships.station_of(cfg, "SHIPU") != ""
        assert townships.station_of(cfg, "火星乡") == ""
        assert cfg.doc("townships").source


def test_a_townships_file_repeating_a_name_is_refused(store, tmp_path):
    data = {"id": "xiangshan", "version": 2, "name": "象山", "source": "测试",
            "townships": [{"code": "A", "name": "甲镇"}, {"code": "B", "name": "甲镇"}]}
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with store.session() as s:
        with pytest.raises(Refused) as exc:
            config_docs.publish(s, "townships", path)
    assert exc.value.code == "doc_bad" and "甲镇" in str(exc.value)


def test_an_arriving_data_document_is_named_by_its_kind():
    """A sync import lists every configuration change; a townships document was called a checklist
    template (the label knew rules and checklists only)."""
    from app.sync.applied import describe_config

    text = describe_config("config_doc", {"kind": "townships", "doc_id": "xiangshan", "version": 2, "name": "象山"})
    assert text.startswith("乡镇(街道)及供电所 xiangshan v2") and "检查模板" not in text

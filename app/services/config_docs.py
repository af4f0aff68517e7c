"""Rule sets and checklist templates as data: published here (usually by the supervisor), spread by
sync, applied on every laptop without an update of Zaosong.

A published document is a ``ConfigDoc`` row per version. What is in force: for each document id,
the highest version among the bundled files (``resources/rules``, ``resources/checklists``) and the
published rows. An inspection keeps the template version it started with (``Inspection.template_id``
and ``template_version``), so a newer template never changes an inspection under way.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from app.checklists import Template, bundled_templates
from app.config_set import DATA_KINDS, KINDS, ConfigSet, bundled_data_docs, content_sha256, parse, strict_json
from app.errors import Refused
from app.models import ConfigDoc, natural_id
from app.rules import bundled_rule_sets
from app.services import gates
from app.store import canonical_json, store_of, utcnow

MAX_BYTES = 2 * 1024 * 1024
# app/sync still reaches these by their old private names; they go once its split imports config_set
_parse, _strict_json = parse, strict_json


def config(s: Session) -> ConfigSet:
    return store_of(s).config(s)


def template_for(s: Session, kind: str, template_id: str | None = None, version: int | None = None) -> Template:
    """The template in force for ``kind``; with id and version, that exact one (an inspection's own)."""
    cfg = config(s)
    if template_id is not None and version is not None:
        t = cfg.all_templates.get((template_id, version))
        if t is not None:
            return t
    return cfg.templates[kind]


def publish(s: Session, kind: str, path: Path | str) -> dict:
    """Check a rule-set or checklist file and publish it as the next version of its document."""
    if kind not in ("rules", "checklist") and kind not in DATA_KINDS:
        raise Refused("config_bad_kind", value=str(kind)[:20], known=", ".join(KINDS))
    path = Path(path)
    try:
        if not path.is_file():
            raise Refused("config_no_file", path=str(path)[:200])
        if path.stat().st_size > MAX_BYTES:
            raise Refused("rules_bad", where=f"{path.name}: > 2 MB")
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("rules_bad", where=f"{path.name}: not UTF-8") from None
    except OSError as exc:
        raise Refused("config_no_file", path=f"{path}: {exc.strerror}") from None
    data = strict_json(text, path.name)
    if not isinstance(data, dict):
        raise Refused("rules_bad", where=f"{path.name}: not an object")
    doc = parse(kind, data, path.name)
    if kind == "rules" and not doc.id.replace("_", "").replace("-", "").isalnum():
        raise Refused("rules_bad", where=f"{path.name}: id")
    cfg = config(s)
    current: dict[str, int] = {}
    if kind == "rules":
        current = {rs.id: rs.version for rs in cfg.rule_sets}
    elif kind in DATA_KINDS:
        current = {d.id: d.version for d in cfg.data_docs.get(kind, ())}  # sorted: the newest wins
    else:
        for t_id, v in cfg.all_templates:
            current[t_id] = max(current.get(t_id, 0), v)
    if doc.version <= current.get(doc.id, 0):
        raise Refused("config_version_old", doc=doc.id, version=doc.version, current=current[doc.id])
    if kind == "rules":
        after = [rs for rs in cfg.rule_sets if rs.id != doc.id] + [doc]
        if not any(rs.primary and rs.active for rs in after):
            raise Refused("rules_no_primary")
        if sum(1 for rs in after if rs.primary and rs.active) > 1:
            raise Refused("config_two_primary", doc=doc.id)
    content = canonical_json(data)
    store = store_of(s)
    row = ConfigDoc(id=natural_id("config_doc", kind, doc.id, doc.version), kind=kind, doc_id=doc.id,
                    version=doc.version, name=str(doc.name)[:200], content=content,
                    sha256=content_sha256(content), published_by=store.user[:50],
                    published_at=utcnow())
    s.add(row)
    s.flush()
    s.info["config_changed"] = True
    return {"kind": kind, "doc_id": doc.id, "version": doc.version, "name": doc.name, "sha256": row.sha256}


def list_docs(s: Session) -> list[dict]:
    """Every document in force and every published version, for the settings page and the CLI. The
    primary rule set in force carries ``locks`` (``gates.describe``); every other row None."""
    cfg = config(s)
    in_force = {("rules", rs.id): rs.version for rs in cfg.rule_sets}
    in_force.update({("checklist", t.id): t.version for t in cfg.templates.values()})
    out = []
    for rs in bundled_rule_sets():
        out.append({"kind": "rules", "doc_id": rs.id, "version": rs.version, "name": rs.name, "name_en": rs.name_en,
                    "source": "bundled",
                    "published_by": "", "published_at": "", "in_force": in_force.get(("rules", rs.id)) == rs.version,
                    "active": rs.active, "primary": rs.primary})
    for t in bundled_templates().values():
        out.append({"kind": "checklist", "doc_id": t.id, "version": t.version, "name": t.name, "source": "bundled",
                    "published_by": "", "published_at": "",
                    "in_force": in_force.get(("checklist", t.id)) == t.version, "active": True, "primary": False})
    for kind in DATA_KINDS:
        in_force.update({(kind, d.id): d.version for d in cfg.data_docs.get(kind, ())})
        for d in bundled_data_docs(kind):
            out.append({"kind": kind, "doc_id": d.id, "version": d.version, "name": d.name, "source": "bundled",
                        "published_by": "", "published_at": "", "in_force": in_force.get((kind, d.id)) == d.version,
                        "active": True, "primary": False, "effective_from": d.effective_from and d.effective_from.isoformat(),
                        "data_source": d.source})
    for p in cfg.published:
        out.append({**p, "source": "published", "in_force": in_force.get((p["kind"], p["doc_id"])) == p["version"],
                    "active": True, "primary": False})
        if p["kind"] == "rules":
            rs = next((r for r in cfg.rule_sets if r.id == p["doc_id"]), None)
            if rs is not None and rs.version == p["version"]:
                out[-1]["active"], out[-1]["primary"] = rs.active, rs.primary
                out[-1]["name_en"] = rs.name_en  # the English name it carries (issue 16)
    # the stage locks come from the primary set in force: its row says which are on, and from what
    locks = gates.describe(s)
    for d in out:
        d["locks"] = (locks if d["kind"] == "rules" and d["in_force"] and d["doc_id"] == locks["rule_set"]
                      else None)
    return out

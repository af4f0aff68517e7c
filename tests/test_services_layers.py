"""Services without circles, rules defined once (issue 14 §3): the services' import graph has no
loop and cases.py imports no feature; the stage names, risk kinds and meeting/joint-review
thresholds that the screens show come from one source."""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
from types import SimpleNamespace

import pytest

from app.domain import STAGE_NAMES, STAGE_OUTCOMES, STAGES
from app.paths import resource
from tests.conftest import ROOT
from tests.helpers import zh_translations

SERVICES = ROOT / "app" / "services"


def _imports(path) -> set[str]:
    """Every app module a file imports, at the top or inside a function."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app"):
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("app"))
    return out


def _service_graph() -> dict[str, set[str]]:
    names = {p.stem for p in SERVICES.glob("*.py") if p.stem != "__init__"}
    return {n: {m.split(".")[2] for m in _imports(SERVICES / f"{n}.py")
                if m.startswith("app.services.") and m.split(".")[2] in names} - {n}
            for n in names}


def test_services_import_graph_has_no_circle():
    graph = _service_graph()
    state: dict[str, int] = {}

    def visit(n, path):
        if state.get(n) == 1:
            pytest.fail("import circle in app/services: " + " -> ".join(path[path.index(n):] + [n]))
        if state.get(n) == 2:
            return
        state[n] = 1
        for m in sorted(graph[n]):
            visit(m, path + [n])
        state[n] = 2

    for n in sorted(graph):
        visit(n, [])


def test_cases_imports_no_feature_and_the_store_imports_no_service():
    # the shared toolbox only: the checks, the change set it returns, the stage locks
    assert _service_graph()["cases"] <= {"changes", "checks", "gates"}
    assert _service_graph()["gates"] == set() and _service_graph()["checks"] == set()
    assert _service_graph()["changes"] == set()
    for below in ("store.py", "config_set.py", "device_keys.py"):
        up = {m for m in _imports(ROOT / "app" / below) if m.startswith(("app.services", "app.sync", "app.cli"))}
        assert up == set(), f"app/{below} imports {up}"


def test_stage_names_have_one_source():
    from ui.strings import STAGE_STRINGS

    zh = zh_translations()
    # lupdate needs the English as literals in ui/strings.py: they must be domain.STAGE_NAMES', in order
    assert STAGE_STRINGS == [STAGE_NAMES[s][1] for s in STAGES]
    assert {s: zh[STAGE_NAMES[s][1]] for s in STAGES} == {s: STAGE_NAMES[s][0] for s in STAGES}


def test_risk_kinds_have_one_source():
    from app.services.design_review import REVIEW_OUTCOMES, RISK_KINDS
    from ui.review_panel import RISK_KIND_STRINGS

    zh = zh_translations()
    assert RISK_KIND_STRINGS == {k: en for k, (_zh, en) in RISK_KINDS.items()}
    assert {k: zh[en] for k, (_zh, en) in RISK_KINDS.items()} == {k: z for k, (z, _en) in RISK_KINDS.items()}
    # the review's own words map onto the stage outcomes; no second list of stage outcomes
    assert set(REVIEW_OUTCOMES.values()) == set(STAGE_OUTCOMES)


def test_no_threshold_of_its_own_in_the_code():
    """500/1000 kVA live in the rule set (resources/rules/*.json, locks) and nowhere in app/ or ui/."""
    found = []
    for folder in ("app", "ui", "reports"):
        for path in (ROOT / folder).rglob("*.py"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                code = line.split("#")[0]
                if re.search(r"\b(MEETING|JOINT)_KVA\b", code) or re.search(r"kva\w*\s*>=?\s*(500|1000)\b", code, re.I):
                    found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert found == []


def _rule_file(tmp_path, meeting: float, joint: float):
    data = json.loads((resource("rules") / "internal_xiangshan_2012.json").read_text(encoding="utf-8"))
    data["version"] = 2
    data["locks"]["meeting"]["capacity_kva_gte"] = meeting
    data["locks"]["joint_review"]["capacity_kva_gte"] = joint
    path = tmp_path / "internal_v2.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_screens_thresholds_are_the_rule_sets(store, tmp_path):
    """What the meetings page and the review panel use is what the rule set in force says, bundled or
    published: moving the thresholds in a published set moves them on the screens."""
    from app.services import cases, config_docs, gates, query
    from ui.meetings_page import MeetingsPage
    from ui.ops import meetings as meeting_ops
    from ui.review_panel import joint_required

    bundled = json.loads((resource("rules") / "internal_xiangshan_2012.json").read_text(encoding="utf-8"))["locks"]
    with store.session() as s:
        no = cases.create_case(s, customer_name="和泰电器有限公司", account_no="3300000001", capacity_kva=900,
                               applied_on=dt.date(2026, 9, 1)).case_no

    def screens():
        page = SimpleNamespace(locks=meeting_ops.locks_in_force(store))  # what MeetingsPage loads with the month
        with store.reader() as s:
            view = query.case_view(s, no, dt.date(2026, 9, 2))
            rule = gates.joint_review_required(s, cases.get_case(s, no))
        return MeetingsPage.meeting_kva(page), joint_required(view), rule

    assert screens() == (bundled["meeting"]["capacity_kva_gte"], False, False)  # 900 < 1000
    with store.session() as s:
        config_docs.publish(s, "rules", _rule_file(tmp_path, 630, 800))
    assert screens() == (630, True, True)


def test_a_date_outside_the_calendar_is_refused_by_its_public_check(store):
    from app.workdays import FIRST_DAY, LAST_DAY, CalendarRangeError

    store.calendar.require_covered(FIRST_DAY)
    store.calendar.require_covered(LAST_DAY)
    with pytest.raises(CalendarRangeError):
        store.calendar.require_covered(LAST_DAY + dt.timedelta(days=1))


def test_the_bureau_name_has_one_definition(store):
    """Every document takes the bureau from Store.bureau_name: the seed's until Settings change it."""
    from app.services import settings
    from app.store import DEFAULT_BUREAU

    assert store.bureau_name == DEFAULT_BUREAU
    with store.session() as s:
        settings.update_settings(s, bureau_name="宁海县供电公司")
    assert store.bureau_name == "宁海县供电公司"
    for path in list((ROOT / "app").rglob("*.py")) + list((ROOT / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name != "store.py":
            assert DEFAULT_BUREAU not in text, path
            assert "def _bureau" not in text, path


def test_refusals_are_catalogue_codes_in_the_core():
    """No Refused("…text…") and no bilingual "中文 / english" parameter in app/ (app/sync and the CLI
    have their own owners): the text is in messages.CATALOG, in the user's language."""
    from app.messages import CATALOG

    inline = []
    files = [p for p in (ROOT / "app").rglob("*.py")
             if "sync" not in p.parts and "cli" not in p.parts and "migrations" not in p.parts]
    for path in files:
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r'Refused\(f?"([^"]*)"', text):
            if not re.fullmatch(r"[a-z0-9_]+", m.group(1)):
                inline.append(f"{path.relative_to(ROOT)}: {m.group(0)}")
            elif m.group(1) not in CATALOG:
                inline.append(f"{path.relative_to(ROOT)}: unknown code {m.group(1)}")
        inline += [f"{path.relative_to(ROOT)}: {m.group(0)}"
                   for m in re.finditer(r'=f?"[^"\n]*[\u4e00-\u9fff][^"\n]* / [^"\n]*"', text)]
    assert inline == []


@pytest.fixture
def english():
    from app import messages

    was = messages.language()
    messages.set_language("en")
    yield
    messages.set_language(was)


def test_protection_and_calendar_refusals_speak_the_users_language(tmp_path, english):
    from app import protection
    from app.errors import Refused
    from app.services import calendar

    with pytest.raises(Refused) as exc:
        protection.parse_ct("100/2")
    assert exc.value.code == "prot_ct_secondary" and str(exc.value) == (
        "CT ratio '100/2' is invalid: the rated secondary current is 1 A or 5 A.")
    bad = tmp_path / "cal.csv"
    bad.write_text("date,kind,name\n2027-01-04,workday,调休\n", encoding="utf-8")
    with pytest.raises(Refused) as exc:
        calendar.parse_calendar_file(bad)
    assert "2027-01-04 is a weekday: it cannot be a make-up working day" in str(exc.value)
    assert not re.search(r"[\u4e00-\u9fff]", str(exc.value).replace("调休", ""))


def test_imports_sit_at_the_top_unless_a_comment_says_why():
    """In app/ (app/sync and the CLI have their own owners) a function-local import of our own code
    carries a one-line reason on its line: lazy imports hide circles from readers and tools."""
    silent = []
    for path in (ROOT / "app").rglob("*.py"):
        if "sync" in path.parts or "cli" in path.parts:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.match(r"\s{4,}(from|import) (app|reports|ui)[. ]", line) and "#" not in line:
                silent.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert silent == []

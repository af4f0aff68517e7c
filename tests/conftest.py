import os

# Qt must never look for a display or D-Bus in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ZAOSONG_LANG", "zh")

import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def pytest_collection_finish(session):
    # A run that collects nothing must fail, not pass quietly.
    if not session.items and not session.config.option.collectonly:
        raise pytest.UsageError("no tests collected")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """A freshly initialised database (calendar seeded), built once and copied per test."""
    from app.store import Store

    path = tmp_path_factory.mktemp("template") / "zaosong.db"
    store = Store.open(path, user="张伟", device_name="测试机")
    store.dispose()
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    dest = tmp_path / "zaosong.db"
    shutil.copy(template_db, dest)
    return dest


@pytest.fixture
def store(db_path):
    from app.store import Store

    s = Store.open(db_path)
    yield s
    s.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, template_db) -> Path:
    """A 300-case demo database as of 2026-11-27, built once."""
    from app.demo import build_demo
    from app.store import Store

    path = tmp_path_factory.mktemp("demo") / "zaosong.db"
    shutil.copy(template_db, path)
    store = Store.open(path)
    build_demo(store, 300, seed=11, as_of=__import__("datetime").date(2026, 11, 27))
    store.dispose()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    dest = tmp_path / "demo.db"
    shutil.copy(demo_template, dest)
    return dest


def run_cli(db: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real CLI in a child process, as a script or a supervisor would."""
    full_env = {**os.environ, "ZAOSONG_HOME": str(db.parent), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        timeout=120,
    )


# --- gates ---
def hold_meeting(s, case_ref: str, on, decision: str = "approve") -> None:
    """The review meeting (业扩会审) a case at or above the meeting threshold of the rule set in force
    needs before PLAN can finish (issue 14 §2), held on ``on`` at 09:00 and deciding ``decision``,
    through the services in session ``s``; nothing for a case the lock does not cover."""
    from app.services import gates, meetings
    from app.services.cases import get_case

    if not gates.meeting_required(s, get_case(s, case_ref)):
        return
    day = on if isinstance(on, str) else on.isoformat()
    m = meetings.new_meeting(s, f"{day} 09:00", "三楼会议室", "王主任").meeting_id
    meetings.add_case(s, m, case_ref)
    meetings.decide(s, m, case_ref, decision, "按会审意见修改" if decision == "approve_with_changes" else "")


def hold_meeting_cli(db: Path, case_no: str, on: str) -> None:
    """hold_meeting through the real CLI (an approving decision on ``on``)."""
    r = run_cli(db, "meeting", "new", "--on", f"{on} 09:00", "--place", "三楼会议室", "--chair", "王主任")
    assert r.returncode == 0, r.stderr
    meeting = r.stdout.strip()
    for args in (("meeting", "add", meeting, case_no), ("meeting", "decide", meeting, case_no, "--decision", "approve")):
        r = run_cli(db, *args)
        assert r.returncode == 0, r.stderr

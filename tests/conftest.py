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


# --- db safety ---
def run_cli_full_disk(db: Path, limit_bytes: int, *args: str) -> subprocess.CompletedProcess:
    """The real CLI on a "full disk": no file may grow past ``limit_bytes`` (RLIMIT_FSIZE; SIGXFSZ
    ignored, so a write fails with EFBIG as a write to a full disk fails with ENOSPC). Needs no
    mount and no privilege, so it runs the same in CI. At 0 nothing can be written at all."""
    import resource
    import signal

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120, preexec_fn=limit,
        env={**os.environ, "ZAOSONG_HOME": str(db.parent)},
    )

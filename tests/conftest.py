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


# --- data at rest ---
# Signing keys go to a key folder of this test session, never the OS keyring: CI has no Secret
# Service, and a test must not hang on D-Bus. One folder for the whole session, since fixture
# databases are copied (a copy whose key is missing would become a new device). Child processes
# (the CLI, the frozen installer) inherit both variables.
import atexit  # noqa: E402
import tempfile  # noqa: E402

os.environ["ZAOSONG_KEYRING"] = "file"
os.environ["ZAOSONG_KEY_DIR"] = tempfile.mkdtemp(prefix="zaosong-keys-")
atexit.register(shutil.rmtree, os.environ["ZAOSONG_KEY_DIR"], True)
# Fixture databases from 0011 on hold no key: one built with ZAOSONG_KEY_DIR=tests/fixtures/keys
# leaves its key there, and opens here as the same device instead of a renewed one.
for _key in (ROOT / "tests" / "fixtures" / "keys").glob("device-key-*.key"):
    shutil.copy(_key, Path(os.environ["ZAOSONG_KEY_DIR"]) / _key.name)

"""The frozen build (PyInstaller, one folder): the GUI starts and gets ready offscreen; the CLI makes
a demo database and writes a rectification notice whose text is checked. Run by CI (`make test`).

Marked `installer` (the build takes minutes): `make test PYTEST_ARGS="-m 'not installer'"` leaves it
out of a quick local run, `-m installer` runs only it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import assert_only_embedded_cjk_subsets, pdf_text

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.installer


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("pyiwork")
    r = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist), "--workpath",
                        str(work), str(ROOT / "build_installer.spec")], cwd=ROOT, capture_output=True, text=True,
                       timeout=1200)
    assert r.returncode == 0, r.stderr[-3000:]
    folders = list(dist.glob("zaosong-*"))
    assert len(folders) == 1
    return folders[0]


def _env(tmp: Path) -> dict:
    return {**os.environ, "ZAOSONG_HOME": str(tmp), "QT_QPA_PLATFORM": "offscreen", "ZAOSONG_LOG_DIR": str(tmp / "logs")}


def test_frozen_gui_gets_ready(frozen, tmp_path):
    cli = frozen / "zaosong"
    db = tmp_path / "z.db"
    assert subprocess.run([str(cli), "--db", str(db), "demo", "--cases", "80", "--as-of", "2026-11-27"],
                          env=_env(tmp_path), capture_output=True, timeout=300).returncode == 0
    r = subprocess.run([str(frozen / "zaosong-gui"), "--db", str(db), "--exit-when-ready", "--as-of", "2026-11-27"],
                       env=_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "ready_ms=" in r.stdout


def test_frozen_cli_writes_a_notice(frozen, tmp_path):
    cli = str(frozen / "zaosong")
    db = str(tmp_path / "z.db")
    env = _env(tmp_path)

    def z(*args: str) -> str:
        r = subprocess.run([cli, "--db", db, *args], env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, (args, r.stderr)
        return r.stdout.strip()

    no = z("case", "new", "--customer", "冻结测试电器有限公司", "--account", "3300000001", "--kva", "630",
           "--applied", "2026-09-01")
    for stage, day in (("ACCEPT", "2026-09-02"), ("SURVEY", "2026-09-03"), ("PLAN", "2026-09-04"), ("FEES", "2026-09-07")):
        if stage == "PLAN":  # 630 kVA: the review meeting approves the plan first
            meeting = z("meeting", "new", "--on", f"{day} 09:00", "--place", "三楼会议室", "--chair", "王主任")
            z("meeting", "add", meeting, no)
            z("meeting", "decide", meeting, no, "--decision", "approve")
        z("stage", "finish", no, stage, "--on", day)
    z("stage", "start", no, "DESIGN_REVIEW", "--on", "2026-09-21")
    z("stage", "finish", no, "DESIGN_REVIEW", "--on", "2026-09-22")
    ins = z("inspect", "new", no, "--kind", "mid", "--on", "2026-10-12")
    for it in json.loads(z("inspect", "items", ins, "--json"))["items"]:
        if it["code"] == "M-GND-05":
            z("inspect", "set", ins, it["code"], "--value", "7.5")
        elif it["kind"] == "measure":
            z("inspect", "set", ins, it["code"], "--value", "0.9")
        else:
            z("inspect", "set", ins, it["code"], "--result", "pass")
    assert z("inspect", "close", ins, "--on", "2026-10-13") == "rectify"
    pdf = tmp_path / "notice.pdf"
    z("notice", "pdf", ins, "--out", str(pdf))
    text = pdf_text(pdf)
    assert "整改通知书" in text and "冻结测试电器有限公司" in text and "7.5" in text
    assert_only_embedded_cjk_subsets(pdf)

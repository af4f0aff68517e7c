"""The Chinese UI texts have one source, resources/i18n/zaosong_zh_CN.ts (issue 14 §3): every message
of it is translated, and it is up to date with the self.tr() strings of ui/ (lupdate finds nothing new)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.paths import resource
from tests.conftest import ROOT
from tests.helpers import ZH_TS, ts_untranslated, zh_translations


def _lupdate() -> str:
    # the venv's own (pinned PySide6) before any other on PATH
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    assert exe, "pyside6-lupdate not found next to the interpreter (PySide6 is a pinned dependency)"
    return exe


def _messages(ts: Path) -> set[tuple[str, str]]:
    return {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).iter("context") for m in c.iter("message")}


def lupdate_news(sources: list[Path], ts: Path, tmp: Path) -> tuple[list[str], list[str]]:
    """Run lupdate on ``sources`` into a copy of ``ts``: (the sources it leaves untranslated, the
    committed messages it drops because no code has them any more)."""
    copy = tmp / ts.name
    shutil.copyfile(ts, copy)
    r = subprocess.run([_lupdate(), "-silent", "-no-obsolete", *map(str, sources), "-ts", str(copy)],
                       capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    gone = sorted(f"{c}: {s}" for c, s in _messages(ts) - _messages(copy))
    return ts_untranslated(copy), gone


def test_every_ui_string_has_a_chinese_translation():
    assert ts_untranslated(ZH_TS) == []
    assert resource("i18n", "zaosong_zh_CN.qm").exists()


def test_committed_ts_is_up_to_date_with_the_code(tmp_path):
    new, gone = lupdate_news(sorted((ROOT / "ui").glob("*.py")), ZH_TS, tmp_path)
    assert new == [], ("self.tr() strings without Chinese in resources/i18n/zaosong_zh_CN.ts (run `make lupdate`, "
                       f"translate them in Qt Linguist, then `make translations`): {new}")
    assert gone == [], f"the .ts keeps strings no code has any more (run `make lupdate`): {gone}"


def test_a_new_untranslated_string_is_named(tmp_path):
    # the check above can fail: a screen that adds self.tr("X") untranslated is reported by its text
    probe = tmp_path / "src" / "probe_page.py"
    probe.parent.mkdir()
    probe.write_text("from PySide6.QtWidgets import QWidget\n\n\nclass ProbePage(QWidget):\n"
                     "    def title(self):\n        return self.tr('Probe text never translated')\n", encoding="utf-8")
    new, gone = lupdate_news([*sorted((ROOT / "ui").glob("*.py")), probe], ZH_TS, tmp_path)
    assert new == ["Probe text never translated"] and gone == []


def test_zh_translations_reads_the_ts():
    zh = zh_translations()
    assert len(zh) >= 800 and zh["Case no."] == "工单号"

"""Helpers shared by the test files (plain functions; fixtures live in conftest.py).

PDFs are read back with pypdf, a pinned pure-Python reader in the virtual environment, so no test
needs a system program (poppler's pdftotext/pdffonts) to check what a reader of the file sees.

The CLI: `cli` runs app.cli.main(argv) in this process, as `conftest.run_cli` runs it in a child
(same argv, exit code, stdout, stderr), without starting an interpreter per call (about 0.8 s each:
SQLAlchemy, the pypinyin dictionary). Feature tests use it; test_cli.py keeps child processes for the
command-line contract, and the safety and sync tests that kill or race processes keep them too.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from app.services import cases as svc
from app.services.settings import update_settings
from app.store import Store
from app.sync.export import export_package
from app.sync.importer import import_package

# --- reading PDFs back -----------------------------------------------------------------------


def pdf_text(path: Path | str, page: int | None = None, layout: bool = False) -> str:
    """The text of the whole file, or of one page (numbered from 1, as printed in the footers).

    layout=True keeps each line's horizontal arrangement (a contents line with its dots and page
    number stays one line); otherwise text comes in content-stream order, one line per text line.
    A page that does not exist is an error, not an empty string.
    """
    reader = PdfReader(str(path))
    mode = "layout" if layout else "plain"
    if page is not None:
        if not 1 <= page <= len(reader.pages):
            raise IndexError(f"{path} has {len(reader.pages)} pages, not page {page}")
        return reader.pages[page - 1].extract_text(extraction_mode=mode)
    return "\n".join(p.extract_text(extraction_mode=mode) for p in reader.pages)


def flat(s: str) -> str:
    """Text without whitespace: extracted spaces and line breaks differ from the input's."""
    return re.sub(r"\s+", "", s)


def page_count(path: Path | str) -> int:
    return len(PdfReader(str(path)).pages)


def pdf_fonts(path: Path | str) -> list[dict]:
    """Every font the pages use (also inside form XObjects), as pdffonts lists them: name, subtype,
    embedded (a font program in its descriptor), subset (the ABCDEF+ name prefix), unicode (a
    ToUnicode map, so text can be copied and searched)."""
    reader = PdfReader(str(path))
    seen: dict[tuple[int, int] | int, dict] = {}

    def descriptor(font: DictionaryObject) -> DictionaryObject | None:
        if "/FontDescriptor" in font:
            return font["/FontDescriptor"].get_object()
        if "/DescendantFonts" in font:  # Type0 (composite): the CID font carries the descriptor
            return descriptor(font["/DescendantFonts"].get_object()[0].get_object())
        return None

    def walk(resources, depth: int = 0) -> None:
        if resources is None or depth > 10:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or DictionaryObject()).get_object().values():
            key = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(ref)
            if key in seen:
                continue
            font = ref.get_object()
            desc = descriptor(font)
            name = str(font.get("/BaseFont", ""))[1:]
            seen[key] = {
                "name": name,
                "type": str(font.get("/Subtype", ""))[1:],
                "embedded": desc is not None and any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")),
                "subset": re.match(r"[A-Z]{6}\+", name) is not None,
                "unicode": "/ToUnicode" in font,
            }
        for xobj in (resources.get("/XObject") or DictionaryObject()).get_object().values():
            xobj = xobj.get_object()
            if xobj.get("/Subtype") == "/Form":
                walk(xobj.get("/Resources"), depth + 1)

    for page in reader.pages:
        walk(page.get("/Resources"))
    return list(seen.values())


def assert_only_embedded_cjk_subsets(path: Path | str) -> None:
    """Every font is an embedded, searchable subset of the bundled CJK font (no stray Helvetica)."""
    fonts = pdf_fonts(path)
    assert fonts, f"no fonts in {path}"
    for f in fonts:
        assert "+WenQuanYiMicroHei" in f["name"], f
        assert f["embedded"] and f["subset"] and f["unicode"], f


# the joint survey of the case_at_mid fixture (conftest.py): dual source, HV metering, oil transformers
SURVEY = {
    "surveyed_on": "2026-09-03",
    "participants": [{"name": "张伟", "dept": "客户经理"}, {"name": "陈工", "dept": "配电运检中心"}],
    "findings": "厂区东侧有10kV丹城线12号杆", "substation": "丹城变", "feeder": "丹城线", "pole": "12号杆",
    "supply_kv": 10, "dual_source": True, "metering": "HV", "ct_ratio": "100/5", "vt_ratio": "10000/100",
    "transformers": [{"count": 2, "type": "oil", "kva": 630}],
}


# --- the CLI in this process -----------------------------------------------------------------


def cli(db: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """app.cli.main(["--db", db, *args]) in this process; env as for a child (ZAOSONG_HOME is the
    database's folder; ZAOSONG_LANG=en switches the messages) and restored afterwards."""
    from app import cli as app_cli
    from app import messages

    # a server database (issue 22) has no folder of its own: the test's ZAOSONG_HOME is kept
    home = {} if _is_url(db) else {"ZAOSONG_HOME": str(Path(db).parent)}
    overrides = {**home, **(env or {})}
    saved_env = {k: os.environ.get(k) for k in overrides}
    saved_lang = messages.language()
    os.environ.update(overrides)
    messages.set_language("en" if overrides.get("ZAOSONG_LANG", os.environ.get("ZAOSONG_LANG", "")).lower()
                          .startswith("en") else "zh")
    out, err = io.StringIO(), io.StringIO()
    argv = ["--db", str(db), *args]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = app_cli.main(argv)
            except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
                if isinstance(exc.code, str):
                    err.write(exc.code + "\n")
    finally:
        messages.set_language(saved_lang)
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return subprocess.CompletedProcess(["zaosong", *argv], code or 0, out.getvalue(), err.getvalue())


def ok(db: Path, *args: str, env: dict | None = None) -> str:
    """A command that must succeed: its stdout, stripped."""
    r = cli(db, *args, env=env)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r.stdout.strip()


def refused(db: Path, *args: str, env: dict | None = None) -> str:
    """A command that must be refused (exit 1, a message, no traceback): its stderr."""
    r = cli(db, *args, env=env)
    assert r.returncode == 1, (args, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and r.stderr.strip()
    return r.stderr


def _is_url(db) -> bool:
    return isinstance(db, str) and db.startswith("postgresql://")


def _pg_connect(url: str):
    """A psycopg connection (autocommit) to a test server database URL (tests/pg_server.py form)."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.query["host"], user=u.username, dbname=u.database, autocommit=True)


def db_digest(db: Path) -> str:
    """The database file's state (with its WAL, if any), to prove a refused command changed nothing.
    The CLI disposes its engine at the end of a command, so SQLite checkpoints and removes the WAL.
    A server database (a URL): every row of every table, in a fixed order."""
    if _is_url(db):
        h = hashlib.sha256()
        with _pg_connect(db) as con:
            tables = [r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                                "ORDER BY tablename")]
            for t in tables:
                for row in con.execute(f'SELECT t::text FROM "{t}" t ORDER BY 1'):
                    h.update(f"{t}:{row[0]}\n".encode())
        return h.hexdigest()
    h = hashlib.sha256(db.read_bytes())
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        h.update(wal.read_bytes())
    return h.hexdigest()


def surveyed(db: Path, customer: str, account: str, kva: int, *extra: str) -> str:
    """A case applied on 2026-09-01 whose joint survey finished on 2026-09-03 (PLAN is open)."""
    no = ok(db, "case", "new", "--customer", customer, "--account", account, "--kva", str(kva),
            "--applied", "2026-09-01", *extra)
    ok(db, "stage", "finish", no, "ACCEPT", "--on", "2026-09-02")
    ok(db, "stage", "finish", no, "SURVEY", "--on", "2026-09-03")
    return no


# --- laptops that sync (the trio fixture in conftest.py) ------------------------------------


class Laptop:
    """A manager's laptop: its own database file and store, and an outbox of sync packages."""

    def __init__(self, folder: Path, user: str, template: Path) -> None:
        folder.mkdir()
        self.path = folder / "zaosong.db"
        shutil.copy(template, self.path)
        self.store = Store.open(self.path)
        with self.store.session() as s:
            update_settings(s, user=user, device_name=f"{user}的笔记本")
        self.user = user
        self.outbox = folder / "out"
        self.n = 0

    @property
    def id(self) -> str:
        return self.store.device_id

    def do(self, fn, *args, **kw):
        with self.store.session() as s:
            return fn(s, *args, **kw)

    def send(self, to: Laptop | None = None, full: bool = False, passphrase: str | None = None) -> Path:
        self.n += 1
        out = self.outbox / f"{self.n}.zsync"
        export_package(self.store, out, peer=None if (full or to is None) else to.id, passphrase=passphrase)
        return out

    def receive(self, package: Path, passphrase: str | None = None, dry_run: bool = False) -> dict:
        return import_package(self.store, package, passphrase=passphrase, dry_run=dry_run)


# --- the workbench (GUI tests) ---------------------------------------------------------------


def open_window(qtbot, db_path, as_of):
    """The main window on a real database file, shown, started and idle."""
    from app.store import Store
    from ui.main_window import MainWindow

    store = Store.open(db_path)
    win = MainWindow(store, as_of=as_of)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=20000):
        win.start()
    # the case window warmed off screen after ``ready`` (a timer's turn later) is part of starting:
    # its jobs would otherwise land in the middle of a test's first counted reads
    qtbot.waitUntil(lambda: win.warmed, timeout=20000)
    wait_idle(qtbot, win)
    return win


def wait_idle(qtbot, win):
    """Until the window's database worker and its render worker (PDFs) have finished every job they were given."""
    qtbot.waitUntil(lambda: win.worker.busy == 0 and win.renderer.busy == 0, timeout=20000)


def ok_button(dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    return dialog.buttons.button(QDialogButtonBox.Ok)


# --- review meetings the stage locks need (issue 14 §2) ---


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
    meeting = ok(db, "meeting", "new", "--on", f"{on} 09:00", "--place", "三楼会议室", "--chair", "王主任")
    ok(db, "meeting", "add", meeting, case_no)
    ok(db, "meeting", "decide", meeting, case_no, "--decision", "approve")


# --- sync between laptops ---

SYNCED = ["case", "stage_round", "pause", "calendar_day", "calendar_year", "survey", "attachment", "inspection",
          "inspection_result", "rectification_item", "notice", "sync_conflict"]


def raw_connect(database, uri: bool = False, **kw):
    """A raw connection (as ``sqlite3.connect`` takes it: a path, or ``file:PATH?mode=ro`` with
    ``uri=True``) to a Zaosong file, with its key from this machine's key store: SQLCipher, so the
    encrypted file reads as the app reads it. A plain file (an old fixture) opens without a key."""
    from app import keyed

    if _is_url(database):  # a server database: psycopg's connection reads alike (execute, fetchall)
        return _pg_connect(database)
    target = str(database)
    readonly = False
    if uri and target.startswith("file:"):
        target, _, query = target[len("file:"):].partition("?")
        readonly = "mode=ro" in query
    return keyed.connect(Path(target), readonly=readonly, **kw)


def content(path: Path) -> dict:
    """Everything that must converge: synced rows (without local change numbers) and events. A
    server database (a URL) gives its values in a file's stored form (pg_sync: the sync tests
    compare a laptop's file with a server database)."""
    con = raw_connect(path)
    server = _is_url(path)
    out = {}
    for t in [*SYNCED, "case_event"]:
        if server:
            names = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE "
                                               "table_name = %s AND table_schema = 'public'", (t,))]
        else:
            names = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
        cols = sorted(f'"{n}"' for n in names if n != "lseq")
        rows = con.execute(f'SELECT {", ".join(cols)} FROM "{t}" ORDER BY id').fetchall()
        out[t] = [tuple(as_stored(v) for v in r) for r in rows] if server else rows
    con.close()
    return out


def as_stored(v):
    """A server's value as SQLite stores it (SQLAlchemy's forms: 0/1, ISO text with a space)."""
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def digest(path: Path) -> str:
    return hashlib.sha256(repr(content(path)).encode()).hexdigest()


def new_case(lt: Laptop, name: str, account: str, day: dt.date = dt.date(2026, 11, 2)) -> str:
    return lt.do(svc.create_case, customer_name=name, account_no=account, capacity_kva=630, applied_on=day,
                 manager=lt.user).case_no


def visible_box(page, name: str):
    """The message box named ``name`` that ``page`` shows now, or None."""
    from PySide6.QtWidgets import QMessageBox

    return next((b for b in page.findChildren(QMessageBox, name) if b.isVisible()), None)


def answer_box(qtbot, page, name: str, button=None):
    """Wait for the message box ``name`` and press ``button`` (Yes by default)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: visible_box(page, name) is not None, timeout=10000)
    qtbot.mouseClick(visible_box(page, name).button(button or QMessageBox.Yes), Qt.LeftButton)


# The Chinese UI texts live in one place, the .ts file (lupdate extracts, Qt Linguist edits, lrelease
# compiles); the tests read it rather than keep a second list.
ZH_TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "zaosong_zh_CN.ts"


def ts_untranslated(path: Path | str = ZH_TS) -> list[str]:
    """The sources of ``path`` that Qt would not translate: empty, unfinished, vanished or obsolete."""
    missing = []
    for m in ET.parse(path).iter("message"):
        tr = m.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
            missing.append(m.findtext("source"))
    return missing


def zh_translations(path: Path | str = ZH_TS) -> dict[str, str]:
    """English source -> Chinese, from the finished messages of the .ts (a missing one is a KeyError)."""
    untranslated = set(ts_untranslated(path))
    return {m.findtext("source"): m.findtext("translation") for m in ET.parse(path).iter("message")
            if m.findtext("source") not in untranslated}


# --- a plain database from before encryption at rest (the keys tests) -------------------------------


def plain_padded_db(template_db: Path, dest: Path, mb: int) -> dict:
    """A plain (unencrypted) copy of ``template_db`` at ``dest``, padded with ``mb`` MB of old notes
    (what makes an old file large); its row counts of calendar_day, meta and pad_notes."""
    import sqlite3

    dest.parent.mkdir(parents=True, exist_ok=True)
    con = raw_connect(template_db, isolation_level=None)
    try:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()
    con = sqlite3.connect(dest, isolation_level=None)
    try:
        con.execute("CREATE TABLE pad_notes (id INTEGER PRIMARY KEY, body BLOB)")
        con.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                    "INSERT INTO pad_notes (body) SELECT randomblob(4000) FROM n", (mb * 256,))
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in ("calendar_day", "meta", "pad_notes")}
    finally:
        con.close()

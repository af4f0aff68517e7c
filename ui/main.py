"""`zaosong-gui` / `python -m ui`: start the workbench."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since this process started (from the OS where it tells us)."""
    try:
        with open("/proc/self/stat", "rb") as f:
            start_ticks = int(f.read().rsplit(b")", 1)[1].split()[19])
        with open("/proc/uptime", "rb") as f:
            uptime = float(f.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _T0) * 1000.0


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="zaosong-gui", description="早送 Zaosong 工作台")
    p.add_argument("--db", type=_db_arg, help="数据库文件, 或服务器数据库 postgresql://用户@主机/数据库名")
    p.add_argument("--exit-when-ready", action="store_true", help="加载完成后输出 ready_ms 并退出")
    p.add_argument("--as-of", type=dt.date.fromisoformat, help="把“今天”设为此日期(演示、培训)")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    return p.parse_args(argv)


def _db_arg(value: str):
    from app.backends import is_server_url

    return value if is_server_url(value) else Path(value)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from app.at_rest import restrict_umask

    restrict_umask()  # files made from here on are the user's only (issue 13 §4)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_font, install_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Zaosong")
    app.setApplicationName("Zaosong")
    install_font(app)
    from ui.widgets import install_screen_fit

    install_screen_fit(app)  # the first-run dialog too fits a small screen (issue 16)
    lang = args.lang or QSettings().value("ui/language", "zh_CN")
    install_translator(app, lang)

    from app.paths import default_db_path

    # a city office's workbenches all open the server named once in the settings (db/url)
    configured = str(QSettings().value("db/url", "") or "")
    db_path = args.db or (_db_arg(configured) if configured else default_db_path())
    from ui import crash

    log_path = crash.install(show_dialog=not args.exit_when_ready)
    practice = None  # (path, identity) while the practice database (演示库) is the one open
    while True:  # one turn per database opened: the real one, or the practice one and back
        win, lock = _open_window(app, args, practice[0] if practice else db_path, log_path,
                                 practice_identity=practice[1] if practice else None)
        if win is None:
            return lock  # the exit code
        win.real_db_path = db_path
        rc = app.exec()
        _release(lock)  # each turn holds the lock of the file it has open
        switch = getattr(win, "switch_to", None)
        if switch is None:
            return rc
        practice = None if switch == "real" else switch


def _needs_first_encryption(db_path) -> bool:
    from app import rekey

    try:
        return rekey.needs_first_encryption(db_path)
    except OSError:
        return False  # Store.open says what is wrong with the folder


def _release(lock) -> None:
    """Let the file go (switching databases, or giving up); a full disk may refuse even the close."""
    try:
        lock.release()
    except OSError:
        pass


def _open_window(app, args, db_path, log_path, practice_identity=None):
    """Open the database at ``db_path`` (asking who this is on a first run; for the practice
    database, with the real one's identity) and show its window. Returns (window, lock), or
    (None, exit code) when it cannot or the user cancelled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from app import db_health
    from app.backends import is_server_url, local_folder
    from app.errors import Refused
    from app.instance import InstanceLock
    from app.leftovers import clean_at_start
    from app.store import Store
    from ui import crash
    from ui.widgets import plain_box, plain_message

    server = is_server_url(db_path)
    try:
        # a server takes many clients: the lock only keeps two workbenches of this user from one folder
        lock = InstanceLock(local_folder(db_path) / "server.db" if server else db_path).acquire()
    except Refused as exc:
        print(str(exc), file=sys.stderr)
        if not args.exit_when_ready:
            plain_message(QMessageBox.Warning, None, app.translate("main", "Zaosong"), str(exc))
        return None, 3 if exc.code == "already_running" else 1
    clean_at_start(local_folder(db_path) / "server.db" if server else db_path)  # staging folders, *.part files
    while True:
        identity = None
        try:
            if practice_identity is not None:
                from app.demo import open_practice

                store = open_practice(db_path, user=practice_identity["user"],
                                      device_name=practice_identity["device_name"], identity=practice_identity)
                break
            if not server and _needs_first_encryption(db_path):
                from ui.first_encrypt import run_first_encryption

                # an old plain file: encrypted off the GUI thread, with progress (a failure is said by
                # Store.open below, which meets the same file)
                if run_first_encryption(db_path) == "cancelled":
                    _release(lock)
                    return None, 0
            if not server and not db_path.exists() and not args.exit_when_ready:  # a 0-byte file exists: damaged, not new
                from ui.first_run import FirstRunDialog

                dlg = FirstRunDialog(db_path)
                if not dlg.exec():
                    _release(lock)
                    return None, 0
                identity = dlg.values()
            store = Store.open(
                db_path,
                user=identity["user"] if identity else None,
                device_name=identity["device_name"] if identity else None,
            )
            if identity:  # what the papers print, asked on the first run (issue 16)
                from app.services.settings import update_settings

                with store.session() as s:
                    update_settings(s, bureau_name=identity["bureau_name"], station=identity["station"],
                                    phone=identity["phone"])
        except db_health.DamagedDatabase as exc:
            print(str(exc), file=sys.stderr)
            if args.exit_when_ready:
                _release(lock)
                return None, 1
            from ui.recovery import RecoveryDialog

            rec = RecoveryDialog(db_path, exc)
            rec.exec()
            if rec.outcome is None:
                _release(lock)
                return None, 1
            crash.log.warning("damaged database set aside: %s", rec.outcome)
            continue  # open what was put in place (or, with no backup, make a new database)
        except Refused as exc:
            print(str(exc), file=sys.stderr)
            if exc.code == "db_key_missing" and not args.exit_when_ready:
                from ui.recovery_key import UnlockDialog  # made on another computer: its recovery key opens it

                if UnlockDialog(db_path, str(exc)).exec():
                    continue
                return 1
            if not args.exit_when_ready:
                plain_message(QMessageBox.Critical, None, app.translate("main", "Cannot open the database"), str(exc))
            _release(lock)
            return None, 1
        break

    crash.log.info("started on %s (log %s)", db_path, log_path)
    from app.messages import language
    from ui import i18n

    if language() != "en" and app.property("zaosongLoggedQt") is None:
        app.setProperty("zaosongLoggedQt", True)
        crash.log.info("Qt's own translations: %s", i18n.qt_translations or "not found (Qt's own texts in English)")
    if not args.exit_when_ready and practice_identity is None and not server:  # a server: pg_dump
        from PySide6.QtCore import QThreadPool

        from app.services.backup import auto_backup

        def backup_quietly() -> None:
            try:
                auto_backup(db_path)
            except Exception as exc:  # a full disk: the window says so; the backup is taken next start
                crash.log.warning("automatic backup not taken: %s", db_health.translate(exc, db_path) or exc)

        # a backup when something changed since the last one, off the GUI thread (never of practice)
        QThreadPool.globalInstance().start(backup_quietly)
    from ui.main_window import MainWindow

    win = MainWindow(store, as_of=args.as_of)
    win.instance_lock = lock
    if args.exit_when_ready:
        win.remember_state = False

        def ready():
            print(f"ready_ms={process_age_ms():.0f}", flush=True)
            QTimer.singleShot(0, win.close)

        win.ready.connect(ready)
    win.show()
    clock = store.clock_warning()
    if clock:  # recorded times are kept monotonic, but the user should set the clock right
        from PySide6.QtWidgets import QLabel

        label = QLabel("⚠ " + clock)
        label.setObjectName("clockBackwards")
        label.setToolTip(clock)
        win.statusBar().addWidget(label)
    if practice_identity is not None and store.created:
        QTimer.singleShot(0, lambda: win.load_demo(300))
    win.start()
    if not args.exit_when_ready:  # a new or newly encrypted database: its recovery key, to write down
        from ui.recovery_key import show_pending

        QTimer.singleShot(0, lambda: show_pending(db_path, win))
    # after the first loads were queued: the probe's small write and fsync do not delay them
    if db_health.no_room(db_path.parent):  # starts, reads, and says why nothing can be saved
        box = QMessageBox(QMessageBox.Warning, app.translate("main", "Zaosong"),
                          str(db_health.DiskFull(db_path.parent)), QMessageBox.Ok, win)
        plain_box(box).setObjectName("diskFull")
        if args.exit_when_ready:
            print(box.text(), file=sys.stderr)
        else:
            box.open()
    return win, lock


if __name__ == "__main__":
    sys.exit(main())

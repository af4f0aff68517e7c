"""The main window: navigation with badges, the today view, the case list, calendar and settings."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.services.agenda import WORK_ITEM_SECTIONS
from app.services.changes import Changes
from ui.calendar_page import CalendarPage
from ui.cases_page import CasesPage
from ui.context import PanelContext
from ui.hub import ChangeHub
from ui.meetings_page import MeetingsPage
from ui.ops import admin as admin_ops
from ui.ops import cases as case_ops
from ui.ops import documents as doc_ops
from ui.ops import meetings as meeting_ops
from ui.ops.runner import Ops
from ui.settings_page import SettingsPage
from ui.sync_page import SyncPage
from ui.today_page import TodayPage
from ui.widgets import plain_box, plain_text
from ui.worker import DbWorker, RenderWorker


class MainWindow(QMainWindow):
    ready = Signal()
    PAGES = ("today", "cases", "meetings", "calendar", "month", "before", "outage", "metering", "after", "bulletins",
             "points", "sync", "settings")

    def __init__(self, store, as_of: dt.date | None = None) -> None:
        super().__init__()
        from ui.widgets import install_screen_fit

        install_screen_fit(QApplication.instance())  # this window and every dialog fit the screen (issue 16)
        self.store = store
        self.fixed_as_of = as_of
        store.training_day = as_of  # the core refuses dates after the window's "today" (issue 15)
        self.worker = DbWorker(store, self)
        self.renderer = RenderWorker(self)  # PDFs are drawn beside the database worker, not in its queue
        self.hub = ChangeHub(self)
        self.ops = Ops(self.worker, self.renderer, self.hub)
        self.ctx = PanelContext.of(self)  # what the pages and case windows are given of this window
        self.hub.changes_applied.connect(self._changes_applied)
        self._ready_parts: set[str] = set()
        self.warmed = False  # the off-screen case window of _warm_case_window has come and gone
        self._detail_windows: dict[str, object] = {}
        self.snapshot = None

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(150)
        self.stack = QStackedWidget()
        self.today_page = TodayPage(self)
        self.cases_page = CasesPage(self)
        self.meetings_page = MeetingsPage(self)
        self.calendar_page = CalendarPage(self)
        from ui.month_page import MonthPage

        self.month_page = MonthPage(self.ctx)  # the month overview (issue 16)
        from ui.before_page import BeforePage

        self.before_page = BeforePage(self)  # 事前: visits, pipeline, demand (issue 18)

        from ui.outage_page import OutagePage

        self.outage_page = OutagePage(self.ctx)  # the monthly outage plan (issue 19)

        from ui.metering_page import MeteringPage

        self.metering_page = MeteringPage(self.ctx)  # the metering-equipment plan (issue 19)

        from ui.after_page import AfterPage

        self.after_page = AfterPage(self.ctx)  # the monthly analysis meeting, follow-ups (issue 20)

        from ui.points_page import PointsPage

        self.points_page = PointsPage(self)  # performance points (issue 21)

        from ui.bulletins_page import BulletinsPage

        self.bulletins_page = BulletinsPage(self)  # the three bulletins and escalations (issue 21)
        self.settings_page = SettingsPage(self)
        self.sync_page = SyncPage(self)
        self._conflicts = 0
        from ui.widgets import page_scroll

        for page in self._pages():
            # the long form pages scroll on a small screen rather than push the window past it (issue 16)
            self.stack.addWidget(page_scroll(page) if page in (self.settings_page, self.sync_page) else page)
            self.nav.addItem(QListWidgetItem())
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._page_shown)

        self.banner = QLabel()
        self.banner.setObjectName("calendarBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3cd; color:#664d03; padding:6px; border:1px solid #ffe69c;")
        self.banner.hide()
        self.banner.setTextFormat(Qt.RichText)
        self.banner.linkActivated.connect(lambda _l: self.show_page("calendar"))

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        central = QWidget()
        from PySide6.QtWidgets import QVBoxLayout

        lay = QVBoxLayout(central)
        lay.setContentsMargins(4, 4, 4, 4)
        self._build_practice_parts()
        lay.addWidget(self.practice_banner)
        lay.addWidget(self.banner)
        lay.addWidget(self.empty_hint)
        lay.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.splitter = splitter

        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)

        self.act_find = QAction(self)
        self.act_find.setShortcut(QKeySequence.Find)
        self.act_find.triggered.connect(self.focus_search)
        self.act_new = QAction(self)
        self.act_new.setShortcut(QKeySequence.New)
        self.act_new.triggered.connect(self.new_case)
        self.addAction(self.act_find)
        self.addAction(self.act_new)
        self._build_menu()
        self.retranslate()
        self._restore_state()
        plain_text(self)  # user text is shown literally (issue 15)

    def _pages(self) -> tuple:
        """In the order of the navigation list and of PAGES."""
        return (self.today_page, self.cases_page, self.meetings_page, self.calendar_page, self.month_page,
                self.before_page, self.outage_page, self.metering_page, self.after_page, self.bulletins_page,
                self.points_page, self.sync_page, self.settings_page)

    # --- start-up --------------------------------------------------------------------------
    def start(self) -> None:
        self.worker.start()
        self.renderer.start()
        self.refresh()
        self.calendar_page.reload()
        self.sync_page.reload()
        self.meetings_page.reload()
        # behind the first loads in the worker's queue, ahead of any write the user can make
        self.ops.read(admin_ops.verify_database, on_done=self._verified, on_error=self.show_error)

    def _verified(self, damaged) -> None:
        """A damaged file found at start: no more writes; offer the newest good backup, then close
        (the next start opens what was put in place)."""
        if damaged is None:
            return
        from ui.recovery import RecoveryDialog

        self.worker.stop()
        self.store.dispose()
        self._closing_after_restore = True  # nothing more is written to the damaged file
        self.recovery_dialog = RecoveryDialog(self.store.path, damaged, self)
        self.recovery_dialog.finished.connect(self._recovery_finished)
        self.recovery_dialog.open()

    def _recovery_finished(self, _result) -> None:
        if self.recovery_dialog.outcome is None:
            self.close()
            return
        box = QMessageBox(QMessageBox.Information, self.tr("Damaged database"),
                          self.tr("The backup is in place. Zaosong will now close: open it again to go on."),
                          QMessageBox.Ok, self)
        plain_box(box).setObjectName("recoveryDone")
        box.finished.connect(lambda _r: self.close())
        box.open()

    @property
    def as_of(self) -> dt.date:
        return self.fixed_as_of or dt.date.today()

    def set_as_of(self, day: dt.date | None) -> None:
        """Clock control (demos, training, tests): see the workbench as of another day."""
        self.fixed_as_of = day
        self.store.training_day = day
        self.refresh()

    def refresh(self) -> None:
        """Open cases and warnings first (the window is usable then), the full list right after."""
        as_of = self.as_of
        self.ops.read(case_ops.load_open, as_of, on_done=self._got_open, on_error=self.show_error)
        self.ops.read(case_ops.load_all, as_of, on_done=self._got_all, on_error=self.show_error)
        self.today_page.reload()  # every other section of Today, in one read
        self._refresh_before(as_of)

    def _refresh_before(self, as_of) -> None:
        """The townships in force for the combo boxes; the 事前 page (issue 18)."""
        from ui.ops import before as before_ops

        self.ops.read(before_ops.township_names, on_done=self.cases_page.set_townships, on_error=self.show_error)
        self.before_page.dirty = True
        if self.before_page.isVisible():
            self.before_page.reload()

    def _got_open(self, snap) -> None:
        if self.snapshot is not None and self.snapshot.complete and self.snapshot.as_of == snap.as_of:
            return
        self._apply_snapshot(snap)
        self._mark_ready("open")

    def _got_all(self, snap) -> None:
        self._apply_snapshot(snap)
        self._mark_ready("all")

    def _apply_snapshot(self, snap) -> None:
        self.snapshot = snap
        self.cases_page.set_rows(snap.rows, snap.complete, snap.assumed_years, snap.warn_wd)
        self.today_page.set_warnings(snap.warnings, snap.as_of, snap.warn_wd)
        self._update_badges()
        self._update_status()
        self._show_empty_hint()

    def _mark_ready(self, part: str) -> None:
        if part in self._ready_parts:
            return
        self._ready_parts.add(part)
        if part == "open":
            c = self.today_page.counts_for_me()
            self.statusBar().showMessage(
                self.tr("Good morning. Yours: %1 overdue, %2 due today, %3 due within %4 working days.")
                .replace("%1", str(c["overdue"])).replace("%2", str(c["today"])).replace("%3", str(c["soon"]))
                .replace("%4", str(self.today_page.warn_wd)), 15000)
            self.ready.emit()
            # the case window, opened once off screen while the person reads the list: the first
            # case then opens as fast as the next ones
            QTimer.singleShot(0, self._warm_case_window)

    def _warm_case_window(self) -> None:
        """Open one case window off screen and throw it away: the first real one would otherwise pay
        for loading its modules, Qt's first layout and paint of a large window of Chinese text, and
        the first compile of the case queries (about 290 ms on the 100,000-case demo, against 60 ms
        for every later one)."""
        from ui.case_detail import CaseDetail

        row = self.cases_page.model.any_row()
        if row is None:
            self.warmed = True
            return
        w = CaseDetail(self.ctx, row[1])
        w.setAttribute(Qt.WA_DontShowOnScreen, True)
        w.reload()  # its jobs run first: the worker takes them in order

        def filled(_none) -> None:
            try:
                w.show()
                w.grab()
            finally:
                w.hide()
                w.deleteLater()
                self.warmed = True

        def failed(_message) -> None:
            w.deleteLater()
            self.warmed = True

        self.worker.submit(_nothing, on_done=filled, on_error=failed)

    # --- navigation ---------------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(self.PAGES.index(name))

    def _page_shown(self, row: int) -> None:
        # meetings may have arrived by sync or from another window: show them fresh
        if self.PAGES[row] == "meetings" and self.worker.isRunning():
            self.meetings_page.reload()
        if self.PAGES[row] == "month" and self.worker.isRunning():
            self.month_page.reload()
        if self.PAGES[row] == "metering" and self.worker.isRunning():
            self.metering_page.reload()
        if self.PAGES[row] == "after" and self.worker.isRunning():
            self.after_page.reload()
        if self.PAGES[row] == "outage" and self.worker.isRunning():
            self.outage_page.reload()
        if self.PAGES[row] == "points" and self.worker.isRunning():
            self.points_page.reload()
        if self.PAGES[row] == "bulletins" and self.worker.isRunning():
            self.bulletins_page.reload()  # live figures: computed when looked at

    def focus_search(self) -> None:
        self.show_page("cases")
        self.cases_page.search.setFocus()
        self.cases_page.search.selectAll()

    def _update_badges(self) -> None:
        counts = self.today_page.counts_for_me()
        n = counts["overdue"] + counts["today"] + counts["soon"]  # everything due within the warning threshold, mine
        label = self.tr("Today")
        self.nav.item(0).setText(f"{label}  ({n})" if n else label)
        self.nav.item(0).setToolTip(self.tr("Mine: %1 overdue, %2 due today, %3 due within %4 working days")
                                    .replace("%1", str(counts["overdue"])).replace("%2", str(counts["today"]))
                                    .replace("%3", str(counts["soon"])).replace("%4", str(self.today_page.warn_wd)))
        mine = self.cases_page.open_count_for(self.store.user)
        label = self.tr("Cases")
        self.nav.item(1).setText(f"{label}  ({mine})" if mine else label)

    def _update_status(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        text = self.tr("Database: %1  |  As of %2").replace("%1", self.store.url or str(self.store.path)).replace(
            "%2", snap.as_of.isoformat()
        )
        if self.fixed_as_of:
            text += "  " + self.tr("(clock set by hand)")
        self.status_label.setText(text)

    def set_conflict_badge(self, n: int) -> None:
        self._conflicts = n
        label = self.tr("Sync")
        self.nav.item(self.PAGES.index("sync")).setText(f"{label}  ({n})" if n else label)

    def set_calendar_banner(self, missing_year: int | None) -> None:
        if missing_year:
            self.banner.setText(
                self.tr("The holiday schedule for %1 is missing: deadlines in %1 count weekends only and are "
                        "marked with *. <a href='calendar'>Import it</a>.").replace("%1", str(missing_year))
            )
            self.banner.show()
        else:
            self.banner.hide()

    # --- actions ------------------------------------------------------------------------------
    def new_case(self) -> None:
        self.new_case_dialog().exec()

    def new_case_dialog(self, from_case: str | None = None):
        """The new case dialog, given what it needs from here (the case list for its duplicate warning)."""
        from ui.case_dialogs import NewCaseDialog

        return NewCaseDialog(self.ops, self.as_of, self.store.user, self.case_created,
                             self.cases_page.model.open_case_of, from_case=from_case, parent=self)

    def case_created(self, case_no: str, message: str) -> None:
        """A new case dialog's case is written: say so and open it."""
        self.statusBar().showMessage(message, 8000)
        self.open_case(case_no)

    def open_case(self, case_no: str) -> None:
        from ui.case_detail import CaseDetail

        w = self._detail_windows.get(case_no)
        if w is None or not w.isVisible():
            w = CaseDetail(self.ctx, case_no)
            self._detail_windows[case_no] = w
            from PySide6.QtGui import QShortcut

            # Esc and Ctrl+W close a case window (issue 16), as they close a dialog or a tab elsewhere
            # Ctrl+W is the platform's Close on some desktops: one shortcut per key, or neither fires
            keys = {QKeySequence(k).toString(): QKeySequence(k)
                    for k in (Qt.Key_Escape, QKeySequence.Close, "Ctrl+W") if not QKeySequence(k).isEmpty()}
            for seq in keys.values():
                sc = QShortcut(seq, w)
                sc.setContext(Qt.WindowShortcut)
                sc.activated.connect(w.close)
        w.show()
        w.raise_()
        w.activateWindow()
        w.reload()

    def _changes_applied(self, changes: Changes) -> None:
        """A write succeeded: the lists refresh the rows of the cases it names (case windows and the
        meetings and calendar pages listen to the hub themselves)."""
        if changes.all_cases or changes.calendar or changes.config:
            self.refresh()  # every clock may have moved
            return
        if changes.cases:
            self.ops.read(case_ops.case_rows, changes.cases, self.as_of, on_done=self._got_rows,
                          on_error=self.show_error)
        # the Today sections a write names, in one read (a stage write elsewhere costs them none)
        names = (("risks",) if changes.risks else ()) + (WORK_ITEM_SECTIONS if changes.work_items else ())
        if names:
            self.today_page.reload(names)

    def _got_rows(self, update: case_ops.RowUpdate) -> None:
        """Fresh rows of some cases into the lists: only those rows change, and Today regroups its
        warnings in memory."""
        snap = self.snapshot
        if snap is None or snap.as_of != update.as_of:
            return  # the clock moved meanwhile: a full load is on its way
        nos = {r.case_no for r in update.rows} | {r.case_no for r in snap.rows if r.id in update.case_ids}
        by_id = {r.id: r for r in update.rows}
        rows = [by_id.pop(r.id, r) for r in snap.rows if r.id not in update.case_ids or r.id in by_id]
        rows[:0] = list(by_id.values())  # new cases: first, as the list is newest first
        warns = [w for w in snap.warnings if w["case_no"] not in nos] + update.warnings
        warns.sort(key=lambda w: (w["remaining_wd"], w["deadline"] or "", w["case_no"]))
        self.snapshot = case_ops.Snapshot(snap.as_of, rows, warns, snap.complete,
                                          snap.assumed_years | update.assumed_years, snap.warn_wd)
        self.cases_page.update_rows(update.rows, self.snapshot.assumed_years)
        self.today_page.set_warnings(warns, snap.as_of, snap.warn_wd)
        names = []
        if self.today_page.metering.wants(update.rows):  # a case entering or leaving ENERGIZE (issue 19)
            names.append("metering")
        if self.today_page.outage_risks.wants(update.rows):  # a case with an outage need moved (issue 19)
            names.append("outage")
        if any(r.status == "finished" for r in update.rows):  # power on: a follow-up is planned (issue 20)
            names.append("after")
        if names:
            self.today_page.reload(names)
        self._update_badges()

    def case_changed(self, changes: Changes | None) -> None:
        """For a page not yet on the hub: what changed goes to the hub (None: anything may have)."""
        self.hub.apply(changes if changes is not None else Changes(all_cases=True, all_meetings=True))

    def load_demo(self, cases: int) -> None:
        dlg = QProgressDialog(self.tr("Loading demo data…"), self.tr("Cancel"), 0, cases, self)
        dlg.setWindowTitle(self.tr("Demo data"))
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(0)
        job = self.worker.submit(
            admin_ops.build_demo,
            cases,
            self.as_of,
            on_done=lambda _r: (dlg.close(), self.refresh()),
            on_error=lambda m: (dlg.close(), self.show_error(m)),
            on_progress=lambda d, t: dlg.setValue(d),
        )
        dlg.canceled.connect(job.cancel.set)

    def restore_backup(self, path) -> None:
        """Check the backup and swap the files on the database worker (checking and copying a large
        database takes a while; the window stays responsive behind a busy dialog), then close the
        window. Minutes typed but not saved go into the current file first: it is kept aside."""
        self.meetings_page.save_unsaved_minutes()
        dlg = QProgressDialog(self.tr("Checking the backup and putting it in place…"), "", 0, 0, self)
        dlg.setObjectName("restoreProgress")
        dlg.setWindowTitle(self.tr("Restore a backup"))
        dlg.setCancelButton(None)  # the files are being swapped: not something to stop half-way
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.show()

        def done(aside: str) -> None:
            dlg.close()
            self.worker.stop()
            self.store.dispose()
            self._closing_after_restore = True
            box = QMessageBox(QMessageBox.Information, self.tr("Restore a backup"),
                              self.tr("Restored. The previous file is kept as %1. Zaosong will now close.")
                              .replace("%1", aside), QMessageBox.Ok, self)
            plain_box(box).setObjectName("restoreDone")
            box.finished.connect(lambda _r: self.close())
            box.open()

        def failed(message: str) -> None:
            dlg.close()
            self.show_error(message)

        self.ops.read(admin_ops.restore_backup, str(path), on_done=done, on_error=failed)

    def open_document(self, path: str) -> None:
        """Show a PDF with the system viewer (ZAOSONG_NO_VIEWER=1 keeps tests from launching one)."""
        import os

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        self.last_document = path
        self.statusBar().showMessage(self.tr("Written: %1").replace("%1", path), 15000)
        if not os.environ.get("ZAOSONG_NO_VIEWER"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def print_open_notices(self) -> None:
        """All open rectification notices of mine in one PDF, off the GUI thread, cancellable."""
        dlg = QProgressDialog(self.tr("Writing rectification notices…"), self.tr("Cancel"), 0, 100, self)
        dlg.setWindowTitle(self.tr("Rectification notices"))
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(0)

        def progress(done, total):
            dlg.setMaximum(max(1, total))
            dlg.setValue(done)

        # the notices are numbered on the database worker, drawn on the render worker
        cancel = self.ops.document(doc_ops.batch_notices_data, self.store.user or None,
                                   on_done=lambda p: (dlg.close(), self.open_document(p)),
                                   on_error=lambda m: (dlg.close(), self.show_error(m)),
                                   on_progress=progress)
        dlg.canceled.connect(cancel.set)
        self.batch_dialog = dlg
        return cancel

    def show_error(self, message: str) -> None:
        self.last_error = message
        box = QMessageBox(QMessageBox.Warning, self.tr("Zaosong"), message, QMessageBox.Ok, self)
        plain_box(box).setObjectName("errorBox")
        box.open()  # window-modal, never blocks the event loop

    # --- the practice database (演示库, issue 16) ------------------------------------------------
    switch_to = None  # set before closing to switch databases: "real", or (practice path, identity)

    def _build_practice_parts(self) -> None:
        from app.demo import is_practice
        from app.paths import practice_db_path

        self.practice = is_practice(self.store)
        # ui.main sets the real file's path; a window opened on a practice file alone has none
        self.real_db_path = None if self.practice else self.store.path
        self._practice_path = practice_db_path
        self.practice_banner = QLabel()
        self.practice_banner.setObjectName("practiceBanner")
        self.practice_banner.setWordWrap(True)
        self.practice_banner.setTextFormat(Qt.RichText)
        self.practice_banner.setStyleSheet("background:#cfe2ff; color:#052c65; padding:6px; border:1px solid #9ec5fe;"
                                           "font-weight:bold;")
        self.practice_banner.linkActivated.connect(lambda _l: self.back_to_real())
        self.practice_banner.setVisible(self.practice)
        # an empty real database says what to do first (new case, import a sync package)
        from PySide6.QtWidgets import QHBoxLayout, QPushButton

        self.empty_hint = QWidget()
        self.empty_hint.setObjectName("emptyStart")
        row = QHBoxLayout(self.empty_hint)
        row.setContentsMargins(6, 6, 6, 6)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_new = QPushButton()
        self.empty_new.setObjectName("emptyNewCase")
        self.empty_new.clicked.connect(self.new_case)
        self.empty_import = QPushButton()
        self.empty_import.setObjectName("emptyImport")
        self.empty_import.clicked.connect(self._import_first)
        self.empty_ledger = QPushButton()
        self.empty_ledger.setObjectName("emptyLedger")
        self.empty_ledger.clicked.connect(lambda: self.cases_page.import_ledger())  # the Excel ledger (issue 17)
        self.empty_practice = QPushButton()
        self.empty_practice.setObjectName("emptyPractice")
        self.empty_practice.clicked.connect(self.open_practice)
        row.addWidget(self.empty_label, 1)
        for b in (self.empty_new, self.empty_import, self.empty_ledger, self.empty_practice):
            row.addWidget(b)
        self.empty_hint.setStyleSheet("QWidget#emptyStart { background:#e8f5e9; border:1px solid #a5d6a7; }")
        self.empty_hint.hide()

    def _build_menu(self) -> None:
        self.db_menu = self.menuBar().addMenu("")
        self.db_menu.setObjectName("databaseMenu")
        self.act_practice = self.db_menu.addAction("", self.open_practice)
        self.act_practice.setObjectName("openPractice")
        self.act_real = self.db_menu.addAction("", self.back_to_real)
        self.act_real.setObjectName("backToReal")
        self.db_menu.addSeparator()
        self.act_remove_practice = self.db_menu.addAction("", self.remove_practice)
        self.act_remove_practice.setObjectName("removePractice")
        self.db_menu.aboutToShow.connect(self._menu_state)
        self._menu_state()

    def _menu_state(self) -> None:
        self.act_practice.setEnabled(not self.practice and self.real_db_path is not None)
        self.act_real.setEnabled(self.practice and self.real_db_path is not None)
        exists = self.real_db_path is not None and self._practice_path(self.real_db_path).exists()
        self.act_remove_practice.setEnabled(not self.practice and exists)

    def _show_empty_hint(self) -> None:
        snap = self.snapshot
        self.empty_hint.setVisible(not self.practice and snap is not None and snap.complete and not snap.rows)

    def _import_first(self) -> None:
        self.show_page("sync")
        self.sync_page.choose_import()

    def open_practice(self) -> None:
        """Close this window and open the practice database in its place (made, with demo cases of
        which some are mine, on first use). The real database is not written to."""
        if self.practice or self.real_db_path is None:
            return

        def go(ident: dict) -> None:
            self.switch_to = (self._practice_path(self.real_db_path), ident)
            self.close()

        self.ops.read(admin_ops.identity, on_done=go, on_error=self.show_error)

    def back_to_real(self) -> None:
        if not self.practice or self.real_db_path is None:
            return
        self.switch_to = "real"
        self.close()

    def remove_practice(self) -> None:
        """Delete the practice database (only from the real one's window: the file is closed then)."""
        from app.demo import remove_practice
        from app.errors import Refused
        from ui.widgets import plain_question

        if self.practice or self.real_db_path is None:
            return
        path = self._practice_path(self.real_db_path)
        if plain_question(self, self.tr("Remove the practice database"),
                          self.tr("Delete the practice database and everything entered in it? Your real "
                                  "database is not touched.")) != QMessageBox.Yes:
            return
        try:
            removed = remove_practice(path)
        except (Refused, OSError) as exc:
            self.show_error(str(exc))
            return
        if removed:
            self.statusBar().showMessage(self.tr("The practice database was removed."), 15000)
        self._menu_state()

    # --- language -------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        from ui.i18n import install_translator

        install_translator(QApplication.instance(), lang)
        QSettings().setValue("ui/language", lang)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = self.tr("Zaosong — connection applications workbench")
        self.setWindowTitle(title + (self.tr(" — PRACTICE DATABASE") if self.practice else ""))
        names = [self.tr("Today"), self.tr("Cases"), self.tr("Review meetings"), self.tr("Calendar"), self.tr("Month"),
                 self.tr("Before (事前)"), self.tr("Outage plan"), self.tr("Metering equipment"),
                 self.tr("Monthly analysis"), self.tr("Bulletins"), self.tr("Points"), self.tr("Sync"),
                 self.tr("Settings")]
        for i, n in enumerate(names):
            self.nav.item(i).setText(n)
        self.set_conflict_badge(self._conflicts)
        self.act_find.setText(self.tr("Find case"))
        self.act_new.setText(self.tr("New case"))
        self.db_menu.setTitle(self.tr("&Database"))
        self.act_practice.setText(self.tr("Open the practice database (demo data)"))
        self.act_real.setText(self.tr("Back to my real database"))
        self.act_remove_practice.setText(self.tr("Remove the practice database…"))
        self.practice_banner.setText(
            self.tr("Practice database (demo data): nothing you do here touches your real cases. "
                    "<a href=\"real\">Back to my real database</a>"))
        self.empty_label.setText(self.tr("Your database is empty. Start with a new case, bring in the cases of your "
                                         "Excel ledger, or import a sync package from a colleague's laptop. To try "
                                         "things out first, open the practice database."))
        self.empty_new.setText(self.tr("New case"))
        self.empty_import.setText(self.tr("Import a sync package…"))
        self.empty_ledger.setText(self.tr("Import ledger…"))
        self.empty_practice.setText(self.tr("Open the practice database"))
        for page in self._pages():
            page.retranslate()
        if self.snapshot is not None:
            self._update_badges()
            self._update_status()

    # --- state -------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = QSettings()
        geo = s.value("ui/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            self.resize(1280, 800)
        split = s.value("ui/splitter")
        if isinstance(split, QByteArray) and not split.isEmpty():
            self.splitter.restoreState(split)
        else:  # the navigation needs little; the pages' tables the rest (a 1280-px screen, issue 16)
            self.splitter.setSizes([160, 1200])
        page = s.value("ui/page", "today")
        self.show_page(page if page in self.PAGES else "today")
        self.cases_page.restore_state(s)

    remember_state = True  # off for --exit-when-ready: a benchmark must not move the user's window
    _closing_after_restore = False  # the file was swapped: nothing more is written to it

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.remember_state:
            s = QSettings()
            s.setValue("ui/geometry", self.saveGeometry())
            s.setValue("ui/splitter", self.splitter.saveState())
            s.setValue("ui/page", self.PAGES[max(0, self.nav.currentRow())])
            self.cases_page.save_state(s)
        for w in self._detail_windows.values():
            w.close()
        unsaved = {} if self._closing_after_restore else self.meetings_page.unsaved_minutes()
        if self.worker.isRunning():
            self.worker.stop()
        if self.renderer.isRunning():
            self.renderer.stop()
        self._save_minutes_on_close(unsaved)
        self.store.dispose()
        super().closeEvent(event)

    def _save_minutes_on_close(self, unsaved: dict[str, str]) -> None:
        """Meeting minutes typed but not saved are saved as the window closes (the worker has
        stopped: this is the last write, on this thread)."""
        for meeting_id, text in unsaved.items():
            try:
                meeting_ops.set_minutes(self.store, meeting_id, text)
            except Exception as exc:
                self.meetings_page.minutes_not_saved(str(exc), text, modal=True)


def _nothing(_store) -> None:
    """A job that only marks its place in the worker's queue."""

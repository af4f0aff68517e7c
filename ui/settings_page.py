"""Settings: language, identity, warning threshold, rule sets and checklist templates in force
(and publishing new versions of them), database location, backup and restore."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import fields
from ui.ops import admin as admin_ops
from ui.ops import meetings as meeting_ops
from ui.widgets import limit_length, plain_question


class SettingsPage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        from app.messages import language

        self.language.setCurrentIndex(1 if language() == "en" else 0)  # the language in force
        self.language.currentIndexChanged.connect(lambda _i: self.window_.set_language(self.language.currentData()))
        self.user = QLineEdit()
        self.user.setObjectName("userName")
        self.user.setMaxLength(fields.USER.max_len)  # the one definition of a valid name (app.fields)
        self.device = QLineEdit()
        self.device.setObjectName("deviceName")
        self.device.setMaxLength(fields.DEVICE_NAME.max_len)
        self.phone = limit_length(QLineEdit(), fields.PHONE)
        self.phone.setObjectName("phone")
        self.bureau = limit_length(QLineEdit(), fields.BUREAU_NAME)
        self.bureau.setObjectName("bureauName")
        self.bureau.setMaxLength(60)
        self.station = QLineEdit()  # the supply station printed on documents (issue 16)
        self.station.setObjectName("stationName")
        self.station.setMaxLength(60)
        self.warn = QSpinBox()
        self.warn.setObjectName("warnThreshold")
        self.warn.setRange(0, 10)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        self.db_label = QLabel()
        self.db_label.setObjectName("dbPath")
        self.db_label.setWordWrap(True)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore)
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkDatabase")
        self.check_button.clicked.connect(self.check)
        self.recovery_button = QPushButton()
        self.recovery_button.setObjectName("recoveryKeyButton")
        self.recovery_button.clicked.connect(self.recovery_key)
        self.reissue_button = QPushButton()  # the written-down key was lost: a new one (app.rekey)
        self.reissue_button.setObjectName("reissueRecoveryKey")
        self.reissue_button.clicked.connect(self.reissue_key)
        self.reissue_dialog = None  # the new key's dialog, once shown
        # a city office's server database (issue 22), opened at the next start instead of the file
        self.server_label = QLabel()
        self.server_url = QLineEdit()
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("postgresql://user@host/zaosong")
        self.server_button = QPushButton()
        self.server_button.setObjectName("useServer")
        self.server_button.clicked.connect(self.use_server)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)

        self.ui_box = QGroupBox()
        f1 = QFormLayout(self.ui_box)
        self.lang_label = QLabel()
        f1.addRow(self.lang_label, self.language)
        self.id_box = QGroupBox()
        f2 = QFormLayout(self.id_box)
        self.user_label, self.device_label, self.warn_label = QLabel(), QLabel(), QLabel()
        self.phone_label, self.bureau_label, self.station_label = QLabel(), QLabel(), QLabel()
        f2.addRow(self.user_label, self.user)
        f2.addRow(self.phone_label, self.phone)
        f2.addRow(self.bureau_label, self.bureau)
        f2.addRow(self.station_label, self.station)
        f2.addRow(self.device_label, self.device)
        f2.addRow(self.warn_label, self.warn)
        f2.addRow("", self.save_button)
        self.db_box = QGroupBox()
        f3 = QVBoxLayout(self.db_box)
        f3.addWidget(self.db_label)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.check_button)
        row.addWidget(self.recovery_button)
        row.addWidget(self.reissue_button)
        row.addStretch(1)
        f3.addLayout(row)
        f3.addWidget(self.server_label)
        row3 = QHBoxLayout()
        row3.addWidget(self.server_url, 1)
        row3.addWidget(self.server_button)
        f3.addLayout(row3)
        from PySide6.QtCore import QSettings

        self.server_url.setText(str(QSettings().value("db/url", "") or ""))
        server = self.window_.store.is_server
        for b in (self.backup_button, self.restore_button, self.recovery_button, self.reissue_button):
            b.setVisible(not server)  # a server database is backed up with pg_dump (README)
        self.rules_box = QGroupBox()
        self.rules_box.setObjectName("rulesBox")
        f4 = QVBoxLayout(self.rules_box)
        self.docs = QTableWidget(0, 5)
        self.docs.setObjectName("configDocs")
        self.docs.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.docs.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.docs.verticalHeader().setVisible(False)
        self.docs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.docs.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.docs.setMinimumHeight(150)
        self.rules_note = QLabel()
        self.rules_note.setWordWrap(True)
        self.locks_label = QLabel()  # the stage locks of the rule set in force, as the core words them
        self.locks_label.setObjectName("locksInForce")
        self.locks_label.setWordWrap(True)
        self._locks: dict | None = None
        self.publish_rules_button = QPushButton()
        self.publish_rules_button.setObjectName("publishRules")
        self.publish_rules_button.clicked.connect(lambda: self.publish("rules"))
        self.publish_checklist_button = QPushButton()
        self.publish_checklist_button.setObjectName("publishChecklist")
        self.publish_checklist_button.clicked.connect(lambda: self.publish("checklist"))
        f4.addWidget(self.docs)
        f4.addWidget(self.locks_label)
        f4.addWidget(self.rules_note)
        row2 = QHBoxLayout()
        row2.addWidget(self.publish_rules_button)
        row2.addWidget(self.publish_checklist_button)
        row2.addStretch(1)
        f4.addLayout(row2)
        self._docs: list = []
        lay = QVBoxLayout(self)
        for w in (self.ui_box, self.id_box, self.rules_box, self.db_box, self.message):
            lay.addWidget(w)
        lay.addStretch(1)
        self.load()

    def retranslate(self) -> None:
        self.ui_box.setTitle(self.tr("Interface"))
        self.lang_label.setText(self.tr("Language"))
        self.id_box.setTitle(self.tr("Identity and warnings"))
        self.user_label.setText(self.tr("Customer manager (me)"))
        self.device_label.setText(self.tr("This laptop's name"))
        self.phone_label.setText(self.tr("My phone (printed on notices)"))
        self.bureau_label.setText(self.tr("Bureau name (printed on documents)"))
        self.station_label.setText(self.tr("Supply station (printed on documents)"))
        self.warn_label.setText(self.tr("Warn when working days left ≤"))
        self.save_button.setText(self.tr("Save"))
        self.db_box.setTitle(self.tr("Database"))
        if self.window_.store.is_server:
            self.db_label.setText(self.tr("Server database: %1\nIt is backed up on the server (pg_dump).")
                                  .replace("%1", self.window_.store.url))
        else:
            self.db_label.setText(self.tr("Database file: %1\nTo use another file, start Zaosong with --db PATH.")
                                  .replace("%1", str(self.window_.store.path)))
        self.server_label.setText(self.tr("Server database (PostgreSQL) to open at the next start; empty: the file"))
        self.server_button.setText(self.tr("Use at next start"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore a backup…"))
        self.check_button.setText(self.tr("Check the database"))
        self.recovery_button.setText(self.tr("Recovery key…"))
        self.reissue_button.setText(self.tr("Reissue the recovery key…"))
        self.rules_box.setTitle(self.tr("Rule sets and checklist templates"))
        self.docs.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Document"), self.tr("Name"),
                                             self.tr("Version"), self.tr("Source")])
        self.rules_note.setText(self.tr("The version in force is marked ✓. A published version travels with every "
                                        "sync package; each laptop applies the newest one it holds. An inspection "
                                        "under way keeps the template it started with."))
        self.publish_rules_button.setText(self.tr("Publish a rule set…"))
        self.publish_checklist_button.setText(self.tr("Publish a checklist template…"))
        self._fill_docs()
        self._fill_locks()

    def load(self) -> None:
        self.window_.ops.read(admin_ops.identity, on_done=self._loaded)
        self.load_docs()

    def showEvent(self, event) -> None:  # noqa: N802 - a sync import may have brought new versions
        super().showEvent(event)
        self.load_docs()

    def load_docs(self) -> None:
        self.window_.ops.read(admin_ops.config_docs, on_done=self._got_docs, on_error=self._error)
        self.window_.ops.read(meeting_ops.locks_in_force, on_done=self._got_locks, on_error=self._error)

    def _got_locks(self, locks: dict) -> None:
        self._locks = locks
        self._fill_locks()

    def _fill_locks(self) -> None:
        if self._locks is None:
            self.locks_label.setText("")
            return
        self.locks_label.setText("\n".join([self.tr("Stage locks of the rule set in force:")]
                                           + ["• " + line for line in self._locks["lines"]]))

    def _got_docs(self, docs: list) -> None:
        self._docs = docs
        self._fill_docs()

    def _fill_docs(self) -> None:
        kinds = {"rules": self.tr("Time-limit rules"), "checklist": self.tr("Checklist")}
        self.docs.setRowCount(len(self._docs))
        for r, d in enumerate(self._docs):
            if d["source"] == "bundled":
                source = self.tr("bundled")
            else:
                source = self.tr("published by %1, %2").replace("%1", d["published_by"] or "?").replace(
                    "%2", d["published_at"][:10])
            version = ("✓ " if d["in_force"] else "") + str(d["version"])
            from app.messages import language

            # the English name where the document has one (issue 16: rule sets stayed Chinese)
            name = d.get("name_en") or d["name"] if language() == "en" else d["name"]
            for c, text in enumerate((kinds.get(d["kind"], d["kind"]), d["doc_id"], name, version, source)):
                self.docs.setItem(r, c, QTableWidgetItem(text))

    def publish(self, kind: str) -> None:
        title = self.tr("Publish a rule set") if kind == "rules" else self.tr("Publish a checklist template")
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), self.tr("JSON files (*.json)"))
        if path:
            self.publish_file(kind, path)

    def publish_file(self, kind: str, path: str) -> None:
        def done(out: dict) -> None:
            self.message.setText(self.tr("Published %1 version %2. It is in force here now and travels with the "
                                         "next sync package.").replace("%1", out["doc_id"])
                                 .replace("%2", str(out["version"])))
            self.load_docs()  # the lists follow the change set (config=True) through the hub

        self.window_.ops.write(admin_ops.publish_config, kind, path, on_done=done, on_error=self._error)

    def _loaded(self, ident: dict) -> None:
        self.user.setText(ident["user"])
        self.device.setText(ident["device_name"])
        self.warn.setValue(ident["warn_wd"])
        self.phone.setText(ident["phone"])
        self.bureau.setText(ident["bureau_name"])
        self.station.setText(ident.get("station", ""))

    def use_server(self) -> None:
        """Remember the server database for the next start (QSettings db/url); empty: the file again."""
        from PySide6.QtCore import QSettings

        from app.backends import is_server_url, redact, sqlalchemy_url
        from app.errors import Refused

        text = self.server_url.text().strip()
        if text:
            try:
                if not is_server_url(text):
                    raise Refused("pg_bad_url", url=redact(text))
                if sqlalchemy_url(text).password:  # never a password in a settings file: libpq's ~/.pgpass
                    raise Refused("pg_password_in_settings")
            except Refused as exc:
                self.message.setText(str(exc))
                return
        QSettings().setValue("db/url", text)
        self.message.setText(self.tr("Zaosong opens %1 at the next start.").replace(
            "%1", redact(text) if text else self.tr("the database file")))

    def save(self) -> None:
        def done(_changed) -> None:
            self.message.setText(self.tr("Settings saved."))
            self.window_.refresh()

        self.window_.ops.write(admin_ops.update_settings, user=self.user.text(), device_name=self.device.text(),
                                   warn_wd=self.warn.value(), phone=self.phone.text(), bureau_name=self.bureau.text(),
                                   station=self.station.text(), on_done=done, on_error=self._error)

    def _error(self, message: str) -> None:
        self.message.setText(message)

    def backup(self) -> None:
        self.window_.worker.submit(
            admin_ops.backup_now,
            on_done=lambda p: self.message.setText(self.tr("Backup written: %1").replace("%1", p)),
            on_error=self._error,
        )

    def recovery_key(self) -> None:
        """The encryption's recovery key, while not yet confirmed as written down (then it is no
        longer on this computer, and cannot be shown)."""
        from ui.recovery_key import show_pending

        if not show_pending(self.window_.store.path, self):
            self.message.setText(self.tr("The recovery key was confirmed as written down and is no longer kept on "
                                         "this computer. Use the copy you wrote down; if it is lost, reissue it."))

    def reissue_key(self) -> None:
        """A new recovery key when the written-down one was lost: asked first (it rewrites every file)."""
        answer = plain_question(
            self, self.tr("Reissue the recovery key"),
            self.tr("A new recovery key will be made, and the database and its backups rewritten with it; the old "
                    "recovery key will no longer open them. This takes a while for a large database. Any other "
                    "Zaosong program using the database must be closed first.\n\nReissue the recovery key now?"))
        if answer == QMessageBox.Yes:
            self.start_reissue()

    def start_reissue(self) -> None:
        """On the database worker, behind a progress window; then the new key, once, to confirm as at
        the first run."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        dlg = QProgressDialog(self.tr("Rewriting the database and its backups with the new key…"), "", 0, 0, self)
        dlg.setObjectName("reissueProgress")
        dlg.setWindowTitle(self.tr("Reissue the recovery key"))
        dlg.setCancelButton(None)  # the files are being swapped: not something to stop half-way
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumDuration(0)
        dlg.show()
        self.reissue_progress = dlg

        def progress(done: int, total: int) -> None:
            dlg.setMaximum(total)
            dlg.setValue(done)

        def done(out: dict) -> None:
            dlg.close()
            from ui.recovery_key import RecoveryKeyDialog

            text = self.tr("A new recovery key was issued: the database and %1 backups now use it, and the old "
                           "recovery key no longer opens them. Copies saved elsewhere before (a USB stick, another "
                           "computer) keep the old key: delete them.").replace("%1", str(len(out["backups"])))
            if out["left_old_key"]:
                text += "\n" + self.tr("These damaged files could not be rewritten and keep the old key: %1").replace(
                    "%1", ", ".join(Path(p).name for p in out["left_old_key"]))
            self.message.setText(text)
            self.reissue_dialog = RecoveryKeyDialog(self.window_.store.path, out["recovery_key"], self, reissued=True)
            self.reissue_dialog.open()

        def failed(message: str) -> None:
            dlg.close()
            self._error(message)

        self.window_.ops.read(admin_ops.reissue_recovery_key, on_done=done, on_error=failed, on_progress=progress)

    def check(self) -> None:
        def done(report: dict) -> None:
            head = self.tr("Database check: all good.") if report["ok"] else self.tr("Database check found problems:")
            self.message.setText(head + "\n" + "\n".join(report["lines"]))

        self.window_.ops.read(admin_ops.check_database, on_done=done, on_error=self._error)

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), str(self.window_.store.path.parent),
                                              self.tr("Zaosong databases (*.db)"))
        if not path:
            return
        answer = plain_question(
            self, self.tr("Restore a backup"),
            self.tr("Replace the current database with %1? The current file is kept aside in the backups folder, "
                    "and Zaosong will close; start it again afterwards.").replace("%1", Path(path).name))
        if answer != QMessageBox.Yes:
            return
        self.window_.restore_backup(Path(path))

"""The sync page: export a package for a colleague or the supervisor, import one (preview first),
settle conflicts side by side, trust devices, and see what was sent and received."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
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
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ledger.export import list_about
from app.sync.importer import PreviewCache
from ui.excel import export_view
from ui.ops import sync as sync_ops
from ui.widgets import plain_box, plain_text


class SyncPage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.devices: list[dict] = []
        self.conflicts: list[dict] = []
        self.last_summary: dict | None = None
        self.last_export: dict | None = None
        self.previews = PreviewCache()  # a preview's checks, taken by the apply that follows it
        self.setAcceptDrops(True)

        self.identity = QLabel()
        self.identity.setObjectName("syncIdentity")
        self.identity.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.peer = QComboBox()
        self.peer.setObjectName("syncPeer")
        self.export_pass = QLineEdit()
        self.export_pass.setObjectName("exportPassphrase")
        self.export_pass.setEchoMode(QLineEdit.Password)
        self.btn_export = QPushButton()
        self.btn_export.setObjectName("btnExport")
        self.btn_export.clicked.connect(self.choose_export)
        self.import_pass = QLineEdit()
        self.import_pass.setObjectName("importPassphrase")
        self.import_pass.setEchoMode(QLineEdit.Password)
        self.btn_import = QPushButton()
        self.btn_import.setObjectName("btnImport")
        self.btn_import.clicked.connect(self.choose_import)
        self.status = QLabel()
        self.status.setObjectName("syncStatus")
        self.status.setWordWrap(True)

        self.conflict_table = QTableWidget(0, 4)
        self.conflict_table.setObjectName("conflictList")
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.conflict_table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.conflict_table.verticalHeader().hide()
        self.conflict_table.horizontalHeader().setStretchLastSection(True)
        self.conflict_table.itemSelectionChanged.connect(self._show_conflict)
        self.side_by_side = QTableWidget(0, 3)
        self.side_by_side.setObjectName("conflictSideBySide")
        self.side_by_side.setEditTriggers(QTableWidget.NoEditTriggers)
        self.side_by_side.verticalHeader().hide()
        self.side_by_side.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.btn_mine = QPushButton()
        self.btn_mine.setObjectName("btnKeepMine")
        self.btn_mine.clicked.connect(lambda: self.resolve("mine"))
        self.btn_theirs = QPushButton()
        self.btn_theirs.setObjectName("btnKeepTheirs")
        self.btn_theirs.clicked.connect(lambda: self.resolve("theirs"))

        self.device_table = QTableWidget(0, 5)
        self.device_table.setObjectName("deviceList")
        self.device_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.device_table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.device_table.verticalHeader().hide()
        self.device_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.device_table.horizontalHeader().setStretchLastSection(True)
        self.btn_trust = QPushButton()
        self.btn_trust.setObjectName("btnTrust")
        self.btn_trust.clicked.connect(self.trust_selected)
        # a trust level of its own: only a supervisor's calendars, rule sets and templates are taken
        self.btn_supervisor = QPushButton()
        self.btn_supervisor.setObjectName("btnSupervisor")
        self.btn_supervisor.clicked.connect(self.toggle_supervisor_selected)
        self.btn_export_devices = QPushButton()
        self.btn_export_devices.setObjectName("btnExportDevices")
        self.btn_export_devices.clicked.connect(lambda: self.export_excel())

        self.export_box = QGroupBox()
        ef = QFormLayout(self.export_box)
        self.peer_label, self.exp_pass_label = QLabel(), QLabel()
        ef.addRow(self.peer_label, self.peer)
        ef.addRow(self.exp_pass_label, self.export_pass)
        ef.addRow("", self.btn_export)
        self.import_box = QGroupBox()
        imf = QFormLayout(self.import_box)
        self.imp_pass_label = QLabel()
        imf.addRow(self.imp_pass_label, self.import_pass)
        imf.addRow("", self.btn_import)
        top = QHBoxLayout()
        top.addWidget(self.export_box)
        top.addWidget(self.import_box)

        self.conflict_box = QGroupBox()
        cl = QVBoxLayout(self.conflict_box)
        split = QSplitter()
        split.addWidget(self.conflict_table)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.side_by_side)
        btns = QHBoxLayout()
        btns.addWidget(self.btn_mine)
        btns.addWidget(self.btn_theirs)
        rl.addLayout(btns)
        split.addWidget(right)
        cl.addWidget(split)
        self.device_box = QGroupBox()
        dl = QVBoxLayout(self.device_box)
        dl.addWidget(self.device_table)
        dbtns = QHBoxLayout()
        dbtns.addWidget(self.btn_trust)
        dbtns.addWidget(self.btn_supervisor)
        dbtns.addStretch(1)
        dbtns.addWidget(self.btn_export_devices)
        dl.addLayout(dbtns)

        lay = QVBoxLayout(self)
        lay.addWidget(self.identity)
        lay.addLayout(top)
        lay.addWidget(self.status)
        lay.addWidget(self.conflict_box, 2)
        lay.addWidget(self.device_box, 1)

    # --- text ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.export_box.setTitle(self.tr("Export a package"))
        self.import_box.setTitle(self.tr("Import a package (or drop a .zsync file here)"))
        self.peer_label.setText(self.tr("For"))
        self.exp_pass_label.setText(self.tr("Passphrase (optional)"))
        self.imp_pass_label.setText(self.tr("Passphrase (if encrypted)"))
        self.btn_export.setText(self.tr("Export…"))
        self.btn_import.setText(self.tr("Import…"))
        self.conflict_box.setTitle(self.tr("Conflicts: the same record changed on two devices"))
        self.conflict_table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Fields"), self.tr("Found"),
                                                       self.tr("Shown now")])
        self.side_by_side.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine"), self.tr("Theirs")])
        self.btn_mine.setText(self.tr("Keep mine"))
        self.btn_theirs.setText(self.tr("Keep theirs"))
        self.device_box.setTitle(self.tr("Devices and packages"))
        self.device_table.setHorizontalHeaderLabels([self.tr("Device"), self.tr("State"), self.tr("Fingerprint"),
                                                     self.tr("Received"), self.tr("Sent")])
        self.btn_trust.setText(self.tr("Trust the selected device…"))
        self.btn_supervisor.setText(self.tr("Supervisor: take its calendars and rules (on/off)…"))
        self.btn_export_devices.setText(self.tr("Export to Excel"))
        self._render()

    # --- data -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.window_.ops.read(sync_ops.sync_overview, on_done=self._loaded, on_error=self.window_.show_error)

    def _loaded(self, data: dict) -> None:
        self.devices, self.conflicts, self.me = data["devices"], data["conflicts"], data["me"]
        self._render()
        self.window_.set_conflict_badge(len(self.conflicts))

    def _render(self) -> None:
        if not hasattr(self, "me"):
            return
        plain_text(self)  # user text is shown literally (issue 15)
        self.identity.setText(self.tr("This laptop: %1 — fingerprint %2").replace("%1", self.me["name"])
                              .replace("%2", self.me["fingerprint"]))
        current = self.peer.currentData()
        self.peer.clear()
        self.peer.addItem(self.tr("Everything (full export)"), None)
        for d in self.devices:
            if not d["local"] and d["trusted"]:
                self.peer.addItem(self.tr("%1 (changes since the last package)").replace("%1", d["name"]), d["id"])
        self.peer.setCurrentIndex(max(0, self.peer.findData(current)))
        self.conflict_table.setRowCount(len(self.conflicts))
        for r, cf in enumerate(self.conflicts):
            label = self.table_name(cf["table"])
            name = cf["mine"].get("case_no") or cf["mine"].get("customer_name") or cf["row_id"][:8]
            cells = (f"{label} {name}", ", ".join(cf["fields"]), cf["detected_at"].replace("T", " "),
                     self.tr("mine") if cf["shown"] == "mine" else self.tr("theirs"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, cf["id"])
                self.conflict_table.setItem(r, c, item)
        self.btn_mine.setEnabled(False)
        self.btn_theirs.setEnabled(False)
        self.side_by_side.setRowCount(0)
        self.device_table.setRowCount(len(self.devices))
        for r, d in enumerate(self.devices):
            state = (self.tr("this laptop") if d["local"] else self.tr("supervisor") if d.get("supervisor")
                     else self.tr("trusted") if d["trusted"]
                     else self.tr("waiting for trust") if d.get("pending") else self.tr("not trusted"))
            for c, text in enumerate((d["name"], state, d["fingerprint"] or "", str(d["packages_received"]),
                                      str(d["packages_sent_to"]))):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, d["id"])
                if c == 1 and not d["trusted"]:
                    item.setForeground(QBrush(QColor("#b02a37")))
                self.device_table.setItem(r, c, item)

    def export_excel(self, path: str | None = None, on_done=None) -> None:
        """The sync history: each device, its trust and the packages received from and sent to it;
        the devices not trusted marked (their packages are not taken)."""
        untrusted = {d["id"] for d in self.devices if not d["trusted"]}

        def write(about: dict) -> None:
            export_view(self, self.device_table, "同步记录", about, highlight=lambda key: key in untrusted,
                        path=path, on_done=on_done)

        self.window_.ops.read(list_about, self.window_.as_of, "设备与同步包", {}, on_done=write,
                              on_error=self.window_.show_error)

    def _show_conflict(self) -> None:
        row = self.conflict_table.currentRow()
        if row < 0 or row >= len(self.conflicts):
            return
        cf = self.conflicts[row]
        keys = [k for k in cf["mine"] if k not in ("hlc", "device_id", "vv", "lseq", "id")]
        keys.sort(key=lambda k: (k not in cf["fields"], k))
        self.side_by_side.setRowCount(len(keys))
        for r, k in enumerate(keys):
            for c, text in enumerate((k, str(cf["mine"].get(k)), str(cf["theirs"].get(k)))):
                item = QTableWidgetItem(text)
                if k in cf["fields"]:
                    item.setBackground(QBrush(QColor("#fde9b8")))
                self.side_by_side.setItem(r, c, item)
        self.btn_mine.setEnabled(True)
        self.btn_theirs.setEnabled(True)

    # --- actions ---------------------------------------------------------------------------------------
    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export a package"), "zaosong.zsync",
                                              self.tr("Zaosong packages (*.zsync)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path):
        return self._run(self.tr("Exporting…"), sync_ops.sync_export, path, self.peer.currentData(),
                         self.export_pass.text() or None, done=self._exported)

    def _exported(self, result: dict) -> None:
        self.last_export = result
        n = sum(v for k, v in result["counts"].items() if k != "device")
        self.status.setText(self.tr("Written %1 (%2 records).").replace("%1", result["file"]).replace("%2", str(n)))
        self.reload()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a package"), "", self.tr("Zaosong packages (*.zsync)"))
        if path:
            self.preview(Path(path))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.preview(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()

    def preview(self, path: Path):
        """Check the package and show what it would change; apply only when the user agrees."""
        self.pending_import = path
        return self._run(self.tr("Checking the package…"), sync_ops.sync_import, path, self.import_pass.text() or None,
                         True, self.previews, done=self._previewed)

    def _previewed(self, summary: dict) -> None:
        if "untrusted" in summary:
            self.ask_trust(summary["untrusted"])
            return
        self.last_summary = summary
        text = self.describe(summary)
        if summary.get("already_imported"):
            self.status.setText(text)
            return
        box = QMessageBox(QMessageBox.Question, self.tr("Import a package"),
                          self.tr("From %1, package %2:").replace("%1", summary["device"]).replace("%2", str(summary["seq"]))
                          + "\n\n" + text + "\n\n" + self.tr("Apply these changes?"),
                          QMessageBox.Yes | QMessageBox.No, self)
        plain_box(box).setObjectName("importPreview")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.finished.connect(lambda r: self.apply() if r == QMessageBox.Yes else None)
        self.preview_box = box
        box.open()

    def apply(self):
        return self._run(self.tr("Importing…"), sync_ops.sync_import, self.pending_import,
                         self.import_pass.text() or None, False, self.previews, done=self._applied)

    def _applied(self, summary: dict) -> None:
        if "untrusted" in summary:
            self.ask_trust(summary["untrusted"])
            return
        self.last_summary = summary
        self.status.setText(self.tr("Imported.") + " " + self.describe(summary))
        self.reload()  # the other pages follow the summary's change set, through the hub

    @staticmethod
    def spoken_fingerprint(fingerprint: str) -> str:
        """The fingerprint as two lines of four numbered groups, to read out over the phone group by group."""
        groups = fingerprint.split()
        lines = []
        for start in range(0, len(groups), 4):
            lines.append("    ".join(f"{n}. {' '.join(g)}" for n, g in enumerate(groups[start:start + 4], start + 1)))
        return "\n".join(lines)

    def ask_trust(self, device: dict) -> None:
        """A package from a device seen for the first time: its name, id and fingerprint, to compare with
        its owner; 信任并导入 trusts it and checks the package again, 取消 changes nothing."""
        self.untrusted = device
        self.status.setText(self.tr("%1 is not trusted yet: compare its fingerprint with its owner.")
                            .replace("%1", device["device"]))
        self.reload()  # it is now among the devices waiting for trust
        box = QMessageBox(QMessageBox.Warning, self.tr("A device seen for the first time"),
                          self.tr("This package comes from a device this laptop does not trust yet:\n\n"
                                  "Device: %1\nId: %2\n\nFingerprint (read it out to its owner by phone, "
                                  "group by group, and compare):\n\n%3\n\n"
                                  "Trust this device and import its package?")
                          .replace("%1", device["device"]).replace("%2", device["device_id"])
                          .replace("%3", self.spoken_fingerprint(device["fingerprint"])),
                          QMessageBox.Yes | QMessageBox.Cancel, self)
        box.setObjectName("trustAndImport")
        box.button(QMessageBox.Yes).setText(self.tr("Trust and import"))
        box.button(QMessageBox.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.Cancel)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.finished.connect(lambda r: self.trust_and_import(device["device_id"]) if r == QMessageBox.Yes else None)
        self.trust_import_box = box
        box.open()

    def trust_and_import(self, device_id: str):
        """Trust the device (a job), refresh the devices list, then the same preview of the same file."""
        path = self.pending_import

        def trusted(_r) -> None:
            self.reload()
            self.preview(path)

        return self.window_.ops.write(sync_ops.sync_trust, device_id, on_done=trusted,
                                          on_error=self.window_.show_error)

    def table_name(self, table: str) -> str:
        """What a synced table holds, in the UI language (issue 16: table names reached the user, and
        these words were never offered for translation)."""
        names = {"case": self.tr("Case"), "stage_round": self.tr("Stage round"), "pause": self.tr("Pause"),
                 "calendar_day": self.tr("Calendar day"), "calendar_year": self.tr("Calendar year"),
                 "config_doc": self.tr("Rule set or checklist"), "survey": self.tr("Joint survey"),
                 "attachment": self.tr("Attachment"), "inspection": self.tr("Inspection"),
                 "inspection_result": self.tr("Inspection result"), "rectification_item": self.tr("Rectification item"),
                 "notice": self.tr("Notice"), "sync_conflict": self.tr("Conflict"), "case_event": self.tr("Event"),
                 "device": self.tr("Device"), "setting_sheet": self.tr("Protection setting sheet"),
                 "review_meeting": self.tr("Review meeting"), "meeting_case": self.tr("Meeting agenda item"),
                 "design_review": self.tr("Design review"), "review_opinion": self.tr("Review opinion"),
                 "policy_risk": self.tr("Policy risk")}
        return names.get(table, self.tr("Other records"))

    def describe(self, summary: dict) -> str:
        if summary.get("already_imported"):
            return self.tr("This package was imported before: nothing to do.")

        def part(key: str) -> str:
            items = summary.get(key) or {}
            return ", ".join(f"{self.table_name(k)} {v}" for k, v in items.items()) or "—"

        lines = [self.tr("New: %1").replace("%1", part("inserted")),
                 self.tr("Updated: %1").replace("%1", part("updated")),
                 self.tr("Conflicts: %1").replace("%1", part("conflicts"))]
        if summary.get("missing_packages"):
            lines.append(self.tr("Missing packages from this device: %1").replace(
                "%1", ", ".join(map(str, summary["missing_packages"]))))
        changes = summary.get("config_changes") or []
        if changes:
            # every calendar, rule-set and template change is shown, taken or not
            lines.append(self.tr("Calendar, rule and template changes: %1").replace("%1", str(len(changes))))
            for ch in changes[:30]:
                mark = self.tr("applied") if ch["applied"] else self.tr("not applied (not a supervisor)")
                lines.append(f"  • {ch['change']} — {mark}")
            if len(changes) > 30:
                lines.append(self.tr("  … and %1 more").replace("%1", str(len(changes) - 30)))
        for w in summary.get("warnings") or []:
            lines.append(w)
        waited = [w for w in summary.get("waiting_imported") or [] if not w.get("refused")]
        if waited:  # packages that had waited for this one went in after it
            lines.append(self.tr("Packages that waited for this one, now imported: %1").replace(
                "%1", ", ".join(f"{w['device']} #{w['seq']}" for w in waited)))
        return "\n".join(lines)

    def resolve(self, keep: str):
        row = self.conflict_table.currentRow()
        if row < 0:
            return None
        cid = self.conflicts[row]["id"]
        return self.window_.ops.write(sync_ops.sync_resolve, cid, keep,
                                          on_done=lambda _r: self.reload(),
                                          on_error=self.window_.show_error)

    def trust_selected(self) -> None:
        row = self.device_table.currentRow()
        if row < 0:
            return
        d = self.devices[row]
        if d["local"] or d["trusted"]:
            return
        box = QMessageBox(QMessageBox.Question, self.tr("Trust a device"),
                          self.tr("Trust %1? Compare this fingerprint with its owner first (by phone or in person):\n\n%2")
                          .replace("%1", d["name"]).replace("%2", d["fingerprint"] or ""),
                          QMessageBox.Yes | QMessageBox.No, self)
        plain_box(box).setObjectName("trustConfirm")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.finished.connect(lambda r: self.trust(d["id"]) if r == QMessageBox.Yes else None)
        self.trust_box = box
        box.open()

    def toggle_supervisor_selected(self) -> None:
        row = self.device_table.currentRow()
        if row < 0:
            return
        d = self.devices[row]
        if d["local"] or not d["trusted"]:
            return
        make = not d.get("supervisor")
        text = (self.tr("Mark %1 as a supervisor? Its calendars, rule sets and checklist templates will then be "
                        "applied here.") if make else
                self.tr("Stop taking calendars, rule sets and templates from %1?")).replace("%1", d["name"])
        box = QMessageBox(QMessageBox.Question, self.tr("Supervisor"), text, QMessageBox.Yes | QMessageBox.No, self)
        plain_box(box).setObjectName("supervisorConfirm")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.finished.connect(lambda r: self.set_supervisor(d["id"], make) if r == QMessageBox.Yes else None)
        self.supervisor_box = box
        box.open()

    def set_supervisor(self, device_id: str, supervisor: bool):
        return self.window_.ops.write(sync_ops.sync_trust, device_id, supervisor, on_done=lambda _r: self.reload(),
                                          on_error=self.window_.show_error)

    def trust(self, device_id: str):
        return self.window_.ops.write(sync_ops.sync_trust, device_id, on_done=lambda _r: self.reload(),
                                          on_error=self.window_.show_error)

    def _run(self, label: str, fn, *args, done):
        """A long sync job off the GUI thread, with progress and cancel."""
        dlg = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(300)
        self.progress_dialog = dlg

        def failed(message: str) -> None:
            dlg.close()
            self.status.setText(message)
            self.window_.show_error(message)

        job = self.window_.ops.write(fn, *args, on_done=lambda r: (dlg.close(), done(r)), on_error=failed,
                                     on_progress=lambda d, _t: dlg.setLabelText(f"{label} {d}"))
        dlg.canceled.connect(job.cancel.set)
        return job

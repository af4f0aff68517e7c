"""The review-meeting page (业扩会审): a month calendar with the meeting days marked, the meetings of
the month, and for the chosen meeting its agenda, decisions and documents.

Everything goes through the database worker (``ui.ops``); what the core refuses is shown with the
core's own message, in the user's language.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import fields
from app.ledger.export import list_about
from ui.excel import export_view
from ui.ops import documents as doc_ops
from ui.ops import meetings as meeting_ops
from ui.widgets import (
    WorkerDialog,
    confirm_step,
    limit_length,
    one_line,
    plain_box,
    plain_text,
    plain_tip,
    pydate,
    qdate,
)

DECISION_COLORS = {"approve": "#dff0d8", "approve_with_changes": "#fcf3cf", "reject": "#f8d0d0"}
MEETING_DAY_COLOR = "#cfe2ff"
CANCELLED_DAY_COLOR = "#e9ecef"
WARNING_COLOR = "#fde9b8"
DEFAULT_DEPARTMENTS = "运维检修部,营销部,供电所"


def _when(date_edit: QDateEdit, time_edit: QTimeEdit) -> str:
    return f"{pydate(date_edit.date()).isoformat()} {time_edit.time().toString('HH:mm')}"


def _date_time_row(day: dt.date, hour: int = 9, minute: int = 0) -> tuple[QDateEdit, QTimeEdit, QHBoxLayout]:
    d = QDateEdit(qdate(day))
    d.setCalendarPopup(True)
    d.setDisplayFormat("yyyy-MM-dd")
    t = QTimeEdit(QTime(hour, minute))
    t.setDisplayFormat("HH:mm")
    row = QHBoxLayout()
    row.addWidget(d)
    row.addWidget(t)
    row.addStretch(1)
    return d, t, row


class _HolidayCheck:
    """A meeting on a statutory holiday (元旦, 春节…) is said as the date is chosen, and OK asks once
    more before it is scheduled (issue 16: it went through without a word). Mixed into the dialogs
    that choose a meeting's date; ``self.on`` is the date field."""

    def _holiday_row(self, window, form) -> None:
        self._holiday_window = window
        self._holiday_confirmed: dt.date | None = None
        self.holiday_note = QLabel()
        self.holiday_note.setObjectName("meetingHolidayNote")
        self.holiday_note.setWordWrap(True)
        self.holiday_note.setStyleSheet("color:#b02a37;")
        form.addRow("", self.holiday_note)
        self.on.dateChanged.connect(lambda _d: self._holiday_state())
        self._holiday_state()

    def _holiday(self) -> str | None:
        """The holiday's name (or a generic word) when the chosen date is a statutory holiday."""
        day = pydate(self.on.date())
        page = getattr(self._holiday_window, "calendar_page", None)
        found = page.holiday_on(day) if page is not None else None
        if found is None or found[0] != "holiday":
            return None
        return found[1] or self.tr("a statutory holiday")

    def _holiday_state(self) -> None:
        name = self._holiday()
        self.holiday_note.setVisible(name is not None)
        if name is not None:
            self.holiday_note.setText(self.tr("%1 is %2 (a statutory holiday).").replace(
                "%1", pydate(self.on.date()).isoformat()).replace("%2", name))

    def holiday_unconfirmed(self) -> bool:
        """True (and says so) the first time OK is pressed for a date on a holiday."""
        day = pydate(self.on.date())
        if self._holiday() is None or self._holiday_confirmed == day:
            return False
        self._holiday_confirmed = day
        self.show_error(self.tr("%1 is a statutory holiday. Press OK again to schedule the meeting on it anyway.")
                        .replace("%1", day.isoformat()))
        return True


class MeetingDialog(_HolidayCheck, WorkerDialog):
    """A new meeting, or the place, chair and departments of an existing one (its time moves by
    postponing, which keeps the reason)."""

    def __init__(self, ops, day: dt.date, meeting: dict | None = None, parent=None) -> None:
        super().__init__(ops, parent)
        self.meeting = meeting
        self.setObjectName("meetingDialog")
        self.setWindowTitle(self.tr("Edit review meeting") if meeting else self.tr("New review meeting"))
        when = dt.datetime.strptime(meeting["held_at"], "%Y-%m-%d %H:%M") if meeting else None
        self.on, self.at, when_row = _date_time_row(when.date() if when else day, when.hour if when else 9,
                                                    when.minute if when else 0)
        self.on.setObjectName("meetingDate")
        self.at.setObjectName("meetingTime")
        self.place = QLineEdit(meeting["place"] if meeting else "")
        self.place.setObjectName("meetingPlace")
        limit_length(self.place, fields.PLACE)  # as the service checks it (app.fields)
        self.chair = QLineEdit(meeting["chair"] if meeting else "")
        self.chair.setObjectName("meetingChair")
        limit_length(self.chair, fields.CHAIR)
        self.departments = QLineEdit("，".join(meeting["departments"]) if meeting else DEFAULT_DEPARTMENTS)
        self.departments.setObjectName("meetingDepartments")
        self.departments.setPlaceholderText(self.tr("Departments invited, separated by commas"))
        form = QFormLayout()
        form.addRow(self.tr("Date and time"), when_row)
        if meeting:
            self.on.setEnabled(False)
            self.at.setEnabled(False)
            hint = QLabel(self.tr("To move the meeting, use Postpone: the reason is kept."))
            hint.setStyleSheet("color: #6c757d;")
            form.addRow("", hint)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Chair"), self.chair)
        form.addRow(self.tr("Departments"), self.departments)
        self._holiday_row(parent, form)  # the window: its calendar page knows the holidays
        self.finish_layout(form)
        self.resize(480, self.sizeHint().height())

    def submit(self) -> None:
        if not self.place.text().strip():
            self.show_error(self.tr("The place is required."))
            return
        if not self.chair.text().strip():
            self.show_error(self.tr("The chair is required."))
            return
        if not self.meeting and self.holiday_unconfirmed():
            return
        if self.meeting:
            self.run(meeting_ops.edit_meeting, self.meeting["id"], self.place.text(), self.chair.text(),
                     self.departments.text())
        else:
            self.run(meeting_ops.new_meeting, _when(self.on, self.at), self.place.text(), self.chair.text(),
                     self.departments.text())


class PostponeDialog(_HolidayCheck, WorkerDialog):
    def __init__(self, ops, meeting: dict, parent=None) -> None:
        super().__init__(ops, parent)
        self.meeting = meeting
        self.setObjectName("postponeDialog")
        self.setWindowTitle(self.tr("Postpone the meeting of %1").replace("%1", meeting["held_at"]))
        was = dt.datetime.strptime(meeting["held_at"], "%Y-%m-%d %H:%M")
        self.on, self.at, when_row = _date_time_row(was.date() + dt.timedelta(days=7), was.hour, was.minute)
        self.on.setObjectName("postponeDate")
        self.reason = QLineEdit()
        self.reason.setObjectName("postponeReason")
        limit_length(self.reason, fields.MEETING_REASON)
        form = QFormLayout()
        form.addRow(self.tr("New date and time"), when_row)
        form.addRow(self.tr("Reason"), self.reason)
        self._holiday_row(parent, form)  # the window: its calendar page knows the holidays
        self.finish_layout(form)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        if not self.reason.text().strip():
            self.show_error(self.tr("Give the reason for postponing."))
            return
        if self.holiday_unconfirmed():
            return
        self.run(meeting_ops.postpone_meeting, self.meeting["id"], _when(self.on, self.at), self.reason.text())


class CancelMeetingDialog(WorkerDialog):
    def __init__(self, ops, meeting: dict, parent=None) -> None:
        super().__init__(ops, parent)
        self.meeting = meeting
        self.setObjectName("cancelMeetingDialog")
        self.setWindowTitle(self.tr("Cancel the meeting of %1").replace("%1", meeting["held_at"]))
        self.reason = QLineEdit()
        self.reason.setObjectName("cancelReason")
        limit_length(self.reason, fields.MEETING_REASON)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("The cases on its agenda go back to waiting for a meeting.")))
        form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout(form)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        if not self.reason.text().strip():
            self.show_error(self.tr("Give the reason for cancelling."))
            return
        self.run(meeting_ops.cancel_meeting, self.meeting["id"], self.reason.text())


class AddCaseDialog(WorkerDialog):
    """Put one case on the agenda by hand, with the customer's representative."""

    def __init__(self, ops, meeting: dict, meeting_kva: float, rows: list, parent=None) -> None:
        super().__init__(ops, parent)
        self.meeting = meeting
        self.setObjectName("addCaseDialog")
        self.setWindowTitle(self.tr("Add a case to the meeting of %1").replace("%1", meeting["held_at"]))
        self.case = QComboBox()
        self.case.setObjectName("agendaCase")
        self.case.setEditable(True)
        self.case.lineEdit().setPlaceholderText(self.tr("Case no."))
        on_agenda = {a["case_no"] for a in meeting["agenda"]}
        for r in sorted(rows, key=lambda r: r.case_no):
            if r.status == "open" and r.capacity_kva >= meeting_kva and r.case_no not in on_agenda:
                self.case.addItem(f"{r.case_no}  {r.customer_name}  {r.capacity_kva:g} kVA", r.case_no)
        self.case.setCurrentIndex(-1)
        self.representative = QLineEdit()
        self.representative.setObjectName("agendaRepresentative")
        limit_length(self.representative, fields.REPRESENTATIVE)
        self.representative.setPlaceholderText(self.tr("Name and post, e.g. 李明 (电气负责人)"))
        form = QFormLayout()
        form.addRow(self.tr("Case"), self.case)
        form.addRow(self.tr("Customer representative"), self.representative)
        self.finish_layout(form)
        self.resize(520, self.sizeHint().height())

    def case_ref(self) -> str:
        text = self.case.currentText().strip()
        data = self.case.currentData()
        if data and text.startswith(str(data)):
            return str(data)
        return text.split()[0] if text else ""

    def submit(self) -> None:
        ref = self.case_ref()
        if not ref:
            self.show_error(self.tr("Choose the case."))
            return
        self.run(meeting_ops.add_to_agenda, self.meeting["id"], ref, self.representative.text())


class DecideDialog(WorkerDialog):
    """The meeting's word on one case: approve, approve with changes (which), reject (why)."""

    def __init__(self, ops, meeting: dict, item: dict, parent=None) -> None:
        super().__init__(ops, parent)
        self.meeting, self.item = meeting, item
        self.setObjectName("decideDialog")
        self.setWindowTitle(self.tr("Decision on %1").replace("%1", item["case_no"]))
        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        self.decision.addItem(self.tr("Approve"), "approve")
        self.decision.addItem(self.tr("Approve with changes"), "approve_with_changes")
        self.decision.addItem(self.tr("Reject"), "reject")
        if item["decision"]:
            self.decision.setCurrentIndex(max(0, self.decision.findData(item["decision"])))
        self.note = limit_length(QPlainTextEdit(item["note"] or ""), fields.DECISION_NOTE)
        self.note.setObjectName("decisionNote")
        self.note.setMinimumHeight(90)
        self.note_label = QLabel()
        self.decision.currentIndexChanged.connect(self._relabel)
        case = QLabel(f"{item['case_no']}  {item['customer_name']}  {item['capacity_kva']:g} kVA")
        case.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Case"), case)
        form.addRow(self.tr("Meeting"), QLabel(f"{meeting['held_at']}  {meeting['place']}"))
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.note_label, self.note)
        self.finish_layout(form)
        self._relabel()
        self.resize(560, self.sizeHint().height())

    def _relabel(self, *_a) -> None:
        d = self.decision.currentData()
        self.note_label.setText({"approve": self.tr("Minutes note"), "approve_with_changes": self.tr("Changes required"),
                                 "reject": self.tr("Reasons")}[d])

    def submit(self) -> None:
        d = self.decision.currentData()
        note = one_line(self.note)
        if d == "approve_with_changes" and not note:
            self.show_error(self.tr("Write down the changes the meeting asks for."))
            return
        if d == "reject" and not note:
            self.show_error(self.tr("Write down why the plan is rejected."))
            return
        # ask first (the decision is irreversible, issue 15); only Yes records it
        self.error.hide()
        self.confirm_box = confirm_step(
            self, "confirmDecision", self.tr("Record the decision"),
            self.tr("Record “%1” for %2 as the meeting's decision of %3?\n\nThe decision becomes fixed in the "
                    "case's history and the plan stage is judged on it. Afterwards it can only be changed by a "
                    "correction (更正) with a reason.")
            .replace("%1", self.decision.currentText()).replace("%2", self.item["case_no"])
            .replace("%3", str(self.meeting["held_at"])[:10]),
            self.tr("Record the decision"), self.tr("Go back"),
            lambda: self.run(meeting_ops.decide, self.meeting["id"], self.item["case_id"], d, note))


class MeetingsPage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        window.hub.changes_applied.connect(self._changes_applied)
        self.meetings: list[dict] = []
        self.month: str | None = None
        self.selected_id: str | None = None
        self.last_added: list[dict] | None = None
        self.locks: dict | None = None  # the stage locks of the rule set in force (meeting_ops.locks_in_force)
        self._marked: list[QDate] = []

        self.title = QLabel()
        self.title.setObjectName("meetingsTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #495057;")
        self.btn_new = QPushButton()
        self.btn_new.setObjectName("btnNewMeeting")
        self.btn_new.clicked.connect(self.new_meeting)

        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("meetingCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
        self.calendar.setMinimumSize(330, 250)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.selectionChanged.connect(self._day_chosen)
        self.list_label = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("meetingList")
        self.list.currentRowChanged.connect(self._meeting_chosen)

        self.header = QLabel()
        self.header.setObjectName("meetingHeader")
        self.header.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.header.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("meetingFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.btn_edit = QPushButton()
        self.btn_edit.setObjectName("btnEditMeeting")
        self.btn_edit.clicked.connect(self.edit_meeting)
        self.btn_postpone = QPushButton()
        self.btn_postpone.setObjectName("btnPostpone")
        self.btn_postpone.clicked.connect(self.postpone)
        self.btn_cancel = QPushButton()
        self.btn_cancel.setObjectName("btnCancelMeeting")
        self.btn_cancel.clicked.connect(self.cancel_meeting)

        self.agenda = QTableWidget(0, 8)
        self.agenda.setObjectName("agendaTable")
        self.agenda.verticalHeader().hide()
        self.agenda.setEditTriggers(QTableWidget.NoEditTriggers)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SingleSelection)
        self.agenda.setWordWrap(True)
        hh = self.agenda.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.Stretch)
        hh.setSectionResizeMode(6, QHeaderView.Stretch)
        self.agenda.itemDoubleClicked.connect(lambda _i: self.decide())
        self.agenda.itemSelectionChanged.connect(self._update_buttons)
        self.btn_propose = QPushButton()
        self.btn_propose.setObjectName("btnPropose")
        self.btn_propose.clicked.connect(self.propose)
        self.btn_add = QPushButton()
        self.btn_add.setObjectName("btnAddCase")
        self.btn_add.clicked.connect(self.add_case)
        self.btn_drop = QPushButton()
        self.btn_drop.setObjectName("btnDropCase")
        self.btn_drop.clicked.connect(self.drop_case)
        self.btn_decide = QPushButton()
        self.btn_decide.setObjectName("btnDecide")
        self.btn_decide.clicked.connect(self.decide)
        self.btn_export = QPushButton()
        self.btn_export.setObjectName("btnExportAgenda")
        self.btn_export.clicked.connect(lambda: self.export_excel())
        self.btn_open_case = QPushButton()
        self.btn_open_case.clicked.connect(self.open_selected_case)
        self.btn_notice = QPushButton()
        self.btn_notice.setObjectName("btnMeetingNotice")
        self.btn_notice.clicked.connect(lambda: self.print_document("notice"))
        self.btn_notice_case = QPushButton()
        self.btn_notice_case.setObjectName("btnRepresentativeNotice")
        self.btn_notice_case.clicked.connect(lambda: self.print_document("notice", for_case=True))
        self.btn_minutes = QPushButton()
        self.btn_minutes.setObjectName("btnMinutes")
        self.btn_minutes.clicked.connect(lambda: self.print_document("minutes"))
        self.result = QLabel()
        self.result.setObjectName("proposalResult")
        self.result.setWordWrap(True)
        self.result.setStyleSheet("background:#e7f1ff; color:#084298; padding:4px;")
        self.result.hide()
        self.warnings = QLabel()
        self.warnings.setObjectName("agendaWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"background:{WARNING_COLOR}; color:#664d03; padding:4px;")
        self.warnings.hide()
        # the meeting's own minutes text (会议纪要正文), printed in the minutes PDF after the decisions
        self.minutes = limit_length(QPlainTextEdit(), fields.MINUTES)
        self.minutes.setObjectName("minutesText")
        self.minutes.setMinimumHeight(56)
        self.minutes.textChanged.connect(self._minutes_edited)
        self.btn_save_minutes = QPushButton()
        self.btn_save_minutes.setObjectName("btnSaveMinutes")
        self.btn_save_minutes.clicked.connect(self.save_minutes)
        self.minutes_state = QLabel()
        self.minutes_state.setObjectName("minutesState")
        self.minutes_state.setWordWrap(True)
        self._minutes_for: str | None = None  # the meeting the editor holds
        self._minutes_saved = ""  # its minutes as last loaded or saved
        self._minutes_pending: dict[str, str] = {}  # left behind unsaved, being saved: meeting id -> text
        self.empty = QLabel()
        self.empty.setObjectName("meetingEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setStyleSheet("color: #6c757d; font-size: 11pt;")

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.calendar)
        ll.addWidget(self.list_label)
        ll.addWidget(self.list, 1)

        self.detail = QWidget()
        dl = QVBoxLayout(self.detail)
        dl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        for b in (self.btn_edit, self.btn_postpone, self.btn_cancel):
            head.addWidget(b, 0, Qt.AlignTop)
        dl.addLayout(head)
        dl.addWidget(self.facts)
        self.agenda_box = QGroupBox()
        al = QVBoxLayout(self.agenda_box)
        abuttons = QHBoxLayout()
        for b in (self.btn_propose, self.btn_add, self.btn_drop, self.btn_decide, self.btn_open_case):
            abuttons.addWidget(b)
        abuttons.addStretch(1)
        abuttons.addWidget(self.btn_export)
        al.addLayout(abuttons)
        al.addWidget(self.result)
        al.addWidget(self.agenda, 1)
        al.addWidget(self.warnings)
        docs = QHBoxLayout()
        self.docs_label = QLabel()
        docs.addWidget(self.docs_label)
        for b in (self.btn_notice, self.btn_notice_case, self.btn_minutes):
            docs.addWidget(b)
        docs.addStretch(1)
        self.minutes_box = QGroupBox()
        ml = QVBoxLayout(self.minutes_box)
        ml.addWidget(self.minutes)
        mrow = QHBoxLayout()
        mrow.addWidget(self.minutes_state, 1)
        mrow.addWidget(self.btn_save_minutes, 0, Qt.AlignTop)
        ml.addLayout(mrow)
        # the agenda first; the minutes below it, the line between them movable
        lower = QSplitter(Qt.Vertical)
        lower.setObjectName("agendaMinutesSplit")
        lower.setChildrenCollapsible(False)
        lower.addWidget(self.agenda_box)
        lower.addWidget(self.minutes_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        dl.addWidget(lower, 1)
        dl.addLayout(docs)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail, 1)
        rl.addWidget(self.empty, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 900])
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.btn_new)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.help)
        lay.addWidget(split, 1)
        self._render()

    # --- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        from app.messages import language

        self.calendar.setLocale(QLocale(QLocale.Chinese, QLocale.China) if language() == "zh"
                                else QLocale(QLocale.English, QLocale.UnitedKingdom))
        self.title.setText(self.tr("Review meetings"))
        self._render_help()
        self.btn_new.setText(self.tr("New meeting…"))
        self.btn_edit.setText(self.tr("Edit…"))
        self.btn_postpone.setText(self.tr("Postpone…"))
        self.btn_cancel.setText(self.tr("Cancel meeting…"))
        self.btn_propose.setText(self.tr("Propose cases"))
        self.btn_add.setText(self.tr("Add case…"))
        self.btn_drop.setText(self.tr("Drop case"))
        self.btn_decide.setText(self.tr("Decide…"))
        self.btn_open_case.setText(self.tr("Open case"))
        self.btn_export.setText(self.tr("Export to Excel"))
        self.docs_label.setText(self.tr("Documents:"))
        self.btn_notice.setText(self.tr("Meeting notice (PDF)"))
        self.btn_notice_case.setText(self.tr("Notice to the representative (PDF)"))
        self.btn_minutes.setText(self.tr("Minutes (PDF)"))
        self.minutes_box.setTitle(self.tr("Minutes text (printed in the minutes after the decisions)"))
        self.btn_save_minutes.setText(self.tr("Save minutes"))
        self.agenda_box.setTitle(self.tr("Agenda (double-click a case to record the decision)"))
        self.agenda.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Case no."), self.tr("Customer"), self.tr("kVA"), self.tr("Representative"),
            self.tr("Decision"), self.tr("Changes / reasons"), self.tr("PLAN deadline")])
        self._render()

    def _decision_name(self, code: str | None) -> str:
        return {"approve": self.tr("Approved"), "approve_with_changes": self.tr("Approved with changes"),
                "reject": self.tr("Rejected")}.get(code or "", self.tr("Not decided"))

    def _weekday(self, d: dt.date) -> str:
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                self.tr("Sun")][d.weekday()]

    def meeting_kva(self) -> float:
        """The meeting threshold of the rule set in force (gates.describe, loaded with the month)."""
        return float(self.locks["meeting"]["capacity_kva_gte"]) if self.locks else 0.0

    def _render_help(self) -> None:
        lock = (self.locks or {}).get("meeting")
        if lock is None:
            self.help.setText("")
        elif lock["on"]:
            self.help.setText(self.tr(
                "Cases of %1 kVA and above need an approving review-meeting decision before the supply plan can be "
                "answered (rule set in force: %2). Propose fills the agenda with every such case whose survey is "
                "done; bold days have meetings.").replace("%1", f"{lock['capacity_kva_gte']:g}").replace(
                "%2", self.locks["label"]))
        else:
            self.help.setText(self.tr(
                "The review-meeting lock is off in the rule set in force (%2): a supply plan needs no meeting "
                "decision. Propose fills the agenda with every case of %1 kVA and above whose survey is done; bold "
                "days have meetings.").replace("%1", f"{lock['capacity_kva_gte']:g}").replace(
                "%2", self.locks["label"]))

    def _got_locks(self, locks: dict) -> None:
        self.locks = locks
        self._render_help()

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.window_.ops.read(meeting_ops.locks_in_force, on_done=self._got_locks, on_error=self.window_.show_error)
        if self.month is None:
            day = self.window_.as_of
            self.calendar.setSelectedDate(qdate(day))
            self.month = f"{day.year:04d}-{day.month:02d}"
        self.window_.ops.read(meeting_ops.meetings_of_month, self.month, on_done=self._loaded,
                                   on_error=self.window_.show_error)

    def _changes_applied(self, changes) -> None:
        if changes.touches_meetings() or changes.config:  # config: the locks in force may have changed
            self.reload()

    def show_month(self, year: int, month: int) -> None:
        self.calendar.setCurrentPage(year, month)
        self._page_changed(year, month)

    def _page_changed(self, year: int, month: int) -> None:
        month_text = f"{year:04d}-{month:02d}"
        if month_text != self.month:
            self.month = month_text
            self.reload()

    def _loaded(self, meetings: list) -> None:
        self.meetings = meetings
        self._render()

    # --- rendering --------------------------------------------------------------------------
    def current(self) -> dict | None:
        return next((m for m in self.meetings if m["id"] == self.selected_id), None)

    def _render(self) -> None:
        if not hasattr(self, "empty"):
            return
        self._mark_days()
        if self.month:
            y, m = int(self.month[:4]), int(self.month[5:])
            self.list_label.setText(self.tr("Meetings in %1 (%2)").replace(
                "%1", QDate(y, m, 1).toString("yyyy-MM")).replace("%2", str(len(self.meetings))))
        self.list.blockSignals(True)
        self.list.clear()
        for m in self.meetings:
            when = dt.datetime.strptime(m["held_at"], "%Y-%m-%d %H:%M")
            text = self.tr("%1 %2 %3 · %4 · %5 cases").replace("%1", when.strftime("%m-%d")).replace(
                "%2", self._weekday(when.date())).replace("%3", when.strftime("%H:%M")).replace(
                "%4", m["place"]).replace("%5", str(len(m["agenda"])))
            if m["status"] == "cancelled":
                text += "  " + self.tr("(cancelled)")
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, m["id"])
            if m["status"] == "cancelled":
                item.setForeground(QBrush(QColor("#6c757d")))
            elif any(a["warning"] for a in m["agenda"]):
                item.setBackground(QBrush(QColor(WARNING_COLOR)))
            self.list.addItem(item)
        if self.current() is None:
            self.selected_id = self._first_on(pydate(self.calendar.selectedDate())) or (
                self.meetings[0]["id"] if self.meetings else None)
        row = next((i for i, m in enumerate(self.meetings) if m["id"] == self.selected_id), -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._render_meeting()

    def _first_on(self, day: dt.date) -> str | None:
        return next((m["id"] for m in self.meetings if m["held_at"][:10] == day.isoformat()), None)

    def holidays_changed(self) -> None:
        """The calendar page loaded (or changed) the holidays: mark them in the month shown."""
        self._mark_days()

    def _mark_holidays(self) -> None:
        """Holidays in red, make-up working days underlined, each with its name as the tooltip."""
        page = getattr(self.window_, "calendar_page", None)
        if page is None or not page.data:
            return
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        for y in {year - (month == 1), year, year + (month == 12)}:
            for d, kind, name in page.data["days"].get(y, []):
                fmt = QTextCharFormat()
                if kind == "holiday":
                    fmt.setForeground(QBrush(QColor("#b02a37")))
                    text = name or self.tr("Statutory holiday")
                else:
                    fmt.setFontUnderline(True)
                    text = (name + " — " if name else "") + self.tr("make-up working day")
                fmt.setToolTip(plain_tip(text))
                q = qdate(d)
                self.calendar.setDateTextFormat(q, fmt)
                self._marked.append(q)

    def _mark_days(self) -> None:
        for d in self._marked:
            self.calendar.setDateTextFormat(d, QTextCharFormat())
        self._marked = []
        self._mark_holidays()
        by_day: dict[str, list[dict]] = {}
        for m in self.meetings:
            by_day.setdefault(m["held_at"][:10], []).append(m)
        for day, ms in by_day.items():
            d = dt.date.fromisoformat(day)
            fmt = QTextCharFormat()
            live = [m for m in ms if m["status"] == "scheduled"]
            fmt.setFontWeight(QFont.Bold)
            fmt.setBackground(QBrush(QColor(MEETING_DAY_COLOR if live else CANCELLED_DAY_COLOR)))
            if any(a["warning"] for m in live for a in m["agenda"]):
                fmt.setForeground(QBrush(QColor("#b02a37")))
            lines = []
            for m in ms:
                line = self.tr("%1 %2: %3 cases").replace("%1", m["held_at"][11:]).replace(
                    "%2", m["place"]).replace("%3", str(len(m["agenda"])))
                if m["status"] == "cancelled":
                    line += " " + self.tr("(cancelled)")
                lines.append(line)
            q = qdate(d)
            holiday = self.calendar.dateTextFormat(q).toolTip()
            if holiday:  # a meeting on a holiday keeps the holiday's colour and name
                fmt.setForeground(QBrush(QColor("#b02a37")))
            fmt.setToolTip(plain_tip("\n".join(lines)) + holiday)  # places are user text
            self.calendar.setDateTextFormat(q, fmt)
            self._marked.append(q)

    def _render_meeting(self) -> None:
        plain_text(self)  # user text is shown literally (issue 15)
        m = self.current()
        self.detail.setVisible(m is not None)
        self.empty.setVisible(m is None)
        if m is None:
            self.empty.setText(self.tr("No review meeting in this month. Use “New meeting…” to schedule one."))
            self._update_buttons()
            return
        when = dt.datetime.strptime(m["held_at"], "%Y-%m-%d %H:%M")
        if m["status"] == "cancelled":
            status = self.tr("cancelled")
        elif m["agenda"] and all(a["decision"] for a in m["agenda"]):
            status = self.tr("held, all decided")
        elif when.date() <= self.window_.as_of:
            status = self.tr("held")
        else:
            status = self.tr("scheduled")
        self.header.setText(self.tr("%1 (%2) %3 · %4").replace("%1", when.strftime("%Y-%m-%d")).replace(
            "%2", self._weekday(when.date())).replace("%3", when.strftime("%H:%M")).replace("%4", m["place"]))
        self.calendar.blockSignals(True)  # the calendar shows the chosen meeting's day
        self.calendar.setSelectedDate(qdate(when.date()))
        self.calendar.blockSignals(False)
        lines = [self.tr("Status: %1").replace("%1", status),
                 self.tr("Chair: %1").replace("%1", m["chair"]),
                 self.tr("Departments: %1").replace("%1", "、".join(m["departments"]) or "—")]
        reps = [a["representative"] for a in m["agenda"] if a["representative"]]
        if reps:
            lines.append(self.tr("Customer representatives invited: %1").replace("%1", "、".join(reps)))
        for h in m["history"]:
            if h["kind"] == "postponed":
                lines.append(self.tr("Postponed from %1 to %2: %3").replace("%1", h["from"]).replace(
                    "%2", h["to"]).replace("%3", h["reason"]))
            elif h["kind"] == "cancelled":
                lines.append(self.tr("Cancelled: %1").replace("%1", h["reason"]))
        self.facts.setText("\n".join(lines))
        agenda = m["agenda"]
        before = self.agenda.currentRow() if self.agenda.selectionModel().hasSelection() else -1
        keep = self.agenda.item(before, 0).data(Qt.UserRole) if before >= 0 and self.agenda.item(before, 0) else None
        self.agenda.clearSelection()
        self.agenda.setRowCount(len(agenda))
        added = {a["case_no"] for a in self.last_added or []} if self.last_added is not None else set()
        for r, a in enumerate(agenda):
            deadline = a["plan_deadline"] or "—"
            if a["warning"]:
                deadline = "⚠ " + deadline
            cells = [str(a["position"]), a["case_no"], a["customer_name"], f"{a['capacity_kva']:g}",
                     a["representative"] or "—", self._decision_name(a["decision"]), a["note"] or "", deadline]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, a["case_id"])
                if c == 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if c == 5 and a["decision"]:
                    item.setBackground(QBrush(QColor(DECISION_COLORS[a["decision"]])))
                if c == 7 and a["warning"]:
                    item.setBackground(QBrush(QColor(WARNING_COLOR)))
                    item.setToolTip(plain_tip(a["warning"]))
                if c == 1 and a["case_no"] in added:
                    item.setToolTip(self.tr("Added by the last proposal"))
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.agenda.setItem(r, c, item)
        self.agenda.resizeRowsToContents()
        row = next((r for r, a in enumerate(agenda) if a["case_id"] == keep), -1)
        if row >= 0:  # the same case stays selected after a reload (a decision, a drop elsewhere)
            self.agenda.selectRow(row)
        warns = [a["warning"] for a in agenda if a["warning"]]
        if warns:
            self.warnings.setText("⚠ " + "\n⚠ ".join(warns))
            self.warnings.show()
        else:
            self.warnings.hide()
        self._render_minutes(m)
        self._update_buttons()

    # --- minutes text -----------------------------------------------------------------------
    def minutes_writable(self, m: dict | None) -> bool:
        """Minutes are written once a scheduled meeting has been held."""
        return (m is not None and m["status"] == "scheduled"
                and dt.date.fromisoformat(m["held_at"][:10]) <= self.window_.as_of)

    def minutes_dirty(self) -> bool:
        return self._minutes_for is not None and self.minutes.toPlainText() != self._minutes_saved

    def _render_minutes(self, m: dict) -> None:
        stored = m.get("minutes", "")
        if self._minutes_for == m["id"] and self.minutes_dirty() and stored == self._minutes_saved:
            pass  # a reload for something else: the user's unsaved text stays
        else:
            if self._minutes_for is not None and self._minutes_for != m["id"] and self.minutes_dirty():
                self._save_left_behind(self._minutes_for, self.minutes.toPlainText())
            self._minutes_for, self._minutes_saved = m["id"], stored
            self.minutes.blockSignals(True)
            self.minutes.setPlainText(stored)
            self.minutes.blockSignals(False)
        writable = self.minutes_writable(m)
        self.minutes.setReadOnly(not writable)
        if m["status"] == "cancelled":
            self.minutes.setPlaceholderText(self.tr("The meeting was cancelled: no minutes."))
        elif not writable:
            self.minutes.setPlaceholderText(self.tr("The minutes are written once the meeting has been held."))
        else:
            self.minutes.setPlaceholderText(self.tr("What the meeting discussed and agreed beyond the decisions on each "
                                                    "case, e.g. 一、丹城线 12 号杆 T 接点负荷已接近上限……"))
        self._minutes_edited()

    def _minutes_edited(self) -> None:
        m = self.current()
        dirty = self.minutes_dirty()
        self.btn_save_minutes.setEnabled(self.minutes_writable(m) and dirty)
        if self.minutes_state.property("error") and dirty:
            return  # the refusal stays until the text is saved
        self.minutes_state.setProperty("error", False)
        self.minutes_state.setStyleSheet("color: #6c757d;")
        if dirty:
            self.minutes_state.setText(self.tr("Not saved yet."))
        elif m is not None and self._minutes_saved:
            self.minutes_state.setText(self.tr("%1 characters, saved.").replace("%1", str(len(self._minutes_saved))))
        else:
            self.minutes_state.setText("")

    def save_minutes(self) -> None:
        m = self.current()
        if m is None or not self.minutes_dirty():
            return
        text = self.minutes.toPlainText()
        mid = m["id"]
        self.btn_save_minutes.setEnabled(False)

        def done(change) -> None:
            if self._minutes_for == mid and self.minutes.toPlainText() == text:
                self._minutes_saved = text  # the reload brings the stored (tidied) text
            self.minutes_state.setProperty("error", False)
            self._after(change)

        def failed(message: str) -> None:
            self.last_error = message
            self.minutes_state.setProperty("error", True)
            self.minutes_state.setStyleSheet("color: #b02a37;")
            self.minutes_state.setText(message)
            self.btn_save_minutes.setEnabled(True)

        self.window_.ops.write(meeting_ops.set_minutes, mid, text, on_done=done, on_error=failed)

    def _save_left_behind(self, meeting_id: str, text: str) -> None:
        """Minutes typed for a meeting the page is leaving (another meeting chosen, another month) are
        saved, not dropped; if that is refused, the text is shown for the user to copy."""
        self._minutes_pending[meeting_id] = text

        def done(_change) -> None:
            self._minutes_pending.pop(meeting_id, None)
            self.reload()

        def failed(message: str) -> None:
            self._minutes_pending.pop(meeting_id, None)
            self.last_error = message
            self.minutes_not_saved(message, text)

        self.window_.ops.write(meeting_ops.set_minutes, meeting_id, text, on_done=done, on_error=failed)

    def minutes_not_saved(self, message: str, text: str, modal: bool = False) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("Minutes not saved"),
                          self.tr("The minutes typed for a meeting could not be saved: %1\n\nThe text is under "
                                  "“Show Details”; copy it from there.").replace("%1", message),
                          QMessageBox.Ok, self)
        plain_box(box).setObjectName("minutesNotSaved")
        box.setDetailedText(text)
        if modal:
            box.exec()
        else:
            box.open()

    def save_unsaved_minutes(self) -> None:
        """Every minutes text not yet in the database, saved through the worker (a restore does this
        before the current file is set aside)."""
        for meeting_id, text in self.unsaved_minutes().items():
            if meeting_id not in self._minutes_pending:
                self._save_left_behind(meeting_id, text)

    def unsaved_minutes(self) -> dict[str, str]:
        """Minutes text not in the database yet: left behind and still being saved, or in the editor."""
        out = dict(self._minutes_pending)
        if self.minutes_dirty():
            out[self._minutes_for] = self.minutes.toPlainText()
        return out

    def _update_buttons(self) -> None:
        m = self.current()
        live = m is not None and m["status"] == "scheduled"
        decided = live and any(a["decision"] for a in m["agenda"])
        item = self.selected_item()
        for b in (self.btn_edit, self.btn_propose, self.btn_add):
            b.setEnabled(live)
        self.btn_postpone.setEnabled(live and not decided)
        self.btn_cancel.setEnabled(live and not decided)
        self.btn_drop.setEnabled(live and item is not None and not item["decision"])
        self.btn_decide.setEnabled(live and item is not None)
        self.btn_open_case.setEnabled(item is not None)
        self.btn_notice.setEnabled(live and bool(m["agenda"]))
        self.btn_notice_case.setEnabled(live and item is not None)
        self.btn_minutes.setEnabled(live and bool(m["agenda"]) and all(a["decision"] for a in m["agenda"]))

    def selected_item(self) -> dict | None:
        m = self.current()
        row = self.agenda.currentRow()
        if m is None or not (0 <= row < len(m["agenda"])) or not self.agenda.selectionModel().hasSelection():
            return None
        return m["agenda"][row]

    def select_case(self, case_no: str) -> None:
        m = self.current()
        for r, a in enumerate(m["agenda"] if m else []):
            if a["case_no"] == case_no:
                self.agenda.selectRow(r)
                return
        raise KeyError(case_no)

    # --- choosing ---------------------------------------------------------------------------
    def _meeting_chosen(self, row: int) -> None:
        if 0 <= row < len(self.meetings):
            self.selected_id = self.meetings[row]["id"]
            self.last_added = None
            self.result.hide()
            self._render_meeting()

    def _day_chosen(self) -> None:
        mid = self._first_on(pydate(self.calendar.selectedDate()))
        if mid and mid != self.selected_id:
            self.select_meeting(mid)

    def select_meeting(self, meeting_id: str) -> None:
        row = next((i for i, m in enumerate(self.meetings) if m["id"] == meeting_id), -1)
        if row >= 0:
            self.list.setCurrentRow(row)

    # --- actions ----------------------------------------------------------------------------
    def _follow(self, change) -> None:
        """Keep showing the meeting a change was about (a new one, or one moved to another month)."""
        mid = change.meeting_id
        if mid:
            self.selected_id = mid
        when = change.held_at
        if when and when[:7] != self.month:
            self.month = when[:7]
            self.calendar.setCurrentPage(int(when[:4]), int(when[5:7]))

    def _after(self, change) -> None:
        self._follow(change)  # before the hub's reload of this page: it then shows that meeting

    def _open(self, dlg):
        self.last_dialog = dlg
        dlg.accepted.connect(lambda: self._follow(dlg.result_change))  # then the hub reloads this page
        dlg.open()
        return dlg

    def new_meeting(self):
        day = pydate(self.calendar.selectedDate())
        return self._open(MeetingDialog(self.window_.ops, day, parent=self.window_))

    def edit_meeting(self):
        m = self.current()
        return self._open(MeetingDialog(self.window_.ops, self.window_.as_of, m, self.window_)) if m else None

    def postpone(self):
        m = self.current()
        return self._open(PostponeDialog(self.window_.ops, m, self.window_)) if m else None

    def cancel_meeting(self):
        m = self.current()
        return self._open(CancelMeetingDialog(self.window_.ops, m, self.window_)) if m else None

    def add_case(self):
        m = self.current()
        rows = self.window_.snapshot.rows if self.window_.snapshot else []  # the cases to choose from
        return self._open(AddCaseDialog(self.window_.ops, m, self.meeting_kva(), rows, self.window_)) if m else None

    def decide(self):
        m, item = self.current(), self.selected_item()
        if m is None or item is None or m["status"] != "scheduled":
            return None
        return self._open(DecideDialog(self.window_.ops, m, item, self.window_))

    def export_excel(self, path: str | None = None, on_done=None) -> None:
        """The agenda of the selected meeting as the table shows it; the cases with a warning marked."""
        m = self.current()
        if m is None:
            return
        warned = {a["case_id"] for a in m["agenda"] if a["warning"]}

        def write(about: dict) -> None:
            export_view(self, self.agenda, "议程", about, highlight=lambda key: key in warned, path=path,
                        on_done=on_done)

        filters = {"会议": f"{m['held_at']} {m['place']}".strip()}
        self.window_.ops.read(list_about, self.window_.as_of, "评审会议程", filters, on_done=write,
                              on_error=self.window_.show_error)

    def propose(self) -> None:
        m = self.current()
        if m is None:
            return

        def done(result: dict) -> None:
            added = result["added"]
            self.last_added = added
            if added:
                self.result.setText(self.tr("Added by the proposal: %1").replace(
                    "%1", "、".join(f"{a['case_no']} {a['customer_name']} ({a['capacity_kva']:g} kVA)" for a in added)))
            else:
                self.result.setText(self.tr("No case to add: every case of %1 kVA or more whose survey is done "
                                            "is already on an agenda or decided.").replace(
                    "%1", f"{self.meeting_kva():g}"))
            self.result.show()
            self._after(result["changes"])

        self.window_.ops.write(meeting_ops.propose_meeting, m["id"], on_done=done, on_error=self.window_.show_error)

    def drop_case(self) -> None:
        m, item = self.current(), self.selected_item()
        if m is None or item is None:
            return
        self.window_.ops.write(meeting_ops.drop_from_agenda, m["id"], item["case_id"], on_done=self._after,
                                   on_error=self.window_.show_error)

    def open_selected_case(self) -> None:
        item = self.selected_item()
        if item:
            self.window_.open_case(item["case_no"])

    def print_document(self, kind: str, for_case: bool = False) -> None:
        m = self.current()
        if m is None:
            return
        case_ref = None
        if for_case:
            item = self.selected_item()
            if item is None:
                self.window_.show_error(self.tr("Select the case whose representative gets the notice."))
                return
            case_ref = item["case_id"]
        self.window_.ops.document(doc_ops.meeting_data, m["id"], kind, case_ref, on_done=self.window_.open_document,
                                   on_error=self.window_.show_error)

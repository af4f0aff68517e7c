"""Strings that are translated where they are used but built from data (stage names, rule-set
names): listed here so that lupdate puts them in the .ts files."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

STAGE_STRINGS = [
    QT_TRANSLATE_NOOP("Stages", "Application acceptance"),
    QT_TRANSLATE_NOOP("Stages", "Site survey"),
    QT_TRANSLATE_NOOP("Stages", "Supply plan reply"),
    QT_TRANSLATE_NOOP("Stages", "Fees"),
    QT_TRANSLATE_NOOP("Stages", "Design review"),
    QT_TRANSLATE_NOOP("Stages", "Mid inspection"),
    QT_TRANSLATE_NOOP("Stages", "Completion inspection"),
    QT_TRANSLATE_NOOP("Stages", "Metering and energisation"),
]

COLUMN_STRINGS = [
    QT_TRANSLATE_NOOP("CaseTableModel", "Case no."),
    QT_TRANSLATE_NOOP("CaseTableModel", "Customer"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Account"),
    QT_TRANSLATE_NOOP("CaseTableModel", "kVA"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Manager"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Township"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Stage"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Deadline"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Remaining (wd)"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Paused"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Energised"),
    QT_TRANSLATE_NOOP("CaseTableModel", "With the customer"),
    QT_TRANSLATE_NOOP("CaseTableModel", "(round %1)"),
    QT_TRANSLATE_NOOP("CaseTableModel", "No holiday schedule for this year: weekends only"),
]

SYNC_TABLE_STRINGS = [
    QT_TRANSLATE_NOOP("SyncPage", "Case"),
    QT_TRANSLATE_NOOP("SyncPage", "Stage round"),
    QT_TRANSLATE_NOOP("SyncPage", "Pause"),
    QT_TRANSLATE_NOOP("SyncPage", "Calendar day"),
    QT_TRANSLATE_NOOP("SyncPage", "Calendar year"),
    QT_TRANSLATE_NOOP("SyncPage", "Joint survey"),
    QT_TRANSLATE_NOOP("SyncPage", "Attachment"),
    QT_TRANSLATE_NOOP("SyncPage", "Inspection"),
    QT_TRANSLATE_NOOP("SyncPage", "Inspection result"),
    QT_TRANSLATE_NOOP("SyncPage", "Rectification item"),
    QT_TRANSLATE_NOOP("SyncPage", "Notice"),
    QT_TRANSLATE_NOOP("SyncPage", "Conflict"),
    QT_TRANSLATE_NOOP("SyncPage", "Event"),
    QT_TRANSLATE_NOOP("SyncPage", "Device"),
]

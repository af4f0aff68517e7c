<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar_page.py" line="68"/>
        <source>Working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="70"/>
        <source>A working day is a weekday that is not a statutory holiday, or a make-up working day. The State Council publishes next year&apos;s schedule each autumn: import it as a CSV file (date,kind,name; kind is holiday or workday). A year without a schedule counts weekends only, and deadlines in it are marked *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="73"/>
        <source>Import a year&apos;s schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="74"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="74"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="74"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="92"/>
        <source>%1 — schedule loaded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="95"/>
        <source>%1 — no schedule: weekends only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="105"/>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="105"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="105"/>
        <source>from sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="115"/>
        <source>%1: %2 days off, %3 make-up working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="119"/>
        <source>%1 has no holiday schedule: only weekends are days off. Deadlines in %1 may be wrong until the schedule is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="124"/>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="124"/>
        <source>Make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="133"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="137"/>
        <source>Import holiday schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="138"/>
        <source>Calendar files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="144"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="150"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../ui/case_detail.py" line="138"/>
        <source>Customer and supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="139"/>
        <source>Stage clock (bar: elapsed working days; dashed box: limit; hatched: paused; red line: deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="141"/>
        <source>Time-limit rule sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="142"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="143"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="143"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="143"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="143"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="144"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="144"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="144"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="145"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="146"/>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="147"/>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="148"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="173"/>
        <location filename="../../ui/case_detail.py" line="246"/>
        <source>Energised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="173"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="175"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="179"/>
        <source>No holiday schedule for %1: working days there count weekends only. Import the schedule on the Calendar page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="187"/>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="187"/>
        <source>Capacity increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="188"/>
        <source>Temporary supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="188"/>
        <source>Temporary to formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="189"/>
        <source>Dual source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="189"/>
        <source>Typical design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="190"/>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="190"/>
        <source>Key project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="193"/>
        <source>Account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="194"/>
        <source>Business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="195"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="196"/>
        <source>dual source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="196"/>
        <source>single source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="197"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="198"/>
        <source>Customer manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="199"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="200"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="201"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="202"/>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="203"/>
        <source>Supply-department time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="203"/>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="212"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="212"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="212"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="221"/>
        <source>wd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="221"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="230"/>
        <source>late entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="236"/>
        <source>Recorded long after the date it takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="241"/>
        <source>Finish: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="243"/>
        <source>Start: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="245"/>
        <source>Waiting for the stage before to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="257"/>
        <source>Application received (%1 kVA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="259"/>
        <source>Edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="263"/>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="265"/>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="267"/>
        <source>rectification / revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="270"/>
        <source>Paused %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="273"/>
        <source>Resumed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="274"/>
        <source>mid inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="274"/>
        <source>completion inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="276"/>
        <source>Inspection started: %1 round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="279"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="279"/>
        <source>%1 items failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="281"/>
        <source>Inspection closed: %1 round %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="284"/>
        <source>Joint survey recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="286"/>
        <source>Rectification item #%1 closed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="289"/>
        <source>Rectification notice %1 issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="291"/>
        <source>Notice %1 delivered to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="293"/>
        <source>Case withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_model.py" line="144"/>
        <location filename="../../ui/strings.py" line="30"/>
        <source>No holiday schedule for this year: weekends only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="164"/>
        <location filename="../../ui/strings.py" line="27"/>
        <source>Energised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="164"/>
        <location filename="../../ui/strings.py" line="28"/>
        <source>With the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="168"/>
        <location filename="../../ui/strings.py" line="29"/>
        <source>(round %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="177"/>
        <location filename="../../ui/strings.py" line="26"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="17"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="18"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="19"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="20"/>
        <source>kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="21"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="22"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="23"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="24"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="25"/>
        <source>Remaining (wd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases_page.py" line="94"/>
        <source>Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="95"/>
        <source>Case no., account, customer name or pinyin (e.g. htdq)  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="96"/>
        <source>New case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="97"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="97"/>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="98"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="98"/>
        <source>Energised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="98"/>
        <source>Open and energised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="99"/>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="100"/>
        <source>Any time state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="100"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="101"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="101"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="102"/>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="154"/>
        <source>%1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="156"/>
        <source>(loading finished cases…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="158"/>
        <source>* deadline in a year without holiday schedule (weekends only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseItemDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="460"/>
        <source>Rectification item #%1 fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="465"/>
        <source>Seen fixed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="466"/>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="62"/>
        <source>Zaosong hit an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="63"/>
        <source>Something went wrong: %1

Everything you entered before this is saved. The details are in the log file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="480"/>
        <source>Notice delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="485"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="486"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="250"/>
        <source>Edit case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="268"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="269"/>
        <source>Applied capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="270"/>
        <source>Customer manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="271"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="272"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="273"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="569"/>
        <source>Field work (drop photos here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="570"/>
        <source>Joint survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="571"/>
        <source>Acceptance handbook (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="572"/>
        <source>Protection settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="573"/>
        <source>Item fixed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="574"/>
        <source>Notice delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="575"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="576"/>
        <source>Inspections (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="577"/>
        <source>Rectification items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="578"/>
        <source>Photos and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="579"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="579"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="579"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="580"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="580"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="596"/>
        <source>oil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="596"/>
        <source>dry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="599"/>
        <source>Survey %1: %2 %3 %4; %5; transformers %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="601"/>
        <source>HV metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="601"/>
        <source>LV metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="604"/>
        <source>No joint survey recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="605"/>
        <source>Mid inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="605"/>
        <source>Completion inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="608"/>
        <location filename="../../ui/field_dialogs.py" line="615"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="609"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="609"/>
        <source>rectification needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="615"/>
        <source>closed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="683"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="12"/>
        <source>Welcome to Zaosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="13"/>
        <source>Zaosong keeps your cases on this laptop, in %1. Who will use it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="19"/>
        <source>Load demo data (300 cases of Xiangshan, to try things out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="22"/>
        <source>Your name (customer manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="23"/>
        <source>This laptop&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="26"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="27"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="286"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="286"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="286"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="287"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="287"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="287"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="297"/>
        <source>Close the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="300"/>
        <source>Rectification notice (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="303"/>
        <source>Photo for the selected item… (or drop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="310"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="335"/>
        <source>Mid inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="335"/>
        <source>Completion inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="337"/>
        <source>%1, round %2, started %3 — inspectors: %4 (checklist %5 v%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="343"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="343"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="343"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="386"/>
        <source>Closed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="387"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="387"/>
        <source>rectification needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="390"/>
        <source>%1 of %2 items recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="441"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="448"/>
        <source>Select the item the photo belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Good morning. Yours: %1 overdue, %2 due today, %3 due within 2 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Mine: %1 overdue, %2 due today, %3 due within 2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Database: %1  |  As of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>(clock set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>The holiday schedule for %1 is missing: deadlines in %1 count weekends only and are marked with *. &lt;a href=&apos;calendar&apos;&gt;Import it&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Restored. The previous file is kept as %1. Zaosong will now close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Writing rectification notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Rectification notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Zaosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Zaosong — connection applications workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="86"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="94"/>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="107"/>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="107"/>
        <source>Capacity increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="108"/>
        <source>Temporary supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="108"/>
        <source>Temporary to formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="111"/>
        <source>Dual source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="112"/>
        <source>Typical design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="113"/>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="114"/>
        <source>Key project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="131"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="132"/>
        <source>Account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="133"/>
        <source>Business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="134"/>
        <source>Supply voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="135"/>
        <source>Applied capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="140"/>
        <source>Customer manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="141"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="142"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="143"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="144"/>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="168"/>
        <location filename="../../ui/case_dialogs.py" line="187"/>
        <source>The customer name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="166"/>
        <location filename="../../ui/case_dialogs.py" line="189"/>
        <source>The account number must be exactly 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="178"/>
        <source>Account %1 already has an open case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="193"/>
        <source>The applied capacity must be more than 0 kVA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="195"/>
        <source>%1 kVA is not credible for a single %2 kV application (at most %3 kVA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="216"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="217"/>
        <source>Account %1 already has an open case %2. Create another case anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="243"/>
        <source>Created case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingSheetDialog</name>
    <message>
        <location filename="../../ui/setting_dialog.py" line="51"/>
        <source>Protection settings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="64"/>
        <source>typical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="82"/>
        <source>System S_k max / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="83"/>
        <source>Transformer kVA × count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="84"/>
        <source>u_k / load losses P_k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="85"/>
        <source>Vector group / voltage ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="86"/>
        <source>CT ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="87"/>
        <source>Cable length / R / X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="88"/>
        <source>Utility feeder: instantaneous / overcurrent / time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="107"/>
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="110"/>
        <source>Issue the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="113"/>
        <source>Print the selected version (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="116"/>
        <source>Settings (recalculated as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="127"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="177"/>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="177"/>
        <source>Primary A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="177"/>
        <source>Secondary A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="178"/>
        <source>Time s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="178"/>
        <location filename="../../ui/setting_dialog.py" line="190"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="183"/>
        <location filename="../../ui/setting_dialog.py" line="196"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="183"/>
        <location filename="../../ui/setting_dialog.py" line="196"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="190"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="190"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="190"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="208"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="208"/>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="208"/>
        <source>executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="209"/>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="96"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="97"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>Identity and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="99"/>
        <source>Customer manager (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="100"/>
        <source>This laptop&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="101"/>
        <source>My phone (printed on notices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="102"/>
        <source>Bureau name (printed on documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="103"/>
        <source>Warn when working days left ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="105"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="106"/>
        <source>Database file: %1
To use another file, start Zaosong with --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="108"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="109"/>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="110"/>
        <source>Check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="124"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="137"/>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="143"/>
        <source>Database check: all good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="143"/>
        <source>Database check found problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="149"/>
        <location filename="../../ui/settings_page.py" line="154"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="150"/>
        <source>Zaosong databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="155"/>
        <source>Replace the current database with %1? The current file is kept aside in the backups folder, and Zaosong will close; start it again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageActionDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="294"/>
        <source>Start a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="294"/>
        <source>Finish a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="295"/>
        <source>Pause the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="295"/>
        <source>Resume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="306"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="307"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="312"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="313"/>
        <source>Returned for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="313"/>
        <source>Rectification needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="315"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="321"/>
        <source>Customer asked to defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="322"/>
        <source>Customer documents incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="323"/>
        <source>Site not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="324"/>
        <source>Policy (non-technical) issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="325"/>
        <source>Customer unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="326"/>
        <source>Customer has not paid the fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="333"/>
        <source>Reason (customer-caused only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="334"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <location filename="../../ui/timeline.py" line="45"/>
        <source>No stage has started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="78"/>
        <source>%1/%2 wd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="80"/>
        <source>+%1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="82"/>
        <source>deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="84"/>
        <source>→ rectify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="86"/>
        <source>(paused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../ui/strings.py" line="6"/>
        <source>Application acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="7"/>
        <source>Site survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="8"/>
        <source>Supply plan reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="9"/>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="10"/>
        <source>Design review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="11"/>
        <source>Mid inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="12"/>
        <source>Completion inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="13"/>
        <source>Metering and energisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="243"/>
        <source>Mid inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="243"/>
        <source>Completion inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="249"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="251"/>
        <source>Date requested / started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="252"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="74"/>
        <source>Joint survey — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="82"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="82"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="86"/>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="100"/>
        <source>Dual source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="104"/>
        <source>High-voltage metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="105"/>
        <source>Low-voltage metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="114"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="114"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="114"/>
        <source>kVA each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="118"/>
        <source>Add transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="125"/>
        <source>Add photos… (or drop files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="129"/>
        <source>Survey date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="133"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="134"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="136"/>
        <source>Substation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="136"/>
        <source>Feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="136"/>
        <source>Pole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="139"/>
        <source>Connection point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="143"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="150"/>
        <source>Metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="154"/>
        <source>Transformers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="158"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="184"/>
        <source>Dry type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="185"/>
        <source>Oil immersed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="228"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="228"/>
        <source>Photos and scans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/strings.py" line="34"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="35"/>
        <source>Stage round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="36"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="37"/>
        <source>Calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="38"/>
        <source>Calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="39"/>
        <source>Joint survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="40"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="41"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="42"/>
        <source>Inspection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="43"/>
        <source>Rectification item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="44"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="45"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="46"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="47"/>
        <location filename="../../ui/sync_page.py" line="156"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="142"/>
        <location filename="../../ui/sync_page.py" line="226"/>
        <source>Export a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="143"/>
        <source>Import a package (or drop a .zsync file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="144"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="145"/>
        <source>Passphrase (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="146"/>
        <source>Passphrase (if encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="147"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="148"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="149"/>
        <source>Conflicts: the same record changed on two devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="150"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="150"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="150"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="151"/>
        <source>Shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="152"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="152"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="152"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="153"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="154"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="155"/>
        <source>Devices and packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="156"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="156"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="157"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="157"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="158"/>
        <source>Trust the selected device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="173"/>
        <source>This laptop: %1 — fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="177"/>
        <source>Everything (full export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="180"/>
        <source>%1 (changes since the last package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187"/>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187"/>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="197"/>
        <source>this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="197"/>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="198"/>
        <source>waiting for trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="198"/>
        <source>not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="227"/>
        <location filename="../../ui/sync_page.py" line="242"/>
        <source>Zaosong packages (*.zsync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="232"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="238"/>
        <source>Written %1 (%2 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="242"/>
        <location filename="../../ui/sync_page.py" line="268"/>
        <source>Import a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="259"/>
        <source>Checking the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="269"/>
        <source>From %1, package %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="270"/>
        <source>Apply these changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="279"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="284"/>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="291"/>
        <source>This package was imported before: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="297"/>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="298"/>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="299"/>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="301"/>
        <source>Missing packages from this device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="321"/>
        <source>Trust a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="322"/>
        <source>Trust %1? Compare this fingerprint with its owner first (by phone or in person):

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="337"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today_page.py" line="92"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="93"/>
        <source>Print my open rectification notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="97"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="98"/>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="104"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="104"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="104"/>
        <location filename="../../ui/today_page.py" line="107"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="104"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="105"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="105"/>
        <source>Remaining (wd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="105"/>
        <location filename="../../ui/today_page.py" line="155"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="106"/>
        <source>By manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="107"/>
        <location filename="../../ui/today_page.py" line="140"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="107"/>
        <location filename="../../ui/today_page.py" line="140"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="108"/>
        <source>Within 2 wd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="137"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="141"/>
        <source>Due within 2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="164"/>
        <source>%1 overdue, %2 due today, %3 due within 2 working days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WorkerDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="59"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="60"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="72"/>
        <source>Zaosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="81"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

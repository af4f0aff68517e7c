<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar_page.py" line="68" />
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="70" />
        <source>A working day is a weekday that is not a statutory holiday, or a make-up working day. The State Council publishes next year's schedule each autumn: import it as a CSV file (date,kind,name; kind is holiday or workday). A year without a schedule counts weekends only, and deadlines in it are marked *.</source>
        <translation>工作日是指法定节假日以外的周一至周五,以及调休上班日。国务院每年秋季公布次年的放假安排:请以 CSV 文件导入(date,kind,name;kind 为 holiday 休息或 workday 调休上班)。没有安排的年份只按周末计算,其中的截止日期标有 *。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="73" />
        <source>Import a year's schedule…</source>
        <translation>导入节假日安排…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="74" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="74" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="74" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="92" />
        <source>%1 — schedule loaded (%2)</source>
        <translation>%1 年 — 已有节假日安排(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="95" />
        <source>%1 — no schedule: weekends only</source>
        <translation>%1 年 — 无节假日安排(按周末计算)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="105" />
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="105" />
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="105" />
        <source>from sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="115" />
        <source>%1: %2 days off, %3 make-up working days.</source>
        <translation>%1 年:休息日 %2 天,调休上班 %3 天。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="119" />
        <source>%1 has no holiday schedule: only weekends are days off. Deadlines in %1 may be wrong until the schedule is imported.</source>
        <translation>%1 年没有节假日安排:只把周末当作休息日。导入安排之前,%1 年的截止日期可能不准。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="124" />
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="124" />
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="132" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="133" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="137" />
        <source>Import holiday schedule</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="138" />
        <source>Calendar files (*.csv *.txt)</source>
        <translation>日历文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="144" />
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="150" />
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../ui/case_detail.py" line="138" />
        <source>Customer and supply</source>
        <translation>客户与供电</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="139" />
        <source>Stage clock (bar: elapsed working days; dashed box: limit; hatched: paused; red line: deadline)</source>
        <translation>环节时限(实心条:已用工作日;虚线框:时限;斜线:暂停;红线:截止)</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="141" />
        <source>Time-limit rule sets</source>
        <translation>时限考核</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="142" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="143" />
        <source>Rule</source>
        <translation>考核项</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="143" />
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="143" />
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="143" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="144" />
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="144" />
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="144" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="145" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="146" />
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="147" />
        <source>Resume…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="148" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="173" />
        <location filename="../../ui/case_detail.py" line="246" />
        <source>Energised</source>
        <translation>已送电</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="173" />
        <source>Open</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="175" />
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="179" />
        <source>No holiday schedule for %1: working days there count weekends only. Import the schedule on the Calendar page.</source>
        <translation>%1 年没有节假日安排:该年的工作日只按周末计算。请在“日历”页导入安排。</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="187" />
        <source>New connection</source>
        <translation>新装</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="187" />
        <source>Capacity increase</source>
        <translation>增容</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="188" />
        <source>Temporary supply</source>
        <translation>临时用电</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="188" />
        <source>Temporary to formal</source>
        <translation>临时转正式</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="189" />
        <source>Dual source</source>
        <translation>双电源</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="189" />
        <source>Typical design</source>
        <translation>典型设计</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="190" />
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="190" />
        <source>Key project</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="193" />
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="194" />
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="195" />
        <source>Supply</source>
        <translation>供电</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="196" />
        <source>dual source</source>
        <translation>双电源</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="196" />
        <source>single source</source>
        <translation>单电源</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="197" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="198" />
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="199" />
        <source>Township</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="200" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="201" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="202" />
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="203" />
        <source>Supply-department time</source>
        <translation>供电部门流转耗时</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="203" />
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="212" />
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="212" />
        <source>missed</source>
        <translation>超限</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="212" />
        <source>pending</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="221" />
        <source>wd</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="221" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="230" />
        <source>late entry</source>
        <translation>补录</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="236" />
        <source>Recorded long after the date it takes effect</source>
        <translation>录入时间远晚于生效日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="241" />
        <source>Finish: %1…</source>
        <translation>完成:%1…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="243" />
        <source>Start: %1…</source>
        <translation>开始:%1…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="245" />
        <source>Waiting for the stage before to finish</source>
        <translation>等待前一环节完成</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="257" />
        <source>Application received (%1 kVA)</source>
        <translation>受理申请(%1 kVA)</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="259" />
        <source>Edited: %1</source>
        <translation>修改:%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="263" />
        <source>Started %1</source>
        <translation>开始 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="265" />
        <source>Finished %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="267" />
        <source>rectification / revision</source>
        <translation>整改/退回</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="270" />
        <source>Paused %1: %2 %3</source>
        <translation>暂停 %1:%2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="273" />
        <source>Resumed %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="274" />
        <source>mid inspection</source>
        <translation>中间检查</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="274" />
        <source>completion inspection</source>
        <translation>竣工检验</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="276" />
        <source>Inspection started: %1 round %2</source>
        <translation>开始检查:%1 第 %2 轮</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="279" />
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="279" />
        <source>%1 items failed</source>
        <translation>%1 项不合格</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="281" />
        <source>Inspection closed: %1 round %2, %3</source>
        <translation>检查结束:%1 第 %2 轮,%3</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="284" />
        <source>Joint survey recorded</source>
        <translation>记录联合查勘</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="286" />
        <source>Rectification item #%1 closed by %2</source>
        <translation>整改项 #%1 确认完成(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="289" />
        <source>Rectification notice %1 issued</source>
        <translation>开具整改通知书 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="291" />
        <source>Notice %1 delivered to %2</source>
        <translation>整改通知书 %1 送达 %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="293" />
        <source>Case withdrawn: %1</source>
        <translation>工单撤销:%1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_model.py" line="144" />
        <location filename="../../ui/strings.py" line="30" />
        <source>No holiday schedule for this year: weekends only</source>
        <translation>该年没有节假日安排:只按周末计算</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="164" />
        <location filename="../../ui/strings.py" line="27" />
        <source>Energised</source>
        <translation>已送电</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="164" />
        <location filename="../../ui/strings.py" line="28" />
        <source>With the customer</source>
        <translation>客户办理中</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="168" />
        <location filename="../../ui/strings.py" line="29" />
        <source>(round %1)</source>
        <translation>(第 %1 轮)</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="177" />
        <location filename="../../ui/strings.py" line="26" />
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="17" />
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="18" />
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="19" />
        <source>Account</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="20" />
        <source>kVA</source>
        <translation>容量kVA</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="21" />
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="22" />
        <source>Township</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="23" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="24" />
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="25" />
        <source>Remaining (wd)</source>
        <translation>剩余(工作日)</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases_page.py" line="94" />
        <source>Search:</source>
        <translation>搜索:</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="95" />
        <source>Case no., account, customer name or pinyin (e.g. htdq)  Ctrl+F</source>
        <translation>工单号、户号、户名或拼音(如 htdq) Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="96" />
        <source>New case (Ctrl+N)</source>
        <translation>新建工单 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="97" />
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="97" />
        <source>All managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="98" />
        <source>Open</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="98" />
        <source>Energised</source>
        <translation>已送电</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="98" />
        <source>Open and energised</source>
        <translation>在途及已送电</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="99" />
        <source>Any stage</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="100" />
        <source>Any time state</source>
        <translation>全部时限状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="100" />
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="101" />
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="101" />
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="102" />
        <source>All townships</source>
        <translation>全部乡镇/街道</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="154" />
        <source>%1 of %2 cases</source>
        <translation>显示 %1 / 共 %2 个工单</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="156" />
        <source>(loading finished cases…)</source>
        <translation>(正在加载已送电工单…)</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="158" />
        <source>* deadline in a year without holiday schedule (weekends only)</source>
        <translation>* 截止日期所在年份无节假日安排(按周末计算)</translation>
    </message>
</context>
<context>
    <name>CloseItemDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="460" />
        <source>Rectification item #%1 fixed</source>
        <translation>整改项 #%1 已整改</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="465" />
        <source>Seen fixed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="466" />
        <source>Seen by</source>
        <translation>确认人</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="62" />
        <source>Zaosong hit an unexpected error</source>
        <translation>早送遇到意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="63" />
        <source>Something went wrong: %1

Everything you entered before this is saved. The details are in the log file:
%2</source>
        <translation>出现了问题:%1

此前录入的内容都已保存。详细信息见日志文件:
%2</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="480" />
        <source>Notice delivered</source>
        <translation>通知书已送达</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="485" />
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="486" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="250" />
        <source>Edit case %1</source>
        <translation>修改工单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="268" />
        <source>Customer name</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="269" />
        <source>Applied capacity</source>
        <translation>申请容量</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="270" />
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="271" />
        <source>Township</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="272" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="273" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="569" />
        <source>Field work (drop photos here)</source>
        <translation>现场工作(可把照片拖到这里)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="570" />
        <source>Joint survey…</source>
        <translation>联合查勘…</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="571" />
        <source>Acceptance handbook (PDF)</source>
        <translation>验收手册(PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="572" />
        <source>Protection settings…</source>
        <translation>保护定值…</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="573" />
        <source>Item fixed…</source>
        <translation>确认整改…</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="574" />
        <source>Notice delivered…</source>
        <translation>记录送达…</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="575" />
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="576" />
        <source>Inspections (double-click to open)</source>
        <translation>检查记录(双击打开)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="577" />
        <source>Rectification items</source>
        <translation>整改项</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="578" />
        <source>Photos and scans</source>
        <translation>照片与扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="579" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="579" />
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="579" />
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="580" />
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="580" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="596" />
        <source>oil</source>
        <translation>油浸</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="596" />
        <source>dry</source>
        <translation>干式</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="599" />
        <source>Survey %1: %2 %3 %4; %5; transformers %6</source>
        <translation>查勘 %1:%2 %3 %4;%5;变压器 %6</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="601" />
        <source>HV metering</source>
        <translation>高压计量</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="601" />
        <source>LV metering</source>
        <translation>低压计量</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="604" />
        <source>No joint survey recorded yet.</source>
        <translation>尚未记录联合查勘。</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="605" />
        <source>Mid inspection</source>
        <translation>中间检查</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="605" />
        <source>Completion inspection</source>
        <translation>竣工检验</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="608" />
        <location filename="../../ui/field_dialogs.py" line="615" />
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="609" />
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="609" />
        <source>rectification needed</source>
        <translation>需整改</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="615" />
        <source>closed %1 (%2)</source>
        <translation>已关闭 %1(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="683" />
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="12" />
        <source>Welcome to Zaosong</source>
        <translation>欢迎使用早送</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="13" />
        <source>Zaosong keeps your cases on this laptop, in %1. Who will use it?</source>
        <translation>早送把工单保存在本机:%1。请问谁在使用?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="19" />
        <source>Load demo data (300 cases of Xiangshan, to try things out)</source>
        <translation>载入演示数据(象山 300 个工单,供试用)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="22" />
        <source>Your name (customer manager)</source>
        <translation>您的姓名(客户经理)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="23" />
        <source>This laptop's name</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="26" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="27" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="286" />
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="286" />
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="286" />
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="287" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="287" />
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="287" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="297" />
        <source>Close the inspection</source>
        <translation>结束检查</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="300" />
        <source>Rectification notice (PDF)</source>
        <translation>整改通知书(PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="303" />
        <source>Photo for the selected item… (or drop)</source>
        <translation>为所选检查项添加照片…(或拖入)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="310" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="335" />
        <source>Mid inspection</source>
        <translation>中间检查</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="335" />
        <source>Completion inspection</source>
        <translation>竣工检验</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="337" />
        <source>%1, round %2, started %3 — inspectors: %4 (checklist %5 v%6)</source>
        <translation>%1 第 %2 轮,%3 开始 — 检查人员:%4(检查表 %5 第 %6 版)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="343" />
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="343" />
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="343" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="386" />
        <source>Closed on %1: %2</source>
        <translation>%1 结束:%2</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="387" />
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="387" />
        <source>rectification needed</source>
        <translation>需整改</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="390" />
        <source>%1 of %2 items recorded</source>
        <translation>已记录 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="441" />
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="448" />
        <source>Select the item the photo belongs to first.</source>
        <translation>请先选中照片所属的检查项。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>Good morning. Yours: %1 overdue, %2 due today, %3 due within 2 working days.</source>
        <translation>早上好。您的工单:超期 %1 个,今日到期 %2 个,2 个工作日内到期 %3 个。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <location filename="../../ui/main_window.py" line="303" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>Mine: %1 overdue, %2 due today, %3 due within 2 working days</source>
        <translation>我的:超期 %1 个,今日到期 %2 个,2 个工作日内到期 %3 个</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <location filename="../../ui/main_window.py" line="303" />
        <source>Cases</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Database: %1  |  As of %2</source>
        <translation>数据库:%1 | 日期:%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>(clock set by hand)</source>
        <translation>(日期为手动设定)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <location filename="../../ui/main_window.py" line="303" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>The holiday schedule for %1 is missing: deadlines in %1 count weekends only and are marked with *. &lt;a href='calendar'&gt;Import it&lt;/a&gt;.</source>
        <translation>缺少 %1 年的节假日安排:%1 年的截止日期只按周末计算,并标有 *。&lt;a href='calendar'&gt;去导入&lt;/a&gt;。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Loading demo data…</source>
        <translation>正在载入演示数据…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <location filename="../../ui/main_window.py" line="266" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>Restored. The previous file is kept as %1. Zaosong will now close.</source>
        <translation>已恢复。原文件保存为 %1。早送现在将关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260" />
        <source>Written: %1</source>
        <translation>已生成:%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>Writing rectification notices…</source>
        <translation>正在生成整改通知书…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>Rectification notices</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>Zaosong</source>
        <translation>早送</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Zaosong — connection applications workbench</source>
        <translation>早送 — 业扩报装工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303" />
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>Find case</source>
        <translation>查找工单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>New case</source>
        <translation>新建工单</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="86" />
        <source>New case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="94" />
        <source>10 digits</source>
        <translation>10 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="107" />
        <source>New connection</source>
        <translation>新装</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="107" />
        <source>Capacity increase</source>
        <translation>增容</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="108" />
        <source>Temporary supply</source>
        <translation>临时用电</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="108" />
        <source>Temporary to formal</source>
        <translation>临时转正式</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="111" />
        <source>Dual source</source>
        <translation>双电源</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="112" />
        <source>Typical design</source>
        <translation>典型设计</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="113" />
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="114" />
        <source>Key project</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="131" />
        <source>Customer name</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="132" />
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="133" />
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="134" />
        <source>Supply voltage</source>
        <translation>供电电压</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="135" />
        <source>Applied capacity</source>
        <translation>申请容量</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="140" />
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="141" />
        <source>Township</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="142" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="143" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="144" />
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="168" />
        <location filename="../../ui/case_dialogs.py" line="187" />
        <source>The customer name is required.</source>
        <translation>户名不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="166" />
        <location filename="../../ui/case_dialogs.py" line="189" />
        <source>The account number must be exactly 10 digits.</source>
        <translation>户号必须是 10 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="178" />
        <source>Account %1 already has an open case %2.</source>
        <translation>户号 %1 已有在途工单 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="193" />
        <source>The applied capacity must be more than 0 kVA.</source>
        <translation>申请容量必须大于 0 kVA。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="195" />
        <source>%1 kVA is not credible for a single %2 kV application (at most %3 kVA).</source>
        <translation>%1 kVA 不合理:%2 kV 供电的单个申请不超过 %3 kVA。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="216" />
        <source>Possible duplicate</source>
        <translation>可能重复受理</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="217" />
        <source>Account %1 already has an open case %2. Create another case anyway?</source>
        <translation>户号 %1 已有在途工单 %2。仍要新建工单吗?</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="243" />
        <source>Created case %1</source>
        <translation>已新建工单 %1</translation>
    </message>
</context>
<context>
    <name>SettingSheetDialog</name>
    <message>
        <location filename="../../ui/setting_dialog.py" line="51" />
        <source>Protection settings — %1</source>
        <translation>保护定值 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="64" />
        <source>typical</source>
        <translation>典型值</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="82" />
        <source>System S_k max / min</source>
        <translation>系统短路容量 最大/最小</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="83" />
        <source>Transformer kVA × count</source>
        <translation>变压器容量 × 台数</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="84" />
        <source>u_k / load losses P_k</source>
        <translation>短路电压 u_k / 负载损耗 P_k</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="85" />
        <source>Vector group / voltage ratio</source>
        <translation>联结组别 / 电压比</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="86" />
        <source>CT ratio</source>
        <translation>电流互感器变比</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="87" />
        <source>Cable length / R / X</source>
        <translation>电缆长度 / 电阻 / 电抗</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="88" />
        <source>Utility feeder: instantaneous / overcurrent / time</source>
        <translation>上级馈线:速断 / 过流 / 时间</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="107" />
        <source>Save as a new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="110" />
        <source>Issue the selected version</source>
        <translation>签发所选版本</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="113" />
        <source>Print the selected version (PDF)</source>
        <translation>打印所选版本(PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="116" />
        <source>Settings (recalculated as you type)</source>
        <translation>定值(随输入实时计算)</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="127" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="177" />
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="177" />
        <source>Primary A</source>
        <translation>一次值 A</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="177" />
        <source>Secondary A</source>
        <translation>二次值 A</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="178" />
        <source>Time s</source>
        <translation>时间 s</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="178" />
        <location filename="../../ui/setting_dialog.py" line="190" />
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="183" />
        <location filename="../../ui/setting_dialog.py" line="196" />
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="183" />
        <location filename="../../ui/setting_dialog.py" line="196" />
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="190" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="190" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="190" />
        <source>Threshold</source>
        <translation>限值</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="208" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="208" />
        <source>issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="208" />
        <source>executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="209" />
        <source>void</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="96" />
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="97" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98" />
        <source>Identity and warnings</source>
        <translation>身份与预警</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="99" />
        <source>Customer manager (me)</source>
        <translation>客户经理(本人)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="100" />
        <source>This laptop's name</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="101" />
        <source>My phone (printed on notices)</source>
        <translation>我的电话(打印在通知书上)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="102" />
        <source>Bureau name (printed on documents)</source>
        <translation>供电单位名称(打印在文书上)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="103" />
        <source>Warn when working days left ≤</source>
        <translation>剩余工作日 ≤ 时预警</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="105" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="106" />
        <source>Database file: %1
To use another file, start Zaosong with --db PATH.</source>
        <translation>数据库文件:%1
如需使用其他文件,请用 --db 路径 启动早送。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="108" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="109" />
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="110" />
        <source>Check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="124" />
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="137" />
        <source>Backup written: %1</source>
        <translation>已备份到:%1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="143" />
        <source>Database check: all good.</source>
        <translation>数据库检查:一切正常。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="143" />
        <source>Database check found problems:</source>
        <translation>数据库检查发现问题:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="149" />
        <location filename="../../ui/settings_page.py" line="154" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="150" />
        <source>Zaosong databases (*.db)</source>
        <translation>早送数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="155" />
        <source>Replace the current database with %1? The current file is kept aside in the backups folder, and Zaosong will close; start it again afterwards.</source>
        <translation>用 %1 替换当前数据库吗?当前文件会先保存到备份文件夹,然后早送将关闭,请之后重新启动。</translation>
    </message>
</context>
<context>
    <name>StageActionDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="294" />
        <source>Start a stage</source>
        <translation>开始环节</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="294" />
        <source>Finish a stage</source>
        <translation>完成环节</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="295" />
        <source>Pause the clock</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="295" />
        <source>Resume the clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="306" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="307" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="312" />
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="313" />
        <source>Returned for revision</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="313" />
        <source>Rectification needed</source>
        <translation>需要整改</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="315" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="321" />
        <source>Customer asked to defer</source>
        <translation>客户要求暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="322" />
        <source>Customer documents incomplete</source>
        <translation>客户资料不全</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="323" />
        <source>Site not ready</source>
        <translation>现场不具备条件</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="324" />
        <source>Policy (non-technical) issues</source>
        <translation>政策处理</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="325" />
        <source>Customer unreachable</source>
        <translation>客户无法联系</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="326" />
        <source>Customer has not paid the fees</source>
        <translation>客户未缴费</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="333" />
        <source>Reason (customer-caused only)</source>
        <translation>原因(仅限客户原因)</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="334" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <location filename="../../ui/timeline.py" line="45" />
        <source>No stage has started yet.</source>
        <translation>尚未开始任何环节。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="78" />
        <source>%1/%2 wd</source>
        <translation>%1/%2 工作日</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="80" />
        <source>+%1 paused</source>
        <translation>+暂停 %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="82" />
        <source>deadline %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="84" />
        <source>→ rectify</source>
        <translation>→ 整改</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="86" />
        <source>(paused)</source>
        <translation>(暂停中)</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../ui/strings.py" line="6" />
        <source>Application acceptance</source>
        <translation>业务受理</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="7" />
        <source>Site survey</source>
        <translation>现场查勘</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="8" />
        <source>Supply plan reply</source>
        <translation>供电方案确定及答复</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="9" />
        <source>Fees</source>
        <translation>业务收费</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="10" />
        <source>Design review</source>
        <translation>设计图纸审查</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="11" />
        <source>Mid inspection</source>
        <translation>中间检查</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="12" />
        <source>Completion inspection</source>
        <translation>竣工检验</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="13" />
        <source>Metering and energisation</source>
        <translation>装表接电</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="243" />
        <source>Mid inspection</source>
        <translation>中间检查</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="243" />
        <source>Completion inspection</source>
        <translation>竣工检验</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="249" />
        <source>Names, separated by commas</source>
        <translation>姓名,用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="251" />
        <source>Date requested / started</source>
        <translation>报验(开始)日期</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="252" />
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="74" />
        <source>Joint survey — %1</source>
        <translation>联合查勘 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="82" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="82" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="86" />
        <source>Add participant</source>
        <translation>添加参加人员</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="100" />
        <source>Dual source</source>
        <translation>双电源</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="104" />
        <source>High-voltage metering</source>
        <translation>高压计量</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="105" />
        <source>Low-voltage metering</source>
        <translation>低压计量</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="114" />
        <source>Count</source>
        <translation>台数</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="114" />
        <source>Type</source>
        <translation>型式</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="114" />
        <source>kVA each</source>
        <translation>单台容量 kVA</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="118" />
        <source>Add transformer</source>
        <translation>添加变压器</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="125" />
        <source>Add photos… (or drop files here)</source>
        <translation>添加照片…(或把文件拖到这里)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="129" />
        <source>Survey date</source>
        <translation>查勘日期</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="133" />
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="134" />
        <source>Findings</source>
        <translation>查勘情况</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="136" />
        <source>Substation</source>
        <translation>变电站</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="136" />
        <source>Feeder</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="136" />
        <source>Pole</source>
        <translation>杆号</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="139" />
        <source>Connection point</source>
        <translation>接入点</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="143" />
        <source>Supply</source>
        <translation>供电</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="150" />
        <source>Metering</source>
        <translation>计量方式</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="154" />
        <source>Transformers</source>
        <translation>变压器</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="158" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="184" />
        <source>Dry type</source>
        <translation>干式</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="185" />
        <source>Oil immersed</source>
        <translation>油浸式</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="228" />
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="228" />
        <source>Photos and scans (%1)</source>
        <translation>照片与扫描件 (%1)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/strings.py" line="34" />
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="35" />
        <source>Stage round</source>
        <translation>环节轮次</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="36" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="37" />
        <source>Calendar day</source>
        <translation>日历日</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="38" />
        <source>Calendar year</source>
        <translation>日历年</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="39" />
        <source>Joint survey</source>
        <translation>联合查勘</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="40" />
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="41" />
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="42" />
        <source>Inspection result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="43" />
        <source>Rectification item</source>
        <translation>整改项</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="44" />
        <source>Notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="45" />
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="46" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="47" />
        <location filename="../../ui/sync_page.py" line="156" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="142" />
        <location filename="../../ui/sync_page.py" line="226" />
        <source>Export a package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="143" />
        <source>Import a package (or drop a .zsync file here)</source>
        <translation>导入同步包(或把 .zsync 文件拖到这里)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="144" />
        <source>For</source>
        <translation>发给</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="145" />
        <source>Passphrase (optional)</source>
        <translation>口令(可选)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="146" />
        <source>Passphrase (if encrypted)</source>
        <translation>口令(加密包需要)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="147" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="148" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="149" />
        <source>Conflicts: the same record changed on two devices</source>
        <translation>冲突:同一记录在两台设备上都被修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="150" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="150" />
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="150" />
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="151" />
        <source>Shown now</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="152" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="152" />
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="152" />
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="153" />
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="154" />
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="155" />
        <source>Devices and packages</source>
        <translation>设备与收发记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="156" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="156" />
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="157" />
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="157" />
        <source>Sent</source>
        <translation>已发</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="158" />
        <source>Trust the selected device…</source>
        <translation>信任所选设备…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="173" />
        <source>This laptop: %1 — fingerprint %2</source>
        <translation>本机:%1 — 指纹 %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="177" />
        <source>Everything (full export)</source>
        <translation>全部数据(完整导出)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="180" />
        <source>%1 (changes since the last package)</source>
        <translation>%1(上次发送之后的变化)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187" />
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187" />
        <source>theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="197" />
        <source>this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="197" />
        <source>trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="198" />
        <source>waiting for trust</source>
        <translation>等待信任</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="198" />
        <source>not trusted</source>
        <translation>未信任</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="227" />
        <location filename="../../ui/sync_page.py" line="242" />
        <source>Zaosong packages (*.zsync)</source>
        <translation>早送同步包 (*.zsync)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="232" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="238" />
        <source>Written %1 (%2 records).</source>
        <translation>已写入 %1(%2 条记录)。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="242" />
        <location filename="../../ui/sync_page.py" line="268" />
        <source>Import a package</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="259" />
        <source>Checking the package…</source>
        <translation>正在检查同步包…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="269" />
        <source>From %1, package %2:</source>
        <translation>来自 %1,第 %2 个同步包:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="270" />
        <source>Apply these changes?</source>
        <translation>要应用这些变化吗?</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="279" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="284" />
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="291" />
        <source>This package was imported before: nothing to do.</source>
        <translation>这个同步包以前导入过,无需再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="297" />
        <source>New: %1</source>
        <translation>新增:%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="298" />
        <source>Updated: %1</source>
        <translation>更新:%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="299" />
        <source>Conflicts: %1</source>
        <translation>冲突:%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="301" />
        <source>Missing packages from this device: %1</source>
        <translation>该设备缺少的同步包:%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="321" />
        <source>Trust a device</source>
        <translation>信任设备</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="322" />
        <source>Trust %1? Compare this fingerprint with its owner first (by phone or in person):

%2</source>
        <translation>信任 %1 吗?请先与对方核对指纹(电话或当面):

%2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="337" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today_page.py" line="92" />
        <source>Show:</source>
        <translation>显示:</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="93" />
        <source>Print my open rectification notices…</source>
        <translation>打印我的在途整改通知书…</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="97" />
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="98" />
        <source>All managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="104" />
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="104" />
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="104" />
        <location filename="../../ui/today_page.py" line="107" />
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="104" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="105" />
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="105" />
        <source>Remaining (wd)</source>
        <translation>剩余(工作日)</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="105" />
        <location filename="../../ui/today_page.py" line="155" />
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="106" />
        <source>By manager</source>
        <translation>按客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="107" />
        <location filename="../../ui/today_page.py" line="140" />
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="107" />
        <location filename="../../ui/today_page.py" line="140" />
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="108" />
        <source>Within 2 wd</source>
        <translation>2 日内</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="137" />
        <source>Today, %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="141" />
        <source>Due within 2 working days</source>
        <translation>2 个工作日内到期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="164" />
        <source>%1 overdue, %2 due today, %3 due within 2 working days.</source>
        <translation>超期 %1 个,今日到期 %2 个,2 个工作日内到期 %3 个。</translation>
    </message>
</context>
<context>
    <name>_WorkerDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="59" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="60" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="72" />
        <source>Zaosong</source>
        <translation>早送</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="81" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
</TS>
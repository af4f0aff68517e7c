<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="261"/>
        <source>New action</source>
        <translation>新的待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="268"/>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="269"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="270"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>ActionDoneDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="281"/>
        <source>Action done</source>
        <translation>事项完成</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="286"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="287"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AddCaseDialog</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="233"/>
        <source>Add a case to the meeting of %1</source>
        <translation>把工单列入 %1 的会审</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="237"/>
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="246"/>
        <source>Name and post, e.g. 李明 (电气负责人)</source>
        <translation>姓名和职务,如 李明(电气负责人)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="248"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="249"/>
        <source>Customer representative</source>
        <translation>客户代表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="263"/>
        <source>Choose the case.</source>
        <translation>请选择工单。</translation>
    </message>
</context>
<context>
    <name>AddRiskDialog</name>
    <message>
        <location filename="../../ui/review_panel.py" line="142"/>
        <source>Policy risk — %1</source>
        <translation>政策处理 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="154"/>
        <source>Set a due date</source>
        <translation>设定期限</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="165"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="166"/>
        <source>What stands in the way</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="167"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="168"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="174"/>
        <source>Describe the risk.</source>
        <translation>请描述风险。</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/points_page.py" line="61"/>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="71"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="72"/>
        <source>Points (+/−)</source>
        <translation>积分(+/−)</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="73"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="74"/>
        <source>Month: %1. Nobody can adjust their own points.</source>
        <translation>月份:%1。不能调整自己的积分。</translation>
    </message>
</context>
<context>
    <name>AdviceDialog</name>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="39"/>
        <source>Advice for the formal supply — %1</source>
        <translation>正式用电建议 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="44"/>
        <source>e.g. 1号楼地下一层东侧,预留 12×8 m</source>
        <translation>例:1号楼地下一层东侧,预留 12×8 m</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="48"/>
        <source>e.g. 2×800 kVA 干式 SCB13</source>
        <translation>例:2×800 kVA 干式 SCB13</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="52"/>
        <source>e.g. 10 kV 环网柜 4 面、低压柜 12 面</source>
        <translation>例:10 kV 环网柜 4 面、低压柜 12 面</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="62"/>
        <source>What the customer should reserve and prepare now, so the formal supply later needs no rebuilding. It is carried over to the formal case.</source>
        <translation>客户现在应预留和准备的内容,以免日后正式用电时返工。建议会带入正式工单。</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="67"/>
        <source>Room position reserved</source>
        <translation>预留配电房位置</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="68"/>
        <source>Transformer to prepare</source>
        <translation>拟配变压器</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="69"/>
        <source>Switchgear to prepare</source>
        <translation>拟配开关柜</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="70"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="71"/>
        <source>Advised on</source>
        <translation>建议日期</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="76"/>
        <source>the reserved room position</source>
        <translation>预留配电房位置</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="77"/>
        <source>the transformer</source>
        <translation>拟配变压器</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="77"/>
        <source>the switchgear</source>
        <translation>拟配开关柜</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="79"/>
        <source>Please fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
</context>
<context>
    <name>AfterPage</name>
    <message>
        <location filename="../../ui/after_page.py" line="162"/>
        <source>Minutes PDF…</source>
        <translation>会议纪要 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="163"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="164"/>
        <source>Follow-ups due</source>
        <translation>到期回访</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="165"/>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="166"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="166"/>
        <location filename="../../ui/after_page.py" line="168"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="166"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="167"/>
        <source>Conclusion</source>
        <translation>会议结论</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="168"/>
        <source>Planned</source>
        <translation>计划回访日期</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="168"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="169"/>
        <location filename="../../ui/after_page.py" line="170"/>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="169"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="170"/>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="170"/>
        <source>Satisfied</source>
        <translation>满意数</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="171"/>
        <source>Rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="172"/>
        <source>Record follow-up…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="173"/>
        <source>The meeting</source>
        <translation>分析会</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="174"/>
        <source>Held on, chair, place</source>
        <translation>日期、主持人、地点</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="175"/>
        <source>Attendance</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="176"/>
        <source>Names, separated by commas</source>
        <translation>姓名,用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="177"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="178"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="179"/>
        <source>Save meeting</source>
        <translation>保存会议</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="180"/>
        <source>Conclusion on the selected case</source>
        <translation>选中工单的结论</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="181"/>
        <source>Save conclusion</source>
        <translation>保存结论</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="182"/>
        <source>Improvement measure</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="183"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="184"/>
        <source>Add measure</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="185"/>
        <location filename="../../ui/after_page.py" line="200"/>
        <location filename="../../ui/after_page.py" line="248"/>
        <source>Monthly analysis %1</source>
        <translation>%1 月度分析</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="222"/>
        <source>%1 (%2) over by %3</source>
        <translation>%1(%2)超 %3</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="226"/>
        <source>Missed a limit</source>
        <translation>未达时限</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="228"/>
        <source>%1: recorded %2, customer says %3</source>
        <translation>%1:系统记录 %2,客户所述 %3</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="229"/>
        <source>applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="229"/>
        <source>power on</source>
        <translation>送电日期</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="231"/>
        <source>Date deviation</source>
        <translation>时间偏差</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="233"/>
        <source>Long pause</source>
        <translation>长时间暂停</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="236"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="236"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="239"/>
        <source>Open measure</source>
        <translation>未完成措施</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="255"/>
        <source>Meeting held on %1, chaired by %2.</source>
        <translation>分析会已于 %1 召开,主持人 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="256"/>
        <source>Meeting not recorded yet.</source>
        <translation>分析会尚未记录。</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="258"/>
        <source>Energised %1, missed a limit %2, average supply-department time %3 working days. %4</source>
        <translation>送电 %1 户,未达时限 %2 户,供电部门平均流转耗时 %3 个工作日。%4</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="261"/>
        <source>Satisfaction %1 of %2 answers; followed up %3 of %4 energised.</source>
        <translation>满意率 %1(共 %2 个回答);送电 %4 户中已回访 %3 户。</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="299"/>
        <source>Select a case of the agenda first.</source>
        <translation>请先选中议程中的工单。</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="312"/>
        <source>Select a follow-up that is due first.</source>
        <translation>请先选中到期的回访。</translation>
    </message>
</context>
<context>
    <name>AfterTodaySection</name>
    <message>
        <location filename="../../ui/after_page.py" line="386"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="386"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="386"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="386"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="386"/>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="387"/>
        <source>Follow-up due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="390"/>
        <source>Action overdue</source>
        <translation>措施逾期</translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="394"/>
        <source>After power on: %1 follow-ups due, %2 actions overdue</source>
        <translation>送电后:到期回访 %1 个,逾期措施 %2 项</translation>
    </message>
</context>
<context>
    <name>AppealDecisionDialog</name>
    <message>
        <location filename="../../ui/points_page.py" line="113"/>
        <source>Decide the appeal</source>
        <translation>裁决申诉</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="114"/>
        <source>Accept</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="116"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="124"/>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="125"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="126"/>
        <source>Decision</source>
        <translation>裁决意见</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <location filename="../../ui/points_page.py" line="87"/>
        <source>Appeal my points</source>
        <translation>对我的积分申诉</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="97"/>
        <source>Case (optional)</source>
        <translation>工单(可不填)</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="98"/>
        <source>Points asked for (0: none)</source>
        <translation>请求的积分(0:不填)</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="99"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>BeforePage</name>
    <message>
        <location filename="../../ui/before_page.py" line="625"/>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="627"/>
        <source>All managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="655"/>
        <source>Case %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="658"/>
        <source>key project</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="660"/>
        <source>green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="671"/>
        <source>counted through their cases</source>
        <translation>按其工单计入需求</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="673"/>
        <source>%1 kVA, weighted %2 kVA</source>
        <translation>%1 kVA,加权 %2 kVA</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="694"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="700"/>
        <source>%1 kVA, weighted %2 kVA, load %3 kW; %4 prospects, %5 cases</source>
        <translation>%1 kVA,加权 %2 kVA,负荷 %3 kW;意向项目 %4 个,工单 %5 个</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="717"/>
        <source>Bottlenecks (卡脖子): %1</source>
        <translation>卡脖子线路:%1</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="718"/>
        <source>%1 from %2: %3 kVA over %4 kVA spare</source>
        <translation>%1 自 %2 年起:%3 kVA,超过可开放容量 %4 kVA</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="722"/>
        <source>No feeder&apos;s prospects exceed its spare capacity.</source>
        <translation>没有意向容量超过可开放容量的线路。</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="725"/>
        <source>Load = weighted kVA × power factor %1 × demand factor × simultaneity %2. Source: %3</source>
        <translation>规划负荷 = 加权容量 × 功率因数 %1 × 需用系数 × 同时率 %2。来源:%3</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="741"/>
        <source>Select a visit to see its findings and actions.</source>
        <translation>选择一次走访,查看了解情况和后续行动。</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="744"/>
        <source>Met: %1; ours: %2</source>
        <translation>接洽人员:%1;我方人员:%2</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="751"/>
        <source>Lead (线索)</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="751"/>
        <source>Following up (跟进)</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="752"/>
        <source>Applied (已申请)</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="752"/>
        <source>Dropped (放弃)</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="759"/>
        <source>no action recorded</source>
        <translation>未记录后续行动</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="761"/>
        <source>no action needed</source>
        <translation>无需行动</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="764"/>
        <source>%1 open, %2 overdue</source>
        <translation>未完成 %1 项,逾期 %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="765"/>
        <source>all done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="781"/>
        <source>Before the application</source>
        <translation>事前管理:走访、意向项目、用电需求</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="782"/>
        <source>Township:</source>
        <translation>乡镇:</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="783"/>
        <source>Manager:</source>
        <translation>客户经理:</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="784"/>
        <source>New prospect…</source>
        <translation>新建意向项目…</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="785"/>
        <source>New visit…</source>
        <translation>记录走访…</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="786"/>
        <source>Pipeline</source>
        <translation>意向项目</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="787"/>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="788"/>
        <source>Demand</source>
        <translation>用电需求</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="789"/>
        <source>Drag a card to another column to change its status (or Ctrl+Left / Ctrl+Right); Enter or double-click edits it. Applied makes the case.</source>
        <translation>把卡片拖到另一列即可改变状态(或按 Ctrl+左/右);回车或双击编辑。拖到“已申请”即生成工单。</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="791"/>
        <source>Add action…</source>
        <translation>添加待办事项…</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="792"/>
        <source>Action done…</source>
        <translation>事项完成…</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="794"/>
        <source>From year:</source>
        <translation>起始年份:</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="795"/>
        <source>Show:</source>
        <translation>显示:</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="799"/>
        <source>Weighted kVA</source>
        <translation>加权容量 kVA</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="799"/>
        <source>Raw kVA</source>
        <translation>报装容量 kVA</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="800"/>
        <source>Planning load kW</source>
        <translation>规划负荷 kW</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="804"/>
        <source>Export 用电需求预测表…</source>
        <translation>导出用电需求预测表…</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="807"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="807"/>
        <source>Party</source>
        <translation>走访对象</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="807"/>
        <source>Township</source>
        <translation>乡镇(街道)</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="807"/>
        <source>Topics</source>
        <translation>走访事项</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="808"/>
        <source>Actions</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="809"/>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="809"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="809"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="809"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="810"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="907"/>
        <source>Export 用电需求预测表</source>
        <translation>导出用电需求预测表</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="915"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="805"/>
        <source>用电需求预测表 PDF</source>
        <translation>用电需求预测表 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="806"/>
        <source>走访记录 PDF</source>
        <translation>走访记录 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="793"/>
        <location filename="../../ui/before_page.py" line="879"/>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="746"/>
        <source>Attachments: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="880"/>
        <source>Photos and scans (%1)</source>
        <translation>照片与扫描件 (%1)</translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <location filename="../../ui/bulletins_page.py" line="267"/>
        <source>Weekly time-limit bulletin</source>
        <translation>时限通报(周)</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="267"/>
        <source>Monthly work-quality bulletin</source>
        <translation>工作质量通报(月)</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="268"/>
        <source>Quarterly benchmark</source>
        <translation>同业对标(季)</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="269"/>
        <source>Marketing department (bureau)</source>
        <translation>营销部专职(全局)</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="269"/>
        <source>Customer service centre</source>
        <translation>客户服务中心</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="270"/>
        <source>Supply station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="270"/>
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="278"/>
        <source>Current</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="279"/>
        <source>View:</source>
        <translation>层级:</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="280"/>
        <source>Issue…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="281"/>
        <source>Freeze this bulletin as issued: its figures, the rule-set versions and a hash of its inputs. Issuing again after the data changed makes version 2 with the differences.</source>
        <translation>按当前数据发布并冻结本期通报:数字、规则版本和输入摘要。数据变化后再次发布即生成第 2 版并列出差异。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="284"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="285"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="286"/>
        <source>Acknowledge</source>
        <translation>确认收到</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="287"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="287"/>
        <source>Cases</source>
        <translation>工单数</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="287"/>
        <source>On time</source>
        <translation>按时数</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="288"/>
        <source>Rate %</source>
        <translation>达标率</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="289"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="289"/>
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="289"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="290"/>
        <source>Rule</source>
        <translation>督办规则</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="290"/>
        <source>Told</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="290"/>
        <source>Acknowledged</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="336"/>
        <source>Computing the figures of %1…</source>
        <translation>正在计算 %1 的数据…</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="367"/>
        <source>%1 to %2, as of %3: %4 cases energised; %5. HV cases: %6 working days of supply-department time on average; %7 kVA and %8 transformers connected.</source>
        <translation>%1 至 %2,截止 %3:送电 %4 件;%5。高压工单供电部门平均耗时 %6 个工作日;接电 %7 kVA、变压器 %8 台。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="375"/>
        <source>a re-run gives the same figures</source>
        <translation>重新计算结果一致</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="376"/>
        <source>the data changed since: issue again for version %1</source>
        <translation>此后数据有变化:再次发布将生成第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="377"/>
        <source>Issued: version %1 (inputs %2); %3</source>
        <translation>已发布:第 %1 版(输入摘要 %2);%3</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="380"/>
        <source>Not issued yet.</source>
        <translation>尚未发布。</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="384"/>
        <source>On time per stage (%), %1</source>
        <translation>各环节按时率(%),%1</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="386"/>
        <source>Whole-case compliance, last periods (%)</source>
        <translation>全过程达标率趋势(%)</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="393"/>
        <source>HV cases (supply-department time)</source>
        <translation>高压工单(供电部门耗时)</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="396"/>
        <source>Open cases: warning</source>
        <translation>在途工单:预警</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="397"/>
        <source>Open cases: overdue</source>
        <translation>在途工单:超期</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="408"/>
        <source>Select a figure to see its cases</source>
        <translation>选择一项指标查看相应工单</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="410"/>
        <source>Escalations: %1 (%2 acknowledged)</source>
        <translation>督办:%1 条(已确认 %2 条)</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="426"/>
        <source>%1: %2 cases, %3 not on time — double-click to open</source>
        <translation>%1:%2 件,未按时 %3 件 — 双击打开工单</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="449"/>
        <source>Bulletin issued: version %1, inputs %2</source>
        <translation>通报已发布:第 %1 版,输入摘要 %2</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="468"/>
        <source>Save bulletin</source>
        <translation>保存通报</translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="478"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar_page.py" line="113"/>
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="115"/>
        <source>A working day is a weekday that is not a statutory holiday, or a make-up working day. The State Council publishes next year&apos;s schedule each autumn: import it as a CSV file (date,kind,name; kind is holiday or workday). A year without a schedule counts weekends only, and deadlines in it are marked *.</source>
        <translation>工作日是指法定节假日以外的周一至周五,以及调休上班日。国务院每年秋季公布次年的放假安排:请以 CSV 文件导入(date,kind,name;kind 为 holiday 休息或 workday 调休上班)。没有安排的年份只按周末计算,其中的截止日期标有 *。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="118"/>
        <source>Import a year&apos;s schedule…</source>
        <translation>导入节假日安排…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="119"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="119"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="119"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="120"/>
        <source>Mark a day by hand</source>
        <translation>手工标记日期</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="121"/>
        <source>Day off (holiday)</source>
        <translation>休息日(节假日)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="122"/>
        <source>Normal day (weekday rule)</source>
        <translation>普通日(按星期计算)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="125"/>
        <source>Name, e.g. 春节</source>
        <translation>名称,如 春节</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="126"/>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="127"/>
        <source>The schedule of this year is now complete (stop counting weekends only)</source>
        <translation>该年放假安排已完整(不再只按周末计算)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="158"/>
        <source>%1 — schedule loaded (%2)</source>
        <translation>%1 年 — 已有节假日安排(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="161"/>
        <source>%1 — no schedule: weekends only</source>
        <translation>%1 年 — 无节假日安排(按周末计算)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="172"/>
        <source>edited, version %1</source>
        <translation>手工编辑,第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="173"/>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="173"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="173"/>
        <source>from sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="174"/>
        <source>edited</source>
        <translation>手工编辑</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="183"/>
        <source>%1: %2 days off, %3 make-up working days.</source>
        <translation>%1 年:休息日 %2 天,调休上班 %3 天。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="187"/>
        <source>%1 has no holiday schedule: only weekends are days off. Deadlines in %1 may be wrong until the schedule is imported.</source>
        <translation>%1 年没有节假日安排:只把周末当作休息日。导入安排之前,%1 年的截止日期可能不准。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="192"/>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="121"/>
        <location filename="../../ui/calendar_page.py" line="192"/>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="205"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="243"/>
        <source>%1 marked. %2 still counts weekends only until its schedule is complete.</source>
        <translation>已标记 %1。%2 年的放假安排完整之前,仍只按周末计算。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="245"/>
        <source>%1 marked: version %3 of the %2 schedule. It is in force here now and travels with the next sync package.</source>
        <translation>已标记 %1:%2 年放假安排第 %3 版。本机立即生效,并随下一个同步包发出。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="261"/>
        <source>Import holiday schedule</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="262"/>
        <source>Calendar files (*.csv *.txt)</source>
        <translation>日历文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="269"/>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="273"/>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="209"/>
        <source>Cancel the meeting of %1</source>
        <translation>取消 %1 的会审</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="214"/>
        <source>The cases on its agenda go back to waiting for a meeting.</source>
        <translation>议程中的工单将重新等待上会。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="215"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="221"/>
        <source>Give the reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../ui/case_detail.py" line="199"/>
        <source>Customer and supply</source>
        <translation>客户与供电</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="200"/>
        <source>Stage clock (bar: elapsed working days; dashed box: limit; hatched: paused; red line: deadline)</source>
        <translation>环节时限(实心条:已用工作日;虚线框:时限;斜线:暂停;红线:截止)</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="202"/>
        <source>Time-limit rule sets</source>
        <translation>时限考核</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="203"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="204"/>
        <source>Rule</source>
        <translation>考核项</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="204"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="204"/>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="204"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="205"/>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="205"/>
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="205"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="206"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="206"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="207"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="208"/>
        <source>Undo last step…</source>
        <translation>撤回上一步…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="209"/>
        <source>Withdraw case…</source>
        <translation>撤销工单…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="210"/>
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="211"/>
        <source>Resume…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="212"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="254"/>
        <location filename="../../ui/case_detail.py" line="318"/>
        <source>Energised</source>
        <translation>已送电</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="254"/>
        <source>Open</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="256"/>
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="260"/>
        <source>No holiday schedule for %1: working days there count weekends only. Import the schedule on the Calendar page.</source>
        <translation>%1 年没有节假日安排:该年的工作日只按周末计算。请在“日历”页导入安排。</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="268"/>
        <source>New connection</source>
        <translation>新装</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="268"/>
        <source>Capacity increase</source>
        <translation>增容</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="269"/>
        <source>Temporary supply</source>
        <translation>临时用电</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="269"/>
        <source>Temporary to formal</source>
        <translation>临时转正式</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="270"/>
        <source>Dual source</source>
        <translation>双电源</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="270"/>
        <source>Typical design</source>
        <translation>典型设计</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="271"/>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="271"/>
        <source>Key project</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="274"/>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="275"/>
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="276"/>
        <source>Supply</source>
        <translation>供电</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="277"/>
        <source>dual source</source>
        <translation>双电源</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="277"/>
        <source>single source</source>
        <translation>单电源</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="278"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="279"/>
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="280"/>
        <source>Township</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="281"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="282"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="283"/>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="284"/>
        <source>Supply-department time</source>
        <translation>供电部门流转耗时</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="284"/>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="294"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="294"/>
        <source>missed</source>
        <translation>超限</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="294"/>
        <source>pending</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="303"/>
        <source>wd</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="303"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="102"/>
        <source>late entry</source>
        <translation>补录</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="104"/>
        <source>Recorded long after the date it takes effect</source>
        <translation>录入时间远晚于生效日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="106"/>
        <source>Corrected later: see the correction beside it</source>
        <translation>已被更正:见旁边的更正</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="313"/>
        <source>Finish: %1…</source>
        <translation>完成:%1…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="315"/>
        <source>Start: %1…</source>
        <translation>开始:%1…</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="317"/>
        <source>Waiting for the stage before to finish</source>
        <translation>等待前一环节完成</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="333"/>
        <source>Application received (%1 kVA)</source>
        <translation>受理申请(%1 kVA)</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="335"/>
        <source>formal case of temporary case %1</source>
        <translation>临时用电工单 %1 转正式</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="338"/>
        <source>Advice for the formal supply: %1; %2; %3</source>
        <translation>正式用电建议:%1;%2;%3</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="344"/>
        <source>Formal case %1 created from this temporary case</source>
        <translation>已由本临时用电工单新建正式工单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="346"/>
        <source>Edited: %1</source>
        <translation>修改:%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="350"/>
        <source>Started %1</source>
        <translation>开始 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="352"/>
        <source>Finished %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="354"/>
        <source>rectification / revision</source>
        <translation>整改/退回</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="357"/>
        <source>Paused %1: %2 %3</source>
        <translation>暂停 %1:%2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="360"/>
        <source>Resumed %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="361"/>
        <source>mid inspection</source>
        <translation>中间检查</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="361"/>
        <source>completion inspection</source>
        <translation>竣工检验</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="363"/>
        <source>Inspection started: %1 round %2</source>
        <translation>开始检查:%1 第 %2 轮</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="366"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="366"/>
        <source>%1 items failed</source>
        <translation>%1 项不合格</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="368"/>
        <source>Inspection closed: %1 round %2, %3</source>
        <translation>检查结束:%1 第 %2 轮,%3</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="371"/>
        <source>Joint survey recorded</source>
        <translation>记录联合查勘</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="373"/>
        <source>Rectification item #%1 closed by %2</source>
        <translation>整改项 #%1 确认完成(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="376"/>
        <source>Rectification notice %1 issued</source>
        <translation>开具整改通知书 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="378"/>
        <source>Notice %1 delivered to %2</source>
        <translation>整改通知书 %1 送达 %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="380"/>
        <location filename="../../ui/case_detail.py" line="382"/>
        <source>Case withdrawn: %1</source>
        <translation>工单撤销:%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="384"/>
        <source>Corrected %1: %2 → %3 (%4)</source>
        <translation>更正 %1:%2 → %3(%4)</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="388"/>
        <source>Undone: %1 of %2 (%3)</source>
        <translation>撤回:%2 的 %1(%3)</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="391"/>
        <source>saved as a draft</source>
        <translation>已保存为草稿</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="391"/>
        <source>issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="392"/>
        <source>execution recorded</source>
        <translation>已记录执行回执</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="393"/>
        <source>Protection setting sheet version %1 %2</source>
        <translation>保护定值单第 %1 版%2</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="400"/>
        <source>application received</source>
        <translation>受理申请</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="400"/>
        <source>case edited</source>
        <translation>修改工单</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="401"/>
        <source>stage started</source>
        <translation>环节开始</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="401"/>
        <source>stage finished</source>
        <translation>环节完成</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="402"/>
        <source>pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="402"/>
        <source>resumption</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="403"/>
        <source>inspection started</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="403"/>
        <source>inspection closed</source>
        <translation>结束检查</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="404"/>
        <source>joint survey</source>
        <translation>联合查勘</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="404"/>
        <source>rectification closed</source>
        <translation>整改项关闭</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="405"/>
        <source>notice issued</source>
        <translation>签发通知书</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="405"/>
        <source>notice delivered</source>
        <translation>通知书送达</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="406"/>
        <source>protection setting sheet</source>
        <translation>保护定值单</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="407"/>
        <source>meeting agenda</source>
        <translation>列入会审议程</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="408"/>
        <source>design review closed</source>
        <translation>设计审查结束</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="408"/>
        <source>advice for the formal supply</source>
        <translation>正式用电建议</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="409"/>
        <source>an entry of another kind</source>
        <translation>其他类型的记录</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="415"/>
        <source>changes the issued figures of %1</source>
        <translation>改变了已上报统计期 %1 的考核数据</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="426"/>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="426"/>
        <source>finish date</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="427"/>
        <source>outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="427"/>
        <source>account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="428"/>
        <source>application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="428"/>
        <source>capacity</source>
        <translation>申请容量</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="429"/>
        <source>supply voltage</source>
        <translation>供电电压</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="429"/>
        <source>business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="406"/>
        <location filename="../../ui/case_detail.py" line="430"/>
        <source>meeting decision</source>
        <translation>会审决定</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="430"/>
        <source>inspection result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="407"/>
        <location filename="../../ui/case_detail.py" line="431"/>
        <source>review opinion</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="434"/>
        <source>pause %1 start</source>
        <translation>第 %1 次暂停开始</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="434"/>
        <source>pause %1 end</source>
        <translation>第 %1 次暂停结束</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="451"/>
        <source>undone (%1)</source>
        <translation>已撤回(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="452"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2(%3)</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="467"/>
        <location filename="../../ui/case_detail.py" line="492"/>
        <source>approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="467"/>
        <source>approved with changes</source>
        <translation>修改后同意</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="468"/>
        <source>rejected</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="470"/>
        <source>On the agenda of the review meeting of %1</source>
        <translation>列入 %1 的业扩会审议程</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="472"/>
        <source>Taken off a review meeting&apos;s agenda</source>
        <translation>移出业扩会审议程</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="474"/>
        <source>Review meeting decision: %1</source>
        <translation>会审决定:%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="477"/>
        <source>Review meeting postponed to %1: %2</source>
        <translation>会审改期至 %1:%2</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="480"/>
        <source>Review meeting cancelled: %1</source>
        <translation>会审取消:%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="482"/>
        <source>Drawings received, design review round %1 (%2)</source>
        <translation>收到图纸,设计审查第 %1 轮(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="485"/>
        <source>Review opinion #%1%2</source>
        <translation>审查意见 #%1%2</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="486"/>
        <source>must fix</source>
        <translation>必须整改</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="488"/>
        <source>Review participants: %1</source>
        <translation>审查参加人员:%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="491"/>
        <source>Design review closed: %1</source>
        <translation>设计审查结束:%1</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="492"/>
        <source>returned for revision</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="496"/>
        <source>Policy risk: %1 — %2</source>
        <translation>政策处理:%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="499"/>
        <source>Policy risk settled</source>
        <translation>政策处理事项已解决</translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="341"/>
        <source>Made from prospect %1 (energisation expected in %2)</source>
        <translation>由意向项目“%1”转为工单(预计 %2 年送电)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_model.py" line="162"/>
        <location filename="../../ui/strings.py" line="30"/>
        <source>No holiday schedule for this year: weekends only</source>
        <translation>该年没有节假日安排:只按周末计算</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="182"/>
        <location filename="../../ui/strings.py" line="27"/>
        <source>Energised</source>
        <translation>已送电</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="182"/>
        <location filename="../../ui/strings.py" line="28"/>
        <source>With the customer</source>
        <translation>客户办理中</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="186"/>
        <location filename="../../ui/strings.py" line="29"/>
        <source>(round %1)</source>
        <translation>(第 %1 轮)</translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="195"/>
        <location filename="../../ui/strings.py" line="26"/>
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="17"/>
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="18"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="19"/>
        <source>Account</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="20"/>
        <source>kVA</source>
        <translation>容量kVA</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="21"/>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="22"/>
        <source>Township</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="23"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="24"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="25"/>
        <source>Remaining (wd)</source>
        <translation>剩余(工作日)</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases_page.py" line="117"/>
        <source>Search:</source>
        <translation>搜索:</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="118"/>
        <source>Case no., account, customer name or pinyin (e.g. htdq)  Ctrl+F</source>
        <translation>工单号、户号、户名或拼音(如 htdq) Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="119"/>
        <source>New case (Ctrl+N)</source>
        <translation>新建工单 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="120"/>
        <source>Import ledger…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="121"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="122"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="122"/>
        <source>All managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="123"/>
        <source>Open</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="123"/>
        <source>Energised</source>
        <translation>已送电</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="123"/>
        <source>Open and energised</source>
        <translation>在途及已送电</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="124"/>
        <source>Any stage</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="125"/>
        <source>Any time state</source>
        <translation>全部时限状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="125"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="126"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="127"/>
        <location filename="../../ui/cases_page.py" line="148"/>
        <source>All townships</source>
        <translation>全部乡镇/街道</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="133"/>
        <source>Warning (≤ %1 working days left)</source>
        <translation>预警(剩余 ≤ %1 个工作日)</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="184"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="184"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="185"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="185"/>
        <source>Time state</source>
        <translation>时限状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="186"/>
        <source>Township</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="188"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="267"/>
        <source>%1 of %2 cases</source>
        <translation>显示 %1 / 共 %2 个工单</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="269"/>
        <source>(loading finished cases…)</source>
        <translation>(正在加载已送电工单…)</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="271"/>
        <source>* deadline in a year without holiday schedule (weekends only)</source>
        <translation>* 截止日期所在年份无节假日安排(按周末计算)</translation>
    </message>
</context>
<context>
    <name>CloseItemDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="542"/>
        <source>Rectification item #%1 fixed</source>
        <translation>整改项 #%1 已整改</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="547"/>
        <source>Seen fixed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="548"/>
        <source>Seen by</source>
        <translation>确认人</translation>
    </message>
</context>
<context>
    <name>CloseRiskDialog</name>
    <message>
        <location filename="../../ui/review_panel.py" line="186"/>
        <source>Risk settled</source>
        <translation>风险已解决</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="193"/>
        <source>Settled on</source>
        <translation>解决日期</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="318"/>
        <source>Applied: make the case</source>
        <translation>已申请:生成工单</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="327"/>
        <source>case no. of the same customer, if any</source>
        <translation>如有同一客户的工单,填其工单号</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="328"/>
        <source>Another customer (not the one of a similar case)</source>
        <translation>另一客户(不是相似工单的客户)</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="332"/>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="333"/>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="334"/>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="335"/>
        <source>Same customer as</source>
        <translation>同一客户的工单</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="73"/>
        <source>Correct an entry — %1</source>
        <translation>更正记录 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="80"/>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="83"/>
        <source>pause %1 start</source>
        <translation>第 %1 次暂停开始</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="86"/>
        <source>pause %1 end</source>
        <translation>第 %1 次暂停结束</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="89"/>
        <source>finish date</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="92"/>
        <source>outcome (pass / rectify)</source>
        <translation>结论(pass 通过 / rectify 整改)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="94"/>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="94"/>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="95"/>
        <source>Capacity (kVA)</source>
        <translation>申请容量(kVA)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="95"/>
        <source>Supply voltage (kV)</source>
        <translation>供电电压(kV)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="96"/>
        <source>Business type (NEW, INCREASE, TEMPORARY, TEMP_TO_FORMAL)</source>
        <translation>业务类型(NEW 新装、INCREASE 增容、TEMPORARY 临时用电、TEMP_TO_FORMAL 临时转正式)</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="102"/>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="103"/>
        <source>New value</source>
        <translation>更正为</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="104"/>
        <source>The original entry stays in the history, struck through, with this correction beside it. A correction that changes a time-limit verdict is listed for the supervisor.</source>
        <translation>原记录保留在历史中(加删除线),旁边列出本次更正。改变时限考核结论的更正会列给主管复核。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="68"/>
        <source>Zaosong hit an unexpected error</source>
        <translation>早送遇到意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="69"/>
        <source>Something went wrong: %1

Everything you entered before this is saved. The details are in the log file:
%2</source>
        <translation>出现了问题:%1

此前录入的内容都已保存。详细信息见日志文件:
%2</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="275"/>
        <source>Decision on %1</source>
        <translation>会审决定 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="278"/>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="279"/>
        <source>Approve with changes</source>
        <translation>修改后同意</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="280"/>
        <source>Reject</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="291"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="292"/>
        <source>Meeting</source>
        <translation>会审</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="293"/>
        <source>Decision</source>
        <translation>会审决定</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="301"/>
        <source>Minutes note</source>
        <translation>纪要备注</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="301"/>
        <source>Changes required</source>
        <translation>修改意见</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="302"/>
        <source>Reasons</source>
        <translation>不同意的理由</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="308"/>
        <source>Write down the changes the meeting asks for.</source>
        <translation>请写明会审要求修改的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="311"/>
        <source>Write down why the plan is rejected.</source>
        <translation>请写明不同意的理由。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="316"/>
        <location filename="../../ui/meetings_page.py" line="322"/>
        <source>Record the decision</source>
        <translation>记录会审决定</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="317"/>
        <source>Record “%1” for %2 as the meeting&apos;s decision of %3?

The decision becomes fixed in the case&apos;s history and the plan stage is judged on it. Afterwards it can only be changed by a correction (更正) with a reason.</source>
        <translation>确认将“%1”记为 %3 会审对 %2 的决定?

决定记入工单历史后即固定,方案阶段据此判定。此后只能通过注明理由的更正修改。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="322"/>
        <source>Go back</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="559"/>
        <source>Notice delivered</source>
        <translation>通知书已送达</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="564"/>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="565"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>DesignReviewDialog</name>
    <message>
        <location filename="../../ui/review_panel.py" line="354"/>
        <source>Design review — %1</source>
        <translation>设计审查 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="355"/>
        <source>Rounds</source>
        <translation>审查轮次</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="356"/>
        <source>Opinions</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="357"/>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="358"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="358"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="358"/>
        <source>Weight</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="359"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="359"/>
        <source>Clause</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="360"/>
        <source>Clause, e.g. GB 50053 6.2.1</source>
        <translation>依据条款,如 GB 50053 第 6.2.1 条</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="361"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="361"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="362"/>
        <source>New opinion, e.g. 计量柜应采用高压计量</source>
        <translation>新意见,如 计量柜应采用高压计量</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="363"/>
        <location filename="../../ui/review_panel.py" line="493"/>
        <source>Must fix</source>
        <translation>必须整改</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="364"/>
        <source>Add opinion</source>
        <translation>添加意见</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="365"/>
        <source>Add participant</source>
        <translation>添加参加人员</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="366"/>
        <source>Save participants</source>
        <translation>保存参加人员</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="367"/>
        <source>Drawings received: open a review…</source>
        <translation>收到图纸:开始审查…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="368"/>
        <source>Close on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="371"/>
        <source>Review passed</source>
        <translation>审查通过</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="417"/>
        <source>Round %1 · drawings %2</source>
        <translation>第 %1 轮 · %2 收图</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="451"/>
        <source>Joint review required (%1 kVA; %2): participants from %3 must be recorded before the review can be approved.</source>
        <translation>须联合审图(%1 kVA;%2):须记录%3的参加人员,审查才能通过。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="458"/>
        <source>All are recorded.</source>
        <translation>各部门均已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="461"/>
        <source>Joint review is off in the rule set in force (%1): reviewed by the customer manager.</source>
        <translation>现行时限规则(%1)已关闭联合审图锁:由客户经理审查。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="372"/>
        <source>Returned for revision</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="374"/>
        <source>Close the review</source>
        <translation>结束审查</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="375"/>
        <source>Opinion letter (PDF)</source>
        <translation>审图意见书(PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="404"/>
        <source>Design review — %1 %2, %3 kVA</source>
        <translation>设计审查 — %1 %2,%3 kVA</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="412"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="414"/>
        <source>approved %1</source>
        <translation>%1 审查通过</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="416"/>
        <source>returned %1</source>
        <translation>%1 退回修改</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="438"/>
        <source>No drawings received yet: open a review when the customer submits them.</source>
        <translation>尚未收到图纸:客户报送图纸后开始审查。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="441"/>
        <source>Round %1 in progress: %2 opinions, %3 must fix.</source>
        <translation>第 %1 轮审查进行中:意见 %2 条,其中必须整改 %3 条。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="444"/>
        <source>No review in progress.</source>
        <translation>没有进行中的审查。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="455"/>
        <source>Still missing: %1.</source>
        <translation>尚缺:%1。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="465"/>
        <source>Typical design: reviewed by the customer manager.</source>
        <translation>典型设计:由客户经理审查。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="468"/>
        <source>Under %1 kVA: reviewed by the customer manager.</source>
        <translation>%1 kVA 以下:由客户经理审查。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="486"/>
        <source>Round %1, drawings received %2 from %3</source>
        <translation>第 %1 轮,%2 收到图纸,设计单位:%3</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="488"/>
        <source>Drawings: %1</source>
        <translation>图纸:%1</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="493"/>
        <source>Advisory</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="545"/>
        <source>Enter at least one participant with a name.</source>
        <translation>请至少填写一名参加人员的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="549"/>
        <source>Names and departments cannot contain commas or colons: %1</source>
        <translation>姓名和部门中不能有逗号或冒号:%1</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="568"/>
        <source>Write the opinion first.</source>
        <translation>请先填写意见内容。</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="351"/>
        <source>%1, %2: prospects and cases</source>
        <translation>%1 %2 年:意向项目和工单</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="355"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="355"/>
        <source>Name / case</source>
        <translation>名称 / 工单</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="355"/>
        <source>kVA</source>
        <translation>kVA</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="356"/>
        <source>Probability</source>
        <translation>成功概率</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="356"/>
        <source>Weighted kVA</source>
        <translation>加权容量 kVA</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="356"/>
        <source>Feeder</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="358"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="358"/>
        <source>Prospect</source>
        <translation>意向项目</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="367"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DropDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="298"/>
        <source>Drop prospect</source>
        <translation>放弃意向项目</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="304"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="318"/>
        <source>Edit case %1</source>
        <translation>修改工单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="337"/>
        <source>Customer name</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="338"/>
        <source>Applied capacity</source>
        <translation>申请容量</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="339"/>
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="340"/>
        <source>Township</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="341"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="342"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="75"/>
        <source>Evaluation and follow-ups (after power on)</source>
        <translation>项目评价与回访(送电后)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="76"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="76"/>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="76"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="77"/>
        <source>Rule sets</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="78"/>
        <source>Cause of a late stage:</source>
        <translation>超时环节的原因:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="79"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="80"/>
        <source>Save cause</source>
        <translation>保存原因</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="81"/>
        <source>Record follow-up…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="99"/>
        <source>Evaluation complete. Supply-department time: %1 working days.</source>
        <translation>评价已完成。供电部门流转耗时 %1 个工作日。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="103"/>
        <source>Evaluation open: give the cause of %1.</source>
        <translation>评价未完成:请填写“%1”的超时原因。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="109"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="110"/>
        <source>missed by %1</source>
        <translation>超 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="114"/>
        <source>cause: %1</source>
        <translation>原因:%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="134"/>
        <source>no answers</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="135"/>
        <source>(self-reported, not counted)</source>
        <translation>(自报,不计入满意率)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="139"/>
        <source>No follow-up yet.</source>
        <translation>尚未回访。</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <location filename="../../ui/excel.py" line="99"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/excel.py" line="100"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/excel.py" line="101"/>
        <source>%1 rows written to %2</source>
        <translation>已写入 %1 行:%2</translation>
    </message>
    <message>
        <location filename="../../ui/excel.py" line="102"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <location filename="../../ui/papers_panel.py" line="220"/>
        <source>Record a fee</source>
        <translation>登记收费</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="228"/>
        <source>yuan, e.g. 12000.00</source>
        <translation>元,如 12000.00</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="235"/>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="236"/>
        <source>Amount (yuan)</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="237"/>
        <source>Basis</source>
        <translation>收费依据</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="238"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="655"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="649"/>
        <source>Field work (drop photos here)</source>
        <translation>现场工作(可把照片拖到这里)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="650"/>
        <source>Joint survey…</source>
        <translation>联合查勘…</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="651"/>
        <source>Acceptance handbook (PDF)</source>
        <translation>验收手册(PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="652"/>
        <source>Protection settings…</source>
        <translation>保护定值…</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="653"/>
        <source>Item fixed…</source>
        <translation>确认整改…</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="654"/>
        <source>Notice delivered…</source>
        <translation>记录送达…</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="656"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="657"/>
        <source>Inspections (double-click to open)</source>
        <translation>检查记录(双击打开)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="658"/>
        <source>Rectification items</source>
        <translation>整改项</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="659"/>
        <source>Photos and scans</source>
        <translation>照片与扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="660"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="660"/>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="660"/>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="661"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="661"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="677"/>
        <source>oil</source>
        <translation>油浸</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="677"/>
        <source>dry</source>
        <translation>干式</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="680"/>
        <source>Survey %1: %2 %3 %4; %5; transformers %6</source>
        <translation>查勘 %1:%2 %3 %4;%5;变压器 %6</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="682"/>
        <source>HV metering</source>
        <translation>高压计量</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="682"/>
        <source>LV metering</source>
        <translation>低压计量</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="687"/>
        <source>No joint survey recorded yet.</source>
        <translation>尚未记录联合查勘。</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="688"/>
        <source>The form starts from the temporary case&apos;s survey.</source>
        <translation>查勘单将以临时用电工单的查勘记录为底稿。</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="689"/>
        <source>Mid inspection</source>
        <translation>中间检查</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="689"/>
        <source>Completion inspection</source>
        <translation>竣工检验</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="692"/>
        <location filename="../../ui/field_dialogs.py" line="699"/>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="693"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="693"/>
        <source>rectification needed</source>
        <translation>需整改</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="699"/>
        <source>closed %1 (%2)</source>
        <translation>已关闭 %1(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="788"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
</context>
<context>
    <name>FirstEncryptionDialog</name>
    <message>
        <location filename="../../ui/first_encrypt.py" line="53"/>
        <source>Encrypting the database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="56"/>
        <source>Zaosong encrypts your database and its backups, once: anyone who copies the file then reads nothing without its key. A large file takes a few minutes. Cancel leaves the file as it is; Zaosong then closes and asks again at the next start.</source>
        <translation>早送正在加密数据库及其备份(只做一次):此后拷走文件的人没有密钥就读不出任何内容。文件大时需要几分钟。取消则文件保持原样,早送随即关闭,下次启动时再次进行。</translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="80"/>
        <source>Encrypting the database…</source>
        <translation>正在加密数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="81"/>
        <source>Checking the encrypted copy…</source>
        <translation>正在检查加密后的副本…</translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="82"/>
        <source>Writing the pre-encryption backup…</source>
        <translation>正在保存加密前的备份…</translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="83"/>
        <source>Encrypting the backups…</source>
        <translation>正在加密备份…</translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="103"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="23"/>
        <source>Welcome to Zaosong</source>
        <translation>欢迎使用早送</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="24"/>
        <source>Zaosong keeps your cases on this laptop, in %1. Who will use it?</source>
        <translation>早送把工单保存在本机:%1。请问谁在使用?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="30"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="37"/>
        <source>e.g. 丹城供电所</source>
        <translation>例如:丹城供电所</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="49"/>
        <source>The bureau, station and phone are printed on the documents you hand customers; you can change them later in Settings. To try Zaosong out with made-up cases, open the practice database from the main window: it is a separate file.</source>
        <translation>供电局、供电所和电话会印在交给客户的文书上,以后可在“设置”中修改。想先用虚构的工单试一试,请在主窗口打开演示库:它是单独的文件,不影响正式数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="55"/>
        <source>Your name (customer manager) *</source>
        <translation>您的姓名(客户经理) *</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="56"/>
        <source>Bureau (printed on every document) *</source>
        <translation>供电局(印在每份文书上) *</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="57"/>
        <source>Supply station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="58"/>
        <source>Phone printed on documents</source>
        <translation>文书上的联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59"/>
        <source>This laptop&apos;s name</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="61"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/followup_dialog.py" line="21"/>
        <source>Follow-up — %1</source>
        <translation>回访 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="29"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="29"/>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="29"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="30"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="34"/>
        <source>Done on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="35"/>
        <source>By</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="36"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="42"/>
        <source>— (not answered)</source>
        <translation>—(未答)</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="47"/>
        <source>Customer says they applied on</source>
        <translation>客户所述申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="51"/>
        <source>Customer says power came on</source>
        <translation>客户所述送电日期</translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="66"/>
        <source>Opinion</source>
        <translation>客户意见</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="339"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="339"/>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="339"/>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="340"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="340"/>
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="340"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="350"/>
        <location filename="../../ui/field_dialogs.py" line="505"/>
        <location filename="../../ui/field_dialogs.py" line="510"/>
        <source>Close the inspection</source>
        <translation>结束检查</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="353"/>
        <source>Rectification notice (PDF)</source>
        <translation>整改通知书(PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="356"/>
        <source>Photo for the selected item… (or drop)</source>
        <translation>为所选检查项添加照片…(或拖入)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="358"/>
        <source>All others pass</source>
        <translation>其余全部合格</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="360"/>
        <source>Record “pass” for every item without a result. Recorded results, fails above all, stay; measured items need their value.</source>
        <translation>尚未记录结果的检查项全部记为合格。已记录的结果(尤其是不合格)不变;实测项需要填写实测值。</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="369"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="394"/>
        <source>Mid inspection</source>
        <translation>中间检查</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="394"/>
        <source>Completion inspection</source>
        <translation>竣工检验</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="396"/>
        <source>%1, round %2, started %3 — inspectors: %4 (checklist %5 v%6)</source>
        <translation>%1 第 %2 轮,%3 开始 — 检查人员:%4(检查表 %5 第 %6 版)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="402"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="402"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="402"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="448"/>
        <source>Closed on %1: %2</source>
        <translation>%1 结束:%2</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="449"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="449"/>
        <source>rectification needed</source>
        <translation>需整改</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="452"/>
        <source>%1 of %2 items recorded</source>
        <translation>已记录 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="494"/>
        <source>%1 items recorded as passed; measured items still need their value: %2</source>
        <translation>已将 %1 项记为合格;以下实测项仍需填写实测值:%2</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="506"/>
        <source>Close this inspection on %1?

Its results become fixed: every failed item becomes a rectification item of the notice, with its deadline, and passed items close the open items they answer. After closing, a result can only be changed by a correction (更正) with a reason.</source>
        <translation>确认于 %1 关闭本次检查?

关闭后检查结果即固定:每个不合格项成为整改通知书的整改项(含整改期限),合格项关闭其对应的未完成整改项。关闭后,结果只能通过注明理由的更正修改。</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="510"/>
        <source>Keep it open</source>
        <translation>暂不关闭</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="523"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="530"/>
        <source>Select the item the photo belongs to first.</source>
        <translation>请先选中照片所属的检查项。</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="65"/>
        <location filename="../../ui/ledger_dialog.py" line="145"/>
        <location filename="../../ui/ledger_dialog.py" line="301"/>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="75"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="85"/>
        <source>File:</source>
        <translation>文件:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="86"/>
        <source>Sheet:</source>
        <translation>工作表:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="90"/>
        <source>Column in the ledger</source>
        <translation>台账中的列</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="90"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="95"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="95"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="95"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="96"/>
        <source>Account</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="96"/>
        <source>kVA</source>
        <translation>容量kVA</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="96"/>
        <source>Reasons and differences</source>
        <translation>原因与差异</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="113"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="122"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="126"/>
        <source>Save refused rows…</source>
        <translation>保存未导入的行…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="146"/>
        <source>Ledgers (*.xlsx *.csv)</source>
        <translation>台账 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="231"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="231"/>
        <source>matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="231"/>
        <source>refused</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="239"/>
        <source>%1: ledger %2, case %3</source>
        <translation>%1:台账为 %2,工单为 %3</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="242"/>
        <source>filled: %1</source>
        <translation>已补充:%1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="251"/>
        <source>Preview, nothing written yet:</source>
        <translation>预览(尚未写入):</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="251"/>
        <source>Imported:</source>
        <translation>已导入:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="252"/>
        <source>%1 new, %2 matched (%3 to fill in), %4 refused</source>
        <translation>新建 %1 个,匹配已有 %2 个(其中补充 %3 个),未导入 %4 行</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="256"/>
        <source>Columns kept on the case as a note: %1</source>
        <translation>保留为工单备注的列:%1</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="280"/>
        <source>Save refused rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="281"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="319"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消:没有写入任何内容。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>The backup is in place. Zaosong will now close: open it again to go on.</source>
        <translation>备份已恢复。早送现在关闭,请重新打开后继续工作。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Good morning. Yours: %1 overdue, %2 due today, %3 due within %4 working days.</source>
        <translation>早上好。您的工单:超期 %1 个,今日到期 %2 个,%4 个工作日内到期 %3 个。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Mine: %1 overdue, %2 due today, %3 due within %4 working days</source>
        <translation>我的:超期 %1 个,今日到期 %2 个,%4 个工作日内到期 %3 个</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Cases</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Database: %1  |  As of %2</source>
        <translation>数据库:%1 | 日期:%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>(clock set by hand)</source>
        <translation>(日期为手动设定)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>The holiday schedule for %1 is missing: deadlines in %1 count weekends only and are marked with *. &lt;a href=&apos;calendar&apos;&gt;Import it&lt;/a&gt;.</source>
        <translation>缺少 %1 年的节假日安排:%1 年的截止日期只按周末计算,并标有 *。&lt;a href=&apos;calendar&apos;&gt;去导入&lt;/a&gt;。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>Loading demo data…</source>
        <translation>正在载入演示数据…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>Checking the backup and putting it in place…</source>
        <translation>正在检查备份并替换数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Restored. The previous file is kept as %1. Zaosong will now close.</source>
        <translation>已恢复。原文件保存为 %1。早送现在将关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>Written: %1</source>
        <translation>已生成:%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>Writing rectification notices…</source>
        <translation>正在生成整改通知书…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>Rectification notices</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>Zaosong</source>
        <translation>早送</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="615"/>
        <source>Remove the practice database</source>
        <translation>删除演示库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>Delete the practice database and everything entered in it? Your real database is not touched.</source>
        <translation>删除演示库及其中录入的一切内容吗?正式数据库不受影响。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="625"/>
        <source>The practice database was removed.</source>
        <translation>演示库已删除。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="641"/>
        <source>Zaosong — connection applications workbench</source>
        <translation>早送 — 业扩报装工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642"/>
        <source> — PRACTICE DATABASE</source>
        <translation> — 演示库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Review meetings</source>
        <translation>业扩会审</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Month</source>
        <translation>月历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650"/>
        <source>Find case</source>
        <translation>查找工单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="651"/>
        <location filename="../../ui/main_window.py" line="662"/>
        <source>New case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652"/>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653"/>
        <source>Open the practice database (demo data)</source>
        <translation>打开演示库(演示数据)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="654"/>
        <source>Back to my real database</source>
        <translation>回到正式数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="655"/>
        <source>Remove the practice database…</source>
        <translation>删除演示库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="657"/>
        <source>Practice database (demo data): nothing you do here touches your real cases. &lt;a href=&quot;real&quot;&gt;Back to my real database&lt;/a&gt;</source>
        <translation>演示库(演示数据):在这里的任何操作都不会影响您的正式工单。&lt;a href=&quot;real&quot;&gt;回到正式数据库&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="659"/>
        <source>Your database is empty. Start with a new case, bring in the cases of your Excel ledger, or import a sync package from a colleague&apos;s laptop. To try things out first, open the practice database.</source>
        <translation>数据库还是空的。可以新建工单、导入现有的 Excel 台账,或导入同事笔记本的同步包。想先试一试,请打开演示库。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="663"/>
        <source>Import a sync package…</source>
        <translation>导入同步包…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664"/>
        <source>Import ledger…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="665"/>
        <source>Open the practice database</source>
        <translation>打开演示库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Metering equipment</source>
        <translation>计量器具</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Monthly analysis</source>
        <translation>月度分析</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Outage plan</source>
        <translation>停电计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Before (事前)</source>
        <translation>事前管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Bulletins</source>
        <translation>三通报</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="129"/>
        <source>Edit review meeting</source>
        <translation>修改会审</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="129"/>
        <source>New review meeting</source>
        <translation>安排会审</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="143"/>
        <source>Departments invited, separated by commas</source>
        <translation>参会部门,用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="145"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="149"/>
        <source>To move the meeting, use Postpone: the reason is kept.</source>
        <translation>要改时间请用“改期”:改期原因会留下记录。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="152"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="153"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="154"/>
        <source>Departments</source>
        <translation>参会部门</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="161"/>
        <source>The place is required.</source>
        <translation>地点不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="164"/>
        <source>The chair is required.</source>
        <translation>主持人不能为空。</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="536"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="525"/>
        <source>Review meetings</source>
        <translation>业扩会审</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="527"/>
        <source>New meeting…</source>
        <translation>安排会审…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="528"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="529"/>
        <source>Postpone…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="530"/>
        <source>Cancel meeting…</source>
        <translation>取消会审…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="531"/>
        <source>Propose cases</source>
        <translation>提议议程</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="532"/>
        <source>Add case…</source>
        <translation>加入工单…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="533"/>
        <source>Drop case</source>
        <translation>移出议程</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="534"/>
        <source>Decide…</source>
        <translation>记录决定…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="535"/>
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="537"/>
        <source>Documents:</source>
        <translation>文书:</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="538"/>
        <source>Meeting notice (PDF)</source>
        <translation>会审通知(PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="539"/>
        <source>Notice to the representative (PDF)</source>
        <translation>客户代表通知(PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="540"/>
        <source>Minutes (PDF)</source>
        <translation>会议纪要(PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="541"/>
        <source>Minutes text (printed in the minutes after the decisions)</source>
        <translation>会议纪要正文(打印在会议纪要的会审决定之后)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="542"/>
        <source>Save minutes</source>
        <translation>保存纪要</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="543"/>
        <source>Agenda (double-click a case to record the decision)</source>
        <translation>会审议程(双击工单记录会审决定)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="545"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="545"/>
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="545"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="545"/>
        <source>kVA</source>
        <translation>容量kVA</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="545"/>
        <source>Representative</source>
        <translation>客户代表</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="546"/>
        <source>Decision</source>
        <translation>会审决定</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="546"/>
        <source>Changes / reasons</source>
        <translation>修改意见 / 理由</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="546"/>
        <source>PLAN deadline</source>
        <translation>方案时限</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="550"/>
        <source>Approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="550"/>
        <source>Approved with changes</source>
        <translation>修改后同意</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="551"/>
        <source>Rejected</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="551"/>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="555"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="567"/>
        <source>Cases of %1 kVA and above need an approving review-meeting decision before the supply plan can be answered (rule set in force: %2). Propose fills the agenda with every such case whose survey is done; bold days have meetings.</source>
        <translation>%1 kVA 及以上的工单须经业扩会审同意后才能答复供电方案(现行时限规则:%2)。“提议议程”会把查勘已完成的此类工单全部列入议程;日历上加粗的日期有会审。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="573"/>
        <source>The review-meeting lock is off in the rule set in force (%2): a supply plan needs no meeting decision. Propose fills the agenda with every case of %1 kVA and above whose survey is done; bold days have meetings.</source>
        <translation>现行时限规则(%2)已关闭业扩会审锁:答复供电方案无须会审决定。“提议议程”会把查勘已完成的 %1 kVA 及以上工单全部列入议程;日历上加粗的日期有会审。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="620"/>
        <source>Meetings in %1 (%2)</source>
        <translation>%1 月的会审(%2 次)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="626"/>
        <source>%1 %2 %3 · %4 · %5 cases</source>
        <translation>%1 %2 %3 · %4 · %5 个工单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="630"/>
        <location filename="../../ui/meetings_page.py" line="694"/>
        <source>(cancelled)</source>
        <translation>(已取消)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="664"/>
        <source>Statutory holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="667"/>
        <source>make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="691"/>
        <source>%1 %2: %3 cases</source>
        <translation>%1 %2:%3 个工单</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="710"/>
        <source>No review meeting in this month. Use “New meeting…” to schedule one.</source>
        <translation>本月没有会审。请用“安排会审…”安排一次。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="715"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="717"/>
        <source>held, all decided</source>
        <translation>已召开,均已决定</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="719"/>
        <source>held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="721"/>
        <source>scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="722"/>
        <source>%1 (%2) %3 · %4</source>
        <translation>%1(%2)%3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="727"/>
        <source>Status: %1</source>
        <translation>状态:%1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="728"/>
        <source>Chair: %1</source>
        <translation>主持人:%1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="729"/>
        <source>Departments: %1</source>
        <translation>参会部门:%1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="732"/>
        <source>Customer representatives invited: %1</source>
        <translation>邀请的客户代表:%1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="735"/>
        <source>Postponed from %1 to %2: %3</source>
        <translation>由 %1 改期至 %2:%3</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="738"/>
        <source>Cancelled: %1</source>
        <translation>已取消:%1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="763"/>
        <source>Added by the last proposal</source>
        <translation>由刚才的提议列入</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="804"/>
        <source>The meeting was cancelled: no minutes.</source>
        <translation>会审已取消,没有会议纪要。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="806"/>
        <source>The minutes are written once the meeting has been held.</source>
        <translation>会审召开后才能填写会议纪要。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="808"/>
        <source>What the meeting discussed and agreed beyond the decisions on each case, e.g. 一、丹城线 12 号杆 T 接点负荷已接近上限……</source>
        <translation>各工单会审决定以外的会议讨论和议定事项,例如:一、丹城线 12 号杆 T 接点负荷已接近上限……</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="821"/>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="823"/>
        <source>%1 characters, saved.</source>
        <translation>共 %1 字,已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="867"/>
        <source>Minutes not saved</source>
        <translation>会议纪要未保存</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="868"/>
        <source>The minutes typed for a meeting could not be saved: %1

The text is under “Show Details”; copy it from there.</source>
        <translation>一次会议已输入的纪要未能保存:%1

纪要文字在“显示详情”中,请从那里复制保存。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="1012"/>
        <source>Added by the proposal: %1</source>
        <translation>提议列入议程:%1</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="1015"/>
        <source>No case to add: every case of %1 kVA or more whose survey is done is already on an agenda or decided.</source>
        <translation>没有可列入的工单:查勘已完成的 %1 kVA 及以上工单都已在议程中或已有决定。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="1043"/>
        <source>Select the case whose representative gets the notice.</source>
        <translation>请先选中要通知其客户代表的工单。</translation>
    </message>
</context>
<context>
    <name>MeteringPage</name>
    <message>
        <location filename="../../ui/metering_page.py" line="193"/>
        <source>HV metering</source>
        <translation>高供高计</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="193"/>
        <source>LV metering</source>
        <translation>高供低计</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="196"/>
        <source>not reserved</source>
        <translation>未预留</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="206"/>
        <source>Metering equipment</source>
        <translation>计量器具</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="207"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="208"/>
        <source>&amp;Generate plan</source>
        <translation>生成计划(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="209"/>
        <source>Keep this month&apos;s plan: a new version when anything changed</source>
        <translation>保存本月计划:有变化时生成新版本</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="210"/>
        <source>Plan as &amp;PDF…</source>
        <translation>计划导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="211"/>
        <source>Plan as E&amp;xcel…</source>
        <translation>计划导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="212"/>
        <source>Demand by type — net demand = need − max(0, qualified − issued − safety) − awaiting test − on order; red: shortfall</source>
        <translation>按类型的需求 — 净需求 = 需求 − max(0, 合格在库 − 已领未装 − 安全库存) − 待检 − 在途;红色:缺口</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="214"/>
        <source>Cases forecast to be energised in the month — Enter opens the case</source>
        <translation>预测本月送电的工单 — 回车打开工单</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="215"/>
        <location filename="../../ui/metering_page.py" line="229"/>
        <source>Type code</source>
        <translation>类型代码</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="215"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="215"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="215"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="216"/>
        <location filename="../../ui/metering_page.py" line="229"/>
        <source>Awaiting test</source>
        <translation>待检</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="216"/>
        <location filename="../../ui/metering_page.py" line="230"/>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="216"/>
        <source>Net demand</source>
        <translation>净需求</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="217"/>
        <source>Cases</source>
        <translation>涉及工单</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="218"/>
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="218"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="218"/>
        <source>kVA</source>
        <translation>容量(kVA)</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="219"/>
        <source>Metering / class</source>
        <translation>计量方式 / 分类</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="219"/>
        <source>Forecast power-on</source>
        <translation>预测送电</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="220"/>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="221"/>
        <source>Stock count</source>
        <translation>库存盘点</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="222"/>
        <source>T&amp;ype code:</source>
        <translation>类型代码(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="222"/>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="223"/>
        <source>&amp;Qualified in stock:</source>
        <translation>合格在库(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="223"/>
        <source>A&amp;waiting test:</source>
        <translation>待检(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="224"/>
        <source>&amp;Issued, not installed:</source>
        <translation>已领未装(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="224"/>
        <source>Sa&amp;fety stock:</source>
        <translation>安全库存(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="225"/>
        <source>On or&amp;der:</source>
        <translation>在途(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="225"/>
        <source>Co&amp;unt date:</source>
        <translation>盘点日期(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="227"/>
        <source>&amp;Save count</source>
        <translation>保存盘点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="228"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="229"/>
        <source>Qualified</source>
        <translation>合格在库</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="230"/>
        <source>Issued</source>
        <translation>已领未装</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="230"/>
        <source>Safety</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="230"/>
        <source>Counted</source>
        <translation>盘点日期</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="272"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="276"/>
        <source>%1: %2 cases forecast to be energised, %3 equipment types, %4 short (net demand %5).</source>
        <translation>%1:预测送电 %2 个工单,%3 类器具,%4 类有缺口(净需求合计 %5)。</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="281"/>
        <source>Not counted (no metering configuration): %1.</source>
        <translation>未计入(无计量配置):%1。</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="283"/>
        <source>Plan kept: version %1 of %2.</source>
        <translation>已保存的计划:第 %1 版(%2)。</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="284"/>
        <source>No plan kept for this month yet.</source>
        <translation>本月尚未保存计划。</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="297"/>
        <source>Metering plan %1, version %2: %3 changes from the previous version.</source>
        <translation>%1 计量器具需求计划第 %2 版:与上一版相比 %3 处变化。</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="306"/>
        <source>Save the metering plan</source>
        <translation>保存计量器具需求计划</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="313"/>
        <source>Saved: %1</source>
        <translation>已保存:%1</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="332"/>
        <source>Stock count saved: %1</source>
        <translation>已保存库存盘点:%1</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="337"/>
        <source>Import stock counts</source>
        <translation>导入库存盘点</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="344"/>
        <source>Imported %1 stock rows.</source>
        <translation>已导入 %1 行库存。</translation>
    </message>
</context>
<context>
    <name>MonthPage</name>
    <message>
        <location filename="../../ui/month_page.py" line="101"/>
        <source>Print the day&apos;s papers…</source>
        <translation>打印当天单据…</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="102"/>
        <source>The papers dated the selected day (today if none): receipts of the cases accepted, plan replies, fee notices, acceptance opinions and power-on records of that day — mine, or all managers&apos;</source>
        <translation>所选日期（未选则为今天）出具的单据：当天受理工单的受理回执、供电方案答复单、业务收费通知单、竣工验收意见书和送电单——本人的，或全部客户经理的</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="192"/>
        <source>No papers are dated %1.</source>
        <translation>%1 没有出具的单据。</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="197"/>
        <source>Print the papers of %1</source>
        <translation>打印 %1 的单据</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="206"/>
        <source>Sent to the printer: %1 papers of %2</source>
        <translation>已发送到打印机：%2 的单据 %1 份</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="95"/>
        <source>[Due]</source>
        <translation>【期限】</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="95"/>
        <source>[Meeting]</source>
        <translation>【会审】</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="95"/>
        <source>[Inspection]</source>
        <translation>【检查】</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="96"/>
        <source>[Survey]</source>
        <translation>【查勘】</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="96"/>
        <source>[Customer]</source>
        <translation>【整改】</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="96"/>
        <source>[Follow-up]</source>
        <translation>【跟进】</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="99"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="100"/>
        <source>All managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="105"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="105"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="105"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="105"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="106"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="106"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="106"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="107"/>
        <source>[Due] stage deadline  [Meeting] review meeting  [Inspection] inspection  [Survey] joint survey  [Customer] customer&apos;s rectification due  [Follow-up] policy-risk follow-up.  Red: statutory holiday; grey: weekend; blue 班: make-up working day. Double-click a day to open its first case.</source>
        <translation>【期限】环节时限截止  【会审】业扩会审  【检查】中间检查/竣工检验  【查勘】联合查勘  【整改】客户整改期限  【跟进】政策处理跟进。红色:法定节假日;灰色:周末;蓝色“班”:调休上班日。双击日期打开当天第一个工单。</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="145"/>
        <source>(no holiday schedule: weekends only)</source>
        <translation>(无节假日安排,按周末计算)</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="153"/>
        <source>holiday</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="155"/>
        <source>班</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="162"/>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="163"/>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../ui/outage_page.py" line="510"/>
        <source>New outage need</source>
        <translation>登记停电需求</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="524"/>
        <source>Live-line work could do it instead</source>
        <translation>可用带电作业代替停电</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="545"/>
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="546"/>
        <source>Feeder</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="547"/>
        <source>Substation</source>
        <translation>变电站</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="548"/>
        <source>Switch section</source>
        <translation>开关分段</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="549"/>
        <source>Work</source>
        <translation>作业内容</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="551"/>
        <source>Hours</source>
        <translation>时长(小时)</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="552"/>
        <source>Customer&apos;s works done (ready from)</source>
        <translation>客户工程完工 (可停电起)</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="553"/>
        <source>Power wanted by</source>
        <translation>要求送电日</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="554"/>
        <source>Customers cut off</source>
        <translation>停电户数</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="555"/>
        <source>Important customers among them</source>
        <translation>其中重要用户</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="53"/>
        <source>New case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="54"/>
        <source>Formal case from temporary case %1</source>
        <translation>由临时用电工单 %1 新建正式工单</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="65"/>
        <source>10 digits</source>
        <translation>10 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="79"/>
        <source>New connection</source>
        <translation>新装</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="79"/>
        <source>Capacity increase</source>
        <translation>增容</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="80"/>
        <source>Temporary supply</source>
        <translation>临时用电</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="80"/>
        <source>Temporary to formal</source>
        <translation>临时转正式</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="83"/>
        <source>Dual source</source>
        <translation>双电源</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="84"/>
        <source>Typical design</source>
        <translation>典型设计</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="85"/>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="86"/>
        <source>Key project</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="107"/>
        <source>Customer name</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="108"/>
        <source>Account no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="109"/>
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="122"/>
        <source>Temporary case</source>
        <translation>临时用电工单</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="125"/>
        <source>Supply voltage</source>
        <translation>供电电压</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="126"/>
        <source>Applied capacity</source>
        <translation>申请容量</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="131"/>
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="132"/>
        <source>Township</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="133"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="134"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="135"/>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="180"/>
        <source>The customer&apos;s data, the advice and the survey are taken over from the temporary case.</source>
        <translation>客户资料、正式用电建议和查勘记录从临时用电工单带入。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="185"/>
        <source>Looking for temporary cases…</source>
        <translation>正在查找临时用电工单…</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="193"/>
        <source>Choose the temporary case…</source>
        <translation>请选择临时用电工单…</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="199"/>
        <source>A formal case follows a temporary case: choose it, and its customer&apos;s data, advice and survey are taken over.</source>
        <translation>临时转正式工单须对应一个临时用电工单:选定后,其客户资料、正式用电建议和查勘记录自动带入。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="202"/>
        <source>No temporary case is waiting for its formal case. Record the temporary supply as a case of its own first; its window then offers &quot;Create formal case…&quot;.</source>
        <translation>没有待转正式的临时用电工单。请先以“临时用电”类型建立工单,再在该工单窗口中点击“新建正式工单…”。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="238"/>
        <location filename="../../ui/case_dialogs.py" line="259"/>
        <source>The customer name is required.</source>
        <translation>户名不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="236"/>
        <location filename="../../ui/case_dialogs.py" line="261"/>
        <source>The account number must be exactly 10 digits.</source>
        <translation>户号必须是 10 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="248"/>
        <source>Account %1 already has an open case %2.</source>
        <translation>户号 %1 已有在途工单 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="257"/>
        <source>A temporary-to-formal case follows a temporary case: choose it first.</source>
        <translation>临时转正式工单须对应一个临时用电工单:请先选择临时用电工单。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="265"/>
        <source>The applied capacity must be more than 0 kVA.</source>
        <translation>申请容量必须大于 0 kVA。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="267"/>
        <source>%1 kVA is not credible for a single %2 kV application (at most %3 kVA).</source>
        <translation>%1 kVA 不合理:%2 kV 供电的单个申请不超过 %3 kVA。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="284"/>
        <source>Possible duplicate</source>
        <translation>可能重复受理</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="285"/>
        <source>Account %1 already has an open case %2. Create another case anyway?</source>
        <translation>户号 %1 已有在途工单 %2。仍要新建工单吗?</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="312"/>
        <source>Created case %1</source>
        <translation>已新建工单 %1</translation>
    </message>
</context>
<context>
    <name>OpenReviewDialog</name>
    <message>
        <location filename="../../ui/review_panel.py" line="114"/>
        <source>Drawings received — %1</source>
        <translation>收到图纸 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="122"/>
        <source>One drawing per line, e.g. 电气一次主接线图</source>
        <translation>每行一张图纸,如 电气一次主接线图</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="126"/>
        <source>Submitted on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="127"/>
        <source>Design institute</source>
        <translation>设计单位</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="128"/>
        <source>Drawing list</source>
        <translation>图纸清单</translation>
    </message>
</context>
<context>
    <name>OutagePage</name>
    <message>
        <location filename="../../ui/outage_page.py" line="204"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="207"/>
        <source>draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="207"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="207"/>
        <source>announced</source>
        <translation>已公告</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="208"/>
        <source>executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="208"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="209"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="212"/>
        <source>not ready in time</source>
        <translation>未按时就绪</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="212"/>
        <source>notice too late</source>
        <translation>通知来不及</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="213"/>
        <source>no window</source>
        <translation>无可用停电日</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="214"/>
        <source>conflicting wanted-by dates</source>
        <translation>送电日期冲突</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="217"/>
        <source>New outage need…</source>
        <translation>登记停电需求…</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="218"/>
        <source>Import maintenance windows…</source>
        <translation>导入检修窗口…</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="219"/>
        <source>An .xlsx sheet from 运检 whose first row names the columns 线路, 日期, 时长 (and 备注)</source>
        <translation>运检提供的 .xlsx 表格,首行为列名:线路、日期、时长(及备注)</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="221"/>
        <source>Balance the month</source>
        <translation>平衡本月计划</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="222"/>
        <source>Propose the month&apos;s outages from the needs and the maintenance windows (the drafts are replaced; confirmed outages are kept)</source>
        <translation>按停电需求和检修窗口生成本月停电安排(替换草案;已确认的停电保留)</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="224"/>
        <source>Confirm…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="225"/>
        <source>Announced…</source>
        <translation>已通知…</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="226"/>
        <source>Executed</source>
        <translation>已停电</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="227"/>
        <source>Done</source>
        <translation>已送电</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="228"/>
        <source>Cancel outage…</source>
        <translation>取消停电…</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="229"/>
        <source>Export plan…</source>
        <translation>导出平衡表…</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="230"/>
        <source>Drag an outage to another day of its feeder, or select it and press Ctrl+Shift+Left / Right: the checks run again at once</source>
        <translation>把停电拖到本线路的另一天,或选中后按 Ctrl+Shift+左/右:立即重新检查</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="232"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="232"/>
        <location filename="../../ui/outage_page.py" line="235"/>
        <location filename="../../ui/outage_page.py" line="237"/>
        <source>Feeder</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="232"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="232"/>
        <source>Maintenance</source>
        <translation>检修窗口</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="233"/>
        <source>Cases</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="233"/>
        <source>Household-hours saved</source>
        <translation>节约时户数</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="233"/>
        <source>Notice by</source>
        <translation>通知截止日</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="234"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="234"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="235"/>
        <location filename="../../ui/outage_page.py" line="237"/>
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="235"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="236"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="237"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="238"/>
        <source>Energise deadline</source>
        <translation>装表接电时限</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="238"/>
        <source>Earliest lawful outage</source>
        <translation>最早合法停电日</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="239"/>
        <source>Announce by</source>
        <translation>最迟通知日</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="279"/>
        <source>Outage plan %1</source>
        <translation>%1 停电计划</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="296"/>
        <location filename="../../ui/outage_page.py" line="309"/>
        <source>M</source>
        <translation>检</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="300"/>
        <source>Maintenance window: %1 h</source>
        <translation>检修窗口:%1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="314"/>
        <source>Notice by %1</source>
        <translation>最迟 %1 通知</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="322"/>
        <source>Outages (%1)</source>
        <translation>停电安排 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="323"/>
        <source>For the balancing meeting (%1)</source>
        <translation>提交平衡会 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="324"/>
        <source>At risk (%1)</source>
        <translation>时限风险 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="363"/>
        <source>New notice for %1</source>
        <translation>改期至 %1 的新通知</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="401"/>
        <source>Checked again: %1</source>
        <translation>重新检查:%1</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="402"/>
        <source>no problem</source>
        <translation>无问题</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="408"/>
        <source>Select a draft outage first.</source>
        <translation>请先选择一个草案停电。</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="412"/>
        <source>Confirm the outage of %1 on %2</source>
        <translation>确认 %1 %2 的停电</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="364"/>
        <location filename="../../ui/outage_page.py" line="413"/>
        <source>Notice on (at least %1 days before)</source>
        <translation>通知日期 (至少提前 %1 天)</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="423"/>
        <location filename="../../ui/outage_page.py" line="441"/>
        <location filename="../../ui/outage_page.py" line="449"/>
        <source>Select an outage first.</source>
        <translation>请先选择一个停电。</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="426"/>
        <source>Notice of the outage of %1 on %2</source>
        <translation>%1 %2 停电的通知</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="427"/>
        <source>Notice given on</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="431"/>
        <source>Notice channel</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="431"/>
        <source>Channel:</source>
        <translation>通知方式:</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="452"/>
        <source>Cancel outage</source>
        <translation>取消停电</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="452"/>
        <source>Reason:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="460"/>
        <source>Export plan</source>
        <translation>导出平衡表</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="462"/>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="467"/>
        <source>Written: %1</source>
        <translation>已写入:%1</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="490"/>
        <source>Import maintenance windows</source>
        <translation>导入检修窗口</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="491"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="496"/>
        <source>Maintenance windows imported: %1</source>
        <translation>已导入检修窗口:%1 个</translation>
    </message>
</context>
<context>
    <name>OutageRiskSection</name>
    <message>
        <location filename="../../ui/today_outage.py" line="41"/>
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="41"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="41"/>
        <source>Feeder</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="42"/>
        <source>Energise deadline</source>
        <translation>装表接电时限</translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="42"/>
        <source>Earliest lawful outage</source>
        <translation>最早合法停电日</translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="43"/>
        <source>Announce by</source>
        <translation>最迟通知日</translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="68"/>
        <source>Outage too late for the energise limit: %1 — double-click to open the case</source>
        <translation>停电晚于装表接电时限:%1 个 — 双击打开工单</translation>
    </message>
</context>
<context>
    <name>PapersPanel</name>
    <message>
        <location filename="../../ui/papers_panel.py" line="78"/>
        <source>Papers for the customer</source>
        <translation>客户单据</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="79"/>
        <source>Paper</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="79"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="80"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="81"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="82"/>
        <source>Print all available…</source>
        <translation>打印全部可出具的单据…</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="83"/>
        <source>Record fee…</source>
        <translation>登记收费…</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="84"/>
        <source>Withdraw fee…</source>
        <translation>撤销收费…</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="104"/>
        <source>Available</source>
        <translation>可出具</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="105"/>
        <source>Can be saved or printed, as often as needed</source>
        <translation>可随时保存或打印,可重复打印</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="113"/>
        <source>Fees: %1</source>
        <translation>收费:%1</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="114"/>
        <source>Fees: none recorded</source>
        <translation>收费:尚未登记</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="131"/>
        <source>Select a paper first.</source>
        <translation>请先选择单据。</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="166"/>
        <source>Print papers</source>
        <translation>打印单据</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="178"/>
        <source>Sent to the printer: %1</source>
        <translation>已发送到打印机:%1</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="187"/>
        <source>Fee recorded: %1 %2 yuan (%3)</source>
        <translation>登记收费:%1 %2 元(%3)</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="190"/>
        <source>corrects an earlier fee: %1</source>
        <translation>更正此前的收费:%1</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="193"/>
        <source>Fee withdrawn: %1 (%2)</source>
        <translation>撤销收费:%1(%2)</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../../ui/points_page.py" line="269"/>
        <source>Mine only</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="270"/>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="271"/>
        <source>Appeal…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="272"/>
        <source>Statement PDF</source>
        <translation>积分明细 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="273"/>
        <source>The month&apos;s statement (积分明细) of the selected person (mine if none), with a line to sign</source>
        <translation>所选人员(未选则为本人)本月的积分明细,附签字栏</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="275"/>
        <source>Simulate: if the open cases were finished today</source>
        <translation>模拟:在办工单若今天送电可得的积分</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="276"/>
        <source>Decide the selected appeal…</source>
        <translation>裁决所选申诉…</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="277"/>
        <source>Recalculation label</source>
        <translation>重算标签</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="278"/>
        <source>Show the differences</source>
        <translation>显示差异</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="279"/>
        <source>Post the reversals</source>
        <translation>冲销并重记</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="280"/>
        <source>Postings</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="280"/>
        <source>Simulate</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="280"/>
        <source>Adjustments and appeals</source>
        <translation>调整与申诉</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="281"/>
        <source>Recalculation</source>
        <translation>重算</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="281"/>
        <source>Quarterly ranking</source>
        <translation>季度排名</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="283"/>
        <location filename="../../ui/points_page.py" line="287"/>
        <location filename="../../ui/points_page.py" line="289"/>
        <location filename="../../ui/points_page.py" line="291"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="283"/>
        <location filename="../../ui/points_page.py" line="285"/>
        <location filename="../../ui/points_page.py" line="287"/>
        <location filename="../../ui/points_page.py" line="289"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="283"/>
        <location filename="../../ui/points_page.py" line="287"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="283"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="284"/>
        <location filename="../../ui/points_page.py" line="285"/>
        <location filename="../../ui/points_page.py" line="287"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="284"/>
        <location filename="../../ui/points_page.py" line="286"/>
        <source>Formula</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="285"/>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="288"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="288"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="288"/>
        <source>Decision</source>
        <translation>裁决意见</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="289"/>
        <source>Before</source>
        <translation>原积分</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="289"/>
        <source>After</source>
        <translation>新积分</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="290"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="291"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="292"/>
        <source>Quarter</source>
        <translation>季度合计</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="305"/>
        <source>case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="305"/>
        <source>reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="305"/>
        <source>adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="306"/>
        <source>case manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="306"/>
        <source>survey</source>
        <translation>查勘</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="306"/>
        <source>review</source>
        <translation>审图/会审</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="307"/>
        <source>appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="307"/>
        <source>pending</source>
        <translation>待裁决</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="308"/>
        <source>accepted</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="308"/>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="309"/>
        <source>no authority in the roles document</source>
        <translation>角色文件未授权</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="310"/>
        <source>made on the author&apos;s own points</source>
        <translation>调整的是本人自己的积分</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="318"/>
        <source>Points of %1</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="347"/>
        <source>Totals: %1</source>
        <translation>合计:%1</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="347"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="349"/>
        <source>Pending (finished, no counted follow-up yet: not zero, not yet posted): %1</source>
        <translation>待定(已送电、尚无有效回访:不是零分,暂不记账):%1</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="352"/>
        <source>Finished this month, not yet posted (%1): %2</source>
        <translation>本月已送电、尚未记账(%1 件):%2</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="354"/>
        <source>%1 %2 %3 by %4 (%5)</source>
        <translation>%1 %2 %3,由 %4 记(%5)</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="358"/>
        <source>Refused, not counted: %1</source>
        <translation>未授权,不计入:%1</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="362"/>
        <source>Post finished cases (%1)</source>
        <translation>记账已送电工单(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="365"/>
        <source>Puts the cases energised by %1 with a counted follow-up into the ledger, each under the rule in force the day it finished. Running it again posts nothing twice.</source>
        <translation>把截至 %1 已送电且有有效回访的工单记入积分台账,各按其送电当天施行的积分规则计算。重复执行不会重复记账。</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="371"/>
        <source> — refused: %1</source>
        <translation> — 不予认可:%1</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="375"/>
        <source>Ranking of %1 (the quarter of this month)</source>
        <translation>%1 排名(本月所在季度)</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="381"/>
        <source>no level</source>
        <translation>未担任任何层级</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="382"/>
        <source>recalculate</source>
        <translation>重算积分</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="382"/>
        <source>decide adjustments and appeals</source>
        <translation>调整积分、裁决申诉</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="384"/>
        <source>%1 (%2, roles document %3) may: %4</source>
        <translation>%1(%2,角色文件 %3)可以:%4</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="386"/>
        <source>neither recalculate nor decide</source>
        <translation>不能重算,也不能调整或裁决</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="387"/>
        <source>The roles document in force does not name you among those who may recalculate</source>
        <translation>现行角色文件未把您列为可重算积分的人员</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="388"/>
        <source>The roles document in force does not name you among those who may decide</source>
        <translation>现行角色文件未把您列为可调整积分、裁决申诉的人员</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="402"/>
        <source>Posted %1 cases (%2 postings); %3 without a counted follow-up stay pending.</source>
        <translation>已记账 %1 件工单(%2 笔);%3 件尚无有效回访,待定未记。</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="412"/>
        <source>Select a person&apos;s posting first.</source>
        <translation>请先选择一条人员的积分记录。</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="441"/>
        <source>Select an appeal awaiting a decision.</source>
        <translation>请选择一条待裁决的申诉。</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="460"/>
        <source>Posted under the label “%1” (rule %2): reversals and new postings, difference %3.</source>
        <translation>已按标签“%1”(规则 %2)过账:冲销原积分并重记,差异 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="466"/>
        <source>Preview under rule %1: %2 cases differ, difference %3. Nothing has been written.</source>
        <translation>按规则 %1 预览:%2 个工单有差异,差异 %3。尚未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>PolicyRisks</name>
    <message>
        <location filename="../../ui/review_panel.py" line="43"/>
        <source>Right of way</source>
        <translation>线路通道</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="44"/>
        <source>Permits</source>
        <translation>行政审批</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="45"/>
        <source>Construction access</source>
        <translation>施工条件</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="46"/>
        <source>Neighbours</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="47"/>
        <location filename="../../ui/review_panel.py" line="54"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="50"/>
        <source>Technical</source>
        <translation>电气技术</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="51"/>
        <source>Metering design</source>
        <translation>计量</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="52"/>
        <source>Relay protection</source>
        <translation>继电保护</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="53"/>
        <source>Civil works</source>
        <translation>土建</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="59"/>
        <source>production</source>
        <translation>生产</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="60"/>
        <source>marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="61"/>
        <source>local supply station</source>
        <translation>供电所</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="181"/>
        <source>Postpone the meeting of %1</source>
        <translation>会审改期(原定 %1)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="189"/>
        <source>New date and time</source>
        <translation>新的日期和时间</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="190"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="197"/>
        <source>Give the reason for postponing.</source>
        <translation>请填写改期原因。</translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="106"/>
        <source>Edit prospect</source>
        <translation>编辑意向项目</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="106"/>
        <source>New prospect</source>
        <translation>新的意向项目</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="127"/>
        <source>Dual source</source>
        <translation>双电源</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="150"/>
        <source>Key project (重点项目)</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="152"/>
        <source>Green channel (绿色通道)</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="157"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="158"/>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="159"/>
        <source>Township</source>
        <translation>乡镇(街道)</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="160"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="161"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="162"/>
        <source>Expected kVA</source>
        <translation>预计容量(kVA)</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="163"/>
        <source>Voltage</source>
        <translation>供电电压</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="165"/>
        <source>Energisation year</source>
        <translation>预计送电年份</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="166"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="167"/>
        <source>Probability</source>
        <translation>成功概率</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="168"/>
        <source>Substation</source>
        <translation>变电站</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="169"/>
        <source>Feeder</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="172"/>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="173"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="177"/>
        <source>Key project list (发改)</source>
        <translation>发改重点项目</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="177"/>
        <source>Investment promotion (招商)</source>
        <translation>招商</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="177"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="178"/>
        <source>Temporary supply</source>
        <translation>临时用电转正式</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="178"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery.py" line="23"/>
        <location filename="../../ui/recovery.py" line="67"/>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="28"/>
        <source>The database file %1 is damaged (%2). Zaosong does not write into it.

The newest good backup is %3, taken %4. The damaged file was last changed %5: what was entered between these two times will be lost.

Restoring puts the backup in place; the damaged file is kept in the backups folder (renamed, never overwritten or deleted).</source>
        <translation>数据库文件 %1 已损坏(%2),早送不会再写入它。

最新的完好备份是 %3,备份于 %4。损坏的文件最后修改于 %5:这两个时间之间录入的内容将会丢失。

恢复会把这个备份放回原处;损坏的文件改名保存在 backups 文件夹中,不会被覆盖或删除。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="35"/>
        <source>Restore this backup</source>
        <translation>恢复这个备份</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="39"/>
        <source>The database file %1 is damaged (%2), and there is no good backup.

Set it aside (it is renamed into the backups folder, never deleted) and start a new, empty database? Or quit and hand the file to a technician.</source>
        <translation>数据库文件 %1 已损坏(%2),而且没有完好的备份。

要把它改名保存到 backups 文件夹(不会删除)并建立一个新的空数据库吗?也可以退出,把这个文件交给技术人员。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="43"/>
        <source>Set aside and start a new database</source>
        <translation>另存并建立新数据库</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="46"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/recovery_key.py" line="35"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="38"/>
        <source>This is the new recovery key of your database and its backups; the old one no longer opens them. If this laptop dies or its keyring is lost, it is the only way to open them on another computer. Write it on paper and keep it apart from the laptop.</source>
        <translation>这是数据库及其备份的新恢复密钥,旧的恢复密钥已不能打开它们。若这台笔记本损坏或钥匙串丢失,只有靠它才能在别的电脑上打开。请抄在纸上,与电脑分开保管。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="43"/>
        <source>Your database and its backups are encrypted. If this laptop dies or its keyring is lost, this recovery key is the only way to open them on another computer. Write it on paper and keep it apart from the laptop.</source>
        <translation>数据库及其备份已加密。这台电脑损坏或钥匙串丢失时,只有凭这个恢复密钥才能在别的电脑上打开它们。请抄在纸上,与电脑分开保管。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="54"/>
        <source>I have written the recovery key down and keep it apart from the laptop</source>
        <translation>我已抄下恢复密钥,并与电脑分开保管</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="57"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="58"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/review_panel.py" line="645"/>
        <source>Design review and policy risks</source>
        <translation>设计审查与政策处理</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="646"/>
        <source>Design review form…</source>
        <translation>设计审查…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="647"/>
        <source>Add risk…</source>
        <translation>登记风险…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="648"/>
        <source>Risk settled…</source>
        <translation>风险已解决…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="649"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="649"/>
        <source>Policy risk</source>
        <translation>政策处理事项</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="649"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="650"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="650"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="650"/>
        <source>Raised</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="667"/>
        <source>Design review: no drawings received yet.</source>
        <translation>设计审查:尚未收到图纸。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="671"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="672"/>
        <source>approved %1</source>
        <translation>%1 审查通过</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="673"/>
        <source>returned %1</source>
        <translation>%1 退回修改</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="674"/>
        <source>Design review round %1 (%2): %3 opinions, %4 must fix.</source>
        <translation>设计审查第 %1 轮(%2):意见 %3 条,其中必须整改 %4 条。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="678"/>
        <source>Joint review required: participants from %1 still missing.</source>
        <translation>须联合审图:尚缺%1的参加人员。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="680"/>
        <source>Joint review: every department recorded.</source>
        <translation>联合审图:各部门均已参加。</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="685"/>
        <source>Policy risks (政策处理): %1 open of %2</source>
        <translation>政策处理事项:未解决 %1 项 / 共 %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="690"/>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="691"/>
        <source>settled %1</source>
        <translation>%1 已解决</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="693"/>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
</context>
<context>
    <name>SettingSheetDialog</name>
    <message>
        <location filename="../../ui/setting_dialog.py" line="142"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="66"/>
        <source>Protection settings — %1</source>
        <translation>保护定值 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="79"/>
        <source>typical</source>
        <translation>典型值</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="84"/>
        <source>oil-immersed</source>
        <translation>油浸式</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="85"/>
        <source>dry-type</source>
        <translation>干式</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="102"/>
        <source>System S_k max / min</source>
        <translation>系统短路容量 最大/最小</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="103"/>
        <source>Transformer kVA × count</source>
        <translation>变压器容量 × 台数</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="104"/>
        <source>u_k / load losses P_k</source>
        <translation>短路电压 u_k / 负载损耗 P_k</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="105"/>
        <source>Vector group / voltage ratio</source>
        <translation>联结组别 / 电压比</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="106"/>
        <source>CT ratio</source>
        <translation>电流互感器变比</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="107"/>
        <source>Transformer type</source>
        <translation>变压器类型</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="109"/>
        <source>Started from the joint survey of %1</source>
        <translation>已按 %1 联合查勘记录填入(CT 变比、变压器)</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="110"/>
        <source>Cable length / R / X</source>
        <translation>电缆长度 / 电阻 / 电抗</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="111"/>
        <source>Utility feeder: instantaneous / overcurrent / time</source>
        <translation>上级馈线:速断 / 过流 / 时间</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="130"/>
        <source>Save as a new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="133"/>
        <source>Issue the selected version</source>
        <translation>签发所选版本</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="136"/>
        <source>Record execution receipt…</source>
        <translation>记录执行回执…</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="139"/>
        <source>Print the selected version (PDF)</source>
        <translation>打印所选版本(PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="145"/>
        <source>Settings (recalculated as you type)</source>
        <translation>定值(随输入实时计算)</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="156"/>
        <location filename="../../ui/setting_dialog.py" line="268"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="223"/>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="223"/>
        <source>Primary A</source>
        <translation>一次值 A</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="223"/>
        <source>Secondary A</source>
        <translation>二次值 A</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="224"/>
        <source>Time s</source>
        <translation>时间 s</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="224"/>
        <location filename="../../ui/setting_dialog.py" line="236"/>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="229"/>
        <location filename="../../ui/setting_dialog.py" line="242"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="229"/>
        <location filename="../../ui/setting_dialog.py" line="242"/>
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="236"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="236"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="236"/>
        <source>Threshold</source>
        <translation>限值</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="254"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="254"/>
        <source>issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="254"/>
        <source>executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="255"/>
        <source>void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="289"/>
        <source>Issue the setting sheet</source>
        <translation>签发定值单</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="290"/>
        <source>Issue %1 on %2?

The issued version becomes fixed: its settings can no longer be edited and it goes out for execution as it stands. A change then needs a new version, which voids this one.</source>
        <translation>确认于 %2 签发 %1?

签发后该版本即固定:定值不能再修改,按现状交付执行。如需变更,须另出新版本,本版本随之作废。</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="293"/>
        <source>Issue the sheet</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="293"/>
        <source>Keep the draft</source>
        <translation>暂不签发</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="171"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="172"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="173"/>
        <source>Identity and warnings</source>
        <translation>身份与预警</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="174"/>
        <source>Customer manager (me)</source>
        <translation>客户经理(本人)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="175"/>
        <source>This laptop&apos;s name</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="176"/>
        <source>My phone (printed on notices)</source>
        <translation>我的电话(打印在通知书上)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="177"/>
        <source>Bureau name (printed on documents)</source>
        <translation>供电单位名称(打印在文书上)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="178"/>
        <source>Supply station (printed on documents)</source>
        <translation>供电所(印在文书上)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="179"/>
        <source>Warn when working days left ≤</source>
        <translation>剩余工作日 ≤ 时预警</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="180"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="181"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186"/>
        <source>Database file: %1
To use another file, start Zaosong with --db PATH.</source>
        <translation>数据库文件:%1
如需使用其他文件,请用 --db 路径 启动早送。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="191"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="192"/>
        <source>Check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="193"/>
        <source>Recovery key…</source>
        <translation>恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="194"/>
        <source>Reissue the recovery key…</source>
        <translation>重新签发恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="195"/>
        <source>Rule sets and checklist templates</source>
        <translation>规则与模板</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="197"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="197"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="198"/>
        <source>The version in force is marked ✓. A published version travels with every sync package; each laptop applies the newest one it holds. An inspection under way keeps the template it started with.</source>
        <translation>现行版本标有 ✓。发布的版本随每个同步包下发,各台电脑采用所持有的最新版本;进行中的检查仍按开始时的模板。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="201"/>
        <source>Publish a rule set…</source>
        <translation>发布时限规则…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="202"/>
        <source>Publish a checklist template…</source>
        <translation>发布检查模板…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="226"/>
        <source>Stage locks of the rule set in force:</source>
        <translation>现行时限规则中的环节锁:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="234"/>
        <source>Time-limit rules</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="234"/>
        <source>Checklist</source>
        <translation>检查模板</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="238"/>
        <source>bundled</source>
        <translation>随软件提供</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="240"/>
        <source>published by %1, %2</source>
        <translation>%1 发布于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="251"/>
        <source>Publish a rule set</source>
        <translation>发布时限规则</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="251"/>
        <source>Publish a checklist template</source>
        <translation>发布检查模板</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="252"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="258"/>
        <source>Published %1 version %2. It is in force here now and travels with the next sync package.</source>
        <translation>已发布 %1 第 %2 版:本机即刻生效,并随下一个同步包下发。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="296"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="309"/>
        <source>Backup written: %1</source>
        <translation>已备份到:%1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="319"/>
        <source>The recovery key was confirmed as written down and is no longer kept on this computer. Use the copy you wrote down; if it is lost, reissue it.</source>
        <translation>恢复密钥已确认抄下,本机不再保存。请使用抄下的那份;若已丢失,请重新签发。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="325"/>
        <location filename="../../ui/settings_page.py" line="340"/>
        <source>Reissue the recovery key</source>
        <translation>重新签发恢复密钥</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="326"/>
        <source>A new recovery key will be made, and the database and its backups rewritten with it; the old recovery key will no longer open them. This takes a while for a large database. Any other Zaosong program using the database must be closed first.

Reissue the recovery key now?</source>
        <translation>将生成新的恢复密钥,并用它重写数据库和备份;旧恢复密钥将不再能打开它们。数据库大时需要一些时间。正在使用该数据库的其他早送程序须先关闭。

现在重新签发恢复密钥吗?</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="338"/>
        <source>Rewriting the database and its backups with the new key…</source>
        <translation>正在用新密钥重写数据库和备份…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="357"/>
        <source>A new recovery key was issued: the database and %1 backups now use it, and the old recovery key no longer opens them. Copies saved elsewhere before (a USB stick, another computer) keep the old key: delete them.</source>
        <translation>已签发新的恢复密钥:数据库和 %1 个备份已改用它,旧恢复密钥不再能打开它们。早先另存到别处(U 盘、别的电脑)的副本仍是旧密钥:请删除它们。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="361"/>
        <source>These damaged files could not be rewritten and keep the old key: %1</source>
        <translation>以下已损坏的文件无法重写,仍是旧密钥:%1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="375"/>
        <source>Database check: all good.</source>
        <translation>数据库检查:一切正常。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="375"/>
        <source>Database check found problems:</source>
        <translation>数据库检查发现问题:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="381"/>
        <location filename="../../ui/settings_page.py" line="386"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="382"/>
        <source>Zaosong databases (*.db)</source>
        <translation>早送数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="387"/>
        <source>Replace the current database with %1? The current file is kept aside in the backups folder, and Zaosong will close; start it again afterwards.</source>
        <translation>用 %1 替换当前数据库吗?当前文件会先保存到备份文件夹,然后早送将关闭,请之后重新启动。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="183"/>
        <source>Server database: %1
It is backed up on the server (pg_dump).</source>
        <translation>服务器数据库: %1
由服务器备份 (pg_dump)。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="188"/>
        <source>Server database (PostgreSQL) to open at the next start; empty: the file</source>
        <translation>下次启动时打开的服务器数据库 (PostgreSQL);留空: 使用数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="189"/>
        <source>Use at next start</source>
        <translation>下次启动时使用</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="291"/>
        <source>Zaosong opens %1 at the next start.</source>
        <translation>早送下次启动时将打开 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="292"/>
        <source>the database file</source>
        <translation>数据库文件</translation>
    </message>
</context>
<context>
    <name>SheetReceiptDialog</name>
    <message>
        <location filename="../../ui/setting_dialog.py" line="333"/>
        <source>Execution receipt</source>
        <translation>定值单执行回执</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="345"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="346"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="350"/>
        <source>Handed to</source>
        <translation>交付给</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="351"/>
        <source>Executed by</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="352"/>
        <source>Returned on</source>
        <translation>回执日期</translation>
    </message>
</context>
<context>
    <name>StageActionDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="360"/>
        <source>Start a stage</source>
        <translation>开始环节</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="360"/>
        <source>Finish a stage</source>
        <translation>完成环节</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="361"/>
        <source>Pause the clock</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="361"/>
        <source>Resume the clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="373"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="374"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="379"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="380"/>
        <source>Returned for revision</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="380"/>
        <source>Rectification needed</source>
        <translation>需要整改</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="382"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="388"/>
        <source>Customer asked to defer</source>
        <translation>客户要求暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="389"/>
        <source>Customer documents incomplete</source>
        <translation>客户资料不全</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="390"/>
        <source>Site not ready</source>
        <translation>现场不具备条件</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="391"/>
        <source>Policy (non-technical) issues</source>
        <translation>政策处理</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="392"/>
        <source>Customer unreachable</source>
        <translation>客户无法联系</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="393"/>
        <source>Customer has not paid the fees</source>
        <translation>客户未缴费</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="400"/>
        <source>Reason (customer-caused only)</source>
        <translation>原因(仅限客户原因)</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="401"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <location filename="../../ui/timeline.py" line="45"/>
        <source>No stage has started yet.</source>
        <translation>尚未开始任何环节。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="78"/>
        <source>%1/%2 wd</source>
        <translation>%1/%2 工作日</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="80"/>
        <source>+%1 paused</source>
        <translation>+暂停 %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="82"/>
        <source>deadline %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="84"/>
        <source>→ rectify</source>
        <translation>→ 整改</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="86"/>
        <source>(paused)</source>
        <translation>(暂停中)</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../ui/strings.py" line="6"/>
        <source>Application acceptance</source>
        <translation>业务受理</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="7"/>
        <source>Site survey</source>
        <translation>现场查勘</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="8"/>
        <source>Supply plan reply</source>
        <translation>供电方案确定及答复</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="9"/>
        <source>Fees</source>
        <translation>业务收费</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="10"/>
        <source>Design review</source>
        <translation>设计图纸审查</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="11"/>
        <source>Mid inspection</source>
        <translation>中间检查</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="12"/>
        <source>Completion inspection</source>
        <translation>竣工检验</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="13"/>
        <source>Metering and energisation</source>
        <translation>装表接电</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="294"/>
        <source>Mid inspection</source>
        <translation>中间检查</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="294"/>
        <source>Completion inspection</source>
        <translation>竣工检验</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="300"/>
        <source>Names, separated by commas</source>
        <translation>姓名,用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="302"/>
        <source>Date requested / started</source>
        <translation>报验(开始)日期</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="303"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="81"/>
        <location filename="../../ui/field_dialogs.py" line="252"/>
        <source>Joint survey — %1</source>
        <translation>联合查勘 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="89"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="89"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="93"/>
        <source>Add participant</source>
        <translation>添加参加人员</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="107"/>
        <source>Dual source</source>
        <translation>双电源</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="111"/>
        <source>High-voltage metering</source>
        <translation>高压计量</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="112"/>
        <source>Low-voltage metering</source>
        <translation>低压计量</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="121"/>
        <source>Count</source>
        <translation>台数</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="121"/>
        <source>Type</source>
        <translation>型式</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="121"/>
        <source>kVA each</source>
        <translation>单台容量 kVA</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="125"/>
        <source>Add transformer</source>
        <translation>添加变压器</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="132"/>
        <source>Add photos… (or drop files here)</source>
        <translation>添加照片…(或把文件拖到这里)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="137"/>
        <source>Prefilled from the joint survey of temporary case %1: check it on site, then save.</source>
        <translation>已按临时用电工单 %1 的现场查勘记录预填:请现场核实后保存。</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="143"/>
        <source>Survey date</source>
        <translation>查勘日期</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="147"/>
        <source>Also finish the site survey stage (on the survey date)</source>
        <translation>同时完成现场查勘环节(查勘日期)</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="154"/>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="155"/>
        <source>Findings</source>
        <translation>查勘情况</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="157"/>
        <source>Substation</source>
        <translation>变电站</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="157"/>
        <source>Feeder</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="157"/>
        <source>Pole</source>
        <translation>杆号</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="160"/>
        <source>Connection point</source>
        <translation>接入点</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="164"/>
        <source>Supply</source>
        <translation>供电</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="171"/>
        <source>Metering</source>
        <translation>计量方式</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="175"/>
        <source>Transformers</source>
        <translation>变压器</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="179"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="202"/>
        <source>Dry type</source>
        <translation>干式</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="203"/>
        <source>Oil immersed</source>
        <translation>油浸式</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="253"/>
        <source>The joint survey is saved, but the site survey stage was not finished:</source>
        <translation>查勘记录已保存,但现场查勘环节未完成:</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="274"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="274"/>
        <source>Photos and scans (%1)</source>
        <translation>照片与扫描件 (%1)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="171"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="34"/>
        <location filename="../../ui/sync_page.py" line="367"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="35"/>
        <location filename="../../ui/sync_page.py" line="367"/>
        <source>Stage round</source>
        <translation>环节轮次</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="36"/>
        <location filename="../../ui/sync_page.py" line="367"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="37"/>
        <location filename="../../ui/sync_page.py" line="368"/>
        <source>Calendar day</source>
        <translation>日历日</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="38"/>
        <location filename="../../ui/sync_page.py" line="368"/>
        <source>Calendar year</source>
        <translation>日历年</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="39"/>
        <location filename="../../ui/sync_page.py" line="369"/>
        <source>Joint survey</source>
        <translation>联合查勘</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="40"/>
        <location filename="../../ui/sync_page.py" line="370"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="41"/>
        <location filename="../../ui/sync_page.py" line="370"/>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="42"/>
        <location filename="../../ui/sync_page.py" line="371"/>
        <source>Inspection result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="43"/>
        <location filename="../../ui/sync_page.py" line="371"/>
        <source>Rectification item</source>
        <translation>整改项</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="44"/>
        <location filename="../../ui/sync_page.py" line="372"/>
        <source>Notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="45"/>
        <location filename="../../ui/sync_page.py" line="372"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="46"/>
        <location filename="../../ui/sync_page.py" line="372"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="47"/>
        <location filename="../../ui/sync_page.py" line="167"/>
        <location filename="../../ui/sync_page.py" line="373"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="153"/>
        <location filename="../../ui/sync_page.py" line="253"/>
        <source>Export a package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="154"/>
        <source>Import a package (or drop a .zsync file here)</source>
        <translation>导入同步包(或把 .zsync 文件拖到这里)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="155"/>
        <source>For</source>
        <translation>发给</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="156"/>
        <source>Passphrase (optional)</source>
        <translation>口令(可选)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="157"/>
        <source>Passphrase (if encrypted)</source>
        <translation>口令(加密包需要)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="158"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="159"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="160"/>
        <source>Conflicts: the same record changed on two devices</source>
        <translation>冲突:同一记录在两台设备上都被修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="161"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="161"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="161"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="162"/>
        <source>Shown now</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="163"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="163"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="163"/>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="164"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="165"/>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="166"/>
        <source>Devices and packages</source>
        <translation>设备与收发记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="167"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="167"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="168"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="168"/>
        <source>Sent</source>
        <translation>已发</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="169"/>
        <source>Trust the selected device…</source>
        <translation>信任所选设备…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="170"/>
        <source>Supervisor: take its calendars and rules (on/off)…</source>
        <translation>主管设备:采用其日历和规则(开/关)…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187"/>
        <source>This laptop: %1 — fingerprint %2</source>
        <translation>本机:%1 — 指纹 %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="191"/>
        <source>Everything (full export)</source>
        <translation>全部数据(完整导出)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="194"/>
        <source>%1 (changes since the last package)</source>
        <translation>%1(上次发送之后的变化)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="201"/>
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="201"/>
        <source>theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="211"/>
        <source>this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="211"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="212"/>
        <source>trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="213"/>
        <source>waiting for trust</source>
        <translation>等待信任</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="213"/>
        <source>not trusted</source>
        <translation>未信任</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="254"/>
        <location filename="../../ui/sync_page.py" line="269"/>
        <source>Zaosong packages (*.zsync)</source>
        <translation>早送同步包 (*.zsync)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="259"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="265"/>
        <source>Written %1 (%2 records).</source>
        <translation>已写入 %1(%2 条记录)。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="269"/>
        <location filename="../../ui/sync_page.py" line="298"/>
        <source>Import a package</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="286"/>
        <source>Checking the package…</source>
        <translation>正在检查同步包…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="299"/>
        <source>From %1, package %2:</source>
        <translation>来自 %1,第 %2 个同步包:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="300"/>
        <source>Apply these changes?</source>
        <translation>要应用这些变化吗?</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="317"/>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="333"/>
        <source>%1 is not trusted yet: compare its fingerprint with its owner.</source>
        <translation>尚未信任“%1”:请与对方核对指纹。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="336"/>
        <source>A device seen for the first time</source>
        <translation>首次见到的设备</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="337"/>
        <source>This package comes from a device this laptop does not trust yet:

Device: %1
Id: %2

Fingerprint (read it out to its owner by phone, group by group, and compare):

%3

Trust this device and import its package?</source>
        <translation>此同步包来自本机尚未信任的设备:

设备:%1
编号:%2

指纹(请电话中与对方逐组念出核对):

%3

信任此设备并导入同步包?</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="345"/>
        <source>Trust and import</source>
        <translation>信任并导入</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="369"/>
        <source>Rule set or checklist</source>
        <translation>时限规则或检查模板</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="373"/>
        <source>Protection setting sheet</source>
        <translation>保护定值单</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="374"/>
        <source>Review meeting</source>
        <translation>业扩会审</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="374"/>
        <source>Meeting agenda item</source>
        <translation>会审议程项</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="375"/>
        <source>Design review</source>
        <translation>设计图纸审查</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="375"/>
        <source>Review opinion</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="376"/>
        <source>Policy risk</source>
        <translation>政策处理事项</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="377"/>
        <source>Other records</source>
        <translation>其他记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="381"/>
        <source>This package was imported before: nothing to do.</source>
        <translation>这个同步包以前导入过,无需再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="387"/>
        <source>New: %1</source>
        <translation>新增:%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="388"/>
        <source>Updated: %1</source>
        <translation>更新:%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="389"/>
        <source>Conflicts: %1</source>
        <translation>冲突:%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="391"/>
        <source>Missing packages from this device: %1</source>
        <translation>该设备缺少的同步包:%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="396"/>
        <source>Calendar, rule and template changes: %1</source>
        <translation>日历、规则和模板的更改:%1 项</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="398"/>
        <source>applied</source>
        <translation>已采用</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="398"/>
        <source>not applied (not a supervisor)</source>
        <translation>未采用(不是主管设备)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="401"/>
        <source>  … and %1 more</source>
        <translation>  … 另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="406"/>
        <source>Packages that waited for this one, now imported: %1</source>
        <translation>等待此包的同步包现已导入:%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="426"/>
        <source>Trust a device</source>
        <translation>信任设备</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="427"/>
        <source>Trust %1? Compare this fingerprint with its owner first (by phone or in person):

%2</source>
        <translation>信任 %1 吗?请先与对方核对指纹(电话或当面):

%2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="444"/>
        <source>Mark %1 as a supervisor? Its calendars, rule sets and checklist templates will then be applied here.</source>
        <translation>把 %1 设为主管设备?此后本机将采用它发来的日历、时限规则和检查模板。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="446"/>
        <source>Stop taking calendars, rule sets and templates from %1?</source>
        <translation>不再采用 %1 发来的日历、时限规则和检查模板?</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="447"/>
        <source>Supervisor</source>
        <translation>主管设备</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="346"/>
        <location filename="../../ui/sync_page.py" line="464"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TempSupplyPanel</name>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="129"/>
        <source>Record advice…</source>
        <translation>记录正式用电建议…</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="130"/>
        <source>Create formal case…</source>
        <translation>新建正式工单…</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="137"/>
        <source>%1 (not in this database yet)</source>
        <translation>%1(本机数据库中暂无)</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="138"/>
        <source>Energised</source>
        <translation>已送电</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="138"/>
        <source>Open</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="139"/>
        <source>%1 %2, applied %3, %4 kVA, %5</source>
        <translation>%1 %2,%3 申请,%4 kVA,%5</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="147"/>
        <source>Room position reserved</source>
        <translation>预留配电房位置</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="147"/>
        <source>Transformer to prepare</source>
        <translation>拟配变压器</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="148"/>
        <source>Switchgear to prepare</source>
        <translation>拟配开关柜</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="148"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="151"/>
        <source>Advised on %1 by %2</source>
        <translation>%1 由 %2 提出</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="156"/>
        <source>The temporary case had no joint survey to carry over.</source>
        <translation>临时用电工单没有可带入的现场查勘记录。</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="157"/>
        <source>oil</source>
        <translation>油浸</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="157"/>
        <source>dry</source>
        <translation>干式</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="161"/>
        <source>HV metering</source>
        <translation>高压计量</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="161"/>
        <source>LV metering</source>
        <translation>低压计量</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="162"/>
        <source>Survey of the temporary case (%1): %2; %3; transformers %4</source>
        <translation>临时用电查勘(%1):%2;%3;变压器 %4</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="176"/>
        <source>Temporary supply: advice for the formal supply</source>
        <translation>临时用电:正式用电建议</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="178"/>
        <location filename="../../ui/temp_supply_panel.py" line="194"/>
        <source>Formal case:</source>
        <translation>正式工单:</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="180"/>
        <source>No formal case yet.</source>
        <translation>尚未转为正式工单。</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="184"/>
        <source>No advice recorded yet: note where the distribution room is reserved and which transformer and switchgear to prepare.</source>
        <translation>尚未记录建议:请记下预留配电房的位置,以及需准备的变压器和开关柜。</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="188"/>
        <source>Carried over from the temporary case</source>
        <translation>从临时用电工单带入</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="190"/>
        <source>Temporary case:</source>
        <translation>临时用电工单:</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="192"/>
        <source>No temporary case is linked to this case.</source>
        <translation>本工单没有关联的临时用电工单。</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="197"/>
        <source>The temporary case had no advice recorded.</source>
        <translation>临时用电工单没有记录正式用电建议。</translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="204"/>
        <source>The formal case exists: the advice was carried over to it.</source>
        <translation>正式工单已建立,建议已带入正式工单。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today_page.py" line="195"/>
        <source>Show:</source>
        <translation>显示:</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="196"/>
        <source>Print my open rectification notices…</source>
        <translation>打印我的在途整改通知书…</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="197"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="201"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="202"/>
        <source>All managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="210"/>
        <location filename="../../ui/today_page.py" line="213"/>
        <location filename="../../ui/today_page.py" line="215"/>
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="210"/>
        <location filename="../../ui/today_page.py" line="215"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="210"/>
        <location filename="../../ui/today_page.py" line="218"/>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="210"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="211"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="211"/>
        <source>Remaining (wd)</source>
        <translation>剩余(工作日)</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="211"/>
        <location filename="../../ui/today_page.py" line="234"/>
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="212"/>
        <source>By manager</source>
        <translation>按客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="213"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="213"/>
        <source>Policy risk</source>
        <translation>政策处理事项</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="214"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="214"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="214"/>
        <source>Raised</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="215"/>
        <source>Waiting for</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="216"/>
        <source>Deadline / since</source>
        <translation>期限 / 自</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="216"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="218"/>
        <location filename="../../ui/today_page.py" line="407"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="218"/>
        <location filename="../../ui/today_page.py" line="407"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="260"/>
        <source>waiting %1 wd</source>
        <translation>已等 %1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="261"/>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="266"/>
        <source>Design drawings not submitted</source>
        <translation>设计图纸未报审</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="268"/>
        <source>since %1</source>
        <translation>自 %1</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="281"/>
        <source>Waiting for customers: %1 rectification items (%2 overdue), %3 cases without drawings — double-click to open the case</source>
        <translation>等待客户:整改项 %1 项(超期 %2 项),%3 个工单未报审设计图纸 — 双击打开工单</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="313"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="408"/>
        <source>Due within %1 working days</source>
        <translation>%1 个工作日内到期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="415"/>
        <source>%1 overdue, %2 due today, %3 due within %4 working days.</source>
        <translation>超期 %1 个,今日到期 %2 个,%4 个工作日内到期 %3 个。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="331"/>
        <source>Open policy risks: %1 (%2 overdue) — double-click to open the case</source>
        <translation>未解决的政策处理事项:%1 项(超期 %2 项)— 双击打开工单</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="249"/>
        <location filename="../../ui/today_page.py" line="261"/>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="219"/>
        <source>Within %1 wd</source>
        <translation>%1 日内</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="397"/>
        <source>Today, %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="206"/>
        <source>Station: %1</source>
        <translation>供电所:%1</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="399"/>
        <source>&lt;a href=&quot;esc&quot;&gt;%1 escalations to acknowledge&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;esc&quot;&gt;待确认督办 %1 条&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="129"/>
        <source>Undo the last step — %1</source>
        <translation>撤回上一步 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="132"/>
        <source>The case&apos;s last step is undone. It stays in the history, struck through, with the undo beside it.</source>
        <translation>撤回工单的最后一步。该步骤保留在历史中(加删除线),旁边注明已撤回。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/recovery_key.py" line="84"/>
        <source>Open with the recovery key</source>
        <translation>用恢复密钥打开</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="95"/>
        <source>Open the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="96"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="101"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
</context>
<context>
    <name>UnreservedSection</name>
    <message>
        <location filename="../../ui/metering_page.py" line="392"/>
        <source>Case no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="392"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="392"/>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="393"/>
        <source>ENERGIZE since</source>
        <translation>装表接电开始</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="393"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="394"/>
        <source>&amp;Reserve equipment</source>
        <translation>预留器具(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="412"/>
        <source>Metering equipment not reserved for cases in ENERGIZE: %1</source>
        <translation>装表接电环节中未预留计量器具的工单:%1</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="199"/>
        <source>New visit</source>
        <translation>新的走访</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="219"/>
        <source>No action needed</source>
        <translation>无需后续行动</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="228"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="229"/>
        <source>Party</source>
        <translation>走访对象</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="230"/>
        <source>Party name</source>
        <translation>走访对象名称</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="231"/>
        <source>Township</source>
        <translation>乡镇(街道)</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="232"/>
        <source>People met</source>
        <translation>接洽人员</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="233"/>
        <source>Our participants</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="234"/>
        <source>Topics</source>
        <translation>走访事项</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="235"/>
        <source>Findings</source>
        <translation>了解情况</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="236"/>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="237"/>
        <source>Action owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="238"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>VisitDueBox</name>
    <message>
        <location filename="../../ui/before_page.py" line="407"/>
        <source>no action recorded</source>
        <translation>未记录后续行动</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="419"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="419"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="419"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="419"/>
        <source>Action</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="425"/>
        <source>Visits: %1 actions past due, %2 government visits without an action — double-click for the 事前 page</source>
        <translation>走访:%1 项待办事项已逾期,%2 次政府走访尚未记录后续行动 — 双击打开事前管理</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="146"/>
        <source>Withdraw case — %1</source>
        <translation>撤销工单 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="147"/>
        <source>The case leaves every list and figure; only the audit view of withdrawals (zaosong case withdrawn) keeps it, with its history. This cannot be undone.</source>
        <translation>工单将从所有列表和统计中移除,只在撤销审计(zaosong case withdrawn)中保留,连同其历史。撤销后不能恢复。</translation>
    </message>
</context>
<context>
    <name>WithdrawFeeDialog</name>
    <message>
        <location filename="../../ui/papers_panel.py" line="257"/>
        <source>Withdraw a fee</source>
        <translation>撤销收费</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="267"/>
        <source>Fee</source>
        <translation>收费记录</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="268"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="269"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <location filename="../../ui/widgets.py" line="183"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="184"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>_HolidayCheck</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="101"/>
        <source>a statutory holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="107"/>
        <source>%1 is %2 (a statutory holiday).</source>
        <translation>%1 是%2(法定节假日)。</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="116"/>
        <source>%1 is a statutory holiday. Press OK again to schedule the meeting on it anyway.</source>
        <translation>%1 是法定节假日。如仍要在这天开会,请再按一次“确定”。</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="61"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="62"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="124"/>
        <location filename="../../ui/main.py" line="241"/>
        <source>Zaosong</source>
        <translation>早送</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="186"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../ui/before_page.py" line="252"/>
        <source>Development and Reform Bureau (发改局)</source>
        <translation>发改局</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="252"/>
        <source>Investment Promotion Bureau (招商局)</source>
        <translation>招商局</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="253"/>
        <source>Township government</source>
        <translation>乡镇政府</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="253"/>
        <source>Industrial park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="253"/>
        <source>Prospective customer</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="254"/>
        <source>Customer (in progress or energised)</source>
        <translation>在途或已送电客户</translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="254"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
</TS>

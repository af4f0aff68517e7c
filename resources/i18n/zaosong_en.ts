<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="261"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="268"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="269"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="270"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDoneDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="281"/>
        <source>Action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="286"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="287"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddCaseDialog</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="233"/>
        <source>Add a case to the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="237"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="246"/>
        <source>Name and post, e.g. 李明 (电气负责人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="248"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="249"/>
        <source>Customer representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="263"/>
        <source>Choose the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRiskDialog</name>
    <message>
        <location filename="../../ui/review_panel.py" line="142"/>
        <source>Policy risk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="154"/>
        <source>Set a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="165"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="166"/>
        <source>What stands in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="167"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="168"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="174"/>
        <source>Describe the risk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/points_page.py" line="61"/>
        <source>Adjust points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="71"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="72"/>
        <source>Points (+/−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="73"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="74"/>
        <source>Month: %1. Nobody can adjust their own points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceDialog</name>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="39"/>
        <source>Advice for the formal supply — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="44"/>
        <source>e.g. 1号楼地下一层东侧,预留 12×8 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="48"/>
        <source>e.g. 2×800 kVA 干式 SCB13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="52"/>
        <source>e.g. 10 kV 环网柜 4 面、低压柜 12 面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="62"/>
        <source>What the customer should reserve and prepare now, so the formal supply later needs no rebuilding. It is carried over to the formal case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="67"/>
        <source>Room position reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="68"/>
        <source>Transformer to prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="69"/>
        <source>Switchgear to prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="70"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="71"/>
        <source>Advised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="76"/>
        <source>the reserved room position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="77"/>
        <source>the transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="77"/>
        <source>the switchgear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="79"/>
        <source>Please fill in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterPage</name>
    <message>
        <location filename="../../ui/after_page.py" line="162"/>
        <source>Minutes PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="163"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="164"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="165"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="166"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="166"/>
        <location filename="../../ui/after_page.py" line="168"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="166"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="167"/>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="168"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="168"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="169"/>
        <location filename="../../ui/after_page.py" line="170"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="169"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="170"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="170"/>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="171"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="172"/>
        <source>Record follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="173"/>
        <source>The meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="174"/>
        <source>Held on, chair, place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="175"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="176"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="177"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="178"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="179"/>
        <source>Save meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="180"/>
        <source>Conclusion on the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="181"/>
        <source>Save conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="182"/>
        <source>Improvement measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="183"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="184"/>
        <source>Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="185"/>
        <location filename="../../ui/after_page.py" line="200"/>
        <location filename="../../ui/after_page.py" line="248"/>
        <source>Monthly analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="222"/>
        <source>%1 (%2) over by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="226"/>
        <source>Missed a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="228"/>
        <source>%1: recorded %2, customer says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="229"/>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="229"/>
        <source>power on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="231"/>
        <source>Date deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="233"/>
        <source>Long pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="236"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="236"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="239"/>
        <source>Open measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="255"/>
        <source>Meeting held on %1, chaired by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="256"/>
        <source>Meeting not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="258"/>
        <source>Energised %1, missed a limit %2, average supply-department time %3 working days. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="261"/>
        <source>Satisfaction %1 of %2 answers; followed up %3 of %4 energised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="299"/>
        <source>Select a case of the agenda first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="312"/>
        <source>Select a follow-up that is due first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterTodaySection</name>
    <message>
        <location filename="../../ui/after_page.py" line="386"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="386"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="386"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="386"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="386"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="387"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="390"/>
        <source>Action overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_page.py" line="394"/>
        <source>After power on: %1 follow-ups due, %2 actions overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealDecisionDialog</name>
    <message>
        <location filename="../../ui/points_page.py" line="113"/>
        <source>Decide the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="114"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="116"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="124"/>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="125"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="126"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <location filename="../../ui/points_page.py" line="87"/>
        <source>Appeal my points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="97"/>
        <source>Case (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="98"/>
        <source>Points asked for (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="99"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforePage</name>
    <message>
        <location filename="../../ui/before_page.py" line="625"/>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="627"/>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="655"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="658"/>
        <source>key project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="660"/>
        <source>green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="671"/>
        <source>counted through their cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="673"/>
        <source>%1 kVA, weighted %2 kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="694"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="700"/>
        <source>%1 kVA, weighted %2 kVA, load %3 kW; %4 prospects, %5 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="717"/>
        <source>Bottlenecks (卡脖子): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="718"/>
        <source>%1 from %2: %3 kVA over %4 kVA spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="722"/>
        <source>No feeder&apos;s prospects exceed its spare capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="725"/>
        <source>Load = weighted kVA × power factor %1 × demand factor × simultaneity %2. Source: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="741"/>
        <source>Select a visit to see its findings and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="744"/>
        <source>Met: %1; ours: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="751"/>
        <source>Lead (线索)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="751"/>
        <source>Following up (跟进)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="752"/>
        <source>Applied (已申请)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="752"/>
        <source>Dropped (放弃)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="759"/>
        <source>no action recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="761"/>
        <source>no action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="764"/>
        <source>%1 open, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="765"/>
        <source>all done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="781"/>
        <source>Before the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="782"/>
        <source>Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="783"/>
        <source>Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="784"/>
        <source>New prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="785"/>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="786"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="787"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="788"/>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="789"/>
        <source>Drag a card to another column to change its status (or Ctrl+Left / Ctrl+Right); Enter or double-click edits it. Applied makes the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="791"/>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="792"/>
        <source>Action done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="794"/>
        <source>From year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="795"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="799"/>
        <source>Weighted kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="799"/>
        <source>Raw kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="800"/>
        <source>Planning load kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="804"/>
        <source>Export 用电需求预测表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="807"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="807"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="807"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="807"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="808"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="809"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="809"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="809"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="809"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="810"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="907"/>
        <source>Export 用电需求预测表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="915"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="805"/>
        <source>用电需求预测表 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="806"/>
        <source>走访记录 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="793"/>
        <location filename="../../ui/before_page.py" line="879"/>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="746"/>
        <source>Attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="880"/>
        <source>Photos and scans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <location filename="../../ui/bulletins_page.py" line="267"/>
        <source>Weekly time-limit bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="267"/>
        <source>Monthly work-quality bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="268"/>
        <source>Quarterly benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="269"/>
        <source>Marketing department (bureau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="269"/>
        <source>Customer service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="270"/>
        <source>Supply station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="270"/>
        <source>Customer manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="278"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="279"/>
        <source>View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="280"/>
        <source>Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="281"/>
        <source>Freeze this bulletin as issued: its figures, the rule-set versions and a hash of its inputs. Issuing again after the data changed makes version 2 with the differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="284"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="285"/>
        <source>Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="286"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="287"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="287"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="287"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="288"/>
        <source>Rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="289"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="289"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="289"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="290"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="290"/>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="290"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="336"/>
        <source>Computing the figures of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="367"/>
        <source>%1 to %2, as of %3: %4 cases energised; %5. HV cases: %6 working days of supply-department time on average; %7 kVA and %8 transformers connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="375"/>
        <source>a re-run gives the same figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="376"/>
        <source>the data changed since: issue again for version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="377"/>
        <source>Issued: version %1 (inputs %2); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="380"/>
        <source>Not issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="384"/>
        <source>On time per stage (%), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="386"/>
        <source>Whole-case compliance, last periods (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="393"/>
        <source>HV cases (supply-department time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="396"/>
        <source>Open cases: warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="397"/>
        <source>Open cases: overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="408"/>
        <source>Select a figure to see its cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="410"/>
        <source>Escalations: %1 (%2 acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="426"/>
        <source>%1: %2 cases, %3 not on time — double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="449"/>
        <source>Bulletin issued: version %1, inputs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="468"/>
        <source>Save bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulletins_page.py" line="478"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar_page.py" line="113"/>
        <source>Working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="115"/>
        <source>A working day is a weekday that is not a statutory holiday, or a make-up working day. The State Council publishes next year&apos;s schedule each autumn: import it as a CSV file (date,kind,name; kind is holiday or workday). A year without a schedule counts weekends only, and deadlines in it are marked *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="118"/>
        <source>Import a year&apos;s schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="119"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="119"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="120"/>
        <source>Mark a day by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="121"/>
        <source>Day off (holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="122"/>
        <source>Normal day (weekday rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="125"/>
        <source>Name, e.g. 春节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="126"/>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="127"/>
        <source>The schedule of this year is now complete (stop counting weekends only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="158"/>
        <source>%1 — schedule loaded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="161"/>
        <source>%1 — no schedule: weekends only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="172"/>
        <source>edited, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="173"/>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="173"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="173"/>
        <source>from sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="174"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="183"/>
        <source>%1: %2 days off, %3 make-up working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="187"/>
        <source>%1 has no holiday schedule: only weekends are days off. Deadlines in %1 may be wrong until the schedule is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="192"/>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="121"/>
        <location filename="../../ui/calendar_page.py" line="192"/>
        <source>Make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="204"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="205"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="243"/>
        <source>%1 marked. %2 still counts weekends only until its schedule is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="245"/>
        <source>%1 marked: version %3 of the %2 schedule. It is in force here now and travels with the next sync package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="261"/>
        <source>Import holiday schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="262"/>
        <source>Calendar files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="269"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="273"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="209"/>
        <source>Cancel the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="214"/>
        <source>The cases on its agenda go back to waiting for a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="215"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="221"/>
        <source>Give the reason for cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../ui/case_detail.py" line="199"/>
        <source>Customer and supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="200"/>
        <source>Stage clock (bar: elapsed working days; dashed box: limit; hatched: paused; red line: deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="202"/>
        <source>Time-limit rule sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="203"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="204"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="204"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="204"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="204"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="205"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="205"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="205"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="206"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="206"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="207"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="208"/>
        <source>Undo last step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="209"/>
        <source>Withdraw case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="210"/>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="211"/>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="212"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="254"/>
        <location filename="../../ui/case_detail.py" line="318"/>
        <source>Energised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="254"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="256"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="260"/>
        <source>No holiday schedule for %1: working days there count weekends only. Import the schedule on the Calendar page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="268"/>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="268"/>
        <source>Capacity increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="269"/>
        <source>Temporary supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="269"/>
        <source>Temporary to formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="270"/>
        <source>Dual source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="270"/>
        <source>Typical design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="271"/>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="271"/>
        <source>Key project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="274"/>
        <source>Account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="275"/>
        <source>Business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="276"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="277"/>
        <source>dual source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="277"/>
        <source>single source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="278"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="279"/>
        <source>Customer manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="280"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="281"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="282"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="283"/>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="284"/>
        <source>Supply-department time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="284"/>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="294"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="294"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="294"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="303"/>
        <source>wd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="303"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="102"/>
        <source>late entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="104"/>
        <source>Recorded long after the date it takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="106"/>
        <source>Corrected later: see the correction beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="313"/>
        <source>Finish: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="315"/>
        <source>Start: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="317"/>
        <source>Waiting for the stage before to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="333"/>
        <source>Application received (%1 kVA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="335"/>
        <source>formal case of temporary case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="338"/>
        <source>Advice for the formal supply: %1; %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="344"/>
        <source>Formal case %1 created from this temporary case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="346"/>
        <source>Edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="350"/>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="352"/>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="354"/>
        <source>rectification / revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="357"/>
        <source>Paused %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="360"/>
        <source>Resumed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="361"/>
        <source>mid inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="361"/>
        <source>completion inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="363"/>
        <source>Inspection started: %1 round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="366"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="366"/>
        <source>%1 items failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="368"/>
        <source>Inspection closed: %1 round %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="371"/>
        <source>Joint survey recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="373"/>
        <source>Rectification item #%1 closed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="376"/>
        <source>Rectification notice %1 issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="378"/>
        <source>Notice %1 delivered to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="380"/>
        <location filename="../../ui/case_detail.py" line="382"/>
        <source>Case withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="384"/>
        <source>Corrected %1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="388"/>
        <source>Undone: %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="391"/>
        <source>saved as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="391"/>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="392"/>
        <source>execution recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="393"/>
        <source>Protection setting sheet version %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="400"/>
        <source>application received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="400"/>
        <source>case edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="401"/>
        <source>stage started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="401"/>
        <source>stage finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="402"/>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="402"/>
        <source>resumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="403"/>
        <source>inspection started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="403"/>
        <source>inspection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="404"/>
        <source>joint survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="404"/>
        <source>rectification closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="405"/>
        <source>notice issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="405"/>
        <source>notice delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="406"/>
        <source>protection setting sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="407"/>
        <source>meeting agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="408"/>
        <source>design review closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="408"/>
        <source>advice for the formal supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="409"/>
        <source>an entry of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="415"/>
        <source>changes the issued figures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="426"/>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="426"/>
        <source>finish date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="427"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="427"/>
        <source>account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="428"/>
        <source>application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="428"/>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="429"/>
        <source>supply voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="429"/>
        <source>business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="406"/>
        <location filename="../../ui/case_detail.py" line="430"/>
        <source>meeting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="430"/>
        <source>inspection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="407"/>
        <location filename="../../ui/case_detail.py" line="431"/>
        <source>review opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="434"/>
        <source>pause %1 start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="434"/>
        <source>pause %1 end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="451"/>
        <source>undone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="452"/>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="467"/>
        <location filename="../../ui/case_detail.py" line="492"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="467"/>
        <source>approved with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="468"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="470"/>
        <source>On the agenda of the review meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="472"/>
        <source>Taken off a review meeting&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="474"/>
        <source>Review meeting decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="477"/>
        <source>Review meeting postponed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="480"/>
        <source>Review meeting cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="482"/>
        <source>Drawings received, design review round %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="485"/>
        <source>Review opinion #%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="486"/>
        <source>must fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="488"/>
        <source>Review participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="491"/>
        <source>Design review closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="492"/>
        <source>returned for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="496"/>
        <source>Policy risk: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="499"/>
        <source>Policy risk settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_detail.py" line="341"/>
        <source>Made from prospect %1 (energisation expected in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_model.py" line="162"/>
        <location filename="../../ui/strings.py" line="30"/>
        <source>No holiday schedule for this year: weekends only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="182"/>
        <location filename="../../ui/strings.py" line="27"/>
        <source>Energised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="182"/>
        <location filename="../../ui/strings.py" line="28"/>
        <source>With the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="186"/>
        <location filename="../../ui/strings.py" line="29"/>
        <source>(round %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_model.py" line="195"/>
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
        <location filename="../../ui/cases_page.py" line="117"/>
        <source>Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="118"/>
        <source>Case no., account, customer name or pinyin (e.g. htdq)  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="119"/>
        <source>New case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="120"/>
        <source>Import ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="121"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="122"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="122"/>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="123"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="123"/>
        <source>Energised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="123"/>
        <source>Open and energised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="124"/>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="125"/>
        <source>Any time state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="125"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="126"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="127"/>
        <location filename="../../ui/cases_page.py" line="148"/>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="133"/>
        <source>Warning (≤ %1 working days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="184"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="184"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="185"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="185"/>
        <source>Time state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="186"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="188"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="267"/>
        <source>%1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="269"/>
        <source>(loading finished cases…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.py" line="271"/>
        <source>* deadline in a year without holiday schedule (weekends only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseItemDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="542"/>
        <source>Rectification item #%1 fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="547"/>
        <source>Seen fixed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="548"/>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseRiskDialog</name>
    <message>
        <location filename="../../ui/review_panel.py" line="186"/>
        <source>Risk settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="193"/>
        <source>Settled on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="318"/>
        <source>Applied: make the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="327"/>
        <source>case no. of the same customer, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="328"/>
        <source>Another customer (not the one of a similar case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="332"/>
        <source>Account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="333"/>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="334"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="335"/>
        <source>Same customer as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="73"/>
        <source>Correct an entry — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="80"/>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="83"/>
        <source>pause %1 start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="86"/>
        <source>pause %1 end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="89"/>
        <source>finish date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="92"/>
        <source>outcome (pass / rectify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="94"/>
        <source>Account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="94"/>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="95"/>
        <source>Capacity (kVA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="95"/>
        <source>Supply voltage (kV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="96"/>
        <source>Business type (NEW, INCREASE, TEMPORARY, TEMP_TO_FORMAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="102"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="103"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="104"/>
        <source>The original entry stays in the history, struck through, with this correction beside it. A correction that changes a time-limit verdict is listed for the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="68"/>
        <source>Zaosong hit an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="69"/>
        <source>Something went wrong: %1

Everything you entered before this is saved. The details are in the log file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="275"/>
        <source>Decision on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="278"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="279"/>
        <source>Approve with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="280"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="291"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="292"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="293"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="301"/>
        <source>Minutes note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="301"/>
        <source>Changes required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="302"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="308"/>
        <source>Write down the changes the meeting asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="311"/>
        <source>Write down why the plan is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="316"/>
        <location filename="../../ui/meetings_page.py" line="322"/>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="317"/>
        <source>Record “%1” for %2 as the meeting&apos;s decision of %3?

The decision becomes fixed in the case&apos;s history and the plan stage is judged on it. Afterwards it can only be changed by a correction (更正) with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="322"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="559"/>
        <source>Notice delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="564"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="565"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignReviewDialog</name>
    <message>
        <location filename="../../ui/review_panel.py" line="354"/>
        <source>Design review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="355"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="356"/>
        <source>Opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="357"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="358"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="358"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="358"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="359"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="359"/>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="360"/>
        <source>Clause, e.g. GB 50053 6.2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="361"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="361"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="362"/>
        <source>New opinion, e.g. 计量柜应采用高压计量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="363"/>
        <location filename="../../ui/review_panel.py" line="493"/>
        <source>Must fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="364"/>
        <source>Add opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="365"/>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="366"/>
        <source>Save participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="367"/>
        <source>Drawings received: open a review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="368"/>
        <source>Close on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="371"/>
        <source>Review passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="417"/>
        <source>Round %1 · drawings %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="451"/>
        <source>Joint review required (%1 kVA; %2): participants from %3 must be recorded before the review can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="458"/>
        <source>All are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="461"/>
        <source>Joint review is off in the rule set in force (%1): reviewed by the customer manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="372"/>
        <source>Returned for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="374"/>
        <source>Close the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="375"/>
        <source>Opinion letter (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="404"/>
        <source>Design review — %1 %2, %3 kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="412"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="414"/>
        <source>approved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="416"/>
        <source>returned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="438"/>
        <source>No drawings received yet: open a review when the customer submits them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="441"/>
        <source>Round %1 in progress: %2 opinions, %3 must fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="444"/>
        <source>No review in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="455"/>
        <source>Still missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="465"/>
        <source>Typical design: reviewed by the customer manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="468"/>
        <source>Under %1 kVA: reviewed by the customer manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="486"/>
        <source>Round %1, drawings received %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="488"/>
        <source>Drawings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="493"/>
        <source>Advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="545"/>
        <source>Enter at least one participant with a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="549"/>
        <source>Names and departments cannot contain commas or colons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="568"/>
        <source>Write the opinion first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="351"/>
        <source>%1, %2: prospects and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="355"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="355"/>
        <source>Name / case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="355"/>
        <source>kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="356"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="356"/>
        <source>Weighted kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="356"/>
        <source>Feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="358"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="358"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="367"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="298"/>
        <source>Drop prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="304"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="318"/>
        <source>Edit case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="337"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="338"/>
        <source>Applied capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="339"/>
        <source>Customer manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="340"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="341"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="342"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="75"/>
        <source>Evaluation and follow-ups (after power on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="76"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="76"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="76"/>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="77"/>
        <source>Rule sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="78"/>
        <source>Cause of a late stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="79"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="80"/>
        <source>Save cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="81"/>
        <source>Record follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="99"/>
        <source>Evaluation complete. Supply-department time: %1 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="103"/>
        <source>Evaluation open: give the cause of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="109"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="110"/>
        <source>missed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="114"/>
        <source>cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="134"/>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="135"/>
        <source>(self-reported, not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_panel.py" line="139"/>
        <source>No follow-up yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <location filename="../../ui/excel.py" line="99"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/excel.py" line="100"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/excel.py" line="101"/>
        <source>%1 rows written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/excel.py" line="102"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <location filename="../../ui/papers_panel.py" line="220"/>
        <source>Record a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="228"/>
        <source>yuan, e.g. 12000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="235"/>
        <source>Fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="236"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="237"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="238"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldPanel</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="655"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="649"/>
        <source>Field work (drop photos here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="650"/>
        <source>Joint survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="651"/>
        <source>Acceptance handbook (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="652"/>
        <source>Protection settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="653"/>
        <source>Item fixed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="654"/>
        <source>Notice delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="656"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="657"/>
        <source>Inspections (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="658"/>
        <source>Rectification items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="659"/>
        <source>Photos and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="660"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="660"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="660"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="661"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="661"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="677"/>
        <source>oil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="677"/>
        <source>dry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="680"/>
        <source>Survey %1: %2 %3 %4; %5; transformers %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="682"/>
        <source>HV metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="682"/>
        <source>LV metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="687"/>
        <source>No joint survey recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="688"/>
        <source>The form starts from the temporary case&apos;s survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="689"/>
        <source>Mid inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="689"/>
        <source>Completion inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="692"/>
        <location filename="../../ui/field_dialogs.py" line="699"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="693"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="693"/>
        <source>rectification needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="699"/>
        <source>closed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="788"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstEncryptionDialog</name>
    <message>
        <location filename="../../ui/first_encrypt.py" line="53"/>
        <source>Encrypting the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="56"/>
        <source>Zaosong encrypts your database and its backups, once: anyone who copies the file then reads nothing without its key. A large file takes a few minutes. Cancel leaves the file as it is; Zaosong then closes and asks again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="65"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="80"/>
        <source>Encrypting the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="81"/>
        <source>Checking the encrypted copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="82"/>
        <source>Writing the pre-encryption backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="83"/>
        <source>Encrypting the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_encrypt.py" line="103"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="23"/>
        <source>Welcome to Zaosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="24"/>
        <source>Zaosong keeps your cases on this laptop, in %1. Who will use it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="30"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="37"/>
        <source>e.g. 丹城供电所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="49"/>
        <source>The bureau, station and phone are printed on the documents you hand customers; you can change them later in Settings. To try Zaosong out with made-up cases, open the practice database from the main window: it is a separate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="55"/>
        <source>Your name (customer manager) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="56"/>
        <source>Bureau (printed on every document) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="57"/>
        <source>Supply station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="58"/>
        <source>Phone printed on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59"/>
        <source>This laptop&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="61"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/followup_dialog.py" line="21"/>
        <source>Follow-up — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="29"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="29"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="29"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="30"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="34"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="35"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="36"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="42"/>
        <source>— (not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="47"/>
        <source>Customer says they applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="51"/>
        <source>Customer says power came on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followup_dialog.py" line="66"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="339"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="339"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="339"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="340"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="340"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="340"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="350"/>
        <location filename="../../ui/field_dialogs.py" line="505"/>
        <location filename="../../ui/field_dialogs.py" line="510"/>
        <source>Close the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="353"/>
        <source>Rectification notice (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="356"/>
        <source>Photo for the selected item… (or drop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="358"/>
        <source>All others pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="360"/>
        <source>Record “pass” for every item without a result. Recorded results, fails above all, stay; measured items need their value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="369"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="394"/>
        <source>Mid inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="394"/>
        <source>Completion inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="396"/>
        <source>%1, round %2, started %3 — inspectors: %4 (checklist %5 v%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="402"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="402"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="402"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="448"/>
        <source>Closed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="449"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="449"/>
        <source>rectification needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="452"/>
        <source>%1 of %2 items recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="494"/>
        <source>%1 items recorded as passed; measured items still need their value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="506"/>
        <source>Close this inspection on %1?

Its results become fixed: every failed item becomes a rectification item of the notice, with its deadline, and passed items close the open items they answer. After closing, a result can only be changed by a correction (更正) with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="510"/>
        <source>Keep it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="523"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="530"/>
        <source>Select the item the photo belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="65"/>
        <location filename="../../ui/ledger_dialog.py" line="145"/>
        <location filename="../../ui/ledger_dialog.py" line="301"/>
        <source>Import a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="75"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="85"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="86"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="90"/>
        <source>Column in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="90"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="95"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="95"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="95"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="96"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="96"/>
        <source>kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="96"/>
        <source>Reasons and differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="113"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="122"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="126"/>
        <source>Save refused rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="146"/>
        <source>Ledgers (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="231"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="231"/>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="231"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="239"/>
        <source>%1: ledger %2, case %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="242"/>
        <source>filled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="251"/>
        <source>Preview, nothing written yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="251"/>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="252"/>
        <source>%1 new, %2 matched (%3 to fill in), %4 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="256"/>
        <source>Columns kept on the case as a note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="280"/>
        <source>Save refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="281"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialog.py" line="319"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>The backup is in place. Zaosong will now close: open it again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Good morning. Yours: %1 overdue, %2 due today, %3 due within %4 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Mine: %1 overdue, %2 due today, %3 due within %4 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Database: %1  |  As of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>(clock set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>The holiday schedule for %1 is missing: deadlines in %1 count weekends only and are marked with *. &lt;a href=&apos;calendar&apos;&gt;Import it&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>Checking the backup and putting it in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Restored. The previous file is kept as %1. Zaosong will now close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>Writing rectification notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>Rectification notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>Zaosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="615"/>
        <source>Remove the practice database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>Delete the practice database and everything entered in it? Your real database is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="625"/>
        <source>The practice database was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="641"/>
        <source>Zaosong — connection applications workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642"/>
        <source> — PRACTICE DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Review meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="643"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650"/>
        <source>Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="651"/>
        <location filename="../../ui/main_window.py" line="662"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652"/>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653"/>
        <source>Open the practice database (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="654"/>
        <source>Back to my real database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="655"/>
        <source>Remove the practice database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="657"/>
        <source>Practice database (demo data): nothing you do here touches your real cases. &lt;a href=&quot;real&quot;&gt;Back to my real database&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="659"/>
        <source>Your database is empty. Start with a new case, bring in the cases of your Excel ledger, or import a sync package from a colleague&apos;s laptop. To try things out first, open the practice database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="663"/>
        <source>Import a sync package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664"/>
        <source>Import ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="665"/>
        <source>Open the practice database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Metering equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Monthly analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Outage plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Before (事前)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Bulletins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="129"/>
        <source>Edit review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="129"/>
        <source>New review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="143"/>
        <source>Departments invited, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="145"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="149"/>
        <source>To move the meeting, use Postpone: the reason is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="152"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="153"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="154"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="161"/>
        <source>The place is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="164"/>
        <source>The chair is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="536"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="525"/>
        <source>Review meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="527"/>
        <source>New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="528"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="529"/>
        <source>Postpone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="530"/>
        <source>Cancel meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="531"/>
        <source>Propose cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="532"/>
        <source>Add case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="533"/>
        <source>Drop case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="534"/>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="535"/>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="537"/>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="538"/>
        <source>Meeting notice (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="539"/>
        <source>Notice to the representative (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="540"/>
        <source>Minutes (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="541"/>
        <source>Minutes text (printed in the minutes after the decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="542"/>
        <source>Save minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="543"/>
        <source>Agenda (double-click a case to record the decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="545"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="545"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="545"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="545"/>
        <source>kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="545"/>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="546"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="546"/>
        <source>Changes / reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="546"/>
        <source>PLAN deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="550"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="550"/>
        <source>Approved with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="551"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="551"/>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="554"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="555"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="567"/>
        <source>Cases of %1 kVA and above need an approving review-meeting decision before the supply plan can be answered (rule set in force: %2). Propose fills the agenda with every such case whose survey is done; bold days have meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="573"/>
        <source>The review-meeting lock is off in the rule set in force (%2): a supply plan needs no meeting decision. Propose fills the agenda with every case of %1 kVA and above whose survey is done; bold days have meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="620"/>
        <source>Meetings in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="626"/>
        <source>%1 %2 %3 · %4 · %5 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="630"/>
        <location filename="../../ui/meetings_page.py" line="694"/>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="664"/>
        <source>Statutory holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="667"/>
        <source>make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="691"/>
        <source>%1 %2: %3 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="710"/>
        <source>No review meeting in this month. Use “New meeting…” to schedule one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="715"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="717"/>
        <source>held, all decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="719"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="721"/>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="722"/>
        <source>%1 (%2) %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="727"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="728"/>
        <source>Chair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="729"/>
        <source>Departments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="732"/>
        <source>Customer representatives invited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="735"/>
        <source>Postponed from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="738"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="763"/>
        <source>Added by the last proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="804"/>
        <source>The meeting was cancelled: no minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="806"/>
        <source>The minutes are written once the meeting has been held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="808"/>
        <source>What the meeting discussed and agreed beyond the decisions on each case, e.g. 一、丹城线 12 号杆 T 接点负荷已接近上限……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="821"/>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="823"/>
        <source>%1 characters, saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="867"/>
        <source>Minutes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="868"/>
        <source>The minutes typed for a meeting could not be saved: %1

The text is under “Show Details”; copy it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="1012"/>
        <source>Added by the proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="1015"/>
        <source>No case to add: every case of %1 kVA or more whose survey is done is already on an agenda or decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="1043"/>
        <source>Select the case whose representative gets the notice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeteringPage</name>
    <message>
        <location filename="../../ui/metering_page.py" line="193"/>
        <source>HV metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="193"/>
        <source>LV metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="196"/>
        <source>not reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="206"/>
        <source>Metering equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="207"/>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="208"/>
        <source>&amp;Generate plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="209"/>
        <source>Keep this month&apos;s plan: a new version when anything changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="210"/>
        <source>Plan as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="211"/>
        <source>Plan as E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="212"/>
        <source>Demand by type — net demand = need − max(0, qualified − issued − safety) − awaiting test − on order; red: shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="214"/>
        <source>Cases forecast to be energised in the month — Enter opens the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="215"/>
        <location filename="../../ui/metering_page.py" line="229"/>
        <source>Type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="215"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="215"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="215"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="216"/>
        <location filename="../../ui/metering_page.py" line="229"/>
        <source>Awaiting test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="216"/>
        <location filename="../../ui/metering_page.py" line="230"/>
        <source>On order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="216"/>
        <source>Net demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="217"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="218"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="218"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="218"/>
        <source>kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="219"/>
        <source>Metering / class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="219"/>
        <source>Forecast power-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="220"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="221"/>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="222"/>
        <source>T&amp;ype code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="222"/>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="223"/>
        <source>&amp;Qualified in stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="223"/>
        <source>A&amp;waiting test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="224"/>
        <source>&amp;Issued, not installed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="224"/>
        <source>Sa&amp;fety stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="225"/>
        <source>On or&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="225"/>
        <source>Co&amp;unt date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="227"/>
        <source>&amp;Save count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="228"/>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="229"/>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="230"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="230"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="230"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="272"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="276"/>
        <source>%1: %2 cases forecast to be energised, %3 equipment types, %4 short (net demand %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="281"/>
        <source>Not counted (no metering configuration): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="283"/>
        <source>Plan kept: version %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="284"/>
        <source>No plan kept for this month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="297"/>
        <source>Metering plan %1, version %2: %3 changes from the previous version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="306"/>
        <source>Save the metering plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="313"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="332"/>
        <source>Stock count saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="337"/>
        <source>Import stock counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="344"/>
        <source>Imported %1 stock rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthPage</name>
    <message>
        <location filename="../../ui/month_page.py" line="101"/>
        <source>Print the day&apos;s papers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="102"/>
        <source>The papers dated the selected day (today if none): receipts of the cases accepted, plan replies, fee notices, acceptance opinions and power-on records of that day — mine, or all managers&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="192"/>
        <source>No papers are dated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="197"/>
        <source>Print the papers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="206"/>
        <source>Sent to the printer: %1 papers of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="95"/>
        <source>[Due]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="95"/>
        <source>[Meeting]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="95"/>
        <source>[Inspection]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="96"/>
        <source>[Survey]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="96"/>
        <source>[Customer]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="96"/>
        <source>[Follow-up]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="99"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="100"/>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="105"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="105"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="105"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="105"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="106"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="106"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="106"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="107"/>
        <source>[Due] stage deadline  [Meeting] review meeting  [Inspection] inspection  [Survey] joint survey  [Customer] customer&apos;s rectification due  [Follow-up] policy-risk follow-up.  Red: statutory holiday; grey: weekend; blue 班: make-up working day. Double-click a day to open its first case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="145"/>
        <source>(no holiday schedule: weekends only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="153"/>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="155"/>
        <source>班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="162"/>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month_page.py" line="163"/>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../ui/outage_page.py" line="510"/>
        <source>New outage need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="524"/>
        <source>Live-line work could do it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="545"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="546"/>
        <source>Feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="547"/>
        <source>Substation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="548"/>
        <source>Switch section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="549"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="551"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="552"/>
        <source>Customer&apos;s works done (ready from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="553"/>
        <source>Power wanted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="554"/>
        <source>Customers cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="555"/>
        <source>Important customers among them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="53"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="54"/>
        <source>Formal case from temporary case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="65"/>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="79"/>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="79"/>
        <source>Capacity increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="80"/>
        <source>Temporary supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="80"/>
        <source>Temporary to formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="83"/>
        <source>Dual source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="84"/>
        <source>Typical design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="85"/>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="86"/>
        <source>Key project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="107"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="108"/>
        <source>Account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="109"/>
        <source>Business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="122"/>
        <source>Temporary case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="125"/>
        <source>Supply voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="126"/>
        <source>Applied capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="131"/>
        <source>Customer manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="132"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="133"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="134"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="135"/>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="180"/>
        <source>The customer&apos;s data, the advice and the survey are taken over from the temporary case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="185"/>
        <source>Looking for temporary cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="193"/>
        <source>Choose the temporary case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="199"/>
        <source>A formal case follows a temporary case: choose it, and its customer&apos;s data, advice and survey are taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="202"/>
        <source>No temporary case is waiting for its formal case. Record the temporary supply as a case of its own first; its window then offers &quot;Create formal case…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="238"/>
        <location filename="../../ui/case_dialogs.py" line="259"/>
        <source>The customer name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="236"/>
        <location filename="../../ui/case_dialogs.py" line="261"/>
        <source>The account number must be exactly 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="248"/>
        <source>Account %1 already has an open case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="257"/>
        <source>A temporary-to-formal case follows a temporary case: choose it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="265"/>
        <source>The applied capacity must be more than 0 kVA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="267"/>
        <source>%1 kVA is not credible for a single %2 kV application (at most %3 kVA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="284"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="285"/>
        <source>Account %1 already has an open case %2. Create another case anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="312"/>
        <source>Created case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenReviewDialog</name>
    <message>
        <location filename="../../ui/review_panel.py" line="114"/>
        <source>Drawings received — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="122"/>
        <source>One drawing per line, e.g. 电气一次主接线图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="126"/>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="127"/>
        <source>Design institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="128"/>
        <source>Drawing list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutagePage</name>
    <message>
        <location filename="../../ui/outage_page.py" line="204"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="207"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="207"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="207"/>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="208"/>
        <source>executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="208"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="209"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="212"/>
        <source>not ready in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="212"/>
        <source>notice too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="213"/>
        <source>no window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="214"/>
        <source>conflicting wanted-by dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="217"/>
        <source>New outage need…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="218"/>
        <source>Import maintenance windows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="219"/>
        <source>An .xlsx sheet from 运检 whose first row names the columns 线路, 日期, 时长 (and 备注)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="221"/>
        <source>Balance the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="222"/>
        <source>Propose the month&apos;s outages from the needs and the maintenance windows (the drafts are replaced; confirmed outages are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="224"/>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="225"/>
        <source>Announced…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="226"/>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="227"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="228"/>
        <source>Cancel outage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="229"/>
        <source>Export plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="230"/>
        <source>Drag an outage to another day of its feeder, or select it and press Ctrl+Shift+Left / Right: the checks run again at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="232"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="232"/>
        <location filename="../../ui/outage_page.py" line="235"/>
        <location filename="../../ui/outage_page.py" line="237"/>
        <source>Feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="232"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="232"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="233"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="233"/>
        <source>Household-hours saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="233"/>
        <source>Notice by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="234"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="234"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="235"/>
        <location filename="../../ui/outage_page.py" line="237"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="235"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="236"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="237"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="238"/>
        <source>Energise deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="238"/>
        <source>Earliest lawful outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="239"/>
        <source>Announce by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="279"/>
        <source>Outage plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="296"/>
        <location filename="../../ui/outage_page.py" line="309"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="300"/>
        <source>Maintenance window: %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="314"/>
        <source>Notice by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="322"/>
        <source>Outages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="323"/>
        <source>For the balancing meeting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="324"/>
        <source>At risk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="363"/>
        <source>New notice for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="401"/>
        <source>Checked again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="402"/>
        <source>no problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="408"/>
        <source>Select a draft outage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="412"/>
        <source>Confirm the outage of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="364"/>
        <location filename="../../ui/outage_page.py" line="413"/>
        <source>Notice on (at least %1 days before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="423"/>
        <location filename="../../ui/outage_page.py" line="441"/>
        <location filename="../../ui/outage_page.py" line="449"/>
        <source>Select an outage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="426"/>
        <source>Notice of the outage of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="427"/>
        <source>Notice given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="431"/>
        <source>Notice channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="431"/>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="452"/>
        <source>Cancel outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="452"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="460"/>
        <source>Export plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="462"/>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="467"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="490"/>
        <source>Import maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="491"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outage_page.py" line="496"/>
        <source>Maintenance windows imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageRiskSection</name>
    <message>
        <location filename="../../ui/today_outage.py" line="41"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="41"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="41"/>
        <source>Feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="42"/>
        <source>Energise deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="42"/>
        <source>Earliest lawful outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="43"/>
        <source>Announce by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_outage.py" line="68"/>
        <source>Outage too late for the energise limit: %1 — double-click to open the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PapersPanel</name>
    <message>
        <location filename="../../ui/papers_panel.py" line="78"/>
        <source>Papers for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="79"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="79"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="80"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="81"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="82"/>
        <source>Print all available…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="83"/>
        <source>Record fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="84"/>
        <source>Withdraw fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="104"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="105"/>
        <source>Can be saved or printed, as often as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="113"/>
        <source>Fees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="114"/>
        <source>Fees: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="131"/>
        <source>Select a paper first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="166"/>
        <source>Print papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="178"/>
        <source>Sent to the printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="187"/>
        <source>Fee recorded: %1 %2 yuan (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="190"/>
        <source>corrects an earlier fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="193"/>
        <source>Fee withdrawn: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../../ui/points_page.py" line="269"/>
        <source>Mine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="270"/>
        <source>Adjust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="271"/>
        <source>Appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="272"/>
        <source>Statement PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="273"/>
        <source>The month&apos;s statement (积分明细) of the selected person (mine if none), with a line to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="275"/>
        <source>Simulate: if the open cases were finished today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="276"/>
        <source>Decide the selected appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="277"/>
        <source>Recalculation label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="278"/>
        <source>Show the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="279"/>
        <source>Post the reversals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="280"/>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="280"/>
        <source>Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="280"/>
        <source>Adjustments and appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="281"/>
        <source>Recalculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="281"/>
        <source>Quarterly ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="283"/>
        <location filename="../../ui/points_page.py" line="287"/>
        <location filename="../../ui/points_page.py" line="289"/>
        <location filename="../../ui/points_page.py" line="291"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="283"/>
        <location filename="../../ui/points_page.py" line="285"/>
        <location filename="../../ui/points_page.py" line="287"/>
        <location filename="../../ui/points_page.py" line="289"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="283"/>
        <location filename="../../ui/points_page.py" line="287"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="283"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="284"/>
        <location filename="../../ui/points_page.py" line="285"/>
        <location filename="../../ui/points_page.py" line="287"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="284"/>
        <location filename="../../ui/points_page.py" line="286"/>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="285"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="288"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="288"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="288"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="289"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="289"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="290"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="291"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="292"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="305"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="305"/>
        <source>reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="305"/>
        <source>adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="306"/>
        <source>case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="306"/>
        <source>survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="306"/>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="307"/>
        <source>appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="307"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="308"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="308"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="309"/>
        <source>no authority in the roles document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="310"/>
        <source>made on the author&apos;s own points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="318"/>
        <source>Points of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="347"/>
        <source>Totals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="347"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="349"/>
        <source>Pending (finished, no counted follow-up yet: not zero, not yet posted): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="352"/>
        <source>Finished this month, not yet posted (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="354"/>
        <source>%1 %2 %3 by %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="358"/>
        <source>Refused, not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="362"/>
        <source>Post finished cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="365"/>
        <source>Puts the cases energised by %1 with a counted follow-up into the ledger, each under the rule in force the day it finished. Running it again posts nothing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="371"/>
        <source> — refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="375"/>
        <source>Ranking of %1 (the quarter of this month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="381"/>
        <source>no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="382"/>
        <source>recalculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="382"/>
        <source>decide adjustments and appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="384"/>
        <source>%1 (%2, roles document %3) may: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="386"/>
        <source>neither recalculate nor decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="387"/>
        <source>The roles document in force does not name you among those who may recalculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="388"/>
        <source>The roles document in force does not name you among those who may decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="402"/>
        <source>Posted %1 cases (%2 postings); %3 without a counted follow-up stay pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="412"/>
        <source>Select a person&apos;s posting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="441"/>
        <source>Select an appeal awaiting a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="460"/>
        <source>Posted under the label “%1” (rule %2): reversals and new postings, difference %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/points_page.py" line="466"/>
        <source>Preview under rule %1: %2 cases differ, difference %3. Nothing has been written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyRisks</name>
    <message>
        <location filename="../../ui/review_panel.py" line="43"/>
        <source>Right of way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="44"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="45"/>
        <source>Construction access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="46"/>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="47"/>
        <location filename="../../ui/review_panel.py" line="54"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="50"/>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="51"/>
        <source>Metering design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="52"/>
        <source>Relay protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="53"/>
        <source>Civil works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="59"/>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="60"/>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="61"/>
        <source>local supply station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="181"/>
        <source>Postpone the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="189"/>
        <source>New date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="190"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="197"/>
        <source>Give the reason for postponing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="106"/>
        <source>Edit prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="106"/>
        <source>New prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="127"/>
        <source>Dual source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="150"/>
        <source>Key project (重点项目)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="152"/>
        <source>Green channel (绿色通道)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="157"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="158"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="159"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="160"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="161"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="162"/>
        <source>Expected kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="163"/>
        <source>Voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="165"/>
        <source>Energisation year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="166"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="167"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="168"/>
        <source>Substation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="169"/>
        <source>Feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="172"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="173"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="177"/>
        <source>Key project list (发改)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="177"/>
        <source>Investment promotion (招商)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="177"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="178"/>
        <source>Temporary supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="178"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery.py" line="23"/>
        <location filename="../../ui/recovery.py" line="67"/>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="28"/>
        <source>The database file %1 is damaged (%2). Zaosong does not write into it.

The newest good backup is %3, taken %4. The damaged file was last changed %5: what was entered between these two times will be lost.

Restoring puts the backup in place; the damaged file is kept in the backups folder (renamed, never overwritten or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="35"/>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="39"/>
        <source>The database file %1 is damaged (%2), and there is no good backup.

Set it aside (it is renamed into the backups folder, never deleted) and start a new, empty database? Or quit and hand the file to a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="43"/>
        <source>Set aside and start a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="46"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/recovery_key.py" line="35"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="38"/>
        <source>This is the new recovery key of your database and its backups; the old one no longer opens them. If this laptop dies or its keyring is lost, it is the only way to open them on another computer. Write it on paper and keep it apart from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="43"/>
        <source>Your database and its backups are encrypted. If this laptop dies or its keyring is lost, this recovery key is the only way to open them on another computer. Write it on paper and keep it apart from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="54"/>
        <source>I have written the recovery key down and keep it apart from the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="57"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="58"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/review_panel.py" line="645"/>
        <source>Design review and policy risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="646"/>
        <source>Design review form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="647"/>
        <source>Add risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="648"/>
        <source>Risk settled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="649"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="649"/>
        <source>Policy risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="649"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="650"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="650"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="650"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="667"/>
        <source>Design review: no drawings received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="671"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="672"/>
        <source>approved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="673"/>
        <source>returned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="674"/>
        <source>Design review round %1 (%2): %3 opinions, %4 must fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="678"/>
        <source>Joint review required: participants from %1 still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="680"/>
        <source>Joint review: every department recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="685"/>
        <source>Policy risks (政策处理): %1 open of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="690"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="691"/>
        <source>settled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="693"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingSheetDialog</name>
    <message>
        <location filename="../../ui/setting_dialog.py" line="142"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="66"/>
        <source>Protection settings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="79"/>
        <source>typical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="84"/>
        <source>oil-immersed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="85"/>
        <source>dry-type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="102"/>
        <source>System S_k max / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="103"/>
        <source>Transformer kVA × count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="104"/>
        <source>u_k / load losses P_k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="105"/>
        <source>Vector group / voltage ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="106"/>
        <source>CT ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="107"/>
        <source>Transformer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="109"/>
        <source>Started from the joint survey of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="110"/>
        <source>Cable length / R / X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="111"/>
        <source>Utility feeder: instantaneous / overcurrent / time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="130"/>
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="133"/>
        <source>Issue the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="136"/>
        <source>Record execution receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="139"/>
        <source>Print the selected version (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="145"/>
        <source>Settings (recalculated as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="156"/>
        <location filename="../../ui/setting_dialog.py" line="268"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="223"/>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="223"/>
        <source>Primary A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="223"/>
        <source>Secondary A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="224"/>
        <source>Time s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="224"/>
        <location filename="../../ui/setting_dialog.py" line="236"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="229"/>
        <location filename="../../ui/setting_dialog.py" line="242"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="229"/>
        <location filename="../../ui/setting_dialog.py" line="242"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="236"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="236"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="236"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="254"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="254"/>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="254"/>
        <source>executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="255"/>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="289"/>
        <source>Issue the setting sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="290"/>
        <source>Issue %1 on %2?

The issued version becomes fixed: its settings can no longer be edited and it goes out for execution as it stands. A change then needs a new version, which voids this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="293"/>
        <source>Issue the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="293"/>
        <source>Keep the draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="171"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="172"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="173"/>
        <source>Identity and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="174"/>
        <source>Customer manager (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="175"/>
        <source>This laptop&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="176"/>
        <source>My phone (printed on notices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="177"/>
        <source>Bureau name (printed on documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="178"/>
        <source>Supply station (printed on documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="179"/>
        <source>Warn when working days left ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="180"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="181"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186"/>
        <source>Database file: %1
To use another file, start Zaosong with --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="191"/>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="192"/>
        <source>Check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="193"/>
        <source>Recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="194"/>
        <source>Reissue the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="195"/>
        <source>Rule sets and checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="197"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="197"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="198"/>
        <source>The version in force is marked ✓. A published version travels with every sync package; each laptop applies the newest one it holds. An inspection under way keeps the template it started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="201"/>
        <source>Publish a rule set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="202"/>
        <source>Publish a checklist template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="226"/>
        <source>Stage locks of the rule set in force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="234"/>
        <source>Time-limit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="234"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="238"/>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="240"/>
        <source>published by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="251"/>
        <source>Publish a rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="251"/>
        <source>Publish a checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="252"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="258"/>
        <source>Published %1 version %2. It is in force here now and travels with the next sync package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="296"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="309"/>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="319"/>
        <source>The recovery key was confirmed as written down and is no longer kept on this computer. Use the copy you wrote down; if it is lost, reissue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="325"/>
        <location filename="../../ui/settings_page.py" line="340"/>
        <source>Reissue the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="326"/>
        <source>A new recovery key will be made, and the database and its backups rewritten with it; the old recovery key will no longer open them. This takes a while for a large database. Any other Zaosong program using the database must be closed first.

Reissue the recovery key now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="338"/>
        <source>Rewriting the database and its backups with the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="357"/>
        <source>A new recovery key was issued: the database and %1 backups now use it, and the old recovery key no longer opens them. Copies saved elsewhere before (a USB stick, another computer) keep the old key: delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="361"/>
        <source>These damaged files could not be rewritten and keep the old key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="375"/>
        <source>Database check: all good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="375"/>
        <source>Database check found problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="381"/>
        <location filename="../../ui/settings_page.py" line="386"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="382"/>
        <source>Zaosong databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="387"/>
        <source>Replace the current database with %1? The current file is kept aside in the backups folder, and Zaosong will close; start it again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="183"/>
        <source>Server database: %1
It is backed up on the server (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="188"/>
        <source>Server database (PostgreSQL) to open at the next start; empty: the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="189"/>
        <source>Use at next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="291"/>
        <source>Zaosong opens %1 at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="292"/>
        <source>the database file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetReceiptDialog</name>
    <message>
        <location filename="../../ui/setting_dialog.py" line="333"/>
        <source>Execution receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="345"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="346"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="350"/>
        <source>Handed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="351"/>
        <source>Executed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.py" line="352"/>
        <source>Returned on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageActionDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="360"/>
        <source>Start a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="360"/>
        <source>Finish a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="361"/>
        <source>Pause the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="361"/>
        <source>Resume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="373"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="374"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="379"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="380"/>
        <source>Returned for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="380"/>
        <source>Rectification needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="382"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="388"/>
        <source>Customer asked to defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="389"/>
        <source>Customer documents incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="390"/>
        <source>Site not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="391"/>
        <source>Policy (non-technical) issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="392"/>
        <source>Customer unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="393"/>
        <source>Customer has not paid the fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="400"/>
        <source>Reason (customer-caused only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="401"/>
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
        <location filename="../../ui/field_dialogs.py" line="294"/>
        <source>Mid inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="294"/>
        <source>Completion inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="300"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="302"/>
        <source>Date requested / started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="303"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/field_dialogs.py" line="81"/>
        <location filename="../../ui/field_dialogs.py" line="252"/>
        <source>Joint survey — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="89"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="89"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="93"/>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="107"/>
        <source>Dual source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="111"/>
        <source>High-voltage metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="112"/>
        <source>Low-voltage metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="121"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="121"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="121"/>
        <source>kVA each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="125"/>
        <source>Add transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="132"/>
        <source>Add photos… (or drop files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="137"/>
        <source>Prefilled from the joint survey of temporary case %1: check it on site, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="143"/>
        <source>Survey date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="147"/>
        <source>Also finish the site survey stage (on the survey date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="154"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="155"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="157"/>
        <source>Substation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="157"/>
        <source>Feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="157"/>
        <source>Pole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="160"/>
        <source>Connection point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="164"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="171"/>
        <source>Metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="175"/>
        <source>Transformers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="179"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="202"/>
        <source>Dry type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="203"/>
        <source>Oil immersed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="253"/>
        <source>The joint survey is saved, but the site survey stage was not finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="274"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/field_dialogs.py" line="274"/>
        <source>Photos and scans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="171"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="34"/>
        <location filename="../../ui/sync_page.py" line="367"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="35"/>
        <location filename="../../ui/sync_page.py" line="367"/>
        <source>Stage round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="36"/>
        <location filename="../../ui/sync_page.py" line="367"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="37"/>
        <location filename="../../ui/sync_page.py" line="368"/>
        <source>Calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="38"/>
        <location filename="../../ui/sync_page.py" line="368"/>
        <source>Calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="39"/>
        <location filename="../../ui/sync_page.py" line="369"/>
        <source>Joint survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="40"/>
        <location filename="../../ui/sync_page.py" line="370"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="41"/>
        <location filename="../../ui/sync_page.py" line="370"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="42"/>
        <location filename="../../ui/sync_page.py" line="371"/>
        <source>Inspection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="43"/>
        <location filename="../../ui/sync_page.py" line="371"/>
        <source>Rectification item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="44"/>
        <location filename="../../ui/sync_page.py" line="372"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="45"/>
        <location filename="../../ui/sync_page.py" line="372"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="46"/>
        <location filename="../../ui/sync_page.py" line="372"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="47"/>
        <location filename="../../ui/sync_page.py" line="167"/>
        <location filename="../../ui/sync_page.py" line="373"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="153"/>
        <location filename="../../ui/sync_page.py" line="253"/>
        <source>Export a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="154"/>
        <source>Import a package (or drop a .zsync file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="155"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="156"/>
        <source>Passphrase (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="157"/>
        <source>Passphrase (if encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="158"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="159"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="160"/>
        <source>Conflicts: the same record changed on two devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="161"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="161"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="161"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="162"/>
        <source>Shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="163"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="163"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="163"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="164"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="165"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="166"/>
        <source>Devices and packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="167"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="167"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="168"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="168"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="169"/>
        <source>Trust the selected device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="170"/>
        <source>Supervisor: take its calendars and rules (on/off)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="187"/>
        <source>This laptop: %1 — fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="191"/>
        <source>Everything (full export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="194"/>
        <source>%1 (changes since the last package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="201"/>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="201"/>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="211"/>
        <source>this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="211"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="212"/>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="213"/>
        <source>waiting for trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="213"/>
        <source>not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="254"/>
        <location filename="../../ui/sync_page.py" line="269"/>
        <source>Zaosong packages (*.zsync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="259"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="265"/>
        <source>Written %1 (%2 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="269"/>
        <location filename="../../ui/sync_page.py" line="298"/>
        <source>Import a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="286"/>
        <source>Checking the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="299"/>
        <source>From %1, package %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="300"/>
        <source>Apply these changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="309"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="317"/>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="333"/>
        <source>%1 is not trusted yet: compare its fingerprint with its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="336"/>
        <source>A device seen for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="337"/>
        <source>This package comes from a device this laptop does not trust yet:

Device: %1
Id: %2

Fingerprint (read it out to its owner by phone, group by group, and compare):

%3

Trust this device and import its package?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="345"/>
        <source>Trust and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="369"/>
        <source>Rule set or checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="373"/>
        <source>Protection setting sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="374"/>
        <source>Review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="374"/>
        <source>Meeting agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="375"/>
        <source>Design review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="375"/>
        <source>Review opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="376"/>
        <source>Policy risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="377"/>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="381"/>
        <source>This package was imported before: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="387"/>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="388"/>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="389"/>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="391"/>
        <source>Missing packages from this device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="396"/>
        <source>Calendar, rule and template changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="398"/>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="398"/>
        <source>not applied (not a supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="401"/>
        <source>  … and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="406"/>
        <source>Packages that waited for this one, now imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="426"/>
        <source>Trust a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="427"/>
        <source>Trust %1? Compare this fingerprint with its owner first (by phone or in person):

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="444"/>
        <source>Mark %1 as a supervisor? Its calendars, rule sets and checklist templates will then be applied here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="446"/>
        <source>Stop taking calendars, rule sets and templates from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="447"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="346"/>
        <location filename="../../ui/sync_page.py" line="464"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TempSupplyPanel</name>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="129"/>
        <source>Record advice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="130"/>
        <source>Create formal case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="137"/>
        <source>%1 (not in this database yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="138"/>
        <source>Energised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="138"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="139"/>
        <source>%1 %2, applied %3, %4 kVA, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="147"/>
        <source>Room position reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="147"/>
        <source>Transformer to prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="148"/>
        <source>Switchgear to prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="148"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="151"/>
        <source>Advised on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="156"/>
        <source>The temporary case had no joint survey to carry over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="157"/>
        <source>oil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="157"/>
        <source>dry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="161"/>
        <source>HV metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="161"/>
        <source>LV metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="162"/>
        <source>Survey of the temporary case (%1): %2; %3; transformers %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="176"/>
        <source>Temporary supply: advice for the formal supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="178"/>
        <location filename="../../ui/temp_supply_panel.py" line="194"/>
        <source>Formal case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="180"/>
        <source>No formal case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="184"/>
        <source>No advice recorded yet: note where the distribution room is reserved and which transformer and switchgear to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="188"/>
        <source>Carried over from the temporary case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="190"/>
        <source>Temporary case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="192"/>
        <source>No temporary case is linked to this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="197"/>
        <source>The temporary case had no advice recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/temp_supply_panel.py" line="204"/>
        <source>The formal case exists: the advice was carried over to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today_page.py" line="195"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="196"/>
        <source>Print my open rectification notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="197"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="201"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="202"/>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="210"/>
        <location filename="../../ui/today_page.py" line="213"/>
        <location filename="../../ui/today_page.py" line="215"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="210"/>
        <location filename="../../ui/today_page.py" line="215"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="210"/>
        <location filename="../../ui/today_page.py" line="218"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="210"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="211"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="211"/>
        <source>Remaining (wd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="211"/>
        <location filename="../../ui/today_page.py" line="234"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="212"/>
        <source>By manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="213"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="213"/>
        <source>Policy risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="214"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="214"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="214"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="215"/>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="216"/>
        <source>Deadline / since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="216"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="218"/>
        <location filename="../../ui/today_page.py" line="407"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="218"/>
        <location filename="../../ui/today_page.py" line="407"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="260"/>
        <source>waiting %1 wd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="261"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="266"/>
        <source>Design drawings not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="268"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="281"/>
        <source>Waiting for customers: %1 rectification items (%2 overdue), %3 cases without drawings — double-click to open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="313"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="408"/>
        <source>Due within %1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="415"/>
        <source>%1 overdue, %2 due today, %3 due within %4 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="331"/>
        <source>Open policy risks: %1 (%2 overdue) — double-click to open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="249"/>
        <location filename="../../ui/today_page.py" line="261"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="219"/>
        <source>Within %1 wd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="397"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="206"/>
        <source>Station: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="399"/>
        <source>&lt;a href=&quot;esc&quot;&gt;%1 escalations to acknowledge&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="129"/>
        <source>Undo the last step — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="132"/>
        <source>The case&apos;s last step is undone. It stays in the history, struck through, with the undo beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/recovery_key.py" line="84"/>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="95"/>
        <source>Open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="96"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="101"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreservedSection</name>
    <message>
        <location filename="../../ui/metering_page.py" line="392"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="392"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="392"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="393"/>
        <source>ENERGIZE since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="393"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="394"/>
        <source>&amp;Reserve equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/metering_page.py" line="412"/>
        <source>Metering equipment not reserved for cases in ENERGIZE: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/before_page.py" line="199"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="219"/>
        <source>No action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="228"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="229"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="230"/>
        <source>Party name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="231"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="232"/>
        <source>People met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="233"/>
        <source>Our participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="234"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="235"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="236"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="237"/>
        <source>Action owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="238"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDueBox</name>
    <message>
        <location filename="../../ui/before_page.py" line="407"/>
        <source>no action recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="419"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="419"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="419"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="419"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="425"/>
        <source>Visits: %1 actions past due, %2 government visits without an action — double-click for the 事前 page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="146"/>
        <source>Withdraw case — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="147"/>
        <source>The case leaves every list and figure; only the audit view of withdrawals (zaosong case withdrawn) keeps it, with its history. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawFeeDialog</name>
    <message>
        <location filename="../../ui/papers_panel.py" line="257"/>
        <source>Withdraw a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="267"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="268"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/papers_panel.py" line="269"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <location filename="../../ui/widgets.py" line="183"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="184"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_HolidayCheck</name>
    <message>
        <location filename="../../ui/meetings_page.py" line="101"/>
        <source>a statutory holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="107"/>
        <source>%1 is %2 (a statutory holiday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings_page.py" line="116"/>
        <source>%1 is a statutory holiday. Press OK again to schedule the meeting on it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="61"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialogs.py" line="62"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="124"/>
        <location filename="../../ui/main.py" line="241"/>
        <source>Zaosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="186"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../ui/before_page.py" line="252"/>
        <source>Development and Reform Bureau (发改局)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="252"/>
        <source>Investment Promotion Bureau (招商局)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="253"/>
        <source>Township government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="253"/>
        <source>Industrial park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="253"/>
        <source>Prospective customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="254"/>
        <source>Customer (in progress or energised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/before_page.py" line="254"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

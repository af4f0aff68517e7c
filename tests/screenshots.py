"""`make screenshots`: every main view, in simplified Chinese, with demo data, as PNG files.

Usage: python tests/screenshots.py OUTDIR [--lang zh_CN|en]. Runs on whatever Qt platform is set
(`make screenshots` uses Xvfb when it is installed, offscreen otherwise).
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

AS_OF = dt.date(2026, 11, 27)


def _hold_meeting(s, no: str, day: dt.date) -> None:
    """The review meeting a case of 500 kVA or more needs before PLAN can finish, approving it on ``day``."""
    from app.services import meetings

    m = meetings.new_meeting(s, f"{day.isoformat()} 09:00", "三楼会议室", "王主任").meeting_id
    meetings.add_case(s, m, no)
    meetings.decide(s, m, no, "approve")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "zh_CN"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="zaosong-shots-"))
    os.environ["ZAOSONG_HOME"] = str(tmp)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("ZaosongScreenshots")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp / "settings"))
    app = QApplication(sys.argv[:1])
    from ui.i18n import install_font, install_translator

    install_font(app)
    install_translator(app, lang)
    from app.demo import build_demo
    from app.store import Store

    store = Store.open(tmp / "zaosong.db", user="王建国", device_name="王建国的笔记本")
    build_demo(store, 400, seed=3, as_of=AS_OF)
    _policy_risks(store)
    from ui.main_window import MainWindow

    win = MainWindow(store, as_of=AS_OF)
    win.resize(1366, 800)
    win.show()
    win.start()

    def settle(ms: int = 300) -> None:
        import time

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end or win.worker.busy:
            app.processEvents()
            time.sleep(0.01)

    settle(800)
    shots = []
    for page in ("today", "cases", "calendar", "bulletins", "settings"):
        win.show_page(page)
        if page == "cases":
            win.cases_page.scope.setCurrentIndex(1)  # all managers
        settle()
        path = out / f"{page}_{lang}.png"
        win.grab().save(str(path))
        shots.append(path)
    win.cases_page.search.setText("htdq")
    settle()
    win.grab().save(str(out / f"search_{lang}.png"))
    win.cases_page.search.setText("")
    settle()
    # the most interesting open case: one with a pause or several rounds
    row = win.today_page.warnings[0]["case_no"] if win.today_page.warnings else win.cases_page.model.row_at(0)[1]
    win.open_case(row)
    settle(800)
    detail = win._detail_windows[row]
    detail.resize(1100, 900)
    settle()
    detail.grab().save(str(out / f"case_detail_{lang}.png"))
    from ui.case_dialogs import StageActionDialog

    dlg = win.new_case_dialog()
    dlg.show()
    settle()
    dlg.grab().save(str(out / f"new_case_{lang}.png"))
    dlg.close()
    pd = StageActionDialog(win.ops, win.as_of, detail.view, "pause", parent=win)
    pd.show()
    settle()
    pd.grab().save(str(out / f"pause_{lang}.png"))
    pd.close()
    # field work: a case taken through a mid inspection with two failures
    from app.services import cases as svc
    from app.services import field

    with store.session() as s:
        no = svc.create_case(s, customer_name="象山县和泰电器有限公司", account_no="3300000999", capacity_kva=1250,
                             dual_source=True, applied_on=dt.date(2026, 9, 1), address="象山县丹东街道滨海路8号").case_no
    for stage, day in (("ACCEPT", dt.date(2026, 9, 2)), ("SURVEY", dt.date(2026, 9, 4)), ("PLAN", dt.date(2026, 9, 8)),
                       ("FEES", dt.date(2026, 9, 9))):
        with store.session() as s:
            if stage == "PLAN":
                _hold_meeting(s, no, day)  # 1250 kVA: the review meeting approves the plan first
            svc.finish_stage(s, no, stage, day)
    with store.session() as s:
        field.set_survey(s, no, {"surveyed_on": "2026-09-03", "participants": [{"name": "王建国", "dept": "客户经理"},
                         {"name": "陈工", "dept": "配电运检中心"}], "substation": "丹城变", "feeder": "丹城线",
                         "pole": "12号杆", "metering": "HV", "ct_ratio": "100/5", "vt_ratio": "10000/100",
                         "dual_source": True, "transformers": [{"count": 2, "type": "oil", "kva": 630}]})
    from app.services import design_review

    with store.session() as s:  # 1250 kVA, not a typical design: a joint review
        design_review.open_review(s, no, dt.date(2026, 10, 8))
        design_review.set_participants(s, no, "王建国:客户经理,陈工:生产,李海燕:营销,周所长:供电所")
    with store.session() as s:
        design_review.close_review(s, no, dt.date(2026, 10, 9), "approved")
    with store.session() as s:
        ins = field.start_inspection(s, no, "mid", dt.date(2026, 10, 20), "王建国,陈工").created_id
    with store.session() as s:
        for it in field.inspection_items(s, ins)["items"]:
            if it["code"] == "M-GND-05":
                field.set_result(s, ins, it["code"], None, 6.2, "")
            elif it["code"] == "M-CIV-03":
                field.set_result(s, ins, it["code"], "fail", None, "槽钢未接地")
            elif it["kind"] == "measure":
                field.set_result(s, ins, it["code"], None, 0.8, "")
            else:
                field.set_result(s, ins, it["code"], "pass", None, "")
    with store.session() as s:
        field.close_inspection(s, ins, dt.date(2026, 10, 21))
    win.refresh()
    win.open_case(no)
    settle(800)
    fd = win._detail_windows[no]
    fd.resize(1100, 1300)
    settle()
    fd.grab().save(str(out / f"case_field_{lang}.png"))
    sdlg = fd.field.edit_survey()
    settle(500)
    sdlg.grab().save(str(out / f"survey_{lang}.png"))
    sdlg.close()
    from ui.field_dialogs import InspectionDialog

    idlg = InspectionDialog(win.ops, win.as_of, ins, win.open_document, win)
    idlg.show()
    settle(800)
    idlg.grab().save(str(out / f"inspection_{lang}.png"))
    idlg.close()
    sdlg2 = fd.field.setting_sheet()
    sdlg2.feeder_oc.setValue(600)
    sdlg2.feeder_time.setValue(0.6)
    settle(300)
    sdlg2.grab().save(str(out / f"setting_sheet_{lang}.png"))
    sdlg2.close()
    fd.close()
    # design review of a 1250 kVA case: round 1 returned, round 2 with opinions, one department missing
    review_no = _design_review_case(store)
    win.refresh()
    win.open_case(review_no)
    settle(800)
    rd = win._detail_windows[review_no]
    form = rd.review.open_form()
    settle(800)
    form.grab().save(str(out / f"design_review_{lang}.png"))
    form.close()
    rd.resize(1100, 1500)
    settle(300)
    rd.grab().save(str(out / f"case_review_{lang}.png"))
    rd.close()
    # temporary supply to formal: the temporary case with its advice, its formal successor carrying it
    temp_no, formal_no = _temp_to_formal(store)
    win.refresh()
    for no, name in ((temp_no, "case_temporary"), (formal_no, "case_formal")):
        win.open_case(no)
        settle(800)
        w = win._detail_windows[no]
        w.resize(1100, 900)
        settle(300)
        w.grab().save(str(out / f"{name}_{lang}.png"))
        if no == temp_no:
            adlg = w.temp.record_advice()
            settle(300)
            adlg.grab().save(str(out / f"temp_advice_{lang}.png"))
            adlg.close()
            ndlg = win.new_case_dialog()
            ndlg.show()
            ndlg.btype.setCurrentIndex(ndlg.btype.findData("TEMP_TO_FORMAL"))
            settle(500)
            ndlg.grab().save(str(out / f"new_formal_case_{lang}.png"))
            ndlg.close()
        w.close()
    # review meetings: one held with decisions, one to come; the month view with the held one chosen
    held = _review_meetings(store)
    win.refresh()
    win.show_page("meetings")
    win.meetings_page.show_month(AS_OF.year, AS_OF.month)
    settle(800)
    win.meetings_page.select_meeting(held)
    settle(300)
    win.grab().save(str(out / f"meetings_{lang}.png"))
    win.show_page("sync")
    settle(500)
    win.grab().save(str(out / f"sync_{lang}.png"))
    before_shots(win, store, out, lang, settle)  # 事前 (issue 18)
    detail.close()
    win.close()
    for p in sorted(out.glob(f"*_{lang}.png")):
        print(p)
    return 0


def before_shots(win, store, out: Path, lang: str, settle) -> None:
    """The 事前 page (issue 18): visits, prospects of several townships (one converted, one over its
    feeder's spare capacity); the pipeline, the visits, the demand matrix and a drill-down."""
    from app.services import demand, prospects, visits

    with store.session() as s:
        v = visits.add_visit(s, AS_OF - dt.timedelta(days=25), "发改局", "丹东街道", "了解 2027–2029 年县重点工程项目",
                             "县发改局提供重点项目清单 12 项,其中石浦、西周各 2 项需新增 10 kV 出线",
                             party_name="象山县发改局", met="规划科 张科长", participants="王建国、李海燕").created_id
        visits.add_action(s, v, "将重点项目清单报发展建设部", "王建国", AS_OF - dt.timedelta(days=10))
        t = visits.add_visit(s, AS_OF - dt.timedelta(days=12), "乡镇政府", "鹤浦镇", "海岛水产冷冻企业扩产",
                             "两家冷库计划 2027 年扩建", participants="王建国").created_id
        visits.add_action(s, t, "上门了解冷库用电需求", "王建国", AS_OF + dt.timedelta(days=5))
        visits.add_visit(s, AS_OF - dt.timedelta(days=3), "招商局", "西周镇", "招商引资企业落户情况", participants="李海燕")
        rows = [("石浦港冷链物流园", "石浦镇", 2500, 2027, 70, "石浦线", "水产冷冻", "NDRC_LIST"),
                ("西周船舶修造基地", "西周镇", 4000, 2028, 40, "西周线", "船舶修造", "INVESTMENT"),
                ("丹东商业综合体", "丹东街道", 1600, 2027, 60, "丹城线", "商业", "NDRC_LIST"),
                ("鹤浦冷库扩建", "鹤浦镇", 800, 2027, 50, "鹤浦线", "水产冷冻", "VISIT"),
                ("大徐光伏组件厂", "大徐镇", 1250, 2029, 30, "大徐线", "工业", "INVESTMENT"),
                ("爵溪针织园二期", "爵溪街道", 2000, 2028, 80, "爵溪线", "针织加工", "NDRC_LIST"),
                ("新桥水泥粉磨站", "新桥镇", 3150, 2026, 90, "新桥线", "水泥制造", "OTHER")]
        ids = [prospects.add_prospect(s, name=n, township=tw, kva=k, year=y, probability=p, feeder=f, industry=i,
                                      source=src, manager="王建国" if n != "西周船舶修造基地" else "李海燕",
                                      key_project=src == "NDRC_LIST", visit=v if src == "NDRC_LIST" else None).created_id
               for n, tw, k, y, p, f, i, src in rows]
        prospects.set_status(s, ids[1], "FOLLOW")
        prospects.set_status(s, ids[3], "FOLLOW")
        prospects.set_status(s, ids[4], "DROPPED", "投资方改在邻县落户")
        prospects.convert(s, ids[6], "3300009001", AS_OF - dt.timedelta(days=6), "王建国", new_customer=True)
        demand.set_capacity(s, "西周线", 3000, AS_OF - dt.timedelta(days=20), substation="西周变")
    win.refresh()
    win.show_page("before")
    page = win.before_page
    page.reload()
    settle(800)
    for i, name in enumerate(("before_pipeline", "before_visits", "before_demand")):
        page.tabs.setCurrentIndex(i)
        if i == 1:
            page.visits_table.selectRow(0)
        settle(300)
        win.grab().save(str(out / f"{name}_{lang}.png"))
    page.matrix.setCurrentCell(3, 1)
    page.drill(3, 1)
    settle(500)
    if page.dialog is not None:
        page.dialog.grab().save(str(out / f"before_drill_{lang}.png"))
        page.dialog.close()
    win.show_page("today")
    settle(300)
    win.grab().save(str(out / f"today_visits_{lang}.png"))


def _policy_risks(store) -> None:
    """A few open policy risks on demo cases, one of them overdue, for the today view."""
    from app.services import design_review as dr
    from app.services import query

    with store.reader() as s:
        early = [r for r in query.list_cases(s, as_of=AS_OF, open_only=True)
                 if r.applied_on <= (AS_OF - dt.timedelta(days=30)).isoformat()]
    rows = ([r for r in early if r.manager == "王建国"] + early)[:3]
    risks = [("RIGHT_OF_WAY", "电缆通道需穿越村道,村委会尚未同意", "王建国", AS_OF - dt.timedelta(days=5)),
             ("PERMIT", "道路开挖许可待住建局审批", "李海燕", AS_OF + dt.timedelta(days=10)),
             ("NEIGHBOUR", "箱变位置邻近住宅,居民有异议", "王建国", None)]
    for r, (kind, text, owner, due) in zip(rows, risks):
        raised = AS_OF - dt.timedelta(days=20)
        with store.session() as s:
            dr.add_risk(s, r.case_no, kind, text, owner, due, raised)


def _design_review_case(store) -> str:
    from app.services import cases as svc
    from app.services import design_review as dr

    with store.session() as s:
        no = svc.create_case(s, customer_name="象山港湾水产冷链有限公司", account_no="3300000998", capacity_kva=1600,
                             dual_source=True, applied_on=dt.date(2026, 9, 14), address="象山县石浦镇渔港路18号").case_no
    for stage, day in (("ACCEPT", dt.date(2026, 9, 15)), ("SURVEY", dt.date(2026, 9, 17)), ("PLAN", dt.date(2026, 9, 22)),
                       ("FEES", dt.date(2026, 9, 24))):
        with store.session() as s:
            if stage == "PLAN":
                _hold_meeting(s, no, day)
            svc.finish_stage(s, no, stage, day)
    with store.session() as s:
        dr.open_review(s, no, dt.date(2026, 10, 26), "宁波市电力设计院有限公司",
                       "电气一次主接线图\n配电房平面布置图\n接地装置图\n电缆路径图")
    for text, must, cat in (("高压计量柜应设在进线柜之后,计量方式改为高供高计", True, "metering"),
                            ("配电房门应向外开启,并设挡鼠板", True, "civil"),
                            ("建议进线开关采用断路器并配置微机保护", False, "protection")):
        with store.session() as s:
            dr.add_opinion(s, no, text, must, cat)
    with store.session() as s:
        dr.set_participants(s, no, "王建国:客户经理,张伟:生产,李海燕:营销,陈刚:供电所")
    with store.session() as s:
        dr.close_review(s, no, dt.date(2026, 10, 30), "returned")
    with store.session() as s:
        dr.open_review(s, no, dt.date(2026, 11, 20), "宁波市电力设计院有限公司",
                       "电气一次主接线图(修改版)\n配电房平面布置图(修改版)")
    for text, must, cat in (("计量柜位置已按意见调整,CT 变比应改为 100/5", True, "metering"),
                            ("电缆沟盖板应采用防滑花纹钢板", False, "civil")):
        with store.session() as s:
            dr.add_opinion(s, no, text, must, cat)
    with store.session() as s:
        dr.set_participants(s, no, "王建国:客户经理,张伟:生产,李海燕:营销")
    with store.session() as s:
        dr.add_risk(s, no, "ACCESS", "施工车辆须经渔港码头通道,待港务部门同意", "王建国", dt.date(2026, 12, 10),
                    dt.date(2026, 11, 20))
    return no


def _temp_to_formal(store) -> tuple[str, str]:
    """A temporary case (construction site) with its survey and advice, and the formal case made from
    it; and a second temporary case still waiting for its formal case."""
    from app.services import cases as svc
    from app.services import field, temp_supply

    with store.session() as s:
        temp = svc.create_case(s, customer_name="象山建工集团(滨海新城一号地块)", account_no="3300000907",
                               capacity_kva=400, business_type="TEMPORARY", applied_on=dt.date(2026, 3, 2),
                               manager="王建国", township="丹东街道", contact="李四 13800000000",
                               address="象山县丹东街道滨海路100号工地", key_project=True).case_no
    with store.session() as s:
        field.set_survey(s, temp, {"surveyed_on": "2026-03-04", "participants": [{"name": "王建国", "dept": "客户经理"}],
                                   "findings": "工地东侧临时箱变,由丹城线12号杆T接", "substation": "丹城变",
                                   "feeder": "丹城线", "pole": "12号杆", "metering": "LV", "supply_kv": 10,
                                   "transformers": [{"count": 1, "type": "oil", "kva": 400}]})
    with store.session() as s:
        temp_supply.record_temp_advice(s, temp, room="1号楼地下一层东侧,预留 12×8 m 配电房",
                                       transformer="2×800 kVA 干式变压器 SCB13", switchgear="10 kV 环网柜 4 面、低压柜 12 面",
                                       note="电缆沟沿东侧围墙预埋;配电房净高不低于 4.2 m", on=dt.date(2026, 3, 5))
    with store.session() as s:
        formal = temp_supply.create_formal_case(s, temp, capacity_kva=1600, dual_source=True,
                                                applied_on=dt.date(2026, 11, 16), manager="王建国",
                                                customer_name="象山建工集团有限公司").case_no
    with store.session() as s:
        svc.create_case(s, customer_name="宁波市政工程(石浦大桥临时用电)", account_no="3300000908", capacity_kva=250,
                        business_type="TEMPORARY", applied_on=dt.date(2026, 10, 12), manager="王建国")
    return temp, formal


def _review_meetings(store) -> str:
    """A meeting held on 2026-11-20 with every decision, and one on 2026-11-30 still to come (one of
    its cases warned: its PLAN deadline falls before the meeting)."""
    from app.services import cases as svc
    from app.services import meetings as mt

    def surveyed(name, account, kva, applied, surveyed_on):
        with store.session() as s:
            no = svc.create_case(s, customer_name=name, account_no=account, capacity_kva=kva, applied_on=applied,
                                 manager="王建国", township="丹东街道").case_no
        with store.session() as s:
            svc.finish_stage(s, no, "ACCEPT", applied + dt.timedelta(days=1))
        with store.session() as s:
            svc.finish_stage(s, no, "SURVEY", surveyed_on)
        return no

    first = [surveyed(*c) for c in (
        ("象山县和泰电器有限公司", "3300000901", 630, dt.date(2026, 11, 9), dt.date(2026, 11, 12)),
        ("宁波东方针织有限公司", "3300000902", 800, dt.date(2026, 11, 9), dt.date(2026, 11, 13)),
        ("象山华兴五金制品厂", "3300000903", 500, dt.date(2026, 11, 10), dt.date(2026, 11, 13)),
        ("石浦渔港冷库有限公司", "3300000904", 1250, dt.date(2026, 11, 10), dt.date(2026, 11, 16)))]
    with store.session() as s:
        held = mt.new_meeting(s, "2026-11-20 09:30", "供电服务中心三楼会议室", "王建国",
                              "运维检修部,营销部,发展策划部,供电所").meeting_id
    with store.session() as s:
        for no, rep in zip(first, ("李明(电气负责人)", "周涛(基建科长)", "", "陈海(总经理)")):
            mt.add_case(s, held, no, rep)
    notes = [("approve", "同意按查勘方案供电"), ("approve_with_changes", "改为高供高计,由丹城线12号杆T接"),
             ("reject", "线路容量不足,另选电源点后重新上会"), ("approve", "同意双电源供电,备用电源取自石浦变")]
    with store.session() as s:
        for no, (decision, note) in zip(first, notes):
            mt.decide(s, held, no, decision, note)
    with store.session() as s:
        mt.set_minutes(s, held, "一、会议听取了客户经理对四个项目现场查勘情况的汇报,与会各部门逐一审议了供电方案。\n"
                                "二、丹城线 12 号杆 T 接点负荷已接近上限,运维检修部在 12 月底前提出改造方案,营销部据此安排后续接入。\n"
                                "三、象山华兴五金制品厂另选电源点后重新上会;供电所配合客户做好施工通道协调。")
    for c in (("象山新桥建材有限公司", "3300000905", 630, dt.date(2026, 11, 18), dt.date(2026, 11, 20)),
              ("丹城商贸综合体", "3300000906", 2000, dt.date(2026, 11, 19), dt.date(2026, 11, 25))):
        surveyed(*c)
    with store.session() as s:
        later = mt.new_meeting(s, "2026-11-30 14:00", "营销部会议室", "王建国", "运维检修部,营销部,供电所").meeting_id
    with store.session() as s:
        mt.propose(s, later)
    return held


if __name__ == "__main__":
    sys.exit(main())

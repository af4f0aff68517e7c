"""The work around the cases of a demo database (practice database, ``demo --cases N``): what a
bureau's managers would have entered besides the cases themselves, so that every page of a new
user's practice database shows the working system instead of empty lists.

- before the application (issue 18): prospects in every state (some converted into cases), visits
  to the 发改局, the 招商局, townships, parks and customers with their actions (some done, some past
  due, some owned by the user), a feeder whose prospects exceed its spare capacity;
- the field work: the joint survey of the cases past their survey (the recent ones), inspections of
  the open inspection rounds with their checklist results, rectification items and notices;
- getting ready to energise (issue 19): outage needs of the cases nearing power-on, 运检's
  maintenance windows of this and the next month, the next month's balancing; metering
  configurations (some set by hand with a reason), reservations, a stock count with shortfalls and
  the next month's metering plan;
- after energisation (issue 20): follow-ups of most recently finished cases (counted ones recorded by
  someone else than the case's manager, self-reported ones, some due today, a few 时间偏差), the
  causes of late stages in the evaluations, last month's analysis meeting with conclusions and
  measures.

Everything goes through the services (``app.services.*``) with the workbench's "today" set to the
demo's as-of day, so every check and rule holds as it does for a user. A user enters things on the
day they happen; the services record the computer's clock as the recording time, so the demo sets
the recording clock of the store to the day of each entry while it builds (as ``app.demo`` does for
the cases' history), else every survey would count as a late entry (补录).

The amount is capped (the latest months, a few hundred cases at most), so a 100,000-case demo takes
about as long for this as a 300-case one. Deterministic: the same cases, seed and as-of day give the
same content (ids and recording stamps aside).
"""
from __future__ import annotations

import datetime as dt
import math
import random
import time
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import townships
from app.domain import STAGE_INDEX, STAGES
from app.errors import Refused
from app.models import Case, StageRound
from app.services import analysis, demand, documents, evaluation, field, followups, metering, outage
from app.services import cases as case_svc
from app.services import points as points_svc
from app.services import prospects as pr
from app.services import visits as vs
from app.services.followups import energized_between

# caps: what is made around the cases does not grow with their number beyond these
OPEN_SURVEYS = 300  # open cases past the survey, the most advanced first
FINISHED_SURVEYS = 200  # cases energised in the last SURVEY_DAYS, the latest first
SURVEY_DAYS = 183
INSPECTIONS = 40  # open inspection rounds inspected
OUTAGE_NEEDS = 30
FOLLOWUP_MONTHS = 6  # the months of power-on whose cases get follow-ups
FOLLOWUPS_PER_MONTH = 60
EVALUATIONS = 25  # finished cases of last month given their late stages' causes
CONCLUSIONS = 4
CONCLUSIONS_UP_TO = 150  # cases energised in the month

CT_PRIMARIES = (5, 10, 15, 20, 30, 40, 50, 75, 100, 150, 200, 300, 400, 500, 600, 750, 800, 1000, 1200, 1500,
                2000, 2500, 3000, 4000, 5000, 6000)
INSPECTORS = ("配电运检中心 赵工", "配电运检中心 钱工", "供电营业所 孙工", "配电运检中心 周工", "供电营业所 吴工")
SURVEY_PEOPLE = (("赵工", "配电运检中心"), ("钱工", "配电运检中心"), ("孙工", "供电营业所"), ("郑工", "发展策划部"))
FOLLOWUP_TEXTS = ("客户对办电速度满意,建议进一步简化资料。", "客户反映现场勘查预约及时,服务热情。",
                  "客户希望送电前能提前告知停电时间。", "", "", "客户表示收费项目清楚,无其他意见。",
                  "客户建议竣工检验一次性告知全部整改项。")
FAULTS = ("电缆终端头未做相色标识", "配电房门未向外开启", "接地引下线未涂黄绿相间标识", "安全工器具未配置齐全",
          "配电房挡鼠板缺失")
# the prospects: (project, customer, industry, kVA, source, key project) ; the township is the one its
# name starts with (象山 projects: drawn)
PROSPECTS = (
    ("石浦渔港冷链物流中心", "宁波港湾冷链物流有限公司", "冷链物流", 1600, "INVESTMENT", True),
    ("大目湾新城商业综合体", "象山大目湾置业有限公司", "商业", 3150, "NDRC_LIST", True),
    ("贤庠船舶修造基地扩建", "象山东海船舶修造有限公司", "船舶修造", 2000, "VISIT", False),
    ("定塘针织产业园二期", "象山定塘针织园区开发有限公司", "针织", 1250, "NDRC_LIST", True),
    ("西周模具城标准厂房", "象山西周模具城有限公司", "模具", 800, "INVESTMENT", False),
    ("爵溪海产品精深加工项目", "象山爵溪海天食品有限公司", "海产品加工", 630, "VISIT", False),
    ("新桥电器产业园", "象山新桥宏远电器有限公司", "电器", 1000, "INVESTMENT", False),
    ("鹤浦海岛旅游度假区", "象山鹤浦海岛旅游开发有限公司", "旅游开发", 500, "NDRC_LIST", True),
    ("高塘岛水产冷冻厂", "象山高塘金海水产有限公司", "水产冷冻", 400, "VISIT", False),
    ("墙头新型建材项目", "象山墙头丰城建材有限公司", "建材", 630, "OTHER", False),
    ("茅洋光伏配套储能站", "象山茅洋新能源有限公司", "新能源", 2000, "NDRC_LIST", True),
    ("黄避岙船用配件厂", "象山黄避岙顺发机械厂", "机械", 315, "VISIT", False),
    ("涂茨食品加工园", "象山涂茨瑞祥食品有限公司", "食品", 800, "INVESTMENT", False),
    ("晓塘塑料制品厂新建厂房", "象山晓塘天成塑料制品厂", "塑料制品", 400, "VISIT", False),
    ("东陈水产养殖基地", "象山东陈蓝海水产有限公司", "水产冷冻", 250, "OTHER", False),
    ("泗洲头服装产业园", "象山泗洲头汇通服装有限公司", "服装", 1250, "INVESTMENT", False),
    ("丹西街道安置房配套工程", "象山县丹西街道办事处", "居住配套", 2500, "NDRC_LIST", True),
    ("丹东街道城东商务楼", "象山城东银河置业有限公司", "商业", 1000, "INVESTMENT", False),
    ("大徐镇农产品冷库", "象山大徐兴业冷链有限公司", "冷链物流", 500, "VISIT", False),
    ("石浦水产品交易市场改造", "象山石浦万隆市场管理有限公司", "商业", 800, "VISIT", False),
    ("象山影视城三期配套", "象山影视城开发有限公司", "旅游开发", 2500, "NDRC_LIST", True),
    ("西周镇污水处理厂提标", "象山西周水务有限公司", "公用设施", 630, "NDRC_LIST", False),
)
# what became of each prospect, in order (drawn once, deterministic): 线索, 跟进, 放弃 (reason), 已申请
STATES = ("FOLLOW", "FOLLOW", "LEAD", "APPLIED", "FOLLOW", "APPLIED", "LEAD", "FOLLOW", "LEAD", "DROPPED",
          "FOLLOW", "LEAD", "APPLIED", "LEAD", "DROPPED", "FOLLOW", "FOLLOW", "LEAD", "APPLIED", "LEAD", "FOLLOW",
          "LEAD")
DROP_REASONS = ("投资方资金未落实,项目暂缓", "项目选址调整至宁波市区")
VISITS = (  # (party, days before as-of, township or None, people met, topics, findings, actions)
    ("NDRC", 95, "丹东街道", "发改局 投资科 陈科长", "今明两年重点项目及远期项目清单",
     "今年重点项目 12 个,明年 8 个;大目湾新城、影视城三期用电需求较大。",
     (("将发改重点项目清单录入意向项目并测算负荷", 14, True), ("向发展建设部报送大目湾新城用电需求", 30, True))),
    ("INVESTMENT", 80, "丹东街道", "招商局 项目科 林科长", "有明确投资意向的招商项目",
     "石浦渔港冷链、新桥电器产业园已签约,预计明年上半年申请用电。",
     (("走访石浦渔港冷链项目业主,了解用电时间", 10, True), ("跟进新桥电器产业园供电方案预沟通", 20, False))),
    ("TOWNSHIP", 70, "石浦镇", "石浦镇经济发展办 王主任", "镇域内新建、扩建企业及用电需求",
     "渔港片区冷库集中扩建,10kV 石东线负荷已接近限额。", (("核实石东线剩余容量并反馈发展建设部", 7, False),)),
    ("TOWNSHIP", 60, "定塘镇", "定塘镇企业服务中心 李主任", "针织产业园二期用电规划",
     "二期共 18 家企业,计划分批入驻。", (("收集针织园二期入驻企业名单", 15, True),)),
    ("PROSPECT", 55, "贤庠镇", "东海船舶修造 设备部 张经理", "基地扩建的用电容量与时间",
     "拟新增 2000 kVA,明年三季度投产,需双电源。", ()),
    ("TOWNSHIP", 45, "西周镇", "西周镇经发办 周主任", "模具城标准厂房及污水处理厂提标项目",
     "模具城一期厂房年底完工。", (("为模具城企业提供用电报装指引", 10, False), ("与西周供电所共同踏勘模具城配电位置", 20, False))),
    ("CUSTOMER", 40, "爵溪街道", "海天食品 总经理 刘总", "在途工单进度、竣工检验准备",
     "客户配电房土建已完工,设备下周进场。", ()),
    ("PARK", 35, "新桥镇", "新桥电器产业园管委会 徐主任", "园区公用变及专线供电方案",
     "园区希望统一规划开闭所。", (("向发展建设部提出园区开闭所建设建议", 30, False),)),
    ("INVESTMENT", 28, "丹东街道", "招商局 项目科 林科长", "第四季度新签约项目",
     "新增丹东城东商务楼、大徐农产品冷库两个项目。", (("将新签约项目录入意向项目", 5, False),)),
    ("TOWNSHIP", 21, "鹤浦镇", "鹤浦镇政府 海岛办 黄主任", "海岛旅游度假区及海底电缆容量",
     "度假区一期 500 kVA,海缆容量满足。", ()),
    ("NDRC", 14, "丹东街道", "发改局 投资科 陈科长", "明年重点项目计划(征求意见稿)",
     "明年新增重点项目 3 个,含茅洋储能站。", (("评估茅洋储能站接入系统方案", 20, False),)),
    ("PROSPECT", 9, "高塘岛乡", "金海水产 厂长 吴厂长", "冷冻厂新建用电",
     "预计明年 6 月申请,400 kVA。", (("向客户送达业扩报装告知书及资料清单", 5, False),)),
    ("CUSTOMER", 5, "石浦镇", "万隆市场管理 孙经理", "已送电客户用电情况回访及改造计划",
     "市场改造后拟增容至 800 kVA。", ()),
    ("TOWNSHIP", 3, "涂茨镇", "涂茨镇经发办 郑主任", "食品加工园招商进展", "", ()),
)
PROSPECT_VISIT = {0: (0, 2), 1: (1, 6), 2: (2,), 4: (4,), 6: (5, 21), 3: (3,), 7: (7,), 8: (), 10: (20, 10),
                  11: (8,), 12: (19, 13), 13: (), 9: (16,)}


def _short(township: str) -> str:
    for suffix in ("街道", "镇", "乡"):
        if township.endswith(suffix):
            return township[: -len(suffix)]
    return township


def feeders_of(township: str) -> tuple[str, list[str]]:
    """A township's substation and 10 kV feeders (demo names in the bureau's usual style)."""
    short = _short(township)
    head = short[:1] if len(short) <= 2 else short[:2]
    return f"{short}变", [f"{head}{x}线" for x in ("东", "西", "南", "北")]


class _Clock:
    """The recording time of the store's entries while the demo builds: the day of each entry, at a
    working hour (the services take the computer's clock; a demo's history is recorded as it happens)."""

    def __init__(self, store) -> None:
        self.store = store
        self.ms = 0
        self.n = 0

    def day(self, d: dt.date) -> None:
        self.n += 1  # minutes apart, in the order entered
        t = dt.datetime.combine(d, dt.time(1, 0), tzinfo=dt.UTC) + dt.timedelta(minutes=(self.n * 7) % 480)
        self.ms = int(t.timestamp() * 1000)


@contextmanager
def _recording(store, as_of: dt.date):
    clock = _Clock(store)
    clock.day(as_of)
    before = getattr(store, "training_day", None)
    store.training_day = as_of  # the rules' "today" is the demo's as-of day
    store.hlc.wall_ms = lambda: clock.ms  # only the recording time; version stamps stay the real clock
    try:
        yield clock
    finally:
        del store.hlc.wall_ms
        store.training_day = before


def build_around(store, as_of: dt.date, seed: int, managers: list[str], user: str, converted: int = 4,
                 practice: bool = False) -> dict:
    """Make the work around the cases already in the database (see the module's docstring);
    ``converted`` prospects become cases (已申请), the others of that state stay 跟进."""
    rng = random.Random(seed * 104729 + 18)  # a generator of its own: the cases of a seed stay as they were
    out: dict = {}
    with _recording(store, as_of) as clock, store.session() as s:
        b = _Builder(s, store, rng, clock, as_of, managers, user)
        b.converted = converted
        # in the practice database every case due on the as-of day is the user's (app.demo): what
        # moves a clock here (a closed inspection, a new case) is done on the user's cases only
        b.practice = practice
        seconds = {}
        for names, step in ((("surveys",), b.surveys), (("inspections",), b.inspections),
                            (("prospects", "visits"), b.before), (("outage_needs", "windows"), b.outages),
                            (("metering_configs", "stock_lines"), b.metering), (("followups",), b.followups),
                            (("causes",), b.evaluations), (("analysis_meeting",), b.analysis),
                            (("points_posted",), b.points)):
            t0 = time.perf_counter()
            got = step()
            out.update(zip(names, got if len(names) > 1 else (got,), strict=True))
            seconds[names[0]] = round(time.perf_counter() - t0, 2)
        out["seconds"] = seconds  # what each part took (the benchmark's breakdown)
    return out


class _Builder:
    def __init__(self, s: Session, store, rng, clock, as_of, managers, user) -> None:
        self.s, self.store, self.rng, self.clock, self.as_of = s, store, rng, clock, as_of
        self.cal = store.calendar
        self.managers, self.user = managers, user
        self.others = [m for m in managers if m != user]
        self.towns = townships.names(store.config(s))
        self.feeder: dict[str, tuple[str, str]] = {}  # case id -> (substation, feeder) of its survey
        self.late_nos: list[str] = []  # last month's cases that missed a limit: the analysis meeting's
        self.converted, self.practice = 4, False
        # the month of the analysis meeting and of the evaluations: the last one, unless this month
        # is too young for its meeting (held on its 3rd working day): then the one before
        self.back = 1 if self.cal.add_workdays(as_of.replace(day=1), 3) <= as_of else 2

    # --- helpers ---------------------------------------------------------------------------------
    def _rounds(self, ids: list[str]) -> dict[str, list[StageRound]]:
        out: dict[str, list[StageRound]] = {}
        for i in range(0, len(ids), 900):
            for r in self.s.scalars(select(StageRound).where(StageRound.case_id.in_(ids[i:i + 900]),
                                                             StageRound.deleted.is_(False))
                                    .order_by(StageRound.case_id, StageRound.seq)):
                out.setdefault(r.case_id, []).append(r)
        return out

    def _cases(self, ids) -> list[Case]:
        out: list[Case] = []
        ids = list(ids)
        for i in range(0, len(ids), 900):
            out.extend(self.s.scalars(select(Case).where(Case.id.in_(ids[i:i + 900]))))
        return out

    def _on(self, d: dt.date) -> dt.date:
        self.clock.day(d)
        return d

    def _ct(self, kva: float, kv: float) -> str:
        amps = kva / (math.sqrt(3) * kv)
        fit = [p for p in CT_PRIMARIES if amps <= 0.9 * p]
        primary = fit[0] if fit else CT_PRIMARIES[-1]
        if self.rng.random() < 0.06 and len(fit) > 2:
            primary = fit[2]  # a CT chosen too large now and then: the check warns of its low load
        return f"{primary}/5"

    # --- surveys ---------------------------------------------------------------------------------
    def surveys(self) -> int:
        s = self.s
        past_survey = [st for st in STAGES if STAGE_INDEX[st] > STAGE_INDEX["SURVEY"]]
        # columns first, objects only for the cases chosen: a 100,000-case demo chooses as few
        rows = s.execute(select(Case.id, Case.current_stage, Case.applied_on, Case.case_no).where(
            Case.deleted.is_(False), Case.status == "open", Case.current_stage.in_(past_survey))).all()
        rows.sort(key=lambda r: (-STAGE_INDEX[r[1]], r[2], r[3]))
        # an even share of every stage (the most advanced first): a large demo has more cases in
        # ENERGIZE alone than the cap, and the inspections and outages want the earlier stages too
        by_stage: dict[str, list] = {}
        for r in rows:
            by_stage.setdefault(r[1], []).append(r)
        rows = [r for k in range(len(rows)) for group in by_stage.values() if k < len(group) for r in (group[k],)]
        since = self.as_of - dt.timedelta(days=SURVEY_DAYS)
        power = energized_between(s, since, self.as_of)
        latest = sorted(power, key=lambda cid: (power[cid], cid), reverse=True)[:FINISHED_SURVEYS]
        cases = sorted(self._cases([r[0] for r in rows[:OPEN_SURVEYS]] + latest), key=lambda c: c.case_no)
        rounds = self._rounds([c.id for c in cases])
        n = 0
        for c in cases:
            sv = [r for r in rounds.get(c.id, []) if r.stage == "SURVEY" and r.finished_on is not None]
            if not sv:
                continue
            on = sv[-1].finished_on
            sub, feeders = feeders_of(c.township or self.towns[0])
            feeder = feeders[self.rng.randrange(len(feeders))]
            hv = c.capacity_kva >= 400
            kv = 10.0 if hv else 0.4
            tx = self._transformers(c.capacity_kva)
            people = [{"name": c.manager, "dept": "客户经理"}] + [
                {"name": name, "dept": dept} for name, dept in self.rng.sample(SURVEY_PEOPLE, 2)]
            data = {"surveyed_on": on.isoformat(), "participants": people,
                    "findings": f"拟由 {sub} 10kV {feeder} {self.rng.randint(3, 60)}# 杆 T 接,"
                                f"{'高供高计' if hv else '高供低计'};客户配电房位置已确认。",
                    "substation": sub, "feeder": feeder, "pole": f"{self.rng.randint(3, 60)}#",
                    "supply_kv": c.supply_kv, "dual_source": bool(c.dual_source),
                    "metering": "HV" if hv else "LV", "ct_ratio": self._ct(c.capacity_kva, kv),
                    "vt_ratio": "10000/100" if hv else "", "transformers": tx}
            self._on(on)
            field.set_survey(s, c, data)
            self.feeder[c.id] = (sub, feeder)
            n += 1
        return n

    def _transformers(self, kva: float) -> list[dict]:
        kind = "dry" if self.rng.random() < 0.3 else "oil"
        if kva >= 1600 and int(kva) % 2 == 0 and (kva / 2) in (800, 1000, 1250, 1600):
            return [{"count": 2, "type": kind, "kva": kva / 2}]
        return [{"count": 1, "type": kind, "kva": kva}]

    # --- inspections -----------------------------------------------------------------------------
    def inspections(self) -> int:
        s, rng, cal = self.s, self.rng, self.cal
        kinds = {"MID_INSPECTION": "mid", "COMPLETION_INSPECTION": "completion"}
        cases = sorted((c for c in self._cases(self.feeder) if c.status == "open" and c.current_stage in kinds),
                       key=lambda c: c.case_no)
        rounds = self._rounds([c.id for c in cases])
        n = 0
        for c in cases:
            if n >= INSPECTIONS:
                break
            r = rounds.get(c.id, [])[-1:] or [None]
            r = r[0]
            if (r is None or r.stage not in kinds or r.finished_on is not None or r.round != 1
                    or any(p.ended_on is None and not p.deleted for p in r.pauses) or c.id not in self.feeder):
                continue
            kind = kinds[r.stage]
            ch = field.start_inspection(s, c, kind, self._on(r.started_on),
                                        ",".join(rng.sample(INSPECTORS, 2)))
            iid = ch.created_id
            items = field.inspection_items(s, iid)["items"]
            fail = rng.random() < 0.3
            bad = rng.choice([i["code"] for i in items if i["kind"] != "measure"]) if fail else None
            # an inspection begun today is still being recorded; older ones are closed
            wd = cal.workdays_between(r.started_on, self.as_of)
            close = wd >= 2 and rng.random() < 0.75 and (c.manager == self.user or not self.practice)
            for k, it in enumerate(items):
                if not close and k >= len(items) // 2:
                    break  # half recorded: the rest is for the user to do
                if it["kind"] == "measure":
                    lim = it["limit"] or {}
                    v = lim["max"] * rng.uniform(0.4, 0.9) if "max" in lim else lim.get("min", 0) * rng.uniform(1.1, 1.6)
                    field.set_result(s, iid, it["code"], None, round(v, 2))
                elif it["code"] == bad:
                    field.set_result(s, iid, it["code"], "fail", note=rng.choice(FAULTS))
                else:
                    field.set_result(s, iid, it["code"], "pass")
            n += 1
            if not close:
                continue
            on = min(self.as_of, cal.add_workdays(r.started_on, rng.randint(1, min(wd, 3))))
            outcome = field.close_inspection(s, iid, self._on(on)).outcome
            power = cal.add_workdays(on, 1)
            if outcome == "pass" and kind == "completion" and power <= self.as_of:
                # accepted: the meters set aside and the power put on the next working day
                metering.reserve(s, c, on=self._on(on))
                case_svc.finish_stage(s, c, "ENERGIZE", self._on(power))
            if fail:
                documents.issue_notice(s, iid)
                if on < self.as_of:
                    documents.deliver_notice(s, iid, (c.contact or "客户").split(" ")[0],
                                             self._on(min(self.as_of, on + dt.timedelta(days=1))))
        return n

    # --- before the application ------------------------------------------------------------------
    def before(self) -> tuple[int, int]:
        s, rng, as_of = self.s, self.rng, self.as_of
        ids = []
        year = as_of.year
        for k, (name, customer, industry, kva, source, key) in enumerate(PROSPECTS):
            town = next((t for t in self.towns if name.startswith(_short(t))), None) or rng.choice(self.towns)
            sub, feeders = feeders_of(town)
            # the 石浦 cold-chain prospects share a feeder: together more than its spare capacity (卡脖子)
            feeder = feeders[0] if town == "石浦镇" else rng.choice(feeders)
            prob = rng.choice((30, 40, 50, 60, 70, 80, 90))
            # late in the year nothing more is energised this year: the plans are for the next years
            energise = (year + (1 if as_of.month >= 10 else 0) + (1 if k % 3 else 0) + (1 if k % 5 == 4 else 0)
                        + (1 if key and k % 4 == 0 else 0))
            months = rng.randint(1, 10)
            expected = dt.date(energise - 1 if months > 6 else energise, (months % 12) + 1, 15)
            ch = pr.add_prospect(s, name=name, township=town, kva=kva, year=energise, probability=prob,
                                 dual_source=kva >= 2000, feeder=feeder, substation=sub, place=f"{town}",
                                 industry=industry, customer=customer, expected_apply_on=max(expected, as_of),
                                 source=source, key_project=key, green_channel=key and kva >= 2000,
                                 manager=self.user if k % 3 == 0 else self.others[k % len(self.others)],
                                 note="演示数据")
            ids.append(ch.created_id)
        demand.set_capacity(s, "石东线", 1200, on=self._on(as_of - dt.timedelta(days=69)), substation="石浦变")
        # the visits, oldest first, with their actions and the prospects they were about
        nv = 0
        for k, (party, ago, town, met, topics, findings, actions) in enumerate(VISITS):
            on = self.cal.next_workday_on_or_after(as_of - dt.timedelta(days=ago))
            if on > as_of:
                on = as_of
            self._on(on)
            ch = vs.add_visit(s, on, party, town, topics, findings, met=met,
                              participants=f"{self.user}、{self.others[k % len(self.others)]}",
                              no_action=not actions and party in vs.GOVERNMENT and k % 2 == 1)
            vid = ch.created_id
            nv += 1
            for p in PROSPECT_VISIT.get(k, ()):
                vs.link(s, pr.get_prospect(s, ids[p]), vs.get_visit(s, vid))
            for j, (text, days, done) in enumerate(actions):
                owner = self.user if (k + j) % 2 == 0 else self.others[(k + j) % len(self.others)]
                due = self.cal.next_workday_on_or_after(on + dt.timedelta(days=days))
                a = vs.add_action(s, vid, text, owner, due).created_id
                finish = min(as_of, self.cal.add_workdays(on, max(1, days // 2 + j)))
                if done and finish <= as_of:
                    vs.finish_action(s, a, self._on(finish), note="已完成")
        # what became of the prospects
        applied = 0
        for k, pid in enumerate(ids):
            state = STATES[k]
            if state == "APPLIED" and applied >= self.converted:
                state = "FOLLOW"
            if state == "FOLLOW":
                pr.set_status(s, pid, "FOLLOW")
            elif state == "DROPPED":
                pr.set_status(s, pid, "DROPPED", DROP_REASONS[k % len(DROP_REASONS)])
            elif state == "APPLIED":
                on = self._back(as_of, 1 + 2 * applied)  # applied in the last days: accepted at once
                self._on(on)
                account = f"33{rng.randrange(10**8):08d}"
                manager = self.user if applied % 2 == 0 or self.practice else self.others[applied % len(self.others)]
                try:
                    pr.convert(s, pid, account, on, manager, contact=f"{rng.choice('王李张陈刘')}经理 13{rng.randrange(10**9):09d}")
                except Refused:  # a customer of that name already has a case: it is another customer
                    pr.convert(s, pid, account, on, manager, new_customer=True,
                               contact=f"{rng.choice('王李张陈刘')}经理 13{rng.randrange(10**9):09d}")
                accepted = self.cal.add_workdays(on, 1)
                if accepted < as_of:
                    case_svc.finish_stage(s, pr.get_prospect(s, pid).case_id, "ACCEPT", self._on(accepted))
                applied += 1
        return len(ids), nv

    def _back(self, d: dt.date, n: int) -> dt.date:
        """The working day ``n`` working days before ``d``."""
        while n > 0:
            d -= dt.timedelta(days=1)
            n -= self.cal.is_workday(d)
        return d

    # --- outages ---------------------------------------------------------------------------------
    def outages(self) -> tuple[int, int]:
        s, rng, cal, as_of = self.s, self.rng, self.cal, self.as_of
        late = ("MID_INSPECTION", "COMPLETION_INSPECTION", "ENERGIZE", "DESIGN_REVIEW")
        cases = [c for c in self._cases(self.feeder) if c.status == "open" and c.current_stage in late]
        cases.sort(key=lambda c: (-STAGE_INDEX[c.current_stage], c.case_no))
        cases = cases[:OUTAGE_NEEDS]
        # when the works will be ready: by the stage reached (working days; the metering plan's
        # forecast reads every open case's clock, more than a demo of 100,000 cases wants to wait for)
        ahead = {"ENERGIZE": (1, 3), "COMPLETION_INSPECTION": (4, 10), "MID_INSPECTION": (15, 30),
                 "DESIGN_REVIEW": (30, 45)}
        first_next = (as_of.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        # several needs on few feeders, so that one outage can serve several works (一停多用)
        shared = sorted({self.feeder[c.id][1] for c in cases})[:4]
        n = 0
        last_next = (first_next + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        for k, c in enumerate(cases):
            sub, feeder = self.feeder[c.id]
            ready = cal.add_workdays(as_of, rng.randint(*ahead[c.current_stage]))
            wanted = cal.add_workdays(ready, rng.randint(3, 12))
            if shared and k % 2 == 0:
                # works on a few feeders, ready early next month and wanted by its end: the balancing
                # serves them with one outage on the feeder's maintenance day; the odd one is ready too late
                feeder = shared[(k // 2) % len(shared)]
                late = k % 10 == 4
                ready = first_next + dt.timedelta(days=rng.randint(18, 20) if late else rng.randint(0, 5))
                wanted = (first_next + dt.timedelta(days=21)) if late else last_next
            outage.add_need(s, c, feeder, rng.choice((2, 3, 4, 6)), ready, wanted,
                            customers=rng.randint(1, 40), important=1 if rng.random() < 0.15 else 0,
                            substation=sub, section="", work=rng.choice(("T_JOIN", "T_JOIN", "BAY", "CABLE")),
                            live_line=rng.random() < 0.2,
                            filed_on=self._on(max(c.applied_on, as_of - dt.timedelta(days=rng.randint(0, 20)))))
            n += 1
        # 运检's maintenance windows: this month's rest and next month, on the feeders with needs
        feeders = shared + sorted({self.feeder[c.id][1] for c in cases} - set(shared))
        windows = 0
        for k, feeder in enumerate(feeders[:8]):
            for start in (as_of + dt.timedelta(days=9), first_next + dt.timedelta(days=8 + 2 * k)):
                day = cal.next_workday_on_or_after(start)
                outage.add_window(s, feeder, day, rng.choice((4, 6, 8)), note="线路计划检修")
                windows += 1
        if n:
            outage.balance(s, f"{first_next:%Y-%m}", as_of)
        return n, windows

    # --- metering --------------------------------------------------------------------------------
    def metering(self) -> tuple[int, int]:
        s, rng, as_of = self.s, self.rng, self.as_of
        near = [c for c in sorted(self._cases(self.feeder), key=lambda c: c.case_no) if c.status == "open"]
        energize = [c for c in near if c.current_stage in ("ENERGIZE", "COMPLETION_INSPECTION")]
        n = 0
        for k, c in enumerate(energize[:20]):
            if k % 4 == 1:  # set by hand after the survey: S-class CT for a low load, with the reason
                metering.set_config(s, c, method="HV" if c.capacity_kva >= 400 else "LV",
                                    ct=self._ct(c.capacity_kva, 10.0 if c.capacity_kva >= 400 else 0.4),
                                    pt="10000/100" if c.capacity_kva >= 400 else None, s_class=True,
                                    reason="客户近期负荷较低,改用 S 级电流互感器", on=self._on(as_of))
                n += 1
            if c.current_stage == "ENERGIZE" and k % 3 == 0:
                metering.reserve(s, c, on=self._on(as_of))  # the rest warns on Today: not reserved
                n += 1
        # the stock count: next month's needs, some types short
        first_next = (as_of.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        month = f"{first_next:%Y-%m}"
        # the equipment the surveyed open cases will need: what the metering staff keep in stock
        rules_ = metering.rules(s, as_of)
        needs: dict[str, list] = {}
        for c in near:
            cfg = metering.config_of(s, c, rules_)
            for e in (cfg or {}).get("equipment", []):
                ln = needs.setdefault(e["type_code"], [e["name"], 0])
                ln[1] += e["count"]
        lines = [{"type_code": code, "name": v[0], "need": max(1, v[1] // 3)} for code, v in sorted(needs.items())]
        rows = []
        for k, ln in enumerate(lines):
            need = ln["need"]
            short = k % 3 == 0
            qualified = max(0, need - rng.randint(1, 3)) if short else need + rng.randint(2, 12)
            rows.append({"type_code": ln["type_code"], "name": ln["name"], "qualified": qualified + 2,
                         "awaiting_test": rng.randint(0, 2), "issued": rng.randint(0, 2) if not short else 2,
                         "safety": 2, "on_order": 0 if short else rng.randint(0, 4),
                         "counted_on": as_of - dt.timedelta(days=rng.randint(1, 6))})
        if rows:
            self._on(as_of)
            metering.record_stock(s, rows)
            metering.generate_plan(s, month, as_of)
        return n, len(rows)

    # --- after energisation ----------------------------------------------------------------------
    def _months_back(self, k: int) -> tuple[dt.date, dt.date]:
        first = self.as_of.replace(day=1)
        for _ in range(k):
            first = (first - dt.timedelta(days=1)).replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return first, min(last, self.as_of)

    def followups(self) -> int:
        s, rng, cal, as_of = self.s, self.rng, self.cal, self.as_of
        n, left = 0, 0
        questions = ("CONVENIENCE", "TIMELINESS", "FEES", "ATTITUDE", "GUIDANCE", "OVERALL")
        for back in range(FOLLOWUP_MONTHS - 1, -1, -1):
            start, end = self._months_back(back)
            power = energized_between(s, start, end)
            ids = sorted(power, key=lambda cid: (power[cid], cid))[-FOLLOWUPS_PER_MONTH:]
            cases = {c.id: c for c in s.scalars(select(Case).where(Case.id.in_(ids)))} if ids else {}
            for cid in ids:
                c, on_power = cases[cid], power[cid]
                planned = cal.add_workdays(on_power, 5)
                if planned > as_of:
                    continue  # not due yet
                # most are done by the planned day or a little after; some wait (due on Today), two
                # of them the user's
                skip = rng.random() < (0.35 if back == 0 else 0.12)
                if c.manager == self.user and back <= 1 and left < 2:
                    skip, left = True, left + 1
                if skip:
                    continue
                done = min(as_of, cal.add_workdays(planned, rng.randint(0, 4)))
                answers = {q: rng.choices((5, 4, 3, 2), (60, 30, 8, 2))[0] for q in questions
                           if rng.random() > 0.07}  # a question left unanswered stays missing
                own = c.manager == self.user or rng.random() < 0.15
                by = c.manager if own else self.user
                applied = energized = None
                if n % 9 == 4:  # the customer says it applied earlier than recorded (时间偏差)
                    applied = c.applied_on - dt.timedelta(days=rng.randint(2, 6))
                elif n % 23 == 11:
                    energized = on_power + dt.timedelta(days=rng.randint(1, 3))
                    energized = min(energized, done)
                ch = followups.add_followup(s, c, self._on(done), by, rng.choice(("phone", "phone", "visit", "wechat")),
                                            answers=answers, customer_applied=applied, customer_energized=energized,
                                            text=rng.choice(FOLLOWUP_TEXTS))
                n += 1
                if answers and min(answers.values()) <= 3:
                    owner = c.manager
                    due = cal.add_workdays(done, rng.randint(3, 10))
                    a = followups.add_action(s, "followup", ch.created_id, "就客户意见回访整改情况", owner, due)
                    if due < as_of and rng.random() < 0.6:
                        followups.finish_action(s, a.created_id, self._on(due), note="已电话回复客户")
        return n

    def evaluations(self) -> int:
        s, rng = self.s, self.rng
        start, end = self._months_back(self.back)
        power = energized_between(s, start, end)
        cases = list(s.scalars(select(Case).where(Case.id.in_(list(power))).order_by(Case.case_no))) if power else []
        causes = ("CUSTOMER", "CUSTOMER", "DESIGN_REWORK", "INTERNAL", "GRID", "OUTAGE", "METERING", "POLICY")
        notes = {"CUSTOMER": "客户资料补充不及时", "DESIGN_REWORK": "设计图纸两次返工", "INTERNAL": "内部流转等待签批",
                 "GRID": "10kV 线路需先改造", "OUTAGE": "等待月度停电计划", "METERING": "计量器具到货延迟",
                 "POLICY": "政策处理(青苗赔偿)耗时"}
        n = 0
        for c in cases:
            if n >= EVALUATIONS:
                break
            ev = evaluation.evaluate(s, c.case_no)
            late = list(dict.fromkeys(x["code"] for x in ev["late"]))
            if late:
                self.late_nos.append(c.case_no)
            for k, stage in enumerate(late):
                if rng.random() < 0.2 and k == len(late) - 1:
                    continue  # a cause still to give: the evaluation stays open
                code = rng.choice(causes)
                evaluation.set_cause(s, c.case_no, stage, code, notes.get(code, ""))
                n += 1
        return n

    def points(self) -> int:
        """The months before this one posted, as the supervisor posts each month (posting is an
        explicit step since issue 21's authority work): this month's finished cases stay unposted,
        so the 积分 page shows both."""
        last_month_end = self.as_of.replace(day=1) - dt.timedelta(days=1)
        return points_svc.post_finished(self.s, as_of=last_month_end)["posted"]

    def analysis(self) -> str | None:
        s, cal, as_of = self.s, self.cal, self.as_of
        start, _end = self._months_back(self.back)
        month = f"{start:%Y-%m}"
        held = cal.add_workdays(self._months_back(self.back - 1)[0], 3)
        self._on(held)
        analysis.hold(s, month, held, "客户服务中心主任", [self.user] + self.others[:5], "局三楼业扩会审室",
                      "按月度分析会制度逐项分析超时限工单")
        # a conclusion checks its case against the month's whole agenda (every case finished in it):
        # a few in a county-sized demo, none in a 100,000-case one
        if len(energized_between(s, *self._months_back(self.back))) <= CONCLUSIONS_UP_TO:
            for no in self.late_nos[:CONCLUSIONS]:
                analysis.conclude(s, month, no, "超时原因已查明,责任人已落实,下月跟踪整改效果")
        analysis.add_measure(s, month, "竣工检验前一次性告知客户全部整改要求", self.user,
                             cal.add_workdays(held, 2))  # past due on Today
        m = analysis.add_measure(s, month, "设计审查意见当日录入系统", self.others[0], cal.add_workdays(held, 1))
        if cal.add_workdays(held, 1) <= as_of:
            followups.finish_action(s, m.created_id, cal.add_workdays(held, 1), note="已执行")
        return month

"""The ``zaosong`` command line: every core operation, with ``--json`` output for scripts.

Exit codes: 0 success, 2 usage error, 1 a refused operation (the reason on stderr).
Heavy modules are imported inside the commands so that ``zaosong --version`` stays instant.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from app import __version__


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期无效 / invalid date: {text!r} (YYYY-MM-DD)") from None


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def build_parser() -> argparse.ArgumentParser:
    from app.domain import PAUSE_REASONS, STAGE_NAMES

    p = argparse.ArgumentParser(prog="zaosong", description="早送 Zaosong — 业扩报装时限工作台 (命令行)")
    p.add_argument("--version", action="version", version=f"zaosong {__version__}")
    p.add_argument("--db", type=Path, help="数据库文件 (默认: 用户数据目录下的 zaosong.db)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", help="创建数据库 (设备身份、节假日日历)")
    init.add_argument("--user", help="使用者 (客户经理) 姓名")
    init.add_argument("--device-name", help="本机名称")
    init.add_argument("--json", action="store_true")

    demo = sub.add_parser("demo", help="生成演示数据 (只用于空数据库)")
    demo.add_argument("--cases", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--as-of", type=_date, help="演示数据截止日期 (默认今天)")
    demo.add_argument("--json", action="store_true")

    chk = sub.add_parser("check", help="完整性检查 (integrity_check、外键、审计链)")
    chk.add_argument("--json", action="store_true")

    bk = sub.add_parser("backup", help="用 SQLite 备份接口备份数据库")
    bk.add_argument("--out", type=Path, help="备份文件 (默认: 数据库旁的 backups/ 文件夹)")
    rs = sub.add_parser("restore", help="从备份恢复 (先检查备份,当前文件另存一份;损坏的文件改名保存)")
    rs.add_argument("file", type=Path, metavar="FILE", nargs="?", help="备份文件 (已检查: integrity_check、架构版本)")
    rs.add_argument("--latest", action="store_true", help="用 backups/ 里最新的完好备份")
    rs.add_argument("--set-aside", action="store_true",
                    help="没有完好备份时:把损坏的文件改名保存到 backups/,以便建立新数据库")
    rs.add_argument("--json", action="store_true")

    case = sub.add_parser("case", help="工单").add_subparsers(dest="case_cmd", required=True, metavar="ACTION")
    new = case.add_parser("new", help="新建工单,输出工单号",
                          description="新建工单。临时转正式: --type TEMP_TO_FORMAL --from 临时用电工单号,"
                                      "未给出的户名、户号、联系人、地址、乡镇、供电电压取自临时用电工单,"
                                      "并带入其建议与查勘记录。")
    new.add_argument("--customer", help="户名 (必填,除非 --from)")
    new.add_argument("--account", help="户号 (10 位数字; 必填,除非 --from)")
    new.add_argument("--kva", required=True, help="申请容量 kVA")
    new.add_argument("--kv", help="供电电压 kV (10/20/35/110; 默认 10)")
    new.add_argument("--type", default="NEW", choices=["NEW", "INCREASE", "TEMPORARY", "TEMP_TO_FORMAL"])
    new.add_argument("--from", dest="from_case", metavar="TEMP_CASE", help="临时转正式: 原临时用电工单号")
    new.add_argument("--dual-source", action="store_true", help="双电源")
    new.add_argument("--typical-design", action="store_true", help="典型设计")
    new.add_argument("--green-channel", action="store_true", help="绿色通道")
    new.add_argument("--key-project", action="store_true", help="重点项目")
    new.add_argument("--manager", help="客户经理 (默认: 本机使用者)")
    new.add_argument("--township", help="乡镇/街道")
    new.add_argument("--contact", help="联系人及电话")
    new.add_argument("--address", help="地址")
    new.add_argument("--applied", type=_date, help="申请日期 (默认今天)")
    new.add_argument("--json", action="store_true")

    adv = case.add_parser("advice", help="临时用电: 记录对正式用电的前期建议 (转正式时带入)")
    adv.add_argument("case")
    adv.add_argument("--room", required=True, help="预留配电房位置")
    adv.add_argument("--transformer", required=True, help="应准备的变压器")
    adv.add_argument("--switchgear", required=True, help="应准备的开关柜")
    adv.add_argument("--note", default="", help="其他建议")
    adv.add_argument("--on", type=_date, help="日期 (默认今天)")

    edit = case.add_parser("edit", help="修改工单信息")
    edit.add_argument("case")
    edit.add_argument("--customer")
    edit.add_argument("--kva")
    edit.add_argument("--kv")
    edit.add_argument("--manager")
    edit.add_argument("--township")
    edit.add_argument("--contact")
    edit.add_argument("--address")
    edit.add_argument("--json", action="store_true")

    dele = case.add_parser("delete", help="撤销误录的工单 (保留墓碑记录,可审计)")
    dele.add_argument("case")
    dele.add_argument("--reason", required=True, help="撤销原因")

    from app.cli_corrections import add_parsers as add_correction_parsers

    add_correction_parsers(case)  # correct, undo, withdraw, withdrawn, history, corrections

    show = case.add_parser("show", help="工单详情与时限")
    show.add_argument("case")
    show.add_argument("--as-of", type=_date)
    show.add_argument("--json", action="store_true")

    lst = case.add_parser("list", help="工单列表")
    lst.add_argument("--manager")
    lst.add_argument("--open", action="store_true", help="只列在途工单")
    lst.add_argument("--finished", action="store_true", help="只列已送电工单")
    lst.add_argument("--search", help="工单号、户号、户名或拼音 (全拼/首字母)")
    lst.add_argument("--stage", choices=list(STAGE_NAMES))
    lst.add_argument("--township")
    lst.add_argument("--status", choices=["normal", "warning", "overdue"], help="当前环节时限状态")
    lst.add_argument("--limit", type=int)
    lst.add_argument("--as-of", type=_date)
    lst.add_argument("--json", action="store_true")

    stage = sub.add_parser("stage", help="环节").add_subparsers(dest="stage_cmd", required=True, metavar="ACTION")
    st = stage.add_parser("start", help="开始环节")
    st.add_argument("case")
    st.add_argument("stage", choices=list(STAGE_NAMES), metavar="STAGE")
    st.add_argument("--on", type=_date, required=True)
    fi = stage.add_parser("finish", help="完成环节")
    fi.add_argument("case")
    fi.add_argument("stage", choices=list(STAGE_NAMES), metavar="STAGE")
    fi.add_argument("--on", type=_date, required=True)
    fi.add_argument("--outcome", default="pass", choices=["pass", "rectify"])
    reasons = "; ".join(f"{k} {v[0]}" for k, v in PAUSE_REASONS.items())
    pa = stage.add_parser(
        "pause",
        help="暂停当前环节 (仅限客户原因)",
        description=f"暂停当前环节,原因只能是客户原因: {reasons}",
        epilog=f"REASON codes: {reasons}",
    )
    pa.add_argument("case")
    pa.add_argument("--on", type=_date, required=True)
    pa.add_argument("--reason", required=True, metavar="CODE", help=f"原因代码: {reasons}")
    pa.add_argument("--note", default="")
    re_ = stage.add_parser("resume", help="恢复暂停的环节")
    re_.add_argument("case")
    re_.add_argument("--on", type=_date, required=True)

    wr = sub.add_parser("warnings", help="预警与超期")
    wr.add_argument("--as-of", type=_date)
    wr.add_argument("--manager")
    wr.add_argument("--within", type=int, help="也列出剩余不超过 N 个工作日的环节")
    wr.add_argument("--json", action="store_true")

    sv = sub.add_parser("survey", help="联合查勘").add_subparsers(dest="survey_cmd", required=True, metavar="ACTION")
    sset = sv.add_parser("set", help="记录查勘结果 (JSON 文件,见 README)")
    sset.add_argument("case")
    sset.add_argument("--json", dest="json_file", type=Path, required=True, metavar="FILE")
    sshow = sv.add_parser("show", help="查看查勘记录")
    sshow.add_argument("case")
    sshow.add_argument("--json", action="store_true")

    at = sub.add_parser("attach", help="照片与扫描件").add_subparsers(dest="attach_cmd", required=True, metavar="ACTION")
    aadd = at.add_parser("add", help="添加附件 (JPEG/PNG/PDF)")
    aadd.add_argument("case")
    aadd.add_argument("file", type=Path)
    aadd.add_argument("--survey", action="store_true", help="附到查勘记录")
    aadd.add_argument("--inspection", help="附到检查记录的某一项 (与 --item 同用)")
    aadd.add_argument("--item", help="检查项代码")
    alist = at.add_parser("list", help="列出附件")
    alist.add_argument("case")
    alist.add_argument("--json", action="store_true")

    ins = sub.add_parser("inspect", help="中间检查 / 竣工检验").add_subparsers(dest="inspect_cmd", required=True, metavar="ACTION")
    inew = ins.add_parser("new", help="开始一轮检查 (即该环节的计时轮次),输出检查编号")
    inew.add_argument("case")
    inew.add_argument("--kind", required=True, choices=["mid", "completion"])
    inew.add_argument("--on", type=_date, required=True)
    inew.add_argument("--inspectors", default="", help='检查人员,如 "张伟,李海燕"')
    iitems = ins.add_parser("items", help="检查项及结果")
    iitems.add_argument("inspection")
    iitems.add_argument("--json", action="store_true")
    iset = ins.add_parser("set", help="记录一项结果")
    iset.add_argument("inspection")
    iset.add_argument("item")
    iset.add_argument("--result", choices=["pass", "fail", "na"])
    iset.add_argument("--value", help="实测值 (按检查项的单位)")
    iset.add_argument("--note", default="")
    ipass = ins.add_parser("pass-rest", help="尚未记录结果的检查项全部记为合格 (已记录的不变,实测项需填实测值)")
    ipass.add_argument("inspection")
    ipass.add_argument("--json", action="store_true")
    iclose = ins.add_parser("close", help="结束检查:不合格项转为整改项,环节以 pass/rectify 结束")
    iclose.add_argument("inspection")
    iclose.add_argument("--on", type=_date, required=True)
    ilist = ins.add_parser("list", help="工单的检查记录")
    ilist.add_argument("case")
    ilist.add_argument("--json", action="store_true")
    istats = ins.add_parser("stats", help="一次性通过率")
    istats.add_argument("--json", action="store_true")

    rc = sub.add_parser("rectify", help="整改项").add_subparsers(dest="rectify_cmd", required=True, metavar="ACTION")
    rlist = rc.add_parser("list", help="工单的整改项")
    rlist.add_argument("case")
    rlist.add_argument("--json", action="store_true")
    rclose = rc.add_parser("close", help="确认整改完成")
    rclose.add_argument("item")
    rclose.add_argument("--on", type=_date, required=True)
    rclose.add_argument("--by", required=True, help="确认人")

    nt = sub.add_parser("notice", help="整改通知书").add_subparsers(dest="notice_cmd", required=True, metavar="ACTION")
    npdf = nt.add_parser("pdf", help="生成整改通知书 PDF")
    npdf.add_argument("inspection")
    npdf.add_argument("--out", type=Path, required=True)
    ndel = nt.add_parser("deliver", help="记录送达 (签收人、日期)")
    ndel.add_argument("inspection")
    ndel.add_argument("--to", required=True)
    ndel.add_argument("--on", type=_date, required=True)
    nbatch = nt.add_parser("batch", help="把在途整改通知书合成一个 PDF")
    nbatch.add_argument("--manager")
    nbatch.add_argument("--out", type=Path, required=True)

    hb = sub.add_parser("handbook", help="验收手册").add_subparsers(dest="handbook_cmd", required=True, metavar="ACTION")
    hpdf = hb.add_parser("pdf", help="生成验收手册 PDF")
    hpdf.add_argument("case")
    hpdf.add_argument("--out", type=Path, required=True)
    hpdf.add_argument("--as-of", type=_date)

    sy = sub.add_parser("sync", help="文件同步").add_subparsers(dest="sync_cmd", required=True, metavar="ACTION")
    sexp = sy.add_parser("export", help="导出同步包 (*.zsync)")
    sexp.add_argument("--out", type=Path, required=True)
    who = sexp.add_mutually_exclusive_group()
    who.add_argument("--peer", metavar="DEVICE", help="只导出上次发给该设备之后的变化")
    who.add_argument("--full", action="store_true", help="全部导出 (默认)")
    sexp.add_argument("--passphrase-file", type=Path, help="用口令加密 (口令写在这个文件里)")
    sexp.add_argument("--json", action="store_true")
    simp = sy.add_parser("import", help="导入同步包")
    simp.add_argument("file", type=Path, metavar="FILE")
    simp.add_argument("--passphrase-file", type=Path)
    simp.add_argument("--dry-run", action="store_true", help="只检查并报告将会发生的变化")
    simp.add_argument("--json", action="store_true")
    scon = sy.add_parser("conflicts", help="待处理的冲突")
    scon.add_argument("--all", action="store_true")
    scon.add_argument("--json", action="store_true")
    sres = sy.add_parser("resolve", help="处理冲突")
    sres.add_argument("conflict")
    sres.add_argument("--keep", required=True, choices=["mine", "theirs"])
    sdev = sy.add_parser("devices", help="已知设备与收发记录")
    sdev.add_argument("--json", action="store_true")
    strust = sy.add_parser("trust", help="信任设备 (先核对指纹)")
    strust.add_argument("device")
    sup_group = strust.add_mutually_exclusive_group()
    sup_group.add_argument("--supervisor", dest="supervisor", action="store_const", const=True, default=None,
                           help="主管设备:也接受它发来的日历、时限规则和检查模板")
    sup_group.add_argument("--not-supervisor", dest="supervisor", action="store_const", const=False,
                           help="不再作为主管设备")

    au = sub.add_parser("audit", help="审计").add_subparsers(dest="audit_cmd", required=True, metavar="ACTION")
    aver = au.add_parser("verify", help="校验各设备的事件哈希链")
    aver.add_argument("--json", action="store_true")
    for group, what in (("rules", "时限规则"), ("checklist", "检查模板")):
        g = sub.add_parser(group, help=f"{what}(作为数据发布,随同步下发)").add_subparsers(
            dest="config_cmd", required=True, metavar="ACTION")
        gp = g.add_parser("publish", help=f"检查并发布{what}文件的新版本(JSON,version 须高于现行版本)")
        gp.add_argument("file", type=Path)
        gl = g.add_parser("list", help=f"现行的与已发布的{what}")
        gl.add_argument("--json", action="store_true")
    dv = sub.add_parser("device", help="本机设备").add_subparsers(dest="device_cmd", required=True, metavar="ACTION")
    dv.add_parser("id", help="本机设备编号与指纹")

    st = sub.add_parser("settings", help="继电保护定值计算与定值单").add_subparsers(dest="settings_cmd", required=True,
                                                                           metavar="ACTION")

    def setting_options(p):
        p.add_argument("--kv", type=float, default=10.0)
        p.add_argument("--sk-max", type=float, required=True, metavar="MVA")
        p.add_argument("--sk-min", type=float, required=True, metavar="MVA")
        p.add_argument("--rx", type=float)
        p.add_argument("--kva", type=float, required=True)
        p.add_argument("--uk", type=float, required=True, metavar="PCT")
        p.add_argument("--pk", type=float, metavar="KW")
        p.add_argument("--ct", default="100/5")
        p.add_argument("--vector", default="Dyn11", choices=["Dyn11", "Yyn0"])
        p.add_argument("--ratio", default="10/0.4")
        p.add_argument("--count", type=int, default=1)
        p.add_argument("--cable-km", type=float, default=0.0)
        p.add_argument("--cable-r", type=float, default=0.0, metavar="OHM_PER_KM")
        p.add_argument("--cable-x", type=float, default=0.0, metavar="OHM_PER_KM")
        p.add_argument("--feeder-inst", type=float, metavar="A")
        p.add_argument("--feeder-oc", type=float, metavar="A")
        p.add_argument("--feeder-oc-time", type=float, metavar="S")
        p.add_argument("--applied-kva", type=float)

    scalc = st.add_parser("calc", help="计算短路电流与保护定值")
    setting_options(scalc)
    scalc.add_argument("--json", action="store_true")
    ssheet = st.add_parser("sheet", help="定值单").add_subparsers(dest="sheet_cmd", required=True, metavar="ACTION")
    snew = ssheet.add_parser("new", help="为工单新建定值单 (新版本作废旧版本),输出定值单编号")
    snew.add_argument("case")
    setting_options(snew)
    snew.add_argument("--by", default="", help="整定人")
    siss = ssheet.add_parser("issue", help="签发定值单")
    siss.add_argument("sheet")
    siss.add_argument("--on", type=_date)
    siss.add_argument("--checked-by", default="")
    siss.add_argument("--approved-by", default="")
    sexe = ssheet.add_parser("executed", help="记录执行回执")
    sexe.add_argument("sheet")
    sexe.add_argument("--to", required=True, help="交付给")
    sexe.add_argument("--by", required=True, help="执行人")
    sexe.add_argument("--on", type=_date, required=True, help="回执日期")
    slist = ssheet.add_parser("list", help="工单的定值单")
    slist.add_argument("case")
    spdf = st.add_parser("pdf", help="定值单 PDF")
    spdf.add_argument("sheet")
    spdf.add_argument("--out", type=Path, required=True)

    from app.cli_meetings import add_parsers as add_meeting_parsers

    add_meeting_parsers(sub, _date)

    cal = sub.add_parser("calendar", help="工作日日历").add_subparsers(dest="cal_cmd", required=True, metavar="ACTION")
    wd = cal.add_parser("workdays", help="FROM 之后到 TO (含) 的工作日数")
    wd.add_argument("start", type=_date, metavar="FROM")
    wd.add_argument("end", type=_date, metavar="TO")
    ad = cal.add_parser("add", help="DATE 之后第 N 个工作日")
    ad.add_argument("date", type=_date, metavar="DATE")
    ad.add_argument("n", type=int, metavar="N")
    iw = cal.add_parser("is-workday", help="是否工作日")
    iw.add_argument("date", type=_date, metavar="DATE")
    im = cal.add_parser("import", help="导入节假日安排 (CSV: date,kind,name)")
    im.add_argument("file", type=Path, metavar="FILE")
    yr = cal.add_parser("years", help="已有节假日安排的年份")
    yr.add_argument("--json", action="store_true")
    from app.cli_calendar_edit import add_parsers as add_calendar_edit_parsers

    add_calendar_edit_parsers(cal, _date)
    return p


def _open(args):
    from app import db
    from app.errors import Refused
    from app.store import Store

    path = db_path_of(args)
    lock = None
    if path.exists() and path.stat().st_size and db.current_revision(path) not in (None, db.SCHEMA_HEAD):
        # a schema upgrade rewrites tables: never under an open (older) workbench
        from app.instance import InstanceLock

        try:
            lock = InstanceLock(path).acquire()
        except Refused as exc:
            if exc.code == "already_running":
                raise Refused("upgrade_while_open", path=path) from None
            raise
    try:
        return Store.open(args.db, user=getattr(args, "user", None), device_name=getattr(args, "device_name", None))
    finally:
        if lock is not None:
            lock.release()


def _assumed_note(cal, *dates) -> None:
    years = cal.assumed_years(*dates)
    if years:
        ys = "、".join(str(y) for y in years)
        sys.stderr.write(f"注意:{ys} 年没有节假日安排,按周末计算。/ note: no holiday schedule for {ys}; weekends only.\n")


def db_path_of(args) -> Path:
    from app.paths import default_db_path

    return Path(args.db) if args.db else default_db_path()


def run(args) -> int:
    from app.errors import Refused

    if args.command == "restore":
        return _restore(args)  # never through Store.open: the file it replaces may be damaged
    from app.leftovers import clean_at_start

    clean_at_start(db_path_of(args))
    store = _open(args)
    try:
        return _dispatch(args, store)
    except Refused:
        raise
    finally:
        store.dispose()


def _dispatch(args, store) -> int:
    cmd = args.command
    if cmd == "init":
        out = {"db": str(store.path), "created": store.created, "device_id": store.device_id, "user": store.user}
        if args.json:
            _print_json(out)
        else:
            print(f"数据库 / database: {store.path}" + ("" if store.created else " (已存在 / exists)"))
        return 0
    if cmd == "demo":
        from app.demo import build_demo

        out = build_demo(store, args.cases, seed=args.seed, as_of=args.as_of)
        if args.json:
            _print_json(out)
        else:
            print(f"演示数据: {out['cases']} 个工单 (在途 {out['open']}), {out['events']} 条事件 → {store.path}")
        return 0
    if cmd == "check":
        from app.services.audit import check_database

        report = check_database(store)
        if args.json:
            _print_json(report)
        else:
            for line in report["lines"]:
                print(line)
        return 0 if report["ok"] else 1
    if cmd == "backup":
        from app.services.backup import backup_now

        print(backup_now(store.path, args.out))
        return 0
    if cmd == "case":
        return _case(args, store)
    if cmd == "stage":
        return _stage(args, store)
    if cmd == "warnings":
        from app.services.query import warnings

        with store.reader() as s:
            items = warnings(s, args.as_of, args.manager, args.within)
        if args.json:
            _print_json(items)
        else:
            from app.domain import stage_name

            for w in items:
                print(f"{w['case_no']}\t{w['customer_name']}\t{w['manager']}\t{stage_name(w['stage'])}\t"
                      f"{w['deadline']}\t{w['remaining_wd']}\t{w['status']}")
        return 0
    if cmd == "calendar":
        return _calendar(args, store)
    if cmd == "settings":
        from app.cli_field import dispatch_settings

        return dispatch_settings(args, store)
    if cmd in ("rules", "checklist"):
        from app.cli_sync import dispatch_config

        return dispatch_config(args, store)
    if cmd in ("sync", "audit", "device"):
        from app.cli_sync import dispatch_sync

        return dispatch_sync(args, store)
    if cmd in ("meeting", "review", "risk"):
        from app.cli_meetings import dispatch as dispatch_meetings

        return dispatch_meetings(args, store)
    if cmd in ("survey", "attach", "inspect", "rectify", "notice", "handbook"):
        from app.cli_field import dispatch_field

        return dispatch_field(args, store)
    raise AssertionError(cmd)


def _restore(args) -> int:
    """Replace the file: only under the instance lock, so never under an open workbench."""
    from app import db_health
    from app.errors import Refused
    from app.instance import InstanceLock
    from app.services.backup import check_backup, restore

    path = db_path_of(args)
    chosen = [x for x in (args.file, args.latest or None, args.set_aside or None) if x]
    if len(chosen) != 1:
        raise Refused("restore_what")
    try:
        lock = InstanceLock(path).acquire()
    except Refused as exc:
        if exc.code == "already_running":
            raise Refused("restore_while_open", path=path) from None
        raise
    from app.leftovers import clean_at_start

    clean_at_start(path)  # and holds the shared lock: no other start removes this restore's .part file
    try:
        if args.set_aside:
            if db_health.damage(path) is None:
                raise Refused("restore_what")  # a healthy file is never set aside
            out = {"damaged_kept_as": str(db_health.set_aside(path))}
        elif args.latest and db_health.damage(path) is not None:
            out = db_health.recover(path)
        else:
            backup = args.file or db_health.newest_good_backup(path)
            if backup is None:
                raise Refused("no_good_backup", folder=path.parent / "backups")
            check_backup(backup)
            out = {"restored_from": str(backup), "previous_kept_as": str(restore(path, Path(backup), checked=True))}
    finally:
        lock.release()
    if args.json:
        _print_json(out)
    else:
        if out.get("restored_from"):
            print(f"已恢复 / restored from: {out['restored_from']}"
                  + (f" ({out['backup_time']})" if out.get("backup_time") else ""))
        if out.get("previous_kept_as"):
            print(f"原文件保存为 / previous file kept as: {out['previous_kept_as']}")
        if out.get("damaged_kept_as"):
            print(f"损坏的文件保存为 / damaged file kept as: {out['damaged_kept_as']}")
    return 0


def _case(args, store) -> int:
    c = args.case_cmd
    from app import cli_corrections

    if c in cli_corrections.COMMANDS:
        return cli_corrections.dispatch(args, store)
    if c == "new":
        from app.services.cases import create_case

        with store.session() as s:
            ch = create_case(
                s,
                customer_name=args.customer,
                account_no=args.account,
                capacity_kva=args.kva,
                supply_kv=args.kv,
                business_type=args.type,
                dual_source=args.dual_source,
                typical_design=args.typical_design,
                green_channel=args.green_channel or None,  # None: taken from --from's case, else False
                key_project=args.key_project or None,
                manager=args.manager,
                township=args.township,
                contact=args.contact,
                address=args.address,
                applied_on=args.applied,
                from_case=args.from_case,
            )
        for w in ch.warnings:
            sys.stderr.write(f"警告 / warning: {w}\n")
        if args.json:
            _print_json({"case_no": ch.case_no, "id": ch.case_ids[0], "warnings": ch.warnings})
        else:
            print(ch.case_no)
        return 0
    if c == "edit":
        from app.services.cases import edit_case

        with store.session() as s:
            ch = edit_case(
                s,
                args.case,
                customer_name=args.customer,
                capacity_kva=args.kva,
                supply_kv=args.kv,
                manager=args.manager,
                township=args.township,
                contact=args.contact,
                address=args.address,
            )
        if args.json:
            _print_json({"case_no": ch.case_no})
        else:
            print(ch.case_no)
        return 0
    if c == "advice":
        from app.services.temp_supply import record_temp_advice

        with store.session() as s:
            ch = record_temp_advice(s, args.case, room=args.room, transformer=args.transformer,
                                    switchgear=args.switchgear, note=args.note, on=args.on)
        print(ch.case_no)
        return 0
    if c == "delete":
        from app.services.cases import delete_case

        with store.session() as s:
            ch = delete_case(s, args.case, args.reason)
        print(ch.case_no)
        return 0
    if c == "show":
        from app.services.query import case_view

        with store.reader() as s:
            view = case_view(s, args.case, args.as_of)
        if args.json:
            _print_json(view)
        else:
            _print_case(view)
        return 0
    if c == "list":
        from app.services.query import list_cases

        with store.reader() as s:
            rows = list_cases(
                s,
                as_of=args.as_of,
                manager=args.manager,
                open_only=args.open,
                finished_only=args.finished,
                search=args.search,
                stage=args.stage,
                township=args.township,
                clock_status=args.status,
                limit=args.limit,
            )
        if args.json:
            _print_json([r.to_json() for r in rows])
        else:
            for r in rows:
                print(f"{r.case_no}\t{r.customer_name}\t{r.account_no}\t{r.capacity_kva:g}\t{r.manager}\t"
                      f"{r.stage or '-'}\t{r.deadline or '-'}\t{r.remaining_wd if r.remaining_wd is not None else '-'}")
        return 0
    raise AssertionError(c)


def _print_case(v: dict) -> None:
    from app.domain import stage_name

    print(f"{v['case_no']}  {v['customer_name']}  户号 {v['account_no']}  {v['capacity_kva']:g} kVA  "
          f"{v['supply_kv']:g} kV  客户经理 {v['manager']}  申请 {v['applied_on']}  [{v['status']}]")
    for st in v["stages"]:
        print(f"  {stage_name(st['code'])}#{st['round']}\t{st['started_on']} → {st['finished_on'] or '…'}\t"
              f"用时 {st['elapsed_wd']}/{st['limit_wd']} 工作日\t截止 {st['deadline']}\t{st['status']}"
              + (" (暂停中)" if st["paused"] else ""))
    print(f"  供电部门流转耗时 {v['supply_dept_wd']} 工作日")
    if v.get("predecessor"):
        print(f"  由临时用电工单 {v['predecessor']['case_no'] or v['predecessor']['id']} 转正式")
    if v.get("successor"):
        print(f"  已转为正式工单 {v['successor']['case_no']}")
    a = v.get("temp_advice")
    if a:
        print(f"  正式用电前期建议: 配电房 {a.get('room', '')}; 变压器 {a.get('transformer', '')}; 开关柜 {a.get('switchgear', '')}"
              + (f"; {a['note']}" if a.get("note") else ""))
    sv = v.get("carried_survey")
    if sv:
        print(f"  带入的查勘记录 ({sv.get('surveyed_on', '')}): {sv.get('substation', '')} {sv.get('feeder', '')} {sv.get('pole', '')}".rstrip())
    for r in v["rules"]:
        print(f"  {r['name']}: {r['verdict']}")
    if v["assumed_calendar_years"]:
        print(f"  注意:{'、'.join(map(str, v['assumed_calendar_years']))} 年按周末计算(无节假日安排)")


def _stage(args, store) -> int:
    from app.services import cases as svc

    c = args.stage_cmd
    with store.session() as s:
        if c == "start":
            ch = svc.start_stage(s, args.case, args.stage, args.on)
        elif c == "finish":
            ch = svc.finish_stage(s, args.case, args.stage, args.on, args.outcome)
        elif c == "pause":
            ch = svc.pause_stage(s, args.case, args.on, args.reason, args.note)
        else:
            ch = svc.resume_stage(s, args.case, args.on)
    print(ch.case_no)
    return 0


def _calendar(args, store) -> int:
    c = args.cal_cmd
    if c in ("set", "days"):
        from app import cli_calendar_edit

        return cli_calendar_edit.run(args, store)
    if c == "import":
        from app.services.calendar import import_calendar

        with store.session() as s:
            import_calendar(s, args.file)
        with store.reader() as s:
            from app.services.calendar import calendar_years

            covered = [y["year"] for y in calendar_years(s) if y["covered"]]
        print(f"已导入 / imported: {args.file} (覆盖年份 / covered years: {covered[0]}–{covered[-1]})")
        return 0
    if c == "years":
        from app.services.calendar import calendar_years

        with store.reader() as s:
            years = calendar_years(s)
        if args.json:
            _print_json(years)
        else:
            for y in years:
                print(f"{y['year']}\t{'有安排' if y['covered'] else '无安排(按周末计算)'}\t{y['source'] or ''}")
        return 0
    cal = store.calendar
    if c == "workdays":
        _assumed_note(cal, args.start, args.end)
        print(cal.workdays_between(args.start, args.end))
    elif c == "add":
        result = cal.add_workdays(args.date, args.n)
        _assumed_note(cal, args.date, result)
        print(result.isoformat())
    elif c == "is-workday":
        _assumed_note(cal, args.date)
        print("true" if cal.is_workday(args.date) else "false")
    return 0


def _error_line(exc) -> str:
    """A refusal in the user's language only (issue 16: "错误 / error" prefixed every message)."""
    from app.messages import render

    return render("cli_error", message=exc) + "\n"


def main(argv: list[str] | None = None) -> int:
    from app.at_rest import restrict_umask

    restrict_umask()  # files made from here on are the user's only (issue 13 §4)
    parser = build_parser()
    args = parser.parse_args(argv)
    from app.errors import Refused

    try:
        return run(args)
    except Refused as exc:
        sys.stderr.write(_error_line(exc))
        return 1
    except ValueError as exc:  # e.g. a date outside the calendar's range
        sys.stderr.write(_error_line(exc))
        return 1
    except Exception as exc:
        # a damaged file or a full disk met anywhere (a PDF, a package, a backup): said plainly
        from app.db_health import translate

        refusal = translate(exc, db_path_of(args))
        if refusal is None:
            raise
        sys.stderr.write(_error_line(refusal))
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""Commands of field work: survey, attach, inspect, rectify, notice, handbook.

Services are imported inside the handlers: ``--version`` and ``--help`` must not load SQLAlchemy;
the PDF commands are in ``documents`` (ReportLab), imported only when a PDF is asked for.
"""
from __future__ import annotations

from pathlib import Path

from app import strictjson
from app.cli.output import date_arg, print_change, print_json
from app.errors import Refused
from app.messages import render

COMMANDS = ("survey", "attach", "inspect", "rectify", "notice", "handbook")


def add_parsers(sub) -> None:
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
    inew.add_argument("--on", type=date_arg, required=True)
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
    iclose.add_argument("--on", type=date_arg, required=True)
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
    rclose.add_argument("--on", type=date_arg, required=True)
    rclose.add_argument("--by", required=True, help="确认人")

    nt = sub.add_parser("notice", help="整改通知书").add_subparsers(dest="notice_cmd", required=True, metavar="ACTION")
    npdf = nt.add_parser("pdf", help="生成整改通知书 PDF")
    npdf.add_argument("inspection")
    npdf.add_argument("--out", type=Path, required=True)
    ndel = nt.add_parser("deliver", help="记录送达 (签收人、日期)")
    ndel.add_argument("inspection")
    ndel.add_argument("--to", required=True)
    ndel.add_argument("--on", type=date_arg, required=True)
    nbatch = nt.add_parser("batch", help="把在途整改通知书合成一个 PDF")
    nbatch.add_argument("--manager")
    nbatch.add_argument("--out", type=Path, required=True)

    hb = sub.add_parser("handbook", help="验收手册").add_subparsers(dest="handbook_cmd", required=True, metavar="ACTION")
    hpdf = hb.add_parser("pdf", help="生成验收手册 PDF")
    hpdf.add_argument("case")
    hpdf.add_argument("--out", type=Path, required=True)
    hpdf.add_argument("--as-of", type=date_arg)


def load_json_file(path: Path, max_bytes: int = 1_000_000):
    """Strict JSON from a user's file: size cap, UTF-8, no duplicate keys, no NaN, bounded depth."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise Refused("survey_bad", problem=f"{path}: {exc.strerror}") from None
    if len(raw) > max_bytes:
        raise Refused("survey_bad", problem=render("cli_p_file_too_large"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused("survey_bad", problem=render("cli_p_not_utf8")) from None

    try:
        data = strictjson.loads(text)
    except (ValueError, RecursionError) as exc:
        raise Refused("survey_bad", problem=f"JSON: {exc}") from None

    def depth(o, d=0):
        if d > 20:
            raise Refused("survey_bad", problem=render("cli_p_nested_too_deeply"))
        if isinstance(o, dict):
            for v in o.values():
                depth(v, d + 1)
        elif isinstance(o, list):
            for v in o:
                depth(v, d + 1)

    depth(data)
    return data


def run(args, store) -> int:
    cmd = args.command
    if cmd == "survey":
        from app.services import field

        if args.survey_cmd == "set":
            return print_change(store, field.set_survey, args.case, load_json_file(args.json_file))
        with store.reader() as s:
            view = field.survey_view(s, args.case)
        if view is None:
            raise Refused("survey_bad", problem=render("cli_p_no_survey"))
        print_json(view)
        return 0
    if cmd == "attach":
        from app.services import attachments

        if args.attach_cmd == "add":
            kind, ref = "case", ""
            if args.survey:
                kind = "survey"
            if args.inspection or args.item:
                if not (args.inspection and args.item):
                    raise Refused("no_item", code=render("cli_p_give_both"))
                kind, ref = "item", f"{args.inspection}:{args.item}"
            return print_change(store, attachments.add_attachment, args.case, args.file, kind, ref,
                                show="created_id")
        with store.reader() as s:
            items = attachments.list_attachments(s, args.case)
        if args.json:
            print_json(items)
        else:
            for a in items:
                print(f"{a['id']}\t{a['file_name']}\t{a['media_type']}\t{a['size']}")
        return 0
    if cmd == "inspect":
        from app.services import field

        c = args.inspect_cmd
        if c == "new":
            return print_change(store, field.start_inspection, args.case, args.kind, args.on, args.inspectors,
                                show="created_id")
        if c == "items":
            with store.reader() as s:
                view = field.inspection_items(s, args.inspection)
            if args.json:
                print_json(view)
            else:
                for it in view["items"]:
                    print(f"{it['code']}\t{it['result'] or '-'}\t{it['section']}\t{it['text']}")
            return 0
        if c == "set":
            with store.session() as s:
                field.set_result(s, args.inspection, args.item, args.result, args.value, args.note)
            return 0
        if c == "pass-rest":
            with store.session() as s:
                _ch, passed, measured = field.pass_unjudged(s, args.inspection)
            if args.json:
                print_json({"passed": passed, "measured_left": measured})
            else:
                print(len(passed))
            return 0
        if c == "close":
            return print_change(store, field.close_inspection, args.inspection, args.on, show="outcome")
        if c == "list":
            with store.reader() as s:
                print_json(field.inspections_of(s, args.case))
            return 0
        with store.reader() as s:
            print_json(field.first_pass_rate(s))
        return 0
    if cmd == "rectify":
        from app.services import field

        if args.rectify_cmd == "list":
            with store.reader() as s:
                items = field.list_rectification(s, args.case)
            if args.json:
                print_json(items)
            else:
                for i in items:
                    print(f"#{i['number']}\t{i['id']}\t{'open' if i['open'] else 'closed'}\t{i['deadline']}\t"
                          f"{i['location']}\t{i['requirement']}")
            return 0
        with store.session() as s:
            field.close_rectification(s, args.item, args.on, args.by)
        return 0
    if cmd == "notice":
        if args.notice_cmd == "deliver":
            from app.services import documents

            with store.session() as s:
                documents.deliver_notice(s, args.inspection, args.to, args.on)
            return 0
        from app.cli import (
            documents as pdf,  # ReportLab: loaded only when a PDF is asked for
        )

        return pdf.notice_pdf(args, store) if args.notice_cmd == "pdf" else pdf.notice_batch(args, store)
    if cmd == "handbook":
        from app.cli import (
            documents as pdf,  # ReportLab: loaded only when a PDF is asked for
        )

        return pdf.handbook_pdf(args, store)
    raise AssertionError(cmd)

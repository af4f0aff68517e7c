"""CLI commands of field work: surveys, attachments, inspections, rectification, documents.

The core never imports ReportLab: the PDF commands hand plain data to the document plug-in
``reports.commands`` (see ``document_writer``), loaded by name only when a PDF is asked for.
"""
from __future__ import annotations

from pathlib import Path

from app.cli import _print_json  # one JSON printer for every command
from app import strictjson
from app.errors import Refused

DOCUMENT_PLUGIN = "reports.commands"


def document_writer(name: str):
    """A renderer of the document plug-in (``reports/``), loaded only when a PDF is written."""
    import importlib

    return getattr(importlib.import_module(DOCUMENT_PLUGIN), name)




def load_json_file(path: Path, max_bytes: int = 1_000_000):
    """Strict JSON from a user's file: size cap, UTF-8, no duplicate keys, no NaN, bounded depth."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise Refused("survey_bad", problem=f"{path}: {exc.strerror}") from None
    if len(raw) > max_bytes:
        raise Refused("survey_bad", problem="文件过大 / file too large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused("survey_bad", problem="不是 UTF-8 / not UTF-8") from None

    try:
        data = strictjson.loads(text)
    except (ValueError, RecursionError) as exc:
        raise Refused("survey_bad", problem=f"JSON: {exc}") from None

    def depth(o, d=0):
        if d > 20:
            raise Refused("survey_bad", problem="嵌套过深 / nested too deeply")
        if isinstance(o, dict):
            for v in o.values():
                depth(v, d + 1)
        elif isinstance(o, list):
            for v in o:
                depth(v, d + 1)

    depth(data)
    return data


def dispatch_field(args, store) -> int:
    cmd = args.command
    if cmd == "survey":
        from app.services import field

        if args.survey_cmd == "set":
            data = load_json_file(args.json_file)
            with store.session() as s:
                ch = field.set_survey(s, args.case, data)
            print(ch.case_no)
            return 0
        with store.reader() as s:
            view = field.survey_view(s, args.case)
        if view is None:
            raise Refused("survey_bad", problem="尚无查勘记录 / no survey recorded")
        _print_json(view)
        return 0
    if cmd == "attach":
        from app.services import attachments

        if args.attach_cmd == "add":
            kind, ref = "case", ""
            if args.survey:
                kind = "survey"
            if args.inspection or args.item:
                if not (args.inspection and args.item):
                    raise Refused("no_item", code="--inspection 与 --item 需同时给出 / give both")
                kind, ref = "item", f"{args.inspection}:{args.item}"
            with store.session() as s:
                ch = attachments.add_attachment(s, args.case, args.file, kind, ref)
            print(ch.created_id)
            return 0
        with store.reader() as s:
            items = attachments.list_attachments(s, args.case)
        if args.json:
            _print_json(items)
        else:
            for a in items:
                print(f"{a['id']}\t{a['file_name']}\t{a['media_type']}\t{a['size']}")
        return 0
    if cmd == "inspect":
        from app.services import field

        c = args.inspect_cmd
        if c == "new":
            with store.session() as s:
                ch = field.start_inspection(s, args.case, args.kind, args.on, args.inspectors)
            print(ch.created_id)
            return 0
        if c == "items":
            with store.reader() as s:
                view = field.inspection_items(s, args.inspection)
            if args.json:
                _print_json(view)
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
                _print_json({"passed": passed, "measured_left": measured})
            else:
                print(len(passed))
            return 0
        if c == "close":
            with store.session() as s:
                ch = field.close_inspection(s, args.inspection, args.on)
            print(ch.outcome)
            return 0
        if c == "list":
            with store.reader() as s:
                _print_json(field.inspections_of(s, args.case))
            return 0
        with store.reader() as s:
            _print_json(field.first_pass_rate(s))
        return 0
    if cmd == "rectify":
        from app.services import field

        if args.rectify_cmd == "list":
            with store.reader() as s:
                items = field.list_rectification(s, args.case)
            if args.json:
                _print_json(items)
            else:
                for i in items:
                    print(f"#{i['number']}\t{i['id']}\t{'open' if i['open'] else 'closed'}\t{i['deadline']}\t"
                          f"{i['location']}\t{i['requirement']}")
            return 0
        with store.session() as s:
            field.close_rectification(s, args.item, args.on, args.by)
        return 0
    if cmd == "notice":
        from app.services import documents

        c = args.notice_cmd
        if c == "pdf":
            with store.session() as s:
                data = documents.issue_notice(s, args.inspection)
            document_writer("render_notice")(data, args.out)
            print(args.out)
            return 0
        if c == "deliver":
            with store.session() as s:
                documents.deliver_notice(s, args.inspection, args.to, args.on)
            return 0
        with store.session() as s:
            datas = [documents.issue_notice(s, iid) for iid in documents.open_notices(s, args.manager)]
        if not datas:
            raise Refused("no_notice", ref=args.manager or "*")
        document_writer("render_notices_batch")(datas, args.out)
        print(f"{args.out} ({len(datas)})")
        return 0
    if cmd == "handbook":
        from app.services import documents

        with store.reader() as s:
            data = documents.handbook_data(s, args.case, args.as_of)
        document_writer("render_handbook")(data, args.out)
        print(args.out)
        return 0
    raise AssertionError(cmd)


SETTING_ARGS = {"kv": "kv", "sk_max": "sk_max_mva", "sk_min": "sk_min_mva", "rx": "rx", "kva": "kva", "uk": "uk_pct",
                "pk": "pk_kw", "ct": "ct", "vector": "vector", "ratio": "ratio", "count": "count",
                "cable_km": "cable_km", "cable_r": "cable_r", "cable_x": "cable_x", "feeder_inst": "feeder_inst_a",
                "feeder_oc": "feeder_oc_a", "feeder_oc_time": "feeder_oc_time_s", "applied_kva": "applied_kva"}


def setting_values(args) -> dict:
    return {field: getattr(args, arg) for arg, field in SETTING_ARGS.items() if getattr(args, arg, None) is not None}


def dispatch_settings(args, store) -> int:
    c = args.settings_cmd
    if c == "calc":
        from app.protection import calculate
        from app.services.setting_sheets import inputs_from

        result = calculate(inputs_from(setting_values(args)))
        if args.json:
            _print_json(result)
        else:
            for key in ("instantaneous", "overcurrent", "overload"):
                r = result[key]
                print(f"{key}\t{r['primary_a']} A\t{r['secondary_a']} A\t{r['time_s']} s\t{r['ok']}")
            for chk in result["checks"]:
                print(f"{chk['name']}\t{chk['value']}\t{chk['limit']}\t{chk['ok']}")
        return 0
    if c == "pdf":
        from app.services.setting_sheets import sheet_data

        with store.reader() as s:
            data = sheet_data(s, args.sheet)
        document_writer("render_setting_sheet")(data, args.out)
        print(args.out)
        return 0
    from app.services import setting_sheets as sv

    sc = args.sheet_cmd
    if sc == "new":
        values = setting_values(args)
        if args.applied_kva is None:
            values.pop("applied_kva", None)
        with store.session() as s:
            ch = sv.new_sheet(s, args.case, values, args.by)
        print(ch.created_id)
        return 0
    if sc == "issue":
        with store.session() as s:
            sv.issue_sheet(s, args.sheet, args.on, args.checked_by, args.approved_by)
        return 0
    if sc == "executed":
        with store.session() as s:
            sv.record_execution(s, args.sheet, args.to, args.by, args.on)
        return 0
    with store.reader() as s:
        _print_json(sv.sheets_of(s, args.case))
    return 0

"""User-facing messages of the core, in simplified Chinese (default) and English.

The core cannot use Qt's translator (it imports no Qt), so refusals are rendered here; the GUI sets
the language with ``set_language`` when the user switches. ``ZAOSONG_LANG=en`` does it for the CLI.
"""
from __future__ import annotations

import os

from app.domain import PAUSE_REASONS, STAGE_NAMES

_lang = "en" if os.environ.get("ZAOSONG_LANG", "").lower().startswith("en") else "zh"

FIELDS = {
    "customer_name": ("户名", "customer name"),
    "manager": ("客户经理", "customer manager"),
    "township": ("乡镇/街道", "township"),
    "contact": ("联系人", "contact"),
    "address": ("地址", "address"),
    "note": ("备注", "note"),
}

CATALOG: dict[str, tuple[str, str]] = {
    "bad_date": ("日期“{value}”无效,请使用 YYYY-MM-DD 格式。", "Invalid date '{value}': use YYYY-MM-DD."),
    "bad_account": ("户号“{value}”无效:户号必须是 10 位数字。", "Account number '{value}' is invalid: it must be 10 digits."),
    "bad_kva": ("申请容量“{value}”无效:必须是大于 0 的数值(kVA)。", "Capacity '{value}' is invalid: it must be a positive number of kVA."),
    "kva_too_large": (
        "申请容量 {value} kVA 不合理:{kv} kV 供电的单个申请不超过 {limit} kVA。",
        "Capacity {value} kVA is not credible: a single {kv} kV application stays below {limit} kVA.",
    ),
    "bad_kv": ("供电电压“{value}”无效:可选 10、20、35、110 kV。", "Supply voltage '{value}' is invalid: choose 10, 20, 35 or 110 kV."),
    "required": ("{what}不能为空。", "The {what} is required."),
    "too_long": ("{what}过长(最多 {max} 个字符)。", "The {what} is too long (at most {max} characters)."),
    "control_chars": ("{what}含有控制字符。", "The {what} contains control characters."),
    "no_case": ("找不到工单“{ref}”。", "No case '{ref}'."),
    "duplicate_account": (
        "户号 {account} 已有在途工单 {case_no},请确认不是重复受理。",
        "Account {account} already has an open case {case_no}: make sure this is not a duplicate.",
    ),
    "bad_field": ("不能修改的字段:{value}。", "Fields that cannot be edited: {value}."),
    "bad_type": ("业务类型“{value}”无效:可选 NEW、INCREASE、TEMPORARY、TEMP_TO_FORMAL。", "Business type '{value}' is invalid: NEW, INCREASE, TEMPORARY or TEMP_TO_FORMAL."),
    "before_application": ("日期 {on} 早于申请日期 {applied}。", "Date {on} is before the application date {applied}."),
    "bad_stage": ("环节“{value}”无效。", "Unknown stage '{value}'."),
    "case_finished": ("工单 {case_no} 已送电归档,不能再改动环节。", "Case {case_no} is energised and closed; its stages cannot change."),
    "stage_already_open": ("“{stage}”已经开始。", "'{stage}' has already started."),
    "start_before_previous": (
        "“{stage}”的开始日期 {on} 早于前一环节的完成日期 {floor}。",
        "'{stage}' cannot start on {on}, before the previous step finished on {floor}.",
    ),
    "other_stage_open": ("“{open}”尚未完成,不能开始“{stage}”。", "'{open}' is still open; '{stage}' cannot start."),
    "stage_done": ("“{stage}”已经完成。", "'{stage}' is already finished."),
    "out_of_order": ("环节顺序不对:“{prev}”完成之前不能开始“{stage}”。", "Out of order: '{stage}' cannot start before '{prev}' is finished."),
    "bad_outcome": ("结果“{value}”无效:可选 pass(通过)或 rectify(整改)。", "Outcome '{value}' is invalid: pass or rectify."),
    "stage_not_open": ("“{stage}”不在进行中,不能完成。", "'{stage}' is not in progress, so it cannot finish."),
    "finish_before_start": ("“{stage}”的完成日期 {on} 早于开始日期 {start}。", "'{stage}' cannot finish on {on}, before it started on {start}."),
    "no_rectify": ("“{stage}”没有整改轮次,结果只能是通过。", "'{stage}' has no rectification rounds: the outcome must be pass."),
    "finish_before_pause": ("完成日期 {on} 早于暂停开始日期 {pause}。", "Finish date {on} is before the pause began on {pause}."),
    "bad_reason": ("暂停原因“{value}”无效。可选:{known}。", "Unknown pause reason '{value}'. Known: {known}."),
    "nothing_to_pause": ("工单 {case_no} 没有进行中的环节,无法暂停。", "Case {case_no} has no stage in progress to pause."),
    "already_paused": ("工单 {case_no} 已处于暂停中,请先恢复。", "Case {case_no} is already paused; resume it first."),
    "pause_before_start": ("暂停日期 {on} 早于环节开始日期 {start}。", "Pause date {on} is before the stage started on {start}."),
    "pause_overlaps": ("暂停日期 {on} 早于上一次暂停的结束日期 {end}。", "Pause date {on} is before the previous pause ended on {end}."),
    "not_paused": ("工单 {case_no} 没有暂停,无需恢复。", "Case {case_no} is not paused."),
    "resume_before_pause": ("恢复日期 {on} 早于暂停日期 {pause}。", "Resume date {on} is before the pause began on {pause}."),
    "rules_bad": ("时限规则文件有误:{where}。", "Rule-set file is malformed: {where}."),
    "rules_no_primary": ("没有可用的主时限规则。", "No active primary rule set."),
    "config_bad_kind": ("文档类别“{value}”无效:可选 {known}。", "Document kind '{value}' is invalid: {known}."),
    "config_no_doc": ("没有“{kind}”类的数据文件{doc}。", "No data document of kind '{kind}' {doc}."),
    "doc_bad": ("数据文件有误:{where}。", "Data file is malformed: {where}."),
    "config_no_file": ("找不到文件:{path}。", "No such file: {path}."),
    "config_version_old": ("“{doc}”第 {version} 版不比现行的第 {current} 版新:请提高文件中的 version 再发布。",
                           "'{doc}' version {version} is not newer than version {current} in force: raise the "
                           "file's version to publish it."),
    "config_two_primary": ("发布“{doc}”后会有两套主时限规则:只能有一套 primary。",
                           "Publishing '{doc}' would make two primary rule sets: only one may be primary."),
    "cal_unreadable": ("无法读取日历文件 {path}:{error}。", "Cannot read calendar file {path}: {error}."),
    "cal_bad_row": ("日历文件第 {line} 行有误:{problem}。未导入任何内容。", "Calendar file line {line} is malformed: {problem}. Nothing was imported."),
    "cal_empty": ("日历文件没有任何日期。未导入任何内容。", "The calendar file holds no dates. Nothing was imported."),
    "cal_out_of_range": ("日期 {value} 超出日历支持范围。", "Date {value} is outside the supported range."),
    "cal_too_big": ("日历文件过大(超过 {max} 字节)。", "Calendar file too large (over {max} bytes)."),
    "not_a_db": ("{path} 不是有效的早送数据库:{error}", "{path} is not a valid Zaosong database: {error}"),
    "demo_not_empty": ("数据库已有 {count} 个工单;演示数据只能装入空数据库。", "The database already holds {count} cases; demo data goes only into an empty one."),
}


def set_language(lang: str) -> None:
    global _lang
    _lang = "en" if lang.lower().startswith("en") else "zh"


def language() -> str:
    return _lang


def _localise(key: str, value: object) -> object:
    i = 0 if _lang == "zh" else 1
    if key in ("stage", "prev", "open") and value in STAGE_NAMES:
        return STAGE_NAMES[value][i]
    if key == "what" and value in FIELDS:
        return FIELDS[value][i]
    if key == "reason" and value in PAUSE_REASONS:
        return PAUSE_REASONS[value][i]
    return value


def render(message_code: str, /, **params: object) -> str:
    entry = CATALOG.get(message_code)
    if entry is None:
        return message_code
    template = entry[0] if _lang == "zh" else entry[1]
    return template.format(**{k: _localise(k, v) for k, v in params.items()})

CATALOG.update({
    "survey_bad": ("查勘记录有误:{problem}。未保存任何内容。", "The survey record is malformed: {problem}. Nothing was saved."),
    "no_inspection": ("找不到检查记录“{ref}”。", "No inspection '{ref}'."),
    "items_open": ("“{stage}”还有未关闭的整改项,不能通过:{items}", "'{stage}' cannot pass while rectification items are open: {items}"),
    "bad_kind": ("检查类型“{value}”无效:可选 mid(中间检查)或 completion(竣工检验)。", "Inspection kind '{value}' is invalid: mid or completion."),
    "no_item": ("找不到检查项“{code}”。", "No checklist item '{code}'."),
    "inspection_closed": ("检查 {ref} 已结束,不能再修改。", "Inspection {ref} is closed and cannot change."),
    "bad_result": ("检查结果“{value}”无效:可选 pass(合格)、fail(不合格)、na(不适用)。", "Result '{value}' is invalid: pass, fail or na."),
    "bad_value": ("实测值“{value}”无效。", "Measured value '{value}' is invalid."),
    "value_required": ("检查项 {code} 需要填写实测值({unit})。", "Item {code} needs a measured value ({unit})."),
    "value_contradicts": ("检查项 {code} 的实测值 {value} 判定为 {judged},与填写的结果不符。", "Item {code}: the measured value {value} means {judged}, not the result given."),
    "results_missing": ("还有检查项没有结果:{codes}。", "These items have no result yet: {codes}."),
    "item_closed": ("整改项 #{number} 已经关闭。", "Rectification item #{number} is already closed."),
    "close_before_raised": ("关闭日期 {on} 早于提出整改的日期 {raised}。", "Closing date {on} is before the item was raised on {raised}."),
    "att_unreadable": ("无法读取附件 {path}:{error}。", "Cannot read attachment {path}: {error}."),
    "att_too_big": ("附件 {path} 过大({size} MB),上限 {max} MB。", "Attachment {path} is too large ({size} MB); the limit is {max} MB."),
    "att_type": ("附件 {path} 不是支持的图片或扫描件(JPEG、PNG、PDF)。", "Attachment {path} is not a supported photo or scan (JPEG, PNG, PDF)."),
    "no_notice": ("检查 {ref} 没有整改项,不需要整改通知书(或检查尚未结束)。", "Inspection {ref} has no rectification items (or is not closed): there is no notice."),
    "no_attachment": ("找不到附件“{ref}”。", "No attachment '{ref}'."),
})
FIELDS.update({"participant": ("参加人员", "participant"), "dept": ("部门", "department"),
               "substation": ("变电站", "substation"), "feeder": ("线路", "feeder"), "pole": ("杆号", "pole"),
               "inspectors": ("检查人员", "inspectors"), "closed_by": ("确认人", "confirmed by"),
               "delivered_to": ("签收人", "received by"), "phone": ("联系电话", "phone"),
               "bureau_name": ("供电单位名称", "bureau name")})

CATALOG.update({
    "sync_bad": ("同步包被拒绝:{problem}。数据库没有任何改动。", "Package refused: {problem}. The database was not changed."),
    "sync_newer": ("同步包来自更新版本的早送({what}),请先升级早送。", "The package comes from a newer Zaosong ({what}): please update Zaosong."),
    "sync_key_changed": ("设备“{device}”的签名密钥变了(新指纹 {fingerprint})。在核实之前不会导入。", "The signing key of device '{device}' changed (new fingerprint {fingerprint}); not imported until checked."),
    "sync_signature": ("同步包的签名无效:文件被改动,或不是它自称的设备发出的。", "The package signature is invalid: the file was altered or did not come from the device it names."),
    "sync_untrusted": ("尚未信任设备“{device}”({device_id})。请与对方核对指纹 {fingerprint},然后执行 sync trust {device_id}。", "Device '{device}' ({device_id}) is not trusted yet. Compare fingerprint {fingerprint} with its owner, then run sync trust {device_id}."),
    "sync_passphrase_needed": ("同步包已加密,需要口令。", "The package is encrypted: a passphrase is needed."),
    "sync_wrong_passphrase": ("口令错误,或同步包已损坏。", "Wrong passphrase, or the package is damaged."),
    "sync_replayed": ("同步包 {package} 已导入过或早于已收到的包(重放),拒绝导入。", "Package {package} was already imported or is older than one received (a replay): refused."),
    "sync_audit": ("设备 {device} 的审计链异常:{problem}。拒绝导入,请联系该设备的使用者。", "The audit chain of device {device} is wrong: {problem}. Refused; contact its user."),
    "sync_unknown_device": ("找不到设备“{ref}”。", "No device '{ref}'."),
    "sync_no_conflict": ("找不到未解决的冲突“{ref}”。", "No open conflict '{ref}'."),
})

CATALOG.update({
    "already_running": ("早送已经在使用这个数据库({path})。请切换到已打开的窗口。", "Zaosong is already open on this database ({path}). Switch to that window."),
    "restore_bad": ("备份文件不可用:{problem}。没有做任何改动。", "The backup cannot be used: {problem}. Nothing was changed."),
})

CATALOG.update({
    "no_sheet": ("找不到定值单“{ref}”。", "No setting sheet '{ref}'."),
    "sheet_state": ("定值单当前为“{status}”,只有“{want}”状态才能这样操作。", "The sheet is '{status}'; this needs a '{want}' sheet."),
})

CATALOG["bad_number"] = ("{what}必须是 {lo} 到 {hi} 之间的整数。", "{what} must be a whole number from {lo} to {hi}.")
FIELDS["device_name"] = ("设备名称", "device name")
FIELDS["warn_wd"] = ("预警阈值", "warning threshold")
FIELDS["cases"] = ("工单数", "number of cases")

CATALOG.update({
    "bad_when": ("时间“{value}”无效:格式为 YYYY-MM-DD HH:MM。", "Time '{value}' is invalid: use YYYY-MM-DD HH:MM."),
    "bad_month": ("月份“{value}”无效:格式为 YYYY-MM。", "Month '{value}' is invalid: use YYYY-MM."),
    "no_meeting": ("找不到会审“{ref}”。", "No review meeting '{ref}'."),
    "meeting_cancelled": ("{when} 的会审已取消。", "The review meeting of {when} is cancelled."),
    "meeting_decided": ("会审已有决定,不能再改期或取消。", "The meeting already has decisions; it cannot be postponed or cancelled."),
    "postpone_earlier": ("改期后的时间 {to} 不晚于原定时间 {was}。", "The new time {to} is not later than {was}."),
    "plan_before_meeting": ("供电方案完成日期 {on} 早于会审决定日期 {decided}。", "PLAN cannot finish on {on}, before the meeting decided on {decided}."),
    "meeting_after_deadline": (
        "工单 {case_no} 的供电方案时限为 {deadline},会审({when})晚于时限;最迟应在 {deadline} 上会。",
        "Case {case_no}: the PLAN deadline is {deadline}, before the meeting ({when}); the latest meeting date that meets it is {deadline}.",
    ),
    "plan_already_decided": ("工单 {case_no} 的供电方案已确定,无需上会。", "The plan of case {case_no} is already decided."),
    "already_on_agenda": ("工单 {case_no} 已在本次会审议程中。", "Case {case_no} is already on this meeting's agenda."),
    "on_other_agenda": ("工单 {case_no} 已列入 {when} 的会审,尚未决定。", "Case {case_no} is on the agenda of the meeting of {when}, not yet decided."),
    "not_on_agenda": ("工单 {case_no} 不在本次会审议程中。", "Case {case_no} is not on this meeting's agenda."),
    "bad_decision": ("会审决定“{value}”无效:可选 approve、approve_with_changes、reject。", "Decision '{value}' is invalid: approve, approve_with_changes or reject."),
    "meeting_not_held": ("会审定于 {when},尚未召开,不能记录决定。", "The meeting is set for {when}; decisions cannot be recorded before it."),
    "minutes_undecided": ("议程中还有工单没有会审决定,不能生成会议纪要。", "Some cases on the agenda have no decision yet: no minutes."),
    "agenda_empty": ("会审议程为空。", "The meeting's agenda is empty."),
    "no_review": ("工单 {case_no} 没有进行中的设计审查。", "Case {case_no} has no design review in progress."),
    "bad_category": ("意见类别“{value}”无效。可选:{known}。", "Opinion category '{value}' is invalid. Known: {known}."),
    "bad_participant": ("参加人员“{value}”格式不对:应为 姓名:部门。", "Participant '{value}' is malformed: use name:department."),
    "bad_review_outcome": ("审查结论“{value}”无效:可选 approved(通过)或 returned(退回修改)。", "Review outcome '{value}' is invalid: approved or returned."),
    "bad_risk_kind": ("风险类别“{value}”无效。可选:{known}。", "Risk kind '{value}' is invalid. Known: {known}."),
    "no_risk": ("找不到风险“{ref}”。", "No risk '{ref}'."),
    "risk_closed": ("风险 {ref} 已经关闭。", "Risk {ref} is already closed."),
    "agenda_item_decided": ("工单 {case_no} 已有会审决定,不能移出议程。",
                            "Case {case_no} already has a decision at this meeting; it cannot leave the agenda."),
})
FIELDS.update({"place": ("地点", "place"), "chair": ("主持人", "chair"), "reason": ("原因", "reason"),
               "representative": ("客户代表", "customer representative"), "institute": ("设计单位", "design institute"),
               "drawings": ("图纸清单", "drawing list"), "opinion": ("审查意见", "opinion"),
               "risk": ("风险描述", "risk"), "owner": ("责任人", "owner")})

CATALOG.update({
    "not_temporary": ("工单 {case_no} 的业务类型是“{type}”,不是临时用电。", "Case {case_no} is '{type}', not a temporary supply."),
    "advice_carried": (
        "临时用电工单 {case_no} 已转为正式工单 {formal},建议已带入正式工单,不能再修改。",
        "Temporary case {case_no} already has its formal case {formal}: the advice was carried over there and can no longer change.",
    ),
    "already_formal": (
        "临时用电工单 {case_no} 已转为正式工单 {formal},不能再转一次。",
        "Temporary case {case_no} already became formal case {formal}; it cannot be converted twice.",
    ),
    "formal_needs_from": (
        "临时转正式工单须指明它由哪个临时用电工单转来。",
        "A temporary-to-formal case must name the temporary case it follows.",
    ),
    "from_needs_formal": (
        "只有临时转正式(TEMP_TO_FORMAL)工单才由临时用电工单转来;给出的业务类型是“{type}”。",
        "Only a temporary-to-formal (TEMP_TO_FORMAL) case follows a temporary case; the type given is '{type}'.",
    ),
    "formal_before_temp": (
        "正式工单的申请日期 {on} 早于临时用电工单 {case_no} 的申请日期 {applied}。",
        "The formal application date {on} is before the application date {applied} of temporary case {case_no}.",
    ),
    "link_type_locked": (
        "工单 {case_no} 与临时用电/正式工单相关联,不能修改业务类型。",
        "Case {case_no} is linked to its temporary or formal counterpart; its business type cannot change.",
    ),
    "no_review_yet": ("工单 {case_no} 还没有设计审查记录。", "Case {case_no} has no design review yet."),
    "no_review_round": ("工单 {case_no} 没有第 {round} 轮设计审查。", "Case {case_no} has no design review round {round}."),
})
FIELDS["minutes"] = ("会议纪要", "minutes")
CATALOG.update({
    "minutes_not_held": (
        "会审定于 {when},尚未召开,不能填写会议纪要。",
        "The meeting is set for {when}; its minutes cannot be written before it is held.",
    ),
    "minutes_not_text": ("会议纪要必须是文字。", "The minutes must be text."),
    "minutes_too_long": (
        "会议纪要过长:{length} 个字符,最多 {max} 个字符。",
        "The minutes are too long: {length} characters, at most {max}.",
    ),
    "minutes_control_chars": (
        "会议纪要第 {line} 行含有控制字符(只允许换行和制表符)。",
        "Line {line} of the minutes contains control characters (only line breaks and tabs are allowed).",
    ),
})
FIELDS.update({"room": ("配电房位置", "room position"), "transformer": ("变压器", "transformer"),
               "switchgear": ("开关柜", "switchgear"), "capacity_kva": ("申请容量", "capacity"),
               "clause": ("依据条款", "clause")})

# --- gates (issue 14 §2) ---
CATALOG.update({
    "gate_rule_set": ("“{name}”第 {version} 版({id})", "'{name}' version {version} ({id})"),
    "gate_meeting_required": (
        "工单 {case_no} 申请容量 {kva} kVA,须经业扩会审同意后才能完成供电方案(会审:{meeting})。"
        "依据现行时限规则{rules}:{threshold} kVA 及以上须业扩会审。",
        "Case {case_no} ({kva} kVA) needs an approving review-meeting decision before PLAN can finish "
        "(meeting: {meeting}). Rule set in force {rules}: {threshold} kVA and above go to a review meeting.",
    ),
    "gate_meeting_rejected": (
        "工单 {case_no} 的供电方案在 {when} 的会审中未获同意,须重新上会。"
        "依据现行时限规则{rules}:{threshold} kVA 及以上须业扩会审同意。",
        "The plan of case {case_no} was rejected at the meeting of {when}; it must go to a meeting again. "
        "Rule set in force {rules}: {threshold} kVA and above need an approving review meeting.",
    ),
    "gate_joint_review_required": (
        "工单 {case_no} 申请容量 {kva} kVA,须联合审图:尚缺 {missing} 的参加人员,设计审查不能通过。"
        "依据现行时限规则{rules}:{threshold} kVA 及以上{scope}须联合审图。",
        "Case {case_no} ({kva} kVA) needs a joint review: participants from {missing} are missing, so the "
        "design review cannot pass. Rule set in force {rules}: {threshold} kVA and above{scope} need a joint review.",
    ),
    "gate_scope_typical_excepted": ("(典型设计除外)", " (typical designs excepted)"),
    "gate_on": ("开", "on"),
    "gate_off": ("关", "off"),
    "gate_line_meeting": (
        "业扩会审锁:{state}。{threshold} kVA 及以上的工单须经会审同意才能完成供电方案({rules})。",
        "Review-meeting lock: {state}. Cases of {threshold} kVA and above need an approving meeting decision "
        "before PLAN can finish ({rules}).",
    ),
    "gate_line_joint": (
        "联合审图锁:{state}。{threshold} kVA 及以上{scope}的工单须有 {departments} 的人员参加审图,"
        "设计审查才能通过({rules})。",
        "Joint-review lock: {state}. Cases of {threshold} kVA and above{scope} need participants from "
        "{departments} before the design review can pass ({rules}).",
    ),
    "gate_line_rectification": (
        "整改闭环锁:{state}。中间检查、竣工检验有未关闭的整改项时不能通过(不可关闭)。",
        "Rectification lock: {state}. A mid or completion inspection cannot pass while a rectification item "
        "is open (always on).",
    ),
    "gate_line_inherited": (
        "现行主时限规则未写明这些锁,沿用随软件提供的{rules}的规定。",
        "The primary rule set in force names no locks: those of the bundled {rules} apply.",
    ),
})
# --- db safety (issue 13 §3) ---
CATALOG.update({
    "db_damaged": (
        "数据库文件 {path} 已损坏({problem}),不能再写入。最新的完好备份是 {backup}(备份于 {backup_time});"
        "损坏的文件最后修改于 {damaged_time}:这两个时间之间录入的内容将会丢失。"
        "恢复:运行 zaosong restore --latest(或重新打开工作台),损坏的文件会改名保存在 backups/ 文件夹,不会被覆盖或删除。",
        "The database file {path} is damaged ({problem}) and will not be written to. The newest good backup is "
        "{backup} (taken {backup_time}); the damaged file was last changed {damaged_time}: what was entered between "
        "those two times will be lost. To recover run zaosong restore --latest (or open the workbench): the damaged "
        "file is renamed into the backups/ folder, never overwritten or deleted.",
    ),
    "db_damaged_no_backup": (
        "数据库文件 {path} 已损坏({problem}),不能再写入,也没有完好的备份。"
        "请把这个文件交给技术人员;运行 zaosong restore --set-aside 会把它改名保存在 backups/ 文件夹,然后建立一个新的数据库。",
        "The database file {path} is damaged ({problem}) and will not be written to, and there is no good backup. "
        "Hand the file to a technician; zaosong restore --set-aside renames it into the backups/ folder so that a "
        "new database can be made.",
    ),
    "db_damaged_stopped": (
        "数据库文件 {path} 在使用中发现损坏,此后不再写入。请关闭早送后重新打开以恢复备份。",
        "The database file {path} was found damaged while in use; nothing more is written to it. Close Zaosong "
        "and open it again to restore a backup.",
    ),
    "disk_full": (
        "磁盘已满({folder}):没有保存,也没有做任何改动。请腾出磁盘空间后再试,已保存的数据不受影响。",
        "The disk is full ({folder}): nothing was saved and nothing was changed. Free some disk space and try "
        "again; what was saved before is intact.",
    ),
    "db_io": ("读写数据库 {path} 时发生磁盘错误:{error}。没有做任何改动。",
              "A disk error while reading or writing the database {path}: {error}. Nothing was changed."),
    "db_busy": ("另一个程序正在写入数据库 {path},等待超时:没有做任何改动,请稍后再试。",
                "Another program kept the database {path} busy for too long: nothing was changed; try again."),
    "no_good_backup": ("{folder} 里没有完好的备份。没有做任何改动。",
                       "There is no good backup in {folder}. Nothing was changed."),
    "restore_while_open": (
        "早送工作台正在使用这个数据库({path}):请先关闭工作台再恢复,或在工作台的“设置 → 恢复备份”里恢复。",
        "The Zaosong workbench has this database open ({path}): close it before restoring, or restore from its "
        "Settings → Restore a backup.",
    ),
    "upgrade_while_open": (
        "这个数据库需要升级架构,但早送工作台正在使用它({path}):请先关闭工作台。没有做任何改动。",
        "This database needs a schema upgrade, but the Zaosong workbench has it open ({path}): close it first. "
        "Nothing was changed.",
    ),
    "db_in_use": ("数据库文件 {path} 正被另一个程序使用,不能改名:{error}。请关闭其他程序后再试。",
                  "The database file {path} is in use by another program and cannot be renamed: {error}. Close it and try again."),
    "restore_what": ("请给出备份文件,或使用 --latest(最新的完好备份)或 --set-aside。",
                     "Give a backup file, or --latest (the newest good backup), or --set-aside."),
    "db_problem_empty": ("文件为 0 字节", "the file is 0 bytes"),
    "db_problem_header": ("文件头不是 SQLite 数据库的", "its header is not a SQLite database's"),
    "clock_backwards": (
        "本机时钟曾经回拨:{when} 时比已记录的时间早 {minutes} 分钟。记录时间按已知的最晚时间记,补录标记不受影响;请校准本机时钟。",
        "This computer's clock went backwards: at {when} it was {minutes} minutes behind times already recorded. "
        "Recording times use the latest known time, so late entries are still flagged; please set the clock right.",
    ),
})
# --- sync trust (issue 13 §2) ---
CATALOG.update({
    "invisible_chars": (
        "{what}含有不可见字符(零宽空格、文字方向标记等),请删去后再输入。",
        "The {what} contains invisible characters (zero-width spaces, direction marks and the like); remove them.",
    ),
    "sync_export_invalid": (
        "本机有数据是其他设备会拒收的,同步包没有写出。请先改正:{rows}",
        "Some data here would be refused by every other device, so no package was written. Fix first: {rows}",
    ),
    "sync_forged": (
        "同步包里以设备“{device}”名义的事件或计数不是它自己签名的({problem})。这个包由“{sender}”发出,"
        "拒绝导入;请告知主管核查。",
        "Events or counters in the name of device '{device}' are not signed by it ({problem}). The package comes "
        "from '{sender}': refused; tell the supervisor.",
    ),
    "sync_counter": (
        "同步包中的行声称设备“{device}”的版本计数高于该设备自己签名的 {signed}:{rows}。拒绝导入。",
        "Rows in the package claim version counters of device '{device}' above the {signed} it signed itself: "
        "{rows}. Refused.",
    ),
    "sync_rewritten": (
        "设备“{device}”的第 {seq} 条事件与本机已有的同一事件不同(历史被改写)。拒绝导入。",
        "Event {seq} of device '{device}' differs from the same event held here (history rewritten). Refused.",
    ),
    "sync_chain_gap": (
        "缺少设备“{device}”第 {have} 条之后、第 {seq} 条之前的事件:有一个同步包还没有导入。这个包已保存,"
        "缺少的包导入后会自动导入;也可以请对方导出完整同步包(sync export --full)。",
        "Events of device '{device}' after {have} and before {seq} are missing: a package has not been imported "
        "yet. This one is kept and imported once the missing one is; or ask for a full package (sync export "
        "--full).",
    ),
})
# --- data at rest (issue 13 §4) ---
CATALOG.update({
    "secret_store_failed": (
        "无法保存本机的签名密钥:系统钥匙串不可用,密钥文件夹 {place} 也无法写入({error})。数据库未作改动。",
        "This laptop's signing key could not be stored: the system keyring is unavailable and the key "
        "folder {place} cannot be written ({error}). The database was not changed.",
    ),
    "secret_store_unavailable": (
        "系统钥匙串没有应答({error}),无法读取本机的签名密钥。请解锁钥匙串或重新登录后再打开早送。",
        "The system keyring did not answer ({error}); this laptop's signing key cannot be read. Unlock the "
        "keyring or log in again, then reopen Zaosong.",
    ),
})
# --- corrections (issue 15) ---
FIELDS.update({"account_no": ("户号", "account number"), "applied_on": ("申请日期", "application date"),
               "supply_kv": ("供电电压", "supply voltage"), "business_type": ("业务类型", "business type"),
               "started_on": ("开始日期", "start date"), "finished_on": ("完成日期", "finish date"),
               "outcome": ("结论", "outcome"), "ended_on": ("结束日期", "end date"),
               "pause_started_on": ("暂停开始日期", "pause start"), "pause_ended_on": ("暂停结束日期", "pause end"),
               "decision": ("会审决定", "meeting decision"), "result": ("检查结果", "inspection result")})
CATALOG.update({
    "date_in_future": (
        "日期 {on} 晚于今天({today}):不能记录尚未发生的事。",
        "The date {on} is after today ({today}): what has not happened yet cannot be recorded.",
    ),
    "date_after_training_day": (
        "日期 {on} 晚于培训设定的今天({today}):不能记录尚未发生的事。",
        "The date {on} is after the training day set as today ({today}): it cannot be recorded.",
    ),
    "bad_correction_reason": (
        "更正原因“{value}”无效,可选:{known}。",
        "Correction reason '{value}' is invalid; choose one of: {known}.",
    ),
    "reason_not_for": (
        "原因“{reason}”不能用于{use}。可选:{known}。",
        "The reason '{reason}' cannot be used to {use}; choose one of: {known}.",
    ),
    "correct_what": (
        "请给出且只给出一项更正:--started、--finished 或 --outcome。",
        "Give exactly one correction: --started, --finished or --outcome.",
    ),
    "no_round": ("工单 {case_no} 没有“{stage}”第 {round} 轮。", "Case {case_no} has no round {round} of '{stage}'."),
    "round_not_finished": (
        "“{stage}”第 {round} 轮尚未完成,没有完成日期或结论可更正。",
        "Round {round} of '{stage}' has not finished: it has no finish date or outcome to correct.",
    ),
    "correction_unchanged": ("{what}已经是 {value},无需更正。", "The {what} is already {value}: nothing to correct."),
    "correction_in_the_way": (
        "更正后{what}为 {on},与{entry}({entry_on})的先后次序不符:请先更正{entry}。",
        "With the correction the {what} would be {on}, out of order with {entry} ({entry_on}): correct {entry} first.",
    ),
    "correction_bad_outcome": (
        "“{stage}”的结论只能是通过;整改或退改只适用于设计审查和检查环节。",
        "'{stage}' can only pass; rectification applies to design review and inspections only.",
    ),
    "bad_correct_field": (
        "不能更正的字段“{value}”,可更正:{known}。",
        "The field '{value}' cannot be corrected; these can: {known}.",
    ),
    "nothing_to_undo": ("工单 {case_no} 没有可撤回的操作。", "Case {case_no} has no step to undo."),
    "cannot_undo": (
        "最后一步({kind})不能撤回:请用更正(case correct)修改所记录的内容,误建的工单请撤销(case withdraw)。",
        "The last step ({kind}) cannot be undone: correct the recorded entry (case correct), or withdraw a case "
        "entered by mistake (case withdraw).",
    ),
    "decision_not_made": (
        "会审尚未对工单 {case_no} 作出决定:请记录决定,而不是更正。",
        "The meeting has not decided on case {case_no} yet: record the decision instead of correcting it.",
    ),
    "inspection_still_open": (
        "检查 {ref} 尚未结束:结束前直接修改结果即可,不必更正。",
        "Inspection {ref} is still open: set the result directly; a correction is for closed inspections.",
    ),
    "result_changes_outcome": (
        "把检查项 {code} 在合格与不合格之间更正会改变{entry}的结论和整改项:请先更正{entry}的结论。",
        "Turning item {code} between pass and fail would change the outcome and rectification items of "
        "{entry}: correct that outcome first.",
    ),
    "no_opinion": ("工单 {case_no} 第 {round} 轮设计审查没有第 {number} 条意见。",
                   "Case {case_no} has no opinion {number} in design review round {round}."),
    "opinion_changes_outcome": (
        "第 {number} 条意见是否必须整改决定了{entry}的结论,该轮已结束:请先更正{entry}的结论。",
        "Whether opinion {number} must be fixed decided the outcome of {entry}, which is closed: correct that "
        "outcome first.",
    ),
    "no_pause": (
        "“{stage}”第 {round} 轮没有第 {n} 次暂停(共 {count} 次)。",
        "Round {round} of '{stage}' has no pause {n} (it has {count}).",
    ),
    "pause_still_open": (
        "“{stage}”的暂停尚未结束:结束暂停请用恢复,不是更正。",
        "The pause of '{stage}' has not ended: end it by resuming, not by a correction.",
    ),
    # --- encryption at rest (SQLCipher; issue 13 §4) ---
    "db_key_missing": (
        "{path} 已加密,本机没有它的密钥(在别的电脑上建立,或钥匙串已清空)。请用建立时抄下的恢复密钥打开:"
        "zaosong --db {path} keys unlock --recovery-key 恢复密钥。文件未作任何改动。",
        "{path} is encrypted and this computer does not hold its key (it was made on another computer, or the "
        "keyring was cleared). Open it with the recovery key written down when it was made: zaosong --db {path} "
        "keys unlock --recovery-key KEY. Nothing was changed.",
    ),
    "db_key_wrong": (
        "无法用本机保存的密钥打开 {path}:密钥不对,或文件第一页已损坏。请用恢复密钥打开"
        "(zaosong keys unlock --recovery-key 恢复密钥),或从备份恢复。文件未作任何改动。",
        "{path} cannot be opened with the key held for it: the key is wrong, or the file's first page is damaged. "
        "Open it with the recovery key (zaosong keys unlock --recovery-key KEY) or restore a backup. Nothing was "
        "changed.",
    ),
    "recovery_key_bad": (
        "恢复密钥格式不对:应为 8 组、每组 4 个字母或数字(如 ABCD-EFGH-…)。",
        "The recovery key is not well formed: it is 8 groups of 4 letters or digits (like ABCD-EFGH-...).",
    ),
    "recovery_key_wrong": (
        "这个恢复密钥打不开 {path}:它属于另一个数据库,或抄写有误。文件未作任何改动。",
        "This recovery key does not open {path}: it belongs to another database, or it was copied wrongly. "
        "Nothing was changed.",
    ),
    "recovery_not_encrypted": ("{path} 没有加密,不需要恢复密钥。", "{path} is not encrypted: it needs no recovery key."),
    "recovery_not_pending": (
        "恢复密钥已确认抄下,不再保存在本机,无法再次显示。请使用当初抄下的恢复密钥。",
        "The recovery key was confirmed as written down and is no longer kept on this computer, so it cannot be "
        "shown again. Use the copy you wrote down.",
    ),
})

# --- Excel ledger (issue 17) -------------------------------------------------------------------------
CATALOG.update({
    "ledger_missing": ("找不到台账文件 {name}。", "Ledger file {name} not found."),
    "ledger_unreadable": ("{name} 不是可读的 Excel 工作簿(.xlsx)或已损坏:请在 Excel 中另存为 .xlsx 后再导入。",
                          "{name} is not a readable Excel workbook (.xlsx) or is damaged: save it as .xlsx in Excel "
                          "and import it again."),
    "ledger_too_big": ("{name} 太大或解压后异常庞大,未读取(上限 50 MB,解压后 400 MB)。",
                       "{name} is too large, or unpacks to far more than it should; not read (limits 50 MB, "
                       "400 MB unpacked)."),
    "ledger_too_many_rows": ("工作表有 {rows} 行(列),超过上限 {max}:请拆分后导入。",
                             "The sheet has {rows} rows (columns), more than the limit of {max}: split it first."),
    "ledger_no_sheet": ("工作簿中没有名为“{sheet}”的工作表;现有:{sheets}。",
                        "The workbook has no sheet named '{sheet}'; it has: {sheets}."),
    "ledger_csv_sheet": ("{name} 是 CSV 文件,没有工作表可选。", "{name} is a CSV file: it has no sheets to choose."),
    "ledger_bad_kind": ("只能导入 .xlsx 或 .csv 文件,{name} 不是。", "Only .xlsx and .csv files can be imported; {name} is neither."),
    "ledger_bad_encoding": ("{name} 既不是 UTF-8 也不是 GB18030 编码,无法读取。",
                            "{name} is neither UTF-8 nor GB18030 text; it cannot be read."),
    "ledger_no_header": ("在前 15 行中找不到表头(至少要认出户名、户号、容量、申请日期中的两列):请检查工作表或提供列对照文件。",
                         "No header found in the first 15 rows (at least two of customer, account, capacity, "
                         "application date must be recognised): check the sheet or give a mapping file."),
    "ledger_bad_mapping": ("列对照中有未知字段:{keys}。可用字段:{allowed}。",
                           "The mapping names unknown fields: {keys}. Known fields: {allowed}."),
    "ledger_mapping_unreadable": ("列对照文件 {name} 不是 {{\"表头\": \"字段\"}} 形式的 JSON:{detail}",
                                  "Mapping file {name} is not JSON of the form {{\"header\": \"field\"}}: {detail}"),
    "ledger_bad_date": ("{field}“{value}”不是日期(可写 2026-11-02、2026/11/2、2026年11月2日 或 Excel 日期)。",
                        "{field} '{value}' is not a date (write 2026-11-02, 2026/11/2, 2026年11月2日 or an Excel date)."),
    "ledger_bad_kva": ("{field}“{value}”不是容量(可写 630、630kVA、2×630)。",
                       "{field} '{value}' is not a capacity (write 630, 630kVA, 2×630)."),
    "ledger_bad_kv": ("{field}“{value}”不是供电电压(10、20、35 或 110 kV)。",
                      "{field} '{value}' is not a supply voltage (10, 20, 35 or 110 kV)."),
    "ledger_account_as_number": ("户号 {value} 在 Excel 中以数字保存,前导零已丢失,无法确定原户号:请把户号列设为文本并填写完整的 10 位户号。",
                                 "Account {value} was stored as a number in Excel and lost its leading zeros, so the "
                                 "real account cannot be known: format the column as text and type all 10 digits."),
    "ledger_bad_type": ("业务类型“{value}”无法识别(新装、增容、临时用电)。",
                        "Business type '{value}' is not known (新装 new, 增容 increase, 临时用电 temporary)."),
    "ledger_missing_value": ("缺少{field}。", "{field} is missing."),
    "ledger_temp_to_formal": ("临时转正式的工单要从其临时用电工单创建,不能从台账导入。",
                              "A temporary-to-formal case is created from its temporary case, not imported from a ledger."),
    "ledger_stage_gap": ("“{stage}”没有完成日期,而后面的“{later}”有日期:环节须依次完成。",
                         "'{stage}' has no finish date while the later '{later}' has dates: stages finish in order."),
    "ledger_stage_no_start": ("“{stage}”有完成日期但没有开始日期:这一环节不随上一环节自动开始,请填写开始日期。",
                              "'{stage}' has a finish date but no start date: this stage does not start by itself "
                              "after the one before, so give its start."),
    "ledger_accept_start": ("业务受理开始日期 {on} 与申请日期 {applied} 不同:受理从申请日期起算。",
                            "The acceptance start {on} differs from the application date {applied}: acceptance "
                            "starts on the application date."),
    "ledger_duplicate": ("与第 {first} 行的户号和申请日期相同:同一文件中重复。",
                         "Same account and application date as row {first}: a duplicate within the file."),
    "ledger_stage_started": ("“{stage}”开始日期", "'{stage}' start date"),
    "ledger_stage_finished": ("“{stage}”完成日期", "'{stage}' finish date"),
    "ledger_field_case_no": ("工单号", "case number"),
    "ledger_field_customer_name": ("户名", "customer name"),
    "ledger_field_account_no": ("户号", "account number"),
    "ledger_field_capacity_kva": ("申请容量", "capacity"),
    "ledger_field_applied_on": ("申请日期", "application date"),
    "ledger_field_manager": ("客户经理", "customer manager"),
    "ledger_field_township": ("乡镇", "township"),
    "ledger_field_supply_kv": ("供电电压", "supply voltage"),
    "ledger_field_business_type": ("业务类型", "business type"),
    "ledger_field_contact": ("联系人", "contact"),
    "ledger_field_address": ("用电地址", "address"),
    "ledger_field_note": ("备注(保留在工单上)", "note (kept on the case)"),
})

# --- issued periods, training day (issue 15, i15) ---
CATALOG.update({
    "bad_period": ("“{value}”不是统计期:请写年月,例如 2012-07。", "'{value}' is not a period: write a month, e.g. 2012-07."),
    "period_not_begun": ("统计期 {period} 尚未开始(今天是 {today}),不能上报。",
                         "Period {period} has not begun (today is {today}): it cannot be issued."),
    "period_already_issued": ("统计期 {period} 已于 {at} 上报。", "Period {period} was already issued at {at}."),
})

# --- issue 16: the papers a manager hands over (受理回执, 供电方案答复单, 业务收费通知单, 竣工验收意见书,
# 送电单) and the fees of a case ----------------------------------------------------------------------
CATALOG.update({
    "paper_bad_kind": ("没有“{value}”这种单据:可选 {known}。", "There is no paper '{value}': choose one of {known}."),
    "paper_needs_survey": (
        "工单 {case_no} 尚未录入现场查勘结果,不能出具{paper}:请先在“现场查勘”中录入接入点、电源、计量方式和变压器。",
        "Case {case_no} has no site survey recorded, so the {paper} cannot be made: record the survey "
        "(connection point, source, metering, transformers) first.",
    ),
    "paper_needs_decision": (
        "工单 {case_no} 申请容量 {kva} kVA,须经业扩会审同意,会审尚未作出决定,不能出具{paper}。",
        "Case {case_no} ({kva} kVA) needs the review meeting's approval, and the meeting has not decided yet: "
        "the {paper} cannot be made.",
    ),
    "paper_plan_rejected": (
        "业扩会审({when})未同意工单 {case_no} 的供电方案,不能出具{paper}:请重新会审。",
        "The review meeting of {when} rejected the supply plan of case {case_no}: the {paper} cannot be made "
        "until a meeting approves it.",
    ),
    "paper_needs_fees": (
        "工单 {case_no} 尚未登记收费项目,不能出具{paper}:请先登记收费(项目、金额、依据)。",
        "Case {case_no} has no fees recorded, so the {paper} cannot be made: record the fees "
        "(item, amount, basis) first.",
    ),
    "paper_needs_acceptance": (
        "工单 {case_no} 的竣工检验{state},没有合格的竣工检验,不能出具{paper}。",
        "Case {case_no} has no passed completion inspection (it is {state}), so the {paper} cannot be made.",
    ),
    "fee_bad_amount": (
        "金额“{value}”无效:请输入以元为单位的正数,最多两位小数(如 12000 或 12000.50)。",
        "Amount '{value}' is invalid: type a positive amount in yuan with at most two decimals (e.g. 12000 or "
        "12000.50).",
    ),
    "fee_basis_required": (
        "收费项目“{item}”没有默认依据:请填写收费依据(文件或标准)。",
        "Fee item '{item}' has no usual basis: type the basis (the document or tariff) of the amount.",
    ),
    "fee_unknown": ("找不到收费记录“{ref}”。", "No fee '{ref}'."),
    "fee_withdrawn_already": ("收费记录“{ref}”已于 {on} 撤销。", "Fee '{ref}' was already withdrawn on {on}."),
    "paper_none_available": ("工单 {case_no} 目前没有可出具的单据:请用 doc list 查看各单据缺少什么。",
                             "Case {case_no} has no paper that can be made yet: doc list shows what each one lacks."),
    "print_failed": ("打印失败:{problem}", "Printing failed: {problem}"),
})
FIELDS.update({"fee_item": ("收费项目", "fee item"), "fee_basis": ("收费依据", "basis of the fee"),
               "fee_reason": ("撤销原因", "reason"), "amount": ("金额", "amount")})

# --- services and store (issue 14 §3): the texts that were written inline where they were refused
CATALOG.update({
    # protection settings (定值计算): the Chinese as it was; labels of inputs stay as the form names them
    "prot_ct_unreadable": ("电流互感器变比“{text}”无法识别：应写成 一次电流/二次电流，例如 100/5。",
                           "CT ratio '{text}' is not understood: write primary/secondary current, e.g. 100/5."),
    "prot_ct_secondary": ("电流互感器变比“{text}”无效：二次额定电流应为 1 A 或 5 A。",
                          "CT ratio '{text}' is invalid: the rated secondary current is 1 A or 5 A."),
    "prot_ct_primary": ("电流互感器变比“{text}”无效：一次额定电流应大于二次额定电流。",
                        "CT ratio '{text}' is invalid: the primary current must exceed the secondary."),
    "prot_ratio_unreadable": ("变压器额定电压比“{text}”无法识别：应写成 高压/低压（kV），例如 10/0.4 或 10.5/0.4。",
                              "Transformer voltage ratio '{text}' is not understood: write HV/LV in kV, e.g. 10/0.4 "
                              "or 10.5/0.4."),
    "prot_ratio_bad": ("变压器额定电压比“{text}”无效：低压侧应低于 1 kV，高压侧应高于 1 kV。",
                       "Transformer voltage ratio '{text}' is invalid: the LV side is below 1 kV, the HV side above."),
    "prot_not_number": ("{label}“{value}”不是数值。", "{label} '{value}' is not a number."),
    "prot_not_finite": ("{label}“{value}”不是有限的数值。", "{label} '{value}' is not a finite number."),
    "prot_not_positive": ("{label}应大于 0（现为 {value}）。", "{label} must be greater than 0 (it is {value})."),
    "prot_negative": ("{label}不能为负数（现为 {value}）。", "{label} cannot be negative (it is {value})."),
    "prot_sk_swapped": ("最小运行方式短路容量 {sk_min} MVA 大于最大运行方式短路容量 {sk_max} MVA：两者可能填反了。",
                        "The minimum short-circuit power {sk_min} MVA exceeds the maximum {sk_max} MVA: the two may "
                        "be swapped."),
    "prot_rx": ("系统阻抗 R/X = {rx} 不合理：10 kV 系统一般为 0.05～0.5（未知时取 0.1）。",
                "System R/X = {rx} is not credible: a 10 kV system is usually 0.05-0.5 (0.1 when unknown)."),
    "prot_uk_not_positive": ("短路电压 u_k = {uk}% 无效：应大于 0（配电变压器一般为 4%～6%）。",
                             "Short-circuit voltage u_k = {uk}% is invalid: it must be above 0 (distribution "
                             "transformers: 4-6%)."),
    "prot_uk_too_high": ("短路电压 u_k = {uk}% 不合理：配电变压器一般为 4%～6%，不超过 20%。请核对铭牌（是否把百分数填成了别的量）。",
                         "Short-circuit voltage u_k = {uk}% is not credible: distribution transformers have 4-6%, "
                         "never above 20%. Check the rating plate."),
    "prot_count": ("变压器台数“{count}”无效：应为 1～10 的整数。",
                   "Transformer count '{count}' is invalid: a whole number from 1 to 10."),
    "prot_over_applied": ("变压器容量 {total} kVA 大于申请容量 {applied} kVA：请核对变压器或先办理增容。",
                          "Transformer capacity {total} kVA exceeds the applied {applied} kVA: check the "
                          "transformers or apply for a capacity increase first."),
    "prot_pk": ("负载损耗 P_k = {pk} kW 不合理：其电阻压降 {drop}% 不小于短路电压 u_k = {uk}%。",
                "Load loss P_k = {pk} kW is not credible: its resistive drop {drop}% is not below u_k = {uk}%."),
    "prot_vector": ("联结组别“{value}”无效：可选 Dyn11 或 Yyn0。", "Vector group '{value}' is invalid: Dyn11 or Yyn0."),
    "prot_ct_scheme": ("CT 接线“{value}”无效：可选 3ct（三相）或 2ct（两相）。",
                       "CT scheme '{value}' is invalid: 3ct (three-phase) or 2ct (two-phase)."),
    "prot_hv_mismatch": ("变压器高压侧额定电压 {hv} kV 与系统标称电压 {un} kV 不匹配。",
                         "The transformer's rated HV {hv} kV does not match the nominal system voltage {un} kV."),
    "prot_lv_mismatch": ("低压系统标称电压 {nlv} kV 与变压器低压额定电压 {lv} kV 不匹配。",
                         "The nominal LV system voltage {nlv} kV does not match the transformer's rated LV {lv} kV."),
    "prot_line_no_impedance": ("线路长度为 {length} km，但未填写单位长度电阻和电抗。",
                               "The line is {length} km long but its resistance and reactance per km are missing."),
    "prot_k_re": ("返回系数 K_re = {value} 无效：过电流继电器的返回系数不大于 1。",
                  "Reset ratio K_re = {value} is invalid: an overcurrent relay's reset ratio is at most 1."),
    "prot_end_temp": ("短路结束时导体温度 θ_e = {value} °C 不合理：应在 20～400 °C 之间。",
                      "Conductor temperature at the end of the short circuit θ_e = {value} °C is not credible: "
                      "20-400 °C."),
    # the database file
    "db_not_zaosong": ("{path} 不是早送数据库(没有版本信息)。", "{path} is not a Zaosong database (no version information)."),
    "db_not_sqlite": ("{path} 不是有效的 SQLite 数据库:{error}", "{path} is not a valid SQLite database: {error}"),
    # what is wrong with one row of a holiday calendar (cal_bad_row's {problem})
    "cal_row_columns": ("需要 date,kind[,name]", "expected date,kind[,name]"),
    "cal_row_date": ("日期 '{value}' 无效", "bad date '{value}'"),
    "cal_row_range": ("{day} 超出范围", "{day} is out of range"),
    "cal_row_kind": ("类型 '{value}' 无效 (holiday/workday/normal)", "bad kind '{value}' (holiday/workday/normal)"),
    "cal_row_weekday": ("{day} 是工作日,不能作为调休上班日", "{day} is a weekday and cannot be a make-up day"),
    "cal_row_name": ("名称过长或含控制字符", "the name is too long or has control characters"),
    "cal_row_duplicate": ("{day} 与第 {line} 行重复", "{day} repeats line {line}"),
    # what is wrong with a survey record (survey_bad's {problem})
    "survey_not_object": ("不是 JSON 对象", "not an object"),
    "survey_unknown_fields": ("未知字段: {fields}", "unknown fields: {fields}"),
    "survey_no_date": ("缺少 surveyed_on", "surveyed_on is required"),
    "survey_ratio": ("{key}: 例如 100/5", "{key}: e.g. 100/5"),
    "att_not_regular": ("不是普通文件", "not a regular file"),
})
CATALOG["prot_bad_tr_type"] = ("变压器类型“{value}”无效：可选 oil（油浸式）或 dry（干式）。",
                               "Transformer type '{value}' is invalid: oil (oil-immersed) or dry (dry-type).")
# --- issue 16: first start, practice database, calendar editor --------------------------------------
FIELDS.update({"station": ("供电所", "supply station")})
CATALOG.update({
    "practice_not_practice": (
        "{path} 不是演示库:演示数据只放进单独的演示库,不会放进正式数据库。",
        "{path} is not a practice database: demo data only goes into the separate practice database, never "
        "into a real one.",
    ),
})
CATALOG.update({
    "cal_bad_rows": ("日历文件有 {count} 行有误,未导入任何内容:\n{lines}",
                     "{count} line(s) of the calendar are wrong; nothing was imported:\n{lines}"),
    "cal_line": ("第 {line} 行:{problem}", "line {line}: {problem}"),
    "cal_more_lines": ("……另有 {count} 行有误", "… and {count} more wrong lines"),
    "cal_p_columns": ("应为 日期,类型[,名称]", "expected date,kind[,name]"),
    "cal_p_date": ("日期“{value}”无效(应为 YYYY-MM-DD)", "bad date '{value}' (expected YYYY-MM-DD)"),
    "cal_p_range": ("{value} 超出日历支持范围(2000–2100)", "{value} is outside the supported range (2000–2100)"),
    "cal_p_kind": ("类型“{value}”无效(应为 holiday 休息、workday 调休上班或 normal 恢复)",
                   "bad kind '{value}' (holiday, workday or normal)"),
    "cal_p_weekday": ("{value} 本来就是工作日,不能作为调休上班日", "{value} is a weekday: it cannot be a make-up working day"),
    "cal_p_name": ("名称过长(最多 50 字)或含控制字符", "the name is too long (50 characters at most) or holds control characters"),
    "cal_p_duplicate": ("{value} 与第 {other} 行重复", "{value} repeats line {other}"),
})
CATALOG.update({
    "sync_cfg_day_holiday": ("{day} 节假日 {name}", "{day} holiday {name}"),
    "sync_cfg_day_workday": ("{day} 调休上班 {name}", "{day} make-up working day {name}"),
    "sync_cfg_year": ("{year} 年日历({source})", "calendar of {year} ({source})"),
    "sync_cfg_deleted": ("(删除)", " (deleted)"),
    "sync_cfg_rules": ("时限规则", "time-limit rules"),
    "sync_cfg_checklist": ("检查模板", "checklist template"),
    "cli_error": ("错误:{message}", "error: {message}"),
})
# --- the papers of a day (issue 16, i16more) ---
CATALOG.update({
    "paper_case_or_day": ("请给出工单和 --kind,或只给 --day(可加 --manager)打印一天的单据。",
                          "Give a case and --kind, or only --day (with --manager if wanted) for the papers of a day."),
    "paper_none_of_day": ("{day} {manager} 没有当天出具的单据(当天无受理、方案答复、收费登记、验收合格或送电)。",
                          "No papers are dated {day} {manager} (nothing accepted, replied, charged, passed or "
                          "energised that day)."),
})
# --- sync problems (issue 14 §3): what is wrong with a package, in the user's language (the {problem} of
# sync_bad, sync_audit and sync_forged; the rows of sync_export_invalid)
CATALOG.update({
    "sync_p_where_row": ("records 第 {line} 行 {column}", "records line {line} {column}"),
    "sync_p_history_truncated": ("历史被截断", "history truncated"),
    "sync_p_history_edited": ("历史被改动", "history edited"),
    "sync_p_inconsistent_rows": ("记录相互矛盾: {error}", "inconsistent rows: {error}"),
    "sync_p_seq_taken": ("事件序号 {seq} 已被另一事件占用", "forked history"),
    "sync_p_seq_twice": ("事件序号 {seq} 出现两次", "forked history"),
    "sync_p_chain_broken": ("事件 {seq} 与前一事件不衔接", "chain broken"),
    "sync_p_event_hash": ("事件 {seq} 哈希不符", "event hash mismatch"),
    "sync_p_chain_start": ("链首无效", "bad chain start"),
    "sync_p_too_many_members": ("{where}: 成员过多", "{where}: too many members"),
    "sync_p_duplicate_member": ("{where}: 重复成员 {name!r}", "{where}: duplicate member {name!r}"),
    "sync_p_member_name": ("{where}: 不允许的成员名: {name!r}", "{where}: member name not allowed: {name!r}"),
    "sync_p_link_member": ("{where}: 链接或目录成员 {name!r}", "{where}: link or folder member {name!r}"),
    "sync_p_encrypted_member": ("{where}: 加密的 zip 成员", "{where}: zip-encrypted member"),
    "sync_p_member_too_large_in": ("{where}: 成员过大: {name}", "{where}: member too large: {name}"),
    "sync_p_compression_ratio": ("{where}: 压缩比异常(疑似 zip 炸弹): {name}", "{where}: suspicious compression ratio: {name}"),
    "sync_p_unpacked_too_large": ("{where}: 解压后过大", "{where}: too large when unpacked"),
    "sync_p_member_too_large": ("成员过大: {name}", "member too large: {name}"),
    "sync_p_member_missing": ("缺少成员: {name}", "member missing: {name}"),
    "sync_p_member_size": ("成员大小不符: {name}", "member size mismatch: {name}"),
    "sync_p_bad_signature": ("签名无效", "bad signature"),
    "sync_p_heads_chain": ("manifest.heads: 与 manifest.chain 不符", "manifest.heads: does not match manifest.chain"),
    "sync_p_unsigned": ("第 {seq} 条及之前的事件没有签名", "events up to {seq} unsigned"),
    "sync_p_not_signed_head": ("第 {seq} 条事件不是它签名的链头({signed})", "event {seq} is not its signed head ({signed})"),
    "sync_p_manifest_not_object": ("manifest 不是对象", "manifest is not an object"),
    "sync_p_too_old": ("过旧的同步包格式", "package older than sync support"),
    "sync_p_own_package": ("这是本机自己导出的同步包", "this package was exported by this device"),
    "sync_p_kdf": ("manifest.encryption: KDF 参数", "manifest.encryption: KDF parameters"),
    "sync_p_decrypted_too_large": ("解密后过大", "too large"),
    "sync_p_records_missing": ("缺少 records.jsonl", "records.jsonl missing"),
    "sync_p_attachment_content": ("附件内容与名称不符: {name}", "attachment content does not match its name: {name}"),
    "sync_p_export_device": ("{name!r}: 本机名称(设置)", "device {name!r}: this device's name (Settings)"),
    "sync_p_export_user": ("{name!r}: 使用者姓名(设置)", "user {name!r}: the user's name (Settings)"),
    "sync_p_not_regular": ("不是普通文件", "not a regular file"),
    "sync_p_unreadable": ("无法读取: {error}", "unreadable: {error}"),
    "sync_p_size": ("文件大小异常", "implausible size"),
    "sync_p_manifest_missing": ("缺少 manifest.json", "manifest.json missing"),
    "sync_p_unlisted_members": ("未列入清单的成员: {names}", "unlisted members: {names}"),
    "sync_p_unlisted": ("未列入清单的成员", "unlisted members"),
    "sync_p_sealed_not_zip": ("解密后的内容不是 zip", "sealed payload is not a zip"),
    "sync_p_corrupt_zip": ("zip 损坏: {error}", "corrupt zip: {error}"),
    "sync_p_unreadable_zip": ("zip 无法读取: {error}", "unreadable zip: {error}"),
    "sync_p_foreign_own_events": ("包里有以本机名义记录、本机却没有的事件",
                                  "the package holds events in this device's name that it never recorded"),
    "sync_p_null": ("{where}: 不能为空", "{where}: must not be null"),
    "sync_p_bool": ("{where}: 应为 true/false", "{where}: true/false expected"),
    "sync_p_integer": ("{where}: 应为整数", "{where}: integer expected"),
    "sync_p_number": ("{where}: 数值无效", "{where}: invalid number"),
    "sync_p_text": ("{where}: 应为文字", "{where}: text expected"),
    "sync_p_nul": ("{where}: 含 NUL", "{where}: contains NUL"),
    "sync_p_time": ("{where}: 时间无效 {value!r}", "{where}: invalid time {value!r}"),
    "sync_p_time_range": ("{where}: 时间超出范围 {value!r}", "{where}: time out of range {value!r}"),
    "sync_p_date": ("{where}: 日期无效 {value!r}", "{where}: invalid date {value!r}"),
    "sync_p_date_range": ("{where}: 日期超出范围", "{where}: date out of range"),
    "sync_p_too_long": ("{where}: 过长", "{where}: too long"),
    "sync_p_columns": ("records 第 {line} 行 {table}: 字段不符(缺少 {missing},多出 {extra})",
                       "records line {line} {table}: columns differ (missing {missing}, extra {extra})"),
    "sync_p_invalid_value": ("records 第 {line} 行 {column}: 取值无效 {value!r}",
                             "records line {line} {column}: invalid value {value!r}"),
    "sync_p_conflict_row": ("records 第 {line} 行 sync_conflict: 所指的行", "records line {line} sync_conflict: the row it names"),
    "sync_p_chain_fields": ("records 第 {line} 行 case_event: 哈希链字段", "records line {line} case_event: chain fields"),
    "sync_p_attachment_type": ("records 第 {line} 行 attachment: 文件内容不是 {media_type}",
                               "records line {line} attachment: the file is not {media_type}"),
    "sync_p_date_column": ("records 第 {line} 行 {column}: 日期无效 {value!r}", "records line {line} {column}: invalid date {value!r}"),
    "sync_p_line_too_long": ("records 第 {line} 行过长", "records line {line} too long"),
    "sync_p_not_utf8": ("records 第 {line} 行不是 UTF-8", "records line {line} is not UTF-8"),
    "sync_p_line_error": ("records 第 {line} 行: {error}", "records line {line}: {error}"),
    "sync_p_unknown_table": ("records 第 {line} 行: 未知的表 {table!r}", "records line {line}: unknown table {table!r}"),
    "sync_p_content_mismatch": ("{where}: 内容与编号、版本或校验值不符", "{where}: content does not match its id, version or hash"),
    "sync_p_member_hash": ("成员校验失败(文件被改动或损坏): {name}", "member hash mismatch: {name}"),
    "sync_p_not_a_package": ("不是有效的同步包(zip): {error}", "not a valid package: {error}"),
    "sync_p_config_not_applied": ("{count} 项日历/规则/模板更改未采用:“{device}”不是主管设备"
                                  "(sync trust DEVICE --supervisor)",
                                  "{count} calendar, rule or template changes not applied: the sender is not marked "
                                  "as a supervisor (sync trust DEVICE --supervisor)"),
})
# --- CLI printed lines (issue 16: in the user's language only)
CATALOG.update({
    "cli_database": ("数据库: {path}", "database: {path}"),
    "cli_exists": (" (已存在)", " (exists)"),
    "cli_restored_from": ("已恢复: {path}", "restored from: {path}"),
    "cli_previous_kept": ("原文件保存为: {path}", "previous file kept as: {path}"),
    "cli_damaged_kept": ("损坏的文件保存为: {path}", "damaged file kept as: {path}"),
    "cli_calendar_imported": ("已导入: {file} (覆盖年份: {first}–{last})", "imported: {file} (covered years: {first}–{last})"),
    "cli_withdrawn_cases": ("已撤销工单: {count}", "withdrawn cases: {count}"),
    "cli_issued": ("已上报期: {periods}", "issued: {periods}"),
    "cli_unlocked": ("已用恢复密钥打开,密钥已存入本机 ({kept_in}): {path}", "unlocked: {path} (key kept in {kept_in})"),
    "cli_recovery_show": ("恢复密钥: {key}\n请抄在纸上、与电脑分开保管;抄好后运行 zaosong keys recovery --confirm。",
                          "recovery key: {key}\nWrite it on paper, keep it apart from the laptop; then run "
                          "zaosong keys recovery --confirm."),
    "cli_recovery_confirmed": ("已确认抄下,本机不再保存恢复密钥", "confirmed: the recovery key is no longer kept on this computer"),
    "cli_encrypted_announce": (
        "数据库已加密: {path}\n恢复密钥: {key}\n请抄下并与电脑分开保管 (换电脑或钥匙串丢失时靠它打开数据库和备份),然后运行 "
        "zaosong keys recovery --confirm。\n",
        "database encrypted: {path}\nrecovery key: {key}\nWrite it down and keep it apart from the laptop (it opens "
        "the database and its backups on another computer); then run zaosong keys recovery --confirm.\n"),
    "cli_ledger_preview": ("预览 (未写入)", "preview (nothing written)"),
    "cli_ledger_imported": ("已导入", "imported"),
    "cli_ledger_counts": ("{head}: 新建 {created}, 匹配 {matched} (补充 {updated}), 未导入 {refused}",
                          "{head}: created {created}, matched {matched} (updated {updated}), refused {refused}"),
    "cli_ledger_row": ("  第 {row} 行: {reasons}", "  row {row}: {reasons}"),
    "cli_ledger_unmapped": ("未对应的列 (保留为工单备注): {columns}", "unmapped columns (kept as a note): {columns}"),
    "cli_ledger_errors_out": ("错误行已写入: {path}", "refused rows written to: {path}"),
    "cli_ledger_exported": ("已导出 {count} 个工单: {path}", "exported {count} cases: {path}"),
    "cli_bad_date_arg": ("日期无效: {value!r} (YYYY-MM-DD)", "invalid date: {value!r} (YYYY-MM-DD)"),
    "cli_warning": ("警告: {message}", "warning: {message}"),
    "cli_paper_available": ("可出具", "available"),
    "cli_fee_withdrawn": ("[已撤销 {on}: {reason}]", "[withdrawn {on}: {reason}]"),
    "cli_passphrase_file": ("口令文件: {error}", "passphrase file: {error}"),
    "cli_audit_ok": ("正常", "ok"),
    "cli_missing_packages": ("缺少的同步包: {packages}", "missing packages: {packages}"),
    "cli_config_applied": ("采用: {table} {change}", "applied: {table} {change}"),
    "cli_config_not_applied": ("未采用: {table} {change}", "not applied: {table} {change}"),
    "cli_waiting_imported": ("随后导入了等待中的同步包: {device} #{seq}", "then imported the waiting package: {device} #{seq}"),
    "cli_p_file_too_large": ("文件过大", "file too large"),
    "cli_p_not_utf8": ("不是 UTF-8", "not UTF-8"),
    "cli_p_nested_too_deeply": ("嵌套过深", "nested too deeply"),
    "cli_p_no_survey": ("尚无查勘记录", "no survey recorded"),
    "cli_p_give_both": ("--inspection 与 --item 需同时给出", "--inspection and --item: give both"),
    "cli_p_case_only_with_notice": ("--case (只用于 --notice)", "--case (only with --notice)"),
    "cli_assumed_calendar": ("注意:{years} 年没有节假日安排,按周末计算。", "note: no holiday schedule for {years}; weekends only."),
    "cli_usual_items": ("常用项目: {items}", "usual items: {items}"),
    # zaosong keys status: the labels in the user's language (they were English only)
    "cli_keys_status": ("数据库:{db}\n已加密:{encrypted}\n密钥保存在:{kept_in}\n恢复密钥待确认:{pending}",
                        "database: {db}\nencrypted: {encrypted}\nkey kept in: {kept_in}\nrecovery key pending: {pending}"),
    "cli_yes": ("是", "yes"),
    "cli_no": ("否", "no"),
    # what is wrong with a row (app/fields.row_problems: a package's staging file, the exporter's check)
    "row_kva_low": ("申请容量必须大于 0", "capacity must be above 0 kVA"),
    "row_kva_high": ("申请容量对该电压不合理", "capacity not credible at its voltage"),
    "row_bad_kv": ("供电电压只能是 10、20、35、110 kV", "supply voltage not 10, 20, 35 or 110 kV"),
    "row_bad_account": ("户号必须是 10 位数字", "account must be 10 digits"),
    "row_round_order": ("环节结束早于开始", "round finished before it started"),
    "row_pause_order": ("暂停结束早于开始", "pause ended before it started"),
    "row_bad_text": ("过长、为空或含控制/不可见字符(最多 {max_len} 字)",
                     "too long, empty or with control or invisible characters (at most {max_len})"),
})


# --- metering (issue 19): the metering configuration, its checks, stock, the monthly plan ----------
FIELDS.update({"metering_text": ("计量配置项", "metering field"), "type_code": ("类型代码", "type code"),
               "type_name": ("名称", "name")})
CATALOG.update({
    "metering_bad_ratio": ("{what}变比“{value}”无效:请写成 一次/二次,如 75/5 或 10000/100。",
                           "{what} ratio '{value}' is invalid: write primary/secondary, e.g. 75/5 or 10000/100."),
    "metering_bad_method": ("计量方式“{value}”无效:应为 high(高供高计)或 low(高供低计)。",
                            "Metering method '{value}' is invalid: use high (HV metering) or low (LV metering)."),
    "metering_bad_wiring": ("接线方式“{value}”无效:应为 3P3W(三相三线)或 3P4W(三相四线)。",
                            "Wiring '{value}' is invalid: use 3P3W (three-phase three-wire) or 3P4W (four-wire)."),
    "metering_bad_count": ("{what}数量“{value}”无效:应为 0 到 {max} 的整数。",
                           "{what} count '{value}' is invalid: a whole number from 0 to {max}."),
    "metering_reason_required": ("工单 {case_no} 已有计量配置({on} {by}):修改须写明原因。",
                                 "Case {case_no} already has a metering configuration ({on} {by}): give a reason to "
                                 "change it."),
    "metering_no_config": ("工单 {case_no} 没有计量配置:尚无查勘记录,也未设置(metering set)。",
                           "Case {case_no} has no metering configuration: no survey and none set (metering set)."),
    "metering_reserved_already": ("工单 {case_no} 的计量器具已于 {on} 预留。",
                                  "The metering equipment of case {case_no} was reserved on {on} already."),
    "metering_stock_unreadable": ("库存表“{name}”无法读取:不是有效的 .xlsx 工作簿。",
                                  "Stock sheet '{name}' cannot be read: not a valid .xlsx workbook."),
    "metering_stock_too_big": ("库存表“{name}”过大或行数过多(最多 {max} 行),未导入。",
                               "Stock sheet '{name}' is too large or has too many rows (at most {max}); nothing "
                               "imported."),
    "metering_stock_no_header": ("库存表“{name}”缺少表头列:{missing}(须有 类型代码、合格在库、待检、已领未装、"
                                 "安全库存、盘点日期)。",
                                 "Stock sheet '{name}' lacks the columns: {missing} (type code, qualified, awaiting "
                                 "test, issued, safety stock, count date)."),
    "metering_stock_bad_row": ("库存表第 {row} 行:{problem}。未导入任何一行。",
                               "Stock sheet row {row}: {problem}. Nothing was imported."),
    "metering_stock_empty": ("库存表“{name}”没有数据行。", "Stock sheet '{name}' has no data rows."),
    "metering_stock_bad_number": ("“{column}”应为 0 到 {max} 的整数,而不是“{value}”",
                                  "'{column}' must be a whole number from 0 to {max}, not '{value}'"),
    "metering_stock_bad_date": ("盘点日期“{value}”无效(YYYY-MM-DD)", "count date '{value}' is invalid (YYYY-MM-DD)"),
    "metering_stock_future": ("盘点日期 {on} 晚于今天 {today}", "count date {on} is after today {today}"),
    "metering_stock_repeat": ("类型代码 {code} 在同一盘点日期重复", "type code {code} repeats on the same count date"),
    "metering_side_HV": ("高压侧", "HV side"),
    "metering_side_LV": ("低压侧", "LV side"),
    "metering_chk_no_ct": ("未配置电流互感器变比,无法校核。", "No CT ratio configured: nothing to check."),
    "metering_chk_load_ok": (
        "额定电流 I = {kva} kVA ÷ (√3 × {kv} kV) = {current} A({side}),电流互感器一次额定 {primary} A,负荷率 "
        "{pct}%,在 {min}%~{max}% 之间{s}。",
        "Rated current I = {kva} kVA / (√3 x {kv} kV) = {current} A ({side}); CT rated primary {primary} A; load "
        "{pct} %, within {min} %..{max} %{s}."),
    "metering_chk_load_low": (
        "额定电流 I = {kva} kVA ÷ (√3 × {kv} kV) = {current} A({side}),电流互感器一次额定 {primary} A,负荷率 "
        "{pct}%,低于 {min}%{s}:变比偏大,请选小一档的变比。",
        "Rated current I = {kva} kVA / (√3 x {kv} kV) = {current} A ({side}); CT rated primary {primary} A; load "
        "{pct} %, below {min} %{s}: the ratio is too large, choose a smaller one."),
    "metering_chk_load_high": (
        "额定电流 I = {kva} kVA ÷ (√3 × {kv} kV) = {current} A({side}),电流互感器一次额定 {primary} A,负荷率 "
        "{pct}%,超过 {max}%:变比偏小,请选大一档的变比。",
        "Rated current I = {kva} kVA / (√3 x {kv} kV) = {current} A ({side}); CT rated primary {primary} A; load "
        "{pct} %, above {max} %: the ratio is too small, choose a larger one."),
    "metering_s_note": ("(S 级)", " (S class)"),
    "metering_chk_no_pt": ("高供高计必须配置电压互感器(变比与数量),当前没有。",
                           "HV metering needs a voltage transformer (ratio and count): none is configured."),
    "metering_chk_pt_ok": ("已配置电压互感器。", "A voltage transformer is configured."),
    "metering_check_warning": ("计量校核:{message}", "metering check: {message}"),
    "cli_metering_plan": ("{month} 计量器具需求计划 第 {version} 版:{cases} 个工单,{lines} 类器具,净需求合计 {net}",
                          "{month} metering-equipment plan v{version}: {cases} cases, {lines} types, net demand "
                          "{net} in all"),
    "cli_metering_stock": ("已导入 {count} 行库存 (盘点日期 {dates})", "imported {count} stock rows (count dates {dates})"),
})

# --- issue 20: after energisation (回访、项目评价、月度分析会、稽查抽样) ---
CATALOG.update({
    "after_bad_answer": ("回访答案“{value}”无效:应为“题目=分数”,如“总体满意=5,时限=4”。未保存任何内容。",
                         "Answer '{value}' is invalid: give question=score, e.g. \"OVERALL=5,TIMELINESS=4\". Nothing was saved."),
    "after_unknown_question": ("问卷中没有题目“{value}”(现行题目:{known})。未保存任何内容。",
                               "The questionnaire has no question '{value}' (questions: {known}). Nothing was saved."),
    "after_repeated_question": ("题目“{value}”答了两次。未保存任何内容。", "Question '{value}' is answered twice. Nothing was saved."),
    "after_bad_score": ("“{question}”的评分“{value}”无效:应为 {lo} 到 {hi} 的整数。未保存任何内容。",
                        "The score '{value}' of '{question}' is invalid: a whole number from {lo} to {hi}. Nothing was saved."),
    "after_bad_mode": ("方式“{value}”无效:可选 {modes}。", "Mode '{value}' is invalid: one of {modes}."),
    "after_not_finished": ("工单 {case_no} 尚未送电,不能回访或评价。", "Case {case_no} is not energised yet: no follow-up or evaluation."),
    "after_before_power_on": ("回访日期 {on} 早于送电日期 {energized}。未保存任何内容。",
                              "The follow-up date {on} is before the power-on date {energized}. Nothing was saved."),
    "after_customer_date_later": ("客户所述日期 {on} 晚于回访日期 {done}。未保存任何内容。",
                                  "The customer's date {on} is after the follow-up ({done}). Nothing was saved."),
    "after_no_followup": ("找不到回访记录“{ref}”。", "No follow-up '{ref}'."),
    "after_no_action": ("找不到整改措施“{ref}”。", "No action '{ref}'."),
    "after_action_done": ("措施 {ref} 已于 {on} 完成。", "Action {ref} was done on {on} already."),
    "after_bad_group": ("分组“{value}”无效:可选 manager、station、month。", "Grouping '{value}' is invalid: manager, station or month."),
    "after_stage_on_time": ("工单 {case_no} 的“{stage}”环节没有超时,不需要原因(超时环节:{late})。未保存任何内容。",
                            "Stage '{stage}' of case {case_no} was on time: no cause is asked (late stages: {late}). Nothing was saved."),
    "after_bad_cause": ("原因代码“{value}”无效:可选 {known}。未保存任何内容。",
                        "Cause code '{value}' is invalid: one of {known}. Nothing was saved."),
    "after_bad_cause_arg": ("“{value}”无效:应为“环节=原因代码”,如 PLAN=GRID。", "'{value}' is invalid: give STAGE=CODE, e.g. PLAN=GRID."),
    "after_meeting_before_month": ("分析会日期 {on} 早于 {month} 月。", "The meeting date {on} is before the month {month}."),
    "after_no_attendance": ("请填写参会人员。", "Give the attendance."),
    "after_no_meeting": ("{month} 月的月度分析会尚未记录。", "No analysis meeting is recorded for {month}."),
    "after_not_on_agenda": ("工单 {case_no} 不在 {month} 月分析会议程中。", "Case {case_no} is not on the agenda of {month}."),
    "after_due_before_meeting": ("期限 {due} 早于分析会日期 {held}。", "The due date {due} is before the meeting ({held})."),
    "after_bad_period": ("期间无效:{start} 晚于 {end}。", "Invalid period: {start} is after {end}."),
    "after_give_case": ("请给出工单号(或 --list-causes)。", "Give a case number (or --list-causes)."),
    "cli_after_open": ("评价未完成,尚缺:{missing}", "evaluation open, missing: {missing}"),
    "cli_after_complete": ("评价已完成", "evaluation complete"),
    "cli_after_short": ("样本不足:{what} 需要 {wanted},仅 {got}", "sample short: {what} wanted {wanted}, got {got}"),
    "cli_after_self": ("(自报,不计入满意率)", "(self-reported, not counted)"),
    "cli_after_agenda": ("{month}:送电 {finished} 户,未达时限 {late} 户,平均流转 {avg} 个工作日",
                         "{month}: {finished} energised, {late} missed a limit, average {avg} working days"),
    "cli_after_callbacks": ("电话回访", "callbacks"),
    "cli_after_visits": ("现场核查", "site visits"),
    "cli_after_seed": ("随机种子 {seed}", "seed {seed}"),
})

# --- issue 19, outage half: outage needs, the monthly outage plan ---------------------------------
FIELDS.update({"outage_section": ("开关分段", "switch section"), "outage_customers": ("停电户数", "customers affected"),
               "outage_important": ("重要用户数", "important customers"), "outage_channel": ("通知方式", "notice channel")})
CATALOG.update({
    "outage_bad_hours": ("停电时长“{value}”无效:应大于 0 且不超过 {max:g} 小时。",
                         "Outage hours '{value}' are invalid: more than 0 and at most {max:g}."),
    "outage_need_stage": ("工单 {case_no} 尚未到供电方案阶段 (当前 {stage}),或已结束:停电需求从供电方案起才能登记。",
                          "Case {case_no} has not reached the supply plan (now at {stage}) or is finished: an outage "
                          "need can be filed from the supply plan on."),
    "outage_important_gt": ("重要用户数 {important} 大于停电户数 {customers}。",
                            "{important} important customers is more than the {customers} customers affected."),
    "outage_bad_work": ("停电作业类型“{value}”无效:可选 {known}。", "Outage work '{value}' is invalid: one of {known}."),
    "outage_no_need": ("没有停电需求“{ref}”。", "No outage need '{ref}'."),
    "outage_need_withdrawn": ("该停电需求已于 {on} 撤销。", "This outage need was withdrawn on {on}."),
    "outage_no_outage": ("没有计划停电“{ref}”。", "No planned outage '{ref}'."),
    "outage_bad_step": ("计划停电当前为“{status}”,不能改为“{to}”。",
                        "The planned outage is '{status}': it cannot become '{to}'."),
    "outage_notice_late": (
        "停电日期 {on},通知日期 {notice_on} 只提前 {ahead} 天:计划停电须至少提前 {days} 天通知"
        "(《电力供应与使用条例》第二十八条),最迟 {latest} 通知。",
        "Outage on {on} with the notice on {notice_on} is only {ahead} days ahead: a planned outage must be "
        "announced at least {days} days before (Electricity Supply and Use Regulations, art. 28), by {latest}."),
    "outage_move_needs_notice": (
        "该停电已于 {notice_on} 通知 (原定 {on}):改期须重新通知,请给出新的通知日期。",
        "This outage was announced on {notice_on} for {on}: moving it needs a new notice; give its date."),
    "outage_xlsx_unreadable": ("无法读取 {name}:{detail}", "Cannot read {name}: {detail}"),
    "outage_xlsx_columns": ("{name} 第一行须有“线路”“日期”“时长”三列。",
                            "The first row of {name} must have the columns 线路 (feeder), 日期 (date), 时长 (hours)."),
    "outage_xlsx_row": ("第 {row} 行:{problem} (未导入任何行)", "Row {row}: {problem} (nothing imported)"),
    "outage_check_not_workday": ("{on} 不是工作日。", "{on} is not a working day."),
    "outage_check_notice_too_late": ("{on} 停电最迟须于 {notice_by} 通知,已来不及。",
                                     "An outage on {on} must be announced by {notice_by}: too late."),
    "outage_check_not_ready": ("{case_no} 的客户工程 {ready_from} 才完工,届时未就绪。",
                               "{case_no}: the customer's works are done only on {ready_from}, not ready then."),
    "outage_check_after_wanted": ("{case_no} 客户要求 {wanted_by} 前送电,此日期已晚。",
                                  "{case_no}: the customer wants power by {wanted_by}; this day is later."),
    "outage_reason_not_ready": ("未按时就绪:客户工程 {ready_from} 完工,晚于该线路 {main_on} 的停电。",
                                "Not ready in time: the works are done on {ready_from}, after the feeder's outage on "
                                "{main_on}."),
    "outage_reason_not_ready_wanted": ("未按时就绪:客户工程 {ready_from} 完工,晚于要求送电日 {wanted_by}。",
                                       "Not ready in time: the works are done on {ready_from}, after the wanted-by "
                                       "date {wanted_by}."),
    "outage_reason_notice_too_late": ("通知来不及:要求 {wanted_by} 前送电,按提前通知规定已无合法停电日。",
                                      "Notice too late: wanted by {wanted_by}, no lawful outage day is left."),
    "outage_reason_no_window": ("无可用停电日:{ready_from} 至 {wanted_by} 之间本月没有工作日。",
                                "No window: no working day of the month from {ready_from} to {wanted_by}."),
    "outage_reason_wanted_conflict": ("要求送电日期冲突:须 {wanted_by} 前送电,不能并入该线路 {main_on} 的停电,"
                                      "另安排 {outage_on}。",
                                      "Conflicting wanted-by dates: wanted by {wanted_by}, cannot join the feeder's "
                                      "outage on {main_on}; given {outage_on} instead."),
    "outage_warn_repeated": ("重复停电:线路 {feeder} 在 {days} 天内停电 {count} 次 ({first} 至 {last})。",
                             "Repeated outages: feeder {feeder} is out {count} times within {days} days "
                             "({first} to {last})."),
    "outage_warn_after_cutoff": ("已过本月计划截止日 {cutoff}:新增停电须经平衡会同意。",
                                 "Past the plan's cut-off day {cutoff}: added outages need the balancing meeting."),
    "cli_outage_imported": ("已导入 {count} 个检修窗口", "imported {count} maintenance windows"),
    "outage_status_draft": ("草案", "draft"), "outage_status_confirmed": ("已确认", "confirmed"),
    "outage_status_announced": ("已公告", "announced"), "outage_status_executed": ("已执行", "executed"),
    "outage_status_done": ("已完成", "done"), "outage_status_cancelled": ("已取消", "cancelled"),
    "outage_status_moved": ("改期", "moved"),
})

# --- before the application (事前, issue 18): visits, prospects, demand ---------------------------------
FIELDS.update({"party_name": ("走访对象名称", "party name"), "met": ("接洽人员", "people met"),
               "participants": ("我方人员", "our participants"), "topics": ("走访事项", "topics"),
               "findings": ("了解情况", "findings"), "action": ("待办事项", "action"),
               "prospect_name": ("项目名称", "project name"), "industry": ("行业", "industry"),
               "drop_reason": ("放弃原因", "reason for dropping"), "years": ("预测年数", "number of years")})
CATALOG.update({
    "unknown_township": ("未知的乡镇(街道)“{value}”。现行乡镇:{known}。",
                         "Unknown township \"{value}\". The townships in force: {known}."),
    "visit_bad_party": ("走访对象类别“{value}”无效,可选:{known}。", "Unknown visit party \"{value}\"; one of: {known}."),
    "no_visit": ("没有走访记录 {ref}。", "No visit {ref}."),
    "no_action_row": ("没有走访待办事项 {ref}。", "No visit action {ref}."),
    "action_due_before_visit": ("日期 {due} 早于走访日期 {on}。", "The date {due} is before the visit ({on})."),
    "action_already_done": ("该事项已于 {on} 完成。", "The action was already done on {on}."),
    "visit_has_actions": ("该走访已有待办事项,不能标为“无需行动”。", "The visit has actions; it cannot be marked \"no action\"."),
    "no_prospect": ("没有意向项目 {ref}。", "No prospect {ref}."),
    "prospect_bad_probability": ("概率“{value}”无效:应为 0 到 100 之间的整数(百分比)。",
                                 "Probability \"{value}\" is invalid: a whole percentage from 0 to 100."),
    "prospect_bad_year": ("年份“{value}”无效:应在 {lo} 到 {hi} 之间。", "Year \"{value}\" is invalid: from {lo} to {hi}."),
    "prospect_bad_source": ("项目来源“{value}”无效,可选:{known}。", "Unknown prospect source \"{value}\"; one of: {known}."),
    "prospect_bad_status": ("状态“{value}”无效,可选:{known}。", "Unknown status \"{value}\"; one of: {known}."),
    "prospect_not_temporary": ("工单 {case_no} 不是临时用电,不能带出正式用电的意向项目。",
                               "Case {case_no} is no temporary supply; it cannot carry a prospect for formal supply."),
    "prospect_converted": ("该意向项目已申请(工单 {case_no}),不能再转换或修改。",
                           "The prospect has applied already (case {case_no}); it cannot be converted or edited again."),
    "prospect_apply_by_convert": ("“已申请”只能通过转为工单(prospect convert)设置。",
                                  "\"Applied\" is set only by converting the prospect into a case (prospect convert)."),
    "prospect_dropped": ("该意向项目已放弃,请先恢复为线索或跟进再转为工单。",
                         "The prospect was dropped; set it back to lead or follow-up before converting it."),
    "prospect_customer_exists": ("已有同一客户的工单(户号、户名或拼音相同):{matches}。请确认:沿用该客户"
                                 "(--same-as 工单号)或确认是另一客户(--new-customer)。",
                                 "Cases of the same customer exist (same account, name or pinyin): {matches}. Say "
                                 "which: the same customer (--same-as CASE) or another one (--new-customer)."),
    "feeder_bad_spare": ("可开放容量“{value}”无效:应为 0 到 1000000 kVA 的数。",
                         "Spare capacity \"{value}\" is invalid: a number from 0 to 1,000,000 kVA."),
    "cli_prospect_pipeline": ("{status}: {count} 个, {kva:g} kVA (加权 {weighted:g} kVA)",
                              "{status}: {count}, {kva:g} kVA (weighted {weighted:g} kVA)"),
})

# --- issue 21: performance points (绩效积分) -----------------------------------------------------------
CATALOG.update({
    "points_shares": ("积分规则有误:{where}:角色分配比例之和为 {total},必须等于 1。",
                      "Point rule is malformed: {where}: the role shares sum to {total}; they must sum to 1."),
    "points_bad_quarter": ("季度“{value}”无效,请使用 YYYY-Qn 格式(如 2026-Q2)。",
                           "Invalid quarter '{value}': use YYYY-Qn (e.g. 2026-Q2)."),
    "points_no_rule_set": ("积分规则引用的时限规则“{rule_set}”不存在。",
                           "The point rule names the rule set '{rule_set}', which does not exist."),
    "points_self": ("不能调整或裁决自己的积分({person}):请由他人办理。",
                    "Nobody adjusts or decides on their own points ({person}): someone else must do it."),
    "points_bad_points": ("积分必须是 {lo:g} 到 {hi:g} 之间的非零数值。",
                          "Points must be a non-zero number from {lo:g} to {hi:g}."),
    "points_not_pending": ("申诉 {id} 不是待裁决的申诉。", "Request {id} is not an appeal awaiting a decision."),
    "points_no_request": ("找不到申诉或调整“{ref}”(请给出编号的前 6 位以上)。",
                          "No appeal or adjustment '{ref}' (give at least the first 6 characters of its id)."),
    "points_label_used": ("重算标签“{label}”在 {month} 已用过,请换一个标签。",
                          "The recalculation label '{label}' was already used in {month}; choose another."),
    # --- issue 21: bulletins (三通报) and escalation (三级监控) ---
    "bulletin_bad_kind": ("通报类型无效:{value}(可用:{known})。", "Unknown bulletin kind: {value} (known: {known})."),
    "bulletin_bad_period": ("期间无效:{value}(例如 {example})。", "Invalid period: {value} (for example {example})."),
    "bulletin_bad_level": ("监控层级无效:{value}(可用:{known})。", "Unknown level: {value} (known: {known})."),
    "bulletin_scope_needed": ("“{level}”层级需用 --scope 指明客户经理或供电所。", "The {level} level needs --scope (a manager or a supply station)."),
    "bulletin_bad_part": ("对标分项无效:{value}(可用:{known})。", "Unknown benchmark part: {value} (known: {known})."),
    "bulletin_bad_rate": ("达标率无效:{value}(0 至 100)。", "Invalid rate: {value} (0 to 100)."),
    "bulletin_unknown": ("没有这份已发布的通报:{id}。", "No issued bulletin {id}."),
    "escalation_unknown": ("没有这条督办:{id}(按当日计算)。", "No escalation {id} (as computed for the day)."),
    "escalation_already_acked": ("这条督办已确认:{id}。", "This escalation is already acknowledged: {id}."),
    "escalation_not_yours": ("这条督办是通知{told}的,当前用户{user}不能确认。", "This escalation was sent to {told}; {user} cannot acknowledge it."),
    "escalation_own_case": ("不能确认督办自己工单 {case_no} 的上级通知。", "You cannot acknowledge the escalation of your own case {case_no} to a higher level."),
    "demo_needs_cases": ("请用 --cases N 指定工单数,或用 --xiangshan-2012。", "Give --cases N, or --xiangshan-2012."),
    "escalation_note_long": ("备注过长(最多 {max} 字)。", "Note too long (at most {max} characters)."),
})

# --- issue 22: PostgreSQL (the city's database) -----------------------------------------------------
CATALOG.update({
    "pg_bad_url": ("数据库地址无效: {url} (应为 postgresql://用户@主机/数据库名)",
                   "invalid database address: {url} (expected postgresql://user@host/dbname)"),
    "pg_unreachable": ("无法连接数据库服务器 {url}: {error}", "cannot reach the database server {url}: {error}"),
    "pg_not_zaosong": ("数据库 {url} 已有其他表,不是早送的数据库。", "the database {url} holds other tables: not a Zaosong database."),
    "pg_file_only": ("“{command}”只适用于数据库文件;服务器数据库 {url} 请用 pg_dump / pg_restore 备份和恢复。",
                     "'{command}' applies to a database file only; back up and restore the server database {url} "
                     "with pg_dump / pg_restore."),
    "pg_consolidate_needs_server": ("--to 须为服务器数据库地址 (postgresql://...)",
                                    "--to must be a server database address (postgresql://...)"),
    "pg_consolidated": ("{done}/{total} {file}: 新增 {inserted}, 更新 {updated}, 未变 {unchanged}, 冲突 {conflicts}",
                        "{done}/{total} {file}: inserted {inserted}, updated {updated}, unchanged {unchanged}, "
                        "conflicts {conflicts}"),
    "pg_consolidated_again": ("{done}/{total} {file}: 已汇总过,未作改动", "{done}/{total} {file}: already consolidated, nothing changed"),
    "pg_consolidate_refused": ("{done}/{total} {file}: 未导入: {reason}", "{done}/{total} {file}: not imported: {reason}"),
    "pg_consolidate_summary": ("共 {total} 个同步包: 导入 {imported}, 已汇总过 {again}, 未导入 {refused}{dry}",
                               "{total} packages: imported {imported}, already consolidated {again}, refused {refused}{dry}"),
    "pg_dry": (" (试运行,未写入)", " (dry run, nothing written)"),
    "pg_no_permission": ("数据库 {url} 的这个角色没有这项权限 (例如只读的报表角色不能修改数据)。未作任何改动。",
                         "this role of the database {url} may not do that (a read-only reporting role cannot change "
                         "data, for one). Nothing was changed."),
    "pg_password_in_settings": ("设置中不保存密码:请去掉地址中的密码,把它写在 ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf)。",
                                "no password is kept in the settings: take it out of the address and put it in "
                                "~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf)."),
    "pg_value_too_long": ("有一项内容超出了数据库允许的长度,未作任何改动 ({error})。",
                          "a value is longer than the database allows; nothing was changed ({error})."),
    "pg_setup_done": ("已建立数据库 {db} 与角色: {roles}", "database {db} and roles made: {roles}"),
})

# --- points_authority (issue 21: authority from the roles document; posting as an explicit step) ---
CATALOG.update({
    "points_no_authority_recalculate": (
        "“{user}”无权重算积分并过账:{day} 施行的角色文件 {roles} 只允许列名的{levels}人员重算。未作任何改动。"
        "请由主管发布写明持有人的新版角色文件(zaosong config publish roles FILE)。",
        "'{user}' may not post a recalculation of the points: the roles document {roles} in force on {day} lets "
        "only the named holders of {levels} recalculate. Nothing was changed. A supervisor publishes a roles "
        "document naming the holders (zaosong config publish roles FILE)."),
    "points_no_authority_decide": (
        "“{user}”无权调整积分或裁决申诉:{day} 施行的角色文件 {roles} 只允许列名的{levels}人员裁决。未作任何改动。"
        "请由主管发布写明持有人的新版角色文件(zaosong config publish roles FILE)。",
        "'{user}' may not adjust points or decide appeals: the roles document {roles} in force on {day} lets "
        "only the named holders of {levels} decide. Nothing was changed. A supervisor publishes a roles "
        "document naming the holders (zaosong config publish roles FILE)."),
    "points_refused_import": (
        "积分:{author} 的 {count} 笔重算、调整或裁决没有角色文件授权,已保留但不计入积分(积分页列为“未授权”)。",
        "points: {count} recalculation, adjustment or decision row(s) by {author} carry no authority in the roles "
        "document: kept, not counted (listed as refused on the points page)."),
    "points_posted": (
        "已记账 {posted} 件工单(共 {postings} 笔);{pending} 件尚无有效回访,待定未记。截至 {as_of}。",
        "Posted {posted} case(s) ({postings} posting(s)); {pending} without a counted follow-up stay pending. "
        "As of {as_of}."),
})

# --- keys: reissuing the recovery key; progress of the first encryption (issue 13 §4, left over) ---
CATALOG.update({
    "keys_db_in_use": (
        "另一个程序正打开着数据库 {path}(工作台或命令行):请先关闭它,再重新签发恢复密钥。文件未作任何改动。",
        "Another program has the database {path} open (the workbench or a command): close it, then reissue the "
        "recovery key. Nothing was changed.",
    ),
    "keys_reissue_needs_yes": (
        "重新签发恢复密钥会用新密钥重写数据库和备份,旧恢复密钥从此作废。确认请加 --yes。未作任何改动。",
        "Reissuing the recovery key rewrites the database and its backups with a new key; the old recovery key "
        "stops working. Add --yes to go ahead. Nothing was changed.",
    ),
    "cli_recovery_reissued": (
        "已重新签发恢复密钥:数据库和 {backups} 个备份已改用新密钥,旧恢复密钥打不开它们了。\n新恢复密钥: {key}\n"
        "请抄在纸上、与电脑分开保管;抄好后运行 zaosong keys recovery --confirm。\n"
        "早先另存的副本(U 盘、别的文件夹或电脑)仍是旧密钥,捡到旧恢复密钥的人能打开它们:请删除这些副本。",
        "recovery key reissued: the database and {backups} backups now use a new key; the old recovery key no "
        "longer opens them.\nnew recovery key: {key}\nWrite it on paper, keep it apart from the laptop; then run "
        "zaosong keys recovery --confirm.\nCopies saved elsewhere before (a USB stick, another folder or computer) "
        "keep the old key: whoever finds the old recovery key can open them. Delete those copies.",
    ),
    "cli_recovery_left_old": (
        "以下文件无法用新密钥重写(已损坏),仍只能在本机或用旧恢复密钥打开:{files}",
        "these files could not be rewritten with the new key (damaged): they still open on this computer only, "
        "or with the old recovery key: {files}",
    ),
    "cli_progress": ("{step}… {percent}%", "{step}… {percent}%"),
    "step_encrypt": ("加密数据库", "encrypting the database"),
    "step_check": ("检查加密后的副本", "checking the encrypted copy"),
    "step_backup": ("保存加密前的备份", "writing the pre-encryption backup"),
    "step_backups": ("加密备份", "encrypting the backups"),
    "step_rekey": ("用新密钥重写数据库", "rewriting the database with the new key"),
    "step_rekey_backups": ("用新密钥重写备份", "rewriting the backups with the new key"),
})

# --- pg_sync (issue 22): sync packages from a server database ------------------------------------------
CATALOG.update({
    "pg_export_no_key": ("这台计算机没有服务器数据库 {url} 的签名密钥,不能以它的名义导出同步包。"
                         "请在建立该数据库的计算机上导出 (数据库的设备密钥只保存在那里)。",
                         "this computer does not hold the signing key of the server database {url}, so it cannot "
                         "export a sync package in its name. Export on the computer that created the database "
                         "(the database's device key is kept only there)."),
})

"""The arithmetic of the metering-equipment plan (计量器具需求计划, issue 19): pure functions over plain
data (no database). The numbers they apply (metering classes, the CT load band, defaults per metering
method) are the data document of kind ``metering_rules`` (``resources/metering_rules/``), passed in
as its JSON object ``rules``; none is written here.

- ``metering_class``: the DL/T 448 class from the capacity.
- ``rated_current``: I = S / (sqrt(3) x U), U the voltage on the metered side (the supply voltage for
  高供高计, the LV side for 高供低计).
- ``ct_checks``: the CT's rated primary against that current (GB/T 50063 band), and 高供高计 without
  a PT.
- ``equipment``: what a configuration needs, by type code (the codes the stock is counted under).
- ``net_demand`` and ``plan_lines``: the plan's formula, with the cases behind every number.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from app.errors import Refused

METHODS = ("HV", "LV")  # 高供高计 | 高供低计 (as Survey.metering)
WIRINGS = ("3P3W", "3P4W")  # 三相三线 | 三相四线
WIRING_NAMES = {"3P3W": "三相三线", "3P4W": "三相四线"}
METHOD_NAMES = {"HV": "高供高计", "LV": "高供低计"}
_RATIO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)\s*\Z")
MAX_PRIMARY = 1_000_000.0  # beyond any CT or PT primary: a typo


# --- the data document ---------------------------------------------------------------------------
def check(data: dict, where: str) -> None:
    """The content of a ``metering_rules`` document (raises ``Refused("doc_bad")``)."""
    classes = data.get("classes")
    if not isinstance(classes, list) or not 1 <= len(classes) <= 10:
        raise Refused("doc_bad", where=f"{where}: classes (a list of 1 to 10)")
    for n, c in enumerate(classes, 1):
        if (not isinstance(c, dict) or not isinstance(c.get("class"), str) or not c["class"].strip()
                or not _number(c.get("kva_gte")) or c["kva_gte"] < 0
                or not all(isinstance(c.get(k), str) for k in ("meter", "ct", "pt"))):
            raise Refused("doc_bad", where=f"{where}: classes[{n}] (class, kva_gte >= 0, meter, ct, pt)")
    if not any(c["kva_gte"] == 0 for c in classes):
        raise Refused("doc_bad", where=f"{where}: classes (one class must start at 0 kVA)")
    load = data.get("ct_load")
    if (not isinstance(load, dict) or not all(_number(load.get(k)) for k in ("min_pct", "min_pct_s_class", "max_pct"))
            or not 0 < load["min_pct_s_class"] <= load["min_pct"] < load["max_pct"] <= 200):
        raise Refused("doc_bad", where=f"{where}: ct_load (0 < min_pct_s_class <= min_pct < max_pct <= 200)")
    if not _number(data.get("lv_metering_kv")) or not 0 < data["lv_metering_kv"] < 10:
        raise Refused("doc_bad", where=f"{where}: lv_metering_kv")
    methods = data.get("methods")
    if not isinstance(methods, dict) or set(methods) != set(METHODS):
        raise Refused("doc_bad", where=f"{where}: methods (HV and LV)")
    for m, d in methods.items():
        if (not isinstance(d, dict) or d.get("wiring") not in WIRINGS
                or not all(_count(d.get(k)) for k in ("ct_count", "pt_count"))
                or not isinstance(d.get("hv_cabinet"), bool) or not isinstance(d.get("meter_range"), str)):
            raise Refused("doc_bad", where=f"{where}: methods.{m} (wiring, ct_count, pt_count, hv_cabinet, meter_range)")
    if not isinstance(data.get("terminal"), str):
        raise Refused("doc_bad", where=f"{where}: terminal")
    fc = data.get("forecast_customer_wd", {})
    if not isinstance(fc, dict) or not all(isinstance(k, str) and _count(v) and v <= 500 for k, v in fc.items()):
        raise Refused("doc_bad", where=f"{where}: forecast_customer_wd ({{stage: working days 0..500}})")


def _number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _count(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 100


# --- ratios, class, current ------------------------------------------------------------------------
def parse_ratio(text: object, what: str) -> tuple[float, float] | None:
    """"75/5" -> (75.0, 5.0); "" -> None; anything else refused (``metering_bad_ratio``)."""
    return _parse_ratio(str(text if text is not None else ""), what)


@lru_cache(maxsize=4096)  # a plan parses the same few ratios thousands of times
def _parse_ratio(text: str, what: str) -> tuple[float, float] | None:
    raw = text.strip().replace("：", "/").replace("／", "/")
    if not raw:
        return None
    m = _RATIO.match(raw)
    if not m or not 0 < float(m[1]) <= MAX_PRIMARY or not 0 < float(m[2]) <= MAX_PRIMARY:
        raise Refused("metering_bad_ratio", what=what, value=str(text)[:40])
    return float(m[1]), float(m[2])


def ratio_text(r: tuple[float, float] | None) -> str:
    return "" if r is None else f"{_num(r[0])}/{_num(r[1])}"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def metering_class(rules: dict, capacity_kva: float) -> dict:
    """The class whose ``kva_gte`` is the highest not above the capacity (DL/T 448: I >= 10000 kVA,
    II >= 2000, III >= 315, IV below, as the document says)."""
    fitting = [c for c in rules["classes"] if capacity_kva >= c["kva_gte"]]
    return dict(max(fitting, key=lambda c: c["kva_gte"]))


def metered_kv(rules: dict, method: str, supply_kv: float) -> float:
    """The voltage on the metered side: the supply voltage for 高供高计, the LV side for 高供低计."""
    return float(supply_kv) if method == "HV" else float(rules["lv_metering_kv"])


def rated_current(capacity_kva: float, kv: float) -> float:
    """I = S / (sqrt(3) x U), in A (S in kVA, U in kV)."""
    return capacity_kva / (math.sqrt(3) * kv)


def combined_ratio(ct: tuple[float, float] | None, pt: tuple[float, float] | None) -> float | None:
    """综合倍率 = CT ratio x PT ratio (a PT counts only when there is one); None without a CT."""
    if ct is None:
        return None
    k = ct[0] / ct[1]
    if pt is not None:
        k *= pt[0] / pt[1]
    return round(k, 6)


def ct_checks(rules: dict, *, method: str, capacity_kva: float, supply_kv: float,
              ct: tuple[float, float] | None, s_class: bool, pt: tuple[float, float] | None,
              pt_count: int) -> list[dict]:
    """The checks of one configuration, each ``{check, ok, level, load_pct, message_code, params}``
    (the service renders the message in the user's language). ``level`` is what a failure of the
    check weighs: an under-loaded CT measures badly (warning), an overloaded one or 高供高计 without a
    PT cannot be energised as configured (error)."""
    band = rules["ct_load"]
    kv = metered_kv(rules, method, supply_kv)
    current = rated_current(capacity_kva, kv)
    side = "HV" if method == "HV" else "LV"
    out: list[dict] = []
    if ct is None:
        out.append({"check": "ct_ratio", "ok": False, "level": "error", "load_pct": None,
                    "message_code": "metering_chk_no_ct", "params": {}})
    else:
        pct = round(current / ct[0] * 100, 1)
        low = band["min_pct_s_class"] if s_class else band["min_pct"]
        params = {"current": f"{current:.1f}", "kva": _num(capacity_kva), "kv": _num(kv), "side": side,
                  "primary": _num(ct[0]), "pct": f"{pct:.1f}", "min": _num(low), "max": _num(band["max_pct"]),
                  "s": "S" if s_class else ""}
        out.append({"check": "ct_load_min", "ok": pct >= low, "level": "warning", "load_pct": pct,
                    "message_code": "metering_chk_load_ok" if pct >= low else "metering_chk_load_low",
                    "params": params})
        over = pct > band["max_pct"]
        out.append({"check": "ct_load_max", "ok": not over, "level": "error", "load_pct": pct,
                    "message_code": "metering_chk_load_high" if over else "metering_chk_load_ok", "params": params})
    if method == "HV":
        has_pt = pt is not None and pt_count > 0
        out.append({"check": "pt", "ok": has_pt, "level": "error", "load_pct": None,
                    "message_code": "metering_chk_pt_ok" if has_pt else "metering_chk_no_pt", "params": {}})
    return out


# --- equipment and the plan ------------------------------------------------------------------------
def equipment(cfg: dict) -> list[tuple[str, str, int]]:
    """(type code, name, count) of what one configuration needs. The type code is what the stock is
    counted under: kind, then the ratio or specification (``CT-75/5-0.2S``)."""
    out = []
    meter = f"METER-{cfg['meter_wiring']}-{cfg['meter_accuracy']}-{cfg['meter_range']}"
    out.append((meter, f"电能表 {WIRING_NAMES.get(cfg['meter_wiring'], cfg['meter_wiring'])} "
                       f"{cfg['meter_accuracy']}级 {cfg['meter_range']}", 1))
    if cfg.get("ct_ratio") and cfg.get("ct_count"):
        out.append((f"CT-{cfg['ct_ratio']}-{cfg['ct_accuracy']}", f"电流互感器 {cfg['ct_ratio']} {cfg['ct_accuracy']}级",
                    int(cfg["ct_count"])))
    if cfg.get("pt_ratio") and cfg.get("pt_count"):
        out.append((f"PT-{cfg['pt_ratio']}-{cfg['pt_accuracy']}", f"电压互感器 {cfg['pt_ratio']} {cfg['pt_accuracy']}级",
                    int(cfg["pt_count"])))
    if cfg.get("hv_cabinet"):
        out.append(("HVCAB", "高压计量柜", 1))
    if cfg.get("terminal"):
        term = cfg["terminal"]
        out.append((f"TERM-{term}", term if "终端" in term else f"采集终端 {term}", 1))
    return out


def net_demand(need: int, qualified: int, issued: int, safety: int, awaiting_test: int, on_order: int) -> int:
    """net = need - max(0, qualified - issued - safety) - awaiting test - on order, never below 0
    (the formula of issue 19, exactly)."""
    return max(0, need - max(0, qualified - issued - safety) - awaiting_test - on_order)


STOCK_FIELDS = ("qualified", "awaiting_test", "issued", "safety", "on_order")


def plan_lines(cases: list[dict], stock: dict[str, dict]) -> list[dict]:
    """The plan's lines, one per type code, sorted by code: ``need`` summed over ``cases`` (each
    ``{case_no, items: [(code, name, count)]}``), the stock figures of that code (0 when never
    counted), ``net`` by ``net_demand`` and the cases behind the need (case_no, count)."""
    lines: dict[str, dict] = {}
    for c in cases:
        for code, name, count in c["items"]:
            line = lines.setdefault(code, {"type_code": code, "name": name, "need": 0, "cases": []})
            line["need"] += count
            line["cases"].append({"case_no": c["case_no"], "count": count})
    for code, st in stock.items():
        if code not in lines and st:
            lines[code] = {"type_code": code, "name": st.get("name") or code, "need": 0, "cases": []}
    out = []
    for code in sorted(lines):
        line = lines[code]
        st = stock.get(code) or {}
        figures = {k: int(st.get(k, 0) or 0) for k in STOCK_FIELDS}
        line.update(figures, counted_on=st.get("counted_on"),
                    available=max(0, figures["qualified"] - figures["issued"] - figures["safety"]),
                    net=net_demand(line["need"], **figures))
        line["cases"].sort(key=lambda x: x["case_no"])
        out.append(line)
    return out


def plan_diff(old: list[dict], new: list[dict]) -> list[dict]:
    """What changed from one version's lines to the next, per type code: need and net before and
    after, the cases added and removed. Unchanged codes are left out."""
    before = {ln["type_code"]: ln for ln in old}
    after = {ln["type_code"]: ln for ln in new}
    out = []
    for code in sorted(set(before) | set(after)):
        a, b = before.get(code), after.get(code)
        ca = {x["case_no"] for x in (a or {}).get("cases", [])}
        cb = {x["case_no"] for x in (b or {}).get("cases", [])}
        need = ((a or {}).get("need", 0), (b or {}).get("need", 0))
        net = ((a or {}).get("net", 0), (b or {}).get("net", 0))
        if need[0] == need[1] and net[0] == net[1] and ca == cb:
            continue
        out.append({"type_code": code, "need_before": need[0], "need_after": need[1],
                    "net_before": net[0], "net_after": net[1],
                    "cases_added": sorted(cb - ca), "cases_removed": sorted(ca - cb)})
    return out

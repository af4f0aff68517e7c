"""继电保护定值: short-circuit currents and relay settings of a customer's 10 kV incoming switch.

Pure Python (no Qt, no ReportLab, no numpy): ``calculate(SettingInputs(...))`` returns a plain dict
that the CLI, the GUI and ``reports.setting_sheet`` show as it is. Every intermediate value is
returned as a step with its formula and the numbers put in, so a reviewer can redo the arithmetic
on paper, and every coefficient with its source.

Short-circuit currents follow GB/T 15544.1 (IEC 60909-0), equivalent voltage source at the fault
location, impedances referred to the 10 kV side in ohms:

- network feeder  Z_Q = c·U_n²/S_k″ (S_k″ max with c_max, S_k″ min with c_min),
  X_Q = Z_Q/√(1+(R/X)²), R_Q = (R/X)·X_Q; R/X = 0.1 when not known (IEC 60909-0 §6.2);
- line or cable   R_L + jX_L = (r + jx)·l; for the minimum currents R_L is taken at the
  conductor temperature at the end of the short circuit, R_L·[1 + 0.004·(θ_e − 20 °C)] (§7.1.2);
- transformer     Z_T = u_k·U_rTHV²/S_rT, R_T = P_k·U_rTHV²/S_rT², X_T = √(Z_T² − R_T²), and for the
  maximum currents the correction K_T = 0.95·c_max/(1 + 0.6·x_T) (§6.3.3, c_max of the LV side);
- currents        I_k3 = c·U_n/(√3·|Z_k|), I_k2 = c·U_n/(2·|Z_k|) (Z_2 = Z_1 far from generators).

A fault on the LV bus is computed with the LV nominal voltage and the impedances referred to the LV
side by the rated ratio t_r = U_rTHV/U_rTLV, then its current is referred back to 10 kV (÷ t_r)
because the relay sits on the 10 kV side. How an unsymmetrical LV fault shows on the 10 kV phases
depends on the vector group: see ``vector_factor``.
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, fields

from app.errors import Refused

SQRT3 = math.sqrt(3.0)
ALPHA_R = 0.004  # 1/K: temperature coefficient of copper and aluminium conductors (IEC 60909-0 §7.1.2)

VECTOR_GROUPS = ("Dyn11", "Yyn0")
CT_SCHEMES = {"3ct": "三相 CT（或两相 CT 加公共回线继电器）", "2ct": "两相 CT（A、C 相，不完全星形）"}

# Typical load losses P_k (kW, 75 °C) of 10 kV oil-immersed distribution transformers, S11 series
# (GB/T 6451 table values, Dyn11). Used only when the nameplate value is not given: P_k sets R_T,
# which moves the currents by a few per cent at most (R_T is a small part of Z_T).
TYPICAL_PK_KW = (
    (30, 0.63), (50, 0.91), (63, 1.09), (80, 1.31), (100, 1.58), (125, 1.89), (160, 2.31),
    (200, 2.73), (250, 3.20), (315, 3.83), (400, 4.52), (500, 5.41), (630, 6.20), (800, 7.50),
    (1000, 10.30), (1250, 12.00), (1600, 14.50), (2000, 18.30), (2500, 21.20),
)
PK_SOURCE = "GB/T 6451 S11 型 10 kV 油浸式变压器负载损耗典型值（按容量插值），铭牌值优先"
# Typical load losses P_k (kW, 120 °C, F class) of 10 kV dry-type (cast resin) distribution
# transformers, SC(B)10 series (GB/T 10228 table values, u_k 4 % up to 500 kVA, 6 % above). A dry
# type's sheet must not cite (nor use) the oil-immersed table (issue 16).
TYPICAL_PK_KW_DRY = (
    (30, 0.71), (50, 1.00), (80, 1.38), (100, 1.57), (125, 1.85), (160, 2.13), (200, 2.53), (250, 2.76),
    (315, 3.47), (400, 3.99), (500, 4.88), (630, 6.07), (800, 6.96), (1000, 8.13), (1250, 9.69),
    (1600, 11.73), (2000, 14.45), (2500, 17.17),
)
PK_SOURCE_DRY = "GB/T 10228 SC(B)10 型 10 kV 干式变压器负载损耗典型值（120 °C，按容量插值），铭牌值优先"
TRANSFORMER_TYPES = {"oil": "油浸式", "dry": "干式"}

HANDBOOK = "《工业与民用供配电设计手册》(第四版)"
SC_STD = "GB/T 15544.1（IEC 60909-0）"
RELAY_STD = "GB/T 50062-2008《电力装置的继电保护和自动装置设计规范》"


@dataclass(kw_only=True)
class SettingInputs:
    """What the setting calculation needs. Currents in A primary at 10 kV unless said otherwise.

    The coefficient fields carry the defaults of ``COEFFICIENTS`` (see there for their sources);
    change one only with a reason written on the sheet.
    """

    kv: float = 10.0                      # nominal system voltage U_n at the connection point, kV
    sk_max_mva: float                     # system short-circuit power at the connection point, maximum mode
    sk_min_mva: float                     # ... minimum mode
    rx: float = 0.1                       # R/X of the network feeder
    kva: float                            # rated power of one transformer, kVA
    uk_pct: float                         # short-circuit voltage u_k, %
    pk_kw: float | None = None            # load losses P_k, kW; None: typical value (TYPICAL_PK_KW[_DRY])
    tr_type: str = "oil"                  # oil | dry: which typical losses apply (the survey's type)
    ct: str = "100/5"                     # CT ratio of the incoming switch
    vector: str = "Dyn11"                 # Dyn11 | Yyn0
    ratio: str = "10/0.4"                 # rated voltages U_rTHV/U_rTLV, kV: 10/0.4 or 10.5/0.4
    cable_km: float = 0.0                 # line or cable from the connection point to the customer
    cable_r: float = 0.0                  # Ω/km at 20 °C
    cable_x: float = 0.0                  # Ω/km
    feeder_inst_a: float | None = None    # utility feeder instantaneous setting, A primary
    feeder_oc_a: float | None = None      # utility feeder overcurrent setting, A primary
    feeder_oc_time_s: float | None = None  # utility feeder overcurrent time, s
    applied_kva: float | None = None      # applied (contracted) capacity, kVA
    count: int = 1                        # transformers of ``kva`` behind the incoming switch
    lv_parallel: bool = False             # their LV buses run in parallel (else: separate sections)
    ct_scheme: str = "3ct"                # 3ct | 2ct (see CT_SCHEMES and vector_factor)
    neutral_ct: str | None = None         # CT on the LV neutral (Yyn0 zero-sequence), e.g. "300/5"
    lv_nominal_kv: float | None = None    # LV nominal system voltage; None: 0.38 for a 0.4 kV winding
    # coefficients (COEFFICIENTS holds their names and sources)
    c_max: float = 1.10
    c_min: float = 1.00
    c_max_lv: float = 1.10
    c_min_lv: float = 0.95
    line_end_temp_c: float = 80.0
    k_rel_inst: float = 1.3
    k_inrush: float = 8.0
    sens_inst_min: float = 2.0
    k_rel_oc: float = 1.2
    k_ss: float = 1.5
    k_re: float = 0.95
    dt_s: float = 0.3
    oc_time_min_s: float = 0.1
    oc_time_default_s: float = 0.3
    sens_oc_min: float = 1.3
    k_rel_ol: float = 1.1
    ol_time_s: float = 10.0
    k_zs: float = 0.25
    zs_time_s: float = 0.5
    k_coord: float = 1.1
    current_step_a: float = 0.01
    time_step_s: float = 0.1


# field -> (name, symbol, source). The value comes from the inputs, so a changed coefficient shows.
COEFFICIENTS: dict[str, tuple[str, str, str]] = {
    "c_max": ("电压系数（最大，10 kV）", "c_max", f"{SC_STD} 表1：1 kV 以上 c_max = 1.10"),
    "c_min": ("电压系数（最小，10 kV）", "c_min", f"{SC_STD} 表1：1 kV 以上 c_min = 1.00"),
    "c_max_lv": ("电压系数（最大，低压）", "c_max,LV",
                 f"{SC_STD} 表1：低压（电压偏差 +10%）c_max = 1.10；GB/T 12325 380 V 偏差 ±7%，取 1.10；也用于 K_T"),
    "c_min_lv": ("电压系数（最小，低压）", "c_min,LV", f"{SC_STD} 表1：低压 c_min = 0.95"),
    "rx": ("系统阻抗电阻电抗比", "R_Q/X_Q", f"{SC_STD} 第6.2条：未知时取 0.1（X_Q = 0.995 Z_Q）"),
    "line_end_temp_c": ("短路结束时导体温度（最小短路电流）", "θ_e",
                        f"{SC_STD} 第7.1.2条：R_L = [1 + 0.004(θ_e − 20)]·R_L20；缺省 80 °C，可按实际改为 250 °C（最不利）"),
    "k_rel_inst": ("速断可靠系数", "K_rel", f"{HANDBOOK} 第7章 变压器电流速断保护：1.3～1.5（微机保护取 1.3）"),
    "k_inrush": ("励磁涌流倍数", "K_μ",
                 f"{HANDBOOK} 第7章：空载合闸励磁涌流可达额定电流 6～8 倍，速断须躲过，取 8（偏安全）"),
    "sens_inst_min": ("速断最小灵敏系数", "K_sen", f"{RELAY_STD} 附录A；DL/T 584：保护安装处两相短路 ≥ 2"),
    "k_rel_oc": ("过流可靠系数", "K_rel", f"{HANDBOOK} 第7章 变压器过电流保护：1.2～1.3"),
    "k_ss": ("自起动系数（过负荷系数）", "K_ss", f"{HANDBOOK} 第7章：计及电动机自起动，1.5～3，取 1.5"),
    "k_re": ("返回系数", "K_re", f"{HANDBOOK} 第7章：微机保护 0.95（电磁型 0.85）"),
    "dt_s": ("时间级差", "Δt", "DL/T 584《3kV～110kV电网继电保护装置运行整定规程》：微机保护 0.3 s"),
    "oc_time_min_s": ("过流最短动作时间", "t_min", "本装置与速断区分所需的最短延时，缺省 0.1 s"),
    "oc_time_default_s": ("过流缺省时间（无上级定值时）", "t_oc", "未提供上级馈线过流时间时采用，须与供电公司调度核对"),
    "sens_oc_min": ("过流最小灵敏系数", "K_sen", f"{RELAY_STD} 附录A；DL/T 584：变压器低压侧母线两相短路 ≥ 1.3"),
    "k_rel_ol": ("过负荷可靠系数", "K_rel", f"{HANDBOOK} 第7章 变压器过负荷保护：1.05～1.1，取 1.1；仅发信号"),
    "ol_time_s": ("过负荷延时", "t_ol", f"{HANDBOOK} 第7章：躲过电动机起动等短时过负荷，9～15 s，取 10 s"),
    "k_zs": ("低压中性线零序系数", "K_0",
             f"{RELAY_STD}；{HANDBOOK} 第7章：Yyn0 变压器中性线不平衡电流不超过低压额定电流的 25%，按 0.25 I_rLV 整定"),
    "zs_time_s": ("零序过流延时", "t_0", "与低压出线保护配合，缺省 0.5 s"),
    "k_coord": ("与上级配合系数", "K_co", "DL/T 584：上下级电流定值配合系数 1.1"),
    "current_step_a": ("装置电流级差（二次）", "—", "装置整定步长，缺省 0.01 A"),
    "time_step_s": ("装置时间级差", "—", "装置整定步长，缺省 0.1 s"),
}


# --- parsing ---------------------------------------------------------------------------------

_CT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*A?\s*[/／:：]\s*(\d+(?:\.\d+)?)\s*A?\s*$", re.IGNORECASE)
_RATIO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:kV)?\s*[/／]\s*(\d+(?:\.\d+)?)\s*(?:kV)?\s*$", re.IGNORECASE)


def parse_ct(text: object) -> tuple[float, float]:
    """"100/5" -> (100.0, 5.0). The secondary must be 1 A or 5 A; anything else is refused."""
    m = _CT.match(str(text if text is not None else ""))
    if not m:
        raise Refused("prot_ct_unreadable", text=text)
    primary, secondary = float(m.group(1)), float(m.group(2))
    if secondary not in (1.0, 5.0):
        raise Refused("prot_ct_secondary", text=text)
    if primary <= secondary:
        raise Refused("prot_ct_primary", text=text)
    return primary, secondary


def parse_ratio(text: object) -> tuple[float, float]:
    """"10/0.4" -> (10.0, 0.4): the transformer's rated voltages, kV."""
    m = _RATIO.match(str(text if text is not None else ""))
    if not m:
        raise Refused("prot_ratio_unreadable", text=text)
    hv, lv = float(m.group(1)), float(m.group(2))
    if not (0 < lv < 1.0 < hv):
        raise Refused("prot_ratio_bad", text=text)
    return hv, lv


def typical_pk_kw(kva: float, tr_type: str = "oil") -> float:
    """Typical load losses for ``kva`` (interpolated in TYPICAL_PK_KW, or TYPICAL_PK_KW_DRY for a dry
    type, proportional outside it)."""
    table = TYPICAL_PK_KW_DRY if tr_type == "dry" else TYPICAL_PK_KW
    if kva <= table[0][0]:
        return table[0][1] * kva / table[0][0]
    if kva >= table[-1][0]:
        return table[-1][1] * kva / table[-1][0]
    for (s0, p0), (s1, p1) in zip(table, table[1:]):
        if s0 <= kva <= s1:
            return p0 + (p1 - p0) * (kva - s0) / (s1 - s0)
    raise AssertionError("unreachable")


def vector_factor(vector: str, ct_scheme: str) -> tuple[float, str]:
    """Largest 10 kV phase current a relay sees for a two-phase LV fault, per unit of I_k2 referred.

    Symmetrical components, LV fault between phases b and c: I_1 = −I_2 = E/(2Z), so the LV phase
    currents are I_b = −I_c = −j√3·I_1 (|I_b| = I_k2) and I_a = 0. Referring them by the
    rated ratio gives I_k2/t_r on each of two phases.

    - Yyn0: no phase shift; the 10 kV side carries the same pattern, I_k2/t_r in two phases and
      nothing in the third. Factor 1. Two CTs in A and C still see it, since every pair of
      faulted phases contains A or C.
    - Dyn11: the positive-sequence current turns by +30°, the negative-sequence by −30°. On the
      10 kV side I_A = I_1(e^{j30°} − e^{−j30°}) = j·I_1, so |I_A| = E/(2Z) = I_k3/2; likewise
      |I_C| = I_k3/2, while I_B = I_1(e^{−j90°} − e^{j90°}) = −2j·I_1, |I_B| = E/Z = I_k3.
      One phase thus carries the full three-phase value, I_k3 = (2/√3)·I_k2: factor 2/√3 with
      three CTs (or two plus a relay in their common return, which carries −(I_A + I_C) = I_B).
      With two CTs in A and C only and the fault on the other pair, the relays see I_k3/2 =
      I_k2/√3: factor 1/√3, the well-known blind spot of the V connection behind a Dyn11.
    """
    if vector == "Yyn0":
        return 1.0, "Yyn0 无相位移：高压侧两相电流 = I_k2/t_r"
    if ct_scheme == "2ct":
        return 1.0 / SQRT3, "Dyn11，两相 CT：故障相为 B 相时 A、C 相仅 I_k3/2 = I_k2/√3"
    return 2.0 / SQRT3, "Dyn11：高压侧一相电流 = I_k3 = (2/√3)·I_k2（另两相各 I_k3/2）"


# --- validation ------------------------------------------------------------------------------


def _number(value: object, label: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            value = float(str(value).strip())
        except (TypeError, ValueError):
            raise Refused("prot_not_number", label=label, value=value) from None
    value = float(value)
    if not math.isfinite(value):
        raise Refused("prot_not_finite", label=label, value=value)
    return value


def _positive(value: object, label: str) -> float:
    v = _number(value, label)
    if v <= 0:
        raise Refused("prot_not_positive", label=label, value=_g(v))
    return v


def _non_negative(value: object, label: str) -> float:
    v = _number(value, label)
    if v < 0:
        raise Refused("prot_negative", label=label, value=_g(v))
    return v


@dataclass(frozen=True)
class _Checked:
    """Validated and derived inputs."""

    un: float
    sk_max: float
    sk_min: float
    rx: float
    kva: float
    uk: float  # per unit
    pk_kw: float
    pk_estimated: bool
    ct_primary: float
    ct_secondary: float
    u_hv: float
    u_lv: float
    u_nlv: float
    length: float
    r_km: float
    x_km: float
    count: int
    neutral_ct: tuple[float, float] | None


def _validate(inp: SettingInputs) -> _Checked:
    un = _positive(inp.kv, "系统标称电压 U_n（kV）")
    sk_max = _positive(inp.sk_max_mva, "最大运行方式短路容量 S_kmax（MVA）")
    sk_min = _positive(inp.sk_min_mva, "最小运行方式短路容量 S_kmin（MVA）")
    if sk_min > sk_max:
        raise Refused("prot_sk_swapped", sk_min=_g(sk_min), sk_max=_g(sk_max))
    rx = _non_negative(inp.rx, "系统阻抗 R/X")
    if rx > 1.0:
        raise Refused("prot_rx", rx=_g(rx))
    kva = _positive(inp.kva, "变压器容量（kVA）")
    uk_pct = _number(inp.uk_pct, "短路电压 u_k（%）")
    if uk_pct <= 0:
        raise Refused("prot_uk_not_positive", uk=_g(uk_pct))
    if uk_pct > 20:
        raise Refused("prot_uk_too_high", uk=_g(uk_pct))
    count = inp.count
    if isinstance(count, float) and count.is_integer():  # 2.0 from a JSON form
        count = int(count)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 10:
        raise Refused("prot_count", count=count)
    if inp.applied_kva is not None:
        applied = _positive(inp.applied_kva, "申请容量（kVA）")
        if count * kva > applied + 1e-9:
            total = f"{count}×{_g(kva)} = {_g(count * kva)}" if count > 1 else _g(kva)
            raise Refused("prot_over_applied", total=total, applied=_g(applied))
    if inp.tr_type not in TRANSFORMER_TYPES:
        raise Refused("prot_bad_tr_type", value=inp.tr_type)
    if inp.pk_kw is None:
        pk_kw, estimated = typical_pk_kw(kva, inp.tr_type), True
    else:
        pk_kw, estimated = _positive(inp.pk_kw, "负载损耗 P_k（kW）"), False
    if pk_kw / kva * 100 >= uk_pct:
        raise Refused("prot_pk", pk=_g(pk_kw), drop=_g(pk_kw / kva * 100), uk=_g(uk_pct))
    if inp.vector not in VECTOR_GROUPS:
        raise Refused("prot_vector", value=inp.vector)
    if inp.ct_scheme not in CT_SCHEMES:
        raise Refused("prot_ct_scheme", value=inp.ct_scheme)
    ct_primary, ct_secondary = parse_ct(inp.ct)
    neutral = parse_ct(inp.neutral_ct) if inp.neutral_ct not in (None, "") else None
    u_hv, u_lv = parse_ratio(inp.ratio)
    if not 0.9 <= u_hv / un <= 1.1:
        raise Refused("prot_hv_mismatch", hv=_g(u_hv), un=_g(un))
    if inp.lv_nominal_kv is None:
        u_nlv = 0.38 if abs(u_lv - 0.4) < 1e-9 else u_lv  # GB/T 156: 220/380 V systems behind 0.4 kV windings
    else:
        u_nlv = _positive(inp.lv_nominal_kv, "低压系统标称电压（kV）")
        if not 0.9 <= u_lv / u_nlv <= 1.1:
            raise Refused("prot_lv_mismatch", nlv=_g(u_nlv), lv=_g(u_lv))
    length = _non_negative(inp.cable_km, "线路长度（km）")
    r_km = _non_negative(inp.cable_r, "线路单位长度电阻（Ω/km）")
    x_km = _non_negative(inp.cable_x, "线路单位长度电抗（Ω/km）")
    if length > 0 and r_km == 0 and x_km == 0:
        raise Refused("prot_line_no_impedance", length=_g(length))
    for name, label in (("feeder_inst_a", "上级馈线速断定值（A）"), ("feeder_oc_a", "上级馈线过流定值（A）"),
                        ("feeder_oc_time_s", "上级馈线过流时间（s）")):
        value = getattr(inp, name)
        if value is not None:
            _positive(value, label)
    for name in COEFFICIENTS:
        if name in ("rx",):
            continue
        v = _number(getattr(inp, name), f"系数 {COEFFICIENTS[name][1]}（{COEFFICIENTS[name][0]}）")
        if v < 0 or (v == 0 and name not in ("oc_time_min_s",)):
            raise Refused("prot_not_positive", label=f"系数 {COEFFICIENTS[name][1]}（{COEFFICIENTS[name][0]}）", value=_g(v))
    if inp.k_re > 1:
        raise Refused("prot_k_re", value=_g(inp.k_re))
    if inp.line_end_temp_c < 20 or inp.line_end_temp_c > 400:
        raise Refused("prot_end_temp", value=_g(inp.line_end_temp_c))
    return _Checked(un, sk_max, sk_min, rx, kva, uk_pct / 100, pk_kw, estimated, ct_primary, ct_secondary,
                    u_hv, u_lv, u_nlv, length, r_km, x_km, count, neutral)


# --- formatting ------------------------------------------------------------------------------


def _g(x: float, sig: int = 4) -> str:
    """A number for a formula: 4 significant figures, no exponent, no trailing zeros."""
    if x == 0 or not math.isfinite(x):
        return "0" if x == 0 else str(x)
    digits = max(0, sig - 1 - math.floor(math.log10(abs(x))))
    s = f"{x:.{digits}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def _ceil_step(x: float, step: float) -> float:
    """Round up to the relay's step: a setting that must stay above a value stays above it."""
    return round(math.ceil(x / step - 1e-9) * step, 6)


def _floor_step(x: float, step: float) -> float:
    """Round down to the step: a time graded below another keeps at least its margin."""
    return round(math.floor(x / step + 1e-9) * step, 6)


def _z(r: float, x: float) -> str:
    return f"{_g(r)} + j{_g(x)}"


# --- calculation -----------------------------------------------------------------------------


def short_circuit(inp: SettingInputs) -> dict:
    """The short-circuit currents alone (kA); ``calculate`` adds the settings. Raises Refused."""
    return _short_circuit(inp, _validate(inp), [])


def _short_circuit(inp: SettingInputs, v: _Checked, steps: list[dict]) -> dict:
    def step(name: str, formula: str, value: float, unit: str) -> float:
        steps.append({"name": name, "formula": formula, "value": value, "unit": unit})
        return value

    un, s_rt = v.un, v.kva / 1000.0  # kV, MVA
    t_r = v.u_hv / v.u_lv
    step("变比", f"t_r = U_rTHV/U_rTLV = {_g(v.u_hv)}/{_g(v.u_lv)}", t_r, "")

    # network feeder, one impedance per mode
    def feeder(c: float, sk: float, tag: str) -> tuple[float, float]:
        zq = step(f"系统阻抗（{tag}）", f"Z_Q = c·U_n²/S_k = {_g(c)}×{_g(un)}²/{_g(sk)}", c * un * un / sk, "Ω")
        xq = zq / math.sqrt(1 + v.rx ** 2)
        rq = v.rx * xq
        step(f"系统电抗、电阻（{tag}）", f"X_Q = Z_Q/√(1+(R/X)²) = {_g(zq)}/√(1+{_g(v.rx)}²)；R_Q = {_g(v.rx)}·X_Q",
             xq, "Ω")
        steps[-1]["formula"] += f" = {_g(rq)} Ω"
        return rq, xq

    rq_max, xq_max = feeder(inp.c_max, v.sk_max, "最大方式")
    rq_min, xq_min = feeder(inp.c_min, v.sk_min, "最小方式")

    # line or cable; hotter (higher R) for the minimum currents
    rl, xl = v.r_km * v.length, v.x_km * v.length
    temp_factor = 1 + ALPHA_R * (inp.line_end_temp_c - 20)
    rl_min = rl * temp_factor
    if v.length > 0:
        step("线路阻抗（20 °C）", f"Z_L = (r + jx)·l = ({_g(v.r_km)} + j{_g(v.x_km)})×{_g(v.length)} = {_z(rl, xl)}",
             math.hypot(rl, xl), "Ω")
        step("线路电阻（最小方式，θ_e）",
             f"R_L,θ = R_L·[1 + 0.004×({_g(inp.line_end_temp_c)} − 20)] = {_g(rl)}×{_g(temp_factor)}", rl_min, "Ω")

    # transformer, referred to the 10 kV side with its rated HV voltage
    zt = step("变压器阻抗", f"Z_T = u_k·U_rTHV²/S_rT = {_g(v.uk)}×{_g(v.u_hv)}²/{_g(s_rt)}", v.uk * v.u_hv ** 2 / s_rt, "Ω")
    rt = step("变压器电阻", f"R_T = P_k·U_rTHV²/S_rT² = {_g(v.pk_kw / 1000)}×{_g(v.u_hv)}²/{_g(s_rt)}²",
              (v.pk_kw / 1000) * v.u_hv ** 2 / s_rt ** 2, "Ω")
    xt = step("变压器电抗", f"X_T = √(Z_T² − R_T²) = √({_g(zt)}² − {_g(rt)}²)", math.sqrt(zt ** 2 - rt ** 2), "Ω")
    x_t = step("变压器相对电抗", f"x_T = X_T·S_rT/U_rTHV² = {_g(xt)}×{_g(s_rt)}/{_g(v.u_hv)}²", xt * s_rt / v.u_hv ** 2, "p.u.")
    kt = step("变压器校正系数", f"K_T = 0.95·c_max,LV/(1 + 0.6·x_T) = 0.95×{_g(inp.c_max_lv)}/(1 + 0.6×{_g(x_t)})",
              0.95 * inp.c_max_lv / (1 + 0.6 * x_t), "")

    # faults at the 10 kV terminal (the customer's 10 kV bus)
    z_hv_max = math.hypot(rq_max + rl, xq_max + xl)
    z_hv_min = math.hypot(rq_min + rl_min, xq_min + xl)
    step("高压侧短路阻抗（最大方式）", f"|Z_k| = |{_z(rq_max + rl, xq_max + xl)}|", z_hv_max, "Ω")
    ik3_max_hv = step("高压侧最大三相短路电流",
                      f"I″k3max = c_max·U_n/(√3·|Z_k|) = {_g(inp.c_max)}×{_g(un)}/(√3×{_g(z_hv_max)})",
                      inp.c_max * un / (SQRT3 * z_hv_max), "kA")
    step("高压侧短路阻抗（最小方式）", f"|Z_k| = |{_z(rq_min + rl_min, xq_min + xl)}|", z_hv_min, "Ω")
    ik2_min_hv = step("高压侧最小两相短路电流",
                      f"I″k2min = c_min·U_n/(2·|Z_k|) = {_g(inp.c_min)}×{_g(un)}/(2×{_g(z_hv_min)})",
                      inp.c_min * un / (2 * z_hv_min), "kA")

    # faults on the LV bus: the sum referred to the 10 kV side, then to the LV side by t_r².
    # Parallel transformers lower the impedance only when their LV buses are tied, and only the
    # maximum is computed with all of them; the minimum assumes one in service.
    n_par = v.count if inp.lv_parallel else 1
    r_max = rq_max + rl + kt * rt / n_par
    x_max = xq_max + xl + kt * xt / n_par
    par = f"/{n_par}" if n_par > 1 else ""
    z_lv_max = step("低压母线短路阻抗（最大方式，归算到低压侧）",
                    f"|Z_k,LV| = |Z_Q + Z_L + K_T·Z_T{par}|/t_r² = |{_z(r_max, x_max)}|/{_g(t_r)}²",
                    math.hypot(r_max, x_max) / t_r ** 2 * 1000, "mΩ") / 1000
    ik3_max_lv = step("低压母线最大三相短路电流",
                      f"I″k3max,LV = c_max,LV·U_n,LV/(√3·|Z_k,LV|) = {_g(inp.c_max_lv)}×{_g(v.u_nlv)}/(√3×{_g(z_lv_max)})",
                      inp.c_max_lv * v.u_nlv / (SQRT3 * z_lv_max), "kA")
    ik3_max_lv_hv = step("低压母线最大三相短路电流归算到高压侧", f"I″k3max,LV/t_r = {_g(ik3_max_lv)}/{_g(t_r)}",
                         ik3_max_lv / t_r, "kA")
    r_min = rq_min + rl_min + rt
    x_min = xq_min + xl + xt
    z_lv_min = step("低压母线短路阻抗（最小方式，归算到低压侧）",
                    f"|Z_k,LV| = |Z_Q + Z_L,θ + Z_T|/t_r² = |{_z(r_min, x_min)}|/{_g(t_r)}²（不计 K_T）",
                    math.hypot(r_min, x_min) / t_r ** 2 * 1000, "mΩ") / 1000
    ik2_min_lv = step("低压母线最小两相短路电流",
                      f"I″k2min,LV = c_min,LV·U_n,LV/(2·|Z_k,LV|) = {_g(inp.c_min_lv)}×{_g(v.u_nlv)}/(2×{_g(z_lv_min)})",
                      inp.c_min_lv * v.u_nlv / (2 * z_lv_min), "kA")
    ik2_min_lv_ref = step("低压母线最小两相短路电流归算到高压侧", f"I″k2min,LV/t_r = {_g(ik2_min_lv)}/{_g(t_r)}",
                          ik2_min_lv / t_r, "kA")
    factor, why = vector_factor(inp.vector, inp.ct_scheme)
    ik2_min_lv_hv = step("低压两相短路时高压侧继电器电流（最小）",
                         f"联结组系数 k_Y = {_g(factor)}（{why}）；k_Y·I″k2min,LV/t_r = {_g(factor)}×{_g(ik2_min_lv_ref)}",
                         factor * ik2_min_lv_ref, "kA")
    return {
        "t_r": t_r, "z_t_ohm": zt, "r_t_ohm": rt, "x_t_ohm": xt, "x_t_pu": x_t, "k_t": kt,
        "ik3_max_hv_ka": ik3_max_hv, "ik2_min_hv_ka": ik2_min_hv,
        "ik3_max_lv_ka": ik3_max_lv, "ik2_min_lv_ka": ik2_min_lv,
        "ik3_max_lv_ka_hv_side": ik3_max_lv_hv, "ik2_min_lv_ka_referred": ik2_min_lv_ref,
        "ik2_min_lv_ka_hv_side": ik2_min_lv_hv, "vector_factor": factor,
    }


def calculate(inp: SettingInputs) -> dict:
    """Short-circuit currents, settings and checks for the incoming switch; see the module doc.

    Raises ``Refused`` (with a Chinese sentence) for input that cannot give a meaningful sheet.
    """
    v = _validate(inp)
    steps: list[dict] = []

    def step(name: str, formula: str, value: float, unit: str) -> float:
        steps.append({"name": name, "formula": formula, "value": value, "unit": unit})
        return value

    s_total = v.count * v.kva
    n_text = f"{v.count}×" if v.count > 1 else ""
    i_r = step("变压器高压侧额定电流", f"I_rT = {n_text}S_rT/(√3·U_rTHV) = {n_text}{_g(v.kva)}/(√3×{_g(v.u_hv)})",
               s_total / (SQRT3 * v.u_hv), "A")
    i_r_lv = step("变压器低压侧额定电流（单台）", f"I_rLV = S_rT/(√3·U_rTLV) = {_g(v.kva)}/(√3×{_g(v.u_lv)})",
                  v.kva / (SQRT3 * v.u_lv), "A")
    pk_note = "（典型值）" if v.pk_estimated else "（铭牌值）"
    step("负载损耗" + pk_note, f"P_k = {_g(v.pk_kw)} kW；u_R = P_k/S_rT = {_g(v.pk_kw / v.kva * 100)}%", v.pk_kw, "kW")
    sc = _short_circuit(inp, v, steps)
    n_ct = v.ct_primary / v.ct_secondary
    step("电流互感器变比", f"n_TA = {_g(v.ct_primary)}/{_g(v.ct_secondary)}", n_ct, "")
    cstep, tstep = inp.current_step_a, inp.time_step_s

    def setting(primary_needed: float) -> tuple[float, float]:
        secondary = _ceil_step(primary_needed / n_ct, cstep)
        return round(secondary * n_ct, 6), secondary

    checks: list[dict] = []

    def check(name: str, value: float | None, limit: float | None, relation: str, ok: bool | None, note: str) -> bool | None:
        checks.append({"name": name, "value": value, "limit": limit, "relation": relation, "ok": ok, "note": note})
        return ok

    # 1. instantaneous (电流速断): above the largest LV-bus fault and above the inrush
    i_lv_max = sc["ik3_max_lv_ka_hv_side"] * 1000
    by_fault = step("速断：躲过低压母线最大短路电流", f"K_rel·I″k3max,LV/t_r = {_g(inp.k_rel_inst)}×{_g(i_lv_max)}",
                    inp.k_rel_inst * i_lv_max, "A")
    by_inrush = step("速断：躲过励磁涌流", f"K_μ·I_rT = {_g(inp.k_inrush)}×{_g(i_r)}", inp.k_inrush * i_r, "A")
    inst_p, inst_s = setting(max(by_fault, by_inrush))
    step("速断定值", f"I_op = max({_g(by_fault)}, {_g(by_inrush)})，二次 {_g(max(by_fault, by_inrush))}/{_g(n_ct)} "
         f"向上取整到 {_g(cstep)} A = {_g(inst_s)} A，一次 = {_g(inst_s)}×{_g(n_ct)}", inst_p, "A")
    i_hv_min = sc["ik2_min_hv_ka"] * 1000
    inst_sens = step("速断灵敏系数", f"K_sen = I″k2min/I_op = {_g(i_hv_min)}/{_g(inst_p)}", i_hv_min / inst_p, "")
    inst_ok = check("速断灵敏系数（高压侧最小两相短路）", inst_sens, inp.sens_inst_min, ">=", inst_sens >= inp.sens_inst_min,
                    f"高压侧最小两相短路电流 {_g(i_hv_min)} A 为速断定值 {_g(inst_p)} A 的 {_g(inst_sens, 3)} 倍，"
                    + ("满足" if inst_sens >= inp.sens_inst_min else "不满足")
                    + f"不小于 {_g(inp.sens_inst_min)} 的要求"
                    + ("。" if inst_sens >= inp.sens_inst_min else
                       "：系统短路容量偏小或线路较长，建议改用限时速断或纵联差动保护。"))
    check("速断躲过低压母线最大短路电流", inst_p / i_lv_max, inp.k_rel_inst, ">=", inst_p >= by_fault - 1e-6,
          f"速断定值 {_g(inst_p)} A 为低压母线最大三相短路电流（归算到高压侧）{_g(i_lv_max)} A 的 {_g(inst_p / i_lv_max, 3)} 倍，"
          "低压侧故障时速断不误动。")
    check("速断躲过励磁涌流", inst_p / i_r, inp.k_inrush, ">=", inst_p >= by_inrush - 1e-6,
          f"速断定值为额定电流的 {_g(inst_p / i_r, 3)} 倍，空载合闸时不误动。")

    # 2. definite-time overcurrent (过电流)
    oc_needed = step("过流定值计算值", f"K_rel·K_ss·I_rT/K_re = {_g(inp.k_rel_oc)}×{_g(inp.k_ss)}×{_g(i_r)}/{_g(inp.k_re)}",
                     inp.k_rel_oc * inp.k_ss * i_r / inp.k_re, "A")
    oc_p, oc_s = setting(oc_needed)
    step("过流定值", f"二次 {_g(oc_needed)}/{_g(n_ct)} 向上取整到 {_g(cstep)} A = {_g(oc_s)} A，一次 = {_g(oc_s)}×{_g(n_ct)}",
         oc_p, "A")
    if inp.feeder_oc_time_s is not None:
        graded = inp.feeder_oc_time_s - inp.dt_s
        oc_t = _floor_step(graded, tstep)
        if oc_t < inp.oc_time_min_s - 1e-9 or oc_t <= 0:
            raise Refused(
                f"上级馈线过流时间 {_g(inp.feeder_oc_time_s)} s 太短，无法配合：减去级差 Δt = {_g(inp.dt_s)} s 后为 "
                f"{_g(max(graded, 0))} s，低于本装置过流的最短动作时间 {_g(inp.oc_time_min_s)} s。"
                "请核对上级定值，或与供电公司调度协商延长馈线过流时间。")
        step("过流时间", f"t = t_feeder − Δt = {_g(inp.feeder_oc_time_s)} − {_g(inp.dt_s)}，向下取整到 {_g(tstep)} s", oc_t, "s")
    else:
        oc_t = _floor_step(inp.oc_time_default_s, tstep)
        step("过流时间", f"未提供上级馈线过流时间，取缺省 t = {_g(inp.oc_time_default_s)} s", oc_t, "s")
    i_lv_min = sc["ik2_min_lv_ka_hv_side"] * 1000
    oc_sens = step("过流灵敏系数", f"K_sen = k_Y·I″k2min,LV/t_r / I_op = {_g(i_lv_min)}/{_g(oc_p)}", i_lv_min / oc_p, "")
    oc_sens_ok = check("过流灵敏系数（低压母线最小两相短路）", oc_sens, inp.sens_oc_min, ">=", oc_sens >= inp.sens_oc_min,
                       f"低压母线最小两相短路时高压侧电流 {_g(i_lv_min)} A 为过流定值 {_g(oc_p)} A 的 {_g(oc_sens, 3)} 倍，"
                       + ("满足" if oc_sens >= inp.sens_oc_min else "不满足")
                       + f"不小于 {_g(inp.sens_oc_min)} 的要求"
                       + ("。" if oc_sens >= inp.sens_oc_min else "：低压侧故障可能拒动，应核对运行方式或增设低压侧保护。"))

    # coordination with the utility feeder (all primary at 10 kV)
    oc_ok: bool | None = oc_sens_ok
    inst_coord_ok: bool | None = None
    if inp.feeder_inst_a is not None:
        lim = inp.feeder_inst_a / inp.k_coord
        inst_coord_ok = inst_p <= lim + 1e-6
        check("速断与上级馈线速断配合", inst_p * inp.k_coord, inp.feeder_inst_a, "<=", inst_coord_ok,
              f"本户速断 {_g(inst_p)} A × K_co {_g(inp.k_coord)} = {_g(inst_p * inp.k_coord)} A，上级馈线速断 "
              f"{_g(inp.feeder_inst_a)} A：" + ("配合。" if inst_coord_ok else
                                            "本户速断不低于上级馈线速断，低压侧或本户高压侧故障可能越级跳开馈线；"
                                            "本户速断须躲过低压母线短路电流而无法再降，应与供电公司协商调整馈线速断或加装限流措施。"))
    else:
        check("速断与上级馈线速断配合", None, None, "<=", None, "未提供上级馈线速断定值，未校核配合，须与供电公司核对。")
    if inp.feeder_oc_a is not None:
        oc_coord_ok = oc_p <= inp.feeder_oc_a / inp.k_coord + 1e-6
        check("过流与上级馈线过流配合（电流）", oc_p * inp.k_coord, inp.feeder_oc_a, "<=", oc_coord_ok,
              f"本户过流 {_g(oc_p)} A × K_co {_g(inp.k_coord)} = {_g(oc_p * inp.k_coord)} A，上级馈线过流 "
              f"{_g(inp.feeder_oc_a)} A：" + ("配合。" if oc_coord_ok else
                                          "本户过流不低于上级馈线过流，过负荷或低压故障时馈线可能先于本户动作；"
                                          "应核对本户容量与馈线定值。"))
        oc_ok = bool(oc_ok and oc_coord_ok)
    else:
        check("过流与上级馈线过流配合（电流）", None, None, "<=", None, "未提供上级馈线过流定值，未校核配合，须与供电公司核对。")
    if inp.feeder_oc_time_s is not None:
        margin = inp.feeder_oc_time_s - oc_t
        t_ok = margin >= inp.dt_s - 1e-9
        check("过流与上级馈线过流配合（时间级差）", round(margin, 6), inp.dt_s, ">=", t_ok,
              f"上级馈线过流 {_g(inp.feeder_oc_time_s)} s − 本户过流 {_g(oc_t)} s = {_g(margin)} s，"
              + (f"不小于级差 {_g(inp.dt_s)} s。" if t_ok else f"小于级差 {_g(inp.dt_s)} s，无配合裕度。"))
        oc_ok = bool(oc_ok and t_ok)
    else:
        check("过流与上级馈线过流配合（时间级差）", None, inp.dt_s, ">=", None,
              f"未提供上级馈线过流时间，过流时间取缺省 {_g(oc_t)} s，须与供电公司核对。")
    check("CT 一次额定电流不小于额定电流", v.ct_primary, i_r, ">=", v.ct_primary >= i_r,
          f"CT 一次 {_g(v.ct_primary)} A，变压器额定电流 {_g(i_r)} A" +
          ("。" if v.ct_primary >= i_r else "：CT 变比偏小，满负荷时 CT 过载，应选大一级变比。"))

    # 3. overload (过负荷), alarm only
    ol_needed = step("过负荷定值计算值", f"K_rel·I_rT/K_re = {_g(inp.k_rel_ol)}×{_g(i_r)}/{_g(inp.k_re)}",
                     inp.k_rel_ol * i_r / inp.k_re, "A")
    ol_p, ol_s = setting(ol_needed)
    step("过负荷定值", f"二次向上取整到 {_g(cstep)} A = {_g(ol_s)} A，一次 = {_g(ol_s)}×{_g(n_ct)}", ol_p, "A")

    result = {
        "rated_current_a": i_r,
        "rated_current_lv_a": i_r_lv,
        **{k: sc[k] for k in ("ik3_max_hv_ka", "ik2_min_hv_ka", "ik3_max_lv_ka", "ik2_min_lv_ka",
                              "ik3_max_lv_ka_hv_side", "ik2_min_lv_ka_referred", "ik2_min_lv_ka_hv_side",
                              "vector_factor", "k_t")},
        "ct_ratio": [v.ct_primary, v.ct_secondary],
        "instantaneous": {"name": "电流速断", "primary_a": inst_p, "secondary_a": inst_s, "time_s": 0.0,
                          "sensitivity": inst_sens, "sensitivity_min": inp.sens_inst_min,
                          "ok": bool(inst_ok and inst_coord_ok is not False),
                          "enabled": True, "action": "跳闸"},
        "overcurrent": {"name": "过电流", "primary_a": oc_p, "secondary_a": oc_s, "time_s": oc_t,
                        "sensitivity": oc_sens, "sensitivity_min": inp.sens_oc_min, "ok": bool(oc_ok),
                        "enabled": True, "action": "跳闸"},
        "overload": {"name": "过负荷", "primary_a": ol_p, "secondary_a": ol_s,
                     "time_s": _floor_step(inp.ol_time_s, tstep), "sensitivity": None, "ok": True,
                     "enabled": True, "action": "信号"},
    }

    # 4. zero-sequence on the LV neutral of a Yyn0 transformer: its earth faults hardly show on
    # the 10 kV overcurrent (large zero-sequence impedance, no delta winding), so a neutral CT
    # watches them; it must stay above the allowed neutral unbalance, 25 % of the LV rating.
    if inp.vector == "Yyn0":
        zs_needed = step("低压中性线零序过流定值", f"I_0op = K_0·I_rLV = {_g(inp.k_zs)}×{_g(i_r_lv)}", inp.k_zs * i_r_lv, "A")
        if v.neutral_ct is not None:
            n0 = v.neutral_ct[0] / v.neutral_ct[1]
            zs_s = _ceil_step(zs_needed / n0, cstep)
            zs_p = round(zs_s * n0, 6)
            step("零序定值（二次）", f"{_g(zs_needed)}/{_g(n0)} 向上取整到 {_g(cstep)} A，一次 = {_g(zs_s)}×{_g(n0)}", zs_p, "A")
        else:
            zs_s, zs_p = None, round(zs_needed, 2)
        result["zero_sequence"] = {"name": "低压中性线零序过流", "primary_a": zs_p, "secondary_a": zs_s,
                                   "time_s": _floor_step(inp.zs_time_s, tstep), "sensitivity": None, "ok": True,
                                   "enabled": True, "action": "跳闸", "on_lv_neutral": True,
                                   "ct": inp.neutral_ct or None}
        if v.neutral_ct is None:
            check("低压中性线零序 CT", None, None, "", None, "未提供中性线 CT 变比，零序定值只给出一次值（低压中性线电流）。")

    result["checks"] = checks
    result["all_ok"] = not any(c["ok"] is False for c in checks)
    result["steps"] = steps
    result["coefficients"] = [
        {"field": name, "name": label, "symbol": symbol, "value": getattr(inp, name), "source": source}
        for name, (label, symbol, source) in COEFFICIENTS.items()
    ] + [{"field": "pk_kw", "name": "负载损耗" + pk_note, "symbol": "P_k", "value": v.pk_kw,
          "source": (PK_SOURCE_DRY if inp.tr_type == "dry" else PK_SOURCE) if v.pk_estimated else
          f"变压器铭牌（{TRANSFORMER_TYPES[inp.tr_type]}）"},
         {"field": "lv_nominal_kv", "name": "低压系统标称电压", "symbol": "U_n,LV", "value": v.u_nlv,
          "source": "GB/T 156：220/380 V 系统（变压器低压额定电压 0.4 kV）"}]
    inputs = asdict(inp)
    inputs.update({"pk_kw_used": v.pk_kw, "pk_estimated": v.pk_estimated, "lv_nominal_kv_used": v.u_nlv,
                   "u_rt_hv_kv": v.u_hv, "u_rt_lv_kv": v.u_lv, "total_kva": s_total})
    result["inputs"] = inputs
    result["standards"] = [SC_STD, HANDBOOK, RELAY_STD, "DL/T 584《3kV～110kV电网继电保护装置运行整定规程》"]
    return result


def input_fields() -> list[str]:
    """Names of the SettingInputs fields, in order (for forms and JSON input)."""
    return [f.name for f in fields(SettingInputs)]

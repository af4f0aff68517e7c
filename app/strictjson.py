"""JSON read strictly, for anything that comes from outside (packages, published rule sets and
templates, survey files): a duplicate key, NaN or Infinity, or an absurdly long number is an error,
not something ``json.loads`` quietly accepts. Nesting depth is left to the caller, whose limits
differ."""
from __future__ import annotations

import json
import math


def _no_dupes(pairs):
    seen = set()
    for k, _ in pairs:
        if k in seen:
            raise ValueError(f"duplicate key {k[:40]!r}")
        seen.add(k)
    return dict(pairs)


def _no_constant(name):
    raise ValueError(f"{name} is not JSON")


def _bounded_int(s: str):
    if len(s.lstrip("-")) > 16:
        raise ValueError("number too large")
    return int(s)


def _bounded_float(s: str):
    if len(s) > 40:
        raise ValueError("number too long")
    v = float(s)
    if not math.isfinite(v):
        raise ValueError("number out of range")
    return v


def loads(text: str):
    """Like ``json.loads``; raises ValueError (or RecursionError) for what strict JSON refuses."""
    return json.loads(text, object_pairs_hook=_no_dupes, parse_constant=_no_constant, parse_int=_bounded_int,
                      parse_float=_bounded_float)

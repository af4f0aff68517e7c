"""How a number is written in a document or on screen, without ReportLab: the PDFs (``pdf_base``),
the printed papers and the workbench's pages write a value the same way."""
from __future__ import annotations


def fmt_num(value: object) -> str:
    """630.0 -> "630", 0.4 -> "0.4", 1250.5 -> "1250.5", 4585460.0 -> "4585460" (never 4.58546e+06);
    None -> ""."""
    if value is None or value == "":
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if number != number or number in (float("inf"), float("-inf")):
        return str(number)
    return f"{number:.3f}".rstrip("0").rstrip(".") if number % 1 else str(int(number))

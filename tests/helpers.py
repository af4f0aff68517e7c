"""Helpers shared by the test files (plain functions; fixtures live in conftest.py).

PDFs are read back with pypdf, a pinned pure-Python reader in the virtual environment, so no test
needs a system program (poppler's pdftotext/pdffonts) to check what a reader of the file sees.
"""
from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

# --- reading PDFs back -----------------------------------------------------------------------


def pdf_text(path: Path | str, page: int | None = None, layout: bool = False) -> str:
    """The text of the whole file, or of one page (numbered from 1, as printed in the footers).

    layout=True keeps each line's horizontal arrangement (a contents line with its dots and page
    number stays one line); otherwise text comes in content-stream order, one line per text line.
    A page that does not exist is an error, not an empty string.
    """
    reader = PdfReader(str(path))
    mode = "layout" if layout else "plain"
    if page is not None:
        if not 1 <= page <= len(reader.pages):
            raise IndexError(f"{path} has {len(reader.pages)} pages, not page {page}")
        return reader.pages[page - 1].extract_text(extraction_mode=mode)
    return "\n".join(p.extract_text(extraction_mode=mode) for p in reader.pages)


def flat(s: str) -> str:
    """Text without whitespace: extracted spaces and line breaks differ from the input's."""
    return re.sub(r"\s+", "", s)


def page_count(path: Path | str) -> int:
    return len(PdfReader(str(path)).pages)


def pdf_fonts(path: Path | str) -> list[dict]:
    """Every font the pages use (also inside form XObjects), as pdffonts lists them: name, subtype,
    embedded (a font program in its descriptor), subset (the ABCDEF+ name prefix), unicode (a
    ToUnicode map, so text can be copied and searched)."""
    reader = PdfReader(str(path))
    seen: dict[tuple[int, int] | int, dict] = {}

    def descriptor(font: DictionaryObject) -> DictionaryObject | None:
        if "/FontDescriptor" in font:
            return font["/FontDescriptor"].get_object()
        if "/DescendantFonts" in font:  # Type0 (composite): the CID font carries the descriptor
            return descriptor(font["/DescendantFonts"].get_object()[0].get_object())
        return None

    def walk(resources, depth: int = 0) -> None:
        if resources is None or depth > 10:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or DictionaryObject()).get_object().values():
            key = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(ref)
            if key in seen:
                continue
            font = ref.get_object()
            desc = descriptor(font)
            name = str(font.get("/BaseFont", ""))[1:]
            seen[key] = {
                "name": name,
                "type": str(font.get("/Subtype", ""))[1:],
                "embedded": desc is not None and any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")),
                "subset": re.match(r"[A-Z]{6}\+", name) is not None,
                "unicode": "/ToUnicode" in font,
            }
        for xobj in (resources.get("/XObject") or DictionaryObject()).get_object().values():
            xobj = xobj.get_object()
            if xobj.get("/Subtype") == "/Form":
                walk(xobj.get("/Resources"), depth + 1)

    for page in reader.pages:
        walk(page.get("/Resources"))
    return list(seen.values())


def assert_only_embedded_cjk_subsets(path: Path | str) -> None:
    """Every font is an embedded, searchable subset of the bundled CJK font (no stray Helvetica)."""
    fonts = pdf_fonts(path)
    assert fonts, f"no fonts in {path}"
    for f in fonts:
        assert "+WenQuanYiMicroHei" in f["name"], f
        assert f["embedded"] and f["subset"] and f["unicode"], f

"""Data files shipped with Zaosong: fonts, translations, rule sets, checklists, the ledger vocabulary.

``resource(...)`` finds one: the ground floor both the core (``app.paths``) and the documents
(``reports``) stand on, so ``reports`` needs nothing of ``app`` to find its font.
"""
from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The bundled resources folder, resolved from this package (or the frozen bundle)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

"""Errors the user sees.

A refusal carries a code and parameters; its text comes from ``app.messages`` in the user's
language (simplified Chinese by default, English second), so the CLI and the GUI say the same.
"""
from __future__ import annotations

from app.messages import render


class Refused(Exception):
    """An operation the core refuses; nothing was changed. ``str(exc)`` is the message to show."""

    def __init__(self, code_or_text: str, /, **params: object) -> None:
        self.code = code_or_text
        self.params = params
        super().__init__(render(code_or_text, **params))

    @property
    def message(self) -> str:
        return str(self)

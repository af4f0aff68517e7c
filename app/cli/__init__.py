"""The ``zaosong`` command line, a front end like ``ui/``: one module per command group.

``main`` assembles the groups and dispatches; ``output`` prints (JSON, PDFs, the date argument);
``documents`` holds the PDF commands and is the only module that imports ``reports``.
"""
from app.cli.main import build_parser, main

__all__ = ["build_parser", "main"]

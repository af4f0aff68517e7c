"""The ``zaosong`` command line (moving into one module per command group)."""
from app.cli.main import build_parser, main

__all__ = ["build_parser", "main"]

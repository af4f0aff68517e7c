"""Zaosong (早送) core: domain, services and CLI. Imports neither Qt nor ReportLab."""

__version__ = "0.1.0"

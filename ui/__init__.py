"""Zaosong workbench GUI (PySide6). Talks only to app services; never writes SQL."""

"""Sync by file: packages (*.zsync) exchanged between laptops and the supervisor."""

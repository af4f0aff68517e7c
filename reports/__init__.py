"""Printed documents (PDF), built with ReportLab from plain dicts.

This package knows nothing of Qt, of ``ui/`` or of the database: callers gather the data and
hand over plain dicts, so rendering can run on any worker thread.

- ``rectification_notice``: 整改通知书, one per inspection round (``render_notice``).
- ``acceptance_handbook``: 客户受电工程竣工验收手册 for one case (``render_handbook``).
- ``review_letter``: 设计图纸审查意见书 for one design-review round (``render_review_letter``).
- ``papers``: 受理回执, 供电方案答复单, 业务收费通知单, 竣工验收意见书, 送电单 (``render_paper``).
- ``batch``: many 整改通知书 in one PDF, with progress and cancel (``render_notices_batch``).
- ``pdf_base``: the house style every document shares (font, page, footer, escaping).

Callers import the module they need (``reports.commands`` gathers the renderers the CLI and the GUI
call), so ``import reports`` alone loads no ReportLab.
"""

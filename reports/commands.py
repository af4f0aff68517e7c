"""The renderers the front ends call (``app/cli/documents.py``, ``ui/jobs.py``): the core hands plain
dicts over and never imports ReportLab itself."""
from reports.acceptance_handbook import render_handbook
from reports.analysis_minutes import render_analysis_minutes
from reports.batch import render_notices_batch
from reports.before_docs import render_forecast, render_visit_record
from reports.meeting_docs import render_meeting_minutes, render_meeting_notice
from reports.metering_plan import render_metering_plan, write_metering_plan_xlsx
from reports.outage_docs import render_outage_notices, render_outage_plan, render_outage_request
from reports.papers import render_paper, render_papers
from reports.points_statement import render_points_statement
from reports.rectification_notice import render_notice
from reports.review_letter import render_review_letter
from reports.setting_sheet import render_setting_sheet

__all__ = ["render_analysis_minutes", "render_forecast", "render_handbook", "render_meeting_minutes",
           "render_meeting_notice", "render_notice", "render_notices_batch", "render_outage_notices",
           "render_outage_plan", "render_outage_request", "render_paper", "render_papers", "render_points_statement", "render_review_letter",
           "render_setting_sheet", "render_visit_record", "render_metering_plan", "write_metering_plan_xlsx"]

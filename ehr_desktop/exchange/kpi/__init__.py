"""KPI workbooks: templates as Excel files officers read, edit and import again, and the
cycle results workbook (the layout: docs/kpi-template-workbook.md)."""

from ehr_desktop.exchange.kpi.isolated import read_template_isolated
from ehr_desktop.exchange.kpi.results import RESULT_HEADERS, ResultLine, ResultTexts, write_results
from ehr_desktop.exchange.kpi.template_reader import (
    CODES,
    MAX_INDICATORS,
    TEMPLATE_LIMITS,
    WorkbookProblem,
    read_template,
)
from ehr_desktop.exchange.kpi.template_writer import TemplateTexts, write_template

__all__ = [
    "CODES",
    "MAX_INDICATORS",
    "RESULT_HEADERS",
    "TEMPLATE_LIMITS",
    "ResultLine",
    "ResultTexts",
    "TemplateTexts",
    "WorkbookProblem",
    "read_template",
    "read_template_isolated",
    "write_results",
    "write_template",
]

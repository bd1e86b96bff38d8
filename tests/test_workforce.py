"""The workforce report: figures by department and month from hand-made lifecycles (hires,
leavings, transfers between and within departments, a rehire), the workbook read back, the
CLI, and the domain rules on their own."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest
from sqlalchemy import select

from ehr_desktop.domain import id_number
from ehr_desktop.domain.lifecycle import Event, Kind
from ehr_desktop.domain.people import PersonalData
from ehr_desktop.domain.workforce import Movement, Placement, movements, workforce_figures
from ehr_desktop.persistence.models import AuditLogEntry
from ehr_desktop.services import lifecycle, organization, workforce
from ehr_desktop.services.lifecycle import EventInput, OnboardInput

TODAY = dt.date(2025, 6, 1)
D = dt.date


def person(no: str) -> PersonalData:
    born = D(1990, 1, 1) + dt.timedelta(days=ord(no[0]))
    first17 = f"110101{born:%Y%m%d}{ord(no[0]) % 90 + 10:02d}1"
    return PersonalData(
        employee_no=no,
        name=f"员工{no}",
        gender="M",
        birth_date=born,
        id_number=first17 + id_number.check_digit(first17),
    )


def hire(vault, ids, no: str, department: str, on: dt.date) -> int:
    return lifecycle.onboard(
        vault,
        OnboardInput(
            personal=person(no),
            hire_date=on,
            department_id=ids[department],
            position_id=ids["position"],
            grade="P2",
            monthly_salary_cents=800_000,
            probation_end=None,
        ),
        today=TODAY,
    )


def transfer(vault, ids, employee_id: int, department: str, on: dt.date) -> None:
    lifecycle.record_event(
        vault,
        employee_id,
        EventInput(Kind.TRANSFER, on, {"department_id": ids[department]}),
        today=TODAY,
    )


def leave(vault, employee_id: int, on: dt.date) -> None:
    lifecycle.offboard(
        vault, employee_id, Kind.RESIGNATION, on, reason="个人原因", voluntary=True, today=TODAY
    )


@pytest.fixture
def staffed(new_vault):
    """销售部 (华东区, 华南区) and 研发中心, with seven lifecycles around Jan–Mar 2025."""
    vault = new_vault.vault
    sales = organization.create_department(vault, "销售部", None, D(2015, 1, 1))
    ids = {
        "sales": sales,
        "east": organization.create_department(vault, "华东区", sales, D(2015, 1, 1)),
        "south": organization.create_department(vault, "华南区", sales, D(2015, 1, 1)),
        "rd": organization.create_department(vault, "研发中心", None, D(2015, 1, 1)),
        "position": organization.add_position(vault, "专员", "综合", "P2"),
    }
    a = hire(vault, ids, "A01", "east", D(2024, 6, 1))
    transfer(vault, ids, a, "south", D(2025, 2, 10))  # within 销售部
    b = hire(vault, ids, "B01", "rd", D(2025, 1, 15))
    leave(vault, b, D(2025, 3, 31))  # the last day: a March leaver, not in March's closing
    c = hire(vault, ids, "C01", "sales", D(2023, 1, 1))
    leave(vault, c, D(2024, 12, 31))
    lifecycle.record_event(  # rehired into another department
        vault, c, EventInput(Kind.REHIRE, D(2025, 2, 1), {"department_id": ids["rd"]}), today=TODAY
    )
    d = hire(vault, ids, "D01", "rd", D(2024, 1, 1))
    transfer(vault, ids, d, "east", D(2025, 3, 1))  # between departments
    e = hire(vault, ids, "E01", "south", D(2025, 2, 20))
    leave(vault, e, D(2025, 2, 25))  # in and out within one month
    f = hire(vault, ids, "F01", "east", D(2020, 1, 1))
    leave(vault, f, D(2024, 5, 1))  # gone before the period
    hire(vault, ids, "G01", "east", D(2025, 4, 5))  # after the period
    return vault, ids


def figures_by_path(report: workforce.WorkforceReport) -> dict[str, object]:
    return {row.path or row.kind: row.figures for row in report.rows}


def test_figures_by_department_and_month(staffed):
    vault, _ids = staffed
    report = workforce.compute(vault, D(2025, 1, 1), D(2025, 3, 31))
    assert report.months == (D(2025, 1, 1), D(2025, 2, 1), D(2025, 3, 1))
    assert [row.path or row.kind for row in report.rows] == [
        "company", "研发中心", "销售部", "销售部/华东区", "销售部/华南区",
    ]  # fmt: skip
    found = figures_by_path(report)

    company = found["company"]
    assert company.opening == [2, 3, 4]  # A and D; C left on 31 December
    assert company.hires == [1, 2, 0]  # B; C's rehire and E
    assert company.leavers == [0, 1, 1]  # E; B
    assert company.closing == [3, 4, 3]
    assert company.transfers_in == company.transfers_out == [0, 0, 0]
    assert report.people == 5  # A, B, C, D, E

    sales = found["销售部"]  # A's move between its teams is not a transfer for 销售部
    assert sales.closing == [1, 1, 2]
    assert (sales.hires, sales.leavers) == ([0, 1, 0], [0, 1, 0])
    assert (sales.transfers_in, sales.transfers_out) == ([0, 0, 1], [0, 0, 0])
    east, south = found["销售部/华东区"], found["销售部/华南区"]
    assert east.closing == [1, 0, 1] and east.transfers_out == [0, 1, 0]
    assert east.transfers_in == [0, 0, 1]
    assert south.closing == [0, 1, 1] and south.transfers_in == [0, 1, 0]

    rd = found["研发中心"]
    assert rd.opening[0] == 1 and rd.closing == [2, 3, 1]
    assert rd.hires == [1, 1, 0] and rd.leavers == [0, 0, 1] and rd.transfers_out == [0, 0, 1]
    assert rd.turnover(2) == pytest.approx(1 / 2)  # 1 leaver over (3 + 1) / 2
    assert company.period_turnover == pytest.approx(2 / ((2.5 + 3.5 + 3.5) / 3))
    for figures in found.values():  # every month reconciles
        for m in range(3):
            assert figures.closing[m] == (
                figures.opening[m] + figures.hires[m] + figures.transfers_in[m]
                - figures.leavers[m] - figures.transfers_out[m]
            )  # fmt: skip


def test_the_workbook_holds_a_summary_and_a_sheet_per_measure(staffed, tmp_path):
    vault, _ids = staffed
    target = tmp_path / "workforce.xlsx"
    workforce.export(vault, target, D(2025, 1, 1), D(2025, 3, 31))
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        "概览 Summary", "月末人数 Headcount", "入职 Hires", "离职 Leavers", "离职率 Turnover",
    ]  # fmt: skip
    summary = book["概览 Summary"]
    assert summary.freeze_panes == "B2" and summary.auto_filter.ref == "A1:I6"
    assert summary["A1"].font.bold and summary["A2"].value == "全公司 / Whole company"
    assert [c.value for c in summary[2]][1:8] == [2, 3, 2, 0, 0, 3, 3.2]
    turnover = summary["I2"]
    assert turnover.value == pytest.approx(2 / ((2.5 + 3.5 + 3.5) / 3))
    assert turnover.number_format == "0.0%"
    headcount = book["月末人数 Headcount"]
    assert [c.value for c in headcount[1]] == [
        "部门 / Department", "2025-01", "2025-02", "2025-03", "平均 / Average",
    ]  # fmt: skip
    rows = {r[0]: r[1:] for r in headcount.iter_rows(min_row=2, max_row=6, values_only=True)}
    assert rows["销售部/华东区"][:3] == (1, 0, 1)
    leavers = {r[0]: r[1:] for r in book["离职 Leavers"].iter_rows(min_row=2, values_only=True)}
    assert leavers["研发中心"] == (0, 0, 1, 1)
    rates = book["离职率 Turnover"]
    assert rates["D3"].value == pytest.approx(0.5) and rates["D3"].number_format == "0.0%"
    texts = [row[0] for row in rates.iter_rows(min_row=8, values_only=True) if row[0]]
    assert any("离职率 = 离职人数 ÷ 平均人数" in text for text in texts)  # the definition
    assert any("2025-01 – 2025-03" in text for text in texts)
    with vault.database.reading() as session:
        [entry] = session.scalars(select(AuditLogEntry).where(AuditLogEntry.action == "export"))
    detail = json.loads(entry.detail)
    assert detail["what"] == "workforce" and detail["people"] == 5 and detail["masked"]
    assert (detail["from"], detail["to"]) == ("2025-01", "2025-03")


def test_the_default_period_is_the_last_twelve_complete_months():
    assert workforce.default_period(D(2026, 11, 27)) == (D(2025, 11, 1), D(2026, 10, 31))
    assert workforce.default_period(D(2026, 1, 5)) == (D(2025, 1, 1), D(2025, 12, 31))


def test_a_period_ending_before_it_starts_is_refused(staffed):
    vault, _ids = staffed
    with pytest.raises(workforce.PeriodRefused):
        workforce.compute(vault, D(2025, 3, 1), D(2025, 1, 31))


def test_cli_writes_the_report_for_a_period(staffed, english_cli, capsys, tmp_path, monkeypatch):
    from support.vault_helpers import PASSPHRASE

    from ehr_desktop import cli

    vault, _ids = staffed
    folder = vault.layout.folder
    vault.close()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    target = tmp_path / "wf.xlsx"
    code = cli.main(
        ["export", "workforce", str(folder), "--from", "2025-01", "--to", "2025-03",
         "-o", str(target), "--json"]
    )  # fmt: skip
    printed = json.loads(capsys.readouterr().out)
    assert code == 0 and printed["months"] == 3 and printed["people"] == 5
    assert openpyxl.load_workbook(target).sheetnames[0] == "Summary"
    assert cli.main(["export", "workforce", str(folder), "--from", "2025-13", "-o", str(target)])


# --- the rules alone --------------------------------------------------------------------------


def event(kind: Kind, on: dt.date, sequence: int, **details) -> Event:
    return Event(kind, on, details, sequence)


def test_a_hire_and_a_move_on_one_day_are_a_hire_into_the_second_department():
    moves = movements(
        [
            event(Kind.HIRE, D(2025, 1, 6), 1, department_id=1),
            event(Kind.TRANSFER, D(2025, 1, 6), 2, department_id=2),
        ]
    )
    assert moves == [Movement(D(2025, 1, 6), None, Placement(2))]


def test_a_hire_and_a_leaving_on_one_day_count_both():
    moves = movements(
        [
            event(Kind.HIRE, D(2025, 1, 6), 1, department_id=1),
            event(Kind.DISMISSAL, D(2025, 1, 6), 2),
        ]
    )
    assert [(m.is_hire, m.is_leaving) for m in moves] == [(True, False), (False, True)]
    _months, figures = workforce_figures([(1, moves)], D(2025, 1, 1), D(2025, 1, 31), {1: None})
    assert (figures[1].hires, figures[1].leavers, figures[1].closing) == ([1], [1], [0])


def test_a_corrected_event_counts_as_corrected_and_leave_of_absence_stays_employed():
    moves = movements(
        [
            event(Kind.HIRE, D(2024, 1, 1), 1, department_id=1),
            event(Kind.TRANSFER, D(2025, 2, 1), 2, department_id=2),
            Event(Kind.TRANSFER, D(2025, 3, 1), {"department_id": 2}, 3, corrects=2),
            event(Kind.LEAVE_OF_ABSENCE, D(2025, 3, 5), 4),
        ]
    )
    assert moves == [
        Movement(D(2024, 1, 1), None, Placement(1)),
        Movement(D(2025, 3, 1), Placement(1), Placement(2)),
    ]

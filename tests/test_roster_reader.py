"""Reading legacy rosters: the published sample corpus record by record, the general rules on
generated workbooks, and hostile files refused quickly with the right reason."""

import datetime as dt
import gzip
import hashlib
import json
import os
import shutil
import struct
import sys
import threading
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from support.samples import ROSTERS

from ehr_desktop.domain.id_number import check_digit
from ehr_desktop.exchange.roster import (
    FIELDS,
    Limits,
    RosterUnreadable,
    column_key,
    match_label,
    read_roster,
    reader,
)
from ehr_desktop.services.progress import Cancelled, Progress

SAMPLES = ROSTERS
needs_samples = pytest.mark.skipif(
    not (SAMPLES / "answers.json").exists(), reason="roster sample corpus not present"
)
SMALL_SAMPLES = sorted(p.name for p in SAMPLES.glob("0[1-8]*")) if SAMPLES.exists() else []
BIG_SAMPLE = "09_恒昌集团_花名册_20000人.xlsx"


@pytest.fixture(scope="module")
def answers() -> dict:
    return json.loads((SAMPLES / "answers.json").read_text(encoding="utf-8"))


def as_expected(record) -> dict:
    """A record in the shape of expected/*.jsonl."""
    shaped = {"sheet": record.sheet, "row": record.row}
    for name in FIELDS:
        value = record.values[name]
        shaped[name] = value.isoformat() if isinstance(value, dt.date) else value
    shaped["warnings"] = [issue.code for issue in record.warnings]
    if record.line is not None:
        shaped["line"] = record.line
    return shaped


def expected_records(name: str) -> list[dict]:
    plain = SAMPLES / "expected" / f"{name}.jsonl"
    if plain.exists():
        lines = plain.read_text(encoding="utf-8").splitlines()
    else:
        with gzip.open(SAMPLES / "expected" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def fingerprint(records) -> str:
    lines = sorted(
        json.dumps(
            {k: v for k, v in as_expected(r).items() if k in FIELDS},
            sort_keys=True,
            ensure_ascii=False,
            separators=(",", ":"),
        )
        for r in records
    )
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def counts(reading) -> dict:
    flagged = sum(1 for r in reading.records if r.warnings)
    return {
        "employees_imported": len(reading.records),
        "employees_imported_clean": len(reading.records) - flagged,
        "rows_flagged": flagged,
        "rows_rejected": len(reading.rejected),
        "non_employee_rows_skipped": reading.skipped_rows,
    }


def column_letter(index: int) -> str:
    return openpyxl.utils.get_column_letter(index + 1)


# --- the published corpus -----------------------------------------------------------------


@needs_samples
@pytest.mark.parametrize("name", SMALL_SAMPLES)
def test_sample_roster_gives_exactly_the_expected_records(name, answers):
    reading = read_roster(SAMPLES / name)

    assert [as_expected(r) for r in reading.records] == expected_records(name)
    expected = answers["files"][name]["expected"]
    assert counts(reading) == {key: expected[key] for key in counts(reading)}
    assert fingerprint(reading.records) == answers["files"][name]["fingerprint"]


@needs_samples
@pytest.mark.parametrize("name", SMALL_SAMPLES)
def test_sample_roster_reports_each_issue_with_its_row_field_and_first_occurrence(name, answers):
    reading = read_roster(SAMPLES / name)

    found = [
        (r.sheet, r.row, r.line, issue.code, issue.field, None)
        for r in reading.records
        for issue in r.warnings
    ] + [
        (
            r.sheet,
            r.row,
            r.line,
            r.issue.code,
            r.issue.field,
            {"sheet": r.issue.first_sheet, "row": r.issue.first_row} if r.issue.first_row else None,
        )
        for r in reading.rejected
    ]
    expected = [
        (
            i["sheet"],
            i["row"],
            i.get("line"),
            i["category"],
            i["field"],
            i.get("first_occurrence"),
        )
        for i in answers["files"][name]["issues"]
    ]
    assert sorted(found, key=str) == sorted(expected, key=str)
    for record in reading.records:  # flagged cells carry the raw value and its column label
        for issue in record.warnings:
            if issue.code != "hidden_row":
                assert issue.raw not in (None, "") and issue.column


@needs_samples
@pytest.mark.parametrize("name", SMALL_SAMPLES)
def test_sample_roster_layout_finds_header_rows_and_columns(name, answers):
    reading = read_roster(SAMPLES / name)
    facts = answers["files"][name]

    assert reading.format == facts["format"]
    assert reading.encoding == facts["encoding"]
    assert [s.name for s in reading.sheets] == [s["name"] for s in facts["sheets"]]
    for layout, sheet in zip(reading.sheets, facts["sheets"], strict=True):
        assert list(layout.header_rows) == sheet["header_rows"]
        mapped = {
            field: column_letter(col) for col, field in layout.columns.items() if field in FIELDS
        }
        wanted = {
            field: places[0]["column"]
            for field, places in sheet["columns"].items()
            if field in FIELDS
        }
        assert mapped == wanted
        assert layout.implied_status == sheet["status_implied_by_sheet"]


@needs_samples
def test_big_roster_matches_its_fingerprint_and_samples_in_reasonable_time(answers):
    facts = answers["files"][BIG_SAMPLE]
    started = time.monotonic()

    reading = read_roster(SAMPLES / BIG_SAMPLE)

    assert time.monotonic() - started < 10
    assert fingerprint(reading.records) == facts["fingerprint"]
    assert counts(reading) == {key: facts["expected"][key] for key in counts(reading)}
    by_row = {(r.sheet, r.row): as_expected(r) for r in reading.records}
    for sample in facts["samples"]:
        assert by_row[(sample["sheet"], sample["row"])] == sample
    assert [as_expected(r) for r in reading.records] == expected_records(BIG_SAMPLE)


@needs_samples
def test_progress_is_reported_and_cancel_stops_the_reading():
    reports = []
    read_roster(SAMPLES / BIG_SAMPLE, progress=Progress(report=lambda d, t: reports.append(d)))
    assert reports and reports[-1] >= 18_000 and reports == sorted(reports)

    calls = []
    cancelling = Progress(is_cancelled=lambda: bool(calls.append(1)) or len(calls) > 3)
    with pytest.raises(Cancelled):
        read_roster(SAMPLES / BIG_SAMPLE, progress=cancelling)


@needs_samples
def test_an_xls_misnamed_xlsx_is_read_by_its_content(tmp_path):
    source = SAMPLES / "05_顺达物流_人事档案_老系统导出.xls"
    misnamed = tmp_path / "export.xlsx"
    shutil.copy(source, misnamed)

    reading = read_roster(misnamed)

    assert reading.format == "xls"
    assert [as_expected(r) for r in reading.records] == expected_records(source.name)


@needs_samples
def test_hidden_rows_of_an_xls_are_flagged(tmp_path):
    # Given the sample .xls with the ROW record of 在职人员 row 10 marked hidden (fDyZero)
    data = bytearray((SAMPLES / "05_顺达物流_人事档案_老系统导出.xls").read_bytes())
    at = data.find(b"\x08\x02\x10\x00" + struct.pack("<H", 9))  # first sheet's row index 9
    data[at + 4 + 12] |= 0x20
    patched = tmp_path / "hidden.xls"
    patched.write_bytes(bytes(data))

    reading = read_roster(patched)

    flagged = {(r.sheet, r.row) for r in reading.records if r.warnings}
    assert ("在职人员", 10) in flagged
    row10 = next(r for r in reading.records if (r.sheet, r.row) == ("在职人员", 10))
    assert [i.code for i in row10.warnings] == ["hidden_row"]


@needs_samples
def test_only_the_chosen_sheets_are_read():
    source = SAMPLES / "05_顺达物流_人事档案_老系统导出.xls"

    reading = read_roster(source, sheets=["离职人员"])

    assert [s.name for s in reading.sheets] == ["离职人员"]
    assert {r.values["status"] for r in reading.records} == {"left"}
    assert len(reading.records) == 58


@needs_samples
def test_mapping_override_names_unknown_labels_and_ignores_columns():
    source = SAMPLES / "08_Harbor_Analytics_US_Office_Roster.xlsx"

    reading = read_roster(source, mapping={"Email": "position", "Job Title": ""})

    layout = reading.sheets[0]
    assert layout.columns[6] == "position" and 4 not in layout.columns
    assert reading.records[0].values["position"].endswith("@harbor-analytics.example.com")


@needs_samples
def test_mapping_keys_of_a_two_row_header_are_the_whole_labels():
    source = SAMPLES / "03_云帆科技_劳动合同台账_双行表头.xlsx"

    reading = read_roster(
        source, mapping={"试用期 / 结束日期": "contract_end", "合同信息 / 结束日期": ""}
    )

    layout = reading.sheets[0]
    assert layout.columns[13] == "contract_end" and 11 not in layout.columns
    assert reading.records[0].values["contract_end"] == dt.date(2008, 7, 31)


@needs_samples
@pytest.mark.parametrize("name", SMALL_SAMPLES)
def test_a_mapping_built_from_the_layout_reads_the_same_records(name):
    # Given the mapping a mapping screen builds from a first reading: every label, its field
    # or "" (ignored)
    first = read_roster(SAMPLES / name)
    mapping = {
        column_key(label): layout.columns.get(column, "")
        for layout in first.sheets
        for column, label in layout.labels.items()
    }

    again = read_roster(SAMPLES / name, mapping=mapping)

    assert again.records == first.records
    assert again.sheets == first.sheets


# --- vocabulary ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("员工号", "employee_no"),
        ("员工代码", "employee_no"),
        ("人员编号", "employee_no"),
        ("Emp No.", "employee_no"),
        ("EMPLOYEE #", "employee_no"),
        ("姓　名", "name"),
        ("*姓名（必填）", "name"),
        ("Given Name", "first_name"),
        ("身份证\n号码", "id_number"),
        ("进本单位时间", "hire_date"),
        ("入职本单位时间", "hire_date"),
        ("Hire Dt", "hire_date"),
        ("科室", "department"),
        ("所在科室", "department"),
        ("工种", "position"),
        ("移动电话", "phone"),
        ("工号\nEmp No", "employee_no"),
        ("合同终止日期", "contract_end"),
        ("离职时间", "leave_date"),
        ("Employment Status", "status"),
    ],
)
def test_label_synonyms_are_recognised(label, field):
    assert match_label(label) == field


@pytest.mark.parametrize(
    ("label", "really"),
    [
        ("参加工作时间", "first_work_date"),
        ("转正日期", "probation_end"),
        ("合同开始日期", "contract_start"),
        ("紧急联系电话", "emergency_phone"),
        ("紧急联系人", "emergency_contact"),
        ("职级", "grade"),
        ("序号", None),
        ("年龄", None),
        ("司龄", None),
        ("家庭电话", None),
    ],
)
def test_decoy_labels_are_not_the_core_field_they_resemble(label, really):
    assert match_label(label) == really


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("民族", "ethnicity"),
        ("婚姻状况", "marital_status"),
        ("政治面貌", "political_status"),
        ("电子邮箱", "email"),
        ("E-mail", "email"),
        ("籍贯", "native_place"),
        ("户口性质", "hukou_type"),
        ("户籍地址", "hukou_address"),
        ("家庭住址", "current_address"),
        ("最高学历", "education"),
        ("毕业院校", "school"),
        ("所学专业", "major"),
        ("基本工资", "monthly_salary"),
        ("合同类型", "contract_type"),
        ("合同编号", "contract_no"),
        ("离职原因", "leave_reason"),
    ],
)
def test_further_fields_are_recognised(label, field):
    assert match_label(label) == field


@pytest.mark.parametrize(
    ("group", "label", "field"),
    [
        ("合同信息", "结束日期", "contract_end"),
        ("劳动合同", "到期日", "contract_end"),
        ("合同信息", "开始日期", "contract_start"),
        ("合同信息", "合同类型", "contract_type"),
        ("合同信息", "编号", "contract_no"),
        ("试用期", "结束日期", "probation_end"),
        ("试用期", "开始日期", None),
        ("员工信息", "工号", "employee_no"),
        ("入职信息", "日期", "hire_date"),
        ("紧急联系人", "姓名", "emergency_contact"),
        ("紧急联系人", "电话", "emergency_phone"),
        ("紧急联系人", "关系", "emergency_relation"),
        ("家庭成员", "姓名", None),
        ("配偶", "电话", None),
        ("Contract", "End Date", "contract_end"),
    ],
)
def test_sub_labels_are_read_in_their_group(group, label, field):
    assert match_label(label, group=group) == field


# --- general rules on generated workbooks ---------------------------------------------------


def resident_id(prefix: str, birth: str, sequence: int) -> str:
    first17 = f"{prefix}{birth}{sequence:03d}"
    return first17 + check_digit(first17)


def write_variant_workbook(path: Path) -> None:
    """A roster unlike the samples: data from column B, a two-row header with other groups
    and synonyms, merged and written-once departments, a subtotal inside a merged block, a
    note merged across, a footer, a hidden row, a departed sheet and a hidden sheet."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "说明"
    notes["A1"] = "本工作簿为人员台账，请勿修改表头。"
    sheet = book.create_sheet("员工台账")
    sheet["B1"] = "某某公司人员台账"
    sheet.merge_cells("B1:P1")
    sheet["B2"] = "导出时间：2024-12-31"
    header_top = {
        "B": "员工号", "C": "姓　名", "D": "所在科室", "E": "工种", "F": "入职信息",
        "H": "合同情况", "J": "试用期", "L": "紧急联系人", "N": "移动电话",
        "O": "身份证号码（必填）", "P": "人员状态",
    }  # fmt: skip
    header_sub = {"F": "日期", "G": "参加工作时间", "H": "起始日期", "I": "终止日期",
                  "J": "开始", "K": "结束", "L": "姓名", "M": "电话"}  # fmt: skip
    for col, label in header_top.items():
        sheet[f"{col}4"] = label
    for col, label in header_sub.items():
        sheet[f"{col}5"] = label
    for col in "BCDENOP":
        sheet.merge_cells(f"{col}4:{col}5")
    for span in ("F4:G4", "H4:I4", "J4:K4", "L4:M4"):
        sheet.merge_cells(span)

    def person(row, number, name, department, birth, seq, status="在职"):
        values = {
            "B": number, "C": name, "D": department, "E": "会计",
            "F": dt.date(2015, 3, 2), "G": dt.date(2005, 7, 1),
            "H": dt.date(2015, 3, 2), "I": dt.date(2027, 3, 1),
            "J": dt.date(2015, 3, 2), "K": dt.date(2015, 9, 1),
            "L": "紧急联系人甲", "M": "020-1234567", "N": "+86 139 1234 5678",
            "O": resident_id("440106", birth, seq), "P": status,
        }  # fmt: skip
        for col, value in values.items():
            if value is not None:
                sheet[f"{col}{row}"] = value

    person(6, "A001", "张三", "财务部", "19900101", 11)
    person(7, "A002", "李　娜", None, "19910202", 22)
    person(8, "A003", "王五", None, "19920303", 31)
    sheet.merge_cells("D6:D9")
    sheet["B9"] = "小计"
    sheet["C9"] = 3
    person(10, "A004", "赵六", "ＩＴ部 ", "19930404", 41)
    person(11, "A005", "钱七", None, "19940505", 52, status="试用期")
    sheet.row_dimensions[11].hidden = True
    sheet["B12"] = "注：本表数据截至2024年12月31日"
    sheet.merge_cells("B12:P12")
    sheet["B13"] = "制表人：人事部"

    departed = book.create_sheet("离职员工")
    departed.append(["工号", "姓名", "部门", "离职日期"])
    departed.append(["A101", "孙八", "销售部", "2023.5.6"])
    departed.append(["A002", "李娜", "财务部", "2023-01-01"])  # already on the first sheet

    archive = book.create_sheet("Backup")
    archive.append(["Employee ID", "Full Name", "Hire Date"])
    archive.append(["B1", "Ann Lee", "3/1/2019"])
    archive.sheet_state = "hidden"
    book.save(path)


def test_variant_workbook_follows_the_general_rules(tmp_path):
    path = tmp_path / "台账.xlsx"
    write_variant_workbook(path)

    reading = read_roster(path)

    assert reading.ignored_sheets == ("说明",)
    assert [s.name for s in reading.sheets] == ["员工台账", "离职员工", "Backup"]
    layout = reading.sheets[0]
    assert layout.header_rows == (4, 5)
    mapped = {column_letter(col): field for col, field in layout.columns.items()}
    assert mapped == {
        "B": "employee_no", "C": "name", "D": "department", "E": "position",
        "F": "hire_date", "I": "contract_end", "N": "phone", "O": "id_number", "P": "status",
        # What the decoys really are: never the hire date or the employee's own phone.
        "G": "first_work_date", "H": "contract_start", "K": "probation_end",
        "L": "emergency_contact", "M": "emergency_phone",
    }  # fmt: skip
    rows = {(r.sheet, r.row): r for r in reading.records}
    assert sorted(row for sheet, row in rows if sheet == "员工台账") == [6, 7, 8, 10, 11]
    first = rows[("员工台账", 6)].values
    assert {key: value for key, value in first.items() if key in FIELDS} == {
        "employee_no": "A001", "name": "张三", "gender": "male",
        "id_number": resident_id("440106", "19900101", 11),
        "birth_date": dt.date(1990, 1, 1), "department": "财务部", "position": "会计",
        "hire_date": dt.date(2015, 3, 2), "contract_end": dt.date(2027, 3, 1),
        "phone": "13912345678", "status": "active", "leave_date": None,
    }  # fmt: skip
    assert {key: value for key, value in first.items() if key not in FIELDS and value} == {
        "first_work_date": dt.date(2005, 7, 1), "contract_start": dt.date(2015, 3, 2),
        "probation_end": dt.date(2015, 9, 1), "emergency_contact": "紧急联系人甲",
        "emergency_phone": "020-1234567",
    }  # fmt: skip
    assert rows[("员工台账", 7)].values["name"] == "李娜"
    assert rows[("员工台账", 8)].values["department"] == "财务部"  # merged block
    assert rows[("员工台账", 11)].values["department"] == "IT部"  # written once, filled down
    assert [i.code for i in rows[("员工台账", 11)].warnings] == ["hidden_row"]
    assert not any(r.warnings for key, r in rows.items() if key != ("员工台账", 11)
                   and key[0] == "员工台账")  # fmt: skip
    assert reading.skipped_rows == 3  # 小计, the merged note, the footer
    left = rows[("离职员工", 2)].values
    assert left["status"] == "left" and left["leave_date"] == dt.date(2023, 5, 6)
    assert reading.sheets[1].implied_status == "left"
    (duplicate,) = reading.rejected
    assert (duplicate.sheet, duplicate.row, duplicate.issue.code) == (
        "离职员工",
        3,
        "duplicate_employee_no",
    )
    assert (duplicate.issue.first_sheet, duplicate.issue.first_row) == ("员工台账", 7)
    assert duplicate.cells == {"工号": "A002", "姓名": "李娜", "部门": "财务部",
                               "离职日期": "2023-01-01"}  # fmt: skip
    hidden_sheet = rows[("Backup", 2)]
    assert reading.sheets[2].english and reading.sheets[2].hidden
    assert hidden_sheet.values["hire_date"] == dt.date(2019, 3, 1)
    assert [i.code for i in hidden_sheet.warnings] == ["hidden_row"]


def write_ods(path: Path, rows_xml: str, name: str = "名册") -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{name}">{rows_xml}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
        )
        archive.writestr("content.xml", content)


def ods_cell(value=None, *, attrs: str = "", kind: str = "string") -> str:
    if value is None:
        return f"<table:table-cell {attrs}/>"
    typed = f'office:value-type="{kind}"'
    if kind == "float":
        typed += f' office:value="{value}"'
    return f"<table:table-cell {typed} {attrs}><text:p>{value}</text:p></table:table-cell>"


def test_ods_merges_and_hidden_rows_are_read_from_the_file(tmp_path):
    path = tmp_path / "名册.ods"
    row = "<table:table-row{}>{}</table:table-row>".format
    write_ods(
        path,
        row("", ods_cell("人员名册", attrs='table:number-columns-spanned="3"'))
        + row("", ods_cell("部门") + ods_cell("工号") + ods_cell("姓名"))
        + row(
            "",
            ods_cell("财务部", attrs='table:number-rows-spanned="2"')
            + ods_cell(1001, kind="float")
            + ods_cell("张三"),
        )  # fmt: skip
        + row(
            ' table:visibility="collapse"',
            "<table:covered-table-cell/>" + ods_cell("A1002") + ods_cell("李四"),
        )  # fmt: skip
        + row(
            ' table:number-rows-repeated="3"', ods_cell(attrs='table:number-columns-repeated="3"')
        )
        + row("", ods_cell("合计") + ods_cell(2, kind="float")),
    )

    reading = read_roster(path)

    assert reading.format == "ods" and reading.sheets[0].header_rows == (2,)
    records = [(r.row, r.values["employee_no"], r.values["department"]) for r in reading.records]
    assert records == [(3, "1001", "财务部"), (4, "A1002", "财务部")]
    assert [i.code for i in reading.records[1].warnings] == ["hidden_row"]
    assert reading.skipped_rows == 4  # three blank rows, then the totals row


def test_data_placed_away_from_a1_keeps_its_row_numbers_and_columns(tmp_path):
    path = tmp_path / "offset.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["D3"], sheet["E3"], sheet["F3"] = "工号", "姓名", "性别"
    sheet["D5"], sheet["E5"], sheet["F5"] = "X9", "周九", "女"
    book.save(path)

    reading = read_roster(path)

    assert reading.sheets[0].header_rows == (3,)
    assert reading.sheets[0].columns == {3: "employee_no", 4: "name", 5: "gender"}
    (record,) = reading.records
    assert (record.row, record.values["name"], record.values["gender"]) == (5, "周九", "female")
    assert reading.skipped_rows == 1  # the blank row 4, inside the data area


def test_english_csv_in_utf16_with_quoted_line_breaks(tmp_path):
    path = tmp_path / "us.csv"
    text = (
        "Emp No,First Name,Last Name,Hire Dt,Dept,Mobile,Emergency Contact Phone,Status,Notes\r\n"
        'U1,Ann,Lee,3/1/2019,Sales,(415) 555-0123,12,Active,"line one\r\nline two"\r\n'
        'U2,Bob,Ray,"Mar 4, 2020",Sales,415.555.0199,12,Terminated,\r\n'
    )
    path.write_bytes(text.encode("utf-16"))

    reading = read_roster(path)

    assert reading.encoding == "utf-16" and reading.sheets[0].english
    first, second = reading.records
    assert (first.row, first.line, second.row, second.line) == (2, 2, 3, 4)
    assert first.values["name"] == "Ann Lee" and first.values["hire_date"] == dt.date(2019, 3, 1)
    assert first.values["phone"] == "4155550123" and not first.warnings
    assert second.values["status"] == "left" and second.values["hire_date"] == dt.date(2020, 3, 4)


def test_gb18030_csv_and_gender_and_birth_date_from_the_id(tmp_path):
    path = tmp_path / "名单.csv"
    number = resident_id("110105", "19850615", 24)
    path.write_bytes(f"工号,姓名,身份证号\r\n7,王䶮,{number}\r\n".encode("gb18030"))

    reading = read_roster(path)

    assert reading.encoding == "gb18030"
    values = reading.records[0].values
    assert (values["name"], values["gender"], values["birth_date"]) == (
        "王䶮",
        "female",
        dt.date(1985, 6, 15),
    )


def test_tab_separated_text_is_read(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text("序号\t工号\t姓名\n1\tT1\t陈一\n", encoding="utf-8")

    reading = read_roster(path)

    assert [r.values["employee_no"] for r in reading.records] == ["T1"]


def test_delimited_text_under_an_xls_name_is_read_as_csv_and_html_is_refused(tmp_path):
    text = tmp_path / "系统导出.xls"
    text.write_bytes("工号\t姓名\t部门\r\nS1\t吴二\t仓储部\r\n".encode("gbk"))
    html = tmp_path / "网页导出.xls"
    html.write_text("<html><table><tr><td>工号</td><td>姓名</td></tr></table></html>", "utf-8")

    reading = read_roster(text)

    assert (reading.format, reading.encoding) == ("csv", "gbk")
    assert reading.records[0].values["department"] == "仓储部"
    refused(html, "not_a_spreadsheet")


# --- hostile and unreadable files -----------------------------------------------------------


def refused(path: Path, reason: str, **kwargs) -> RosterUnreadable:
    started = time.monotonic()
    with pytest.raises(RosterUnreadable) as caught:
        read_roster(path, **kwargs)
    assert time.monotonic() - started < 1.0
    assert caught.value.code == "roster.unreadable"
    assert caught.value.facts["reason"] == reason
    return caught.value


def small_workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["工号", "姓名"])
    book.active.append(["1", "张三"])
    book.save(path)


def rewrite_member(source: Path, target: Path, member: str, write) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename == member:
                with new.open(member, "w") as handle:
                    write(handle)
            else:
                new.writestr(info, old.read(info))


def test_zip_bomb_is_refused_from_the_zip_directory(tmp_path):
    small_workbook(tmp_path / "ok.xlsx")
    bomb = tmp_path / "bomb.xlsx"

    def huge_sheet(handle):
        handle.write(
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        )
        handle.write(b"<sheetData>")
        block = b" " * (1 << 20)
        for _ in range(64):
            handle.write(block)
        handle.write(b"</sheetData></worksheet>")

    rewrite_member(tmp_path / "ok.xlsx", bomb, "xl/worksheets/sheet1.xml", huge_sheet)

    refused(bomb, "zip_bomb")


def test_zip_member_lying_about_its_size_is_refused_as_a_zip_bomb(tmp_path):
    # Given a sheet of 5 MB whose zip headers declare 1,000 bytes (readers trusting the header
    # would inflate it all)
    small_workbook(tmp_path / "ok.xlsx")
    liar = tmp_path / "liar.xlsx"
    padding = b"<sheetData>" + b" " * 5_000_000

    def padded(handle):
        with zipfile.ZipFile(tmp_path / "ok.xlsx") as old:
            handle.write(old.read("xl/worksheets/sheet1.xml").replace(b"<sheetData>", padding))

    rewrite_member(tmp_path / "ok.xlsx", liar, "xl/worksheets/sheet1.xml", padded)
    data = bytearray(liar.read_bytes())
    with zipfile.ZipFile(liar) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    struct.pack_into("<I", data, info.header_offset + 22, 1000)  # local header
    central = data.find(b"PK\x01\x02")  # the central directory, entry by entry
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == info.filename.encode():
            struct.pack_into("<I", data, central + 24, 1000)
        central = data.find(b"PK\x01\x02", central + 4)
    liar.write_bytes(bytes(data))

    refused(liar, "zip_bomb")


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/styles.xml"])
def test_a_member_whose_compressed_data_is_broken_is_not_a_spreadsheet(tmp_path, member):
    small_workbook(tmp_path / "ok.xlsx")
    data = bytearray((tmp_path / "ok.xlsx").read_bytes())
    with zipfile.ZipFile(tmp_path / "ok.xlsx") as archive:
        info = archive.getinfo(member)
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    data[info.header_offset + 30 + name_length + extra_length + 5] ^= 0xFF  # deflate header
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(bytes(data))

    refused(broken, "not_a_spreadsheet")


@pytest.mark.parametrize(
    "member",
    ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml", "[Content_Types].xml"],
)
def test_xml_with_a_doctype_or_entities_is_refused(tmp_path, member):
    small_workbook(tmp_path / "ok.xlsx")
    hostile = tmp_path / "laughs.xlsx"
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<si><t>&lol2;</t></si></sst>"
    )
    with zipfile.ZipFile(tmp_path / "ok.xlsx") as archive:
        assert member in archive.namelist()
    rewrite_member(tmp_path / "ok.xlsx", hostile, member, lambda handle: handle.write(laughs))

    refused(hostile, "xml_entities")


def test_random_bytes_named_xlsx_are_not_a_spreadsheet(tmp_path):
    junk = tmp_path / "花名册.xlsx"
    junk.write_bytes(os.urandom(64 * 1024))

    refused(junk, "not_a_spreadsheet")


def ole_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (512-byte sectors, one FAT sector, one directory sector)."""
    end, free, fat_marker = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    fat = {0: fat_marker, 1: end}
    entries = [("Root Entry", 5, end, 0)]
    body, next_sector = b"", 2
    for name, content in streams.items():
        padded = content.ljust(max(4096, -(-len(content) // 512) * 512), b"\0")
        count = len(padded) // 512
        for i in range(count):
            fat[next_sector + i] = next_sector + i + 1 if i < count - 1 else end
        entries.append((name, 2, next_sector, len(content)))
        body += padded
        next_sector += count
    directory = b""
    for index, (name, kind, start, size) in enumerate(entries):
        encoded = name.encode("utf-16-le")
        child = 1 if kind == 5 else free
        right = index + 1 if 0 < index < len(entries) - 1 else free
        directory += struct.pack(
            "<64sHBBIII16sI16sIQ",
            encoded,
            len(encoded) + 2,
            kind,
            1,
            free,
            right,
            child,
            b"\0" * 16,
            0,
            b"\0" * 16,
            start,
            size,
        )
    directory = directory.ljust(512, b"\0")
    fat_sector = struct.pack("<128I", *[fat.get(i, free) for i in range(128)])
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"\0" * 16,
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        1,
        1,
        0,
        4096,
        end,
        0,
        end,
        0,
    ) + struct.pack("<109I", 0, *([free] * 108))
    return header + fat_sector + directory + body


def test_password_protected_xlsx_is_refused_as_encrypted(tmp_path):
    protected = tmp_path / "加密.xlsx"
    protected.write_bytes(
        ole_file({"EncryptionInfo": b"\x04\x00\x04\x00" + b"\0" * 200, "EncryptedPackage": b"x"})
    )

    refused(protected, "encrypted")


def test_ole_file_without_a_workbook_is_not_a_spreadsheet(tmp_path):
    document = tmp_path / "memo.xls"
    document.write_bytes(ole_file({"WordDocument": b"\0" * 100}))

    refused(document, "not_a_spreadsheet")


def test_csv_with_too_many_columns_is_refused(tmp_path):
    wide = tmp_path / "wide.csv"
    header = ",".join(["工号", "姓名"] + [f"列{i}" for i in range(1998)])
    wide.write_text(header + "\n" + ",".join(["1", "张三"] + ["x"] * 1998) + "\n", "utf-8")

    refused(wide, "too_many_columns")


@pytest.mark.parametrize("name", ["empty.xlsx", "empty.csv"])
def test_empty_file_is_refused(tmp_path, name):
    empty = tmp_path / name
    empty.write_bytes(b"")

    refused(empty, "empty")


def test_a_far_away_cell_is_refused_before_any_reader_allocates_the_sheet(tmp_path):
    path = tmp_path / "far.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "工号"
    book.active["XFD1048576"] = "x"
    book.save(path)

    refused(path, "too_many_rows")
    refused(path, "too_many_columns", limits=Limits(max_rows=2_000_000))


def test_a_far_away_cell_inside_an_early_row_element_is_refused(tmp_path):
    # A reader places a cell by its own reference, whatever row element holds it.
    small_workbook(tmp_path / "ok.xlsx")
    sneaky = tmp_path / "sneaky.xlsx"

    def sheet(handle):
        handle.write(
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>\xe5\xb7\xa5\xe5\x8f\xb7'
            b'</t></is></c><c r="B1048000"><v>1</v></c></row></sheetData></worksheet>'
        )

    rewrite_member(tmp_path / "ok.xlsx", sneaky, "xl/worksheets/sheet1.xml", sheet)
    refused(sneaky, "too_many_rows")


# --- worksheets screened at bytes speed, the exact scan where the screening cannot vouch ---

MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
PROLOG = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def sheet_xml(rows: bytes) -> bytes:
    return PROLOG + b"<worksheet " + MAIN + b"><sheetData>" + rows + b"</sheetData></worksheet>"


def with_sheet(tmp_path: Path, sheet: bytes) -> Path:
    """A small workbook (sheet "Sheet") whose sheet XML is `sheet`."""
    small_workbook(tmp_path / "ok.xlsx")
    path = tmp_path / "screened.xlsx"
    rewrite_member(tmp_path / "ok.xlsx", path, "xl/worksheets/sheet1.xml", lambda h: h.write(sheet))
    return path


def sheet_facts(path: Path, limits: Limits | None = None, *, exact: bool = False):
    """What the container checks learn of each sheet, {name: (hidden rows, extent)}, or the
    reason of the refusal; with `exact`, through the exact scan alone."""
    found = {}

    def keep_facts(_path, _kind, _limits, facts, **_):
        for name, (rows, extent, _) in facts.items():
            found[name] = ([n for n in range(1, 50_000) if n in rows], extent)
        return reader.Book("xlsx", None, (), 0, lambda names: iter(()))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reader, "_calamine_book", keep_facts)
        if exact:
            patch.setattr(reader, "_screen_sheet", lambda *args: None)
        try:
            with reader.open_book(path, limits or Limits(), lambda: None):
                pass
        except RosterUnreadable as error:
            return error.facts["reason"]
    return found


@pytest.fixture
def exact_scans(monkeypatch) -> list[str]:
    """The sheets read by the exact scan (expat, element by element)."""
    scanned = []

    class Recorded(reader._SheetScan):
        def __init__(self, name, limits):
            super().__init__(name, limits)
            scanned.append(name)

    monkeypatch.setattr(reader, "_SheetScan", Recorded)
    return scanned


def excel_like_sheet() -> bytes:
    """The forms Excel writes: spans and prefixed attributes on rows, styled empty cells, shared
    strings, formulas, hidden rows and columns, and parts around sheetData holding `<c…` tags."""
    rows = b"".join(
        b'<row r="%d" spans="1:3"%s x14ac:dyDescent="0.25"><c r="A%d" t="s"><v>%d</v></c>'
        b'<c r="B%d" s="1"/><c r="C%d"><f>A%d*2</f><v>%d</v></c></row>'
        % (n, b' hidden="1"' if n in (3, 4) else b"", n, n, n, n, n, n * 2)
        for n in range(1, 8)
    )
    rows += b'<row r="9" hidden="true"><c r="ZZ9" t="inlineStr"><is><t>hidden</t></is></c></row>'
    rows += b'<row r="10" hidden="0" customHeight="1" ht="30"><c r="A10"><v>1</v></c></row>'
    rows += b'<row r="499999"><c r="AB499999" t="str"><v>x:c</v></c></row>'
    return (
        PROLOG + b"<worksheet " + MAIN
        + b' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        b' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"'
        b' mc:Ignorable="x14ac"><dimension ref="A1:ZZ499999"/>'
        b'<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
        b'<cols><col min="2" max="2" width="9" hidden="1" customWidth="1"/></cols>'
        b"<sheetData>" + rows + b"</sheetData>"
        b'<conditionalFormatting sqref="A1:A7"><cfRule type="cellIs" priority="1" operator="equal">'
        b"<formula>1</formula></cfRule></conditionalFormatting>"
        b'<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks>'
        b"</worksheet>"
    )  # fmt: skip


def test_sheets_as_spreadsheet_programs_write_them_are_screened_without_the_exact_scan(
    tmp_path, exact_scans
):
    excel = with_sheet(tmp_path, excel_like_sheet())
    variant = tmp_path / "台账.xlsx"
    write_variant_workbook(variant)

    assert sheet_facts(excel) == {"Sheet": ([3, 4, 9], 499_999)}
    assert sheet_facts(variant)["员工台账"] == ([11], 13)
    assert exact_scans == []
    assert sheet_facts(excel, exact=True) == sheet_facts(excel)
    assert sheet_facts(variant, exact=True) == sheet_facts(variant)


@needs_samples
@pytest.mark.parametrize("name", [n for n in SMALL_SAMPLES if n.endswith(".xlsx")] + [BIG_SAMPLE])
def test_the_sample_rosters_are_screened_to_the_exact_scans_facts(name, exact_scans):
    screened = sheet_facts(SAMPLES / name)

    assert exact_scans == []
    assert screened == sheet_facts(SAMPLES / name, exact=True)


def test_reading_a_screened_roster_never_calls_the_exact_scan(tmp_path, monkeypatch):
    def refuse_to_run(*args):
        raise AssertionError("the exact scan ran")

    monkeypatch.setattr(reader, "_SheetScan", refuse_to_run)
    path = tmp_path / "台账.xlsx"
    write_variant_workbook(path)

    reading = read_roster(path)

    hidden = {
        (r.sheet, r.row) for r in reading.records for i in r.warnings if i.code == "hidden_row"
    }
    assert ("员工台账", 11) in hidden


def big_sheet(first_rows: range, then_rows: range = range(0)) -> bytes:
    """A sheet of several chunks; every third row hidden, and one hidden row's tag cut by the
    first chunk boundary right in its `hidden` attribute."""

    def row(n: int, text: bytes = "员工".encode()) -> bytes:
        hidden = b' hidden="1"' if n % 3 == 0 else b""
        return b'<row r="%d" spans="1:2"%s><c r="A%d"><v>%d</v></c><c r="B%d" t="inlineStr">' % (
            n, hidden, n, n, n
        ) + b"<is><t>" + text + b"</t></is></c></row>"  # fmt: skip

    start = PROLOG + b"<worksheet " + MAIN + b"><sheetData>"
    parts, size = [start], len(start)
    for n in first_rows:
        if size > reader._CHUNK - 500:  # a filler row so that the chunk ends in "hid|den"
            cut = n + 1 + (-(n + 1) % 3)
            between = b"".join(row(m) for m in range(n + 1, cut))
            used = size + len(row(n, b"")) + len(between) + row(cut).index(b"hidden")
            parts += [row(n, b"x" * (reader._CHUNK - 3 - used)), between]
            parts += [row(m) for m in range(cut, first_rows.stop)]
            break
        parts.append(row(n))
        size += len(parts[-1])
    sheet = b"".join(parts + [row(m) for m in then_rows]) + b"</sheetData></worksheet>"
    assert sheet[reader._CHUNK - 3 : reader._CHUNK + 3] == b"hidden"
    return sheet


def test_hidden_rows_across_chunk_boundaries_are_screened_as_the_exact_scan_finds_them(
    tmp_path, exact_scans
):
    path = with_sheet(tmp_path, big_sheet(range(1, 25_000)))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size > 2.5 * reader._CHUNK

    screened = sheet_facts(path)

    assert exact_scans == []
    assert screened == {"Sheet": (list(range(3, 25_000, 3)), 24_999)}
    assert screened == sheet_facts(path, exact=True)


def test_rows_out_of_order_across_chunks_go_to_the_exact_scan(tmp_path, exact_scans):
    path = with_sheet(tmp_path, big_sheet(range(20_000, 40_000), then_rows=range(1, 12_000)))

    screened = sheet_facts(path)

    assert exact_scans == ["Sheet"]
    assert screened == sheet_facts(path, exact=True)
    assert screened["Sheet"][1] == 39_999


def cells(*cells: bytes, row: bytes = b'<row r="1">') -> bytes:
    return row + b"".join(cells) + b"</row>"


def valued(reference: bytes, open_tag: bytes = b'<c r="%s">') -> bytes:
    return open_tag % reference + b"<v>1</v></c>"


X_MAIN = b'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
INLINE = b'<c r="A1" t="inlineStr"><is><t>%s</t></is></c>'
UNUSUAL_SHEETS = {
    "doctype": (
        PROLOG + b'<!DOCTYPE worksheet [<!ENTITY a "1">]><worksheet ' + MAIN + b"><sheetData>"
        b'<row r="1"><c r="A1"><v>&a;</v></c></row></sheetData></worksheet>',
        "xml_entities",
    ),
    "a cell at XFD1": (sheet_xml(cells(valued(b"XFD1"))), "too_many_columns"),
    "a row past the row limit": (
        sheet_xml(cells(valued(b"A500001"), row=b'<row r="500001">')),
        "too_many_rows",
    ),
    "a far cell in row 1": (sheet_xml(cells(valued(b"B600000"))), "too_many_rows"),
    "a cell at AAA1 with a value": (sheet_xml(cells(valued(b"AAA1"))), {"Sheet": ([], 1)}),
    "an empty styled cell at XFD1": (
        sheet_xml(cells(valued(b"A1"), b'<c r="XFD1" s="1"/>')),
        {"Sheet": ([], 1)},
    ),
    "prefixed elements": (
        PROLOG + b"<x:worksheet " + X_MAIN + b'><x:sheetData><x:row r="1"><x:c r="XFD1">'
        b"<x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>",
        "too_many_columns",
    ),
    "a hidden row in a prefixed file": (
        PROLOG + b"<x:worksheet " + X_MAIN + b'><x:sheetData><x:row r="1"><x:c r="A1">'
        b'<x:v>1</x:v></x:c></x:row><x:row r="2" hidden="1"><x:c r="A2"><x:v>2</x:v></x:c>'
        b"</x:row></x:sheetData></x:worksheet>",
        {"Sheet": ([2], 2)},
    ),
    "a prefixed cell in an unprefixed file": (
        sheet_xml(cells(b'<x:c r="XFD1" ' + X_MAIN + b"><v>1</v></x:c>")),
        "too_many_columns",
    ),
    "single-quoted attributes": (
        sheet_xml(
            cells(valued(b"A1", b"<c r='%s'>"))
            + cells(valued(b"A3", b"<c r='%s'>"), row=b"<row r='3' hidden='1'>")
        ),
        {"Sheet": ([3], 3)},
    ),
    "rows without r": (
        sheet_xml(
            cells(b"<c><v>1</v></c>", row=b"<row>")
            + cells(b"<c><v>1</v></c>", row=b'<row hidden="1">')
        ),
        {"Sheet": ([2], 2)},
    ),
    "cells without r past the column limit": (
        sheet_xml(cells(*[b"<c><v>1</v></c>"] * 1001)),
        "too_many_columns",
    ),
    "a line break in a cell tag": (
        sheet_xml(cells(valued(b"XFD1", b'<c\nr="%s">'))),
        "too_many_columns",
    ),
    "a lower-case reference": (sheet_xml(cells(valued(b"xfd1"))), "too_many_columns"),
    "an absolute reference": (sheet_xml(cells(valued(b"$XFD$1"))), "too_many_columns"),
    "a reference by character references": (
        sheet_xml(cells(valued(b"&#88;FD1"))),
        "too_many_columns",
    ),
    "hidden by a character reference": (
        sheet_xml(cells(valued(b"A2"), row=b'<row r="2" hidden="&#49;">')),
        {"Sheet": ([2], 2)},
    ),
    "hidden twice in a row tag": (
        sheet_xml(cells(valued(b"A2"), row=b'<row r="2" hidden="0" hidden="1">')),
        "not_a_spreadsheet",
    ),
    "a hidden row inside a comment": (
        sheet_xml(cells(valued(b"A1"), b'<!-- <row r="5" hidden="1"> -->')),
        {"Sheet": ([], 1)},
    ),
    "a hidden row inside CDATA": (
        sheet_xml(cells(INLINE % b'<![CDATA[<row r="5" hidden="1">]]>')),
        {"Sheet": ([], 1)},
    ),
    "a hidden row inside a processing instruction": (
        sheet_xml(cells(valued(b"A1"), b'<?keep <row r="5" hidden="1">?>')),
        {"Sheet": ([], 1)},
    ),
    "another encoding": (
        sheet_xml(cells(INLINE % b"caf\xe9")).replace(b"UTF-8", b"ISO-8859-1"),
        {"Sheet": ([], 1)},
    ),
}


@pytest.mark.parametrize("sheet, expected", UNUSUAL_SHEETS.values(), ids=UNUSUAL_SHEETS.keys())
def test_unusual_sheets_go_to_the_exact_scan_with_the_same_outcome(
    tmp_path, exact_scans, sheet, expected
):
    path = with_sheet(tmp_path, sheet)

    screened = sheet_facts(path)

    assert exact_scans == ["Sheet"]
    assert screened == expected == sheet_facts(path, exact=True)


@pytest.mark.parametrize(
    "cell, expected, screened",
    [
        (b"AZ9999", {"Sheet": ([], 9_999)}, True),
        (b"BH1", {"Sheet": ([], 1)}, False),  # column 60: within the limit, but not surely
        (b"BI1", "too_many_columns", False),
        (b"A10000", {"Sheet": ([], 10_000)}, False),
        (b"A10001", "too_many_rows", False),
    ],
)
def test_the_screening_follows_the_limits(tmp_path, exact_scans, cell, expected, screened):
    path = with_sheet(tmp_path, sheet_xml(cells(valued(cell))))
    limits = Limits(max_rows=10_000, max_columns=60)

    found = sheet_facts(path, limits)

    assert (exact_scans == []) is screened
    assert found == expected == sheet_facts(path, limits, exact=True)


def test_a_truncated_sheet_is_refused_by_the_cell_reader(tmp_path):
    # The screening does not prove a sheet well-formed; calamine's parser (or the proof beside
    # it) refuses it.
    sheet = sheet_xml(
        cells(b'<c r="A1" t="inlineStr"><is><t>\xe5\xb7\xa5\xe5\x8f\xb7</t></is></c>')
    )
    path = with_sheet(tmp_path, sheet[: sheet.index(b"</t>")])

    refused(path, "not_a_spreadsheet")


# Each of these calamine reads without complaint; expat refuses them.
MALFORMED_BUT_READABLE = {
    "a mismatched end tag": cells(valued(b"A1")).replace(b"</row>", b"</rowx>"),
    "an unclosed element": cells(valued(b"A1")).replace(b"</row>", b""),
    "stray markup": cells(valued(b"A1")) + b"<<>>",
}


@pytest.mark.parametrize("rows", MALFORMED_BUT_READABLE.values(), ids=MALFORMED_BUT_READABLE.keys())
def test_a_screened_sheet_is_still_proved_well_formed(tmp_path, exact_scans, rows):
    """The screening vouches only that nothing unusual is there; broken markup that calamine
    would read past is refused, as the exact scan refuses it, by the proof beside calamine."""
    path = with_sheet(tmp_path, sheet_xml(rows))

    refused(path, "not_a_spreadsheet")
    assert exact_scans == []  # screened: the proof refused it, not the exact scan


def test_screened_shared_strings_are_still_proved_well_formed(tmp_path):
    path = with_shared_strings(tmp_path)
    broken = tmp_path / "broken.xlsx"
    rewrite_member(
        path,
        broken,
        "xl/sharedStrings.xml",
        lambda h: h.write(
            SHARED_STRINGS.format(encoding="UTF-8", doctype="", comment="", main=MAIN.decode())
            .replace("</si></sst>", "</sst>")
            .encode()
        ),
    )

    refused(broken, "not_a_spreadsheet")


SHARED_STRINGS = (
    '<?xml version="1.0" encoding="{encoding}"?>{doctype}<sst {main} count="2" uniqueCount="2">'
    "<si><t>工号</t></si>{comment}<si><r><rPr><b/></rPr><t>姓名</t></r></si></sst>"
)


def with_shared_strings(tmp_path: Path, encoding="UTF-8", doctype="", comment="") -> Path:
    """A small workbook with a shared strings part (openpyxl writes none), Excel's 15 MB in a
    100,000-row roster."""
    small_workbook(tmp_path / "ok.xlsx")
    path = tmp_path / "strings.xlsx"
    shutil.copy(tmp_path / "ok.xlsx", path)
    text = SHARED_STRINGS.format(
        encoding=encoding, doctype=doctype, comment=comment, main=MAIN.decode()
    )
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", text.encode(encoding))
    return path


@pytest.fixture
def expat_parts(monkeypatch) -> dict[str, list[str]]:
    """The zip members parsed by expat: "exact" before reading, "proof" alongside calamine."""
    parsed: dict[str, list[str]] = {"exact": [], "proof": []}
    parse = reader._parse_member

    def recorded(archive, info, *args):
        proving = threading.current_thread().name == "roster-xml-proof"
        parsed["proof" if proving else "exact"].append(info.filename)
        return parse(archive, info, *args)

    monkeypatch.setattr(reader, "_parse_member", recorded)
    return parsed


def test_shared_strings_are_screened_for_declarations_and_parsed_when_they_have_any(
    tmp_path, expat_parts
):
    read_roster(with_shared_strings(tmp_path))
    assert "xl/sharedStrings.xml" not in expat_parts["exact"]
    assert "xl/styles.xml" in expat_parts["exact"]
    # What the screen vouched for is still proved well-formed, beside calamine.
    assert set(expat_parts["proof"]) == {"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"}

    expat_parts["proof"].clear()
    read_roster(with_shared_strings(tmp_path, comment="<!-- 备注 -->"))
    assert "xl/sharedStrings.xml" in expat_parts["exact"]
    assert expat_parts["proof"] == ["xl/worksheets/sheet1.xml"]


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16"])
def test_shared_strings_with_a_doctype_are_refused(tmp_path, encoding):
    doctype = '<!DOCTYPE sst [<!ENTITY lol "lol">]>'

    refused(with_shared_strings(tmp_path, encoding, doctype), "xml_entities")


@needs_samples
def test_row_limit_and_time_budget_refuse_big_files(tmp_path):
    refused(SAMPLES / BIG_SAMPLE, "too_many_rows", limits=Limits(max_rows=10_000))
    refused(SAMPLES / BIG_SAMPLE, "too_large", limits=Limits(time_budget=0))
    refused(SAMPLES / BIG_SAMPLE, "too_large", limits=Limits(max_file_bytes=1_000_000))


def test_a_workbook_without_any_header_is_refused(tmp_path):
    path = tmp_path / "notes.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "会议纪要"
    book.save(path)

    refused(path, "no_header")


def test_a_word_document_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")

    refused(path, "not_a_spreadsheet")


def test_column_key_is_the_policy_normalisation():
    assert column_key("身份证\n号码（必填）") == "身份证号码"


def test_isolated_reading_gives_the_same_records():
    from ehr_desktop.exchange.roster.isolated import read_roster_isolated

    path = next(SAMPLES.glob("02_*"))
    assert read_roster_isolated(path).records == read_roster(path).records


def test_records_are_delivered_in_order_and_in_parts_while_reading():
    path = next(SAMPLES.glob("05_*"))  # two sheets (在职, 离职人员)
    whole = read_roster(path)
    parts: list[list] = []
    streamed = read_roster(
        path, deliver=lambda part, _layouts: parts.append(part), deliver_every=40
    )
    assert len({r.sheet for r in whole.records}) == 2
    assert [len(part) for part in parts[:-1]] == [40] * (len(parts) - 1)
    assert 0 < len(parts[-1]) <= 40
    assert [r for part in parts for r in part] == list(whole.records)
    assert streamed.records == ()
    assert streamed.rejected == whole.rejected and streamed.sheets == whole.sheets


def test_a_file_refused_after_records_were_handed_over_is_still_refused(monkeypatch):
    """Records leave while the file is read: a refusal that comes later (here the second
    sheet) still refuses the whole file; the caller drops what it was handed."""
    import ehr_desktop.exchange.roster as roster_module

    path = next(SAMPLES.glob("05_*"))  # two sheets
    read_sheet = roster_module._read_sheet
    sheets_read: list[str] = []

    def refusing_the_second(source, *args):
        sheets_read.append(source.name)
        if len(sheets_read) == 2:
            reader.refuse("too_large", limit="memory")
        return read_sheet(source, *args)

    monkeypatch.setattr(roster_module, "_read_sheet", refusing_the_second)
    delivered: list[list] = []
    with pytest.raises(RosterUnreadable) as refused:
        read_roster(path, deliver=lambda part, _layouts: delivered.append(part), deliver_every=10)
    assert refused.value.facts["reason"] == "too_large"
    assert len(sheets_read) == 2 and sum(map(len, delivered)) > 10


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux")
def test_a_roster_needing_more_memory_than_allowed_is_refused_not_fatal():
    """Rosters are read in a child process with a memory limit: a file that needs more memory
    than allowed is refused instead of taking the computer down."""
    from ehr_desktop.exchange.roster.isolated import read_roster_isolated

    path = next(SAMPLES.glob("09_*"))
    with pytest.raises(RosterUnreadable) as refused:
        read_roster_isolated(path, memory_limit_mb=40)
    assert (refused.value.facts["reason"], refused.value.facts["path"]) == ("too_large", path.name)


def test_isolated_reading_stops_when_the_officer_cancels():
    from ehr_desktop.exchange.roster.isolated import read_roster_isolated
    from ehr_desktop.services.progress import Cancelled, Progress

    path = next(SAMPLES.glob("09_*"))
    with pytest.raises(Cancelled):
        read_roster_isolated(path, progress=Progress(is_cancelled=lambda: True))

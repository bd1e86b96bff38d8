"""Cleaning one cell of a legacy roster, as the import policy in samples/rosters/README.md asks."""

import csv
import datetime as dt
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.samples import ROSTERS

from ehr_desktop.domain import id_number as resident_id
from ehr_desktop.domain import roster_values as rv
from ehr_desktop.domain.roster_values import Value

SAMPLES = ROSTERS
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="roster samples not present")

MARCH_1 = dt.date(2019, 3, 1)
# Not strftime("%b"): that follows the C locale, which a Qt application may have changed.
MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
UNPARSEABLE = Value(None, "unparseable_date")
VALID_ID = "11010519491231002X"  # the standard's own example: born 1949-12-31, female


def make_id(region: str, born: dt.date, sequence: str) -> str:
    first17 = f"{region}{born:%Y%m%d}{sequence}"
    return first17 + resident_id.check_digit(first17)


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        MARCH_1,
        dt.datetime(2019, 3, 1, 17, 45, 12),
        "2019-03-01", "2019-3-1", "2019/03/01", "2019/3/1", "2019.03.01", "2019.3.1",
        "2019年3月1日", "2019年03月01日", "2019 年 3 月 1 日",
        "20190301", 20190301, 20190301.0,
        "2019-03-01 00:00:00", "2019-03-01 17:45:12", "2019/3/1 9:30",
        "43525", 43525, 43525.0, "43525.0",
        " 2019-03-01\u3000", "２０１９－０３－０１", "２０１９年３月１日",
    ],
)  # fmt: skip
def test_every_policy_date_form_parses(raw):
    assert rv.date(raw, english=False) == Value(MARCH_1)
    assert rv.date(raw, english=True) == Value(MARCH_1)


@pytest.mark.parametrize(
    "raw",
    [
        "2019.02.30", "2019.02.29", "2021.06.31", "2024-12-32", "2015-30-09",
        "2021年6月", "2017年3月", "2020年", "2019-03", "2019/3", "201903",
        "待定", "见附件", "TBD", "N/A", "-", "0000-00-00", "0019-03-01",
        "2019-03-01 25:00:00", "2019年3月1", "19-3-1", "020190301", "043525",
        "1.5", "2019", 2019, 43525.5, 19999, 80001,
        True, dt.time(9, 30),
    ],
)  # fmt: skip
def test_anything_but_a_complete_real_date_is_unparseable(raw):
    assert rv.date(raw, english=False) == UNPARSEABLE
    assert rv.date(raw, english=True) == UNPARSEABLE


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (20000, dt.date(1954, 10, 3)),
        (43525, MARCH_1),
        (44197, dt.date(2021, 1, 1)),
        (80000, dt.date(2119, 1, 11)),
    ],
)
def test_excel_serials_from_numbers_and_text(serial, expected):
    assert rv.date(serial, english=False) == Value(expected)
    assert rv.date(float(serial), english=False) == Value(expected)
    assert rv.date(str(serial), english=False) == Value(expected)


@pytest.mark.parametrize(
    "raw",
    ["3/1/2019", "03/01/2019", "3/1/2019 0:00", "Mar 1, 2019", "mar 1 2019", "March 1, 2019",
     "Mar. 1, 2019", "1-Mar-2019", "01-MAR-2019", "1 Mar 2019"],
)  # fmt: skip
def test_english_rosters_read_month_first_and_month_names(raw):
    assert rv.date(raw, english=True) == Value(MARCH_1)


@pytest.mark.parametrize("raw", ["3/1/2019", "03/01/2019", "Mar 1, 2019", "1-Mar-2019"])
def test_chinese_rosters_do_not_guess_month_first_or_english_forms(raw):
    assert rv.date(raw, english=False) == UNPARSEABLE


@pytest.mark.parametrize(
    "raw", ["13/01/2019", "02/30/2019", "Mar 2019", "Foo 1, 2019", "1-Mar-19", "Mar 32, 2019"]
)
def test_english_dates_must_be_complete_and_real(raw):
    assert rv.date(raw, english=True) == UNPARSEABLE


@pytest.mark.parametrize("raw", ["无固定期限", "无固定期", "无期限", "长期", "长期有效", " 长期 "])
def test_open_ended_words_are_an_empty_end_date_without_warning(raw):
    assert rv.date(raw, english=False, open_ended_ok=True) == Value(None)
    assert rv.date(raw, english=False) == UNPARSEABLE  # elsewhere they are no date at all


@pytest.mark.parametrize("raw", [None, "", "   ", "\u3000", "\t"])
def test_blank_date_is_empty_without_warning(raw):
    assert rv.date(raw, english=False) == Value(None)
    assert rv.date(raw, english=True, open_ended_ok=True) == Value(None)


def _text_forms(day: dt.date, *, english: bool) -> list[str]:
    forms = [
        day.isoformat(),
        f"{day.year}-{day.month}-{day.day}",
        f"{day:%Y/%m/%d}",
        f"{day.year}/{day.month}/{day.day}",
        f"{day:%Y.%m.%d}",
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}年{day.month}月{day.day}日",
        f"{day:%Y%m%d}",
        f"{day:%Y-%m-%d} 00:00:00",
        f"{day:%Y-%m-%d} 23:59:59",
    ]
    serial = (day - dt.date(1899, 12, 30)).days
    if 20000 <= serial <= 80000:
        forms.append(str(serial))
    if english:
        month = MONTH_ABBREVIATIONS[day.month - 1]
        forms += [
            f"{day.month}/{day.day}/{day.year}",
            f"{day:%m/%d/%Y}",
            f"{month} {day.day}, {day.year}",
            f"{day.day}-{month}-{day.year}",
            f"{day.day:02}-{month.upper()}-{day.year}",
        ]
    return forms


@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_every_accepted_text_form_of_a_date_parses_back_to_it(day):
    for english in (False, True):
        for form in _text_forms(day, english=english):
            assert rv.date(form, english=english) == Value(day), form
        assert rv.date(day, english=english) == Value(day)


# --- ID numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        VALID_ID, "11010519491231002x", " 11010519491231002X ", "110105 19491231 002X",
        "１１０１０５１９４９１２３１００２Ｘ", "１１０１０５１９４９１２３１００２ｘ",
        "'11010519491231002X", "\t11010519491231002X", "\u300011010519491231002X\n",
    ],
)  # fmt: skip
def test_id_numbers_are_normalised_without_warning(raw):
    assert rv.id_number(raw, numeric=False) == Value(VALID_ID)


@pytest.mark.parametrize(
    ("raw", "numeric"),
    [
        (4.40106199003071e17, True),
        (440106199003071000, True),
        (4.40106199003071e17, False),  # the value's type says what the reader forgot to
        ("440106199003071000", True),  # text of a numeric cell, as a CSV or formula gives it
        ("4.40106199003071E+17", False),
        ("4.40106E+17", False),
        (" 4.40106e+17 ", False),
    ],
)
def test_ids_stored_as_numbers_are_never_rebuilt(raw, numeric):
    assert rv.id_number(raw, numeric=numeric) == Value(None, "id_number_scientific_notation")


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("110105194912310021", "id_checksum"),
        ("110105194912310029", "id_checksum"),
        ("43110219810418034", "id_format"),  # 17 characters
        ("1101051949123100200", "id_format"),  # 19 characters
        ("110105490101001", "id_format"),  # old 15-digit number: the policy stores 18
        ("11010519491231X02X", "id_format"),
        ("11010519491231002A", "id_format"),
        ("110105-19491231-002X", "id_format"),
        ("无", "id_format"),
        (make_id("110105", dt.date(2199, 1, 1), "002"), "id_format"),  # born in the future
        (make_id("110105", dt.date(1899, 12, 31), "002"), "id_format"),
    ],
)
def test_bad_id_numbers_are_refused_with_their_reason(raw, problem):
    assert rv.id_number(raw, numeric=False) == Value(None, problem)


def test_impossible_birth_date_beats_a_correct_check_digit():
    first17 = "11010519900230002"  # 30 February
    number = first17 + resident_id.check_digit(first17)
    assert rv.id_number(number, numeric=False) == Value(None, "id_format")


@pytest.mark.parametrize("raw", [None, "", "  ", "\t", "'"])
def test_blank_id_is_empty_without_warning(raw):
    assert rv.id_number(raw, numeric=False) == Value(None)


def test_birth_date_and_gender_come_only_from_valid_ids():
    male = make_id("440106", dt.date(1990, 3, 7), "123")
    assert rv.birth_date_from_id(VALID_ID) == dt.date(1949, 12, 31)
    assert rv.gender_from_id(VALID_ID) == "female"
    assert rv.birth_date_from_id(male.lower()) == dt.date(1990, 3, 7)
    assert rv.gender_from_id(male) == "male"
    for bad in ("110105194912310021", "43110219810418034", "110105490101001", ""):
        assert rv.birth_date_from_id(bad) is None
        assert rv.gender_from_id(bad) is None


# --- phones -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "13812345678", 13812345678, 13812345678.0, "138-1234-5678", "138 1234 5678",
        "+86 138 1234 5678", "+86-138-1234-5678", "(+86)13812345678", "+8613812345678",
        "8613812345678", "0086-13812345678", "008613812345678", "１３８１２３４５６７８",
        " 13812345678\u3000",
    ],
)  # fmt: skip
def test_chinese_mobiles_become_eleven_digits(raw):
    assert rv.phone(raw, english=False) == Value("13812345678")
    assert rv.phone(raw, english=True) == Value("13812345678")


@pytest.mark.parametrize(
    "raw",
    ["1381234567", "138123456789", "1664168196", "137200528611", "23812345678", "021-12345678",
     "13812345678.5", 13812345678.5, -13812345678, "13812345678/13912345678", "无", True,
     dt.date(2019, 3, 1)],
)  # fmt: skip
def test_wrong_phone_numbers_are_invalid(raw):
    assert rv.phone(raw, english=False) == Value(None, "invalid_phone")


@pytest.mark.parametrize(
    "raw", ["(415) 555-0123", "415-555-0123", "415.555.0123", "4155550123", 4155550123.0]
)
def test_north_american_numbers_only_in_english_rosters(raw):
    assert rv.phone(raw, english=True) == Value("4155550123")
    assert rv.phone(raw, english=False) == Value(None, "invalid_phone")


@pytest.mark.parametrize("raw", ["+1 (415) 555-0123", "+1-415-555-0123", "001 415 555 0123"])
def test_english_rosters_keep_ten_digits_of_a_plus_one_number(raw):
    # Read as digits only, +1 415 555 0123 would pass for an 11-digit mobile starting with 1.
    assert rv.phone(raw, english=True) == Value("4155550123")


@pytest.mark.parametrize("raw", ["555-0140", "155-555-0123", "415-155-0123", "+44 20 7946 0958"])
def test_english_rosters_still_refuse_other_numbers(raw):
    assert rv.phone(raw, english=True) == Value(None, "invalid_phone")


@pytest.mark.parametrize("raw", [None, "", " "])
def test_blank_phone_is_empty_without_warning(raw):
    assert rv.phone(raw, english=False) == Value(None)


# --- names, numbers, words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("张　伟", "张伟"), ("张 伟 ", "张伟"), (" 欧阳 娜娜\u3000", "欧阳娜娜"), ("何艳", "何艳"),
        ("Hannah Mitchell ", "Hannah Mitchell"), (" Mark   Torres", "Mark Torres"),
        ("Ｍａｒｙ　Ｊａｎｅ", "Mary Jane"), ("", None), ("  ", None), (None, None),
    ],
)  # fmt: skip
def test_person_names(raw, expected):
    assert rv.person_name(raw) == expected


def test_first_and_last_name_columns_join_as_first_last():
    assert rv.first_last(" Hannah ", "Mitchell ") == "Hannah Mitchell"
    assert rv.first_last("Hannah", "") == "Hannah"
    assert rv.first_last(None, "  ") is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (310012.0, "310012"), (310012, "310012"), (20080001, "20080001"), ("000123", "000123"),
        (" GZ00101 ", "GZ00101"), ("ＧＺ００１０１", "GZ00101"), ("", None), (None, None),
    ],
)  # fmt: skip
def test_employee_numbers_keep_what_was_written(raw, expected):
    assert rv.employee_no(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("男", "male"), ("男性", "male"), ("M", "male"), ("m", "male"), ("Male", "male"),
        ("MALE ", "male"), ("Ｍ", "male"), ("女", "female"), ("女性", "female"), ("F", "female"),
        ("female", "female"), ("未知", None), ("X", None), ("", None), (None, None), (1, None),
    ],
)  # fmt: skip
def test_gender_spellings(raw, expected):
    assert rv.gender(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["在职", "在岗", "正式", "试用", "试用期", "实习", "Active", "ACTIVE", "On Leave", "on  leave",
     "Probation", " 在职 ", "在职（试用期）", "待离职"],
)  # fmt: skip
def test_active_statuses(raw):
    assert rv.status(raw) == "active"


@pytest.mark.parametrize(
    "raw",
    ["离职", "已离职", "辞职", "已辞职", "辞退", "退休", "已退休", "Terminated", "terminated",
     "Resigned", "Inactive", "离职(个人原因)"],
)  # fmt: skip
def test_left_statuses(raw):
    assert rv.status(raw) == "left"


@pytest.mark.parametrize("raw", ["", None, "未知", "?", "离", 1])
def test_unknown_status_is_none(raw):
    assert rv.status(raw) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＩＴ部", "IT部"), ("财务部　", "财务部"), (" 市场  部 ", "市场 部"),
        ("Customer   Support", "Customer Support"), (3.0, "3"), (2.5, "2.5"), ("", None),
        (None, None),
    ],
)  # fmt: skip
def test_text_fields(raw, expected):
    assert rv.text(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["合计", "合计：", "合　计", "小计(生产部)", "总计 300 人", "Total", "TOTAL:", "total rows"],
)
def test_totals_labels(raw):
    assert rv.is_totals_label(raw)


@pytest.mark.parametrize("raw", ["", None, 300.0, "GZ00101", "张合计", "Subtotal", "注：合计"])
def test_not_totals_labels(raw):
    assert not rv.is_totals_label(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("身份证\n号码", "身份证号码"),
        ("身份证\r\n号码（必填）", "身份证号码"),
        ("*姓名", "姓名"),
        ("姓　名＊", "姓名"),
        ("入职日期 (yyyy-mm-dd)", "入职日期"),
        ("岗位（实习/全职）", "岗位"),
        ("手机号码【必填】", "手机号码"),
        ("身份证号(18位)(必填)", "身份证号"),
        ("Employee ID", "EmployeeID"),
        ("Hire Date (MM/DD/YYYY)", "HireDate"),
        ("（备注）", "(备注)"),  # a label that is all note keeps it
        ("", ""),
        (None, ""),
        (2024.0, "2024"),
    ],
)
def test_header_labels_are_normalised_for_matching(raw, expected):
    assert rv.normalise_label(raw) == expected


# --- the published samples ----------------------------------------------------------------

DATE_FIELDS = ("birth_date", "hire_date", "contract_end", "leave_date")


def _expected_records():
    for path in sorted((SAMPLES / "expected").glob("0[1-8]*.jsonl")):
        english = path.name.startswith("08")
        for line in path.read_text(encoding="utf-8").splitlines():
            yield english, json.loads(line)


@needs_samples
def test_published_expected_values_pass_their_own_cleaning():
    # Every value the answers import is one our functions accept and leave as it is.
    count = 0
    for english, record in _expected_records():
        count += 1
        if record["id_number"] is not None:
            assert rv.id_number(record["id_number"], numeric=False) == Value(record["id_number"])
        if record["phone"] is not None:
            assert rv.phone(record["phone"], english=english) == Value(record["phone"])
        for field in DATE_FIELDS:
            if record[field] is not None:
                iso = dt.date.fromisoformat(record[field])
                assert rv.date(record[field], english=english) == Value(iso)
        assert rv.employee_no(record["employee_no"]) == record["employee_no"]
        assert rv.person_name(record["name"]) == record["name"]
        assert rv.gender(record["gender"]) == record["gender"]
        assert rv.status(record["status"]) == record["status"]
        assert rv.text(record["department"]) == record["department"]
        assert rv.text(record["position"]) == record["position"]
    assert count > 1000


def _column_index(letter: str) -> int:
    index = 0
    for char in letter:
        index = index * 26 + ord(char) - ord("A") + 1
    return index - 1


def _sheets(name: str) -> dict[str, list[list]]:
    path = SAMPLES / name
    if path.suffix == ".csv":
        data = path.read_bytes()
        encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "gbk"
        return {path.stem: list(csv.reader(io.StringIO(data.decode(encoding), newline="")))}
    calamine = pytest.importorskip("python_calamine")
    workbook = calamine.CalamineWorkbook.from_path(str(path))
    return {
        sheet: workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        for sheet in workbook.sheet_names
    }


def _clean_cell(field: str, raw, *, english: bool):
    if field == "id_number":
        return rv.id_number(raw, numeric=isinstance(raw, int | float))
    if field == "phone":
        return rv.phone(raw, english=english)
    if field in DATE_FIELDS:
        return rv.date(raw, english=english, open_ended_ok=field == "contract_end")
    plain = {"employee_no": rv.employee_no, "name": rv.person_name, "gender": rv.gender,
             "status": rv.status, "department": rv.text, "position": rv.text}  # fmt: skip
    return Value(plain[field](raw)) if field in plain else None


@needs_samples
def test_raw_sample_cells_clean_to_the_published_records():
    # Given each imported record's row and the answers' column map, when every mapped cell is
    # cleaned on its own, then it gives the published value and the published warning.
    answers = json.loads((SAMPLES / "answers.json").read_text(encoding="utf-8"))
    checked = 0
    for name, answer in answers["files"].items():
        if name.startswith("09"):  # 20000 clean rows: nothing the others do not cover
            continue
        english = name.startswith("08")
        sheets = _sheets(name)
        columns = {sheet["name"]: sheet["columns"] for sheet in answer["sheets"]}
        expected = SAMPLES / "expected" / f"{name}.jsonl"
        for line in expected.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            row = sheets[record["sheet"]][record["row"] - 1]
            warnings = [w for w in record["warnings"] if w != "hidden_row"]
            for field, places in columns[record["sheet"]].items():
                index = _column_index(places[-1]["column"])
                raw = row[index] if index < len(row) else None
                cleaned = _clean_cell(field, raw, english=english)
                if cleaned is None:
                    continue  # not one of the record's fields
                if field in ("department", "position") and cleaned.value is None:
                    continue  # filled from a merged block or the row above: the importer's job
                expected_value = record[field]
                value = cleaned.value
                got = value.isoformat() if isinstance(value, dt.date) else value
                assert got == expected_value, (name, record["row"], field, raw)
                if cleaned.problem is not None:
                    assert warnings == [cleaned.problem], (name, record["row"], field, raw)
                checked += 1
    assert checked > 10_000

"""Roster header vocabulary and sheet layout: which rows are the header, which column is which
field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ehr_desktop.domain import roster_values as rv

FIELDS = (
    "employee_no",
    "name",
    "gender",
    "id_number",
    "birth_date",
    "department",
    "position",
    "hire_date",
    "contract_end",
    "phone",
    "status",
    "leave_date",
)
# What else a roster often holds about the person, the job and the contract: imported too, so
# nothing the officer kept is dropped (the sample corpus's answers cover FIELDS only).
EXTRA_FIELDS = (
    "ethnicity",
    "marital_status",
    "political_status",
    "email",
    "native_place",
    "hukou_type",
    "hukou_address",
    "current_address",
    "first_work_date",
    "education",
    "school",
    "major",
    "emergency_contact",
    "emergency_relation",
    "emergency_phone",
    "grade",
    "monthly_salary",
    "probation_end",
    "contract_no",
    "contract_type",
    "contract_start",
    "leave_reason",
)
# Separate name columns of English rosters; read together as "First Last".
NAME_PARTS = ("first_name", "last_name")
MAPPABLE = FIELDS + EXTRA_FIELDS + NAME_PARTS
CUSTOM_PREFIX = "custom:"  # a mapping to an officer-defined field: "custom:<key>"

HEADER_SEARCH_ROWS = 10
MAX_HEADER_WIDTH = 16_384  # Excel's last column, XFD

# Labels as rosters write them; matching ignores case, whitespace, asterisks, a trailing
# bracketed note and light punctuation (see label_key). Decoys of the core fields are mapped to
# what they really are: 参加工作时间 (start of working life, not the hire date), 转正日期,
# 合同开始日期, 紧急联系人 / 紧急联系电话 (another person's), 职级 (a grade, not a position);
# 家庭电话 and 办公电话 are left alone.
VOCABULARY: dict[str, tuple[str, ...]] = {
    "employee_no": (
        "工号", "员工号", "员工工号", "员工编号", "员工编码", "员工代码", "员工ID", "员工id号",
        "人员编号", "人员编码", "人员代码", "人员工号", "职工号", "职工编号", "职工工号",
        "职员号", "职员编号", "工牌号", "工卡号", "员工卡号", "工号/编号", "雇员编号", "职工代码",
        "工作证号", "人事编号", "员工ID号", "Employee ID", "Employee No", "Employee Number",
        "Employee Code", "Emp ID", "Emp No", "Emp Number", "Emp Code", "EmpID", "EmpNo",
        "Staff ID", "Staff No", "Staff Number", "Staff Code", "Personnel No", "Personnel Number",
        "Badge No", "Badge ID", "Badge Number", "Worker ID", "Associate ID", "Payroll ID",
        "Payroll No",
    ),
    "name": (
        "姓名", "员工姓名", "职工姓名", "人员姓名", "职员姓名", "雇员姓名", "中文名", "中文姓名",
        "名字", "员工名字", "Name", "Full Name", "Employee Name", "Staff Name", "Emp Name",
        "Worker Name", "Legal Name", "Name (Chinese)",
    ),
    "first_name": (
        "First Name", "Given Name", "Firstname", "Forename", "Given Names",
    ),
    "last_name": (
        "Last Name", "Surname", "Family Name", "Lastname",
    ),
    "gender": (
        "性别", "Gender", "Sex",
    ),
    "id_number": (
        "身份证号", "身份证号码", "身份证", "居民身份证号码", "居民身份证号", "居民身份证",
        "身份证件号码", "身份证件号", "证件号码", "证件号", "身份证编号", "身份号码",
        "公民身份号码", "公民身份证号码", "身份证信息", "证件编号", "身份证件编号", "ID Number",
        "ID No", "ID Card", "ID Card No", "ID Card Number", "National ID", "National ID Number",
        "Identity Number", "Identity Card Number", "Resident ID", "Resident ID Number",
    ),
    "birth_date": (
        "出生日期", "出生年月日", "出生年月", "生日", "出生时间", "出生日", "生日日期",
        "Date of Birth", "Birth Date", "Birthdate", "Birthday", "DOB", "Birth Dt",
    ),
    "department": (
        "部门", "所属部门", "所在部门", "部门名称", "任职部门", "工作部门", "归属部门",
        "用工部门", "科室", "所在科室", "所属科室", "车间", "所在车间", "所属车间", "部门/车间",
        "部门科室", "单位部门", "所属组织", "组织", "组织名称", "Department", "Dept",
        "Department Name", "Dept Name", "Org Unit", "Organization", "Organisation",
    ),
    "position": (
        "岗位", "职位", "职务", "岗位名称", "职位名称", "职务名称", "工种", "所在岗位", "现岗位",
        "现任职务", "担任职务", "岗位/职务", "职务/岗位", "岗位职务", "职位/岗位", "现任岗位",
        "担任岗位", "岗位(工种)", "Job Title", "Title", "Position", "Position Title", "Job",
        "Job Name", "Role", "Job Role", "Designation",
    ),
    "hire_date": (
        "入职日期", "入职时间", "到岗日期", "到岗时间", "入司日期", "入司时间", "入厂日期",
        "入厂时间", "进厂日期", "进厂时间", "进公司日期", "进公司时间", "进本单位时间",
        "进本单位日期", "入职本单位时间", "入职本单位日期", "来本单位时间", "来本单位日期",
        "报到日期", "报到时间", "聘用日期", "聘用时间", "录用日期", "入职年月日", "入职年月",
        "入职日", "雇佣日期", "进入公司时间", "进入公司日期", "参加本单位工作时间",
        "参加本单位工作日期", "到本单位时间", "到本单位日期", "进入本单位时间", "入本单位时间",
        "调入本单位时间", "首次入职日期", "最近入职日期", "本次入职日期", "DOJ", "Hire Date",
        "Hire Dt", "Date Hired", "Hired", "Hired On", "Date of Hire", "Start Date", "Date Joined",
        "Joining Date", "Join Date", "Date of Joining", "Employment Date",
        "Employment Start Date", "Original Hire Date",
    ),
    "contract_end": (
        "合同到期日", "合同到期日期", "合同到期时间", "合同到期", "合同结束日期", "合同结束时间",
        "合同结束日", "合同终止日期", "合同终止时间", "合同终止日", "合同期满", "合同期满日期",
        "合同期满日", "合同截止日期", "合同截止时间", "合同截止日", "合同止", "合同至",
        "合同止日", "合同期止", "合同结束", "合同期满时间", "合同有效期至", "本期合同到期日",
        "现合同到期日", "合同到期日期至", "劳动合同到期日", "劳动合同到期日期",
        "劳动合同到期时间", "劳动合同结束日期", "劳动合同终止日期", "劳动合同期满日期",
        "劳动合同截止日期", "Contract End Date", "Contract End", "Contract End Dt",
        "Contract Expiry", "Contract Expiry Date", "Contract Expiration",
        "Contract Expiration Date",
    ),
    "phone": (
        "手机号码", "手机号", "手机", "联系电话", "联系方式", "电话", "电话号码", "移动电话",
        "手机电话", "联系手机", "个人手机", "本人手机", "本人电话", "本人联系电话", "个人电话",
        "联系号码", "手机/电话", "电话/手机", "联系电话/手机", "手机号码/电话", "本人手机号",
        "本人手机号码", "个人手机号", "个人手机号码", "手机号码(本人)", "Cell No", "Cell Number",
        "Phone", "Mobile Phone", "Mobile", "Mobile No", "Mobile Number", "Cell", "Cell Phone",
        "Cellphone", "Phone Number", "Phone No", "Telephone", "Tel", "Contact Number",
        "Contact Phone", "Personal Phone",
    ),
    "status": (
        "在职状态", "员工状态", "状态", "人员状态", "在职情况", "在职/离职", "在离职状态",
        "用工状态", "任职状态", "雇佣状态", "就职状态", "员工类型/状态", "Status",
        "Employee Status", "Employment Status", "Emp Status", "Active Status", "Worker Status",
    ),
    "leave_date": (
        "离职日期", "离职时间", "离司日期", "离司时间", "离厂日期", "离厂时间", "离职生效日期",
        "离职办理日期", "离职办理时间", "离职日", "离岗日期", "离岗时间", "实际离职日期",
        "辞职日期", "合同解除日期", "解除日期", "解除劳动合同日期", "最后工作日", "最后工作日期",
        "Termination Date", "Term Date", "Termination Dt", "Leave Date", "Separation Date",
        "Date Left", "Exit Date", "Last Day", "Last Working Day", "Date of Leaving",
    ),
    "ethnicity": ("民族", "Ethnicity", "Ethnic Group"),
    "marital_status": ("婚姻状况", "婚姻状态", "婚姻", "婚否", "Marital Status"),
    "political_status": ("政治面貌", "政治身份", "Political Status", "Political Affiliation"),
    "email": (
        "邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址", "个人邮箱", "工作邮箱", "企业邮箱",
        "公司邮箱", "Email", "E-mail", "Email Address", "Work Email", "Mail",
    ),
    "native_place": ("籍贯", "Native Place", "Place of Origin"),
    "hukou_type": ("户口性质", "户籍性质", "户口类型", "户籍类型", "户口类别", "Hukou Type"),
    "hukou_address": (
        "户籍地址", "户口所在地", "户籍所在地", "户口地址", "户籍地", "户口所在地址",
        "身份证地址", "户籍住址", "Hukou Address", "Registered Address", "Registered Residence",
    ),
    "current_address": (
        "家庭住址", "现住址", "现居住地址", "居住地址", "现住地址", "现居地址", "通讯地址",
        "联系地址", "住址", "家庭地址", "现居住地", "Home Address", "Address", "Current Address",
        "Residential Address", "Mailing Address",
    ),
    "first_work_date": (
        "参加工作时间", "参加工作日期", "首次参加工作时间", "首次参加工作日期", "参工时间",
        "工作起始时间", "Career Start Date", "First Employment Date",
    ),
    "education": (
        "学历", "最高学历", "文化程度", "学历层次", "第一学历", "全日制学历", "学历/学位",
        "学历学位", "Education", "Highest Education", "Education Level", "Degree",
    ),
    "school": (
        "毕业院校", "毕业学校", "毕业院校名称", "院校", "学校", "毕业院校/学校", "School",
        "University", "College", "Alma Mater",
    ),
    "major": ("专业", "所学专业", "毕业专业", "专业名称", "Major", "Field of Study"),
    "emergency_contact": (
        "紧急联系人", "紧急联系人姓名", "紧急联络人", "Emergency Contact",
        "Emergency Contact Name",
    ),
    "emergency_relation": (
        "紧急联系人关系", "与紧急联系人关系", "与本人关系", "紧急联系人与本人关系",
        "Emergency Contact Relationship", "Relationship",
    ),
    "emergency_phone": (
        "紧急联系电话", "紧急联系人电话", "紧急联系方式", "紧急联系人手机", "紧急联系人联系方式",
        "紧急联系人手机号", "紧急电话", "Emergency Phone", "Emergency Contact Phone",
        "Emergency Contact Number",
    ),
    "grade": ("职级", "级别", "职等", "岗位级别", "职级/职等", "Grade", "Job Grade", "Pay Grade"),
    "monthly_salary": (
        "月薪", "基本工资", "月工资", "工资", "薪资", "岗位工资", "月薪资", "税前月薪",
        "月基本工资", "Monthly Salary", "Base Salary", "Salary", "Monthly Pay",
    ),
    "probation_end": (
        "转正日期", "转正时间", "试用期结束日期", "试用期满日期", "试用期到期日", "预计转正日期",
        "试用期截止日期", "转正日", "Probation End Date", "Probation End", "Confirmation Date",
    ),
    "contract_no": (
        "合同编号", "合同号", "劳动合同编号", "劳动合同号", "Contract No", "Contract Number",
    ),
    "contract_type": (
        "合同类型", "合同性质", "劳动合同类型", "合同期限类型", "合同种类", "Contract Type",
    ),
    "contract_start": (
        "合同开始日期", "合同起始日期", "合同签订日期", "合同生效日期", "劳动合同开始日期",
        "合同开始时间", "合同起始日", "合同起始时间", "合同开始", "合同起", "合同签订时间",
        "劳动合同签订日期", "劳动合同起始日期", "本期合同开始日期", "Contract Start Date",
        "Contract Start", "Contract Signed Date",
    ),
    "leave_reason": (
        "离职原因", "离职原因说明", "离职说明", "Reason for Leaving", "Termination Reason",
        "Leave Reason", "Leaving Reason",
    ),
}  # fmt: skip

# Labels that name a field only when nothing better does: a sheet with both 编号 and 工号
# takes 工号 as the employee number.
WEAK_VOCABULARY: dict[str, tuple[str, ...]] = {
    "employee_no": ("编号", "编码", "ID"),
    "department": ("班组", "Division", "Team", "Group"),
    "position": ("职称",),
}

# Group labels of two-row headers.
_PROBATION_GROUPS = ("试用期", "试用", "试用期限", "试用期信息", "试用期情况", "试用期间",
                     "Probation", "Probation Period", "Probationary Period")  # fmt: skip
_CONTRACT_GROUPS = (
    "合同", "合同信息", "合同情况", "合同期限", "合同期", "合同期间", "合同签订", "合同签订情况",
    "签订合同", "劳动合同", "劳动合同信息", "劳动合同情况", "劳动合同期限", "本期合同",
    "当前合同", "现合同", "Contract", "Contract Info", "Contract Information",
    "Contract Period", "Labour Contract", "Labor Contract", "Employment Contract",
)  # fmt: skip
# Columns grouped under another person's details are never the employee's own.
_OTHER_PERSON = re.compile(
    r"紧急|联系人|家庭成员|配偶|父母|亲属|担保|介绍人|推荐人|"
    r"emergency|spouse|nextofkin|reference|referr|guarantor|dependant|dependent"
)
_CONTRACT_END = (
    "结束日期", "结束时间", "结束日", "结束", "到期日", "到期日期", "到期时间", "到期", "终止日期",
    "终止时间", "终止日", "截止日期", "截止时间", "截止日", "期满日期", "期满日", "期满", "止",
    "至", "止日", "结束年月日", "End Date", "End", "To", "Until", "Expiry", "Expiry Date",
    "Expiration Date", "End Dt",
)  # fmt: skip
_CONTRACT_START = (
    "开始日期", "开始时间", "开始日", "开始", "起始日期", "起始时间", "起始日", "起始", "起",
    "自", "起日", "生效日期", "签订日期", "签订时间", "签约日期", "Start Date", "Start",
    "From", "Effective Date", "Signed", "Signing Date", "Start Dt",
)  # fmt: skip
_GROUP_SUFFIXES = ("信息", "情况", "资料", "记录", "Info", "Information", "Details")

_PUNCTUATION = re.compile(r"[.\-_:：·'’`,，、()（）\[\]【】]")
_SPLIT = re.compile(r"[/|／\n]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def label_text(raw: Any) -> str:
    """A header cell as the text a person reads in it ("" for blank)."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw.strip()
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime | dt.date):
        return raw.isoformat()
    return str(raw).strip()


def column_key(label: str) -> str:
    """The key of a column label in a `mapping` override: the label as normalised for the
    policy (NFKC, no whitespace, asterisks or trailing bracketed note)."""
    return rv.normalise_label(label)


def label_key(label: Any) -> str:
    """What vocabulary matching compares: column_key, case-folded, light punctuation gone
    (Emp. No. = Emp No = EMP_NO; Employee # = Employee No)."""
    key = rv.normalise_label(label).casefold().replace("#", "no").replace("№", "no")
    return _PUNCTUATION.sub("", key)


def _index(vocabulary: Mapping[str, Sequence[str]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for field_name, labels in vocabulary.items():
        for label in labels:
            index.setdefault(label_key(label), field_name)
    return index


_STRONG = _index(VOCABULARY)
_WEAK = _index(WEAK_VOCABULARY)
_PROBATION = frozenset(label_key(label) for label in _PROBATION_GROUPS)
_CONTRACT = frozenset(label_key(label) for label in _CONTRACT_GROUPS)
_END = frozenset(label_key(label) for label in _CONTRACT_END)
_START = frozenset(label_key(label) for label in _CONTRACT_START)
_SUFFIX_KEYS = tuple(label_key(suffix) for suffix in _GROUP_SUFFIXES)
_CONTRACT_NO = frozenset(label_key(label) for label in ("编号", "号码", "No", "Number"))
_CONTRACT_KIND = frozenset(label_key(label) for label in ("类型", "性质", "种类", "Type"))
_EMERGENCY = re.compile(r"紧急|emergency")
_RELATION = frozenset(
    label_key(label) for label in ("关系", "与本人关系", "Relationship", "Relation")
)

STRONG, WEAK = 2, 1
_EMERGENCY_PARTS = {
    "name": ("emergency_contact", STRONG),
    "phone": ("emergency_phone", STRONG),
    "emergency_relation": ("emergency_relation", STRONG),
    "emergency_contact": ("emergency_contact", STRONG),
    "emergency_phone": ("emergency_phone", STRONG),
}


def _lookup(label: str) -> tuple[str, int] | None:
    key = label_key(label)
    if not key:
        return None
    if key in _STRONG:
        return _STRONG[key], STRONG
    if key in _WEAK:
        return _WEAK[key], WEAK
    return None


def _match_alone(label: str) -> tuple[str, int] | None:
    found = _lookup(label)
    if found or not _SPLIT.search(label):
        return found
    # Bilingual or doubled labels (工号/Emp No, 姓名\nName): every part that names a field must
    # name the same one.
    parts = [_lookup(part) for part in _SPLIT.split(label) if part.strip()]
    named = {part[0] for part in parts if part}
    if len(named) == 1:
        return max((part for part in parts if part), key=lambda part: part[1])
    return None


def _group_stem(group_key: str) -> str:
    for suffix in _SUFFIX_KEYS:
        if group_key.endswith(suffix) and len(group_key) > len(suffix):
            return group_key[: -len(suffix)]
    return group_key


def match_strength(label: Any, group: Any = None) -> tuple[str, int] | None:
    """Like match_label, with how sure the match is (STRONG for the vocabulary, WEAK for
    labels such as 编号 that only count when no stronger column names the same field)."""
    label = label_text(label)
    group = label_text(group)
    if not group or label_key(group) == label_key(label):
        return _match_alone(label)
    group_key = label_key(group)
    sub_key = label_key(label)
    if group_key in _PROBATION:
        # 试用期 / 结束日期 is the probation end; its start is the hire date, already known.
        return ("probation_end", STRONG) if sub_key in _END else None
    if _OTHER_PERSON.search(group_key):
        # Another person's details are the employee's only as the emergency contact.
        if not _EMERGENCY.search(group_key):
            return None
        if sub_key in _RELATION:
            return "emergency_relation", STRONG
        found = _match_alone(label)
        return _EMERGENCY_PARTS.get(found[0]) if found else None
    if group_key in _CONTRACT:
        if sub_key in _END:
            return "contract_end", STRONG
        if sub_key in _START:
            return "contract_start", STRONG
        if sub_key in _CONTRACT_NO:
            return "contract_no", STRONG
        if sub_key in _CONTRACT_KIND:
            return "contract_type", STRONG
    found = _match_alone(label)
    if found:
        return found
    # 入职信息 / 日期, 离职 / 时间: the group names what the sub-label dates.
    return _lookup(_group_stem(group_key) + sub_key)


def match_label(label: Any, group: Any = None) -> str | None:
    """The roster field a header label names (one of FIELDS, or first_name / last_name), or
    None. `group` is the label above it in a two-row header (合同信息, 试用期 …)."""
    found = match_strength(label, group)
    return found[0] if found else None


def is_english(label: str) -> bool:
    return bool(_LATIN.search(label)) and not _CJK.search(label)


@dataclass(frozen=True)
class SheetLayout:
    """Where a sheet's roster is: header rows (as Excel shows them; CSV record numbers), and
    which column holds which field."""

    name: str
    header_rows: tuple[int, ...]
    columns: dict[int, str]  # column index (0 = A) -> field (FIELDS or first_name / last_name)
    labels: dict[int, str]  # column index -> label as written ("group / sub" in two-row headers)
    ignored: tuple[str, ...]  # labels not mapped
    english: bool
    hidden: bool = False  # the sheet itself is hidden in the workbook
    implied_status: str | None = None  # "left" on a departed-staff sheet without status column

    def column_of(self, field_name: str) -> int | None:
        for column, mapped in self.columns.items():
            if mapped == field_name:
                return column
        return None


# A merged range, 0-based and inclusive: (first_row, first_col, last_row, last_col).
Merge = tuple[int, int, int, int]
Resolver = Callable[[str, str | None], "tuple[str, int] | None"]


def resolver(mapping: Mapping[str, str] | None) -> Resolver:
    """Label matching with the mapping screen's overrides first (keys: column_key of the label
    as in SheetLayout.labels; value: a field, or "" to ignore the column)."""
    overrides: dict[str, str] = {}
    for key, value in (mapping or {}).items():
        if value and value not in MAPPABLE and not value.startswith(CUSTOM_PREFIX):
            raise ValueError(f"not a roster field: {value!r}")
        overrides[rv.normalise_label(key)] = value
    folded = {key.casefold(): value for key, value in overrides.items()}

    def resolve(label: str, group: str | None) -> tuple[str, int] | None:
        # A two-row header's column is keyed by its whole label (group / sub) only: the same
        # sub-label under another group, or alone on another sheet, is another column.
        key = rv.normalise_label(f"{group} / {label}" if group else label)
        chosen = overrides.get(key, folded.get(key.casefold()))
        if chosen is not None:
            return (chosen, STRONG + 1) if chosen else None
        return match_strength(label, group)

    return resolve


def _filled(rows: Sequence[Sequence[Any]], merges: Sequence[Merge]) -> list[list[str]]:
    """The first rows as text, every merged range's value copied into each cell it covers."""
    height = len(rows)
    width = max((len(row) for row in rows), default=0)
    for first_row, _, _, last_col in merges:
        if first_row < height:
            width = max(width, min(last_col, MAX_HEADER_WIDTH - 1) + 1)
    grid = [[label_text(cell) for cell in row] + [""] * (width - len(row)) for row in rows]
    for first_row, first_col, last_row, last_col in merges:
        if first_row >= height:
            continue
        value = grid[first_row][first_col]
        for row in range(first_row, min(last_row, height - 1) + 1):
            for col in range(first_col, min(last_col + 1, width)):
                grid[row][col] = value
    return grid


def _names_someone(fields: set[str]) -> bool:
    return "employee_no" in fields and bool(fields & {"name", "first_name", "last_name"})


def _joined(merges: Sequence[Merge], upper: int, lower: int, grid: list[list[str]]) -> bool:
    return any(
        m[0] <= upper and m[2] >= lower and grid[m[0]][m[1]] for m in merges if m[0] < len(grid)
    )


def find_layout(
    name: str,
    head: Sequence[Sequence[Any]],
    merges: Sequence[Merge],
    resolve: Resolver,
    *,
    first_row_number: int = 1,
    hidden: bool = False,
) -> SheetLayout | None:
    """The layout of a sheet from its first rows (at least HEADER_SEARCH_ROWS + 1 when the
    sheet has them), or None when no row within the first ten names both an employee number
    and a name. Row numbers in the layout count from first_row_number."""
    grid = _filled(head, merges)
    header = None
    for row in range(min(HEADER_SEARCH_ROWS, len(grid))):
        found = {hit[0] for label in grid[row] if label and (hit := resolve(label, None))}
        if _names_someone(found):
            header = row
            break
    if header is None:
        return None
    if header > 0 and _joined(merges, header - 1, header, grid):
        top, bottom = header - 1, header
    elif header + 1 < len(grid) and _joined(merges, header, header + 1, grid):
        top, bottom = header, header + 1
    else:
        top = bottom = header

    candidates: dict[str, list[tuple[int, int]]] = {}  # field -> [(strength, column)]
    labels: dict[int, str] = {}
    for col in range(len(grid[bottom])):
        group, sub = grid[top][col], grid[bottom][col]
        if top != bottom and group and sub and label_key(group) != label_key(sub):
            labels[col] = f"{group} / {sub}"
            hit = resolve(sub, group)
        else:
            labels[col] = sub or group
            hit = resolve(labels[col], None) if labels[col] else None
        if not labels[col]:
            del labels[col]
        if hit:
            candidates.setdefault(hit[0], []).append((hit[1], col))
    columns: dict[int, str] = {}
    for field_name, found in candidates.items():
        best = max(strength for strength, _ in found)
        columns[min(col for strength, col in found if strength == best)] = field_name
    if "name" in columns.values():  # a full-name column wins over separate parts
        columns = {col: f for col, f in columns.items() if f not in NAME_PARTS}
    columns = dict(sorted(columns.items()))
    ignored = tuple(label for col, label in sorted(labels.items()) if col not in columns)
    english_votes = sum(1 if is_english(labels[col]) else -1 for col in columns)
    implied = None
    if "status" not in columns.values() and is_departed_sheet(name):
        implied = "left"
    return SheetLayout(
        name=name,
        header_rows=tuple(range(top + first_row_number, bottom + first_row_number + 1)),
        columns=columns,
        labels=labels,
        ignored=ignored,
        english=english_votes > 0,
        hidden=hidden,
        implied_status=implied,
    )


_DEPARTED = re.compile(r"离职|已离|离司|离退|terminat|leaver|former|separat|resign", re.IGNORECASE)


def is_departed_sheet(name: str) -> bool:
    """A sheet of departed staff (离职人员, Terminated …): without a status column, its people
    have left."""
    return bool(_DEPARTED.search(name))

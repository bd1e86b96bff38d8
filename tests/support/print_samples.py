"""Chinese words for printed documents (the .ts files translate the real ones later) and
helpers to read a PDF back with pypdf."""

from __future__ import annotations

import dataclasses
import io
import re

from pypdf import PdfReader

from ehr_desktop.exchange.pdf import DossierTexts, SheetTexts
from ehr_desktop.gui.print_texts import dossier_texts, frame_texts, sheet_texts


def chinese_sheet_texts() -> SheetTexts:
    texts = sheet_texts()
    frame = dataclasses.replace(
        frame_texts(), page_of="第 {page} 页，共 {pages} 页", printed_at="打印于 {when}"
    )
    return dataclasses.replace(
        texts,
        frame=frame,
        title="绩效考核表",
        blank_title="绩效考核表（手填）",
        employee_no="工号",
        name="姓名",
        department="部门",
        indicator="考核指标",
        weight="权重",
        standard="考核标准",
        actual="实际完成",
        comments="评语",
        final_score="最终得分",
        grade="等级",
        scorers={"self": "自评", "manager": "上级", "hr": "人力资源"},
        sign_employee="被考核人",
        sign_manager="直接上级",
        sign_hr="人力资源部",
        signature="签字",
        date="日期",
    )


def chinese_dossier_texts() -> DossierTexts:
    texts = dossier_texts()
    frame = dataclasses.replace(
        texts.frame, page_of="第 {page} 页，共 {pages} 页", printed_at="打印于 {when}"
    )
    return dataclasses.replace(
        texts,
        frame=frame,
        title="人事档案",
        basic="基本信息",
        timeline="任职经历",
        contracts="劳动合同",
        appraisals="绩效考核",
        training="培训记录",
        fields={**texts.fields, "id_number": "身份证号", "bank_account": "银行账号"},
    )


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in read(data).pages]


def flat(text: str) -> str:
    """Extracted text without the spaces and line breaks pypdf puts between CJK glyphs."""
    return re.sub(r"\s+", "", text)


def fonts_of(data: bytes) -> list[dict]:
    """Every font any page uses, with its descriptor."""
    found = []
    for page in read(data).pages:
        resources = page.get("/Resources") or {}
        fonts = resources.get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            found.append(
                {
                    "base": str(font.get("/BaseFont")),
                    "descriptor": descriptor.get_object() if descriptor else None,
                }
            )
    return found

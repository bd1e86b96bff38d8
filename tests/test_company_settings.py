"""The company on printed documents: name, address and logo kept in the vault; the logo checked,
scaled down and audited by its hash; all three on the PDFs."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image
from sqlalchemy import select
from support.print_samples import chinese_dossier_texts, flat, page_texts, read

from ehr_desktop.domain.errors import LogoRefused
from ehr_desktop.persistence.models import AuditLogEntry, Employee
from ehr_desktop.services import company, overview, printing


def picture(size=(300, 120), *, mode="RGBA", kind="PNG") -> bytes:
    color = {"RGBA": (30, 60, 120, 200), "RGB": (30, 60, 120)}.get(mode, 128)
    image = Image.new(mode, size, color)
    out = io.BytesIO()
    image.save(out, format=kind)
    return out.getvalue()


def test_name_address_and_logo_are_kept_in_the_vault(new_vault):
    vault = new_vault.vault
    overview.set_company_name(vault, "星河科技有限公司")
    company.set_address(vault, "  上海市浦东新区   张江路 88 号 \n\n 电话 021-5555 0000 ")
    company.set_logo(vault, picture(kind="JPEG", mode="RGB"))

    found = company.profile(vault)

    assert found.name == "星河科技有限公司"
    assert found.address == "上海市浦东新区 张江路 88 号\n电话 021-5555 0000"
    assert found.logo is not None and found.logo.startswith(b"\x89PNG")  # kept as PNG
    company.set_logo(vault, None)
    assert company.profile(vault).logo is None


def test_a_large_logo_is_scaled_down_and_keeps_its_transparency(new_vault):
    company.set_logo(new_vault.vault, picture((3000, 1500)))

    stored = Image.open(io.BytesIO(company.profile(new_vault.vault).logo))

    assert stored.size[0] <= company.STORED_LOGO_BOX[0]
    assert stored.size[1] <= company.STORED_LOGO_BOX[1]
    assert stored.mode == "RGBA"


@pytest.mark.parametrize(
    ("data", "part"),
    [
        (b"GIF89a not a logo", "not_an_image"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "not_an_image"),
        (picture((7000, 20), mode="L"), "too_many_pixels"),
        (b"\x89PNG" + b"0" * (3 * 1024 * 1024), "too_large"),
    ],
)
def test_unusable_logos_are_refused_and_change_nothing(new_vault, data, part):
    company.set_logo(new_vault.vault, picture())
    before = company.profile(new_vault.vault).logo

    with pytest.raises(LogoRefused) as refused:
        company.set_logo(new_vault.vault, data)

    assert refused.value.facts["part"] == part
    assert company.profile(new_vault.vault).logo == before


def test_the_logo_change_is_audited_by_its_hash_not_a_copy(new_vault):
    vault = new_vault.vault
    company.set_logo(vault, picture())
    company.set_logo(vault, picture())  # the same picture: nothing to record

    with vault.database.reading() as session:
        rows = session.scalars(
            select(AuditLogEntry.detail).where(
                AuditLogEntry.entity == "vault_settings",
                AuditLogEntry.entity_id == "company.logo",
            )
        ).all()

    assert len(rows) == 1
    old, new = json.loads(rows[0])["value"]
    assert old is None and set(new) == {"sha256", "bytes"} and len(rows[0]) < 300


def test_every_document_carries_the_company(filled_vault):
    overview.set_company_name(filled_vault, "星河科技有限公司")
    company.set_address(filled_vault, "上海市浦东新区张江路 88 号")
    company.set_logo(filled_vault, picture())
    with filled_vault.database.reading() as session:
        employee_id = session.scalars(select(Employee.id)).first()

    printed = printing.dossier(filled_vault, employee_id, texts=chinese_dossier_texts())

    text = flat(page_texts(printed.data)[0])
    assert "星河科技有限公司" in text and "上海市浦东新区张江路88号" in text
    images = [
        name
        for page in read(printed.data).pages
        for name, ref in (page["/Resources"].get("/XObject") or {}).items()
        if ref.get_object()["/Subtype"] == "/Image"
    ]
    assert len(images) == len(read(printed.data).pages)  # the logo on every page

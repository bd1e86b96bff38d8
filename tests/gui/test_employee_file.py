"""The employee file screen: header and actions, the basic-data form with its checks and
audited reveals, timeline corrections, records, attachments with preview and external copies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QFileDialog, QInputDialog

from ehr_desktop.domain import id_number, people
from ehr_desktop.domain.errors import LifecycleRefused, NotFound
from ehr_desktop.domain.lifecycle import Kind
from ehr_desktop.domain.people import PersonalData, Problem
from ehr_desktop.gui.employee_file import EmployeeFileView, FileTab, RecordDialog
from ehr_desktop.gui.employee_file_models import (
    MASKED_MONEY,
    ROW_ROLE,
    AttachmentColumn,
    HistoryColumn,
    TimelineColumn,
    date_text,
    money_text,
    tone_color,
)
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.messages import describe_problem, describe_rule
from ehr_desktop.services import attachments, employees, lifecycle, organization
from ehr_desktop.services.employees import RecordInput
from ehr_desktop.services.lifecycle import ContractInput, EventInput, OnboardInput

BORN = dt.date(1990, 5, 17)
MOBILE = "13800138000"
BANK_ACCOUNT = "6222020200112233445"


def resident_id(born: dt.date, serial: int, male: bool = True) -> str:
    first17 = f"110101{born:%Y%m%d}{serial * 10 + (1 if male else 2):03d}"
    return first17 + id_number.check_digit(first17)


ID_NUMBER = resident_id(BORN, 87)


@pytest.fixture
def employee(filled_vault):
    """An employee of our own in the demo vault: on probation, one fixed-term contract."""
    vault = filled_vault
    employee_id = lifecycle.onboard(
        vault,
        OnboardInput(
            personal=PersonalData(
                employee_no="T0001",
                name="测试员工",
                gender="M",
                birth_date=BORN,
                id_number=ID_NUMBER,
                mobile=MOBILE,
                bank_account=BANK_ACCOUNT,
            ),
            hire_date=dt.date(2020, 3, 2),
            department_id=organization.tree(vault)[0].id,
            position_id=organization.positions(vault)[0].id,
            grade="P2",
            monthly_salary_cents=800_000,
            probation_end=dt.date(2020, 6, 1),
            contract=ContractInput("fixed_term", dt.date(2020, 3, 2), dt.date(2023, 3, 1)),
        ),
    )
    return vault, employee_id


@pytest.fixture
def copies_folder(tmp_path, monkeypatch) -> Path:
    """Plaintext copies for other programs go to the test's folder, never the user's cache."""
    folder = tmp_path / "open-copies"
    monkeypatch.setattr(attachments, "viewer_folder", lambda: folder)
    return folder


@pytest.fixture
def view(qtbot, employee, copies_folder):
    vault, employee_id = employee
    file_view = EmployeeFileView(vault, employee_id)
    qtbot.addWidget(file_view)
    file_view.resize(1200, 760)
    file_view.show()
    return file_view


def _history_actions(vault, employee_id):
    return [
        (h.action, h.entity, dict(h.fields)) for h in employees.file_history(vault, employee_id)
    ]


def _png(path: Path, width: int = 40, height: int = 30) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2563EB"))
    assert image.save(str(path))
    return path


def _pdf_bytes() -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.drawText(100, 100, "contract")
    painter.end()
    return bytes(buffer.data())


def test_file_opens_with_name_number_status_and_the_actions_that_fit(qtbot, view, employee):
    _vault, employee_id = employee
    assert view.name_label.text() == "测试员工"
    assert view.number_label.text() == "T0001"
    assert view.status_badge.text() == label("status", "probation")
    assert view.status_badge.property("role") == "badge"
    assert view.title() == "测试员工 · T0001"
    shown = {key for key, action in view.action_buttons.items() if action.isVisible()}
    assert {"confirm", "extend_probation", "transfer", "offboard"} <= shown
    assert not shown & {"rehire", "return"}
    button = view.actions_bar.widgetForAction(view.action_buttons["confirm"])
    with qtbot.waitSignal(view.lifecycle_requested) as requested:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert requested.args == ["confirm", employee_id]
    assert "appraisal" in view.appraisals_hint.text()


def test_header_actions_follow_the_status(qtbot, view, employee):
    vault, employee_id = employee
    lifecycle.offboard(
        vault,
        employee_id,
        Kind.RESIGNATION,
        dt.date(2021, 5, 31),
        reason="家庭原因",
        voluntary=True,
    )
    with qtbot.waitSignal(view.title_changed):
        view.reload()
    shown = {key for key, action in view.action_buttons.items() if action.isVisible()}
    assert shown == {"rehire"}
    assert view.status_badge.text() == label("status", "left")


def test_editing_a_field_enables_save_and_cancel_puts_it_back(view):
    assert not view.has_unsaved_changes()
    assert not view.save_button.isEnabled()
    view.editor("former_name").setText("张小三")
    assert view.has_unsaved_changes()
    assert view.save_button.isEnabled() and view.cancel_button.isEnabled()
    view.editor("former_name").setText("")
    assert not view.has_unsaved_changes()  # back to what is stored
    view.editor("former_name").setText("张小三")
    view.discard_changes()
    assert view.editor("former_name").text() == ""
    assert not view.has_unsaved_changes()


def test_wrong_id_check_digit_is_explained_under_the_id_field_and_nothing_is_saved(view, employee):
    vault, employee_id = employee
    before = employees.load_file(vault, employee_id).personal
    id_editor = view.sensitive_editor("id_number")
    view.reveal_field("id_number")
    wrong = ID_NUMBER[:-1] + ("0" if ID_NUMBER[-1] != "0" else "1")
    id_editor.edit.setText(wrong)
    view.editor("former_name").setText("张小三")

    assert view.save_changes() is False

    assert view.error_text("id_number") == describe_problem(Problem("id_number", "id_check_digit"))
    assert view.error_text("former_name") == ""
    assert id_editor.edit.text() == wrong  # the officer's typing is kept
    assert view.editor("former_name").text() == "张小三"
    assert view.has_unsaved_changes()
    assert employees.load_file(vault, employee_id).personal == before


def test_a_valid_save_persists_and_tells_the_list(qtbot, view, employee):
    vault, employee_id = employee
    view.editor("former_name").setText("张小三")
    view.editor("ethnicity").setText("汉族")
    with qtbot.waitSignal(view.changed) as changed:
        assert view.save_changes() is True
    assert changed.args == [employee_id]
    stored = employees.load_file(vault, employee_id).personal
    assert (stored.former_name, stored.ethnicity) == ("张小三", "汉族")
    assert not view.has_unsaved_changes()
    assert not view.save_button.isEnabled()
    assert stored.id_number == ID_NUMBER  # masked fields saved as they were


def test_masked_id_is_revealed_on_request_and_the_reveal_is_audited(view, employee):
    vault, employee_id = employee
    id_editor = view.sensitive_editor("id_number")
    assert id_editor.edit.text() == people.mask_id_number(ID_NUMBER)
    assert id_editor.edit.isReadOnly()
    assert "recorded" in id_editor.eye.toolTip()
    assert not any(
        action == "reveal" for action, _entity, _fields in _history_actions(vault, employee_id)
    )

    id_editor.eye.click()

    assert id_editor.edit.text() == ID_NUMBER
    assert not id_editor.edit.isReadOnly()
    action, entity, fields = _history_actions(vault, employee_id)[0]
    assert (action, entity) == ("reveal", "employees")
    assert fields == {"fields": ["id_number"], "where": "file"}
    view.tabs.setCurrentWidget(view.history_tab)  # the history is read when looked at
    assert view.history_model.rowCount() == len(employees.file_history(vault, employee_id))
    assert not view.has_unsaved_changes()  # seeing a value changes nothing


def test_salary_is_masked_until_revealed_here_and_in_the_timeline(view, employee):
    vault, employee_id = employee
    assert view.salary_text == MASKED_MONEY
    hire_row = next(r for r in view.timeline_model.rows() if r.kind == "hire")
    row = view.timeline_model.rows().index(hire_row)
    changes = view.timeline_model.index(row, TimelineColumn.CHANGES)
    assert MASKED_MONEY in changes.data()
    view.reveal_salary()
    assert view.salary_text == money_text(800_000)
    assert money_text(800_000) in changes.data()
    assert _history_actions(vault, employee_id)[0][2] == {"fields": ["salary"], "where": "file"}


def test_history_keeps_sensitive_values_masked(view, employee):
    vault, employee_id = employee
    view.reveal_field("mobile")
    view.sensitive_editor("mobile").edit.setText("13912345678")
    assert view.save_changes()
    view.tabs.setCurrentWidget(view.history_tab)
    texts = [
        view.history_model.index(row, HistoryColumn.CHANGES).data()
        for row in range(view.history_model.rowCount())
    ]
    shown = "\n".join(texts)
    assert people.mask_phone(MOBILE) in shown and people.mask_phone("13912345678") in shown
    for secret in (MOBILE, "13912345678", ID_NUMBER, BANK_ACCOUNT, "800000"):
        assert secret not in shown


def test_timeline_shows_a_corrected_event_struck_through_and_its_correction(qtbot, view, employee):
    vault, employee_id = employee
    wrong = lifecycle.record_event(
        vault,
        employee_id,
        EventInput(Kind.SALARY_CHANGE, dt.date(2020, 5, 1), {"monthly_salary_cents": 9_999_900}),
    )
    fixed = lifecycle.correct_event(
        vault,
        wrong,
        EventInput(
            Kind.SALARY_CHANGE, dt.date(2020, 5, 1), {"monthly_salary_cents": 999_900}, "typo"
        ),
    )
    view.reload()
    model = view.timeline_model
    rows = {entry.id: n for n, entry in enumerate(model.rows())}
    replaced = model.index(rows[wrong], TimelineColumn.STATE)
    assert replaced.data().startswith("Corrected on")
    assert replaced.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert replaced.data(Qt.ItemDataRole.ForegroundRole) == tone_color("muted")
    correction = model.index(rows[fixed], TimelineColumn.STATE)
    assert correction.data().startswith("Corrects the entry of")
    assert correction.data(Qt.ItemDataRole.FontRole) is None
    # Newest first: the correction (same date, recorded later) above the original.
    order = [view.timeline_proxy.index(r, 0).data(ROW_ROLE).id for r in range(model.rowCount())]
    assert order.index(fixed) < order.index(wrong)

    view.select_event(wrong)
    assert not view.correct_button.isEnabled()  # already replaced
    view.select_event(fixed)
    with qtbot.waitSignal(view.correction_requested) as requested:
        view.correct_button.click()
    assert requested.args == [fixed]


def test_withdrawing_an_entry_asks_why_and_refusals_are_explained(monkeypatch, view, employee):
    vault, employee_id = employee
    confirmation = lifecycle.record_event(
        vault, employee_id, EventInput(Kind.CONFIRMATION, dt.date(2020, 6, 1))
    )
    view.reload()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("录入错误", True))
    view.select_event(confirmation)
    view.withdraw_button.click()
    entry = next(
        e for e in employees.load_file(vault, employee_id).timeline if e.id == confirmation
    )
    assert entry.replaced_by_id is not None
    row = [e.id for e in view.timeline_model.rows()].index(confirmation)
    assert view.timeline_model.index(row, TimelineColumn.STATE).data().startswith("Withdrawn on")
    assert view.status_badge.text() == label("status", "probation")

    # Withdrawing the hire would leave the contract signing before any hire: refused, in words.
    hire = next(e for e in view.timeline_model.rows() if e.kind == "hire")
    view.select_event(hire.id)
    view.withdraw_button.click()
    assert not view.timeline_error.isHidden()
    with pytest.raises(LifecycleRefused) as refused:
        lifecycle.withdraw_event(vault, hire.id, "x")
    assert view.timeline_error.text() == describe_rule(refused.value)


def test_records_are_added_edited_and_removed_through_the_record_dialog(
    monkeypatch, view, employee, no_message_boxes
):
    vault, employee_id = employee
    table = view.record_tables["education"]
    answers = [
        RecordInput("education", "北京大学", dt.date(2008, 9, 1), dt.date(2012, 7, 1),
                    {"degree": "本科", "major": "计算机科学"}),
        RecordInput("education", "清华大学", dt.date(2008, 9, 1), dt.date(2012, 7, 1),
                    {"degree": "本科"}),
    ]  # fmt: skip
    asked = []

    def fake_ask(parent, kind, existing=None):
        asked.append((kind, existing))
        return answers.pop(0)

    monkeypatch.setattr(RecordDialog, "ask", classmethod(lambda cls, *a, **k: fake_ask(*a, **k)))
    table.add_buttons["education"].click()
    assert table.model.rowCount() == 1
    assert table.model.index(0, 0).data() == "北京大学"
    assert table.model.index(0, 1).data() == "本科"
    assert asked[0] == ("education", None)

    table.view.selectRow(0)
    table.edit_button.click()
    assert asked[1][1].title == "北京大学"  # the dialog got the existing entry
    assert [r.title for r in employees.load_file(vault, employee_id).records] == ["清华大学"]

    table.view.selectRow(0)
    table.remove_button.click()
    assert [kind for kind, _text in no_message_boxes] == ["question"]
    assert table.model.rowCount() == 0
    assert employees.load_file(vault, employee_id).records == ()


def test_a_refused_record_is_explained_under_its_table(monkeypatch, view):
    monkeypatch.setattr(
        RecordDialog,
        "ask",
        classmethod(
            lambda cls, *a, **k: RecordInput(
                "training", "消防培训", dt.date(2024, 5, 2), dt.date(2024, 5, 1)
            )
        ),
    )
    table = view.record_tables["training"]
    table.add_buttons["training"].click()
    assert table.model.rowCount() == 0
    assert describe_problem(Problem("end_date", "end_before_start")) in table.error.text()


def test_record_dialog_offers_only_the_fields_of_its_kind(qtbot):
    dialog = RecordDialog("certificate")
    qtbot.addWidget(dialog)
    assert set(dialog.detail_edits) == {"number", "issuer"}
    dialog.title_edit.setText("注册会计师")
    dialog.detail_edits["number"].setText("110001234567")
    record = dialog.record()
    assert (record.kind, record.title, record.details) == (
        "certificate", "注册会计师", {"number": "110001234567"},
    )  # fmt: skip
    assert record.start_date == dt.date.today()  # a certificate needs its issue date


def test_certificates_turn_amber_before_and_red_after_they_expire(view, employee):
    vault, employee_id = employee
    today = dt.date.today()
    ends = {"过期": -1, "将到期": 30, "有效": 400}  # days from today
    for title, days in ends.items():
        end = today + dt.timedelta(days=days)
        employees.add_record(
            vault, employee_id, RecordInput("certificate", title, dt.date(2019, 1, 1), end)
        )
    view.reload()
    model = view.record_tables["certificates"].model
    colours = {
        model.index(row, 0).data(): model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        for row in range(model.rowCount())
    }
    assert colours == {"过期": tone_color("error"), "将到期": tone_color("warning"), "有效": None}


def test_second_consecutive_fixed_term_contract_shows_the_article_14_hint(view, employee):
    vault, employee_id = employee
    assert view.fixed_term_hint.isHidden()
    first = employees.load_file(vault, employee_id).contracts[0].id
    lifecycle.sign_contract(
        vault,
        employee_id,
        ContractInput("fixed_term", dt.date(2023, 3, 2), dt.date(2026, 3, 1)),
        renews_id=first,
    )
    view.reload()
    assert not view.fixed_term_hint.isHidden()
    assert "art. 14" in view.fixed_term_hint.text()
    renewals = [view.contracts_model.renewal_text(c) for c in view.contracts_model.rows()]
    assert "Renews #1" in renewals


def test_adding_a_png_attachment_previews_it_and_makes_it_the_photo(
    monkeypatch, view, employee, tmp_path
):
    vault, employee_id = employee
    picture = _png(tmp_path / "证件照.png", 40, 30)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picture), ""))
    view.category_combo.setCurrentIndex(view.category_combo.findData("photo"))
    view.tabs.setCurrentIndex(FileTab.ATTACHMENTS)

    view.add_attachment_button.click()

    stored = employees.load_file(vault, employee_id).attachments
    assert [(a.file_name, a.category, a.media_type) for a in stored] == [
        ("证件照.png", "photo", "image/png")
    ]
    assert view.attachments_model.rowCount() == 1
    assert view.selected_attachment().id == stored[0].id
    assert view.preview_stack.currentWidget() is view.image_preview
    assert view.image_preview.original().size().toTuple() == (40, 30)
    assert view.file.photo_attachment_id == stored[0].id


def test_pdf_attachments_preview_and_other_files_say_there_is_no_preview(view, employee):
    vault, employee_id = employee
    pdf = attachments.add(
        vault, employee_id, attachments.NewAttachment("合同.pdf", _pdf_bytes(), "contract")
    )
    text = attachments.add(
        vault, employee_id, attachments.NewAttachment("说明.txt", "备注".encode(), "other")
    )
    view.reload()
    view.select_attachment(pdf)
    assert view.preview_stack.currentWidget() is view.pdf_view
    assert view.pdf_document.pageCount() == 1
    view.select_attachment(text)
    assert view.preview_stack.currentWidget() is view.preview_none


def test_open_in_another_program_writes_a_copy_that_discard_deletes(
    monkeypatch, view, employee, copies_folder
):
    vault, employee_id = employee
    scan = _pdf_bytes()
    attachment_id = attachments.add(
        vault, employee_id, attachments.NewAttachment("劳动合同.pdf", scan, "contract")
    )
    view.reload()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view.select_attachment(attachment_id)

    view.open_attachment_button.click()

    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == scan and copy.name == "劳动合同.pdf"
    assert copies_folder in copy.parents
    assert not view.attachment_info.isHidden()
    assert "temporary unencrypted copy" in view.attachment_info.text()
    assert view.discard_viewer_copies() == 0
    assert not copy.exists()

    # Closing the file deletes the copies it handed out, but not another file's.
    someone_elses = attachments.ViewerCopies().write("其他.pdf", scan)
    view.open_attachment_button.click()
    second = Path(opened[1].toLocalFile())
    assert second.exists()
    view.close()
    assert not second.exists()
    assert someone_elses.exists()


def test_removing_an_attachment_asks_first(view, employee, no_message_boxes):
    vault, employee_id = employee
    attachment_id = attachments.add(
        vault,
        employee_id,
        attachments.NewAttachment("身份证.png", b"\x89PNG\r\n\x1a\nxx", "id_copy"),
    )
    view.reload()
    view.select_attachment(attachment_id)
    view.remove_attachment_button.click()
    assert [kind for kind, _text in no_message_boxes] == ["question"]
    assert employees.load_file(vault, employee_id).attachments == ()
    assert view.attachments_model.rowCount() == 0


def test_custom_fields_get_editors_and_their_refusals_show_under_them(qtbot, employee):
    vault, employee_id = employee
    key = employees.add_custom_field(vault, "工装尺码", "number")
    file_view = EmployeeFileView(vault, employee_id)
    qtbot.addWidget(file_view)
    editor = file_view.editor(f"custom:{key}")
    editor.setText("XL")  # typed around the validator, e.g. pasted
    assert file_view.save_changes() is False
    assert file_view.error_text(f"custom:{key}") == describe_problem(
        Problem(f"custom:{key}", "number_format")
    )
    editor.setText("175")
    assert file_view.save_changes() is True
    assert employees.load_file(vault, employee_id).personal.custom_values == {key: 175}


def test_every_table_model_passes_the_model_tester(qtmodeltester, view, employee):
    vault, employee_id = employee
    titles = {
        "education": "北京大学",
        "work_history": "某公司",
        "reward": "优秀员工",
        "training": "消防培训",
        "certificate": "电工证",
    }
    for kind, title in titles.items():
        employees.add_record(
            vault, employee_id, RecordInput(kind, title, dt.date(2019, 1, 1), None, {})
        )
    attachments.add(
        vault, employee_id, attachments.NewAttachment("a.png", b"\x89PNG\r\n\x1a\nxx", "other")
    )
    view.reload()
    view.tabs.setCurrentWidget(view.history_tab)
    models = [
        view.contracts_model,
        view.timeline_model,
        view.attachments_model,
        view.history_model,
        *(table.model for table in view.record_tables.values()),
    ]
    for model in models:
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model)


def test_ctrl_s_saves_and_esc_cancels_while_the_form_has_focus(qtbot, view, employee):
    vault, employee_id = employee
    view.activateWindow()
    qtbot.waitActive(view)
    edit = view.editor("former_name")
    edit.setFocus()
    qtbot.keyClicks(edit, "Ah San")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "" and not view.has_unsaved_changes()
    qtbot.keyClicks(edit, "Ah San")
    qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert employees.load_file(vault, employee_id).personal.former_name == "Ah San"


def test_the_first_refused_field_gets_the_focus(qtbot, view):
    view.activateWindow()
    qtbot.waitActive(view)
    view.editor("name").setText("")
    view.editor("email").setText("not an address")
    assert view.save_changes() is False
    assert view.error_text("name") == describe_problem(Problem("name", "required"))
    assert view.error_text("email") == describe_problem(Problem("email", "email_format"))
    assert view.editor("name").hasFocus()


def test_a_file_over_the_size_limit_is_refused_in_words(monkeypatch, view, employee, tmp_path):
    vault, employee_id = employee
    big = tmp_path / "扫描件.pdf"
    big.write_bytes(b"%PDF-1.4 " + b"0" * 64)
    monkeypatch.setattr(attachments, "MAX_BYTES", 32)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(big), ""))
    view.add_attachment_button.click()
    assert not view.attachment_error.isHidden()
    assert "larger than" in view.attachment_error.text()
    assert employees.load_file(vault, employee_id).attachments == ()


def test_a_file_that_does_not_exist_is_refused_when_opened(qtbot, filled_vault, copies_folder):
    with pytest.raises(NotFound):
        EmployeeFileView(filled_vault, 999_999)


# --- scans that belong to a timeline entry, a contract or a record ------------------------------


@pytest.fixture
def picked(monkeypatch, tmp_path):
    """The file dialog answers with a small PDF; the titles it was shown with are kept."""
    scan = tmp_path / "扫描件.pdf"
    scan.write_bytes(_pdf_bytes())
    titles: list[str] = []

    def fake_dialog(parent, title, *args, **kwargs):
        titles.append(title)
        return str(scan), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    return titles


def _belongs_to(view, attachment_id: int) -> str:
    model = view.attachments_model
    row = [a.id for a in model.rows()].index(attachment_id)
    return model.index(row, AttachmentColumn.BELONGS_TO).data()


def _timeline_count(view, event_id: int):
    model = view.timeline_model
    row = [e.id for e in model.rows()].index(event_id)
    return model.index(row, TimelineColumn.ATTACHMENTS).data()


def test_attaching_a_scan_to_a_timeline_entry_links_it_and_counts_it(view, employee, picked):
    vault, employee_id = employee
    left_on = dt.date(2021, 5, 31)
    resignation = lifecycle.offboard(
        vault, employee_id, Kind.RESIGNATION, left_on, reason="家庭原因", voluntary=True
    )
    view.reload()
    assert not view.attach_event_button.isEnabled()  # nothing selected yet
    view.tabs.setCurrentIndex(FileTab.TIMELINE)
    view.select_event(resignation)
    assert view.attach_event_button.isEnabled()

    view.attach_event_button.click()

    stored = employees.load_file(vault, employee_id).attachments
    assert [(a.event_id, a.contract_id, a.record_id, a.category) for a in stored] == [
        (resignation, None, None, "other")
    ]
    belongs = f"{label('event', 'resignation')} on {date_text(left_on)}"
    assert picked == [f"Attach a scan to “{belongs}”"]
    assert _timeline_count(view, resignation) == "1"
    assert view.selected_event().id == resignation  # the reload keeps the entry selected
    assert view.tabs.currentIndex() == FileTab.TIMELINE
    assert _belongs_to(view, stored[0].id) == belongs
    view.tabs.setCurrentIndex(FileTab.ATTACHMENTS)
    assert view.selected_attachment().id == stored[0].id  # the new one, ready to look at


def test_a_scan_of_a_contract_entry_is_filed_as_a_contract(view, employee, picked):
    vault, employee_id = employee
    signing = next(e for e in view.timeline_model.rows() if e.kind == "contract_signing")
    view.select_event(signing.id)
    view.attach_event_button.click()
    (stored,) = employees.load_file(vault, employee_id).attachments
    assert (stored.event_id, stored.category) == (signing.id, "contract")


def test_a_timeline_scan_that_is_refused_is_explained_under_the_timeline(
    monkeypatch, view, employee, picked
):
    vault, employee_id = employee
    monkeypatch.setattr(attachments, "MAX_BYTES", 32)
    hire = next(e for e in view.timeline_model.rows() if e.kind == "hire")
    view.select_event(hire.id)
    view.attach_event_button.click()
    assert not view.timeline_error.isHidden()
    assert "larger than" in view.timeline_error.text()
    assert view.attachment_error.isHidden()
    assert employees.load_file(vault, employee_id).attachments == ()


def test_attaching_a_scan_to_a_contract_links_it(view, employee, picked):
    vault, employee_id = employee
    first = employees.load_file(vault, employee_id).contracts[0].id
    second = lifecycle.sign_contract(
        vault,
        employee_id,
        ContractInput(
            "fixed_term", dt.date(2023, 3, 2), dt.date(2026, 3, 1), contract_no="HT-2023-07"
        ),
        renews_id=first,
    )
    view.reload()
    view.tabs.setCurrentIndex(FileTab.JOB)
    assert not view.attach_contract_button.isEnabled()
    for contract_id in (first, second):
        view.select_contract(contract_id)
        assert view.attach_contract_button.isEnabled()
        view.attach_contract_button.click()
        assert view.selected_contract().id == contract_id

    stored = employees.load_file(vault, employee_id).attachments
    assert [(a.contract_id, a.event_id, a.record_id, a.category) for a in stored] == [
        (first, None, None, "contract"),
        (second, None, None, "contract"),
    ]
    assert picked == ["Attach a scan to “Contract #1”", "Attach a scan to “Contract HT-2023-07”"]
    assert [_belongs_to(view, a.id) for a in stored] == ["Contract #1", "Contract HT-2023-07"]


@pytest.mark.parametrize(
    ("table", "kind", "category"),
    [
        ("certificates", "certificate", "certificate"),
        ("training", "training", "certificate"),
        ("education", "education", "education"),
        ("rewards", "reward", "other"),
        ("work_history", "work_history", "other"),
    ],
)
def test_attaching_a_scan_to_a_record_links_it(view, employee, picked, table, kind, category):
    vault, employee_id = employee
    record_id = employees.add_record(
        vault, employee_id, RecordInput(kind, "电工证", dt.date(2019, 1, 1), None, {})
    )
    view.reload()
    records = view.record_tables[table]
    assert not records.attach_button.isEnabled()
    records.select(record_id)
    records.attach_button.click()
    (stored,) = employees.load_file(vault, employee_id).attachments
    assert (stored.record_id, stored.event_id, stored.contract_id) == (record_id, None, None)
    assert stored.category == category
    assert records.selected().id == record_id
    assert _belongs_to(view, stored.id) == "电工证"


def test_unlinked_attachments_belong_to_nothing(view, employee):
    vault, employee_id = employee
    loose = attachments.add(
        vault, employee_id, attachments.NewAttachment("说明.txt", "备注".encode(), "other")
    )
    view.reload()
    assert _belongs_to(view, loose) == ""


def test_double_clicking_a_timeline_count_shows_that_entrys_scans(qtbot, view, employee):
    vault, employee_id = employee
    signing = next(e for e in view.file.timeline if e.kind == "contract_signing")
    ours = {
        attachments.add(
            vault,
            employee_id,
            attachments.NewAttachment(name, _pdf_bytes(), "contract", event_id=signing.id),
        )
        for name in ("合同第1页.pdf", "合同第2页.pdf")
    }
    other = attachments.add(
        vault, employee_id, attachments.NewAttachment("说明.txt", "备注".encode(), "other")
    )
    view.reload()
    view.select_attachment(other)
    view.tabs.setCurrentIndex(FileTab.TIMELINE)
    assert _timeline_count(view, signing.id) == "2"
    row = next(
        r
        for r in range(view.timeline_proxy.rowCount())
        if view.timeline_proxy.index(r, 0).data(ROW_ROLE).id == signing.id
    )
    cell = view.timeline_proxy.index(row, TimelineColumn.ATTACHMENTS)
    assert "Double-click" in cell.data(Qt.ItemDataRole.ToolTipRole)
    view.timeline_view.scrollTo(cell)
    centre = view.timeline_view.visualRect(cell).center()

    viewport = view.timeline_view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)  # as a real double-click
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)

    assert view.tabs.currentIndex() == FileTab.ATTACHMENTS
    assert {a.id for a in view.selected_attachments()} == ours
    assert view.selected_attachment().id in ours
    assert view.preview_stack.currentWidget() is view.pdf_view
    assert view.remove_attachment_button.isEnabled()

    # An entry with no scans has nothing to show: the tab stays.
    hire = next(e for e in view.file.timeline if e.kind == "hire")
    view.tabs.setCurrentIndex(FileTab.TIMELINE)
    view.show_event_scans(hire.id)
    assert view.tabs.currentIndex() == FileTab.TIMELINE


def test_the_attachments_model_with_links_passes_the_model_tester(qtmodeltester, view, employee):
    vault, employee_id = employee
    file = employees.load_file(vault, employee_id)
    record_id = employees.add_record(
        vault, employee_id, RecordInput("education", "北京大学", dt.date(2008, 9, 1), None, {})
    )
    links = [
        {"event_id": file.timeline[0].id},
        {"contract_id": file.contracts[0].id},
        {"record_id": record_id},
        {},
    ]
    for n, link in enumerate(links):
        attachments.add(
            vault,
            employee_id,
            attachments.NewAttachment(f"{n}.png", b"\x89PNG\r\n\x1a\nxx", "other", **link),
        )
    view.reload()
    assert view.attachments_model.rowCount() == 4
    qtmodeltester.check(view.attachments_model)

"""The employee file screen (人事档案): header with the lifecycle actions, and tabs for basic data,
job and contracts, timeline, records, appraisals, attachments and the file's own history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDoubleValidator,
    QFont,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain import people
from ehr_desktop.domain.errors import (
    AttachmentTooLarge,
    EhrError,
    InvalidInput,
    LifecycleRefused,
)
from ehr_desktop.domain.lifecycle import Kind
from ehr_desktop.domain.people import PersonalData
from ehr_desktop.gui.appraisal_history import AppraisalHistoryPanel
from ehr_desktop.gui.employee_file_models import (
    MASKED_MONEY,
    RECORD_LAYOUTS,
    ROW_ROLE,
    SORT_ROLE,
    AttachmentColumn,
    AttachmentsModel,
    ContractColumn,
    ContractsModel,
    HistoryColumn,
    HistoryModel,
    Names,
    Owners,
    RecordLayout,
    RecordsModel,
    RowsModel,
    TimelineColumn,
    TimelineModel,
    contract_text,
    date_text,
    event_text,
    field_name,
    money_text,
)
from ehr_desktop.gui.employee_file_widgets import (
    ContactsEditor,
    OptionalDateEdit,
    RecordDialog,
    SensitiveLineEdit,
)
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import choices, label
from ehr_desktop.gui.messages import SENTENCES, describe, describe_problem, describe_rule
from ehr_desktop.gui.roles import error_label, hint_label, role_label, set_role, title_label
from ehr_desktop.gui.supervisor_dialog import SupervisorDialog
from ehr_desktop.services import attachments, employees, lifecycle, organization
from ehr_desktop.services.employees import (
    AttachmentEntry,
    ContractEntry,
    CustomFieldDefinition,
    EmployeeFile,
    RecordEntry,
    TimelineEntry,
)
from ehr_desktop.services.vaults import UnlockedVault

__all__ = ["EmployeeFileView", "FileTab", "RecordDialog", "RecordTable"]


class FileTab(IntEnum):
    BASIC = 0
    JOB = 1
    TIMELINE = 2
    EDUCATION = 3
    REWARDS = 4
    TRAINING = 5
    APPRAISALS = 6
    ATTACHMENTS = 7
    HISTORY = 8


# The header's guided actions: key -> (icon, button text, tooltip). Another module's dialogs
# carry them out; this screen only asks for them.
ACTIONS = {
    "confirm": ("user-check", QT_TRANSLATE_NOOP("EmployeeFileView", "Confirm…"), QT_TRANSLATE_NOOP("EmployeeFileView", "Confirm the employee after probation")),
    "extend_probation": ("timer", QT_TRANSLATE_NOOP("EmployeeFileView", "Extend probation…"), QT_TRANSLATE_NOOP("EmployeeFileView", "Move the end of the probation to a later date")),
    "transfer": ("arrow-right-left", QT_TRANSLATE_NOOP("EmployeeFileView", "Transfer…"), QT_TRANSLATE_NOOP("EmployeeFileView", "Move to another department or position")),
    "promote": ("trending-up", QT_TRANSLATE_NOOP("EmployeeFileView", "Promote…"), QT_TRANSLATE_NOOP("EmployeeFileView", "A new grade, usually with a new salary")),
    "salary": ("banknote", QT_TRANSLATE_NOOP("EmployeeFileView", "Change salary…"), QT_TRANSLATE_NOOP("EmployeeFileView", "A new monthly salary from a given date")),
    "contract": ("file-signature", QT_TRANSLATE_NOOP("EmployeeFileView", "Contract…"), QT_TRANSLATE_NOOP("EmployeeFileView", "Sign, renew or terminate a labour contract")),
    "leave": ("circle-pause", QT_TRANSLATE_NOOP("EmployeeFileView", "Leave of absence…"), QT_TRANSLATE_NOOP("EmployeeFileView", "Start a leave of absence")),
    "return": ("circle-play", QT_TRANSLATE_NOOP("EmployeeFileView", "Return from leave…"), QT_TRANSLATE_NOOP("EmployeeFileView", "End the leave of absence")),
    "offboard": ("user-minus", QT_TRANSLATE_NOOP("EmployeeFileView", "Offboard…"), QT_TRANSLATE_NOOP("EmployeeFileView", "Resignation, dismissal, contract end, retirement")),
    "rehire": ("user-plus", QT_TRANSLATE_NOOP("EmployeeFileView", "Rehire…"), QT_TRANSLATE_NOOP("EmployeeFileView", "Employ a former employee again")),
}  # fmt: skip
ACTIONS_BY_STATUS = {
    "not_hired": (),
    "probation": ("confirm", "extend_probation", "transfer", "promote", "salary", "contract", "leave", "offboard"),
    "active": ("transfer", "promote", "salary", "contract", "leave", "offboard"),
    "on_leave": ("return", "salary", "contract", "offboard"),
    "left": ("rehire",),
}  # fmt: skip
# The category a scan attached to a timeline entry or record gets unless the officer says
# otherwise: the contract for contract entries, the certificate for training and certificates.
_CONTRACT_EVENTS = frozenset(
    {Kind.CONTRACT_SIGNING, Kind.CONTRACT_RENEWAL, Kind.CONTRACT_TERMINATION}
)
_RECORD_SCAN_CATEGORIES = {
    "certificate": "certificate",
    "training": "certificate",
    "education": "education",
}
# Who can have their direct supervisor changed: the people employed now.
SUPERVISOR_STATUSES = ("probation", "active", "on_leave")
_STATUS_TONES = {"probation": "soon", "active": "ok", "on_leave": "muted", "left": "muted"}
# The basic-data form's code fields: field -> (label group, may be left empty).
_CODE_FIELDS = {
    "gender": ("gender", True),
    "id_type": ("id_type", False),
    "hukou_type": ("hukou_type", True),
    "marital_status": ("marital_status", True),
    "political_status": ("political_status", True),
}


@dataclass
class _FormField:
    name: str
    editor: QWidget
    error: QLabel
    get: Callable[[], Any]
    set: Callable[[Any], None]


def _initials(name: str) -> str:
    name = name.strip()
    if not name:
        return "?"
    if any(ord(ch) >= 0x2E80 for ch in name):
        return name[-2:] if len(name) >= 3 else name
    words = name.split()
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()


def _too_large(error: AttachmentTooLarge) -> str:
    # messages.describe() fills in only {path}; this sentence also needs {limit_mb}.
    text = QCoreApplication.translate("Messages", SENTENCES["attachment.too_large"])
    return text.format(limit_mb=error.facts.get("limit_mb", ""), path=error.facts.get("path", ""))


def _discard_copies(copies: attachments.ViewerCopies, paths: list[Path], *_args) -> None:
    """Deletes the plaintext copies one view handed out (runs when the view goes away)."""
    for path in list(paths):
        if copies.discard(path):
            paths.remove(path)


def _configure_table(view: QTableView, model: RowsModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setSortIndicatorShown(True)
    return proxy


def _selected_row(view: QTableView) -> Any:
    selection = view.selectionModel()
    if selection is None:
        return None
    rows = selection.selectedRows()
    return rows[0].data(ROW_ROLE) if rows else None


def _select_ids(view: QTableView, row_ids: set[int]) -> bool:
    """Selects the rows with these ids (made current: the first of them as sorted); False when
    none is listed."""
    model = view.model()
    indexes = [
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data(ROW_ROLE).id in row_ids
    ]
    if not indexes:
        return False
    selection = QItemSelection()
    for index in indexes:
        selection.select(index, index)
    flags = QItemSelectionModel.SelectionFlag
    chooser = view.selectionModel()
    chooser.setCurrentIndex(indexes[0], flags.NoUpdate)
    chooser.select(selection, flags.ClearAndSelect | flags.Rows)
    view.scrollTo(indexes[0])
    return True


class ImagePreview(QLabel):
    """An image scaled to fit the space it has, kept sharp as that space changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)

    def set_image(self, pixmap: QPixmap) -> None:
        self._original = pixmap
        self._rescale()

    def original(self) -> QPixmap:
        return self._original

    def clear_image(self) -> None:
        self._original = QPixmap()
        self.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._original.isNull():
            return
        ratio = self.devicePixelRatioF()
        size = self.contentsRect().size() * ratio
        scaled = self._original.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(ratio)
        self.setPixmap(scaled)


class RecordTable(QWidget):
    """One list of records (education, work before joining, rewards…) with add/edit/remove."""

    add_requested = Signal(str)
    edit_requested = Signal(object)
    remove_requested = Signal(object)
    attach_requested = Signal(object)  # the record a scan is to be attached to

    def __init__(
        self,
        heading: str,
        layout: RecordLayout,
        add_texts: dict[str, str],
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = RecordsModel(layout, self, today=today)
        self.view = QTableView()
        self.proxy = _configure_table(self.view, self.model, self)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.add_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        if heading:
            heading_label = QLabel(heading)
            bold = heading_label.font()
            bold.setBold(True)
            heading_label.setFont(bold)
            buttons.addWidget(heading_label)
        buttons.addStretch(1)
        for kind, text in add_texts.items():
            button = QPushButton(icon("plus"), text)
            button.clicked.connect(lambda _checked=False, k=kind: self.add_requested.emit(k))
            self.add_buttons[kind] = button
            buttons.addWidget(button)
        self.edit_button = QPushButton(icon("pencil"), self.tr("Edit…"))
        self.remove_button = QPushButton(icon("trash-2"), self.tr("Remove…"))
        self.attach_button = QPushButton(icon("paperclip"), self.tr("Attach scan…"))
        self.attach_button.setToolTip(
            self.tr("Add a scan to this record, such as the diploma or the certificate")
        )
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.attach_button)
        self.error = error_label()
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.view, 1)
        column.addWidget(self.error)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.attach_button.clicked.connect(self._attach)
        self.view.doubleClicked.connect(lambda _index: self._edit())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> RecordEntry | None:
        return _selected_row(self.view)

    def set_rows(self, rows) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if selected is not None:
            self.select(selected.id)

    def select(self, record_id: int) -> None:
        _select_ids(self.view, {record_id})

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _edit(self) -> None:
        record = self.selected()
        if record is not None:
            self.edit_requested.emit(record)

    def _remove(self) -> None:
        record = self.selected()
        if record is not None:
            self.remove_requested.emit(record)

    def _attach(self) -> None:
        record = self.selected()
        if record is not None:
            self.attach_requested.emit(record)

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.attach_button.setEnabled(chosen)

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for kind, button in self.add_buttons.items():
            menu.addAction(button.icon(), button.text(), lambda k=kind: self.add_requested.emit(k))
        if self.selected() is not None:
            menu.addSeparator()
            menu.addAction(icon("pencil"), self.edit_button.text(), self._edit)
            menu.addAction(icon("trash-2"), self.remove_button.text(), self._remove)
            menu.addAction(self.attach_button.icon(), self.attach_button.text(), self._attach)
        menu.exec(self.view.viewport().mapToGlobal(point))


class EmployeeFileView(QWidget):
    """One employee's file in a tab of its own."""

    changed = Signal(int)  # something was saved: lists showing this employee refresh
    title_changed = Signal(str)  # "张三 · XH00012", for the tab
    lifecycle_requested = Signal(str, int)  # (action key, employee id)
    correction_requested = Signal(int)  # the timeline entry (event id) to correct
    print_requested = Signal(int, bool)  # (employee id, unmasked): the dossier as PDF

    def __init__(
        self,
        vault: UnlockedVault,
        employee_id: int,
        parent: QWidget | None = None,
        *,
        viewer_copies: attachments.ViewerCopies | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.employee_id = employee_id
        self._today = today
        self._file: EmployeeFile | None = None
        self._fields: dict[str, _FormField] = {}
        self._custom_definitions: tuple[CustomFieldDefinition, ...] = ()
        self._baseline: PersonalData | None = None
        self._dirty = False
        self._populating = False
        self._salary_visible = False
        self._photo_id: int | None = None
        self._select_attachment: int | None = None
        # The PDF preview reads from memory: the bytes and the buffer must outlive the document.
        self._pdf_bytes: QByteArray | None = None
        self._pdf_buffer: QBuffer | None = None
        self._viewer_copies = viewer_copies or attachments.ViewerCopies()
        self._own_copies: list[Path] = []
        self.destroyed.connect(partial(_discard_copies, self._viewer_copies, self._own_copies))

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_basic_tab(), icon("id-card"), self.tr("Basic data"))
        self.tabs.addTab(self._build_job_tab(), icon("briefcase"), self.tr("Job and contracts"))
        self.tabs.addTab(self._build_timeline_tab(), icon("calendar-clock"), self.tr("Timeline"))
        self.record_tables: dict[str, RecordTable] = {}
        self.tabs.addTab(
            self._build_records_tab(
                (
                    ("education", self.tr("Education"), {"education": self.tr("Add…")}),
                    (
                        "work_history",
                        self.tr("Work before joining"),
                        {"work_history": self.tr("Add…")},
                    ),
                )
            ),
            icon("graduation-cap"),
            self.tr("Education and history"),
        )
        self.tabs.addTab(
            self._build_records_tab(
                (
                    (
                        "rewards",
                        "",
                        {"reward": self.tr("Add reward…"), "penalty": self.tr("Add penalty…")},
                    ),
                )
            ),
            icon("award"),
            self.tr("Rewards and penalties"),
        )
        self.tabs.addTab(
            self._build_records_tab(
                (
                    ("training", self.tr("Training"), {"training": self.tr("Add…")}),
                    (
                        "certificates",
                        self.tr("Qualification certificates"),
                        {"certificate": self.tr("Add…")},
                    ),
                )
            ),
            icon("file-check"),
            self.tr("Training and certificates"),
        )
        self.tabs.addTab(
            self._build_appraisals_tab(), icon("clipboard-check"), self.tr("Appraisals")
        )
        self.tabs.addTab(self._build_attachments_tab(), icon("paperclip"), self.tr("Attachments"))
        self.history_tab = self._build_history_tab()
        self.tabs.addTab(self.history_tab, icon("history"), self.tr("History"))
        self._history_stale = True
        self.tabs.currentChanged.connect(lambda _index: self._refresh_history_if_shown())

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_header())
        layout.addWidget(self.tabs, 1)
        self._load()  # an employee that does not exist (any more) raises NotFound to the caller

    # --- public -----------------------------------------------------------------------------

    @property
    def vault(self) -> UnlockedVault:
        return self._vault

    @vault.setter
    def vault(self, vault: UnlockedVault) -> None:
        """After an automatic lock the same view continues with the newly unlocked vault."""
        self._vault = vault
        self.appraisals_panel.vault = vault

    @property
    def file(self) -> EmployeeFile | None:
        return self._file

    def title(self) -> str:
        if self._file is None:
            return ""
        personal = self._file.personal
        return f"{personal.name} · {personal.employee_no}"

    def reload(self) -> None:
        """Re-reads the file. Unsaved edits in the basic-data form are kept."""
        try:
            self._load()
        except EhrError as error:
            self._show_header_error(describe(error))

    def _load(self) -> None:
        file = employees.load_file(self._vault, self.employee_id, today=self._today)
        names = self._names(file)
        self._show_header_error("")
        event, contract = self.selected_event(), self.selected_contract()
        self._file = file
        self._show_header(file)
        self._show_job(file)
        if contract is not None:
            self.select_contract(contract.id)
        self.timeline_model.set_rows(file.timeline, names)
        self.timeline_view.resizeColumnsToContents()
        if event is not None:
            self.select_event(event.id)
        for table in self.record_tables.values():
            table.set_rows(file.records)
        self._show_attachments(file)
        self._history_stale = True
        self._refresh_history_if_shown()
        if not self._dirty:
            self._populate_form()
        self.setWindowTitle(self.title())
        self.title_changed.emit(self.title())

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save_changes(self) -> bool:
        """Saves the basic-data form; False when a value was refused (shown under its field)."""
        if self._file is None:
            return False
        if not self._dirty:
            return True
        self._clear_errors()
        data = self._collect()
        try:
            employees.save_personal(self._vault, self.employee_id, data, today=self._today)
        except InvalidInput as error:
            self._show_problems(error.facts.get("problems", []))
            return False
        except LifecycleRefused as error:
            self._show_form_error(describe_rule(error))
            return False
        except EhrError as error:
            self._show_form_error(describe(error))
            return False
        self._set_dirty(False)
        self.reload()
        self.changed.emit(self.employee_id)
        return True

    def discard_changes(self) -> None:
        self._clear_errors()
        self._populate_form()

    def discard_viewer_copies(self) -> int:
        """Deletes every plaintext copy handed to other programs, this view's and any left in
        the copies folder (call on lock); returns how many could not be deleted yet (still
        open in a viewer on Windows)."""
        self._own_copies.clear()
        return self._viewer_copies.discard_all()

    def discard_own_copies(self) -> int:
        """Deletes only the copies this view handed out (closing one file must not pull a
        document from under a viewer another file opened); returns how many are left."""
        _discard_copies(self._viewer_copies, self._own_copies)
        return len(self._own_copies)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.discard_own_copies()
        self._close_pdf()
        super().closeEvent(event)

    # --- header -----------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QWidget()
        side = self.fontMetrics().height() * 5
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(side, side)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label = title_label("")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = role_label("", "badge", wrap=False)
        self.number_label = hint_label()
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.job_label = QLabel()
        self.job_label.setWordWrap(True)
        self.dates_label = QLabel()
        self.dates_label.setWordWrap(True)
        self.supervisor_label = QLabel()
        self.header_error = error_label()
        self.header_error.hide()

        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.status_badge)
        name_row.addWidget(self.number_label)
        name_row.addStretch(1)
        facts = QVBoxLayout()
        facts.setSpacing(2)
        facts.addLayout(name_row)
        facts.addWidget(self.job_label)
        facts.addWidget(self.dates_label)
        facts.addWidget(self.supervisor_label)
        facts.addStretch(1)

        # A tool bar, so that actions that do not fit move into its overflow menu instead of
        # widening the window (1366 px laptops, 150 % scaling, longer English words).
        self.actions_bar = QToolBar()
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions_bar.setIconSize(QSize(16, 16) * max(1.0, self.fontMetrics().height() / 16))
        self.action_buttons: dict[str, QAction] = {}
        for key, (icon_name, text, tooltip) in ACTIONS.items():
            action = QAction(icon(icon_name), self.tr(text), self)
            action.setToolTip(self.tr(tooltip))
            action.triggered.connect(
                lambda _checked=False, k=key: self.lifecycle_requested.emit(k, self.employee_id)
            )
            self.action_buttons[key] = action
            self.actions_bar.addAction(action)
        # Not a dated lifecycle event: this screen carries it out itself.
        self.supervisor_action = QAction(icon("user-check"), self.tr("Change supervisor…"), self)
        self.supervisor_action.setToolTip(
            self.tr("Choose who the employee reports to: the department head or someone else")
        )
        self.supervisor_action.triggered.connect(self.change_supervisor)
        self.actions_bar.addAction(self.supervisor_action)
        self.print_action = QAction(icon("printer"), self.tr("Print dossier…"), self)
        self.print_action.setToolTip(
            self.tr("Preview and print this personnel file as PDF, sensitive data masked (Ctrl+P)")
        )
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(
            lambda: self.print_requested.emit(self.employee_id, False)
        )
        self.addAction(self.print_action)
        print_menu = QMenu(self)
        print_menu.addAction(
            self.tr("Sensitive data masked"),
            lambda: self.print_requested.emit(self.employee_id, False),
        )
        self.print_unmasked_action = print_menu.addAction(
            self.tr("ID number, bank account, phone and salary in full…"),
            lambda: self.print_requested.emit(self.employee_id, True),
        )
        self.print_action.setMenu(print_menu)
        self.actions_bar.addAction(self.print_action)
        print_button = self.actions_bar.widgetForAction(self.print_action)
        if isinstance(print_button, QToolButton):  # click prints masked; the arrow offers more
            print_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        facts.addWidget(self.actions_bar)

        row = QHBoxLayout()
        row.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(facts, 1)
        column = QVBoxLayout(header)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.header_error)
        return header

    def _show_header_error(self, text: str) -> None:
        self.header_error.setText(text)
        self.header_error.setVisible(bool(text))

    def _show_header(self, file: EmployeeFile) -> None:
        personal, job = file.personal, file.job
        self.name_label.setText(personal.name)
        self.number_label.setText(personal.employee_no)
        self.status_badge.setText(label("status", job.status))
        self.status_badge.setProperty("tone", _STATUS_TONES.get(job.status, "muted"))
        set_role(self.status_badge, "badge")
        self.job_label.setText(
            " · ".join(part for part in (job.department, job.position, job.grade or "") if part)
        )
        self.dates_label.setText(self._dates_text(file))
        if job.supervisor:
            text = (
                self.tr("Supervisor: {0} (department head)")
                if job.supervisor_is_default
                else self.tr("Supervisor: {0}")
            ).format(job.supervisor)
        else:
            text = self.tr("Supervisor: none")
        self.supervisor_label.setText(text)
        self._show_photo(file)
        visible = set(ACTIONS_BY_STATUS.get(job.status, ()))
        for key, action in self.action_buttons.items():
            action.setVisible(key in visible)
        self.supervisor_action.setVisible(job.status in SUPERVISOR_STATUSES)

    def change_supervisor(self) -> None:
        """Asks for the direct supervisor; the file shows the new one once saved."""
        if self._file is None:
            return
        job = self._file.job
        if SupervisorDialog.ask(
            self, self._vault, self.employee_id, job.supervisor_id, job.supervisor_is_default
        ):
            self._after_change()

    def _dates_text(self, file: EmployeeFile) -> str:
        job = file.job
        parts = []
        if job.hire_date:
            parts.append(self.tr("Hired on {0}").format(date_text(job.hire_date)))
        if job.first_hire_date:
            end = job.leave_date if job.status == "left" and job.leave_date else self._day()
            years = max(0, people.years_between(job.first_hire_date, end))
            if years == 0:
                parts.append(self.tr("less than a year of service"))
            elif years == 1:
                parts.append(self.tr("1 year of service"))
            else:
                parts.append(self.tr("{0} years of service").format(QLocale().toString(years)))
            if job.first_hire_date != job.hire_date:
                parts.append(self.tr("first hired on {0}").format(date_text(job.first_hire_date)))
        if job.status == "left" and job.leave_date:
            parts.append(self.tr("left on {0}").format(date_text(job.leave_date)))
        return " · ".join(parts)

    def _day(self) -> dt.date:
        return self._today or dt.date.today()

    def _show_photo(self, file: EmployeeFile) -> None:
        if file.photo_attachment_id is not None and file.photo_attachment_id == self._photo_id:
            return
        self._photo_id = file.photo_attachment_id
        side = self.photo_label.width()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap()
        if file.photo_attachment_id is not None:
            try:
                pixmap.loadFromData(attachments.content(self._vault, file.photo_attachment_id))
            except EhrError:
                pixmap = QPixmap()
        if pixmap.isNull():
            self._photo_id = None
            pixmap = self._placeholder(file.personal.name, side, ratio)
        else:
            pixmap = pixmap.scaled(
                QSize(side, side) * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            pixmap.setDevicePixelRatio(ratio)
        self.photo_label.setPixmap(pixmap)

    def _placeholder(self, name: str, side: int, ratio: float) -> QPixmap:
        pixmap = QPixmap(QSize(side, side) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.mid())
        painter.drawEllipse(0, 0, side, side)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.8)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.base().color())
        painter.drawText(0, 0, side, side, Qt.AlignmentFlag.AlignCenter, _initials(name))
        painter.end()
        return pixmap

    # --- basic data -------------------------------------------------------------------------

    def _build_basic_tab(self) -> QWidget:
        tab = QWidget()
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(hint_label(self.tr("Fields marked * are required.")))

        identity = self._group(column, self.tr("Identity"))
        self._add_text(identity, "employee_no")
        self._add_text(identity, "name")
        self._add_text(identity, "former_name")
        self._add_code(identity, "gender")
        self._add_text(identity, "ethnicity")
        self._add_date(identity, "birth_date")
        self._add_code(identity, "id_type")
        self._add_sensitive(identity, "id_number")
        self._add_text(identity, "nationality")
        self._add_text(identity, "native_place")

        household = self._group(column, self.tr("Household and contact"))
        self._add_code(household, "hukou_type")
        self._add_text(household, "hukou_address")
        self._add_text(household, "current_address")
        self._add_code(household, "marital_status")
        self._add_code(household, "political_status")
        self._add_sensitive(household, "mobile")
        self._add_text(household, "email")
        contacts = ContactsEditor()
        self._add_field(
            household, "emergency_contacts", contacts, contacts.value, contacts.set_value
        )
        contacts.changed.connect(self._form_edited)

        work = self._group(column, self.tr("Work"))
        self._add_date(work, "first_work_date")

        bank = self._group(column, self.tr("Bank"))
        self._add_text(bank, "bank_name")
        self._add_sensitive(bank, "bank_account")

        self.custom_group = QGroupBox(self.tr("Custom fields"))
        self.custom_form = QFormLayout(self.custom_group)
        column.addWidget(self.custom_group)
        column.addStretch(1)

        # Long rows of empty field are hard to read on a wide screen.
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * 120)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(content)
        self.form_error = error_label()
        self.form_error.hide()
        self.form_buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.form_buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.form_buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setToolTip(self.tr("Save the basic data (Ctrl+S)"))
        self.cancel_button.setToolTip(self.tr("Undo the changes not saved yet (Esc)"))
        self.save_button.clicked.connect(self.save_changes)
        self.cancel_button.clicked.connect(self.discard_changes)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.form_buttons)
        save = QShortcut(QKeySequence.StandardKey.Save, tab)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_changes)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), tab)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(lambda: self._dirty and self.discard_changes())
        self._set_dirty(False)
        return tab

    def _group(self, column: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addWidget(box)
        return form

    def _label_for(self, name: str) -> str:
        text = field_name(name)
        return f"{text} *" if name in people.REQUIRED else text

    def _add_field(
        self,
        form: QFormLayout,
        name: str,
        editor: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        label_text: str | None = None,
    ) -> _FormField:
        holder = QWidget()
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(editor)
        error = error_label()
        error.hide()
        stack.addWidget(error)
        form.addRow(label_text or self._label_for(name), holder)
        row_label = form.labelForField(holder)
        if isinstance(row_label, QLabel):
            row_label.setBuddy(editor)
            if name in people.REQUIRED:
                row_label.setToolTip(self.tr("Required"))
        field = _FormField(name, editor, error, get, put)
        self._fields[name] = field
        return field

    def _add_text(self, form: QFormLayout, name: str) -> None:
        edit = QLineEdit()
        self._add_field(form, name, edit, edit.text, lambda value: edit.setText(value or ""))
        edit.textChanged.connect(self._form_edited)

    def _add_code(self, form: QFormLayout, name: str) -> None:
        group, may_be_empty = _CODE_FIELDS[name]
        combo = QComboBox()
        if may_be_empty:
            combo.addItem("—", "")
        for code, word in choices(group):
            combo.addItem(word, code)
        empty = None if name == "gender" else ""

        def get() -> Any:
            return combo.currentData() or empty

        self._add_field(form, name, combo, get, partial(self._set_combo, combo))
        combo.currentIndexChanged.connect(self._form_edited)

    @staticmethod
    def _set_combo(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value or "")
        if index < 0 and value:
            combo.addItem(str(value), value)  # a code this version does not know: kept as is
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _add_date(self, form: QFormLayout, name: str) -> None:
        default = dt.date(1990, 1, 1) if name == "birth_date" else None
        edit = OptionalDateEdit(default=default)
        self._add_field(form, name, edit, edit.value, edit.set_value)
        edit.changed.connect(self._form_edited)

    def _add_sensitive(self, form: QFormLayout, name: str) -> None:
        edit = SensitiveLineEdit(people.MASKS[name])
        self._add_field(form, name, edit, edit.value, lambda value: edit.set_value(value or ""))
        edit.changed.connect(self._form_edited)
        edit.reveal_requested.connect(partial(self.reveal_field, name))

    def sensitive_editor(self, name: str) -> SensitiveLineEdit:
        editor = self._fields[name].editor
        assert isinstance(editor, SensitiveLineEdit)
        return editor

    def editor(self, name: str) -> QWidget:
        """The editor of one basic-data field (PersonalData names; custom fields "custom:key")."""
        return self._fields[name].editor

    def error_text(self, name: str) -> str:
        field = self._fields[name]
        return field.error.text() if not field.error.isHidden() else ""

    def reveal_field(self, name: str) -> None:
        """Shows a masked value in clear after recording who looked at it."""
        if self._record_reveal(name):
            self.sensitive_editor(name).reveal()

    def _record_reveal(self, name: str) -> bool:
        try:
            employees.record_reveal(self._vault, [self.employee_id], [name], "file")
        except EhrError as error:
            self._show_header_error(describe(error))
            return False
        self._history_stale = True
        self._refresh_history_if_shown()
        return True

    def _refresh_history_if_shown(self) -> None:
        """The audit history is read when its tab is looked at, not with every file opened."""
        if not self._history_stale or self.tabs.currentWidget() is not self.history_tab:
            return
        try:
            history = employees.file_history(self._vault, self.employee_id)
        except EhrError as error:
            self._show_header_error(describe(error))
            return
        self._history_stale = False
        self._show_history(history)

    def _rebuild_custom_fields(self, definitions: tuple[CustomFieldDefinition, ...]) -> None:
        if definitions == self._custom_definitions:
            return
        for name in [n for n in self._fields if n.startswith("custom:")]:
            del self._fields[name]
        while self.custom_form.rowCount():
            self.custom_form.removeRow(0)
        self._custom_definitions = definitions
        for definition in definitions:
            self._add_custom(definition)
        self.custom_group.setVisible(bool(definitions))

    def _add_custom(self, definition: CustomFieldDefinition) -> None:
        name = f"custom:{definition.key}"
        form = self.custom_form
        if definition.kind == "date":
            date_edit = OptionalDateEdit()

            def get_date() -> str | None:
                value = date_edit.value()
                return value.isoformat() if value else None

            def set_date(value: Any) -> None:
                try:
                    date_edit.set_value(dt.date.fromisoformat(str(value)) if value else None)
                except ValueError:
                    date_edit.set_value(None)

            self._add_field(form, name, date_edit, get_date, set_date, definition.label)
            date_edit.changed.connect(self._form_edited)
        elif definition.kind == "choice":
            combo = QComboBox()
            combo.addItem("—", "")
            for choice in definition.choices:
                combo.addItem(choice, choice)
            self._add_field(
                form,
                name,
                combo,
                lambda: combo.currentData() or None,
                partial(self._set_combo, combo),
                definition.label,
            )
            combo.currentIndexChanged.connect(self._form_edited)
        else:
            edit = QLineEdit()
            if definition.kind == "number":
                validator = QDoubleValidator(edit)
                validator.setNotation(QDoubleValidator.Notation.StandardNotation)
                edit.setValidator(validator)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                get = partial(self._number_value, edit)

                def put(value: Any, edit: QLineEdit = edit) -> None:
                    edit.setText(self._number_for_editing(value))
            else:

                def get(edit: QLineEdit = edit) -> str | None:
                    return edit.text() or None

                def put(value: Any, edit: QLineEdit = edit) -> None:
                    edit.setText("" if value is None else str(value))

            self._add_field(form, name, edit, get, put, definition.label)
            edit.textChanged.connect(self._form_edited)

    @staticmethod
    def _number_for_editing(value: Any) -> str:
        """No group separators (they get in the way when editing), the locale's decimal point."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return "" if value is None else str(value)
        if float(value).is_integer():
            return str(int(value))
        return str(value).replace(".", QLocale().decimalPoint())

    @staticmethod
    def _number_value(edit: QLineEdit) -> Any:
        text = edit.text().strip()
        if not text:
            return None
        value, ok = QLocale().toDouble(text)
        if not ok:
            return text  # refused by the service as "number_format", shown under the field
        return int(value) if value.is_integer() else value

    def _populate_form(self) -> None:
        if self._file is None:
            return
        personal = self._file.personal
        self._populating = True
        try:
            self._rebuild_custom_fields(self._file.custom_fields)
            for name, field in self._fields.items():
                if name.startswith("custom:"):
                    field.set(personal.custom_values.get(name.removeprefix("custom:")))
                else:
                    field.set(getattr(personal, name))
        finally:
            self._populating = False
        self._clear_errors()
        self._baseline = self._collect()
        self._set_dirty(False)

    def _collect(self) -> PersonalData:
        assert self._file is not None
        values = {n: f.get() for n, f in self._fields.items() if not n.startswith("custom:")}
        custom = dict(self._file.personal.custom_values)
        for name, field in self._fields.items():
            if name.startswith("custom:"):
                custom[name.removeprefix("custom:")] = field.get()
        return PersonalData(**values, custom_values=custom)

    def _form_edited(self, *_args) -> None:
        if self._populating or self._file is None or self._baseline is None:
            return
        self._set_dirty(self._collect() != self._baseline)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.cancel_button.setEnabled(dirty)

    def _clear_errors(self) -> None:
        for field in self._fields.values():
            field.error.clear()
            field.error.hide()
        self._show_form_error("")

    def _show_form_error(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.setVisible(bool(text))

    def _show_problems(self, problems) -> None:
        elsewhere = []
        for problem in problems:
            field = self._fields.get(problem.field)
            if field is None:
                elsewhere.append(f"{field_name(problem.field)}: {describe_problem(problem)}")
                continue
            text = describe_problem(problem)
            field.error.setText(f"{field.error.text()}\n{text}" if field.error.text() else text)
            field.error.show()
        self._show_form_error("\n".join(elsewhere))
        first = next((f for f in self._fields.values() if not f.error.isHidden()), None)
        if first is not None:
            self.tabs.setCurrentIndex(FileTab.BASIC)
            self.form_scroll.ensureWidgetVisible(first.editor)
            focus = getattr(first.editor, "focus_editor", None)
            if focus is not None:
                focus()
            else:
                first.editor.setFocus()

    # --- job and contracts ------------------------------------------------------------------

    def _build_job_tab(self) -> QWidget:
        tab = QWidget()
        box = QGroupBox(self.tr("Current job"))
        form = QFormLayout(box)
        self.job_values: dict[str, QLabel] = {}
        rows = (
            ("department", self.tr("Department")),
            ("position", self.tr("Position")),
            ("job_family", self.tr("Job family")),
            ("grade", self.tr("Grade")),
            ("salary", self.tr("Monthly salary")),
            ("hire_date", self.tr("Hire date")),
            ("first_hire_date", self.tr("First hired on")),
            ("probation_end", self.tr("Probation ends")),
            ("leave_date", self.tr("Leave date")),
            ("supervisor", self.tr("Supervisor")),
        )
        for key, text in rows:
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.job_values[key] = value
            if key == "salary":
                self.salary_eye = QToolButton()
                self.salary_eye.setAutoRaise(True)
                self.salary_eye.clicked.connect(self._salary_eye_clicked)
                holder = QWidget()
                line = QHBoxLayout(holder)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(value)
                line.addWidget(self.salary_eye)
                line.addStretch(1)
                form.addRow(text, holder)
            else:
                form.addRow(text, value)
        self.contracts_model = ContractsModel(self, today=self._today)
        self.contracts_view = QTableView()
        self.contracts_proxy = _configure_table(self.contracts_view, self.contracts_model, self)
        self.contracts_view.sortByColumn(ContractColumn.START, Qt.SortOrder.DescendingOrder)
        self.fixed_term_hint = role_label(
            self.tr(
                "This is the employee's second consecutive fixed-term contract: at the next "
                "renewal the employee may require an open-ended contract (Labour Contract Law, "
                "art. 14)."
            ),
            "warning",
        )
        self.fixed_term_hint.hide()
        self.no_contract_hint = hint_label(
            self.tr("No contract recorded yet. Use “Contract…” above to record one.")
        )
        contracts_title = QLabel(self.tr("Labour contracts"))
        bold = contracts_title.font()
        bold.setBold(True)
        contracts_title.setFont(bold)
        self.attach_contract_button = QPushButton(icon("paperclip"), self.tr("Attach scan…"))
        self.attach_contract_button.setToolTip(
            self.tr("Add the scan of the signed contract to the selected contract")
        )
        self.attach_contract_button.clicked.connect(self.attach_to_contract)
        self.contracts_error = error_label()
        self.contracts_error.hide()
        contracts_row = QHBoxLayout()
        contracts_row.addWidget(contracts_title)
        contracts_row.addStretch(1)
        contracts_row.addWidget(self.attach_contract_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(box)
        layout.addLayout(contracts_row)
        layout.addWidget(self.fixed_term_hint)
        layout.addWidget(self.no_contract_hint)
        layout.addWidget(self.contracts_view, 1)
        layout.addWidget(self.contracts_error)
        self.contracts_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.contracts_view.customContextMenuRequested.connect(self._contracts_menu)
        self.contracts_view.selectionModel().selectionChanged.connect(self._update_contract_buttons)
        self.contracts_model.modelReset.connect(self._update_contract_buttons)
        self._update_contract_buttons()
        self._show_salary_mask()
        return tab

    def selected_contract(self) -> ContractEntry | None:
        return _selected_row(self.contracts_view)

    def select_contract(self, contract_id: int) -> None:
        _select_ids(self.contracts_view, {contract_id})

    def _update_contract_buttons(self, *_args) -> None:
        self.attach_contract_button.setEnabled(self.selected_contract() is not None)

    def _contracts_menu(self, point: QPoint) -> None:
        if self.selected_contract() is None:
            return
        menu = QMenu(self)
        menu.addAction(
            self.attach_contract_button.icon(),
            self.attach_contract_button.text(),
            self.attach_to_contract,
        )
        menu.exec(self.contracts_view.viewport().mapToGlobal(point))

    def attach_to_contract(self) -> None:
        """Attaches a scan (the signed contract) to the selected contract."""
        contract = self.selected_contract()
        if contract is None:
            return
        self._attach_scan(
            contract_text(contract, self.contracts_model.ordinal(contract.id)),
            "contract",
            self._show_contracts_error,
            contract_id=contract.id,
        )

    def _show_contracts_error(self, text: str) -> None:
        self.contracts_error.setText(text)
        self.contracts_error.setVisible(bool(text))

    def _show_job(self, file: EmployeeFile) -> None:
        job = file.job
        values = {
            "department": job.department,
            "position": job.position,
            "job_family": job.job_family,
            "grade": job.grade or "",
            "hire_date": date_text(job.hire_date),
            "first_hire_date": date_text(job.first_hire_date),
            "probation_end": date_text(job.probation_end),
            "leave_date": date_text(job.leave_date),
            "supervisor": (
                self.tr("{0} (department head)").format(job.supervisor)
                if job.supervisor and job.supervisor_is_default
                else job.supervisor
            ),
        }
        for key, text in values.items():
            self.job_values[key].setText(text or "—")
        self._show_salary_mask()
        self.contracts_model.set_rows(file.contracts)
        self.contracts_view.resizeColumnsToContents()
        self.fixed_term_hint.setVisible(file.consecutive_fixed_terms >= 2)
        self.no_contract_hint.setVisible(not file.contracts)

    def _show_salary_mask(self) -> None:
        salary_label = self.job_values["salary"]
        cents = self._file.job.monthly_salary_cents if self._file else None
        if cents is None:
            salary_label.setText("—")
            self.salary_eye.hide()
            set_role(salary_label, "")
            return
        self.salary_eye.show()
        if self._salary_visible:
            salary_label.setText(money_text(cents))
            set_role(salary_label, "")
            self.salary_eye.setIcon(icon("eye-off"))
            self.salary_eye.setToolTip(self.tr("Mask the salary again"))
        else:
            salary_label.setText(MASKED_MONEY)
            set_role(salary_label, "masked")
            self.salary_eye.setIcon(icon("eye"))
            self.salary_eye.setToolTip(
                self.tr(
                    "Show the salary. Viewing it is recorded in this file's history, with your "
                    "name and the time."
                )
            )

    def _salary_eye_clicked(self) -> None:
        if self._salary_visible:
            self._set_salary_visible(False)
        else:
            self.reveal_salary()

    def reveal_salary(self) -> None:
        """Shows the salary (here and in the timeline) after recording who looked at it."""
        if self._record_reveal("salary"):
            self._set_salary_visible(True)

    def _set_salary_visible(self, visible: bool) -> None:
        self._salary_visible = visible
        self._show_salary_mask()
        self.timeline_model.set_salary_visible(visible)

    @property
    def salary_text(self) -> str:
        return self.job_values["salary"].text()

    # --- timeline ---------------------------------------------------------------------------

    def _build_timeline_tab(self) -> QWidget:
        tab = QWidget()
        self.timeline_model = TimelineModel(self)
        self.timeline_view = QTableView()
        self.timeline_proxy = _configure_table(self.timeline_view, self.timeline_model, self)
        self.timeline_view.sortByColumn(TimelineColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.correct_button = QPushButton(icon("pencil"), self.tr("Correct…"))
        self.correct_button.setToolTip(
            self.tr("Record a corrected version of this entry; the original stays on record")
        )
        self.withdraw_button = QPushButton(icon("undo-2"), self.tr("Withdraw…"))
        self.withdraw_button.setToolTip(
            self.tr("Withdraw an entry made in error; it stays on record, marked as withdrawn")
        )
        self.attach_event_button = QPushButton(icon("paperclip"), self.tr("Attach scan…"))
        self.attach_event_button.setToolTip(
            self.tr("Add a scan to this entry, such as the signed resignation letter")
        )
        self.correct_button.clicked.connect(self.correct_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.attach_event_button.clicked.connect(self.attach_to_event)
        self.timeline_error = error_label()
        self.timeline_error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(
            hint_label(
                self.tr(
                    "Newest first. Entries are never deleted: corrected and withdrawn entries "
                    "stay, struck through."
                )
            ),
            1,
        )
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.attach_event_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.timeline_view, 1)
        layout.addWidget(self.timeline_error)
        self.timeline_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline_view.customContextMenuRequested.connect(self._timeline_menu)
        self.timeline_view.doubleClicked.connect(self._timeline_double_clicked)
        self.timeline_view.selectionModel().selectionChanged.connect(self._update_timeline_buttons)
        self.timeline_model.modelReset.connect(self._update_timeline_buttons)
        self._update_timeline_buttons()
        return tab

    def _names(self, file: EmployeeFile) -> Names:
        departments = organization.paths(self._vault)
        positions = {
            row.id: row.title for row in organization.positions(self._vault, include_retired=True)
        }
        supervisor_ids = {
            entry.details["supervisor_id"]
            for entry in file.timeline
            if isinstance(entry.details.get("supervisor_id"), int)
        }
        who = employees.names(self._vault, sorted(supervisor_ids)) if supervisor_ids else {}
        return Names(departments, positions, who)

    def selected_event(self) -> TimelineEntry | None:
        return _selected_row(self.timeline_view)

    def _correctable(self, entry: TimelineEntry | None) -> bool:
        return entry is not None and entry.is_effective

    def _update_timeline_buttons(self, *_args) -> None:
        entry = self.selected_event()
        fits = self._correctable(entry)
        self.correct_button.setEnabled(fits)
        self.withdraw_button.setEnabled(fits)
        self.attach_event_button.setEnabled(entry is not None)

    def _timeline_menu(self, point: QPoint) -> None:
        entry = self.selected_event()
        if entry is None:
            return
        menu = QMenu(self)
        if self._correctable(entry):
            menu.addAction(
                self.correct_button.icon(), self.correct_button.text(), self.correct_selected
            )
            menu.addAction(
                self.withdraw_button.icon(), self.withdraw_button.text(), self.withdraw_selected
            )
            menu.addSeparator()
        menu.addAction(
            self.attach_event_button.icon(), self.attach_event_button.text(), self.attach_to_event
        )
        if entry.attachment_count:
            menu.addAction(
                icon("file-text"),
                self.tr("Show scans"),
                lambda: self.show_event_scans(entry.id),
            )
        menu.exec(self.timeline_view.viewport().mapToGlobal(point))

    def _timeline_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == TimelineColumn.ATTACHMENTS:
            entry = index.data(ROW_ROLE)
            if entry is not None and entry.attachment_count:
                self.show_event_scans(entry.id)

    def select_event(self, event_id: int) -> None:
        _select_ids(self.timeline_view, {event_id})

    def attach_to_event(self) -> None:
        """Attaches a scan (the signed letter, the contract…) to the selected timeline entry."""
        entry = self.selected_event()
        if entry is None:
            return
        self._attach_scan(
            event_text(entry),
            "contract" if entry.kind in _CONTRACT_EVENTS else "other",
            self._show_timeline_error,
            event_id=entry.id,
        )

    def show_event_scans(self, event_id: int) -> None:
        """Switches to the attachments with the ones of this timeline entry selected."""
        if self._file is None:
            return
        chosen = {a.id for a in self._file.attachments if a.event_id == event_id}
        if chosen:
            self.tabs.setCurrentIndex(FileTab.ATTACHMENTS)
            self.select_attachments(chosen)

    def correct_selected(self) -> None:
        entry = self.selected_event()
        if self._correctable(entry):
            self.correction_requested.emit(entry.id)

    def withdraw_selected(self) -> None:
        entry = self.selected_event()
        if not self._correctable(entry):
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Withdraw entry"),
            self.tr(
                "Why is “{0}” of {1} withdrawn? The entry stays on record, marked as withdrawn, "
                "and the current job is worked out again without it."
            ).format(label("event", entry.kind), date_text(entry.effective_date)),
        )
        if not ok or not reason.strip():
            return
        self._show_timeline_error("")
        try:
            lifecycle.withdraw_event(self._vault, entry.id, reason, today=self._today)
        except LifecycleRefused as error:
            self._show_timeline_error(describe_rule(error))
            return
        except InvalidInput as error:
            self._show_timeline_error(
                "\n".join(describe_problem(p) for p in error.facts.get("problems", []))
            )
            return
        except EhrError as error:
            self._show_timeline_error(describe(error))
            return
        self._after_change()

    def _show_timeline_error(self, text: str) -> None:
        self.timeline_error.setText(text)
        self.timeline_error.setVisible(bool(text))

    # --- records ----------------------------------------------------------------------------

    def _build_records_tab(self, tables) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        for key, heading, add_texts in tables:
            table = RecordTable(heading, RECORD_LAYOUTS[key], add_texts, today=self._today)
            table.add_requested.connect(self.add_record)
            table.edit_requested.connect(self.edit_record)
            table.remove_requested.connect(self.remove_record)
            table.attach_requested.connect(self.attach_to_record)
            self.record_tables[key] = table
            layout.addWidget(table, 1)
        return tab

    def _table_for(self, kind: str) -> RecordTable:
        return next(t for t in self.record_tables.values() if kind in t.model.layout.kinds)

    def add_record(self, kind: str) -> None:
        data = RecordDialog.ask(self, kind, None)
        if data is not None:
            self._write_record(
                kind, lambda: employees.add_record(self._vault, self.employee_id, data)
            )

    def edit_record(self, record: RecordEntry) -> None:
        data = RecordDialog.ask(self, record.kind, record)
        if data is not None:
            self._write_record(
                record.kind, lambda: employees.update_record(self._vault, record.id, data)
            )

    def remove_record(self, record: RecordEntry) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove record"),
            self.tr(
                "Remove “{0}” ({1}) from the file? The file's history keeps what it said."
            ).format(record.title, label("record", record.kind)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write_record(record.kind, lambda: employees.delete_record(self._vault, record.id))

    def attach_to_record(self, record: RecordEntry) -> None:
        """Attaches a scan (the diploma, the certificate…) to a record."""
        self._attach_scan(
            record.title,
            _RECORD_SCAN_CATEGORIES.get(record.kind, "other"),
            self._table_for(record.kind).show_error,
            record_id=record.id,
        )

    def _write_record(self, kind: str, write: Callable[[], Any]) -> None:
        table = self._table_for(kind)
        table.show_error("")
        try:
            written = write()
        except InvalidInput as error:
            table.show_error(
                "\n".join(
                    f"{field_name(p.field)}: {describe_problem(p)}"
                    for p in error.facts.get("problems", [])
                )
            )
            return
        except EhrError as error:
            table.show_error(describe(error))
            return
        self._after_change()
        if isinstance(written, int):
            table.select(written)

    # --- appraisals -------------------------------------------------------------------------

    def _build_appraisals_tab(self) -> QWidget:
        # The results of finalized cycles; `appraisals_panel.open_form` asks for a form, which
        # whoever hosts this file opens.
        self.appraisals_panel = AppraisalHistoryPanel(self._vault, self.employee_id)
        self.appraisals_hint = self.appraisals_panel.empty_hint
        return self.appraisals_panel

    # --- attachments ------------------------------------------------------------------------

    def _build_attachments_tab(self) -> QWidget:
        tab = QWidget()
        self.attachments_model = AttachmentsModel(self)
        self.attachments_view = QTableView()
        self.attachments_proxy = _configure_table(
            self.attachments_view, self.attachments_model, self
        )
        self.attachments_view.sortByColumn(AttachmentColumn.ADDED_AT, Qt.SortOrder.DescendingOrder)
        self.category_combo = QComboBox()
        for code, word in choices("attachment"):
            self.category_combo.addItem(word, code)
        self.category_combo.setCurrentIndex(self.category_combo.findData("other"))
        self.category_combo.setToolTip(self.tr("The category the next added file gets"))
        self.add_attachment_button = QPushButton(icon("paperclip"), self.tr("Add file…"))
        self.remove_attachment_button = QPushButton(icon("trash-2"), self.tr("Remove…"))
        self.open_attachment_button = QPushButton(
            icon("external-link"), self.tr("Open in another program")
        )
        self.open_attachment_button.setToolTip(
            self.tr(
                "Writes a temporary unencrypted copy for the other program; it is deleted when "
                "this file is closed or the vault locks"
            )
        )
        self.attachment_info = hint_label()
        self.attachment_info.hide()
        self.attachment_error = error_label()
        self.attachment_error.hide()
        self.no_attachments_hint = hint_label(
            self.tr(
                "No attachments yet. Add scans of the contract, ID copies, certificates or a "
                "photo with “Add file…”."
            )
        )
        adding = QHBoxLayout()
        adding.addWidget(QLabel(self.tr("Category:")))
        adding.addWidget(self.category_combo)
        adding.addWidget(self.add_attachment_button)
        adding.addStretch(1)
        adding.addWidget(self.remove_attachment_button)
        adding.addWidget(self.open_attachment_button)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(adding)
        left_column.addWidget(self.no_attachments_hint)
        left_column.addWidget(self.attachments_view, 1)
        left_column.addWidget(self.attachment_info)
        left_column.addWidget(self.attachment_error)

        self.preview_stack = QStackedWidget()
        self.preview_empty = hint_label(self.tr("Select a file to see it here."))
        self.preview_none = hint_label(
            self.tr("No preview for this kind of file. Use “Open in another program” to see it.")
        )
        for placeholder in (self.preview_empty, self.preview_none):
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_preview = ImagePreview()
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        for page in (self.preview_empty, self.preview_none, self.image_preview, self.pdf_view):
            self.preview_stack.addWidget(page)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview_stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter)

        self.add_attachment_button.clicked.connect(self.add_attachment)
        self.remove_attachment_button.clicked.connect(self.remove_attachment)
        self.open_attachment_button.clicked.connect(self.open_attachment)
        self.attachments_view.doubleClicked.connect(lambda _index: self.open_attachment())
        self.attachments_view.selectionModel().selectionChanged.connect(self._attachment_selected)
        self.attachments_model.modelReset.connect(self._attachment_selected)
        self._attachment_selected()
        return tab

    def _show_attachments(self, file: EmployeeFile) -> None:
        chosen = self._select_attachment
        if chosen is None:
            current = self.selected_attachment()
            chosen = current.id if current else None
        self._select_attachment = None
        self.attachments_model.set_rows(
            file.attachments, Owners.of(file.timeline, file.contracts, file.records)
        )
        self.attachments_view.resizeColumnsToContents()
        self.no_attachments_hint.setVisible(not file.attachments)
        if chosen is not None:
            self.select_attachment(chosen)

    def selected_attachment(self) -> AttachmentEntry | None:
        """The attachment shown in the preview: the current one of those selected (several
        are when a timeline entry's scans were asked for)."""
        current = self.attachments_view.currentIndex()
        chooser = self.attachments_view.selectionModel()
        if current.isValid() and chooser.isRowSelected(current.row(), current.parent()):
            return current.data(ROW_ROLE)
        return _selected_row(self.attachments_view)

    def selected_attachments(self) -> list[AttachmentEntry]:
        return [i.data(ROW_ROLE) for i in self.attachments_view.selectionModel().selectedRows()]

    def select_attachment(self, attachment_id: int) -> None:
        self.select_attachments({attachment_id})

    def select_attachments(self, attachment_ids: set[int]) -> None:
        _select_ids(self.attachments_view, attachment_ids)

    def _attachment_selected(self, *_args) -> None:
        entry = self.selected_attachment()
        self.remove_attachment_button.setEnabled(entry is not None)
        self.open_attachment_button.setEnabled(entry is not None)
        self._show_preview(entry)

    def _show_preview(self, entry: AttachmentEntry | None) -> None:
        self._close_pdf()
        self.image_preview.clear_image()
        if entry is None:
            self.preview_stack.setCurrentWidget(self.preview_empty)
            return
        if not attachments.is_previewable(entry.media_type):
            self.preview_stack.setCurrentWidget(self.preview_none)
            return
        try:
            data = attachments.content(self._vault, entry.id)
        except EhrError as error:
            self._show_attachment_error(describe(error))
            self.preview_stack.setCurrentWidget(self.preview_none)
            return
        if entry.media_type == "application/pdf":
            self._pdf_bytes = QByteArray(data)
            self._pdf_buffer = QBuffer(self)
            self._pdf_buffer.setData(self._pdf_bytes)
            self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf_document.load(self._pdf_buffer)
            if self.pdf_document.status() == QPdfDocument.Status.Error:
                self._close_pdf()
                self.preview_stack.setCurrentWidget(self.preview_none)
            else:
                self.preview_stack.setCurrentWidget(self.pdf_view)
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            self.image_preview.set_image(pixmap)
            self.preview_stack.setCurrentWidget(self.image_preview)
        else:
            self.preview_stack.setCurrentWidget(self.preview_none)

    def _close_pdf(self) -> None:
        if self._pdf_buffer is None:
            return
        self.pdf_document.close()
        self._pdf_buffer.close()
        self._pdf_buffer.deleteLater()
        self._pdf_buffer = None
        self._pdf_bytes = None

    def _show_attachment_error(self, text: str) -> None:
        self.attachment_error.setText(text)
        self.attachment_error.setVisible(bool(text))

    def add_attachment(self) -> None:
        """Adds a file linked to nothing in particular, of the category chosen beside."""
        self._add_file(
            self.tr("Attach a file"), self.category_combo.currentData(), self._show_attachment_error
        )

    def _attach_scan(
        self,
        owner: str,
        category: str,
        show_error: Callable[[str], None],
        *,
        event_id: int | None = None,
        contract_id: int | None = None,
        record_id: int | None = None,
    ) -> None:
        """Adds a scan that belongs to one timeline entry, contract or record (`owner` in
        words); problems are shown where the officer asked."""
        self._add_file(
            self.tr("Attach a scan to “{0}”").format(owner),
            category,
            show_error,
            event_id=event_id,
            contract_id=contract_id,
            record_id=record_id,
        )

    def _add_file(
        self,
        title: str,
        category: str,
        show_error: Callable[[str], None],
        *,
        event_id: int | None = None,
        contract_id: int | None = None,
        record_id: int | None = None,
    ) -> None:
        path_text, _filter = QFileDialog.getOpenFileName(
            self,
            title,
            "",
            self.tr(
                "Scans and documents (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp "
                "*.ofd *.doc *.docx *.xls *.xlsx *.txt);;All files (*)"
            ),
        )
        if not path_text:
            return
        path = Path(path_text)
        show_error("")
        try:
            content = attachments.read_file(path)
            new_id = attachments.add(
                self._vault,
                self.employee_id,
                attachments.NewAttachment(
                    path.name,
                    content,
                    category,
                    event_id=event_id,
                    contract_id=contract_id,
                    record_id=record_id,
                ),
            )
        except InvalidInput as error:
            show_error("\n".join(describe_problem(p) for p in error.facts.get("problems", [])))
            return
        except AttachmentTooLarge as error:
            show_error(_too_large(error))
            return
        except EhrError as error:
            show_error(describe(error))
            return
        self._select_attachment = new_id
        self._after_change()

    def remove_attachment(self) -> None:
        entry = self.selected_attachment()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr(
                "Remove “{0}” from the file? The file is deleted from the vault; the history "
                "keeps its name and size."
            ).format(entry.file_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            attachments.remove(self._vault, entry.id)
        except EhrError as error:
            self._show_attachment_error(describe(error))
            return
        self._after_change()

    def open_attachment(self) -> None:
        """Hands a temporary plaintext copy to the program the system opens such files with."""
        entry = self.selected_attachment()
        if entry is None:
            return
        self._show_attachment_error("")
        try:
            data = attachments.content(self._vault, entry.id)
            path = self._viewer_copies.write(entry.file_name, data)
        except EhrError as error:
            self._show_attachment_error(describe(error))
            return
        except OSError:
            self._show_attachment_error(
                self.tr(
                    "The temporary copy could not be written: the disk may be full. Nothing "
                    "was changed."
                )
            )
            return
        self._own_copies.append(path)
        self.attachment_info.setText(
            self.tr(
                "A temporary unencrypted copy of “{0}” was written for the other program. It "
                "will be deleted when this file is closed or the vault locks."
            ).format(entry.file_name)
        )
        self.attachment_info.show()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            _discard_copies(self._viewer_copies, [path])
            if path in self._own_copies and not path.exists():
                self._own_copies.remove(path)
            self.attachment_info.hide()
            self._show_attachment_error(
                self.tr(
                    "No program on this computer opens this kind of file. Install one, or save "
                    "the file from a program that can."
                )
            )

    # --- history ----------------------------------------------------------------------------

    def _build_history_tab(self) -> QWidget:
        tab = QWidget()
        self.history_model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_proxy = _configure_table(self.history_view, self.history_model, self)
        self.history_view.sortByColumn(HistoryColumn.TIME, Qt.SortOrder.DescendingOrder)
        self.history_view.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Every change to this file and every look at a masked value, newest first. "
                    "Sensitive values stay masked here too."
                )
            )
        )
        layout.addWidget(self.history_view, 1)
        return tab

    def _show_history(self, history) -> None:
        self.history_model.set_rows(history)
        self.history_view.resizeColumnsToContents()
        self.history_view.resizeRowsToContents()

    # --- shared -----------------------------------------------------------------------------

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit(self.employee_id)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().averageCharWidth() * 140, self.fontMetrics().height() * 45)

"""A dense table view whose first columns stay in place when the rest scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

ROW_HEIGHT_IN_LINES = 1.6  # dense but readable


class FrozenColumnTableView(QTableView):
    """Qt's "Frozen Column" example: a second view laid over the left shows the first columns.

    Both views share the model and the selection model. The frozen columns stay the first ones
    (logical 0..n-1, in order) and cannot be hidden. Sorting is left to the model: when the model
    offers `sort_state()` (WindowedTableModel does), the header's indicator follows it, so a
    click on a column the model cannot sort by changes nothing.
    """

    # A section was moved, resized, hidden or shown by the user. It fires on every step of a
    # drag: remember the layout when the window closes, or debounce.
    header_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frozen_count = 0
        self._quiet = False  # our own header adjustments are not the user's changes
        self._frozen = QTableView(self)
        self._setup_main_view()
        self._setup_frozen_view()
        self._apply_row_height()

    def _setup_main_view(self) -> None:
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Both views must scroll the same way or their rows drift apart.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        header.sectionResized.connect(self._on_section_resized)
        header.sectionMoved.connect(self._on_section_moved)
        header.sectionCountChanged.connect(self._apply_frozen_columns)
        self.setSortingEnabled(True)

    def _setup_frozen_view(self) -> None:
        frozen = self._frozen
        frozen.setObjectName("frozenColumns")
        frozen.setFrameShape(QFrame.Shape.NoFrame)
        # The main view keeps the focus, so Enter and the arrow keys behave as usual.
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        frozen.setAlternatingRowColors(True)
        frozen.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        frozen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        frozen.setWordWrap(False)
        frozen.setItemDelegate(self.itemDelegate())
        frozen.verticalHeader().hide()
        frozen.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen_header = frozen.horizontalHeader()
        frozen_header.setSectionsMovable(False)
        frozen_header.setHighlightSections(False)
        frozen_header.setSectionsClickable(True)
        frozen_header.setSortIndicatorShown(True)
        frozen_header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        frozen_header.customContextMenuRequested.connect(self._show_column_menu_from_frozen)
        frozen_header.sectionClicked.connect(self._sort_from_frozen_header)
        frozen_header.sectionResized.connect(self._on_frozen_section_resized)
        frozen_header.sectionCountChanged.connect(self._apply_frozen_columns)
        frozen.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        frozen.customContextMenuRequested.connect(self._forward_context_menu)
        frozen.activated.connect(self.activated.emit)
        frozen.doubleClicked.connect(self.doubleClicked.emit)
        frozen.clicked.connect(self.clicked.emit)
        frozen.pressed.connect(self._take_focus)
        frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        self.viewport().stackUnder(frozen)
        frozen.hide()

    # -- public ----------------------------------------------------------------------------

    def frozen_view(self) -> QTableView:
        return self._frozen

    def frozen_columns(self) -> int:
        return self._frozen_count

    def set_frozen_columns(self, count: int) -> None:
        self._frozen_count = max(0, count)
        self._apply_frozen_columns()

    def header_state(self) -> bytes:
        return self.horizontalHeader().saveState().data()

    def restore_header_state(self, state: bytes) -> bool:
        """Restores order, widths and hidden columns; the sort indicator stays the model's."""
        header = self.horizontalHeader()
        # Blocked: restoreState announces its saved sort indicator, and the view would re-sort.
        blocked = header.blockSignals(True)
        try:
            restored = header.restoreState(QByteArray(state))
        finally:
            header.blockSignals(blocked)
        self._apply_frozen_columns()
        self._sync_sort_indicator()
        self.updateGeometries()
        self.viewport().update()
        return restored

    def column_menu(self, parent: QWidget | None = None) -> QMenu:
        """A menu to show or hide columns, in on-screen order; the frozen columns stay shown.

        It has no title: a caller adding it as a submenu gives it one (setTitle).
        """
        menu = QMenu(parent or self)
        model = self.model()
        header = self.horizontalHeader()
        if model is None:
            return menu
        shown = [column for column in range(header.count()) if not header.isSectionHidden(column)]
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            text = model.headerData(column, Qt.Orientation.Horizontal)
            action = QAction(str(text) if text is not None else str(column + 1), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # The last column shown stays, or the table would go blank with no header to click.
            action.setEnabled(column >= self._frozen_count and shown != [column])
            action.toggled.connect(
                lambda checked, column=column: self._set_column_shown(column, checked)
            )
            menu.addAction(action)
        return menu

    # -- Qt overrides ----------------------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._frozen.setModel(model)
        self._frozen.setSelectionModel(self.selectionModel())
        self._apply_frozen_columns()
        self._sync_sort_indicator()

    def setSelectionModel(self, selection_model: QItemSelectionModel) -> None:
        super().setSelectionModel(selection_model)
        # setModel() calls this before the frozen view has the new model; it follows below.
        if selection_model.model() is self._frozen.model():
            self._frozen.setSelectionModel(selection_model)

    def setItemDelegate(self, delegate: QAbstractItemDelegate) -> None:
        super().setItemDelegate(delegate)
        self._frozen.setItemDelegate(delegate)

    def setItemDelegateForColumn(self, column: int, delegate: QAbstractItemDelegate) -> None:
        super().setItemDelegateForColumn(column, delegate)
        self._frozen.setItemDelegateForColumn(column, delegate)

    def setSortingEnabled(self, enable: bool) -> None:
        # Ours must run after the view has asked the model to sort, and enabling reconnects.
        header = self.horizontalHeader()
        if self.isSortingEnabled():
            header.sortIndicatorChanged.disconnect(self._sync_sort_indicator)
        super().setSortingEnabled(enable)
        if enable:
            header.sortIndicatorChanged.connect(self._sync_sort_indicator)

    def sortByColumn(self, column: int, order: Qt.SortOrder) -> None:
        header = self.horizontalHeader()
        if self.isSortingEnabled() and (
            header.sortIndicatorSection() != column or header.sortIndicatorOrder() != order
        ):
            # The header's signal has the model sort; QTableView would then ask a second time.
            header.setSortIndicator(column, order)
        else:
            super().sortByColumn(column, order)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._update_frozen_geometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_frozen_geometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_row_height()

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        scroll_bar = self.horizontalScrollBar()
        if index.isValid() and index.column() < self._frozen_count:
            # Always on screen sideways: only scroll to the row.
            sideways = scroll_bar.value()
            super().scrollTo(index, hint)
            scroll_bar.setValue(sideways)
            return
        super().scrollTo(index, hint)
        if not index.isValid() or self._frozen.isHidden():
            return
        covered = self._frozen.width() - self.visualRect(index).left()
        if covered > 0:
            scroll_bar.setValue(scroll_bar.value() - covered)

    # -- keeping the two views together ----------------------------------------------------

    def _apply_row_height(self) -> None:
        height = max(1, round(self.fontMetrics().lineSpacing() * ROW_HEIGHT_IN_LINES))
        for view in (self, self._frozen):
            rows = view.verticalHeader()
            rows.setMinimumSectionSize(min(rows.minimumSectionSize(), height))
            rows.setDefaultSectionSize(height)

    def _effective_frozen_count(self) -> int:
        return min(self._frozen_count, self.horizontalHeader().count())

    def _apply_frozen_columns(self) -> None:
        frozen_count = self._effective_frozen_count()
        header = self.horizontalHeader()
        self._quiet = True
        try:
            for column in range(frozen_count):
                if header.visualIndex(column) != column:
                    header.moveSection(header.visualIndex(column), column)
                self.setColumnHidden(column, False)
            for column in range(self._frozen.horizontalHeader().count()):
                self._frozen.setColumnHidden(column, column >= frozen_count)
                if column < frozen_count:
                    self._frozen.setColumnWidth(column, self.columnWidth(column))
        finally:
            self._quiet = False
        self._frozen.setVisible(frozen_count > 0)
        self._sync_sort_indicator()
        self._update_frozen_geometry()

    def _update_frozen_geometry(self) -> None:
        if self._frozen_count == 0:
            return
        viewport = self.viewport().geometry()
        header = self.horizontalHeader()
        top = header.geometry().top() if not header.isHidden() else viewport.top()
        width = sum(self.columnWidth(column) for column in range(self._effective_frozen_count()))
        self._frozen.setGeometry(
            viewport.left(), top, min(width, viewport.width()), viewport.bottom() - top + 1
        )

    def _on_section_resized(self, column: int, _old_size: int, new_size: int) -> None:
        if column < self._frozen_count:
            self._frozen.setColumnWidth(column, new_size)
            self._update_frozen_geometry()
        if not self._quiet:
            self.header_changed.emit()

    def _on_frozen_section_resized(self, column: int, _old_size: int, new_size: int) -> None:
        # The frozen header covers the main one's frozen sections: resizing happens there.
        if self._quiet:
            return
        if column < self._frozen_count and new_size > 0 and new_size != self.columnWidth(column):
            self.setColumnWidth(column, new_size)

    def _on_section_moved(self, _column: int, _old_visual: int, _new_visual: int) -> None:
        if self._quiet:
            return
        # Dragged under the frozen columns, or a frozen one moved: put the frozen ones back.
        self._apply_frozen_columns()
        self.header_changed.emit()

    def _set_column_shown(self, column: int, shown: bool) -> None:
        if column < self._frozen_count:
            return
        self.setColumnHidden(column, not shown)

    def _sync_sort_indicator(self, *_: object) -> None:
        header = self.horizontalHeader()
        sort_state = getattr(self.model(), "sort_state", None)
        if callable(sort_state):
            column, order = sort_state()
            if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
                blocked = header.blockSignals(True)
                header.setSortIndicator(column, order)
                header.blockSignals(blocked)
        frozen_header = self._frozen.horizontalHeader()
        section = header.sortIndicatorSection()
        blocked = frozen_header.blockSignals(True)
        frozen_header.setSortIndicator(
            section if 0 <= section < self._frozen_count else -1, header.sortIndicatorOrder()
        )
        frozen_header.blockSignals(blocked)

    def _sort_from_frozen_header(self, column: int) -> None:
        if not self.isSortingEnabled():
            return
        header = self.horizontalHeader()
        order = header.sortIndicatorOrder()
        if header.sortIndicatorSection() == column:
            ascending = order == Qt.SortOrder.AscendingOrder
            order = Qt.SortOrder.DescendingOrder if ascending else Qt.SortOrder.AscendingOrder
        self.sortByColumn(column, order)
        self._sync_sort_indicator()

    def _take_focus(self, _index: QModelIndex) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _show_column_menu(self, position: QPoint) -> None:
        self._exec_column_menu(self.horizontalHeader().mapToGlobal(position))

    def _show_column_menu_from_frozen(self, position: QPoint) -> None:
        self._exec_column_menu(self._frozen.horizontalHeader().mapToGlobal(position))

    def _exec_column_menu(self, global_position: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(global_position)
        menu.deleteLater()

    def _forward_context_menu(self, position: QPoint) -> None:
        # As if the right-click had landed on the main view: its policy and handlers apply.
        global_position = self._frozen.viewport().mapToGlobal(position)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse,
            self.viewport().mapFromGlobal(global_position),
            global_position,
        )
        QCoreApplication.sendEvent(self.viewport(), event)

"""Administration > Lists and pools: the classification lists (industries, sources, levels) and the public
pools with their rules (per level: no follow-up for N days, no deal for M days), warning period, claim
limit, waiting period before a reclaim, departments and the default pool."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.records import LOOKUP_KINDS
from ...services.churn import ChurnService
from ...services.classifications import ClassificationService
from ...services.organisation import OrganisationService
from ...services.pools import PoolService
from ..bus import ChangeBus
from ..common.edited_parts import EditedParts, guard_selector
from ..common.errors import show_error
from ..common.unsaved import may_close


class ListsAndPoolsTab(QWidget):
    status = Signal(str)

    def __init__(self, organisation: OrganisationService, tasks, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("listsAndPoolsTab")
        db, actor, access = organisation.db, organisation.actor, organisation.access
        self.lists = ClassificationService(db, actor, access)
        self.pools = PoolService(db, actor, access)
        self.organisation = organisation
        self.bus = bus
        self.may_view = self.lists.can("classifications", "administer") or self.pools.can("pools", "administer")
        self.churn = ChurnService(db, actor, access)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._lists_box(), 1)
        left.addWidget(self._churn_box())
        layout.addLayout(left, 1)
        layout.addWidget(self._pools_box(), 2)
        # Each box is saved by its own button; saving one reloads the tab, which must not undo the others.
        self.edits = EditedParts(self)
        self.list_part = self.edits.add(self.tr("Classification lists"), self._list_values, self.save_list)
        self.churn_part = self.edits.add(self.tr("Churn warning"), self._churn_values, self.save_churn)
        self.pool_part = self.edits.add(self.tr("Public pools"), self.pool_values, self.save_pool)
        self._remember_kind = guard_selector(self.kind, self.list_part, self, self._show_list)

    # -- classification lists ------------------------------------------------------------------------
    def _lists_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Classification lists"))
        self.kind = QComboBox()
        self.kind.setObjectName("lookupKind")
        labels = {"industry": self.tr("Industries"), "source": self.tr("Sources"), "level": self.tr("Levels")}
        for kind in LOOKUP_KINDS:
            self.kind.addItem(labels[kind], kind)
        self.entries = QListWidget()
        self.entries.setObjectName("lookupEntries")
        self.entries.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)  # drag to reorder
        add, remove, save = (QPushButton(self.tr("Add…")), QPushButton(self.tr("Remove")),
                             QPushButton(self.tr("Save list")))
        add.setObjectName("lookupAdd")
        save.setObjectName("lookupSave")
        add.clicked.connect(self._add_entry)
        remove.clicked.connect(lambda: self.entries.takeItem(self.entries.currentRow()))
        save.clicked.connect(self.save_list)
        enabled = self.lists.can("classifications", "administer")
        for button in (add, remove, save):
            button.setEnabled(enabled)
        buttons = QHBoxLayout()
        for button in (add, remove, save):
            buttons.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.kind)
        layout.addWidget(self.entries)
        layout.addWidget(QLabel(self.tr("Drag entries to reorder. Records keep their text when an entry is "
                                        "removed.")))
        layout.addLayout(buttons)
        return box

    def _show_list(self) -> None:
        self.list_part.saved()  # another list: as stored
        self.list_part.refill(self._fill_list)

    def _list_values(self) -> tuple:
        return tuple(self.entries.item(i).text() for i in range(self.entries.count()))

    def _fill_list(self) -> None:
        self.entries.clear()
        for name in self.lists.lists().get(self.kind.currentData(), []):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.entries.addItem(item)

    def _add_entry(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add"), self.tr("New entry:"))
            if not ok:
                return
        item = QListWidgetItem(name.strip())
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.entries.addItem(item)

    def save_list(self) -> bool:
        names = [self.entries.item(i).text() for i in range(self.entries.count())]
        try:
            changes = self.lists.set_list(self.kind.currentData(), names)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.bus.publish(changes)
        self.status.emit(self.tr("List saved."))
        self._show_list()
        return True

    # -- churn warning thresholds --------------------------------------------------------------------
    def _churn_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Churn warning"))
        self.churn_follow_up, self.churn_deal = QSpinBox(), QSpinBox()
        for spin, name in ((self.churn_follow_up, "churnFollowUp"), (self.churn_deal, "churnDeal")):
            spin.setRange(0, 3650)
            spin.setSuffix(self.tr(" days"))
            spin.setSpecialValueText(self.tr("off"))
            spin.setObjectName(name)
        save = QPushButton(self.tr("Save thresholds"))
        save.setObjectName("churnSave")
        save.clicked.connect(self.save_churn)
        save.setEnabled(self.churn.can("classifications", "administer"))
        form = QFormLayout(box)
        form.addRow(self.tr("No follow-up for"), self.churn_follow_up)
        form.addRow(self.tr("No deal for"), self.churn_deal)
        self.churn_overdue = QCheckBox(self.tr("Overdue receivables"))
        self.churn_overdue.setObjectName("churnOverdue")
        form.addRow("", self.churn_overdue)
        form.addRow("", save)
        return box

    def _churn_values(self) -> tuple:
        return self.churn_follow_up.value(), self.churn_deal.value(), self.churn_overdue.isChecked()

    def _fill_churn(self) -> None:
        rules = self.churn.rules()
        self.churn_follow_up.setValue(rules.no_follow_up_days)
        self.churn_deal.setValue(rules.no_deal_days)
        self.churn_overdue.setChecked(rules.overdue_receivables)

    def save_churn(self) -> bool:
        try:
            changes = self.churn.set_rules(*self._churn_values())
        except Exception as exc:
            show_error(self, exc)
            return False
        self.churn_part.clean = self._churn_values()
        self.bus.publish(changes)
        self.status.emit(self.tr("Churn warning thresholds saved."))
        return True

    # -- pools ---------------------------------------------------------------------------------------
    def _pools_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Public pools"))
        self.pool_list = QListWidget()
        self.pool_list.setObjectName("poolList")
        self.pool_list.currentRowChanged.connect(self._choose_pool)
        self.pool_name = QLineEdit()
        self.pool_name.setObjectName("poolName")
        self.pool_default = QCheckBox(self.tr("Default pool (customers of departments no other pool lists)"))
        self.warn_days, self.claim_limit, self.reclaim_wait = QSpinBox(), QSpinBox(), QSpinBox()
        for spin, suffix in ((self.warn_days, self.tr(" days")), (self.claim_limit, ""),
                             (self.reclaim_wait, self.tr(" days"))):
            spin.setRange(0, 10000)
            spin.setSuffix(suffix)
        self.claim_limit.setSpecialValueText(self.tr("no limit"))
        self.claim_limit.setObjectName("poolClaimLimit")
        self.rules = QTableWidget(0, 3)
        self.rules.setObjectName("poolRules")
        self.rules.setHorizontalHeaderLabels([self.tr("Level"), self.tr("No follow-up for (days)"),
                                              self.tr("No deal for (days)")])
        self.rules.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rules.verticalHeader().hide()
        self.departments = QListWidget()
        self.departments.setObjectName("poolDepartments")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.pool_name)
        form.addRow("", self.pool_default)
        form.addRow(self.tr("Return rules (0: no rule; * : any other level)"), self.rules)
        form.addRow(self.tr("Warn the owner before"), self.warn_days)
        form.addRow(self.tr("Most customers a user may own"), self.claim_limit)
        form.addRow(self.tr("Wait before a previous owner reclaims"), self.reclaim_wait)
        form.addRow(self.tr("Departments whose customers return here"), self.departments)
        new, save, delete = (QPushButton(self.tr("New pool")), QPushButton(self.tr("Save pool")),
                             QPushButton(self.tr("Delete pool")))
        save.setObjectName("poolSave")
        new.clicked.connect(self.new_pool)
        save.clicked.connect(self.save_pool)
        delete.clicked.connect(self.delete_pool)
        enabled = self.pools.can("pools", "administer")
        for button in (new, save, delete):
            button.setEnabled(enabled)
        buttons = QHBoxLayout()
        for button in (new, save, delete):
            buttons.addWidget(button)
        layout = QHBoxLayout(box)
        layout.addWidget(self.pool_list, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        layout.addLayout(right, 3)
        return box

    def reload(self) -> None:
        if not self.may_view:
            return
        self.list_part.refill(self._fill_list)
        self.churn_part.refill(self._fill_churn)
        keep = self.pool_changed()  # reading the pools again must not put the stored pool over an edit
        current = self.pool_list.currentRow()
        previous = getattr(self, "_items", [])
        current_id = previous[current].id if 0 <= current < len(previous) else None
        self._items = self.pools.pools() if self.pools.can("pools", "view") else []
        self.pool_list.blockSignals(True)
        self.pool_list.clear()
        for p in self._items:
            self.pool_list.addItem(p.name + (self.tr(" (default)") if p.is_default else ""))
        self.pool_list.blockSignals(False)
        if keep:
            self._select_editing()
            return
        row = next((i for i, p in enumerate(self._items) if p.id == current_id), min(max(current, 0),
                                                                                  len(self._items) - 1))
        self.pool_list.setCurrentRow(row if self._items else -1)
        if not self._items:
            self.new_pool()

    def pool_changed(self) -> bool:
        return self.pool_part.changed()

    def has_unsaved_changes(self) -> bool:
        return bool(self.edits.changed())

    def _may_leave_pool(self) -> bool:
        return may_close(self, self.pool_changed(), self.save_pool,
                         self.tr("This pool has changes that are not saved. Save them first?"))

    def _choose_pool(self, row: int) -> None:
        if self.pool_changed() and not self._may_leave_pool():
            # After the click has finished moving the selection, not before.
            QTimer.singleShot(0, self._select_editing)
            return
        # The row the user chose; after a save from the question the list was rebuilt, so read it again.
        self._show_pool(self.pool_list.currentRow())

    def _select_editing(self) -> None:
        """Put the list's selection back on the pool in the editor (none for a new one)."""
        editing = getattr(self, "_editing", None)
        row = next((i for i, p in enumerate(getattr(self, "_items", [])) if p.id == editing), -1)
        self.pool_list.blockSignals(True)
        self.pool_list.setCurrentRow(row)
        if row < 0:
            self.pool_list.clearSelection()
        self.pool_list.blockSignals(False)

    def _levels(self) -> list[str]:
        return self.lists.lists().get("level", []) + ["*"]

    def _show_pool(self, row: int) -> None:
        pool = self._items[row] if 0 <= row < len(getattr(self, "_items", [])) else None
        self._editing = pool.id if pool else None
        self.pool_name.setText(pool.name if pool else "")
        self.pool_default.setChecked(pool.is_default if pool else not getattr(self, "_items", []))
        self.warn_days.setValue(pool.warn_days if pool else 3)
        self.claim_limit.setValue(pool.claim_limit if pool else 0)
        self.reclaim_wait.setValue(pool.reclaim_wait_days if pool else 0)
        rules = pool.rules if pool else {}
        levels = self._levels() + [lvl for lvl in rules if lvl not in self._levels()]
        self.rules.setRowCount(len(levels))
        for r, level in enumerate(levels):
            item = QTableWidgetItem(level)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.rules.setItem(r, 0, item)
            for c, key in ((1, "no_follow_up_days"), (2, "no_deal_days")):
                self.rules.setItem(r, c, QTableWidgetItem(str(rules.get(level, {}).get(key, 0))))
        chosen = {str(d) for d in (pool.departments if pool else ())}
        self.departments.clear()
        for dept in self.organisation.list_departments():
            item = QListWidgetItem(dept.path)
            item.setData(Qt.ItemDataRole.UserRole, dept.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if str(dept.id) in chosen else Qt.CheckState.Unchecked)
            self.departments.addItem(item)
        self.pool_part.clean = self.pool_values()

    def new_pool(self) -> None:
        if self.pool_changed() and not self._may_leave_pool():
            return
        self.pool_list.blockSignals(True)
        self.pool_list.setCurrentRow(-1)
        self.pool_list.clearSelection()
        self.pool_list.blockSignals(False)
        self._show_pool(-1)

    def pool_values(self) -> dict:
        rules = {}
        for r in range(self.rules.rowCount()):
            level = self.rules.item(r, 0).text()
            rule = {}
            for c, key in ((1, "no_follow_up_days"), (2, "no_deal_days")):
                text = (self.rules.item(r, c).text() if self.rules.item(r, c) else "").strip()
                rule[key] = int(text) if text.isdigit() else 0
            rules[level] = rule
        departments = [self.departments.item(i).data(Qt.ItemDataRole.UserRole)
                       for i in range(self.departments.count())
                       if self.departments.item(i).checkState() == Qt.CheckState.Checked]
        return {"name": self.pool_name.text(), "rules": rules, "warn_days": self.warn_days.value(),
                "claim_limit": self.claim_limit.value(), "reclaim_wait_days": self.reclaim_wait.value(),
                "departments": departments, "is_default": self.pool_default.isChecked()}

    def save_pool(self) -> bool:
        try:
            pool_id, changes = self.pools.save_pool(getattr(self, "_editing", None), self.pool_values())
        except Exception as exc:
            show_error(self, exc)
            return False
        self._editing = pool_id
        self.pool_part.saved()  # the reload shows the stored pool
        self.bus.publish(changes)
        self.status.emit(self.tr("Pool saved."))
        self.reload()
        return True

    def delete_pool(self) -> None:
        if getattr(self, "_editing", None) is None:
            return
        try:
            changes = self.pools.delete_pool(self._editing)
        except Exception as exc:
            show_error(self, exc)
            return
        self.pool_part.saved()  # deleted: nothing of it is left to keep
        self.bus.publish(changes)
        self.reload()


__all__ = ["ListsAndPoolsTab"]

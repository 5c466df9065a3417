"""Edit > Find duplicates…: groups of customers that share a phone, e-mail, credit code, name or a similar
name (found in the background), and for the chosen group a merge: which customer survives and, field by
field, which value it keeps. The merge is one action (Ctrl+Z undoes it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ...domain.times import local_day
from ...services.customers import CustomerService
from ...services.merge import MERGE_FIELDS, MergeService
from ..bus import ChangeBus
from ..common.errors import show_error
from ..common.window_size import open_at_remembered_size
from ..tasks import TaskRunner


class DuplicatesDialog(QDialog):
    merged = Signal()

    def __init__(self, customers: CustomerService, tasks: TaskRunner, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Duplicate customers"))
        open_at_remembered_size(self, "duplicates", 960, 600)
        self.customers, self.tasks, self.bus = customers, tasks, bus
        self.service = MergeService(customers.db, customers.actor, customers.access)
        self.groups = []
        self.details = []
        self.list = QListWidget()
        self.list.setObjectName("duplicateGroups")
        self.list.currentRowChanged.connect(self.show_group)
        self.status = QLabel(self.tr("Looking for duplicates…"))
        self.status.setWordWrap(True)
        self.survivor = QComboBox()
        self.survivor.setObjectName("mergeSurvivor")
        self.survivor.currentIndexChanged.connect(self._survivor_changed)
        self.fields: dict[str, QComboBox] = {}
        form_widget = QWidget()
        self.form = QFormLayout(form_widget)
        self.form.addRow(self.tr("Keep this customer"), self.survivor)
        labels = self._labels()
        for name in MERGE_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"merge_{name}")
            self.fields[name] = combo
            self.form.addRow(labels.get(name, name), combo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("For each field, the value the merged customer keeps. Contacts, follow-ups "
                                       "and tags of all of them move to it; the others go to the recycle bin.")))
        right.addWidget(scroll, 1)
        right.addWidget(self.merge_button)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.refresh()

    def _labels(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "short_name": self.tr("Short name"), "customer_type": self.tr("Type"),
                "level": self.tr("Level"), "industry": self.tr("Industry"), "source": self.tr("Source"),
                "status": self.tr("Status"), "province": self.tr("Province"), "city": self.tr("City"),
                "district": self.tr("District"), "address": self.tr("Address"), "phone": self.tr("Phone"),
                "mobile": self.tr("Mobile"), "email": self.tr("Email"), "website": self.tr("Website"),
                "credit_code": self.tr("Credit code"), "notes": self.tr("Notes"), "owner_id": self.tr("Owner")}

    def refresh(self) -> None:
        self.tasks.submit(self.service.find, on_done=self._found, on_error=lambda exc: show_error(self, exc))

    def _found(self, groups) -> None:
        self.groups = groups
        words = {"phone": self.tr("same phone"), "email": self.tr("same e-mail"),
                 "credit_code": self.tr("same credit code"), "name": self.tr("same name"),
                 "fuzzy_name": self.tr("similar names")}
        self.list.clear()
        for g in groups:
            names = " / ".join(n for _i, n in g.customers[:3])
            QListWidgetItem(f"{words.get(g.key, g.key)} ({len(g.customers)}): {names}", self.list)
        self.status.setText(self.tr("%n group(s) of possible duplicates.", "", len(groups)))
        if groups:
            self.list.setCurrentRow(0)

    def show_group(self, row: int) -> None:
        if not 0 <= row < len(self.groups):
            self.merge_button.setEnabled(False)
            return
        group = self.groups[row]
        self.details = [self.customers.get(cid) for cid, _n in group.customers]
        self.survivor.blockSignals(True)
        self.survivor.clear()
        for d in self.details:
            # Item data as text: Qt compares stored Python objects by identity, so findData would miss a UUID.
            self.survivor.addItem(f"{d.name} · {d.owner_name} · {local_day(d.created_at)}", str(d.id))
        self.survivor.blockSignals(False)
        self._survivor_changed()
        self.merge_button.setEnabled(len(self.details) > 1)

    def _survivor_changed(self, *_args) -> None:
        keep = next((d for d in self.details if str(d.id) == self.survivor.currentData()), None)
        if keep is None:
            return
        codes = {"customer_type": {"enterprise": self.tr("Enterprise"), "individual": self.tr("Individual")},
                 "status": {"potential": self.tr("Potential"), "closed": self.tr("Closed deal"),
                            "invalid": self.tr("Invalid")}}
        for name, combo in self.fields.items():
            combo.clear()
            seen = []
            for d in [keep] + [x for x in self.details if x is not keep]:
                value = str(d.owner_id or "") if name == "owner_id" else getattr(d, name)
                shown = d.owner_name if name == "owner_id" else codes.get(name, {}).get(value, str(value or ""))
                if value in [v for v, _s in seen]:
                    continue
                seen.append((value, shown))
                combo.addItem(shown or self.tr("(empty)"), value)
            combo.setEnabled(len(seen) > 1)

    def chosen(self) -> dict:
        keep = next(d for d in self.details if str(d.id) == self.survivor.currentData())
        out = {}
        for name, combo in self.fields.items():
            value = combo.currentData()
            current = str(keep.owner_id or "") if name == "owner_id" else getattr(keep, name)
            if combo.currentIndex() > 0 and value != current:
                out[name] = value if value is not None else ""
        return out

    def merge(self) -> None:
        keep = next(d.id for d in self.details if str(d.id) == self.survivor.currentData())
        others = [d.id for d in self.details if d.id != keep]
        try:
            changes = self.service.merge(keep, others, self.chosen())
        except Exception as exc:  # scope, permission, a value that does not validate: nothing merged
            show_error(self, exc)
            return
        self.bus.publish(changes)
        self.status.setText(self.tr("Merged %n customer(s) into one (Ctrl+Z undoes it).", "", len(others)))
        self.merged.emit()
        self.refresh()


__all__ = ["DuplicatesDialog"]

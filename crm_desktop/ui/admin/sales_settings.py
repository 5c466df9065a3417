"""Administration > Sales: a pipeline's stages (name, order, win probability, open / won / lost), approval
flows (what needs approval above which amount, by which roles in turn), numbering rules for contracts,
orders and invoices, and the company letterhead printed on quotes and contracts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QInputDialog, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import CrmError, FieldError, ValidationError
from ...domain.money import parse_amount
from ...services.approvals import ApprovalService
from ...services.company import Company, CompanyService
from ...services.contracts import ContractService
from ...services.leads import LeadService
from ...services.pipelines import PipelineService
from ..bus import ChangeBus
from ..common.edited_parts import EditedParts, Part, guard_selector
from ..common.errors import show_error
from ..sales import words

KINDS = {"open": QT_TRANSLATE_NOOP("SalesSettingsTab", "Open"), "won": QT_TRANSLATE_NOOP("SalesSettingsTab", "Won"),
         "lost": QT_TRANSLATE_NOOP("SalesSettingsTab", "Lost")}
ENTITIES = {"contract": QT_TRANSLATE_NOOP("SalesSettingsTab", "Contracts"),
            "receivable_plan": QT_TRANSLATE_NOOP("SalesSettingsTab", "Receivable instalments"),
            "invoice": QT_TRANSLATE_NOOP("SalesSettingsTab", "Invoices"),
            "quote": QT_TRANSLATE_NOOP("SalesSettingsTab", "Quote discounts (from %)")}


def _t(text: str) -> str:
    return QCoreApplication.translate("SalesSettingsTab", text)


class SalesSettingsTab(QWidget):
    status = Signal(str)

    def __init__(self, organisation, tasks, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("salesSettingsTab")
        db, actor, access = organisation.db, organisation.actor, organisation.access
        self.pipelines = PipelineService(db, actor, access)
        self.approvals = ApprovalService(db, actor, access)
        self.company = CompanyService(db, actor, access)
        self.contracts = ContractService(db, actor, access)
        self.leads = LeadService(db, actor, access)
        self.organisation = organisation
        self.bus = bus
        self.may_view = access.can("pipelines", "administer") or access.can("approvals", "administer")

        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setObjectName("settingsPipeline")
        self.stages = QTableWidget(0, 3)
        self.stages.setObjectName("stageTable")
        self.stages.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Win probability %"), self.tr("Kind")])
        self.stages.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stages.verticalHeader().hide()
        add_stage = QPushButton(self.tr("Add stage"))
        add_stage.setObjectName("addStage")
        add_stage.clicked.connect(self.add_stage)
        save_stages = QPushButton(self.tr("Save stages"))
        save_stages.setObjectName("saveStages")
        save_stages.clicked.connect(self.save_stages)
        delete_stage = QPushButton(self.tr("Delete stage"))
        delete_stage.clicked.connect(self.delete_stage)
        new_pipeline = QPushButton(self.tr("New pipeline…"))
        new_pipeline.clicked.connect(self.new_pipeline)
        pipeline_box = QGroupBox(self.tr("Sales pipelines"))
        pl = QVBoxLayout(pipeline_box)
        top = QHBoxLayout()
        top.addWidget(self.pipeline_combo, 1)
        top.addWidget(new_pipeline)
        pl.addLayout(top)
        pl.addWidget(self.stages)
        buttons = QHBoxLayout()
        for b in (add_stage, delete_stage, save_stages):
            buttons.addWidget(b)
        pl.addLayout(buttons)
        for w in (add_stage, save_stages, delete_stage, new_pipeline):
            w.setEnabled(access.can("pipelines", "administer"))

        self.flows = QTableWidget(0, 4)
        self.flows.setObjectName("flowTable")
        self.flows.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Applies to"), self.tr("From amount"),
                                              self.tr("Approvers in turn (roles)")])
        self.flows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.flows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.flows.verticalHeader().hide()
        add_flow = QPushButton(self.tr("Add approval flow…"))
        add_flow.setObjectName("addFlow")
        add_flow.clicked.connect(self.add_flow)
        add_flow.setEnabled(access.can("approvals", "administer"))
        flow_box = QGroupBox(self.tr("Approval flows"))
        fl = QVBoxLayout(flow_box)
        fl.addWidget(self.flows)
        fl.addWidget(add_flow)

        self.company_edits = {name: QLineEdit() for name in Company.__dataclass_fields__}
        company_box = QGroupBox(self.tr("Company letterhead and numbering"))
        cf = QFormLayout(company_box)
        labels = {"name": self.tr("Company name"), "address": self.tr("Address"), "phone": self.tr("Phone"),
                  "email": self.tr("Email"), "tax_number": self.tr("Tax number"), "bank": self.tr("Bank account")}
        for name, edit in self.company_edits.items():
            edit.setObjectName(f"company_{name}")
            cf.addRow(labels[name], edit)
        self.numbering = {kind: QLineEdit() for kind in ("contract", "order", "invoice")}
        for kind, label in (("contract", self.tr("Contract numbers")), ("order", self.tr("Order numbers")),
                            ("invoice", self.tr("Invoice numbers"))):
            self.numbering[kind].setObjectName(f"numbering_{kind}")
            cf.addRow(label, self.numbering[kind])
        save_company = QPushButton(self.tr("Save"))
        save_company.setObjectName("saveCompany")
        save_company.clicked.connect(self.save_company)
        save_company.setEnabled(access.can("classifications", "administer"))
        cf.addRow("", save_company)

        lead_box = QGroupBox(self.tr("Lead assignment"))
        ll = QFormLayout(lead_box)
        self.lead_mode = QComboBox()
        self.lead_mode.setObjectName("leadMode")
        for code, label in (("none", self.tr("By hand (or the lead pool)")), ("round_robin", self.tr("Round robin")),
                            ("region", self.tr("By province")), ("source", self.tr("By source"))):
            self.lead_mode.addItem(label, code)
        self.lead_reps = QListWidget()
        self.lead_reps.setObjectName("leadReps")
        self.lead_reps.setMaximumHeight(110)
        self.lead_map = QLineEdit()
        self.lead_map.setObjectName("leadMap")
        self.lead_map.setPlaceholderText("浙江=wangfang, 上海=lina, *=lina")
        save_leads = QPushButton(self.tr("Save lead assignment"))
        save_leads.setObjectName("saveLeadRules")
        save_leads.clicked.connect(self.save_lead_rules)
        save_leads.setEnabled(access.can("leads", "administer"))
        ll.addRow(self.tr("Assign new leads"), self.lead_mode)
        ll.addRow(self.tr("Round robin over"), self.lead_reps)
        ll.addRow(self.tr("Province or source = sign-in name"), self.lead_map)
        ll.addRow("", save_leads)

        # Each box is saved by its own button; saving one reloads the tab, which must not undo the others.
        self.edits = EditedParts(self)
        self.stages_part = self.edits.add(self.tr("Sales pipelines"), self._stage_values, self.save_stages)
        self.company_part = self.edits.add(self.tr("Company letterhead and numbering"), self._company_values,
                                           self.save_company)
        self.leads_part = self.edits.add(self.tr("Lead assignment"), self._lead_values, self.save_lead_rules)
        self._remember_pipeline = guard_selector(self.pipeline_combo, self.stages_part, self, self._show_stages)

        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(pipeline_box, 1)
        left.addWidget(flow_box, 1)
        right = QVBoxLayout()
        right.addWidget(company_box)
        right.addWidget(lead_box)
        right.addStretch(1)  # the boxes at their own height: a stretched form spread its rows far apart
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    # -- loading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.may_view:
            return
        items = self.pipelines.pipelines()
        current = self.pipeline_combo.currentData()
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for p in items:
            self.pipeline_combo.addItem(p.name, p.id.hex)
        index = self.pipeline_combo.findData(current)
        self.pipeline_combo.setCurrentIndex(max(index, 0))
        self.pipeline_combo.blockSignals(False)
        self._remember_pipeline()
        self.stages_part.refill(self._fill_stages)
        flows = self.approvals.flows()
        self.flows.setRowCount(len(flows))
        for r, f in enumerate(flows):
            threshold = f"{f.threshold}%" if f.entity == "quote" else words.money(f.threshold)
            for c, text in enumerate((f.name, _t(ENTITIES.get(f.entity, f.entity)), threshold,
                                      " → ".join(f.steps))):
                self.flows.setItem(r, c, QTableWidgetItem(text))
        self.company_part.refill(self._fill_company)
        if self.leads.can("leads", "view"):
            self.leads_part.refill(self._fill_lead_rules)

    def has_unsaved_changes(self) -> bool:
        return bool(self.edits.changed())

    def _fill_company(self) -> None:
        company = self.company.company()
        for name, edit in self.company_edits.items():
            edit.setText(getattr(company, name))
        rules = self.contracts.numbering_rules()
        for kind, edit in self.numbering.items():
            edit.setText(rules[kind])

    def _company_values(self) -> tuple:
        return tuple(e.text() for e in self.company_edits.values()) + tuple(e.text() for e in self.numbering.values())

    def _lead_values(self) -> tuple:
        checked = tuple(self.lead_reps.item(i).checkState() == Qt.CheckState.Checked
                        for i in range(self.lead_reps.count()))
        return self.lead_mode.currentData(), checked, self.lead_map.text()

    def _fill_lead_rules(self) -> None:
        rules = self.leads.rules()
        self.lead_mode.setCurrentIndex(max(self.lead_mode.findData(rules.mode), 0))
        self.users = [u for u in self.organisation.list_users() if u.active]
        self.lead_reps.clear()
        for user in self.users:
            item = QListWidgetItem(f"{user.display_name} ({user.login})", self.lead_reps)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if user.id in rules.users else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
        logins = {u.id.hex: u.login for u in self.users}
        mapping = rules.by_region if rules.mode == "region" else rules.by_source if rules.mode == "source" else {}
        self.lead_map.setText(", ".join(f"{k}={logins.get(v, v)}" for k, v in (mapping or {}).items()))

    def save_lead_rules(self) -> bool:
        mode = self.lead_mode.currentData()
        reps = [self.lead_reps.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.lead_reps.count())
                if self.lead_reps.item(i).checkState() == Qt.CheckState.Checked]
        by_login = {u.login: u.id for u in self.users}
        mapping = {}
        for part in self.lead_map.text().replace("，", ",").split(","):
            key, _, login = part.partition("=")
            if key.strip() and login.strip():
                if login.strip() not in by_login:
                    show_error(self, ValidationError([FieldError("lead_map", "not_found")]))
                    return False
                mapping[key.strip()] = by_login[login.strip()]
        return self._write(lambda: self.leads.set_rules(mode, users=reps,
                                                        by_region=mapping if mode == "region" else None,
                                                        by_source=mapping if mode == "source" else None),
                           self.tr("Lead assignment saved."), self.leads_part)

    def _pipeline(self):
        data = self.pipeline_combo.currentData()
        return next((p for p in self.pipelines.pipelines() if p.id.hex == data), None) if data else None

    def _show_stages(self) -> None:
        self.stages_part.saved()  # another pipeline: its stored stages
        self.stages_part.refill(self._fill_stages)

    def _stage_values(self) -> tuple:
        return tuple((self.stages.item(r, 0).text() if self.stages.item(r, 0) else "",
                      self.stages.cellWidget(r, 1).value(), self.stages.cellWidget(r, 2).currentData())
                     for r in range(self.stages.rowCount()))

    def _fill_stages(self) -> None:
        pipeline = self._pipeline()
        stages = pipeline.stages if pipeline else ()
        self.stages.setRowCount(len(stages))
        for r, stage in enumerate(stages):
            name = QTableWidgetItem(stage.name)
            name.setData(Qt.ItemDataRole.UserRole, stage.id)
            self.stages.setItem(r, 0, name)
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(stage.probability)
            self.stages.setCellWidget(r, 1, spin)
            kind = QComboBox()
            for code, label in KINDS.items():
                kind.addItem(_t(label), code)
            kind.setCurrentIndex(kind.findData(stage.kind))
            self.stages.setCellWidget(r, 2, kind)

    # -- edits ---------------------------------------------------------------------------------------
    def _write(self, write, text: str, part: Part | None = None) -> bool:
        """Write, then show what is stored: the part just saved afresh, the others as the user left them.
        Adding or deleting a stage saves the table's row list, so it refills the stages too."""
        try:
            changes = write()
        except (CrmError, ValidationError) as exc:
            show_error(self, exc)
            self.reload()
            return False
        if part is not None:
            part.saved()
        self.bus.publish(changes[1] if isinstance(changes, tuple) else changes)
        self.status.emit(text)
        self.reload()
        return True

    def save_stages(self) -> bool:
        pipeline = self._pipeline()

        def write():
            return self.pipelines.save_stages(pipeline.id, [
                (self.stages.item(r, 0).data(Qt.ItemDataRole.UserRole),
                 {"name": self.stages.item(r, 0).text(), "position": r,
                  "probability": self.stages.cellWidget(r, 1).value(),
                  "kind": self.stages.cellWidget(r, 2).currentData()}) for r in range(self.stages.rowCount())])
        return self._write(write, self.tr("Stages saved."), self.stages_part)

    def add_stage(self) -> None:
        # Adding or deleting writes the stage at once and shows the stored stages: edits to the table first.
        if not self.stages_part.may_leave(self):
            return
        name, ok = QInputDialog.getText(self, self.tr("Add stage"), self.tr("Stage name:"))
        if ok and name.strip():
            pipeline = self._pipeline()
            position = sum(1 for s in pipeline.stages if s.kind == "open")
            self._write(lambda: self.pipelines.save_stage(None, {"pipeline_id": pipeline.id, "name": name.strip(),
                                                                 "position": position, "probability": 50}),
                        self.tr("Stage added."), self.stages_part)

    def delete_stage(self) -> None:
        rows = {i.row() for i in self.stages.selectedIndexes()}
        if len(rows) == 1:
            stage_id = self.stages.item(rows.pop(), 0).data(Qt.ItemDataRole.UserRole)
            if self.stages_part.may_leave(self):
                self._write(lambda: self.pipelines.delete_stage(stage_id), self.tr("Stage deleted."),
                            self.stages_part)

    def new_pipeline(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New pipeline"), self.tr("Pipeline name:"))
        if ok and name.strip():
            self._write(lambda: self.pipelines.save_pipeline(None, name.strip()), self.tr("Pipeline added."))

    def add_flow(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Approval flow"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        labels = [_t(v) for v in ENTITIES.values()]
        chosen, ok = QInputDialog.getItem(self, self.tr("Approval flow"), self.tr("Applies to:"), labels, 0, False)
        if not ok:
            return
        entity = list(ENTITIES)[labels.index(chosen)]
        amount, ok = QInputDialog.getText(self, self.tr("Approval flow"), self.tr("From amount:"))
        if not ok:
            return
        steps, ok = QInputDialog.getText(self, self.tr("Approval flow"),
                                         self.tr("Approver roles in turn (codes, comma separated):"),
                                         text="sales_manager")
        if not ok:
            return
        threshold = parse_amount(amount) if entity != "quote" else (
            int(amount) if amount.strip().isdigit() else FieldError("threshold", "not_a_number"))

        def write():
            if isinstance(threshold, FieldError):
                raise ValidationError([threshold])
            return self.approvals.save_flow(None, {"name": name.strip(), "entity": entity, "threshold": threshold,
                                                   "steps": [s.strip() for s in steps.replace("，", ",").split(",")
                                                             if s.strip()]})
        self._write(write, self.tr("Approval flow added."))

    def save_company(self) -> bool:
        company = Company(**{name: edit.text().strip() for name, edit in self.company_edits.items()})

        def write():
            changes = self.company.set_company(company)
            for kind, edit in self.numbering.items():
                changes = changes | self.contracts.set_numbering_rule(kind, edit.text().strip())
            return changes
        return self._write(write, self.tr("Saved."), self.company_part)


__all__ = ["SalesSettingsTab"]

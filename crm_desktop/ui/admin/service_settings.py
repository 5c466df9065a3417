"""Administration > Service: the ticket workflow's steps and the moves between them (administrators add
their own steps), service teams with their members and assignment rule, SLA policies, and the business
calendar with its holidays and make-up working days (调休)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CrmError, FieldError, ValidationError
from ...services.service_setup import ServiceSetupService
from ..bus import ChangeBus
from ..common.edited_parts import EditedParts, guard_selector
from ..common.errors import error_message
from ..tickets.model import PRIORITIES, TYPES, word

STEP_KINDS = {"new": QT_TRANSLATE_NOOP("ServiceSettingsTab", "New"),
              "open": QT_TRANSLATE_NOOP("ServiceSettingsTab", "Open"),
              "waiting": QT_TRANSLATE_NOOP("ServiceSettingsTab", "Waiting (SLA paused)"),
              "resolved": QT_TRANSLATE_NOOP("ServiceSettingsTab", "Resolved"),
              "closed": QT_TRANSLATE_NOOP("ServiceSettingsTab", "Closed")}
RULES = {"manual": QT_TRANSLATE_NOOP("ServiceSettingsTab", "Manual"),
         "round_robin": QT_TRANSLATE_NOOP("ServiceSettingsTab", "Round robin"),
         "least_open": QT_TRANSLATE_NOOP("ServiceSettingsTab", "Fewest open tickets")}
WEEKDAYS = (QT_TRANSLATE_NOOP("ServiceSettingsTab", "Monday"), QT_TRANSLATE_NOOP("ServiceSettingsTab", "Tuesday"),
            QT_TRANSLATE_NOOP("ServiceSettingsTab", "Wednesday"), QT_TRANSLATE_NOOP("ServiceSettingsTab", "Thursday"),
            QT_TRANSLATE_NOOP("ServiceSettingsTab", "Friday"), QT_TRANSLATE_NOOP("ServiceSettingsTab", "Saturday"),
            QT_TRANSLATE_NOOP("ServiceSettingsTab", "Sunday"))


def _t(text: str) -> str:
    return QCoreApplication.translate("ServiceSettingsTab", text)


def _combo(table: dict, *, blank: str | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, "")
    for code, text in table.items():
        combo.addItem(_t(text) if table in (STEP_KINDS, RULES) else word(table, code), code)
    return combo


def hours_text(intervals) -> str:
    return ", ".join(f"{a}-{b}" for a, b in intervals)


def parse_hours(text: str) -> list[list[str]]:
    out = []
    for part in text.replace("，", ",").split(","):
        part = part.strip()
        if part:
            start, _, end = part.partition("-")
            out.append([start.strip(), end.strip()])
    return out


class ServiceSettingsTab(QWidget):
    status = Signal(str)

    def __init__(self, organisation, tasks, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("serviceSettingsTab")
        self.setup = ServiceSetupService(organisation.db, organisation.actor, organisation.access)
        self.organisation, self.bus = organisation, bus
        self.may_view = organisation.access.can("tickets", "administer")
        self.message = QLabel()
        self.message.setObjectName("serviceSettingsMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)

        # Workflow
        self.steps = QTableWidget(0, 4)
        self.steps.setObjectName("stepTable")
        self.steps.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Kind"),
                                              self.tr("May move to (codes)")])
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.steps.verticalHeader().hide()
        self.steps.setMinimumHeight(240)
        add_step = QPushButton(self.tr("Add step"))
        add_step.setObjectName("addStep")
        add_step.clicked.connect(self._add_step)
        save_steps = QPushButton(self.tr("Save workflow"))
        save_steps.setObjectName("saveWorkflow")
        save_steps.clicked.connect(self._save_steps)
        workflow = QGroupBox(self.tr("Ticket workflow"))
        box = QVBoxLayout(workflow)
        box.addWidget(self.steps)
        row = QHBoxLayout()
        row.addWidget(add_step)
        row.addStretch(1)
        row.addWidget(save_steps)
        box.addLayout(row)

        # Teams
        self.team_list = QListWidget()
        self.team_list.setObjectName("teamList")
        self.team_name = QLineEdit()
        self.team_lead = QComboBox()
        self.team_rule = _combo(RULES)
        self.team_members = QListWidget()
        self.team_members.setObjectName("teamMembers")
        self.team_provinces = QLineEdit()
        self.team_provinces.setPlaceholderText(self.tr("e.g. 广东省, 广西壮族自治区"))
        new_team = QPushButton(self.tr("New team"))
        new_team.clicked.connect(self._start_new_team)
        save_team = QPushButton(self.tr("Save team"))
        save_team.setObjectName("saveTeam")
        save_team.clicked.connect(self._save_team)
        teams = QGroupBox(self.tr("Service teams"))
        team_form = QFormLayout()
        team_form.addRow(self.tr("Name"), self.team_name)
        team_form.addRow(self.tr("Team lead (escalations)"), self.team_lead)
        team_form.addRow(self.tr("Assignment"), self.team_rule)
        team_form.addRow(self.tr("Members"), self.team_members)
        team_form.addRow(self.tr("Provinces it serves"), self.team_provinces)
        team_buttons = QHBoxLayout()
        team_buttons.addWidget(new_team)
        team_buttons.addStretch(1)
        team_buttons.addWidget(save_team)
        team_form.addRow(team_buttons)
        team_row = QHBoxLayout(teams)
        team_row.addWidget(self.team_list, 1)
        team_row.addLayout(team_form, 2)

        # SLA policies
        self.policies = QTableWidget(0, 6)
        self.policies.setObjectName("policyTable")
        self.policies.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Priority"), self.tr("Type"),
                                                 self.tr("First response (min)"), self.tr("Resolution (min)"),
                                                 self.tr("Warn before (min)")])
        self.policies.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.policies.verticalHeader().hide()
        self.policies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.policies.setMinimumHeight(170)
        add_policy = QPushButton(self.tr("Add policy"))
        add_policy.clicked.connect(self._add_policy)
        save_policies = QPushButton(self.tr("Save policies"))
        save_policies.setObjectName("savePolicies")
        save_policies.clicked.connect(self._save_policies)
        sla = QGroupBox(self.tr("SLA policies (business minutes)"))
        sla_box = QVBoxLayout(sla)
        sla_box.addWidget(self.policies)
        sla_row = QHBoxLayout()
        sla_row.addWidget(add_policy)
        sla_row.addStretch(1)
        sla_row.addWidget(save_policies)
        sla_box.addLayout(sla_row)

        # Business calendar
        self.calendar_combo = QComboBox()
        self.day_hours = [QLineEdit() for _ in WEEKDAYS]
        for day, edit in enumerate(self.day_hours, start=1):
            edit.setObjectName(f"hours_{day}")
            edit.setPlaceholderText("09:00-12:00, 13:30-18:00")
        self.holidays = QPlainTextEdit()
        self.holidays.setObjectName("holidays")
        self.holidays.setPlaceholderText(self.tr("One date per line, e.g. 2026-10-01"))
        self.workdays = QPlainTextEdit()
        self.workdays.setObjectName("workdays")
        self.workdays.setPlaceholderText(self.tr("Weekend days worked (调休), e.g. 2026-10-10"))
        save_calendar = QPushButton(self.tr("Save calendar"))
        save_calendar.setObjectName("saveCalendar")
        save_calendar.clicked.connect(self._save_calendar)
        calendar = QGroupBox(self.tr("Business calendar"))
        cal_form = QFormLayout(calendar)
        cal_form.addRow(self.tr("Calendar"), self.calendar_combo)
        for name, edit in zip(WEEKDAYS, self.day_hours, strict=True):
            cal_form.addRow(_t(name), edit)
        cal_form.addRow(self.tr("Holidays"), self.holidays)
        cal_form.addRow(self.tr("Make-up working days"), self.workdays)
        cal_form.addRow(save_calendar)

        # Each box is saved by its own button; saving one reloads the tab, which must not undo the others.
        self.edits = EditedParts(self)
        self.steps_part = self.edits.add(self.tr("Ticket workflow"), self._step_values, self._save_steps)
        self.team_part = self.edits.add(self.tr("Service teams"), self._team_values, self._save_team)
        self.policies_part = self.edits.add(self.tr("SLA policies (business minutes)"), self._policy_values,
                                            self._save_policies)
        self.calendar_part = self.edits.add(self.tr("Business calendar"), self._calendar_values, self._save_calendar)
        self._remember_team = guard_selector(self.team_list, self.team_part, self, self._show_team)
        self._remember_calendar = guard_selector(self.calendar_combo, self.calendar_part, self,
                                                 self._show_calendar)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        for group in (workflow, teams, sla, calendar):
            layout.addWidget(group)

    # -- loading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.may_view:
            return
        self.steps_part.refill(self._fill_steps)
        self.team_part.refill(self._fill_teams)
        self._calendars = self.setup.calendars()
        current = self.calendar_combo.currentData()
        self.calendar_combo.blockSignals(True)
        self.calendar_combo.clear()
        for c in self._calendars:
            self.calendar_combo.addItem(c.name, c.id.hex)
        self.calendar_combo.setCurrentIndex(max(self.calendar_combo.findData(current), 0))
        self.calendar_combo.blockSignals(False)
        self._remember_calendar()
        self.calendar_part.refill(self._fill_calendar)
        self.policies_part.refill(self._fill_policies)

    def has_unsaved_changes(self) -> bool:
        return bool(self.edits.changed())

    def _fill_steps(self) -> None:
        self._statuses = self.setup.statuses()
        self.steps.setRowCount(0)
        for s in self._statuses:
            self._step_row(s.code, s.name, s.kind, ", ".join(s.next), s.id, s.builtin)

    def _step_values(self) -> tuple:
        return tuple((self._text(self.steps, r, 0), self._text(self.steps, r, 1),
                      self.steps.cellWidget(r, 2).currentData(), self._text(self.steps, r, 3))
                     for r in range(self.steps.rowCount()))

    @staticmethod
    def _text(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text() if item is not None else ""

    def _fill_teams(self) -> None:
        self._teams = self.setup.teams()
        self._users = self.organisation.list_users()
        self.team_lead.clear()
        self.team_lead.addItem(self.tr("(none)"), "")
        for u in self._users:
            self.team_lead.addItem(u.display_name, u.id.hex)
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for t in self._teams:
            item = QListWidgetItem(t.name, self.team_list)
            item.setData(Qt.ItemDataRole.UserRole, t.id.hex)
        self.team_list.blockSignals(False)
        self._new_team()
        self._remember_team()

    def _team_values(self) -> tuple:
        members = tuple(self.team_members.item(i).checkState() == Qt.CheckState.Checked
                        for i in range(self.team_members.count()))
        return (self._editing_team, self.team_name.text(), self.team_lead.currentData(),
                self.team_rule.currentData(), self.team_provinces.text(), members)

    def _fill_policies(self) -> None:
        self.policies.setRowCount(0)
        for p in self.setup.policies():
            self._policy_row(p)

    def _policy_values(self) -> tuple:
        return tuple((self._text(self.policies, r, 0), self.policies.cellWidget(r, 1).currentData(),
                      self.policies.cellWidget(r, 2).currentData(),
                      *(self._text(self.policies, r, c) for c in (3, 4, 5)))
                     for r in range(self.policies.rowCount()))

    def _calendar_values(self) -> tuple:
        return (tuple(e.text() for e in self.day_hours), self.holidays.toPlainText(), self.workdays.toPlainText())

    def _step_row(self, code, name, kind, moves, step_id, builtin) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        code_item = QTableWidgetItem(code)
        code_item.setData(Qt.ItemDataRole.UserRole, step_id.hex if step_id else "")
        if builtin:
            code_item.setFlags(code_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.steps.setItem(row, 0, code_item)
        self.steps.setItem(row, 1, QTableWidgetItem(name))
        kinds = _combo(STEP_KINDS)
        kinds.setCurrentIndex(kinds.findData(kind))
        kinds.setEnabled(not builtin)
        self.steps.setCellWidget(row, 2, kinds)
        self.steps.setItem(row, 3, QTableWidgetItem(moves))

    def _policy_row(self, p=None) -> None:
        row = self.policies.rowCount()
        self.policies.insertRow(row)
        name = QTableWidgetItem(p.name if p else self.tr("New policy"))
        name.setData(Qt.ItemDataRole.UserRole, p.id.hex if p else "")
        self.policies.setItem(row, 0, name)
        priority = _combo(PRIORITIES, blank=self.tr("(any)"))
        priority.setCurrentIndex(max(0, priority.findData(p.priority if p else "")))
        self.policies.setCellWidget(row, 1, priority)
        kind = _combo(TYPES, blank=self.tr("(any)"))
        kind.setCurrentIndex(max(0, kind.findData(p.ticket_type if p else "")))
        self.policies.setCellWidget(row, 2, kind)
        for column, value in ((3, p.first_response_minutes if p else 240), (4, p.resolve_minutes if p else 1440),
                              (5, p.warn_minutes if p else 60)):
            self.policies.setItem(row, column, QTableWidgetItem(str(value)))

    # -- workflow ------------------------------------------------------------------------------------
    def _add_step(self) -> None:
        self._step_row("", "", "open", "", None, False)
        self.steps.setCurrentCell(self.steps.rowCount() - 1, 0)

    def _run(self, action, done: str) -> bool:
        self.message.clear()
        try:
            changes = action()
        except (ValidationError, CrmError) as exc:
            self.message.setText(error_message(exc))
            return False
        self.bus.publish(changes)
        self.status.emit(done)
        return True

    def _save_steps(self) -> bool:
        def save():
            changes = None
            for row in range(self.steps.rowCount()):
                code_item = self.steps.item(row, 0)
                code = code_item.text().strip()
                if not code:
                    continue
                step_id = code_item.data(Qt.ItemDataRole.UserRole)
                moves = [m.strip() for m in self.steps.item(row, 3).text().replace("，", ",").split(",") if m.strip()]
                values = {"code": code, "name": self.steps.item(row, 1).text().strip() or code,
                          "kind": self.steps.cellWidget(row, 2).currentData(), "position": row}
                saved_id, done = self.setup.save_status(uuid.UUID(step_id) if step_id else None, values)
                code_item.setData(Qt.ItemDataRole.UserRole, saved_id.hex)
                changes = done if changes is None else changes | done
            # Moves second: a new step may be the target of one above it.
            for row in range(self.steps.rowCount()):
                step_id = self.steps.item(row, 0).data(Qt.ItemDataRole.UserRole)
                if not step_id:
                    continue
                moves = [m.strip() for m in self.steps.item(row, 3).text().replace("，", ",").split(",") if m.strip()]
                _id, done = self.setup.save_status(uuid.UUID(step_id), {"next": moves})
                changes = done if changes is None else changes | done
            return changes
        return self._saved(self._run(save, self.tr("Workflow saved.")), self.steps_part)

    def _saved(self, ok: bool, part) -> bool:
        """After a save: the part saved shows what is stored now, the others keep the user's edits."""
        if ok:
            part.saved()
            self.reload()
        return ok

    # -- teams ---------------------------------------------------------------------------------------
    def _new_team(self) -> None:
        self.team_list.blockSignals(True)
        self.team_list.clearSelection()
        self.team_list.setCurrentRow(-1)
        self.team_list.blockSignals(False)
        self._editing_team = None
        self.team_name.clear()
        self.team_lead.setCurrentIndex(0)
        self.team_rule.setCurrentIndex(self.team_rule.findData("round_robin"))
        self.team_provinces.clear()
        self._fill_members(())

    def _fill_members(self, members) -> None:
        self.team_members.clear()
        for u in getattr(self, "_users", []):
            item = QListWidgetItem(u.display_name, self.team_members)
            item.setData(Qt.ItemDataRole.UserRole, u.id.hex)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if u.id in members else Qt.CheckState.Unchecked)

    def _start_new_team(self) -> None:
        if self.team_part.may_leave(self):
            self._new_team()
            self.team_part.clean = self.team_part.read()
            self._remember_team()

    def _show_team(self) -> None:
        self.team_part.saved()  # another team: as stored
        self.team_part.refill(self._fill_team)

    def _fill_team(self) -> None:
        row = self.team_list.currentRow()
        if row < 0 or row >= len(self._teams):
            return
        t = self._teams[row]
        self._editing_team = t.id
        self.team_name.setText(t.name)
        self.team_lead.setCurrentIndex(max(0, self.team_lead.findData(t.lead_id.hex if t.lead_id else "")))
        self.team_rule.setCurrentIndex(self.team_rule.findData(t.rule))
        self.team_provinces.setText(", ".join(t.provinces))
        self._fill_members(t.members)

    def _save_team(self) -> bool:
        members = [uuid.UUID(self.team_members.item(i).data(Qt.ItemDataRole.UserRole))
                   for i in range(self.team_members.count())
                   if self.team_members.item(i).checkState() == Qt.CheckState.Checked]
        lead = self.team_lead.currentData()
        values = {"name": self.team_name.text(), "lead_id": uuid.UUID(lead) if lead else None,
                  "rule": self.team_rule.currentData(), "members": members,
                  "provinces": [p.strip() for p in self.team_provinces.text().replace("，", ",").split(",")
                                if p.strip()]}
        return self._saved(self._run(lambda: self.setup.save_team(self._editing_team, values)[1],
                                     self.tr("Team saved.")), self.team_part)

    # -- policies ------------------------------------------------------------------------------------
    def _add_policy(self) -> None:
        self._policy_row()

    def _save_policies(self) -> bool:
        calendar = self.calendar_combo.currentData()

        def save():
            changes = None
            for row in range(self.policies.rowCount()):
                name = self.policies.item(row, 0)
                policy_id = name.data(Qt.ItemDataRole.UserRole)
                try:
                    numbers = [int(self.policies.item(row, c).text()) for c in (3, 4, 5)]
                except ValueError as exc:
                    raise ValidationError([FieldError(name.text(), "wrong_type")]) from exc
                values = {"name": name.text(), "priority": self.policies.cellWidget(row, 1).currentData(),
                          "ticket_type": self.policies.cellWidget(row, 2).currentData(),
                          "first_response_minutes": numbers[0], "resolve_minutes": numbers[1],
                          "warn_minutes": numbers[2], "position": row}
                if not policy_id and calendar:
                    values["calendar_id"] = uuid.UUID(calendar)
                saved, done = self.setup.save_policy(uuid.UUID(policy_id) if policy_id else None, values)
                name.setData(Qt.ItemDataRole.UserRole, saved.hex)
                changes = done if changes is None else changes | done
            return changes
        return self._saved(self._run(save, self.tr("SLA policies saved.")), self.policies_part)

    # -- calendar ------------------------------------------------------------------------------------
    def _show_calendar(self) -> None:
        self.calendar_part.saved()  # another calendar: as stored
        self.calendar_part.refill(self._fill_calendar)

    def _fill_calendar(self) -> None:
        index = self.calendar_combo.currentIndex()
        if index < 0 or index >= len(self._calendars):
            return
        c = self._calendars[index]
        for day, edit in enumerate(self.day_hours, start=1):
            edit.setText(hours_text(c.hours.get(str(day), [])))
        self.holidays.setPlainText("\n".join(c.holidays))
        self.workdays.setPlainText("\n".join(c.workdays))

    def _save_calendar(self) -> bool:
        calendar = self.calendar_combo.currentData()
        hours = {str(day): parse_hours(edit.text()) for day, edit in enumerate(self.day_hours, start=1)
                 if edit.text().strip()}

        def dates(edit):
            return sorted({d.strip() for d in edit.toPlainText().replace(",", "\n").splitlines() if d.strip()})
        values = {"hours": hours, "holidays": dates(self.holidays), "workdays": dates(self.workdays)}
        return self._saved(self._run(lambda: self.setup.save_calendar(uuid.UUID(calendar) if calendar else None,
                                                                      values)[1], self.tr("Calendar saved.")),
                           self.calendar_part)


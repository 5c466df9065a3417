"""The opportunity dialog: customer, name, amount (or the exact total of its product lines), expected close,
stage and probability, competitors and notes; product lines; the stage history with time in each stage."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from ...domain.errors import CrmError, FieldError, ValidationError
from ...domain.money import CURRENCIES, DEFAULT_CURRENCY, Money, exponent, parse_amount
from ...domain.times import local_time
from ...services.opportunities import LineItem, OpportunityService, line_total
from ...services.quotes import QuoteService
from ..common.errors import error_message, field_message
from ..common.form import ValidatedForm
from ..common.unsaved import may_close
from ..common.window_size import open_at_remembered_size
from . import words

LINE_COLUMNS = 5  # name, quantity, unit price, discount %, total


class OpportunityDialog(QDialog):
    def __init__(self, service: OpportunityService, customers, bus, *, opportunity_id: uuid.UUID | None = None,
                 customer: tuple[uuid.UUID, str] | None = None, pipeline=None, parent=None):
        super().__init__(parent)
        self.setObjectName("opportunityDialog")
        self.service, self.customers, self.bus = service, customers, bus
        self.opportunity_id = opportunity_id
        self.detail = service.get(opportunity_id) if opportunity_id else None
        self.pipeline = service.pipeline(self.detail.pipeline_id if self.detail else (pipeline.id if pipeline else None))
        self.setWindowTitle(self.tr("Opportunity") if self.detail else self.tr("New opportunity"))
        open_at_remembered_size(self, "opportunity", 720, 560)

        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.customer_combo = QComboBox()
        self.customer_combo.setEditable(True)
        self.customer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer_combo.lineEdit().setPlaceholderText(self.tr("Type to search customers (name, pinyin, phone)…"))
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._search_customers)
        self.customer_combo.lineEdit().textEdited.connect(lambda _t: self._search_timer.start())
        self.form.add("customer_id", self.tr("Customer"), self.customer_combo)
        self.name_edit = self.form.add("name", self.tr("Name"), QLineEdit())
        amount_row = QWidget()
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("field_amount")
        self.amount_edit.setPlaceholderText("120000.00 / 12万")
        self.currency_combo = QComboBox()
        self.currency_combo.addItems(list(CURRENCIES))
        amount_layout.addWidget(self.amount_edit, 1)
        amount_layout.addWidget(self.currency_combo)
        self.form.add("amount", self.tr("Amount"), amount_row)
        self.amount_edit.setObjectName("field_amount")
        self.close_edit = self.form.add("expected_close", self.tr("Expected close"), QDateEdit())
        self.close_edit.setCalendarPopup(True)
        self.close_edit.setDisplayFormat("yyyy-MM-dd")
        self.stage_combo = self.form.add("stage_id", self.tr("Stage"), QComboBox())
        for stage in self.pipeline.stages:
            self.stage_combo.addItem(f"{stage.name} ({stage.probability}%)", stage.id.hex)
        self.stage_combo.currentIndexChanged.connect(self._stage_changed)
        self.probability = self.form.add("probability", self.tr("Win probability %"), QSpinBox())
        self.probability.setRange(0, 100)
        self.owner = self.form.add("owner_id", self.tr("Owner"), QComboBox())
        owner_id = self.detail.owner_id if self.detail and self.detail.owner_id else service.actor.user_id
        for option in customers.filter_options()["owners"]:
            # A deactivated user is offered only as the owner the opportunity already has.
            if option.active or option.id == owner_id:
                self.owner.addItem(option.label, option.id.hex)
        self.owner.setCurrentIndex(max(self.owner.findData(owner_id.hex), 0))
        self.competitors = self.form.add("competitors", self.tr("Competitors"), QLineEdit())
        self.notes = self.form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
        self.loss_label = QLabel()
        self.loss_label.setObjectName("lossReason")
        self.loss_label.setStyleSheet("color: #c0392b;")
        self.loss_label.hide()
        form_layout.addRow(self.loss_label)
        general = QWidget()
        general.setLayout(form_layout)

        self.lines = QTableWidget(0, LINE_COLUMNS)
        self.lines.setObjectName("opportunityLines")
        self.lines.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Quantity"), self.tr("Unit price"),
                                              self.tr("Discount %"), self.tr("Total")])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.itemChanged.connect(self._line_changed)
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("productCombo")
        for pid, code, name, price, currency in service.products():
            self.product_combo.addItem(f"{code} {name} · {words.money(price, currency)}", (pid.hex, name, price))
        add_product = QPushButton(self.tr("Add product"))
        add_product.setObjectName("addProductLine")
        add_product.clicked.connect(self._add_product)
        add_line = QPushButton(self.tr("Add line"))
        add_line.clicked.connect(lambda: self._append_line(LineItem(None, "", "1", 0)))
        remove = QPushButton(self.tr("Remove line"))
        remove.clicked.connect(self._remove_line)
        self.lines_total = QLabel()
        self.lines_total.setObjectName("linesTotal")
        buttons_row = QHBoxLayout()
        for widget in (self.product_combo, add_product, add_line, remove):
            buttons_row.addWidget(widget)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.lines_total)
        lines_page = QWidget()
        lines_layout = QVBoxLayout(lines_page)
        lines_layout.addLayout(buttons_row)
        lines_layout.addWidget(self.lines)

        self.history = QTableWidget(0, 4)
        self.history.setObjectName("stageHistory")
        self.history.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Entered"), self.tr("Left"),
                                                self.tr("Time in stage")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(lines_page, self.tr("Products"))
        self.tabs.addTab(self.history, self.tr("Stage history"))
        self.quotes = QuoteService(service.db, service.actor, service.access)
        if self.detail is not None and self.quotes.can("quotes", "view"):
            self.tabs.addTab(self._quotes_page(), self.tr("Quotes"))
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.message.hide()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self._fill(customer)
        self._clean = self._state()

    # -- quotes --------------------------------------------------------------------------------------
    def _quotes_page(self) -> QWidget:
        page = QWidget()
        self.quote_list = QTableWidget(0, 4)
        self.quote_list.setObjectName("quoteList")
        self.quote_list.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Version"), self.tr("Status"),
                                                   self.tr("Total incl. tax")])
        self.quote_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quote_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quote_list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.quote_list.doubleClicked.connect(lambda index: self.open_quote(
            self.quote_list.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)))
        new = QPushButton(self.tr("New &quote"))
        new.setObjectName("newQuote")
        new.setEnabled(self.quotes.can("quotes", "create"))
        new.clicked.connect(self.new_quote)
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.quote_list)
        self._fill_quotes()
        return page

    def _fill_quotes(self) -> None:
        rows = self.quotes.of_opportunity(self.opportunity_id)
        self.quote_list.setRowCount(len(rows))
        for r, (quote_id, number, version, status, total) in enumerate(rows):
            for c, text in enumerate((number, f"v{version}", status, words.money(total, self.detail.currency))):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, quote_id)
                self.quote_list.setItem(r, c, item)

    def new_quote(self) -> None:
        try:
            quote_id, changes = self.quotes.create_from_opportunity(self.opportunity_id)
        except CrmError as exc:
            self.message.setText(error_message(exc))
            self.message.show()
            return
        self.bus.publish(changes)
        self._fill_quotes()
        self.open_quote(quote_id)

    def open_quote(self, quote_id) -> None:
        from .quote_dialog import QuoteDialog
        self.quote_dialog = QuoteDialog(self.quotes, quote_id, self.bus, getattr(self.parent(), "tasks", None), self)
        self.quote_dialog.finished.connect(lambda _r: self._fill_quotes())
        self.quote_dialog.open()

    # -- filling -------------------------------------------------------------------------------------
    def _fill(self, customer) -> None:
        d = self.detail
        if d is None:
            if customer:
                self.customer_combo.addItem(customer[1], customer[0].hex)
            self.close_edit.setDate(QDate(date.today() + timedelta(days=30)))
            self.currency_combo.setCurrentText(DEFAULT_CURRENCY)
            self._stage_changed(0)
            self._update_total()
            return
        self.customer_combo.addItem(d.customer_name, d.customer_id.hex)
        self.customer_combo.setEnabled(False)
        self.name_edit.setText(d.name)
        self.amount_edit.setText(f"{d.money.amount:.{exponent(d.currency)}f}")
        self.currency_combo.setCurrentText(d.currency)
        self.currency_combo.setEnabled(not d.lines)
        if d.expected_close:
            self.close_edit.setDate(QDate(d.expected_close))
        self.stage_combo.blockSignals(True)
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(d.stage_id.hex))
        self.stage_combo.blockSignals(False)
        self.probability.setValue(d.probability)
        self.competitors.setText(d.competitors)
        self.notes.setPlainText(d.notes)
        if d.loss_reason:
            self.loss_label.setText(self.tr("Lost: %1").replace("%1", d.loss_reason))
            self.loss_label.show()
        for line in d.lines:
            self._append_line(line)
        now = self.service.db.now()
        self.history.setRowCount(len(d.history))
        for row, stay in enumerate(d.history):
            for column, text in enumerate((stay.stage_name, local_time(stay.entered_at),
                                           local_time(stay.left_at) if stay.left_at else self.tr("(now)"),
                                           words.duration(stay.duration(now)))):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self._update_total()

    def _search_customers(self) -> None:
        text = self.customer_combo.currentText().strip()
        if len(text) < 1:
            return
        self.service_tasks_search(text)

    def service_tasks_search(self, text: str) -> None:
        # Customer search runs SQL: small (20 rows) but on the database lane via the parent's runner if any.
        tasks = getattr(self.parent(), "tasks", None)
        if tasks is None:
            self._show_customers(text, self.customers.search(text, limit=20))
        else:
            tasks.submit(self.customers.search, text, 20, on_done=lambda rows: self._show_customers(text, rows))

    def _show_customers(self, text: str, rows) -> None:
        if self.customer_combo.currentText().strip() != text:
            return  # typed on since
        self.customer_combo.blockSignals(True)
        self.customer_combo.clear()
        for row in rows:
            self.customer_combo.addItem(f"{row.name}", row.id.hex)
        self.customer_combo.setEditText(text)
        self.customer_combo.blockSignals(False)
        if rows:
            self.customer_combo.showPopup()

    def _stage_changed(self, index: int) -> None:
        stage = self._stage()
        if stage is not None:
            self.probability.setValue(stage.probability)

    def _stage(self):
        data = self.stage_combo.currentData()
        return self.pipeline.stage(uuid.UUID(data)) if data else None

    # -- product lines -------------------------------------------------------------------------------
    def _add_product(self) -> None:
        data = self.product_combo.currentData()
        if data:
            pid, name, price = data
            self._append_line(LineItem(None, name, "1", price, "0", uuid.UUID(pid)))

    def _append_line(self, line: LineItem) -> None:
        currency = self.currency_combo.currentText()
        self.lines.blockSignals(True)
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        name = QTableWidgetItem(line.name)
        name.setData(Qt.ItemDataRole.UserRole, (line.id, line.product_id))
        self.lines.setItem(row, 0, name)
        self.lines.setItem(row, 1, QTableWidgetItem(line.quantity))
        self.lines.setItem(row, 2, QTableWidgetItem(f"{Money(line.unit_price, currency).amount}"))
        self.lines.setItem(row, 3, QTableWidgetItem(line.discount))
        total = QTableWidgetItem()
        total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.lines.setItem(row, 4, total)
        self.lines.blockSignals(False)
        self._update_total()

    def _remove_line(self) -> None:
        rows = sorted({i.row() for i in self.lines.selectedIndexes()}, reverse=True)
        for row in rows:
            self.lines.removeRow(row)
        self._update_total()

    def _line_changed(self, _item) -> None:
        self._update_total()

    def line_items(self) -> list[LineItem]:
        """The lines as typed; raises ValidationError naming the first bad cell."""
        currency = self.currency_combo.currentText()
        out = []
        for row in range(self.lines.rowCount()):
            text = lambda column: (self.lines.item(row, column).text() if self.lines.item(row, column) else "").strip()
            line_id, product_id = self.lines.item(row, 0).data(Qt.ItemDataRole.UserRole) or (None, None)
            price = parse_amount(text(2), currency, field="unit_price")
            if isinstance(price, FieldError):
                raise ValidationError([price])
            out.append(LineItem(line_id, text(0), text(1) or "1", price, text(3) or "0", product_id))
        return out

    def _update_total(self) -> None:
        currency = self.currency_combo.currentText()
        total, ok = 0, True
        self.lines.blockSignals(True)
        try:
            for row, line in enumerate(self.line_items()):
                try:
                    amount = line_total(line.quantity, line.unit_price, line.discount, currency)
                except Exception:  # noqa: BLE001 - a half-typed number: no total for this row yet
                    ok = False
                    self.lines.item(row, 4).setText("?")
                    continue
                total += amount
                self.lines.item(row, 4).setText(words.money(amount, currency))
        except ValidationError:
            ok = False
        finally:
            self.lines.blockSignals(False)
        has_lines = self.lines.rowCount() > 0
        self.amount_edit.setReadOnly(has_lines)
        if has_lines:
            self.amount_edit.setText(f"{Money(total, currency).amount}" if ok else "")
            self.lines_total.setText(self.tr("Total: %1").replace("%1", words.money(total, currency)))
        else:
            self.lines_total.setText("")

    # -- saving --------------------------------------------------------------------------------------
    def values(self) -> dict:
        currency = self.currency_combo.currentText()
        amount = parse_amount(self.amount_edit.text(), currency)
        errors = [amount] if isinstance(amount, FieldError) else []
        if errors:
            raise ValidationError(errors)
        values = {"name": self.name_edit.text(), "amount": amount, "currency": currency,
                  "expected_close": self.close_edit.date().toPython(), "probability": self.probability.value(),
                  "competitors": self.competitors.text(), "notes": self.notes.toPlainText()}
        owner = self.owner.currentData()
        if owner and (self.detail is None or self.detail.owner_id is None or owner != self.detail.owner_id.hex):
            values["owner_id"] = uuid.UUID(owner)  # handing it over: the service checks it stays in scope
        if self.detail is None:
            data = self.customer_combo.currentData()
            if not data or self.customer_combo.currentText() != self.customer_combo.itemText(
                    self.customer_combo.currentIndex()):
                raise ValidationError([FieldError("customer_id", "required")])
            values["customer_id"] = uuid.UUID(data)
            values["pipeline_id"] = self.pipeline.id
            values["stage_id"] = self._stage().id
        return values

    def _state(self) -> tuple:
        """What the user can change here, as typed (a half-typed amount included), to tell an edit."""
        cells = tuple(self.lines.item(r, c).text() if self.lines.item(r, c) else ""
                      for r in range(self.lines.rowCount()) for c in range(self.lines.columnCount()))
        return (self.name_edit.text(), self.amount_edit.text(), self.currency_combo.currentText(),
                self.close_edit.date(), self.stage_combo.currentData(), self.probability.value(),
                self.competitors.text(), self.notes.toPlainText(), self.owner.currentData(),
                self.customer_combo.currentText(), self.lines.rowCount(), cells)

    def reject(self) -> None:
        if may_close(self, self._state() != self._clean, self.save,
                     self.tr("This opportunity has changes that are not saved. Save them before closing?")):
            super().reject()

    def save(self) -> bool:
        self.form.clear_errors()
        self.message.hide()
        try:
            values = self.values()
            lines = self.line_items()
            if self.detail is None:
                self.opportunity_id, changes = self.service.create(values, lines)
            else:
                stage = self._stage()
                changes = self.service.update(self.opportunity_id, values)
                if lines or self.detail.lines:
                    changes = changes | self.service.set_lines(self.opportunity_id, lines)
                if stage.id != self.detail.stage_id:
                    reason = ""
                    if stage.kind == "lost":
                        reason, ok = QInputDialog.getText(self, self.tr("Lost"), self.tr("Why was it lost?"))
                        if not ok:
                            return False
                    changes = changes | self.service.move(self.opportunity_id, stage.id, loss_reason=reason)
        except ValidationError as exc:
            unplaced = self.form.show(exc)
            if unplaced:
                self.message.setText("\n".join(unplaced))
                self.message.show()
            return False
        except CrmError as exc:
            self.message.setText(error_message(exc))
            self.message.show()
            return False
        self.bus.publish(changes)
        self.accept()
        return True


__all__ = ["OpportunityDialog", "field_message"]

"""A quote: its lines (quantity, unit price, discount, tax rate) with exact totals, its status and versions,
and its PDF, previewed in the dialog and saved where the user chooses."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.changes import Changes
from ...domain.errors import CrmError, FieldError, ValidationError
from ...domain.money import Money, parse_amount
from ...services.quotes import QuoteLineItem, QuoteService, line_figures
from ..common.errors import error_message
from ..common.layout_memory import remember_splitter
from ..common.unsaved import may_close
from ..common.window_size import open_at_remembered_size
from ..tasks import when_alive
from . import words

COLUMNS = 7  # name, unit, quantity, unit price, discount %, tax %, total incl. tax
STATUS_WORDS = {"draft": QT_TRANSLATE_NOOP("QuoteDialog", "Draft"), "sent": QT_TRANSLATE_NOOP("QuoteDialog", "Sent"),
                "accepted": QT_TRANSLATE_NOOP("QuoteDialog", "Accepted"),
                "rejected": QT_TRANSLATE_NOOP("QuoteDialog", "Rejected"),
                "superseded": QT_TRANSLATE_NOOP("QuoteDialog", "Superseded by a newer version")}


def render_pages(pdf: bytes, scale: float = 1.3) -> list[QImage]:
    """The PDF's pages as images (pypdfium2), for the preview."""
    import pypdfium2
    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=scale)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes()
            images.append(QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy())
    finally:
        document.close()
    return images


class QuoteDialog(QDialog):
    def __init__(self, service: QuoteService, quote_id: uuid.UUID, bus, tasks=None, parent=None):
        super().__init__(parent)
        self.setObjectName("quoteDialog")
        self.service, self.bus, self.tasks = service, bus, tasks
        self.quote_id = quote_id
        open_at_remembered_size(self, "quote", 1100, 700)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("quoteTitle")
        self.terms = QPlainTextEdit()
        self.terms.setObjectName("quoteTerms")
        self.terms.setMaximumHeight(70)
        self.status = QLabel()
        self.status.setObjectName("quoteStatus")
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Terms"), self.terms)
        self.lines = QTableWidget(0, COLUMNS)
        self.lines.setObjectName("quoteLines")
        self.lines.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Unit"), self.tr("Quantity"),
                                              self.tr("Unit price"), self.tr("Discount %"), self.tr("Tax %"),
                                              self.tr("Total incl. tax")])
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(56)
        self.lines.itemChanged.connect(lambda _i: self._totals())
        self.totals = QLabel()
        self.totals.setObjectName("quoteTotals")
        add = QPushButton(self.tr("Add line"))
        add.clicked.connect(lambda: self._append(QuoteLineItem(None, "", "1", 0)))
        remove = QPushButton(self.tr("Remove line"))
        remove.clicked.connect(self._remove)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveQuote")
        self.save_button.clicked.connect(self.save)
        self.sent_button = QPushButton(self.tr("Mark as &sent"))
        self.sent_button.setObjectName("markSent")
        self.sent_button.clicked.connect(lambda: self._status("sent"))
        self.version_button = QPushButton(self.tr("New &version"))
        self.version_button.setObjectName("newVersion")
        self.version_button.clicked.connect(self.new_version)
        self.contract_button = QPushButton(self.tr("Make &contract"))
        self.contract_button.setObjectName("makeContract")
        self.contract_button.setToolTip(self.tr("The customer accepted: a contract for this quote's total"))
        self.contract_button.clicked.connect(self.make_contract)
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.pdf_button.setObjectName("savePdf")
        self.pdf_button.clicked.connect(self.choose_pdf_path)
        self.message = QLabel()
        self.message.setObjectName("quoteMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (add, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.totals)
        actions = QHBoxLayout()
        for b in (self.save_button, self.sent_button, self.version_button, self.contract_button, self.pdf_button):
            actions.addWidget(b)
        actions.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.lines, 1)
        left_layout.addWidget(self.message)
        left_layout.addLayout(actions)
        self.preview = QVBoxLayout()
        pages = QWidget()
        pages.setLayout(self.preview)
        self.preview_area = QScrollArea()
        self.preview_area.setObjectName("pdfPreview")
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(pages)
        split = QSplitter()
        remember_splitter(split, "quote")
        split.addWidget(left)
        split.addWidget(self.preview_area)
        split.setSizes([620, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.load()

    # -- loading -------------------------------------------------------------------------------------
    def load(self) -> None:
        q = self.service.get(self.quote_id)
        self.quote = q
        self.setWindowTitle(self.tr("Quote %1").replace("%1", q.label))
        self.title_edit.setText(q.title)
        self.terms.setPlainText(q.terms)
        self.status.setText(QCoreApplication.translate("QuoteDialog", STATUS_WORDS.get(q.status, q.status)))
        draft = q.status == "draft"
        for widget in (self.title_edit, self.terms, self.lines, self.save_button):
            widget.setEnabled(draft)
        self.sent_button.setEnabled(draft)
        self.contract_button.setEnabled(q.status in ("draft", "sent", "accepted") and self.service.can("contracts",
                                                                                                       "create"))
        self.lines.blockSignals(True)
        self.lines.setRowCount(0)
        self.lines.blockSignals(False)
        for line in q.lines:
            self._append(line)
        self._totals()
        self._clean = self._state()
        self.refresh_preview()

    def _state(self) -> tuple:
        """What the user can change, as typed (a half-typed price is still a change): title, terms, and every
        line's cells but the computed total."""
        def text(row, column):
            item = self.lines.item(row, column)
            return item.text() if item else ""
        return (self.title_edit.text(), self.terms.toPlainText(),
                tuple(tuple(text(r, c) for c in range(COLUMNS - 1)) for r in range(self.lines.rowCount())))

    def has_unsaved_changes(self) -> bool:
        return self.quote.status == "draft" and self._state() != self._clean

    def _saved_first(self) -> bool:
        """Before anything that works from the stored quote (its PDF, a new version): unsaved changes are saved,
        so the file sent to the customer is the quote on screen. False when the save is refused."""
        return not self.has_unsaved_changes() or self.save()

    def reject(self) -> None:
        if may_close(self, self.has_unsaved_changes(), self.save,
                     self.tr("This quote has changes that are not saved. Save them before closing?")):
            super().reject()

    def refresh_preview(self) -> None:
        def make():
            pdf = self.service.pdf(self.quote_id)
            return pdf, render_pages(pdf)
        if self.tasks is None:
            self._preview(make())
        else:
            self.tasks.submit(make, lane="io", on_done=self._preview,
                              on_error=lambda exc: self.message.setText(error_message(exc)))

    @when_alive
    def _preview(self, result) -> None:
        _pdf, images = result
        while self.preview.count():
            item = self.preview.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for image in images:
            label = QLabel()
            label.setObjectName("pdfPage")
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(440, Qt.TransformationMode.SmoothTransformation))
            self.preview.addWidget(label)
        self.preview.addStretch(1)

    # -- lines ---------------------------------------------------------------------------------------
    def _append(self, line: QuoteLineItem) -> None:
        self.lines.blockSignals(True)
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        name = QTableWidgetItem(line.name)
        name.setData(Qt.ItemDataRole.UserRole, (line.id, line.product_id))
        cells = [name, QTableWidgetItem(line.unit), QTableWidgetItem(line.quantity),
                 QTableWidgetItem(f"{Money(line.unit_price, self.quote.currency).amount}"),
                 QTableWidgetItem(line.discount), QTableWidgetItem(line.tax_rate), QTableWidgetItem()]
        cells[-1].setFlags(cells[-1].flags() & ~Qt.ItemFlag.ItemIsEditable)
        for column, item in enumerate(cells):
            self.lines.setItem(row, column, item)
        self.lines.blockSignals(False)
        self._totals()

    def _remove(self) -> None:
        for row in sorted({i.row() for i in self.lines.selectedIndexes()}, reverse=True):
            self.lines.removeRow(row)
        self._totals()

    def line_items(self) -> list[QuoteLineItem]:
        out = []
        for row in range(self.lines.rowCount()):
            def cell(column):
                item = self.lines.item(row, column)
                return item.text().strip() if item else ""
            line_id, product_id = self.lines.item(row, 0).data(Qt.ItemDataRole.UserRole) or (None, None)
            price = parse_amount(cell(3), self.quote.currency, field="unit_price")
            if isinstance(price, FieldError):
                raise ValidationError([price])
            out.append(QuoteLineItem(line_id, cell(0), cell(2) or "1", price, cell(4) or "0", cell(5) or "0",
                                     cell(1), product_id))
        return out

    def _totals(self) -> None:
        currency = self.quote.currency
        subtotal = tax = total = 0
        self.lines.blockSignals(True)
        try:
            for row, line in enumerate(self.line_items()):
                try:
                    net, line_tax, line_total = line_figures(line.quantity, line.unit_price, line.discount, line.tax_rate)
                except Exception:  # noqa: BLE001 - half-typed numbers: no figure for the row yet
                    self.lines.item(row, 6).setText("?")
                    continue
                subtotal, tax, total = subtotal + net, tax + line_tax, total + line_total
                self.lines.item(row, 6).setText(words.money(line_total, currency))
        except ValidationError:
            pass
        finally:
            self.lines.blockSignals(False)
        self.totals.setText(self.tr("Subtotal %1 · tax %2 · total %3").replace("%1", words.money(subtotal, currency))
                            .replace("%2", words.money(tax, currency)).replace("%3", words.money(total, currency)))

    # -- actions -------------------------------------------------------------------------------------
    def _do(self, write) -> bool:
        self.message.setText("")
        try:
            changes = write()
        except (CrmError, ValidationError) as exc:
            self.message.setText(error_message(exc))
            return False
        if isinstance(changes, tuple):
            self.quote_id, changes = changes
        self.bus.publish(changes)
        self.load()
        return True

    def save(self) -> bool:
        return self._do(lambda: self.service.save(self.quote_id, {"title": self.title_edit.text(),
                                                                  "terms": self.terms.toPlainText()},
                                                  self.line_items()))

    def _status(self, status: str) -> None:
        if self.quote.status == "draft" and not self.save():
            return
        self._do(lambda: self.service.set_status(self.quote_id, status))

    def new_version(self) -> None:
        if self._saved_first():
            self._do(lambda: self.service.new_version(self.quote_id))

    def make_contract(self) -> None:
        from ...services.contracts import ContractService
        contracts = ContractService(self.service.db, self.service.actor, self.service.access)

        def write():
            changes = Changes()
            if self.quote.status == "draft" and self.save():
                pass
            if self.quote.status in ("draft", "sent"):
                changes = self.service.set_status(self.quote_id, "accepted")
            contract_id, made = contracts.create_from_quote(self.quote_id)
            self.contract_id = contract_id
            return changes | made
        if self._do(write):
            self.message.setText(self.tr("Contract %1 made; find it under Contracts.")
                                 .replace("%1", contracts.get(self.contract_id).number))

    def choose_pdf_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), f"{self.quote.number}-v{self.quote.version}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str) -> None:
        if not self._saved_first():
            return
        try:
            # Rendered now from what is saved: the preview may still be catching up with the last save.
            data = self.service.pdf(self.quote_id)
            with open(path, "wb") as out:
                out.write(data)
        except (OSError, CrmError) as exc:
            self.message.setText(error_message(exc) if isinstance(exc, CrmError) else str(exc))
            return
        self.message.setText(self.tr("Saved %1").replace("%1", path))


__all__ = ["QuoteDialog", "render_pages"]

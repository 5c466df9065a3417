"""The product catalogue: the category tree (two levels) beside the products of the chosen category, and the
suppliers with the customers they serve and their price lists. Administrators edit; everyone reads."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import CrmError, FieldError, ValidationError
from ...domain.money import Money, parse_amount
from ...services.products import ProductService
from ..bus import ChangeBus
from ..common.errors import error_message, show_error
from ..common.form import ValidatedForm
from ..common.layout_memory import remember_splitter
from ..common.unsaved import AsksBeforeDiscarding
from ..sales import words

ALL = "*"


class ProductDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, categories, product=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Product") if product else self.tr("New product"))
        layout = QFormLayout()
        self.form = ValidatedForm(layout)
        self.code = self.form.add("code", self.tr("Code"), QLineEdit(product.code if product else ""))
        self.name = self.form.add("name", self.tr("Name"), QLineEdit(product.name if product else ""))
        self.unit = self.form.add("unit", self.tr("Unit"), QLineEdit(product.unit if product else ""))
        self.price = self.form.add("list_price", self.tr("List price"), QLineEdit(
            f"{Money(product.list_price, product.currency).amount}" if product else ""))
        self.category = self.form.add("category_id", self.tr("Category"), QComboBox())
        self.category.addItem(self.tr("(none)"), "")
        for c in categories:
            self.category.addItem(("    " if c.parent_id else "") + c.name, c.id.hex)
        if product and product.category_id:
            self.category.setCurrentIndex(self.category.findData(product.category_id.hex))
        self.description = self.form.add("description", self.tr("Description"),
                                         QLineEdit(product.description if product else ""))
        self.active = self.form.add("active", self.tr("Active"), QCheckBox())
        self.active.setChecked(product.active if product else True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.message)
        outer.addWidget(box)
        self.submit = None

    def values(self) -> dict:
        price = parse_amount(self.price.text(), field="list_price")
        if isinstance(price, FieldError):
            raise ValidationError([price])
        category = self.category.currentData()
        return {"code": self.code.text(), "name": self.name.text(), "unit": self.unit.text(), "list_price": price,
                "category_id": uuid.UUID(category) if category else None, "description": self.description.text(),
                "active": self.active.isChecked()}

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            self.submit(self.values())
        except ValidationError as exc:
            self.message.setText("\n".join(self.form.show(exc)))
            return
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return
        super().accept()


class ProductsScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: ProductService, tasks, bus: ChangeBus, parent=None, *, customer_search=None):
        """`customer_search(text)` -> [(id, name)]: customers to link a supplier to."""
        super().__init__(parent)
        self.customer_search = customer_search
        self.setObjectName("productsScreen")
        self.service, self.tasks, self.bus = service, tasks, bus
        admin = service.can("products", "administer")
        self.tree = QTreeWidget()
        self.tree.setObjectName("categoryTree")
        self.tree.setHeaderLabel(self.tr("Categories"))
        self.tree.currentItemChanged.connect(lambda *_a: self.show_products())
        self.add_category_button = QPushButton(self.tr("Add category…"))
        self.add_category_button.setObjectName("addCategory")
        self.add_category_button.clicked.connect(self.add_category)
        self.add_category_button.setEnabled(admin)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.tree)
        left_layout.addWidget(self.add_category_button)
        self.search = QLineEdit()
        self.search.setObjectName("productSearch")
        self.search.setPlaceholderText(self.tr("Filter by code or name…"))
        self.search.textChanged.connect(lambda _t: self.show_products())
        self.new_button = QPushButton(self.tr("New product…"))
        self.new_button.setObjectName("newProduct")
        self.new_button.clicked.connect(lambda: self.edit_product(None))
        self.new_button.setEnabled(service.can("products", "create"))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("productTable")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Unit"), self.tr("List price"),
                                              self.tr("Active"), self.tr("Description")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda index: self.edit_product(self._products[index.row()]))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.new_button)
        right_layout.addLayout(row)
        right_layout.addWidget(self.table)
        catalogue = QSplitter()
        remember_splitter(catalogue, "catalogue")
        catalogue.addWidget(left)
        catalogue.addWidget(right)
        catalogue.setSizes([260, 800])

        self.suppliers = QListWidget()
        self.suppliers.setObjectName("supplierList")
        self.suppliers.currentRowChanged.connect(lambda _r: self.show_supplier())
        self.new_supplier_button = QPushButton(self.tr("New supplier…"))
        self.new_supplier_button.setObjectName("newSupplier")
        self.new_supplier_button.clicked.connect(self.new_supplier)
        self.new_supplier_button.setEnabled(service.can("products", "create"))
        self.supplier_info = QLabel()
        self.supplier_info.setWordWrap(True)
        self.prices = QTableWidget(0, 5)
        self.prices.setObjectName("priceTable")
        self.prices.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Price"), self.tr("From quantity"),
                                               self.tr("Valid from"), self.tr("Valid to")])
        self.prices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.prices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.prices.verticalHeader().hide()
        self.add_price_button = QPushButton(self.tr("Add price…"))
        self.add_price_button.setObjectName("addPrice")
        self.add_price_button.clicked.connect(self.add_price)
        self.add_price_button.setEnabled(service.can("products", "edit"))
        self.link_button = QPushButton(self.tr("Serves customer…"))
        self.link_button.setObjectName("linkCustomer")
        self.link_button.clicked.connect(self.link_customer)
        self.link_button.setEnabled(service.can("products", "edit") and customer_search is not None)
        supplier_left = QWidget()
        sl = QVBoxLayout(supplier_left)
        sl.addWidget(self.suppliers)
        sl.addWidget(self.new_supplier_button)
        supplier_right = QWidget()
        sr = QVBoxLayout(supplier_right)
        sr.addWidget(self.supplier_info)
        sr.addWidget(self.link_button)
        sr.addWidget(QLabel(self.tr("Price list")))
        sr.addWidget(self.prices)
        sr.addWidget(self.add_price_button)
        supplier_split = QSplitter()
        remember_splitter(supplier_split, "suppliers")
        supplier_split.addWidget(supplier_left)
        supplier_split.addWidget(supplier_right)
        supplier_split.setSizes([260, 800])
        self.tabs = QTabWidget()
        self.tabs.addTab(catalogue, self.tr("Products"))
        self.tabs.addTab(supplier_split, self.tr("Suppliers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        bus.changed.connect(lambda changes: self.reload() if changes.products and self._loaded else None)
        self._loaded = False
        self._products = []
        self._suppliers = []

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        try:
            self.categories = self.service.categories()
            self._suppliers = self.service.suppliers()
        except CrmError as exc:
            show_error(self, exc)
            return
        current = self.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) if self.tree.currentItem() else ALL
        self.tree.blockSignals(True)
        self.tree.clear()
        root = QTreeWidgetItem([self.tr("All products")])
        root.setData(0, Qt.ItemDataRole.UserRole, ALL)
        self.tree.addTopLevelItem(root)
        items = {}
        for c in [c for c in self.categories if c.parent_id is None]:
            items[c.id] = QTreeWidgetItem(root, [c.name])
            items[c.id].setData(0, Qt.ItemDataRole.UserRole, c.id.hex)
        for c in [c for c in self.categories if c.parent_id is not None]:
            item = QTreeWidgetItem(items.get(c.parent_id, root), [c.name])
            item.setData(0, Qt.ItemDataRole.UserRole, c.id.hex)
            items[c.id] = item
        self.tree.expandAll()
        chosen = next((i for i in [root, *items.values()] if i.data(0, Qt.ItemDataRole.UserRole) == current), root)
        self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self.show_products()
        row = self.suppliers.currentRow()
        self.suppliers.blockSignals(True)
        self.suppliers.clear()
        for s in self._suppliers:
            QListWidgetItem(s.name, self.suppliers)
        self.suppliers.setCurrentRow(min(max(row, 0), len(self._suppliers) - 1))
        self.suppliers.blockSignals(False)
        self.show_supplier()

    def _category(self) -> uuid.UUID | None:
        item = self.tree.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item else ALL
        return None if data in (None, ALL) else uuid.UUID(data)

    def show_products(self) -> None:
        self._products = self.service.products(self._category(), self.search.text())
        self.table.setRowCount(len(self._products))
        for r, p in enumerate(self._products):
            for c, text in enumerate((p.code, p.name, p.unit, words.money(p.list_price, p.currency),
                                      "✓" if p.active else "", p.description)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def show_supplier(self) -> None:
        row = self.suppliers.currentRow()
        if not 0 <= row < len(self._suppliers):
            self.supplier_info.setText(self.tr("No suppliers yet."))
            self.prices.setRowCount(0)
            self.add_price_button.setEnabled(False)
            return
        s = self._suppliers[row]
        self.add_price_button.setEnabled(self.service.can("products", "edit"))
        served = "、".join(name for _id, name in s.customers) or self.tr("(none)")
        self.supplier_info.setText(f"<b>{s.name}</b> {s.contact_name} {s.phone} {s.email}<br/>"
                                   + self.tr("Serves: %1").replace("%1", served))
        prices = self.service.prices(s.id)
        self.prices.setRowCount(len(prices))
        for r, p in enumerate(prices):
            for c, text in enumerate((p.product_name, words.money(p.price, p.currency), p.min_quantity,
                                      str(p.valid_from or ""), str(p.valid_to or ""))):
                self.prices.setItem(r, c, QTableWidgetItem(text))

    # -- edits ---------------------------------------------------------------------------------------
    def _write(self, write, text: str) -> bool:
        try:
            result = write()
        except (CrmError, ValidationError) as exc:
            show_error(self, exc)
            return False
        self.bus.publish(result[1] if isinstance(result, tuple) else result)
        self.status.emit(text)
        return True

    def add_category(self) -> None:
        parent = self._category()
        if parent is not None and next((c for c in self.categories if c.id == parent), None).parent_id is not None:
            parent = next(c for c in self.categories if c.id == parent).parent_id  # siblings of a sub-category
        name, ok = QInputDialog.getText(self, self.tr("Add category"), self.tr("Name:"))
        if ok and name.strip():
            self._write(lambda: self.service.save_category(None, name.strip(), parent), self.tr("Category added."))

    def edit_product(self, product) -> None:
        dialog = ProductDialog(self.categories, product, self)
        if product is None and self._category() is not None:
            dialog.category.setCurrentIndex(dialog.category.findData(self._category().hex))
        dialog.submit = lambda values: self.bus.publish(self.service.save_product(product.id if product else None,
                                                                                  values)[1])
        dialog.exec()

    def new_supplier(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New supplier"), self.tr("Supplier name:"))
        if ok and name.strip():
            self._write(lambda: self.service.save_supplier(None, {"name": name.strip()}), self.tr("Supplier added."))

    def link_customer(self) -> None:
        """Add a customer the chosen supplier serves (found by name, pinyin or phone)."""
        if not 0 <= self.suppliers.currentRow() < len(self._suppliers):
            return
        s = self._suppliers[self.suppliers.currentRow()]
        text, ok = QInputDialog.getText(self, self.tr("Serves customer"), self.tr("Find the customer:"))
        if not ok or not text.strip():
            return
        found = self.customer_search(text.strip())
        if not found:
            self.status.emit(self.tr("No customer matches %1.").replace("%1", text))
            return
        names = [name for _id, name in found]
        chosen, ok = QInputDialog.getItem(self, self.tr("Serves customer"), self.tr("Customer:"), names, 0, False)
        if ok:
            wanted = [cid for cid, _n in s.customers] + [found[names.index(chosen)][0]]
            self._write(lambda: self.service.link_customers(s.id, wanted), self.tr("Customer linked."))

    def add_price(self) -> None:
        s = self._suppliers[self.suppliers.currentRow()]
        products = self.service.products(include_inactive=False)
        names = [f"{p.code} {p.name}" for p in products]
        chosen, ok = QInputDialog.getItem(self, self.tr("Add price"), self.tr("Product:"), names, 0, False)
        if not ok:
            return
        product = products[names.index(chosen)]
        text, ok = QInputDialog.getText(self, self.tr("Add price"), self.tr("Price:"))
        if not ok:
            return
        price = parse_amount(text, product.currency, field="price")
        if isinstance(price, FieldError):
            show_error(self, ValidationError([price]))
            return
        self._write(lambda: self.service.save_price(None, {"supplier_id": s.id, "product_id": product.id,
                                                           "price": price, "currency": product.currency}),
                    self.tr("Price added."))

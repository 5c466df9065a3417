"""The product catalogue: a two-level category tree, products (code, name, unit, list price, description,
active), suppliers with the customers they serve (many to many) and their price lists."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select

from ..data.models import Customer, Product, ProductCategory, Supplier, SupplierCustomer, SupplierPrice
from ..domain.changes import Changes
from ..domain.errors import FieldError, ValidationError
from .base import UserService


@dataclass(frozen=True)
class CategoryItem:
    id: uuid.UUID
    name: str
    parent_id: uuid.UUID | None
    position: int


@dataclass(frozen=True)
class ProductItem:
    id: uuid.UUID
    code: str
    name: str
    unit: str
    list_price: int
    currency: str
    description: str
    active: bool
    category_id: uuid.UUID | None


@dataclass(frozen=True)
class SupplierItem:
    id: uuid.UUID
    name: str
    contact_name: str
    phone: str
    email: str
    address: str
    notes: str
    customers: tuple[tuple[uuid.UUID, str], ...]


@dataclass(frozen=True)
class PriceItem:
    id: uuid.UUID
    supplier_id: uuid.UUID
    product_id: uuid.UUID
    product_name: str
    price: int
    currency: str
    min_quantity: str
    valid_from: date | None
    valid_to: date | None


class ProductService(UserService):
    # -- categories ----------------------------------------------------------------------------------
    def categories(self) -> list[CategoryItem]:
        self.access.require("products", "view")
        with self.db.reading() as conn:
            return [CategoryItem(r.id, r.name, r.parent_id, r.position) for r in conn.execute(
                select(ProductCategory.id, ProductCategory.name, ProductCategory.parent_id, ProductCategory.position)
                .where(ProductCategory.deleted_at.is_(None))
                .order_by(ProductCategory.position, ProductCategory.name))]

    def save_category(self, category_id: uuid.UUID | None, name: str, parent_id: uuid.UUID | None = None,
                      position: int = 0) -> tuple[uuid.UUID, Changes]:
        """A top category (no parent) or a sub-category of a top one: the tree has two levels."""
        self.access.require("products", "administer")
        with self.db.unit_of_work(self.actor, "save product category") as uow:
            if parent_id is not None:
                parent = uow.get(ProductCategory, parent_id)
                if parent.parent_id is not None or parent_id == category_id:
                    raise ValidationError([FieldError("parent_id", "two_levels")])
                if category_id is not None and uow.session.scalar(select(func.count()).select_from(ProductCategory)
                                                                  .where(ProductCategory.parent_id == category_id,
                                                                         ProductCategory.deleted_at.is_(None))):
                    raise ValidationError([FieldError("parent_id", "two_levels")])
            values = {"name": name, "parent_id": parent_id, "position": position}
            if category_id is None:
                category = uow.create(ProductCategory, **values)
            else:
                category = uow.get(ProductCategory, category_id)
                uow.update(category, **values)
            return category.id, uow.commit()

    def delete_category(self, category_id: uuid.UUID) -> Changes:
        self.access.require("products", "administer")
        with self.db.unit_of_work(self.actor, "delete product category") as uow:
            category = uow.get(ProductCategory, category_id)
            used = uow.session.scalar(select(func.count()).select_from(Product).where(
                Product.category_id == category.id, Product.deleted_at.is_(None))) + uow.session.scalar(
                select(func.count()).select_from(ProductCategory).where(ProductCategory.parent_id == category.id,
                                                                        ProductCategory.deleted_at.is_(None)))
            if used:
                raise ValidationError([FieldError("category", "in_use", {"users": used})])
            uow.delete(category)
            return uow.commit()

    # -- products ------------------------------------------------------------------------------------
    def products(self, category_id: uuid.UUID | None = None, text: str = "", *, include_inactive: bool = True,
                 limit: int = 2000) -> list[ProductItem]:
        """Products, in a category and its sub-categories when one is given, matching code or name."""
        self.access.require("products", "view")
        stmt = select(Product.__table__).where(Product.deleted_at.is_(None))
        if category_id is not None:
            subs = select(ProductCategory.id).where(ProductCategory.parent_id == category_id)
            stmt = stmt.where(or_(Product.category_id == category_id, Product.category_id.in_(subs)))
        if text.strip():
            pattern = f"%{text.strip()}%"
            stmt = stmt.where(or_(Product.code.like(pattern), Product.name.like(pattern)))
        if not include_inactive:
            stmt = stmt.where(Product.active.is_(True))
        with self.db.reading() as conn:
            return [ProductItem(r.id, r.code, r.name, r.unit, r.list_price, r.currency, r.description, bool(r.active),
                                r.category_id) for r in conn.execute(stmt.order_by(Product.code).limit(limit))]

    def save_product(self, product_id: uuid.UUID | None, values: dict) -> tuple[uuid.UUID, Changes]:
        self.access.require("products", "create" if product_id is None else "edit")
        with self.db.unit_of_work(self.actor, "save product") as uow:
            code = (values.get("code") or "").strip()
            if code and uow.session.scalar(select(func.count()).select_from(Product).where(
                    Product.code == code, Product.deleted_at.is_(None), Product.id != (product_id or uuid.UUID(int=0)))):
                raise ValidationError([FieldError("code", "duplicate")])
            if values.get("category_id") is not None:
                uow.get(ProductCategory, values["category_id"])
            if product_id is None:
                product = uow.create(Product, **values)
            else:
                product = uow.get(Product, product_id)
                uow.update(product, **values)
            return product.id, uow.commit()

    def delete_product(self, product_id: uuid.UUID) -> Changes:
        self.access.require("products", "delete")
        with self.db.unit_of_work(self.actor, "delete product") as uow:
            uow.delete(uow.get(Product, product_id))
            return uow.commit()

    # -- suppliers -----------------------------------------------------------------------------------
    def suppliers(self) -> list[SupplierItem]:
        self.access.require("products", "view")
        with self.db.reading() as conn:
            links: dict = {}
            for supplier_id, customer_id, name in conn.execute(
                    select(SupplierCustomer.supplier_id, Customer.id, Customer.name)
                    .join(Customer, Customer.id == SupplierCustomer.customer_id)
                    .where(SupplierCustomer.deleted_at.is_(None), Customer.deleted_at.is_(None))):
                links.setdefault(supplier_id, []).append((customer_id, name))
            return [SupplierItem(r.id, r.name, r.contact_name, r.phone, r.email, r.address, r.notes,
                                 tuple(sorted(links.get(r.id, []), key=lambda c: c[1])))
                    for r in conn.execute(select(Supplier.__table__).where(Supplier.deleted_at.is_(None))
                                          .order_by(Supplier.name))]

    def save_supplier(self, supplier_id: uuid.UUID | None, values: dict) -> tuple[uuid.UUID, Changes]:
        self.access.require("products", "create" if supplier_id is None else "edit")
        with self.db.unit_of_work(self.actor, "save supplier") as uow:
            if supplier_id is None:
                supplier = uow.create(Supplier, **values)
            else:
                supplier = uow.get(Supplier, supplier_id)
                uow.update(supplier, **values)
            return supplier.id, uow.commit()

    def link_customers(self, supplier_id: uuid.UUID, customer_ids: list[uuid.UUID]) -> Changes:
        """Make the supplier's customers exactly these (links added and removed are journaled)."""
        self.access.require("products", "edit")
        wanted = set(customer_ids)
        with self.db.unit_of_work(self.actor, "supplier customers") as uow:
            supplier = uow.get(Supplier, supplier_id)
            links = uow.session.scalars(select(SupplierCustomer).where(SupplierCustomer.supplier_id == supplier.id,
                                                                       SupplierCustomer.deleted_at.is_(None))).all()
            have = {link.customer_id: link for link in links}
            for customer_id in wanted - set(have):
                uow.get(Customer, customer_id)
                uow.create(SupplierCustomer, supplier_id=supplier.id, customer_id=customer_id)
            for customer_id, link in have.items():
                if customer_id not in wanted:
                    uow.delete(link)
            return uow.commit()

    def suppliers_of_customer(self, customer_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        self.access.require("products", "view")
        with self.db.reading() as conn:
            return [tuple(r) for r in conn.execute(
                select(Supplier.id, Supplier.name).join(SupplierCustomer, SupplierCustomer.supplier_id == Supplier.id)
                .where(SupplierCustomer.customer_id == customer_id, SupplierCustomer.deleted_at.is_(None),
                       Supplier.deleted_at.is_(None)).order_by(Supplier.name))]

    # -- price lists ---------------------------------------------------------------------------------
    def prices(self, supplier_id: uuid.UUID) -> list[PriceItem]:
        self.access.require("products", "view")
        with self.db.reading() as conn:
            return [PriceItem(r.id, r.supplier_id, r.product_id, r.product_name, r.price, r.currency, r.min_quantity,
                              r.valid_from, r.valid_to) for r in conn.execute(
                select(SupplierPrice.id, SupplierPrice.supplier_id, SupplierPrice.product_id,
                       Product.name.label("product_name"), SupplierPrice.price, SupplierPrice.currency,
                       SupplierPrice.min_quantity, SupplierPrice.valid_from, SupplierPrice.valid_to)
                .join(Product, Product.id == SupplierPrice.product_id)
                .where(SupplierPrice.supplier_id == supplier_id, SupplierPrice.deleted_at.is_(None))
                .order_by(Product.code, SupplierPrice.min_quantity))]

    def save_price(self, price_id: uuid.UUID | None, values: dict) -> tuple[uuid.UUID, Changes]:
        self.access.require("products", "edit")
        if values.get("valid_from") and values.get("valid_to") and values["valid_to"] < values["valid_from"]:
            raise ValidationError([FieldError("valid_to", "before_start")])
        with self.db.unit_of_work(self.actor, "save supplier price") as uow:
            if price_id is None:
                uow.get(Supplier, values["supplier_id"])
                uow.get(Product, values["product_id"])
                price = uow.create(SupplierPrice, **values)
            else:
                price = uow.get(SupplierPrice, price_id)
                uow.update(price, **values)
            return price.id, uow.commit()

    def delete_price(self, price_id: uuid.UUID) -> Changes:
        self.access.require("products", "edit")
        with self.db.unit_of_work(self.actor, "delete supplier price") as uow:
            uow.delete(uow.get(SupplierPrice, price_id))
            return uow.commit()

    def supplier_price(self, supplier_id: uuid.UUID, product_id: uuid.UUID, quantity: str = "1",
                       on: date | None = None) -> PriceItem | None:
        """The supplier's price for a quantity on a day: the entry with the largest minimum quantity not above
        it among those valid that day (of equal ones, the one whose period began last: a newer price list)."""
        on = on or date.today()
        wanted = Decimal(quantity)
        fitting = [p for p in self.prices(supplier_id) if p.product_id == product_id
                   and (p.valid_from is None or p.valid_from <= on) and (p.valid_to is None or on <= p.valid_to)
                   and Decimal(p.min_quantity) <= wanted]
        return max(fitting, key=lambda p: (Decimal(p.min_quantity), p.valid_from or date.min), default=None)

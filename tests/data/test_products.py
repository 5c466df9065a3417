"""The product catalogue: a two-level category tree, products with unique codes, suppliers linked to the
customers they serve, and their price lists by quantity and period."""

from datetime import date

import pytest
from sqlalchemy import select

from crm_desktop.data.models import Customer, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.products import ProductService


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


@pytest.fixture
def admin(demo_db):
    return ProductService(demo_db, _actor(demo_db, "admin"))


def test_the_category_tree_has_two_levels(admin):
    top, _ = admin.save_category(None, "耗材")
    sub, _ = admin.save_category(None, "打印耗材", top)
    with pytest.raises(ValidationError):
        admin.save_category(None, "第三层", sub)
    with pytest.raises(ValidationError):
        admin.save_category(top, "耗材", sub)  # a parent cannot go under its own child
    pid, _ = admin.save_product(None, {"code": "INK-01", "name": "墨盒", "unit": "个", "list_price": 120_00,
                                       "category_id": sub})
    assert [p.code for p in admin.products(top)] == ["INK-01"]  # a top category shows its sub-categories' products
    with pytest.raises(ValidationError):
        admin.delete_category(sub)  # still holds a product
    with pytest.raises(ValidationError):
        admin.save_product(None, {"code": "INK-01", "name": "重复", "list_price": 1})
    admin.save_product(pid, {"active": False})
    assert admin.products(top, include_inactive=False) == []
    assert [p.code for p in admin.products(text="墨")] == ["INK-01"]


def test_suppliers_serve_customers_and_price_by_quantity_and_period(demo_db, admin):
    with demo_db.connect() as conn:
        customers = [r[0] for r in conn.execute(select(Customer.id).limit(3))]
    sid, _ = admin.save_supplier(None, {"name": "深圳华强电子有限公司", "phone": "0755-83334444"})
    admin.link_customers(sid, customers[:2])
    assert len(admin.suppliers()[0].customers) == 2
    admin.link_customers(sid, customers[1:])
    assert {c for c, _n in admin.suppliers()[0].customers} == set(customers[1:])
    assert admin.suppliers_of_customer(customers[2]) == [(sid, "深圳华强电子有限公司")]
    product = admin.products()[0]
    admin.save_price(None, {"supplier_id": sid, "product_id": product.id, "price": 100_00, "min_quantity": "1"})
    admin.save_price(None, {"supplier_id": sid, "product_id": product.id, "price": 90_00, "min_quantity": "10"})
    admin.save_price(None, {"supplier_id": sid, "product_id": product.id, "price": 80_00, "min_quantity": "10",
                            "valid_from": date(2027, 1, 1)})
    assert admin.supplier_price(sid, product.id, "5", date(2026, 12, 1)).price == 100_00
    assert admin.supplier_price(sid, product.id, "12", date(2026, 12, 1)).price == 90_00
    assert admin.supplier_price(sid, product.id, "12", date(2027, 2, 1)).price == 80_00
    with pytest.raises(ValidationError):
        admin.save_price(None, {"supplier_id": sid, "product_id": product.id, "price": 1,
                                "valid_from": date(2027, 1, 2), "valid_to": date(2027, 1, 1)})


def test_reps_read_the_catalogue_but_do_not_change_it(demo_db):
    rep = ProductService(demo_db, _actor(demo_db, "lina"))
    assert rep.products()
    with pytest.raises(PermissionDenied):
        rep.save_product(None, {"code": "X", "name": "x"})
    with pytest.raises(PermissionDenied):
        rep.save_category(None, "x")

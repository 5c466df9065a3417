"""The product catalogue screen: the category tree narrows the product table, a new product is added through
its dialog (a duplicate code is refused in the form), and suppliers show their price lists."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from crm_desktop.ui.products.screen import ProductDialog
from tests.ui.conftest import on_modal


def test_the_tree_narrows_the_products_and_a_product_is_added(qtbot, window):
    screen = window.products
    window.show_screen(screen)
    qtbot.waitUntil(lambda: screen.tree.topLevelItemCount() == 1, timeout=5000)
    root = screen.tree.topLevelItem(0)
    assert root.childCount() == 2  # 软件, 硬件 from the demo
    everything = screen.table.rowCount()
    software = next(root.child(i) for i in range(root.childCount()) if root.child(i).text(0) == "软件")
    screen.tree.setCurrentItem(software.child(0))  # CRM 套件
    assert 0 < screen.table.rowCount() < everything
    assert {screen.table.item(r, 0).text() for r in range(screen.table.rowCount())} == {"CRM-STD", "CRM-PRO"}
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, ProductDialog)
        dialog.code.setText("CRM-STD")
        dialog.name.setText("CRM 旗舰版")
        dialog.price.setText("99800")
        dialog.accept()  # refused: the code is taken
        seen["error"] = dialog.form.rows["code"].error.text()
        dialog.code.setText("CRM-ULT")
        dialog.accept()
    on_modal(fill)
    qtbot.mouseClick(screen.findChild(QPushButton, "newProduct"), Qt.MouseButton.LeftButton)
    assert seen["error"]
    qtbot.waitUntil(lambda: screen.table.rowCount() == 3, timeout=5000)
    added = next(p for p in screen.service.products() if p.code == "CRM-ULT")
    assert added.list_price == 99800_00 and added.category_id is not None  # filed under the chosen category


def test_a_supplier_is_linked_to_a_customer_it_serves(qtbot, window):
    from PySide6.QtWidgets import QInputDialog
    screen = window.products
    sid, _ = screen.service.save_supplier(None, {"name": "苏州精密零件厂"})
    window.show_screen(screen)
    screen.tabs.setCurrentIndex(1)
    screen.reload()
    screen.suppliers.setCurrentRow(next(i for i, s in enumerate(screen._suppliers) if s.id == sid))
    customer = window.customers.service.search("有限公司", limit=1)[0]
    answers = iter(["有限公司", customer.name])

    def answer(dialog):
        assert isinstance(dialog, QInputDialog)
        value = next(answers)
        dialog.setTextValue(value)  # the search text, then the customer picked from the matches
        dialog.accept()
        if value == "有限公司":
            on_modal(answer)
    on_modal(answer)
    screen.findChild(QPushButton, "linkCustomer").click()
    assert [c for c, _n in screen.service.suppliers_of_customer(customer.id)] == [sid]
    assert customer.name in screen.supplier_info.text()

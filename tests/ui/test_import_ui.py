"""The import dialog driven like a user: drop a file, the columns map themselves (a preset for a known
source), a row that matches an existing customer offers skip / update / create, the import runs in the
background and reports what happened; the list shows the new customers."""

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox

from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder


def _drop(dialog, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, drop)


def test_drop_a_file_map_choose_per_match_and_import(qtbot, window, tmp_path):
    service = window.customers.service
    existing = service.window(CustomerFilter(), CustomerOrder("name"), limit=1)[0]
    path = tmp_path / "客户.csv"
    path.write_text(f"客户名称,手机,客户级别,备注\n{existing.name},13911110000,A,已有客户\n"
                    "宁波新港物流有限公司,13922220000,B,新客户\n,,,只有备注没有名称\n", encoding="utf-8")
    dialog = window.customers.import_customers()
    qtbot.waitUntil(dialog.isVisible)
    _drop(dialog, path)
    assert dialog.path_edit.text() == str(path)
    mapping = {dialog.mapping_table.item(r, 0).text(): dialog.mapping_table.cellWidget(r, 2).currentData()
               for r in range(dialog.mapping_table.rowCount())}
    assert mapping == {"客户名称": "customer.name", "手机": "customer.mobile", "客户级别": "customer.level",
                       "备注": "customer.notes"}
    assert "match existing" in dialog.info.text()
    action = dialog.sample_table.cellWidget(0, 2)
    assert isinstance(action, QComboBox) and dialog.sample_table.item(0, 1).text().startswith(existing.name)
    action.setCurrentIndex(action.findData("update"))
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_button.click()
    result = blocker.args[0]
    assert (result.imported, result.updated, result.error_count) == (1, 1, 1)
    assert "Imported 1, updated 1" in dialog.summary.text() and dialog.report_button.isVisible()
    assert service.get(existing.id).level == "A" and "已有客户" in service.get(existing.id).notes
    screen = window.customers
    qtbot.waitUntil(lambda: screen.model.rowCount() == 601, timeout=10000)


def test_an_unreadable_file_is_said_in_the_dialog(qtbot, window, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    dialog = window.customers.import_customers()
    dialog.path_edit.setText(str(path))
    dialog.load()
    assert dialog.info.text() and not dialog.import_button.isEnabled()

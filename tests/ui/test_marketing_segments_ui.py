"""The segments and marketing-resources screens driven as a user would, over the real demo database: a dynamic
segment built in its dialog shows the live count the service computes, the list shows each segment's count,
a static list is filled from a filter and trimmed; a resource file is added (by the file dialog and by a
drop), linked to a campaign and saved back byte for byte."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QPushButton
from sqlalchemy import select

from crm_desktop.data.models import Segment, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.customer_filter import CustomerFilter
from crm_desktop.services.campaigns import CampaignService
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.segments import SegmentService
from crm_desktop.ui.bus import ChangeBus
from crm_desktop.ui.marketing.resources import ResourcesScreen
from crm_desktop.ui.marketing.segments import SegmentDialog, SegmentsScreen, find_data
from crm_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import type_text


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


@pytest.fixture
def inline_tasks(qtbot):
    runner = TaskRunner(inline=True)
    yield runner
    runner.shutdown()


@pytest.fixture
def admin(demo_db):
    return _actor(demo_db, "admin")


@pytest.fixture
def segments(qtbot, demo_db, admin, tasks):
    service = SegmentService(demo_db, admin)
    options = CustomerService(demo_db, admin).filter_options()
    screen = SegmentsScreen(service, tasks, ChangeBus(), options)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _row_of(table, name):
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)


def _shown_count(screen, name):
    r = _row_of(screen.table, name)
    return screen.table.item(r, 2).text()


def test_a_dynamic_segment_built_in_its_dialog_counts_live_and_is_listed_with_its_count(qtbot, demo_db, admin,
                                                                                      segments):
    service = segments.service
    qtbot.mouseClick(segments.findChild(QPushButton, "newSegment"), Qt.MouseButton.LeftButton)
    dialog = segments.dialog
    assert isinstance(dialog, SegmentDialog) and dialog.isVisible()
    type_text(qtbot, dialog.name, "A 级制造业")
    box = dialog.filter_box
    everyone = service.count_filter(CustomerFilter())
    qtbot.waitUntil(lambda: box.last_count == everyone, timeout=10000)  # nothing chosen: every customer

    box.level.setCurrentIndex(box.level.findData("A"))
    industry = next(box.industry.itemData(i) for i in range(1, box.industry.count()))
    box.industry.setCurrentIndex(box.industry.findData(industry))
    expected = service.count_filter(CustomerFilter(level="A", industry=industry))
    assert 0 < expected < everyone
    qtbot.waitUntil(lambda: box.last_count == expected, timeout=10000)
    assert box.live_count.text() in (f"{expected:,} customer(s)", f"{expected:,} 位客户")

    # Narrowing again recounts; the label follows the new filter, not the old answer.
    owner = box.owner.itemData(1)
    box.owner.setCurrentIndex(1)
    narrower = service.count_filter(CustomerFilter(level="A", industry=industry, owner_id=owner))
    qtbot.waitUntil(lambda: box.last_count == narrower, timeout=10000)
    box.owner.setCurrentIndex(0)
    qtbot.waitUntil(lambda: box.last_count == expected, timeout=10000)

    dialog.accept()
    qtbot.waitUntil(lambda: any(segments.table.item(r, 0).text() == "A 级制造业"
                                for r in range(segments.table.rowCount())), timeout=5000)
    with demo_db.connect() as conn:
        sid, kind, stored = conn.execute(select(Segment.id, Segment.kind, Segment.filter)
                                         .where(Segment.name == "A 级制造业")).one()
    assert kind == "dynamic" and stored == {"level": "A", "industry": industry}
    assert service.count(sid) == expected
    qtbot.waitUntil(lambda: _shown_count(segments, "A 级制造业") == f"{expected:,}", timeout=10000)
    assert segments.count_of(sid) == expected

    # The preview shows the segment's first customers, as the service lists them.
    segments.table.selectRow(_row_of(segments.table, "A 级制造业"))
    names = [name for _id, name in service.preview(sid, 50)]
    qtbot.waitUntil(lambda: segments.preview_names() == names, timeout=10000)
    assert segments.preview_table.rowCount() == min(expected, 50) > 0


def test_the_list_shows_each_segments_count_and_follows_changes(qtbot, demo_db, admin, segments):
    service = segments.service
    ids = {}
    for name, flt in (("B 级", CustomerFilter(level="B")), ("C 级", CustomerFilter(level="C")),
                      ("上海客户", CustomerFilter(city="上海"))):
        ids[name], changes = service.create({"name": name, "kind": "dynamic", "filter": flt})
        segments.bus.publish(changes)
    for name, sid in ids.items():
        expected = service.count(sid)
        qtbot.waitUntil(lambda n=name, e=expected: _shown_count(segments, n) == f"{e:,}", timeout=10000)
    assert len({service.count(s) for s in ids.values()}) > 1  # distinct counts: a mix-up would show

    # A customer changing level moves between segments; the bus makes the counts follow.
    customers = CustomerService(demo_db, admin)
    some_b = next(service.customer_ids(ids["B 级"], 1))[0]
    before_b, before_c = service.count(ids["B 级"]), service.count(ids["C 级"])
    changes = customers.update(some_b, {"level": "C"})
    segments.bus.publish(changes)
    assert (service.count(ids["B 级"]), service.count(ids["C 级"])) == (before_b - 1, before_c + 1)
    qtbot.waitUntil(lambda: _shown_count(segments, "B 级") == f"{before_b - 1:,}"
                    and _shown_count(segments, "C 级") == f"{before_c + 1:,}", timeout=10000)


def test_a_static_list_is_filled_from_a_filter_and_trimmed(qtbot, demo_db, admin, inline_tasks):
    service = SegmentService(demo_db, admin)
    options = CustomerService(demo_db, admin).filter_options()
    screen = SegmentsScreen(service, inline_tasks, ChangeBus(), options)
    qtbot.addWidget(screen)
    screen.show()
    screen.new_segment()
    dialog = screen.dialog
    dialog.name.setText("展会名单")
    dialog.kind.setCurrentIndex(dialog.kind.findData("static"))
    assert dialog.fill_now.isVisible()
    dialog.filter_box.level.setCurrentIndex(dialog.filter_box.level.findData("D"))
    dialog.fill_now.setChecked(True)
    dialog.accept()
    expected = service.count_filter(CustomerFilter(level="D"))
    with demo_db.connect() as conn:
        sid, kind = conn.execute(select(Segment.id, Segment.kind).where(Segment.name == "展会名单")).one()
    assert kind == "static" and expected > 0
    assert service.count(sid) == expected
    assert _shown_count(screen, "展会名单") == f"{expected:,}"

    # Removing two customers of the preview from the list.
    screen.table.selectRow(_row_of(screen.table, "展会名单"))
    assert screen.findChild(QPushButton, "removeMembers").isEnabled()
    assert len(screen.preview_names()) == min(expected, 50)
    screen.preview_table.setSelectionMode(screen.preview_table.SelectionMode.MultiSelection)
    screen.preview_table.selectRow(0)
    screen.preview_table.selectRow(1)
    removed = {screen._preview_rows[0][0], screen._preview_rows[1][0]}
    qtbot.mouseClick(screen.findChild(QPushButton, "removeMembers"), Qt.MouseButton.LeftButton)
    assert service.count(sid) == expected - 2
    assert _shown_count(screen, "展会名单") == f"{expected - 2:,}"
    assert removed.isdisjoint({i for batch in service.customer_ids(sid) for i in batch})

    # A static list does not follow its customers: a D customer becoming A stays on it.
    a_customer = next(service.customer_ids(sid, 1))[0]
    CustomerService(demo_db, admin).update(a_customer, {"level": "A"})
    assert service.count(sid) == expected - 2


def test_a_rep_without_delete_rights_sees_delete_disabled(qtbot, demo_db, admin, inline_tasks):
    SegmentService(demo_db, admin).create({"name": "全部客户", "kind": "dynamic"})
    CampaignService(demo_db, admin).add_resource({"name": "海报", "kind": "image"}, file_name="a.png", data=b"x")
    rep = _actor(demo_db, "lina")
    screen = SegmentsScreen(SegmentService(demo_db, rep), inline_tasks, ChangeBus())
    qtbot.addWidget(screen)
    screen.show()
    screen.table.selectRow(_row_of(screen.table, "全部客户"))
    assert screen.findChild(QPushButton, "newSegment").isEnabled()
    assert screen.findChild(QPushButton, "editSegment").isEnabled()
    assert not screen.findChild(QPushButton, "deleteSegment").isEnabled()
    resources = ResourcesScreen(CampaignService(demo_db, rep), inline_tasks, ChangeBus())
    qtbot.addWidget(resources)
    resources.show()
    resources.table.selectRow(0)
    assert resources.findChild(QPushButton, "saveResource").isEnabled()
    assert not resources.findChild(QPushButton, "deleteResource").isEnabled()


# -- resources ---------------------------------------------------------------------------------------
@pytest.fixture
def resources(qtbot, demo_db, admin, inline_tasks):
    screen = ResourcesScreen(CampaignService(demo_db, admin), inline_tasks, ChangeBus())
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_a_file_is_added_linked_to_a_campaign_and_saved_back(qtbot, demo_db, tmp_path, monkeypatch, resources):
    service = resources.service
    content = "秋季新品发布会 邀请函\n".encode() + bytes(range(256)) * 40
    source = tmp_path / "邀请函模板.html"
    source.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(source)], "")))
    qtbot.mouseClick(resources.findChild(QPushButton, "addResource"), Qt.MouseButton.LeftButton)
    [item] = service.resources()
    assert (item.name, item.kind, item.file_name, item.size) == ("邀请函模板", "template", "邀请函模板.html",
                                                                 len(content))
    r = _row_of_col(resources.table, 1, "邀请函模板")
    assert resources.table.item(r, 2).text() == "邀请函模板.html"
    assert resources.selected() is not None and resources.selected().id == item.id

    # Edit its name, kind and tags.
    dialog = resources.edit_resource()
    dialog.name.setText("发布会邀请函")
    dialog.kind.setCurrentIndex(dialog.kind.findData("document"))
    dialog.tags.setText("邀请, 秋季，发布会")
    dialog.accept()
    [item] = service.resources()
    assert (item.name, item.kind, item.tags) == ("发布会邀请函", "document", ("邀请", "秋季", "发布会"))
    assert resources.table.item(_row_of_col(resources.table, 1, "发布会邀请函"), 4).text() == "邀请、秋季、发布会"

    # Link it to a campaign chosen from the list.
    cid, changes = service.create({"name": "秋季新品发布会", "kind": "event"})
    resources.bus.publish(changes)
    resources.select(item.id)
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda _p, _t, _l, names, *a, **k: (next(n for n in names if "秋季新品" in n),
                                                                          True)))
    qtbot.mouseClick(resources.findChild(QPushButton, "linkResource"), Qt.MouseButton.LeftButton)
    assert [r.id for r in service.resources(cid)] == [item.id]
    resources.campaign_filter.setCurrentIndex(find_data(resources.campaign_filter, cid))
    assert resources.campaign_filter.currentData() == cid
    assert resources.table.rowCount() == 1

    # Save the file back to disk: the same bytes.
    resources.select(item.id)
    target = tmp_path / "out" / "saved.html"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(resources.findChild(QPushButton, "saveResource"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=5000)
    assert target.read_bytes() == content

    # Unlinking from the campaign shown empties that view; the library keeps it.
    resources.select(item.id)
    qtbot.mouseClick(resources.findChild(QPushButton, "unlinkResource"), Qt.MouseButton.LeftButton)
    assert service.resources(cid) == [], resources.message.text()
    assert resources.table.rowCount() == 0, resources.message.text()
    assert [r.id for r in service.resources()] == [item.id]


def _row_of_col(table, col, text):
    return next(r for r in range(table.rowCount()) if table.item(r, col).text() == text)


def test_files_dropped_onto_the_screen_are_added(qtbot, tmp_path, resources):
    files = {"产品手册.pdf": b"%PDF-1.4 fake\n" * 100, "banner.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 300}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "a folder").mkdir()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in (*files, "a folder")])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(resources, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(resources, drop)
    assert drop.isAccepted()
    stored = {r.file_name: (r.kind, r.size) for r in resources.service.resources()}
    assert stored == {"产品手册.pdf": ("document", len(files["产品手册.pdf"])),
                      "banner.png": ("image", len(files["banner.png"]))}
    assert resources.table.rowCount() == 2
    for name, data in files.items():
        rid = next(r.id for r in resources.service.resources() if r.file_name == name)
        assert resources.service.resource_file(rid) == (name, data)

    # Text without files is refused.
    text = QMimeData()
    text.setText("not a file")
    refused = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, text, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(resources, refused)
    assert not refused.isAccepted()
    assert Path(tmp_path / "a folder").is_dir() and len(resources.service.resources()) == 2


def test_editing_a_dynamic_segment_shows_its_filter_and_saves_the_change(qtbot, demo_db, admin, segments):
    service = segments.service
    owner = next(o.id for o in CustomerService(demo_db, admin).filter_options()["owners"] if o.label == "刘洋")
    sid, changes = service.create({"name": "某人的 B 级", "kind": "dynamic", "description": "旧说明",
                                   "filter": CustomerFilter(level="B", owner_id=owner, search="公司")})
    segments.bus.publish(changes)
    segments.table.selectRow(_row_of(segments.table, "某人的 B 级"))
    dialog = segments.edit_segment()
    box = dialog.filter_box
    assert not dialog.kind.isEnabled()  # a segment's kind cannot change
    assert (box.level.currentData(), box.owner.currentData()) == ("B", owner)
    assert box.owner.count() == len(CustomerService(demo_db, admin).filter_options()["owners"]) + 1  # no duplicate
    expected = service.count(sid)
    qtbot.waitUntil(lambda: box.last_count == expected, timeout=10000)
    box.level.setCurrentIndex(box.level.findData("C"))
    changed = service.count_filter(CustomerFilter(level="C", owner_id=owner, search="公司"))
    assert expected != changed and changed > 0
    qtbot.waitUntil(lambda: box.last_count == changed, timeout=10000)
    dialog.description.setPlainText("新说明")
    dialog.accept()
    item = service.get(sid)
    # The fields the dialog does not show (the search) are kept.
    assert (item.filter, item.description) == (CustomerFilter(level="C", owner_id=owner, search="公司"), "新说明")
    qtbot.waitUntil(lambda: _shown_count(segments, "某人的 B 级") == f"{changed:,}", timeout=10000)


def test_a_segment_is_deleted_after_confirmation(qtbot, demo_db, admin, segments, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    service = segments.service
    sid, changes = service.create({"name": "临时分群", "kind": "static"})
    segments.bus.publish(changes)
    segments.table.selectRow(_row_of(segments.table, "临时分群"))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(segments.findChild(QPushButton, "deleteSegment"), Qt.MouseButton.LeftButton)
    assert all(s.id != sid for s in service.segments())
    assert all(segments.table.item(r, 0).text() != "临时分群" for r in range(segments.table.rowCount()))

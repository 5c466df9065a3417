"""Windows open within the screen (a laptop's 768 pixels leave about 728 under the task bar), and each kind of
dialog opens at the size its user last gave it, from one start of the app to the next."""

import json
import os
import subprocess
import sys

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog

from crm_desktop.ui import settings as S
from crm_desktop.ui.common.window_size import FRAME, open_at_remembered_size

from .conftest import on_modal


def _room() -> QSize:
    return QApplication.primaryScreen().availableGeometry().size() - FRAME


def _open_first_customer(window, action) -> None:
    screen = window.customers
    on_modal(action)
    screen.open_customer(screen.model.row_value(0).id)


# Run in a process of its own: the test session's offscreen screen is 800 × 800, and only a new process can
# have the laptop's (1366 × 768 less a 40-pixel task bar).
_LAPTOP = """
import json, sys
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from crm_desktop.data.database import Database
from crm_desktop.paths import DataPaths
from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.customers import CustomerService
from crm_desktop.ui.bus import ChangeBus
from crm_desktop.ui.customers.form import CustomerDialog
app = QApplication([])
db = Database(DataPaths.resolve(sys.argv[1]))
dialog = CustomerDialog(CustomerService(db, ensure_local_user(db)), ChangeBus(), None, {})
dialog.show()
app.processEvents()
buttons = dialog.findChild(QDialogButtonBox)
corner = buttons.mapToGlobal(QPoint(buttons.width() - 1, buttons.height() - 1))
area = app.primaryScreen().availableGeometry()
print(json.dumps({"height": dialog.height(), "room": area.height(),
                  "buttons_inside": area.contains(corner)}))
dialog.close()
db.close()
"""


def test_on_a_laptop_the_customer_form_opens_with_its_buttons_on_screen(tmp_path):
    config = tmp_path / "laptop.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, "-c", _LAPTOP, str(tmp_path / "data")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["room"] == 728
    # Its usual 720 pixels and a title bar would not fit in 728.
    assert seen["height"] <= 728 - FRAME.height()
    assert seen["buttons_inside"]


def test_the_customer_form_reopens_at_the_size_it_was_left(window, qtbot, tmp_path):
    sizes = []

    def enlarge(dialog):
        sizes.append(dialog.size())
        dialog.resize(560, 430)
        dialog.reject()

    def look(dialog):
        sizes.append(dialog.size())
        dialog.reject()

    _open_first_customer(window, enlarge)
    _open_first_customer(window, look)
    assert sizes[0] != QSize(560, 430)
    assert sizes[1] == QSize(560, 430)
    # Kept with the user's settings: the next start of the app reads it back.
    window.settings.sync()
    again = S.Settings(window.settings.path)
    assert again.get(S.Setting("dialogs/customer/size", QSize, QSize())) == QSize(560, 430)


def test_a_size_saved_on_a_bigger_screen_is_cut_to_this_one(window, qtbot):
    window.settings.set(S.Setting("dialogs/customer/size", QSize, QSize()), QSize(1900, 1150))
    seen = []
    _open_first_customer(window, lambda dialog: (seen.append(dialog.size()), dialog.reject()))
    assert seen[0] == QSize(min(1900, _room().width()), min(1150, _room().height()))


def test_each_kind_of_dialog_remembers_its_own_size(window, qtbot):
    first = QDialog(window)
    open_at_remembered_size(first, "first kind", 300, 200)
    first.resize(333, 222)
    first.reject()
    other = QDialog(window)
    open_at_remembered_size(other, "other kind", 300, 200)
    assert other.size() == QSize(300, 200)
    again = QDialog(window)
    open_at_remembered_size(again, "first kind", 300, 200)
    assert again.size() == QSize(333, 222)


def test_a_dialog_opened_on_its_own_fits_the_screen_and_remembers_nothing(qtbot, tmp_path):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    open_at_remembered_size(dialog, "alone", 2000, 300)
    assert dialog.size() == QSize(_room().width(), 300)
    dialog.resize(250, 250)
    dialog.reject()
    again = QDialog()
    qtbot.addWidget(again)
    open_at_remembered_size(again, "alone", 2000, 300)
    assert again.size() == QSize(_room().width(), 300)


def test_the_main_window_starts_within_the_screen(make_window, demo_service):
    window = make_window(demo_service)
    frame = QRect(window.pos(), window.size() + FRAME)
    room = QApplication.primaryScreen().availableGeometry()
    assert window.height() <= room.height() - FRAME.height()
    assert window.width() <= room.width() - FRAME.width()
    assert frame.height() <= room.height()

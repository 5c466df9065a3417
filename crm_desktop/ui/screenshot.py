"""Screenshots of the real windows for the README, taken on a real X server (Xvfb), not offscreen:

    xvfb-run -a -s "-screen 0 1280x800x24" python -m crm_desktop.ui.screenshot --out resources/screenshots

It seeds a demo database in a temporary folder, opens the main window as a user would, and grabs the screen
once the customer list has loaded; then the customer dialog of the first customer.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ..paths import DataPaths
from ..domain.errors import AuthError
from ..services.auth import DEMO_PASSWORD, AuthService
from ..services.customers import CustomerService
from ..services.contracts import ContractService
from ..services.opportunities import LineItem
from ..services.quotes import QuoteService
from ..services.receivables import ReceivableService
from ..services.demo import seed
from ..services.session import open_database
from . import i18n
from . import settings as S
from .customers.form import CustomerDialog
from .login.dialogs import LoginDialog
from .main_window import MainWindow
from .sales.form import OpportunityDialog
from .sales.quote_dialog import QuoteDialog
from .tasks import TaskRunner
from .tickets.form import TicketDialog


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="resources/screenshots")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--customers", type=int, default=5000)
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    if app.platformName() == "offscreen":
        print("run under Xvfb (xvfb-run), not the offscreen platform", file=sys.stderr)
        return 2
    folder = tempfile.mkdtemp(prefix="crm-shot-")
    paths = DataPaths.resolve(folder)
    i18n.install(app, args.lang)
    db = open_database(paths)
    seed(db, args.customers)
    auth = AuthService(db)
    for _ in range(3):  # so the sign-in dialog shows its captcha
        try:
            auth.login("lina", "not-the-password")
        except AuthError:
            pass
    signed = auth.login("admin", DEMO_PASSWORD)
    service = CustomerService(db, signed.actor)
    tasks = TaskRunner(app)
    window = MainWindow(service, tasks, S.Settings(paths.settings), data_dir=folder,
                        user_name=signed.display_name, auth=auth, signed=signed)
    window.resize(1280, 760)
    window.move(0, 0)
    window.show()
    shots: list[str] = []

    def grab(widget, name):
        path = out / f"{name}-{args.lang}.png"
        screen = app.primaryScreen()
        geo = widget.frameGeometry()
        screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height()).save(str(path))
        shots.append(str(path))

    def main_shot():
        grab(window, "customers")
        rows = [window.customers.model.row_value(r) for r in range(60)]
        chosen = next(r for r in rows if r and "有限公司" in r.name and service.get(r.id).activities)
        dialog = CustomerDialog(service, window.bus, chosen.id, window.customers.options, window)
        dialog.move(200, 20)  # the whole dialog on a 768-pixel screen
        dialog.show()
        dialog.tabs.setCurrentIndex(0)
        QTimer.singleShot(700, lambda: (grab(dialog, "customer-form"), dialog.tabs.setCurrentIndex(2),
                                        QTimer.singleShot(500, lambda: (grab(dialog, "customer-follow-ups"),
                                                                        dialog.close(), more_shots()))))

    def more_shots():
        window.show_screen(window.audit)
        QTimer.singleShot(1500, lambda: (grab(window, "audit-trail"), admin_shot()))

    def admin_shot():
        window.show_screen(window.admin)
        window.admin.tabs.setCurrentWidget(window.admin.roles)
        window.admin.roles.view.selectRow(1)
        QTimer.singleShot(1000, lambda: (grab(window, "administration"), lists_shot()))

    def lists_shot():
        window.admin.tabs.setCurrentWidget(window.admin.lists_pools)
        QTimer.singleShot(700, lambda: (grab(window, "lists-and-pools"), pool_shot()))

    def pool_shot():
        window.show_screen(window.pool)
        QTimer.singleShot(1500, lambda: (grab(window, "public-pool"), churn_shot()))

    def churn_shot():
        window.show_screen(window.churn)
        QTimer.singleShot(1500, lambda: (grab(window, "churn-warnings"), sales_shot()))

    def sales_shot():
        window.show_screen(window.sales)
        QTimer.singleShot(1500, lambda: (grab(window, "opportunity-board"), opportunity_shot()))

    def opportunity_shot():
        board = window.sales.board
        column = next(c for c in board.columns if c.model.rowCount())
        row = column.model.rows[0]
        window.sales.service.set_lines(row.id, [LineItem(None, "CRM 专业版", "2", 49800_00, "5"),
                                                LineItem(None, "实施服务", "6", 2500_00)])
        dialog = OpportunityDialog(window.sales.service, service, window.bus, opportunity_id=row.id,
                                   parent=window.sales)
        dialog.move(200, 20)  # the whole dialog on a 768-pixel screen
        dialog.show()
        dialog.tabs.setCurrentIndex(1)
        QTimer.singleShot(700, lambda: (grab(dialog, "opportunity-products"), dialog.close(), quote_shot(row)))

    def quote_shot(row):
        quotes = QuoteService(service.db, service.actor, service.access)
        quote_id, _ = quotes.create_from_opportunity(row.id)
        dialog = QuoteDialog(quotes, quote_id, window.bus, tasks, window)
        dialog.move(60, 30)
        dialog.resize(1150, 720)
        dialog.show()
        QTimer.singleShot(2500, lambda: (grab(dialog, "quote-pdf-preview"), dialog.close(), contracts_shot(quote_id)))

    def contracts_shot(quote_id):
        contracts = ContractService(service.db, service.actor, service.access)
        receivables = ReceivableService(service.db, service.actor, service.access)
        contract_id, _ = contracts.create_from_quote(quote_id, {"signed_on": date.today() - timedelta(days=40)})
        amount = contracts.get(contract_id).amount
        first, _ = receivables.add_plan(contract_id, {"amount": amount // 2, "due_on": date.today() - timedelta(days=10)})
        receivables.add_plan(contract_id, {"amount": amount - amount // 2, "due_on": date.today() + timedelta(days=50)})
        receivables.record_payment(contract_id, {"plan_id": first, "amount": amount // 5, "received_on": date.today()})
        window.contracts.contract_id = contract_id
        window.show_screen(window.contracts)
        QTimer.singleShot(1500, lambda: (grab(window, "contracts"), agenda_shot()))

    def agenda_shot():
        agenda = window.task_service
        now = service.db.now()
        customer = window.customers.model.row_value(0)
        for hours, title, kind in ((-26, "寄送合同原件", "task"), (2, "电话回访：系统使用情况", "call"),
                                   (5, "方案演示", "meeting"), (50, "拜访客户技术负责人", "visit")):
            agenda.create({"title": title, "kind": kind, "due_at": now + timedelta(hours=hours),
                           "entity": "customer", "row_id": customer.id, "location": "客户现场" if kind == "visit" else ""})
        window.show_screen(window.agenda)
        QTimer.singleShot(1200, lambda: (grab(window, "agenda"), tickets_shot()))

    def tickets_shot():
        screen = window.tickets
        window.show_screen(screen)
        for row in range(screen.queues.count()):
            if screen.queues.item(row).data(Qt.ItemDataRole.UserRole) == "all":
                screen.queues.setCurrentRow(row)
        QTimer.singleShot(1500, lambda: (grab(window, "service-desk"), ticket_shot()))

    def ticket_shot():
        screen = window.tickets
        rows = screen.service.window("all", limit=50)
        chosen = next((r for r in rows if r.status == "in_progress"), rows[0])
        dialog = TicketDialog(screen.service, service, chosen.id, parent=window)
        dialog.move(60, 30)
        dialog.show()
        QTimer.singleShot(800, lambda: (grab(dialog, "ticket"), dialog.close(), new_ticket_shot()))

    def new_ticket_shot():
        screen = window.tickets
        dialog = TicketDialog(screen.service, service, suggestions=screen._suggestions(), parent=window)
        dialog.subject.setText("打印机卡纸，无法打印")
        dialog.description.setPlainText("三楼的打印机每次都卡纸")
        dialog.move(60, 30)
        dialog.show()
        # done(), not close(): the typed ticket is thrown away on purpose, past the unsaved-changes question.
        QTimer.singleShot(1500, lambda: (grab(dialog, "new-ticket-suggestions"),
                                         dialog.done(QDialog.DialogCode.Rejected), knowledge_shot()))

    def knowledge_shot():
        window.show_screen(window.knowledge)
        QTimer.singleShot(1200, lambda: (grab(window, "knowledge-base"), service_settings_shot()))

    def service_settings_shot():
        window.show_screen(window.admin)
        window.admin.tabs.setCurrentWidget(window.admin.service_desk)
        window.admin.service_desk.reload()
        QTimer.singleShot(800, lambda: (grab(window, "service-settings"), import_shot()))

    def import_shot():
        sample = out / "示例客户.csv"
        sample.write_text("客户名称,手机,邮箱,客户级别,城市\n" + "".join(
            f"{r.name},{r.phone},{r.email},{r.level},{r.city}\n" for r in
            (window.customers.model.row_value(i) for i in range(3))) + "宁波新港物流有限公司,13922220000,,B,宁波\n",
            encoding="utf-8")
        window.show_screen(window.customers)
        dialog = window.customers.import_customers()
        dialog.move(100, 40)
        dialog.path_edit.setText(str(sample))
        dialog.load()
        QTimer.singleShot(800, lambda: (grab(dialog, "import"), dialog.close(), sample.unlink(),
                                        duplicates_shot()))

    def duplicates_shot():
        dialog = window.customers.find_duplicates()
        dialog.move(100, 40)
        QTimer.singleShot(2500, lambda: (grab(dialog, "duplicates"), dialog.close(), login_shot()))

    def login_shot():
        login = LoginDialog(auth, tasks)
        login.login_edit.setText("lina")
        login.password_edit.setText("xxxxxxxx")
        login._explain(AuthError("login_failed"))
        login._show_captcha(auth.new_captcha("lina"))
        login.move(300, 200)
        login.show()
        QTimer.singleShot(700, lambda: (grab(login, "sign-in"), app.quit()))

    window.customers.model.loaded.connect(lambda: QTimer.singleShot(1200, main_shot))
    app.exec()
    tasks.shutdown()
    db.close()
    print("\n".join(shots))
    return 0


if __name__ == "__main__":
    sys.exit(main())

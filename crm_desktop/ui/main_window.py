"""The main window: menu bar, toolbar, navigation, the screens, and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolBar,
)

from .. import __version__
from ..domain.errors import CrmError
from ..paths import DataPaths
from ..services.approvals import ApprovalService
from ..services.automation import AutomationService
from ..services.campaigns import CampaignService
from ..services.audit import AuditService
from ..services.auth import AuthService, SignedIn
from ..services.contracts import ContractService
from ..services.customers import CustomerService
from ..services.email_campaigns import EmailCampaignService
from ..services.segments import SegmentService
from ..services.leads import LeadService
from ..services.loyalty import LoyaltyService
from ..services.opportunities import OpportunityService
from ..services.organisation import OrganisationService
from ..services.pools import PoolService
from ..services.products import ProductService
from ..services.receivables import ReceivableService
from ..services.report_figures import ReportFigureService
from ..services.sync import SyncService
from ..services.targets import TargetService
from ..services.tasks import TaskService
from ..services.knowledge import KnowledgeService
from ..services.tickets import TicketService
from . import settings as S
from .admin.screen import AdminScreen
from .agenda.screen import AgendaScreen
from .approvals.screen import ApprovalsScreen
from .audit.screen import AuditScreen
from .backup_actions import BackupActions
from .bus import ChangeBus
from .common.errors import error_message
from .common.layout_memory import remember_splitter
from .common.window_size import within_screen
from .contracts.screen import ContractsScreen
from .customers.churn import ChurnScreen
from .customers.recycle_bin import RecycleBinScreen
from .customers.screen import CustomersScreen
from .leads.screen import LeadsScreen
from .marketing.automation import AutomationScreen
from .marketing.campaigns import CampaignsScreen
from .marketing.loyalty_admin import LoyaltyProgramScreen
from .marketing.resources import ResourcesScreen
from .marketing.segments import SegmentsScreen
from .marketing.unsubscribes import UnsubscribesScreen
from .pools.screen import PoolScreen
from .products.screen import ProductsScreen
from .reports.dashboard import DashboardScreen
from .reports.drill import DrillDown
from .reports.screen import ReportsScreen
from .reminders import FollowUpReminders
from .sales.screen import SalesScreen
from .sync import ConflictInbox, SyncActions
from .targets.screen import TargetsScreen
from .tasks import TaskRunner, when_alive
from .knowledge.screen import KnowledgeScreen
from .tickets.screen import TicketsScreen

AUTOMATION_DELAY_MS = 2000  # after a burst of writes
AUTOMATION_SWEEP_MS = 5 * 60 * 1000


class MainWindow(QMainWindow):
    painted = Signal()
    switch_data_folder = Signal(str)
    restore_requested = Signal(str)  # a backup file to restore over this folder's database
    switch_language = Signal(str)
    signed_out = Signal()

    def __init__(self, customers: CustomerService, tasks: TaskRunner, settings: S.Settings, *,
                 data_dir: str, user_name: str, auth: AuthService | None = None, signed: SignedIn | None = None):
        super().__init__()
        self.auth, self.signed = auth, signed
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("CRM Desktop"))
        self.resize(within_screen(self, QSize(1200, 760)))  # a saved geometry, restored below, wins
        self.tasks, self.settings, self.service = tasks, settings, customers
        self.bus = ChangeBus(self)
        self._painted = False

        self.customers = CustomersScreen(customers, tasks, self.bus, settings)
        self.recycle_bin = RecycleBinScreen(customers, tasks, self.bus)
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        style = self.style()
        screens = [(self.customers, self.tr("Customers"), QStyle.StandardPixmap.SP_DirHomeIcon),
                   (self.recycle_bin, self.tr("Recycle bin"), QStyle.StandardPixmap.SP_TrashIcon)]
        # The home dashboard and the reports, for users who may see any key figure or pane. The customer list
        # stays the first screen (the menus and the smoke test open rows 0 and 1).
        self.report_service = ReportFigureService(customers.db, customers.actor, customers.access)
        self.dashboard = None
        if self.report_service.kpis():
            self.dashboard = DashboardScreen(self.report_service, tasks, self.bus)
            self.dashboard.open_list.connect(self.open_list)
            screens.append((self.dashboard, self.tr("Dashboard"), QStyle.StandardPixmap.SP_DesktopIcon))
        self.reports = None
        if self.report_service.panes():
            self.reports = ReportsScreen(self.report_service, tasks, self.bus, company=self._company)
            self.reports.open_list.connect(self.open_list)
            screens.append((self.reports, self.tr("Reports"), QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.churn = ChurnScreen(customers, tasks, self.bus, options=lambda: self.customers.options)
        screens.append((self.churn, self.tr("Churn warnings"), QStyle.StandardPixmap.SP_MessageBoxInformation))
        self.pool_service = PoolService(customers.db, customers.actor, customers.access)
        self.pool = None
        if customers.can("pools", "view"):
            self.pool = PoolScreen(self.pool_service, tasks, self.bus)
            screens.append((self.pool, self.tr("Public pool"), QStyle.StandardPixmap.SP_DriveNetIcon))
        self.leads = None
        if customers.can("leads", "view"):
            self.leads = LeadsScreen(LeadService(customers.db, customers.actor, customers.access),
                                     lambda: customers.filter_options()["sources"], self.bus)
            screens.append((self.leads, self.tr("Leads"), QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.sales = None
        if customers.can("opportunities", "view"):
            self.sales = SalesScreen(OpportunityService(customers.db, customers.actor, customers.access), customers,
                                     tasks, self.bus)
            screens.append((self.sales, self.tr("Opportunities"), QStyle.StandardPixmap.SP_FileDialogContentsView))
        self.task_service = TaskService(customers.db, customers.actor, customers.access)
        self.agenda = None
        if customers.can("tasks", "view"):
            self.agenda = AgendaScreen(self.task_service, customers, tasks, self.bus)
            screens.append((self.agenda, self.tr("Agenda"), QStyle.StandardPixmap.SP_FileDialogInfoView))
        if self.sales is not None and self.agenda is not None and customers.can("tasks", "create"):
            self.sales.board.task_requested.connect(
                lambda oid, name: self.agenda.new_task(link=("opportunity", oid, name)))
        self.tickets = None
        if customers.can("tickets", "view"):
            self.tickets = TicketsScreen(TicketService(customers.db, customers.actor, customers.access), customers,
                                         tasks, self.bus, suggestions_factory=self._kb_suggestions())
            screens.append((self.tickets, self.tr("Service desk"), QStyle.StandardPixmap.SP_MessageBoxQuestion))
            if customers.can("tickets", "create"):
                self.customers.new_ticket_for = lambda cid, name: self.tickets.new_ticket({"customer": (cid, name)})
        self.knowledge = None
        if customers.can("knowledge", "view"):
            self.knowledge = KnowledgeScreen(KnowledgeService(customers.db, customers.actor, customers.access),
                                             tasks, self.bus)
            screens.append((self.knowledge, self.tr("Knowledge base"), QStyle.StandardPixmap.SP_FileDialogInfoView))
        self.products = None
        if customers.can("products", "view"):
            self.products = ProductsScreen(
                ProductService(customers.db, customers.actor, customers.access), tasks, self.bus,
                customer_search=lambda text: [(r.id, r.name) for r in customers.search(text, limit=20)])
            screens.append((self.products, self.tr("Products"), QStyle.StandardPixmap.SP_DirIcon))
        self.contracts = None
        if customers.can("contracts", "view"):
            self.contracts = ContractsScreen(ContractService(customers.db, customers.actor, customers.access),
                                             customers, tasks, self.bus)
            screens.append((self.contracts, self.tr("Contracts"), QStyle.StandardPixmap.SP_FileDialogListView))
        self.targets = None
        if customers.can("targets", "view"):
            self.targets = TargetsScreen(TargetService(customers.db, customers.actor, customers.access), self.bus)
            screens.append((self.targets, self.tr("Performance"), QStyle.StandardPixmap.SP_ArrowUp))
        if self.contracts is not None and self.agenda is not None and customers.can("tasks", "create"):
            self.contracts.task_requested.connect(
                lambda cid, label: self.agenda.new_task(link=("contract", cid, label)))
        db, actor, access = customers.db, customers.actor, customers.access
        self.campaigns = self.segments = self.resources = self.marketing = None
        self.unsubscribes = self.loyalty_program = None
        if customers.can("campaigns", "view"):
            campaign_service = CampaignService(db, actor, access)
            email_service = EmailCampaignService(db, actor, access)
            self.campaigns = CampaignsScreen(
                campaign_service, self.bus, tasks, email_service=email_service,
                customer_search=lambda text: [(r.id, r.name) for r in customers.search(text, limit=20)])
            self.segments = SegmentsScreen(SegmentService(db, actor, access), tasks, self.bus,
                                           customer_options=customers.filter_options)
            self.resources = ResourcesScreen(campaign_service, tasks, self.bus)
            self.unsubscribes = UnsubscribesScreen(email_service, self.bus)
            self.marketing = QTabWidget()
            self.marketing.setObjectName("marketingTabs")
            self.marketing.addTab(self.campaigns, self.tr("Campaigns"))
            self.marketing.addTab(self.segments, self.tr("Segments"))
            self.marketing.addTab(self.resources, self.tr("Resources"))
            self.marketing.addTab(self.unsubscribes, self.tr("Unsubscribed"))
            marketing_tabs = [self.campaigns, self.segments, self.resources, self.unsubscribes]
            if customers.can("loyalty", "administer"):
                self.loyalty_program = LoyaltyProgramScreen(LoyaltyService(db, actor, access), tasks, self.bus)
                self.marketing.addTab(self.loyalty_program, self.tr("Loyalty programme"))
                marketing_tabs.append(self.loyalty_program)
            for screen in marketing_tabs:
                screen.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
            screens.append((self.marketing, self.tr("Marketing"), QStyle.StandardPixmap.SP_MediaVolume))
        self.automation_service = AutomationService(db, actor, access)
        self.automation = None
        if customers.can("automation", "view"):
            self.automation = AutomationScreen(self.automation_service, tasks, self.bus)
            screens.append((self.automation, self.tr("Automation"), QStyle.StandardPixmap.SP_BrowserReload))
        self.approvals = None
        if customers.can("approvals", "view"):
            self.approvals = ApprovalsScreen(ApprovalService(customers.db, customers.actor, customers.access), tasks,
                                             self.bus)
            screens.append((self.approvals, self.tr("My approvals"), QStyle.StandardPixmap.SP_DialogApplyButton))
        # Screens a user may not open are not built at all (the services would refuse them anyway).
        self.audit = None
        if customers.can("audit", "view"):
            self.audit = AuditScreen(AuditService(customers.db, customers.actor), tasks, self.bus)
            screens.append((self.audit, self.tr("Audit trail"), QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.admin = None
        if customers.can("organisation", "view") or customers.can("roles", "view"):
            self.admin = AdminScreen(OrganisationService(customers.db, customers.actor), tasks, self.bus,
                                     auth=auth)
            screens.append((self.admin, self.tr("Administration"), QStyle.StandardPixmap.SP_ComputerIcon))
        # Sync with the shared server: everyone may sync the data in their own scope.
        self.sync_service = SyncService(customers.db, customers.actor)
        self.sync_inbox = ConflictInbox(self.sync_service, tasks, self.bus)
        screens.append((self.sync_inbox, self.tr("Sync conflicts"), QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.screens = [screen for screen, _t, _i in screens]
        for screen, text, icon in screens:
            if screen in (self.audit, self.admin, self.sync_inbox, self.sales, self.products, self.contracts,
                          self.approvals, self.agenda, self.leads, self.targets, self.tickets,
                          self.knowledge, self.marketing, self.automation, self.dashboard, self.reports):
                # Their filter bars and toolbars are wide; in a narrow window they scroll rather than
                # forcing the whole window wider.
                area = QScrollArea()
                area.setWidgetResizable(True)
                area.setFrameShape(QScrollArea.Shape.NoFrame)
                area.setWidget(screen)
                self.stack.addWidget(area)
            else:
                self.stack.addWidget(screen)
            QListWidgetItem(style.standardIcon(icon), text, self.nav)
        self.nav.setMinimumWidth(120)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter()
        remember_splitter(splitter, "navigation")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 1050])
        self.setCentralWidget(splitter)
        self.nav.setCurrentRow(0)
        self.drill = DrillDown(self)
        self.reminders = FollowUpReminders(
            customers, tasks, self, task_service=self.task_service,
            receivables=ReceivableService(customers.db, customers.actor, customers.access),
            approvals=ApprovalService(customers.db, customers.actor, customers.access))
        self.reminders.status.connect(lambda text: self.statusBar().showMessage(text, 15000))
        if self.tickets is not None:
            self.tickets.alert.connect(self._service_alert)
        self.reminders.check()
        self.reminders.check_tasks()
        if customers.can("pools", "release"):
            # Customers whose pool rule fell due while the app was closed go back now, in the background.
            tasks.submit(self.pool_service.sweep, on_done=self._swept, on_error=lambda _exc: None)
        if customers.can("loyalty", "administer"):
            # Points past their last day expire and tiers follow the last twelve months: once a day.
            tasks.submit(LoyaltyService(customers.db, customers.actor, customers.access).daily,
                         on_done=self._publish_changes, on_error=lambda _exc: None)

        # Marketing automation: the rules run on this replica's changes, in the background, a little after
        # each burst of writes and every few minutes (what they do is published like any other change).
        self._automation_task = None
        self._automation_timer = QTimer(self)
        self._automation_timer.setSingleShot(True)
        self._automation_timer.setInterval(AUTOMATION_DELAY_MS)
        self._automation_timer.timeout.connect(self.run_automation)
        self.bus.changed.connect(lambda _changes: self._automation_timer.start())
        self._automation_sweep = QTimer(self)
        self._automation_sweep.setInterval(AUTOMATION_SWEEP_MS)
        self._automation_sweep.timeout.connect(self.run_automation)
        self._automation_sweep.start()

        self.backups = BackupActions(self, tasks, DataPaths.resolve(data_dir),
                                     may_back_up=customers.can("backup", "create"),
                                     may_restore=customers.can("backup", "administer"))
        self.backups.restore_requested.connect(self.restore_requested)
        self.sync_actions = SyncActions(self, self.sync_service, tasks, self.bus, settings=settings)
        self.sync_actions.show_inbox.connect(lambda: self.show_screen(self.sync_inbox))
        self._build_actions()
        self._build_status(data_dir, user_name)
        for screen in (*self.screens, self.backups, self.sync_actions):
            if screen is not self.marketing:  # (its tabs are connected one by one)
                screen.status.connect(lambda text: self.statusBar().showMessage(text, 6000))

        geometry = settings.get(S.MAIN_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = settings.get(S.MAIN_STATE)
        if state:
            self.restoreState(state)

    def _kb_suggestions(self):
        """Knowledge-base suggestions for the ticket form, when the user may read the knowledge base."""
        if not self.service.can("knowledge", "view"):
            return None
        knowledge = KnowledgeService(self.service.db, self.service.actor, self.service.access)

        def make():
            from .knowledge.suggestions import ArticleSuggestions
            return ArticleSuggestions(knowledge, self.tasks, self.bus)
        return make

    def _service_alert(self, text: str) -> None:
        self.reminders.notify(self.tr("Service desk"), text)

    def _build_actions(self) -> None:
        c = self.customers
        style = self.style()
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        open_folder = QAction(self.tr("Open another data folder…"), self)
        open_folder.triggered.connect(self.choose_data_folder)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        show_bin = QAction(self.tr("Recycle &bin"), self)
        show_bin.triggered.connect(lambda: self.nav.setCurrentRow(1))
        show_customers = QAction(self.tr("&Customers"), self)
        show_customers.triggered.connect(lambda: self.nav.setCurrentRow(0))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, self.tr("About CRM Desktop"), self.tr("CRM Desktop %1").replace("%1", __version__)))

        c.new_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        c.delete_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        c.refresh_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.undo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(c.new_action)
        file_menu.addAction(c.import_action)
        file_menu.addAction(c.export_action)
        file_menu.addSeparator()
        file_menu.addAction(open_folder)
        file_menu.addSeparator()
        file_menu.addAction(self.backups.backup_action)
        file_menu.addAction(self.backups.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit = menu.addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addSeparator()
        edit.addAction(c.find_action)
        edit.addAction(c.delete_action)
        edit.addAction(c.release_action)
        edit.addAction(c.duplicates_action)
        edit.addMenu(c.bulk.menu)
        view = menu.addMenu(self.tr("&View"))
        view.addAction(show_customers)
        view.addAction(show_bin)
        for screen, text in ((self.audit, self.tr("&Audit trail")), (self.admin, self.tr("Ad&ministration"))):
            if screen is not None:
                action = view.addAction(text)
                action.triggered.connect(lambda _=False, s=screen: self.show_screen(s))
        view.addAction(c.refresh_action)
        language = view.addMenu(self.tr("&Language"))
        for code, label in (("zh_CN", "简体中文"), ("en", "English")):
            action = language.addAction(label)
            action.triggered.connect(lambda _=False, code=code: self.choose_language(code))
        sync = menu.addMenu(self.tr("&Sync"))
        sync.setObjectName("syncMenu")
        sync.addAction(self.sync_actions.sync_action)
        sync.addSeparator()
        sync.addAction(self.sync_actions.connect_action)
        sync.addAction(self.sync_actions.disconnect_action)
        sync.addSeparator()
        sync.addAction(self.sync_actions.inbox_action)
        if self.auth is not None and self.signed is not None:
            self._build_account_menu(menu)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(about)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (c.new_action, c.delete_action, self.undo_action, c.refresh_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        # Window-wide shortcuts must live on the window so they work from any focused widget.
        for action in (c.new_action, c.find_action, c.delete_action, c.refresh_action, self.undo_action,
                       self.sync_actions.sync_action):
            self.addAction(action)

    def _build_status(self, data_dir: str, user_name: str) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(self.tr("User: %1").replace("%1", user_name))
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setMaximumWidth(120)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.path_label = QLabel(data_dir)
        self.path_label.setObjectName("dataFolderLabel")
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.sync_actions.label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.path_label)
        # A bound method, not a lambda: Qt drops the connection when the window is destroyed, so a job
        # finishing after the window has gone (the runner outlives it) cannot reach a deleted widget.
        self.tasks.busy_changed.connect(self._show_busy)

    def _show_busy(self, count: int) -> None:
        self.busy.setVisible(count > 0)

    def _swept(self, result) -> None:
        returned, changes = result
        if returned:
            self.bus.publish(changes)
            self.statusBar().showMessage(self.tr("%n customer(s) returned to the public pool under its rules.", "",
                                                 returned), 10000)

    def show_screen(self, screen) -> None:
        self.nav.setCurrentRow(self.screens.index(screen))

    def _screens_may_close(self) -> bool:
        """A screen that edits in place, not in a dialog (the knowledge base), is asked about its unsaved changes
        before the window closes, shown first so the user sees what the question is about."""
        for screen in self.screens:
            if getattr(screen, "has_unsaved_changes", lambda: False)():
                self.show_screen(screen)
                if not screen.may_leave():
                    return False
        return True

    def _company(self):
        from ..services.company import read
        return read(self.service.db)

    def open_list(self, key: str, flt: dict) -> bool:
        """Open the list behind a key figure or a chart category (see DrillDown)."""
        return self.drill.open_list(key, flt)

    @when_alive
    def _publish_changes(self, changes) -> None:
        if changes.any():
            self.bus.publish(changes)

    def run_automation(self):
        """One background pass of the automation rules over this replica's new journal entries."""
        if self._automation_task is not None:
            self._automation_timer.start()  # a pass is running: look again after it
            return None
        task = self.tasks.submit(self.automation_service.run_pending, background=True,
                                 on_done=self._automation_done, on_error=self._automation_failed)
        self._automation_task = task if self.tasks.is_live(task) else None  # (an inline runner is done)
        return task

    @when_alive
    def _automation_done(self, report) -> None:
        self._automation_task = None
        if report.done:
            self.statusBar().showMessage(self.tr("Automation: %n action(s) done.", "", report.done), 8000)
        if report.changes.any():
            self.bus.publish(report.changes)

    @when_alive
    def _automation_failed(self, exc) -> None:
        self._automation_task = None
        self.statusBar().showMessage(error_message(exc), 8000)

    def _build_account_menu(self, menu) -> None:
        account = menu.addMenu(self.tr("&Account"))
        account.setObjectName("accountMenu")
        self.change_password_action = account.addAction(self.tr("Change &password…"))
        self.change_password_action.setObjectName("actionChangePassword")
        self.change_password_action.triggered.connect(self.change_password)
        self.totp_action = account.addAction(self.tr("&Two-step verification…"))
        self.totp_action.setObjectName("actionTwoStep")
        self.totp_action.triggered.connect(self.two_step)
        account.addSeparator()
        self.sign_out_action = account.addAction(self.tr("Sign &out"))
        self.sign_out_action.setObjectName("actionSignOut")
        self.sign_out_action.triggered.connect(self.sign_out)

    def change_password(self) -> None:
        from .login.dialogs import ChangePasswordDialog
        if ChangePasswordDialog(self.auth, self.signed.actor, self.tasks, self).exec():
            self.statusBar().showMessage(self.tr("Your password was changed."), 6000)

    def two_step(self) -> None:
        from .login.dialogs import TotpDialog
        dialog = TotpDialog(self.auth, self.signed.actor, self.tasks, self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Two-step verification is off.") if dialog.enabled
                                         else self.tr("Two-step verification is on."), 6000)

    def sign_out(self) -> None:
        try:
            self.auth.logout(self.signed.actor)
        except CrmError as exc:
            self.statusBar().showMessage(error_message(exc), 6000)
        self.signed_out.emit()

    def undo(self) -> None:
        try:
            result, changes = self.service.undo()
        except CrmError as exc:
            self.statusBar().showMessage(error_message(exc), 6000)
            return
        self.bus.publish(changes)
        self.statusBar().showMessage(self.tr("Undone: %1").replace("%1", result.label), 6000)

    def choose_data_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open data folder"))
        if folder:
            self.switch_data_folder.emit(folder)

    def choose_language(self, code: str) -> None:
        self.settings.set(S.LANGUAGE, code)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The language changes the next time the app starts."))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def closeEvent(self, event) -> None:
        if not self._screens_may_close():
            event.ignore()
            return
        self.settings.set(S.MAIN_GEOMETRY, self.saveGeometry())
        self.settings.set(S.MAIN_STATE, self.saveState())
        self.customers.save_layout()
        self.settings.sync()
        super().closeEvent(event)


__all__ = ["MainWindow"]

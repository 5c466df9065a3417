"""Sync > Sync now (F9) / Connect to server… / Disconnect, the automatic sync every few minutes, and the
status-bar widget that says where sync stands.

The sync is a plain callable (`sync_job`) run on the io lane; its result comes back through the runner's
queued signal. The password lives in the OS keyring (SyncService reads it); without a keyring the password
the user typed is kept in memory for this session only, and asked again when the server refuses a manual
sync. The status shown is the service's SyncStatus, read on the db lane after each sync, each connect or
disconnect and each change published on the bus (editing adds pending operations)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from ...domain.changes import Changes
from ...domain.errors import CrmError
from ...domain.times import local_time
from ...services.sync import IssueItem, SyncService, SyncStatus
from .. import settings as S
from ..bus import ChangeBus
from ..common.errors import error_message
from ..tasks import TaskRunner
from .connect_dialog import ConnectDialog
from .words import reason_text

# What a sync may have changed: the screens showing these refresh.
SYNCED_CHANGES = Changes(customers=True, contacts=True, activities=True)
STATUS_DELAY_MS = 150  # bursts of bus changes read the status once
RETRY_FIRST_MS = 30_000
# Failures that retrying cannot fix: the user or an administrator must act first.
NOT_RETRIED = frozenset({"client_too_old", "server_user_disabled", "server_login_failed", "not_connected",
                         "other_server", "bad_url", "local_not_empty"})


@dataclass
class SyncOutcome:
    """What `sync_job` hands back to the GUI thread."""

    result: dict
    state: SyncStatus
    new_issues: list[IssueItem] = field(default_factory=list)

    @property
    def rejected(self) -> list[IssueItem]:
        return [i for i in self.new_issues if i.kind == "rejected"]


def sync_job(service: SyncService, password: str | None, progress=None) -> SyncOutcome:
    """One sync, plus what the UI needs afterwards (no Qt; runs on a worker)."""
    before = {issue.id for issue in service.issues()}
    result = service.sync_now(password, progress=progress)
    new = [issue for issue in service.issues() if issue.id not in before]
    return SyncOutcome(result, service.status(), new)


class SyncStatusLabel(QLabel):
    """The permanent status-bar widget; a click opens the conflict inbox."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class SyncActions(QObject):
    status = Signal(str)  # a message for the status bar
    synced = Signal(object)  # SyncOutcome
    sync_failed = Signal(object)  # the exception
    connected = Signal(object)  # what SyncService.connect returned
    disconnected = Signal()
    status_changed = Signal(object)  # SyncStatus
    show_inbox = Signal()

    def __init__(self, window: QWidget, service: SyncService, tasks: TaskRunner, bus: ChangeBus, *,
                 settings: S.Settings | None = None):
        super().__init__(window)
        self._window, self.service, self._tasks, self._bus = window, service, tasks, bus
        self.state: SyncStatus | None = None
        self.syncing = False
        self.last_error = ""
        self.rejected_note = ""
        self.progress_text = ""
        self.connect_dialog: ConnectDialog | None = None
        self._password: str | None = None  # only when there is no keyring; never written anywhere

        self.sync_action = QAction(self.tr("&Sync now"), self)
        self.sync_action.setObjectName("actionSyncNow")
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.sync_action.triggered.connect(lambda: self.sync_now(manual=True))
        self.connect_action = QAction(self.tr("&Connect to server…"), self)
        self.connect_action.setObjectName("actionConnectServer")
        self.connect_action.triggered.connect(self.choose_server)
        self.disconnect_action = QAction(self.tr("&Disconnect"), self)
        self.disconnect_action.setObjectName("actionDisconnectServer")
        self.disconnect_action.triggered.connect(self.confirm_disconnect)
        self.disconnect_action.setEnabled(False)
        self.inbox_action = QAction(self.tr("Conflict &inbox"), self)
        self.inbox_action.setObjectName("actionSyncInbox")
        self.inbox_action.triggered.connect(self.show_inbox)

        self.label = SyncStatusLabel(window)
        self.label.clicked.connect(self.show_inbox)

        minutes = settings.get(S.SYNC_INTERVAL_MINUTES) if settings is not None else S.SYNC_INTERVAL_MINUTES.default
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, int(minutes or 0)) * 60 * 1000)
        self.timer.timeout.connect(self.auto_sync)
        if minutes and int(minutes) > 0:
            self.timer.start()
        # After a failed sync (server unreachable, network gone) retry sooner than the timer, backing off:
        # 30 s, 1, 2, 4 ... minutes, never beyond the regular interval; a success resets it.
        self.retry_timer = QTimer(self)
        self.retry_timer.setObjectName("syncRetryTimer")
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.auto_sync)
        self.failures_in_a_row = 0
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        bus.changed.connect(lambda _changes: self._status_timer.start())
        self._show()
        self.refresh_status()

    # -- status -----------------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        self._tasks.submit(self.service.status, lane="db", on_done=self._got_status,
                           on_error=lambda exc: self._set_error(error_message(exc)))

    def _got_status(self, state: SyncStatus) -> None:
        self.state = state
        self._show()
        self.status_changed.emit(state)

    def _set_error(self, text: str) -> None:
        self.last_error = text
        self._show()

    def _show(self) -> None:
        """Compose the status-bar text and its tooltip from what is known now."""
        s = self.state
        self.disconnect_action.setEnabled(bool(s and s.connected) and not self.syncing)
        self.sync_action.setEnabled(not self.syncing)
        parts: list[str] = []
        if s is None:
            parts.append(self.tr("Sync: …"))
        elif not s.connected:
            parts.append(self.tr("Offline: not connected"))
        elif self.syncing:
            parts.append(self.tr("Syncing… %1").replace("%1", self.progress_text).strip())
        elif self.last_error:
            parts.append(self.tr("Offline"))
        else:
            parts.append(self.tr("Online"))
        if s is not None:
            if s.connected:
                parts.append(self.tr("Last sync: %1").replace("%1", local_time(s.last_sync) or self.tr("never")))
            parts.append(self.tr("Pending: %1").replace("%1", str(s.pending)))
            if s.open_issues:
                parts.append(self.tr("Issues: %1").replace("%1", str(s.open_issues)))
        if self.last_error and not self.syncing:
            parts.append(self.tr("Error"))
        self.label.setText(" · ".join(parts))
        tips: list[str] = []
        if s is not None and s.connected:
            tips.append(self.tr("Server: %1 as %2").replace("%1", s.url).replace("%2", s.login))
        if s is not None:
            tips.append(self.tr("%1 local change(s) not yet on the server").replace("%1", str(s.pending)))
            tips.append(self.tr("%1 open conflict(s) or refused change(s): click to open the inbox")
                        .replace("%1", str(s.open_issues)))
        if self.rejected_note:
            tips.append(self.rejected_note)
        if self.last_error:
            tips.append(self.tr("Last error: %1").replace("%1", self.last_error))
        self.label.setToolTip("\n".join(tips))

    # -- syncing ----------------------------------------------------------------------------------------
    def auto_sync(self) -> None:
        """The timer's sync: only when connected and idle; errors go to the status bar, never a dialog."""
        if self.syncing or self.state is None or not self.state.connected:
            return
        self.sync_now(manual=False)

    def sync_now(self, manual: bool = True) -> None:
        if self.syncing:
            self.status.emit(self.tr("A sync is already running."))
            return
        if self.state is not None and not self.state.connected:
            self.last_error = error_message(CrmError("not_connected"))
            self._show()
            self.status.emit(self.last_error)
            return
        self.syncing = True
        self.progress_text = ""
        self._show()
        self.status.emit(self.tr("Syncing…"))
        self._tasks.submit(sync_job, self.service, self._password, lane="io", on_done=self._synced,
                           on_error=lambda exc: self._sync_failed(exc, manual), on_progress=self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress_text = f"{done}/{total}" if total else str(done)
        self._show()

    def retry_delay_ms(self) -> int:
        delay = RETRY_FIRST_MS * 2 ** min(self.failures_in_a_row - 1, 16)
        return int(min(delay, self.timer.interval()))

    def _synced(self, outcome: SyncOutcome) -> None:
        self.syncing = False
        self.failures_in_a_row = 0
        self.retry_timer.stop()
        self.last_error = ""
        self.state = outcome.state
        r = outcome.result
        message = self.tr("Synced: %1 sent, %2 received").replace("%1", str(r.get("pushed", 0))) \
            .replace("%2", str(r.get("pulled", 0)))
        conflicts, rejected, dropped = r.get("conflicts", 0), r.get("rejected", 0), r.get("dropped", 0)
        if conflicts:
            message += ", " + (self.tr("1 conflict") if conflicts == 1
                               else self.tr("%1 conflicts").replace("%1", str(conflicts)))
        if rejected:
            message += ", " + (self.tr("1 refused") if rejected == 1
                               else self.tr("%1 refused").replace("%1", str(rejected)))
        if dropped:
            message += ", " + self.tr("%1 removed from this computer").replace("%1", str(dropped))
        self.rejected_note = ""
        if outcome.rejected:
            # Non-modal: the status message and the inbox badge say the change was rolled back and why.
            reasons = sorted({reason_text(i.detail) for i in outcome.rejected})
            self.rejected_note = self.tr("%1 change(s) refused by the server and rolled back on this computer: %2")\
                .replace("%1", str(len(outcome.rejected))).replace("%2", "; ".join(reasons))
            message += ". " + self.rejected_note + " " + self.tr("See Sync > Conflict inbox.")
        self._show()
        self.status_changed.emit(self.state)
        self.status.emit(message)
        self._bus.publish(SYNCED_CHANGES)
        self.synced.emit(outcome)
        if getattr(self, "_sign_in_again", False):
            self._sign_in_again = False
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Connected"),
                              self.tr("This computer now holds the server's data. Sign in again as %1 with "
                                      "your server password.").replace("%1", self.state.login if self.state
                                                                       else ""),
                              QMessageBox.StandardButton.Ok, self._window)
            box.setObjectName("signInAgainBox")
            box.finished.connect(lambda _r: getattr(self._window, "signed_out", None) and
                                 self._window.signed_out.emit())
            box.open()

    def _sync_failed(self, exc: BaseException, manual: bool) -> None:
        self.syncing = False
        if manual and isinstance(exc, CrmError) and exc.code == "server_login_failed" \
                and self.state is not None and not self.state.keyring and self._ask_password():
            self.sync_now(manual=True)
            return
        self.last_error = error_message(exc)
        self._show()
        self.status.emit(self.tr("Sync failed: %1").replace("%1", self.last_error))
        self.failures_in_a_row += 1
        if not (isinstance(exc, CrmError) and exc.code in NOT_RETRIED):
            self.retry_timer.start(self.retry_delay_ms())
        self.sync_failed.emit(exc)
        self.refresh_status()

    def _ask_password(self) -> bool:
        """No keyring: ask for the server password (kept in memory for this session only)."""
        login = self.state.login if self.state else ""
        text, ok = QInputDialog.getText(self._window, self.tr("Server password"),
                                        self.tr("Password for %1 on the server (there is no keyring, so it "
                                                "is asked each session):").replace("%1", login),
                                        QLineEdit.EchoMode.Password)
        if ok and text:
            self._password = text
            return True
        return False

    # -- connecting -------------------------------------------------------------------------------------
    def choose_server(self) -> ConnectDialog:
        """Open the connection dialog (window-modal, not blocking); a connection made there is followed by
        a first sync that brings the organisation and the data in scope."""
        dialog = ConnectDialog(self.service, self._tasks, self._window, state=self.state)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connected.connect(self._connected)
        dialog.finished.connect(lambda _r: setattr(self, "connect_dialog", None))
        self.connect_dialog = dialog
        dialog.open()
        return dialog

    def _connected(self, info: dict, password: str | None) -> None:
        self._password = None if info.get("password_in_keyring") else (password or None)
        # A new folder's start-up organisation gave way to the server's: after the first sync the user signs
        # in again, as the server's user.
        self._sign_in_again = bool(info.get("organisation_replaced"))
        self.last_error = ""
        self.rejected_note = ""
        self.status.emit(self.tr("Connected to %1 as %2.").replace("%1", str(info.get("url", "")))
                         .replace("%2", str(info.get("login", ""))))
        self.connected.emit(info)
        self.state = None  # read again before the first sync runs
        self._tasks.submit(self.service.status, lane="db", on_done=self._first_sync,
                           on_error=lambda exc: self._set_error(error_message(exc)))

    def _first_sync(self, state: SyncStatus) -> None:
        self._got_status(state)
        self.sync_now(manual=True)

    def confirm_disconnect(self) -> None:
        pending = self.state.pending if self.state else 0
        answer = QMessageBox.question(
            self._window, self.tr("Disconnect"),
            self.tr("Stop syncing with the server? The data on this computer stays, and %1 unsynced change(s) "
                    "stay pending until you connect again.").replace("%1", str(pending)))
        if answer == QMessageBox.StandardButton.Yes:
            self.disconnect()

    def disconnect(self) -> None:
        if self.syncing:
            self.status.emit(self.tr("A sync is running; disconnect when it has finished."))
            return
        self._tasks.submit(self.service.disconnect, lane="db", on_done=self._disconnected,
                           on_error=lambda exc: self.status.emit(error_message(exc)))

    def _disconnected(self, _result=None) -> None:
        self._password = None
        self.last_error = ""
        self.status.emit(self.tr("Disconnected from the server; the data on this computer stays."))
        self.disconnected.emit()
        self.refresh_status()

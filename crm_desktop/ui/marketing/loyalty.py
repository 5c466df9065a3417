"""A customer's loyalty at a glance (会员积分): tier, balance, points to the next tier, the points ledger, and
redeem / adjust dialogs. Hosted by whichever screen shows a customer (set_customer)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.errors import CrmError, ValidationError
from ...domain.times import local_day
from ...services.loyalty import LoyaltyService, LoyaltySummary
from ..common.errors import show_error

_MAX_POINTS = 2_000_000_000


class PointsDialog(QDialog):
    """Points and a reason: redeeming (points > 0) or a manual adjustment (signed, reason required)."""

    def __init__(self, title: str, *, signed: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("pointsDialog")
        self.setWindowTitle(title)
        self.points = QSpinBox()
        self.points.setObjectName("pointsSpin")
        self.points.setRange(-_MAX_POINTS if signed else 1, _MAX_POINTS)
        self.points.setValue(1 if not signed else 0)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        form = QFormLayout()
        form.addRow(self.tr("Points:"), self.points)
        form.addRow(self.tr("Reason:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class LoyaltyPanel(QWidget):
    status = Signal(str)
    changed = Signal(object)  # Changes, for the host to publish

    def __init__(self, service: LoyaltyService, bus=None, parent=None):
        super().__init__(parent)
        self.setObjectName("loyaltyPanel")
        self.service, self.bus = service, bus
        self.customer_id: uuid.UUID | None = None
        self.summary: LoyaltySummary | None = None
        self._more = None
        self.tier_label = QLabel()
        self.tier_label.setObjectName("tierLabel")
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balanceLabel")
        self.next_label = QLabel()
        self.next_label.setObjectName("nextTierLabel")
        self.redeem_button = QPushButton(self.tr("Redeem…"))
        self.redeem_button.setObjectName("redeemButton")
        self.redeem_button.clicked.connect(self.redeem)
        self.adjust_button = QPushButton(self.tr("Adjust…"))
        self.adjust_button.setObjectName("adjustButton")
        self.adjust_button.clicked.connect(self.adjust)
        may_adjust = service.can("loyalty", "adjust")
        self.redeem_button.setEnabled(may_adjust)
        self.adjust_button.setEnabled(may_adjust)
        self.more_button = QPushButton(self.tr("Show older entries"))
        self.more_button.setObjectName("moreButton")
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        self.ledger = QTableWidget(0, 5)
        self.ledger.setObjectName("ledgerTable")
        self.ledger.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Points"), self.tr("Reason"),
                                               self.tr("Expires")])
        self.ledger.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ledger.verticalHeader().hide()
        head = QHBoxLayout()
        for widget in (self.tier_label, self.balance_label, self.next_label):
            head.addWidget(widget)
        head.addStretch(1)
        head.addWidget(self.redeem_button)
        head.addWidget(self.adjust_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.ledger, 1)
        layout.addWidget(self.more_button)
        if bus is not None:
            bus.changed.connect(lambda c: self.refresh() if self.customer_id and (
                getattr(c, "loyalty", False) or c.customers or c.receivables) else None)

    # -- words ---------------------------------------------------------------------------------------
    def kind_text(self, kind: str) -> str:
        return {"earn": self.tr("Earned"), "redeem": self.tr("Redeemed"), "expire": self.tr("Expired"),
                "adjust": self.tr("Adjusted")}.get(kind, kind)

    def reason_text(self, reason: str) -> str:
        return {"expired": self.tr("Points expired"), "payment_deleted": self.tr("Payment deleted")}.get(reason,
                                                                                                          reason)

    def error_text(self, exc: CrmError) -> str | None:
        a = exc.args_map
        return {"insufficient_points": lambda: self.tr("Only %1 points are available; %2 were asked for.")
                .replace("%1", str(a.get("balance"))).replace("%2", str(a.get("wanted"))),
                "reason_required": lambda: self.tr("Give a reason for the adjustment."),
                "points_zero": lambda: self.tr("Enter a number of points other than zero."),
                "points_not_positive": lambda: self.tr("Enter a number of points above zero."),
                "no_rule": lambda: self.tr("No active points rule for this event."),
                }.get(exc.code, lambda: None)()

    # -- loading -------------------------------------------------------------------------------------
    def set_customer(self, customer_id: uuid.UUID | None) -> None:
        self.customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        self.ledger.setRowCount(0)
        self._more = None
        if self.customer_id is None:
            self.tier_label.setText("")
            self.balance_label.setText("")
            self.next_label.setText("")
            self.more_button.hide()
            return
        try:
            summary = self.service.summary(self.customer_id)
        except CrmError:
            self.tier_label.setText(self.tr("Loyalty not available"))
            self.balance_label.setText("")
            self.next_label.setText("")
            self.more_button.hide()
            return
        self.summary = summary
        self.tier_label.setText(self.tr("Tier: %1").replace("%1", summary.tier.name if summary.tier
                                                            else self.tr("none")))
        self.balance_label.setText(self.tr("Balance: %1 points").replace("%1", f"{summary.balance:,}"))
        if summary.next_tier is not None:
            self.next_label.setText(self.tr("%1 points to %2").replace("%1", f"{summary.to_next:,}")
                                    .replace("%2", summary.next_tier.name))
        else:
            self.next_label.setText(self.tr("Top tier"))
        self._append(summary.ledger, summary.more)

    def load_more(self) -> None:
        if self._more is None or self.customer_id is None:
            return
        summary = self.service.summary(self.customer_id, before=self._more)
        self._append(summary.ledger, summary.more)

    def _append(self, entries, more) -> None:
        start = self.ledger.rowCount()
        self.ledger.setRowCount(start + len(entries))
        for r, e in enumerate(entries, start):
            cells = (local_day(e.happened_at), self.kind_text(e.kind), f"{e.points:+,}",
                     self.reason_text(e.reason), e.expires_on.isoformat() if e.expires_on else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, e.id)
                self.ledger.setItem(r, c, item)
        self._more = more
        self.more_button.setVisible(more is not None)

    # -- writes --------------------------------------------------------------------------------------
    def redeem(self) -> None:
        self._write(self.tr("Redeem points"), signed=False,
                    call=lambda points, reason: self.service.redeem(self.customer_id, points, reason))

    def adjust(self) -> None:
        self._write(self.tr("Adjust points"), signed=True,
                    call=lambda points, reason: self.service.adjust(self.customer_id, points, reason))

    def _write(self, title: str, *, signed: bool, call) -> None:
        if self.customer_id is None:
            return
        dialog = PointsDialog(title, signed=signed, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            changes = call(dialog.points.value(), dialog.reason.text())
        except (CrmError, ValidationError) as exc:
            words = self.error_text(exc) if isinstance(exc, CrmError) else None
            if words is None:
                show_error(self, exc)
            else:
                QMessageBox.warning(self, title, words)
            return
        self.refresh()
        self.changed.emit(changes)
        if self.bus is not None:
            self.bus.publish(changes)

"""Drill-downs: the list behind a dashboard tile or a chart category (Kpi.drill / Pane.drill), opened in the
main window and narrowed as the figure counted — the customer list by its filter bar and by periods, the
opportunity and contract lists by their drill keys, the ticket list by queue. What a list cannot narrow by is
said in the status bar."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import ClassVar

from PySide6.QtCore import QObject, Qt

from ...services.report_figures import SHANGHAI


class DrillDown(QObject):
    def __init__(self, main_window):
        super().__init__(main_window)
        self.main = main_window

    # Customer-list filters a key figure or a chart category can hand over: drill key -> the list's combo.
    _CUSTOMER_DRILL: ClassVar[dict[str, str]] = {
        "owner_id": "owner", "industry": "industry", "level": "level", "source": "source", "city": "city",
        "status": "status_filter", "tag_id": "tag"}

    def open_list(self, key: str, flt: dict) -> bool:
        """Open the list behind a key figure or a chart category (Kpi.drill / Pane.drill): the customer list
        with the filters it has, the ticket queue named; other lists just open. False when the user has no
        such screen."""
        m = self.main
        screen = {"customers": m.customers, "agenda": m.agenda, "tickets": m.tickets, "contracts": m.contracts,
                  "opportunities": m.sales, "leads": m.leads, "churn": m.churn, "receivables": m.contracts}.get(key)
        if screen is None:
            return False
        applied = set()
        if screen is self.main.customers:
            applied = self._filter_customers(flt)
        elif screen is self.main.sales:
            applied = self._filter_opportunities(flt)
        elif screen is self.main.contracts:
            applied = self._filter_contracts(flt)
        elif screen is self.main.tickets and flt.get("queue"):
            queues = self.main.tickets.queues
            for row in range(queues.count()):
                if queues.item(row).data(Qt.ItemDataRole.UserRole) == flt["queue"]:
                    queues.setCurrentRow(row)
                    applied.add("queue")
        self.main.show_screen(screen)
        if {k for k, v in flt.items() if v not in (None, "")} - applied:
            self.main.statusBar().showMessage(
                self.tr("This list cannot narrow by everything the figure counted; it shows more."), 8000)
        return True

    # Drill keys that are CustomerFilter fields without a control in the filter bar.
    _CUSTOMER_DRILL_EXTRA = ("created_from", "created_to", "followed_up_from", "followed_up_to",
                             "follow_up_due_before")

    def _filter_customers(self, flt: dict) -> set[str]:
        c = self.main.customers
        usable = {k: v for k, v in flt.items() if k in self._CUSTOMER_DRILL and v not in (None, "")}
        extra = {k: v for k, v in flt.items() if k in self._CUSTOMER_DRILL_EXTRA and v is not None}
        if not usable and not extra:
            return set()
        applied = set(extra)
        combos = {k: getattr(c, name) for k, name in self._CUSTOMER_DRILL.items()}
        for combo in combos.values():
            combo.blockSignals(True)
        for key, combo in combos.items():
            index = 0
            if key in usable:
                value = usable[key]
                index = next((i for i in range(combo.count()) if str(combo.itemData(i)) == str(value)), -1)
                if index < 0:  # a value the list's options do not have yet: keep it selectable
                    combo.addItem(str(value), value)
                    index = combo.count() - 1
                applied.add(key)
            combo.setCurrentIndex(index)
        for combo in combos.values():
            combo.blockSignals(False)
        c.search.blockSignals(True)
        c.search.clear()
        c.search.blockSignals(False)
        c.set_drill(extra, self._drill_label(extra))
        return applied

    def _filter_contracts(self, flt: dict) -> set[str]:
        drill = {k: flt[k] for k in self.main.contracts.contracts.DRILL_KEYS if flt.get(k) is not None}
        parts = []
        for start, end, text in (("signed_from", "signed_to", self.tr("signed %1 to %2")),
                                 ("received_from", "received_to", self.tr("paid %1 to %2"))):
            if start in drill or end in drill:
                parts.append(text.replace("%1", drill[start].isoformat() if start in drill else "…")
                             .replace("%2", (drill[end] - timedelta(days=1)).isoformat() if end in drill else "…"))
        if "overdue_on" in drill:
            parts.append(self.tr("with an instalment overdue"))
        self.main.contracts.set_drill(drill, self.tr("Only contracts %1.").replace("%1", self.tr(", ").join(parts))
                                 if parts else "")
        return set(drill)

    def _filter_opportunities(self, flt: dict) -> set[str]:
        s = self.main.sales
        if not s._loaded_options:
            s.load_options()  # the owners to choose from
        drill = {k: flt[k] for k in s.DRILL_KEYS if flt.get(k) is not None}
        applied = set(drill)
        if flt.get("owner_id") is not None:
            index = s.owner_combo.findData(flt["owner_id"].hex)
            if index >= 0:
                s.owner_combo.setCurrentIndex(index)
                applied.add("owner_id")
        parts = []
        if drill.get("status") == "open":
            parts.append(self.tr("open"))
        if "close_from" in drill or "close_to" in drill:
            parts.append(self.tr("expected to close %1 to %2")
                         .replace("%1", drill["close_from"].isoformat() if "close_from" in drill else "…")
                         .replace("%2", drill["close_to"].isoformat() if "close_to" in drill else "…"))
        s.set_drill(drill, self.tr("Only opportunities %1.").replace("%1", self.tr(", ").join(parts))
                    if parts else "")
        return applied

    def _drill_label(self, extra: dict) -> str:
        """What a drill-down narrows the customer list by, in the report's local days."""
        def day(value, exclusive: bool = False) -> str:
            if isinstance(value, datetime):
                value = (value + SHANGHAI).date()
            return (value - timedelta(days=1) if exclusive else value).isoformat()
        parts = []
        for start, end, text in (("created_from", "created_to", self.tr("created %1 to %2")),
                                 ("followed_up_from", "followed_up_to", self.tr("last followed up %1 to %2"))):
            if start in extra or end in extra:
                parts.append(text.replace("%1", day(extra[start]) if start in extra else "…")
                             .replace("%2", day(extra[end], exclusive=True) if end in extra else "…"))
        if "follow_up_due_before" in extra:
            parts.append(self.tr("next follow-up before %1").replace("%1", day(extra["follow_up_due_before"])))
        return self.tr("Only customers %1.").replace("%1", self.tr(", ").join(parts)) if parts else ""

"""Edit > Bulk actions: assign owner, add tag, remove tag, move to public pool, delete — on the selected rows,
or, with nothing selected, on every customer the list's filter matches (after saying how many). Runs in the
background behind a progress dialog that can cancel between batches."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QProgressDialog

from ...services.bulk import BulkService
from ..common.errors import show_error
from ..tasks import Cancelled


class BulkActions(QObject):
    status = Signal(str)

    def __init__(self, screen):
        super().__init__(screen)
        self.screen = screen
        svc = screen.service
        self.service = BulkService(svc.db, svc.actor, svc.access)
        self.task = None
        self.menu = QMenu(self.tr("&Bulk actions"), screen)
        self.menu.setObjectName("bulkMenu")
        self.actions: dict[str, QAction] = {}
        for action, text, allowed in (
                ("assign_owner", self.tr("Assign owner…"), svc.can("customers", "edit")),
                ("add_tag", self.tr("Add tag…"), svc.can("customers", "edit")),
                ("remove_tag", self.tr("Remove tag…"), svc.can("customers", "edit")),
                ("move_to_pool", self.tr("Move to public pool…"), svc.can("pools", "release")),
                ("delete", self.tr("Delete to recycle bin"), svc.can("customers", "delete"))):
            item = self.menu.addAction(text)
            item.setObjectName(f"bulk_{action}")
            item.setEnabled(allowed)
            item.triggered.connect(lambda _=False, a=action: self.start(a))
            self.actions[action] = item

    def _target(self) -> tuple[list | None, int] | None:
        ids = self.screen.selected_ids()
        if ids:
            return ids, len(ids)
        total = self.screen.model.rowCount()
        if not total:
            self.status.emit(self.tr("The list shows no customer: there is nothing to apply a bulk action to."))
            return None
        answer = QMessageBox.question(self.screen, self.tr("Bulk action"),
                                      self.tr("No rows are selected. Apply to all %n customer(s) the list shows?",
                                              "", total))
        return (None, total) if answer == QMessageBox.StandardButton.Yes else None

    def ask_value(self, action: str):
        """The action's value from the user (None: cancelled)."""
        options = getattr(self.screen, "options", None) or {}
        if action == "assign_owner":
            # Only people who may still be given work; labels are unique (a shared name carries the login).
            owners = [o for o in options.get("owners", []) if o.active]
            if not owners:
                self.status.emit(self.tr("There is no active user to assign customers to."))
                return None
            labels = [o.label for o in owners]
            chosen, ok = QInputDialog.getItem(self.screen, self.tr("Assign owner"), self.tr("New owner:"), labels,
                                              0, False)
            return owners[labels.index(chosen)].id if ok and chosen in labels else None
        if action == "remove_tag":
            tags = [o.label for o in options.get("tags", [])]
            if not tags:
                self.status.emit(self.tr("No customer has a tag: there is none to remove."))
                return None
            chosen, ok = QInputDialog.getItem(self.screen, self.tr("Remove tag"), self.tr("Tag to remove:"), tags,
                                              0, False)
            return chosen if ok and chosen in tags else None
        if action == "add_tag":
            # The tags there are to pick from (a near-miss spelling makes a second tag), or a new one typed in.
            dialog = QInputDialog(self.screen)
            dialog.setObjectName("bulkTagDialog")
            dialog.setWindowTitle(self.tr("Tag"))
            # Without tags.create only the tags there are will do (the service refuses a new one, as the
            # server would).
            may_create = self.service.can("tags", "create")
            dialog.setLabelText(self.tr("Tag name (an existing one, or a new one):") if may_create
                                else self.tr("Tag (one of the existing tags):"))
            dialog.setComboBoxItems([o.label for o in options.get("tags", [])])
            dialog.setComboBoxEditable(True)
            dialog.setTextValue("")  # nothing chosen for the user: Enter must not add the first tag by accident
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return None
            return dialog.textValue().strip() or None
        if action == "move_to_pool":
            text, ok = QInputDialog.getText(self.screen, self.tr("Move to public pool"),
                                            self.tr("Why do they go back to the pool?"))
            return text if ok else None
        return True

    def start(self, action: str, value=None, target=None) -> bool:
        if self.task is not None:
            self.status.emit(self.tr("A bulk action is already running."))
            return False
        target = target or self._target()
        if target is None:
            return False
        ids, total = target
        value = value if value is not None else self.ask_value(action)
        if value is None:
            return False
        if action == "delete":
            value = None
        flt = None if ids is not None else self.screen.model.filter
        self.progress = QProgressDialog(self.tr("Working on %n customer(s)…", "", total), self.tr("Cancel"), 0,
                                        max(total, 1), self.screen)
        self.progress.setObjectName("bulkProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.task = self.screen.tasks.submit(self.service.run, action, ids=ids, flt=flt, value=value,
                                             on_done=self._done, on_error=self._failed,
                                             on_progress=self._progressed)
        self.progress.canceled.connect(self.task.cancel)
        return True

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.task = None
        self.progress.close()

    def _done(self, result) -> None:
        self._finish()
        done, changes = result
        self.screen.bus.publish(changes)
        self.status.emit(self.tr("Done for %n customer(s) (Ctrl+Z undoes the last batch).", "", done))

    def _failed(self, exc) -> None:
        self._finish()
        from ...domain.changes import Changes
        self.screen.bus.publish(Changes(customers=True, recycle_bin=True, undo=True))
        if isinstance(exc, Cancelled):
            self.status.emit(self.tr("Stopped; what was done before stays done."))
            return
        show_error(self.screen, exc)


__all__ = ["BulkActions"]

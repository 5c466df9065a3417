"""The Tags tab: every tag with how many customers carry it; add, rename (renaming onto another tag's name
offers to merge the two), delete. A merge or a delete goes through every customer carrying the tag, so it
runs on the database lane with progress and cancel."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QProgressDialog

from ...domain.changes import Changes
from ...domain.errors import Cancelled, ValidationError
from ...services.organisation import OrganisationService
from ...services.tags import TagItem, TagService
from ..common.errors import error_message
from .base import AdminForm, AdminTab, RowsModel


class TagModel(RowsModel):
    CONTEXT = "TagModel"
    COLUMNS = (QT_TRANSLATE_NOOP("TagModel", "Tag"), QT_TRANSLATE_NOOP("TagModel", "Customers"))

    def cells(self, row: TagItem) -> tuple:
        return (row.name, row.customers)


class TagForm(AdminForm):
    """New tag or rename. A rename onto a name another tag has asks whether to merge; if so the form closes
    with `merge_into` set and the tab runs the merge in the background."""

    def __init__(self, service: TagService, row: TagItem | None, parent=None):
        super().__init__(parent)
        self.setObjectName("tagForm")
        self.service, self.row = service, row
        self.merge_into: uuid.UUID | None = None
        self.setWindowTitle(self.tr("New tag") if row is None else self.tr("Rename tag"))
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        if row is not None:
            self.name.setText(row.name)
            self.name.selectAll()
        self.finish_layout()
        self.resize(380, self.sizeHint().height())

    def submit(self):
        if self.row is None:
            new_id, changes = self.service.add(self.name.text())
            return changes, new_id
        try:
            return self.service.rename(self.row.id, self.name.text()), self.row.id
        except ValidationError as exc:
            error = exc.errors[0]
            if error.code != "tag_exists" or not self.service.may_merge_or_delete() \
                    or not self._merge_wanted(error.args["name"]):
                raise  # shown under the name
            self.merge_into = uuid.UUID(error.args["id"])
            return Changes(), self.row.id

    def _merge_wanted(self, other: str) -> bool:
        question = self.tr("A tag named %1 already exists. Merge %2 into it? Its %n customer(s) will carry %1 "
                           "instead, and %2 is deleted.", "", self.row.customers)
        return QMessageBox.question(self, self.tr("Merge tags"), question.replace("%1", other).replace(
            "%2", self.row.name)) == QMessageBox.StandardButton.Yes


class TagsTab(AdminTab):
    def __init__(self, organisation: OrganisationService, tasks, bus, parent=None):
        self.service = TagService(organisation.db, organisation.actor, organisation.access)
        # An administration tool: those who may only read tags see them in the customer list's filter.
        manages = any(self.service.can("tags", a) for a in ("create", "edit", "delete"))
        super().__init__(tasks, bus, TagModel(), may_view=manages, may_write=manages, parent=parent)
        self.model.setParent(self)
        self.setObjectName("tagsTab")
        self.view.setObjectName("tagTable")
        self.filter.setPlaceholderText(self.tr("Filter tags…"))
        self.new_action.setText(self.tr("New tag…"))
        self.edit_action.setText(self.tr("Rename…"))
        self.delete_action.setText(self.tr("Delete"))
        for action, name in ((self.new_action, "actionNewTag"), (self.edit_action, "actionRenameTag"),
                             (self.delete_action, "actionDeleteTag")):
            action.setObjectName(name)
        self.view.setColumnWidth(0, 240)
        self.job = None
        self.progress: QProgressDialog | None = None
        self.update_actions()

    def fetch(self):
        return self.service.list_tags()

    def _on_changes(self, changes) -> None:
        if changes.tags:
            self.reload()

    def update_actions(self) -> None:
        has_row = self.current() is not None
        idle = getattr(self, "job", None) is None
        self.new_action.setEnabled(self.service.can("tags", "create"))
        self.edit_action.setEnabled(self.service.can("tags", "edit") and has_row and idle)
        self.delete_action.setEnabled(self.service.may_merge_or_delete() and has_row and idle)

    def new(self) -> None:
        if self.service.can("tags", "create"):
            self.show_form(self.open_form(None))

    def edit_current(self) -> None:
        row = self.current()
        if row is not None and self.edit_action.isEnabled():
            self.show_form(self.open_form(row))

    def open_form(self, row):
        form = TagForm(self.service, row, self)
        form.accepted.connect(lambda: self._merge_after(form))
        return form

    def _merge_after(self, form: TagForm) -> None:
        if form.merge_into is not None and form.row is not None:
            target = next((r.name for r in self.model.rows if r.id == form.merge_into), "")
            self.start(self.service.merge, form.row.id, form.merge_into, title=self.tr("Merging tags…"),
                       done=self.tr("Merged %1 into %2: %3 customer(s).").replace("%1", form.row.name)
                       .replace("%2", target))

    def delete_row(self, row: TagItem) -> None:
        if not self.delete_action.isEnabled():
            return
        if self.confirm(self.tr("Delete tag"), self.tr("Take the tag %1 off its %n customer(s) and delete it?", "",
                                                       row.customers).replace("%1", row.name)):
            self.start(self.service.delete, row.id, title=self.tr("Deleting the tag…"),
                       done=self.tr("Deleted the tag %1 from %3 customer(s).").replace("%1", row.name))

    # -- the background job ---------------------------------------------------------------------------
    def start(self, fn, *args, title: str, done: str) -> None:
        self.progress = QProgressDialog(title, self.tr("Cancel"), 0, 0, self)
        self.progress.setObjectName("tagProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self._done_words = done
        self.job = self.tasks.submit(fn, *args, on_done=self._job_done, on_error=self._job_failed,
                                     on_progress=self._job_progressed)
        self.progress.canceled.connect(self.job.cancel)
        self.update_actions()

    def _job_progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _job_finished(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.close()
        self.update_actions()

    def _job_done(self, result) -> None:
        self._job_finished()
        count, changes = result
        self.bus.publish(changes)
        self.status.emit(self._done_words.replace("%3", str(count)))

    def _job_failed(self, exc: BaseException) -> None:
        self._job_finished()
        # Batches done before a stop or a failure stay done (each was its own unit of work): show them.
        self.bus.publish(Changes(tags=True, customers=True))
        if isinstance(exc, Cancelled):
            self.status.emit(self.tr("Stopped. The customers done so far keep the change; the tag is still "
                                     "there for the rest."))
            return
        QMessageBox.warning(self, QCoreApplication.translate("errors", "Error"), error_message(exc))

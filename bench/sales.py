"""`crm-desktop bench sales [--opportunities N] [--json]`: issue 6's figures, each beside its raw floor.

    pipeline totals   the board's aggregate through the service (scope, filter, per-stage columns) over N
                      opportunities  vs  the same GROUP BY through sqlite3; target: within 100 ms of the raw
    rep's totals      the same for a sales rep's own scope
    kanban paint      a pipeline with 10,000 open opportunities: the real KanbanBoard widget from load() until
                      it is painted (totals + first cards per column, offscreen)  vs  the same reads through
                      sqlite3; target <= 0.3 s
    stage move        one drag-and-drop move (journaled: stage, stay ended, stay begun)  vs  the raw UPDATE and
                      INSERTs
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from . import report
from .report import Row, percentile

RUNS = 20
KANBAN_OPEN = 10_000


def main(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    n = args.opportunities
    if n < KANBAN_OPEN:
        print(f"bench sales needs --opportunities {KANBAN_OPEN} or more", file=sys.stderr)
        return 2
    root = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="crm-bench-sales-"))
    root.mkdir(parents=True, exist_ok=True)
    folder, built = root / "sales", root / "sales.json"
    log = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    rows: list[Row] = []
    try:
        previous = json.loads(built.read_text()) if built.exists() else {}
        if not (getattr(args, "reuse", False) and args.data_dir and previous.get("opportunities") == n):
            shutil.rmtree(folder, ignore_errors=True)
            log(f"building {n:,} opportunities through the unit of work…")
            seconds = _build(folder, n)
            built.write_text(json.dumps({"opportunities": n, "build": seconds}))
            log(f"  {seconds:.1f} s")
        rows += _totals_figures(folder)
        rows += _kanban_figures(folder)
        rows += _move_figures(folder)
    finally:
        if not args.keep and not args.data_dir:
            shutil.rmtree(root, ignore_errors=True)
    print(report.render(rows, args.json, header=f"crm-desktop bench sales — {n:,} opportunities"))
    return 0


def _open(folder: Path):
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    return Database(DataPaths(folder), lock=False)


def _build(folder: Path, n: int) -> float:
    """The demo (2,000 customers, its pipeline and products), a second pipeline holding exactly 10,000 open
    opportunities for the kanban, and the rest of N in the default pipeline, all through create_many."""
    from crm_desktop.data.models import Customer, Opportunity, Pipeline, PipelineStage
    from crm_desktop.domain.records import DEFAULT_STAGES
    from crm_desktop.services.context import system_actor
    from crm_desktop.services.demo import seed
    from sqlalchemy import select
    started = time.perf_counter()
    db = _open(folder)
    seed(db, 2000)
    rng = random.Random(6)
    now = db.now()
    with db.connect() as conn:
        customers = conn.execute(select(Customer.id, Customer.owner_id, Customer.department_id)
                                 .where(Customer.owner_id.is_not(None))).all()
        default = conn.execute(select(Pipeline.id).where(Pipeline.is_default.is_(True))).scalar_one()
        stages = conn.execute(select(PipelineStage.id, PipelineStage.probability, PipelineStage.kind)
                              .where(PipelineStage.pipeline_id == default)).all()
    with db.unit_of_work(system_actor(db), "bench: kanban pipeline") as uow:
        kanban = uow.create(Pipeline, name="bench-kanban", position=1)
        kanban_stages = [uow.create(PipelineStage, pipeline_id=kanban.id, name=name, position=i,
                                    probability=p, kind=kind) for i, (name, p, kind) in enumerate(DEFAULT_STAGES)]
        uow.commit()
    open_kanban = [s for s in kanban_stages if s.kind == "open"]

    def rows(count, pipeline_id, choices):
        for i in range(count):
            cid, owner, dept = customers[i % len(customers)]
            stage_id, probability, kind = choices[i % len(choices)]
            yield dict(customer_id=cid, name=f"商机 {i}", amount=rng.randrange(1, 5000) * 100_00,
                       pipeline_id=pipeline_id, stage_id=stage_id, probability=probability, status=kind,
                       stage_entered_at=now, expected_close=(now + timedelta(days=rng.randrange(-30, 180))).date(),
                       owner_id=owner, department_id=dept)

    with db.unit_of_work(system_actor(db), "bench: opportunities") as uow:
        uow.create_many(Opportunity, rows(KANBAN_OPEN, kanban.id,
                                          [(s.id, s.probability, s.kind) for s in open_kanban]))
        uow.commit()
    left = n - KANBAN_OPEN
    batch = 200_000
    for start in range(0, left, batch):
        with db.unit_of_work(system_actor(db), "bench: opportunities") as uow:
            uow.create_many(Opportunity, rows(min(batch, left - start), default, list(stages)))
            uow.commit()
    db.close()
    return time.perf_counter() - started


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _services(db, login: str):
    from crm_desktop.data.models import User
    from crm_desktop.data.unit_of_work import Actor
    from crm_desktop.services.opportunities import OpportunityService
    from sqlalchemy import select
    with db.connect() as conn:
        user = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return OpportunityService(db, Actor(user[0], user[1], db.device_id))


RAW_TOTALS = ("SELECT stage_id, currency, count(*), sum(amount), sum(amount * probability) FROM opportunity "
              "WHERE deleted_at IS NULL AND pipeline_id = ? {extra} GROUP BY stage_id, currency")


def _totals_figures(folder: Path) -> list[Row]:
    from crm_desktop.domain.opportunity_filter import OpportunityFilter
    db = _open(folder)
    con = sqlite3.connect(folder / "crm.sqlite3")
    out = []
    try:
        for login, label in (("admin", "pipeline totals"), ("lina", "a rep's pipeline totals")):
            service = _services(db, login)
            pipeline = service.pipeline()
            flt = OpportunityFilter(pipeline_id=pipeline.id)
            extra, params = "", [pipeline.id.hex]
            if service.access.owner_ids is not None:
                extra = f"AND owner_id IN ({','.join('?' * len(service.access.owner_ids))})"
                params += [o.hex for o in service.access.owner_ids]
            sql = RAW_TOTALS.format(extra=extra)
            service.board(flt)
            con.execute(sql, params).fetchall()
            app, raw = [], []
            for _ in range(RUNS):
                app.append(_timed(lambda: service.board(flt)))
                raw.append(_timed(lambda: con.execute(sql, params).fetchall()))
            count = sum(c.count for c in service.board(flt))
            label += f" ({count:,})"
            out.append(Row(f"{label} p50", percentile(app, 50) * 1000, percentile(raw, 50) * 1000, "ms"))
            out.append(Row(f"{label} p95", percentile(app, 95) * 1000, percentile(raw, 95) * 1000, "ms",
                           "<= raw + 100 ms"))
    finally:
        con.close()
        db.close()
    return out


def _kanban_figures(folder: Path) -> list[Row]:
    from PySide6.QtWidgets import QApplication
    from crm_desktop.domain.opportunity_filter import OpportunityFilter
    from crm_desktop.ui.sales.board import FIRST_CARDS, KanbanBoard
    from crm_desktop.ui.tasks import TaskRunner
    app = QApplication.instance() or QApplication([])
    db = _open(folder)
    con = sqlite3.connect(folder / "crm.sqlite3")
    try:
        service = _services(db, "admin")
        pipeline = next(p for p in service.pipelines() if p.name == "bench-kanban")
        flt = OpportunityFilter(pipeline_id=pipeline.id)
        tasks = TaskRunner()
        board = KanbanBoard(service, tasks)
        board.resize(1400, 900)
        board.show()
        times, floors = [], []
        for _ in range(RUNS // 2):
            done = []
            board.loaded.connect(lambda: done.append(1))
            started = time.perf_counter()
            board.load(pipeline, flt)
            while not done:
                app.processEvents()
            board.repaint()
            for column in board.columns:
                column.list.viewport().repaint()
            times.append(time.perf_counter() - started)
            board.loaded.disconnect()

            def raw():
                con.execute(RAW_TOTALS.format(extra=""), [pipeline.id.hex]).fetchall()
                for stage in pipeline.stages:
                    rows = con.execute("SELECT id, name, customer_id, amount, currency, probability, stage_id, status, "
                                       "expected_close, owner_id, updated_at FROM opportunity WHERE deleted_at IS NULL "
                                       "AND pipeline_id = ? AND stage_id = ? ORDER BY amount DESC, id DESC LIMIT ?",
                                       (pipeline.id.hex, stage.id.hex, FIRST_CARDS)).fetchall()
                    ids = list({r[2] for r in rows})
                    if ids:
                        con.execute(f"SELECT id, name FROM customer WHERE id IN ({','.join('?' * len(ids))})",
                                    ids).fetchall()
            floors.append(_timed(raw))
        open_count = sum(c.total.count for c in board.columns)
        tasks.shutdown()
        board.close()
    finally:
        con.close()
        db.close()
    return [Row(f"kanban paint ({open_count:,} open) p95", percentile(times, 95), percentile(floors, 95),
                "s", "<= 0.3 s")]


def _move_figures(folder: Path) -> list[Row]:
    from crm_desktop.domain.opportunity_filter import OpportunityFilter
    db = _open(folder)
    con = sqlite3.connect(folder / "crm.sqlite3")
    try:
        service = _services(db, "admin")
        pipeline = next(p for p in service.pipelines() if p.name == "bench-kanban")
        cards = service.cards(OpportunityFilter(pipeline_id=pipeline.id), pipeline.stages[0].id, limit=RUNS)
        target = pipeline.stages[1].id
        times = [_timed(lambda c=c: service.move(c.id, target)) for c in cards]
        floors = []
        for c in cards:
            def raw(c=c):
                con.execute("UPDATE opportunity SET stage_id = ?, probability = 30 WHERE id = ?", (pipeline.stages[0].id.hex,
                                                                                                 c.id.hex))
                con.execute("UPDATE opportunity_stage_span SET left_at = CURRENT_TIMESTAMP WHERE opportunity_id = ? "
                            "AND left_at IS NULL", (c.id.hex,))
                con.execute("INSERT INTO journal_entry (op_id, action_id, entity, row_id, kind, changes, base_version,"
                            " hlc, device_id, at) VALUES (randomblob(16), randomblob(16), 'opportunity', ?, 'update', "
                            "'{}', 0, '', 'bench', CURRENT_TIMESTAMP)", (c.id.hex,))
                con.commit()
            floors.append(_timed(raw))
    finally:
        con.close()
        db.close()
    return [Row("stage move (drag and drop) p50", percentile(times, 50) * 1000, percentile(floors, 50) * 1000, "ms",
                "")]

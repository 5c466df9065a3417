"""Headless subcommands: each prints one JSON object and returns an exit code (0 ok, 1 failure)."""

from __future__ import annotations

import json
import time

from .data.database import Database
from .domain.errors import CrmError
from .paths import DataPaths
from .services import demo


def emit(obj: dict) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str), flush=True)


def fail(message: str, **extra) -> int:
    emit({"ok": False, "error": message, **extra})
    return 1


def db_upgrade(args) -> int:
    paths = DataPaths.resolve(args.data_dir)
    with Database(paths) as db:
        emit({"ok": True, "database": str(paths.database), **db.migration})
    return 0


def demo_data(args) -> int:
    paths = DataPaths.resolve(args.data_dir)
    started = time.perf_counter()
    with Database(paths) as db:
        if db.meta("demo_seeded"):
            return fail("this data folder already holds demo data; use an empty --data-dir",
                        database=str(paths.database))
        counts = demo.seed(db, args.customers, seed_value=args.seed)
        db.set_meta("demo_seeded", str(args.customers))
    emit({"ok": True, "database": str(paths.database), **counts,
          "seconds": round(time.perf_counter() - started, 2)})
    return 0


def run(args) -> int:
    handlers = {("db", "upgrade"): db_upgrade, ("demo", None): demo_data}
    handler = handlers[(args.command, getattr(args, "db_command", None))]
    try:
        return handler(args)
    except CrmError as exc:
        return fail(f"{exc.code}: {exc.args_map}", code=exc.code)
    except KeyboardInterrupt:
        return fail("interrupted")


__all__ = ["run", "emit", "fail"]

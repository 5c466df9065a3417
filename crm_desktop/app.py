"""The composition root: arguments -> paths -> database (migrated) -> services -> QApplication -> MainWindow.

Headless subcommands never import Qt, so `crm-desktop db upgrade` works on a machine without a display.
"""

from __future__ import annotations

import argparse
import sys
import time

PROCESS_START = time.perf_counter()


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="use this data folder instead of the user's (isolated database and settings)")
    parser = argparse.ArgumentParser(prog="crm-desktop", parents=[common],
                                     description="Desktop CRM. Without a command, opens the app.")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="user interface language")
    parser.add_argument("--demo", type=_non_negative, metavar="N",
                        help="on a new database, seed N demo customers (default on first start: 2000)")
    parser.add_argument("--smoke", action="store_true",
                        help="start, paint the main window, print start-up timings as JSON, exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    db = sub.add_parser("db", help="database maintenance", parents=[common])
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", help="migrate the local database to the newest schema", parents=[common])
    demo = sub.add_parser("demo", help="seed deterministic demo data into a new database", parents=[common])
    demo.add_argument("--customers", type=_non_negative, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=20261122)
    audit = sub.add_parser("audit", help="the audit trail", parents=[common])
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", help="check the journal's hash chain; report the first broken link",
                         parents=[common])
    backup = sub.add_parser("backup", help="back up the database into the data folder's backups/", parents=[common])
    backup.add_argument("--list", action="store_true", help="list the backups instead of taking one")
    restore = sub.add_parser("restore", help="replace the database with a backup (the app must be closed)",
                             parents=[common])
    restore.add_argument("file", metavar="FILE", help="a backup file (see `crm-desktop backup --list`)")
    export = sub.add_parser("export", help="export customers as the given user sees them (scope, masking)",
                            parents=[common])
    export.add_argument("--user", metavar="LOGIN",
                        help="sign in as this user (password from CRM_PASSWORD, else asked; CRM_TOTP for a "
                             "second factor); default: the folder's current user")
    export.add_argument("out_file", nargs="?", metavar="OUT", help="the file to write (.csv, .xlsx or .vcf)")
    export.add_argument("--out", metavar="FILE", help="the same as OUT")
    export.add_argument("--format", choices=("csv", "xlsx", "vcf"), help="default: from the file's extension")
    export.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")
    export.add_argument("--search", default="", metavar="TEXT", help="only customers matching this search")
    imp = sub.add_parser("import", help="import customers from CSV, Excel or vCard; prints a JSON summary",
                         parents=[common])
    imp.add_argument("file", metavar="FILE", help=".csv/.txt (any encoding and delimiter), .xlsx, .xls or .vcf")
    imp.add_argument("--preset", choices=("salesforce", "google", "outlook", "wukong", "vcard"),
                     help="the column names of a known source (default: guessed from the header)")
    imp.add_argument("--on-duplicate", choices=("skip", "update", "create"), default="skip",
                     help="what to do with a row matching an existing customer (phone, e-mail, credit code, name)")
    imp.add_argument("--user", metavar="LOGIN", help="import as this user (default: the folder's current user)")
    imp.add_argument("--restart", action="store_true", help="start over instead of resuming an interrupted import")
    search = sub.add_parser("search", help="search customers as the screen does; one JSON line per match",
                            parents=[common])
    search.add_argument("query", metavar="QUERY", help="name, short name, phone, e-mail, contact, credit code "
                                                      "or pinyin (zs, zhangsan)")
    search.add_argument("--user", metavar="LOGIN", help="sign in as this user (their scope and masking); "
                                                       "default: the folder's current user")
    search.add_argument("--limit", type=_non_negative, default=50, metavar="N")
    server = sub.add_parser("server", help="provision and maintain the shared PostgreSQL server (administrators)")
    server_sub = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    s_init = server_sub.add_parser("init", help="create the server schema, policies, roles and first administrator")
    s_init.add_argument("--url", required=True, help="postgresql://OWNER@HOST:PORT/DATABASE (created if missing)")
    s_init.add_argument("--admin", default="admin", metavar="LOGIN",
                        help="the first administrator's login (password from CRM_ADMIN_PASSWORD, else asked)")
    s_upgrade = server_sub.add_parser("upgrade", help="migrate the server schema to this version")
    s_upgrade.add_argument("--url", required=True)
    s_add = server_sub.add_parser("add-user", help="give an app user a database login (password from CRM_PASSWORD)")
    s_add.add_argument("--url", required=True)
    s_add.add_argument("--login", required=True)
    s_add.add_argument("--name", help="display name for a user the server does not know yet")
    s_add.add_argument("--role", action="append", default=[], metavar="CODE",
                       help="a role to grant (repeatable): administrator, sales_manager, sales_rep, ...")
    s_disable = server_sub.add_parser("disable-user", help="revoke a user's database login")
    s_disable.add_argument("--url", required=True)
    s_disable.add_argument("--login", required=True)
    connect = sub.add_parser("connect", help="connect this data folder to a server (password kept in the keyring)",
                             parents=[common])
    connect.add_argument("--url", required=True, help="postgresql://HOST:PORT/DATABASE[?sslmode=require]")
    connect.add_argument("--user", required=True, metavar="LOGIN")
    sub.add_parser("sync", help="run one sync with the server and print a JSON summary", parents=[common])
    bench = sub.add_parser("bench", help="run benchmarks and print a table (or JSON)", parents=[common])
    bench.add_argument("suite", nargs="?", default="foundation", choices=("foundation", "customers", "sync", "sales", "service",
                                                                   "reports", "marketing"),
                       help="foundation (local store and list) or sync (against the PostgreSQL in CRM_BENCH_PG)")
    bench.add_argument("--customers", type=_non_negative, default=1_000_000, metavar="N")
    bench.add_argument("--opportunities", type=_non_negative, default=1_000_000, metavar="N",
                       help="sales: how many opportunities to build")
    bench.add_argument("--tickets", type=_non_negative, default=1_000_000, metavar="N",
                       help="service: how many tickets to build")
    bench.add_argument("--articles", type=_non_negative, default=100_000, metavar="M",
                       help="service: how many knowledge-base articles to build")
    bench.add_argument("--activities", type=_non_negative, default=10_000_000, metavar="N",
                       help="reports: how many follow-up records to bulk-load")
    bench.add_argument("--json", action="store_true", help="print {\"rows\": [...]} instead of a table")
    bench.add_argument("--keep", action="store_true", help="keep the benchmark database folder")
    bench.add_argument("--reuse", action="store_true",
                       help="with --data-dir: reuse the databases a previous run built there (skips the build)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    if args.command == "bench":
        if args.suite == "sync":
            from bench.sync import main as sync_bench
            return sync_bench(args)
        if args.suite == "sales":
            from bench.sales import main as sales_bench
            return sales_bench(args)
        if args.suite == "service":
            from bench.service import main as service_bench
            return service_bench(args)
        if args.suite == "reports":
            from bench.reports import main as reports_bench
            return reports_bench(args)
        if args.suite == "marketing":
            from bench.marketing import main as marketing_bench
            return marketing_bench(args)
        if args.suite == "customers":
            from bench.foundation import customers_main
            return customers_main(args)
        from bench.foundation import main as bench_main
        return bench_main(args)
    if args.command:
        from .commands import run
        return run(args)
    from .ui.application import run_gui
    return run_gui(args, PROCESS_START)


if __name__ == "__main__":
    sys.exit(main())

"""Words for error codes. Lower layers raise codes with arguments; only the UI turns them into text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.errors import AuthError, CrmError, FieldError, ValidationError


def _t(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def field_message(error: FieldError) -> str:
    a = error.args
    messages = {
        "required": lambda: _t(QT_TRANSLATE_NOOP("errors", "This field is required.")),
        "calendar_no_hours": lambda: _t(QT_TRANSLATE_NOOP("errors", "The calendar has no working hours: no SLA could ever be met on it.")),
        "calendar_bad_hours": lambda: _t(QT_TRANSLATE_NOOP("errors", "Working hours must be HH:MM-HH:MM, each ending after it starts, not overlapping (day %1).")).replace("%1", str(a.get("weekday", ""))),
        "calendar_bad_date": lambda: _t(QT_TRANSLATE_NOOP("errors", "Not a date (YYYY-MM-DD): %1")).replace("%1", str(a.get("value", ""))),
        "calendar_bad_time_zone": lambda: _t(QT_TRANSLATE_NOOP("errors", "Unknown time zone: %1")).replace("%1", str(a.get("value", ""))),
        "before_response": lambda: _t(QT_TRANSLATE_NOOP("errors", "The resolution target cannot be shorter than the first-response target.")),
        "too_long": lambda: _t(QT_TRANSLATE_NOOP("errors", "At most %n characters.")).replace("%n", str(a.get("max"))),
        "phone_unparsable": lambda: _t(QT_TRANSLATE_NOOP("errors", "Not a phone number.")),
        "phone_invalid": lambda: _t(QT_TRANSLATE_NOOP("errors", "This phone number does not exist (check the digits).")),
        "email_invalid": lambda: _t(QT_TRANSLATE_NOOP("errors", "Not a valid e-mail address.")),
        "not_a_choice": lambda: _t(QT_TRANSLATE_NOOP("errors", "Choose one of the listed values.")),
        "wrong_type": lambda: _t(QT_TRANSLATE_NOOP("errors", "Wrong kind of value.")),
        "unknown_field": lambda: _t(QT_TRANSLATE_NOOP("errors", "Unknown field.")),
        "read_only": lambda: _t(QT_TRANSLATE_NOOP("errors", "This field cannot be changed.")),
        "record_id_invalid": lambda: _t(QT_TRANSLATE_NOOP("errors", "Not a record id: enter its hexadecimal digits (or the first few).")),
        # Tags (services/tags.py).
        "tag_unknown": lambda: _t(QT_TRANSLATE_NOOP("errors", "No such tag yet: %1. Pick one of the existing tags; new tags are added by those who may (Administration > Tags).")).replace("%1", str(a.get("names", ""))),
        "tag_exists": lambda: _t(QT_TRANSLATE_NOOP("errors", "A tag named %1 already exists.")).replace("%1", str(a.get("name", ""))),
        "tag_separator": lambda: _t(QT_TRANSLATE_NOOP("errors", "A tag cannot contain a comma, a semicolon or 、.")),
        # Organisation administration (services/organisation.py).
        "cycle": lambda: (
            _t(QT_TRANSLATE_NOOP("errors", "A user cannot report to themself or to someone who reports to them."))
            if error.field == "manager_id" else
            _t(QT_TRANSLATE_NOOP("errors", "A department cannot be placed under itself or one of its sub-departments."))),
        "duplicate": lambda: _t(QT_TRANSLATE_NOOP("errors", "This is already taken; choose another.")),
        "bad_identifier": lambda: _t(QT_TRANSLATE_NOOP("errors", "Use only lower-case letters a-z, digits and . _ - (starting with a letter or digit).")),
        "not_found": lambda: _t(QT_TRANSLATE_NOOP("errors", "The chosen record no longer exists.")),
        "in_use": lambda: (
            _t(QT_TRANSLATE_NOOP("errors", "Still in use by %1 sub-department(s) and %2 active user(s); move or deactivate them first."))
            .replace("%1", str(a.get("departments", 0))).replace("%2", str(a.get("users", 0)))
            if "departments" in a else
            _t(QT_TRANSLATE_NOOP("errors", "Still held by %1 user(s); take the role away from them first."))
            .replace("%1", str(a.get("users", 0)))),
        "own_account": lambda: _t(QT_TRANSLATE_NOOP("errors", "You cannot deactivate your own account.")),
        "last_admin": lambda: _t(QT_TRANSLATE_NOOP("errors", "This is the last active administrator; make someone else an administrator first.")),
        "unknown_permission": lambda: _t(QT_TRANSLATE_NOOP("errors", "No such permission: %1.")).replace("%1", str(a.get("value", ""))),
        "admin_role_protected": lambda: _t(QT_TRANSLATE_NOOP("errors", "The administrator role must keep every permission.")),
        "builtin": lambda: _t(QT_TRANSLATE_NOOP("errors", "Built-in roles cannot be deleted.")),
        "date_invalid": lambda: _t(QT_TRANSLATE_NOOP("errors", "Not a date (write it as 2026-12-31).")),
        "name_missing": lambda: _t(QT_TRANSLATE_NOOP("errors", "The row names no customer or contact.")),
        "name_not_mapped": lambda: _t(QT_TRANSLATE_NOOP("errors", "Choose which column holds the customer's (or the contact's) name.")),
        # Money and sales (domain/money.py, services/opportunities.py, services/pipelines.py).
        "not_a_number": lambda: _t(QT_TRANSLATE_NOOP("errors", "Not a number (write it as 12345.60 or 1.2万).")),
        "negative": lambda: _t(QT_TRANSLATE_NOOP("errors", "Cannot be negative.")),
        "too_precise": lambda: _t(QT_TRANSLATE_NOOP("errors", "At most %1 decimal places.")).replace("%1", str(a.get("places", 2))),
        "too_large": lambda: _t(QT_TRANSLATE_NOOP("errors", "Too large.")),
        "out_of_range": lambda: _t(QT_TRANSLATE_NOOP("errors", "Must be between %1 and %2.")).replace("%1", str(a.get("min", ""))).replace("%2", str(a.get("max", "")) or "∞"),
        "not_a_currency": lambda: _t(QT_TRANSLATE_NOOP("errors", "Not a currency code (such as CNY).")),
        "one_won_one_lost": lambda: _t(QT_TRANSLATE_NOOP("errors", "A pipeline keeps at least one open stage, exactly one won stage and one lost stage.")),
        "other_pipeline": lambda: _t(QT_TRANSLATE_NOOP("errors", "That stage belongs to another pipeline.")),
        "plans_exceed_contract": lambda: _t(QT_TRANSLATE_NOOP("errors", "The instalments would add up to more than the contract amount; at most %1 is left to plan.")).replace("%1", f"{a.get('left', 0) / 100:,.2f}"),
        "exceeds_open": lambda: _t(QT_TRANSLATE_NOOP("errors", "More than is open (%1). Tick Overpayment to record it anyway.")).replace("%1", f"{a.get('open', 0) / 100:,.2f}"),
        "invoices_exceed_contract": lambda: _t(QT_TRANSLATE_NOOP("errors", "The invoices would add up to more than the contract amount; at most %1 is left to invoice.")).replace("%1", f"{a.get('left', 0) / 100:,.2f}"),
        "below_planned": lambda: _t(QT_TRANSLATE_NOOP("errors", "Less than is already planned or received (%1).")).replace("%1", f"{a.get('planned', 0) / 100:,.2f}"),
        "below_received": lambda: _t(QT_TRANSLATE_NOOP("errors", "Less than is already received (%1).")).replace("%1", f"{a.get('received', 0) / 100:,.2f}"),
        "has_payments": lambda: _t(QT_TRANSLATE_NOOP("errors", "Payments were recorded against it; delete them first.")),
        "numbering_needs_seq": lambda: _t(QT_TRANSLATE_NOOP("errors", "A numbering rule ends with exactly one {seq} (e.g. HT{yyyy}{mm}{dd}-{seq:4}).")),
        "numbering_invalid": lambda: _t(QT_TRANSLATE_NOOP("errors", "Use only text, {yyyy}, {yy}, {mm}, {dd} and {seq:N}, at most 40 characters.")),
        "credit_code_invalid": lambda: _t(QT_TRANSLATE_NOOP("errors", "Not a valid unified social credit code (18 characters; check the last one).")),
    }
    return messages.get(error.code, lambda: error.code)()


def module_label(module: str) -> str:
    labels = {"customers": QT_TRANSLATE_NOOP("modules", "Customers"), "contacts": QT_TRANSLATE_NOOP("modules", "Contacts"),
              "activities": QT_TRANSLATE_NOOP("modules", "Follow-ups"), "tags": QT_TRANSLATE_NOOP("modules", "Tags"),
              "organisation": QT_TRANSLATE_NOOP("modules", "Organisation"), "roles": QT_TRANSLATE_NOOP("modules", "Roles"),
              "audit": QT_TRANSLATE_NOOP("modules", "Audit trail"), "backup": QT_TRANSLATE_NOOP("modules", "Backups"),
              "pools": QT_TRANSLATE_NOOP("modules", "Public pools"),
              "classifications": QT_TRANSLATE_NOOP("modules", "Classification lists"),
              "opportunities": QT_TRANSLATE_NOOP("modules", "Opportunities"),
              "products": QT_TRANSLATE_NOOP("modules", "Products"),
              "pipelines": QT_TRANSLATE_NOOP("modules", "Sales pipelines"),
              "quotes": QT_TRANSLATE_NOOP("modules", "Quotes"), "contracts": QT_TRANSLATE_NOOP("modules", "Contracts"),
              "receivables": QT_TRANSLATE_NOOP("modules", "Receivables"),
              "approvals": QT_TRANSLATE_NOOP("modules", "Approvals"),
              "targets": QT_TRANSLATE_NOOP("modules", "Sales targets"), "tasks": QT_TRANSLATE_NOOP("modules", "Tasks"),
              "leads": QT_TRANSLATE_NOOP("modules", "Leads"), "tickets": QT_TRANSLATE_NOOP("modules", "Tickets"),
              "knowledge": QT_TRANSLATE_NOOP("modules", "Knowledge base"),
              "campaigns": QT_TRANSLATE_NOOP("modules", "Marketing campaigns"),
              "loyalty": QT_TRANSLATE_NOOP("modules", "Loyalty points"),
              "automation": QT_TRANSLATE_NOOP("modules", "Marketing automation")}
    return QCoreApplication.translate("modules", labels[module]) if module in labels else module


def action_label(action: str) -> str:
    labels = {"view": QT_TRANSLATE_NOOP("actions", "view"), "create": QT_TRANSLATE_NOOP("actions", "create"),
              "edit": QT_TRANSLATE_NOOP("actions", "edit"), "delete": QT_TRANSLATE_NOOP("actions", "delete"),
              "import": QT_TRANSLATE_NOOP("actions", "import"), "export": QT_TRANSLATE_NOOP("actions", "export"),
              "approve": QT_TRANSLATE_NOOP("actions", "approve"), "claim": QT_TRANSLATE_NOOP("actions", "claim"),
              "release": QT_TRANSLATE_NOOP("actions", "release"),
              "administer": QT_TRANSLATE_NOOP("actions", "administer"),
              "send": QT_TRANSLATE_NOOP("actions", "send"), "adjust": QT_TRANSLATE_NOOP("actions", "adjust")}
    return QCoreApplication.translate("actions", labels[action]) if action in labels else action


def error_message(exc: BaseException) -> str:
    if isinstance(exc, AuthError):
        from ..login.messages import auth_message  # login's words import this module: resolve at call time
        return auth_message(exc)
    if isinstance(exc, ValidationError):
        return "\n".join(f"{e.field}: {field_message(e)}" for e in exc.errors)
    if isinstance(exc, CrmError):
        a = exc.args_map
        messages = {
            "not_found": lambda: _t(QT_TRANSLATE_NOOP("errors", "The record no longer exists.")),
            "nothing_to_undo": lambda: _t(QT_TRANSLATE_NOOP("errors", "Nothing to undo.")),
            "undo_conflict": lambda: _t(QT_TRANSLATE_NOOP("errors", "Cannot undo: the record was changed again afterwards (field %1)."))
            .replace("%1", str(a.get("field", ""))),
            "folder_not_writable": lambda: _t(QT_TRANSLATE_NOOP("errors", "The data folder cannot be written:\n%1")).replace(
                "%1", str(a.get("path", ""))),
            "database_in_use": lambda: _t(QT_TRANSLATE_NOOP("errors", "The data folder is in use by another running copy of the app:\n%1"))
            .replace("%1", str(a.get("path", ""))),
            "database_locked": lambda: _t(QT_TRANSLATE_NOOP("errors", "The database is locked by another program:\n%1")).replace(
                "%1", str(a.get("path", ""))),
            "database_corrupt": lambda: _t(QT_TRANSLATE_NOOP("errors", "The database file is damaged and cannot be opened:\n%1")).replace(
                "%1", str(a.get("path", ""))),
            "permission_denied": lambda: (
                _t(QT_TRANSLATE_NOOP("errors", "This record is outside the data you may see or change."))
                if a.get("reason") == "out_of_scope" else
                _t(QT_TRANSLATE_NOOP("errors", "This would leave nobody with the administrator role."))
                if a.get("reason") == "last_admin" else
                _t(QT_TRANSLATE_NOOP("errors", "This step of the approval is not yours to decide."))
                if a.get("reason") == "not_your_step" else
                _t(QT_TRANSLATE_NOOP("errors", "Your account is disabled.")) if a.get("reason") == "user_inactive"
                else _t(QT_TRANSLATE_NOOP("errors", "You do not have permission to %1 in %2."))
                .replace("%1", action_label(str(a.get("action", "")))).replace("%2", module_label(str(a.get("module", ""))))),
            "backup_invalid": lambda: _t(QT_TRANSLATE_NOOP("errors", "This file cannot be restored (%1):\n%2\n\nThe current data is unchanged."))
            .replace("%1", str(a.get("detail", ""))).replace("%2", str(a.get("path", ""))),
            "backup_failed": lambda: _t(QT_TRANSLATE_NOOP("errors", "The backup failed (%1):\n%2"))
            .replace("%1", str(a.get("detail", ""))).replace("%2", str(a.get("path", ""))),
            "restore_failed": lambda: _t(QT_TRANSLATE_NOOP("errors", "The restore failed (%1); the current data is unchanged:\n%2"))
            .replace("%1", str(a.get("detail", ""))).replace("%2", str(a.get("path", ""))),
            "database_error": lambda: _t(QT_TRANSLATE_NOOP("errors", "The database could not be opened:\n%1")).replace(
                "%1", str(a.get("detail", ""))),
            # Sync with the shared server (sync/provision.py ServerError, sync/engine.py).
            "server_tls_failed": lambda: _t(QT_TRANSLATE_NOOP("errors", "The secure connection (TLS) to the server failed (%1). Check the SSL mode and the certificate files; your work is kept.")).replace("%1", str(a.get("detail", ""))),
            "server_unreachable": lambda: _t(QT_TRANSLATE_NOOP("errors", "Cannot reach the server (%1). Check the address and the network; your work is kept and syncs later."))
            .replace("%1", str(a.get("detail", ""))),
            "server_login_failed": lambda: _t(QT_TRANSLATE_NOOP("errors", "The server refused the sign-in (%1). Check the user name and password."))
            .replace("%1", str(a.get("detail", ""))),
            "server_user_disabled": lambda: _t(QT_TRANSLATE_NOOP("errors", "The server account %1 is disabled; ask an administrator. Your unsynced work is kept."))
            .replace("%1", str(a.get("detail", ""))),
            "client_too_old": lambda: _t(QT_TRANSLATE_NOOP("errors", "This app is older than the server requires (schema %1, minimum %2). Update the app; your unsynced work is kept."))
            .replace("%1", str(a.get("client", ""))).replace("%2", str(a.get("minimum", ""))),
            "not_connected": lambda: _t(QT_TRANSLATE_NOOP("errors", "Not connected to a server. Use Sync > Connect to server… first.")),
            "bad_url": lambda: _t(QT_TRANSLATE_NOOP("errors", "The server address is not usable: %1")).replace(
                "%1", str(a.get("detail", ""))),
            "local_not_empty": lambda: _t(QT_TRANSLATE_NOOP("errors", "This data folder already holds local work (%1) and cannot be joined to a server. Connect from a new, empty data folder."))
            .replace("%1", str(a.get("detail", ""))),
            # Public pools (services/pools.py); the server gives the same reasons when it arbitrates a claim.
            "not_in_pool": lambda: _t(QT_TRANSLATE_NOOP("errors", "This customer is no longer in the public pool (someone claimed it first).")),
            "claim_limit": lambda: _t(QT_TRANSLATE_NOOP("errors", "You already own %1 customers, the most this pool allows (%2). Release some first."))
            .replace("%1", str(a.get("owned", ""))).replace("%2", str(a.get("limit", ""))),
            "reclaim_wait": lambda: _t(QT_TRANSLATE_NOOP("errors", "You released this customer recently; you may claim it again from %1."))
            .replace("%1", str(a.get("from", ""))),
            "reason_required": lambda: _t(QT_TRANSLATE_NOOP("errors", "Say why the customer goes back to the pool.")),
            "no_pool": lambda: _t(QT_TRANSLATE_NOOP("errors", "There is no public pool yet; an administrator creates one under Administration.")),
            # Imports (services/imports.py, services/import_readers.py).
            "file_unreadable": lambda: _t(QT_TRANSLATE_NOOP("errors", "The file cannot be read (%1):\n%2"))
            .replace("%1", str(a.get("detail", ""))).replace("%2", str(a.get("path", ""))),
            "file_empty": lambda: _t(QT_TRANSLATE_NOOP("errors", "The file is empty:\n%1")).replace("%1", str(a.get("path", ""))),
            "stage_in_use": lambda: _t(QT_TRANSLATE_NOOP("errors", "Opportunities are still in the stage %1; move them first."))
            .replace("%1", str(a.get("stage", ""))),
            "no_pipeline": lambda: _t(QT_TRANSLATE_NOOP("errors", "There is no sales pipeline yet; sync with the server (F9) or ask an administrator.")),
            "locked_pending_approval": lambda: _t(QT_TRANSLATE_NOOP("errors", "It is waiting for approval and cannot change until the approvers decide (or the request is withdrawn).")),
            "not_pending": lambda: _t(QT_TRANSLATE_NOOP("errors", "This request was decided already.")),
            "move_not_allowed": lambda: _t(QT_TRANSLATE_NOOP("errors", "The ticket workflow does not allow this move from its current status.")),
            "sla_unreachable": lambda: _t(QT_TRANSLATE_NOOP("errors", "The SLA policy %1 cannot be met: its business calendar has no working hours.")).replace("%1", str(a.get("policy", ""))),
            "not_resolved": lambda: _t(QT_TRANSLATE_NOOP("errors", "Satisfaction is recorded once the ticket is resolved.")),
            "status_in_use": lambda: _t(QT_TRANSLATE_NOOP("errors", "Tickets still have the status %1.")).replace("%1", str(a.get("status", ""))),
            "eml_malformed": lambda: _t(QT_TRANSLATE_NOOP("errors", "This file is not an e-mail (.eml) the app can read.")),
            "eml_too_large": lambda: _t(QT_TRANSLATE_NOOP("errors", "The e-mail is larger than 25 MB.")),
            "quote_locked": lambda: _t(QT_TRANSLATE_NOOP("errors", "Only a draft quote changes; make a new version of quote %1.")).replace("%1", str(a.get("number", ""))),
            "no_cjk_font": lambda: _t(QT_TRANSLATE_NOOP("errors", "No Chinese font to embed in the PDF was found (%1).")).replace("%1", str(a.get("detail", ""))),
            "other_server": lambda: _t(QT_TRANSLATE_NOOP("errors", "This data folder was synced with a different server; connect it to that server, or use a new data folder.")),
        }
        return messages.get(exc.code, lambda: f"{exc.code}: {a}")()
    return _t(QT_TRANSLATE_NOOP("errors", "Unexpected error: %1")).replace("%1", str(exc))


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or _t(QT_TRANSLATE_NOOP("errors", "Error")), error_message(exc),
                      QMessageBox.StandardButton.Ok, parent)
    detail = getattr(exc, "traceback_text", None)
    if detail:
        box.setDetailedText(detail)
    box.exec()

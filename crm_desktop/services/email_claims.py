"""The server's reservations of e-mail deliveries: before a desk hands a campaign's message to SMTP it reserves
(campaign, address) in the server-only table `email_send_claim`, whose primary key lets exactly one desk of the
team win (see "Across desks" in email_campaigns). One connection per send job."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import psycopg

from ..domain.errors import CrmError
from ..sync import engine as sync_engine
from ..sync.provision import ServerError

# Codes of a server that cannot arbitrate the claims (CampaignSendError codes, SendResult.aborted values).
SERVER_UNREACHABLE = "server_unreachable"
SERVER_REFUSED = "server_refused"


class ClaimServerError(CrmError):
    """The linked server cannot take reservations now (code SERVER_UNREACHABLE or SERVER_REFUSED)."""

    def __init__(self, code: str, *, cause: str = "", detail: str = ""):
        super().__init__(code, cause=cause, detail=detail)
        self.cause, self.detail = cause, detail


class ServerClaims:
    """The send job's one connection to the server's claim table."""

    def __init__(self, pg, device_id: str):
        self.pg, self.device_id = pg, device_id

    def claim(self, campaign_id: uuid.UUID, email: str, delivery_id: uuid.UUID, message_id: str) -> bool:
        """True when this device holds the reservation of (campaign, email) now, for the handoff `message_id`
        (or for an earlier one of its own). Raises psycopg.Error."""
        for _round in range(3):  # a reservation removed between the statements (a requeue): try again
            if self.pg.execute("INSERT INTO email_send_claim (campaign_id, email, delivery_id, device_id, message_id) "
                               "VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING RETURNING device_id",
                               (campaign_id, email, delivery_id, self.device_id, message_id)).fetchone() is not None:
                return True
            held = self.pg.execute("SELECT device_id, message_id FROM email_send_claim "
                                   "WHERE campaign_id = %s AND email = %s", (campaign_id, email)).fetchone()
            if held is None:
                continue
            if held[0] != self.device_id:
                return False
            if held[1] == message_id:
                return True
            # This device's own reservation for an earlier handoff that never happened (a run that died before
            # its local claim committed, or gave the claim back after a connection failure): the row is still
            # queued here. It is made over to this handoff, so a later requeue (which names it) can remove it.
            self.pg.execute("DELETE FROM email_send_claim WHERE campaign_id = %s AND email = %s AND device_id = %s",
                            (campaign_id, email, self.device_id))
        return False

    def release(self, campaign_id: uuid.UUID, handoffs: list[tuple[str, str]]) -> int:
        """Remove the reservations of these failed handoffs, (address, Message-ID) as this desk recorded them.
        A reservation made since for another handoff (another desk resent the address) stays."""
        if not handoffs:
            return 0
        emails, message_ids = [h[0] for h in handoffs], [h[1] for h in handoffs]
        return self.pg.execute("DELETE FROM email_send_claim WHERE campaign_id = %s AND (email, message_id) IN "
                               "(SELECT * FROM unnest(%s::text[], %s::text[]))",
                               (campaign_id, emails, message_ids)).rowcount

    def close(self) -> None:
        self.pg.close()


def open_claims(db, password: Callable[[], str | None]) -> ServerClaims | None:
    """The claim connection for `db`'s data folder, None when it is not linked to a server. `password` is asked
    only when it is. Raises ClaimServerError when the server cannot arbitrate (then nothing may be sent)."""
    if not db.meta(sync_engine.URL_KEY):
        return None
    try:
        pg = sync_engine.server_connection(db, password())
    except ServerError as exc:
        code = SERVER_UNREACHABLE if exc.code in ("server_unreachable", "server_tls_failed") else SERVER_REFUSED
        raise ClaimServerError(code, cause=exc.code, detail=exc.args_map.get("detail", "")) from exc
    pg.autocommit = True  # each reservation commits on its own, before the message is handed over
    try:
        present = pg.execute("SELECT to_regclass('email_send_claim')").fetchone()[0]
    except psycopg.Error as exc:
        pg.close()
        raise ClaimServerError(SERVER_UNREACHABLE, cause="query_failed", detail=str(exc).strip()) from exc
    if present is None:  # a server not yet upgraded to s0006 cannot arbitrate: send nothing
        pg.close()
        raise ClaimServerError(SERVER_REFUSED, cause="server_too_old", detail="email_send_claim")
    return ServerClaims(pg, db.device_id)


def failure_code(exc: psycopg.Error) -> str:
    """A failed statement on the claim connection: the server is gone, or it refused (no right, no table)."""
    return SERVER_UNREACHABLE if isinstance(exc, psycopg.OperationalError) else SERVER_REFUSED


__all__ = ["ClaimServerError", "ServerClaims", "open_claims", "failure_code", "SERVER_UNREACHABLE",
           "SERVER_REFUSED"]

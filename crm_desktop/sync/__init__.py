"""Sync with the shared PostgreSQL server (SYNC.md): provisioning, push of the journal's operations, pull of
server changes by transaction window. No Qt here."""

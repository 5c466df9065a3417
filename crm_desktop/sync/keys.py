"""What a replica remembers about its server, in local_meta."""

URL_KEY, LOGIN_KEY, CURSOR_KEY, LAST_SYNC_KEY, SERVER_ID_KEY = (
    "server_url", "server_login", "sync_cursor", "last_sync", "server_id")

"""My approvals: the inbox of requests waiting for my decision, and my own requests."""

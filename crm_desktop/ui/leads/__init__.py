"""Leads: mine, the lead pool, conversion."""

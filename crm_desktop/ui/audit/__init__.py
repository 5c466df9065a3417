"""The audit trail screen: the journal filtered, listed newest first, one entry's changes, and exports."""

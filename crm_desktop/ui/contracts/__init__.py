"""Orders and contracts with their receivables, invoices and files."""

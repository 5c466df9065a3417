"""Sales screens: the opportunity kanban, list and expired list, and the opportunity dialog."""

"""The home dashboard (KPI tiles) and the report screen (chart panes, their tables, PDF/Excel export, printing)."""

"""Chart panes drawn with pyqtgraph from the report DTOs (services.report_dto); the only pyqtgraph users."""

"""Administration: departments, users and roles (services/organisation.py does the work and the checks)."""

from .screen import AdminScreen

__all__ = ["AdminScreen"]

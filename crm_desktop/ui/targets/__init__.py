"""Targets and performance."""

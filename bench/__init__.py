"""Benchmarks: each figure beside the raw floor measured in the same run, and the ratio."""

"""Where the peers' real-world material is: `../shared/data` beside the repository (the workplace's layout), or
the folder CRM_SHARED_DATA names, for a clone kept somewhere else."""

from __future__ import annotations

import os
from pathlib import Path

SHARED_DATA = Path(os.environ.get("CRM_SHARED_DATA") or Path(__file__).resolve().parents[1].parent / "shared" / "data")


def require(path: Path) -> Path:
    """`path`, which must be there: a test that needs the peers' data fails when it is missing rather than
    skipping, so a clone that cannot see the data does not pass without running those tests."""
    if not path.exists():
        raise FileNotFoundError(f"{path} is not there: keep the clone beside ../shared, or set CRM_SHARED_DATA")
    return path

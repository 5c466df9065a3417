"""Where the peers' real-world material is: `../shared/data` beside the repository (the workplace's layout), or
the folder CRM_SHARED_DATA names, for a clone kept somewhere else."""

from __future__ import annotations

import os
from pathlib import Path

SHARED_DATA = Path(os.environ.get("CRM_SHARED_DATA") or Path(__file__).resolve().parents[1].parent / "shared" / "data")

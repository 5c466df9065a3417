"""Sync in the app: Sync now / timer / status-bar widget (actions.py), the server connection dialog
(connect_dialog.py) and the conflict inbox screen (inbox.py). Everything goes through
services.sync.SyncService; the sync itself runs on the io lane, never on the GUI thread."""

from .actions import SyncActions, SyncStatusLabel
from .connect_dialog import ConnectDialog
from .inbox import ConflictInbox, IssueTableModel

__all__ = ["ConflictInbox", "ConnectDialog", "IssueTableModel", "SyncActions", "SyncStatusLabel"]

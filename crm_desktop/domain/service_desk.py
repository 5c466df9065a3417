"""What a new database (or server) starts the service desk with: the ticket workflow's built-in steps, an
office calendar for Shanghai, and SLA targets per priority. Administrators change them afterwards."""

from __future__ import annotations

# code, name, kind, the steps it may move to. "reopened" is how a resolved or closed ticket comes back.
BUILTIN_STATUSES = (
    ("new", "新建", "new", ("assigned", "in_progress", "waiting", "resolved", "closed")),
    ("assigned", "已分派", "open", ("in_progress", "waiting", "resolved")),
    ("in_progress", "处理中", "open", ("waiting", "resolved", "assigned")),
    ("waiting", "等待客户", "waiting", ("in_progress", "resolved")),
    ("resolved", "已解决", "resolved", ("closed", "reopened")),
    ("closed", "已关闭", "closed", ("reopened",)),
    ("reopened", "重新打开", "open", ("assigned", "in_progress", "waiting", "resolved")),
)
DEFAULT_CALENDAR = "标准工作时间"
# ISO weekday -> working intervals: a Chinese office day with a lunch break.
OFFICE_HOURS = {str(day): [["09:00", "12:00"], ["13:30", "18:00"]] for day in range(1, 6)}
# name, priority, first response (business minutes), resolution (business minutes), warn before (minutes)
DEFAULT_POLICIES = (
    ("紧急工单", "urgent", 30, 4 * 60, 30),
    ("高优先级", "high", 60, 8 * 60, 60),
    ("普通工单", "normal", 4 * 60, 3 * 450, 120),
    ("低优先级", "low", 8 * 60, 5 * 450, 240),
)
